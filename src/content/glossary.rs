//! `content/tu-viet-tat.yaml`: abbreviation → full form (DESIGN §2.5).

use serde::Serialize;

use super::fields::{self, Sink};
use super::yaml::{Node, Value};

#[derive(Debug, Clone, Serialize)]
pub struct Abbreviation {
    pub short: String,
    pub full: String,
}

pub fn read(root: &Node, sink: &mut Sink) -> Vec<Abbreviation> {
    if root.value == Value::Null {
        return Vec::new();
    }
    let Some(_) = sink.map(root, "the glossary") else {
        return Vec::new();
    };
    let Value::Map(pairs) = &root.value else {
        return Vec::new();
    };
    if pairs.len() > super::limits::GLOSSARY {
        sink.error(
            root,
            format!(
                "the glossary has {} entries; at most {} are read",
                pairs.len(),
                super::limits::GLOSSARY
            ),
            "keep the abbreviations readers meet on this site; split rarely used ones into a page",
        );
        return Vec::new();
    }
    let mut out: Vec<Abbreviation> = pairs
        .iter()
        .filter_map(|(k, v)| {
            let short = fields::nonempty_string(sink, k, "abbreviation")?;
            let full = fields::nonempty_string(sink, v, &short)?;
            Some(Abbreviation { short, full })
        })
        .collect();
    out.sort_by_cached_key(|a| crate::text::sort_key(&a.short));
    out
}
