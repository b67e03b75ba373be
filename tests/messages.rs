//! Messages are Vietnamese by default and English on request
//! (`--lang en`, `NIEMYET_LANG=en`), from one catalog (src/msg).

mod common;

use std::path::Path;
use std::process::Command;

use common::{edit, site};

/// The binary with the user's own language setting (none by default).
fn run(cwd: &Path, lang_env: Option<&str>, args: &[&str]) -> (i32, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_niemyet"));
    cmd.args(args).current_dir(cwd).env_remove("NIEMYET_LANG");
    if let Some(l) = lang_env {
        cmd.env("NIEMYET_LANG", l);
    }
    let out = cmd.output().unwrap();
    let text =
        String::from_utf8_lossy(&out.stderr).into_owned() + &String::from_utf8_lossy(&out.stdout);
    (out.status.code().unwrap_or(-1), text)
}

/// A site missing one legal element and one key of site.yaml's `feedback`.
fn broken() -> tempfile::TempDir {
    let dir = site("basic");
    edit(
        dir.path(),
        "content/thu-tuc/qd-100.yaml",
        "    yeu_cau_dieu_kien: khong\n",
        "",
    );
    dir
}

#[test]
fn diagnostics_are_vietnamese_by_default() {
    let dir = broken();
    let (code, err) = run(dir.path(), None, &["check"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("lỗi: content/thu-tuc/qd-100.yaml:"), "{err}");
    assert!(err.contains("thiếu Yêu cầu, điều kiện"), "{err}");
    assert!(err.contains("(yeu_cau_dieu_kien)"), "{err}");
    assert!(err.contains("gợi ý: "), "{err}");
    assert!(err.contains("1 lỗi, "), "{err}");
    for english in [
        "error:",
        "help:",
        "is missing a required element",
        "error(s)",
    ] {
        assert!(!err.contains(english), "`{english}` in: {err}");
    }
}

#[test]
fn english_on_request_by_flag_or_environment() {
    let dir = broken();
    for (env, args) in [
        (None, vec!["check", "--lang", "en"]),
        (None, vec!["--lang=en", "check"]),
        (Some("en"), vec!["check"]),
        (Some("en_US.UTF-8"), vec!["check"]),
    ] {
        let (code, err) = run(dir.path(), env, &args);
        assert_eq!(code, 1, "{err}");
        assert!(
            err.contains("error: content/thu-tuc/qd-100.yaml:"),
            "{args:?} {err}"
        );
        assert!(err.contains("is missing a required element"), "{err}");
        assert!(err.contains("1 error(s), "), "{err}");
        assert!(!err.contains("lỗi:"), "{err}");
    }
    // The flag wins over the environment.
    let (_, err) = run(dir.path(), Some("en"), &["check", "--lang", "vi"]);
    assert!(err.contains("lỗi: "), "{err}");
    // An unknown language is a usage error, said in the default language.
    let (code, err) = run(dir.path(), None, &["check", "--lang", "fr"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("`fr`"), "{err}");
}

#[test]
fn site_yaml_errors_are_plain_words_in_both_languages() {
    let dir = site("basic");
    edit(dir.path(), "site.yaml", "  phone: \"0229.3000.000\"\n", "");
    let (code, err) = run(dir.path(), None, &["check"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("thiếu khóa `phone`"), "{err}");
    assert!(!err.contains("missing field"), "{err}");
    let (_, err) = run(dir.path(), Some("en"), &["check"]);
    assert!(err.contains("the key `phone` is missing"), "{err}");
    // A misspelt key is named with the key it probably is, not ignored.
    edit(dir.path(), "site.yaml", "news_per_page:", "news_per_pge:");
    edit(
        dir.path(),
        "site.yaml",
        "  email: \"ubnd@",
        "  phon: \"0229\"\n  email: \"ubnd@",
    );
    let (_, err) = run(dir.path(), None, &["check"]);
    assert!(
        err.contains("khóa lạ `news_per_pge` trong site.yaml"),
        "{err}"
    );
    assert!(err.contains("có phải ý là `news_per_page`?"), "{err}");
    assert!(err.contains("khóa lạ `phon` trong `organisation`"), "{err}");
}

#[test]
fn help_is_vietnamese_by_default() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out) = run(dir.path(), None, &["build", "--help"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Cách dùng: niemyet build"), "{out}");
    assert!(out.contains("Thư mục xuất"), "{out}");
    assert!(out.contains("[mặc định: ROOT/public]"), "{out}");
    let (_, out) = run(
        dir.path(),
        None,
        &["--lang", "en", "import", "dvc", "--help"],
    );
    assert!(out.contains("Usage: niemyet import dvc"), "{out}");
    assert!(out.contains("JSON record files"), "{out}");
    // Every subcommand's help has text for every option, in both languages.
    for lang in ["vi", "en"] {
        for cmd in [
            &["build"][..],
            &["check"],
            &["serve"],
            &["init"],
            &["new", "article"],
            &["new", "catalog"],
            &["import", "dvc"],
            &["version"],
        ] {
            let mut args = vec!["--lang", lang];
            args.extend_from_slice(cmd);
            args.push("--help");
            let (code, out) = run(dir.path(), None, &args);
            assert_eq!(code, 0, "{args:?}: {out}");
            for line in out.lines().filter(|l| l.trim_start().starts_with("--")) {
                let words = line.split_whitespace().count();
                assert!(words >= 3, "{args:?}: an option without help: {line}");
            }
        }
    }
}

#[test]
fn a_missing_image_fails_the_build_in_vietnamese() {
    let dir = site("basic");
    let article = dir
        .path()
        .join("content/tin-tuc/2025-10-05-hoi-nghi-cchc.md");
    let mut text = std::fs::read_to_string(&article).unwrap();
    text.push_str("\n![Ảnh hội nghị](tep/anh/khong-co.jpg)\n");
    std::fs::write(&article, text).unwrap();
    let (code, err) = run(dir.path(), None, &["build"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("không có ảnh `tep/anh/khong-co.jpg`"), "{err}");
    assert!(err.contains("không ghi gì"), "{err}");
    assert!(!dir.path().join("public").exists());
}

#[test]
fn usage_errors_are_in_the_chosen_language_with_the_fix() {
    let dir = tempfile::tempdir().unwrap();
    let (code, err) = run(dir.path(), None, &["buld"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("lỗi: không có lệnh `buld`"), "{err}");
    assert!(err.contains("gợi ý: có phải ý là `build`?"), "{err}");
    let (code, err) = run(dir.path(), None, &["build", "--outpt", "x"]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("`--outpt`") && err.contains("`--output`"),
        "{err}"
    );
    let (code, err) = run(dir.path(), None, &["serve", "--port", "abc"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("giá trị `abc` không dùng được"), "{err}");
    let (code, err) = run(dir.path(), Some("en"), &["buld"]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("error: unrecognized subcommand `buld`"),
        "{err}"
    );
}
