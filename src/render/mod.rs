//! Render: the model → output files in memory (HTML, feeds, sitemap,
//! copied assets). Nothing is written to disk here.

pub(crate) mod board;
mod context;
mod feed;
pub(crate) mod highlight;
mod link;
mod lists;
pub mod markdown;
mod news;
pub(crate) mod open_data;
mod posting;
mod procedures;
pub mod prose;
mod sanitize;
mod site_pages;
pub(crate) mod stats;
mod stats_tables;
pub(crate) mod theme;
pub(crate) mod views;

pub(crate) mod pages;

pub use theme::{Theme, ThemeError};

pub use pages::{Bodies, Renderer, bodies};
