//! A queue job message from the wire: parse and validate, never panic; a message that
//! parses must serialise and parse again to the same job (what the worker re-queues).
#![no_main]
use libfuzzer_sys::fuzz_target;
use liveaudit::queue::job::JobMessage;

fuzz_target!(|data: &[u8]| {
    if let Ok(job) = JobMessage::parse(data) {
        let again = JobMessage::parse(&job.to_bytes()).expect("a valid job round-trips");
        assert_eq!(again.to_bytes(), job.to_bytes());
    }
});
