//! The job message (`liveaudit.job/v1`): what a producer puts on the queue for one recording.
//!
//! Messages come from other systems (the regulator's recording platform), so every field is
//! checked before a worker touches the source; a message that fails is dead-lettered with the
//! reason instead of crashing or looping a worker.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Schema tag of version 1 job messages.
pub const JOB_SCHEMA_V1: &str = "liveaudit.job/v1";

/// Largest job message accepted, in bytes (a job names a recording; it never carries one).
pub const MAX_JOB_BYTES: usize = 64 * 1024;

/// Default priority (0 lowest … 9 highest).
pub const DEFAULT_PRIORITY: u8 = 5;

/// One recording to audit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobMessage {
    /// Always [`JOB_SCHEMA_V1`] for this version.
    pub schema: String,
    /// Producer-chosen id, unique per recording job: `[A-Za-z0-9_-]{1,128}`. Results are keyed
    /// by it (with the input's SHA-256), so a redelivered job never yields a second result.
    pub job_id: String,
    pub source: JobSource,
    #[serde(default, skip_serializing_if = "StreamMeta::is_empty")]
    pub stream: StreamMeta,
    /// Rule pack the producer expects (`name` or `name@version`); the worker refuses a job
    /// for a pack it has not loaded rather than silently checking other rules.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule_pack: Option<String>,
    /// 0 (lowest) … 9 (highest); brokers serve higher bands first.
    #[serde(default = "default_priority")]
    pub priority: u8,
    /// Follow the source while it is recorded (a live HLS playlist, an HTTP-FLV stream, a
    /// file still being written): findings go to the webhook as they become final and the
    /// job ends with the stream.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow: Option<FollowJob>,
}

/// How a job follows its source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowJob {
    /// End when the source has not grown for this many seconds.
    #[serde(default = "default_idle_secs")]
    pub idle_secs: u64,
    /// Stop following after this many seconds whatever the stream does; the worker's
    /// `--max-follow` when absent, and never more.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_duration_secs: Option<u64>,
}

/// A room silent for a minute has ended.
fn default_idle_secs() -> u64 {
    60
}

/// Longest `follow.idle_secs` accepted: a day.
const MAX_IDLE_SECS: u64 = 24 * 3600;

fn default_priority() -> u8 {
    DEFAULT_PRIORITY
}

/// Where the recording is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobSource {
    /// A local path, a `file://` URI, or an `http(s)://` URL.
    pub uri: String,
    /// HTTP request headers for the source (cookies, tokens of the recording platform).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub headers: BTreeMap<String, String>,
    /// Expected SHA-256 of the source bytes (hex); a mismatch is a permanent failure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
}

/// What the recording is of; copied into results so a case file names the room.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StreamMeta {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub streamer: Option<String>,
    /// Wall-clock start of the recording (RFC 3339); findings then carry wall-clock times.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<String>,
}

impl StreamMeta {
    fn is_empty(&self) -> bool {
        self == &StreamMeta::default()
    }
}

/// Why a job message was refused. Always permanent: the same bytes fail the same way.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum JobError {
    #[error("malformed job message: {0}")]
    Malformed(String),
    #[error("malformed job message: field `{field}`: {problem}")]
    Field {
        field: &'static str,
        problem: String,
    },
}

impl JobError {
    fn field(field: &'static str, problem: impl Into<String>) -> JobError {
        JobError::Field {
            field,
            problem: problem.into(),
        }
    }
}

/// True for ids that are safe as broker subject tokens, stream field values and file names.
pub fn valid_job_id(id: &str) -> bool {
    crate::source::input::is_safe_name(id)
}

impl JobMessage {
    /// A version 1 job for `uri` with the default priority and nothing else set.
    pub fn new(job_id: impl Into<String>, uri: impl Into<String>) -> JobMessage {
        JobMessage {
            schema: JOB_SCHEMA_V1.into(),
            job_id: job_id.into(),
            source: JobSource {
                uri: uri.into(),
                headers: BTreeMap::new(),
                sha256: None,
            },
            stream: StreamMeta::default(),
            rule_pack: None,
            priority: DEFAULT_PRIORITY,
            follow: None,
        }
    }

