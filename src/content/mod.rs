//! Load: files on disk → one typed, immutable [`Site`] model. No HTML here.

pub mod article;
pub mod catalog;
pub(crate) mod fields;
pub mod glossary;
pub(crate) mod index;
pub mod inputs;
pub mod limits;
mod prefetch;
pub(crate) mod reform;
pub(crate) mod registry;
pub mod schema;
pub(crate) mod walk;
pub(crate) mod yaml;

/// Inputs that are not plain files, for tests.
#[cfg(all(test, unix))]
pub(crate) mod odd {
    use std::path::Path;

    /// A FIFO at `path`: opening it for reading waits for a writer.
    pub fn fifo(path: &Path) {
        use rustix::fs::{CWD, FileType, Mode, mknodat};
        mknodat(CWD, path, FileType::Fifo, Mode::RUSR | Mode::WUSR, 0).unwrap();
    }

    /// `f`'s result, run on a thread of its own; the test fails, naming
    /// `what`, when it has not finished within 10 s.
    pub fn unless_hung<T: Send + 'static>(what: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
        let (done, finished) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let _ = done.send(f());
        });
        match finished.recv_timeout(std::time::Duration::from_secs(10)) {
            Ok(done) => done,
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => panic!("{what} hung"),
            Err(_) => panic!("{what} panicked"),
        }
    }
}

use std::path::{Path, PathBuf};

use rayon::prelude::*;

pub use article::Article;
pub use catalog::{Catalog, Procedure};
pub use glossary::Abbreviation;

use crate::config::Config;
use crate::diag::{Diagnostic, Report, Severity};
use crate::msg::catalog::content as m;
use crate::t;
use crate::text;

/// Everything the output is derived from, in a stable order.
#[derive(Debug)]
pub struct Site {
    pub root: PathBuf,
    pub config: Config,
    /// Published news, newest first (drafts only with `--drafts`).
    pub articles: Vec<Article>,
    pub pages: Vec<Article>,
    pub catalogs: Vec<Catalog>,
    pub glossary: Vec<Abbreviation>,
    /// `content/co-quan.yaml`, when the site has one.
    pub registry: Option<registry::Registry>,
    /// Files under `content/tep/`, relative to `content/`, sorted.
    pub files: Vec<PathBuf>,
}

impl Site {
    /// The file an article's body names (an image, a linked file), read
    /// one way: `tep/…` and `/tep/…` are `content/tep/…`, any other `/…`
    /// is under `content/`, any other relative path is a file of the
    /// article's own folder (index.md). `None` for a path that would leave
    /// its folder, a symlink out of the site, or no file.
    pub fn body_file(&self, a: &Article, dest: &str) -> Option<PathBuf> {
        let path = text::url::percent_decoded(dest.split(['?', '#']).next().unwrap_or(""));
        let file = if path.starts_with('/') || path.starts_with("tep/") {
            safe_relative(&path)
                .then(|| self.root.join("content").join(path.trim_start_matches('/')))?
        } else {
            let bundle = a.bundle.as_ref()?;
            safe_relative(&path).then(|| self.root.join(bundle).join(&path))?
        };
        // A symlink may not lead out of the site (as for the files walked).
        let canon_root = self.root.canonicalize().ok()?;
        (file.is_file() && walk::inside(&file, &canon_root)).then_some(file)
    }

    /// The file of an article's front-matter `image` and whether it is in
    /// the article's own folder (looked for there first, else under
    /// `content/`). `None` for a URL, a path that would leave its folder,
    /// a symlink out of the site, or no file.
    pub fn lead_image_file(&self, a: &Article) -> Option<(PathBuf, bool)> {
        let image = a.image.as_deref()?;
        if text::url::scheme(image).is_some() || image.starts_with("//") {
            return None;
        }
        let rel = image.trim_start_matches('/');
        if !safe_relative(rel) {
            return None;
        }
        let (file, in_bundle) = match a.bundle.as_ref().map(|b| self.root.join(b).join(rel)) {
            Some(f) if f.is_file() => (f, true),
            _ => (self.root.join("content").join(rel), false),
        };
        let canon_root = self.root.canonicalize().ok()?;
        (file.is_file() && walk::inside(&file, &canon_root)).then_some((file, in_bundle))
    }

    /// The size of the image an article's body names (see [`Self::body_file`]).
    pub fn body_image_size(&self, a: &Article, dest: &str) -> Option<(u32, u32)> {
        image_size(&self.body_file(a, dest)?)
    }
}

