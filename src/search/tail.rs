//! The tail of a posting list: every document after the head, in two
//! tiers. The next documents by impact (tier 2, up to four heads' worth)
//! keep a quantised impact each, so a query can rank them; the rest
//! (tier 3) are only a set, so a query knows every match and its true
//! total. Sets are a bitmap when the term is common, else gaps between
//! ascending documents, whichever is smaller, in base64.
//!
//! Impacts are one base64 digit: round(4·log2(impact)) for a syllable, or
//! for a syllable pair round(2·log2(impact)) shifted left with the name
//! flag in the lowest bit. A pair's tier 3 is only the documents whose
//! name holds the pair: the others would score nothing more than "at most
//! the smallest tier-2 impact", which a client assumes of any document
//! anyway, and the words' lists already make the set of matches.

use serde::Serialize;

const DIGITS: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// What a query fetches after a term's head:
/// `[tier-2 gaps, tier-2 impacts, tier-3 set]`.
#[derive(Serialize)]
pub struct Tail(pub String, pub String, pub String);

impl Tail {
    /// Raw bytes, to fill packs evenly.
    pub fn len(&self) -> usize {
        self.0.len() + self.1.len() + self.2.len()
    }
}

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

/// Gaps between ascending `docs` (the first from -1), LEB128.
fn gaps(docs: impl Iterator<Item = u32>) -> Vec<u8> {
    let mut out = Vec::new();
    let mut prev: i64 = -1;
    for d in docs {
        leb128((d as i64 - prev) as u32, &mut out);
        prev = d as i64;
    }
    out
}

/// A set of ascending documents: `b` bitmap or `v` gaps, the smaller.
fn set(docs: &[u32], universe: usize) -> String {
    if docs.is_empty() {
        return String::new();
    }
    let g = gaps(docs.iter().copied());
    let bitmap_len = universe.div_ceil(8);
    if bitmap_len < g.len() {
        let mut bits = vec![0u8; bitmap_len];
        for &d in docs {
            bits[d as usize / 8] |= 1 << (d % 8);
        }
        format!("b{}", base64(&bits))
    } else {
        format!("v{}", base64(&g))
    }
}

/// An impact as one digit: floor(4·log2(impact)), within 0–63. Rounded
/// down, so a tail document never seems to score more than it does: the
/// heads' documents, exact and first among equals, keep their place, and
/// a client can tell from the heads alone when nothing in a tail can beat
/// them.
pub fn quantise(impact: u32) -> u8 {
    ((impact.max(1) as f64).log2() * 4.0)
        .floor()
        .clamp(0.0, 63.0) as u8
}

/// A pair's impact and name flag as one digit: floor(2·log2(impact)),
/// within 0–31, shifted left, the flag in the lowest bit.
pub fn quantise_pair(impact: u32, name: bool) -> u8 {
    let q = ((impact.max(1) as f64).log2() * 2.0)
        .floor()
        .clamp(0.0, 31.0) as u8;
    q << 1 | name as u8
}

/// The tail of a posting list: `rest` (document, impact, in name) best
/// first, after a head of `head`, in a collection of `universe` documents;
/// `pair` for a syllable pair's list.
pub fn encode(rest: &[(u32, u32, bool)], head: usize, universe: usize, pair: bool) -> Tail {
    // Tier 2 is the best of the tail by impact alone (a pair's list puts
    // names first, which is not what tier 2 is for).
    let mut rest = rest.to_vec();
    rest.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let (tier2, tier3) = rest.split_at(rest.len().min(4 * head));
    let mut tier2 = tier2.to_vec();
    tier2.sort_unstable_by_key(|p| p.0);
    let digits = tier2
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
    let mut docs: Vec<u32> = tier3
        .iter()
        .filter(|&&(_, _, name)| !pair || name)
        .map(|&(d, _, _)| d)
        .collect();
    docs.sort_unstable();
    Tail(
        base64(&gaps(tier2.iter().map(|p| p.0))),
        digits,
        set(&docs, universe),
    )
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
    fn sparse_sets_are_gaps_and_dense_ones_bitmaps() {
        // Gaps 6 (from -1 to 5) and 295 (two bytes: 0xa7 0x02).
        assert_eq!(
            set(&[5, 300], 1000),
            format!("v{}", base64(&[6, 0xa7, 0x02]))
        );
        let all: Vec<u32> = (0..64).collect();
        assert_eq!(set(&all, 64), format!("b{}", base64(&[0xff; 8])));
        assert_eq!(set(&[], 64), "");
    }

    #[test]
    fn tiers_split_after_four_heads() {
        // Head 1: tier 2 holds the next 4 by impact, tier 3 the rest.
        let rest: Vec<(u32, u32, bool)> = (0..6).map(|d| (10 - d, 100 - d, d % 2 == 0)).collect();
        let t = encode(&rest, 1, 16, true);
        assert_eq!(t.1.len(), 4);
        // Tier 2 in document order: 7, 8, 9, 10 (impacts 97…100).
        assert_eq!(t.0, base64(&gaps([7, 8, 9, 10].into_iter())));
        // Tier 3: document 6 (impact 96, d=4: in the name); document 5
        // (d=5) holds the pair elsewhere and is left out.
        assert_eq!(t.2, set(&[6], 16));
        assert_eq!(encode(&rest, 1, 16, false).2, set(&[5, 6], 16));
        // 4·log2(100) = 26.6: rounded down, 2^(26/4) = 90.5 ≤ 100.
        assert_eq!(quantise(100), 26);
        assert_eq!(quantise(1), 0);
        assert_eq!(quantise(u32::MAX), 63);
        assert_eq!(quantise_pair(100, true), 27); // 13 << 1 | 1
    }
}
