//! An evidence pack's manifest.json from anyone: `evidence verify` on a pack holding these
//! bytes as its manifest (and one real clip) reports problems, never panics, and never reads
//! outside the pack.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;
use std::sync::OnceLock;

fn pack_dir() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("liveaudit-fuzz-pack-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("clips")).unwrap();
        std::fs::write(dir.join("clips/f0001.wav"), b"RIFF\0\0\0\0WAVE").unwrap();
        std::fs::write(dir.join("findings.json"), b"{}").unwrap();
        dir
    })
}

fuzz_target!(|data: &[u8]| {
    let _ = liveaudit::evidence::manifest::parse(std::path::Path::new("manifest.json"), data);
    let dir = pack_dir();
    std::fs::write(dir.join("manifest.json"), data).unwrap();
    let _ = liveaudit::evidence::verify::verify_pack(dir, None, None);
});
