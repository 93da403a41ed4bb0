//! The HLS demuxer end to end on an arbitrary playlist whose segments are slices of the input:
//! playlist parsing, master/rendition choice, segment sniffing, timestamp placement.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = liveaudit::media::hls::fuzz_playlist(data, 10_000);
});
