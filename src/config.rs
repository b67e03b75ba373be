//! `site.yaml` (DESIGN §2.2).

use crate::msg::catalog::config as m;
use crate::t;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::content::yaml::{Node, Value};
use crate::diag::Diagnostic;
use crate::text;

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Config {
    pub title: String,
    pub base_url: String,
    #[serde(default = "default_theme")]
    pub theme: String,
    pub organisation: Organisation,
    /// Where citizens send feedback on procedures (NĐ 20/2008 Điều 13).
    #[serde(default)]
    pub feedback: Option<Feedback>,
    #[serde(default = "default_per_page")]
    pub news_per_page: usize,
    #[serde(default)]
    pub markdown: MarkdownConfig,
    /// Optional: a short description for meta tags and feeds.
    #[serde(default)]
    pub description: Option<String>,
    /// Optional: where citizens apply online (DESIGN §2.2).
    #[serde(default)]
    pub dich_vu_cong: Option<OnlineService>,
}

/// The province's online-service portal and, optionally, the pattern of
/// one procedure's page on it (`{ma}` becomes the procedure's code).
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct OnlineService {
    pub url: String,
    #[serde(default)]
    pub thu_tuc: Option<String>,
}

impl OnlineService {
    /// The online page of procedure `ma`, from the pattern.
    pub fn procedure_url(&self, ma: &str) -> Option<String> {
        self.thu_tuc.as_ref().map(|t| t.replace("{ma}", ma))
    }
}

fn default_theme() -> String {
    "default".to_owned()
}

