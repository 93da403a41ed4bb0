//! FLV demuxer on arbitrary bytes: no panic, no unbounded allocation.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = liveaudit::media::flv::demux_bytes(data.to_vec(), 100_000);
});
