//! News articles and standalone pages: Markdown with YAML front matter
//! (DESIGN §2.3).

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use serde::Serialize;

use super::fields::{self, Sink, el};
use super::yaml::{self, Node, Value};
use crate::msg::catalog::content as m;
use crate::t;
use crate::text;

#[derive(Debug, Clone, Serialize)]
pub struct Article {
    /// Relative to the site root.
    pub file: PathBuf,
    pub title: String,
    /// `None` only for standalone pages.
    pub date: Option<DateTime<FixedOffset>>,
    pub updated: Option<DateTime<FixedOffset>>,
    pub author: Option<String>,
    pub source: Option<String>,
    pub category: Option<String>,
    pub tags: Vec<String>,
    pub summary: Option<String>,
    pub image: Option<String>,
    pub image_alt: Option<String>,
    pub slug: String,
    pub draft: bool,
    pub aliases: Vec<String>,
    /// Markdown source of the body.
    pub body: String,
    /// Line of the file where the body starts (1-based).
    pub body_line: usize,
    /// For `index.md`: the folder whose other files travel with the article.
    pub bundle: Option<PathBuf>,
    /// Where the front matter keys were written, for later rules.
    pub image_pos: (usize, usize),
    pub front_pos: (usize, usize),
    pub date_pos: (usize, usize),
    /// `date` was written without a time: pages show no "00:00".
    pub date_only: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    News,
    Page,
}

/// Splits `---` front matter from the body. Returns (yaml, its first line,
/// body, body's first line).
pub fn split(src: &str) -> Option<(&str, usize, &str, usize)> {
    let rest = src
        .strip_prefix("---\n")
        .or_else(|| (src == "---").then_some(""))?;
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" {
            let yaml = &rest[..offset];
            let body = &rest[offset + line.len()..];
            let yaml_lines = yaml.matches('\n').count();
            return Some((yaml, 2, body, yaml_lines + 3));
        }
        offset += line.len();
    }
    None
}

/// The sample sentences `niemyet new article` writes: published as they
/// are, they get a warning.
pub const PLACEHOLDERS: &[&str] = &[
    "Đoạn mở đầu: tóm tắt sự kiện trong một, hai câu.",
    "Viết nội dung bài ở đây.",
];

/// The slug a file gets without `slug:`: the file name (folder name for
/// `index.md`) without a leading `YYYY-MM-DD-`.
pub fn default_slug(file: &Path) -> String {
    let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    let name = if stem == "index" || stem == "_index" {
        file.parent()
            .and_then(|p| p.file_name())
            .and_then(|s| s.to_str())
            .unwrap_or(stem)
    } else {
        stem
    };
    let b = name.as_bytes();
    let dated = b.len() > 11
        && b[..10].iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
        && matches!(b[10], b'-' | b'_');
    text::slugify(if dated { &name[11..] } else { name })
}

/// The front matter as a YAML tree, the body and the body's first line;
/// `None` (with the reason reported) when there is none to read.
fn front_matter<'s>(src: &'s str, sink: &mut Sink) -> Option<(Node, &'s str, usize)> {
    let whole = Node {
        value: Value::Null,
        line: 1,
        col: 1,
    };
    let Some((fm, fm_line, body, body_line)) = split(src) else {
        if src.starts_with("---") {
            sink.error(
                &whole,
                t!(m::FRONT_NOT_CLOSED),
                t!(m::FRONT_NOT_CLOSED_HELP),
            );
            return None;
        }
        let help = if src.starts_with("+++") {
            t!(m::FRONT_TOML)
        } else {
            t!(m::FRONT_MISSING_HELP)
        };
        sink.error(&whole, t!(m::FRONT_MISSING), help);
        return None;
    };
    let root = match yaml::parse(fm, fm_line - 1) {
        Ok(root) => root,
        // A `---` rule in the body closed a front matter that was never
        // closed: say that, not a YAML error on a line of prose.
        Err(_) if let Some(prose) = first_prose_line(fm) => {
            sink.error(
                &whole,
                t!(m::FRONT_RUNS_INTO_TEXT, line = prose + fm_line),
                t!(m::FRONT_RUNS_INTO_TEXT_HELP, line = prose + fm_line),
            );
            return None;
        }
        Err(e) => {
            sink.diags.push(
                crate::diag::Diagnostic::error(
                    sink.file,
                    e.line,
                    e.col,
                    t!(m::FRONT_YAML_INVALID, error = e.message),
                )
                .help(t!(m::FRONT_YAML_INVALID_HELP)),
            );
            return None;
        }
    };
    if root.value == Value::Null {
        sink.error(&whole, t!(m::FRONT_EMPTY), t!(m::FRONT_EMPTY_HELP));
        return None;
    }
    Some((root, body, body_line))
}

