//! Links in the rendered site (for `niemyet check`): every internal link and
//! anchor must land, every file under `content/tep/` should be linked from
//! somewhere, and external links can be listed for a manual look.

use crate::msg::catalog::validate as m;
use crate::t;
use crate::text::url::percent_decoded;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::PathBuf;

use crate::content::Site;
use crate::diag::{Diagnostic, Report};
use crate::output::{Content, OutputFile};
use crate::urls::{Urls, file_for};

/// An external link and the pages it appears on.
pub struct External {
    pub url: String,
    pub pages: Vec<String>,
}

/// Values of `attr="…"` in an HTML page with their 1-based line.
fn attributes<'a>(html: &'a str, attr: &str) -> Vec<(&'a str, usize)> {
    let needle = format!(" {attr}=\"");
    let mut out = Vec::new();
    let mut line = 1;
    let mut last = 0;
    let mut from = 0;
    while let Some(i) = html[from..].find(&needle) {
        let at = from + i;
        let start = at + needle.len();
        let Some(len) = html[start..].find('"') else {
            break;
        };
        // Only inside a tag: the same letters in text (raw HTML an officer
        // typed, shown escaped) are not a link.
        let open = html[..at].rfind('<');
        if open.is_none() || html[..at].rfind('>') > open {
            from = start;
            continue;
        }
        line += html[last..start].matches('\n').count();
        last = start;
        out.push((&html[start..start + len], line));
        from = start + len;
    }
    out
}

fn unescape(s: &str) -> String {
    s.replace("&amp;", "&")
        .replace("&#x2F;", "/")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
}

/// Where an article's or page's output lives, to blame its source file.
fn sources(site: &Site, urls: &Urls) -> HashMap<String, (PathBuf, String, usize)> {
    let mut map = HashMap::new();
    for a in &site.articles {
        map.insert(
            file_for(&urls.article(&a.slug), &urls.base_path),
            (a.file.clone(), a.body.clone(), a.body_line),
        );
    }
    for p in &site.pages {
        map.insert(
            file_for(&urls.page(&p.slug), &urls.base_path),
            (p.file.clone(), p.body.clone(), p.body_line),
        );
    }
    map
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
    paths: HashSet<String>,
    /// Anchors of each page, newline-joined.
    ids: HashMap<String, String>,
    links: HashMap<(String, Option<String>), Pending>,
    external: BTreeMap<String, BTreeSet<String>>,
}

impl Checker {
    pub fn new(site: &Site) -> Checker {
        let urls = Urls::new(&site.config);
        Checker {
            origin: format!("{}{}", urls.origin, urls.base_path),
            base_path: urls.base_path,
            paths: HashSet::new(),
            ids: HashMap::new(),
            links: HashMap::new(),
            external: BTreeMap::new(),
        }
    }

    pub fn add(&mut self, files: &[OutputFile]) {
        for f in files {
            self.paths.insert(f.path.clone());
            let Content::Bytes(bytes) = &f.content else {
                continue;
            };
            if !f.path.ends_with(".html") {
                continue;
            }
            let text = String::from_utf8_lossy(bytes);
            let ids: Vec<String> = attributes(&text, "id")
                .into_iter()
                .map(|(v, _)| unescape(v))
                .collect();
            self.ids.insert(f.path.clone(), ids.join("\n"));
            let page = f.path.as_str();
            let dir = page.rsplit_once('/').map_or("", |(d, _)| d);
            for (raw, line) in attributes(&text, "href")
                .into_iter()
                .chain(attributes(&text, "src"))
            {
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
                        let pages = self.external.entry(link.clone()).or_default();
                        // A few pages are enough to find it again.
                        if pages.len() < 5 {
                            pages.insert(page.to_owned());
                        }
                        continue;
                    }
                    _ => link.clone(),
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
                self.links
                    .entry((target, fragment))
                    .or_insert_with(|| Pending {
                        page: page.to_owned(),
                        raw: raw.to_owned(),
                        line,
                    });
            }
        }
    }

    /// Reports broken links and orphan files; returns the external links.
    pub fn finish(self, site: &Site, report: &mut Report) -> Vec<External> {
        let sources = sources(site, &Urls::new(&site.config));
        let mut linked: HashSet<String> = HashSet::new();
        let mut keys: Vec<_> = self.links.into_iter().collect();
        keys.sort_by(|a, b| a.0.cmp(&b.0));
        for ((target, fragment), p) in keys {
            let target = if self.paths.contains(&target)
                || !self.paths.contains(&format!("{target}/index.html"))
            {
                target
            } else {
                format!("{target}/index.html")
            };
            let link = unescape(&p.raw);
            let problem = if !self.paths.contains(&target) {
                Some(t!(m::LINK_NOWHERE, link = link, target = target))
            } else {
                match (&fragment, self.ids.get(&target)) {
                    (Some(f), Some(ids)) if !ids.split('\n').any(|id| id == f) => {
                        Some(t!(m::LINK_NO_ANCHOR, link = link, anchor = f))
                    }
                    _ => None,
                }
            };
            if let Some(message) = problem {
                report.push(blame(&sources, &p.page, &p.raw, p.line, message));
            }
            linked.insert(target);
        }
        for rel in &site.files {
            let path = rel.to_string_lossy().replace('\\', "/");
            if !linked.contains(&path) {
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
    sources: &HashMap<String, (PathBuf, String, usize)>,
    page: &str,
    raw: &str,
    html_line: usize,
    message: String,
) -> Diagnostic {
    if let Some((file, body, body_line)) = sources.get(page) {
        // As rendered (`h%E1%BB%99i.jpg`) or as typed (`hội.jpg`), with the
        // base path the renderer put before it or without.
        let rendered = unescape(raw);
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

    #[test]
    fn attribute_values_with_lines() {
        let html = "<a href=\"/a/\">\n<img src=\"x.png\">\n<a href=\"#b\">";
        assert_eq!(attributes(html, "href"), vec![("/a/", 1), ("#b", 3)]);
        assert_eq!(attributes(html, "src"), vec![("x.png", 2)]);
        // Typed raw HTML is shown as text: not a link of the page.
        let text = "<p>&lt;a href=\"&amp;#106;avascript:x\"&gt;</p><a href=\"/c/\">";
        assert_eq!(attributes(text, "href"), vec![("/c/", 1)]);
    }

    #[test]
    fn relative_paths_normalise() {
        assert_eq!(normalise("tin-tuc/a/../b.png"), "tin-tuc/b.png");
        assert_eq!(normalise("tin-tuc/a/./"), "tin-tuc/a/index.html");
    }
}
