//! Links in the rendered site (for `niemyet check`): every internal link and
//! anchor must land, every file under `content/tep/` should be linked from
//! somewhere, and external links can be listed for a manual look.

use crate::msg::catalog::validate as m;
use crate::t;
use crate::text::html::unescape;
use crate::text::url::percent_decoded;
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::content::Site;
use crate::diag::{Diagnostic, Report};
use crate::output::{Content, OutputFile};
use crate::urls::{Urls, file_for};

/// An external link and the pages it appears on.
pub struct External {
    pub url: String,
    pub pages: Vec<String>,
}

/// Which attribute a value came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Attr {
    Id,
    Href,
    Src,
}

/// The `id`, `href` and `src` values (double-quoted, as the templates and
/// the Markdown converter write them) of an HTML page, with the offset of
/// each value, in one pass over its tags. Text between tags is skipped: raw
/// HTML an officer typed, shown escaped, holds no link of the page.
fn attributes(b: &[u8]) -> Vec<(Attr, &str, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(open) = memchr::memchr(b'<', &b[i..]) {
        let tag = i + open + 1;
        let mut j = tag;
        // Only the end of the tag and quoted values matter; the name of a
        // value is read back from its opening quote.
        loop {
            let Some(k) = memchr::memchr3(b'>', b'"', b'\'', &b[j..]) else {
                return out;
            };
            let quote = j + k;
            let q = b[quote];
            if q == b'>' {
                j = quote;
                break;
            }
            let value = quote + 1;
            let Some(len) = memchr::memchr(q, &b[value..]) else {
                return out;
            };
            if q == b'"'
                && let Some(kind) = named(b, tag, quote)
                // Quotes are ASCII: the value is whole characters.
                && let Ok(text) = std::str::from_utf8(&b[value..value + len])
            {
                out.push((kind, text, value));
            }
            j = value + len + 1;
        }
        i = j + 1;
    }
    out
}

/// 1-based line numbers of increasing offsets into one text, counted only
/// for the offsets asked about (a page's new links, not its every
/// attribute).
struct Lines<'a> {
    text: &'a [u8],
    counted: usize,
    line: usize,
}

impl<'a> Lines<'a> {
    fn new(text: &'a [u8]) -> Self {
        Lines {
            text,
            counted: 0,
            line: 1,
        }
    }

    fn at(&mut self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        if offset > self.counted {
            self.line += memchr::memchr_iter(b'\n', &self.text[self.counted..offset]).count();
            self.counted = offset;
        }
        self.line
    }
}

/// The attribute whose double-quoted value opens at `quote`, when it is
/// one the checker reads: its name, `=`, right before the quote, and
/// whitespace (or the tag's start) right before the name.
fn named(b: &[u8], tag: usize, quote: usize) -> Option<Attr> {
    let before = &b[tag..quote];
    [
        (&b"id="[..], Attr::Id),
        (b"href=", Attr::Href),
        (b"src=", Attr::Src),
    ]
    .into_iter()
    .find(|(name, _)| {
        before.ends_with(name)
            && before
                .len()
                .checked_sub(name.len() + 1)
                .is_none_or(|k| before[k].is_ascii_whitespace())
    })
    .map(|(_, kind)| kind)
}

/// Where an article's or page's output lives, to blame its source file.
/// Each article's and page's output path → its file, Markdown body and the
/// body's first line: where a broken link is blamed. Built only when a
/// link is broken.
type Sources<'a> = FxHashMap<String, (&'a std::path::Path, &'a str, usize)>;

fn sources<'a>(site: &'a Site, urls: &Urls) -> Sources<'a> {
    let articles = site.articles.iter().map(|a| (urls.article(&a.slug), a));
    let pages = site.pages.iter().map(|p| (urls.page(&p.slug), p));
    articles
        .chain(pages)
        .map(|(url, a)| {
            (
                file_for(&url, &urls.base_path),
                (a.file.as_path(), a.body.as_str(), a.body_line),
            )
        })
        .collect()
}

