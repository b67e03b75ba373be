//! Search index: one entry per procedure and article with folded text
//! (DESIGN §5 folding: no marks, đ→d, lowercase), read by the theme's
//! plain-JavaScript client on `/tim-kiem/`.
//!
//! This first index is a single file, fine for a portal of a few thousand
//! pages; sharding by term prefix for very large sites is the next step.

use serde::Serialize;

use crate::content::Site;
use crate::render::taxonomy::Taxonomy;
use crate::render::urls::Urls;
use crate::render::views::online_label;
use crate::render::{Content, OutputFile};
use crate::text::{date, fold};

#[derive(Serialize)]
struct Doc<'a> {
    /// Title as written, for display and exact-diacritic ranking.
    t: &'a str,
    u: String,
    /// "thu-tuc" or "tin-tuc".
    k: &'static str,
    /// Folded title (and code) — matches here rank first.
    ft: String,
    /// Folded keywords, field, agency, summary.
    fb: String,
    /// Short line shown under the title.
    x: String,
}

#[derive(Serialize)]
struct Index<'a> {
    docs: Vec<Doc<'a>>,
}

pub fn index(site: &Site, tax: &Taxonomy, urls: &Urls) -> OutputFile {
    let mut docs = Vec::new();
    for e in tax.entries.iter().filter(|e| e.current) {
        let p = &site.catalogs[e.shown.0].procedures[e.shown.1];
        let body = format!(
            "{} {} {} {}",
            p.tu_khoa.join(" "),
            p.linh_vuc,
            p.co_quan_thuc_hien,
            p.ket_qua.join(" ")
        );
        docs.push(Doc {
            t: &p.ten,
            u: urls.procedure(&p.ma),
            k: "thu-tuc",
            ft: fold(&format!("{} {}", p.ten, p.ma)),
            fb: fold(&body),
            x: format!(
                "Mã {} · {} · {} · Trực tuyến: {}",
                p.ma,
                p.linh_vuc,
                p.co_quan_thuc_hien,
                online_label(p.dich_vu_cong_truc_tuyen).to_lowercase()
            ),
        });
    }
    for a in &site.articles {
        let body = format!(
            "{} {} {}",
            a.summary.as_deref().unwrap_or(""),
            a.tags.join(" "),
            a.category.as_deref().unwrap_or("")
        );
        docs.push(Doc {
            t: &a.title,
            u: urls.article(&a.slug),
            k: "tin-tuc",
            ft: fold(&a.title),
            fb: fold(&body),
            x: a.date
                .as_ref()
                .map(date::format_datetime)
                .unwrap_or_default(),
        });
    }
    let json = serde_json::to_vec(&Index { docs }).expect("plain data serialises");
    OutputFile {
        path: "du-lieu/tim-kiem.json".into(),
        content: Content::Bytes(json),
    }
}
