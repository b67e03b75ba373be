//! The HTTP side of `serve`, bounded in every dimension a client controls:
//! a fixed pool of workers and a short queue (503 beyond it), request heads
//! of at most 16 KB read within a deadline, GET and HEAD only, no request
//! body ever read (413), one request per connection, write deadlines. A
//! hostile or slow client costs one worker for a few seconds, never the
//! process. Parsing is `httparse`'s (the parser under hyper).

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::mpsc::{Receiver, SyncSender, TrySendError, sync_channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Workers answering requests; each holds one connection at a time.
pub const WORKERS: usize = 8;
/// Accepted connections waiting for a worker; more get a 503 at once.
pub const QUEUE: usize = 64;
/// Largest request head (request line and headers).
pub const MAX_HEAD: usize = 16 << 10;
/// Time a client has to send its request head.
pub const READ_DEADLINE: Duration = Duration::from_secs(5);
/// Time a client has to take each write of the response.
pub const WRITE_TIMEOUT: Duration = Duration::from_secs(20);

/// One parsed request; the handler answers on `stream`.
pub struct Request {
    pub method: Method,
    /// The request target as sent (path and query, percent-encoded).
    pub target: String,
    pub stream: TcpStream,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Head,
}

/// A complete response, written with `Content-Length` and
/// `Connection: close`.
pub struct Response {
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn new(status: u16, content_type: &str, body: Vec<u8>) -> Response {
        Response {
            status,
            headers: vec![("Content-Type", content_type.to_owned())],
            body,
        }
    }

    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Response {
        self.headers.push((name, value.into()));
        self
    }

    fn reason(&self) -> &'static str {
        match self.status {
            200 => "OK",
            301 => "Moved Permanently",
            400 => "Bad Request",
            404 => "Not Found",
            405 => "Method Not Allowed",
            408 => "Request Timeout",
            413 => "Content Too Large",
            431 => "Request Header Fields Too Large",
            503 => "Service Unavailable",
            _ => "",
        }
    }

    /// Writes the response; for HEAD, the head only.
    pub fn send(&self, stream: &mut TcpStream, head_only: bool) -> std::io::Result<()> {
        let mut head = format!("HTTP/1.1 {} {}\r\n", self.status, self.reason());
        for (name, value) in &self.headers {
            // Values are ours (types, paths we built): no line breaks.
            let value: String = value.chars().filter(|c| !c.is_control()).collect();
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str(&format!(
            "Content-Length: {}\r\nConnection: close\r\n\r\n",
            self.body.len()
        ));
        stream.write_all(head.as_bytes())?;
        if !head_only {
            stream.write_all(&self.body)?;
        }
        stream.flush()
    }
}

fn plain(status: u16, text: &str) -> Response {
    Response::new(
        status,
        "text/plain; charset=utf-8",
        text.as_bytes().to_vec(),
    )
}

/// Reads and parses one request head, or the response that refuses it.
fn read_request(mut stream: TcpStream) -> Result<Request, (TcpStream, Response)> {
    let deadline = Instant::now() + READ_DEADLINE;
    let mut buf = vec![0u8; MAX_HEAD];
    let mut len = 0;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() || stream.set_read_timeout(Some(left)).is_err() {
            return Err((stream, plain(408, "request timeout\n")));
        }
        let n = match stream.read(&mut buf[len..]) {
            Ok(0) => return Err((stream, plain(400, "incomplete request\n"))),
            Ok(n) => n,
            Err(_) => return Err((stream, plain(408, "request timeout\n"))),
        };
        len += n;
        let mut headers = [httparse::EMPTY_HEADER; 64];
        let mut req = httparse::Request::new(&mut headers);
        match req.parse(&buf[..len]) {
            Ok(httparse::Status::Complete(_)) => {
                let method = match req.method {
                    Some("GET") => Method::Get,
                    Some("HEAD") => Method::Head,
                    _ => {
                        return Err((
                            stream,
                            plain(405, "only GET and HEAD are served\n")
                                .header("Allow", "GET, HEAD"),
                        ));
                    }
                };
                let has_body = req.headers.iter().any(|h| {
                    h.name.eq_ignore_ascii_case("transfer-encoding")
                        || (h.name.eq_ignore_ascii_case("content-length")
                            && h.value.iter().any(|&b| b != b'0' && b != b' '))
                });
                if has_body {
                    return Err((stream, plain(413, "request bodies are not accepted\n")));
                }
                let target = req.path.unwrap_or("/").to_owned();
                return Ok(Request {
                    method,
                    target,
                    stream,
                });
            }
            Ok(httparse::Status::Partial) if len == buf.len() => {
                return Err((stream, plain(431, "request head too large\n")));
            }
            Ok(httparse::Status::Partial) => {}
            Err(_) => return Err((stream, plain(400, "malformed request\n"))),
        }
    }
}

/// Reads and drops a little of what the client still sends, so closing
/// does not reset the connection before it has read the refusal; bounded
/// in bytes and time.
fn drain(mut stream: TcpStream) {
    let _ = stream.shutdown(std::net::Shutdown::Write);
    let _ = stream.set_read_timeout(Some(Duration::from_millis(200)));
    let mut sink = [0u8; 8192];
    for _ in 0..8 {
        if !matches!(stream.read(&mut sink), Ok(n) if n > 0) {
            break;
        }
    }
}

fn worker(rx: Arc<Mutex<Receiver<TcpStream>>>, handler: Arc<dyn Fn(Request) + Send + Sync>) {
    loop {
        let stream = match rx.lock().unwrap_or_else(|p| p.into_inner()).recv() {
            Ok(s) => s,
            Err(_) => return,
        };
        let _ = stream.set_write_timeout(Some(WRITE_TIMEOUT));
        match read_request(stream) {
            Ok(req) => {
                // A bug in a handler must not take the worker with it.
                let h = Arc::clone(&handler);
                let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| h(req)));
            }
            Err((mut stream, response)) => {
                let _ = response.send(&mut stream, false);
                drain(stream);
            }
        }
    }
}

/// Serves `listener` forever with [`WORKERS`] workers.
pub fn serve(listener: TcpListener, handler: Arc<dyn Fn(Request) + Send + Sync>) {
    let (tx, rx): (SyncSender<TcpStream>, _) = sync_channel(QUEUE);
    let rx = Arc::new(Mutex::new(rx));
    for _ in 0..WORKERS {
        let (rx, handler) = (Arc::clone(&rx), Arc::clone(&handler));
        std::thread::spawn(move || worker(rx, handler));
    }
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        if let Err(TrySendError::Full(mut stream)) = tx.try_send(stream) {
            let _ = stream.set_write_timeout(Some(Duration::from_millis(500)));
            let _ = plain(503, "busy, try again\n")
                .header("Retry-After", "1")
                .send(&mut stream, false);
        }
    }
}