/// Width and height of an image file, from its header only (bounded
/// work whatever the file's size); `None` for formats without one (SVG).
pub fn image_size(file: &Path) -> Option<(u32, u32)> {
    let s = imagesize::size(file).ok()?;
    Some((u32::try_from(s.width).ok()?, u32::try_from(s.height).ok()?))
}

/// A relative path with no `..`, no drive or root: it cannot leave the
/// folder it is joined to.
pub fn safe_relative(rel: &str) -> bool {
    let p = Path::new(rel.trim_start_matches('/'));
    !rel.contains('\\')
        && p.components()
            .all(|c| matches!(c, std::path::Component::Normal(_)))
}

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{}: {}", path.display(), crate::msg::io_error(source))]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("content errors")]
    Content(Report),
}

/// A loaded item (if usable) with the file's diagnostics.
pub type Loaded<T> = (Option<T>, Vec<Diagnostic>);

/// `path` opened for reading, with its metadata. Without waiting: opening
/// a FIFO for reading would block until a writer came.
fn open_unblocked(path: &Path) -> std::io::Result<(std::fs::File, std::fs::Metadata)> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32);
    }
    let file = options.open(path)?;
    let meta = file.metadata()?;
    Ok((file, meta))
}

/// Whether `path` is there but is not a file (a folder, a FIFO, a device):
/// "not found" would send the reader looking for the wrong thing.
pub fn there_not_a_file(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| !m.is_file())
}

/// A file that is there but cannot be read as one.
fn not_a_file(rel: &Path) -> Diagnostic {
    Diagnostic::error(rel, 0, 0, t!(m::NOT_A_FILE)).help(t!(m::NOT_A_FILE_HELP))
}

/// A file's text after decoding and cleaning; problems go to `diags`.
fn read_text(
    root: &Path,
    rel: &Path,
    diags: &mut Vec<Diagnostic>,
) -> Result<Option<String>, LoadError> {
    let io = |source| LoadError::Io {
        path: rel.to_path_buf(),
        source,
    };
    // Type and size are read from the open handle, not the path: a file
    // swapped since the walk for a FIFO or a device is refused without
    // blocking, and one that grows is read no further than its limit.
    let (file, meta) = open_unblocked(&root.join(rel)).map_err(io)?;
    if !meta.is_file() {
        diags.push(not_a_file(rel));
        return Ok(None);
    }
    // Larger files are refused before reading: no real article or catalog
    // is this big, and a runaway file must not exhaust the machine.
    let markdown = has_ext(rel, &["md", "markdown"]);
    let max = if markdown {
        limits::ARTICLE_BYTES
    } else {
        limits::TEXT_BYTES
    };
    let too_big = |len: u64| {
        let message = if markdown {
            m::FILE_TOO_BIG_ARTICLE
        } else {
            m::FILE_TOO_BIG_TEXT
        };
        Diagnostic::error(rel, 0, 0, t!(message, size = len >> 10, max = max >> 10))
            .help(t!(m::FILE_TOO_BIG_HELP))
    };
    if meta.len() > max {
        diags.push(too_big(meta.len()));
        return Ok(None);
    }
    // One byte past the limit tells a file that grew since from one that
    // did not.
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    std::io::Read::read_to_end(&mut std::io::Read::take(file, max + 1), &mut bytes).map_err(io)?;
    if bytes.len() as u64 > max {
        diags.push(too_big(bytes.len() as u64));
        return Ok(None);
    }
    let decoded = match text::clean::decode(bytes) {
        Ok(s) => s,
        Err(line) => {
            diags.push(Diagnostic::error(rel, line, 1, t!(m::NOT_UTF8)).help(t!(m::NOT_UTF8_HELP)));
            return Ok(None);
        }
    };
    let cleaned = text::clean::clean_string(decoded);
    if cleaned.fixed > 0 {
        diags.push(
            Diagnostic::warning(rel, 0, 0, t!(m::INVISIBLE_FIXED, count = cleaned.fixed))
                .help(t!(m::INVISIBLE_FIXED_HELP)),
        );
    }
    // A byte scan first: most files hold no legacy mark on any line.
    if text::clean::has_legacy_marks(&cleaned.text) {
        for (i, line) in cleaned.text.lines().enumerate() {
            if text::clean::looks_like_mojibake(line) {
                diags.push(
                    Diagnostic::warning(rel, i + 1, 1, t!(m::MOJIBAKE)).help(t!(m::MOJIBAKE_HELP)),
                );
            }
        }
    }
    Ok(Some(cleaned.text))
}

