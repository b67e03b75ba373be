//! `niemyet import dvc` on real national-portal records
//! (tests/fixtures/dvc): what a citizen reads on the posting must be
//! what the record states, and `check` must name exactly what it lacks.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use common::{fixture, niemyet, niemyet_in};

/// A fresh site made by `init`, as an officer starts.
fn new_site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    let r = niemyet(&["init", site.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    dir
}

fn site_of(dir: &tempfile::TempDir) -> PathBuf {
    dir.path().join("site")
}

fn import(site: &Path, args: &[&str]) -> common::Run {
    let records = fixture("dvc");
    // The summary as an officer reads it, in Vietnamese.
    let mut all = vec!["--lang", "vi", "import", "dvc", records.to_str().unwrap()];
    all.extend_from_slice(args);
    niemyet_in(site, &all)
}

fn yaml(path: &Path) -> yaml_serde::Value {
    yaml_serde::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The procedure `ma` of a catalog file.
fn procedure<'a>(catalog: &'a yaml_serde::Value, ma: &str) -> &'a yaml_serde::Value {
    catalog["thu_tuc"]
        .as_sequence()
        .unwrap()
        .iter()
        .find(|p| p["ma"].as_str() == Some(ma))
        .unwrap_or_else(|| panic!("{ma} not in catalog"))
}

fn strs(v: &yaml_serde::Value) -> Vec<&str> {
    v.as_sequence()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap())
        .collect()
}

fn catalogs(site: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(site.join("content/thu-tuc"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| !p.ends_with("danh-muc-mau.yaml"))
        .collect();
    out.sort();
    out
}

#[test]
fn one_catalog_per_decision_with_what_the_record_states() {
    let dir = new_site();
    let site = site_of(&dir);
    let r = import(&site, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("Đã nhập 37 thủ tục vào 5 danh mục"),
        "{}",
        r.stderr
    );
    let names: Vec<String> = catalogs(&site)
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        [
            "2026-06-20-44-2026-qd-ubnd.yaml",
            "2026-06-30-2296-qd-ubnd.yaml",
            "2026-07-02-2252-qd-vp.yaml",
            "2026-07-13-2670-qd-ubnd.yaml",
            "2026-07-14-1282-qd-ubnd.yaml",
        ]
    );

    let thanh_hoa = yaml(&site.join("content/thu-tuc/2026-07-02-2252-qd-vp.yaml"));
    let d = &thanh_hoa["quyet_dinh_cong_bo"];
    assert_eq!(d["so"].as_str(), Some("2252/QĐ-VP"));
    // decisionDate is midnight in Vietnam, stored as 17:00 UTC the day before.
    assert_eq!(d["ngay"].as_str(), Some("2026-07-02"));
    assert_eq!(d["co_quan_ban_hanh"].as_str(), Some("UBND tỉnh Thanh Hóa"));

    let p = procedure(&thanh_hoa, "1.115490");
    assert_eq!(p["ten"].as_str(), Some("Tách thửa hoặc hợp thửa đất"));
    assert_eq!(p["linh_vuc"].as_str(), Some("Đất đai"));
    assert_eq!(strs(&p["cap_thuc_hien"]), ["tinh"]);
    assert_eq!(p["dich_vu_cong_truc_tuyen"].as_str(), Some("mot_phan"));
    assert_eq!(
        p["co_quan_thuc_hien"].as_str(),
        Some("Văn phòng đăng ký đất đai")
    );
    // Two sub-case times, as the record's `cases` state them.
    let times = p["thoi_han"].as_sequence().unwrap();
    let days: Vec<f64> = times.iter().map(|t| t["so"].as_f64().unwrap()).collect();
    assert_eq!(days, [17.0, 7.0]);
    assert!(
        times
            .iter()
            .all(|t| t["don_vi"].as_str() == Some("ngay_lam_viec"))
    );
    // Steps: one item per "Bước N" although the record pastes them in one box.
    let steps = strs(&p["trinh_tu"]);
    assert_eq!(steps.len(), 3, "{steps:#?}");
    assert!(
        steps[1].starts_with("Bước 2: Bộ phận Một cửa"),
        "{}",
        steps[1]
    );
    // Documents keep their original/copy counts; the tab in the name is gone.
    let docs = p["thanh_phan_ho_so"][0]["giay_to"].as_sequence().unwrap();
    assert_eq!(
        docs[0]["ten"].as_str(),
        Some("Mẫu số 35 Đơn đề nghị tách thửa đất, hợp thửa đất")
    );
    assert_eq!(docs[0]["ban_chinh"].as_u64(), Some(1));
    assert_eq!(docs[0]["ban_sao"].as_u64(), Some(0));
    // Fees: FEE is phí, SERVICE_FEE lệ phí, amounts in đồng.
    let fees = p["phi_le_phi"].as_sequence().unwrap();
    assert_eq!(fees[0]["loai"].as_str(), Some("phi"));
    assert_eq!(fees[0]["muc"].as_u64(), Some(320000));
    assert_eq!(fees[1]["loai"].as_str(), Some("le_phi"));
    assert_eq!(fees[1]["muc"].as_u64(), Some(28000));
    // Legal basis: code → so_ky_hieu, even when the code is written as a title.
    let basis: Vec<&str> = p["can_cu_phap_ly"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|b| b["so_ky_hieu"].as_str().unwrap())
        .collect();
    assert!(basis.contains(&"31/2024/QH15"), "{basis:?}");
    assert!(basis.contains(&"50/2026/NĐ-CP"), "{basis:?}");
    assert!(basis.iter().all(|b| b.trim() == *b));
    // The online channel keeps its own time and fee text.
    let online = &p["cach_thuc"][0];
    assert_eq!(online["hinh_thuc"].as_str(), Some("truc_tuyen"));
    assert_eq!(online["thoi_han"]["so"].as_u64(), Some(7));
    assert!(
        online["phi_le_phi"]
            .as_str()
            .unwrap()
            .contains("Phí: 320.000 đồng")
    );
    assert_eq!(
        p["dich_vu_cong_url"].as_str(),
        Some("https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019f175c-f732-76f9-8861-94cc81ad0d8f")
    );

    // A ward-level procedure of another decision.
    let lai_chau = yaml(&site.join("content/thu-tuc/2026-06-20-44-2026-qd-ubnd.yaml"));
    let q = procedure(&lai_chau, "1.115545");
    // The record has no documents: no value, only the TODO.
    assert!(q.get("thanh_phan_ho_so").is_none());
    let text =
        std::fs::read_to_string(site.join("content/thu-tuc/2026-06-20-44-2026-qd-ubnd.yaml"))
            .unwrap();
    assert!(
        text.contains("# TODO: thanh_phan_ho_so (Thành phần hồ sơ)"),
        "{text}"
    );
    // "Không quy định" and the like are the statement `khong`, never text.
    assert!(!text.contains("\"Không quy định\""));
}

