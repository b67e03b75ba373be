//! What every page family shares: the model and its indexes, template
//! values made once, the global template context, and how a page becomes
//! bytes. Page families (news, procedures, site pages, lists, feed) import
//! from here and never from each other.

use std::sync::OnceLock;

use tera::Context;

use super::theme::{ThemeError, template_error};
use super::views::*;
use crate::content::Site;
use crate::content::catalog::Online;
use crate::content::index::{Group, Month, Taxonomy};
use crate::doc::Rendered;
use crate::output::{Content, OutputFile};
use crate::text::number;
use crate::urls::{Route, Urls};

/// Everything pages share, computed once before the parallel render.
pub(super) struct Shared<'a> {
    pub(super) site: &'a Site,
    pub(super) tax: Taxonomy,
    pub(super) urls: Urls,
    pub(super) bodies: Vec<Rendered>,
    pub(super) page_bodies: Vec<Rendered>,
    /// Each article's card as a template value, made on first use and
    /// shared by every list that shows it (values clone cheaply).
    pub(super) cards: Vec<OnceLock<tera::Value>>,
    /// Each article's card on the news lists: the card plus `html`, the
    /// theme's `partials/news_item.html` rendered once. An article is on
    /// several lists (its category, tags, month, day, all news), and its
    /// card was the bulk of a list page's template work.
    pub(super) list_cards: Vec<OnceLock<tera::Value>>,
    /// The "Lưu trữ" sidebar, the same on every list page.
    pub(super) months: OnceLock<tera::Value>,
    /// Each month's "Tìm theo ngày" list, the same on its page and on
    /// each of its days' pages.
    pub(super) month_days: Vec<OnceLock<tera::Value>>,
    /// For each article, the categories and tags (indexes into categories
    /// then tags) it belongs to: "Bài viết khác" looks at these only.
    pub(super) groups_of: OnceLock<Vec<Vec<u32>>>,
    /// Each procedure entry's view, shared by its page and its agency's board.
    pub(super) views: Vec<OnceLock<ProcedureView>>,
    /// The glossary's matcher, for `<abbr>` on procedure pages and boards.
    pub(super) glossary: super::markdown::Settings<'a>,
}

impl Shared<'_> {
    pub(super) fn summary(&self, i: usize) -> &str {
        self.site.articles[i]
            .summary
            .as_deref()
            .unwrap_or(&self.bodies[i].first_paragraph)
    }

    pub(super) fn card(&self, i: usize) -> tera::Value {
        self.cards[i]
            .get_or_init(|| {
                let card = article_card(
                    self.site,
                    &self.urls,
                    &self.site.articles[i],
                    self.summary(i),
                );
                tera::Value::from_serializable(&card)
            })
            .clone()
    }

    /// The card of article `i` on a news list, with its markup (`html`,
    /// a safe string): the card partial sees `item`, `hl` = 2 (the list's
    /// title is the h1) and the site, not the page it lands on.
    pub(super) fn list_card(&self, tera: &tera::Tera, i: usize) -> Result<tera::Value, ThemeError> {
        if let Some(card) = self.list_cards[i].get() {
            return Ok(card.clone());
        }
        let card = self.card(i);
        let mut ctx = Context::new();
        ctx.insert_value("item", card.clone());
        ctx.insert("hl", &2);
        let html = tera
            .render(CARD, &ctx)
            .map_err(|e| template_error(CARD, &e))?;
        let mut map = card.into_map().unwrap_or_default();
        map.insert("html".into(), tera::Value::safe_string(&html));
        Ok(self.list_cards[i].get_or_init(|| map.into()).clone())
    }

    pub(super) fn cards(&self, items: impl Iterator<Item = usize>) -> tera::Value {
        tera::Value::from(items.map(|i| self.card(i)).collect::<Vec<_>>())
    }

    pub(super) fn view(&self, entry: usize) -> &ProcedureView {
        self.views[entry].get_or_init(|| {
            procedure_view(self.site, &self.tax, &self.urls, &self.tax.entries[entry])
        })
    }

    pub(super) fn meta(&self, title: impl Into<String>, url: String) -> PageMeta {
        let permalink = self.urls.permalink(&url);
        PageMeta {
            title: title.into(),
            url,
            permalink,
            description: self
                .site
                .config
                .description
                .clone()
                .unwrap_or_else(|| self.site.config.title.clone()),
            dc_type: "Text",
            og_type: "website",
            ..PageMeta::default()
        }
    }
}

