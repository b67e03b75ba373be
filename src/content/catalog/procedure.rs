//! One procedure of a catalog, read step by step in the legal order of
//! NĐ 63/2010 Điều 8; every step reports its own problems and the reading
//! goes on, so one run lists them all.

use super::parts::*;
use super::values::*;
use crate::content::catalog::model::*;
use crate::content::fields::{self, Element, Map, Sink};
use crate::content::yaml::{Node, Value};

/// Tên, lĩnh vực, cấp thực hiện, trạng thái.
struct Identity {
    ten: Option<String>,
    linh_vuc: Option<String>,
    cap: Option<Vec<Level>>,
    trang_thai: Option<Status>,
    thay_the_boi: Option<String>,
}

fn identity(sink: &mut Sink, m: &mut Map, o: &str, spans: &mut Spans) -> Identity {
    let ten = text(
        sink,
        m,
        o,
        TEN,
        "write the procedure's official name, e.g. `ten: \"Đăng ký khai sinh\"`",
    );
    let linh_vuc = text(
        sink,
        m,
        o,
        LINH_VUC,
        "write the field, e.g. `linh_vuc: \"Hộ tịch\"`",
    );
    let cap = m
        .req(
            sink,
            CAP,
            o,
            "list the levels, e.g. `cap_thuc_hien: [xa]` (bo, tinh, xa, khac)",
        )
        .map(|n| {
            spans.cap_thuc_hien = pos(n);
            let mut levels = Vec::new();
            let items: Vec<&Node> = match &n.value {
                Value::Seq(items) => items.iter().collect(),
                _ => vec![n],
            };
            for item in items {
                // A reform's abolished level gets its own explanation.
                match item
                    .as_str()
                    .map(str::trim)
                    .and_then(crate::content::reform::abolished_level)
                {
                    Some(r) => sink.error(
                        item,
                        format!(
                            "`cap_thuc_hien: {}` is no longer valid: {} was abolished on {} ({})",
                            r.key, r.name, r.since, r.basis
                        ),
                        format!(
                            "post the procedure at the level that now handles it: {}",
                            r.instead
                        ),
                    ),
                    None => levels.extend(keyword::<Level>(sink, item)),
                }
            }
            levels.sort();
            levels.dedup();
            levels
        })
        .filter(|levels| !levels.is_empty());

    let trang_thai = match m.get("trang_thai") {
        None => Some(Status::HieuLuc),
        Some(n) => keyword::<Status>(sink, n),
    };
    let thay_the_boi = m
        .get("thay_the_boi")
        .filter(|n| n.value != Value::Null)
        .and_then(|n| {
            spans.thay_the_boi = pos(n);
            fields::nonempty_string(sink, n, "thay_the_boi")
        });
    Identity {
        ten,
        linh_vuc,
        cap,
        trang_thai,
        thay_the_boi,
    }
}

/// Đối tượng and the agencies.
struct Who {
    doi_tuong: Option<Vec<String>>,
    co_quan_thuc_hien: Option<String>,
    co_quan_co_tham_quyen: Option<String>,
    co_quan_phoi_hop: Vec<String>,
}

fn who(
    sink: &mut Sink,
    m: &mut Map,
    o: &str,
    node: &Node,
    default_agency: Option<&str>,
    spans: &mut Spans,
) -> Who {
    let doi_tuong = texts(
        sink,
        m,
        o,
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
    Who {
        doi_tuong,
        co_quan_thuc_hien,
        co_quan_co_tham_quyen,
        co_quan_phoi_hop,
    }
}

/// Trình tự, cách thức, thời hạn.
struct How {
    trinh_tu: Option<Vec<String>>,
    cach_thuc: Option<Vec<Method>>,
    thoi_han: Option<Vec<TimeLimit>>,
    thoi_han_luat_dinh: Option<TimeLimit>,
}

fn how(sink: &mut Sink, m: &mut Map, o: &str) -> How {
    let trinh_tu = texts(
        sink,
        m,
        o,
        TRINH_TU,
        "list the steps in order, one `- \"Bước 1: …\"` per line",
    )
    .and_then(|steps| {
        // "Bước 1: " with nothing after it is the skeleton's blank.
        let blank = steps.iter().any(|st| blank_step(st));
        if blank {
            if let Some(n) = m.get(TRINH_TU.key) {
                sink.error(
                    n,
                    format!("thiếu {} ({}): a step of {o} says nothing", TRINH_TU.name, TRINH_TU.key),
                    "write what the citizen or the agency does in each step, e.g. `- \"Bước 1: Nộp hồ sơ tại Bộ phận Một cửa.\"`",
                );
            }
            return None;
        }
        Some(steps)
    });
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
    How {
        trinh_tu,
        cach_thuc,
        thoi_han,
        thoi_han_luat_dinh,
    }
}

/// Thành phần, số lượng hồ sơ and kết quả.
struct Dossier {
    thanh_phan_ho_so: Option<Vec<DossierCase>>,
    so_luong_ho_so: Option<String>,
    ket_qua: Option<Vec<String>>,
}

fn dossier(sink: &mut Sink, m: &mut Map, o: &str, spans: &mut Spans) -> Dossier {
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
        m,
        o,
        KET_QUA,
        "list what the citizen receives, e.g. `ket_qua: [\"Giấy khai sinh\"]`",
    );
    Dossier {
        thanh_phan_ho_so,
        so_luong_ho_so,
        ket_qua,
    }
}

