//! Procedure rules (DESIGN §2.4) across all catalogs.

use std::collections::BTreeMap;

use crate::content::Site;
use crate::content::catalog::{Online, Status};
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

pub fn check(site: &Site, report: &mut Report) {
    let any = site.catalogs.iter().any(|c| !c.procedures.is_empty());
    if any && site.config.feedback.is_none() {
        report.push(
            Diagnostic::error(std::path::Path::new("site.yaml"), 1, 1, "thiếu địa chỉ tiếp nhận phản ánh, kiến nghị (feedback): procedures are posted but site.yaml has no `feedback:` block")
                .help("add `feedback:` with agency, address, postal_address, phone, email and website (NĐ 20/2008 Điều 13)"),
        );
    }
    let mut current: BTreeMap<&str, Vec<(&std::path::Path, usize, usize)>> = BTreeMap::new();
    let mut known: std::collections::BTreeSet<&str> = std::collections::BTreeSet::new();
    for cat in &site.catalogs {
        for code in &cat.broken_codes {
            known.insert(code);
        }
        for p in &cat.procedures {
            known.insert(&p.ma);
            if p.trang_thai.is_current() {
                current
                    .entry(&p.ma)
                    .or_default()
                    .push((&cat.file, p.spans.item.0, p.spans.item.1));
            }
        }
    }
    for (ma, places) in &current {
        for (file, line, col) in places.iter().skip(1) {
            let (f0, l0, _) = places[0];
            report.push(
                Diagnostic::error(file, *line, *col, format!("mã thủ tục {ma} is posted twice as current (also at {}:{l0})", f0.display()))
                    .help("a code may be current once: mark the older record `trang_thai: thay_the` or `bai_bo`, or remove it"),
            );
        }
    }
    for cat in &site.catalogs {
        for p in &cat.procedures {
            let (line, col) = p.spans.item;
            if !valid_code(&p.ma) {
                let (line, col) = p.spans.ma;
                report.push(
                    Diagnostic::error(&cat.file, line, col, format!("mã thủ tục `{}` is not a national procedure code", p.ma))
                        .help("write it as on the national database: one digit, a dot, six digits, e.g. \"1.001193\" (a long form such as 1.001193.000.00.00.H42 is accepted)"),
                );
            }
            match (&p.trang_thai, &p.thay_the_boi) {
                (Status::ThayThe, None) => report.push(
                    Diagnostic::error(&cat.file, line, col, format!("procedure {} is `thay_the` (replaced) but does not say by which procedure", p.ma))
                        .help("add `thay_the_boi: \"<mã of the new procedure>\"`"),
                ),
                (_, Some(by)) if !known.contains(by.as_str()) => {
                    let (l, c) = p.spans.thay_the_boi;
                    report.push(
                        Diagnostic::error(&cat.file, l, c, format!("`thay_the_boi: {by}` points to no procedure in any catalog"))
                            .help("write the code of the replacing procedure, and make sure its catalog is in content/thu-tuc/"),
                    );
                }
                _ => {}
            }
            if p.dich_vu_cong_truc_tuyen == Online::MotPhan && p.ly_do_mot_phan.is_none() {
                let (l, c) = p.spans.dich_vu_cong_truc_tuyen;
                report.push(
                    Diagnostic::warning(&cat.file, l, c, format!("procedure {} is partly online (mot_phan) without `ly_do_mot_phan`", p.ma))
                        .help("state why it cannot be fully online (NĐ 224/2026 Điều 14), e.g. `ly_do_mot_phan: \"Phải nộp bản chính giấy tờ\"`"),
                );
            }
            let forms = p
                .mau_don
                .iter()
                .flatten()
                .filter_map(|f| f.tep.as_ref().map(|t| (t, f.pos, "mau_don › tep")));
            let docs = p
                .thanh_phan_ho_so
                .iter()
                .flat_map(|c| &c.giay_to)
                .filter_map(|d| {
                    d.mau
                        .as_ref()
                        .map(|t| (t, d.pos, "thanh_phan_ho_so › giay_to › mau"))
                });
            for (path, (l, c), key) in forms.chain(docs) {
                if !super::content_file_exists(site, path) {
                    report.push(
                        Diagnostic::error(&cat.file, l, c, format!("form file `{path}` of procedure {} does not exist (Mẫu đơn, mẫu tờ khai: {key})", p.ma))
                            .help("put the file under content/ (e.g. content/tep/mau/to-khai.docx) and write its path relative to content/"),
                    );
                }
            }
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