/// `(code, key)` pairs from the `# TODO: key (…)` lines of a catalog.
fn todos(text: &str) -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    let mut ma = String::new();
    for line in text.lines() {
        let t = line.trim_start();
        if let Some(rest) = t.strip_prefix("- ma: \"") {
            ma = rest.trim_end_matches('"').to_owned();
        } else if let Some(rest) = t.strip_prefix("# TODO: ")
            && let Some((key, _)) = rest.split_once(" (")
            && key.chars().all(|c| c.is_ascii_lowercase() || c == '_')
        {
            out.insert((ma.clone(), key.to_owned()));
        }
    }
    out
}

#[test]
fn check_reports_exactly_what_the_records_lack() {
    let dir = new_site();
    let site = site_of(&dir);
    assert_eq!(import(&site, &[]).code, 0);
    let mut expected = BTreeSet::new();
    for c in catalogs(&site) {
        expected.extend(todos(&std::fs::read_to_string(c).unwrap()));
    }
    // The samples lack real elements: fees, forms, conditions, documents, a legal basis.
    let keys: BTreeSet<&str> = expected.iter().map(|(_, k)| k.as_str()).collect();
    for k in [
        "phi_le_phi",
        "mau_don",
        "thanh_phan_ho_so",
        "can_cu_phap_ly",
    ] {
        assert!(keys.contains(k), "{keys:?}");
    }
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_niemyet"))
        .args(["check", "--format", "json"])
        .current_dir(&site)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut reported = BTreeSet::new();
    for d in json["diagnostics"].as_array().unwrap() {
        if d["severity"] != "error" {
            continue;
        }
        let msg = d["message"].as_str().unwrap();
        let file = d["file"].as_str().unwrap();
        assert!(
            file.starts_with("content/thu-tuc/2026-"),
            "unexpected error {d}"
        );
        let key = msg
            .split(['(', ')'])
            .nth(1)
            .unwrap_or_else(|| panic!("no element key in {msg}"));
        let ma = msg
            .split(|c: char| !(c.is_ascii_digit() || c == '.'))
            .find(|w| w.len() == 8 && w.as_bytes()[1] == b'.')
            .unwrap_or_else(|| panic!("no code in {msg}"));
        reported.insert((ma.to_owned(), key.to_owned()));
    }
    assert_eq!(reported, expected);
}