/// Phí, lệ phí; mẫu đơn; yêu cầu, điều kiện (each a list or `khong`).
struct Terms {
    phi_le_phi: Option<Option<Vec<Fee>>>,
    mau_don: Option<Option<Vec<Form>>>,
    yeu_cau_dieu_kien: Option<Option<Vec<String>>>,
}

/// What the catalog says of a list-or-`khong` element (phí, mẫu đơn,
/// điều kiện), for its messages.
struct ListElement {
    e: Element,
    /// "no fee": what `khong` means here.
    absent: &'static str,
    /// How to write it when it is missing.
    help: &'static str,
    /// How to write the list.
    list_hint: &'static str,
}

/// An element that is a list or the word `khong`: `Some(None)` is
/// `khong`, `None` a problem (reported). An empty list is refused for every
/// such element: on a legal posting it would read as "không" without the
/// catalog saying so.
fn list_or_khong<T>(
    sink: &mut Sink,
    m: &mut Map,
    o: &str,
    el: &ListElement,
    read: impl FnOnce(&mut Sink, &Node) -> Vec<T>,
) -> Option<Option<Vec<T>>> {
    let n = m.req(sink, el.e, o, el.help)?;
    if fields::is_none_word(n) {
        return Some(None);
    }
    if matches!(&n.value, Value::Seq(items) if items.is_empty()) {
        sink.error(
            n,
            format!(
                "`{key}: []` states nothing: write `{key}: khong` if {o} has {absent}",
                key = el.e.key,
                absent = el.absent
            ),
            format!("write `khong` for {}, or {}", el.absent, el.list_hint),
        );
        return None;
    }
    Some(Some(read(sink, n)))
}

fn terms(sink: &mut Sink, m: &mut Map, o: &str) -> Terms {
    let fees = ListElement {
        e: PHI,
        absent: "no fee",
        help: "list the fees, or write `phi_le_phi: khong` when there is none",
        list_hint: "list the fees `- { loai: le_phi, muc: 8000 }`",
    };
    let phi_le_phi = list_or_khong(sink, m, o, &fees, |sink, n| {
        let help = "write a list of `{ loai: le_phi, muc: 8000 }` items, or `khong`";
        let items = fields::list(sink, n, PHI.key, help);
        items.iter().filter_map(|f| read_fee(sink, f)).collect()
    });
    let forms = ListElement {
        e: MAU_DON,
        absent: "no form",
        help: "list the forms `- { ten: \"…\", tep: \"tep/mau/…\" }`, or write `mau_don: khong`",
        list_hint: "list the forms `- { ten: \"…\", tep: \"tep/mau/…\" }`",
    };
    let mau_don = list_or_khong(sink, m, o, &forms, |sink, n| {
        let help = "write a list of `{ ten: …, tep: … }` items, or `khong`";
        let items = fields::list(sink, n, MAU_DON.key, help);
        items.iter().filter_map(|f| read_form(sink, f)).collect()
    });
    let conditions = ListElement {
        e: DIEU_KIEN,
        absent: "no condition",
        help: "list the conditions, or write `yeu_cau_dieu_kien: khong`",
        list_hint: "list the conditions `- \"…\"`",
    };
    let yeu_cau_dieu_kien = list_or_khong(sink, m, o, &conditions, |sink, n| {
        fields::strings(sink, n, DIEU_KIEN.key)
    });
    Terms {
        phi_le_phi,
        mau_don,
        yeu_cau_dieu_kien,
    }
}

