//! Escaping for HTML text and attribute values, shared by every stage that
//! writes markup (render, serve's error overlay).

/// `s` safe as HTML text and inside a quoted attribute value.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// The entities the project's escapers write (this module, Tera's
/// `&#x27;`/`&#x2F;`, pulldown-cmark's) turned back into characters, for
/// readers of rendered pages (the link checker, deploy's redirects).
/// Borrowed when there is nothing to undo.
pub fn unescape(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('&') {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(
        s.replace("&#x2F;", "/")
            .replace("&#x27;", "'")
            .replace("&#39;", "'")
            .replace("&quot;", "\"")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            // Last: "&amp;lt;" is the text "&lt;".
            .replace("&amp;", "&"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unescape_undoes_every_escaper() {
        let s = "a & b < c > \"d\" 'e' /f";
        assert_eq!(unescape(&escape(s)), s);
        assert_eq!(
            unescape("&#x2F;tin-tuc&#x2F;l&#x27;a&#x2F;"),
            "/tin-tuc/l'a/"
        );
        assert_eq!(unescape("&amp;lt;"), "&lt;");
        assert!(matches!(
            unescape("/tin-tuc/"),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}
