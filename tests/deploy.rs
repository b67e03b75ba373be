//! `niemyet deploy` against a real S3-compatible server with signature
//! checking on: `s3s-fs` (crates.io), which `scripts/test.sh` installs
//! (`cargo install s3s-fs@0.14.1 --features binary --locked`). Objects are
//! read back from its folder, where it keeps each one as a file.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::*;

const KEY: &str = "niemyet-thu";
const SECRET: &str = "bi-mat-cua-bai-kiem-tra";
const BUCKET: &str = "cong-thong-tin";

/// An `s3s-fs` server on a free port, its data in a temp folder; killed
/// when dropped.
struct S3 {
    child: Child,
    port: u16,
    data: tempfile::TempDir,
}

impl Drop for S3 {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn s3s_fs() -> PathBuf {
    if let Ok(p) = std::env::var("NIEMYET_S3S_FS") {
        return p.into();
    }
    let home = std::env::var("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(std::env::var("HOME").unwrap()).join(".cargo"));
    let path = home.join("bin/s3s-fs");
    assert!(
        path.is_file(),
        "s3s-fs is not installed: run scripts/test.sh, or \
         cargo install s3s-fs@0.14.1 --features binary --locked"
    );
    path
}

impl S3 {
    fn start() -> S3 {
        let data = tempfile::tempdir().unwrap();
        std::fs::create_dir(data.path().join(BUCKET)).unwrap();
        let port = free_port();
        let child = Command::new(s3s_fs())
            .args(["--host", "127.0.0.1", "--port", &port.to_string()])
            .args(["--access-key", KEY, "--secret-key", SECRET])
            .arg(data.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start s3s-fs");
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "s3s-fs did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        S3 { child, port, data }
    }

    fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Every object under `site/` with its bytes (the server's own
    /// bookkeeping files left out).
    fn objects(&self) -> BTreeMap<String, Vec<u8>> {
        let root = self.data.path().join(BUCKET).join("site");
        if !root.exists() {
            return BTreeMap::new();
        }
        walkdir::WalkDir::new(&root)
            .into_iter()
            .map(Result::unwrap)
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                let rel = e.path().strip_prefix(&root).unwrap();
                (
                    rel.to_string_lossy().replace('\\', "/"),
                    std::fs::read(e.path()).unwrap(),
                )
            })
            .filter(|(p, _)| !p.contains(".s3s") && !p.starts_with(".upload"))
            .collect()
    }

    /// The headers the server keeps for an object of the site.
    fn headers(&self, path: &str) -> serde_json::Value {
        let name = format!(
            ".bucket-{}.object-{}.metadata.json",
            base64url(BUCKET.as_bytes()),
            base64url(format!("site/{path}").as_bytes())
        );
        let text = std::fs::read_to_string(self.data.path().join(name))
            .unwrap_or_else(|e| panic!("headers of {path}: {e}"));
        serde_json::from_str(&text).unwrap()
    }

    fn deploy(&self, root: &Path, extra: &[&str]) -> Deployed {
        self.deploy_with(root, extra, SECRET)
    }