/// A page (output path) and an anchor in it.
type Target = (String, Option<String>);

/// What one page holds: its anchors (newline-joined), its internal links
/// (target, anchor; as written; line) and its external links.
#[derive(Default)]
struct Found<'a> {
    ids: String,
    links: Vec<(Target, &'a str, usize)>,
    external: Vec<String>,
}

/// A link to check once every output path is known. Links repeated on
/// every page (navigation, footer) are kept once, with the first page.
struct Pending {
    page: String,
    raw: String,
    line: usize,
}

/// Reads rendered pages batch by batch (a large site is never held in
/// memory), then reports what does not resolve.
pub struct Checker {
    base_path: String,
    origin: String,
    paths: FxHashSet<String>,
    /// Anchors of each page, newline-joined.
    ids: FxHashMap<String, String>,
    links: FxHashMap<Target, Pending>,
    /// Site-absolute links (`/tin-tuc/`) as written, once recorded: the
    /// menu and footer of every later page are not read again.
    known: FxHashSet<String>,
    external: BTreeMap<String, BTreeSet<String>>,
    /// External links are gathered only for `check`, which lists them; a
    /// build would keep one per page (its share links) for nothing.
    list_external: bool,
}

impl Checker {
    /// A checker that also gathers external links, for [`Checker::finish`]
    /// to return.
    pub fn with_external(site: &Site) -> Checker {
        Checker {
            list_external: true,
            ..Checker::new(site)
        }
    }

    /// A checker of internal links and anchors only.
    pub fn new(site: &Site) -> Checker {
        let urls = Urls::new(&site.config);
        // Sized for the site up front: grown by doubling, the tables were
        // rehashed a dozen times on a large site, on the writer's thread.
        let pages = site.articles.len()
            + site.pages.len()
            + site
                .catalogs
                .iter()
                .map(|c| c.procedures.len())
                .sum::<usize>();
        Checker {
            origin: format!("{}{}", urls.origin, urls.base_path),
            base_path: urls.base_path,
            paths: FxHashSet::with_capacity_and_hasher(2 * pages, Default::default()),
            ids: FxHashMap::with_capacity_and_hasher(pages, Default::default()),
            links: FxHashMap::with_capacity_and_hasher(2 * pages, Default::default()),
            known: FxHashSet::with_capacity_and_hasher(pages, Default::default()),
            external: BTreeMap::new(),
            list_external: false,
        }
    }

    /// Reads a batch of pages, in parallel; what they link to is merged
    /// in order, so the first page with a link is the one blamed.
    pub fn add(&mut self, files: &[OutputFile]) {
        let found: Vec<Option<Found>> = files.par_iter().map(|f| self.scan(f)).collect();
        for (f, found) in files.iter().zip(found) {
            self.paths.insert(f.path.clone());
            let Some(found) = found else { continue };
            self.ids.insert(f.path.clone(), found.ids);
            for (key, raw, line) in found.links {
                if let std::collections::hash_map::Entry::Vacant(e) = self.links.entry(key) {
                    e.insert(Pending {
                        page: f.path.clone(),
                        raw: raw.to_owned(),
                        line,
                    });
                    if raw.starts_with('/') {
                        self.known.insert(raw.to_owned());
                    }
                }
            }
            for url in found.external {
                let pages = self.external.entry(url).or_default();
                // A few pages are enough to find it again.
                if pages.len() < 5 {
                    pages.insert(f.path.clone());
                }
            }
        }
    }

