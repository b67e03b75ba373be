//! Reading a catalog's YAML tree into the model, every problem reported
//! with its line and column and the reading carried on (DESIGN §2.6).

use std::path::Path;

use chrono::NaiveDate;

use super::model::*;
use crate::content::fields::{self, Element, Map, Sink, el};
use crate::content::yaml::{Node, Value};

const MA: Element = el("ma", "Mã thủ tục");
const TEN: Element = el("ten", "Tên thủ tục hành chính");
const LINH_VUC: Element = el("linh_vuc", "Lĩnh vực");
const CAP: Element = el("cap_thuc_hien", "Cấp thực hiện");
const DOI_TUONG: Element = el("doi_tuong", "Đối tượng thực hiện");
const CO_QUAN: Element = el("co_quan_thuc_hien", "Cơ quan thực hiện");
const TRINH_TU: Element = el("trinh_tu", "Trình tự thực hiện");
const CACH_THUC: Element = el("cach_thuc", "Cách thức thực hiện");
const THOI_HAN: Element = el("thoi_han", "Thời hạn giải quyết");
const HO_SO: Element = el("thanh_phan_ho_so", "Thành phần hồ sơ");
const KET_QUA: Element = el("ket_qua", "Kết quả thực hiện");
const PHI: Element = el("phi_le_phi", "Phí, lệ phí");
const MAU_DON: Element = el("mau_don", "Mẫu đơn, mẫu tờ khai");
const DIEU_KIEN: Element = el("yeu_cau_dieu_kien", "Yêu cầu, điều kiện thực hiện");
const CAN_CU: Element = el("can_cu_phap_ly", "Căn cứ pháp lý");
const DVC: Element = el("dich_vu_cong_truc_tuyen", "Dịch vụ công trực tuyến");
const QD: Element = el("quyet_dinh_cong_bo", "Quyết định công bố");
const THU_TUC: Element = el("thu_tuc", "Danh sách thủ tục");

/// A bound on one file, so a runaway export cannot exhaust the build (and
/// one agency's posting board stays printable).
pub const MAX_PER_CATALOG: usize = 5_000;

/// Reads a parsed catalog; `None` when it is too broken to use.
pub fn read(file: &Path, root: &Node, sink: &mut Sink) -> Option<Catalog> {
    if root.value == Value::Null {
        sink.error(root, "the catalog file is empty", "start it with `quyet_dinh_cong_bo:` and `thu_tuc:`; `niemyet new catalog NAME` writes a skeleton");
        return None;
    }
    let mut top = sink.map(root, "the catalog")?;
    let decision = top
        .req(sink, QD, "the catalog", "add `quyet_dinh_cong_bo:` with so, ngay and co_quan_ban_hanh of the announcing decision")
        .and_then(|n| read_decision(sink, n));
    let default_agency = top
        .get("co_quan")
        .and_then(|n| fields::nonempty_string(sink, n, "co_quan"));
    let mut procedures = Vec::new();
    let mut partial = Vec::new();
    if let Some(list) = top.req(
        sink,
        THU_TUC,
        "the catalog",
        "list the procedures under `thu_tuc:`, each starting with `- ma:`",
    ) {
        let items = fields::list(
            sink,
            list,
            "thu_tuc",
            "write each procedure as a `- ma: …` item",
        );
        if items.len() > MAX_PER_CATALOG {
            sink.error(
                list,
                format!("{} procedures in one catalog; at most {MAX_PER_CATALOG} are read from one file", items.len()),
                "one file holds one announcing decision, and a decision posts at most a few hundred procedures: split the file",
            );
            return None;
        }
        for item in items {
            match read_procedure(sink, item, default_agency.as_deref()) {
                Some(Ok(p)) => procedures.push(p),
                Some(Err(p)) => partial.push(p),
                None => {}
            }
        }
    }
    top.finish(sink, "the catalog");
    Some(Catalog {
        file: file.to_path_buf(),
        decision: decision?,
        procedures,
        partial,
    })
}

fn date(sink: &mut Sink, node: &Node, key: &str) -> Option<NaiveDate> {
    let s = fields::nonempty_string(sink, node, key)?;
    match crate::text::date::parse_date(&s) {
        Ok(d) => Some(d),
        Err(e) => {
            sink.error(
                node,
                format!("`{key}`: {e}"),
                "dates are written YYYY-MM-DD",
            );
            None
        }
    }
}

