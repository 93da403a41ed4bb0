//! findings.json from anyone (the `report` and `evidence` commands read it): parsing, then
//! every renderer that turns its fields into HTML, Markdown, subtitles and the clue list.
//! No panic (byte slicing of non-ASCII times was one), whatever the fields hold.
#![no_main]
use libfuzzer_sys::fuzz_target;
use liveaudit::findings::FindingsDoc;
use liveaudit::report::{html, markdown, meta::RecordingMeta, subtitles};

fuzz_target!(|data: &[u8]| {
    let Ok(doc) = serde_json::from_slice::<FindingsDoc>(data) else {
        return;
    };
    let meta = RecordingMeta {
        name: "fuzz".into(),
        room: None,
        streamer: None,
        levels: None,
        context: None,
        generated_at: "2026-01-01T00:00:00Z".into(),
        // Set, so the review controls (which name the findings' hash) are rendered too.
        findings_sha256: Some("0".repeat(64)),
    };
    let _ = html::render_recording(&doc, &meta);
    let _ = markdown::render_recording(&doc, &meta);
    let _ = subtitles::to_srt(&doc.transcript);
    let _ = subtitles::to_vtt(&doc.transcript);
    let _ = liveaudit::report::summary(&doc);
});
