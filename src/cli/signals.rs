//! Ending `audit --follow` with a signal: the first SIGTERM or SIGINT flips the follow stop
//! switch, so every followed stream ends and its pack is finished with what was heard; the
//! signal's default is restored, so a second one ends the process at once.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// Set by the handler (a store is all a signal handler may do safely).
static SIGNALLED: AtomicBool = AtomicBool::new(false);

extern "C" fn on_signal(sig: libc::c_int) {
    SIGNALLED.store(true, Ordering::SeqCst);
    // SAFETY: signal() is async-signal-safe; restoring the default lets a second signal end
    // the process.
    unsafe {
        libc::signal(sig, libc::SIG_DFL);
    }
}

/// Flips `stop` on the first SIGTERM or SIGINT (a watcher thread carries the handler's flag
/// to the switch).
pub(super) fn stop_on_signal(stop: Arc<AtomicBool>) {
    // SAFETY: installs a handler that only stores to an atomic and resets the disposition.
    unsafe {
        libc::signal(libc::SIGTERM, on_signal as *const () as libc::sighandler_t);
        libc::signal(libc::SIGINT, on_signal as *const () as libc::sighandler_t);
    }
    let watcher = std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || loop {
            if SIGNALLED.load(Ordering::SeqCst) {
                eprintln!("signal received: finishing what was heard (signal again to quit now)");
                stop.store(true, Ordering::SeqCst);
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        });
    if let Err(e) = watcher {
        tracing::warn!(error = %e, "cannot watch for signals; SIGTERM will end the process");
    }
}
