//! A YAML tree that remembers where each node was written, so every rule
//! can point at a line. Built on `saphyr-parser` events because serde
//! deserialisation stops at the first problem and forgets positions.

use saphyr_parser::{Event, Parser, ScalarStyle};

use crate::msg::catalog::content as m;
use crate::t;

/// Documents deeper than this are refused rather than exhausting the stack.
const MAX_DEPTH: usize = 64;
/// Alias expansion budget: a "billion laughs" file hits it quickly.
const MAX_NODES: usize = 2_000_000;

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub value: Value,
    /// 1-based line in the file.
    pub line: usize,
    /// 1-based column.
    pub col: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    /// The text, and whether it was quoted (quoted "true" is a string).
    Scalar(String, bool),
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    pub line: usize,
    pub col: usize,
    pub message: String,
}

impl Node {
    /// The scalar's text, for plain and quoted scalars alike.
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::Scalar(s, _) => Some(s),
            _ => None,
        }
    }

    /// What the value is, in words for a message.
    pub fn kind(&self) -> &'static str {
        match &self.value {
            Value::Null => m::KIND_NOTHING.text(),
            Value::Scalar(..) => m::KIND_TEXT.text(),
            Value::Seq(_) => m::KIND_LIST.text(),
            Value::Map(_) => m::KIND_MAP.text(),
        }
    }
}

/// The parser's own messages (in its words, and where a message begins
/// with them) and what the catalog says instead.
const PARSER_MESSAGES: &[(&str, crate::msg::Msg)] = &[
    ("tabs disallowed within this context", m::YAML_TAB_INDENT),
    (
        "while scanning a plain scalar, found a tab",
        m::YAML_TAB_IN_TEXT,
    ),
    (
        "mapping values are not allowed in this context",
        m::YAML_COLON,
    ),
    (
        "illegal placement of ':' indicator",
        m::YAML_COLON_PLACEMENT,
    ),
    (
        "while parsing a block mapping, did not find expected key",
        m::YAML_INDENT,
    ),
    (
        "while parsing a block collection, did not find expected '-' indicator",
        m::YAML_LIST_INDENT,
    ),
    (
        "while scanning a quoted scalar, found unexpected end of stream",
        m::YAML_UNCLOSED_QUOTE,
    ),
    (
        "invalid indentation in quoted scalar",
        m::YAML_UNCLOSED_QUOTE,
    ),
    (
        "while parsing a flow sequence, expected ',' or ']'",
        m::YAML_UNCLOSED_LIST,
    ),
    (
        "while parsing a flow mapping, did not find expected ',' or '}'",
        m::YAML_UNCLOSED_MAP,
    ),
    (
        "invalid trailing content after double-quoted scalar",
        m::YAML_AFTER_QUOTE,
    ),
    (
        "invalid trailing content after single-quoted scalar",
        m::YAML_AFTER_QUOTE,
    ),
    // Last: the quoted-scalar case above begins the same way.
    ("invalid indentation", m::YAML_INDENT_OR_UNCLOSED),
];

/// A message of the YAML parser in the current language.
fn parser_message(info: &str) -> String {
    match PARSER_MESSAGES
        .iter()
        .find(|(text, _)| info.starts_with(text))
    {
        Some((_, msg)) => t!(*msg),
        None => t!(m::YAML_OTHER, detail = info),
    }
}

/// The first line indented with a Tab, and the Tab's column: where a
/// failed parse really went wrong, even when the parser reports the line
/// before (a Tab after a plain value ends that value's line for it).
fn tab_indented(src: &str) -> Option<(usize, usize)> {
    src.lines().enumerate().find_map(|(i, l)| {
        let indent = &l[..l.len() - l.trim_start().len()];
        indent
            .find('\t')
            .map(|b| (i + 1, indent[..b].chars().count() + 1))
    })
}

/// Parses one YAML document. `line_offset` is added to every line so that
/// front matter reports lines of the whole file.
pub fn parse(src: &str, line_offset: usize) -> Result<Node, SyntaxError> {
    let mut builder = Builder {
        parser: Parser::new_from_str(src),
        anchors: Vec::new(),
        line_offset,
        nodes: 0,
    };
    builder.document().map_err(|e| match tab_indented(src) {
        Some((line, col)) if line + line_offset <= e.line + 1 => SyntaxError {
            line: line + line_offset,
            col,
            message: t!(m::YAML_TAB_INDENT),
        },
        _ => e,
    })
}

struct Builder<'a> {
    parser: Parser<'a, saphyr_parser::StrInput<'a>>,
    anchors: Vec<(usize, Node)>,
    line_offset: usize,
    nodes: usize,
}

impl<'a> Builder<'a> {
    fn next(&mut self) -> Result<(Event<'a>, usize, usize), SyntaxError> {
        match self.parser.next_event() {
            Some(Ok((ev, span))) => Ok((
                ev,
                span.start.line() + self.line_offset,
                span.start.col() + 1,
            )),
            Some(Err(e)) => Err(SyntaxError {
                line: e.marker().line() + self.line_offset,
                col: e.marker().col() + 1,
                message: parser_message(e.info()),
            }),
            None => Err(SyntaxError {
                line: self.line_offset + 1,
                col: 1,
                message: t!(m::YAML_UNEXPECTED_END),
            }),
        }
    }

