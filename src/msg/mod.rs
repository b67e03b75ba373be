//! Every sentence a user reads — diagnostics, help, summaries — comes
//! from the catalog in `catalog/`, in Vietnamese by default and in
//! English with `--lang en` or `NIEMYET_LANG=en`. Code never spells a
//! user-facing sentence itself: it names a message and fills its slots.

pub mod catalog;

use std::fmt::Display;
use std::sync::atomic::{AtomicU8, Ordering};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Vi,
    En,
}

impl Lang {
    /// `vi` or `en` (also `vi-VN`, `en_US.UTF-8`…); anything else is None.
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim().to_ascii_lowercase();
        if s.starts_with("vi") {
            Some(Lang::Vi)
        } else if s.starts_with("en") {
            Some(Lang::En)
        } else {
            None
        }
    }
}

/// 0: not chosen yet (read `NIEMYET_LANG` on first use), 1: vi, 2: en.
static LANG: AtomicU8 = AtomicU8::new(0);

/// The language messages are written in for this process.
pub fn lang() -> Lang {
    match LANG.load(Ordering::Relaxed) {
        1 => Lang::Vi,
        2 => Lang::En,
        _ => {
            let l = std::env::var("NIEMYET_LANG")
                .ok()
                .and_then(|v| Lang::parse(&v))
                .unwrap_or(Lang::Vi);
            set_lang(l);
            l
        }
    }
}

/// Chooses the language (the command line does, once, before any work).
pub fn set_lang(l: Lang) {
    LANG.store(
        match l {
            Lang::Vi => 1,
            Lang::En => 2,
        },
        Ordering::Relaxed,
    );
}

/// One message in both languages; `{name}` marks a slot.
#[derive(Debug, Clone, Copy)]
pub struct Msg {
    pub vi: &'static str,
    pub en: &'static str,
}

impl Msg {
    /// The message in the current language, slots left as written.
    pub fn text(&self) -> &'static str {
        match lang() {
            Lang::Vi => self.vi,
            Lang::En => self.en,
        }
    }
}

/// A file system error in words: the common kinds in the chosen
/// language, the rest as the system says them.
pub fn io_error(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    let m = match e.kind() {
        ErrorKind::NotFound => catalog::output::IO_NOT_FOUND,
        ErrorKind::PermissionDenied => catalog::output::IO_PERMISSION,
        ErrorKind::AlreadyExists => catalog::output::IO_EXISTS,
        ErrorKind::StorageFull => catalog::output::IO_FULL,
        ErrorKind::ReadOnlyFilesystem => catalog::output::IO_READ_ONLY,
        _ => return e.to_string(),
    };
    m.text().to_owned()
}

/// The slot names `{name}` of a template, in order.
pub fn slots(template: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(i) = rest.find('{') {
        rest = &rest[i + 1..];
        if let Some(j) = rest.find('}') {
            let name = &rest[..j];
            if !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            {
                out.push(name);
            }
        }
    }
    out
}

/// The message in the current language with its slots filled.
pub fn fill(m: &Msg, args: &[(&str, &dyn Display)]) -> String {
    let template = m.text();
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let slot = after
            .find('}')
            .map(|j| &after[..j])
            .and_then(|name| args.iter().find(|(k, _)| *k == name));
        match slot {
            Some((name, v)) => {
                out.push_str(&v.to_string());
                rest = &after[name.len() + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `t!(catalog::X)` or `t!(catalog::X, name = value, …)`: the message in
/// the current language as a `String`.
#[macro_export]
macro_rules! t {
    ($m:expr) => {
        $crate::msg::fill(&$m, &[])
    };
    ($m:expr, $($k:ident = $v:expr),+ $(,)?) => {
        $crate::msg::fill(&$m, &[$((stringify!($k), &$v as &dyn ::std::fmt::Display)),+])
    };
}

/// Declares catalog messages and the list `ALL` that the tests walk.
#[macro_export]
macro_rules! messages {
    ($($(#[$doc:meta])* $name:ident { vi: $vi:expr, en: $en:expr $(,)? })*) => {
        $($(#[$doc])* pub const $name: $crate::msg::Msg = $crate::msg::Msg { vi: $vi, en: $en };)*
        /// Every message of this part of the catalog, by name.
        pub const ALL: &[(&str, $crate::msg::Msg)] = &[$((stringify!($name), $name)),*];
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_fill_and_literal_braces_stay() {
        let m = Msg {
            vi: "thiếu {element}: viết `{ so: 3 }` ở {where}",
            en: "missing {element}",
        };
        assert_eq!(slots(m.vi), ["element", "where"]);
        let s = fill(&m, &[("element", &"Phí"), ("where", &12)]);
        if lang() == Lang::Vi {
            assert_eq!(s, "thiếu Phí: viết `{ so: 3 }` ở 12");
        }
    }

    #[test]
    fn every_message_has_the_same_slots_in_both_languages() {
        for (name, m) in catalog::all() {
            assert!(!m.vi.trim().is_empty() && !m.en.trim().is_empty(), "{name}");
            let mut a = slots(m.vi);
            let mut b = slots(m.en);
            a.sort();
            b.sort();
            assert_eq!(a, b, "{name}: slots differ between vi and en");
            // Identical only when nothing but slots and marks is written.
            let mut words = m.vi.to_owned();
            for s in slots(m.vi) {
                words = words.replace(&format!("{{{s}}}"), "");
            }
            if words.chars().any(char::is_alphabetic) {
                assert_ne!(m.vi, m.en, "{name}: not translated");
            }
        }
    }

    #[test]
    fn languages_parse() {
        assert_eq!(Lang::parse("en_US.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::parse("vi"), Some(Lang::Vi));
        assert_eq!(Lang::parse("fr"), None);
    }
}
