//! `content/tu-viet-tat.yaml`: abbreviation → full form (DESIGN §2.5).

use serde::Serialize;

use super::fields::{self, Sink};
use super::yaml::{Node, Value};
use crate::msg::catalog::content as m;
use crate::t;

#[derive(Debug, Clone, Serialize)]
pub struct Abbreviation {
    pub short: String,
    pub full: String,
}

pub fn read(root: &Node, sink: &mut Sink) -> Vec<Abbreviation> {
    if root.value == Value::Null {
        return Vec::new();
    }
    let Some(_) = sink.map(root, &t!(m::THE_GLOSSARY)) else {
        return Vec::new();
    };
    let Value::Map(pairs) = &root.value else {
        return Vec::new();
    };
    if pairs.len() > super::limits::GLOSSARY {
        sink.error(
            root,
            t!(
                m::GLOSSARY_TOO_LONG,
                count = pairs.len(),
                max = super::limits::GLOSSARY
            ),
            t!(m::GLOSSARY_TOO_LONG_HELP),
        );
        return Vec::new();
    }
    let abbreviation = t!(m::ABBREVIATION);
    let mut out: Vec<Abbreviation> = pairs
        .iter()
        .filter_map(|(k, v)| {
            let short = fields::nonempty_string(sink, k, &abbreviation)?;
            let full = fields::nonempty_string(sink, v, &short)?;
            Some(Abbreviation { short, full })
        })
        .collect();
    out.sort_by_cached_key(|a| crate::text::sort_key(&a.short));
    out
}
