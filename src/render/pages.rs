//! Every page of the site as a job; jobs render in parallel into files.

use std::sync::OnceLock;

use rayon::prelude::*;
use serde::Serialize;
use tera::Context;

use super::feed::feed;
use super::lists::{List, list_page, pages_for};
use super::markdown::{self, Rendered};
use super::theme::{Theme, ThemeError, template_error};
use super::views::*;
use crate::content::Site;
use crate::content::catalog::{Online, Status};
use crate::content::index::{Group, Taxonomy};
use crate::output::{Content, OutputFile};
use crate::text::number;
use crate::urls::{self, Urls};

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
    /// The "Lưu trữ" sidebar, the same on every list page.
    pub(super) months: OnceLock<tera::Value>,
    /// Each procedure entry's view, shared by its page and its agency's board.
    pub(super) views: Vec<OnceLock<ProcedureView>>,
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
            ..PageMeta::default()
        }
    }
}

#[derive(Clone)]
enum Job {
    Home,
    List(List, usize),
    Article(usize),
    Page(usize),
    Categories,
    Tags,
    Archive,
    Procedures,
    Procedure(usize),
    Field(usize),
    Agency(usize),
    Level(usize),
    Decisions,
    Decision(usize),
    Glossary,
    Search,
    Boards,
    Board(usize),
    Stats,
    SiteMap,
    NotFound,
    Alias(String, String),
}

#[derive(Serialize)]
struct SitemapUrl {
    loc: String,
    lastmod: Option<String>,
}

pub use crate::doc::Bodies;

pub fn markdown_settings<'a>(site: &'a Site, base_path: &'a str) -> markdown::Settings<'a> {
    markdown::Settings::new(site.config.markdown.allow_html, &site.glossary, base_path)
}

/// Markdown is rendered once per article and reused by every page that shows it.
pub fn bodies(site: &Site) -> Bodies {
    let base_path = site.config.base_path();
    let settings = markdown_settings(site, &base_path);
    let render = |a: &crate::content::Article| markdown::render(&a.body, &settings);
    Bodies {
        articles: site.articles.par_iter().map(render).collect(),
        pages: site.pages.par_iter().map(render).collect(),
    }
}

/// The model plus everything pages share, ready to render any subset of
/// pages (a full build renders all; `serve` only what an edit touched).
pub struct Renderer<'a> {
    shared: Shared<'a>,
    theme: &'a Theme,
    tera: tera::Tera,
}

