//! Figures officers quote ("1.565/1.895 TTHC trực tuyến"), computed from
//! the current procedures; charts are drawn by the theme from these bars.

use serde::Serialize;

use super::taxonomy::Taxonomy;
use super::urls::Urls;
use super::views::online_label;
use crate::content::Site;
use crate::content::catalog::{Online, Procedure, TimeLimit};
use crate::text::number::{format_decimal, format_int, format_percent};

#[derive(Serialize)]
pub struct Bar {
    pub label: String,
    pub url: Option<String>,
    pub value: usize,
    pub value_text: String,
    pub share_text: String,
    /// Bar length relative to the largest, 0–100, for the SVG.
    pub width: f64,
    /// Vertical position of the bar in the chart, in px.
    pub y: usize,
}

#[derive(Serialize)]
pub struct Chart {
    pub id: String,
    pub title: String,
    pub bars: Vec<Bar>,
    pub height: usize,
    /// One sentence listing every value, for screen readers.
    pub summary: String,
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
}

const ROW: usize = 28;

fn chart(id: &str, title: &str, rows: Vec<(String, Option<String>, usize)>, total: usize) -> Chart {
    let max = rows.iter().map(|r| r.2).max().unwrap_or(0).max(1);
    let bars: Vec<Bar> = rows
        .into_iter()
        .enumerate()
        .map(|(i, (label, url, value))| Bar {
            value_text: format_int(value as i64),
            share_text: format_percent(value as f64, total as f64),
            width: (value as f64 / max as f64 * 1000.0).round() / 10.0,
            y: i * ROW,
            label,
            url,
            value,
        })
        .collect();
    let summary = bars
        .iter()
        .map(|b| format!("{}: {} ({})", b.label, b.value_text, b.share_text))
        .collect::<Vec<_>>()
        .join("; ");
    Chart {
        id: id.to_owned(),
        title: title.to_owned(),
        height: bars.len() * ROW,
        bars,
        summary,
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
                format!("Trực tuyến: {}", online_label(o).to_lowercase()),
                None,
                count(o),
            )
        })
        .collect();

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
        cuts_count: format_int(cuts.len() as i64),
        cuts_average: format_percent(average * 100.0, 100.0),
        cuts: cuts.into_iter().map(|c| c.1).collect(),
    }
}
