//! News pages: articles, standalone pages, and the indexes of categories,
//! tags and months. The paginated lists are in `lists`.

use tera::Context;

use crate::text::url::query_encoded;
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
    ctx.insert_value("related", sh.cards(related(sh, i).into_iter()));
    let link = query_encoded(&meta.permalink);
    ctx.insert(
        "share",
        &serde_json::json!({
            "facebook": format!("https://www.facebook.com/sharer/sharer.php?u={link}"),
            "email": format!("mailto:?subject={}&body={link}", query_encoded(&a.title)),
        }),
    );
    ctx.insert("article", &view);
    Page::listed("article.html", meta).lastmod(lastmod)
}

/// "Bài viết khác": up to four articles sharing the most of this one's
/// category and tags, the nearest in date first, the same in every build.
/// Only each group's neighbours are looked at, so a tag on thousands of
/// articles costs a few comparisons, not thousands.
fn related(sh: &Shared, i: usize) -> Vec<usize> {
    let (cats, tags) = (&sh.tax.categories, &sh.tax.tags);
    // Built once: a site with thousands of tags would otherwise search
    // every tag for every article.
    let groups_of = sh.groups_of.get_or_init(|| {
        let mut of = vec![Vec::new(); sh.site.articles.len()];
        for (gi, g) in cats.iter().chain(tags).enumerate() {
            for &a in &g.items {
                if let Some(list) = of.get_mut(a) {
                    list.push(gi as u32);
                }
            }
        }
        of
    });
    let mut score: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    for &gi in groups_of.get(i).map_or(&[][..], Vec::as_slice) {
        let gi = gi as usize;
        let g = cats.get(gi).unwrap_or_else(|| &tags[gi - cats.len()]);
        // A group lists its articles in site order (newest first).
        let Ok(k) = g.items.binary_search(&i) else {
            continue;
        };
        let near = &g.items[k.saturating_sub(3)..(k + 4).min(g.items.len())];
        for &j in near.iter().filter(|&&j| j != i) {
            *score.entry(j).or_default() += 1;
        }
    }
    let mut best: Vec<(usize, usize)> = score.into_iter().collect();
    best.sort_by(|a, b| {
        b.1.cmp(&a.1)
            .then(a.0.abs_diff(i).cmp(&b.0.abs_diff(i)))
            .then(a.0.cmp(&b.0))
    });
    best.into_iter().take(4).map(|(j, _)| j).collect()
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