impl<'a> Renderer<'a> {
    pub fn new(site: &'a Site, theme: &'a Theme, bodies: Bodies) -> Renderer<'a> {
        let tax = Taxonomy::new(site);
        let shared = Shared {
            site,
            views: (0..tax.entries.len()).map(|_| OnceLock::new()).collect(),
            tax,
            urls: Urls::new(&site.config),
            cards: (0..site.articles.len()).map(|_| OnceLock::new()).collect(),
            months: OnceLock::new(),
            bodies: bodies.articles,
            page_bodies: bodies.pages,
        };
        let mut tera = theme.tera.clone();
        *tera.global_context() = global_context(&shared);
        Renderer {
            shared,
            theme,
            tera,
        }
    }

    pub fn into_bodies(self) -> Bodies {
        Bodies {
            articles: self.shared.bodies,
            pages: self.shared.page_bodies,
        }
    }

    fn render(&self, jobs: &[Job]) -> Result<Vec<Done>, ThemeError> {
        jobs.par_iter()
            .map(|job| render_job(&self.shared, &self.tera, job))
            .collect()
    }

    fn html_files(&self, done: Vec<Done>) -> Vec<OutputFile> {
        done.into_iter()
            .map(|(url, bytes, _)| OutputFile {
                path: urls::file_for(&url, &self.shared.urls.base_path),
                content: Content::Bytes(bytes),
            })
            .collect()
    }

    /// Every output file of the site, in memory.
    pub fn all(&self) -> Result<Vec<OutputFile>, ThemeError> {
        let mut files = Vec::new();
        self.write_all(|batch| {
            files.extend(batch);
            Ok::<(), ThemeError>(())
        })?;
        Ok(files)
    }

    /// Renders every output file and hands them to `sink` in batches, so a
    /// large site never holds all its pages in memory at once.
    pub fn write_all<E: From<ThemeError> + Send>(
        &self,
        mut sink: impl FnMut(Vec<OutputFile>) -> Result<(), E> + Send,
    ) -> Result<(), E> {
        const BATCH: usize = 2048;
        let sh = &self.shared;
        let site = sh.site;
        let mut sitemap: Vec<SitemapUrl> = Vec::new();
        // The search index is built beside the pages: its merge is serial
        // and would otherwise leave a core idle.
        let (pages, index) = rayon::join(
            || -> Result<(), E> {
                for chunk in jobs(sh).chunks(BATCH) {
                    let rendered = self.render(chunk)?;
                    sitemap.extend(rendered.iter().filter_map(|(url, _, in_sitemap)| {
                        in_sitemap.as_ref().map(|lastmod| SitemapUrl {
                            loc: sh.urls.permalink(url),
                            lastmod: lastmod.clone(),
                        })
                    }));
                    sink(self.html_files(rendered))?;
                }
                Ok(())
            },
            || crate::search::index(site, &sh.tax, &sh.urls, &sh.bodies),
        );
        pages?;
        let mut files = index;
        let mut ctx = Context::new();
        ctx.insert("urls", &sitemap);
        files.push(text_file(&self.tera, "sitemap.xml", "sitemap.xml", &ctx)?);
        files.push(text_file(
            &self.tera,
            "robots.txt",
            "robots.txt",
            &Context::new(),
        )?);
        files.push(feed(sh, &self.tera)?);
        files.extend(super::open_data::files(site, &sh.tax, &sh.urls));
        files.extend(self.theme.statics.iter().cloned());
        for rel in &site.files {
            files.push(OutputFile {
                path: rel.to_string_lossy().replace('\\', "/"),
                content: Content::Copy(site.root.join("content").join(rel)),
            });
        }
        for a in &site.articles {
            files.extend(bundle_files(site, &sh.urls, a));
        }
        sink(files)
    }

    /// The search index files alone.
    pub fn search_index(&self) -> Vec<OutputFile> {
        crate::search::index(
            self.shared.site,
            &self.shared.tax,
            &self.shared.urls,
            &self.shared.bodies,
        )
    }

    /// The pages that show article `i`: its own page and the feed, and when
    /// `listed` also every list, the home page and its neighbours (its title
    /// or summary changed). The search index is [`Renderer::search_index`].
    pub fn article_files(&self, i: usize, listed: bool) -> Result<Vec<OutputFile>, ThemeError> {
        let sh = &self.shared;
        let mut jobs = vec![Job::Article(i)];
        if listed {
            let per = sh.site.config.news_per_page.max(1);
            let page_of = |pos: usize| pos / per + 1;
            jobs.push(Job::Home);
            jobs.push(Job::List(List::News, page_of(i)));
            jobs.extend(i.checked_sub(1).map(Job::Article));
            if i + 1 < sh.site.articles.len() {
                jobs.push(Job::Article(i + 1));
            }
            let lists = [
                (&sh.tax.categories, List::Category as fn(usize) -> List),
                (&sh.tax.tags, List::Tag as fn(usize) -> List),
            ];
            for (groups, make) in lists {
                for (gi, g) in groups.iter().enumerate() {
                    if let Some(pos) = g.items.iter().position(|&x| x == i) {
                        jobs.push(Job::List(make(gi), page_of(pos)));
                    }
                }
            }
            for (mi, m) in sh.tax.months.iter().enumerate() {
                if let Some(pos) = m.items.iter().position(|&x| x == i) {
                    jobs.push(Job::List(List::Month(mi), page_of(pos)));
                    for (di, (_, items)) in m.days.iter().enumerate() {
                        if let Some(pos) = items.iter().position(|&x| x == i) {
                            jobs.push(Job::List(List::Day(mi, di), page_of(pos)));
                        }
                    }
                }
            }
        }
        let mut files = self.html_files(self.render(&jobs)?);
        files.push(feed(sh, &self.tera)?);
        Ok(files)
    }
}

