//! Figures officers quote ("1.565/1.895 TTHC trực tuyến"), computed from
//! the current procedures; charts are drawn by the theme from these bars.

use serde::Serialize;

use crate::content::Site;
use crate::content::catalog::{Online, Procedure, TimeLimit};
use crate::content::index::Taxonomy;
use crate::text::number::{format_decimal, format_int, format_percent};
use crate::urls::Urls;

#[derive(Serialize)]
pub struct Bar {
    pub label: String,
    /// The label as drawn: the whole name when short, else a distinct
    /// beginning with "…" (the whole name is in the bar's `<title>`).
    pub short: String,
    pub url: Option<String>,
    pub value: usize,
    pub value_text: String,
    pub share_text: String,
    /// Bar length relative to the largest, 0–100.
    pub width: f64,
    /// The bar's SVG width: `width` scaled to the room the chart leaves
    /// for bars (55 % of its width), e.g. "42.79%".
    pub bar_width: String,
    /// Vertical position of the bar in the chart, in px.
    pub y: usize,
}

#[derive(Serialize)]
pub struct Chart {
    pub id: String,
    pub title: String,
    pub bars: Vec<Bar>,
    /// Where bars start, in px: past the widest value text, so a value
    /// never runs into its bar.
    pub bar_x: usize,
    pub height: usize,
    /// One sentence listing every value, for screen readers.
    pub summary: String,
    /// Said under the chart, e.g. why the shares add to more than 100 %.
    pub note: Option<String>,
}

#[derive(Serialize)]
pub struct Cut {
    pub ma: String,
    pub ten: String,
    pub url: String,
    pub committed: String,
    pub statutory: String,
    pub cut_text: String,
    pub percent_text: String,
}

#[derive(Serialize)]
pub struct Stats {
    pub total: String,
    pub online_full: String,
    pub online_full_share: String,
    pub online_any: String,
    pub online_any_share: String,
    pub charts: Vec<Chart>,
    pub cuts: Vec<Cut>,
    pub cuts_count: String,
    pub cuts_average: String,
    /// Procedures whose time can be compared with the statutory time; 0
    /// means there is no data, never "0 cut".
    pub cuts_basis: usize,
    pub cuts_basis_text: String,
    pub tables: super::stats_tables::Tables,
}

/// Height of one bar: a line for the label, a line for bar and value.
const ROW: usize = 46;
/// Labels longer than this (characters) are shortened: about one line of
/// 14 px text on a 375 px phone.
const LABEL_CHARS: usize = 40;

/// Distinct short labels: each long label is cut at a word, and cut later
/// while it would read the same as another.
fn short_labels(labels: &[String]) -> Vec<String> {
    let cut = |s: &str, n: usize| -> String {
        if s.chars().count() <= n {
            return s.to_owned();
        }
        let head: String = s.chars().take(n).collect();
        let head = head
            .rfind(' ')
            .map_or(head.as_str(), |i| &head[..i])
            .trim_end_matches([',', ';', ':']);
        format!("{head}…")
    };
    let mut n = LABEL_CHARS;
    loop {
        let out: Vec<String> = labels.iter().map(|l| cut(l, n)).collect();
        let mut sorted = out.clone();
        sorted.sort();
        sorted.dedup();
        if sorted.len() == out.len() || labels.iter().all(|l| l.chars().count() <= n) {
            return out;
        }
        n += 10;
    }
}

fn chart(id: &str, title: &str, rows: Vec<(String, Option<String>, usize)>, total: usize) -> Chart {
    let max = rows.iter().map(|r| r.2).max().unwrap_or(0).max(1);
    let shorts = short_labels(&rows.iter().map(|r| r.0.clone()).collect::<Vec<_>>());
    let sum: usize = rows.iter().map(|r| r.2).sum();
    let bars: Vec<Bar> = rows
        .into_iter()
        .zip(shorts)
        .enumerate()
        .map(|(i, ((label, url, value), short))| {
            let width = (value as f64 / max as f64 * 1000.0).round() / 10.0;
            Bar {
                short,
                value_text: format_int(value as i64),
                share_text: format_percent(value as f64, total as f64),
                width,
                bar_width: format!("{}%", (width * 55.0).round() / 100.0),
                y: i * ROW,
                label,
                url,
                value,
            }
        })
        .collect();
    // "1.234 (100,00%)" at 14 px: at most 9 px a character (digits are
    // about 8), plus a gap.
    let value_chars = bars
        .iter()
        .map(|b| b.value_text.chars().count() + b.share_text.chars().count() + 3)
        .max()
        .unwrap_or(0);
    let summary = bars
        .iter()
        .map(|b| format!("{}: {} ({})", b.label, b.value_text, b.share_text))
        .collect::<Vec<_>>()
        .join("; ");
    Chart {
        id: id.to_owned(),
        title: title.to_owned(),
        height: bars.len() * ROW,
        bar_x: (value_chars * 9 + 8).max(120),
        bars,
        summary,
        note: (sum > total).then(|| {
            "Một thủ tục có thể thuộc nhiều nhóm (nhiều cấp hoặc nhiều cơ quan cùng thực hiện), nên tổng tỷ lệ vượt 100%.".to_owned()
        }),
    }
}

