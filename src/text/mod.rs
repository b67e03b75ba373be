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

/// `text` with its first letter in lower case ("Lệ phí" → "lệ phí"), for
/// a label used inside a sentence.
pub fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}