fn has_ext(p: &Path, exts: &[&str]) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| exts.iter().any(|x| e.eq_ignore_ascii_case(x)))
}

/// Reads one article or page (`rel` relative to the site root).
pub fn load_markdown(
    root: &Path,
    rel: &Path,
    kind: article::Kind,
) -> Result<Loaded<Article>, LoadError> {
    let mut diags = Vec::new();
    let Some(src) = read_text(root, rel, &mut diags)? else {
        return Ok((None, diags));
    };
    let (art, more) = parse_article(rel, &src, kind);
    diags.extend(more);
    Ok((art, diags))
}

/// An article or page from its cleaned text (`rel` names it in messages).
pub fn parse_article(rel: &Path, src: &str, kind: article::Kind) -> Loaded<Article> {
    let mut sink = fields::Sink::new(rel);
    let art = article::read(rel, src, kind, &mut sink);
    (art, sink.diags)
}

/// A catalog from its cleaned text (`rel` names it in messages).
pub fn parse_catalog(rel: &Path, src: &str) -> Loaded<Catalog> {
    let mut sink = fields::Sink::new(rel);
    let cat = match yaml::parse(src, 0) {
        Ok(node) => catalog::read(rel, &node, &mut sink),
        Err(e) => {
            sink.diags.push(
                Diagnostic::error(rel, e.line, e.col, t!(m::YAML_INVALID, error = e.message))
                    .help(t!(m::YAML_INVALID_HELP)),
            );
            None
        }
    };
    (cat, sink.diags)
}

/// Reads the whole site. Content problems are collected into the returned
/// report; only I/O failures and an unusable `site.yaml` stop early.
pub fn load(root: &Path, drafts: bool) -> Result<(Site, Report), LoadError> {
    let mut report = Report::default();
    let canon_root = root.canonicalize().ok();
    let Some((config, canon_root)) = read_config(root, canon_root, &mut report)? else {
        return Err(LoadError::Content(report));
    };
    let found = find_files(root, &mut report)?;
    let inputs: Vec<&PathBuf> = (found.news.iter())
        .chain(&found.pages)
        .chain(&found.catalogs)
        .collect();
    let (mut articles, mut pages, mut catalogs) = std::thread::scope(|scope| {
        prefetch::start(scope, root, &inputs);
        let (articles, pages) = read_markdown(root, &found, drafts, &mut report)?;
        let catalogs = read_catalogs(root, &found.catalogs, &mut report)?;
        Ok::<_, LoadError>((articles, pages, catalogs))
    })?;
    catalogs.retain(|c| drafts || !c.draft);
    let files = found.files;
    let glossary = optional_yaml(
        root,
        &canon_root,
        Path::new("content/tu-viet-tat.yaml"),
        &t!(m::GLOSSARY_HELP),
        &mut report,
        glossary::read,
    )?
    .unwrap_or_default();
    let registry = optional_yaml(
        root,
        &canon_root,
        Path::new("content/co-quan.yaml"),
        &t!(m::REGISTRY_HELP),
        &mut report,
        registry::read,
    )?;

    disambiguate_slugs(&mut articles, &mut report);
    disambiguate_slugs(&mut pages, &mut report);
    // Newest first; ties broken by file so the order never depends on the disk.
    articles.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.file.cmp(&b.file)));
    pages.sort_by_cached_key(|p| text::sort_key(&p.title));

    let site = Site {
        root: root.to_path_buf(),
        config,
        articles,
        pages,
        catalogs,
        glossary,
        registry,
        files,
    };
    Ok((site, report))
}

