//! Folding: the form two spellings share when a reader would call them the
//! same word ("Đường" = "duong"), used by slugs and search.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// NFD → drop combining marks → đ→d → lowercase.
///
/// Latin letters go through a per-character table (deunicode) instead of a
/// full NFD pass: folding every article for the search index is hot.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        match c {
            'đ' | 'Đ' => out.push('d'),
            // Marks of text typed decomposed (NFD).
            '\u{300}'..='\u{36F}' => {}
            '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}' => match deunicode::deunicode_char(c) {
                Some(t) if t.len() == 1 => out.push(t.as_bytes()[0].to_ascii_lowercase() as char),
                _ => fold_slow(c, &mut out),
            },
            _ => fold_slow(c, &mut out),
        }
    }
    out
}

fn fold_slow(c: char, out: &mut String) {
    for d in std::iter::once(c).nfd() {
        if !is_combining_mark(d) {
            out.extend(d.to_lowercase());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::fold;

    /// The table agrees with decomposition for every Vietnamese letter.
    #[test]
    fn table_matches_nfd_for_vietnamese_letters() {
        use unicode_normalization::UnicodeNormalization;
        let letters = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ";
        for c in letters.chars().chain(letters.to_uppercase().chars()) {
            let reference: String = c
                .to_string()
                .nfd()
                .filter(|d| !unicode_normalization::char::is_combining_mark(*d))
                .flat_map(char::to_lowercase)
                .collect();
            assert_eq!(fold(&c.to_string()), reference, "{c}");
        }
    }

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