fn read_decision(sink: &mut Sink, node: &Node) -> Option<Decision> {
    let mut m = sink.map(node, "quyet_dinh_cong_bo")?;
    let owner = "the announcing decision";
    let so = m
        .req(
            sink,
            el("so", "Số, ký hiệu"),
            owner,
            "write the decision number, e.g. `so: \"1234/QĐ-UBND\"`",
        )
        .and_then(|n| fields::nonempty_string(sink, n, "so"));
    let ngay = m
        .req(
            sink,
            el("ngay", "Ngày ban hành"),
            owner,
            "write the signing date, e.g. `ngay: 2025-07-15`",
        )
        .and_then(|n| date(sink, n, "ngay"));
    let by = m
        .req(
            sink,
            el("co_quan_ban_hanh", "Cơ quan ban hành"),
            owner,
            "write who issued it, e.g. `co_quan_ban_hanh: \"UBND tỉnh Ninh Bình\"`",
        )
        .and_then(|n| fields::nonempty_string(sink, n, "co_quan_ban_hanh"));
    let hieu_luc = m
        .get("hieu_luc")
        .filter(|n| n.value != Value::Null)
        .and_then(|n| date(sink, n, "hieu_luc"));
    let trich_yeu = opt_text(sink, &mut m, "trich_yeu");
    let tep_pos = m.get("tep").map_or(pos(node), pos);
    let tep = opt_text(sink, &mut m, "tep");
    m.finish(sink, "quyet_dinh_cong_bo");
    if let (Some(ngay), Some(hl)) = (ngay, hieu_luc)
        && hl < ngay
    {
        sink.error(
            node,
            format!("the decision takes effect ({hl}) before it is signed ({ngay})"),
            "check `hieu_luc` and `ngay`",
        );
    }
    Some(Decision {
        so: so?,
        ngay: ngay?,
        co_quan_ban_hanh: by?,
        hieu_luc,
        trich_yeu,
        tep,
        tep_pos,
    })
}

fn pos(n: &Node) -> (usize, usize) {
    (n.line, n.col)
}

