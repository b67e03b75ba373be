//! Folding: the form two spellings share when a reader would call them the
//! same word ("Đường" = "duong"), used by slugs and search.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// NFD → drop combining marks → đ→d → lowercase.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        match c {
            'đ' | 'Đ' => out.push('d'),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn folds_marks_and_d_bar() {
        assert_eq!(
            fold("Thủ tục cấp Giấy khai sinh"),
            "thu tuc cap giay khai sinh"
        );
        assert_eq!(fold("ĐƯỜNG"), "duong");
        assert_eq!(fold("hoà"), fold("hòa"));
        // NFD input folds the same as NFC input.
        assert_eq!(fold("Nghi\u{323}\u{302} đi\u{323}nh"), "nghi dinh");
    }
}
