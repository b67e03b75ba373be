//! Entry points for the fuzz targets (`fuzz/`) and their regression test:
//! the whole path a file's bytes take through the loaders, minus the disk.

use std::path::Path;

use super::{article, catalog, fields::Sink, yaml};
use crate::text;

/// Bytes of an article file through decoding, cleaning and reading.
pub fn article(data: &[u8]) {
    let Ok(decoded) = text::clean::decode(data.to_vec()) else {
        return;
    };
    let cleaned = text::clean::clean_string(decoded);
    for line in cleaned.text.lines() {
        let _ = text::clean::looks_like_mojibake(line);
    }
    let file = Path::new("content/tin-tuc/fuzz.md");
    let mut sink = Sink::new(file);
    let _ = article::read(file, &cleaned.text, article::Kind::News, &mut sink);
}

/// Bytes of a catalog file through decoding, cleaning, the YAML tree and
/// the typed reader.
pub fn catalog(data: &[u8]) {
    let Ok(decoded) = text::clean::decode(data.to_vec()) else {
        return;
    };
    let cleaned = text::clean::clean_string(decoded);
    let file = Path::new("content/thu-tuc/fuzz.yaml");
    let mut sink = Sink::new(file);
    if let Ok(root) = yaml::parse(&cleaned.text, 0) {
        let _ = catalog::read(file, &root, &mut sink);
    }
}