/// `site.yaml`, read and checked; `None` when the site cannot be built
/// without it (the reasons are in `report`).
fn read_config(
    root: &Path,
    canon_root: Option<PathBuf>,
    report: &mut Report,
) -> Result<Option<(Config, PathBuf)>, LoadError> {
    let config_rel = Path::new("site.yaml");
    if there_not_a_file(&root.join(config_rel)) {
        report.push(not_a_file(config_rel));
        return Ok(None);
    }
    if !root.join(config_rel).is_file() {
        report.push(
            Diagnostic::error(config_rel, 0, 0, t!(m::NOT_A_SITE, dir = root.display()))
                .help(t!(m::NOT_A_SITE_HELP)),
        );
        return Ok(None);
    }
    let canon_root = canon_root.ok_or_else(|| LoadError::Io {
        path: root.to_path_buf(),
        source: std::io::Error::other(t!(m::ROOT_UNRESOLVED)),
    })?;
    if !walk::inside(&root.join(config_rel), &canon_root) {
        report.push(
            Diagnostic::error(config_rel, 0, 0, t!(m::CONFIG_LINK_OUTSIDE))
                .help(t!(m::CONFIG_LINK_OUTSIDE_HELP)),
        );
        return Ok(None);
    }
    let mut diags = Vec::new();
    let config =
        read_text(root, config_rel, &mut diags)?.and_then(|t| match crate::config::parse(&t) {
            Ok(c) => {
                let problems = crate::config::rules(&c, &t, root);
                let fatal = problems
                    .iter()
                    .any(|d| d.severity == crate::diag::Severity::Error);
                diags.extend(problems);
                (!fatal).then_some(c)
            }
            Err((line, col, msg)) => {
                diags.push(Diagnostic::error(config_rel, line, col, msg).help(t!(m::CONFIG_HELP)));
                // A typo is often why a key is missing: say so too.
                if let Ok(tree) = yaml::parse(&t, 0) {
                    diags.extend(crate::config::unknown_keys(config_rel, &tree));
                }
                None
            }
        });
    report.extend(diags);
    Ok(config.map(|c| (c, canon_root)))
}

/// The files of the content folders, and what was skipped.
struct Found {
    news: Vec<PathBuf>,
    pages: Vec<PathBuf>,
    catalogs: Vec<PathBuf>,
    /// Files under content/tep, relative to content/.
    files: Vec<PathBuf>,
}

fn find_files(root: &Path, report: &mut Report) -> Result<Found, LoadError> {
    let content = root.join("content");
    // `_index.md` is a Hugo/Zola section file, not an article: content
    // moved from those generators keeps building.
    let is_section = |p: &Path| p.file_name().is_some_and(|n| n == "_index.md");
    let walk = |dir: &str, keep: &dyn Fn(&Path) -> bool| {
        walk::walk(root, &content.join(dir), keep).map_err(|source| LoadError::Io {
            path: Path::new("content").join(dir),
            source,
        })
    };
    let markdown = |p: &Path| has_ext(p, &["md", "markdown"]) && !is_section(p);
    let news = walk("tin-tuc", &markdown)?;
    let page = walk("trang", &markdown)?;
    let catalog = walk("thu-tuc", &|p| has_ext(p, &["yaml", "yml"]))?;
    let tep = walk("tep", &|_| true)?;
    let (news_files, page_files, catalog_files) = (news.files, page.files, catalog.files);
    // Files are published relative to content/.
    let files: Vec<PathBuf> = tep
        .files
        .iter()
        .map(|p| p.strip_prefix("content").unwrap_or(p).to_path_buf())
        .collect();
    let mut skipped = tep;
    for w in [
        walk::Walked {
            files: Vec::new(),
            ..news
        },
        walk::Walked {
            files: Vec::new(),
            ..page
        },
        walk::Walked {
            files: Vec::new(),
            ..catalog
        },
    ] {
        skipped.extend(w);
    }
    skipped.files.clear();
    skipped.hidden.sort();
    report.extend(skipped.warnings());
    for f in &files {
        if let Some(long) = f
            .iter()
            .map(|c| c.to_string_lossy())
            .find(|c| c.len() > limits::SEGMENT_BYTES)
        {
            report.push(
                Diagnostic::error(
                    &Path::new("content").join(f),
                    0,
                    0,
                    t!(
                        m::NAME_TOO_LONG,
                        name = long,
                        len = long.len(),
                        max = limits::SEGMENT_BYTES
                    ),
                )
                .help(t!(m::NAME_TOO_LONG_HELP)),
            );
        }
    }
    Ok(Found {
        news: news_files,
        pages: page_files,
        catalogs: catalog_files,
        files,
    })
}

/// Articles and pages, drafts only when asked.
fn read_markdown(
    root: &Path,
    found: &Found,
    drafts: bool,
    report: &mut Report,
) -> Result<(Vec<Article>, Vec<Article>), LoadError> {
    let load_md = |files: &[PathBuf], kind| -> Result<Vec<Loaded<Article>>, LoadError> {
        files
            .par_iter()
            .map(|rel| load_markdown(root, rel, kind))
            .collect()
    };
    let mut articles = Vec::new();
    for (art, diags) in load_md(&found.news, article::Kind::News)? {
        report.extend(diags);
        articles.extend(art.filter(|a| drafts || !a.draft));
    }
    let mut pages = Vec::new();
    for (art, diags) in load_md(&found.pages, article::Kind::Page)? {
        report.extend(diags);
        pages.extend(art.filter(|a| drafts || !a.draft));
    }
    Ok((articles, pages))
}

