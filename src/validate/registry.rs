//! Rules between catalogs and `content/co-quan.yaml` (DESIGN §2.8), and
//! the dates of replacements.

use crate::msg::catalog::validate as m;
use crate::t;
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
                Diagnostic::error(&cat.file, l, c, t!(m::DECISION_FILE_MISSING, path = tep))
                    .help(t!(m::DECISION_FILE_MISSING_HELP)),
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
                    Diagnostic::warning(
                        &cat.file,
                        line,
                        col,
                        t!(m::AGENCY_UNKNOWN, part = part, ma = p.ma),
                    )
                    .help(t!(m::AGENCY_UNKNOWN_HELP, close = close.join(", "))),
                );
            }
            Ok(a) => {
                let from = cat.effective(p);
                if let Some(stop) = a.ngung_hoat_dong
                    && p.trang_thai.is_current()
                    && stop <= from
                {
                    report.push(
                        Diagnostic::error(
                            &cat.file,
                            line,
                            col,
                            t!(
                                m::AGENCY_STOPPED,
                                ma = p.ma,
                                from = from.format("%d/%m/%Y"),
                                agency = a.ten,
                                stop = stop.format("%d/%m/%Y")
                            ),
                        )
                        .help(t!(m::AGENCY_STOPPED_HELP)),
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
            t!(m::PLACE_UNKNOWN_NONE_HELP)
        } else {
            t!(m::PLACE_UNKNOWN_HELP, known = known.join(", "))
        };
        report.push(
            Diagnostic::error(
                &cat.file,
                line,
                col,
                t!(m::PLACE_UNKNOWN, place = place, ma = p.ma),
            )
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
            // Places written as text put a procedure on no board: only a
            // place id does (content::index::boards::places_of).
            if p.posting
                .dia_diem_thuc_hien
                .iter()
                .any(|d| reg.place(d).is_some())
            {
                continue;
            }
            for a in reg.resolve(&p.co_quan_thuc_hien).into_iter().flatten() {
                if reg.places_of(&a.id).is_empty() && seen.insert(a.id.clone()) {
                    report.push(
                        Diagnostic::warning(
                            std::path::Path::new("content/co-quan.yaml"),
                            a.pos.0,
                            a.pos.1,
                            t!(
                                m::UNPOSTED,
                                agency = a.ten,
                                ma = p.ma,
                                file = cat.file.display()
                            ),
                        )
                        .help(t!(m::UNPOSTED_HELP, id = a.id)),
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
                    Diagnostic::warning(
                        &cat.file,
                        line,
                        col,
                        t!(
                            m::REPLACED_EARLIER,
                            by = by,
                            ma = p.ma,
                            new = new.format("%d/%m/%Y"),
                            old = old.format("%d/%m/%Y")
                        ),
                    )
                    .help(t!(m::REPLACED_EARLIER_HELP)),
                );
            }
        }
    }
}
