//! The parts of a procedure that are mappings of their own: channels,
//! durations, dossier cases and documents, fees, forms, legal documents and
//! the optional posting keys.

use super::model::*;
use super::values::{date, keyword, opt_text, pos};
use crate::content::fields::{self, Map, Sink, el};
use crate::content::yaml::{Node, Value};
use crate::msg::catalog::{content as mc, procedures as m};
use crate::t;

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
pub(super) fn read_posting(sink: &mut Sink, m: &mut Map, spans: &mut Spans) -> Posting {
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
                    t!(m::DVC_URL_NOT_ABSOLUTE, url = url),
                    t!(m::DVC_URL_NOT_ABSOLUTE_HELP),
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

pub(super) fn read_content_decision(sink: &mut Sink, node: &Node) -> Option<ContentDecision> {
    let what = t!(m::CONTENT_DECISION_KEY);
    let mut m = sink.map(node, &what)?;
    let so = m
        .req(
            sink,
            el("so", "Số, ký hiệu"),
            &what,
            &t!(m::CONTENT_DECISION_SO_HELP),
        )
        .and_then(|n| fields::nonempty_string(sink, n, "so"));
    let ngay = m
        .get("ngay")
        .filter(|n| n.value != Value::Null)
        .and_then(|n| date(sink, n, "ngay"));
    let co_quan_ban_hanh = opt_text(sink, &mut m, "co_quan_ban_hanh");
    let trich_yeu = opt_text(sink, &mut m, "trich_yeu");
    m.finish(sink, &what);
    Some(ContentDecision {
        so: so?,
        ngay,
        co_quan_ban_hanh,
        trich_yeu,
    })
}

pub(super) fn read_method(sink: &mut Sink, node: &Node) -> Option<Method> {
    let what = t!(m::A_METHOD);
    let mut m = sink.map(node, &what)?;
    let hinh_thuc = m
        .req(
            sink,
            el("hinh_thuc", "Hình thức nộp"),
            &t!(m::THIS_METHOD),
            &t!(m::HINH_THUC_HELP),
        )
        .and_then(|n| keyword::<Channel>(sink, n));
    let truong_hop = opt_text(sink, &mut m, "truong_hop");
    let thoi_han = m
        .get("thoi_han")
        .filter(|n| n.value != Value::Null)
        .and_then(|n| read_time(sink, n, "thoi_han"));
    let phi_le_phi = opt_text(sink, &mut m, "phi_le_phi");
    let mo_ta = opt_text(sink, &mut m, "mo_ta");
    m.finish(sink, &what);
    Some(Method {
        hinh_thuc: hinh_thuc?,
        truong_hop,
        thoi_han,
        phi_le_phi,
        mo_ta,
    })
}

pub(super) fn read_time(sink: &mut Sink, node: &Node, key: &str) -> Option<TimeLimit> {
    if let Value::Scalar(s, _) = &node.value {
        let s = s.trim();
        if s.is_empty() {
            sink.error(node, t!(mc::EMPTY, key = key), t!(m::TIME_EMPTY_HELP));
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
    let what = t!(m::TIME_KEY, key = key);
    let mut m = sink.map(node, &what)?;
    let owner = t!(m::TIME_KEY_OWNER, key = key);
    let so = m
        .req(sink, el("so", "Số lượng"), &owner, &t!(m::TIME_SO_HELP))
        .and_then(|n| {
            let so = fields::number(sink, n, "so")?;
            // Zero (the skeleton's blank) or less is no time limit at all.
            if so <= 0.0 {
                sink.error(
                    n,
                    t!(m::NOT_A_DURATION, so = so, owner = owner),
                    t!(m::NOT_A_DURATION_HELP),
                );
                return None;
            }
            Some(so)
        });
    let don_vi = m
        .req(sink, el("don_vi", "Đơn vị"), &owner, &t!(m::DON_VI_HELP))
        .and_then(|n| keyword::<TimeUnit>(sink, n));
    let ghi_chu = opt_text(sink, &mut m, "ghi_chu");
    let truong_hop = opt_text(sink, &mut m, "truong_hop");
    m.finish(sink, &what);
    Some(TimeLimit {
        so: Some(so?),
        don_vi: Some(don_vi?),
        ghi_chu,
        truong_hop,
        van_ban: None,
    })
}

pub(super) fn count(sink: &mut Sink, m: &mut Map, key: &'static str) -> Option<u32> {
    m.get(key)
        .filter(|n| n.value != Value::Null)
        .and_then(|n| match fields::number(sink, n, key) {
            Some(x) if x.fract() == 0.0 && x < 1000.0 => Some(x as u32),
            Some(_) => {
                sink.error(n, t!(m::NOT_A_COUNT, key = key), t!(m::NOT_A_COUNT_HELP));
                None
            }
            None => None,
        })
}

pub(super) fn read_case(sink: &mut Sink, node: &Node) -> Option<DossierCase> {
    let what = t!(m::A_CASE);
    let mut m = sink.map(node, &what)?;
    let truong_hop = opt_text(sink, &mut m, "truong_hop");
    let docs = m
        .req(
            sink,
            el("giay_to", "Giấy tờ"),
            &t!(m::THIS_CASE),
            &t!(m::GIAY_TO_HELP),
        )
        .map(|n| {
            fields::list(sink, n, "giay_to", &t!(m::GIAY_TO_LIST_HELP))
                .iter()
                .filter_map(|d| read_document(sink, d))
                .collect::<Vec<_>>()
        });
    m.finish(sink, &what);
    Some(DossierCase {
        truong_hop,
        giay_to: docs?,
    })
}

pub(super) fn read_document(sink: &mut Sink, node: &Node) -> Option<Document> {
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
    let what = t!(m::A_DOCUMENT);
    let mut m = sink.map(node, &what)?;
    let ten = m
        .req(
            sink,
            el("ten", "Tên giấy tờ"),
            &t!(m::THIS_DOCUMENT),
            &t!(m::DOCUMENT_TEN_HELP),
        )
        .and_then(|n| fields::nonempty_string(sink, n, "ten"));
    let ban_chinh = count(sink, &mut m, "ban_chinh");
    let ban_sao = count(sink, &mut m, "ban_sao");
    let ghi_chu = opt_text(sink, &mut m, "ghi_chu");
    let at = m.get("mau").map_or(pos(node), pos);
    let mau = opt_text(sink, &mut m, "mau");
    m.finish(sink, &what);
    Some(Document {
        ten: ten?,
        ban_chinh,
        ban_sao,
        ghi_chu,
        mau,
        pos: at,
    })
}

pub(super) fn read_fee(sink: &mut Sink, node: &Node) -> Option<Fee> {
    let what = t!(m::A_FEE);
    let mut m = sink.map(node, &what)?;
    let loai = m
        .req(
            sink,
            el("loai", "Loại phí"),
            &t!(m::THIS_FEE),
            &t!(m::LOAI_HELP),
        )
        .and_then(|n| keyword::<FeeKind>(sink, n));
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
            t!(
                m::MUC_DECIMAL,
                written = n.as_str().unwrap_or(""),
                meant = meant
            ),
            t!(m::MUC_DECIMAL_HELP, meant = meant),
        );
    }
    let mo_ta = opt_text(sink, &mut m, "mo_ta");
    if muc.is_none() && mo_ta.is_none() {
        sink.error(
            node,
            t!(m::FEE_WITHOUT_AMOUNT),
            t!(m::FEE_WITHOUT_AMOUNT_HELP),
        );
    }
    m.finish(sink, &what);
    Some(Fee {
        loai: loai?,
        muc,
        mo_ta,
    })
}

pub(super) fn read_form(sink: &mut Sink, node: &Node) -> Option<Form> {
    if let Value::Scalar(..) = node.value {
        let ten = fields::nonempty_string(sink, node, "mau_don")?;
        return Some(Form {
            ten,
            tep: None,
            pos: pos(node),
        });
    }
    let what = t!(m::A_FORM);
    let mut m = sink.map(node, &what)?;
    let ten = m
        .req(
            sink,
            el("ten", "Tên mẫu đơn"),
            &t!(m::THIS_FORM),
            &t!(m::FORM_TEN_HELP),
        )
        .and_then(|n| fields::nonempty_string(sink, n, "ten"));
    let at = m.get("tep").map_or(pos(node), pos);
    let tep = opt_text(sink, &mut m, "tep");
    m.finish(sink, &what);
    if tep.is_none() {
        sink.warning(
            node,
            t!(
                m::FORM_WITHOUT_FILE,
                name = format!("{:?}", ten.as_deref().unwrap_or(""))
            ),
            t!(m::FORM_WITHOUT_FILE_HELP),
        );
    }
    Some(Form {
        ten: ten?,
        tep,
        pos: at,
    })
}

pub(super) fn read_basis(sink: &mut Sink, node: &Node) -> Option<LegalBasis> {
    if let Value::Scalar(..) = node.value {
        let so_ky_hieu = fields::nonempty_string(sink, node, "can_cu_phap_ly")?;
        return Some(LegalBasis {
            so_ky_hieu,
            trich_yeu: None,
            ngay_ban_hanh: None,
            co_quan_ban_hanh: None,
        });
    }
    let what = t!(m::A_LEGAL_BASIS);
    let mut m = sink.map(node, &what)?;
    let so = m
        .req(
            sink,
            el("so_ky_hieu", "Số, ký hiệu văn bản"),
            &t!(m::THIS_LEGAL_DOCUMENT),
            &t!(m::SO_KY_HIEU_HELP),
        )
        .and_then(|n| fields::nonempty_string(sink, n, "so_ky_hieu"));
    let trich_yeu = opt_text(sink, &mut m, "trich_yeu");
    let ngay_ban_hanh = m
        .get("ngay_ban_hanh")
        .filter(|n| n.value != Value::Null)
        .and_then(|n| date(sink, n, "ngay_ban_hanh"));
    let co_quan_ban_hanh = opt_text(sink, &mut m, "co_quan_ban_hanh");
    m.finish(sink, &what);
    Some(LegalBasis {
        so_ky_hieu: so?,
        trich_yeu,
        ngay_ban_hanh,
        co_quan_ban_hanh,
    })
}
