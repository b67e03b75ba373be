//! The one scheme allowlist every URL from content passes (links, images,
//! autolinks, reference definitions, front-matter images, config links).

/// Schemes a link from content may use; anything else is not a link.
pub const ALLOWED_SCHEMES: &[&str] = &["http", "https", "mailto", "tel"];

/// The scheme of `url` as a browser would read it (lowercase), or `None`
/// for a relative URL. The browser first drops leading and trailing
/// control characters and spaces and every tab and line break inside, so
/// `" Java\tScript:"` is `javascript`; entities are already decoded by
/// the Markdown parser and by the YAML reader.
pub fn scheme(url: &str) -> Option<String> {
    let cleaned: String = url
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let colon = cleaned.find(':')?;
    let head = &cleaned[..colon];
    let mut chars = head.chars();
    let is_scheme = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    is_scheme.then(|| head.to_ascii_lowercase())
}

/// True when `url` may be published as a link or image source: a
/// relative URL or one of [`ALLOWED_SCHEMES`], with no control character
/// left that a browser might read differently.
pub fn allowed(url: &str) -> bool {
    let inner = url.trim_matches(|c: char| c <= ' ');
    if inner
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
    {
        return false;
    }
    match scheme(url) {
        None => true,
        Some(s) => ALLOWED_SCHEMES.contains(&s.as_str()),
    }
}

/// An absolute `http(s)` URL with a host, as `base_url` must be.
pub fn is_absolute_http(url: &str) -> bool {
    let Some(s) = scheme(url) else { return false };
    if url != url.trim() || url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return false;
    }
    let rest = &url[s.len() + 1..];
    let Some(host) = rest.strip_prefix("//") else {
        return false;
    };
    let host = host.split(['/', '?', '#']).next().unwrap_or("");
    (s == "http" || s == "https")
        && !host.is_empty()
        && !host.contains('@')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
}

/// `s` for a URL's query: every byte but letters, digits and `-._~` as
/// `%XX` (titles are Vietnamese, addresses have `:` and `/`).
pub fn query_encoded(s: &str) -> String {
    percent_encoded(s, |b| {
        b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~')
    })
}

/// `s` with every byte written `%XX` but the ASCII bytes that `keep`
/// accepts (a byte of a longer UTF-8 letter is always encoded).
pub fn percent_encoded(s: &str, keep: impl Fn(u8) -> bool) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = Vec::with_capacity(s.len() * 3);
    for &b in s.as_bytes() {
        if b.is_ascii() && keep(b) {
            out.push(b);
        } else {
            out.extend_from_slice(&[b'%', HEX[(b >> 4) as usize], HEX[(b & 15) as usize]]);
        }
    }
    // Only ASCII was pushed.
    String::from_utf8(out).unwrap_or_default()
}

/// `%20` and the like decoded, as a static host maps an address to a
/// file name (`h%E1%BB%99i%20ngh%E1%BB%8B.jpg` → `hội nghị.jpg`).
pub fn percent_decoded(s: &str) -> String {
    // Most links have no escape at all (every link of every page is read).
    if !s.contains('%') {
        return s.to_owned();
    }
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        match (
            b[i],
            b.get(i + 1).and_then(|&c| hex(c)),
            b.get(i + 2).and_then(|&c| hex(c)),
        ) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (c, _, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_escapes_are_read_like_a_browser() {
        assert_eq!(
            percent_decoded("tep/anh/h%E1%BB%99i%20ngh%E1%BB%8B.jpg"),
            "tep/anh/hội nghị.jpg"
        );
        assert_eq!(percent_decoded("a%zz"), "a%zz");
    }

    #[test]
    fn query_values_keep_only_unreserved_bytes() {
        assert_eq!(
            query_encoded("https://a.vn/tin-tuc/x_y~z/?q=1&r"),
            "https%3A%2F%2Fa.vn%2Ftin-tuc%2Fx_y~z%2F%3Fq%3D1%26r"
        );
        assert_eq!(
            query_encoded("Sở (số 4)"),
            "S%E1%BB%9F%20%28s%E1%BB%91%204%29"
        );
        assert_eq!(
            percent_decoded(&query_encoded("Hội nghị & họp")),
            "Hội nghị & họp"
        );
        // A caller that keeps every byte still gets ASCII, never a broken letter.
        assert_eq!(percent_encoded("Sở a", |_| true), "S%E1%BB%9F a");
    }

    #[test]
    fn browser_normalisation_is_applied_before_the_allowlist() {
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " javascript:alert(1)",
            "\u{1}javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "vbscript:msgbox",
            "data:text/html;base64,PHNjcmlwdD4=",
            "DATA:text/html,x",
            "file:///etc/passwd",
            "jav\u{0}ascript:x",
        ] {
            assert!(!allowed(bad), "{bad:?} allowed");
        }
        for good in [
            "https://a.gov.vn/x",
            "HTTP://a.gov.vn",
            "mailto:a@b.vn",
            "tel:02293871234",
            "/tin-tuc/",
            "tep/anh/a.jpg",
            "#muc-1",
            "?q=a:b",
            "./a:b",
            "",
        ] {
            assert!(allowed(good), "{good:?} refused");
        }
    }

    #[test]
    fn base_urls_are_absolute_http() {
        assert!(is_absolute_http("https://stp.ninhbinh.gov.vn"));
        assert!(is_absolute_http("http://127.0.0.1:8080/cong/"));
        for bad in [
            "javascript:alert(1)//",
            "https:/x",
            "//a.vn",
            "ftp://a.vn",
            "https://",
            "https://a.vn\"><script>",
            "https://user@evil.vn",
            "a.gov.vn",
        ] {
            assert!(!is_absolute_http(bad), "{bad:?} accepted");
        }
    }
}