/// The card partial, rendered once per article for the news lists.
const CARD: &str = "partials/news_item.html";

/// Whether and how sitemap.xml lists a page.
pub(super) enum Sitemap {
    Hidden,
    Listed { lastmod: Option<String> },
}

/// A page ready to render: its template and metadata (the template's other
/// values are in the context the family filled).
pub(super) struct Page {
    pub(super) template: &'static str,
    pub(super) meta: PageMeta,
    pub(super) sitemap: Sitemap,
}

impl Page {
    pub(super) fn listed(template: &'static str, meta: PageMeta) -> Page {
        Page {
            template,
            meta,
            sitemap: Sitemap::Listed { lastmod: None },
        }
    }

    /// Not in sitemap.xml (404, redirects).
    pub(super) fn hidden(template: &'static str, meta: PageMeta) -> Page {
        Page {
            template,
            meta,
            sitemap: Sitemap::Hidden,
        }
    }

    pub(super) fn lastmod(mut self, lastmod: Option<String>) -> Page {
        if let Sitemap::Listed { lastmod: l } = &mut self.sitemap {
            *l = lastmod;
        }
        self
    }
}

/// A rendered page: its URL, its bytes and its sitemap entry.
pub(super) struct Done {
    pub(super) url: String,
    pub(super) bytes: Vec<u8>,
    pub(super) sitemap: Sitemap,
}

pub(super) fn finish(tera: &tera::Tera, mut ctx: Context, page: Page) -> Result<Done, ThemeError> {
    let url = page.meta.url.clone();
    ctx.insert("page", &page.meta);
    Ok(Done {
        url,
        bytes: render_bytes(tera, page.template, &ctx)?,
        sitemap: page.sitemap,
    })
}

pub(super) fn text_file(
    tera: &tera::Tera,
    template: &str,
    path: &str,
    ctx: &Context,
) -> Result<OutputFile, ThemeError> {
    Ok(OutputFile {
        path: path.to_owned(),
        content: Content::Bytes(render_bytes(tera, template, ctx)?),
    })
}

/// Renders into bytes: templates are UTF-8 and so are values, and
/// `Tera::render` would validate every page again to make a `String`.
pub(super) fn render_bytes(
    tera: &tera::Tera,
    template: &str,
    ctx: &Context,
) -> Result<Vec<u8>, ThemeError> {
    let mut out = Vec::with_capacity(16 * 1024);
    tera.render_to(template, ctx, &mut out)
        .map_err(|e| template_error(template, &e))?;
    Ok(out)
}

/// Two letters for the favicon: the first letters of the organisation's
/// first two words ("Sở Tư pháp…" → "ST").
fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .take(2)
        .flat_map(char::to_uppercase)
        .collect()
}

