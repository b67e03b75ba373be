//! The parts of a procedure that are mappings of their own: channels,
//! durations, dossier cases and documents, fees, forms, legal documents and
//! the optional posting keys.

use super::model::*;
use super::values::{date, keyword, opt_text, pos};
use crate::content::fields::{self, Map, Sink, el};
use crate::content::yaml::{Node, Value};

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

pub(super) fn read_content_decision(sink: &mut Sink, node: &Node) -> Option<ContentDecision> {
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

pub(super) fn read_method(sink: &mut Sink, node: &Node) -> Option<Method> {
    let mut m = sink.map(node, "a cach_thuc row")?;
    let hinh_thuc = m
        .req(
            sink,
            el("hinh_thuc", "Hình thức nộp"),
            "this cach_thuc row",
            "write truc_tiep, truc_tuyen or buu_chinh",
        )
        .and_then(|n| keyword::<Channel>(sink, n));
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

pub(super) fn read_time(sink: &mut Sink, node: &Node, key: &str) -> Option<TimeLimit> {
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
        .and_then(|n| {
            let so = fields::number(sink, n, "so")?;
            // Zero (the skeleton's blank) or less is no time limit at all.
            if so <= 0.0 {
                sink.error(
                    n,
                    format!("`so: {so}` in {owner} is not a duration"),
                    "write the number of days or hours the law sets, e.g. `so: 3`",
                );
                return None;
            }
            Some(so)
        });
    let don_vi = m
        .req(
            sink,
            el("don_vi", "Đơn vị"),
            &owner,
            "ngay_lam_viec, ngay, gio or thang",
        )
        .and_then(|n| keyword::<TimeUnit>(sink, n));
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

pub(super) fn count(sink: &mut Sink, m: &mut Map, key: &'static str) -> Option<u32> {
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

pub(super) fn read_case(sink: &mut Sink, node: &Node) -> Option<DossierCase> {
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

pub(super) fn read_fee(sink: &mut Sink, node: &Node) -> Option<Fee> {
    let mut m = sink.map(node, "a phi_le_phi item")?;
    let loai = m
        .req(
            sink,
            el("loai", "Loại phí"),
            "this fee",
            "le_phi, phi or gia",
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

pub(super) fn read_form(sink: &mut Sink, node: &Node) -> Option<Form> {
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
