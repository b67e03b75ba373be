//! The allowlist sanitiser for sites that allow raw HTML in articles
//! (`markdown: { allow_html: true }`), bounded to linear time.

use crate::text;

/// Deeper markup is not sanitised (the article's HTML is shown as text):
/// the HTML tree builder checks the stack of open elements at every tag,
/// so its time grows with depth × size. No real article nests 100 deep.
pub const MAX_DEPTH: usize = 100;

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// An upper bound of the element nesting of `html` (unclosed tags count
/// as open): one pass, no allocation per tag.
pub fn max_depth(html: &str) -> usize {
    let b = html.as_bytes();
    let (mut depth, mut max, mut i) = (0usize, 0usize, 0usize);
    while let Some(off) = memchr(b'<', &b[i..]) {
        i += off + 1;
        let closing = b.get(i) == Some(&b'/');
        let start = i + closing as usize;
        let end = start
            + b[start..]
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric())
                .count();
        if end == start || !b[start].is_ascii_alphabetic() {
            continue;
        }
        let name = html[start..end].to_ascii_lowercase();
        let self_closing = b[end..]
            .iter()
            .position(|&c| c == b'>')
            .is_some_and(|p| p > 0 && b[end + p - 1] == b'/');
        if closing {
            depth = depth.saturating_sub(1);
        } else if !VOID.contains(&name.as_str()) && !self_closing {
            depth += 1;
            max = max.max(depth);
        }
        i = end;
    }
    max
}

fn memchr(needle: u8, hay: &[u8]) -> Option<usize> {
    hay.iter().position(|&c| c == needle)
}

/// Keeps what Markdown itself produces and safe formatting; drops scripts,
/// event handlers, `style`, frames and every URL outside the scheme
/// allowlist. `None` when the markup is nested deeper than [`MAX_DEPTH`].
pub fn clean(html: &str) -> Option<String> {
    if max_depth(html) > MAX_DEPTH {
        return None;
    }
    let mut b = ammonia::Builder::default();
    b.add_tags(["abbr", "span", "div", "section", "sup"])
        .add_generic_attributes(["id", "class", "title"])
        .add_tag_attributes("div", ["role", "aria-label", "tabindex"])
        .add_tag_attributes("th", ["style"])
        .add_tag_attributes("td", ["style"])
        .add_tag_attributes("ol", ["start"])
        .add_tag_attributes("img", ["loading"])
        .add_tag_attributes("input", ["type", "checked", "disabled"])
        .url_schemes(text::url::ALLOWED_SCHEMES.iter().copied().collect())
        // Table alignment is the only style Markdown writes; no other
        // style value survives (no CSS from content).
        .attribute_filter(|_, attr, value| match attr {
            // The one allowlist of text::url, which also refuses control
            // characters that ammonia's URL parser reads as a relative path.
            "href" | "src" | "cite" if !text::url::allowed(value) => None,
            "style"
                if !matches!(
                    value,
                    "text-align: left" | "text-align: center" | "text-align: right"
                ) =>
            {
                None
            }
            _ => Some(value.into()),
        });
    Some(b.clean(html).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_counts_open_elements_only() {
        assert_eq!(max_depth("<p>a<br>b<img src=x/></p><p><b>c</b></p>"), 2);
        assert_eq!(max_depth("<div>".repeat(500).as_str()), 500);
        assert_eq!(max_depth("a < b, 3<4 <!-- x -->"), 0);
        assert!(clean(&"<div>".repeat(101)).is_none());
    }

    #[test]
    fn urls_with_control_characters_are_dropped() {
        let html =
            clean("<a href=\"j\u{2}avascript:x\">a</a><img src=\"ja\u{1}vascript:y\">").unwrap();
        assert!(!html.contains("avascript"), "{html}");
    }

    #[test]
    fn deep_markup_is_refused_quickly() {
        let t = std::time::Instant::now();
        assert!(clean(&"<div>".repeat(100_000)).is_none());
        assert!(t.elapsed().as_secs() < 2);
    }
}
