//! `niemyet serve`: build into memory, serve over HTTP, rebuild what an
//! edit touches, and reload open tabs (Server-Sent Events). A failed
//! rebuild keeps the last good site and shows the errors over the page.

mod http;
mod rebuild;

use crate::msg::catalog::output as m;
use crate::t;
use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;
use std::sync::mpsc::{Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use std::net::TcpListener;

use crate::output::{Content, OutputFile};

const LIVE_JS: &str = include_str!("live.js");

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("{}", t!(m::SERVE_BIND, addr = addr, error = message))]
    Bind { addr: String, message: String },
    #[error("{}", t!(m::SERVE_WATCH, path = path.display(), error = message))]
    Watch { path: PathBuf, message: String },
}

pub struct Options {
    pub root: PathBuf,
    pub bind: String,
    pub port: u16,
}

/// The site as currently served.
#[derive(Default)]
struct State {
    files: HashMap<String, Content>,
    base_path: String,
    /// Diagnostics of the last failed rebuild, shown over every page.
    error: Option<String>,
    /// Open event streams.
    clients: Vec<Sender<String>>,
}

type SharedState = Arc<Mutex<State>>;

impl State {
    fn publish(&mut self, files: Vec<OutputFile>, replace_all: bool) {
        if replace_all {
            self.files.clear();
        }
        for f in files {
            self.files.insert(f.path, f.content);
        }
        self.error = None;
        self.broadcast("event: reload\ndata: {}\n\n".to_owned());
    }

    /// Replaces files without reloading open tabs (the search index).
    fn add_quietly(&mut self, files: Vec<OutputFile>) {
        for f in files {
            self.files.insert(f.path, f.content);
        }
    }

    fn fail(&mut self, text: String) {
        let data = serde_json::to_string(&text).unwrap_or_default();
        self.error = Some(text);
        self.broadcast(format!("event: error-report\ndata: {data}\n\n"));
    }

    fn broadcast(&mut self, message: String) {
        self.clients.retain(|c| c.send(message.clone()).is_ok());
    }
}

pub fn run(opts: Options) -> Result<(), ServeError> {
    let addr = format!("{}:{}", opts.bind, opts.port);
    let listener = TcpListener::bind(&addr).map_err(|e| ServeError::Bind {
        addr: addr.clone(),
        message: e.to_string(),
    })?;
    let loopback = listener.local_addr().is_ok_and(|a| a.ip().is_loopback());
    let state: SharedState = Arc::new(Mutex::new(State::default()));
    let mut builder = rebuild::Builder::new(opts.root.clone());
    builder.full(&state);
    eprintln!(
        "{}",
        t!(m::SERVING, root = opts.root.display(), addr = addr)
    );
    if !loopback {
        eprintln!(
            "{}: {}",
            crate::msg::catalog::cli::LABEL_WARNING.text(),
            t!(m::SERVE_EXPOSED, addr = addr)
        );
    }
    let handler_state = Arc::clone(&state);
    let handler: Arc<dyn Fn(http::Request) + Send + Sync> =
        Arc::new(move |req| handle(req, &handler_state));
    std::thread::spawn(move || http::serve(listener, handler));
    rebuild::watch(&opts.root, builder, &state)
}

fn mime(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "gif" => "image/gif",
        "pdf" => "application/pdf",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "doc" => "application/msword",
        _ => "application/octet-stream",
    }
}

/// Where a request path lives in the output, like a static host would
/// resolve it (`/a/` → `a/index.html`).
fn lookup(state: &State, url_path: &str) -> Option<String> {
    let path = url_path
        .strip_prefix(state.base_path.as_str())
        .unwrap_or(url_path);
    let path = path.trim_start_matches('/');
    let key = if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path.to_owned()
    };
    state.files.contains_key(&key).then_some(key)
}

/// The bytes of a file: pages are in memory; copied files (forms,
/// images) are read from disk outside the state lock.
fn bytes_of(content: Content) -> Option<Vec<u8>> {
    match content {
        Content::Bytes(b) => Some(b),
        Content::Copy(p) => std::fs::read(p).ok(),
    }
}

/// Adds the live-reload script (and the current errors) to an HTML page.
fn inject(html: Vec<u8>, error: Option<&str>) -> Vec<u8> {
    let mut extra = String::from("<script src=\"/__niemyet/live.js\"></script>");
    if let Some(e) = error {
        extra.push_str("<template id=\"niemyet-loi-ban-dau\">");
        extra.push_str(&crate::text::html::escape(e));
        extra.push_str("</template>");
    }
    let text = String::from_utf8_lossy(&html);
    match text.rfind("</body>") {
        Some(i) => format!("{}{extra}{}", &text[..i], &text[i..]).into_bytes(),
        None => format!("{text}{extra}").into_bytes(),
    }
}