/// A procedure, or what could be read of it when an element is missing or
/// wrong (`None` when it is not even a mapping).
fn read_procedure(
    sink: &mut Sink,
    node: &Node,
    default_agency: Option<&str>,
) -> Option<Result<Procedure, Partial>> {
    let mut m = sink.map(node, "a procedure")?;
    let ma_node = m.get(MA.key);
    let ma = ma_node.and_then(|n| fields::nonempty_string(sink, n, "ma"));
    let owner = match &ma {
        Some(ma) => format!("procedure {ma}"),
        None => {
            m.req(
                sink,
                MA,
                "a procedure",
                "add the national code, e.g. `ma: \"1.001193\"`",
            );
            "this procedure".to_owned()
        }
    };
    let o = owner.as_str();
    let text = |sink: &mut Sink, m: &mut Map, e: Element, help: &str| {
        m.req(sink, e, o, help)
            .and_then(|n| fields::nonempty_string(sink, n, e.key))
    };
    let texts = |sink: &mut Sink, m: &mut Map, e: Element, help: &str| -> Option<Vec<String>> {
        let n = m.req(sink, e, o, help)?;
        let v = fields::strings(sink, n, e.key);
        if v.is_empty() {
            sink.error(
                n,
                format!("thiếu {} ({}): {o} has an empty list", e.name, e.key),
                help.to_owned(),
            );
            return None;
        }
        Some(v)
    };

    let ten = text(
        sink,
        &mut m,
        TEN,
        "write the procedure's official name, e.g. `ten: \"Đăng ký khai sinh\"`",
    );
    let linh_vuc = text(
        sink,
        &mut m,
        LINH_VUC,
        "write the field, e.g. `linh_vuc: \"Hộ tịch\"`",
    );
    let mut spans = Spans {
        item: pos(node),
        ma: ma_node.map_or(pos(node), pos),
        ..Spans::default()
    };
    let cap = m.req(sink, CAP, o, "list the levels, e.g. `cap_thuc_hien: [xa]` (bo, tinh, xa, khac)").map(|n| {
        spans.cap_thuc_hien = pos(n);
        let mut levels = Vec::new();
        let items: Vec<&Node> = match &n.value {
            Value::Seq(items) => items.iter().collect(),
            _ => vec![n],
        };
        for item in items {
            match item.as_str().map(str::trim) {
                Some("bo") => levels.push(Level::Bo),
                Some("tinh") => levels.push(Level::Tinh),
                Some("xa") => levels.push(Level::Xa),
                Some("khac") => levels.push(Level::Khac),
                other => match other.and_then(crate::content::reform::abolished_level) {
                    Some(r) => sink.error(
                        item,
                        format!("`cap_thuc_hien: {}` is no longer valid: {} was abolished on {} ({})", r.key, r.name, r.since, r.basis),
                        format!("post the procedure at the level that now handles it: {}", r.instead),
                    ),
                    None => sink.error(item, format!("`cap_thuc_hien`: unknown level {:?}", other.unwrap_or("")), "use bo, tinh, xa or khac"),
                },
            }
        }
        levels.sort();
        levels.dedup();
        levels
    }).filter(|levels| !levels.is_empty());

    let trang_thai = match m.get("trang_thai") {
        None => Some(Status::HieuLuc),
        Some(n) => match n.as_str().map(str::trim) {
            Some("hieu_luc") => Some(Status::HieuLuc),
            Some("sua_doi") => Some(Status::SuaDoi),
            Some("thay_the") => Some(Status::ThayThe),
            Some("bai_bo") => Some(Status::BaiBo),
            _ => {
                sink.error(n, "`trang_thai` must be hieu_luc, sua_doi, thay_the or bai_bo", "hieu_luc: in force; sua_doi: amended; thay_the: replaced (add thay_the_boi); bai_bo: abolished");
                None
            }
        },
    };
    let thay_the_boi = m
        .get("thay_the_boi")
        .filter(|n| n.value != Value::Null)
        .and_then(|n| {
            spans.thay_the_boi = pos(n);
            fields::nonempty_string(sink, n, "thay_the_boi")
        });
    let doi_tuong = texts(
        sink,
        &mut m,
        DOI_TUONG,
        "list who may file it, e.g. `doi_tuong: [\"Công dân Việt Nam\"]`",
    );
    let co_quan_thuc_hien = match m.get(CO_QUAN.key).filter(|n| n.value != Value::Null) {
        Some(n) => {
            spans.co_quan_thuc_hien = pos(n);
            fields::nonempty_string(sink, n, CO_QUAN.key)
        }
        None => match default_agency {
            Some(a) => Some(a.to_owned()),
            None => {
                sink.error(node, format!("thiếu {} ({}): {o} is missing a required element", CO_QUAN.name, CO_QUAN.key), "add `co_quan_thuc_hien: \"…\"` to the procedure, or `co_quan:` at the top of the file for all of them");
                None
            }
        },
    };
    if spans.co_quan_thuc_hien == (0, 0) {
        spans.co_quan_thuc_hien = pos(node);
    }
    let co_quan_co_tham_quyen = m
        .get("co_quan_co_tham_quyen")
        .filter(|n| n.value != Value::Null)
        .and_then(|n| fields::nonempty_string(sink, n, "co_quan_co_tham_quyen"));
    let co_quan_phoi_hop = m
        .get("co_quan_phoi_hop")
        .map(|n| fields::strings(sink, n, "co_quan_phoi_hop"))
        .unwrap_or_default();
    let trinh_tu = texts(
        sink,
        &mut m,
        TRINH_TU,
        "list the steps in order, one `- \"Bước 1: …\"` per line",
    );
    let cach_thuc = m
        .req(
            sink,
            CACH_THUC,
            o,
            "list the channels, e.g. `- hinh_thuc: truc_tiep`",
        )
        .and_then(|n| {
            let rows: Vec<Method> = fields::list(
                sink,
                n,
                "cach_thuc",
                "write one `- hinh_thuc: …` item per channel",
            )
            .iter()
            .filter_map(|r| read_method(sink, r))
            .collect();
            if rows.is_empty() {
                sink.error(
                    n,
                    format!(
                        "thiếu {} ({}): {o} lists no channel",
                        CACH_THUC.name, CACH_THUC.key
                    ),
                    "add at least one `- hinh_thuc: truc_tiep | truc_tuyen | buu_chinh`",
                );
                return None;
            }
            Some(rows)
        });
    let thoi_han = m
        .req(
            sink,
            THOI_HAN,
            o,
            "e.g. `thoi_han: { so: 3, don_vi: ngay_lam_viec }`",
        )
        .and_then(|n| match &n.value {
            Value::Seq(items) => {
                let v: Vec<TimeLimit> = items
                    .iter()
                    .filter_map(|i| read_time(sink, i, "thoi_han"))
                    .collect();
                (!v.is_empty()).then_some(v)
            }
            _ => read_time(sink, n, "thoi_han").map(|t| vec![t]),
        });
    let thoi_han_luat_dinh = m
        .get("thoi_han_luat_dinh")
        .filter(|n| n.value != Value::Null)
        .and_then(|n| read_time(sink, n, "thoi_han_luat_dinh"));
    let thanh_phan_ho_so = m
        .req(
            sink,
            HO_SO,
            o,
            "list the documents: `- giay_to: [{ ten: \"Tờ khai …\" }]`",
        )
        .and_then(|n| {
            spans.thanh_phan_ho_so = pos(n);
            let cases: Vec<DossierCase> = fields::list(
                sink,
                n,
                "thanh_phan_ho_so",
                "write one `- giay_to: …` item per case",
            )
            .iter()
            .filter_map(|c| read_case(sink, c))
            .collect();
            (!cases.is_empty()).then_some(cases)
        });
    if let Some(cases) = &thanh_phan_ho_so {
        let docs: Vec<&Document> = cases.iter().flat_map(|c| &c.giay_to).collect();
        let uncounted = docs
            .iter()
            .filter(|d| d.ban_chinh.is_none() && d.ban_sao.is_none())
            .count();
        if uncounted > 0 {
            let at = Node {
                value: Value::Null,
                line: spans.thanh_phan_ho_so.0,
                col: spans.thanh_phan_ho_so.1,
            };
            sink.warning(
                &at,
                format!("{uncounted} of {} documents of {o} state no number of originals or copies; the posting shows “–” for them", docs.len()),
                "add `ban_chinh: 1` and/or `ban_sao: 1` as the decision states",
            );
        }
    }
    let so_luong_ho_so = m
        .get("so_luong_ho_so")
        .filter(|n| n.value != Value::Null)
        .and_then(|n| fields::nonempty_string(sink, n, "so_luong_ho_so"));
    let ket_qua = texts(
        sink,
        &mut m,
        KET_QUA,
        "list what the citizen receives, e.g. `ket_qua: [\"Giấy khai sinh\"]`",
    );
    let phi_le_phi = m
        .req(
            sink,
            PHI,
            o,
            "list the fees, or write `phi_le_phi: khong` when there is none",
        )
        .map(|n| {
            if fields::is_none_word(n) {
                return None;
            }
            let items = fields::list(
                sink,
                n,
                "phi_le_phi",
                "write a list of `{ loai: le_phi, muc: 8000 }` items, or `khong`",
            );
            if items.is_empty() && matches!(n.value, Value::Seq(_)) {
                // An empty list would read as "no fee" without saying so.
                sink.error(
                    n,
                    format!("`phi_le_phi: []` states nothing: write `phi_le_phi: khong` if {o} has no fee"),
                    "write `khong` for no fee, or list the fees `- { loai: le_phi, muc: 8000 }`",
                );
                return None;
            }
            let fees: Vec<Fee> = items.iter().filter_map(|f| read_fee(sink, f)).collect();
            Some(fees)
        });
    let mau_don = m
        .req(
            sink,
            MAU_DON,
            o,
            "list the forms `- { ten: \"…\", tep: \"tep/mau/…\" }`, or write `mau_don: khong`",
        )
        .map(|n| {
            if fields::is_none_word(n) {
                return None;
            }
            let forms = fields::list(
                sink,
                n,
                "mau_don",
                "write a list of `{ ten: …, tep: … }` items, or `khong`",
            )
            .iter()
            .filter_map(|f| read_form(sink, f))
            .collect();
            Some(forms)
        });
    let yeu_cau_dieu_kien = m
        .req(
            sink,
            DIEU_KIEN,
            o,
            "list the conditions, or write `yeu_cau_dieu_kien: khong`",
        )
        .map(|n| {
            if fields::is_none_word(n) {
                None
            } else {
                Some(fields::strings(sink, n, "yeu_cau_dieu_kien"))
            }
        });
    let can_cu_phap_ly = m.req(sink, CAN_CU, o, "add at least one legal document: `- { so_ky_hieu: \"60/2014/QH13\", trich_yeu: \"Luật Hộ tịch\" }`").and_then(|n| {
        let v: Vec<LegalBasis> = fields::list(sink, n, "can_cu_phap_ly", "write one `- so_ky_hieu: …` item per document").iter().filter_map(|b| read_basis(sink, b)).collect();
        if v.is_empty() {
            sink.error(n, format!("thiếu {} ({}): {o} cites no legal document", CAN_CU.name, CAN_CU.key), "add at least one `- so_ky_hieu: …`");
            return None;
        }
        Some(v)
    });
    let online = m.req(sink, DVC, o, "write toan_trinh, mot_phan or khong").and_then(|n| {
        spans.dich_vu_cong_truc_tuyen = pos(n);
        match n.as_str().map(str::trim) {
            Some("toan_trinh") => Some(Online::ToanTrinh),
            Some("mot_phan") => Some(Online::MotPhan),
            Some(s) if fields::is_none_word(n) || s == "khong" => Some(Online::Khong),
            _ => {
                sink.error(n, "`dich_vu_cong_truc_tuyen` must be toan_trinh, mot_phan or khong", "toan_trinh: fully online; mot_phan: partly online (add ly_do_mot_phan); khong: not online");
                None
            }
        }
    });
    let ly_do_mot_phan = m
        .get("ly_do_mot_phan")
        .filter(|n| n.value != Value::Null)
        .and_then(|n| fields::nonempty_string(sink, n, "ly_do_mot_phan"));
    let muc_do = m
        .get("muc_do")
        .filter(|n| n.value != Value::Null)
        .and_then(|n| match fields::number(sink, n, "muc_do") {
            Some(x) if (1.0..=4.0).contains(&x) && x.fract() == 0.0 => Some(x as u8),
            Some(_) => {
                sink.error(
                    n,
                    "`muc_do` must be 1, 2, 3 or 4",
                    "the legacy online level; leave it out for new catalogs",
                );
                None
            }
            None => None,
        });
    let mot_cua = m
        .get("mot_cua")
        .filter(|n| n.value != Value::Null)
        .map_or(Some(true), |n| fields::boolean(sink, n, "mot_cua"));
    let lien_thong = m
        .get("lien_thong")
        .filter(|n| n.value != Value::Null)
        .map_or(Some(false), |n| fields::boolean(sink, n, "lien_thong"));
    let tu_khoa = m
        .get("tu_khoa")
        .map(|n| fields::strings(sink, n, "tu_khoa"))
        .unwrap_or_default();
    let posting = read_posting(sink, &mut m, &mut spans);
    if trang_thai == Some(Status::SuaDoi) && posting.noi_dung_sua_doi.is_none() {
        sink.warning(
            node,
            format!("{o} is amended (trang_thai: sua_doi) but `noi_dung_sua_doi` does not say what changed"),
            "add e.g. `noi_dung_sua_doi: \"Sửa đổi thành phần hồ sơ và thời hạn giải quyết\"`",
        );
    }
    m.finish(sink, &owner);
    let partial = Partial {
        ma: ma.clone(),
        trang_thai,
        thay_the_boi: thay_the_boi.clone(),
        dich_vu_cong_truc_tuyen: online,
        has_ly_do_mot_phan: ly_do_mot_phan.is_some(),
        files: form_files(
            mau_don.as_ref().and_then(|f| f.as_ref()),
            thanh_phan_ho_so.as_deref(),
        ),
        spans,
    };
    let complete = (move || {
        Some(Procedure {
            ma: ma?,
            ten: ten?,
            linh_vuc: linh_vuc?,
            cap_thuc_hien: cap?,
            trang_thai: trang_thai?,
            thay_the_boi,
            doi_tuong: doi_tuong?,
            co_quan_thuc_hien: co_quan_thuc_hien?,
            co_quan_co_tham_quyen,
            co_quan_phoi_hop,
            trinh_tu: trinh_tu?,
            cach_thuc: cach_thuc?,
            thoi_han: thoi_han?,
            thoi_han_luat_dinh,
            thanh_phan_ho_so: thanh_phan_ho_so?,
            so_luong_ho_so,
            ket_qua: ket_qua?,
            phi_le_phi: phi_le_phi?,
            mau_don: mau_don?,
            yeu_cau_dieu_kien: yeu_cau_dieu_kien?,
            can_cu_phap_ly: can_cu_phap_ly?,
            dich_vu_cong_truc_tuyen: online?,
            ly_do_mot_phan,
            muc_do,
            mot_cua: mot_cua?,
            lien_thong: lien_thong?,
            tu_khoa,
            posting,
            spans,
        })
    })();
    Some(complete.ok_or(partial))
}

