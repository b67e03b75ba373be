//! Hostile content, built for real: every published HTML and XML file is
//! parsed as a browser or feed reader would and must hold no live script,
//! no event handler, no dangerous URL, no frame or base from content and no
//! CSS outside a string; nothing from hidden folders or from outside the
//! site is published; bad configuration is refused at its line;
//! pathological inputs finish in seconds.

mod common;
#[path = "oracle/mod.rs"]
mod oracle;

use std::path::Path;
use std::time::{Duration, Instant};

use common::*;

const ATTACKS: &str = r#"
Bạn đọc gửi đoạn mã <script>alert(1)</script> và <img src=https://anh.example/x.png onerror=alert(2)>.

<div onmouseover="alert(3)">khối HTML</div>

## Mục lục {#muc-luc tabindex=1 autofocus=1 onfocus=fetch('//evil')}

[a](javascript:alert(4)) <javascript:alert(5)> [b][r] [c](JaVaScRiPt&#58;alert(6))
[d](vbscript:msgbox(7)) [e](data:text/html;base64,PHNjcmlwdD4=) ![ảnh](javascript:alert(8))
[f](java&#x09;script:alert(9)) [g](&#x20;javascript:alert(10)) <vbscript:x>

<iframe src="https://evil.example"></iframe><object data="x"></object><base href="https://evil.example/">
<svg><script>alert(11)</script></svg><a href="&#106;avascript:alert(12)">x</a>

[r]: javascript:alert(13)
"#;

fn article(root: &Path, name: &str, front: &str, body: &str) {
    std::fs::write(
        root.join("content/tin-tuc").join(name),
        format!("---\n{front}\n---\n{body}"),
    )
    .unwrap();
}

fn assert_safe(root: &Path, markers: &[&str]) {
    let problems = oracle::check_tree(&root.join("public"), markers);
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn the_oracle_itself_finds_what_it_must() {
    let bad = [
        "<p onclick=x>a</p>",
        "<a href=' JaVa\tScript:alert(1)'>a</a>",
        "<iframe src=x></iframe>",
        "<base href=x>",
        "<script>alert(1)</script>",
        "<img src=\"data:text/html,x\">",
        "<style>@page{@top-left{content:\"a\u{c}}body{xyzzy:1}\"}}</style>",
        "<p style=\"color:red\">a</p>",
    ];
    for html in bad {
        assert!(
            !oracle::check_html(html, &["xyzzy"]).is_empty(),
            "oracle missed {html}"
        );
    }
    let atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><content type=\"html\">&lt;a href=\"javascript:x\"&gt;a&lt;/a&gt;</content></entry></feed>";
    assert!(!oracle::check_xml(atom, &[]).is_empty());
    assert!(oracle::check_html("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>", &[]).is_empty());
}

#[test]
fn hostile_markdown_runs_nothing_and_reads_as_typed() {
    let dir = site("basic");
    let root = dir.path();
    article(
        root,
        "2025-11-05-tan-cong.md",
        "title: \"Thử\"\ndate: 2025-11-05\nimage: \"javascript:alert(1)\"\nimage_alt: \"x\"",
        ATTACKS,
    );
    let run = build(root);
    assert_eq!(
        run.code, 1,
        "a javascript: image is an error: {}",
        run.stderr
    );
    assert!(
        run.stderr.contains("2025-11-05-tan-cong.md:4:8"),
        "{}",
        run.stderr
    );
    article(
        root,
        "2025-11-05-tan-cong.md",
        "title: \"Thử\"\ndate: 2025-11-05",
        ATTACKS,
    );
    let run = build(root);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_safe(root, &[]);
    let page = read(root, "tin-tuc/tan-cong/index.html");
    // Raw HTML is shown as the officer typed it.
    assert!(
        page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{page}"
    );
    assert!(page.contains("&lt;div onmouseover="), "{page}");
    assert!(page.contains("<h2 id=\"muc-luc\">Mục lục</h2>"), "{page}");
}

#[test]
fn allowed_html_is_sanitised_on_pages_and_in_the_feed() {
    let dir = site("basic");
    let root = dir.path();
    let yaml = std::fs::read_to_string(root.join("site.yaml")).unwrap();
    std::fs::write(
        root.join("site.yaml"),
        format!("{yaml}markdown: {{ allow_html: true }}\n"),
    )
    .unwrap();
    article(
        root,
        "2025-11-05-tan-cong.md",
        "title: \"Thử\"\ndate: 2025-11-05",
        ATTACKS,
    );
    let nested = "<div>".repeat(120_000);
    article(
        root,
        "2025-11-06-long-nhau.md",
        "title: \"Lồng\"\ndate: 2025-11-06",
        &nested,
    );
    let start = Instant::now();
    let run = build(root);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        start.elapsed() < Duration::from_secs(20),
        "{:?}",
        start.elapsed()
    );
    assert_safe(root, &[]);
    let page = read(root, "tin-tuc/tan-cong/index.html");
    assert!(page.contains("khối HTML"), "allowed markup keeps its text");
    // Too deep to sanitise: shown as text.
    assert!(read(root, "tin-tuc/long-nhau/index.html").contains("&lt;div&gt;&lt;div&gt;"));
}

#[test]
fn content_never_reaches_css_or_spreadsheet_formulas() {
    let dir = site("basic");
    let root = dir.path();
    edit(
        root,
        "content/thu-tuc/qd-100.yaml",
        "ten: \"Đăng ký khai sinh\"",
        "ten: \"=HYPERLINK(\\\"http://evil.example\\\",\\\"Bấm\\\")\"",
    );
    let cat = std::fs::read_to_string(root.join("content/thu-tuc/qd-100.yaml")).unwrap();
    let agency = cat
        .lines()
        .find_map(|l| l.trim().strip_prefix("co_quan_thuc_hien: "))
        .or_else(|| cat.lines().find_map(|l| l.strip_prefix("co_quan: ")))
        .expect("an agency line")
        .to_owned();
    let hostile = "\"UBND\\f} body{xyzzy:1} @page{@top-left{content:'\\\" </style><script>alert(1)</script>\"";
    std::fs::write(
        root.join("content/thu-tuc/qd-100.yaml"),
        cat.replace(&agency, hostile),
    )
    .unwrap();
    let yaml = std::fs::read_to_string(root.join("site.yaml")).unwrap();
    std::fs::write(
        root.join("site.yaml"),
        yaml.replace(
            "managing_agency: \"UBND tỉnh Mẫu\"",
            "managing_agency: \"+SUM(1)\\f}*{xyzzy:2}\"",
        ),
    )
    .unwrap();
    let run = build(root);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_safe(root, &["xyzzy"]);
    let csv = read(root, "du-lieu/thu-tuc.csv");
    let mut rows = csv::Reader::from_reader(csv.as_bytes());
    let mut cells = 0;
    for row in rows.records() {
        for cell in row.unwrap().iter() {
            cells += 1;
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "formula cell {cell:?}"
            );
        }
    }
    assert!(cells > 0);
    assert!(csv.contains("'=HYPERLINK("), "{csv}");
}

#[cfg(unix)]
#[test]
fn nothing_hidden_or_outside_the_site_is_published() {
    let dir = site("basic");
    let root = dir.path();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("id_rsa"), "-----BEGIN PRIVATE KEY-----").unwrap();
    std::fs::write(
        outside.path().join("bi-mat.md"),
        "---\ntitle: \"Bí mật\"\ndate: 2025-01-01\n---\nBÍ MẬT\n",
    )
    .unwrap();
    std::fs::create_dir_all(root.join("content/tep/.git")).unwrap();
    std::fs::write(root.join("content/tep/.git/config"), "token=ghp_secret").unwrap();
    std::fs::write(root.join("content/tep/.env"), "PASSWORD=x").unwrap();
    std::fs::create_dir_all(root.join("content/tin-tuc/.archive")).unwrap();
    article(
        root,
        ".archive/old.md",
        "title: \"Lưu trữ ẩn\"\ndate: 2025-01-02",
        "ẨN",
    );
    // A page bundle with a hidden folder of its own.
    std::fs::create_dir_all(root.join("content/tin-tuc/bai-co-anh/.git")).unwrap();
    std::fs::write(
        root.join("content/tin-tuc/bai-co-anh/index.md"),
        "---\ntitle: \"Bài có ảnh\"\ndate: 2025-01-03\n---\nẢnh.\n",
    )
    .unwrap();
    std::fs::write(root.join("content/tin-tuc/bai-co-anh/anh.jpg"), "jpg").unwrap();
    std::fs::write(
        root.join("content/tin-tuc/bai-co-anh/.git/config"),
        "token=ghp_secret",
    )
    .unwrap();
    std::os::unix::fs::symlink(outside.path(), root.join("content/tep/ngoai")).unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("id_rsa"),
        root.join("content/tep/khoa.txt"),
    )
    .unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("bi-mat.md"),
        root.join("content/tin-tuc/bi-mat.md"),
    )
    .unwrap();
    let run = build(root);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("hidden file(s) or folder(s)"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("content/tep/ngoai"), "{}", run.stderr);
    assert!(
        root.join("public/tin-tuc/bai-co-anh/anh.jpg").exists(),
        "bundle files are published"
    );
    for f in snapshot(&root.join("public")) {
        let text = String::from_utf8_lossy(&f.1);
        for secret in [
            "PRIVATE KEY",
            "ghp_secret",
            "PASSWORD",
            "BÍ MẬT",
            "Lưu trữ ẩn",
            "ẨN",
        ] {
            assert!(!text.contains(secret), "{} holds {secret}", f.0.display());
        }
    }

    // The whole tep folder a link to outside: nothing from it either.
    std::fs::remove_dir_all(root.join("content/tep")).unwrap();
    std::os::unix::fs::symlink(outside.path(), root.join("content/tep")).unwrap();
    let run = build(root);
    assert!(run.stderr.contains("content/tep"), "{}", run.stderr);
    assert!(!root.join("public/tep/id_rsa").exists());
}

