//! The Atom feed of the latest news.

use tera::Context;

use crate::urls::Route;

use super::context::{Shared, text_file};
use super::theme::ThemeError;
use crate::output::OutputFile;

pub(super) fn feed(sh: &Shared, tera: &tera::Tera) -> Result<OutputFile, ThemeError> {
    let entries: Vec<serde_json::Value> = sh
        .site
        .articles
        .iter()
        .enumerate()
        .take(20)
        .map(|(i, a)| {
            let url = sh.urls.article(&a.slug);
            let permalink = sh.urls.permalink(&url);
            serde_json::json!({
                "title": a.title,
                "content": absolute_links(&sh.bodies[i].html, &permalink, &sh.urls.origin),
                "permalink": permalink,
                "published": a.date.map(|d| d.to_rfc3339()),
                "updated": a.updated.or(a.date).map(|d| d.to_rfc3339()),
                "author": a.author.clone().unwrap_or_else(|| sh.site.config.organisation.name.clone()),
                "summary": sh.summary(i),
                "category": a.category,
            })
        })
        .collect();
    let updated = sh
        .site
        .articles
        .iter()
        .filter_map(|a| a.updated.or(a.date))
        .max()
        .map(|d| d.to_rfc3339());
    let mut ctx = Context::new();
    ctx.insert("entries", &entries);
    ctx.insert(
        "updated",
        &updated.unwrap_or_else(|| "1970-01-01T00:00:00+00:00".into()),
    );
    ctx.insert("feed_url", &sh.urls.permalink(&sh.urls.at(Route::Atom)));
    text_file(tera, "atom.xml", Route::Atom.file(), &ctx)
}

/// The article body with every link and image address absolute: a feed
/// reader shows it away from the site, where `/tep/a.jpg` or a bundle's
/// `anh-1.jpg` would lead nowhere.
fn absolute_links(html: &str, permalink: &str, origin: &str) -> String {
    let mut out = String::with_capacity(html.len() + 256);
    let mut rest = html;
    loop {
        let next = [" href=\"", " src=\""]
            .iter()
            .filter_map(|n| rest.find(n).map(|i| (i, n.len())))
            .min();
        let Some((i, n)) = next else {
            out.push_str(rest);
            return out;
        };
        out.push_str(&rest[..i + n]);
        rest = &rest[i + n..];
        let value = &rest[..rest.find('"').unwrap_or(rest.len())];
        if value.starts_with("//") || crate::text::url::scheme(value).is_some() {
            // Already absolute (or mailto:, tel:).
        } else if value.starts_with('/') {
            out.push_str(origin);
        } else {
            out.push_str(permalink);
        }
        out.push_str(value);
        rest = &rest[value.len()..];
    }
}

#[cfg(test)]
mod tests {
    use super::absolute_links;

    #[test]
    fn feed_links_work_away_from_the_site() {
        let html = concat!(
            "<p><a href=\"/thu-tuc/1.001193/\">a</a> <img src=\"anh-1.jpg\" alt=\"x\"> ",
            "<a href=\"#muc\">b</a> <a href=\"https://x.vn/\">c</a> <a href=\"mailto:a@b.vn\">d</a></p>"
        );
        let want = concat!(
            "<p><a href=\"https://s.gov.vn/thu-tuc/1.001193/\">a</a> ",
            "<img src=\"https://s.gov.vn/tin-tuc/bai/anh-1.jpg\" alt=\"x\"> ",
            "<a href=\"https://s.gov.vn/tin-tuc/bai/#muc\">b</a> <a href=\"https://x.vn/\">c</a> ",
            "<a href=\"mailto:a@b.vn\">d</a></p>"
        );
        assert_eq!(
            absolute_links(html, "https://s.gov.vn/tin-tuc/bai/", "https://s.gov.vn"),
            want
        );
    }
}