/// Every form file a procedure names, with where and under which key.
pub fn form_files(
    mau_don: Option<&Vec<Form>>,
    cases: Option<&[DossierCase]>,
) -> Vec<(String, (usize, usize), &'static str)> {
    let forms = mau_don
        .into_iter()
        .flatten()
        .filter_map(|f| f.tep.clone().map(|t| (t, f.pos, "mau_don › tep")));
    let docs = cases
        .into_iter()
        .flatten()
        .flat_map(|c| &c.giay_to)
        .filter_map(|d| {
            d.mau
                .clone()
                .map(|t| (t, d.pos, "thanh_phan_ho_so › giay_to › mau"))
        });
    forms.chain(docs).collect()
}

/// The optional posting keys of 2026-12 (DESIGN §2.4).
fn read_posting(sink: &mut Sink, m: &mut Map, spans: &mut Spans) -> Posting {
    let dia_diem_thuc_hien = match m
        .get("dia_diem_thuc_hien")
        .filter(|n| n.value != Value::Null)
    {
        Some(n) => {
            spans.dia_diem_thuc_hien = pos(n);
            fields::strings(sink, n, "dia_diem_thuc_hien")
        }
        None => Vec::new(),
    };
    let hieu_luc = m
        .get("hieu_luc")
        .filter(|n| n.value != Value::Null)
        .and_then(|n| {
            spans.hieu_luc = pos(n);
            date(sink, n, "hieu_luc")
        });
    let noi_dung_sua_doi = opt_text(sink, m, "noi_dung_sua_doi");
    let quyet_dinh_noi_dung = m
        .get("quyet_dinh_noi_dung")
        .filter(|n| n.value != Value::Null)
        .and_then(|n| read_content_decision(sink, n));
    let dich_vu_cong_url = m
        .get("dich_vu_cong_url")
        .filter(|n| n.value != Value::Null)
        .and_then(|n| {
            let url = fields::nonempty_string(sink, n, "dich_vu_cong_url")?;
            if !crate::text::url::is_absolute_http(&url) {
                sink.error(
                    n,
                    format!("`dich_vu_cong_url: {url}` is not an absolute http(s) address"),
                    "copy the full address of the procedure's page on the online-service portal",
                );
                return None;
            }
            Some(url)
        });
    Posting {
        dia_diem_thuc_hien,
        hieu_luc,
        noi_dung_sua_doi,
        quyet_dinh_noi_dung,
        dich_vu_cong_url,
    }
}

