//! Procedure catalogs (DESIGN §2.4): one announcing decision (quyết định
//! công bố) and the administrative procedures (TTHC) it posts.

mod labels;
mod model;
mod read;

pub use model::*;
pub use read::{MAX_PER_CATALOG, form_files, read};
