//! Search index (DESIGN §5): impact-ordered posting lists of folded
//! syllables and syllable pairs, sharded by a hash of the term so a query
//! downloads only the shards of its own terms; result metadata lives in
//! small fragments fetched for the shown results only.
//!
//! Layout under `/du-lieu/tim-kiem/`:
//! - `meta.json`: shard count, fragment size, documents, head size;
//! - `t/<n>.json`: `{ term: [df, [doc…], [impact…], pack?] }`: the head of
//!   the posting list, best documents first, at most [`head_size`] of them;
//!   a longer list names the pack holding the rest;
//! - `r/<pack>.json`: `{ term: [tier 2, impacts, tier 3] }`: the rest of
//!   each long list (its tail, see `tail.rs`), fetched when a query needs
//!   it: for its true total, or when the heads cannot decide the first page;
//! - `d/<n>.json`: metadata of documents `n*FRAGMENT …`;
//! - `tu.json`: the folded syllables, fetched only to correct a typo.

mod tail;
pub mod tokenize;

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use rayon::prelude::*;
use serde::Serialize;

use crate::content::Site;
use crate::content::catalog::Procedure;
use crate::content::index::Taxonomy;
use crate::doc::Rendered;
use crate::output::{Content, OutputFile};
use crate::urls::Urls;
use tokenize::{bigrams, shard_of, split};

/// Postings kept in the head of a term at most: enough for the first
/// pages of results of most queries, small enough that "hành chính" on 10k
/// pages stays a few KB. The rest is in the term's tail.
pub const HEAD: usize = 24;
/// Raw bytes of tails gathered in one pack file before a new one starts.
/// Small: a query fetches whole packs, most of them for one of its terms.
/// 4 KB rather than 2: half the pack files (see [`TERMS_PER_SHARD`]).
const PACK_BYTES: usize = 4 * 1024;

/// The head size for a collection of `docs` documents: a quarter of them,
/// between 8 and [`HEAD`] (a small site pays little for its tails).
pub fn head_size(docs: usize) -> usize {
    (docs / 4).clamp(8, HEAD)
}
/// Documents per metadata fragment: the first page of results fetches
/// the fragments of its ten documents, which are seldom neighbours. On the
/// 12k-document bench site a first query fetches about 5.2 KB of fragments
/// with four per file, 3.6 KB with two (3,000 more files).
pub const FRAGMENT: usize = 4;
/// Average terms per shard the shard count aims at. With 16 (and the two
/// sizes above) the 12k-document bench site's index is 7.0k files instead
/// of 13.5k at 8 (and 2 KB packs, fragments of two): a file costs the build
/// about 40 µs of kernel time on ext4, and a citizen's first query grows
/// from 14.1 to 19.0 KB (median, gzip), under half the 50 KB budget.
const TERMS_PER_SHARD: usize = 16;

/// What one document shows in the result list, and what filters read.
#[derive(Serialize)]
struct DocMeta {
    /// Title as written.
    t: String,
    u: String,
    /// Kind: "thu-tuc" or "tin-tuc".
    k: &'static str,
    /// One-line excerpt.
    x: String,
    /// Field, agency, levels, online type (procedures); date (news).
    #[serde(skip_serializing_if = "Option::is_none")]
    f: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    a: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    l: Vec<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    o: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    d: Option<String>,
}

/// Text of a document by field, with the weight a match there carries.
struct Fields<'a>(Vec<(f32, std::borrow::Cow<'a, str>)>);

fn procedure_fields(p: &Procedure) -> Fields<'_> {
    let mut f = vec![
        (10.0, p.ten.as_str().into()),
        (12.0, p.ma.as_str().into()),
        (8.0, p.tu_khoa.join(" . ").into()),
        (3.0, p.linh_vuc.as_str().into()),
        (2.0, p.co_quan_thuc_hien.as_str().into()),
        (2.0, p.ket_qua.join(" . ").into()),
        (1.0, p.doi_tuong.join(" . ").into()),
    ];
    // The short code finds a procedure posted with its long code.
    if let Some(short) =
        p.ma.get(..8)
            .filter(|s| p.ma.len() > 8 && s.as_bytes()[1] == b'.')
    {
        f.push((12.0, short.into()));
    }
    Fields(f)
}

