//! Broken sites: each defect fails the build with file, line and a fix,
//! all problems are reported at once, and `public/` is left untouched.

mod common;

use std::path::Path;

use common::*;

const CATALOG: &str = "content/thu-tuc/qd-100.yaml";

/// Builds once to get a published site, breaks it, builds again and checks
/// the failure left the old output byte for byte.
fn fails(root: &Path) -> String {
    let first = build(root);
    assert_eq!(first.code, 1, "expected a content error:\n{}", first.stderr);
    first.stderr
}

fn broken(edit_fn: impl FnOnce(&Path)) -> String {
    let dir = site("basic");
    assert_eq!(build(dir.path()).code, 0);
    let before = snapshot(&dir.path().join("public"));
    edit_fn(dir.path());
    let stderr = fails(dir.path());
    assert_eq!(
        snapshot(&dir.path().join("public")),
        before,
        "a failed build changed public/"
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n.to_string_lossy().contains("staging"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "staging folder left behind: {leftovers:?}"
    );
    stderr
}

#[test]
fn missing_required_element_names_file_line_and_element() {
    let err = broken(|root| {
        edit(
            root,
            CATALOG,
            "    can_cu_phap_ly:\n      - so_ky_hieu: \"60/2014/QH13\"\n        trich_yeu: \"Luật Hộ tịch\"\n",
            "",
        )
    });
    assert!(
        err.contains("error: content/thu-tuc/qd-100.yaml:7:5: "),
        "{err}"
    );
    assert!(
        err.contains("missing Căn cứ pháp lý (can_cu_phap_ly)"),
        "{err}"
    );
    assert!(err.contains("procedure 1.001193"), "{err}");
}

#[test]
fn khong_is_a_statement_but_an_empty_value_is_not() {
    let err = broken(|root| {
        edit(
            root,
            CATALOG,
            "    mau_don: khong\n    yeu_cau_dieu_kien: khong\n    can_cu_phap_ly: [\"23/2015",
            "    mau_don:\n    yeu_cau_dieu_kien: khong\n    can_cu_phap_ly: [\"23/2015",
        )
    });
    assert!(
        err.contains("missing Mẫu đơn, mẫu tờ khai (mau_don)"),
        "{err}"
    );
    assert!(err.contains("is empty"), "{err}");
}

#[test]
fn district_level_is_rejected_with_the_reform_explained() {
    let err = broken(|root| {
        edit(
            root,
            CATALOG,
            "cap_thuc_hien: [xa]",
            "cap_thuc_hien: [huyen]",
        )
    });
    assert!(err.contains("qd-100.yaml:10:21"), "{err}");
    assert!(err.contains("01/7/2025"), "{err}");
}

#[test]
fn wrong_type_and_yaml_syntax_errors_have_positions() {
    let err = broken(|root| {
        edit(
            root,
            CATALOG,
            "dich_vu_cong_truc_tuyen: toan_trinh",
            "dich_vu_cong_truc_tuyen: co",
        );
        edit(
            root,
            "content/thu-tuc/qd-200.yaml",
            "  so: \"200/QĐ-UBND\"",
            "  so: [\"200/QĐ-UBND\"",
        );
    });
    assert!(
        err.contains("qd-100.yaml:34:30: `dich_vu_cong_truc_tuyen` must be"),
        "{err}"
    );
    assert!(err.contains("qd-200.yaml:"), "{err}");
    assert!(err.contains("not valid YAML"), "{err}");
}

#[test]
fn front_matter_problems_are_all_reported_together() {
    let err = broken(|root| {
        edit(
            root,
            "content/tin-tuc/2025-11-02-trung-tieu-de.md",
            "date: 2025-11-02",
            "date: 2025-13-40",
        );
        edit(
            root,
            "content/tin-tuc/2025-11-01-nfd.md",
            "title:",
            "tittle:",
        );
        edit(
            root,
            "content/tin-tuc/2025-10-05-hoi-nghi-cchc.md",
            "tags: [\"CCHC\", \"một cửa\"]",
            "tags: [\"CCHC\", \"một cửa\"\n",
        );
    });
    assert!(
        err.contains("content/tin-tuc/2025-11-02-trung-tieu-de.md:3:7: `date`"),
        "{err}"
    );
    assert!(
        err.contains("content/tin-tuc/2025-11-01-nfd.md:2:1: missing Tiêu đề (title)"),
        "{err}"
    );
    assert!(err.contains("did you mean `title`?"), "{err}");
    assert!(
        err.contains("content/tin-tuc/2025-10-05-hoi-nghi-cchc.md:"),
        "{err}"
    );
    assert!(err.contains("3 error(s)"), "{err}");
}

#[test]
fn invalid_utf8_names_the_line() {
    let err = broken(|root| {
        let p = root.join("content/tin-tuc/2025-11-02-trung-tieu-de.md");
        let mut bytes = std::fs::read(&p).unwrap();
        bytes.extend_from_slice(b"\nD\xf2ng cu\xe1i\n");
        std::fs::write(p, bytes).unwrap();
    });
    assert!(
        err.contains("2025-11-02-trung-tieu-de.md:7:1: the file is not valid UTF-8"),
        "{err}"
    );
    assert!(err.contains("UTF-8"), "{err}");
}

#[test]
fn duplicate_current_code_across_files() {
    let err = broken(|root| {
        edit(
            root,
            "content/thu-tuc/qd-200.yaml",
            "  - ma: \"1.000999\"",
            "  - ma: \"1.001193\"",
        );
        edit(
            root,
            "content/thu-tuc/qd-200.yaml",
            "    trang_thai: thay_the\n    thay_the_boi: \"1.001193\"\n",
            "",
        );
    });
    assert!(err.contains("content/thu-tuc/qd-200.yaml:6:5: mã thủ tục 1.001193 is posted twice as current (also at content/thu-tuc/qd-100.yaml:7)"), "{err}");
}

#[test]
fn code_format_replacement_and_form_files_are_checked() {
    let err = broken(|root| {
        edit(root, CATALOG, "ma: \"2.000002\"", "ma: \"2.0002\"");
        edit(
            root,
            "content/thu-tuc/qd-200.yaml",
            "thay_the_boi: \"1.001193\"",
            "thay_the_boi: \"1.009999\"",
        );
        edit(
            root,
            CATALOG,
            "tep: \"tep/mau/to-khai.docx\"",
            "tep: \"tep/mau/khong-co.docx\"",
        );
    });
    assert!(
        err.contains("qd-100.yaml:51:9: mã thủ tục `2.0002` is not a national procedure code"),
        "{err}"
    );
    assert!(err.contains("qd-100.yaml:29:14: form file"), "{err}");
    assert!(
        err.contains("qd-200.yaml:11:19: `thay_the_boi: 1.009999` points to no procedure"),
        "{err}"
    );
    assert!(
        err.contains("form file `tep/mau/khong-co.docx` of procedure 1.001193 does not exist"),
        "{err}"
    );
}

#[test]
fn feedback_block_is_required_when_procedures_are_posted() {
    let err = broken(|root| {
        let text = std::fs::read_to_string(root.join("site.yaml")).unwrap();
        let cut = text.find("feedback:").unwrap();
        let end = text.find("news_per_page").unwrap();
        std::fs::write(
            root.join("site.yaml"),
            format!("{}{}", &text[..cut], &text[end..]),
        )
        .unwrap();
    });
    assert!(
        err.contains("site.yaml:1:1: missing the address for feedback"),
        "{err}"
    );
}

#[test]
fn image_without_alt_is_an_error() {
    let err = broken(|root| {
        edit(
            root,
            "content/tin-tuc/2025-11-01-nfd.md",
            "date: 2025-11-01",
            "date: 2025-11-01\nimage: \"tep/mau/to-khai.docx\"",
        )
    });
    assert!(
        err.contains("2025-11-01-nfd.md:4:8: `image` is set but `image_alt` is missing"),
        "{err}"
    );
}

#[test]
fn partly_online_without_reason_is_a_warning_only() {
    let dir = site("basic");
    edit(
        dir.path(),
        CATALOG,
        "    ly_do_mot_phan: \"Phải ký trước mặt người thực hiện chứng thực\"\n",
        "",
    );
    let run = build(dir.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("warning: content/thu-tuc/qd-100.yaml:"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("ly_do_mot_phan"), "{}", run.stderr);
}

#[test]
fn check_reports_without_writing_and_exits_1() {
    let dir = site("basic");
    edit(
        dir.path(),
        CATALOG,
        "cap_thuc_hien: [xa]",
        "cap_thuc_hien: [huyen]",
    );
    let run = niemyet(&["check", "--root", dir.path().to_str().unwrap()]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("1 error(s)"), "{}", run.stderr);
    assert!(!dir.path().join("public").exists());
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(niemyet(&["build", "--no-such-flag"]).code, 2);
    assert_eq!(niemyet(&["frobnicate"]).code, 2);
}

#[test]
fn check_json_lists_every_diagnostic() {
    let dir = site("basic");
    edit(
        dir.path(),
        CATALOG,
        "cap_thuc_hien: [xa]",
        "cap_thuc_hien: [huyen]",
    );
    edit(
        dir.path(),
        CATALOG,
        "    ly_do_mot_phan: \"Phải ký trước mặt người thực hiện chứng thực\"\n",
        "",
    );
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_niemyet"))
        .env("NIEMYET_LANG", "en")
        .args([
            "check",
            "--format",
            "json",
            "--root",
            dir.path().to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["errors"], 1);
    assert_eq!(json["warnings"], 1);
    let first = &json["diagnostics"][0];
    assert_eq!(first["severity"], "error");
    assert_eq!(first["file"], "content/thu-tuc/qd-100.yaml");
    assert_eq!(first["line"], 10);
    assert_eq!(first["column"], 21);
}

#[test]
fn thousands_separator_in_a_fee_is_flagged() {
    let dir = site("basic");
    edit(dir.path(), CATALOG, "muc: 50000", "muc: 50.000");
    let run = build(dir.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("`muc: 50.000` is read as a decimal number, not 50000 đồng"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_decision_missing_its_issuing_body_hides_no_other_problem() {
    let err = broken(|root| {
        edit(
            root,
            "content/thu-tuc/qd-100.yaml",
            "  co_quan_ban_hanh: \"UBND tỉnh Mẫu\"\n",
            "",
        );
        edit(
            root,
            "content/thu-tuc/qd-100.yaml",
            "    dich_vu_cong_truc_tuyen: mot_phan\n",
            "    dich_vu_cong_truc_tuyen: mot_phan\n    thay_the_boi: \"9.999999\"\n",
        );
    });
    assert!(err.contains("(co_quan_ban_hanh)"), "{err}");
    // The procedures of that catalog are still checked in the same run.
    assert!(err.contains("`thay_the_boi: 9.999999`"), "{err}");
}

/// Pages are written on a thread of their own: when writing fails midway
/// (here two pages claim one path), the build stops with that error, not a
/// vague one, and `public/` stays as it was.
#[test]
fn a_write_that_fails_midway_names_the_path_and_changes_nothing() {
    let stderr = broken(|root| {
        edit(
            root,
            "content/tin-tuc/2025-10-05-hoi-nghi-cchc.md",
            "aliases: [\"/tin-tuc/hoi-nghi-cu.html\"]",
            "aliases: [\"/tin-tuc/nfd/\"]",
        )
    });
    assert!(
        stderr.contains("two pages would be written to `tin-tuc/nfd/index.html`"),
        "{stderr}"
    );
    assert!(!stderr.contains("writer stopped"), "{stderr}");
}

/// `site.yaml` (or a registry file) that is there but is not a file is
/// named as such, not reported missing; nothing is written.
#[test]
fn a_site_file_that_is_a_folder_is_named_not_missing() {
    let dir = site("basic");
    let root = dir.path().to_str().unwrap();
    std::fs::remove_file(dir.path().join("site.yaml")).unwrap();
    std::fs::create_dir(dir.path().join("site.yaml")).unwrap();
    let run = build(dir.path());
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("site.yaml: this is not a regular file"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("not found"), "{}", run.stderr);
    assert!(!dir.path().join("public").exists());
    let run = niemyet(&["check", "--root", root]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("is not a regular file"),
        "{}",
        run.stderr
    );

    let dir = site("basic");
    std::fs::create_dir_all(dir.path().join("content/co-quan.yaml")).unwrap();
    let run = build(dir.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("content/co-quan.yaml: this is not a regular file"),
        "{}",
        run.stderr
    );
}
