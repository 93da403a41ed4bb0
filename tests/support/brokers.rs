//! Real brokers for the queue tests: nats-server (JetStream) and redis-server started on free
//! loopback ports with temporary data directories, stopped when dropped.
//!
//! When a server binary is missing the tests that need it print why and skip, unless
//! LIVEAUDIT_REQUIRE_BROKERS=1 (set by .ci/run), where a missing broker fails the test.
#![allow(dead_code)]

use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running broker; killed on drop.
pub struct Server {
    child: Child,
    pub url: String,
    _dir: tempfile::TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A free TCP port on the loopback interface.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("bind a loopback port")
        .port()
}

fn find(binary: &str) -> Option<PathBuf> {
    let path = std::env::var("PATH").unwrap_or_default();
    let found = path
        .split(':')
        .chain(["/usr/sbin", "/usr/bin", "/usr/local/bin", "/usr/local/sbin"])
        .map(|d| PathBuf::from(d).join(binary))
        .find(|p| p.is_file());
    found
}

fn missing(binary: &str) -> Option<Server> {
    let msg = format!(
        "{binary} not found: install it (apt-get install -y nats-server redis-server) to run this test"
    );
    if std::env::var("LIVEAUDIT_REQUIRE_BROKERS").as_deref() == Ok("1") {
        panic!("{msg}");
    }
    eprintln!("SKIPPED: {msg}");
    None
}

fn wait_listening(port: u16, child: &mut Child, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return;
        }
        if let Ok(Some(status)) = child.try_wait() {
            panic!("{what} exited at start-up: {status}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("{what} did not listen on port {port} within 20 s");
}

/// nats-server with JetStream, or `None` (skip) when it is not installed.
pub fn nats() -> Option<Server> {
    let Some(bin) = find("nats-server") else {
        return missing("nats-server");
    };
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let mut child = Command::new(bin)
        .args(["-js", "-a", "127.0.0.1", "-p", &port.to_string(), "-sd"])
        .arg(dir.path())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start nats-server");
    wait_listening(port, &mut child, "nats-server");
    Some(Server {
        child,
        url: format!("nats://127.0.0.1:{port}"),
        _dir: dir,
    })
}

/// redis-server without persistence, or `None` (skip) when it is not installed.
pub fn redis() -> Option<Server> {
    let Some(bin) = find("redis-server") else {
        return missing("redis-server");
    };
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let mut child = Command::new(bin)
        .args([
            "--port",
            &port.to_string(),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
        ])
        .arg("--dir")
        .arg(dir.path())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start redis-server");
    wait_listening(port, &mut child, "redis-server");
    Some(Server {
        child,
        url: format!("redis://127.0.0.1:{port}"),
        _dir: dir,
    })
}

/// A broker by name ("nats" or "redis").
pub fn start(kind: &str) -> Option<Server> {
    match kind {
        "nats" => nats(),
        "redis" => redis(),
        other => panic!("no broker {other}"),
    }
}
