//! Every class of content error as an officer reads it, as exact
//! snapshots (tests/snapshots/): wording, file, line, column, code frame
//! and help. Each case is a small site of its own, built from nothing but
//! the files that show the behaviour. Review a changed snapshot like any
//! other change of user-facing text (`INSTA_UPDATE=always cargo test`
//! rewrites them).

mod common;

use std::path::Path;

use common::niemyet;

const SITE: &str = "title: \"Cổng thông tin UBND xã Thử\"\nbase_url: \"https://xa.example.gov.vn\"\norganisation: { name: \"UBND xã Thử\", managing_agency: \"UBND tỉnh Mẫu\", responsible: \"Chủ tịch UBND xã\", address: \"Số 1\", phone: \"0229.300.000\", email: \"ubnd@xa.example.gov.vn\" }\nfeedback: { agency: \"Văn phòng UBND tỉnh\", address: \"Số 2\", postal_address: \"Số 2, tỉnh Mẫu\", phone: \"0229.311.111\", email: \"ks@mau.example.gov.vn\", website: \"https://dvc.example.gov.vn\" }\n";

/// A procedure with every required element, to break one at a time.
const PROCEDURE: &str = r#"  - ma: "1.001193"
    ten: "Đăng ký khai sinh"
    linh_vuc: "Hộ tịch"
    cap_thuc_hien: [xa]
    doi_tuong: ["Công dân Việt Nam"]
    co_quan_thuc_hien: "UBND cấp xã"
    trinh_tu: ["Bước 1: Nộp tờ khai."]
    cach_thuc: [{ hinh_thuc: truc_tiep }]
    thoi_han: { so: 1, don_vi: ngay_lam_viec }
    thanh_phan_ho_so: [{ giay_to: [{ ten: "Tờ khai", ban_chinh: 1 }] }]
    ket_qua: ["Giấy khai sinh"]
    phi_le_phi: khong
    mau_don: khong
    yeu_cau_dieu_kien: khong
    can_cu_phap_ly: ["60/2014/QH13"]
    dich_vu_cong_truc_tuyen: khong
"#;

const DECISION: &str = "quyet_dinh_cong_bo: { so: \"1/QĐ-UBND\", ngay: 2025-07-15, co_quan_ban_hanh: \"UBND tỉnh Mẫu\" }\nthu_tuc:\n";

/// A site of `files` (path, text) besides site.yaml; the diagnostics of
/// `niemyet check`, colourless.
fn check(files: &[(&str, &str)]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(root.join("site.yaml"), SITE).unwrap();
    for (rel, text) in files {
        let path = root.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
    }
    run(root)
}

/// In Vietnamese, as an officer reads them (tests/messages.rs covers the
/// English on request).
fn run(root: &Path) -> String {
    let r = niemyet(&["check", "--lang", "vi", "--root", root.to_str().unwrap()]);
    format!("exit {}\n{}", r.code, r.stderr)
}

fn catalog(procedure: &str) -> String {
    format!("{DECISION}{procedure}")
}

fn broken(from: &str, to: &str) -> String {
    assert!(PROCEDURE.contains(from), "{from}");
    catalog(&PROCEDURE.replacen(from, to, 1))
}

const CAT: &str = "content/thu-tuc/qd-1.yaml";

macro_rules! case {
    ($name:ident, $files:expr) => {
        #[test]
        fn $name() {
            insta::assert_snapshot!(check($files));
        }
    };
}