#[test]
fn bad_configuration_is_refused_at_its_line() {
    let cases = [
        (
            "base_url: \"https://thunghiem.example.gov.vn\"",
            "base_url: \"javascript:alert(1)//\"",
            "site.yaml:2:11",
        ),
        (
            "base_url: \"https://thunghiem.example.gov.vn\"",
            "base_url: \"//evil.example\"",
            "site.yaml:2:11",
        ),
        (
            "news_per_page: 2",
            "news_per_page: 2\ntheme: \"../../x\"",
            "site.yaml:18:8",
        ),
        (
            "news_per_page: 2",
            "news_per_page: 2\ntheme: \"/etc\"",
            "site.yaml:18:8",
        ),
        (
            "news_per_page: 2",
            "news_per_page: 2\ntheme: khong-co",
            "site.yaml:18:8",
        ),
        (
            "website: \"https://dichvucong.example.gov.vn\"",
            "website: \"javascript:alert(1)\"",
            "site.yaml:16:12",
        ),
    ];
    for (from, to, at) in cases {
        let dir = site("basic");
        edit(dir.path(), "site.yaml", from, to);
        let run = build(dir.path());
        assert_eq!(run.code, 1, "{to}: {}", run.stderr);
        assert!(run.stderr.contains(at), "{to}: want {at} in {}", run.stderr);
        assert!(!dir.path().join("public").exists());
    }
}

