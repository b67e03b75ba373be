//! Typed reading of a YAML mapping with every problem recorded as a
//! diagnostic instead of stopping at the first, like a compiler.

use std::path::Path;

use super::yaml::{Node, Value};
use crate::diag::Diagnostic;
use crate::msg::catalog::content as m;
use crate::t;

/// Collects diagnostics for one file.
pub struct Sink<'a> {
    pub file: &'a Path,
    pub diags: Vec<Diagnostic>,
}

impl<'a> Sink<'a> {
    pub fn new(file: &'a Path) -> Self {
        Sink {
            file,
            diags: Vec::new(),
        }
    }

    pub fn error(&mut self, node: &Node, message: impl Into<String>, help: impl Into<String>) {
        self.diags
            .push(Diagnostic::error(self.file, node.line, node.col, message).help(help));
    }

    pub fn warning(&mut self, node: &Node, message: impl Into<String>, help: impl Into<String>) {
        self.diags
            .push(Diagnostic::warning(self.file, node.line, node.col, message).help(help));
    }

    /// Views `node` as a mapping, reporting duplicate keys.
    pub fn map<'n>(&mut self, node: &'n Node, what: &str) -> Option<Map<'n>> {
        let Value::Map(pairs) = &node.value else {
            self.error(
                node,
                t!(m::NOT_A_MAPPING, what = what, found = node.kind()),
                t!(m::NOT_A_MAPPING_HELP),
            );
            return None;
        };
        let mut keys: Vec<&str> = Vec::with_capacity(pairs.len());
        for (k, _) in pairs {
            match k.as_str() {
                Some(key) if keys.contains(&key) => {
                    self.error(
                        k,
                        t!(m::KEY_TWICE, key = key, what = what),
                        t!(m::KEY_TWICE_HELP),
                    );
                }
                Some(key) => keys.push(key),
                None => self.error(
                    k,
                    t!(m::KEY_NOT_TEXT, what = what),
                    t!(m::KEY_NOT_TEXT_HELP),
                ),
            }
        }
        Some(Map {
            node,
            pairs,
            used: Vec::new(),
        })
    }
}

/// One mapping being read; remembers the keys consumed so unknown ones can
/// be reported (likely typos of optional keys).
pub struct Map<'n> {
    pub node: &'n Node,
    pairs: &'n [(Node, Node)],
    used: Vec<&'static str>,
}

/// What a required element is called in law, for messages such as
/// "thiếu Căn cứ pháp lý (can_cu_phap_ly)".
#[derive(Clone, Copy)]
pub struct Element {
    pub key: &'static str,
    pub name: &'static str,
    /// The legal provision that requires it, named in the message.
    pub basis: Option<&'static str>,
}

pub const fn el(key: &'static str, name: &'static str) -> Element {
    Element {
        key,
        name,
        basis: None,
    }
}

/// An element a posting must show by law (`basis` names the provision).
pub const fn legal(key: &'static str, name: &'static str, basis: &'static str) -> Element {
    Element {
        key,
        name,
        basis: Some(basis),
    }
}

impl<'n> Map<'n> {
    pub fn get(&mut self, key: &'static str) -> Option<&'n Node> {
        self.used.push(key);
        self.pairs
            .iter()
            .find(|(k, _)| k.as_str() == Some(key))
            .map(|(_, v)| v)
    }

    /// A required key; a missing key is reported at the mapping's start.
    pub fn req(
        &mut self,
        sink: &mut Sink,
        el: Element,
        owner: &str,
        help: &str,
    ) -> Option<&'n Node> {
        match self.get(el.key) {
            Some(n) if n.value != Value::Null => Some(n),
            found => {
                let at = found.unwrap_or(self.node);
                let mut message = if found.is_some() {
                    t!(
                        m::MISSING_EMPTY,
                        element = el.name,
                        key = el.key,
                        owner = owner
                    )
                } else {
                    t!(m::MISSING, element = el.name, key = el.key, owner = owner)
                };
                if let Some(basis) = el.basis {
                    message.push_str(&t!(m::REQUIRED_BY, basis = basis));
                }
                sink.error(at, message, help.to_owned());
                None
            }
        }
    }

