//! The whole path a file's bytes take through the loaders, minus the disk:
//! shared by the fuzz targets and their regression test
//! (tests/fuzz_regressions.rs includes this file).

use std::path::Path;

use niemyet::content::{article::Kind, parse_article, parse_catalog};
use niemyet::text;

fn cleaned(data: &[u8]) -> Option<String> {
    let decoded = text::clean::decode(data.to_vec()).ok()?;
    let cleaned = text::clean::clean_string(decoded);
    for line in cleaned.text.lines() {
        let _ = text::clean::looks_like_mojibake(line);
    }
    Some(cleaned.text)
}

/// Bytes of an article file through decoding, cleaning and reading.
pub fn article(data: &[u8]) {
    if let Some(src) = cleaned(data) {
        let _ = parse_article(Path::new("content/tin-tuc/fuzz.md"), &src, Kind::News);
    }
}

/// Bytes of a catalog file through decoding, cleaning, the YAML tree and
/// the typed reader.
pub fn catalog(data: &[u8]) {
    if let Some(src) = cleaned(data) {
        let _ = parse_catalog(Path::new("content/thu-tuc/fuzz.yaml"), &src);
    }
}
