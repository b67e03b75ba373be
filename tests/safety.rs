//! Hostile input and interrupted builds: nothing unescaped reaches a page,
//! nothing is written outside the output, a killed build never leaves a
//! half-written site.

mod common;
#[path = "oracle/mod.rs"]
mod oracle;

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use common::*;

const CATALOG: &str = "content/thu-tuc/qd-100.yaml";
const XSS: &str = "<script>alert(1)</script>";

#[test]
fn script_in_any_field_never_reaches_a_page_unescaped() {
    let dir = site("basic");
    let root = dir.path();
    edit(
        root,
        "content/tin-tuc/2025-11-01-nfd.md",
        "date: 2025-11-01",
        &format!(
            "date: 2025-11-01\ncategory: \"{XSS}\"\ntags: [\"{XSS}\"]\nauthor: \"{XSS}\"\nsource: \"{XSS}\"\nsummary: \"{XSS}\""
        ),
    );
    edit(
        root,
        "content/tin-tuc/2025-11-01-nfd.md",
        "Tiêu đề viết ở dạng NFD.",
        &format!("Thân bài {XSS} <img src=x onerror=alert(2)> [a](javascript:alert(3))"),
    );
    edit(
        root,
        CATALOG,
        "ten: \"Đăng ký khai sinh\"",
        &format!("ten: \"Đăng ký khai sinh {XSS}\""),
    );
    edit(
        root,
        CATALOG,
        "linh_vuc: \"Hộ tịch\"",
        &format!("linh_vuc: \"Hộ tịch {XSS}\""),
    );
    edit(
        root,
        CATALOG,
        "- \"Bước 1: Nộp hồ sơ.\"",
        &format!("- \"Bước 1: {XSS}\""),
    );
    edit(
        root,
        "content/tu-viet-tat.yaml",
        "CCHC: \"Cải cách hành chính\"",
        "CCHC: \"\\\"><script>alert(4)</script>\"",
    );
    let run = build(root);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // Data files (JSON, CSV) carry the text as data; pages and feeds,
    // parsed as a browser and a feed reader would, hold no live script.
    let problems = oracle::check_tree(&root.join("public"), &[]);
    assert!(problems.is_empty(), "{problems:#?}");
    assert!(
        read(root, "thu-tuc/1.001193/index.html").contains("&lt;script&gt;alert(1)&lt;"),
        "the text is shown, escaped"
    );
}

#[test]
fn paths_that_would_leave_the_site_are_refused() {
    let dir = site("basic");
    let root = dir.path();
    edit(
        root,
        CATALOG,
        "tep: \"tep/mau/to-khai.docx\"",
        "tep: \"../../../../etc/passwd\"",
    );
    edit(
        root,
        "content/tin-tuc/2025-11-01-nfd.md",
        "date: 2025-11-01",
        "date: 2025-11-01\nslug: \"../../../ra-ngoai\"\naliases: [\"/../../ra-ngoai.html\"]",
    );
    let run = build(root);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("form file `../../../../etc/passwd`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("alias `/../../ra-ngoai.html` is not a path on this site"),
        "{}",
        run.stderr
    );
    assert!(!root.parent().unwrap().join("ra-ngoai.html").exists());
}

#[test]
fn enormous_files_get_a_clear_error() {
    let dir = site("basic");
    let root = dir.path();
    let big = format!(
        "---\ntitle: \"Lớn\"\ndate: 2025-01-01\n---\n{}",
        "Đoạn văn rất dài. ".repeat(2_000_000)
    );
    std::fs::write(root.join("content/tin-tuc/lon.md"), big).unwrap();
    let run = build(root);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("content/tin-tuc/lon.md: the file is"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("are refused"), "{}", run.stderr);
}

#[test]
fn output_is_identical_with_one_thread_and_many() {
    let dir = site("basic");
    let build_with = |threads: &str, out: &Path| {
        let status = Command::new(env!("CARGO_BIN_EXE_niemyet"))
            .args([
                "build",
                "--root",
                dir.path().to_str().unwrap(),
                "--output",
                out.to_str().unwrap(),
            ])
            .env("RAYON_NUM_THREADS", threads)
            .output()
            .unwrap();
        assert!(status.status.success());
        snapshot(out)
    };
    let one = build_with("1", &dir.path().join("out1"));
    let many = build_with("8", &dir.path().join("out8"));
    assert!(one == many, "output differs between 1 and 8 threads");
}

/// Kills builds of the sample site at spread-out moments; after each kill
/// the output is exactly the previous site or exactly the new one.
#[test]
fn a_killed_build_leaves_the_old_site_or_the_new_one() {
    let tmp = sample_site();
    let root = tmp.path();
    let out = root.join("public");
    let build_once = || {
        let run = build_into(root, &out);
        assert_eq!(run.code, 0, "{}", run.stderr);
        snapshot(&out)
    };
    let title_file = root.join("content/trang/gioi-thieu.md");
    let original = std::fs::read_to_string(&title_file).unwrap();
    let mut old = build_once();
    let mut killed_midway = 0;
    for round in 0..12u64 {
        std::fs::write(
            &title_file,
            original.replacen("title: \"", &format!("title: \"Vòng {round} – "), 1),
        )
        .unwrap();
        let mut child = Command::new(env!("CARGO_BIN_EXE_niemyet"))
            .args([
                "build",
                "--root",
                root.to_str().unwrap(),
                "--output",
                out.to_str().unwrap(),
            ])
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(5 + round * 9));
        let finished = child.try_wait().unwrap().is_some();
        let _ = child.kill();
        let _ = child.wait();
        let now = snapshot(&out);
        let new = build_once();
        assert!(
            now == old || now == new,
            "round {round}: the output is neither the old site nor the new one"
        );
        killed_midway += (!finished && now == old) as usize;
        old = new;
    }
    assert!(
        killed_midway > 0,
        "no build was interrupted; the test proves nothing"
    );
}

#[test]
fn a_catalog_of_a_hundred_thousand_procedures_is_refused_clearly() {
    let dir = site("basic");
    let mut text = String::from(
        "quyet_dinh_cong_bo: { so: \"1/QĐ-UBND\", ngay: 2025-01-01, co_quan_ban_hanh: \"UBND\" }\nthu_tuc:\n",
    );
    for i in 0..100_000 {
        text.push_str(&format!("  - {{ ma: \"1.{i:06}\" }}\n"));
    }
    std::fs::write(dir.path().join("content/thu-tuc/khong-lo.yaml"), text).unwrap();
    let run = build(dir.path());
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("content/thu-tuc/khong-lo.yaml:3:3: 100000 procedures in one catalog"),
        "{}",
        run.stderr
    );
}