    /// Reports keys nobody asked for, suggesting the closest known one.
    pub fn finish(self, sink: &mut Sink, what: &str) {
        for (k, _) in self.pairs {
            let Some(key) = k.as_str() else { continue };
            if self.used.contains(&key) {
                continue;
            }
            let close = self
                .used
                .iter()
                .copied()
                .filter(|u| edit_distance(u, key) <= 2)
                .min_by_key(|u| edit_distance(u, key));
            let help = match close {
                Some(c) => t!(m::UNKNOWN_KEY_CLOSE, close = c),
                None => t!(m::UNKNOWN_KEY_KNOWN, known = self.used.join(", ")),
            };
            sink.warning(k, t!(m::UNKNOWN_KEY, key = key, what = what), help);
        }
    }
}

/// Levenshtein distance on chars, for "did you mean" suggestions.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            cur.push(
                (prev[j] + (ca != *cb) as usize)
                    .min(prev[j + 1] + 1)
                    .min(cur[j] + 1),
            );
        }
        prev = cur;
    }
    prev[b.len()]
}

/// An optional text value: absent or null is `None`, empty is reported.
pub(crate) fn opt_text(sink: &mut Sink, m: &mut Map, key: &'static str) -> Option<String> {
    m.get(key)
        .filter(|n| n.value != Value::Null)
        .and_then(|n| nonempty_string(sink, n, key))
}

/// A calendar date `YYYY-MM-DD`; a wrong one is reported with the fix.
pub(crate) fn date(sink: &mut Sink, node: &Node, key: &str) -> Option<chrono::NaiveDate> {
    let s = nonempty_string(sink, node, key)?;
    match crate::text::date::parse_date(&s) {
        Ok(d) => Some(d),
        Err(e) => {
            sink.error(
                node,
                t!(m::BAD_DATE, key = key, error = e),
                crate::text::date::date_fix(&s),
            );
            None
        }
    }
}

// Scalar conversions: each reports a wrong type at the value itself.

pub fn string(sink: &mut Sink, node: &Node, key: &str) -> Option<String> {
    match &node.value {
        Value::Scalar(s, _) => Some(s.trim().to_owned()),
        _ => {
            sink.error(
                node,
                t!(m::NOT_TEXT, key = key, found = node.kind()),
                t!(m::NOT_TEXT_HELP),
            );
            None
        }
    }
}

pub fn nonempty_string(sink: &mut Sink, node: &Node, key: &str) -> Option<String> {
    let s = string(sink, node, key)?;
    if s.is_empty() {
        sink.error(node, t!(m::EMPTY, key = key), t!(m::EMPTY_HELP));
        return None;
    }
    Some(s)
}

pub fn boolean(sink: &mut Sink, node: &Node, key: &str) -> Option<bool> {
    match node.as_str() {
        Some("true" | "True" | "TRUE") => Some(true),
        Some("false" | "False" | "FALSE") => Some(false),
        _ => {
            sink.error(node, t!(m::NOT_BOOL, key = key), t!(m::NOT_BOOL_HELP));
            None
        }
    }
}

pub fn number(sink: &mut Sink, node: &Node, key: &str) -> Option<f64> {
    match node
        .as_str()
        .map(|s| s.trim().replace('_', ""))
        .and_then(|s| s.parse::<f64>().ok())
    {
        Some(x) if x.is_finite() && x >= 0.0 => Some(x),
        _ => {
            sink.error(node, t!(m::NOT_NUMBER, key = key), t!(m::NOT_NUMBER_HELP));
            None
        }
    }
}

/// A list of strings; a single string is accepted as a one-item list.
pub fn strings(sink: &mut Sink, node: &Node, key: &str) -> Vec<String> {
    match &node.value {
        Value::Seq(items) => items
            .iter()
            .filter_map(|n| nonempty_string(sink, n, key))
            .collect(),
        Value::Scalar(..) => nonempty_string(sink, node, key).into_iter().collect(),
        Value::Null => Vec::new(),
        Value::Map(_) => {
            sink.error(
                node,
                t!(m::NOT_TEXT_LIST, key = key),
                t!(m::NOT_TEXT_LIST_HELP),
            );
            Vec::new()
        }
    }
}

/// The items of a list node; anything else is reported.
pub fn list<'n>(sink: &mut Sink, node: &'n Node, key: &str, help: &str) -> &'n [Node] {
    match &node.value {
        Value::Seq(items) => items,
        _ => {
            sink.error(
                node,
                t!(m::NOT_A_LIST, key = key, found = node.kind()),
                help.to_owned(),
            );
            &[]
        }
    }
}

/// `khong` ("không") states that an element does not exist.
pub fn is_none_word(node: &Node) -> bool {
    matches!(node.as_str().map(|s| crate::text::fold(s.trim())), Some(s) if s == "khong")
}
