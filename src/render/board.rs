//! The posting board (bảng niêm yết) of one agency: every current procedure
//! with all elements, its forms, a QR code to its page, the decision and
//! the feedback address, laid out for A4 printing by the theme.

use qrcode::canvas::{Canvas, MaskPattern};
use qrcode::types::{Color, EcLevel};
use serde::Serialize;

use super::taxonomy::{Group, Taxonomy};
use super::urls::Urls;
use super::views::{Link, ProcedureView};
use crate::content::Site;
use crate::text::date;

#[derive(Serialize)]
pub struct BoardItem<'a> {
    pub p: &'a ProcedureView,
    /// Inline SVG of a QR code to the procedure's page.
    pub qr: String,
    /// Every form file of the procedure, with its full address for print.
    pub forms: Vec<Link>,
}

#[derive(Serialize)]
pub struct Board<'a> {
    pub agency: String,
    pub url: String,
    pub updated: String,
    /// The running header text, escaped for a CSS string.
    pub css_header: String,
    pub css_updated: String,
    pub items: Vec<BoardItem<'a>>,
}

/// A QR code to `text` as a small inline SVG (one path), or nothing if the
/// text is too long. The mask is fixed instead of scored eight ways: any
/// mask is valid, and scoring was a third of a 2,000-procedure build.
pub fn qr_svg(text: &str) -> String {
    let ec_level = EcLevel::M;
    let Ok(bits) = qrcode::bits::encode_auto(text.as_bytes(), ec_level) else {
        return String::new();
    };
    let version = bits.version();
    let Ok((data, ec)) = qrcode::ec::construct_codewords(&bits.into_bytes(), version, ec_level)
    else {
        return String::new();
    };
    let mut canvas = Canvas::new(version, ec_level);
    canvas.draw_all_functional_patterns();
    canvas.draw_data(&data, &ec);
    canvas.apply_mask(MaskPattern::Checkerboard);
    let colors = canvas.into_colors();
    let width = usize::try_from(version.width()).unwrap_or(0);
    let quiet = 4;
    let size = width + 2 * quiet;
    let mut path = String::with_capacity(width * width);
    for y in 0..width {
        let row = &colors[y * width..(y + 1) * width];
        let mut x = 0;
        while x < width {
            if row[x] == Color::Dark {
                let start = x;
                while x < width && row[x] == Color::Dark {
                    x += 1;
                }
                path.push_str(&format!(
                    "M{} {}h{}v1h-{}z",
                    start + quiet,
                    y + quiet,
                    x - start,
                    x - start
                ));
            } else {
                x += 1;
            }
        }
    }
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" width=\"96\" height=\"96\" shape-rendering=\"crispEdges\"><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>"
    )
}

/// A CSS string literal body: everything but letters, digits and spaces
/// hex-escaped, so no content can end the string or the style element.
pub fn css_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 2);
    for c in s.chars() {
        match c {
            // Letters and digits of any script, and the plain space, are
            // the only characters written as themselves.
            ' ' => out.push(' '),
            c if c.is_alphanumeric() => out.push(c),
            // NUL is not allowed in CSS even escaped.
            '\0' => out.push_str("\\FFFD "),
            c => out.push_str(&format!("\\{:X} ", c as u32)),
        }
    }
    out
}

/// The board of agency `g`; `views[k]` is the view of its `k`-th procedure,
/// the same one its own page shows (made once, shared).
pub fn board<'a>(
    site: &Site,
    tax: &Taxonomy,
    urls: &Urls,
    g: &Group,
    views: &[&'a ProcedureView],
) -> Board<'a> {
    let items: Vec<BoardItem> = g
        .items
        .iter()
        .zip(views)
        .map(|(&i, &p)| {
            let e = &tax.entries[i];
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

    /// Rasterises the SVG path (4 px per module) and decodes it again.
    #[test]
    fn qr_decodes_to_the_address() {
        let url = "https://stp.ninhbinh.gov.vn/thu-tuc/1.001193.000.00.00.H42/";
        let svg = qr_svg(url);
        let size: usize = svg
            .split("viewBox=\"0 0 ")
            .nth(1)
            .unwrap()
            .split(' ')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        let scale = 4;
        let mut dark = vec![false; size * size];
        let d = svg
            .split(" d=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        for cmd in d.split('M').filter(|c| !c.is_empty()) {
            let nums: Vec<usize> = cmd
                .split(|c: char| !c.is_ascii_digit())
                .filter(|n| !n.is_empty())
                .map(|n| n.parse().unwrap())
                .collect();
            let (x, y, len) = (nums[0], nums[1], nums[2]);
            for i in x..x + len {
                dark[y * size + i] = true;
            }
        }
        let px = size * scale;
        let mut img = rqrr::PreparedImage::prepare_from_greyscale(px, px, |x, y| {
            if dark[(y / scale) * size + x / scale] {
                0
            } else {
                255
            }
        });
        let grids = img.detect_grids();
        assert_eq!(grids.len(), 1);
        let (_, content) = grids[0].decode().unwrap();
        assert_eq!(content, url);
    }

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
            "Sở \\22 A\\22  \\3C \\2F style\\3E "
        );
        // A form feed or line break would end a CSS string: escaped too.
        assert_eq!(css_string("a\u{c}}b\n\\"), "a\\C \\7D b\\A \\5C ");
    }
}
