//! Vietnamese text: cleaning on load, folding for search and slugs,
//! collation, and the date and number formats the portal shows.

pub mod clean;
pub mod collate;
pub mod date;
pub mod excerpt;
pub mod fold;
pub mod html;
pub mod number;
pub mod slug;
pub mod url;

pub use clean::clean;
pub use collate::sort_key;
pub use excerpt::excerpt;
pub use fold::fold;
pub use slug::slugify;
