//! `serve` under hostile requests: each answered or refused with a status,
//! nothing read beyond bounds, no redirect to another host, and `/` still
//! answers 200 afterwards from the same process.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::*;

/// Sends raw bytes, returns what came back (until close or 10 s).
fn raw(port: u16, request: &[u8]) -> String {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let _ = s.write_all(request);
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    String::from_utf8_lossy(&out).into_owned()
}

fn status(response: &str) -> u16 {
    response
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
}

fn start() -> (tempfile::TempDir, u16, Server) {
    let dir = site("basic");
    std::fs::write(
        dir.path().join("content/tin-tuc/2025-09-01-chuyen-huong.md"),
        "---\ntitle: \"Bài cũ\"\ndate: 2025-09-01\naliases: [\"/evil.example/x/index.html\"]\n---\nNội dung.\n",
    )
    .unwrap();
    let port = free_port();
    let server = Server(
        Command::new(env!("CARGO_BIN_EXE_niemyet"))
            .args(["serve", "--root", dir.path().to_str().unwrap()])
            .args(["--port", &port.to_string()])
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let start = Instant::now();
    while status(&raw_quiet(port)) != 200 {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "serve did not start"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    (dir, port, server)
}

fn raw_quiet(port: u16) -> String {
    match TcpStream::connect(("127.0.0.1", port)) {
        Ok(_) => raw(port, b"GET / HTTP/1.1\r\nHost: x\r\n\r\n"),
        Err(_) => String::new(),
    }
}

fn home_answers(port: u16, server: &mut Server) {
    assert!(server.0.try_wait().unwrap().is_none(), "serve died");
    let r = raw(port, b"GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    assert_eq!(status(&r), 200, "{r}");
}

#[test]
fn hostile_requests_are_refused_and_serve_stays_up() {
    let (_dir, port, mut server) = start();
    let cases: &[(&[u8], u16)] = &[
        (
            b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999\r\n\r\nabc",
            405,
        ),
        (
            b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999\r\n\r\nabc",
            413,
        ),
        (
            b"GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nffffffff\r\n",
            413,
        ),
        (b"PUT /a HTTP/1.1\r\nHost: x\r\n\r\n", 405),
        (b"DELETE / HTTP/1.1\r\nHost: x\r\n\r\n", 405),
        (b"OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n", 405),
        (b"BREW / HTTP/1.1\r\n\r\n", 405),
        (b"\x00\x01\x02 garbage\r\n\r\n", 400),
        (b"GET /\xff\xfe/ HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        (
            b"GET /%00%ff%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n",
            404,
        ),
        (
            b"GET /../../../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n",
            404,
        ),
    ];
    for (request, want) in cases {
        let r = raw(port, request);
        assert_eq!(
            status(&r),
            *want,
            "{:?} → {r}",
            String::from_utf8_lossy(request)
        );
        assert!(!r.contains("root:x:0"), "{r}");
    }
    let huge = format!(
        "GET / HTTP/1.1\r\nHost: x\r\nX-Long: {}\r\n\r\n",
        "a".repeat(40_000)
    );
    assert_eq!(status(&raw(port, huge.as_bytes())), 431);
    let long_path = format!("GET /{} HTTP/1.1\r\n\r\n", "a/".repeat(5_000));
    assert_eq!(status(&raw(port, long_path.as_bytes())), 404);
    home_answers(port, &mut server);
}

#[test]
fn redirects_never_lead_to_another_host() {
    let (_dir, port, mut server) = start();
    for target in ["//evil.example/x", "/\\evil.example/x", "///evil.example/x"] {
        let r = raw(
            port,
            format!("GET {target} HTTP/1.1\r\nHost: x\r\n\r\n").as_bytes(),
        );
        if status(&r) == 301 {
            let location = r
                .lines()
                .find_map(|l| l.strip_prefix("Location: "))
                .unwrap_or("");
            assert!(
                location.starts_with('/')
                    && !location.starts_with("//")
                    && !location.starts_with("/\\"),
                "{target} → {location}"
            );
        }
    }
    // The ordinary redirect still works.
    let r = raw(port, b"GET /evil.example/x HTTP/1.1\r\n\r\n");
    assert!(r.contains("Location: /evil.example/x/"), "{r}");
    // HEAD answers the head only.
    let r = raw(port, b"HEAD / HTTP/1.1\r\n\r\n");
    assert_eq!(status(&r), 200);
    assert!(r.ends_with("\r\n\r\n"), "{r}");
    home_answers(port, &mut server);
}

#[test]
fn slow_and_many_clients_cannot_starve_serve() {
    let (_dir, port, mut server) = start();
    // Slow clients: connect, send half a request line, then wait.
    let slow: Vec<TcpStream> = (0..30)
        .map(|_| {
            let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
            let _ = s.write_all(b"GET / HT");
            s
        })
        .collect();
    // 200 clients at once, each wanting the home page.
    let handles: Vec<_> = (0..200)
        .map(|_| {
            std::thread::spawn(move || match TcpStream::connect(("127.0.0.1", port)) {
                Ok(mut s) => {
                    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
                    let _ = s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n");
                    let mut out = Vec::new();
                    let _ = s.read_to_end(&mut out);
                    status(&String::from_utf8_lossy(&out))
                }
                Err(_) => 0,
            })
        })
        .collect();
    let codes: Vec<u16> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    let ok = codes.iter().filter(|&&c| c == 200).count();
    let busy = codes.iter().filter(|&&c| c == 503).count();
    assert!(ok > 0, "{codes:?}");
    assert_eq!(ok + busy, 200, "every client got an answer: {codes:?}");
    drop(slow);
    let start = Instant::now();
    home_answers(port, &mut server);
    assert!(start.elapsed() < Duration::from_secs(10));
}
