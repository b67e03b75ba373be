//! One file of the built site, as every stage hands it on: render makes
//! them, search adds its index, output writes them, serve serves them and
//! the link checker reads them.

use std::path::PathBuf;

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