    fn deploy_with(&self, root: &Path, extra: &[&str], secret: &str) -> Deployed {
        let out = command(root, &self.endpoint(), extra, secret)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        Deployed {
            code: out.status.code().unwrap_or(-1),
            uploaded: stderr
                .split(": ")
                .nth(1)
                .and_then(|s| s.split(' ').next())
                .and_then(|n| n.replace(',', "").parse().ok()),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr,
        }
    }
}

/// Base64 with the URL alphabet and no padding (how s3s-fs names its
/// metadata files).
fn base64url(bytes: &[u8]) -> String {
    const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | (b as u32) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(A[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

fn command(root: &Path, endpoint: &str, extra: &[&str], secret: &str) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_niemyet"));
    c.env("NIEMYET_LANG", "en")
        .env("AWS_ACCESS_KEY_ID", KEY)
        .env("AWS_SECRET_ACCESS_KEY", secret)
        .env_remove("AWS_PROFILE")
        .env_remove("AWS_SESSION_TOKEN")
        .args(["deploy", "--root", root.to_str().unwrap()])
        .args(["--target", &format!("s3://{BUCKET}/site")])
        .args(["--endpoint", endpoint, "--region", "us-east-1"])
        .args(extra);
    c
}

struct Deployed {
    code: i32,
    /// "N files uploaded" of the summary.
    uploaded: Option<usize>,
    stdout: String,
    stderr: String,
}

/// The built site as the bucket should hold it (its manifest aside, the
/// bucket keeping its own).
fn published(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let out = root.join("public");
    let mut files: BTreeMap<String, Vec<u8>> = snapshot(&out)
        .into_iter()
        .map(|(p, b)| (p.to_string_lossy().replace('\\', "/"), b))
        .collect();
    files.remove(".niemyet-output");
    files
}

/// Bucket = built site, plus the bucket's manifest listing exactly it.
fn assert_bucket_is_the_site(s3: &S3, root: &Path) {
    let mut objects = s3.objects();
    let manifest = objects.remove(".niemyet-deploy").expect("bucket manifest");
    let want = published(root);
    assert_eq!(
        objects.keys().collect::<Vec<_>>(),
        want.keys().collect::<Vec<_>>(),
        "other files in the bucket"
    );
    assert!(objects == want, "other bytes in the bucket");
    let listed = String::from_utf8(manifest).unwrap();
    assert_eq!(
        listed.lines().filter(|l| !l.starts_with('#')).count() - 1,
        want.len(),
        "the bucket's manifest lists its files"
    );
}

/// Paths whose hash differs between two build manifests, or that only the
/// second has.
fn changed(before: &str, after: &str) -> Vec<String> {
    let entries = |t: &str| -> BTreeMap<String, String> {
        t.lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let mut p = l.splitn(3, ' ');
                let (h, _, path) = (p.next()?, p.next()?, p.next()?);
                (h.len() == 32).then(|| (path.to_owned(), h.to_owned()))
            })
            .collect()
    };
    let (b, a) = (entries(before), entries(after));
    a.iter()
        .filter(|(p, h)| b.get(*p) != Some(h))
        .map(|(p, _)| p.clone())
        .collect()
}

fn manifest(root: &Path) -> String {
    std::fs::read_to_string(root.join("public/.niemyet-output")).unwrap()
}

#[test]
fn first_deploy_uploads_everything_then_only_what_an_edit_changed() {
    let s3 = S3::start();
    let dir = site("basic");
    let root = dir.path();
    assert_eq!(build(root).code, 0);
    let first = s3.deploy(root, &[]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert_eq!(
        first.uploaded,
        Some(published(root).len()),
        "{}",
        first.stderr
    );
    assert_bucket_is_the_site(&s3, root);
    // Types with their charset, long caching only for content-hashed
    // names, and the alias answered by the store's own redirect too.
    let page = s3.headers("index.html");
    assert_eq!(page["content_type"], "text/html; charset=utf-8");
    assert_eq!(page["cache_control"], "public, max-age=300");
    let css = published(root)
        .into_keys()
        .find(|p| p.starts_with("style.") && p.ends_with(".css"))
        .unwrap();
    assert_eq!(
        s3.headers(&css)["cache_control"],
        "public, max-age=31536000, immutable"
    );
    assert_eq!(
        s3.headers("du-lieu/thu-tuc.csv")["content_type"],
        "text/csv; charset=utf-8"
    );
    assert_eq!(
        s3.headers("tin-tuc/hoi-nghi-cu.html")["website_redirect_location"],
        "/tin-tuc/hoi-nghi-cchc/"
    );

    let again = s3.deploy(root, &[]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert_eq!(again.uploaded, Some(0), "{}", again.stderr);

    let before = manifest(root);
    edit(
        root,
        "content/tin-tuc/2025-11-01-nfd.md",
        "Tiêu đề viết ở dạng NFD.",
        "Tiêu đề đã sửa.",
    );
    assert_eq!(build(root).code, 0);
    let want = changed(&before, &manifest(root));
    assert!(
        want.contains(&"tin-tuc/nfd/index.html".to_owned()),
        "{want:?}"
    );
    assert!(want.contains(&"sitemap.xml".to_owned()) || want.contains(&"atom.xml".to_owned()));
    assert!(
        !want.contains(&"thu-tuc/2.000001/index.html".to_owned()),
        "{want:?}"
    );
    let edited = s3.deploy(root, &[]);
    assert_eq!(edited.code, 0, "{}", edited.stderr);
    assert_eq!(edited.uploaded, Some(want.len()), "{}", edited.stderr);
    assert_bucket_is_the_site(&s3, root);
}

#[test]
fn deletions_come_last_are_bounded_and_a_dry_run_changes_nothing() {
    let s3 = S3::start();
    let dir = site("basic");
    let root = dir.path();
    assert_eq!(build(root).code, 0);
    assert_eq!(s3.deploy(root, &[]).code, 0);
    let before = s3.objects();

    std::fs::remove_file(root.join("content/tin-tuc/2025-11-01-nfd.md")).unwrap();
    assert_eq!(build(root).code, 0);
    let dry = s3.deploy(root, &["--dry-run"]);
    assert_eq!(dry.code, 0, "{}", dry.stderr);
    assert!(
        dry.stdout.contains(&format!(
            "delete   s3://{BUCKET}/site/tin-tuc/nfd/index.html"
        )),
        "{}",
        dry.stdout
    );
    assert!(dry.stdout.contains("upload   "), "{}", dry.stdout);
    assert!(
        dry.stderr.contains("dry run, nothing changed"),
        "{}",
        dry.stderr
    );
    assert!(s3.objects() == before, "a dry run changed the bucket");

    let bounded = s3.deploy(root, &["--max-deletes", "0"]);
    assert_eq!(bounded.code, 1, "{}", bounded.stderr);
    assert!(
        bounded.stderr.contains("more than --max-deletes 0"),
        "{}",
        bounded.stderr
    );
    assert!(
        s3.objects() == before,
        "a refused deploy changed the bucket"
    );

    let run = s3.deploy(root, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!s3.objects().contains_key("tin-tuc/nfd/index.html"));
    assert_bucket_is_the_site(&s3, root);
}

/// Killed at spread-out moments, then run again: the bucket ends as the
/// site, whatever the first run had done.
#[test]
fn an_interrupted_deploy_is_finished_by_the_next() {
    let s3 = S3::start();
    let tmp = sample_site();
    let root = tmp.path();
    let title = root.join("content/trang/gioi-thieu.md");
    let original = std::fs::read_to_string(&title).unwrap();
    let mut midway = 0;
    for round in 0..4u64 {
        std::fs::write(
            &title,
            original.replacen("title: \"", &format!("title: \"Lần {round} – "), 1),
        )
        .unwrap();
        assert_eq!(build(root).code, 0);
        let mut child = command(root, &s3.endpoint(), &[], SECRET)
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(60 + round * 60));
        let finished = child.try_wait().unwrap().is_some();
        let _ = child.kill();
        let _ = child.wait();
        midway += !finished as usize;
        let run = s3.deploy(root, &[]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert_bucket_is_the_site(&s3, root);
    }
    assert!(
        midway > 0,
        "no deploy was interrupted; the test proves nothing"
    );
}

#[test]
fn bad_credentials_and_an_unreachable_endpoint_change_nothing() {
    let s3 = S3::start();
    let dir = site("basic");
    let root = dir.path();
    assert_eq!(build(root).code, 0);
    let denied = s3.deploy_with(root, &[], "khoa-sai");
    assert_eq!(denied.code, 1, "{}", denied.stderr);
    assert!(
        denied.stderr.contains("the storage refused (403)"),
        "{}",
        denied.stderr
    );
    assert!(
        denied.stderr.contains("AWS_SECRET_ACCESS_KEY"),
        "{}",
        denied.stderr
    );
    assert!(s3.objects().is_empty(), "a refused deploy wrote");

    let closed = format!("http://127.0.0.1:{}", free_port());
    let out = command(root, &closed, &[], SECRET).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("cannot reach the storage"), "{stderr}");

    let unbuilt = site("basic");
    let run = s3.deploy(unbuilt.path(), &[]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("run `niemyet build`"), "{}", run.stderr);
    assert!(s3.objects().is_empty());
}

/// A file of the output swapped for a link to a file elsewhere (a secret
/// beside the site) is never uploaded: nothing is sent at all.
#[cfg(unix)]
#[test]
fn a_link_in_the_output_to_a_file_elsewhere_is_never_uploaded() {
    let s3 = S3::start();
    let dir = site("basic");
    let root = dir.path();
    assert_eq!(build(root).code, 0);
    let secret = root.join("bi-mat.txt");
    std::fs::write(&secret, "mật khẩu").unwrap();
    let page = root.join("public/404.html");
    std::fs::remove_file(&page).unwrap();
    std::os::unix::fs::symlink(&secret, &page).unwrap();
    let run = s3.deploy(root, &[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("(first: 404.html)"), "{}", run.stderr);
    assert!(
        s3.objects().is_empty(),
        "a deploy with a planted link wrote"
    );
}