/// Per-term weights in one document: Σ field weight × BM25 saturation of
/// the term frequency, normalised by the field's length against its
/// average (`avg[i]` for field `i`), so "Đăng ký khai sinh" outranks
/// "Đăng ký khai sinh lưu động" for "đăng ký khai sinh". The flag marks a
/// syllable pair found in the document's name (its first field): a query
/// whose syllables run together in a name ranks that name first. Each
/// term's posting `(doc, weight, flag)` goes to its list in `g`.
fn weigh(fields: &Fields, avg: &[f32], doc: u32, g: &mut Gather) {
    const K1: f32 = 1.2;
    const B: f32 = 0.75;
    let folded: Vec<String> = fields.0.iter().map(|(_, t)| crate::text::fold(t)).collect();
    // Each field's weight and length norm, as it is read.
    let mut norms: Vec<(f32, f32)> = Vec::with_capacity(folded.len());
    let score = |norms: &[(f32, f32)], field: usize, n: f32| {
        let (weight, norm) = norms[field];
        weight * n * (K1 + 1.0) / (n + norm)
    };
    // One tally per term, one lookup per occurrence: the count in the
    // field it was last seen in, that field, and the score of the fields
    // before it (added when the term turns up in a later field).
    for (i, ((weight, _), folded)) in fields.0.iter().zip(&folded).enumerate() {
        let syl = split(folded);
        let norm =
            K1 * (1.0 - B + B * syl.len() as f32 / avg.get(i).copied().unwrap_or(1.0).max(1.0));
        norms.push((*weight, norm));
        for s in &syl {
            let id = g.id(s);
            g.tally(id, doc, i).add(i, 1.0, |f, n| score(&norms, f, n));
        }
        // A pair is a phrase match, worth more than its two syllables. Body
        // text (weight 1) gets none: its pairs would triple the index for
        // little gain over titles, summaries and keywords. Syllables never
        // hold a space and pairs always do: the two never share a number.
        if *weight > 1.0 {
            for pair in bigrams(folded, &syl) {
                let id = g.id(&pair);
                let t = g.tally(id, doc, i);
                t.add(i, 1.5, |f, n| score(&norms, f, n));
                t.name |= i == 0;
            }
        }
    }
    for k in 0..g.touched.len() {
        let id = g.touched[k] as usize;
        let t = &g.tallies[id].1;
        let posting = (doc, t.total(|f, n| score(&norms, f, n)), t.name);
        g.lists[id].push(posting);
    }
    g.touched.clear();
}

/// A term's postings: (document, weight, name flag).
type List = Vec<(u32, f32, bool)>;

/// One worker's posting lists. Each term it meets gets a number; the
/// term's list and its tally in the document at hand live at that number,
/// so an occurrence costs one lookup and filing a posting none (per-document
/// maps, then a lookup per term to file its posting, took 20 % of the
/// index's time on the bench site).
#[derive(Default)]
struct Gather {
    ids: FxHashMap<String, u32>,
    terms: Vec<String>,
    lists: Vec<List>,
    /// The document a term's tally counts (its number + 1; 0: none yet).
    tallies: Vec<(u32, Tally)>,
    /// The terms of the document at hand.
    touched: Vec<u32>,
}

impl Gather {
    fn id(&mut self, term: &str) -> u32 {
        match self.ids.get(term) {
            Some(&id) => id,
            None => self.add(term.to_owned()),
        }
    }

    fn add(&mut self, term: String) -> u32 {
        let id = self.terms.len() as u32;
        self.ids.insert(term.clone(), id);
        self.terms.push(term);
        self.lists.push(Vec::new());
        self.tallies.push((0, Tally::new(0)));
        id
    }