fn bundle_files(site: &Site, urls: &Urls, a: &crate::content::Article) -> Vec<OutputFile> {
    let Some(dir) = &a.bundle else {
        return Vec::new();
    };
    let abs = site.root.join(dir);
    let target = urls::file_for(&urls.article(&a.slug), &urls.base_path);
    let target = target.trim_end_matches("index.html");
    walkdir::WalkDir::new(&abs)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && e.path().extension().is_none_or(|x| x != "md"))
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| OutputFile {
            path: format!(
                "{target}{}",
                e.path()
                    .strip_prefix(&abs)
                    .unwrap_or(e.path())
                    .to_string_lossy()
                    .replace('\\', "/")
            ),
            content: Content::Copy(e.path().to_path_buf()),
        })
        .collect()
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
fn render_bytes(tera: &tera::Tera, template: &str, ctx: &Context) -> Result<Vec<u8>, ThemeError> {
    let mut out = Vec::with_capacity(16 * 1024);
    tera.render_to(template, ctx, &mut out)
        .map_err(|e| template_error(template, &e))?;
    Ok(out)
}

fn global_context(sh: &Shared) -> Context {
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
                Link { name: "Quyết định công bố".into(), url: sh.urls.path("/quyet-dinh/") },
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
                "decisions": sh.urls.path("/quyet-dinh/"),
                "boards": sh.urls.path("/niem-yet/"),
                "stats": sh.urls.path("/thong-ke/"),
                "open_json": sh.urls.path("/du-lieu/thu-tuc.json"),
                "open_csv": sh.urls.path("/du-lieu/thu-tuc.csv"),
                "categories": sh.urls.path("/chuyen-muc/"),
                "tags": sh.urls.path("/the/"),
                "archive": sh.urls.path("/luu-tru/"),
                "glossary": sh.urls.path("/tu-viet-tat/"),
                "site_map": sh.urls.path("/ban-do-trang/"),
                "atom": sh.urls.path("/atom.xml"),
                "css": sh.urls.path("/style.css"),
                "js": sh.urls.path("/site.js"),
                "search": sh.urls.path("/tim-kiem/"),
                "search_js": sh.urls.path("/search.js"),
            },
        }),
    );
    ctx
}

fn jobs(sh: &Shared) -> Vec<Job> {
    let per = sh.site.config.news_per_page.max(1);
    let tax = &sh.tax;
    let mut jobs = vec![Job::Home];
    jobs.extend((1..=pages_for(sh.site.articles.len(), per)).map(|p| Job::List(List::News, p)));
    jobs.extend((0..sh.site.articles.len()).map(Job::Article));
    jobs.extend((0..sh.site.pages.len()).map(Job::Page));
    for (i, g) in tax.categories.iter().enumerate() {
        jobs.extend((1..=pages_for(g.items.len(), per)).map(|p| Job::List(List::Category(i), p)));
    }
    for (i, g) in tax.tags.iter().enumerate() {
        jobs.extend((1..=pages_for(g.items.len(), per)).map(|p| Job::List(List::Tag(i), p)));
    }
    for (i, m) in tax.months.iter().enumerate() {
        jobs.extend((1..=pages_for(m.items.len(), per)).map(|p| Job::List(List::Month(i), p)));
        for (d, (_, items)) in m.days.iter().enumerate() {
            jobs.extend((1..=pages_for(items.len(), per)).map(|p| Job::List(List::Day(i, d), p)));
        }
    }
    jobs.extend([
        Job::Categories,
        Job::Tags,
        Job::Archive,
        Job::Procedures,
        Job::Decisions,
        Job::Glossary,
        Job::Search,
        Job::Boards,
        Job::Stats,
        Job::SiteMap,
        Job::NotFound,
    ]);
    jobs.extend((0..tax.entries.len()).map(Job::Procedure));
    jobs.extend((0..tax.fields.len()).map(Job::Field));
    jobs.extend((0..tax.agencies.len()).map(Job::Agency));
    jobs.extend((0..tax.levels.len()).map(Job::Level));
    jobs.extend((0..tax.decisions.len()).map(Job::Decision));
    jobs.extend((0..tax.boards.len()).map(Job::Board));
    for (i, a) in sh.site.articles.iter().enumerate() {
        jobs.extend(
            a.aliases
                .iter()
                .map(|al| Job::Alias(al.clone(), sh.urls.article(&sh.site.articles[i].slug))),
        );
    }
    for p in &sh.site.pages {
        jobs.extend(
            p.aliases
                .iter()
                .map(|al| Job::Alias(al.clone(), sh.urls.page(&p.slug))),
        );
    }
    jobs
}

