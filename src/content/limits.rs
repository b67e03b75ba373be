//! Every size limit on content, in one place, each with the reason a real
//! portal never reaches it (documented in SECURITY.md and the README).
//! Beyond them an input would cost seconds or gigabytes per kilobyte.

/// A Markdown article or page: the longest real news article is ~100 KB.
pub const ARTICLE_BYTES: u64 = 1 << 20;
/// Any other text file (catalogs of thousands of procedures).
pub const TEXT_BYTES: u64 = 32 << 20;
/// Code blocks larger than this are shown plain, not highlighted.
pub const HIGHLIGHT_BYTES: usize = 32 << 10;
/// Tags on one article: each makes a page of its own.
pub const TAGS: usize = 30;
/// Aliases (redirect pages) of one article.
pub const ALIASES: usize = 50;
/// Abbreviations in `tu-viet-tat.yaml`.
pub const GLOSSARY: usize = 2000;
/// One segment of a published path (file or folder name), in bytes: some
/// S3-compatible stores keep objects as files and fail beyond ~255 bytes
/// with their own prefixes; 100 leaves room and reads well in a URL.
pub const SEGMENT_BYTES: usize = 100;
