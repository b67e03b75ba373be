//! The officer's and webmaster's path: init, new, check, serve.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::*;

#[test]
fn init_creates_a_site_that_builds_and_refuses_to_overwrite() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("phuong-moi");
    let run = niemyet(&["init", dir.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // Every schema a starter file names for editors is there.
    for e in walkdir::WalkDir::new(dir.join("content")) {
        let e = e.unwrap();
        let Ok(text) = std::fs::read_to_string(e.path()) else {
            continue;
        };
        if let Some(rest) = text.split("$schema=").nth(1) {
            let rel = rest.lines().next().unwrap().trim();
            let schema = e.path().parent().unwrap().join(rel);
            assert!(schema.is_file(), "{} names {rel}", e.path().display());
        }
    }
    assert!(
        !dir.join("themes").exists(),
        "the built-in theme is not copied: later fixes reach the site"
    );
    let run = build(&dir);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
    read(&dir, "thu-tuc/1.001193/index.html");
    let again = niemyet(&["init", dir.to_str().unwrap()]);
    assert_eq!(again.code, 2, "a non-empty folder is a usage error");
    assert!(again.stderr.contains("not empty"), "{}", again.stderr);
}

#[test]
fn version_and_usage_errors() {
    let run = niemyet(&["version"]);
    assert_eq!(run.code, 0);
    // Content is only ever created inside a site.
    let tmp = tempfile::tempdir().unwrap();
    let nowhere = tmp.path().join("khong-co");
    let run = niemyet(&[
        "new",
        "article",
        "Tin mới",
        "--root",
        nowhere.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("is not a niemyet site"),
        "{}",
        run.stderr
    );
    assert!(!nowhere.exists(), "nothing was created");
    let run = niemyet(&[
        "new",
        "catalog",
        "qd-1",
        "--root",
        tmp.path().to_str().unwrap(),
    ]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(!tmp.path().join("content").exists());
}

#[test]
fn new_article_is_dated_today_and_never_overwrites() {
    let dir = site("basic");
    let root = dir.path().to_str().unwrap();
    let run = niemyet(&[
        "new",
        "article",
        "Hội nghị \"Dân vận khéo\" năm 2026",
        "--root",
        root,
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let year = chrono::Utc::now().format("%Y").to_string();
    let rel = format!("content/tin-tuc/{year}/hoi-nghi-dan-van-kheo-nam-2026.md");
    let text = std::fs::read_to_string(dir.path().join(&rel)).unwrap();
    assert!(
        text.contains("title: \"Hội nghị \\\"Dân vận khéo\\\" năm 2026\""),
        "{text}"
    );
    assert!(text.contains("+07:00"), "{text}");
    assert!(text.contains("draft: true"));
    let again = niemyet(&[
        "new",
        "article",
        "Hội nghị \"Dân vận khéo\" năm 2026",
        "--root",
        root,
    ]);
    // The officer's file is kept: a usage error (exit 2), nothing written.
    assert_eq!(again.code, 2);
    assert!(again.stderr.contains("already exists"));
    // A draft builds with --drafts.
    let out = dir.path().join("public");
    let run = niemyet(&[
        "build",
        "--root",
        root,
        "--output",
        out.to_str().unwrap(),
        "--drafts",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    read(
        dir.path(),
        "tin-tuc/hoi-nghi-dan-van-kheo-nam-2026/index.html",
    );
}

#[test]
fn new_catalog_lists_every_required_element_to_fill() {
    let dir = site("basic");
    let root = dir.path().to_str().unwrap();
    let run = niemyet(&["new", "catalog", "QĐ 99/2026", "--root", root]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = std::fs::read_to_string(dir.path().join("content/thu-tuc/qd-99-2026.yaml")).unwrap();
    for key in [
        "trinh_tu",
        "cach_thuc",
        "thoi_han",
        "thanh_phan_ho_so",
        "doi_tuong",
        "co_quan_thuc_hien",
        "ket_qua",
        "phi_le_phi",
        "mau_don",
        "yeu_cau_dieu_kien",
        "can_cu_phap_ly",
        "dich_vu_cong_truc_tuyen",
    ] {
        assert!(
            text.contains(&format!("{key}:")),
            "{key} missing from the skeleton"
        );
    }
    // Unfilled, it must not publish: every blank is reported.
    let check = niemyet(&["check", "--root", root]);
    assert_eq!(check.code, 1);
    assert!(check.stderr.contains("qd-99-2026.yaml"), "{}", check.stderr);
    // One error per blank, never two for the same line.
    let lines: Vec<&str> = check
        .stderr
        .lines()
        .filter(|l| l.starts_with("error: content/thu-tuc/qd-99-2026.yaml:"))
        .map(|l| l.split(": ").nth(1).unwrap_or(""))
        .map(|at| at.rsplit_once(':').map_or(at, |(line, _)| line))
        .collect();
    let mut unique = lines.clone();
    unique.dedup();
    assert_eq!(lines, unique, "{}", check.stderr);
    // Decision: số, ngày, cơ quan ban hành; procedure: mã, tên, lĩnh vực,
    // cấp, đối tượng, cơ quan, a step, a channel, a time, a document, a
    // result, fees, forms, conditions, a legal document, online type.
    assert_eq!(lines.len(), 19, "{}", check.stderr);
    // Nothing is answered for the officer: the legal "no" (`khong`) and
    // levels, channels, dates and counts are theirs to write.
    for prefilled in [
        "phi_le_phi: khong",
        "mau_don: khong",
        "yeu_cau_dieu_kien: khong",
        "dich_vu_cong_truc_tuyen: khong",
        "cap_thuc_hien: [xa]",
        "hinh_thuc: truc_tiep",
        "\n            ban_chinh: 1",
    ] {
        assert!(
            !text.contains(prefilled),
            "{prefilled} is filled in already"
        );
    }
}

#[test]
fn check_finds_a_broken_link_with_its_file_and_line() {
    let dir = site("basic");
    edit(
        dir.path(),
        "content/tin-tuc/2025-11-02-trung-tieu-de.md",
        "Bài khác có tiêu đề",
        "Xem [thủ tục](/thu-tuc/9.999999/) và [mục](/tin-tuc/hoi-nghi-cchc/#khong-co). Bài khác có tiêu đề",
    );
    let run = niemyet(&["check", "--root", dir.path().to_str().unwrap()]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("content/tin-tuc/2025-11-02-trung-tieu-de.md:5:15: link to `/thu-tuc/9.999999/` leads nowhere"), "{}", run.stderr);
    assert!(
        run.stderr.contains("the page has no anchor `#khong-co`"),
        "{}",
        run.stderr
    );
    assert!(!dir.path().join("public").exists(), "check writes nothing");
}

#[test]
fn check_warns_about_orphan_files_and_lists_external_links() {
    let dir = site("basic");
    std::fs::write(dir.path().join("content/tep/mau/bo-quen.pdf"), b"%PDF-1.4").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_niemyet"))
        .env("NIEMYET_LANG", "en")
        .args([
            "check",
            "--external",
            "--root",
            dir.path().to_str().unwrap(),
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains(
            "warning: content/tep/mau/bo-quen.pdf: this file is not linked from any page"
        ),
        "{stderr}"
    );
    assert!(
        stdout.contains("https://dichvucong.example.gov.vn"),
        "{stdout}"
    );
}

fn get(port: u16, path: &str) -> Option<String> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )
    .ok()?;
    let mut body = Vec::new();
    s.read_to_end(&mut body).ok()?;
    Some(String::from_utf8_lossy(&body).into_owned())
}

fn wait_for(port: u16, path: &str, what: impl Fn(&str) -> bool) -> String {
    let start = Instant::now();
    loop {
        if let Some(page) = get(port, path)
            && what(&page)
        {
            return page;
        }
        // Generous: a loaded CI machine builds and rebuilds slowly.
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "timed out waiting on {path}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn serve_shows_edits_and_errors_and_recovers() {
    let dir = site("basic");
    let port = free_port();
    let _server = Server(
        Command::new(env!("CARGO_BIN_EXE_niemyet"))
            .env("NIEMYET_LANG", "en")
            .args([
                "serve",
                "--root",
                dir.path().to_str().unwrap(),
                "--port",
                &port.to_string(),
            ])
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let page = wait_for(port, "/tin-tuc/nfd/", |p| p.contains("200 OK"));
    assert!(page.contains("<h1>Đường lại họp</h1>"));
    assert!(
        page.contains("/__niemyet/live.js"),
        "live reload script injected"
    );
    // Drafts are previewed.
    wait_for(port, "/tin-tuc/nhap/", |p| p.contains("200 OK"));

    let file = "content/tin-tuc/2025-11-01-nfd.md";
    edit(
        dir.path(),
        file,
        "Tiêu đề viết ở dạng NFD.",
        "Nội dung vừa sửa. Từ khóa xyzabc.",
    );
    wait_for(port, "/tin-tuc/nfd/", |p| p.contains("Nội dung vừa sửa."));
    // The search index follows the edit: the new word is in its shard.
    let meta = wait_for(port, "/du-lieu/tim-kiem/meta.json", |p| {
        p.contains("200 OK")
    });
    let shards: u32 = meta
        .split("\"shards\":")
        .nth(1)
        .unwrap()
        .split([',', '}'])
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let shard = niemyet::search::tokenize::shard_of("xyzabc", shards);
    wait_for(port, &format!("/du-lieu/tim-kiem/t/{shard}.json"), |p| {
        p.contains("\"xyzabc\"")
    });

    edit(dir.path(), file, "title:", "tieu_de:");
    let broken = wait_for(port, "/tin-tuc/nfd/", |p| p.contains("niemyet-loi-ban-dau"));
    assert!(
        broken.contains("2025-11-01-nfd.md:2:1"),
        "overlay names file and line"
    );
    assert!(
        broken.contains("Nội dung vừa sửa."),
        "the last good page is still served"
    );

    edit(dir.path(), file, "tieu_de:", "title:");
    wait_for(port, "/tin-tuc/nfd/", |p| {
        !p.contains("niemyet-loi-ban-dau") && p.contains("200 OK")
    });
    assert!(get(port, "/khong-co-trang/").unwrap().contains("404"));
}

#[test]
fn draft_catalogs_and_sample_text_are_not_published_unnoticed() {
    let dir = site("basic");
    let root = dir.path();
    edit(
        root,
        "content/thu-tuc/qd-200.yaml",
        "thu_tuc:",
        "draft: true\nthu_tuc:",
    );
    let run = niemyet(&[
        "new",
        "article",
        "Tin chưa viết",
        "--root",
        root.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let file = walkdir::WalkDir::new(root.join("content/tin-tuc"))
        .into_iter()
        .map(Result::unwrap)
        .find(|e| e.file_name().to_string_lossy() == "tin-chua-viet.md")
        .unwrap()
        .into_path();
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replace("draft: true", "draft: false")).unwrap();
    let run = build(root);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("the sample text “Đoạn mở đầu"),
        "{}",
        run.stderr
    );
    // The draft decision's procedures are not published...
    assert!(!root.join("public/thu-tuc/1.000998").exists());
    // ...and are with --drafts.
    let out = root.join("xem-truoc");
    let run = niemyet(&[
        "build",
        "--root",
        root.to_str().unwrap(),
        "--output",
        out.to_str().unwrap(),
        "--drafts",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(out.join("thu-tuc/1.000998/index.html").is_file());
}