fn read_content_decision(sink: &mut Sink, node: &Node) -> Option<ContentDecision> {
    let mut m = sink.map(node, "quyet_dinh_noi_dung")?;
    let so = m
        .req(
            sink,
            el("so", "Số, ký hiệu"),
            "quyet_dinh_noi_dung",
            "write the number of the decision that published the content, e.g. `so: \"163/QĐ-BTP\"`",
        )
        .and_then(|n| fields::nonempty_string(sink, n, "so"));
    let ngay = m
        .get("ngay")
        .filter(|n| n.value != Value::Null)
        .and_then(|n| date(sink, n, "ngay"));
    let co_quan_ban_hanh = opt_text(sink, &mut m, "co_quan_ban_hanh");
    let trich_yeu = opt_text(sink, &mut m, "trich_yeu");
    m.finish(sink, "quyet_dinh_noi_dung");
    Some(ContentDecision {
        so: so?,
        ngay,
        co_quan_ban_hanh,
        trich_yeu,
    })
}

fn opt_text(sink: &mut Sink, m: &mut Map, key: &'static str) -> Option<String> {
    m.get(key)
        .filter(|n| n.value != Value::Null)
        .and_then(|n| fields::nonempty_string(sink, n, key))
}

fn read_method(sink: &mut Sink, node: &Node) -> Option<Method> {
    let mut m = sink.map(node, "a cach_thuc row")?;
    let hinh_thuc = m
        .req(
            sink,
            el("hinh_thuc", "Hình thức nộp"),
            "this cach_thuc row",
            "write truc_tiep, truc_tuyen or buu_chinh",
        )
        .and_then(|n| match n.as_str().map(str::trim) {
            Some("truc_tiep") => Some(Channel::TrucTiep),
            Some("truc_tuyen") => Some(Channel::TrucTuyen),
            Some("buu_chinh") => Some(Channel::BuuChinh),
            _ => {
                sink.error(
                    n,
                    "`hinh_thuc` must be truc_tiep, truc_tuyen or buu_chinh",
                    "truc_tiep: in person; truc_tuyen: online; buu_chinh: by post",
                );
                None
            }
        });
    let truong_hop = opt_text(sink, &mut m, "truong_hop");
    let thoi_han = m
        .get("thoi_han")
        .filter(|n| n.value != Value::Null)
        .and_then(|n| read_time(sink, n, "thoi_han"));
    let phi_le_phi = opt_text(sink, &mut m, "phi_le_phi");
    let mo_ta = opt_text(sink, &mut m, "mo_ta");
    m.finish(sink, "a cach_thuc row");
    Some(Method {
        hinh_thuc: hinh_thuc?,
        truong_hop,
        thoi_han,
        phi_le_phi,
        mo_ta,
    })
}

