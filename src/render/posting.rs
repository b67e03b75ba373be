//! What a citizen at the desk needs besides the legal elements: where to
//! submit (with the address), from when the procedure applies, which
//! decisions announced and published it, whether it was amended and how,
//! and where to apply online. Shared by the procedure page and the boards.

use serde::Serialize;

use super::link::Link;
use crate::content::Site;
use crate::content::catalog::{Catalog, Online, Procedure, Status};
use crate::content::index::Taxonomy;
use crate::content::index::boards::places_of;
use crate::content::registry::{is_id, split_agencies};
use crate::text::date;
use crate::urls::Urls;

#[derive(Serialize, Clone)]
pub struct PlaceView {
    pub ten: String,
    pub dia_chi: Option<String>,
    pub dien_thoai: Option<String>,
    pub gio_lam_viec: Option<String>,
    /// The place's posting board, when it has one.
    pub board: Option<String>,
}

#[derive(Serialize, Clone)]
pub struct ContentDecisionView {
    pub so: String,
    pub ngay: Option<String>,
    pub co_quan_ban_hanh: Option<String>,
    pub trich_yeu: Option<String>,
}

#[derive(Serialize, Clone)]
pub struct PostingView {
    /// Địa điểm thực hiện: places of submission (registry or plain text).
    pub places: Vec<PlaceView>,
    /// The agencies of `co_quan_thuc_hien`, each linked to its list.
    pub agencies: Vec<Link>,
    /// The day the procedure applies from, "01/08/2025", when the catalog
    /// states it (its own `hieu_luc` or the decision's).
    pub hieu_luc: Option<String>,
    pub noi_dung_sua_doi: Option<String>,
    pub quyet_dinh_noi_dung: Option<ContentDecisionView>,
    /// Where to apply online, for toàn trình / một phần procedures.
    pub online_url: Option<String>,
    /// The status in words a citizen reads correctly.
    pub status_text: String,
}

impl PlaceView {
    /// A place written as text in the catalog, shown as written.
    fn text(ten: &str) -> PlaceView {
        PlaceView {
            ten: ten.to_owned(),
            dia_chi: None,
            dien_thoai: None,
            gio_lam_viec: None,
            board: None,
        }
    }
}

/// The registry's places that receive `p`, then the places its catalog
/// writes as text (an id-like value names a registry place; validation
/// refuses one that names none).
fn places(site: &Site, tax: &Taxonomy, urls: &Urls, p: &Procedure) -> Vec<PlaceView> {
    let board_of = |slug: &str| {
        tax.boards
            .iter()
            .any(|b| b.slug == slug)
            .then(|| urls.board(slug))
    };
    let mut out: Vec<PlaceView> = site.registry.as_ref().map_or_else(Vec::new, |reg| {
        places_of(reg, p)
            .into_iter()
            .map(|i| {
                let q = &reg.places[i];
                PlaceView {
                    ten: q.ten.clone(),
                    dia_chi: Some(q.dia_chi.clone()),
                    dien_thoai: q.dien_thoai.clone(),
                    gio_lam_viec: q.gio_lam_viec.clone(),
                    board: board_of(&q.id),
                }
            })
            .collect()
    });
    out.extend(
        p.posting
            .dia_diem_thuc_hien
            .iter()
            .filter(|t| !is_id(t))
            .map(|t| PlaceView::text(t)),
    );
    out
}

fn status_text(site: &Site, tax: &Taxonomy, cat: &Catalog, p: &Procedure) -> String {
    let d = &cat.decision;
    let by = format!(
        "Quyết định số {} ngày {} của {}",
        d.so,
        date::format_date(&d.ngay),
        d.co_quan_ban_hanh
    );
    match p.trang_thai {
        Status::HieuLuc => "Còn hiệu lực".to_owned(),
        Status::SuaDoi => format!("Còn hiệu lực — được sửa đổi, bổ sung theo {by}"),
        Status::BaiBo => format!("Hết hiệu lực — bãi bỏ theo {by}"),
        Status::ThayThe => {
            let new = p.thay_the_boi.as_deref().map(|ma| {
                let name = tax
                    .entry_of(ma)
                    .map(|e| site.catalogs[e.shown.0].procedures[e.shown.1].ten.clone())
                    .unwrap_or_default();
                format!("thủ tục {ma} {name}").trim_end().to_owned()
            });
            match new {
                Some(n) => format!("Hết hiệu lực — được thay thế bởi {n} theo {by}"),
                None => format!("Hết hiệu lực — được thay thế theo {by}"),
            }
        }
    }
}

pub fn posting_view(
    site: &Site,
    tax: &Taxonomy,
    urls: &Urls,
    cat: &Catalog,
    p: &Procedure,
) -> PostingView {
    let reg = site.registry.as_ref();
    let agencies = split_agencies(&p.co_quan_thuc_hien)
        .map(|part| {
            let name = reg
                .and_then(|r| r.find(part))
                .map_or(part.to_owned(), |a| a.ten.clone());
            let url = if tax.has_agency(&name) {
                urls.agency(&name)
            } else {
                String::new()
            };
            Link { name, url }
        })
        .collect();
    let online = matches!(
        p.dich_vu_cong_truc_tuyen,
        Online::ToanTrinh | Online::MotPhan
    );
    let online_url = online
        .then(|| {
            p.posting.dich_vu_cong_url.clone().or_else(|| {
                let dvc = site.config.dich_vu_cong.as_ref()?;
                dvc.procedure_url(&p.ma).or_else(|| Some(dvc.url.clone()))
            })
        })
        .flatten();
    PostingView {
        places: places(site, tax, urls, p),
        agencies,
        hieu_luc: cat.stated_effective(p).as_ref().map(date::format_date),
        // Templates end the sentence themselves.
        noi_dung_sua_doi: p
            .posting
            .noi_dung_sua_doi
            .as_ref()
            .map(|s| s.trim_end_matches(['.', ' ']).to_owned()),
        quyet_dinh_noi_dung: p
            .posting
            .quyet_dinh_noi_dung
            .as_ref()
            .map(|q| ContentDecisionView {
                so: q.so.clone(),
                ngay: q.ngay.as_ref().map(date::format_date),
                co_quan_ban_hanh: q.co_quan_ban_hanh.clone(),
                trich_yeu: q.trich_yeu.clone(),
            }),
        online_url,
        status_text: status_text(site, tax, cat, p),
    }
}