#[test]
fn pathological_inputs_finish_quickly_with_clear_messages() {
    let dir = site("basic");
    let root = dir.path();
    // A huge code block: the article limit speaks first.
    let code = format!(
        "```rust\n{}```\n",
        "let x = \"<script>\"; // chú thích\n".repeat(200_000)
    );
    article(
        root,
        "2025-11-07-ma-lon.md",
        "title: \"Mã\"\ndate: 2025-11-07",
        &code,
    );
    // A large one under the limit is shown plain.
    let code = format!("```rust\n{}```\n", "let x = 1;\n".repeat(20_000));
    article(
        root,
        "2025-11-08-ma-vua.md",
        "title: \"Mã vừa\"\ndate: 2025-11-08",
        &code,
    );
    let tags: Vec<String> = (0..20_000).map(|i| format!("\"t{i}\"")).collect();
    article(
        root,
        "2025-11-09-the.md",
        &format!(
            "title: \"Thẻ\"\ndate: 2025-11-09\ntags: [{}]",
            tags.join(",")
        ),
        "x",
    );
    article(
        root,
        "2025-11-10-nam.md",
        "title: \"Năm\"\ndate: +99999-01-01",
        "x",
    );
    article(
        root,
        "2025-11-11-slug.md",
        &format!(
            "title: \"Slug\"\ndate: 2025-11-11\nslug: \"{}\"",
            "dai-".repeat(75)
        ),
        "x",
    );
    let start = Instant::now();
    let run = build(root);
    assert!(
        start.elapsed() < Duration::from_secs(30),
        "{:?}",
        start.elapsed()
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    for want in [
        "content/tin-tuc/2025-11-07-ma-lon.md: the file is",
        "content/tin-tuc/2025-11-09-the.md:4:7: 20000 tags",
        "content/tin-tuc/2025-11-10-nam.md:3:7",
        "content/tin-tuc/2025-11-11-slug.md:4:7: the slug is 299 bytes",
    ] {
        assert!(run.stderr.contains(want), "want {want} in\n{}", run.stderr);
    }
    assert!(!root.join("public").exists());
    for f in [
        "2025-11-07-ma-lon.md",
        "2025-11-09-the.md",
        "2025-11-10-nam.md",
        "2025-11-11-slug.md",
    ] {
        std::fs::remove_file(root.join("content/tin-tuc").join(f)).unwrap();
    }
    // A glossary of thousands of entries and a long agency name.
    let mut glossary = String::new();
    for i in 0..1_900 {
        glossary.push_str(&format!("VT{i}: \"Viết tắt {i}\"\n"));
    }
    std::fs::write(root.join("content/tu-viet-tat.yaml"), glossary).unwrap();
    article(
        root,
        "2025-11-12-dai.md",
        "title: \"Dài\"\ndate: 2025-11-12",
        &"Nội dung VT1 và VT1899 của bài. ".repeat(20_000),
    );
    let start = Instant::now();
    let run = build(root);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        start.elapsed() < Duration::from_secs(30),
        "{:?}",
        start.elapsed()
    );
    for f in snapshot(&root.join("public")) {
        for part in f.0.iter() {
            assert!(
                part.len() <= 100,
                "{} has a segment over 100 bytes",
                f.0.display()
            );
        }
    }
}

