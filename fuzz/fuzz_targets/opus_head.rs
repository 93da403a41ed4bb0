//! `OpusHead` identification header (Ogg, Matroska `CodecPrivate`, MP4 `dOps`) on arbitrary
//! bytes: a parse error, never a panic or an out-of-range channel mapping.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = liveaudit::media::opus::OpusHead::parse(data);
});
