//! The posting board (bảng niêm yết) of one agency: every current procedure
//! with all elements, its forms, a QR code to its page, the decision and
//! the feedback address, laid out for A4 printing by the theme.

use qrcode::QrCode;
use qrcode::render::svg;
use serde::Serialize;

use super::taxonomy::{Group, Taxonomy};
use super::urls::Urls;
use super::views::{Link, ProcedureView, procedure_view};
use crate::content::Site;
use crate::text::date;

#[derive(Serialize)]
pub struct BoardItem {
    pub p: ProcedureView,
    /// Inline SVG of a QR code to the procedure's page.
    pub qr: String,
    /// Every form file of the procedure, with its full address for print.
    pub forms: Vec<Link>,
}

#[derive(Serialize)]
pub struct Board {
    pub agency: String,
    pub url: String,
    pub updated: String,
    /// The running header text, escaped for a CSS string.
    pub css_header: String,
    pub css_updated: String,
    pub items: Vec<BoardItem>,
}

/// A QR code as inline SVG (no XML prolog), or nothing if the text is too long.
pub fn qr_svg(text: &str) -> String {
    let Ok(code) = QrCode::new(text.as_bytes()) else {
        return String::new();
    };
    let svg = code
        .render::<svg::Color>()
        .min_dimensions(96, 96)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build();
    svg.find("<svg").map(|i| svg[i..].to_owned()).unwrap_or(svg)
}

/// A CSS string literal body: quotes, backslashes and markup escaped.
pub fn css_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("\\3C "),
            '>' => out.push_str("\\3E "),
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

pub fn board(site: &Site, tax: &Taxonomy, urls: &Urls, g: &Group) -> Board {
    let items: Vec<BoardItem> = g
        .items
        .iter()
        .map(|&i| {
            let e = &tax.entries[i];
            let p = procedure_view(site, tax, urls, e);
            let proc = &site.catalogs[e.shown.0].procedures[e.shown.1];
            let files = proc
                .mau_don
                .iter()
                .flatten()
                .filter_map(|f| f.tep.as_ref().map(|t| (f.ten.clone(), t)));
            let docs = proc
                .thanh_phan_ho_so
                .iter()
                .flat_map(|c| &c.giay_to)
                .filter_map(|d| d.mau.as_ref().map(|t| (d.ten.clone(), t)));
            let mut forms: Vec<Link> = Vec::new();
            for (name, path) in files.chain(docs) {
                let url = urls.permalink(&urls.path(&format!("/{}", path.trim_start_matches('/'))));
                if !forms.iter().any(|f| f.url == url) {
                    forms.push(Link { name, url });
                }
            }
            BoardItem {
                qr: qr_svg(&p.permalink),
                p,
                forms,
            }
        })
        .collect();
    let updated = g
        .items
        .iter()
        .map(|&i| {
            let d = &site.catalogs[tax.entries[i].shown.0].decision;
            d.hieu_luc.unwrap_or(d.ngay).max(d.ngay)
        })
        .max()
        .map(|d| date::format_date(&d))
        .unwrap_or_default();
    Board {
        css_header: css_string(&format!(
            "{} – Niêm yết công khai thủ tục hành chính",
            g.name
        )),
        css_updated: css_string(&format!("Cập nhật ngày {updated}")),
        agency: g.name.clone(),
        url: urls.board(&g.name),
        updated,
        items,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qr_is_inline_svg() {
        let svg = qr_svg("https://stp.ninhbinh.gov.vn/thu-tuc/1.001193/");
        assert!(svg.starts_with("<svg"), "{svg}");
        assert!(svg.contains("</svg>"));
    }

    #[test]
    fn css_strings_cannot_break_out() {
        assert_eq!(
            css_string("Sở \"A\" </style>"),
            "Sở \\\"A\\\" \\3C /style\\3E "
        );
    }
}