    /// The anchors and links of one page; None for other files.
    fn scan<'a>(&self, f: &'a OutputFile) -> Option<Found<'a>> {
        let Content::Bytes(bytes) = &f.content else {
            return None;
        };
        if !f.path.ends_with(".html") {
            return None;
        }
        let mut found = Found::default();
        let page = f.path.as_str();
        let dir = page.rsplit_once('/').map_or("", |(d, _)| d);
        let mut seen: FxHashSet<&str> = FxHashSet::default();
        let mut lines = Lines::new(bytes);
        for (kind, raw, offset) in attributes(bytes) {
            if kind == Attr::Id {
                if !found.ids.is_empty() {
                    found.ids.push('\n');
                }
                found.ids.push_str(&unescape(raw));
                continue;
            }
            // A link an earlier page had is checked already; the same link
            // twice on a page (menu and footer) is read once.
            if (raw.starts_with('/') && self.known.contains(raw)) || !seen.insert(raw) {
                continue;
            }
            let link = unescape(raw);
            if link.is_empty()
                || ["mailto:", "tel:", "javascript:", "data:"]
                    .iter()
                    .any(|p| link.starts_with(p))
            {
                continue;
            }
            let local = match link.strip_prefix(&self.origin) {
                Some(rest) if rest.is_empty() || rest.starts_with('/') => {
                    format!(
                        "{}{}",
                        self.base_path,
                        if rest.is_empty() { "/" } else { rest }
                    )
                }
                _ if link.starts_with("http://")
                    || link.starts_with("https://")
                    || link.starts_with("//") =>
                {
                    if self.list_external {
                        found.external.push(link.into_owned());
                    }
                    continue;
                }
                _ => link.into_owned(),
            };
            let (path, fragment) = match local.split_once('#') {
                Some((p, f)) => (
                    p.split('?').next().unwrap_or(""),
                    Some(f.to_owned()).filter(|f| !f.is_empty()),
                ),
                None => (local.split('?').next().unwrap_or(""), None),
            };
            // The host maps `%E1%BB%99` back to the file name's letters.
            let path = percent_decoded(path);
            let fragment = fragment.map(|f| percent_decoded(&f));
            let target = if path.is_empty() {
                page.to_owned()
            } else if path.starts_with('/') {
                file_for(&path, &self.base_path)
            } else {
                normalise(&format!("{dir}/{path}"))
            };
            found
                .links
                .push(((target, fragment), raw, lines.at(offset)));
        }
        Some(found)
    }

    /// Reports broken links and orphan files; returns the external links.
    pub fn finish(self, site: &Site, report: &mut Report) -> Vec<External> {
        let urls = Urls::new(&site.config);
        let keys: Vec<_> = self.links.into_iter().collect();
        // Each link on its own, in parallel: the set of pages is complete.
        let resolved: Vec<(Cow<str>, Option<String>)> = keys
            .par_iter()
            .map(|((target, fragment), p)| {
                let target = if self.paths.contains(target)
                    || !self.paths.contains(&format!("{target}/index.html"))
                {
                    Cow::Borrowed(target.as_str())
                } else {
                    Cow::Owned(format!("{target}/index.html"))
                };
                let problem = if !self.paths.contains(target.as_ref()) {
                    Some(t!(
                        m::LINK_NOWHERE,
                        link = unescape(&p.raw),
                        target = target
                    ))
                } else {
                    match (fragment, self.ids.get(target.as_ref())) {
                        (Some(f), Some(ids)) if !ids.split('\n').any(|id| id == f) => {
                            Some(t!(m::LINK_NO_ANCHOR, link = unescape(&p.raw), anchor = f))
                        }
                        _ => None,
                    }
                };
                (target, problem)
            })
            .collect();
        // Broken links in a stable order: the report is sorted, but two
        // links may blame the same line.
        let mut broken: Vec<_> = keys
            .iter()
            .zip(&resolved)
            .filter_map(|((key, p), (_, problem))| Some((key, p, problem.as_ref()?)))
            .collect();
        broken.sort_by(|a, b| a.0.cmp(b.0));
        if !broken.is_empty() {
            let sources = sources(site, &urls);
            for (_, p, message) in broken {
                report.push(blame(&sources, &p.page, &p.raw, p.line, message.clone()));
            }
        }
        // Only files from content/ need to know what is linked.
        let linked: FxHashSet<&str> = if site.files.is_empty() {
            FxHashSet::default()
        } else {
            resolved.iter().map(|(t, _)| t.as_ref()).collect()
        };
        for rel in &site.files {
            let path = rel.to_string_lossy().replace('\\', "/");
            if !linked.contains(path.as_str()) {
                report.push(
                    Diagnostic::warning(
                        &PathBuf::from("content").join(rel),
                        0,
                        0,
                        t!(m::FILE_UNLINKED),
                    )
                    .help(t!(m::FILE_UNLINKED_HELP)),
                );
            }
        }
        self.external
            .into_iter()
            .map(|(url, pages)| External {
                url,
                pages: pages.into_iter().collect(),
            })
            .collect()
    }
}