/// The first line (0-based) of `fm` that reads as prose after the keys: a
/// blank line, then a line that is neither `key: value`, a list item, a
/// comment nor indented.
fn first_prose_line(fm: &str) -> Option<usize> {
    let mut after_blank = false;
    for (i, line) in fm.lines().enumerate() {
        if line.trim().is_empty() {
            after_blank = true;
            continue;
        }
        let yamlish = line.starts_with([' ', '\t', '-', '#'])
            || line
                .split_once(':')
                .is_some_and(|(k, _)| !k.is_empty() && !k.contains(' '));
        if after_blank && !yamlish {
            return Some(i);
        }
    }
    None
}

fn datetime(sink: &mut Sink, n: &Node, key: &str) -> Option<DateTime<FixedOffset>> {
    let s = fields::nonempty_string(sink, n, key)?;
    match text::date::parse_datetime(&s) {
        Ok(d) => Some(d),
        Err(e) => {
            let fix = text::date::date_fix(&s);
            sink.error(
                n,
                t!(m::BAD_DATE, key = key, error = e),
                t!(m::DATETIME_HELP, fix = fix),
            );
            None
        }
    }
}

/// `tags`, at most [`super::limits::TAGS`]: each makes a page of its own.
fn read_tags(sink: &mut Sink, m: &mut fields::Map) -> Vec<String> {
    let tags_node = m.get("tags");
    let mut tags = tags_node
        .map(|n| fields::strings(sink, n, "tags"))
        .unwrap_or_default();
    if tags.len() > super::limits::TAGS
        && let Some(n) = tags_node
    {
        sink.error(
            n,
            t!(
                m::TOO_MANY_TAGS,
                count = tags.len(),
                max = super::limits::TAGS
            ),
            t!(m::TOO_MANY_TAGS_HELP),
        );
        tags.clear();
    }
    tags
}

/// `slug`, checked, or the one the file name gives.
fn read_slug(sink: &mut Sink, m: &mut fields::Map, file: &Path) -> Option<String> {
    let whole = Node {
        value: Value::Null,
        line: 1,
        col: 1,
    };
    match m.get("slug").filter(|n| n.value != Value::Null) {
        Some(n) => fields::nonempty_string(sink, n, "slug").and_then(|s| {
            let slug = text::slug::slugify_unbounded(&s);
            if slug.len() > super::limits::SEGMENT_BYTES {
                sink.error(
                    n,
                    t!(
                        m::SLUG_TOO_LONG,
                        len = slug.len(),
                        max = super::limits::SEGMENT_BYTES
                    ),
                    t!(m::SLUG_TOO_LONG_HELP),
                );
                return None;
            }
            if slug.is_empty() {
                sink.error(
                    n,
                    t!(m::SLUG_NO_LETTERS, slug = s),
                    t!(m::SLUG_NO_LETTERS_HELP),
                );
                return None;
            }
            Some(slug)
        }),
        None => {
            let slug = default_slug(file);
            if slug.is_empty() {
                sink.error(
                    &whole,
                    t!(m::SLUG_FROM_NAME_EMPTY),
                    t!(m::SLUG_FROM_NAME_EMPTY_HELP),
                );
                None
            } else {
                Some(slug)
            }
        }
    }
}