pub(super) fn global_context(
    sh: &Shared,
    assets: &std::collections::BTreeMap<String, String>,
) -> Context {
    // A theme without the file keeps the plain name (its template is then
    // the site's own business).
    let asset = |name: &str| {
        format!(
            "{}/{}",
            sh.urls.base_path,
            assets.get(name).map_or(name, String::as_str)
        )
    };
    let site = sh.site;
    let current = sh.tax.current(site).count();
    let online_full = sh
        .tax
        .current(site)
        .filter(|p| p.dich_vu_cong_truc_tuyen == Online::ToanTrinh)
        .count();
    let mut ctx = Context::new();
    ctx.insert(
        "site",
        &serde_json::json!({
            "title": site.config.title,
            "initials": initials(&site.config.organisation.name),
            "base_url": site.config.base(),
            "base_path": sh.urls.base_path,
            "description": site.config.description,
            "organisation": site.config.organisation,
            "feedback": site.config.feedback,
            "home": sh.urls.home(),
            "has_procedures": current > 0,
            "nav": [
                Link { name: "Trang chủ".into(), url: sh.urls.home() },
                Link { name: "Tin tức".into(), url: sh.urls.news(1) },
                Link { name: "Thủ tục hành chính".into(), url: sh.urls.procedures() },
                Link { name: "Quyết định công bố".into(), url: sh.urls.at(Route::Decisions) },
                Link { name: "Tìm kiếm".into(), url: sh.urls.at(Route::Search) },
            ],
            "pages": site.pages.iter().map(|p| Link { name: p.title.clone(), url: sh.urls.page(&p.slug) }).collect::<Vec<_>>(),
            "counts": {
                "articles": number::format_int(site.articles.len() as i64),
                "procedures": number::format_int(current as i64),
                "online_full": number::format_int(online_full as i64),
                "online_share": number::format_percent(online_full as f64, current as f64),
            },
            "urls": {
                "news": sh.urls.news(1),
                "procedures": sh.urls.procedures(),
                "decisions": sh.urls.at(Route::Decisions),
                "boards": sh.urls.at(Route::Boards),
                "stats": sh.urls.at(Route::Stats),
                "open_data": sh.urls.at(Route::OpenData),
                "open_json": sh.urls.at(Route::OpenJson),
                "open_schema": sh.urls.at(Route::OpenSchema),
                "open_csv": sh.urls.at(Route::OpenCsv),
                "open_csvw": sh.urls.at(Route::OpenCsvw),
                "open_xlsx": sh.urls.at(Route::OpenXlsx),
                "categories": sh.urls.at(Route::Categories),
                "tags": sh.urls.at(Route::Tags),
                "archive": sh.urls.at(Route::Archive),
                "glossary": sh.urls.at(Route::Glossary),
                "site_map": sh.urls.at(Route::SiteMap),
                "atom": sh.urls.at(Route::Atom),
                "css": asset("style.css"),
                "js": asset("site.js"),
                "search": sh.urls.at(Route::Search),
                "search_js": asset("search.js"),
                "favicon": sh.urls.at(Route::Favicon),
            },
        }),
    );
    ctx
}

pub(super) fn fields_counted(sh: &Shared) -> Vec<Counted> {
    sh.tax
        .fields
        .iter()
        .map(|g| Counted::new(g.name.clone(), sh.urls.field(&g.name), g.items.len()))
        .collect()
}

/// "Tháng 10/2025 (12)", linking to the month's archive.
pub(super) fn month_link(sh: &Shared, m: &Month) -> Counted {
    Counted::new(
        format!("Tháng {:02}/{}", m.month, m.year),
        sh.urls.month(m.year, m.month),
        m.items.len(),
    )
}

pub(super) fn agencies_counted(sh: &Shared) -> Vec<Counted> {
    sh.tax
        .agencies
        .iter()
        .map(|g| Counted::new(g.name.clone(), sh.urls.agency(&g.name), g.items.len()))
        .collect()
}

pub(super) fn levels_counted(sh: &Shared) -> Vec<Counted> {
    sh.tax
        .levels
        .iter()
        .map(|(l, v)| level_link(&sh.urls, *l, v.len()))
        .collect()
}

pub(super) fn terms(
    sh: &Shared,
    ctx: &mut Context,
    heading: &str,
    path: &str,
    groups: &[Group],
    url: impl Fn(&Group) -> String,
) -> Page {
    let items: Vec<Counted> = groups
        .iter()
        .map(|g| Counted::new(g.name.clone(), url(g), g.items.len()))
        .collect();
    ctx.insert("heading", heading);
    ctx.insert("terms", &items);
    Page::listed("terms.html", sh.meta(heading, sh.urls.path(path)))
}
