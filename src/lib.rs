//! niemyet: a static-site generator for Vietnamese public-information
//! portals — news, mandatory procedure postings and search.
//!
//! The pipeline follows the data, one way: [`content`] loads files into a
//! model (and indexes it), [`validate`] checks every rule, [`render`] turns
//! the model into files, [`search`] indexes the rendered bodies beside it,
//! [`output`] writes everything into a staging folder and swaps it in, and
//! `validate::links` checks the links of the rendered pages. Shared types
//! live in neutral modules: `output::OutputFile`, `doc`, `urls`, `text`.

pub mod config;
pub mod content;
pub mod deploy;
pub mod diag;
pub(crate) mod doc;
pub mod import;
pub mod msg;
pub mod output;
pub mod render;
pub mod scaffold;
pub mod search;
pub mod serve;
pub mod text;
pub(crate) mod urls;
pub mod validate;

use std::path::Path;

use diag::Report;

#[derive(Debug, Default, Clone)]
pub struct BuildOptions {
    /// Publish drafts too (for previews).
    pub drafts: bool,
    /// Replace a non-empty output folder that niemyet did not make.
    pub force: bool,
    /// The process ends right after this build: the model's memory is left
    /// to the operating system instead of being freed piece by piece (a
    /// tenth of a second with one core busy, at 10k articles). Never for a
    /// process that goes on, such as `serve`.
    pub exiting: bool,
}

