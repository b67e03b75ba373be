//! Small serialisable views handed to templates. Rust formats values the
//! Vietnamese way (dates, numbers, labels); templates own the markup.

use serde::Serialize;

use crate::content::catalog::{Level, Procedure, Status, TimeLimit};
use crate::content::index::{Entry, Taxonomy};
use crate::content::{Article, Site};
use crate::text::{date, number};
use crate::urls::Urls;

pub use super::link::{Counted, Link};

/// Page metadata every template gets as `page`.
#[derive(Serialize, Default)]
pub struct PageMeta {
    pub title: String,
    pub url: String,
    pub permalink: String,
    pub description: String,
    /// Dublin Core type: "Text", "Service", "Collection".
    pub dc_type: &'static str,
    pub dc_subject: Option<String>,
    pub date_iso: Option<String>,
    pub modified_iso: Option<String>,
    pub json_ld: Option<String>,
    pub breadcrumbs: Vec<Link>,
    pub noindex: bool,
    /// Absolute address of the page's picture, for link previews.
    pub image: Option<String>,
    /// Open Graph type: "website", or "article" for news.
    pub og_type: &'static str,
}

#[derive(Serialize)]
pub struct ArticleCard {
    pub title: String,
    pub url: String,
    pub date_display: String,
    pub date_short: String,
    pub date_iso: String,
    pub summary: String,
    pub category: Option<Link>,
    pub image: Option<String>,
    pub image_alt: Option<String>,
    /// Read from the file.
    pub image_size: Option<Size>,
}

#[derive(Serialize)]
pub struct ArticleView {
    pub title: String,
    pub url: String,
    pub date_display: Option<String>,
    pub date_iso: Option<String>,
    pub updated_display: Option<String>,
    pub updated_iso: Option<String>,
    pub author: Option<String>,
    pub source: Option<String>,
    pub category: Option<Link>,
    pub tags: Vec<Link>,
    pub summary: String,
    /// The summary written in front matter, shown as a lead; an automatic
    /// summary is the first paragraph and would repeat it.
    pub lead: Option<String>,
    pub image: Option<String>,
    pub image_alt: Option<String>,
    /// Read from the file.
    pub image_size: Option<Size>,
    pub content: String,
}