case!(
    a_clean_catalog_has_no_problem,
    &[(CAT, &catalog(PROCEDURE))]
);
case!(
    a_missing_element,
    &[(CAT, &broken("    ket_qua: [\"Giấy khai sinh\"]\n", ""))]
);
case!(
    an_empty_list,
    &[(
        CAT,
        &broken("doi_tuong: [\"Công dân Việt Nam\"]", "doi_tuong: []")
    )]
);
case!(
    a_bad_code,
    &[(CAT, &broken("ma: \"1.001193\"", "ma: \"1.00119\""))]
);
case!(
    an_abolished_level,
    &[(
        CAT,
        &broken("cap_thuc_hien: [xa]", "cap_thuc_hien: [huyen]")
    )]
);
case!(
    an_unknown_keyword,
    &[(CAT, &broken("hinh_thuc: truc_tiep", "hinh_thuc: fax"))]
);
case!(
    a_bad_date,
    &[(
        CAT,
        &catalog(PROCEDURE).replace("ngay: 2025-07-15", "ngay: 15/07/2025")
    )]
);
case!(
    an_unknown_key,
    &[(
        CAT,
        &broken(
            "    mau_don: khong\n",
            "    mau_don: khong\n    mau_dơn: khong\n"
        )
    )]
);
case!(
    an_empty_fee_list,
    &[(CAT, &broken("phi_le_phi: khong", "phi_le_phi: []"))]
);
case!(
    a_missing_form_file,
    &[(
        CAT,
        &broken(
            "mau_don: khong",
            "mau_don: [{ ten: \"Tờ khai\", tep: \"tep/mau/khong-co.docx\" }]"
        )
    )]
);
case!(
    a_dangling_replacement,
    &[(
        CAT,
        &broken(
            "    doi_tuong:",
            "    trang_thai: thay_the\n    thay_the_boi: \"1.999999\"\n    doi_tuong:"
        )
    )]
);
case!(
    a_code_posted_twice,
    &[(CAT, &catalog(&format!("{PROCEDURE}{PROCEDURE}")))]
);
case!(
    a_partly_online_procedure_without_reason,
    &[(
        CAT,
        &broken(
            "dich_vu_cong_truc_tuyen: khong",
            "dich_vu_cong_truc_tuyen: mot_phan"
        )
    )]
);
case!(not_yaml, &[(CAT, "quyet_dinh_cong_bo: [\nthu_tuc:\n")]);
case!(
    a_tab_in_a_catalog,
    &[(CAT, &catalog(PROCEDURE).replace("    ten: ", "\tten: "))]
);
#[test]
fn not_utf8() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("site.yaml"), SITE).unwrap();
    std::fs::create_dir_all(dir.path().join("content/tin-tuc")).unwrap();
    // "Ninh Bình" saved in Windows-1258 by an old editor.
    std::fs::write(
        dir.path().join("content/tin-tuc/2025-01-01-a.md"),
        b"---\ntitle: \"Tin\"\ndate: 2025-01-01\n---\nNinh B\xecnh\n",
    )
    .unwrap();
    insta::assert_snapshot!(run(dir.path()));
}
case!(
    an_article_without_front_matter,
    &[("content/tin-tuc/2025-01-01-a.md", "Chỉ có nội dung.\n")]
);
case!(
    an_article_without_title_and_with_a_bad_date,
    &[(
        "content/tin-tuc/2025-01-01-a.md",
        "---\ndate: 2025-13-40\n---\nNội dung.\n"
    )]
);
case!(
    an_image_without_alt,
    &[
        (
            "content/tin-tuc/2025-01-01-a.md",
            "---\ntitle: \"Tin\"\ndate: 2025-01-01\nimage: \"tep/anh/a.jpg\"\n---\nNội dung.\n"
        ),
        ("content/tep/anh/a.jpg", "jpg")
    ]
);
case!(
    too_many_tags,
    &[(
        "content/tin-tuc/2025-01-01-a.md",
        &format!(
            "---\ntitle: \"Tin\"\ndate: 2025-01-01\ntags: [{}]\n---\nx\n",
            (0..31)
                .map(|i| format!("t{i}"))
                .collect::<Vec<_>>()
                .join(", ")
        )
    )]
);
case!(
    a_broken_registry,
    &[(
        "content/co-quan.yaml",
        "co_quan:\n  - id: ubnd-xa\n    ten: \"UBND cấp xã\"\n    cap: xa\nnoi_tiep_nhan:\n  - id: mot-cua\n    ten: \"Một cửa\"\n    dia_chi: \"Số 1\"\n    co_quan: [ubnd-xa, cong-an]\n"
    )]
);
case!(
    an_agency_not_in_the_registry,
    &[
        (
            "content/co-quan.yaml",
            "co_quan:\n  - id: so-tu-phap\n    ten: \"Sở Tư pháp\"\n    cap: tinh\nnoi_tiep_nhan:\n  - id: ttpvhcc\n    ten: \"Trung tâm\"\n    dia_chi: \"Số 1\"\n    co_quan: [so-tu-phap]\n"
        ),
        (
            CAT,
            &catalog(PROCEDURE).replace("UBND cấp xã", "Sở Tư Pháp tỉnh")
        ),
    ]
);

#[test]
fn bad_site_configuration() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("site.yaml"),
        SITE.replace("https://xa.example.gov.vn", "javascript:alert(1)//")
            .replace("organisation:", "theme: \"../x\"\norganisation:"),
    )
    .unwrap();
    insta::assert_snapshot!(run(dir.path()));
}

case!(
    an_unclosed_front_matter,
    &[(
        "content/tin-tuc/2025-01-01-a.md",
        "---\ntitle: \"Tin\"\ndate: 2025-01-01\nNội dung.\n"
    )]
);
case!(
    an_unclosed_front_matter_before_a_rule,
    &[(
        "content/tin-tuc/2025-01-01-a.md",
        "---\ntitle: \"Tin\"\ndate: 2025-01-01\n\nĐoạn mở đầu.\n\n---\n\nĐoạn sau.\n"
    )]
);
case!(
    a_blank_step_and_a_zero_duration,
    &[(
        CAT,
        &broken(
            "trinh_tu: [\"Bước 1: Nộp tờ khai.\"]",
            "trinh_tu: [\"Bước 1: \"]"
        )
        .replace("thoi_han: { so: 1,", "thoi_han: { so: 0,")
    )]
);

#[test]
fn a_missing_site_yaml_key() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("site.yaml"),
        SITE.replace(" phone: \"0229.300.000\",", ""),
    )
    .unwrap();
    insta::assert_snapshot!(run(dir.path()));
}
case!(
    an_empty_form_list,
    &[(CAT, &broken("mau_don: khong", "mau_don: []"))]
);
