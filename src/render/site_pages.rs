//! The portal's own pages: home, glossary, search, site map, 404 and the
//! redirect pages of aliases.

use tera::Context;

use crate::urls::Route;

use super::context::{Page, Shared, agencies_counted, fields_counted, levels_counted};
use super::views::*;

/// The home page: latest news, counts, fields.
pub(super) fn home(sh: &Shared, ctx: &mut Context) -> Page {
    ctx.insert_value("latest", sh.cards(0..sh.site.articles.len().min(6)));
    ctx.insert("fields", &fields_counted(sh));
    ctx.insert("levels", &levels_counted(sh));
    let mut meta = sh.meta(sh.site.config.title.clone(), sh.urls.home());
    meta.dc_type = "Collection";
    Page::listed("index.html", meta)
}

/// The abbreviation glossary.
pub(super) fn glossary(sh: &Shared, ctx: &mut Context) -> Page {
    ctx.insert("entries", &sh.site.glossary);
    Page::listed(
        "glossary.html",
        sh.meta("Từ viết tắt", sh.urls.at(Route::Glossary)),
    )
}

/// /du-lieu/: every field of the open-data files, from the schema and
/// column table the files are written with.
pub(super) fn open_data(sh: &Shared, ctx: &mut Context) -> Page {
    use super::open_data::{COLUMNS, schema};
    let schema = schema::schema(&sh.urls.permalink(&sh.urls.at(Route::OpenSchema)));
    ctx.insert("objects", &schema::objects(&schema));
    ctx.insert("values", &schema::value_labels());
    ctx.insert("columns", &COLUMNS);
    ctx.insert("count", &sh.tax.entries.len());
    Page::listed(
        "open_data.html",
        sh.meta(
            "Dữ liệu mở về thủ tục hành chính",
            sh.urls.at(Route::OpenData),
        ),
    )
}

/// The search page (the client script does the rest).
pub(super) fn search(sh: &Shared, ctx: &mut Context) -> Page {
    ctx.insert("fields", &fields_counted(sh));
    ctx.insert("agencies", &agencies_counted(sh));
    ctx.insert(
        "levels",
        &sh.tax
            .levels
            .iter()
            .map(|(l, v)| serde_json::json!({ "key": l.key(), "name": l.name(), "count": v.len() }))
            .collect::<Vec<_>>(),
    );
    Page::listed(
        "search.html",
        sh.meta("Tìm kiếm", sh.urls.at(Route::Search)),
    )
}

/// The text site map.
pub(super) fn site_map(sh: &Shared, ctx: &mut Context) -> Page {
    ctx.insert("fields", &fields_counted(sh));
    ctx.insert("agencies", &agencies_counted(sh));
    ctx.insert("levels", &levels_counted(sh));
    ctx.insert(
        "categories",
        &sh.tax
            .categories
            .iter()
            .map(|g| Counted::new(g.name.clone(), sh.urls.category(&g.name), g.items.len()))
            .collect::<Vec<_>>(),
    );
    Page::listed(
        "site_map.html",
        sh.meta("Bản đồ trang", sh.urls.at(Route::SiteMap)),
    )
}

/// 404.html: not in the sitemap, not indexed.
pub(super) fn not_found(sh: &Shared) -> Page {
    let mut meta = sh.meta("Không tìm thấy trang", sh.urls.at(Route::NotFound));
    meta.noindex = true;
    Page::hidden("404.html", meta)
}

/// A redirect page from an old address.
pub(super) fn alias(sh: &Shared, ctx: &mut Context, from: &str, to: &str) -> Page {
    let from = &format!("/{}", from.trim_start_matches('/'));
    let from = if from.ends_with('/')
        || from
            .rsplit('/')
            .next()
            .is_some_and(|last| last.contains('.'))
    {
        from.clone()
    } else {
        format!("{from}/")
    };
    ctx.insert("target", to);
    ctx.insert("target_permalink", &sh.urls.permalink(to));
    let mut meta = sh.meta("Trang đã chuyển", sh.urls.path(&from));
    meta.noindex = true;
    Page::hidden("alias.html", meta)
}