    /// The tally of term `id` in document `doc`, new at `field` when the
    /// term was not met in that document yet.
    fn tally(&mut self, id: u32, doc: u32, field: usize) -> &mut Tally {
        let (of, tally) = &mut self.tallies[id as usize];
        if *of != doc + 1 {
            *of = doc + 1;
            *tally = Tally::new(field);
            self.touched.push(id);
        }
        tally
    }

    /// Adds the smaller worker's lists to the larger's (order within a list
    /// is settled later by sorting).
    fn merge(a: Gather, b: Gather) -> Gather {
        let (mut big, small) = if a.terms.len() >= b.terms.len() {
            (a, b)
        } else {
            (b, a)
        };
        for (term, list) in small.terms.into_iter().zip(small.lists) {
            let id = match big.ids.get(&term) {
                Some(&id) => id,
                None => big.add(term),
            };
            big.lists[id as usize].extend(list);
        }
        big
    }
}

/// A term's occurrences in one document, field by field.
struct Tally {
    /// Occurrences (weighted) in `field`, the last field it was seen in.
    n: f32,
    field: usize,
    /// The score of the fields before `field`.
    before: f32,
    /// A pair found in the first field (the name).
    name: bool,
}

impl Tally {
    fn new(field: usize) -> Tally {
        Tally {
            n: 0.0,
            field,
            before: 0.0,
            name: false,
        }
    }

    /// One more occurrence in `field` (fields come in order).
    fn add(&mut self, field: usize, n: f32, score: impl Fn(usize, f32) -> f32) {
        if field != self.field {
            self.before += score(self.field, self.n);
            self.n = 0.0;
            self.field = field;
        }
        self.n += n;
    }

    fn total(&self, score: impl Fn(usize, f32) -> f32) -> f32 {
        self.before + score(self.field, self.n)
    }
}

/// Postings `(document, impact, name flag)` in list order: for a pair the
/// documents whose name holds it first, then by impact (highest first),
/// then by document. Sorted as one packed integer each, a third of the
/// time a three-key comparison took over the 2.3M postings of the bench
/// site. A name flag is kept for pairs only (words do not use it); an
/// impact is at most about 10⁵ (weights × idf × 100), far below the 2³¹ kept.
fn ranked(pair: bool, postings: impl Iterator<Item = (u32, u32, bool)>) -> Vec<(u32, u32, bool)> {
    const IMPACT: u64 = 0x7FFF_FFFF;
    let mut keys: Vec<u64> = postings
        .map(|(d, impact, name)| {
            let later = u64::from(!(pair && name));
            let impact = u64::from(impact).min(IMPACT);
            later << 63 | (IMPACT - impact) << 32 | u64::from(d)
        })
        .collect();
    keys.sort_unstable();
    keys.into_iter()
        .map(|k| {
            let impact = IMPACT - (k >> 32 & IMPACT);
            (k as u32, impact as u32, pair && k >> 63 == 0)
        })
        .collect()
}