fn read_time(sink: &mut Sink, node: &Node, key: &str) -> Option<TimeLimit> {
    if let Value::Scalar(s, _) = &node.value {
        let s = s.trim();
        if s.is_empty() {
            sink.error(
                node,
                format!("`{key}` is empty"),
                "e.g. `{ so: 3, don_vi: ngay_lam_viec }`",
            );
            return None;
        }
        return Some(TimeLimit {
            so: None,
            don_vi: None,
            ghi_chu: None,
            truong_hop: None,
            van_ban: Some(s.to_owned()),
        });
    }
    let mut m = sink.map(node, key)?;
    let owner = format!("`{key}`");
    let so = m
        .req(
            sink,
            el("so", "Số lượng"),
            &owner,
            "e.g. `so: 3` (fractions allowed: 12.5)",
        )
        .and_then(|n| fields::number(sink, n, "so"));
    let don_vi = m
        .req(
            sink,
            el("don_vi", "Đơn vị"),
            &owner,
            "ngay_lam_viec, ngay, gio or thang",
        )
        .and_then(|n| match n.as_str().map(str::trim) {
            Some("ngay_lam_viec") => Some(TimeUnit::NgayLamViec),
            Some("ngay") => Some(TimeUnit::Ngay),
            Some("gio") => Some(TimeUnit::Gio),
            Some("thang") => Some(TimeUnit::Thang),
            _ => {
                sink.error(
                    n,
                    "`don_vi` must be ngay_lam_viec, ngay, gio or thang",
                    "ngay_lam_viec: working days; ngay: calendar days; gio: hours; thang: months",
                );
                None
            }
        });
    let ghi_chu = opt_text(sink, &mut m, "ghi_chu");
    let truong_hop = opt_text(sink, &mut m, "truong_hop");
    m.finish(sink, key);
    Some(TimeLimit {
        so: Some(so?),
        don_vi: Some(don_vi?),
        ghi_chu,
        truong_hop,
        van_ban: None,
    })
}

