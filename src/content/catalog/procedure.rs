//! One procedure of a catalog, read step by step in the legal order of
//! NĐ 63/2010 Điều 8; every step reports its own problems and the reading
//! goes on, so one run lists them all.

use super::parts::*;
use super::values::*;
use crate::content::catalog::model::*;
use crate::content::fields::{self, Element, Map, Sink};
use crate::content::yaml::{Node, Value};
use crate::msg::Msg;
use crate::msg::catalog::{content as mc, procedures as m};
use crate::t;

/// Tên, lĩnh vực, cấp thực hiện, trạng thái.
struct Identity {
    ten: Option<String>,
    linh_vuc: Option<String>,
    cap: Option<Vec<Level>>,
    trang_thai: Option<Status>,
    thay_the_boi: Option<String>,
}

fn identity(sink: &mut Sink, m: &mut Map, o: &str, spans: &mut Spans) -> Identity {
    let ten = text(sink, m, o, TEN, &t!(m::TEN_HELP));
    let linh_vuc = text(sink, m, o, LINH_VUC, &t!(m::LINH_VUC_HELP));
    let cap = m
        .req(sink, CAP, o, &t!(m::CAP_HELP))
        .map(|n| {
            spans.cap_thuc_hien = pos(n);
            let before = sink.diags.len();
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
                    Some(r) => crate::content::reform::report(
                        sink,
                        item,
                        CAP.key,
                        r,
                        m::LEVEL_ABOLISHED_HELP,
                    ),
                    None => levels.extend(keyword::<Level>(sink, item)),
                }
            }
            levels.sort();
            levels.dedup();
            // `[]` names no level; one message per blank (a wrong word
            // was reported already).
            if levels.is_empty() && sink.diags.len() == before {
                sink.error(
                    n,
                    t!(m::EMPTY_LIST, element = CAP.name, key = CAP.key, owner = o),
                    t!(m::CAP_HELP),
                );
            }
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
    let doi_tuong = texts(sink, m, o, DOI_TUONG, &t!(m::DOI_TUONG_HELP));
    let co_quan_thuc_hien = match m.get(CO_QUAN.key).filter(|n| n.value != Value::Null) {
        Some(n) => {
            spans.co_quan_thuc_hien = pos(n);
            fields::nonempty_string(sink, n, CO_QUAN.key)
        }
        None => match default_agency {
            Some(a) => Some(a.to_owned()),
            None => {
                sink.error(
                    node,
                    t!(
                        mc::MISSING,
                        element = CO_QUAN.name,
                        key = CO_QUAN.key,
                        owner = o
                    ),
                    t!(m::CO_QUAN_HELP),
                );
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
    let trinh_tu = texts(sink, m, o, TRINH_TU, &t!(m::TRINH_TU_HELP)).and_then(|steps| {
        // "Bước 1: " with nothing after it is the skeleton's blank.
        let blank = steps.iter().any(|st| blank_step(st));
        if blank {
            if let Some(n) = m.get(TRINH_TU.key) {
                sink.error(
                    n,
                    t!(
                        m::BLANK_STEP,
                        element = TRINH_TU.name,
                        key = TRINH_TU.key,
                        owner = o
                    ),
                    t!(m::BLANK_STEP_HELP),
                );
            }
            return None;
        }
        Some(steps)
    });
    let cach_thuc = m
        .req(sink, CACH_THUC, o, &t!(m::CACH_THUC_HELP))
        .and_then(|n| {
            let before = sink.diags.len();
            let rows: Vec<Method> = fields::list(sink, n, "cach_thuc", &t!(m::CACH_THUC_LIST_HELP))
                .iter()
                .filter_map(|r| read_method(sink, r))
                .collect();
            // One message per blank: a row's own problem was reported.
            if rows.is_empty() && sink.diags.len() == before {
                sink.error(
                    n,
                    t!(
                        m::NO_CHANNEL,
                        element = CACH_THUC.name,
                        key = CACH_THUC.key,
                        owner = o
                    ),
                    t!(m::NO_CHANNEL_HELP),
                );
                return None;
            }
            Some(rows)
        });
    let thoi_han = m
        .req(sink, THOI_HAN, o, &t!(m::THOI_HAN_HELP))
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
    let thanh_phan_ho_so = m.req(sink, HO_SO, o, &t!(m::HO_SO_HELP)).and_then(|n| {
        spans.thanh_phan_ho_so = pos(n);
        let cases: Vec<DossierCase> =
            fields::list(sink, n, "thanh_phan_ho_so", &t!(m::HO_SO_LIST_HELP))
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
                t!(
                    m::UNCOUNTED,
                    uncounted = uncounted,
                    total = docs.len(),
                    owner = o
                ),
                t!(m::UNCOUNTED_HELP),
            );
        }
    }
    let so_luong_ho_so = m
        .get("so_luong_ho_so")
        .filter(|n| n.value != Value::Null)
        .and_then(|n| fields::nonempty_string(sink, n, "so_luong_ho_so"));
    let ket_qua = texts(sink, m, o, KET_QUA, &t!(m::KET_QUA_HELP));
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
    absent: Msg,
    /// How to write it when it is missing.
    help: Msg,
    /// How to write the list.
    list_hint: Msg,
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
    let n = m.req(sink, el.e, o, &t!(el.help))?;
    if fields::is_none_word(n) {
        return Some(None);
    }
    if matches!(&n.value, Value::Seq(items) if items.is_empty()) {
        sink.error(
            n,
            t!(
                m::EMPTY_LIST_STATES_NOTHING,
                key = el.e.key,
                owner = o,
                absent = el.absent.text()
            ),
            t!(
                m::EMPTY_LIST_STATES_NOTHING_HELP,
                absent = el.absent.text(),
                list_hint = el.list_hint.text()
            ),
        );
        return None;
    }
    Some(Some(read(sink, n)))
}

fn terms(sink: &mut Sink, m: &mut Map, o: &str) -> Terms {
    let fees = ListElement {
        e: PHI,
        absent: m::NO_FEE,
        help: m::FEES_HELP,
        list_hint: m::FEES_HINT,
    };
    let phi_le_phi = list_or_khong(sink, m, o, &fees, |sink, n| {
        let items = fields::list(sink, n, PHI.key, &t!(m::FEES_LIST_HELP));
        items.iter().filter_map(|f| read_fee(sink, f)).collect()
    });
    let forms = ListElement {
        e: MAU_DON,
        absent: m::NO_FORM,
        help: m::FORMS_HELP,
        list_hint: m::FORMS_HINT,
    };
    let mau_don = list_or_khong(sink, m, o, &forms, |sink, n| {
        let items = fields::list(sink, n, MAU_DON.key, &t!(m::FORMS_LIST_HELP));
        items.iter().filter_map(|f| read_form(sink, f)).collect()
    });
    let conditions = ListElement {
        e: DIEU_KIEN,
        absent: m::NO_CONDITION,
        help: m::CONDITIONS_HELP,
        list_hint: m::CONDITIONS_HINT,
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
    let can_cu_phap_ly = m.req(sink, CAN_CU, o, &t!(m::CAN_CU_HELP)).and_then(|n| {
        let before = sink.diags.len();
        let v: Vec<LegalBasis> = fields::list(sink, n, "can_cu_phap_ly", &t!(m::CAN_CU_LIST_HELP))
            .iter()
            .filter_map(|b| read_basis(sink, b))
            .collect();
        // One message per blank: a broken item was reported already.
        if v.is_empty() && sink.diags.len() > before {
            return None;
        }
        if v.is_empty() {
            sink.error(
                n,
                t!(
                    m::NO_LEGAL_DOCUMENT,
                    element = CAN_CU.name,
                    key = CAN_CU.key,
                    owner = o
                ),
                t!(m::NO_LEGAL_DOCUMENT_HELP),
            );
            return None;
        }
        Some(v)
    });
    let online = m.req(sink, DVC, o, &t!(m::DVC_HELP)).and_then(|n| {
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
                sink.error(n, t!(m::MUC_DO_RANGE), t!(m::MUC_DO_RANGE_HELP));
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
    let mut map = sink.map(node, &t!(m::A_PROCEDURE))?;
    let m = &mut map;
    let ma_node = m.get(MA.key);
    let ma = ma_node.and_then(|n| fields::nonempty_string(sink, n, "ma"));
    let owner = match &ma {
        Some(ma) => t!(m::PROCEDURE, ma = ma),
        None => {
            m.req(sink, MA, &t!(m::A_PROCEDURE), &t!(m::MA_HELP));
            t!(m::THIS_PROCEDURE)
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
            t!(m::AMENDED_WITHOUT_CHANGES, owner = o),
            t!(m::AMENDED_WITHOUT_CHANGES_HELP),
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