/// Average length of each field position, in words (for Vietnamese a word
/// between spaces is a syllable); counted without tokenizing twice.
fn averages(docs: &[Fields]) -> Vec<f32> {
    let width = docs.iter().map(|d| d.0.len()).max().unwrap_or(0);
    // Separators counted byte-wise: a word count close enough for BM25's
    // length normalisation, and cheap over every article.
    let words = |t: &str| t.bytes().filter(|&b| b == b' ' || b == b'\n').count() + 1;
    (0..width)
        .map(|i| {
            let (sum, n) = docs
                .par_iter()
                .filter_map(|d| d.0.get(i).map(|f| (words(&f.1), 1usize)))
                .reduce(|| (0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
            sum as f32 / n.max(1) as f32
        })
        .collect()
}

pub fn index(site: &Site, tax: &Taxonomy, urls: &Urls, bodies: &[Rendered]) -> Vec<OutputFile> {
    let mut docs: Vec<DocMeta> = Vec::new();
    let mut proc_fields = Vec::new();
    let mut article_fields = Vec::new();
    for p in tax.current(site) {
        proc_fields.push(procedure_fields(p));
        docs.push(DocMeta {
            t: p.ten.clone(),
            u: urls.procedure(&p.ma),
            k: "thu-tuc",
            x: format!("Mã {} · {} · {}", p.ma, p.linh_vuc, p.co_quan_thuc_hien),
            f: Some(p.linh_vuc.clone()),
            a: Some(p.co_quan_thuc_hien.clone()),
            l: p.cap_thuc_hien.iter().map(|l| l.key()).collect(),
            o: Some(p.dich_vu_cong_truc_tuyen.label()),
            d: None,
        });
    }
    for (i, a) in site.articles.iter().enumerate() {
        let summary = a.summary.as_deref().unwrap_or(&bodies[i].first_paragraph);
        let fields = Fields(vec![
            (10.0, a.title.as_str().into()),
            (4.0, a.tags.join(" . ").into()),
            (3.0, a.category.as_deref().unwrap_or("").into()),
            (2.0, summary.into()),
            (1.0, bodies[i].plain.as_str().into()),
        ]);
        article_fields.push(fields);
        docs.push(DocMeta {
            t: a.title.clone(),
            u: urls.article(&a.slug),
            k: "tin-tuc",
            x: crate::text::excerpt(summary, 160),
            f: None,
            a: None,
            l: Vec::new(),
            o: None,
            d: a.date.map(|d| d.date_naive().to_string()),
        });
    }

    let (pa, aa) = (averages(&proc_fields), averages(&article_fields));
    let sources: Vec<(&Fields, &[f32])> = proc_fields
        .iter()
        .map(|f| (f, pa.as_slice()))
        .chain(article_fields.iter().map(|f| (f, aa.as_slice())))
        .collect();

    // Postings with BM25-like idf folded into the impact, so the client
    // only adds numbers. Each worker gathers the lists of its run of
    // documents on its own (a term is copied into its table the first time
    // the worker meets it, not once per document) and the workers' lists
    // are merged at the end.
    let n = docs.len() as f32;
    let gathered = sources
        .par_iter()
        .enumerate()
        .with_min_len(256)
        .fold(Gather::default, |mut g, (doc, (f, avg))| {
            weigh(f, avg, doc as u32, &mut g);
            g
        })
        .reduce(Gather::default, Gather::merge);
    let postings: Vec<(String, List)> = gathered.terms.into_iter().zip(gathered.lists).collect();
    let shards = (postings.len() / TERMS_PER_SHARD)
        .next_power_of_two()
        .clamp(16, 1 << 16) as u32;
    // Impacts: weight × idf, quantised; best documents first. The head
    // goes in the term's shard, the rest in its tail.
    let head = head_size(docs.len());
    let universe = docs.len();
    let mut terms: Vec<(String, Posting, Option<Tail>)> = postings
        .into_par_iter()
        .map(|(term, list)| {
            let df = list.len();
            let idf = (1.0 + (n - df as f32 + 0.5) / (df as f32 + 0.5)).ln();
            // A pair's impacts carry its name flag in the lowest bit, and its
            // list puts the documents whose name holds it first: when its
            // head ends outside them, no other document has it in its name.
            let pair = term.contains(' ');
            let mut scored = ranked(
                pair,
                list.iter()
                    .map(|&(d, w, name)| (d, ((w * idf * 100.0).round() as u32).max(1), name)),
            );
            // The most a document outside the head scores for this term.
            let bound = scored
                .get(head..)
                .and_then(|rest| rest.iter().map(|p| p.1).max());
            let tail =
                (scored.len() > head).then(|| tail::encode(&scored[head..], head, universe, pair));
            scored.truncate(head);
            let (ds, is): (Vec<u32>, Vec<u32>) = scored
                .into_iter()
                .map(|(d, i, name)| (d, if pair { i << 1 | name as u32 } else { i }))
                .unzip();
            (term, Posting(df, ds, is, None, bound.unwrap_or(0)), tail)
        })
        .collect();
    terms.par_sort_unstable_by(|a, b| a.0.cmp(&b.0));
    // Tails are packed shard by shard: a query fetches the packs of its own
    // terms only, and a pack holds the tails of a few terms.
    let mut filling: FxHashMap<u32, (usize, usize)> = FxHashMap::default();
    for (term, posting, tail) in terms.iter_mut() {
        let Some(tail) = tail else { continue };
        let shard = shard_of(term, shards);
        let (part, bytes) = filling.entry(shard).or_default();
        if *bytes > 0 && *bytes + tail.len() > PACK_BYTES {
            *part += 1;
            *bytes = 0;
        }
        *bytes += tail.len() + term.len() + 12;
        posting.3 = Some(match *part {
            0 => shard.to_string(),
            p => format!("{shard}.{p}"),
        });
    }
    // `terms` is sorted: each pack and shard receives its terms in order,
    // so plain lists serialise as the same sorted JSON objects a map would.
    let mut packs: BTreeMap<&str, Vec<(&str, &Tail)>> = BTreeMap::new();
    for (term, posting, tail) in &terms {
        if let (Some(name), Some(tail)) = (&posting.3, tail) {
            packs.entry(name).or_default().push((term, tail));
        }
    }
    let mut shard_terms: Vec<Vec<(&str, &Posting)>> = (0..shards).map(|_| Vec::new()).collect();
    let mut vocabulary: Vec<&str> = Vec::new();
    for (term, posting, _) in &terms {
        shard_terms[shard_of(term, shards) as usize].push((term, posting));
        if term.chars().all(char::is_alphabetic) {
            vocabulary.push(term);
        }
    }

    let mut files = Vec::with_capacity(shards as usize + docs.len() / FRAGMENT + 3);
    let meta = serde_json::json!({ "v": 2, "shards": shards, "fragment": FRAGMENT, "docs": docs.len(), "head": head });
    files.push(OutputFile {
        path: "du-lieu/tim-kiem/meta.json".into(),
        content: json(&meta),
    });
    files.par_extend(
        shard_terms
            .par_iter()
            .enumerate()
            .filter(|(_, t)| !t.is_empty())
            .map(|(i, terms)| OutputFile {
                path: format!("du-lieu/tim-kiem/t/{i}.json"),
                content: json(&Sorted(terms)),
            }),
    );
    let packs: Vec<_> = packs.into_iter().collect();
    files.par_extend(packs.par_iter().map(|(name, tails)| OutputFile {
        path: format!("du-lieu/tim-kiem/r/{name}.json"),
        content: json(&Sorted(tails)),
    }));
    files.par_extend(
        docs.par_chunks(FRAGMENT)
            .enumerate()
            .map(|(i, chunk)| OutputFile {
                path: format!("du-lieu/tim-kiem/d/{i}.json"),
                content: json(chunk),
            }),
    );
    files.push(OutputFile {
        path: "du-lieu/tim-kiem/tu.json".into(),
        content: json(&vocabulary),
    });
    files
}

/// Document frequency, the head of the list (documents and impacts), and
/// when the list is longer than the head, the pack holding its tail and
/// the highest impact in that tail; written `[df, docs, impacts]` or
/// `[df, docs, impacts, pack, bound]`.
struct Posting(usize, Vec<u32>, Vec<u32>, Option<String>, u32);

impl Serialize for Posting {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = s.serialize_seq(Some(if self.3.is_some() { 5 } else { 3 }))?;
        seq.serialize_element(&self.0)?;
        seq.serialize_element(&self.1)?;
        seq.serialize_element(&self.2)?;
        if let Some(pack) = &self.3 {
            seq.serialize_element(pack)?;
            seq.serialize_element(&self.4)?;
        }
        seq.end()
    }
}
use tail::Tail;

/// Key–value pairs already sorted by key, written as one JSON object.
struct Sorted<'a, K, V>(&'a [(K, V)]);