    fn document(&mut self) -> Result<Node, SyntaxError> {
        let mut root = None;
        loop {
            let (ev, line, col) = self.next()?;
            match ev {
                Event::StreamStart | Event::DocumentEnd | Event::Nothing => {}
                Event::DocumentStart(_) if root.is_some() => {
                    return Err(SyntaxError {
                        line,
                        col,
                        message: t!(m::YAML_SECOND_DOCUMENT),
                    });
                }
                Event::DocumentStart(_) => {
                    root = Some(self.node(0)?);
                }
                Event::StreamEnd => {
                    return Ok(root.unwrap_or(Node {
                        value: Value::Null,
                        line: self.line_offset + 1,
                        col: 1,
                    }));
                }
                other => {
                    return Err(SyntaxError {
                        line,
                        col,
                        message: t!(m::YAML_UNEXPECTED_EVENT, event = format!("{other:?}")),
                    });
                }
            }
        }
    }

    fn count(&mut self, n: usize, line: usize, col: usize) -> Result<(), SyntaxError> {
        self.nodes += n;
        if self.nodes > MAX_NODES {
            return Err(SyntaxError {
                line,
                col,
                message: t!(m::YAML_TOO_LARGE),
            });
        }
        Ok(())
    }

    fn node(&mut self, depth: usize) -> Result<Node, SyntaxError> {
        let (ev, line, col) = self.next()?;
        self.node_from(ev, line, col, depth)
    }

    fn node_from(
        &mut self,
        ev: Event<'a>,
        line: usize,
        col: usize,
        depth: usize,
    ) -> Result<Node, SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(SyntaxError {
                line,
                col,
                message: t!(m::YAML_TOO_DEEP, max = MAX_DEPTH),
            });
        }
        self.count(1, line, col)?;
        let (node, anchor) = match ev {
            Event::Scalar(text, style, anchor, _tag) => {
                let quoted = !matches!(style, ScalarStyle::Plain);
                let value = if !quoted && matches!(&*text, "" | "~" | "null" | "Null" | "NULL") {
                    Value::Null
                } else {
                    Value::Scalar(text.into_owned(), quoted)
                };
                (Node { value, line, col }, anchor)
            }
            Event::SequenceStart(anchor, _) => {
                let mut items = Vec::new();
                loop {
                    let (ev, l, c) = self.next()?;
                    if matches!(ev, Event::SequenceEnd) {
                        break;
                    }
                    items.push(self.node_from(ev, l, c, depth + 1)?);
                }
                (
                    Node {
                        value: Value::Seq(items),
                        line,
                        col,
                    },
                    anchor,
                )
            }
            Event::MappingStart(anchor, _) => {
                let mut pairs = Vec::new();
                loop {
                    let (ev, l, c) = self.next()?;
                    if matches!(ev, Event::MappingEnd) {
                        break;
                    }
                    let key = self.node_from(ev, l, c, depth + 1)?;
                    let value = self.node(depth + 1)?;
                    pairs.push((key, value));
                }
                (
                    Node {
                        value: Value::Map(pairs),
                        line,
                        col,
                    },
                    anchor,
                )
            }
            Event::Alias(id) => {
                let Some((_, target)) = self.anchors.iter().rev().find(|(a, _)| *a == id) else {
                    return Err(SyntaxError {
                        line,
                        col,
                        message: t!(m::YAML_UNKNOWN_ANCHOR),
                    });
                };
                let target = target.clone();
                self.count(size(&target), line, col)?;
                return Ok(Node {
                    line,
                    col,
                    ..target
                });
            }
            other => {
                return Err(SyntaxError {
                    line,
                    col,
                    message: t!(m::YAML_UNEXPECTED_EVENT, event = format!("{other:?}")),
                });
            }
        };
        if anchor > 0 {
            self.anchors.push((anchor, node.clone()));
        }
        Ok(node)
    }
}

fn size(node: &Node) -> usize {
    match &node.value {
        Value::Seq(items) => 1 + items.iter().map(size).sum::<usize>(),
        Value::Map(pairs) => 1 + pairs.iter().map(|(k, v)| size(k) + size(v)).sum::<usize>(),
        _ => 1,
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_tab_is_reported_on_its_own_line() {
        // The parser blames line 2 ("ngay: …"); the Tab is on line 3.
        let e = parse("so: \"1\"\nngay: 2025-07-01\n\tco_quan: x\n", 0).unwrap_err();
        assert_eq!((e.line, e.col), (3, 1), "{e:?}");
        let e = parse("a:\n  b: 1\n  \tc: 2\n", 10).unwrap_err();
        assert_eq!((e.line, e.col), (13, 3), "{e:?}");
    }
    use super::*;

    #[test]
    fn positions_are_one_based_and_offset() {
        let node = parse("a: 1\nb:\n  - x\n  - \"y\"\n", 1).unwrap();
        let Value::Map(pairs) = &node.value else {
            panic!()
        };
        assert_eq!(pairs[1].0.line, 3);
        let Value::Seq(items) = &pairs[1].1.value else {
            panic!()
        };
        assert_eq!((items[1].line, items[1].col), (5, 5));
        assert_eq!(items[1].value, Value::Scalar("y".into(), true));
    }

    #[test]
    fn syntax_error_has_position() {
        let err = parse("a: [1, 2\nb: 3\n", 0).unwrap_err();
        assert!(err.line >= 1, "{err:?}");
    }

    #[test]
    fn alias_bomb_is_refused() {
        let mut src = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..10 {
            let p = i - 1;
            src.push_str(&format!("a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"));
        }
        assert_eq!(parse(&src, 0).unwrap_err().message, t!(m::YAML_TOO_LARGE));
    }

    #[test]
    fn deep_nesting_is_refused() {
        let src = "[".repeat(200) + &"]".repeat(200);
        assert!(parse(&src, 0).is_err());
    }
}
