//! Input hygiene (DESIGN §2.7): NFC, invisible marks removed, stray
//! non-breaking spaces turned into plain spaces.

use unicode_normalization::UnicodeNormalization;

/// Text after cleaning, and how many characters had to be fixed.
pub struct Cleaned {
    pub text: String,
    pub fixed: usize,
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}')
}

/// A no-break space is typographic before these marks and after a digit
/// ("20\u{a0}km", "93,5\u{a0}%"); anywhere else it is a paste artefact.
fn keeps_nbsp(prev: Option<char>, next: Option<char>) -> bool {
    prev.is_some_and(|c| c.is_ascii_digit())
        || next.is_some_and(|c| matches!(c, '%' | ':' | ';' | '!' | '?' | '»' | '›'))
}

/// Whether `s` holds a no-break space or an invisible mark, judged on
/// the bytes (every article goes through this): U+00A0 is C2 A0, U+200B–
/// U+200F are E2 80 8B–8F, U+2060 is E2 81 A0, U+FEFF is EF BB BF.
fn suspicious(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr3_iter(0xC2, 0xE2, 0xEF, b).any(|i| match b[i] {
        0xC2 => b.get(i + 1) == Some(&0xA0),
        0xE2 => matches!(
            (b.get(i + 1), b.get(i + 2)),
            (Some(0x80), Some(0x8B..=0x8F)) | (Some(0x81), Some(0xA0))
        ),
        _ => b.get(i + 1) == Some(&0xBB) && b.get(i + 2) == Some(&0xBF),
    })
}

/// True when `s` is NFC for certain, judged cheaply: every character below
/// U+0300 (lead byte under CC) and every Vietnamese letter with two marks
/// (U+1EA0–U+1EF9) is a starter that NFC leaves alone; other characters are
/// checked one by one. False means "check properly", not "not NFC".
fn plainly_nfc(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // Sixteen bytes at a time while none of them could start such a
        // character (a fold, not an early exit, so that it vectorises).
        while let Some(chunk) = b.get(i..i + 16) {
            if chunk.iter().fold(false, |high, &x| high | (x >= 0xCC)) {
                break;
            }
            i += 16;
        }
        let Some(&x) = b.get(i) else { break };
        if x < 0xCC {
            i += 1;
            continue;
        }
        if x == 0xE1
            && matches!(
                (b.get(i + 1), b.get(i + 2)),
                (Some(0xBA), Some(0xA0..)) | (Some(0xBB), Some(..=0xB9))
            )
        {
            i += 3;
            continue;
        }
        let Some(c) = s.get(i..).and_then(|rest| rest.chars().next()) else {
            return false;
        };
        if !stable_starter(c) {
            return false;
        }
        i += c.len_utf8();
    }
    true
}

/// A character with combining class 0 that NFC's quick check passes: it
/// never changes and never combines with what comes before it.
fn stable_starter(c: char) -> bool {
    unicode_normalization::char::canonical_combining_class(c) == 0
        && unicode_normalization::is_nfc_quick(std::iter::once(c))
            == unicode_normalization::IsNormalized::Yes
}

/// Normalises to NFC and removes invisible marks. CRLF is left to the
/// caller's line logic; a leading BOM must already be stripped.
pub fn clean(input: &str) -> Cleaned {
    clean_string(input.to_owned())
}

/// [`clean`] without a copy when the text is already clean (most files).
pub fn clean_string(input: String) -> Cleaned {
    if !suspicious(&input)
        && (plainly_nfc(&input)
            || unicode_normalization::is_nfc_quick(input.chars())
                == unicode_normalization::IsNormalized::Yes)
    {
        return Cleaned {
            text: input,
            fixed: 0,
        };
    }
    let mut fixed = 0;
    let chars: Vec<char> = input
        .chars()
        .filter(|c| {
            let drop = is_invisible(*c);
            fixed += drop as usize;
            !drop
        })
        .collect();
    let mut out = String::with_capacity(input.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == '\u{A0}' {
            let prev = i.checked_sub(1).map(|j| chars[j]);
            let next = chars.get(i + 1).copied();
            if !keeps_nbsp(prev, next) {
                fixed += 1;
                out.push(' ');
                continue;
            }
        }
        out.push(c);
    }
    let text = if unicode_normalization::is_nfc_quick(out.chars())
        == unicode_normalization::IsNormalized::Yes
    {
        out
    } else {
        out.nfc().collect()
    };
    Cleaned { text, fixed }
}

