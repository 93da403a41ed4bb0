//! MP4 `moov` edit-list parser (`elst`/`mdhd`/`stsd` walk) on arbitrary bytes: no panic, no
//! overflow, no unbounded allocation.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = liveaudit::media::mp4::parse_moov(data);
});
