//! News pages: articles, standalone pages, and the indexes of categories,
//! tags and months. The paginated lists are in `lists`.

use tera::Context;

use crate::urls::Route;

use super::context::{Page, Shared, month_link, terms};
use super::views::*;

/// One news article (NewsArticle JSON-LD, neighbours for browsing).
pub(super) fn article(sh: &Shared, ctx: &mut Context, i: usize) -> Page {
    let a = &sh.site.articles[i];
    let view = article_view(
        sh.site,
        &sh.urls,
        a,
        sh.summary(i),
        &sh.bodies[i].html,
        false,
    );
    let mut meta = sh.meta(a.title.clone(), view.url.clone());
    meta.description = view.summary.clone();
    meta.date_iso = view.date_iso.clone();
    meta.modified_iso = view.updated_iso.clone().or(view.date_iso.clone());
    meta.dc_subject = Some(
        a.category
            .iter()
            .chain(&a.tags)
            .cloned()
            .collect::<Vec<_>>()
            .join("; "),
    );
    meta.image = view.image.as_ref().map(|u| {
        if u.starts_with('/') {
            sh.urls.permalink(u)
        } else {
            u.clone()
        }
    });
    meta.og_type = "article";
    let mut ld = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a.title,
        "datePublished": view.date_iso,
        "dateModified": meta.modified_iso,
        "author": { "@type": if a.author.is_some() { "Person" } else { "Organization" }, "name": a.author.clone().unwrap_or_else(|| sh.site.config.organisation.name.clone()) },
        "publisher": { "@type": "GovernmentOrganization", "name": sh.site.config.organisation.name },
        "mainEntityOfPage": meta.permalink,
        "inLanguage": "vi",
    });
    // No `"image": null`: a property without a value is left out.
    if let Some(image) = &meta.image {
        ld["image"] = serde_json::json!(image);
    }
    meta.json_ld = Some(json_ld(&ld));
    meta.breadcrumbs = vec![Link {
        name: "Tin tức".into(),
        url: sh.urls.news(1),
    }];
    let lastmod = meta.modified_iso.clone();
    // Previous/next in date order, for readers who browse.
    let none = tera::Value::none;
    ctx.insert_value("newer", if i > 0 { sh.card(i - 1) } else { none() });
    ctx.insert_value(
        "older",
        if i + 1 < sh.site.articles.len() {
            sh.card(i + 1)
        } else {
            none()
        },
    );
    ctx.insert("article", &view);
    Page::listed("article.html", meta).lastmod(lastmod)
}

/// A standalone page (giới thiệu, liên hệ).
pub(super) fn page(sh: &Shared, ctx: &mut Context, i: usize) -> Page {
    let a = &sh.site.pages[i];
    let summary = a
        .summary
        .as_deref()
        .unwrap_or(&sh.page_bodies[i].first_paragraph);
    let view = article_view(sh.site, &sh.urls, a, summary, &sh.page_bodies[i].html, true);
    let mut meta = sh.meta(a.title.clone(), view.url.clone());
    meta.description = view.summary.clone();
    ctx.insert("article", &view);
    Page::listed("page.html", meta)
}

/// Every category with its count.
pub(super) fn categories(sh: &Shared, ctx: &mut Context) -> Page {
    terms(
        sh,
        ctx,
        "Chuyên mục",
        "/chuyen-muc/",
        &sh.tax.categories,
        |g| sh.urls.category(&g.name),
    )
}

/// Every tag with its count.
pub(super) fn tags(sh: &Shared, ctx: &mut Context) -> Page {
    terms(sh, ctx, "Thẻ", "/the/", &sh.tax.tags, |g| {
        sh.urls.tag(&g.name)
    })
}

/// Every month with articles.
pub(super) fn archive(sh: &Shared, ctx: &mut Context) -> Page {
    let items: Vec<Counted> = sh.tax.months.iter().map(|m| month_link(sh, m)).collect();
    ctx.insert("heading", "Lưu trữ tin bài theo tháng");
    ctx.insert("terms", &items);
    Page::listed("terms.html", sh.meta("Lưu trữ", sh.urls.at(Route::Archive)))
}
