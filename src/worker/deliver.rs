//! A job's sinks: the ledger gate (is the result already recorded?), files, the webhook and
//! the broker's results stream (the ledger, written last, so a recorded result means every
//! sink has it).
//!
//! Every sink is idempotent by job id + input SHA-256: files are rewritten in place
//! atomically, the webhook carries that pair as its `Idempotency-Key`, and the broker records
//! the pair at most once. So a job redelivered after a crash between sinks and ack produces
//! no second result anywhere.
//!
//! The sinks run on the job's blocking thread, inside the audit core; the broker and the
//! webhook are async, so they are driven through the runtime's handle.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Instant;

use tokio::runtime::Handle;

use super::ops::names;
use super::Ctx;
use crate::failure::FailureClass;
use crate::findings::FindingsDoc;
use crate::queue::{JobMessage, ResultRecord};
use crate::sinks::result::ResultMessage;
use crate::sinks::webhook::post_webhook;
use crate::sinks::{Delivered, DocumentFiles, LiveFinding, Recording, ResultSink, SinkError};

/// Schema of a followed room's finding posted to the webhook before the job's result.
pub const LIVE_SCHEMA: &str = "liveaudit.live-finding/v1";

/// The sinks of one job, in order.
pub(super) struct JobSinks {
    pub ctx: Arc<Ctx>,
    pub job: JobMessage,
    pub handle: Handle,
    /// Set once the job task has given the job up (released after the grace period).
    pub abandoned: Arc<AtomicBool>,
}

impl JobSinks {
    /// The result is already recorded (another delivery of this job finished), or the input
    /// is not the one the job names.
    fn gate(&self, doc: &FindingsDoc) -> Result<Delivered, SinkError> {
        if self.abandoned.load(Ordering::Relaxed) {
            let message = "the job was released before its audit finished; not delivered";
            return Err(SinkError::new("ledger", FailureClass::Transient, message));
        }
        let actual = &doc.input.sha256;
        if let Some(want) = &self.job.source.sha256 {
            if !want.eq_ignore_ascii_case(actual) {
                let message = format!(
                    "source {}: SHA-256 is {actual}, the job says {want}",
                    crate::source::label(&self.job.source.uri).display()
                );
                return Err(SinkError::new("ledger", FailureClass::BadInput, message));
            }
        }
        let exists = self
            .handle
            .block_on(
                self.ctx
                    .queue
                    .result_exists(&self.job.job_id, &actual.to_ascii_lowercase()),
            )
            .map_err(|e| SinkError::new("ledger", FailureClass::Transient, e.to_string()))?;
        if exists {
            tracing::info!("result already recorded; acking the redelivery");
            return Ok(Delivered::AlreadyThere);
        }
        Ok(Delivered::Done)
    }

    fn ship(&self, rec: &mut Recording, doc: &mut FindingsDoc) -> Result<(), SinkError> {
        let job = &self.job;
        let out_dir = self
            .ctx
            .config
            .out_dir
            .as_ref()
            .map(|o| o.join(&job.job_id));
        let summary = ResultMessage::new(&job.job_id, &job.stream, doc, out_dir.as_deref());
        let body = serde_json::to_vec(&summary).expect("results serialize");
        // The webhook gets the whole document (serialised now: the files sink below needs
        // the document mutably).
        let full = self.ctx.config.webhook.is_some().then(|| {
            let full = ResultMessage {
                document: Some(doc),
                ..summary
            };
            serde_json::to_vec(&full).expect("results serialize")
        });
        if let Some(root) = &self.ctx.config.out_dir {
            let mut files = DocumentFiles {
                root: root.clone(),
                extra: Some(("result.json".into(), body.clone())),
            };
            files.deliver(rec, doc)?;
        }
        let key = format!("{}:{}", job.job_id, doc.input.sha256);
        if let (Some(hook), Some(full)) = (&self.ctx.config.webhook, full) {
            self.handle.block_on(post_webhook(hook, &key, &full))?;
        }
        let record = ResultRecord {
            job_id: job.job_id.clone(),
            input_sha256: doc.input.sha256.clone(),
            body,
        };
        let new = self
            .handle
            .block_on(self.ctx.queue.publish_result(&record))
            .map_err(|e| {
                SinkError::new(
                    "results",
                    FailureClass::Transient,
                    format!("publishing the result: {e}"),
                )
            })?;
        if !new {
            tracing::info!("the broker already held this result");
        }
        Ok(())
    }
}

impl ResultSink for JobSinks {
    /// A followed room's finding goes to the webhook as soon as it is final, keyed by job,
    /// finding and event, so a redelivered job that sends it again makes no second case.
    fn live_finding(&mut self, live: &LiveFinding) -> Result<(), SinkError> {
        let Some(hook) = &self.ctx.config.webhook else {
            return Ok(());
        };
        if self.abandoned.load(Ordering::Relaxed) {
            return Ok(());
        }
        let body = serde_json::json!({
            "schema": LIVE_SCHEMA,
            "job_id": self.job.job_id,
            "stream": self.job.stream,
            "event": live.event,
            "emitted_at": live.emitted_at,
            "heard_until_ms": live.heard_until_ms,
            "finding": live.finding,
        });
        let body = serde_json::to_vec(&body).map_err(|e| {
            SinkError::new("webhook", FailureClass::Internal, format!("encoding: {e}"))
        })?;
        let key = format!("{}:{}:{}", self.job.job_id, live.finding.id, live.event);
        self.handle.block_on(post_webhook(hook, &key, &body))
    }

    fn deliver(
        &mut self,
        rec: &mut Recording,
        doc: &mut FindingsDoc,
    ) -> Result<Delivered, SinkError> {
        if self.gate(doc)? == Delivered::AlreadyThere {
            return Ok(Delivered::AlreadyThere);
        }
        let t0 = Instant::now();
        self.ship(rec, doc)?;
        metrics::histogram!(names::STAGE_SECONDS, "stage" => "sinks")
            .record(t0.elapsed().as_secs_f64());
        Ok(Delivered::Done)
    }
}
