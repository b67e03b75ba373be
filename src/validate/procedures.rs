//! Procedure rules (DESIGN §2.4) across all catalogs.

use crate::msg::catalog::validate as m;
use crate::t;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::content::Site;
use crate::content::catalog::{Online, Spans, Status, form_files};
use crate::diag::{Diagnostic, Report};

/// `D.DDDDDD`, optionally followed by `.DDD.DD.DD.XNN`-style extensions
/// (1.001193.000.00.00.H42).
pub fn valid_code(ma: &str) -> bool {
    let mut parts = ma.split('.');
    let first = parts.next().unwrap_or("");
    let second = parts.next().unwrap_or("");
    first.len() == 1
        && first.bytes().all(|b| b.is_ascii_digit())
        && second.len() == 6
        && second.bytes().all(|b| b.is_ascii_digit())
        && parts.all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// What the rules need of a procedure, loaded whole or only in part: a
/// procedure with a missing element still gets its other problems
/// reported in the same run.
struct Facts<'a> {
    file: &'a Path,
    ma: &'a str,
    status: Option<Status>,
    thay_the_boi: Option<&'a str>,
    online: Option<Online>,
    has_ly_do: bool,
    files: Vec<(String, (usize, usize), &'static str)>,
    spans: Spans,
}

fn facts(site: &Site) -> Vec<Facts<'_>> {
    let mut out = Vec::new();
    for cat in &site.catalogs {
        for p in &cat.procedures {
            out.push(Facts {
                file: &cat.file,
                ma: &p.ma,
                status: Some(p.trang_thai),
                thay_the_boi: p.thay_the_boi.as_deref(),
                online: Some(p.dich_vu_cong_truc_tuyen),
                has_ly_do: p.ly_do_mot_phan.is_some(),
                files: form_files(p.mau_don.as_ref(), Some(&p.thanh_phan_ho_so)),
                spans: p.spans,
            });
        }
        for p in &cat.partial {
            let Some(ma) = &p.ma else { continue };
            out.push(Facts {
                file: &cat.file,
                ma,
                status: p.trang_thai,
                thay_the_boi: p.thay_the_boi.as_deref(),
                online: p.dich_vu_cong_truc_tuyen,
                has_ly_do: p.has_ly_do_mot_phan,
                files: p.files.clone(),
                spans: p.spans,
            });
        }
    }
    out
}

pub fn check(site: &Site, report: &mut Report) {
    let any = site
        .catalogs
        .iter()
        .any(|c| !c.procedures.is_empty() || !c.partial.is_empty());
    if any && site.config.feedback.is_none() {
        report.push(
            Diagnostic::error(Path::new("site.yaml"), 1, 1, t!(m::NO_FEEDBACK))
                .help(t!(m::NO_FEEDBACK_HELP)),
        );
    }
    let all = facts(site);
    let known: BTreeSet<&str> = all.iter().map(|f| f.ma).collect();
    let mut current: BTreeMap<&str, Vec<&Facts>> = BTreeMap::new();
    for f in all
        .iter()
        .filter(|f| f.status.is_some_and(Status::is_current))
    {
        current.entry(f.ma).or_default().push(f);
    }
    for (ma, places) in &current {
        for f in places.iter().skip(1) {
            let (line, col) = f.spans.item;
            let (l0, _) = places[0].spans.item;
            report.push(
                Diagnostic::error(
                    f.file,
                    line,
                    col,
                    t!(
                        m::CODE_TWICE,
                        ma = ma,
                        other = format!("{}:{l0}", places[0].file.display())
                    ),
                )
                .help(t!(m::CODE_TWICE_HELP)),
            );
        }
    }
    for f in &all {
        rules(site, f, &known, report);
    }
}

fn rules(site: &Site, f: &Facts, known: &BTreeSet<&str>, report: &mut Report) {
    let (line, col) = f.spans.item;
    if !valid_code(f.ma) {
        let (line, col) = f.spans.ma;
        report.push(
            Diagnostic::error(f.file, line, col, t!(m::BAD_CODE, ma = f.ma))
                .help(t!(m::BAD_CODE_HELP)),
        );
    }
    match (f.status, f.thay_the_boi) {
        (Some(Status::ThayThe), None) => report.push(
            Diagnostic::error(f.file, line, col, t!(m::REPLACED_BY_NONE, ma = f.ma))
                .help(t!(m::REPLACED_BY_NONE_HELP)),
        ),
        (_, Some(by)) if !known.contains(by) => {
            let (l, c) = f.spans.thay_the_boi;
            report.push(
                Diagnostic::error(f.file, l, c, t!(m::REPLACED_BY_UNKNOWN, by = by))
                    .help(t!(m::REPLACED_BY_UNKNOWN_HELP)),
            );
        }
        _ => {}
    }
    if f.online == Some(Online::MotPhan) && !f.has_ly_do {
        let (l, c) = f.spans.dich_vu_cong_truc_tuyen;
        report.push(
            Diagnostic::warning(f.file, l, c, t!(m::NO_REASON_PARTLY_ONLINE, ma = f.ma))
                .help(t!(m::NO_REASON_PARTLY_ONLINE_HELP)),
        );
    }
    for (path, (l, c), key) in &f.files {
        if !super::content_file_exists(site, path) {
            report.push(
                Diagnostic::error(
                    f.file,
                    *l,
                    *c,
                    t!(m::FORM_FILE_MISSING, path = path, ma = f.ma, key = key),
                )
                .help(t!(m::FORM_FILE_MISSING_HELP)),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::valid_code;

    #[test]
    fn procedure_codes() {
        assert!(valid_code("1.001193"));
        assert!(valid_code("2.000635.000.00.00.H42"));
        assert!(!valid_code("1.00119"));
        assert!(!valid_code("11.001193"));
        assert!(!valid_code("1-001193"));
        assert!(!valid_code("1.001193."));
    }
}
