//! Tone placement: "hòa" (old style) and "hoà" (new style) are the same
//! word. Both become the new style so exact-diacritic ranking sees them as
//! equal; the search client applies the same rule.

use unicode_normalization::UnicodeNormalization;

const TONES: [char; 5] = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];

/// Moves a tone mark from the first to the second vowel of an open "oa",
/// "oe" or "uy" syllable (hòa → hoà, khỏe → khoẻ, thúy → thuý).
pub fn unify(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, word) in s.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.extend(unify_word(word).nfc());
    }
    out
}

fn unify_word(word: &str) -> String {
    let chars: Vec<char> = word.nfd().collect();
    let base: Vec<(usize, char)> = chars
        .iter()
        .copied()
        .enumerate()
        .filter(|(_, c)| !unicode_normalization::char::is_combining_mark(*c))
        .collect();
    let n = base.len();
    if n < 2 {
        return word.to_owned();
    }
    // The pair must end the word: "hoàn" keeps its mark where it is.
    let (i1, v1) = base[n - 2];
    let (i2, v2) = base[n - 1];
    let pair = (v1.to_ascii_lowercase(), v2.to_ascii_lowercase());
    if !matches!(pair, ('o', 'a') | ('o', 'e') | ('u', 'y')) {
        return word.to_owned();
    }
    // "qu" + y: the u is part of the consonant, the mark is already on y.
    if pair == ('u', 'y') && n >= 3 && base[n - 3].1.eq_ignore_ascii_case(&'q') {
        return word.to_owned();
    }
    let marks_after_v1: Vec<char> = chars[i1 + 1..i2].to_vec();
    let Some(tone) = marks_after_v1.iter().copied().find(|c| TONES.contains(c)) else {
        return word.to_owned();
    };
    let mut moved: Vec<char> = chars[..=i1].to_vec();
    moved.extend(marks_after_v1.iter().copied().filter(|c| *c != tone));
    moved.extend(chars[i2..].iter().copied());
    moved.push(tone);
    moved.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::unify;

    #[test]
    fn both_placements_agree() {
        assert_eq!(unify("hòa"), unify("hoà"));
        assert_eq!(unify("hòa"), "hoà");
        assert_eq!(unify("khỏe"), "khoẻ");
        assert_eq!(unify("Thúy"), "Thuý");
        assert_eq!(unify("hoàn thành"), "hoàn thành");
        assert_eq!(unify("quý"), "quý");
        assert_eq!(unify("hòa giải ở cơ sở"), "hoà giải ở cơ sở");
    }
}
