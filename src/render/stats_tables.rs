//! The tables officials report besides the charts: online shares by level
//! and by field, one-stop and inter-agency (liên thông) shares, and what
//! each decision and each year added, amended, replaced and abolished.

use std::collections::BTreeMap;

use chrono::Datelike;
use serde::Serialize;

use crate::content::Site;
use crate::content::catalog::{Level, Online, Procedure, Status};
use crate::content::index::Taxonomy;
use crate::text::date;
use crate::text::number::{format_int, format_percent};
use crate::urls::Urls;

/// Online service for one group of current procedures.
#[derive(Serialize)]
pub struct OnlineRow {
    pub label: String,
    pub url: String,
    pub total: String,
    pub full: String,
    pub full_share: String,
    pub partial: String,
    pub partial_share: String,
}

/// What one decision (or one year of decisions) did.
#[derive(Serialize, Default)]
pub struct ChangeRow {
    pub label: String,
    pub url: Option<String>,
    pub date: Option<String>,
    pub new: usize,
    pub amended: usize,
    pub replaced: usize,
    pub abolished: usize,
}

#[derive(Serialize)]
pub struct Tables {
    pub online_by_level: Vec<OnlineRow>,
    pub online_by_field: Vec<OnlineRow>,
    pub mot_cua: String,
    pub mot_cua_share: String,
    pub lien_thong: String,
    pub lien_thong_share: String,
    pub by_decision: Vec<ChangeRow>,
    pub by_year: Vec<ChangeRow>,
}

fn online_row(label: String, url: String, items: &[&Procedure]) -> OnlineRow {
    let n = items.len();
    let count = |o: Online| {
        items
            .iter()
            .filter(|p| p.dich_vu_cong_truc_tuyen == o)
            .count()
    };
    let (full, partial) = (count(Online::ToanTrinh), count(Online::MotPhan));
    OnlineRow {
        label,
        url,
        total: format_int(n as i64),
        full: format_int(full as i64),
        full_share: format_percent(full as f64, n as f64),
        partial: format_int(partial as i64),
        partial_share: format_percent(partial as f64, n as f64),
    }
}

impl ChangeRow {
    fn add(&mut self, s: Status) {
        match s {
            Status::HieuLuc => self.new += 1,
            Status::SuaDoi => self.amended += 1,
            Status::ThayThe => self.replaced += 1,
            Status::BaiBo => self.abolished += 1,
        }
    }
}

pub fn tables(site: &Site, tax: &Taxonomy, urls: &Urls) -> Tables {
    let shown = |i: usize| {
        let e = &tax.entries[i];
        &site.catalogs[e.shown.0].procedures[e.shown.1]
    };
    let current: Vec<&Procedure> = tax.current(site).collect();
    let online_by_level = tax
        .levels
        .iter()
        .map(|(l, items): &(Level, Vec<usize>)| {
            let ps: Vec<&Procedure> = items.iter().map(|&i| shown(i)).collect();
            online_row(l.name().to_owned(), urls.level(*l), &ps)
        })
        .collect();
    let online_by_field = tax
        .fields
        .iter()
        .map(|g| {
            let ps: Vec<&Procedure> = g.items.iter().map(|&i| shown(i)).collect();
            online_row(g.name.clone(), urls.field(&g.name), &ps)
        })
        .collect();
    let n = current.len() as f64;
    let mot_cua = current.iter().filter(|p| p.mot_cua).count();
    let lien_thong = current.iter().filter(|p| p.lien_thong).count();

    let mut by_year: BTreeMap<i32, ChangeRow> = BTreeMap::new();
    let mut by_decision = Vec::new();
    for (ci, slug) in &tax.decisions {
        let cat = &site.catalogs[*ci];
        let d = &cat.decision;
        let mut row = ChangeRow {
            label: d.so.clone(),
            url: Some(urls.decision(slug)),
            date: Some(date::format_date(&d.ngay)),
            ..ChangeRow::default()
        };
        let year = by_year.entry(d.ngay.year()).or_insert_with(|| ChangeRow {
            label: d.ngay.year().to_string(),
            ..ChangeRow::default()
        });
        for p in &cat.procedures {
            row.add(p.trang_thai);
            year.add(p.trang_thai);
        }
        by_decision.push(row);
    }
    Tables {
        online_by_level,
        online_by_field,
        mot_cua: format_int(mot_cua as i64),
        mot_cua_share: format_percent(mot_cua as f64, n),
        lien_thong: format_int(lien_thong as i64),
        lien_thong_share: format_percent(lien_thong as f64, n),
        by_decision,
        by_year: by_year.into_values().rev().collect(),
    }
}
