//! Procedure catalogs (DESIGN §2.4): one announcing decision (quyết định
//! công bố) and the administrative procedures (TTHC) it posts.

mod labels;
mod model;
mod parts;
mod procedure;
mod read;
mod values;

pub use model::*;
pub use parts::form_files;
pub use read::read;
pub use values::Keyword;
pub use values::MAX_PER_CATALOG;
