//! HLS playlist parser on arbitrary text: no panic, no unbounded allocation.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(liveaudit::media::m3u8::Playlist::Media(p)) = liveaudit::media::m3u8::parse(&text) {
        let _ = p.duration_secs();
    }
});
