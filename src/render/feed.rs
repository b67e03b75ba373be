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
            serde_json::json!({
                "title": a.title,
                "permalink": sh.urls.permalink(&url),
                "published": a.date.map(|d| d.to_rfc3339()),
                "updated": a.updated.or(a.date).map(|d| d.to_rfc3339()),
                "author": a.author.clone().unwrap_or_else(|| sh.site.config.organisation.name.clone()),
                "summary": sh.summary(i),
                "content": sh.bodies[i].html,
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
