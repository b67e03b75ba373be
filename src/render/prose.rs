//! Multi-line text as catalogs and national-portal records write it — a
//! step with "- " and "+ " sub-points, a channel description over several
//! lines — made into paragraphs and lists, so a page does not run it all
//! together. The theme decides the markup (partials/prose.html).

use serde::Serialize;

/// One block of text: a paragraph, or a list whose items may hold a
/// nested list ("+" points under a "-" point).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Block {
    Para { text: String },
    List { items: Vec<Item> },
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Item {
    pub text: String,
    pub items: Vec<String>,
}

/// The list marker a line starts with, and the rest of the line.
fn marker(line: &str) -> Option<(char, &str)> {
    let mut chars = line.chars();
    let m = chars.next()?;
    let rest = chars.as_str();
    (matches!(m, '-' | '+' | '•' | '*' | '–') && rest.starts_with(' '))
        .then(|| (if m == '+' { '+' } else { '-' }, rest.trim()))
}

/// `text` as blocks: marked lines become list items ("+" nested under
/// the last "-"), other lines paragraphs; blank lines only separate.
pub fn blocks(text: &str) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        match marker(line) {
            Some(('+', rest)) => match out.last_mut() {
                Some(Block::List { items }) => match items.last_mut() {
                    Some(last) => last.items.push(rest.to_owned()),
                    None => items.push(item(rest)),
                },
                _ => out.push(Block::List {
                    items: vec![item(rest)],
                }),
            },
            Some((_, rest)) => match out.last_mut() {
                Some(Block::List { items }) => items.push(item(rest)),
                _ => out.push(Block::List {
                    items: vec![item(rest)],
                }),
            },
            None => out.push(Block::Para {
                text: line.to_owned(),
            }),
        }
    }
    out
}

fn item(text: &str) -> Item {
    Item {
        text: text.to_owned(),
        items: Vec::new(),
    }
}

/// One step of "Trình tự thực hiện": its own label ("Bước 1") when the
/// catalog writes one, the first line, and the rest as blocks.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    pub label: Option<String>,
    pub title: String,
    pub blocks: Vec<Block>,
}

/// "Bước 2: Kiểm tra…" → label "Bước 2", title "Kiểm tra…".
fn label(line: &str) -> (Option<String>, &str) {
    let Some(rest) = line
        .strip_prefix("Bước ")
        .or_else(|| line.strip_prefix("bước "))
    else {
        return (None, line);
    };
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 {
        return (None, line);
    }
    let after = rest[digits..].trim_start();
    match after.strip_prefix([':', '.']) {
        Some(title) => (
            Some(format!("Bước {}", &rest[..digits])),
            title.trim_start(),
        ),
        None if after.is_empty() => (Some(format!("Bước {}", &rest[..digits])), ""),
        None => (None, line),
    }
}

pub fn step(text: &str) -> Step {
    let text = text.trim();
    let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
    let (label, title) = label(first.trim());
    Step {
        label,
        title: title.to_owned(),
        blocks: blocks(rest),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marked_lines_become_nested_lists() {
        let b = blocks(
            "Bộ phận Một cửa:\n- Kiểm tra hồ sơ\n+ đủ: tiếp nhận\n+ thiếu: hướng dẫn\n- Chuyển hồ sơ\nSau đó trả kết quả.",
        );
        assert_eq!(
            b,
            vec![
                Block::Para {
                    text: "Bộ phận Một cửa:".into()
                },
                Block::List {
                    items: vec![
                        Item {
                            text: "Kiểm tra hồ sơ".into(),
                            items: vec!["đủ: tiếp nhận".into(), "thiếu: hướng dẫn".into()]
                        },
                        item("Chuyển hồ sơ"),
                    ]
                },
                Block::Para {
                    text: "Sau đó trả kết quả.".into()
                },
            ]
        );
        // A dash inside a line, or without a space after it, is text.
        assert_eq!(
            blocks("kinh tế - xã hội\n-5 độ"),
            vec![
                Block::Para {
                    text: "kinh tế - xã hội".into()
                },
                Block::Para {
                    text: "-5 độ".into()
                }
            ]
        );
    }

    #[test]
    fn steps_keep_their_own_label_once() {
        let s = step("Bước 1: Nộp hồ sơ\n- trực tiếp\n- qua bưu chính");
        assert_eq!(s.label.as_deref(), Some("Bước 1"));
        assert_eq!(s.title, "Nộp hồ sơ");
        assert_eq!(s.blocks.len(), 1);
        assert_eq!(step("Bước 3:").label.as_deref(), Some("Bước 3"));
        let plain = step("Nộp hồ sơ tại Bộ phận Một cửa.");
        assert_eq!(plain.label, None);
        assert_eq!(plain.title, "Nộp hồ sơ tại Bộ phận Một cửa.");
        assert_eq!(step("Bước đầu tiên: x").label, None);
    }
}