pub fn read(file: &Path, src: &str, kind: Kind, sink: &mut Sink) -> Option<Article> {
    let (root, body, body_line) = front_matter(src, sink)?;
    let front = t!(m::THE_FRONT_MATTER);
    let mut m = sink.map(&root, &front)?;
    let what = &if kind == Kind::News {
        t!(m::THE_ARTICLE)
    } else {
        t!(m::THE_PAGE)
    };
    let title = m
        .req(sink, el("title", "Tiêu đề"), what, &t!(m::TITLE_HELP))
        .and_then(|n| fields::nonempty_string(sink, n, "title"));
    let date_pos = m
        .get("date")
        .map_or((root.line, root.col), |n| (n.line, n.col));
    let date_only = m
        .get("date")
        .and_then(|n| n.as_str())
        .is_some_and(|t| !t.contains(':'));
    let date = match kind {
        Kind::News => {
            let d = m
                .req(sink, el("date", "Ngày đăng"), what, &t!(m::DATE_HELP))
                .and_then(|n| datetime(sink, n, "date"));
            Some(d?)
        }
        Kind::Page => m
            .get("date")
            .filter(|n| n.value != Value::Null)
            .and_then(|n| datetime(sink, n, "date")),
    };
    let updated = m
        .get("updated")
        .filter(|n| n.value != Value::Null)
        .and_then(|n| datetime(sink, n, "updated"));
    let author = fields::opt_text(sink, &mut m, "author");
    let source = fields::opt_text(sink, &mut m, "source");
    let category = fields::opt_text(sink, &mut m, "category");
    let tags = read_tags(sink, &mut m);
    let summary = fields::opt_text(sink, &mut m, "summary");
    let image_node = m.get("image").filter(|n| n.value != Value::Null);
    let image_pos = image_node.map_or((root.line, root.col), |n| (n.line, n.col));
    let image = image_node.and_then(|n| fields::nonempty_string(sink, n, "image"));
    let image_alt = fields::opt_text(sink, &mut m, "image_alt");
    let slug = read_slug(sink, &mut m, file);
    let draft = m
        .get("draft")
        .filter(|n| n.value != Value::Null)
        .map_or(Some(false), |n| fields::boolean(sink, n, "draft"));
    let aliases = m
        .get("aliases")
        .map(|n| fields::strings(sink, n, "aliases"))
        .unwrap_or_default();
    // Keys other SSGs write; accepted so content moves between them.
    for key in [
        "description",
        "weight",
        "categories",
        "keywords",
        "lastmod",
        "publishDate",
        "toc",
    ] {
        m.get(key);
    }
    m.finish(sink, &front);
    let bundle = (file.file_name().is_some_and(|n| n == "index.md"))
        .then(|| file.parent().map(Path::to_path_buf))
        .flatten();
    Some(Article {
        file: file.to_path_buf(),
        title: title?,
        date,
        updated,
        author,
        source,
        category,
        tags,
        summary,
        image,
        image_alt,
        slug: slug?,
        draft: draft?,
        aliases,
        body: body.to_owned(),
        body_line,
        bundle,
        image_pos,
        front_pos: (root.line, root.col),
        date_pos,
        date_only,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter_with_lines() {
        let (fm, l, body, bl) = split("---\ntitle: a\ndate: 2021-01-01\n---\nBody\n").unwrap();
        assert_eq!(fm, "title: a\ndate: 2021-01-01\n");
        assert_eq!(l, 2);
        assert_eq!(body, "Body\n");
        assert_eq!(bl, 5);
        assert!(split("no front matter").is_none());
        assert!(split("---\ntitle: unterminated\n").is_none());
    }

    #[test]
    fn default_slugs() {
        assert_eq!(
            default_slug(Path::new("content/tin-tuc/2021-10-05-hội-nghị-CCHC.md")),
            "hoi-nghi-cchc"
        );
        assert_eq!(
            default_slug(Path::new("content/tin-tuc/2025/đường-mới/index.md")),
            "duong-moi"
        );
        assert_eq!(
            default_slug(Path::new("content/tin-tuc/2021-10-05.md")),
            "2021-10-05"
        );
    }

    #[test]
    fn missing_title_and_bad_date_are_both_reported() {
        let file = Path::new("content/tin-tuc/a.md");
        let mut sink = Sink::new(file);
        let art = read(
            file,
            "---\ndate: 2021-13-45\n---\nx\n",
            Kind::News,
            &mut sink,
        );
        assert!(art.is_none());
        let msgs: Vec<String> = sink
            .diags
            .iter()
            .map(|d| format!("{}:{} {}", d.line, d.column, d.message))
            .collect();
        assert_eq!(msgs.len(), 2, "{msgs:?}");
        assert!(
            msgs.iter()
                .any(|m| m.starts_with("2:1 thiếu Tiêu đề (title)")),
            "{msgs:?}"
        );
        assert!(msgs.iter().any(|m| m.starts_with("2:7 `date`")), "{msgs:?}");
    }
}
