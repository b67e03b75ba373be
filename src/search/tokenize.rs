//! The tokenizer shared (in spirit and in tests) with the JavaScript
//! client: lowercase syllables, folded (no marks, đ→d), with procedure
//! codes such as `1.001193` kept whole.

use std::borrow::Cow;

use crate::text::fold;

/// Folded syllables of `text`, in order.
pub fn syllables(text: &str) -> Vec<String> {
    let folded = fold(text);
    split(&folded).into_iter().map(str::to_owned).collect()
}

/// The syllables of already folded text, as slices of it (no allocation
/// per syllable: the index tokenizes every article). Read byte by byte:
/// folded text is almost all ASCII, and decoding every character was a
/// quarter slower (521 → 660 MB/s on the bench articles).
pub fn split(folded: &str) -> Vec<&str> {
    let bytes = folded.as_bytes();
    let mut out = Vec::with_capacity(folded.len() / 5);
    let mut start: Option<usize> = None;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let (word, len) = if b.is_ascii() {
            // A dot between a digit and an alphanumeric inside a token
            // belongs to a code such as 1.001193.
            let dot_in_code = b == b'.'
                && start.is_some()
                && i > 0
                && bytes[i - 1].is_ascii_digit()
                && bytes.get(i + 1).is_some_and(u8::is_ascii_alphanumeric);
            (b.is_ascii_alphanumeric() || dot_in_code, 1)
        } else {
            match folded.get(i..).and_then(|rest| rest.chars().next()) {
                Some(c) => (c.is_alphanumeric(), c.len_utf8()),
                None => break,
            }
        };
        if word {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push(&folded[s..i]);
        }
        i += len;
    }
    if let Some(s) = start {
        out.push(&folded[s..]);
    }
    out
}

/// Adjacent pairs "a b" of the syllables `syl` that [`split`] took from
/// `folded`: Vietnamese words span syllables, so a pair is the closest
/// thing to a word and to a phrase match. A pair is borrowed from the
/// folded text where its two syllables are one space apart there (most
/// are); only the others are written anew.
pub fn bigrams<'a: 's, 's>(
    folded: &'a str,
    syl: &'s [&'a str],
) -> impl Iterator<Item = Cow<'a, str>> + 's {
    // Where `s` starts in `folded`; None for a syllable from elsewhere.
    let at = |s: &str| {
        (s.as_ptr() as usize)
            .checked_sub(folded.as_ptr() as usize)
            .filter(|&o| o + s.len() <= folded.len())
    };
    syl.windows(2).map(move |w| match (at(w[0]), at(w[1])) {
        (Some(a), Some(b)) if b == a + w[0].len() + 1 && folded.as_bytes()[b - 1] == b' ' => {
            Cow::Borrowed(&folded[a..b + w[1].len()])
        }
        _ => Cow::Owned(format!("{} {}", w[0], w[1])),
    })
}

/// FNV-1a over the UTF-8 bytes: which shard a term lives in. The client
/// computes the same with `Math.imul`.
pub fn shard_of(term: &str, shards: u32) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in term.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h % shards
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_syllables_fold() {
        assert_eq!(
            syllables("Thủ tục cấp Giấy khai sinh"),
            ["thu", "tuc", "cap", "giay", "khai", "sinh"]
        );
        assert_eq!(
            syllables("thu tuc cap giay khai sinh"),
            syllables("thủ tục cấp giấy khai sinh")
        );
        assert_eq!(syllables("ĐƯỜNG"), ["duong"]);
        assert_eq!(syllables("hoà giải"), syllables("hòa giải"));
        // NFD input: "Nghị định" written with combining marks.
        assert_eq!(syllables("Nghi\u{323} đi\u{323}nh"), ["nghi", "dinh"]);
    }

    #[test]
    fn letters_beyond_ascii_are_words_and_other_marks_part_them() {
        // What folding leaves outside ASCII: letters of other scripts stay
        // in words, punctuation such as … and – parts them.
        assert_eq!(split("ab…cd – 北京x ωy."), ["ab", "cd", "北京x", "ωy"]);
        assert_eq!(split("…"), Vec::<&str>::new());
    }

    #[test]
    fn codes_stay_whole() {
        assert_eq!(
            syllables("Mã 1.001193, theo 60/2014/QH13."),
            ["ma", "1.001193", "theo", "60", "2014", "qh13"]
        );
        assert_eq!(
            syllables("1.001193.000.00.00.H42"),
            ["1.001193.000.00.00.h42"]
        );
    }

    #[test]
    fn pairs_and_shards() {
        let folded = fold("khai sinh trực tuyến");
        let s = split(&folded);
        assert_eq!(
            bigrams(&folded, &s).collect::<Vec<_>>(),
            ["khai sinh", "sinh truc", "truc tuyen"]
        );
        // Borrowed where one space apart, written anew elsewhere.
        let folded = "thu tuc, cap  giay khai";
        let s = split(folded);
        let pairs: Vec<Cow<str>> = bigrams(folded, &s).collect();
        assert_eq!(pairs, ["thu tuc", "tuc cap", "cap giay", "giay khai"]);
        let borrowed: Vec<bool> = pairs
            .iter()
            .map(|p| matches!(p, Cow::Borrowed(_)))
            .collect();
        assert_eq!(borrowed, [true, false, false, true]);
        // Syllables not taken from the text are paired all the same.
        let other = ["khai", "sinh"];
        let pairs: Vec<Cow<str>> = bigrams(folded, &other).collect();
        assert_eq!(pairs, ["khai sinh"]);
        // Fixed values, mirrored by the JavaScript tests.
        assert_eq!(shard_of("khai", 1024), shard_of("khai", 1024));
        assert_eq!(shard_of("", 7), 0x811c_9dc5 % 7);
    }
}