/// The time committed and the statutory time, when both are one duration
/// in the same unit.
fn comparable(p: &Procedure) -> Option<(f64, f64, &TimeLimit)> {
    let statutory = p.thoi_han_luat_dinh.as_ref()?;
    let [committed] = p.thoi_han.as_slice() else {
        return None;
    };
    match (
        committed.so,
        committed.don_vi,
        statutory.so,
        statutory.don_vi,
    ) {
        (Some(c), Some(cu), Some(s), Some(su)) if cu == su && s > 0.0 => Some((c, s, committed)),
        _ => None,
    }
}

pub fn compute(site: &Site, tax: &Taxonomy, urls: &Urls) -> Stats {
    let current: Vec<&Procedure> = tax.current(site).collect();
    let total = current.len();
    let count = |o: Online| {
        current
            .iter()
            .filter(|p| p.dich_vu_cong_truc_tuyen == o)
            .count()
    };
    let full = count(Online::ToanTrinh);
    let partial = count(Online::MotPhan);

    let by_level = tax
        .levels
        .iter()
        .map(|(l, v)| (l.name().to_owned(), Some(urls.level(*l)), v.len()))
        .collect();
    let by_field = tax
        .fields
        .iter()
        .map(|g| (g.name.clone(), Some(urls.field(&g.name)), g.items.len()))
        .collect();
    let by_agency = tax
        .agencies
        .iter()
        .map(|g| (g.name.clone(), Some(urls.agency(&g.name)), g.items.len()))
        .collect();

    let by_online = [Online::ToanTrinh, Online::MotPhan, Online::Khong]
        .iter()
        .map(|&o| {
            (
                format!("Trực tuyến: {}", o.label().to_lowercase()),
                None,
                count(o),
            )
        })
        .collect();

    let cuts_basis = current.iter().filter(|p| comparable(p).is_some()).count();
    let mut cuts: Vec<(f64, Cut)> = current
        .iter()
        .filter_map(|p| {
            let (c, s, t) = comparable(p)?;
            (c < s).then(|| {
                let unit = t.don_vi.map(|u| u.name()).unwrap_or("");
                let share = (s - c) / s;
                (
                    share,
                    Cut {
                        ma: p.ma.clone(),
                        ten: p.ten.clone(),
                        url: urls.procedure(&p.ma),
                        committed: format!("{} {unit}", format_decimal(c, 2)),
                        statutory: format!("{} {unit}", format_decimal(s, 2)),
                        cut_text: format!("{} {unit}", format_decimal(s - c, 2)),
                        percent_text: format_percent(s - c, s),
                    },
                )
            })
        })
        .collect();
    cuts.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.ma.cmp(&b.1.ma)));
    let average = if cuts.is_empty() {
        0.0
    } else {
        cuts.iter().map(|c| c.0).sum::<f64>() / cuts.len() as f64
    };

    Stats {
        total: format_int(total as i64),
        online_full: format_int(full as i64),
        online_full_share: format_percent(full as f64, total as f64),
        online_any: format_int((full + partial) as i64),
        online_any_share: format_percent((full + partial) as f64, total as f64),
        charts: vec![
            chart(
                "cap",
                "Thủ tục hành chính theo cấp thực hiện",
                by_level,
                total,
            ),
            chart(
                "truc-tuyen",
                "Thủ tục hành chính theo mức độ cung cấp trực tuyến",
                by_online,
                total,
            ),
            chart(
                "linh-vuc",
                "Thủ tục hành chính theo lĩnh vực",
                by_field,
                total,
            ),
            chart(
                "co-quan",
                "Thủ tục hành chính theo cơ quan thực hiện",
                by_agency,
                total,
            ),
        ],
        tables: super::stats_tables::tables(site, tax, urls),
        cuts_basis,
        cuts_basis_text: format_int(cuts_basis as i64),
        cuts_count: format_int(cuts.len() as i64),
        cuts_average: format_percent(average * 100.0, 100.0),
        cuts: cuts.into_iter().map(|c| c.1).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::{chart, short_labels};

    #[test]
    fn bars_start_past_the_widest_value() {
        let rows = vec![
            ("Cấp tỉnh".to_owned(), None, 1234),
            ("Cấp xã".to_owned(), None, 7),
        ];
        let c = chart("cap", "Theo cấp", rows, 1234);
        assert_eq!(c.bars[0].value_text, "1.234");
        assert_eq!(c.bars[0].share_text, "100,00%");
        // "1.234" + " (" + "100,00%" + ")": 15 characters.
        assert_eq!(c.bar_x, 15 * 9 + 8);
        assert_eq!(c.bars[0].bar_width, "55%");
        assert_eq!(c.bars[1].bar_width, "0.33%");
    }

    #[test]
    fn short_labels_never_read_the_same() {
        let a = "Ban Quản lý các khu công nghiệp tỉnh Ninh Bình; Bộ phận Một cửa Sở Xây dựng"
            .to_owned();
        let b = "Ban Quản lý các khu công nghiệp tỉnh Ninh Bình; Sở Xây dựng".to_owned();
        let c = "Sở Tư pháp".to_owned();
        let out = short_labels(&[a.clone(), b.clone(), c.clone()]);
        assert_eq!(out[2], "Sở Tư pháp");
        assert_ne!(out[0], out[1]);
        assert!(
            out[0].ends_with('…') && out[1].chars().count() <= 61,
            "{out:?}"
        );
    }
}
