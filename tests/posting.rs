//! Postings as provinces organise them (DESIGN §2.8, issue 10): boards per
//! place of submission from `content/co-quan.yaml`, the facts a citizen at
//! the desk needs on each procedure page, nothing invented, and the
//! registry's rules at their file and line. Fixture: tests/fixtures/registry.

mod common;

use std::path::Path;

use common::*;

const CATALOG: &str = "content/thu-tuc/qd-88-danh-muc.yaml";
const REGISTRY: &str = "content/co-quan.yaml";

fn built() -> tempfile::TempDir {
    let dir = site("registry");
    let run = build(dir.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    dir
}

fn boards(root: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(root.join("public/niem-yet"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "index.html")
        .collect();
    v.sort();
    v
}

#[test]
fn one_board_per_place_with_the_registry_heading_and_address() {
    let dir = built();
    let root = dir.path();
    assert_eq!(boards(root), ["cong-an-xa", "mot-cua-xa", "ttpvhcc-tinh"]);

    let xa = read(root, "niem-yet/mot-cua-xa/index.html");
    assert!(
        xa.contains("ỦY BAN NHÂN DÂN TỈNH MẪU<br><strong>BỘ PHẬN MỘT CỬA XÃ THỬ NGHIỆM</strong>"),
        "{xa}"
    );
    assert!(xa.contains("Địa chỉ: Số 1 đường Chính, xã Thử Nghiệm · Điện thoại: 0229.3000.001"));
    assert!(xa.contains("Thời gian tiếp nhận: Thứ Hai đến Thứ Sáu, 7 giờ 30 – 17 giờ"));
    // Both commune procedures, whatever spelling of the agency they use.
    assert!(xa.contains("1.001193") && xa.contains("1.000894"));
    assert!(
        !xa.contains("2.001159"),
        "the police procedure is on the police desk's board"
    );
    // Grouped by agency then field, numbered.
    assert!(
        xa.contains("<h2 class=\"board-agency\">Ủy ban nhân dân cấp xã</h2>"),
        "{xa}"
    );
    assert!(xa.contains("<h3 class=\"board-field\">Lĩnh vực Hộ tịch</h3>"));
    assert_eq!(xa.matches("class=\"board-agency\"").count(), 1);

    let ca = read(root, "niem-yet/cong-an-xa/index.html");
    assert!(
        ca.contains("CÔNG AN TỈNH MẪU<br><strong>CÔNG AN XÃ THỬ NGHIỆM</strong>"),
        "{ca}"
    );
    assert!(!ca.contains("ỦY BAN NHÂN DÂN TỈNH MẪU<br>"));

    // "Sở Xây dựng; Ban Quản lý…" and its permutation: one heading, both procedures.
    let tinh = read(root, "niem-yet/ttpvhcc-tinh/index.html");
    assert_eq!(tinh.matches("class=\"board-agency\"").count(), 1, "{tinh}");
    assert!(tinh.contains("1.009794") && tinh.contains("1.009795"));

    // No board for a spelling of an agency.
    assert!(
        !root
            .join("public/niem-yet/uy-ban-nhan-dan-xa-phuong-thi-tran")
            .exists()
    );
    let index = read(root, "niem-yet/index.html");
    assert!(index.contains("theo nơi tiếp nhận hồ sơ"), "{index}");
}

#[test]
fn boards_carry_forms_online_links_decisions_and_feedback_up_front() {
    let dir = built();
    let xa = read(dir.path(), "niem-yet/mot-cua-xa/index.html");
    // The feedback block is in the head of the board (first printed page).
    let feedback = xa.find("Địa chỉ tiếp nhận phản ánh, kiến nghị").unwrap();
    let first = xa.find("class=\"board-procedure\"").unwrap();
    assert!(feedback < first, "feedback comes before the procedures");
    for label in [
        "Số điện thoại chuyên dùng",
        "Địa chỉ trang thông tin điện tử",
        "Địa chỉ thư tín",
        "Hình thức: gửi văn bản",
    ] {
        assert!(xa.contains(label), "{label}");
    }
    // A list decision and the decision that published the content.
    assert!(xa.contains("Danh mục công bố tại Quyết định số 88/QĐ-UBND ngày 02/02/2026 của UBND tỉnh Mẫu; nội dung công bố tại Quyết định số 163/QĐ-BTP ngày 16/01/2026 của Bộ Tư pháp"), "{xa}");
    assert!(xa.contains("Có hiệu lực từ ngày 10/02/2026."));
    assert!(
        xa.contains("Có hiệu lực từ ngày 01/03/2026."),
        "per-procedure date"
    );
    // Forms right after their procedure; one without a file says so.
    assert!(xa.contains("Tờ khai đăng ký kết hôn (chưa có tệp mẫu trên trang)"));
    assert!(!xa.contains("Thủ tục không có mẫu đơn, tờ khai"));
    // Online links: the pattern of site.yaml, or the procedure's own.
    assert!(xa.contains("https://dichvucong.example.gov.vn/thu-tuc?ma=1.001193"));
    assert!(xa.contains("https://dichvucong.example.gov.vn/ket-hon"));
}

#[test]
fn procedure_pages_say_where_from_when_and_how_to_apply() {
    let dir = built();
    let root = dir.path();
    let kh = read(root, "thu-tuc/1.000894/index.html");
    assert!(kh.contains("Còn hiệu lực — được sửa đổi, bổ sung theo Quyết định số 88/QĐ-UBND ngày 02/02/2026 của UBND tỉnh Mẫu"), "{kh}");
    assert!(kh.contains("Nội dung sửa đổi, bổ sung: Bỏ yêu cầu nộp Giấy xác nhận"));
    assert!(kh.contains("<th scope=\"row\">Hiệu lực từ ngày</th><td>01/03/2026</td>"));
    assert!(kh.contains(
        "Bộ phận Một cửa xã Thử Nghiệm</a><br><span class=\"note\">Số 1 đường Chính, xã Thử Nghiệm"
    ));
    assert!(kh.contains("<a class=\"apply\" href=\"https://dichvucong.example.gov.vn/ket-hon\">Nộp hồ sơ trực tuyến</a>"));

    let ks = read(root, "thu-tuc/1.001193/index.html");
    assert!(ks.contains("Quyết định công bố nội dung"));
    assert!(ks.contains("Quyết định số 163/QĐ-BTP ngày 16/01/2026 của Bộ Tư pháp"));
    assert!(
        ks.contains("Về việc công bố danh mục thủ tục hành chính cấp xã"),
        "decision title"
    );
    assert!(ks.contains("href=\"/tep/quyet-dinh/88-qd-ubnd.pdf\">Văn bản đã ký</a>"));
    assert!(
        ks.contains("<td>10/02/2026</td>"),
        "effective date of the decision"
    );
    assert!(ks.contains("href=\"https://dichvucong.example.gov.vn/thu-tuc?ma=1.001193\""));

    let qd = read(root, "quyet-dinh/88-qd-ubnd/index.html");
    assert!(
        qd.contains("<p class=\"lead\">Về việc công bố danh mục thủ tục hành chính cấp xã</p>")
    );
    assert!(
        qd.contains("href=\"/tep/quyet-dinh/88-qd-ubnd.pdf\">Tải văn bản quyết định đã ký</a>")
    );

    let tt = read(root, "thu-tuc/2.001159/index.html");
    assert!(
        !tt.contains("Nộp hồ sơ trực tuyến"),
        "not online: no apply link"
    );
    // Nothing invented: no dossier count the catalog did not state.
    for page in [&kh, &ks, &tt] {
        assert!(!page.contains("01 bộ") && !page.contains("Số lượng hồ sơ:"));
    }
    assert!(
        kh.contains("<td>–</td><td>–</td>"),
        "uncounted document shows dashes"
    );

    // Several agencies in one string are named, and linked, one by one.
    let gp = read(root, "thu-tuc/1.009794/index.html");
    // Neither the procedure nor its decision states an effective date:
    // none is printed (the signing date is not one).
    assert!(!gp.contains("Hiệu lực từ ngày"), "{gp}");
    assert!(!read(root, "niem-yet/ttpvhcc-tinh/index.html").contains("Có hiệu lực từ ngày"));
    assert!(gp.contains("Sở Xây dựng tỉnh Mẫu</a>; <a href=\"/thu-tuc/co-quan/ban-quan-ly-cac-khu-cong-nghiep-tinh-mau/\">"), "{gp}");
}

#[test]
fn the_site_checks_with_only_the_expected_warnings() {
    let dir = site("registry");
    let run = niemyet(&["check", "--root", dir.path().to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("0 error(s), 2 warning(s)"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(
            "qd-88-danh-muc.yaml:43:15: the form \"Tờ khai đăng ký kết hôn\" has no file"
        ),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("qd-88-danh-muc.yaml:40:23: 1 of 1 documents of procedure 1.000894 state no number of originals or copies"), "{}", run.stderr);
}

fn check_fails_with(dir: &Path, wants: &[&str]) {
    let run = niemyet(&["check", "--root", dir.to_str().unwrap()]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    for want in wants {
        assert!(
            run.stderr.contains(want),
            "want `{want}` in\n{}",
            run.stderr
        );
    }
}

#[test]
fn broken_registries_fail_at_the_right_line() {
    // An unknown agency in a place.
    let dir = site("registry");
    edit(
        dir.path(),
        REGISTRY,
        "co_quan: [so-xay-dung, ban-quan-ly]",
        "co_quan: [so-xay-dung, ban-quan-li]",
    );
    check_fails_with(
        dir.path(),
        &[
            "content/co-quan.yaml:40:28: `ban-quan-li` is not the id of an agency",
            "did you mean `ban-quan-ly`?",
        ],
    );

    // An unknown place named by a procedure; plain text is fine.
    let dir = site("registry");
    edit(
        dir.path(),
        CATALOG,
        "    dich_vu_cong_truc_tuyen: khong\n",
        "    dich_vu_cong_truc_tuyen: khong\n    dia_diem_thuc_hien: [mot-cua-phuong, \"Nhà văn hóa thôn\"]\n",
    );
    check_fails_with(
        dir.path(),
        &[
            "qd-88-danh-muc.yaml:66:25: dia_diem_thuc_hien `mot-cua-phuong` of procedure 2.001159 names no place",
            "known places: mot-cua-xa, cong-an-xa, ttpvhcc-tinh",
        ],
    );

    // A stopped agency still used by a current procedure.
    let dir = site("registry");
    edit(
        dir.path(),
        CATALOG,
        "co_quan_thuc_hien: \"Công an cấp xã\"",
        "co_quan_thuc_hien: \"Phòng Tư pháp\"",
    );
    check_fails_with(
        dir.path(),
        &[
            "qd-88-danh-muc.yaml:55:24: procedure 2.001159 is posted as current from 10/02/2026 at `Phòng Tư pháp`, which stopped operating on 01/07/2025",
        ],
    );

    // An unknown spelling: a warning naming the closest agencies.
    let dir = site("registry");
    edit(
        dir.path(),
        CATALOG,
        "co_quan_thuc_hien: \"Công an cấp xã\"",
        "co_quan_thuc_hien: \"Công an xã, phường\"",
    );
    let run = niemyet(&["check", "--root", dir.path().to_str().unwrap()]);
    assert!(run.stderr.contains("qd-88-danh-muc.yaml:55:24: cơ quan thực hiện `Công an xã, phường` of procedure 2.001159 is not in content/co-quan.yaml"), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("closest: `Công an cấp xã` (cong-an-xa)"),
        "{}",
        run.stderr
    );
}

#[test]
fn empty_fee_lists_and_bad_online_links_are_errors() {
    let dir = site("registry");
    edit(
        dir.path(),
        CATALOG,
        "phi_le_phi: [{ loai: le_phi, muc: 20000 }]",
        "phi_le_phi: []",
    );
    edit(
        dir.path(),
        CATALOG,
        "dich_vu_cong_url: \"https://dichvucong.example.gov.vn/ket-hon\"",
        "dich_vu_cong_url: \"javascript:alert(1)\"",
    );
    check_fails_with(
        dir.path(),
        &[
            "qd-88-danh-muc.yaml:61:17: `phi_le_phi: []` states nothing: write `phi_le_phi: khong` if procedure 2.001159 has no fee",
            "qd-88-danh-muc.yaml:49:23: `dich_vu_cong_url: javascript:alert(1)` is not an absolute http(s) address",
        ],
    );
}

#[test]
fn without_a_registry_boards_are_per_agency_and_spellings_merge() {
    let dir = site("registry");
    std::fs::remove_file(dir.path().join(REGISTRY)).unwrap();
    edit(
        dir.path(),
        CATALOG,
        "co_quan_thuc_hien: \"UBND cấp xã\"",
        "co_quan_thuc_hien: \"Ủy ban Nhân dân xã, phường, thị trấn\"",
    );
    let run = build(dir.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    // "Ủy ban Nhân dân xã, phường, thị trấn." and "…thị trấn" are one agency;
    // the permuted "Sở Xây dựng; Ban Quản lý…" name two agencies, each with both procedures.
    assert_eq!(
        boards(dir.path()),
        [
            "ban-quan-ly-cac-khu-cong-nghiep",
            "cong-an-cap-xa",
            "so-xay-dung",
            "uy-ban-nhan-dan-xa-phuong-thi-tran"
        ]
    );
    let xd = read(dir.path(), "niem-yet/so-xay-dung/index.html");
    assert!(xd.contains("1.009794") && xd.contains("1.009795"));
    assert!(
        !xd.contains("ỦY BAN NHÂN DÂN TỈNH"),
        "no invented superior body"
    );
}

/// A procedure missing an element still gets its other problems reported
/// in the same run (DESIGN §2.6): code, form file, replacement, online.
#[test]
fn a_broken_procedure_reports_every_problem_in_one_run() {
    let dir = site("basic");
    let cat = "content/thu-tuc/qd-100.yaml";
    edit(
        dir.path(),
        cat,
        "    ten: \"Ủy quyền chứng thực\"\n",
        "    ten_thu_tuc: \"Ủy quyền chứng thực\"\n",
    );
    edit(
        dir.path(),
        cat,
        "  - ma: \"2.000001\"",
        "  - ma: \"2.00001\"",
    );
    edit(
        dir.path(),
        cat,
        "    ly_do_mot_phan: \"Phải ký trước mặt người thực hiện chứng thực\"\n",
        "    mau_don_2: x\n    thay_the_boi: \"9.999999\"\n",
    );
    edit(
        dir.path(),
        cat,
        "    mau_don: khong\n    yeu_cau_dieu_kien: khong\n    can_cu_phap_ly: [\"23/2015/NĐ-CP\"]",
        "    mau_don: [{ ten: \"x\", tep: \"tep/mau/khong-co.docx\" }]\n    yeu_cau_dieu_kien: khong\n    can_cu_phap_ly: [\"23/2015/NĐ-CP\"]",
    );
    // As the officer reads it: in Vietnamese.
    let run = niemyet(&[
        "check",
        "--lang",
        "vi",
        "--root",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    for want in [
        "qd-100.yaml:35:5: thiếu Tên thủ tục hành chính (ten): thủ tục 2.00001 chưa có thành phần bắt buộc này",
        "qd-100.yaml:35:9: mã thủ tục `2.00001` không đúng dạng mã",
        "không có tệp mẫu `tep/mau/khong-co.docx` của thủ tục 2.00001",
        "`thay_the_boi: 9.999999` không trỏ tới thủ tục nào trong các danh mục",
        "khóa lạ `ten_thu_tuc` trong thủ tục 2.00001",
        "khóa lạ `mau_don_2` trong thủ tục 2.00001",
        "thủ tục 2.00001 là dịch vụ công trực tuyến một phần (mot_phan) nhưng không có `ly_do_mot_phan`",
    ] {
        assert!(
            run.stderr.contains(want),
            "want `{want}` in\n{}",
            run.stderr
        );
    }
}

#[test]
fn statistics_never_show_missing_data_as_zero_and_say_when_shares_overlap() {
    let dir = built();
    let stats = read(dir.path(), "thong-ke/index.html");
    assert!(
        stats.contains("<strong>Chưa có số liệu</strong> về cắt giảm thời gian giải quyết"),
        "{stats}"
    );
    assert!(!stats.contains("bình quân 0,00%"));
    // 1.009794 and 1.009795 are handled by two agencies each.
    assert!(stats.contains("nên tổng tỷ lệ vượt 100%"));
    // Online shares by level and field, one-stop and liên thông.
    assert!(stats.contains("Dịch vụ công trực tuyến theo cấp thực hiện"));
    assert!(stats.contains("<a href=\"/thu-tuc/cap/xa/\">Cấp xã</a></td><td>3</td><td>1 (33,33%)</td><td>1 (33,33%)</td>"), "{stats}");
    assert!(stats.contains("thủ tục tiếp nhận qua Bộ phận Một cửa (100,00%)"));
    // What each decision and year did.
    assert!(stats.contains("<a href=\"/quyet-dinh/88-qd-ubnd/\">88/QĐ-UBND</a><br><span class=\"note\">02/02/2026</span></td><td>2</td><td>1</td><td>0</td><td>0</td>"), "{stats}");
    assert!(
        stats.contains("<td>2026</td><td>4</td><td>1</td><td>0</td><td>0</td>"),
        "{stats}"
    );
    // Every long label is shortened distinctly; the whole name is in <title>.
    assert!(
        stats.contains("<title>Ban Quản lý các khu công nghiệp tỉnh Mẫu: 2"),
        "{stats}"
    );
}

#[test]
fn a_replacement_announced_before_what_it_replaces_is_flagged() {
    let dir = site("basic");
    // 1.000999 posted as current on 01/12/2025, yet replaced by 1.001193,
    // announced on 15/07/2025.
    let cat = std::fs::read_to_string(dir.path().join("content/thu-tuc/qd-200.yaml")).unwrap();
    let older = cat
        .replace("so: \"200/QĐ-UBND\"", "so: \"150/QĐ-UBND\"")
        .replace("ngay: 2026-01-10", "ngay: 2025-12-01")
        .replace(
            "    trang_thai: thay_the\n    thay_the_boi: \"1.001193\"\n",
            "",
        )
        .replace("    trang_thai: bai_bo\n", "");
    std::fs::write(dir.path().join("content/thu-tuc/qd-150.yaml"), older).unwrap();
    let run = niemyet(&["check", "--root", dir.path().to_str().unwrap()]);
    assert!(
        run.stderr.contains("qd-200.yaml:11:19: procedure 1.001193 replaces 1.000999 but was announced on 15/07/2025, before 1.000999 was announced on 01/12/2025"),
        "{}",
        run.stderr
    );
}

#[test]
fn multi_line_steps_read_as_points_with_their_own_numbers() {
    let dir = site("basic");
    edit(
        dir.path(),
        "content/thu-tuc/qd-100.yaml",
        "      - \"Bước 1: Nộp hồ sơ.\"\n",
        "      - |-\n        Bước 1: Nộp hồ sơ tại Bộ phận Một cửa:\n        - Trực tiếp trong giờ hành chính\n        + sáng thứ Bảy\n        - Qua dịch vụ bưu chính\n        Cán bộ kiểm tra hồ sơ ngay khi nhận.\n",
    );
    let run = build(dir.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = read(dir.path(), "thu-tuc/1.001193/index.html").replace('\n', "");
    // Every step writes "Bước N": the list adds no second number.
    assert!(page.contains("<ol class=\"steps labelled\">"), "{page}");
    assert!(
        page.contains("<li><p><strong>Bước 1:</strong> Nộp hồ sơ tại Bộ phận Một cửa:</p><ul><li>Trực tiếp trong giờ hành chính<ul><li>sáng thứ Bảy</li></ul></li><li>Qua dịch vụ bưu chính</li></ul><p>Cán bộ kiểm tra hồ sơ ngay khi nhận.</p></li>"),
        "{page}"
    );
    assert!(
        page.contains("<strong>Bước 2:</strong> Nhận kết quả."),
        "{page}"
    );
    assert_eq!(page.matches("Bước 1").count(), 1, "{page}");
}
