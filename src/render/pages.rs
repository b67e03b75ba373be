//! Every page of the site as a job; jobs render in parallel into files.
//! The page families live in `news`, `procedures`, `site_pages`, `lists`
//! and `feed`; what they share is in `context`.

use std::sync::OnceLock;

use rayon::prelude::*;
use serde::Serialize;
use tera::Context;

use super::context::{Done, Shared, Sitemap, finish, global_context, text_file};
use super::feed::feed;
use super::lists::{List, list_page, pages_for};
use super::markdown::{self, Rendered};
use super::theme::{Theme, ThemeError};
use super::{news, procedures, site_pages};
use crate::content::Site;
use crate::content::index::Taxonomy;
use crate::output::{Content, OutputFile};
use crate::urls::{self, Urls};

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
    OpenData,
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
    let render = |a: &crate::content::Article| {
        let size = |dest: &str| site.body_image_size(a, dest);
        markdown::render_sized(&a.body, &settings, Some(&size))
    };
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
    /// A `partials/once/` template that failed: every render reports it.
    broken: Option<(String, String)>,
}

impl<'a> Renderer<'a> {
    pub fn new(site: &'a Site, theme: &'a Theme, bodies: Bodies) -> Renderer<'a> {
        Renderer::with_taxonomy(site, theme, bodies, Taxonomy::new(site))
    }

    /// [`Renderer::new`] with the site's taxonomy made already (a build
    /// makes it beside the Markdown bodies).
    pub(crate) fn with_taxonomy(
        site: &'a Site,
        theme: &'a Theme,
        bodies: Bodies,
        tax: Taxonomy,
    ) -> Renderer<'a> {
        let shared = Shared {
            site,
            views: (0..tax.entries.len()).map(|_| OnceLock::new()).collect(),
            month_days: (0..tax.months.len()).map(|_| OnceLock::new()).collect(),
            tax,
            urls: Urls::new(&site.config),
            cards: (0..site.articles.len()).map(|_| OnceLock::new()).collect(),
            list_cards: (0..site.articles.len()).map(|_| OnceLock::new()).collect(),
            months: OnceLock::new(),
            groups_of: OnceLock::new(),
            bodies: bodies.articles,
            page_bodies: bodies.pages,
            glossary: super::markdown::Settings::new(false, &site.glossary, ""),
        };
        let mut tera = theme.tera.clone();
        *tera.global_context() = global_context(&shared, &theme.assets);
        let broken = match once(&tera) {
            Ok(once) => {
                tera.global_context().insert_value("once", once);
                None
            }
            Err(ThemeError::Template { name, message }) => Some((name, message)),
            Err(e) => Some((ONCE.into(), e.to_string())),
        };
        Renderer {
            shared,
            theme,
            tera,
            broken,
        }
    }

    pub fn into_bodies(self) -> Bodies {
        Bodies {
            articles: self.shared.bodies,
            pages: self.shared.page_bodies,
        }
    }

    fn render(&self, jobs: &[Job]) -> Result<Vec<Done>, ThemeError> {
        if let Some((name, message)) = &self.broken {
            return Err(ThemeError::Template {
                name: name.clone(),
                message: message.clone(),
            });
        }
        jobs.par_iter()
            .map(|job| render_job(&self.shared, &self.tera, job))
            .collect()
    }

    fn html_files(&self, done: Vec<Done>) -> Vec<OutputFile> {
        done.into_iter()
            .map(|d| OutputFile {
                path: urls::file_for(&d.url, &self.shared.urls.base_path),
                content: Content::Bytes(d.bytes),
            })
            .collect()
    }

    /// Every output file of the site but the search index, in memory.
    pub fn all(&self) -> Result<Vec<OutputFile>, ThemeError> {
        let mut files = Vec::new();
        self.render_all(|batch| {
            files.extend(batch);
            Ok::<(), ThemeError>(())
        })?;
        Ok(files)
    }

    /// The index of the model the pages were made from.
    pub fn taxonomy(&self) -> &Taxonomy {
        &self.shared.tax
    }

    pub fn urls(&self) -> &Urls {
        &self.shared.urls
    }

    /// The rendered bodies of the articles (for the search stage).
    pub fn article_bodies(&self) -> &[Rendered] {
        &self.shared.bodies
    }

    /// Renders every output file but the search index (a stage of its own,
    /// see `search::index`) and hands them to `sink` in batches, so a large
    /// site never holds all its pages in memory at once.
    pub fn render_all<E: From<ThemeError> + Send>(
        &self,
        mut sink: impl FnMut(Vec<OutputFile>) -> Result<(), E> + Send,
    ) -> Result<(), E> {
        // Up to four batches are alive at once (rendering, two waiting, being
        // written). 512 pages rather than 2,048: peak memory 448 → 381 MB on
        // the 10k bench site, wall time the same (6 alternating runs each).
        const BATCH: usize = 512;
        let sh = &self.shared;
        let site = sh.site;
        let mut sitemap: Vec<SitemapUrl> = Vec::new();
        // Open data (serial: spreadsheets, compression) is made beside the
        // pages rather than after them, where it would leave a core idle.
        let (pages, open_data) = rayon::join(
            || -> Result<(), E> {
                for chunk in jobs(sh).chunks(BATCH) {
                    let rendered = self.render(chunk)?;
                    sitemap.extend(rendered.iter().filter_map(|d| match &d.sitemap {
                        Sitemap::Listed { lastmod } => Some(SitemapUrl {
                            loc: sh.urls.permalink(&d.url),
                            lastmod: lastmod.clone(),
                        }),
                        Sitemap::Hidden => None,
                    }));
                    sink(self.html_files(rendered))?;
                }
                Ok(())
            },
            || super::open_data::files(site, &sh.tax, &sh.urls),
        );
        pages?;
        let mut files = open_data;
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
        files.push(text_file(
            &self.tera,
            "favicon.svg",
            crate::urls::Route::Favicon.file(),
            &Context::new(),
        )?);
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

    /// The pages that show article `i`: its own page and the feed, and when
    /// `listed` also every list, the home page and its neighbours (its title
    /// or summary changed). The search index is the search stage's.
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

/// Where the theme keeps the parts of a page that do not depend on it.
const ONCE: &str = "partials/once/";

/// The templates under `partials/once/` (the header's brand and tools,
/// the footer: the same on every page), rendered once per build with the
/// site's values only, as `once.<name>` for every page: some 25 lookups
/// and escapes less on each of a site's pages.
fn once(tera: &tera::Tera) -> Result<tera::Value, ThemeError> {
    let mut once = tera::Map::default();
    let mut names: Vec<&str> = tera
        .get_template_names()
        .filter(|n| n.starts_with(ONCE))
        .collect();
    names.sort_unstable();
    for name in names {
        let html = tera
            .render(name, &Context::new())
            .map_err(|e| super::theme::template_error(name, &e))?;
        let key = name[ONCE.len()..].trim_end_matches(".html").to_owned();
        once.insert(key.into(), tera::Value::safe_string(&html));
    }
    Ok(once.into())
}

/// The files of a page bundle (an article's folder), walked like content/:
/// no hidden files, no links out of the site.
fn bundle_files(site: &Site, urls: &Urls, a: &crate::content::Article) -> Vec<OutputFile> {
    let Some(dir) = &a.bundle else {
        return Vec::new();
    };
    let abs = site.root.join(dir);
    let target = urls::file_for(&urls.article(&a.slug), &urls.base_path);
    let target = target.trim_end_matches("index.html");
    let walked = crate::content::walk::walk(&site.root, &abs, |p| {
        p.extension().is_none_or(|x| x != "md")
    })
    .unwrap_or_default();
    walked
        .files
        .into_iter()
        .map(|rel| {
            let path = site.root.join(&rel);
            OutputFile {
                path: format!(
                    "{target}{}",
                    path.strip_prefix(&abs)
                        .unwrap_or(&path)
                        .to_string_lossy()
                        .replace('\\', "/")
                ),
                content: Content::Copy(path),
            }
        })
        .collect()
}

fn jobs(sh: &Shared) -> Vec<Job> {
    let per = sh.site.config.news_per_page.max(1);
    let tax = &sh.tax;
    // The heaviest pages first (a board lists every procedure of its
    // agency, in full): started last, they left one core working alone at
    // the end of the build.
    let mut jobs = vec![Job::Home];
    jobs.extend((0..tax.boards.len()).map(Job::Board));
    jobs.extend([Job::Stats, Job::Procedures, Job::Decisions]);
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
        Job::Glossary,
        Job::OpenData,
        Job::Search,
        Job::Boards,
        Job::SiteMap,
        Job::NotFound,
    ]);
    jobs.extend((0..tax.entries.len()).map(Job::Procedure));
    jobs.extend((0..tax.fields.len()).map(Job::Field));
    jobs.extend((0..tax.agencies.len()).map(Job::Agency));
    jobs.extend((0..tax.levels.len()).map(Job::Level));
    jobs.extend((0..tax.decisions.len()).map(Job::Decision));
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

