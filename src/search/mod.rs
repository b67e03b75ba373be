//! Search index (DESIGN §5): impact-ordered posting lists of folded
//! syllables and syllable pairs, sharded by a hash of the term so a query
//! downloads only the shards of its own terms; result metadata lives in
//! small fragments fetched for the shown results only.
//!
//! Layout under `/du-lieu/tim-kiem/`:
//! - `meta.json`: shard count, fragment size, documents;
//! - `t/<n>.json`: `{ term: [df, [doc…], [impact…]] }`, best documents first,
//!   at most [`HEAD`] of them (common terms keep only their best head);
//! - `d/<n>.json`: metadata of documents `n*FRAGMENT …`;
//! - `tu.json`: the folded syllables, fetched only to correct a typo.

pub mod tokenize;

use std::collections::{BTreeMap, HashMap};

use rayon::prelude::*;
use serde::Serialize;

use crate::content::Site;
use crate::content::catalog::Procedure;
use crate::render::markdown::Rendered;
use crate::render::taxonomy::Taxonomy;
use crate::render::urls::Urls;
use crate::render::views::online_label;
use crate::render::{Content, OutputFile};
use crate::text::tones;
use tokenize::{bigrams, shard_of, syllables};

/// Postings kept per term: enough for the first pages of results of any
/// query, small enough that "hành chính" on 10k pages stays a few KB.
pub const HEAD: usize = 48;
/// Documents per metadata fragment.
pub const FRAGMENT: usize = 8;
/// Average terms per shard the shard count aims at.
const TERMS_PER_SHARD: usize = 8;