/// Escapes text for a `<script type="application/ld+json">` block.
pub fn json_ld(value: &serde_json::Value) -> String {
    // JSON allows \u escapes: no `<`, `>` or `&` can then open or close a tag.
    serde_json::to_string(value)
        .unwrap_or_default()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// The article's image URL: a path under `content/`, else a file of its bundle.
pub fn image_url(site: &Site, urls: &Urls, a: &Article) -> Option<String> {
    let image = a.image.as_deref()?;
    if image.starts_with("http://") || image.starts_with("https://") {
        return Some(image.to_owned());
    }
    let image = image.trim_start_matches('/');
    if let Some((_, true)) = site.lead_image_file(a) {
        return Some(format!("{}{}", urls.article(&a.slug), image));
    }
    Some(format!("{}/{}", urls.base_path, image))
}

/// Width and height of the article's own image file, when it has one
/// whose header gives them.
fn image_size(site: &Site, a: &Article) -> Option<Size> {
    let (file, _) = site.lead_image_file(a)?;
    let (width, height) = crate::content::image_size(&file)?;
    Some(Size { width, height })
}

#[derive(Serialize, Clone, Copy, Debug)]
pub struct Size {
    pub width: u32,
    pub height: u32,
}

pub fn article_card(site: &Site, urls: &Urls, a: &Article, summary: &str) -> ArticleCard {
    let d = a.date.expect("news articles have a date");
    ArticleCard {
        title: a.title.clone(),
        url: urls.article(&a.slug),
        date_display: if a.date_only {
            date::format_day(&d)
        } else {
            date::format_datetime(&d)
        },
        date_short: date::format_date(&d.date_naive()),
        date_iso: d.to_rfc3339(),
        summary: summary.to_owned(),
        category: a.category.as_ref().map(|c| Link {
            name: c.clone(),
            url: urls.category(c),
        }),
        image: image_url(site, urls, a),
        image_alt: a.image_alt.clone(),
        image_size: image_size(site, a),
    }
}

pub fn article_view(
    site: &Site,
    urls: &Urls,
    a: &Article,
    summary: &str,
    html: &str,
    page: bool,
) -> ArticleView {
    ArticleView {
        title: a.title.clone(),
        url: if page {
            urls.page(&a.slug)
        } else {
            urls.article(&a.slug)
        },
        date_display: a.date.as_ref().map(|d| {
            if a.date_only {
                date::format_day(d)
            } else {
                date::format_datetime(d)
            }
        }),
        date_iso: a.date.as_ref().map(|d| d.to_rfc3339()),
        updated_display: a.updated.as_ref().map(date::format_datetime),
        updated_iso: a.updated.as_ref().map(|d| d.to_rfc3339()),
        author: a.author.clone(),
        source: a.source.clone(),
        category: a.category.as_ref().map(|c| Link {
            name: c.clone(),
            url: urls.category(c),
        }),
        tags: a
            .tags
            .iter()
            .map(|t| Link {
                name: t.clone(),
                url: urls.tag(t),
            })
            .collect(),
        summary: summary.to_owned(),
        lead: a.summary.clone(),
        image: image_url(site, urls, a),
        image_alt: a.image_alt.clone(),
        image_size: image_size(site, a),
        content: html.to_owned(),
    }
}

// Procedure labels, as the law and the national portal word them.

/// "03 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ" with its case first.
pub fn time_text(t: &TimeLimit) -> String {
    let mut s = String::new();
    if let Some(case) = &t.truong_hop {
        s.push_str(case);
        s.push_str(": ");
    }
    match (&t.van_ban, t.so, t.don_vi) {
        (Some(text), _, _) => s.push_str(text),
        (None, Some(n), Some(u)) => {
            s.push_str(&number::format_decimal(n, 2));
            s.push(' ');
            s.push_str(u.name());
        }
        _ => {}
    }
    if let Some(note) = &t.ghi_chu {
        // "3 ngày làm việc kể từ …" reads on; a capitalised note is a sentence.
        let sentence = note.chars().next().is_some_and(char::is_uppercase);
        s.push_str(if sentence { ". " } else { " " });
        s.push_str(note);
    }
    s
}

#[derive(Serialize)]
pub struct ProcedureCard {
    pub ma: String,
    pub ten: String,
    pub url: String,
    pub linh_vuc: String,
    pub co_quan: String,
    pub cap: Vec<&'static str>,
    pub online: &'static str,
    pub status: &'static str,
    pub current: bool,
}

pub fn procedure_card(urls: &Urls, p: &Procedure) -> ProcedureCard {
    ProcedureCard {
        ma: p.ma.clone(),
        ten: p.ten.clone(),
        url: urls.procedure(&p.ma),
        linh_vuc: p.linh_vuc.clone(),
        co_quan: p.co_quan_thuc_hien.clone(),
        cap: p.cap_thuc_hien.iter().map(|l| l.name()).collect(),
        online: p.dich_vu_cong_truc_tuyen.label(),
        status: p.trang_thai.label(),
        current: p.trang_thai.is_current(),
    }
}

#[derive(Serialize)]
pub struct MethodView {
    pub kenh: &'static str,
    pub truong_hop: Option<String>,
    pub thoi_han: Option<String>,
    pub phi_le_phi: Option<Vec<super::prose::Block>>,
    pub mo_ta: Option<Vec<super::prose::Block>>,
}

#[derive(Serialize)]
pub struct DocumentView {
    pub ten: String,
    pub ban_chinh: Option<u32>,
    pub ban_sao: Option<u32>,
    pub ghi_chu: Option<String>,
    pub mau: Option<Link>,
}

#[derive(Serialize)]
pub struct CaseView {
    pub truong_hop: Option<String>,
    pub giay_to: Vec<DocumentView>,
}

#[derive(Serialize)]
pub struct BasisView {
    pub so_ky_hieu: String,
    pub trich_yeu: Option<String>,
    pub ngay_ban_hanh: Option<String>,
    pub co_quan_ban_hanh: Option<String>,
}

#[derive(Serialize)]
pub struct DecisionLink {
    pub so: String,
    pub ngay: String,
    pub co_quan_ban_hanh: String,
    pub hieu_luc: Option<String>,
    pub trich_yeu: Option<String>,
    /// The signed decision's file, when the catalog links it.
    pub tep: Option<String>,
    pub url: String,
    pub status: &'static str,
}

/// Every element of one procedure, display-ready, in legal order.
#[derive(Serialize)]
pub struct ProcedureView {
    pub ma: String,
    pub ten: String,
    pub url: String,
    pub permalink: String,
    pub linh_vuc: Link,
    pub cap_thuc_hien: Vec<Link>,
    pub trang_thai: Status,
    pub status: &'static str,
    pub current: bool,
    pub thay_the_boi: Option<Link>,
    pub thay_the_cho: Vec<Link>,
    pub quyet_dinh: DecisionLink,
    pub lich_su: Vec<DecisionLink>,
    pub trinh_tu: Vec<super::prose::Step>,
    /// Every step writes its own "Bước N": the list shows no number of
    /// its own ("1. Bước 1:" reads twice).
    pub steps_labelled: bool,
    pub cach_thuc: Vec<MethodView>,
    pub thanh_phan_ho_so: Vec<CaseView>,
    pub so_luong_ho_so: Option<String>,
    pub thoi_han: Vec<String>,
    pub thoi_han_luat_dinh: Option<String>,
    pub doi_tuong: Vec<String>,
    pub co_quan_thuc_hien: Link,
    pub co_quan_co_tham_quyen: Option<String>,
    pub co_quan_phoi_hop: Vec<String>,
    pub ket_qua: Vec<String>,
    /// `None`: the catalog states there is no fee.
    pub phi_le_phi: Option<Vec<String>>,
    pub mau_don: Option<Vec<Link>>,
    pub yeu_cau_dieu_kien: Option<Vec<Vec<super::prose::Block>>>,
    pub can_cu_phap_ly: Vec<BasisView>,
    pub dich_vu_cong_truc_tuyen: &'static str,
    /// The same as a sentence ("Dịch vụ công trực tuyến một phần").
    pub dich_vu_cong_cau: &'static str,
    /// Ends with its own full stop (never two).
    pub ly_do_mot_phan: Option<String>,
    pub muc_do: Option<u8>,
    pub mot_cua: bool,
    pub lien_thong: bool,
    pub tu_khoa: Vec<String>,
    pub posting: super::posting::PostingView,
    /// Inline SVG of a QR code to the procedure's page: printed on its page
    /// and on every board that posts it, made once.
    pub qr: String,
}

fn file_link(urls: &Urls, name: &str, path: Option<&String>) -> Link {
    Link {
        name: name.to_owned(),
        url: path
            .map(|p| format!("{}/{}", urls.base_path, p.trim_start_matches('/')))
            .unwrap_or_default(),
    }
}

pub fn decision_link(
    site: &Site,
    tax: &Taxonomy,
    urls: &Urls,
    ci: usize,
    status: Status,
) -> DecisionLink {
    let d = &site.catalogs[ci].decision;
    DecisionLink {
        so: d.so.clone(),
        ngay: date::format_date(&d.ngay),
        co_quan_ban_hanh: d.co_quan_ban_hanh.clone(),
        hieu_luc: d.hieu_luc.as_ref().map(date::format_date),
        trich_yeu: d.trich_yeu.clone(),
        tep: d
            .tep
            .as_ref()
            .map(|t| format!("{}/{}", urls.base_path, t.trim_start_matches('/'))),
        url: urls.decision(tax.decision_slug(ci)),
        status: status.label(),
    }
}

pub fn procedure_view(site: &Site, tax: &Taxonomy, urls: &Urls, e: &Entry) -> ProcedureView {
    let (ci, pi) = e.shown;
    let p = &site.catalogs[ci].procedures[pi];
    let link_to = |ma: &str| {
        let name = tax
            .entry_of(ma)
            .map(|e| site.catalogs[e.shown.0].procedures[e.shown.1].ten.clone())
            .unwrap_or_default();
        Link {
            name: format!("{ma} – {name}"),
            url: urls.procedure(ma),
        }
    };
    let thay_the_cho = tax.replaces(&p.ma).iter().map(|ma| link_to(ma)).collect();
    let trinh_tu: Vec<super::prose::Step> =
        p.trinh_tu.iter().map(|s| super::prose::step(s)).collect();
    ProcedureView {
        ma: p.ma.clone(),
        ten: p.ten.clone(),
        url: urls.procedure(&p.ma),
        qr: super::board::qr_svg(&urls.permalink(&urls.procedure(&p.ma))),
        permalink: urls.permalink(&urls.procedure(&p.ma)),
        // An abolished procedure's field or agency may have no list any more.
        linh_vuc: Link {
            name: p.linh_vuc.clone(),
            url: if tax.has_field(&p.linh_vuc) {
                urls.field(&p.linh_vuc)
            } else {
                String::new()
            },
        },
        cap_thuc_hien: p
            .cap_thuc_hien
            .iter()
            .map(|&l| Link {
                name: l.name().to_owned(),
                url: if tax.has_level(l) {
                    urls.level(l)
                } else {
                    String::new()
                },
            })
            .collect(),
        trang_thai: p.trang_thai,
        status: p.trang_thai.label(),
        current: p.trang_thai.is_current(),
        thay_the_boi: p.thay_the_boi.as_deref().map(link_to),
        thay_the_cho,
        quyet_dinh: decision_link(site, tax, urls, ci, p.trang_thai),
        lich_su: e
            .records
            .iter()
            .map(|&(c, q)| {
                decision_link(
                    site,
                    tax,
                    urls,
                    c,
                    site.catalogs[c].procedures[q].trang_thai,
                )
            })
            .collect(),
        steps_labelled: trinh_tu.iter().all(|s| s.label.is_some()),
        trinh_tu,
        cach_thuc: p
            .cach_thuc
            .iter()
            .map(|m| MethodView {
                kenh: m.hinh_thuc.label(),
                truong_hop: m.truong_hop.clone(),
                thoi_han: m.thoi_han.as_ref().map(time_text),
                phi_le_phi: m.phi_le_phi.as_deref().map(super::prose::blocks),
                mo_ta: m.mo_ta.as_deref().map(super::prose::blocks),
            })
            .collect(),
        thanh_phan_ho_so: p
            .thanh_phan_ho_so
            .iter()
            .map(|c| CaseView {
                truong_hop: c.truong_hop.clone(),
                giay_to: c
                    .giay_to
                    .iter()
                    .map(|d| DocumentView {
                        ten: d.ten.clone(),
                        ban_chinh: d.ban_chinh,
                        ban_sao: d.ban_sao,
                        ghi_chu: d.ghi_chu.clone(),
                        mau: d.mau.as_ref().map(|m| file_link(urls, "Tải mẫu", Some(m))),
                    })
                    .collect(),
            })
            .collect(),
        so_luong_ho_so: p.so_luong_ho_so.clone(),
        thoi_han: p.thoi_han.iter().map(time_text).collect(),
        thoi_han_luat_dinh: p.thoi_han_luat_dinh.as_ref().map(time_text),
        doi_tuong: p.doi_tuong.clone(),
        co_quan_thuc_hien: Link {
            name: p.co_quan_thuc_hien.clone(),
            url: if tax.has_agency(&p.co_quan_thuc_hien) {
                urls.agency(&p.co_quan_thuc_hien)
            } else {
                String::new()
            },
        },
        co_quan_co_tham_quyen: p.co_quan_co_tham_quyen.clone(),
        co_quan_phoi_hop: p.co_quan_phoi_hop.clone(),
        ket_qua: p.ket_qua.clone(),
        phi_le_phi: p
            .phi_le_phi
            .as_ref()
            .map(|fees| fees.iter().map(fee_text).collect()),
        mau_don: p.mau_don.as_ref().map(|forms| {
            forms
                .iter()
                .map(|f| file_link(urls, &f.ten, f.tep.as_ref()))
                .collect()
        }),
        yeu_cau_dieu_kien: p
            .yeu_cau_dieu_kien
            .as_ref()
            .map(|items| items.iter().map(|y| super::prose::blocks(y)).collect()),
        can_cu_phap_ly: p
            .can_cu_phap_ly
            .iter()
            .map(|b| BasisView {
                so_ky_hieu: b.so_ky_hieu.clone(),
                trich_yeu: b.trich_yeu.clone(),
                ngay_ban_hanh: b.ngay_ban_hanh.as_ref().map(date::format_date),
                co_quan_ban_hanh: b.co_quan_ban_hanh.clone(),
            })
            .collect(),
        dich_vu_cong_truc_tuyen: p.dich_vu_cong_truc_tuyen.label(),
        dich_vu_cong_cau: p.dich_vu_cong_truc_tuyen.sentence(),
        ly_do_mot_phan: p.ly_do_mot_phan.as_deref().map(sentence),
        muc_do: p.muc_do,
        mot_cua: p.mot_cua,
        lien_thong: p.lien_thong,
        tu_khoa: p.tu_khoa.clone(),
        posting: super::posting::posting_view(site, tax, urls, &site.catalogs[ci], p),
    }
}

/// One fee as a reader says it: "Lệ phí: 15.000 đồng (… /việc)"; a zero
/// amount is "Miễn lệ phí …"; a description that already starts with the
/// amount replaces it rather than repeating it.
fn fee_text(f: &crate::content::catalog::Fee) -> String {
    let label = f.loai.label();
    let desc = f.mo_ta.as_deref().map(str::trim).filter(|d| !d.is_empty());
    match (f.muc, desc) {
        (Some(m), d) if m == 0.0 && f.loai != crate::content::catalog::FeeKind::Gia => {
            let waived = format!("Miễn {}", crate::text::lower_first(label));
            match d {
                Some(d) if crate::text::fold(d).starts_with("mien") => d.to_owned(),
                Some(d) => format!("{waived} ({d})"),
                None => waived,
            }
        }
        (Some(m), Some(d)) => {
            let amount = format!("{} đồng", number::format_decimal(m, 0));
            if d.starts_with(&amount) {
                format!("{label}: {d}")
            } else {
                format!("{label}: {amount} ({d})")
            }
        }
        (Some(m), None) => format!("{label}: {} đồng", number::format_decimal(m, 0)),
        (None, Some(d)) => format!("{label}: {d}"),
        (None, None) => label.to_owned(),
    }
}

/// `text` ending with one full stop (or its own ?, !, …).
fn sentence(text: &str) -> String {
    let t = text.trim_end().trim_end_matches('.');
    if t.ends_with(['?', '!', '…']) {
        t.to_owned()
    } else {
        format!("{t}.")
    }
}

/// schema.org GovernmentService for a procedure page.
/// Only what the content states: no audience when none is listed, and an
/// `areaServed` only from `organisation.area` (a place, never an agency).
pub fn procedure_json_ld(site: &Site, v: &ProcedureView) -> String {
    let mut ld = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "GovernmentService",
        "name": v.ten,
        "identifier": v.ma,
        "serviceType": v.linh_vuc.name,
        "url": v.permalink,
        "provider": { "@type": "GovernmentOrganization", "name": v.co_quan_thuc_hien.name },
        "serviceOperator": { "@type": "GovernmentOrganization", "name": site.config.organisation.name },
    });
    if !v.doi_tuong.is_empty() {
        ld["audience"] =
            serde_json::json!({ "@type": "Audience", "audienceType": v.doi_tuong.join("; ") });
    }
    if let Some(area) = &site.config.organisation.area {
        ld["areaServed"] = serde_json::json!({ "@type": "AdministrativeArea", "name": area });
    }
    json_ld(&ld)
}

pub fn level_link(urls: &Urls, l: Level, count: usize) -> Counted {
    Counted::new(l.name(), urls.level(l), count)
}
