//! What a deploy changes, and in which order: the build's manifest against
//! the one kept in the bucket (content hashes, so ETags, which are not MD5
//! for multipart uploads, are never relied on).

use std::collections::BTreeMap;

use crate::output::manifest::{Entry, Manifest};

/// The order a reader of the bucket never notices: files a page needs
/// exist before the page, pages before the lists that lead to them
/// (sitemap, feed, the search index's entry file), and nothing is deleted
/// until the new site is complete.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Phase {
    Assets,
    Pages,
    Entries,
}

/// One file to upload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Upload {
    pub path: String,
    pub entry: Entry,
    /// Absent from the bucket before (else its bytes changed).
    pub new: bool,
}

#[derive(Debug, Default)]
pub struct Plan {
    /// Uploads phase by phase, each phase in path order.
    pub uploads: BTreeMap<Phase, Vec<Upload>>,
    pub unchanged: usize,
    pub deletes: Vec<String>,
}

impl Plan {
    pub fn upload_count(&self) -> usize {
        self.uploads.values().map(Vec::len).sum()
    }

    pub fn upload_bytes(&self) -> u64 {
        self.uploads.values().flatten().map(|u| u.entry.size).sum()
    }
}

pub fn phase(path: &str) -> Phase {
    let name = path.rsplit('/').next().unwrap_or(path);
    if name.ends_with(".xml") || name == "robots.txt" || path == "du-lieu/tim-kiem/meta.json" {
        Phase::Entries
    } else if name.ends_with(".html") {
        Phase::Pages
    } else {
        Phase::Assets
    }
}

/// The plan that makes the bucket, which holds `remote`, hold `local`.
pub fn plan(local: &Manifest, remote: &Manifest) -> Plan {
    let mut plan = Plan::default();
    for (path, entry) in &local.entries {
        match remote.entries.get(path) {
            Some(old) if old == entry => plan.unchanged += 1,
            old => plan.uploads.entry(phase(path)).or_default().push(Upload {
                path: path.clone(),
                entry: *entry,
                new: old.is_none(),
            }),
        }
    }
    plan.deletes = remote
        .entries
        .keys()
        .filter(|p| !local.entries.contains_key(*p))
        .cloned()
        .collect();
    plan
}

/// `Content-Type` of a site file, with the charset for text.
pub fn content_type(path: &str) -> &'static str {
    let ext = path.rsplit_once('.').map_or("", |(_, e)| e);
    match ext.to_ascii_lowercase().as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json; charset=utf-8",
        "xml" if path.ends_with("atom.xml") => "application/atom+xml; charset=utf-8",
        "xml" => "application/xml; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "pdf" => "application/pdf",
        "doc" => "application/msword",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xls" => "application/vnd.ms-excel",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "odt" => "application/vnd.oasis.opendocument.text",
        "ods" => "application/vnd.oasis.opendocument.spreadsheet",
        "zip" => "application/zip",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        _ => "application/octet-stream",
    }
}

/// `Cache-Control`: a year and immutable for content-hashed names (their
/// bytes never change under that name), five minutes for pages and data
/// that a rebuild changes in place, an hour for other files.
pub fn cache_control(path: &str) -> &'static str {
    if hashed(path) {
        "public, max-age=31536000, immutable"
    } else if matches!(phase(path), Phase::Pages | Phase::Entries)
        || path.ends_with(".json")
        || path.ends_with(".csv")
    {
        "public, max-age=300"
    } else {
        "public, max-age=3600"
    }
}

/// `name.<10 hex digits>.ext`, as the theme's assets are named.
fn hashed(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    let mut parts = name.rsplit('.');
    let (_ext, hash) = (parts.next(), parts.next());
    parts.next().is_some()
        && hash.is_some_and(|h| h.len() == 10 && h.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Where an alias page sends its reader, for the store's own redirect
/// (`x-amz-website-redirect-location`), beside the HTML redirect page. Only
/// a path on the same site: the header is never set to another host.
pub fn redirect(html: &[u8]) -> Option<String> {
    if html.len() > 4096 {
        return None;
    }
    let text = std::str::from_utf8(html).ok()?;
    let start = text.find("<meta http-equiv=\"refresh\" content=\"0; url=")?;
    let rest = &text[start + "<meta http-equiv=\"refresh\" content=\"0; url=".len()..];
    let target = crate::text::html::unescape(&rest[..rest.find('"')?]);
    if !target.starts_with('/') || target.starts_with("//") {
        return None;
    }
    // A header holds visible ASCII: other bytes percent-encoded.
    Some(crate::text::url::percent_encoded(&target, |b| {
        b.is_ascii_graphic()
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(files: &[(&str, &str)]) -> Manifest {
        let mut m = Manifest::default();
        for (p, b) in files {
            m.entries.insert(p.to_string(), Entry::of(b.as_bytes()));
        }
        m
    }

    #[test]
    fn only_changes_in_safe_order() {
        let local = m(&[
            ("index.html", "mới"),
            ("style.0123456789.css", "css"),
            ("sitemap.xml", "x"),
            ("tin-tuc/a/index.html", "a"),
        ]);
        let remote = m(&[
            ("index.html", "cũ"),
            ("tin-tuc/a/index.html", "a"),
            ("cu.html", "c"),
        ]);
        let p = plan(&local, &remote);
        let order: Vec<(Phase, &str, bool)> = p
            .uploads
            .iter()
            .flat_map(|(ph, us)| us.iter().map(move |u| (*ph, u.path.as_str(), u.new)))
            .collect();
        assert_eq!(
            order,
            vec![
                (Phase::Assets, "style.0123456789.css", true),
                (Phase::Pages, "index.html", false),
                (Phase::Entries, "sitemap.xml", true),
            ]
        );
        assert_eq!((p.unchanged, p.deletes), (1, vec!["cu.html".to_owned()]));
    }

    #[test]
    fn headers_by_name() {
        assert_eq!(content_type("a/index.html"), "text/html; charset=utf-8");
        assert_eq!(
            content_type("du-lieu/thu-tuc.csv"),
            "text/csv; charset=utf-8"
        );
        assert_eq!(
            content_type("atom.xml"),
            "application/atom+xml; charset=utf-8"
        );
        assert_eq!(content_type("tep/mau.DOCX").len(), 71);
        assert_eq!(
            cache_control("style.43519619f9.css"),
            "public, max-age=31536000, immutable"
        );
        assert_eq!(
            cache_control("tep/anh.43519619f9.png"),
            "public, max-age=31536000, immutable"
        );
        assert_eq!(cache_control("index.html"), "public, max-age=300");
        assert_eq!(
            cache_control("du-lieu/tim-kiem/t/1.json"),
            "public, max-age=300"
        );
        assert_eq!(cache_control("tep/anh.png"), "public, max-age=3600");
        assert_eq!(cache_control("43519619f9.css"), "public, max-age=3600");
    }

    #[test]
    fn redirects_only_within_the_site() {
        let page = |to: &str| {
            format!(
                "<html><head><meta http-equiv=\"refresh\" content=\"0; url={to}\"></head></html>"
            )
        };
        assert_eq!(
            redirect(page("&#x2F;tin-tuc&#x2F;moi&#x2F;").as_bytes()).as_deref(),
            Some("/tin-tuc/moi/")
        );
        assert_eq!(redirect(page("https://evil.example/").as_bytes()), None);
        assert_eq!(redirect(page("//evil.example/").as_bytes()), None);
        assert_eq!(redirect(b"<html><body>trang</body></html>"), None);
    }
}
