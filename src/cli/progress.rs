//! Progress bars for a person at a terminal (hidden otherwise): one per recording, moving
//! with the transcription frontier.

use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};

use super::context::Context;
use crate::pipeline::Progress;
use crate::report;

/// A bar named `name`, hidden unless progress is shown.
pub fn progress_bar(ctx: &Context, name: &str) -> ProgressBar {
    if !ctx.show_progress {
        return ProgressBar::hidden();
    }
    let pb = ProgressBar::new(0);
    pb.set_style(
        ProgressStyle::with_template("{prefix:.bold} [{bar:30}] {msg} ({elapsed}, eta {eta})")
            .expect("valid template")
            .progress_chars("=> "),
    );
    pb.set_prefix(name.to_string());
    pb.enable_steady_tick(Duration::from_millis(200));
    pb
}

/// Moves `pb` with one progress event.
pub fn show(pb: &ProgressBar, p: Progress) {
    match p {
        Progress::Opened { duration_ms } => {
            pb.set_length(duration_ms.unwrap_or(0));
            pb.set_message("decoding");
        }
        Progress::Transcribed { until_ms } => {
            if pb.length().unwrap_or(0) < until_ms {
                pb.set_length(until_ms);
            }
            pb.set_position(until_ms);
            pb.set_message(format!("{} transcribed", report::clock(until_ms, '.')));
        }
        Progress::Lag { lag_ms } => {
            pb.set_message(format!("{:.0} s behind the stream", lag_ms as f64 / 1000.0));
        }
    }
}