/// A broken link in an article points at the article's Markdown line;
/// elsewhere (templates) at the generated page.
fn blame(
    sources: &Sources,
    page: &str,
    raw: &str,
    html_line: usize,
    message: String,
) -> Diagnostic {
    if let Some((file, body, body_line)) = sources.get(page) {
        // As rendered (`h%E1%BB%99i.jpg`) or as typed (`hội.jpg`), with the
        // base path the renderer put before it or without.
        let rendered = unescape(raw).into_owned();
        let typed = percent_decoded(&rendered);
        let mut needles = vec![rendered.clone(), typed.clone()];
        for n in [&rendered, &typed] {
            if let Some(rest) = n.strip_prefix('/').filter(|r| r.starts_with("tep/")) {
                needles.push(rest.to_owned());
            }
        }
        for (i, l) in body.lines().enumerate() {
            if let Some(col) = needles.iter().find_map(|n| l.find(n.as_str())) {
                return Diagnostic::error(
                    file,
                    body_line + i,
                    l[..col].chars().count() + 1,
                    message,
                )
                .help(t!(m::LINK_HELP));
            }
        }
    }
    Diagnostic::error(&PathBuf::from("public").join(page), html_line, 1, message)
        .help(t!(m::LINK_TEMPLATE_HELP))
}

/// Resolves `a/b/../c` without touching the disk.
fn normalise(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for p in path.split('/') {
        match p {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    let joined = parts.join("/");
    if path.ends_with('/') {
        format!("{joined}/index.html")
    } else {
        joined
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Attributes with the line of each value, as a broken link is blamed.
    fn with_lines(html: &str) -> Vec<(Attr, &str, usize)> {
        let mut lines = Lines::new(html.as_bytes());
        attributes(html.as_bytes())
            .into_iter()
            .map(|(kind, text, offset)| (kind, text, lines.at(offset)))
            .collect()
    }

    #[test]
    fn attribute_values_with_lines() {
        let html = "<a href=\"/a/\" title=\"x > y\">\n<img alt='a \"b' src=\"x.png\">\n<h2\nid=\"c\"><a data-href=\"no\" href=\"#b\">";
        assert_eq!(
            with_lines(html),
            vec![
                (Attr::Href, "/a/", 1),
                (Attr::Src, "x.png", 2),
                (Attr::Id, "c", 4),
                (Attr::Href, "#b", 4)
            ]
        );
        // Typed raw HTML is shown as text: not a link of the page.
        let text = "<p>&lt;a href=\"&amp;#106;avascript:x\"&gt;</p><a href=\"/c/\">";
        assert_eq!(with_lines(text), vec![(Attr::Href, "/c/", 1)]);
        // A name is whole: after whitespace or the tag's start, not glued
        // to the value before it or part of a longer name.
        let glued = "<a x=\"1\"href=\"/no/\" xhref=\"/no/\">\t<href=\"/a/\"><img\tsrc=\"b.png\">";
        assert_eq!(
            with_lines(glued),
            vec![(Attr::Href, "/a/", 1), (Attr::Src, "b.png", 1)]
        );
    }

    #[test]
    fn relative_paths_normalise() {
        assert_eq!(normalise("tin-tuc/a/../b.png"), "tin-tuc/b.png");
        assert_eq!(normalise("tin-tuc/a/./"), "tin-tuc/a/index.html");
    }
}