/// What a successful build produced.
#[derive(Debug)]
pub struct Summary {
    pub report: Report,
    pub articles: usize,
    pub pages: usize,
    pub procedures: usize,
    pub files: usize,
    /// Files written anew; the others were unchanged and linked from the
    /// previous output.
    pub written: usize,
    pub linked: usize,
    /// Nothing to do: the output was already what this build would make.
    pub up_to_date: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// Content problems, all of them; nothing was written.
    #[error("{}", t!(msg::catalog::output::SITE_HAS_ERRORS, n = .0.errors()))]
    Content(Report),
    #[error(transparent)]
    Load(content::LoadError),
    #[error(transparent)]
    Theme(#[from] render::ThemeError),
    #[error(transparent)]
    Output(#[from] output::OutputError),
    /// Rendering found the writer gone; the writer's own error is the one
    /// reported, so this is seen only if it vanished without one.
    #[error("{}", t!(msg::catalog::output::WRITER_STOPPED))]
    WriterStopped,
}

impl From<content::LoadError> for BuildError {
    fn from(e: content::LoadError) -> Self {
        match e {
            content::LoadError::Content(r) => BuildError::Content(r),
            other => BuildError::Load(other),
        }
    }
}

/// Loads and validates without rendering: the rules of DESIGN §2, the
/// first half of [`check_all`] (what `niemyet check` runs) and of a build.
pub fn check(root: &Path, opts: &BuildOptions) -> Result<(content::Site, Report), BuildError> {
    let (site, mut report) = content::load(root, opts.drafts)?;
    report.extend(validate::site(&site).diagnostics);
    report.sort();
    Ok((site, report))
}

/// Everything `niemyet check` looks at: the rules of DESIGN §2 and, when
/// those pass, every link of the site rendered in memory.
pub fn check_all(
    root: &Path,
    opts: &BuildOptions,
) -> Result<(Report, Vec<validate::links::External>), BuildError> {
    let (site, mut report) = check(root, opts)?;
    if report.has_errors() {
        return Ok((report, Vec::new()));
    }
    let theme = render::Theme::load(root, &site.config.theme)?;
    let bodies = render::bodies(&site);
    report.extend(images(&site, &bodies));
    report.sort();
    if report.has_errors() {
        return Ok((report, Vec::new()));
    }
    let renderer = render::Renderer::new(&site, &theme, bodies);
    let mut checker = validate::links::Checker::with_external(&site);
    renderer.render_all(|batch| {
        checker.add(&batch);
        Ok::<(), BuildError>(())
    })?;
    let external = checker.finish(&site, &mut report);
    report.sort();
    Ok((report, external))
}

/// Images the Markdown bodies show that are not files of the site: found
/// once the bodies are rendered, reported like any content error.
pub fn images(site: &content::Site, bodies: &doc::Bodies) -> Vec<diag::Diagnostic> {
    let mut out = validate::images::check(site, &site.articles, &bodies.articles);
    out.extend(validate::images::check(site, &site.pages, &bodies.pages));
    out
}

/// The stage a build is in, for progress display.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Loading,
    Markdown,
    Rendering,
    Writing,
}

/// Builds the site at `root` into `out`.
pub fn build(root: &Path, out: &Path, opts: &BuildOptions) -> Result<Summary, BuildError> {
    build_with_progress(root, out, opts, &|_| {})
}

/// [`build`], telling `progress` when each stage starts.
pub fn build_with_progress(
    root: &Path,
    out: &Path,
    opts: &BuildOptions,
    progress: &dyn Fn(Stage),
) -> Result<Summary, BuildError> {
    // Before anything is read or written: where may this build write?
    let (root, out) =
        output::guard::check(root, out, opts.force).map_err(output::OutputError::from)?;
    let (root, out) = (root.as_path(), out.as_path());
    // Same inputs, same program, intact output: nothing to do.
    let key = content::inputs::key(root, opts.drafts);
    if let Some((done, files)) = key.and_then(|k| output::up_to_date(out, k)) {
        return Ok(Summary {
            articles: done.articles,
            pages: done.pages,
            procedures: done.procedures,
            files,
            written: 0,
            linked: files,
            up_to_date: true,
            report: Report::default(),
        });
    }
    progress(Stage::Loading);
    let (site, report) = check(root, opts)?;
    if report.has_errors() {
        return Err(BuildError::Content(report));
    }
    progress(Stage::Markdown);
    let theme = render::Theme::load(root, &site.config.theme)?;
    // The taxonomy (serial) beside the Markdown bodies (parallel).
    let (bodies, tax) = rayon::join(
        || render::bodies(&site),
        || content::index::Taxonomy::new(&site),
    );
    let missing = images(&site, &bodies);
    if !missing.is_empty() {
        let mut report = report;
        report.extend(missing);
        report.sort();
        return Err(BuildError::Content(report));
    }
    let renderer = render::Renderer::with_taxonomy(&site, &theme, bodies, tax);
    progress(Stage::Rendering);
    // Pages are written batch by batch as they are rendered, on a thread of
    // their own (at most two batches waiting): rendering never waits on the
    // disk, and memory stays flat however large the site.
    let staging = output::Staging::create(out)?;
    // Every internal link of every page must lead somewhere before the
    // site is published (DESIGN §2.6): checked on the batches as written.
    let links = validate::links::Checker::new(&site);
    let (batches, inbox) = std::sync::mpsc::sync_channel::<Vec<output::OutputFile>>(2);
    // The writer's parallel work (link scan, hashing, writes) runs on
    // threads of its own: in the shared pool it queued behind the search
    // index's merge while a renderer waited on the full channel, and one
    // core sat idle for a fifth of the build.
    let writer_pool = rayon::ThreadPoolBuilder::new()
        .num_threads(rayon::current_num_threads())
        .thread_name(|i| format!("niemyet-write-{i}"))
        .build()
        .map_err(|e| output::OutputError::Io {
            path: out.to_path_buf(),
            source: std::io::Error::other(e),
        })?;
    let index_batch = batches.clone();
    let (written, rendered, indexed) = std::thread::scope(|scope| {
        let writer = scope.spawn(move || {
            let (mut staging, mut links) = (staging, links);
            let (mut pages, mut files) = (0, 0);
            for batch in inbox {
                pages += batch.iter().filter(|f| f.path.ends_with(".html")).count();
                files += batch.len();
                // The link scan and the writes of a batch side by side: one
                // after the other, the end of the build waited on both.
                writer_pool.install(|| {
                    let ((), written) = rayon::join(|| links.add(&batch), || staging.write(&batch));
                    written
                })?;
            }
            Ok::<_, BuildError>((staging, links, pages, files))
        });
        // Render → write, and beside it the search index: its merge is
        // serial and would otherwise leave a core idle.
        let (rendered, indexed) = rayon::join(
            || {
                renderer.render_all(|batch| {
                    // Refused only when the writer stopped: its error says why.
                    batches.send(batch).map_err(|_| BuildError::WriterStopped)
                })
            },
            || {
                let index = search::index(
                    &site,
                    renderer.taxonomy(),
                    renderer.urls(),
                    renderer.article_bodies(),
                );
                // Written beside the pages, not after them (one file per
                // shard, pack and fragment: most of a large site's files).
                index_batch
                    .send(index)
                    .map_err(|_| BuildError::WriterStopped)
            },
        );
        drop((batches, index_batch));
        let written = writer
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (written, rendered, indexed)
    });
    let (staging, links, pages, files) = written?;
    rendered?;
    indexed?;
    let mut report = report;
    links.finish(&site, &mut report);
    report.sort();
    if report.has_errors() {
        // The staging folder is removed on drop: `public/` stays as it was.
        return Err(BuildError::Content(report));
    }
    let (written, linked) = (staging.written, staging.linked);
    progress(Stage::Writing);
    let procedures = site.catalogs.iter().map(|c| c.procedures.len()).sum();
    let articles = site.articles.len();
    // Only a clean build is recorded: one with warnings is made again, so
    // they are shown every time.
    let inputs = key
        .filter(|_| report.diagnostics.is_empty())
        .map(|key| output::Inputs {
            key,
            articles,
            pages,
            procedures,
        });
    staging.publish(inputs)?;
    if opts.exiting {
        std::mem::forget(renderer);
        std::mem::forget(theme);
        std::mem::forget(site);
    }
    Ok(Summary {
        articles,
        pages,
        procedures,
        files,
        written,
        linked,
        up_to_date: false,
        report,
    })
}