fn count(sink: &mut Sink, m: &mut Map, key: &'static str) -> Option<u32> {
    m.get(key)
        .filter(|n| n.value != Value::Null)
        .and_then(|n| match fields::number(sink, n, key) {
            Some(x) if x.fract() == 0.0 && x < 1000.0 => Some(x as u32),
            Some(_) => {
                sink.error(
                    n,
                    format!("`{key}` must be a whole number of copies"),
                    "e.g. 1",
                );
                None
            }
            None => None,
        })
}

fn read_case(sink: &mut Sink, node: &Node) -> Option<DossierCase> {
    let mut m = sink.map(node, "a thanh_phan_ho_so case")?;
    let truong_hop = opt_text(sink, &mut m, "truong_hop");
    let docs = m
        .req(
            sink,
            el("giay_to", "Giấy tờ"),
            "this dossier case",
            "list the documents: `giay_to: [{ ten: \"…\" }]`",
        )
        .map(|n| {
            fields::list(sink, n, "giay_to", "write one `- ten: …` item per document")
                .iter()
                .filter_map(|d| read_document(sink, d))
                .collect::<Vec<_>>()
        });
    m.finish(sink, "a thanh_phan_ho_so case");
    Some(DossierCase {
        truong_hop,
        giay_to: docs?,
    })
}

fn read_document(sink: &mut Sink, node: &Node) -> Option<Document> {
    if let Value::Scalar(..) = node.value {
        let ten = fields::nonempty_string(sink, node, "giay_to")?;
        return Some(Document {
            ten,
            ban_chinh: None,
            ban_sao: None,
            ghi_chu: None,
            mau: None,
            pos: pos(node),
        });
    }
    let mut m = sink.map(node, "a document")?;
    let ten = m
        .req(
            sink,
            el("ten", "Tên giấy tờ"),
            "this document",
            "name the document",
        )
        .and_then(|n| fields::nonempty_string(sink, n, "ten"));
    let ban_chinh = count(sink, &mut m, "ban_chinh");
    let ban_sao = count(sink, &mut m, "ban_sao");
    let ghi_chu = opt_text(sink, &mut m, "ghi_chu");
    let at = m.get("mau").map_or(pos(node), pos);
    let mau = opt_text(sink, &mut m, "mau");
    m.finish(sink, "a document");
    Some(Document {
        ten: ten?,
        ban_chinh,
        ban_sao,
        ghi_chu,
        mau,
        pos: at,
    })
}