    /// Parses and validates a message from the wire.
    pub fn parse(bytes: &[u8]) -> Result<JobMessage, JobError> {
        if bytes.len() > MAX_JOB_BYTES {
            return Err(JobError::Malformed(format!(
                "{} bytes, more than the {MAX_JOB_BYTES} a job message may have",
                bytes.len()
            )));
        }
        let text = std::str::from_utf8(bytes)
            .map_err(|e| JobError::Malformed(format!("not UTF-8 ({e})")))?;
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
            JobError::Malformed(format!(
                "not JSON (line {}, column {}): {e}",
                e.line(),
                e.column()
            ))
        })?;
        match value.get("schema").and_then(|s| s.as_str()) {
            Some(JOB_SCHEMA_V1) => {}
            Some(other) => {
                return Err(JobError::field(
                    "schema",
                    format!("unsupported version {other:?}; this worker reads {JOB_SCHEMA_V1:?}"),
                ))
            }
            None => return Err(JobError::field("schema", "missing")),
        }
        let job: JobMessage =
            serde_json::from_value(value).map_err(|e| JobError::Malformed(e.to_string()))?;
        job.validate()?;
        Ok(job)
    }

    /// Checks every field; the error names the first bad one.
    pub fn validate(&self) -> Result<(), JobError> {
        if self.schema != JOB_SCHEMA_V1 {
            return Err(JobError::field("schema", format!("{:?}", self.schema)));
        }
        if !valid_job_id(&self.job_id) {
            return Err(JobError::field(
                "job_id",
                format!("{:?} must be 1-128 of A-Z a-z 0-9 _ -", self.job_id),
            ));
        }
        let uri = self.source.uri.trim();
        if uri.is_empty() {
            return Err(JobError::field("source.uri", "empty"));
        }
        if uri.len() > 4096 {
            return Err(JobError::field("source.uri", "longer than 4096 bytes"));
        }
        let scheme = uri_scheme(uri);
        if let Some(s) = &scheme {
            if !matches!(s.as_str(), "file" | "http" | "https") {
                return Err(JobError::field(
                    "source.uri",
                    format!("unsupported scheme {s:?} (file, http, https or a path)"),
                ));
            }
        }
        let is_http = matches!(scheme.as_deref(), Some("http" | "https"));
        if !self.source.headers.is_empty() && !is_http {
            return Err(JobError::field(
                "source.headers",
                "headers only apply to http(s) sources",
            ));
        }
        for (name, value) in &self.source.headers {
            let name_ok = !name.is_empty()
                && name
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-_".contains(&b));
            if !name_ok || value.bytes().any(|b| b == b'\r' || b == b'\n' || b == 0) {
                return Err(JobError::field(
                    "source.headers",
                    format!("invalid header {name:?}"),
                ));
            }
        }
        if let Some(sha) = &self.source.sha256 {
            if sha.len() != 64 || !sha.bytes().all(|b| b.is_ascii_hexdigit()) {
                return Err(JobError::field("source.sha256", "expected 64 hex digits"));
            }
        }
        if let Some(f) = &self.follow {
            if !(1..=MAX_IDLE_SECS).contains(&f.idle_secs) {
                return Err(JobError::field(
                    "follow.idle_secs",
                    format!("{} is outside 1-{MAX_IDLE_SECS}", f.idle_secs),
                ));
            }
            if f.max_duration_secs == Some(0) {
                return Err(JobError::field(
                    "follow.max_duration_secs",
                    "must be above 0",
                ));
            }
        }
        if self.priority > 9 {
            return Err(JobError::field(
                "priority",
                format!("{} is outside 0-9", self.priority),
            ));
        }
        let meta = [
            ("stream.platform", &self.stream.platform),
            ("stream.room", &self.stream.room),
            ("stream.streamer", &self.stream.streamer),
            ("rule_pack", &self.rule_pack),
        ];
        for (field, value) in meta {
            if value.as_ref().is_some_and(|v| v.len() > 256) {
                return Err(JobError::field(field, "longer than 256 bytes"));
            }
        }
        if let Some(t) = &self.stream.started_at {
            chrono::DateTime::parse_from_rfc3339(t).map_err(|e| {
                JobError::field("stream.started_at", format!("{t:?} is not RFC 3339 ({e})"))
            })?;
        }
        Ok(())
    }

    /// Serialized form put on the queue.
    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(self).expect("job messages serialize")
    }

    /// Which priority band a broker without per-message priority files the job under.
    pub fn band(&self) -> Band {
        Band::of(self.priority)
    }
}