fn default_per_page() -> usize {
    20
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Organisation {
    pub name: String,
    /// Cơ quan chủ quản.
    pub managing_agency: String,
    /// Chịu trách nhiệm nội dung.
    pub responsible: String,
    pub address: String,
    pub phone: String,
    pub email: String,
    #[serde(default)]
    pub licence: Option<String>,
    /// Địa bàn: the area the organisation serves ("tỉnh Ninh Bình"), for
    /// `areaServed` in procedure pages' JSON-LD; left out when not stated.
    #[serde(default)]
    pub area: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Feedback {
    pub agency: String,
    pub address: String,
    pub postal_address: String,
    pub phone: String,
    pub email: String,
    pub website: String,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct MarkdownConfig {
    #[serde(default)]
    pub allow_html: bool,
}

impl Config {
    /// `base_url` without a trailing slash.
    pub fn base(&self) -> &str {
        self.base_url.trim_end_matches('/')
    }

    /// The path part of `base_url` ("" or "/portal"), prefixed to every
    /// internal link so a site can live below a domain's root.
    pub fn base_path(&self) -> String {
        let rest = self
            .base()
            .split_once("://")
            .map_or(self.base(), |(_, r)| r);
        match rest.find('/') {
            Some(i) => rest[i..].trim_end_matches('/').to_owned(),
            None => String::new(),
        }
    }
}

/// Where a key of `site.yaml` is written (`["feedback", "website"]`), for
/// diagnostics; the top of the file when it cannot be found.
fn position(tree: Option<&Node>, path: &[&str]) -> (usize, usize) {
    let mut node = match tree {
        Some(n) => n,
        None => return (1, 1),
    };
    for key in path {
        let Value::Map(pairs) = &node.value else {
            break;
        };
        match pairs.iter().find(|(k, _)| k.as_str() == Some(key)) {
            Some((_, v)) => node = v,
            None => break,
        }
    }
    (node.line, node.col)
}

/// A theme name is one plain folder name: no path, no dot folders.
pub fn plain_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// The rules `serde` cannot express: `base_url` an absolute http(s) URL,
/// `theme` a folder that exists, links and counts that make sense.
pub fn rules(cfg: &Config, src: &str, root: &Path) -> Vec<Diagnostic> {
    let file = Path::new("site.yaml");
    let tree = crate::content::yaml::parse(src, 0).ok();
    let mut out = Vec::new();
    let mut error = |path: &[&str], message: String, help: &str| {
        let (l, c) = position(tree.as_ref(), path);
        out.push(Diagnostic::error(file, l, c, message).help(help));
    };
    if !text::url::is_absolute_http(&cfg.base_url) {
        error(
            &["base_url"],
            t!(m::BASE_URL, value = cfg.base_url),
            m::BASE_URL_HELP.text(),
        );
    }
    let themes = root.join("themes");
    if !plain_name(&cfg.theme) {
        error(
            &["theme"],
            t!(m::THEME_NAME, value = cfg.theme),
            m::THEME_NAME_HELP.text(),
        );
    } else if cfg.theme != "default"
        && !(themes.join(&cfg.theme).is_dir()
            && crate::content::walk::inside(
                &themes.join(&cfg.theme),
                &root.canonicalize().unwrap_or_default(),
            ))
    {
        error(
            &["theme"],
            t!(m::THEME_MISSING, value = cfg.theme),
            m::THEME_MISSING_HELP.text(),
        );
    }
    if let Some(fb) = &cfg.feedback
        && !text::url::is_absolute_http(&fb.website)
    {
        error(
            &["feedback", "website"],
            t!(m::WEBSITE, value = fb.website),
            m::WEBSITE_HELP.text(),
        );
    }
    if let Some(dvc) = &cfg.dich_vu_cong {
        if !text::url::is_absolute_http(&dvc.url) {
            error(
                &["dich_vu_cong", "url"],
                t!(m::DVC_URL, value = dvc.url),
                m::DVC_URL_HELP.text(),
            );
        }
        if let Some(t) = &dvc.thu_tuc
            && (!t.contains("{ma}") || !text::url::is_absolute_http(&t.replace("{ma}", "1.000001")))
        {
            error(
                &["dich_vu_cong", "thu_tuc"],
                t!(m::DVC_THU_TUC, value = t),
                m::DVC_THU_TUC_HELP.text(),
            );
        }
    }
    if !(1..=500).contains(&cfg.news_per_page) {
        error(
            &["news_per_page"],
            t!(m::PER_PAGE, value = cfg.news_per_page),
            m::PER_PAGE_HELP.text(),
        );
    }
    if let Some(tree) = &tree {
        out.extend(unknown_keys(file, tree));
    }
    out
}

/// The keys of `site.yaml`, by section (`""` for the top level).
const KEYS: &[(&str, &[&str])] = &[
    (
        "",
        &[
            "title",
            "base_url",
            "theme",
            "organisation",
            "feedback",
            "news_per_page",
            "markdown",
            "description",
            "dich_vu_cong",
        ],
    ),
    (
        "organisation",
        &[
            "name",
            "managing_agency",
            "responsible",
            "address",
            "phone",
            "email",
            "licence",
            "area",
        ],
    ),
    (
        "feedback",
        &[
            "agency",
            "address",
            "postal_address",
            "phone",
            "email",
            "website",
        ],
    ),
    ("markdown", &["allow_html"]),
    ("dich_vu_cong", &["url", "thu_tuc"]),
];

/// A warning for each key of `site.yaml` that is none of [`KEYS`] (a typo
/// would otherwise be ignored and its setting silently not applied), with
/// the closest known key.
pub fn unknown_keys(file: &Path, tree: &Node) -> Vec<Diagnostic> {
    use crate::msg::catalog::content as c;
    let mut out = Vec::new();
    let mut check = |map: &Node, section: &str, what: String| {
        let Value::Map(pairs) = &map.value else {
            return;
        };
        let known = KEYS
            .iter()
            .find(|(s, _)| *s == section)
            .map_or(&[][..], |k| k.1);
        for (k, _) in pairs {
            let Some(key) = k.as_str() else { continue };
            if known.contains(&key) {
                continue;
            }
            let close = known
                .iter()
                .map(|c| (crate::content::fields::edit_distance(c, key), *c))
                .filter(|(d, _)| *d <= 2)
                .min();
            let help = match close {
                Some((_, c)) => t!(c::UNKNOWN_KEY_CLOSE, close = c),
                None => t!(c::UNKNOWN_KEY_KNOWN, known = known.join(", ")),
            };
            out.push(
                Diagnostic::warning(
                    file,
                    k.line,
                    k.col,
                    t!(c::UNKNOWN_KEY, key = key, what = what),
                )
                .help(help),
            );
        }
    };
    check(tree, "", "site.yaml".to_owned());
    if let Value::Map(pairs) = &tree.value {
        for (k, v) in pairs {
            if let Some(section) = k.as_str().filter(|s| !s.is_empty())
                && KEYS.iter().any(|(s, _)| *s == section)
            {
                check(v, section, format!("`{section}`"));
            }
        }
    }
    out
}

/// Parses `site.yaml`; errors carry line and column.
pub fn parse(text: &str) -> Result<Config, (usize, usize, String)> {
    yaml_serde::from_str::<Config>(text).map_err(|e| {
        let (line, col) = e.location().map_or((1, 1), |l| (l.line(), l.column()));
        (line, col, plain_words(&e.to_string()))
    })
}

/// The YAML reader's message in plain words: which key, what is wrong,
/// without "at line … column …" (the diagnostic has the position).
fn plain_words(serde: &str) -> String {
    let msg = serde.split(" at line ").next().unwrap_or(serde);
    let (path, what) = match msg.split_once(": ") {
        Some((p, w)) if !p.contains(' ') => (format!("`{p}`: "), w),
        _ => (String::new(), msg),
    };
    let quoted = |w: &str| w.split('`').nth(1).unwrap_or("").to_owned();
    let said = if what.starts_with("missing field") {
        t!(m::KEY_MISSING, key = quoted(what))
    } else if what.starts_with("unknown field") {
        t!(m::KEY_UNKNOWN, key = quoted(what))
    } else if let Some(rest) = what.strip_prefix("invalid type: ") {
        let (found, expected) = rest
            .split_once(", expected ")
            .unwrap_or((rest, m::TYPE_OTHER.text()));
        let expected = match expected {
            "usize" | "u64" | "u32" | "u16" | "u8" | "an integer" => m::TYPE_WHOLE.text(),
            "a string" => m::TYPE_TEXT.text(),
            "a boolean" => m::TYPE_BOOL.text(),
            other => other,
        };
        let found = found
            .strip_prefix("string ")
            .map_or(found.to_owned(), |text| t!(m::FOUND_TEXT, text = text));
        t!(m::WRONG_TYPE, found = found, expected = expected)
    } else {
        what.to_owned()
    };
    format!("{path}{said}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_path_is_derived_from_base_url() {
        let mut c = parse("title: T\nbase_url: https://a.gov.vn/\norganisation: {name: a, managing_agency: b, responsible: c, address: d, phone: e, email: f}\n").unwrap();
        assert_eq!(c.base_path(), "");
        assert_eq!(c.news_per_page, 20);
        c.base_url = "https://a.gov.vn/cong/".into();
        assert_eq!(c.base_path(), "/cong");
    }

    #[test]
    fn hostile_configuration_is_refused_at_its_line() {
        let d = tempfile::tempdir().unwrap();
        let src = "title: T\nbase_url: \"javascript:alert(1)//\"\ntheme: \"../../x\"\norganisation: {name: a, managing_agency: b, responsible: c, address: d, phone: e, email: f}\nnews_per_page: 0\n";
        let c = parse(src).unwrap();
        let diags = rules(&c, src, d.path());
        let lines: Vec<(usize, usize)> = diags.iter().map(|d| (d.line, d.column)).collect();
        assert_eq!(lines, [(2, 11), (3, 8), (5, 16)], "{diags:?}");
        for theme in ["/etc", "khong-co", ".git"] {
            let src = format!(
                "title: T\nbase_url: https://a.vn\ntheme: \"{theme}\"\norganisation: {{name: a, managing_agency: b, responsible: c, address: d, phone: e, email: f}}\n"
            );
            assert_eq!(
                rules(&parse(&src).unwrap(), &src, d.path()).len(),
                1,
                "{theme}"
            );
        }
        std::fs::create_dir_all(d.path().join("themes/rieng")).unwrap();
        let src = "title: T\nbase_url: https://a.vn/cong/\ntheme: rieng\norganisation: {name: a, managing_agency: b, responsible: c, address: d, phone: e, email: f}\n";
        assert!(rules(&parse(src).unwrap(), src, d.path()).is_empty());
    }

    #[test]
    fn reader_errors_are_in_plain_words() {
        assert_eq!(
            plain_words("organisation: missing field `phone` at line 4 column 3"),
            format!("`organisation`: {}", t!(m::KEY_MISSING, key = "phone"))
        );
        assert_eq!(
            plain_words(
                "news_per_page: invalid type: string \"hai\", expected usize at line 9 column 16"
            ),
            format!(
                "`news_per_page`: {}",
                t!(
                    m::WRONG_TYPE,
                    found = t!(m::FOUND_TEXT, text = "\"hai\""),
                    expected = m::TYPE_WHOLE.text()
                )
            )
        );
    }

    #[test]
    fn missing_key_has_location() {
        let (line, _, msg) = parse("title: T\nbase_url: x\n").unwrap_err();
        assert!(msg.contains("organisation"), "{msg}");
        assert!(line >= 1);
    }
}
