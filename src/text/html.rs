//! Escaping for HTML text and attribute values, shared by every stage that
//! writes markup (render, serve's error overlay).

/// `s` safe as HTML text and inside a quoted attribute value.
pub fn escape(s: &str) -> String {
    let mut out = Vec::with_capacity(s.len() + 8);
    let _ = escape_into(s, &mut out);
    String::from_utf8(out).expect("escaping keeps UTF-8")
}

/// The entity for a byte that needs one in HTML text or a quoted
/// attribute (single or double quotes), else `None`.
fn entity(b: u8) -> Option<&'static [u8]> {
    match b {
        b'&' => Some(b"&amp;"),
        b'<' => Some(b"&lt;"),
        b'>' => Some(b"&gt;"),
        b'"' => Some(b"&quot;"),
        b'\'' => Some(b"&#39;"),
        _ => None,
    }
}

/// [`escape`] into a writer: the runs between special bytes are written
/// whole. This is the templates' autoescape (Tera's own writes byte by
/// byte through `dyn Write`, a tenth of a large site's build time).
pub fn escape_into(s: &str, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let bytes = s.as_bytes();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if let Some(e) = entity(b) {
            out.write_all(&bytes[start..i])?;
            out.write_all(e)?;
            start = i + 1;
        }
    }
    out.write_all(&bytes[start..])
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
    fn escape_writes_an_entity_for_each_special_character_only() {
        assert_eq!(
            escape("Sở & \"Tư\" <pháp> 'x'/y"),
            "Sở &amp; &quot;Tư&quot; &lt;pháp&gt; &#39;x&#39;/y"
        );
        assert_eq!(escape(""), "");
        assert_eq!(escape("&&"), "&amp;&amp;");
        assert_eq!(escape("không đổi"), "không đổi");
    }

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
