//! Rebuilding on change: an edited article re-renders itself and the pages
//! that list it; anything else reloads the whole model.

use std::path::{Path, PathBuf};
use std::sync::mpsc::channel;
use std::time::{Duration, Instant};

use notify::{RecursiveMode, Watcher};

use super::{ServeError, SharedState};
use crate::content::{self, Site, article::Kind};
use crate::diag::Report;
use crate::render::{self, Bodies, Renderer, Theme};
use crate::{BuildError, BuildOptions};

/// The last good model, kept so an edit does not reload everything.
struct Loaded {
    site: Site,
    theme: Theme,
    bodies: Bodies,
}

/// What an edit of one article led to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    /// The article and the pages that show it were re-rendered.
    Rerendered,
    /// The edit has errors: they are shown, the last good site stays.
    Failed,
    /// The edit moves the article (or nothing is loaded): rebuild all.
    NeedsFull,
}

pub struct Builder {
    root: PathBuf,
    loaded: Option<Loaded>,
    /// The last rebuild failed: the next one must be complete to clear it.
    failed: bool,
    /// An article changed since the search index was made; it is remade
    /// once edits pause, so saving never waits for it.
    index_stale: bool,
}

fn report_text(report: &Report, root: &Path) -> String {
    let mut text = String::new();
    for d in &report.diagnostics {
        text.push_str(&crate::diag::render::render(d, root, false));
        text.push('\n');
    }
    text.push_str(&crate::t!(
        crate::msg::catalog::cli::SUMMARY,
        errors = report.errors(),
        warnings = report.warnings()
    ));
    text
}

impl Builder {
    pub fn new(root: PathBuf) -> Builder {
        Builder {
            root,
            loaded: None,
            failed: false,
            index_stale: false,
        }
    }

    /// Remakes the search index from the current model, without reloading tabs.
    pub fn refresh_index(&mut self, state: &SharedState) {
        self.index_stale = false;
        let Some(loaded) = self.loaded.as_mut() else {
            return;
        };
        let tax = crate::content::index::Taxonomy::new(&loaded.site);
        let urls = crate::urls::Urls::new(&loaded.site.config);
        let index = crate::search::index(&loaded.site, &tax, &urls, &loaded.bodies.articles);
        state
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .add_quietly(index);
    }

    fn fail(&mut self, state: &SharedState, text: String) {
        eprintln!("{text}");
        self.failed = true;
        state.lock().unwrap_or_else(|p| p.into_inner()).fail(text);
    }

    /// Loads and renders everything; on failure the served site stays as it was.
    pub fn full(&mut self, state: &SharedState) {
        // Previews show drafts: an officer sees the article before publishing it.
        let opts = BuildOptions {
            drafts: true,
            ..BuildOptions::default()
        };
        let (site, report) = match crate::check(&self.root, &opts) {
            Ok(r) => r,
            Err(BuildError::Content(report)) => {
                return self.fail(state, report_text(&report, &self.root));
            }
            Err(e) => return self.fail(state, e.to_string()),
        };
        if report.has_errors() {
            return self.fail(state, report_text(&report, &self.root));
        }
        if !report.diagnostics.is_empty() {
            eprintln!("{}", report_text(&report, &self.root));
        }
        let theme = match Theme::load(&self.root, &site.config.theme) {
            Ok(t) => t,
            Err(e) => return self.fail(state, e.to_string()),
        };
        let bodies = render::bodies(&site);
        let missing = crate::images(&site, &bodies);
        if !missing.is_empty() {
            let mut report = report;
            report.extend(missing);
            report.sort();
            return self.fail(state, report_text(&report, &self.root));
        }
        let renderer = Renderer::new(&site, &theme, bodies);
        let mut files = match renderer.all() {
            Ok(f) => f,
            Err(e) => return self.fail(state, e.to_string()),
        };
        files.extend(crate::search::index(
            &site,
            renderer.taxonomy(),
            renderer.urls(),
            renderer.article_bodies(),
        ));
        let bodies = renderer.into_bodies();
        {
            let mut st = state.lock().unwrap_or_else(|p| p.into_inner());
            st.base_path = site.config.base_path();
            st.publish(files, true);
        }
        self.failed = false;
        self.index_stale = false;
        self.loaded = Some(Loaded {
            site,
            theme,
            bodies,
        });
    }

