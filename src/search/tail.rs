//! The tail of a posting list: every document after the head, as a set
//! (`set`) and their impacts (`impacts`), both in document order. A set is
//! a bitmap when the term is common, else a list of gaps, whichever is
//! smaller; both are base64 text in JSON. Impacts are quantised to one
//! base64 digit each (a step of 2^¼; for a syllable pair a step of 2^½
//! and the name flag in the lowest bit): the tail never decides the first
//! results by small differences, only their order among themselves.

/// What a query fetches after a term's head.
pub struct Tail {
    /// `b…`: bitmap over all documents (bit `d % 8` of byte `d / 8`);
    /// `v…`: LEB128 gaps between ascending documents (the first from -1).
    pub set: String,
    /// One base64 digit per document of the set, in document order.
    pub impacts: String,
}

const DIGITS: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 without padding (the client decodes it with `atob`).
fn base64(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | (b as u32) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(DIGITS[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

fn leb128(mut n: u32, out: &mut Vec<u8>) {
    loop {
        let byte = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// An impact as one digit: round(4·log2(impact)), within 0–63.
pub fn quantise(impact: u32) -> u8 {
    ((impact.max(1) as f64).log2() * 4.0)
        .round()
        .clamp(0.0, 63.0) as u8
}

/// A pair's impact and name flag as one digit: round(2·log2(impact)),
/// within 0–31, shifted left, the flag in the lowest bit.
pub fn quantise_pair(impact: u32, name: bool) -> u8 {
    let q = ((impact.max(1) as f64).log2() * 2.0)
        .round()
        .clamp(0.0, 31.0) as u8;
    q << 1 | name as u8
}

/// The tail of `postings` (document, impact, in name) in a collection of
/// `universe` documents; `pair` for a syllable pair's list.
pub fn encode(postings: &[(u32, u32, bool)], universe: usize, pair: bool) -> Tail {
    let mut sorted = postings.to_vec();
    sorted.sort_unstable_by_key(|p| p.0);
    let mut gaps = Vec::with_capacity(sorted.len() * 2);
    let mut prev: i64 = -1;
    for &(d, ..) in &sorted {
        leb128((d as i64 - prev) as u32, &mut gaps);
        prev = d as i64;
    }
    let bitmap_len = universe.div_ceil(8);
    let set = if bitmap_len < gaps.len() {
        let mut bits = vec![0u8; bitmap_len];
        for &(d, ..) in &sorted {
            bits[d as usize / 8] |= 1 << (d % 8);
        }
        format!("b{}", base64(&bits))
    } else {
        format!("v{}", base64(&gaps))
    };
    let impacts = sorted
        .iter()
        .map(|&(_, i, name)| {
            let q = if pair {
                quantise_pair(i, name)
            } else {
                quantise(i)
            };
            DIGITS[q as usize] as char
        })
        .collect();
    Tail { set, impacts }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_standard_alphabet_without_padding() {
        assert_eq!(base64(b"Ma"), "TWE");
        assert_eq!(base64(b"Man"), "TWFu");
        assert_eq!(base64(&[0xff]), "/w");
    }

    #[test]
    fn sparse_tails_are_gaps_and_dense_ones_bitmaps() {
        let sparse = encode(&[(300, 10, false), (5, 20, false)], 1000, false);
        // Gaps 6 (from -1 to 5) and 295 (two bytes: 0xa7 0x02).
        assert_eq!(sparse.set, format!("v{}", base64(&[6, 0xa7, 0x02])));
        assert_eq!(sparse.impacts.len(), 2);
        let all: Vec<(u32, u32, bool)> = (0..64).map(|d| (d, 100, false)).collect();
        let dense = encode(&all, 64, false);
        assert_eq!(dense.set, format!("b{}", base64(&[0xff; 8])));
        assert_eq!(quantise(100), 27);
        assert_eq!(quantise(1), 0);
        assert_eq!(quantise(u32::MAX), 63);
        // 2·log2(100) ≈ 13.3 → 13, shifted, flagged.
        assert_eq!(quantise_pair(100, true), 27);
        assert_eq!(encode(&[(1, 100, true)], 8, true).impacts, "b");
    }
}