/// The fuzz corpus of the Markdown target (fuzz/corpus/markdown), and
/// deterministic cuts of it, through the renderer and the oracle.
#[test]
fn markdown_fuzz_corpus_stays_safe() {
    use niemyet::render::markdown::{Settings, render};
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/markdown");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(files.len() >= 10);
    for f in files {
        let data = std::fs::read(&f).unwrap();
        let Some((&mode, rest)) = data.split_first() else {
            continue;
        };
        let Ok(md) = std::str::from_utf8(rest) else {
            continue;
        };
        let settings = Settings::new(mode & 1 == 1, &[], "");
        let cuts = (0..md.len()).step_by(7).filter(|&i| md.is_char_boundary(i));
        for end in cuts.chain([md.len()]) {
            let html = render(&md[..end], &settings).html;
            let problems = oracle::check_html(&html, &[]);
            assert!(
                problems.is_empty(),
                "{}: {problems:#?}\n{html}",
                f.display()
            );
        }
    }
}

#[test]
fn a_date_far_ahead_is_a_warning_at_its_line() {
    let dir = site("basic");
    article(
        dir.path(),
        "2090-01-01-tuong-lai.md",
        "title: \"Tương lai\"\ndate: 2090-01-01",
        "x",
    );
    let run = build(dir.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("2090-01-01-tuong-lai.md:3:7: the date 2090-01-01 is more than a year ahead"),
        "{}",
        run.stderr
    );
}
