//! `site.yaml` (DESIGN §2.2).

use serde::{Deserialize, Serialize};

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

/// Parses `site.yaml`; errors carry line and column.
pub fn parse(text: &str) -> Result<Config, (usize, usize, String)> {
    yaml_serde::from_str::<Config>(text).map_err(|e| {
        let (line, col) = e.location().map_or((1, 1), |l| (l.line(), l.column()));
        (line, col, e.to_string())
    })
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
    fn missing_key_has_location() {
        let (line, _, msg) = parse("title: T\nbase_url: x\n").unwrap_err();
        assert!(msg.contains("organisation"), "{msg}");
        assert!(line >= 1);
    }
}
