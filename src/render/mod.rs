//! Render: the model → output files in memory (HTML, feeds, sitemap,
//! copied assets). Nothing is written to disk here.

pub mod board;
mod boards;
mod feed;
pub mod highlight;
mod lists;
pub mod markdown;
pub mod open_data;
mod posting;
mod sanitize;
pub mod stats;
mod stats_tables;
pub mod taxonomy;
pub mod theme;
pub mod urls;
pub mod views;

pub mod pages;

use std::path::PathBuf;

pub use theme::{Theme, ThemeError};

/// One file of the output, relative to the output folder with `/`.
#[derive(Debug, Clone)]
pub struct OutputFile {
    pub path: String,
    pub content: Content,
}

#[derive(Debug, Clone)]
pub enum Content {
    Bytes(Vec<u8>),
    /// Copied as is from this absolute path (large assets stay on disk).
    Copy(PathBuf),
}

pub use pages::{Bodies, Renderer, bodies};
