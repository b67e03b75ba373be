//! Folding: the form two spellings share when a reader would call them the
//! same word ("Đường" = "duong"), used by slugs and search.

use std::sync::OnceLock;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// NFD → drop combining marks → đ→d → lowercase.
///
/// Latin letters go through a table computed once from that same rule
/// instead of a full NFD pass: folding every article for the search index
/// is hot.
pub fn fold(s: &str) -> String {
    let table = latin_table();
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while !rest.is_empty() {
        // Runs of ASCII (most bytes of Vietnamese text) are copied whole.
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let (run, tail) = rest.split_at(ascii);
        let start = out.len();
        out.push_str(run);
        out[start..].make_ascii_lowercase();
        let mut chars = tail.chars();
        let Some(c) = chars.next() else { break };
        rest = chars.as_str();
        match c {
            'đ' | 'Đ' => out.push('d'),
            // Marks of text typed decomposed (NFD).
            '\u{300}'..='\u{36F}' => {}
            _ => match latin(table, c) {
                Some(f) => out.push(f),
                None => fold_slow(c, &mut out),
            },
        }
    }
    out
}

const LATIN: [(u32, u32); 2] = [(0xC0, 0x250), (0x1E00, 0x1F00)];

/// The single-character folds of the Latin letters in [`LATIN`], made once.
fn latin_table() -> &'static [Option<char>] {
    static TABLE: OnceLock<Vec<Option<char>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        LATIN
            .iter()
            .flat_map(|&(a, b)| a..b)
            .map(|u| {
                let mut s = String::new();
                if let Some(ch) = char::from_u32(u) {
                    fold_slow(ch, &mut s);
                }
                let mut it = s.chars();
                match (it.next(), it.next()) {
                    (Some(f), None) => Some(f),
                    _ => None,
                }
            })
            .collect()
    })
}

/// The single-character fold of a Latin letter, if it has one.
fn latin(table: &[Option<char>], c: char) -> Option<char> {
    let u = c as u32;
    let mut offset = 0;
    for (a, b) in LATIN {
        if (a..b).contains(&u) {
            return table[offset + (u - a) as usize];
        }
        offset += (b - a) as usize;
    }
    None
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

    /// The table agrees with decomposition for every letter it covers.
    #[test]
    fn table_matches_nfd() {
        for u in (0xC0..0x250).chain(0x1E00..0x1F00) {
            let Some(c) = char::from_u32(u) else { continue };
            let mut slow = String::new();
            if c == 'đ' || c == 'Đ' {
                continue;
            }
            super::fold_slow(c, &mut slow);
            assert_eq!(fold(&c.to_string()), slow, "U+{u:04X}");
        }
    }

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

    /// Whole texts fold as their characters do one by one (ASCII runs are
    /// copied whole, the rest goes through the table or NFD).
    #[test]
    fn texts_fold_like_their_characters() {
        let one_by_one = |s: &str| -> String {
            let mut out = String::new();
            for c in s.chars() {
                match c {
                    'đ' | 'Đ' => out.push('d'),
                    _ => super::fold_slow(c, &mut out),
                }
            }
            out
        };
        for s in [
            "",
            "ABC xyz 123-_/",
            "Quyết định số 1085/QĐ-UBND ngày 05/10/2021",
            "Ủy ban nhân dân TỈNH Đồng Nai",
            "Nghi\u{323}\u{302} đi\u{323}nh",
            "Σίσυφος Ǆ ǅ ﬁ 北京 🙂 x",
            "é",
            "ÀA",
        ] {
            assert_eq!(fold(s), one_by_one(s), "{s}");
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
