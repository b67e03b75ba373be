//! Images shown by articles and pages must exist: a missing one fails the
//! build at the line that shows it, never a page with a broken picture.
//! Paths are read one way: `tep/…` and `/tep/…` are `content/tep/…`; any
//! other relative path is a file of the article's own folder (index.md).

use crate::content::{Article, Site};
use crate::diag::Diagnostic;
use crate::doc::Rendered;
use crate::msg::catalog::validate as m;
use crate::t;

/// Whether the image or file `dest` written in article `a` is a file of
/// the site.
pub fn exists(site: &Site, a: &Article, dest: &str) -> bool {
    site.body_file(a, dest).is_some()
}

/// Line and column (1-based) of byte `offset` of the body of `a`.
fn position(a: &Article, offset: usize) -> (usize, usize) {
    let before = &a.body[..offset.min(a.body.len())];
    let line = before.matches('\n').count();
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count());
    (a.body_line + line, col + 1)
}

/// A diagnostic for every missing image or linked file of the bodies of
/// `items`.
pub fn check(site: &Site, items: &[Article], bodies: &[Rendered]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (a, body) in items.iter().zip(bodies) {
        let images = body
            .images
            .iter()
            .map(|i| (i, m::IMAGE_MISSING, m::IMAGE_MISSING_HELP));
        let files = body
            .files
            .iter()
            .map(|f| (f, m::FILE_MISSING, m::FILE_MISSING_HELP));
        for ((dest, offset), message, help) in images.chain(files) {
            if exists(site, a, dest) {
                continue;
            }
            let (line, col) = position(a, *offset);
            out.push(
                Diagnostic::error(&a.file, line, col, t!(message, path = dest)).help(t!(help)),
            );
        }
    }
    out
}
