//! Cutting text for summaries and result lines.

/// `s` cut at the last word boundary before `max` characters, with "…".
pub fn excerpt(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        None => s.to_owned(),
        Some((cut, _)) => {
            let head = &s[..cut];
            let head = head.rfind(' ').map_or(head, |i| &head[..i]);
            format!("{}…", head.trim_end_matches([',', ';', ':', ' ']))
        }
    }
}