/// Byte-level decoding: strips a BOM, turns CRLF into LF and reports
/// the 1-based line of the first byte that is not UTF-8.
pub fn decode(mut bytes: Vec<u8>) -> Result<String, usize> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    // Validated with SIMD: every article passes here, and std's check was
    // a sixth of loading.
    if let Err(e) = simdutf8::compat::from_utf8(&bytes) {
        let valid = &bytes[..e.valid_up_to()];
        return Err(valid.iter().filter(|&&b| b == b'\n').count() + 1);
    }
    // SAFETY: `bytes` was validated as UTF-8 just above.
    let s = unsafe { String::from_utf8_unchecked(bytes) };
    if s.contains('\r') {
        Ok(s.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Ok(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfd_becomes_nfc() {
        let nfd = "Thu\u{309}  tu\u{323}c"; // "Thủ tục" decomposed
        let c = clean(nfd);
        assert_eq!(c.text, "Thủ  tục");
        assert_eq!(c.fixed, 0);
    }

    #[test]
    fn invisible_marks_removed_and_counted() {
        let c = clean("khai\u{200B} sinh\u{FEFF}\u{2060}");
        assert_eq!(c.text, "khai sinh");
        assert_eq!(c.fixed, 3);
    }

    #[test]
    fn nbsp_kept_only_where_typographic() {
        let c = clean("20\u{A0}km, đạt\u{A0}93,56\u{A0}%");
        assert_eq!(c.text, "20\u{A0}km, đạt 93,56\u{A0}%");
        assert_eq!(c.fixed, 1);
    }

    #[test]
    fn byte_checks_agree_with_the_character_checks() {
        // The fast paths skip these ranges without looking them up.
        for c in ('\0'..'\u{300}').chain('\u{1EA0}'..='\u{1EF9}') {
            assert!(stable_starter(c), "{c:?}");
        }
        for t in [
            "Thủ tục",
            "Nghi\u{323}",
            "a\u{301}",
            "ﬁ",
            "\u{2000}",
            "“Ấy” – ỹ…",
            "Ω",
        ] {
            let quick = unicode_normalization::is_nfc_quick(t.chars())
                == unicode_normalization::IsNormalized::Yes;
            assert!(!plainly_nfc(t) || quick, "{t:?}");
            assert_eq!(plainly_nfc(t), quick, "{t:?}");
        }
        for (t, marked) in [
            ("Ninh B×nh", true),
            ("Xin chaøo", true),
            ("Hà Nội, Huế, Đà Nẵng", false),
            ("20\u{A0}km", false),
        ] {
            assert_eq!(has_legacy_marks(t), marked, "{t:?}");
        }
        for (t, odd) in [
            ("a\u{A0}b", true),
            ("a\u{200D}b", true),
            ("a\u{2060}", true),
            ("\u{FEFF}", true),
            ("“a” – b", false),
            ("Hà Nội", false),
        ] {
            assert_eq!(suspicious(t), odd, "{t:?}");
        }
    }

    #[test]
    fn decode_bom_crlf_and_bad_bytes() {
        assert_eq!(decode(b"\xEF\xBB\xBFa\r\nb".to_vec()).unwrap(), "a\nb");
        assert_eq!(decode(b"a\nb\n\xFFc".to_vec()), Err(3));
    }
}

/// Characters that never occur in Vietnamese words but are what TCVN3
/// (ABC) and VNI text turns into when read as Latin-1/Windows-1252.
fn is_legacy_mark(c: char) -> bool {
    (c as u32)
        .checked_sub(0xA0)
        .is_some_and(|i| i < 96 && LEGACY[i as usize])
}

/// `LEGACY[c - 0xA0]`: whether a Latin-1 character is one of [`LEGACY_MARKS`].
const LEGACY: [bool; 96] = {
    let mut table = [false; 96];
    let bytes = LEGACY_MARKS.as_bytes();
    let mut i = 0;
    // Every mark is two UTF-8 bytes, C2/C3 then the low six bits.
    while i + 1 < bytes.len() {
        let code = ((bytes[i] as u32 & 0x1F) << 6) | (bytes[i + 1] as u32 & 0x3F);
        table[(code - 0xA0) as usize] = true;
        i += 2;
    }
    table
};

const LEGACY_MARKS: &str = "×÷¸µ¶·¹¨¾¬©ª®¦§¤±²³´¼½¿ÄÅÆÇËÎÏÐÑÖØÛÜÞßäåæçëîïðñöøûüþÿ";

/// Whether any character of `text` is a legacy mark: when none is, no line
/// can look like mojibake (a byte scan; Vietnamese letters in the same
/// Latin-1 range, such as "à" or "ê", are not marks).
pub fn has_legacy_marks(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr2_iter(0xC2, 0xC3, b).any(|i| {
        b.get(i + 1).is_some_and(|&next| {
            let code = ((u32::from(b[i]) & 0x1F) << 6) | (u32::from(next) & 0x3F);
            char::from_u32(code).is_some_and(is_legacy_mark)
        })
    })
}

/// True when a line looks like legacy TCVN3/VNI text decoded wrongly
/// ("Ninh B×nh", "Xin chaøo"): two or more such marks glued to ASCII letters.
pub fn looks_like_mojibake(line: &str) -> bool {
    // Every legacy mark is in U+00A0–U+00FF: UTF-8 lead byte C2 or C3.
    if !line.bytes().any(|b| b == 0xC2 || b == 0xC3) || !line.chars().any(is_legacy_mark) {
        return false;
    }
    let chars: Vec<char> = line.chars().collect();
    let hits = chars
        .iter()
        .enumerate()
        .filter(|(i, c)| {
            is_legacy_mark(**c)
                && (i
                    .checked_sub(1)
                    .is_some_and(|j| chars[j].is_ascii_alphabetic())
                    || chars.get(i + 1).is_some_and(|n| n.is_ascii_alphabetic()))
        })
        .count();
    hits >= 1 && (hits >= 2 || chars.len() < 40)
}

#[cfg(test)]
mod mojibake_tests {
    use super::looks_like_mojibake;

    #[test]
    fn detects_tcvn3_and_vni() {
        assert!(looks_like_mojibake("Ninh B×nh"));
        assert!(looks_like_mojibake("Xin chaøo caùc baïn"));
        assert!(looks_like_mojibake("Uû ban nh©n d©n tØnh"));
        assert!(!looks_like_mojibake("Ủy ban nhân dân tỉnh Ninh Bình"));
        assert!(!looks_like_mojibake("Tỷ lệ đạt 93,56% — «một cửa»"));
    }
}