/// Lower-case URI scheme, if the string has one (`C:\` style drive letters are not schemes).
pub fn uri_scheme(uri: &str) -> Option<String> {
    let (scheme, _) = uri.split_once("://")?;
    let ok = scheme.len() > 1
        && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
    ok.then(|| scheme.to_ascii_lowercase())
}

/// Priority bands: NATS and Redis keep one stream (or subject) per band and serve the higher
/// bands first; SQLite orders by the exact priority.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Band {
    High,
    Normal,
    Low,
}

impl Band {
    /// Bands in the order they are served.
    pub const ALL: [Band; 3] = [Band::High, Band::Normal, Band::Low];

    /// 7-9 high, 3-6 normal, 0-2 low.
    pub fn of(priority: u8) -> Band {
        match priority {
            7.. => Band::High,
            3..=6 => Band::Normal,
            _ => Band::Low,
        }
    }

    /// Name used in subjects and keys.
    pub fn as_str(self) -> &'static str {
        match self {
            Band::High => "high",
            Band::Normal => "normal",
            Band::Low => "low",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_message_round_trips() {
        let text = r#"{"schema":"liveaudit.job/v1","job_id":"room42-0001",
            "source":{"uri":"https://rec.example/r/42.flv","headers":{"Cookie":"a=b"},
                      "sha256":"00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"},
            "stream":{"platform":"dy","room":"42","streamer":"小王","started_at":"2026-11-28T20:00:00+08:00"},
            "rule_pack":"cn-livestream","priority":8}"#;
        let job = JobMessage::parse(text.as_bytes()).unwrap();
        assert_eq!(job.band(), Band::High);
        assert_eq!(JobMessage::parse(&job.to_bytes()).unwrap(), job);
    }

    #[test]
    fn bad_messages_name_the_problem() {
        let cases: &[(&[u8], &str)] = &[
            (b"\xff\xfe", "not UTF-8"),
            (b"{nope", "not JSON"),
            (br#"{"job_id":"a","source":{"uri":"x.wav"}}"#, "`schema`: missing"),
            (br#"{"schema":"liveaudit.job/v9","job_id":"a","source":{"uri":"x"}}"#, "unsupported version"),
            (br#"{"schema":"liveaudit.job/v1","source":{"uri":"x"}}"#, "job_id"),
            (br#"{"schema":"liveaudit.job/v1","job_id":"a/b","source":{"uri":"x"}}"#, "`job_id`"),
            (br#"{"schema":"liveaudit.job/v1","job_id":"a","source":{"uri":" "}}"#, "`source.uri`: empty"),
            (br#"{"schema":"liveaudit.job/v1","job_id":"a","source":{"uri":"ftp://h/x"}}"#, "unsupported scheme"),
            (br#"{"schema":"liveaudit.job/v1","job_id":"a","source":{"uri":"x","sha256":"abc"}}"#, "64 hex"),
            (br#"{"schema":"liveaudit.job/v1","job_id":"a","source":{"uri":"x"},"priority":12}"#, "outside 0-9"),
            (br#"{"schema":"liveaudit.job/v1","job_id":"a","source":{"uri":"x","headers":{"A":"b"}}}"#, "only apply to http"),
            (br#"{"schema":"liveaudit.job/v1","job_id":"a","source":{"uri":"x"},"stream":{"started_at":"yesterday"}}"#, "RFC 3339"),
        ];
        for (bytes, want) in cases {
            let e = JobMessage::parse(bytes).unwrap_err().to_string();
            assert!(e.contains(want), "{e} should mention {want}");
            assert!(e.starts_with("malformed job message"), "{e}");
        }
        let huge = vec![b' '; MAX_JOB_BYTES + 1];
        assert!(JobMessage::parse(&huge).is_err());
    }

    #[test]
    fn bands_split_priorities() {
        assert_eq!(Band::of(0), Band::Low);
        assert_eq!(Band::of(5), Band::Normal);
        assert_eq!(Band::of(9), Band::High);
        assert_eq!(uri_scheme("C:\\x.wav"), None);
        assert_eq!(uri_scheme("HTTP://x").as_deref(), Some("http"));
    }
}
