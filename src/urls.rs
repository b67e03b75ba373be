//! The URL scheme (DESIGN §3) in one place: pretty paths, prefixed with the
//! base path of `base_url`. Shared by render (links), search (result
//! addresses) and the link checker (which file a link leads to).

use crate::content::catalog::Level;
use crate::text::slugify;

pub struct Urls {
    /// "" or "/portal".
    pub base_path: String,
    /// "https://stp.ninhbinh.gov.vn" (no trailing slash, no path).
    pub origin: String,
}

impl Urls {
    pub fn new(config: &crate::config::Config) -> Urls {
        let base_path = config.base_path();
        let base = config.base();
        let origin = base
            .strip_suffix(base_path.as_str())
            .unwrap_or(base)
            .to_owned();
        Urls { base_path, origin }
    }

    pub fn path(&self, p: &str) -> String {
        format!("{}{}", self.base_path, p)
    }

    pub fn permalink(&self, url: &str) -> String {
        format!("{}{}", self.origin, url)
    }

    pub fn home(&self) -> String {
        self.path("/")
    }

    pub fn news(&self, page: usize) -> String {
        paged(self.path("/tin-tuc/"), page)
    }

    pub fn article(&self, slug: &str) -> String {
        self.path(&format!("/tin-tuc/{slug}/"))
    }

    pub fn page(&self, slug: &str) -> String {
        self.path(&format!("/trang/{slug}/"))
    }

    pub fn category(&self, name: &str) -> String {
        self.path(&format!("/chuyen-muc/{}/", slug_or(name)))
    }

    pub fn tag(&self, name: &str) -> String {
        self.path(&format!("/the/{}/", slug_or(name)))
    }

    pub fn month(&self, y: i32, m: u32) -> String {
        self.path(&format!("/luu-tru/{y:04}/{m:02}/"))
    }

    pub fn day(&self, y: i32, m: u32, d: u32) -> String {
        self.path(&format!("/luu-tru/{y:04}/{m:02}/{d:02}/"))
    }

    /// A page or file with a fixed address.
    pub fn at(&self, r: Route) -> String {
        self.path(r.path())
    }

    pub fn procedures(&self) -> String {
        self.path("/thu-tuc/")
    }

    pub fn procedure(&self, ma: &str) -> String {
        self.path(&format!("/thu-tuc/{ma}/"))
    }

    pub fn field(&self, name: &str) -> String {
        self.path(&format!("/thu-tuc/linh-vuc/{}/", slug_or(name)))
    }

    pub fn agency(&self, name: &str) -> String {
        self.path(&format!("/thu-tuc/co-quan/{}/", slug_or(name)))
    }

    pub fn level(&self, l: Level) -> String {
        self.path(&format!("/thu-tuc/cap/{}/", l.key()))
    }

    /// A posting board: `slug` is a place id or an agency's slug.
    pub fn board(&self, slug: &str) -> String {
        self.path(&format!("/niem-yet/{slug}/"))
    }

    pub fn decision(&self, slug: &str) -> String {
        self.path(&format!("/quyet-dinh/{slug}/"))
    }
}

/// Page `n` of a list lives under `trang/n/`.
/// The pages and files of the site that have one fixed address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Decisions,
    Boards,
    Stats,
    OpenData,
    OpenJson,
    OpenSchema,
    OpenCsv,
    OpenCsvw,
    OpenXlsx,
    Categories,
    Tags,
    Archive,
    Glossary,
    SiteMap,
    Search,
    Atom,
    Favicon,
    NotFound,
}

impl Route {
    /// The address below the base path, as written in links.
    pub fn path(self) -> &'static str {
        match self {
            Route::Decisions => "/quyet-dinh/",
            Route::Boards => "/niem-yet/",
            Route::Stats => "/thong-ke/",
            Route::OpenData => "/du-lieu/",
            Route::OpenJson => "/du-lieu/thu-tuc.json",
            Route::OpenSchema => "/du-lieu/thu-tuc.schema.json",
            Route::OpenCsv => "/du-lieu/thu-tuc.csv",
            Route::OpenCsvw => "/du-lieu/thu-tuc.csv-metadata.json",
            Route::OpenXlsx => "/du-lieu/thu-tuc.xlsx",
            Route::Categories => "/chuyen-muc/",
            Route::Tags => "/the/",
            Route::Archive => "/luu-tru/",
            Route::Glossary => "/tu-viet-tat/",
            Route::SiteMap => "/ban-do-trang/",
            Route::Search => "/tim-kiem/",
            Route::Atom => "/atom.xml",
            Route::Favicon => "/favicon.svg",
            Route::NotFound => "/404.html",
        }
    }

    /// The output file of a route that is a file (not a folder).
    pub fn file(self) -> &'static str {
        self.path().trim_start_matches('/')
    }
}

pub fn paged(first: String, page: usize) -> String {
    if page <= 1 {
        first
    } else {
        format!("{first}trang/{page}/")
    }
}

fn slug_or(name: &str) -> String {
    let s = slugify(name);
    if s.is_empty() { "khac".to_owned() } else { s }
}

/// The output file for a URL path: `/a/b/` → `a/b/index.html`.
pub fn file_for(url_path: &str, base_path: &str) -> String {
    let p = url_path
        .strip_prefix(base_path)
        .unwrap_or(url_path)
        .trim_start_matches('/');
    if p.is_empty() || p.ends_with('/') {
        // Called for every link of every page: no format! machinery.
        let mut file = String::with_capacity(p.len() + 10);
        file.push_str(p);
        file.push_str("index.html");
        file
    } else {
        p.to_owned()
    }
}