#[test]
fn importing_again_changes_nothing_and_never_overwrites_without_force() {
    let dir = new_site();
    let site = site_of(&dir);
    assert_eq!(import(&site, &[]).code, 0);
    let before = common::snapshot(&site.join("content"));
    let again = import(&site, &[]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(again.stderr.contains("không đổi"), "{}", again.stderr);
    assert_eq!(common::snapshot(&site.join("content")), before);

    // An officer filled in a TODO: a new import must not erase it.
    let catalog = site.join("content/thu-tuc/2026-06-20-44-2026-qd-ubnd.yaml");
    let edited = std::fs::read_to_string(&catalog).unwrap().replacen(
        "    # TODO: mau_don",
        "    mau_don: khong\n    # TODO: mau_don",
        1,
    );
    std::fs::write(&catalog, &edited).unwrap();
    let refused = import(&site, &[]);
    assert_eq!(refused.code, 2, "{}", refused.stderr);
    assert!(refused.stderr.contains("--force"), "{}", refused.stderr);
    assert_eq!(std::fs::read_to_string(&catalog).unwrap(), edited);
    let forced = import(&site, &["--force"]);
    assert_eq!(forced.code, 0, "{}", forced.stderr);
    assert_ne!(std::fs::read_to_string(&catalog).unwrap(), edited);
}

#[test]
fn agencies_go_into_the_registry_once_by_code_and_name() {
    let dir = new_site();
    let site = site_of(&dir);
    let registry = site.join("content/co-quan.yaml");
    let original = std::fs::read_to_string(&registry).unwrap();
    assert_eq!(import(&site, &[]).code, 0);
    let text = std::fs::read_to_string(&registry).unwrap();
    // The officer's entries are kept byte for byte, new ones follow.
    let (head, _) = original.split_once("noi_tiep_nhan:").unwrap();
    assert!(text.starts_with(head.trim_end()), "{text}");
    let reg = yaml(&registry);
    let agencies = reg["co_quan"].as_sequence().unwrap();
    let vp: Vec<_> = agencies
        .iter()
        .filter(|a| {
            a["ma_dvc"]
                .as_sequence()
                .is_some_and(|c| c.iter().any(|c| c.as_str() == Some("H21.24.01.01")))
        })
        .collect();
    assert_eq!(vp.len(), 1, "{text}");
    assert_eq!(vp[0]["cap"].as_str(), Some("tinh"));
    // Spellings that differ only in case or accents are one agency.
    let mut folded = BTreeSet::new();
    for a in agencies {
        let names = std::iter::once(a["ten"].as_str().unwrap()).chain(
            a["ten_goi_khac"]
                .as_sequence()
                .into_iter()
                .flatten()
                .filter_map(|n| n.as_str()),
        );
        for n in names {
            let key: String = n.to_lowercase().split_whitespace().collect();
            assert!(folded.insert(key), "{n} twice in {text}");
        }
    }
    // The registry the import wrote has no errors of its own.
    let r = niemyet_in(&site, &["check"]);
    assert!(
        !r.stderr.contains("error: content/co-quan.yaml"),
        "{}",
        r.stderr
    );
}

#[test]
fn broken_and_foreign_records_are_skipped_with_the_reason() {
    let dir = new_site();
    let site = site_of(&dir);
    let inbox = dir.path().join("records");
    std::fs::create_dir(&inbox).unwrap();
    let good = std::fs::read_to_string(fixture("dvc/1.115490.json")).unwrap();
    std::fs::write(inbox.join("a.json"), &good).unwrap();
    std::fs::write(inbox.join("b.json"), &good).unwrap();
    std::fs::write(inbox.join("c.json"), "<html>Bảo trì</html>").unwrap();
    std::fs::write(inbox.join("d.json"), r#"{"code":"ERROR","data":null}"#).unwrap();
    std::fs::write(inbox.join("e.json"), r#"{"code":"OK","data":{"name":"x"}}"#).unwrap();
    // A ministry record without an announcing decision, with nulls where
    // the provincial samples have strings.
    std::fs::write(
        inbox.join("f.json"),
        r#"{"code":"OK","data":{"code":"2.002001","name":"Cấp giấy phép X.","isMinistry":true,
            "category":{"name":"Y tế"},"procedureProposal":null,"requirementsAndConditions":null,
            "executionMethods":[{"submissionMethod":"DIRECT","processingTime":"30","processingTimeUnit":"DAY","fees":[{"type":"FEE","value":0,"description":null}]}]}}"#,
    )
    .unwrap();
    let r = niemyet_in(
        &site,
        &["--lang", "vi", "import", "dvc", inbox.to_str().unwrap()],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("Bỏ qua 4 bản ghi"), "{}", r.stderr);
    assert!(
        r.stderr.contains("b.json: trùng mã 1.115490"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .contains("c.json: không phải JSON hợp lệ (dòng 1, cột 1)"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("d.json: cổng trả về mã `ERROR`"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("e.json: bản ghi không có mã thủ tục"),
        "{}",
        r.stderr
    );
    let ministry = yaml(&site.join("content/thu-tuc/chua-ro-quyet-dinh.yaml"));
    let p = procedure(&ministry, "2.002001");
    assert_eq!(p["ten"].as_str(), Some("Cấp giấy phép X"));
    assert_eq!(strs(&p["cap_thuc_hien"]), ["bo"]);
    assert_eq!(p["thoi_han"]["so"].as_u64(), Some(30));
    assert_eq!(p["thoi_han"]["don_vi"].as_str(), Some("ngay"));
    assert_eq!(p["phi_le_phi"][0]["muc"].as_u64(), Some(0));
    assert_eq!(p["dich_vu_cong_truc_tuyen"].as_str(), Some("khong"));
    let text =
        std::fs::read_to_string(site.join("content/thu-tuc/chua-ro-quyet-dinh.yaml")).unwrap();
    assert!(text.contains("# TODO: quyet_dinh_cong_bo"), "{text}");
    assert!(text.contains("# TODO: doi_tuong"), "{text}");
}

#[test]
fn import_is_a_site_command() {
    let dir = tempfile::tempdir().unwrap();
    let records = fixture("dvc");
    let r = niemyet_in(dir.path(), &["import", "dvc", records.to_str().unwrap()]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("site.yaml"), "{}", r.stderr);
    assert!(std::fs::read_dir(dir.path()).unwrap().next().is_none());
    let dir = new_site();
    let r = niemyet_in(&site_of(&dir), &["import", "dvc", "khong-co.json"]);
    assert_ne!(r.code, 0);
    assert!(r.stderr.contains("khong-co.json"), "{}", r.stderr);
}

/// A record of `code` announced by decision `so` of `agency` on 2026-01-01.
fn record(code: &str, so: &str, agency: Option<&str>) -> String {
    let issuing = agency.map_or("null".to_owned(), |a| format!(r#"{{"name":"{a}"}}"#));
    format!(
        r#"{{"code":"OK","data":{{"code":"{code}","name":"Thủ tục {code}","isProvince":true,
        "procedureProposal":{{"proposalNumber":"{so}","decisionDate":1767200400000,"issuingAgency":{issuing}}}}}}}"#
    )
}

#[test]
fn same_number_and_day_from_two_provinces_are_two_catalogs_and_gaps_are_named() {
    let dir = new_site();
    let site = site_of(&dir);
    let inbox = dir.path().join("records");
    std::fs::create_dir(&inbox).unwrap();
    std::fs::write(
        inbox.join("a.json"),
        record("1.000001", "15/2026/QĐ-UBND", Some("UBND tỉnh Cao Bằng")),
    )
    .unwrap();
    std::fs::write(
        inbox.join("b.json"),
        record("1.000002", "15/2026/QĐ-UBND", Some("UBND tỉnh Bắc Ninh")),
    )
    .unwrap();
    std::fs::write(
        inbox.join("c.json"),
        record("1.000003", "16/2026/QĐ-UBND", None),
    )
    .unwrap();
    let r = niemyet_in(
        &site,
        &["--lang", "vi", "import", "dvc", inbox.to_str().unwrap()],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let thu_tuc = site.join("content/thu-tuc");
    let cao_bang = yaml(&thu_tuc.join("2026-01-01-15-2026-qd-ubnd-ubnd-tinh-cao-bang.yaml"));
    assert_eq!(
        cao_bang["quyet_dinh_cong_bo"]["co_quan_ban_hanh"].as_str(),
        Some("UBND tỉnh Cao Bằng")
    );
    assert_eq!(
        procedure(&cao_bang, "1.000001")["ma"].as_str(),
        Some("1.000001")
    );
    let bac_ninh = yaml(&thu_tuc.join("2026-01-01-15-2026-qd-ubnd-ubnd-tinh-bac-ninh.yaml"));
    assert_eq!(
        procedure(&bac_ninh, "1.000002")["ma"].as_str(),
        Some("1.000002")
    );
    // The decision without its issuing body: a TODO, and the summary says so.
    let text = std::fs::read_to_string(thu_tuc.join("2026-01-01-16-2026-qd-ubnd.yaml")).unwrap();
    assert!(text.contains("# TODO: co_quan_ban_hanh"), "{text}");
    assert!(r.stderr.contains("thiếu: Cơ quan ban hành"), "{}", r.stderr);
}

#[test]
fn importing_elsewhere_leaves_the_sites_registry_alone() {
    let dir = new_site();
    let site = site_of(&dir);
    let registry = site.join("content/co-quan.yaml");
    let before = std::fs::read_to_string(&registry).unwrap();
    let elsewhere = dir.path().join("so-sanh");
    let r = import(&site, &["--out", elsewhere.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(elsewhere.join("2026-07-02-2252-qd-vp.yaml").is_file());
    assert_eq!(std::fs::read_to_string(&registry).unwrap(), before);
    assert!(r.stderr.contains("co-quan.yaml giữ nguyên"), "{}", r.stderr);
}

/// Records come from a network service: whatever they hold stays text in
/// the catalog and a slug in a file name, and a record built to hurt the
/// reader is skipped, not followed.
#[test]
fn hostile_records_stay_text_and_stay_in_the_folder() {
    let dir = new_site();
    let site = site_of(&dir);
    let inbox = dir.path().join("records");
    std::fs::create_dir(&inbox).unwrap();
    // A name that tries to add a key, a decision number that tries to
    // leave the folder.
    std::fs::write(
        inbox.join("a.json"),
        r#"{"code":"OK","data":{"code":"1.000009","name":"Tên\"\nlinh_vuc: gia\n# x","isWard":true,
           "procedureProposal":{"proposalNumber":"../../../etc/passwd","decisionDate":1767200400000,"issuingAgency":{"name":"UBND"}}}}"#,
    )
    .unwrap();
    // Nesting deeper than the JSON reader allows: skipped with the reason.
    std::fs::write(inbox.join("b.json"), "[".repeat(100_000)).unwrap();
    // A link to a file outside the folder is not read.
    #[cfg(unix)]
    std::os::unix::fs::symlink("/etc/hostname", inbox.join("c.json")).unwrap();
    let r = niemyet_in(
        &site,
        &["--lang", "vi", "import", "dvc", inbox.to_str().unwrap()],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("b.json: không phải JSON hợp lệ"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("c.json"), "{}", r.stderr);
    let written: Vec<String> = catalogs(&site)
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(written, ["2026-01-01-etc-passwd.yaml"]);
    let catalog = yaml(&site.join("content/thu-tuc/2026-01-01-etc-passwd.yaml"));
    let p = procedure(&catalog, "1.000009");
    assert_eq!(p["ten"].as_str(), Some("Tên\" linh_vuc: gia # x"));
    assert!(p.get("linh_vuc").is_none(), "the name added a key");
    assert_eq!(
        catalog["quyet_dinh_cong_bo"]["so"].as_str(),
        Some("../../../etc/passwd")
    );
}
