//! Rules that need more than one value or more than one file (DESIGN §2):
//! each broken rule is a diagnostic; nothing stops at the first.

pub mod images;
pub mod links;
mod procedures;
mod registry;

use crate::msg::catalog::validate as m;
use crate::t;

use crate::content::Site;
use crate::diag::{Diagnostic, Report};

/// Runs every rule over the loaded site.
pub fn site(site: &Site) -> Report {
    let mut report = Report::default();
    procedures::check(site, &mut report);
    registry::check(site, &mut report);
    articles(site, &mut report);
    report
}

/// Whether `rel` (relative to `content/`) names an existing file that stays
/// inside the site.
pub fn content_file_exists(site: &Site, rel: &str) -> bool {
    safe_relative(rel)
        && site
            .root
            .join("content")
            .join(rel.trim_start_matches('/'))
            .is_file()
}

pub use crate::content::safe_relative;

fn articles(site: &Site, report: &mut Report) {
    for a in site.articles.iter().chain(&site.pages) {
        article(site, a, report);
    }
}

/// The rules of one article or page (used alone by `serve` after an edit).
pub fn article(site: &Site, a: &crate::content::Article, report: &mut Report) {
    // The text `niemyet new article` writes, published as it is.
    // memmem: a build reads every article's body for these.
    static FINDERS: std::sync::LazyLock<Vec<memchr::memmem::Finder<'static>>> =
        std::sync::LazyLock::new(|| {
            crate::content::article::PLACEHOLDERS
                .iter()
                .map(memchr::memmem::Finder::new)
                .collect()
        });
    for (placeholder, finder) in crate::content::article::PLACEHOLDERS.iter().zip(&*FINDERS) {
        if !a.draft
            && let Some(i) = finder.find(a.body.as_bytes())
        {
            let line = a.body_line + a.body[..i].matches('\n').count();
            report.push(
                Diagnostic::warning(
                    &a.file,
                    line,
                    1,
                    t!(m::SAMPLE_TEXT, placeholder = placeholder),
                )
                .help(t!(m::SAMPLE_TEXT_HELP)),
            );
        }
    }
    // A typo in the year (2062 for 2026) would pin an article to the top of
    // every list for decades: said, not refused (planned notices exist).
    if let Some(d) = a.date
        && d.signed_duration_since(chrono::Utc::now()) > chrono::Duration::days(366)
    {
        report.push(
            Diagnostic::warning(
                &a.file,
                a.date_pos.0,
                a.date_pos.1,
                t!(m::FAR_FUTURE, date = d.format("%Y-%m-%d")),
            )
            .help(t!(m::FAR_FUTURE_HELP)),
        );
    }
    if let Some(image) = &a.image {
        let (line, col) = a.image_pos;
        if a.image_alt.is_none() {
            report.push(
                Diagnostic::error(&a.file, line, col, t!(m::NO_IMAGE_ALT))
                    .help(t!(m::NO_IMAGE_ALT_HELP)),
            );
        }
        let scheme = crate::text::url::scheme(image);
        if let Some(scheme) = &scheme
            && scheme != "http"
            && scheme != "https"
        {
            report.push(
                Diagnostic::error(
                    &a.file,
                    line,
                    col,
                    t!(m::IMAGE_SCHEME, image = image, scheme = scheme),
                )
                .help(t!(m::IMAGE_SCHEME_HELP)),
            );
        }
        // Looked up as the page will show it: the article's folder first,
        // then content/; a symlink out of the site is no file of the site.
        if scheme.is_none() && site.lead_image_file(a).is_none() {
            report.push(
                Diagnostic::error(&a.file, line, col, t!(m::IMAGE_FILE_MISSING, image = image))
                    .help(t!(m::IMAGE_FILE_MISSING_HELP)),
            );
        }
    }
    if a.aliases.len() > crate::content::limits::ALIASES {
        report.push(
            Diagnostic::error(
                &a.file,
                a.front_pos.0,
                a.front_pos.1,
                t!(
                    m::TOO_MANY_ALIASES,
                    n = a.aliases.len(),
                    max = crate::content::limits::ALIASES
                ),
            )
            .help(t!(m::TOO_MANY_ALIASES_HELP)),
        );
    }
    for alias in &a.aliases {
        if let Some(long) = alias
            .split('/')
            .find(|s| s.len() > crate::content::limits::SEGMENT_BYTES)
        {
            report.push(
                Diagnostic::error(
                    &a.file,
                    a.front_pos.0,
                    a.front_pos.1,
                    t!(
                        m::ALIAS_TOO_LONG,
                        alias = alias,
                        long = long,
                        max = crate::content::limits::SEGMENT_BYTES
                    ),
                )
                .help(t!(m::ALIAS_TOO_LONG_HELP)),
            );
        }
        // "old/url.html" is taken from the site root, as "/old/url.html".
        if alias.contains("://") || !safe_relative(alias) {
            report.push(
                Diagnostic::error(
                    &a.file,
                    a.front_pos.0,
                    a.front_pos.1,
                    t!(m::ALIAS_NOT_PATH, alias = alias),
                )
                .help(t!(m::ALIAS_NOT_PATH_HELP)),
            );
        }
    }
}