/// A redirect target on this host: leading slashes and backslashes
/// collapse to one, so `//evil.example/x` can never become another host.
fn same_host(target: &str) -> String {
    format!("/{}", target.trim_start_matches(['/', '\\']))
}

/// What the state says about a path, taken under the lock and answered
/// after it is released.
enum Found {
    File(String, Content, Option<String>),
    Redirect(String),
    Missing(Option<Content>, Option<String>),
}

fn handle(mut req: http::Request, state: &SharedState) {
    let head_only = req.method == http::Method::Head;
    let url = req
        .target
        .split(['?', '#'])
        .next()
        .unwrap_or("/")
        .to_owned();
    let path = percent_decode(&url);
    if path == "/__niemyet/events" {
        return stream_events(req, state);
    }
    let response = if path == "/__niemyet/live.js" {
        http::Response::new(
            200,
            "text/javascript; charset=utf-8",
            LIVE_JS.as_bytes().to_vec(),
        )
    } else {
        let found = {
            let st = state.lock().unwrap_or_else(|p| p.into_inner());
            match lookup(&st, &path) {
                Some(key) => {
                    let content = st.files.get(&key).cloned();
                    match content {
                        Some(c) => Found::File(key, c, st.error.clone()),
                        None => Found::Missing(None, st.error.clone()),
                    }
                }
                None if !path.ends_with('/') && lookup(&st, &format!("{path}/")).is_some() => {
                    Found::Redirect(same_host(&format!("{url}/")))
                }
                None => Found::Missing(st.files.get("404.html").cloned(), st.error.clone()),
            }
        };
        match found {
            Found::Redirect(location) => {
                http::Response::new(301, "text/plain; charset=utf-8", Vec::new())
                    .header("Location", location)
            }
            Found::File(key, content, error) => {
                let body = bytes_of(content).unwrap_or_default();
                let body = if key.ends_with(".html") {
                    inject(body, error.as_deref())
                } else {
                    body
                };
                http::Response::new(200, mime(&key), body)
            }
            Found::Missing(page, error) => {
                let body = page.and_then(bytes_of).unwrap_or_else(|| b"404".to_vec());
                http::Response::new(
                    404,
                    "text/html; charset=utf-8",
                    inject(body, error.as_deref()),
                )
            }
        }
    };
    let _ = response
        .header("Cache-Control", "no-store")
        .send(&mut req.stream, head_only);
}

/// Open event streams at most; a tab beyond them reloads by polling
/// the stream again (EventSource retries).
const MAX_STREAMS: usize = 64;

/// Server-Sent Events need each message on the wire at once: the stream
/// keeps its connection on a thread of its own and flushes every message.
fn stream_events(req: http::Request, state: &SharedState) {
    let (tx, rx) = channel::<String>();
    {
        let mut st = state.lock().unwrap_or_else(|p| p.into_inner());
        st.clients
            .retain(|c| c.send(": ping\n\n".to_owned()).is_ok());
        if st.clients.len() >= MAX_STREAMS {
            drop(st);
            let mut stream = req.stream;
            let _ = http::Response::new(
                503,
                "text/plain; charset=utf-8",
                b"too many open tabs\n".to_vec(),
            )
            .send(&mut stream, false);
            return;
        }
        st.clients.push(tx);
    }
    let mut w = req.stream;
    std::thread::spawn(move || {
        let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: close\r\n\r\nretry: 500\n\n";
        if w.write_all(head.as_bytes())
            .and_then(|()| w.flush())
            .is_err()
        {
            return;
        }
        loop {
            let message = match rx.recv_timeout(Duration::from_secs(15)) {
                Ok(m) => m,
                // A comment line keeps proxies and the browser from timing out.
                Err(std::sync::mpsc::RecvTimeoutError::Timeout) => ": ping\n\n".to_owned(),
                Err(_) => return,
            };
            if w.write_all(message.as_bytes())
                .and_then(|()| w.flush())
                .is_err()
            {
                return;
            }
        }
    });
}

fn percent_decode(s: &str) -> String {
    let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if let (b'%', Some(Some(hi)), Some(Some(lo))) = (
            bytes[i],
            bytes.get(i + 1).map(|&b| hex(b)),
            bytes.get(i + 2).map(|&b| hex(b)),
        ) {
            out.push(hi * 16 + lo);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::{percent_decode, same_host};

    #[test]
    fn redirects_stay_on_this_host() {
        assert_eq!(same_host("//evil.example/x/"), "/evil.example/x/");
        assert_eq!(same_host("/\\evil.example/"), "/evil.example/");
        assert_eq!(same_host("/tin-tuc/"), "/tin-tuc/");
    }

    #[test]
    fn decodes_vietnamese_paths_without_panicking() {
        assert_eq!(percent_decode("/t%E1%BB%AB-kh%C3%B3a/"), "/từ-khóa/");
        assert_eq!(percent_decode("/%zz/%"), "/%zz/%");
        assert_eq!(percent_decode("/đ%"), "/đ%");
    }
}