impl<K: Serialize, V: Serialize> Serialize for Sorted<'_, K, V> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

fn json<T: Serialize + ?Sized>(value: &T) -> Content {
    Content::Bytes(serde_json::to_vec(value).expect("plain data serialises"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postings_rank_names_first_for_pairs_then_impact_then_document() {
        let list = [
            (7, 5, false),
            (3, 9, true),
            (2, 5, true),
            (9, 9, false),
            (1, 5, false),
        ];
        // A pair: documents with the pair in their name first.
        assert_eq!(
            ranked(true, list.into_iter()),
            [
                (3, 9, true),
                (2, 5, true),
                (9, 9, false),
                (1, 5, false),
                (7, 5, false)
            ]
        );
        // A word: by impact and document only, no name flag.
        assert_eq!(
            ranked(false, list.into_iter()),
            [
                (3, 9, false),
                (9, 9, false),
                (1, 5, false),
                (2, 5, false),
                (7, 5, false)
            ]
        );
        // The largest impacts and documents keep their order.
        assert_eq!(
            ranked(
                false,
                [(u32::MAX, 1, false), (0, u32::MAX, false)].into_iter()
            ),
            [(0, 0x7FFF_FFFF, false), (u32::MAX, 1, false)]
        );
    }

    #[test]
    fn a_worker_counts_each_document_on_its_own_and_workers_merge() {
        let doc = |text: &'static str| Fields(vec![(10.0, text.into())]);
        let alone = |text: &'static str| {
            let mut g = Gather::default();
            weigh(&doc(text), &[2.0], 0, &mut g);
            g.lists[g.ids["khai"] as usize][0].1
        };
        let mut a = Gather::default();
        weigh(&doc("khai sinh khai"), &[2.0], 0, &mut a);
        weigh(&doc("khai tu"), &[2.0], 1, &mut a);
        let mut b = Gather::default();
        weigh(&doc("khai sinh"), &[2.0], 2, &mut b);
        let g = Gather::merge(b, a);
        let list = |t: &str| g.lists[g.ids[t] as usize].clone();
        let mut khai = list("khai");
        khai.sort_by_key(|p| p.0);
        // Each document's tally starts afresh: the second "khai" of
        // document 0 counts there only.
        assert_eq!(khai.iter().map(|p| p.0).collect::<Vec<_>>(), [0, 1, 2]);
        assert!((khai[0].1 - alone("khai sinh khai")).abs() < 1e-6);
        assert!((khai[1].1 - alone("khai tu")).abs() < 1e-6);
        assert!((khai[2].1 - alone("khai sinh")).abs() < 1e-6);
        assert_eq!(list("sinh").len(), 2);
        assert_eq!(list("tu").len(), 1);
        // Pairs in the name carry the flag.
        assert!(list("khai sinh").iter().all(|p| p.2));
        assert_eq!(g.terms.len(), g.ids.len());
    }

    #[test]
    fn a_term_in_several_fields_scores_each_field_on_its_own() {
        let fields = Fields(vec![
            (10.0, "khai sinh".into()),
            (1.0, "khai sinh khai".into()),
        ]);
        let mut g = Gather::default();
        weigh(&fields, &[2.0, 3.0], 0, &mut g);
        let got: FxHashMap<&str, f32> = g
            .terms
            .iter()
            .zip(&g.lists)
            .map(|(t, l)| (t.as_str(), l[0].1))
            .collect();
        // BM25 per field: weight × n × (k1 + 1) / (n + k1 × (1 − b + b × len / avg)).
        let score = |w: f32, n: f32, len: f32, avg: f32| {
            w * n * 2.2 / (n + 1.2 * (1.0 - 0.75 + 0.75 * len / avg))
        };
        let khai = score(10.0, 1.0, 2.0, 2.0) + score(1.0, 2.0, 3.0, 3.0);
        assert!((got["khai"] - khai).abs() < 1e-4, "{got:?}");
        assert!((got["khai sinh"] - score(10.0, 1.5, 2.0, 2.0)).abs() < 1e-4);
        assert!(!got.contains_key("sinh khai"), "body text makes no pairs");
    }
}
