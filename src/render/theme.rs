//! The theme: Tera templates and static files. The default theme is built
//! into the binary; a site's `themes/<name>/` overrides it file by file.

use std::path::{Path, PathBuf};

use tera::Tera;

use crate::output::{Content, OutputFile};

macro_rules! embed {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/themes/default/templates/", $name)))),*]
    };
}

/// Templates of the built-in default theme.
const TEMPLATES: &[(&str, &str)] = embed!(
    "base.html",
    "index.html",
    "news_list.html",
    "article.html",
    "page.html",
    "terms.html",
    "procedures.html",
    "procedure.html",
    "decision.html",
    "decisions.html",
    "glossary.html",
    "open_data.html",
    "board.html",
    "search.html",
    "stats.html",
    "site_map.html",
    "404.html",
    "alias.html",
    "partials/pagination.html",
    "partials/news_item.html",
    "partials/procedure_elements.html",
    "partials/prose.html",
    "partials/procedure_table.html",
    "partials/feedback.html",
    "partials/online_table.html",
    "partials/change_table.html",
    "partials/once/header.html",
    "partials/once/footer.html",
    "sitemap.xml",
    "atom.xml",
    "robots.txt",
    "favicon.svg",
);

const STATIC: &[(&str, &[u8])] = &[
    (
        "style.css",
        include_bytes!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/themes/default/static/style.css"
        )),
    ),
    (
        "search.js",
        include_bytes!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/themes/default/static/search.js"
        )),
    ),
    (
        "site.js",
        include_bytes!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/themes/default/static/site.js"
        )),
    ),
];

pub struct Theme {
    pub tera: Tera,
    /// Static files, built-in ones replaced by the site's where names match.
    pub statics: Vec<OutputFile>,
    /// Stylesheets and scripts by name ("style.css") → the file they are
    /// published as, named by their content ("style.3f2a9c01d4.css"): a
    /// host may let browsers keep them for a year, a change gets a new name.
    pub assets: std::collections::BTreeMap<String, String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ThemeError {
    #[error("{}", crate::t!(crate::msg::catalog::config::TEMPLATE, name = name, message = message))]
    Template { name: String, message: String },
    #[error("{}: {}", path.display(), crate::msg::io_error(source))]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

pub fn template_error(name: &str, e: &tera::Error) -> ThemeError {
    use std::error::Error;
    let mut message = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        message.push_str(&format!(": {c}"));
        cause = c.source();
    }
    ThemeError::Template {
        name: name.to_owned(),
        message,
    }
}

impl Theme {
    /// Loads the built-in theme and overlays `root/themes/<name>/`.
    pub fn load(root: &Path, name: &str) -> Result<Theme, ThemeError> {
        if !crate::config::plain_name(name) {
            return Err(ThemeError::Template {
                name: name.to_owned(),
                message: "a theme is a plain folder name under themes/".into(),
            });
        }
        let dir = root.join("themes").join(name);
        let mut templates: Vec<(String, String)> = TEMPLATES
            .iter()
            .map(|(n, s)| (n.to_string(), s.to_string()))
            .collect();
        let mut statics: Vec<OutputFile> = STATIC
            .iter()
            .map(|(n, b)| OutputFile {
                path: n.to_string(),
                content: Content::Bytes(b.to_vec()),
            })
            .collect();
        // Hidden files and links out of the site are skipped here too.
        let walk = |sub: &Path| {
            crate::content::walk::walk(root, sub, |_| true).map_err(|source| ThemeError::Io {
                path: sub.to_path_buf(),
                source,
            })
        };
        let tdir = dir.join("templates");
        for file in walk(&tdir)?.files {
            let path = root.join(&file);
            let rel = path
                .strip_prefix(&tdir)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            let text = std::fs::read_to_string(&path).map_err(|source| ThemeError::Io {
                path: path.clone(),
                source,
            })?;
            match templates.iter_mut().find(|(n, _)| *n == rel) {
                Some(t) => t.1 = text,
                None => templates.push((rel, text)),
            }
        }
        let sdir = dir.join("static");
        for file in walk(&sdir)?.files {
            let path = root.join(&file);
            let rel = path
                .strip_prefix(&sdir)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            statics.retain(|f| f.path != rel);
            statics.push(OutputFile {
                path: rel,
                content: Content::Copy(path),
            });
        }
        let mut assets = std::collections::BTreeMap::new();
        for f in &mut statics {
            let Some((stem, ext)) = f.path.rsplit_once('.') else {
                continue;
            };
            if !matches!(ext, "css" | "js") {
                continue;
            }
            let bytes = match &f.content {
                Content::Bytes(b) => b.clone(),
                Content::Copy(path) => std::fs::read(path).map_err(|source| ThemeError::Io {
                    path: path.clone(),
                    source,
                })?,
            };
            let hash = xxhash_rust::xxh3::xxh3_64(&bytes);
            let named = format!("{stem}.{:010x}.{ext}", hash >> 24);
            assets.insert(f.path.clone(), named.clone());
            f.path = named;
            f.content = Content::Bytes(bytes);
        }
        let mut tera = Tera::default();
        tera.autoescape_on([".html", ".xml", ".svg"]);
        tera.set_escape_fn(crate::text::html::escape_into);
        tera.add_raw_templates(templates.iter().map(|(n, s)| (n.as_str(), s.as_str())))
            .map_err(|e| template_error("(theme)", &e))?;
        Ok(Theme {
            tera,
            statics,
            assets,
        })
    }
}