/// Procedure texts are typed with abbreviations (UBND, TTHC, CSDL): their
/// first use on the page is explained as in articles.
fn abbreviated(sh: &Shared, mut done: Done) -> Result<Done, ThemeError> {
    done.bytes = super::markdown::abbreviate_page(done.bytes, &sh.glossary);
    Ok(done)
}

fn render_job(sh: &Shared, tera: &tera::Tera, job: &Job) -> Result<Done, ThemeError> {
    let mut ctx = Context::new();
    let c = &mut ctx;
    let page = match job {
        Job::List(list, page) => return list_page(sh, tera, list, *page),
        Job::Home => site_pages::home(sh, c),
        Job::Article(i) => news::article(sh, c, *i),
        Job::Page(i) => news::page(sh, c, *i),
        Job::Categories => news::categories(sh, c),
        Job::Tags => news::tags(sh, c),
        Job::Archive => news::archive(sh, c),
        Job::Procedures => procedures::all(sh, c),
        Job::Field(i) => procedures::field(sh, c, *i),
        Job::Agency(i) => procedures::agency(sh, c, *i),
        Job::Level(i) => procedures::level(sh, c, *i),
        Job::Procedure(i) => {
            let page = procedures::procedure(sh, c, *i);
            return abbreviated(sh, finish(tera, ctx, page)?);
        }
        Job::Decisions => procedures::decisions(sh, c),
        Job::Decision(i) => procedures::decision(sh, c, *i),
        Job::Boards => procedures::boards(sh, c),
        Job::Board(i) => {
            let page = procedures::board(sh, c, *i);
            return abbreviated(sh, finish(tera, ctx, page)?);
        }
        Job::Stats => procedures::stats(sh, c),
        Job::Glossary => site_pages::glossary(sh, c),
        Job::OpenData => site_pages::open_data(sh, c),
        Job::Search => site_pages::search(sh, c),
        Job::SiteMap => site_pages::site_map(sh, c),
        Job::NotFound => site_pages::not_found(sh),
        Job::Alias(from, to) => site_pages::alias(sh, c, from, to),
    };
    finish(tera, ctx, page)
}
