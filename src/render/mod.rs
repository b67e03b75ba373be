//! Render: the model → output files in memory (HTML, feeds, sitemap,
//! copied assets). Nothing is written to disk here.

pub mod board;
mod context;
mod feed;
pub mod highlight;
mod link;
mod lists;
pub mod markdown;
mod news;
pub mod open_data;
mod posting;
mod procedures;
mod sanitize;
mod site_pages;
pub mod stats;
mod stats_tables;
pub mod theme;
pub mod views;

pub mod pages;

pub use theme::{Theme, ThemeError};

pub use pages::{Bodies, Renderer, bodies};