fn read_catalogs(
    root: &Path,
    catalog_files: &[PathBuf],
    report: &mut Report,
) -> Result<Vec<Catalog>, LoadError> {
    let parsed: Vec<Loaded<Catalog>> = catalog_files
        .par_iter()
        .map(|rel| {
            let mut diags = Vec::new();
            let Some(src) = read_text(root, rel, &mut diags)? else {
                return Ok((None, diags));
            };
            let (cat, more) = parse_catalog(rel, &src);
            diags.extend(more);
            Ok((cat, diags))
        })
        .collect::<Result<_, LoadError>>()?;
    let mut catalogs = Vec::new();
    for (cat, diags) in parsed {
        report.extend(diags);
        catalogs.extend(cat);
    }
    Ok(catalogs)
}

/// An optional YAML file of the site (glossary, agency registry): absent
/// is `None`; a link out of the site is skipped with a warning; problems
/// go to `report` and what is usable is kept.
fn optional_yaml<T>(
    root: &Path,
    canon_root: &Path,
    rel: &Path,
    help: &str,
    report: &mut Report,
    read: impl FnOnce(&yaml::Node, &mut fields::Sink) -> T,
) -> Result<Option<T>, LoadError> {
    if !root.join(rel).is_file() {
        if there_not_a_file(&root.join(rel)) {
            report.push(Diagnostic {
                severity: Severity::Warning,
                ..not_a_file(rel)
            });
        }
        return Ok(None);
    }
    if !walk::inside(&root.join(rel), canon_root) {
        report.push(
            Diagnostic::warning(rel, 0, 0, t!(m::LINK_OUTSIDE)).help(t!(m::LINK_OUTSIDE_HELP)),
        );
        return Ok(None);
    }
    let mut diags = Vec::new();
    let mut out = None;
    if let Some(src) = read_text(root, rel, &mut diags)? {
        let mut sink = fields::Sink::new(rel);
        match yaml::parse(&src, 0) {
            Ok(node) => out = Some(read(&node, &mut sink)),
            Err(e) => sink.diags.push(
                Diagnostic::error(rel, e.line, e.col, t!(m::YAML_INVALID, error = e.message))
                    .help(help),
            ),
        }
        diags.extend(sink.diags);
    }
    report.extend(diags);
    Ok(out)
}

/// Two files with the same slug would overwrite each other's page: the
/// later file (in path order) gets `-2`, `-3`… and a warning.
fn disambiguate_slugs(items: &mut [Article], report: &mut Report) {
    items.sort_by(|a, b| a.file.cmp(&b.file));
    let mut seen = std::collections::HashSet::new();
    for a in items.iter_mut() {
        if seen.insert(a.slug.clone()) {
            continue;
        }
        let mut n = 2;
        while seen.contains(&format!("{}-{n}", a.slug)) {
            n += 1;
        }
        let new = format!("{}-{n}", a.slug);
        report.push(
            Diagnostic::warning(
                &a.file,
                a.front_pos.0,
                a.front_pos.1,
                t!(m::SLUG_TAKEN, slug = a.slug, new = new),
            )
            .help(t!(m::SLUG_TAKEN_HELP)),
        );
        seen.insert(new.clone());
        a.slug = new;
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    /// A FIFO where the walk saw a file (swapped in since) is reported as
    /// not a file, at once: reading it would wait for a writer forever.
    #[test]
    fn a_fifo_is_refused_without_waiting() {
        let dir = tempfile::tempdir().unwrap();
        odd::fifo(&dir.path().join("bai.md"));
        let root = dir.path().to_path_buf();
        let (read, diags) = odd::unless_hung("reading a FIFO", move || {
            let mut diags = Vec::new();
            let read = read_text(&root, Path::new("bai.md"), &mut diags);
            (read.map_err(|e| e.to_string()), diags)
        });
        assert!(matches!(read, Ok(None)), "{read:?}");
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].file, Path::new("bai.md"));
        assert_eq!(diags[0].message, t!(m::NOT_A_FILE));
    }
}