/// Căn cứ pháp lý, online service and the one-stop flags.
struct Service {
    can_cu_phap_ly: Option<Vec<LegalBasis>>,
    online: Option<Online>,
    ly_do_mot_phan: Option<String>,
    muc_do: Option<u8>,
    mot_cua: Option<bool>,
    lien_thong: Option<bool>,
    tu_khoa: Vec<String>,
}

fn service(sink: &mut Sink, m: &mut Map, o: &str, spans: &mut Spans) -> Service {
    let can_cu_phap_ly = m.req(sink, CAN_CU, o, "add at least one legal document: `- { so_ky_hieu: \"60/2014/QH13\", trich_yeu: \"Luật Hộ tịch\" }`").and_then(|n| {
        let before = sink.diags.len();
        let v: Vec<LegalBasis> = fields::list(sink, n, "can_cu_phap_ly", "write one `- so_ky_hieu: …` item per document").iter().filter_map(|b| read_basis(sink, b)).collect();
        // One message per blank: a broken item was reported already.
        if v.is_empty() && sink.diags.len() > before {
            return None;
        }
        if v.is_empty() {
            sink.error(n, format!("thiếu {} ({}): {o} cites no legal document", CAN_CU.name, CAN_CU.key), "add at least one `- so_ky_hieu: …`");
            return None;
        }
        Some(v)
    });
    let online = m
        .req(sink, DVC, o, "write toan_trinh, mot_phan or khong")
        .and_then(|n| {
            spans.dich_vu_cong_truc_tuyen = pos(n);
            // "không" with its marks is the same word.
            if fields::is_none_word(n) {
                Some(Online::Khong)
            } else {
                keyword::<Online>(sink, n)
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
    Service {
        can_cu_phap_ly,
        online,
        ly_do_mot_phan,
        muc_do,
        mot_cua,
        lien_thong,
        tu_khoa,
    }
}

/// "Bước 1: " or "2:" with nothing after it.
fn blank_step(step: &str) -> bool {
    let t = step.trim();
    let rest = match t.split_once(':') {
        Some((head, rest))
            if head.to_lowercase().starts_with("bước")
                || head.chars().all(|c| c.is_ascii_digit() || c == ' ') =>
        {
            rest
        }
        _ => t,
    };
    rest.trim().is_empty()
}

/// A procedure, or what could be read of it when an element is missing or
/// wrong (`None` when it is not even a mapping).
pub(super) fn read_procedure(
    sink: &mut Sink,
    node: &Node,
    default_agency: Option<&str>,
) -> Option<Result<Procedure, Partial>> {
    let mut map = sink.map(node, "a procedure")?;
    let m = &mut map;
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
    let mut spans = Spans {
        item: pos(node),
        ma: ma_node.map_or(pos(node), pos),
        ..Spans::default()
    };
    let Identity {
        ten,
        linh_vuc,
        cap,
        trang_thai,
        thay_the_boi,
    } = identity(sink, m, o, &mut spans);
    let Who {
        doi_tuong,
        co_quan_thuc_hien,
        co_quan_co_tham_quyen,
        co_quan_phoi_hop,
    } = who(sink, m, o, node, default_agency, &mut spans);
    let How {
        trinh_tu,
        cach_thuc,
        thoi_han,
        thoi_han_luat_dinh,
    } = how(sink, m, o);
    let Dossier {
        thanh_phan_ho_so,
        so_luong_ho_so,
        ket_qua,
    } = dossier(sink, m, o, &mut spans);
    let Terms {
        phi_le_phi,
        mau_don,
        yeu_cau_dieu_kien,
    } = terms(sink, m, o);
    let Service {
        can_cu_phap_ly,
        online,
        ly_do_mot_phan,
        muc_do,
        mot_cua,
        lien_thong,
        tu_khoa,
    } = service(sink, m, o, &mut spans);
    let posting = read_posting(sink, m, &mut spans);
    if trang_thai == Some(Status::SuaDoi) && posting.noi_dung_sua_doi.is_none() {
        sink.warning(
            node,
            format!("{o} is amended (trang_thai: sua_doi) but `noi_dung_sua_doi` does not say what changed"),
            "add e.g. `noi_dung_sua_doi: \"Sửa đổi thành phần hồ sơ và thời hạn giải quyết\"`",
        );
    }
    map.finish(sink, &owner);
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