/// What one document shows in the result list, and what filters read.
#[derive(Serialize)]
struct DocMeta {
    /// Title as written.
    t: String,
    /// Title lowercased with unified tone marks, for exact-diacritic ranking.
    e: String,
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
/// "Đăng ký khai sinh lưu động" for "đăng ký khai sinh".
fn weigh(fields: &[(f32, Vec<String>)], avg: &[f32]) -> HashMap<String, f32> {
    const K1: f32 = 1.2;
    const B: f32 = 0.75;
    let mut out: HashMap<String, f32> = HashMap::new();
    for (i, (weight, syl)) in fields.iter().enumerate() {
        let mut tf: HashMap<String, f32> = HashMap::new();
        for s in syl {
            *tf.entry(s.clone()).or_default() += 1.0;
        }
        for b in bigrams(syl) {
            // A pair is a phrase match: worth more than its two syllables.
            *tf.entry(b).or_default() += 1.5;
        }
        let norm =
            K1 * (1.0 - B + B * syl.len() as f32 / avg.get(i).copied().unwrap_or(1.0).max(1.0));
        for (term, n) in tf {
            *out.entry(term).or_default() += weight * n * (K1 + 1.0) / (n + norm);
        }
    }
    out
}

/// Average syllable count of each field position over the documents.
fn averages(docs: &[Vec<(f32, Vec<String>)>]) -> Vec<f32> {
    let width = docs.iter().map(Vec::len).max().unwrap_or(0);
    (0..width)
        .map(|i| {
            let lens: Vec<usize> = docs
                .iter()
                .filter_map(|d| d.get(i).map(|f| f.1.len()))
                .collect();
            lens.iter().sum::<usize>() as f32 / lens.len().max(1) as f32
        })
        .collect()
}

fn tokenized(fields: Fields) -> Vec<(f32, Vec<String>)> {
    fields
        .0
        .into_iter()
        .map(|(w, text)| (w, syllables(&text)))
        .collect()
}

pub fn index(site: &Site, tax: &Taxonomy, urls: &Urls, bodies: &[Rendered]) -> Vec<OutputFile> {
    let mut docs: Vec<DocMeta> = Vec::new();
    let mut proc_fields = Vec::new();
    let mut article_fields = Vec::new();
    for e in tax.entries.iter().filter(|e| e.current) {
        let p = &site.catalogs[e.shown.0].procedures[e.shown.1];
        proc_fields.push(tokenized(procedure_fields(p)));
        docs.push(DocMeta {
            t: p.ten.clone(),
            e: tones::unify(&p.ten.to_lowercase()),
            u: urls.procedure(&p.ma),
            k: "thu-tuc",
            x: format!("Mã {} · {} · {}", p.ma, p.linh_vuc, p.co_quan_thuc_hien),
            f: Some(p.linh_vuc.clone()),
            a: Some(p.co_quan_thuc_hien.clone()),
            l: p.cap_thuc_hien.iter().map(|l| l.key()).collect(),
            o: Some(online_label(p.dich_vu_cong_truc_tuyen)),
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
        article_fields.push(tokenized(fields));
        docs.push(DocMeta {
            t: a.title.clone(),
            e: tones::unify(&a.title.to_lowercase()),
            u: urls.article(&a.slug),
            k: "tin-tuc",
            x: crate::render::markdown::excerpt(summary, 160),
            f: None,
            a: None,
            l: Vec::new(),
            o: None,
            d: a.date.map(|d| d.date_naive().to_string()),
        });
    }

    let (pa, aa) = (averages(&proc_fields), averages(&article_fields));
    let weights: Vec<HashMap<String, f32>> = proc_fields
        .par_iter()
        .map(|f| weigh(f, &pa))
        .chain(article_fields.par_iter().map(|f| weigh(f, &aa)))
        .collect();

    // Postings with BM25-like idf folded into the impact, so the client
    // only adds numbers.
    let n = docs.len() as f32;
    let mut postings: BTreeMap<String, Vec<(u32, f32)>> = BTreeMap::new();
    for (doc, w) in weights.into_iter().enumerate() {
        for (term, weight) in w {
            postings.entry(term).or_default().push((doc as u32, weight));
        }
    }
    let shards = (postings.len() / TERMS_PER_SHARD)
        .next_power_of_two()
        .clamp(16, 1 << 16) as u32;
    let mut shard_terms: Vec<BTreeMap<&str, Posting>> =
        (0..shards).map(|_| BTreeMap::new()).collect();
    let mut vocabulary: Vec<&str> = Vec::new();
    for (term, list) in &postings {
        let df = list.len();
        let idf = (1.0 + (n - df as f32 + 0.5) / (df as f32 + 0.5)).ln();
        let mut scored: Vec<(u32, u32)> = list
            .iter()
            .map(|&(d, w)| (d, ((w * idf * 100.0).round() as u32).max(1)))
            .collect();
        scored.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        scored.truncate(HEAD);
        let (ds, is): (Vec<u32>, Vec<u32>) = scored.into_iter().unzip();
        shard_terms[shard_of(term, shards) as usize].insert(term, (df, ds, is));
        if !term.contains(' ') && !term.contains('.') && term.chars().all(char::is_alphabetic) {
            vocabulary.push(term);
        }
    }

    let mut files = Vec::with_capacity(shards as usize + docs.len() / FRAGMENT + 3);
    let meta = serde_json::json!({ "v": 1, "shards": shards, "fragment": FRAGMENT, "docs": docs.len(), "head": HEAD });
    files.push(OutputFile {
        path: "du-lieu/tim-kiem/meta.json".into(),
        content: json(&meta),
    });
    for (i, terms) in shard_terms.iter().enumerate() {
        if !terms.is_empty() {
            files.push(OutputFile {
                path: format!("du-lieu/tim-kiem/t/{i}.json"),
                content: json(terms),
            });
        }
    }
    for (i, chunk) in docs.chunks(FRAGMENT).enumerate() {
        files.push(OutputFile {
            path: format!("du-lieu/tim-kiem/d/{i}.json"),
            content: json(chunk),
        });
    }
    files.push(OutputFile {
        path: "du-lieu/tim-kiem/tu.json".into(),
        content: json(&vocabulary),
    });
    files
}

/// Document frequency, then the head of the list: documents and impacts.
type Posting = (usize, Vec<u32>, Vec<u32>);

fn json<T: Serialize + ?Sized>(value: &T) -> Content {
    Content::Bytes(serde_json::to_vec(value).expect("plain data serialises"))
}
