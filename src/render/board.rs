//! The posting board (bảng niêm yết) of one place of submission (or of
//! one agency without a registry): every current procedure
//! with all elements, its forms, a QR code to its page, the decision and
//! the feedback address, laid out for A4 printing by the theme.

use qrcode::canvas::{Canvas, MaskPattern};
use qrcode::types::{Color, EcLevel};
use serde::Serialize;

use super::views::ProcedureView;
use crate::content::Site;
use crate::content::catalog::Procedure;
use crate::content::index::Taxonomy;
use crate::content::index::boards::{BoardGroup, agency_heading};
use crate::text::date;
use crate::urls::Urls;

/// A form to print with its procedure: the file's full address when the
/// catalog gives one.
#[derive(Serialize)]
pub struct FormLink {
    pub name: String,
    pub url: Option<String>,
}

#[derive(Serialize)]
pub struct BoardItem<'a> {
    pub p: &'a ProcedureView,
    /// Every form of the procedure (mẫu đơn and forms of documents),
    /// printed right after it (TT 02/2017 practice).
    pub forms: Vec<FormLink>,
    /// The catalog states `mau_don: khong` and no document has a form.
    pub no_forms: bool,
    /// The agency and field this item is listed under; `new_*` when the
    /// heading changes here.
    pub agency: String,
    pub field: String,
    pub new_agency: bool,
    pub new_field: bool,
}

/// Where the board hangs: the place of submission's particulars.
#[derive(Serialize)]
pub struct BoardPlace {
    pub dia_chi: String,
    pub dien_thoai: Option<String>,
    pub gio_lam_viec: Option<String>,
}

#[derive(Serialize)]
pub struct Board<'a> {
    /// The superior body (cơ quan cấp trên), first line of the heading.
    pub cap_tren: Option<String>,
    /// The place of submission, or the agency without a registry.
    pub agency: String,
    pub place: Option<BoardPlace>,
    pub url: String,
    pub updated: String,
    /// The running header text, escaped for a CSS string.
    pub css_header: String,
    pub css_updated: String,
    pub items: Vec<BoardItem<'a>>,
}

/// Appends `n` in decimal.
fn push_number(out: &mut String, n: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut n = n;
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &digits[at..] {
        out.push(d as char);
    }
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
                // "M<x> <y>h<run>v1h-<run>z", without a format! per run:
                // a code has hundreds of runs and a site thousands of codes.
                let run = x - start;
                path.push('M');
                push_number(&mut path, start + quiet);
                path.push(' ');
                push_number(&mut path, y + quiet);
                path.push('h');
                push_number(&mut path, run);
                path.push_str("v1h-");
                push_number(&mut path, run);
                path.push('z');
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

fn forms(urls: &Urls, proc: &Procedure) -> Vec<FormLink> {
    let full =
        |path: &String| urls.permalink(&urls.path(&format!("/{}", path.trim_start_matches('/'))));
    let listed = proc
        .mau_don
        .iter()
        .flatten()
        .map(|f| (f.ten.clone(), f.tep.as_ref()));
    let in_docs = proc
        .thanh_phan_ho_so
        .iter()
        .flat_map(|c| &c.giay_to)
        .filter_map(|d| d.mau.as_ref().map(|t| (d.ten.clone(), Some(t))));
    let mut out: Vec<FormLink> = Vec::new();
    for (name, path) in listed.chain(in_docs) {
        let url = path.map(full);
        let dup = out.iter().any(|f| match (&f.url, &url) {
            (Some(a), Some(b)) => a == b,
            _ => f.name == name,
        });
        if !dup {
            out.push(FormLink { name, url });
        }
    }
    out
}

/// The superior body shared by every agency a place receives for.
fn cap_tren(site: &Site, g: &BoardGroup) -> Option<String> {
    let reg = site.registry.as_ref()?;
    let place = &reg.places[g.place?];
    let mut bodies = place
        .co_quan
        .iter()
        .filter_map(|id| reg.agency(id))
        .map(|a| a.cap_tren.clone());
    let first = bodies.next()??;
    bodies
        .all(|b| b.as_deref() == Some(first.as_str()))
        .then_some(first)
}

/// The board `g`; `views[k]` is the view of its `k`-th procedure, the same
/// one its own page shows (made once, shared).
pub fn board<'a>(
    site: &Site,
    tax: &Taxonomy,
    urls: &Urls,
    g: &BoardGroup,
    views: &[&'a ProcedureView],
) -> Board<'a> {
    let reg = site.registry.as_ref();
    let mut last: (String, String) = Default::default();
    let items: Vec<BoardItem> = g
        .items
        .iter()
        .zip(views)
        .map(|(&i, &p)| {
            let e = &tax.entries[i];
            let proc = &site.catalogs[e.shown.0].procedures[e.shown.1];
            let agency = agency_heading(reg, proc);
            let field = proc.linh_vuc.clone();
            let new_agency = agency != last.0;
            let new_field = new_agency || field != last.1;
            last = (agency.clone(), field.clone());
            let forms = forms(urls, proc);
            BoardItem {
                p,
                no_forms: forms.is_empty() && proc.mau_don.is_none(),
                forms,
                agency,
                field,
                new_agency,
                new_field,
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
    let place = g
        .place
        .and_then(|i| reg.map(|r| &r.places[i]))
        .map(|q| BoardPlace {
            dia_chi: q.dia_chi.clone(),
            dien_thoai: q.dien_thoai.clone(),
            gio_lam_viec: q.gio_lam_viec.clone(),
        });
    Board {
        cap_tren: cap_tren(site, g),
        css_header: css_string(&format!(
            "{} – Niêm yết công khai thủ tục hành chính",
            g.name
        )),
        css_updated: css_string(&format!("Cập nhật ngày {updated}")),
        agency: g.name.clone(),
        place,
        url: urls.board(&g.slug),
        updated,
        items,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_in_decimal() {
        for n in [0, 7, 10, 99, 100, 4321, usize::MAX] {
            let mut out = String::from("x");
            push_number(&mut out, n);
            assert_eq!(out, format!("x{n}"));
        }
    }

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