fn read_fee(sink: &mut Sink, node: &Node) -> Option<Fee> {
    let mut m = sink.map(node, "a phi_le_phi item")?;
    let loai = m
        .req(
            sink,
            el("loai", "Loại phí"),
            "this fee",
            "le_phi, phi or gia",
        )
        .and_then(|n| match n.as_str().map(str::trim) {
            Some("le_phi") => Some(FeeKind::LePhi),
            Some("phi") => Some(FeeKind::Phi),
            Some("gia") => Some(FeeKind::Gia),
            _ => {
                sink.error(
                    n,
                    "`loai` must be le_phi, phi or gia",
                    "le_phi: lệ phí; phi: phí; gia: giá dịch vụ",
                );
                None
            }
        });
    let muc_node = m.get("muc").filter(|n| n.value != Value::Null);
    let muc = muc_node.and_then(|n| fields::number(sink, n, "muc"));
    // "8.000" is eight thousand to a Vietnamese reader but 8 to YAML.
    if let Some(n) = muc_node
        && let Some((_, frac)) = n.as_str().and_then(|t| t.trim().split_once('.'))
        && frac.len() == 3
        && frac.bytes().all(|b| b.is_ascii_digit())
    {
        let meant = n.as_str().unwrap_or("").replace('.', "");
        sink.warning(
            n,
            format!(
                "`muc: {}` is read as a decimal number, not {} đồng",
                n.as_str().unwrap_or(""),
                meant
            ),
            format!("write amounts without thousands separators: `muc: {meant}`"),
        );
    }
    let mo_ta = opt_text(sink, &mut m, "mo_ta");
    if muc.is_none() && mo_ta.is_none() {
        sink.error(
            node,
            "a fee needs `muc` (amount in VND) or `mo_ta` explaining it",
            "e.g. `{ loai: le_phi, muc: 8000, mo_ta: \"8.000 đồng/lần\" }`",
        );
    }
    m.finish(sink, "a phi_le_phi item");
    Some(Fee {
        loai: loai?,
        muc,
        mo_ta,
    })
}

fn read_form(sink: &mut Sink, node: &Node) -> Option<Form> {
    if let Value::Scalar(..) = node.value {
        let ten = fields::nonempty_string(sink, node, "mau_don")?;
        return Some(Form {
            ten,
            tep: None,
            pos: pos(node),
        });
    }
    let mut m = sink.map(node, "a form")?;
    let ten = m
        .req(sink, el("ten", "Tên mẫu đơn"), "this form", "name the form")
        .and_then(|n| fields::nonempty_string(sink, n, "ten"));
    let at = m.get("tep").map_or(pos(node), pos);
    let tep = opt_text(sink, &mut m, "tep");
    m.finish(sink, "a form");
    if tep.is_none() {
        sink.warning(
            node,
            format!(
                "the form {:?} has no file (`tep`): citizens cannot download it from the posting",
                ten.as_deref().unwrap_or("")
            ),
            "add `tep: \"tep/mau/…docx\"` with the form file under content/tep/",
        );
    }
    Some(Form {
        ten: ten?,
        tep,
        pos: at,
    })
}

fn read_basis(sink: &mut Sink, node: &Node) -> Option<LegalBasis> {
    if let Value::Scalar(..) = node.value {
        let so_ky_hieu = fields::nonempty_string(sink, node, "can_cu_phap_ly")?;
        return Some(LegalBasis {
            so_ky_hieu,
            trich_yeu: None,
            ngay_ban_hanh: None,
            co_quan_ban_hanh: None,
        });
    }
    let mut m = sink.map(node, "a legal basis")?;
    let so = m
        .req(
            sink,
            el("so_ky_hieu", "Số, ký hiệu văn bản"),
            "this legal document",
            "e.g. `so_ky_hieu: \"60/2014/QH13\"`",
        )
        .and_then(|n| fields::nonempty_string(sink, n, "so_ky_hieu"));
    let trich_yeu = opt_text(sink, &mut m, "trich_yeu");
    let ngay_ban_hanh = m
        .get("ngay_ban_hanh")
        .filter(|n| n.value != Value::Null)
        .and_then(|n| date(sink, n, "ngay_ban_hanh"));
    let co_quan_ban_hanh = opt_text(sink, &mut m, "co_quan_ban_hanh");
    m.finish(sink, "a legal basis");
    Some(LegalBasis {
        so_ky_hieu: so?,
        trich_yeu,
        ngay_ban_hanh,
        co_quan_ban_hanh,
    })
}
