//! A small YAML writer for imported catalogs: block style, every text
//! quoted (a name like `Không` or `1.001193` must stay text), `# TODO`
//! comments where a record lacks an element. serde's writers cannot
//! emit comments, and the officer's next step is to read these files.

use std::fmt::Write;

/// One value of the tree to write.
#[derive(Debug, Clone, PartialEq)]
pub enum Y {
    /// Text, always quoted (or a literal block when it has line breaks).
    Text(String),
    /// Written as is: numbers, dates, keywords such as `xa` or `khong`.
    Plain(String),
    List(Vec<Y>),
    Map(Vec<Entry>),
}

/// One line of a mapping: a key and its value, or a comment.
#[derive(Debug, Clone, PartialEq)]
pub enum Entry {
    Key(&'static str, Y),
    /// `# TODO: …`: what the officer must add in place of a missing value.
    Todo(String),
}

impl Y {
    pub fn text(s: impl Into<String>) -> Y {
        Y::Text(s.into())
    }

    pub fn plain(s: impl Into<String>) -> Y {
        Y::Plain(s.into())
    }

    pub fn texts(items: &[String]) -> Y {
        Y::List(items.iter().map(|s| Y::text(s.as_str())).collect())
    }

    pub fn number(x: f64) -> Y {
        if x.fract() == 0.0 && x.abs() < 1e15 {
            Y::Plain(format!("{}", x as i64))
        } else {
            Y::Plain(format!("{x}"))
        }
    }
}

/// The file text for a top-level mapping, after `header` comment lines.
pub fn document(header: &[String], entries: &[Entry]) -> String {
    let mut out = String::new();
    for line in header {
        out.push_str("# ");
        out.push_str(line);
        out.push('\n');
    }
    write_map(&mut out, entries, 0, false);
    out
}

/// The lines of one list item (`- …` at `indent`), for appending to an
/// existing list.
pub fn list_item(value: &Y, indent: usize) -> String {
    let mut out = String::new();
    write_item(&mut out, value, indent);
    out
}

fn pad(out: &mut String, n: usize) {
    out.extend(std::iter::repeat_n(' ', n));
}

/// Writes `entries` at `indent`; when `inline_first`, the first line
/// continues a `- ` already written.
fn write_map(out: &mut String, entries: &[Entry], indent: usize, inline_first: bool) {
    for (i, e) in entries.iter().enumerate() {
        if !(inline_first && i == 0) {
            pad(out, indent);
        }
        match e {
            Entry::Todo(msg) => {
                out.push_str("# TODO: ");
                out.push_str(&one_line(msg));
                out.push('\n');
            }
            Entry::Key(k, v) => {
                out.push_str(k);
                out.push(':');
                write_value(out, v, indent);
            }
        }
    }
}

/// A value after `key:`.
fn write_value(out: &mut String, v: &Y, indent: usize) {
    match v {
        Y::Text(s) => {
            out.push(' ');
            scalar(out, s, indent + 2);
            out.push('\n');
        }
        Y::Plain(s) => {
            out.push(' ');
            out.push_str(s);
            out.push('\n');
        }
        Y::List(items) if items.is_empty() => out.push_str(" []\n"),
        Y::Map(entries) if entries.is_empty() => out.push_str(" {}\n"),
        Y::List(items) => {
            out.push('\n');
            for item in items {
                write_item(out, item, indent + 2);
            }
        }
        Y::Map(entries) => {
            out.push('\n');
            write_map(out, entries, indent + 2, false);
        }
    }
}

fn write_item(out: &mut String, v: &Y, indent: usize) {
    pad(out, indent);
    out.push_str("- ");
    match v {
        Y::Text(s) => {
            scalar(out, s, indent + 2);
            out.push('\n');
        }
        Y::Plain(s) => {
            out.push_str(s);
            out.push('\n');
        }
        Y::List(items) if items.is_empty() => out.push_str("[]\n"),
        Y::Map(entries) if entries.is_empty() => out.push_str("{}\n"),
        Y::List(items) => {
            out.push('\n');
            for item in items {
                write_item(out, item, indent + 2);
            }
        }
        Y::Map(entries) => write_map(out, entries, indent + 2, true),
    }
}

/// A comment must stay on its line.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text as a YAML scalar: a literal block (`|-`) for clean multi-line
/// text, else a double-quoted string with escapes.
fn scalar(out: &mut String, s: &str, indent: usize) {
    let block_ok = s.contains('\n')
        && !s.starts_with([' ', '\n'])
        && !s.ends_with('\n')
        && s.lines().all(|l| {
            l == l.trim_end()
                && !l.chars().any(|c| c.is_control() && c != '\t')
                && !l.contains('\t')
        });
    if block_ok {
        out.push_str("|-");
        for line in s.split('\n') {
            out.push('\n');
            if !line.is_empty() {
                pad(out, indent);
                out.push_str(line);
            }
        }
        return;
    }
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(src: &str) -> yaml_serde::Value {
        yaml_serde::from_str(src).unwrap()
    }

    #[test]
    fn texts_round_trip_through_a_yaml_parser() {
        let hard = [
            "Không",
            "1.001193",
            "a: b # c",
            "\"quoted\" \\ back",
            "- dash",
            "Bước 1: nộp hồ sơ\n- kiểm tra\n\n+ trả kết quả",
            "tab\there",
            "  leading",
            "true",
            "",
        ];
        let entries = vec![
            Entry::Todo("thiếu\nhai dòng".into()),
            Entry::Key("list", Y::List(hard.iter().map(|s| Y::text(*s)).collect())),
            Entry::Key(
                "rows",
                Y::List(vec![Y::Map(vec![
                    Entry::Key("ten", Y::text("Tờ khai\nhai dòng")),
                    Entry::Todo("ban_chinh".into()),
                    Entry::Key("so", Y::number(12.5)),
                ])]),
            ),
        ];
        let src = document(&["đầu".into()], &entries);
        let v = parse(&src);
        let list = v["list"].as_sequence().unwrap();
        for (got, want) in list.iter().zip(hard) {
            assert_eq!(got.as_str(), Some(want), "{src}");
        }
        assert_eq!(v["rows"][0]["ten"].as_str(), Some("Tờ khai\nhai dòng"));
        assert_eq!(v["rows"][0]["so"].as_f64(), Some(12.5));
        assert!(src.contains("# TODO: thiếu hai dòng\n"), "{src}");
        assert!(src.contains("|-\n"), "{src}");
    }
}
