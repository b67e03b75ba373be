//! Rules between catalogs and `content/co-quan.yaml` (DESIGN §2.8), and
//! the dates of replacements.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::content::Site;
use crate::content::catalog::{Catalog, Procedure};
use crate::content::registry::{Registry, is_id};
use crate::diag::{Diagnostic, Report};

pub fn check(site: &Site, report: &mut Report) {
    for cat in &site.catalogs {
        if let Some(tep) = &cat.decision.tep
            && !super::content_file_exists(site, tep)
        {
            let (l, c) = cat.decision.tep_pos;
            report.push(
                Diagnostic::error(&cat.file, l, c, format!("the signed decision `{tep}` does not exist"))
                    .help("put the PDF under content/ (e.g. content/tep/quyet-dinh/312-qd-ubnd.pdf) and write its path relative to content/"),
            );
        }
        for p in &cat.procedures {
            places(site.registry.as_ref(), cat, p, report);
            if let Some(reg) = &site.registry {
                agencies(reg, cat, p, report);
            }
        }
    }
    if let Some(reg) = &site.registry {
        unposted(site, reg, report);
    }
    replacement_dates(site, report);
}

fn agencies(reg: &Registry, cat: &Catalog, p: &Procedure, report: &mut Report) {
    let (line, col) = p.spans.co_quan_thuc_hien;
    for found in reg.resolve(&p.co_quan_thuc_hien) {
        match found {
            Err(part) => {
                let close: Vec<String> = reg
                    .closest(part, 3)
                    .iter()
                    .map(|a| format!("`{}` ({})", a.ten, a.id))
                    .collect();
                report.push(
                    Diagnostic::warning(&cat.file, line, col, format!("cơ quan thực hiện `{part}` of procedure {} is not in content/co-quan.yaml", p.ma))
                        .help(format!("closest: {}; add this spelling to that agency's `ten_goi_khac`, or add the agency", close.join(", "))),
                );
            }
            Ok(a) => {
                let from = cat.effective(p);
                if let Some(stop) = a.ngung_hoat_dong
                    && p.trang_thai.is_current()
                    && stop <= from
                {
                    report.push(
                        Diagnostic::error(&cat.file, line, col, format!("procedure {} is posted as current from {} at `{}`, which stopped operating on {} (co-quan.yaml: ngung_hoat_dong)", p.ma, from.format("%d/%m/%Y"), a.ten, stop.format("%d/%m/%Y")))
                            .help("name the agency that now handles it (since 01/7/2025 district offices' procedures moved to the commune or the province)"),
                    );
                }
            }
        }
    }
}

fn places(reg: Option<&Registry>, cat: &Catalog, p: &Procedure, report: &mut Report) {
    let (line, col) = p.spans.dia_diem_thuc_hien;
    for place in &p.posting.dia_diem_thuc_hien {
        // Plain text ("Bộ phận Một cửa UBND cấp xã") is shown as written;
        // an id must name a place.
        if !is_id(place) || reg.and_then(|r| r.place(place)).is_some() {
            continue;
        }
        let known: Vec<&str> = reg
            .map(|r| r.places.iter().map(|q| q.id.as_str()).collect())
            .unwrap_or_default();
        let help = if known.is_empty() {
            "add the place under `noi_tiep_nhan:` in content/co-quan.yaml, or write the place as text".to_owned()
        } else {
            format!("known places: {}", known.join(", "))
        };
        report.push(
            Diagnostic::error(&cat.file, line, col, format!("dia_diem_thuc_hien `{place}` of procedure {} names no place in content/co-quan.yaml", p.ma))
                .help(help),
        );
    }
}

/// Agencies with current procedures but no place receiving them: those
/// procedures would be on no posting board.
fn unposted(site: &Site, reg: &Registry, report: &mut Report) {
    let mut seen = std::collections::BTreeSet::new();
    for cat in &site.catalogs {
        for p in cat.procedures.iter().filter(|p| p.trang_thai.is_current()) {
            if !p.posting.dia_diem_thuc_hien.is_empty() {
                continue;
            }
            for a in reg.resolve(&p.co_quan_thuc_hien).into_iter().flatten() {
                if reg.places_of(&a.id).is_empty() && seen.insert(a.id.clone()) {
                    report.push(
                        Diagnostic::warning(std::path::Path::new("content/co-quan.yaml"), a.pos.0, a.pos.1, format!("no place of submission receives the procedures of `{}` (first: {} in {}): they are on no posting board", a.ten, p.ma, cat.file.display()))
                            .help(format!("add `{}` to the `co_quan:` list of a place under `noi_tiep_nhan:`, or give the procedures `dia_diem_thuc_hien`", a.id)),
                    );
                }
            }
        }
    }
}

/// A replacement announced before what it replaces is a typo in a date
/// or a code.
fn replacement_dates(site: &Site, report: &mut Report) {
    // The first decision that posts each code as current.
    let mut introduced: BTreeMap<&str, NaiveDate> = BTreeMap::new();
    for cat in &site.catalogs {
        for p in cat.procedures.iter().filter(|p| p.trang_thai.is_current()) {
            let d = cat.decision.ngay;
            introduced
                .entry(p.ma.as_str())
                .and_modify(|x| *x = (*x).min(d))
                .or_insert(d);
        }
    }
    for cat in &site.catalogs {
        for p in &cat.procedures {
            let Some(by) = &p.thay_the_boi else { continue };
            let (Some(&new), Some(&old)) =
                (introduced.get(by.as_str()), introduced.get(p.ma.as_str()))
            else {
                continue;
            };
            if new < old {
                let (line, col) = p.spans.thay_the_boi;
                report.push(
                    Diagnostic::warning(&cat.file, line, col, format!("procedure {by} replaces {} but was announced on {}, before {} was announced on {}", p.ma, new.format("%d/%m/%Y"), p.ma, old.format("%d/%m/%Y")))
                        .help("check the codes and the decisions' dates (`ngay`)"),
                );
            }
        }
    }
}