    /// Re-renders one edited article and what shows it, unless the edit
    /// changes where the article appears (slug, date, tags…).
    pub fn article(&mut self, rel: &Path, state: &SharedState) -> Edit {
        if self.failed {
            return Edit::NeedsFull;
        }
        let Some(loaded) = self.loaded.as_mut() else {
            return Edit::NeedsFull;
        };
        let Some(i) = loaded.site.articles.iter().position(|a| a.file == rel) else {
            return Edit::NeedsFull;
        };
        let Ok((new, diags)) = content::load_markdown(&self.root, rel, Kind::News) else {
            return Edit::NeedsFull;
        };
        let mut report = Report::default();
        report.extend(diags);
        if let Some(new) = &new {
            crate::validate::article(&loaded.site, new, &mut report);
        }
        report.sort();
        let Some(new) = new.filter(|_| !report.has_errors()) else {
            let text = report_text(&report, &self.root);
            self.fail(state, text);
            return Edit::Failed;
        };
        let old = &loaded.site.articles[i];
        let same_place = (
            &new.slug,
            &new.date,
            &new.category,
            &new.tags,
            new.draft,
            &new.aliases,
            &new.bundle,
        ) == (
            &old.slug,
            &old.date,
            &old.category,
            &old.tags,
            old.draft,
            &old.aliases,
            &old.bundle,
        );
        if !same_place {
            return Edit::NeedsFull;
        }
        let base_path = loaded.site.config.base_path();
        let size = |dest: &str| loaded.site.body_image_size(&new, dest);
        let body = render::markdown::render_sized(
            &new.body,
            &render::pages::markdown_settings(&loaded.site, &base_path),
            Some(&size),
        );
        let card = |a: &content::Article, first: &str| {
            (
                a.title.clone(),
                a.summary.clone().unwrap_or_else(|| first.to_owned()),
                a.image.clone(),
                a.image_alt.clone(),
                a.updated,
            )
        };
        let missing = crate::validate::images::check(
            &loaded.site,
            std::slice::from_ref(&new),
            std::slice::from_ref(&body),
        );
        if !missing.is_empty() {
            report.extend(missing);
            report.sort();
            let text = report_text(&report, &self.root);
            self.fail(state, text);
            return Edit::Failed;
        }
        let listed = card(old, &loaded.bodies.articles[i].first_paragraph)
            != card(&new, &body.first_paragraph);
        loaded.site.articles[i] = new;
        loaded.bodies.articles[i] = body;
        let bodies = std::mem::take(&mut loaded.bodies);
        let renderer = Renderer::new(&loaded.site, &loaded.theme, bodies);
        let files = renderer.article_files(i, listed);
        match files {
            Ok(files) => {
                if !report.diagnostics.is_empty() {
                    eprintln!("{}", report_text(&report, &self.root));
                }
                state
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .publish(files, false);
                loaded.bodies = renderer.into_bodies();
                self.index_stale = true;
                Edit::Rerendered
            }
            Err(e) => {
                loaded.bodies = renderer.into_bodies();
                self.fail(state, e.to_string());
                Edit::Failed
            }
        }
    }
}

/// Editors' swap and backup files are not content.
fn ignored(p: &Path) -> bool {
    let name = p
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    name.starts_with('.')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".tmp")
        || name == "4913"
}

pub fn watch(root: &Path, mut builder: Builder, state: &SharedState) -> Result<(), ServeError> {
    let (tx, rx) = channel();
    let mut watcher = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
        // Reading files during a rebuild fires access events: only changes count.
        if let Ok(ev) = res
            && !matches!(ev.kind, notify::EventKind::Access(_))
        {
            let _ = tx.send(ev.paths);
        }
    })
    .map_err(|e| ServeError::Watch {
        path: root.to_path_buf(),
        message: e.to_string(),
    })?;
    let err = |p: &Path, e: notify::Error| ServeError::Watch {
        path: p.to_path_buf(),
        message: e.to_string(),
    };
    for dir in ["content", "themes"] {
        let d = root.join(dir);
        if d.is_dir() {
            watcher
                .watch(&d, RecursiveMode::Recursive)
                .map_err(|e| err(&d, e))?;
        }
    }
    watcher
        .watch(root, RecursiveMode::NonRecursive)
        .map_err(|e| err(root, e))?;
    let root_abs = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());

    loop {
        let first = if builder.index_stale {
            match rx.recv_timeout(Duration::from_millis(800)) {
                Ok(paths) => paths,
                Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
                    builder.refresh_index(state);
                    continue;
                }
                Err(_) => break,
            }
        } else {
            match rx.recv() {
                Ok(paths) => paths,
                Err(_) => break,
            }
        };
        let mut paths = first;
        // Saving often fires several events; take them as one change.
        while let Ok(more) = rx.recv_timeout(Duration::from_millis(20)) {
            paths.extend(more);
        }
        let mut rels: Vec<PathBuf> = paths
            .iter()
            .filter(|p| !ignored(p))
            .filter_map(|p| {
                p.strip_prefix(&root_abs)
                    .or_else(|_| p.strip_prefix(root))
                    .ok()
                    .map(Path::to_path_buf)
            })
            .filter(|r| {
                r.starts_with("content") || r.starts_with("themes") || r == Path::new("site.yaml")
            })
            // A vanished file without an extension is an editor's temporary (sed -i, some IDEs).
            .filter(|r| root.join(r).exists() || r.extension().is_some())
            .collect();
        rels.sort();
        rels.dedup();
        if rels.is_empty() {
            continue;
        }
        let start = Instant::now();
        let one_article = rels.len() == 1
            && rels[0].starts_with("content/tin-tuc")
            && rels[0].extension().is_some_and(|e| e == "md")
            && root.join(&rels[0]).is_file();
        let edit = if one_article {
            builder.article(&rels[0], state)
        } else {
            Edit::NeedsFull
        };
        use crate::msg::catalog::output as m;
        let how = match edit {
            Edit::Rerendered => m::SERVE_RERENDERED,
            Edit::Failed => m::SERVE_KEPT,
            Edit::NeedsFull => {
                builder.full(state);
                if builder.failed {
                    m::SERVE_KEPT
                } else {
                    m::SERVE_REBUILT
                }
            }
        };
        eprintln!(
            "{}",
            crate::t!(
                how,
                file = rels[0].display(),
                ms = start.elapsed().as_millis()
            )
        );
    }
    Ok(())
}