/// (url, bytes, Some(lastmod) when listed in sitemap.xml)
pub(super) type Done = (String, Vec<u8>, Option<Option<String>>);

fn render_job(sh: &Shared, tera: &tera::Tera, job: &Job) -> Result<Done, ThemeError> {
    let mut ctx = Context::new();
    let mut lastmod = None;
    let mut in_sitemap = true;
    let (template, meta) = match job {
        Job::Home => {
            ctx.insert_value("latest", sh.cards(0..sh.site.articles.len().min(6)));
            ctx.insert("fields", &fields_counted(sh));
            ctx.insert("levels", &levels_counted(sh));
            let mut meta = sh.meta(sh.site.config.title.clone(), sh.urls.home());
            meta.dc_type = "Collection";
            ("index.html", meta)
        }
        Job::List(list, page) => return list_page(sh, tera, list, *page),
        Job::Article(i) => {
            let a = &sh.site.articles[*i];
            let view = article_view(
                sh.site,
                &sh.urls,
                a,
                sh.summary(*i),
                &sh.bodies[*i].html,
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
            meta.json_ld = Some(json_ld(&serde_json::json!({
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": a.title,
                "datePublished": view.date_iso,
                "dateModified": meta.modified_iso,
                "author": { "@type": if a.author.is_some() { "Person" } else { "Organization" }, "name": a.author.clone().unwrap_or_else(|| sh.site.config.organisation.name.clone()) },
                "publisher": { "@type": "GovernmentOrganization", "name": sh.site.config.organisation.name },
                "image": view.image.as_ref().map(|u| if u.starts_with('/') { sh.urls.permalink(u) } else { u.clone() }),
                "mainEntityOfPage": meta.permalink,
                "inLanguage": "vi",
            })));
            meta.breadcrumbs = vec![Link {
                name: "Tin tức".into(),
                url: sh.urls.news(1),
            }];
            lastmod = meta.modified_iso.clone();
            // Previous/next in date order, for readers who browse.
            let none = tera::Value::none;
            ctx.insert_value("newer", if *i > 0 { sh.card(i - 1) } else { none() });
            ctx.insert_value(
                "older",
                if *i + 1 < sh.site.articles.len() {
                    sh.card(i + 1)
                } else {
                    none()
                },
            );
            ctx.insert("article", &view);
            ("article.html", meta)
        }
        Job::Page(i) => {
            let a = &sh.site.pages[*i];
            let summary = a
                .summary
                .as_deref()
                .unwrap_or(&sh.page_bodies[*i].first_paragraph);
            let view = article_view(
                sh.site,
                &sh.urls,
                a,
                summary,
                &sh.page_bodies[*i].html,
                true,
            );
            let mut meta = sh.meta(a.title.clone(), view.url.clone());
            meta.description = view.summary.clone();
            ctx.insert("article", &view);
            ("page.html", meta)
        }
        Job::Categories => terms(
            sh,
            &mut ctx,
            "Chuyên mục",
            "/chuyen-muc/",
            &sh.tax.categories,
            |g| sh.urls.category(&g.name),
        ),
        Job::Tags => terms(sh, &mut ctx, "Thẻ", "/the/", &sh.tax.tags, |g| {
            sh.urls.tag(&g.name)
        }),
        Job::Archive => {
            let items: Vec<Counted> = sh.tax.months.iter().map(|m| month_link(sh, m)).collect();
            ctx.insert("heading", "Lưu trữ tin bài theo tháng");
            ctx.insert("terms", &items);
            ("terms.html", sh.meta("Lưu trữ", sh.urls.path("/luu-tru/")))
        }
        Job::Procedures => {
            let groups: Vec<serde_json::Value> = sh
                .tax
                .fields
                .iter()
                .map(|g| {
                    serde_json::json!({
                        "name": g.name,
                        "url": sh.urls.field(&g.name),
                        "count": g.items.len(),
                        "items": cards(sh, &g.items),
                    })
                })
                .collect();
            procedures_page(sh, &mut ctx, "Thủ tục hành chính", None, groups);
            (
                "procedures.html",
                sh.meta("Thủ tục hành chính", sh.urls.procedures()),
            )
        }
        Job::Field(i) => filtered(
            sh,
            &mut ctx,
            &sh.tax.fields[*i],
            "Lĩnh vực",
            sh.urls.field(&sh.tax.fields[*i].name),
        ),
        Job::Agency(i) => filtered(
            sh,
            &mut ctx,
            &sh.tax.agencies[*i],
            "Cơ quan thực hiện",
            sh.urls.agency(&sh.tax.agencies[*i].name),
        ),
        Job::Level(i) => {
            let (level, items) = &sh.tax.levels[*i];
            let g = Group {
                name: level.name().to_owned(),
                slug: level.key().to_owned(),
                items: items.clone(),
            };
            filtered(sh, &mut ctx, &g, "Cấp thực hiện", sh.urls.level(*level))
        }
        Job::Procedure(i) => {
            let e = &sh.tax.entries[*i];
            let view = sh.view(*i);
            let mut meta = sh.meta(view.ten.clone(), view.url.clone());
            meta.description = format!(
                "Thủ tục {} – {}: {}. Cơ quan thực hiện: {}.",
                view.ma, view.ten, view.linh_vuc.name, view.co_quan_thuc_hien.name
            );
            meta.dc_type = "Service";
            meta.dc_subject = Some(view.linh_vuc.name.clone());
            meta.json_ld = Some(procedure_json_ld(sh.site, view));
            meta.breadcrumbs = vec![
                Link {
                    name: "Thủ tục hành chính".into(),
                    url: sh.urls.procedures(),
                },
                view.linh_vuc.clone(),
            ];
            lastmod = Some(sh.site.catalogs[e.shown.0].decision.ngay.to_string());
            ctx.insert("p", view);
            ("procedure.html", meta)
        }
        Job::Decisions => {
            let list: Vec<serde_json::Value> = sh
                .tax
                .decisions
                .iter()
                .map(|(ci, _)| {
                    let c = &sh.site.catalogs[*ci];
                    serde_json::json!({ "d": decision_link(sh.site, &sh.tax, &sh.urls, *ci, Status::HieuLuc), "count": c.procedures.len() })
                })
                .collect();
            ctx.insert("decisions", &list);
            (
                "decisions.html",
                sh.meta(
                    "Quyết định công bố thủ tục hành chính",
                    sh.urls.path("/quyet-dinh/"),
                ),
            )
        }
        Job::Decision(i) => {
            let (ci, _) = &sh.tax.decisions[*i];
            let cat = &sh.site.catalogs[*ci];
            let d = decision_link(sh.site, &sh.tax, &sh.urls, *ci, Status::HieuLuc);
            let section = |title: &str, st: Status| {
                let items: Vec<ProcedureCard> = cat
                    .procedures
                    .iter()
                    .filter(|p| p.trang_thai == st)
                    .map(|p| procedure_card(&sh.urls, p))
                    .collect();
                serde_json::json!({ "title": title, "items": items })
            };
            let sections = vec![
                section("Thủ tục hành chính mới ban hành", Status::HieuLuc),
                section("Thủ tục hành chính được sửa đổi, bổ sung", Status::SuaDoi),
                section("Thủ tục hành chính được thay thế", Status::ThayThe),
                section("Thủ tục hành chính bị bãi bỏ", Status::BaiBo),
            ];
            ctx.insert("decision", &d);
            ctx.insert("sections", &sections);
            let mut meta = sh.meta(format!("Quyết định số {}", d.so), d.url.clone());
            meta.breadcrumbs = vec![Link {
                name: "Quyết định công bố".into(),
                url: sh.urls.path("/quyet-dinh/"),
            }];
            ("decision.html", meta)
        }
        Job::Search => {
            ctx.insert("fields", &fields_counted(sh));
            ctx.insert("agencies", &agencies_counted(sh));
            ctx.insert("levels", &sh.tax.levels.iter().map(|(l, v)| serde_json::json!({ "key": l.key(), "name": l.name(), "count": v.len() })).collect::<Vec<_>>());
            (
                "search.html",
                sh.meta("Tìm kiếm", sh.urls.path("/tim-kiem/")),
            )
        }
        Job::Boards => {
            let groups: Vec<Group> = sh
                .tax
                .boards
                .iter()
                .map(|b| Group {
                    name: b.name.clone(),
                    slug: b.slug.clone(),
                    items: b.items.clone(),
                })
                .collect();
            let heading = if sh.site.registry.is_some() {
                "Bảng niêm yết thủ tục hành chính theo nơi tiếp nhận hồ sơ"
            } else {
                "Bảng niêm yết thủ tục hành chính theo cơ quan"
            };
            terms(sh, &mut ctx, heading, "/niem-yet/", &groups, |g| {
                sh.urls.board(&g.slug)
            })
        }
        Job::Board(i) => {
            let g = &sh.tax.boards[*i];
            let views: Vec<&ProcedureView> = g.items.iter().map(|&e| sh.view(e)).collect();
            let board = super::board::board(sh.site, &sh.tax, &sh.urls, g, &views);
            let mut meta = sh.meta(
                format!("Niêm yết thủ tục hành chính – {}", board.agency),
                board.url.clone(),
            );
            meta.description = format!(
                "Bảng niêm yết công khai {} thủ tục hành chính của {}, cập nhật ngày {}.",
                board.items.len(),
                board.agency,
                board.updated
            );
            meta.breadcrumbs = vec![Link {
                name: "Niêm yết".into(),
                url: sh.urls.path("/niem-yet/"),
            }];
            ctx.insert("board", &board);
            ("board.html", meta)
        }
        Job::Stats => {
            let stats = super::stats::compute(sh.site, &sh.tax, &sh.urls);
            ctx.insert("stats", &stats);
            (
                "stats.html",
                sh.meta("Thống kê thủ tục hành chính", sh.urls.path("/thong-ke/")),
            )
        }
        Job::Glossary => {
            ctx.insert("entries", &sh.site.glossary);
            (
                "glossary.html",
                sh.meta("Từ viết tắt", sh.urls.path("/tu-viet-tat/")),
            )
        }
        Job::SiteMap => {
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
            (
                "site_map.html",
                sh.meta("Bản đồ trang", sh.urls.path("/ban-do-trang/")),
            )
        }
        Job::NotFound => {
            in_sitemap = false;
            let mut meta = sh.meta("Không tìm thấy trang", sh.urls.path("/404.html"));
            meta.noindex = true;
            ("404.html", meta)
        }
        Job::Alias(from, to) => {
            in_sitemap = false;
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
            ("alias.html", meta)
        }
    };
    finish(tera, template, ctx, meta, in_sitemap.then_some(lastmod))
}

pub(super) fn finish(
    tera: &tera::Tera,
    template: &str,
    mut ctx: Context,
    meta: PageMeta,
    sitemap: Option<Option<String>>,
) -> Result<Done, ThemeError> {
    let url = meta.url.clone();
    ctx.insert("page", &meta);
    Ok((url, render_bytes(tera, template, &ctx)?, sitemap))
}

fn cards(sh: &Shared, entries: &[usize]) -> Vec<ProcedureCard> {
    entries
        .iter()
        .map(|&i| {
            let (ci, pi) = sh.tax.entries[i].shown;
            procedure_card(&sh.urls, &sh.site.catalogs[ci].procedures[pi])
        })
        .collect()
}

fn fields_counted(sh: &Shared) -> Vec<Counted> {
    sh.tax
        .fields
        .iter()
        .map(|g| Counted::new(g.name.clone(), sh.urls.field(&g.name), g.items.len()))
        .collect()
}

/// "Tháng 10/2025 (12)", linking to the month's archive.
pub(super) fn month_link(sh: &Shared, m: &crate::content::index::Month) -> Counted {
    Counted::new(
        format!("Tháng {:02}/{}", m.month, m.year),
        sh.urls.month(m.year, m.month),
        m.items.len(),
    )
}

fn agencies_counted(sh: &Shared) -> Vec<Counted> {
    sh.tax
        .agencies
        .iter()
        .map(|g| Counted::new(g.name.clone(), sh.urls.agency(&g.name), g.items.len()))
        .collect()
}

fn levels_counted(sh: &Shared) -> Vec<Counted> {
    sh.tax
        .levels
        .iter()
        .map(|(l, v)| level_link(&sh.urls, *l, v.len()))
        .collect()
}

fn procedures_page(
    sh: &Shared,
    ctx: &mut Context,
    heading: &str,
    filter: Option<(&str, &str)>,
    groups: Vec<serde_json::Value>,
) {
    ctx.insert("heading", heading);
    ctx.insert(
        "filter",
        &filter.map(|(k, v)| serde_json::json!({ "kind": k, "name": v })),
    );
    ctx.insert("groups", &groups);
    ctx.insert("fields", &fields_counted(sh));
    ctx.insert("agencies", &agencies_counted(sh));
    ctx.insert("levels", &levels_counted(sh));
    let total: usize = groups
        .iter()
        .filter_map(|g| g["count"].as_u64())
        .sum::<u64>() as usize;
    ctx.insert("total", &number::format_int(total as i64));
}

/// A procedure list narrowed to one field, agency or level, grouped by field.
fn filtered(
    sh: &Shared,
    ctx: &mut Context,
    g: &Group,
    kind: &str,
    url: String,
) -> (&'static str, PageMeta) {
    let wanted: std::collections::HashSet<usize> = g.items.iter().copied().collect();
    let mut by_field: Vec<(String, Vec<usize>)> = Vec::new();
    for f in &sh.tax.fields {
        let items: Vec<usize> = f
            .items
            .iter()
            .copied()
            .filter(|i| wanted.contains(i))
            .collect();
        if !items.is_empty() {
            by_field.push((f.name.clone(), items));
        }
    }
    let groups = by_field
        .iter()
        .map(|(name, items)| serde_json::json!({ "name": name, "url": sh.urls.field(name), "count": items.len(), "items": cards(sh, items) }))
        .collect();
    let heading = format!("{kind}: {}", g.name);
    procedures_page(sh, ctx, &heading, Some((kind, &g.name)), groups);
    let mut meta = sh.meta(heading, url);
    meta.breadcrumbs = vec![Link {
        name: "Thủ tục hành chính".into(),
        url: sh.urls.procedures(),
    }];
    ("procedures.html", meta)
}

fn terms(
    sh: &Shared,
    ctx: &mut Context,
    heading: &str,
    path: &str,
    groups: &[Group],
    url: impl Fn(&Group) -> String,
) -> (&'static str, PageMeta) {
    let items: Vec<Counted> = groups
        .iter()
        .map(|g| Counted::new(g.name.clone(), url(g), g.items.len()))
        .collect();
    ctx.insert("heading", heading);
    ctx.insert("terms", &items);
    ("terms.html", sh.meta(heading, sh.urls.path(path)))
}
