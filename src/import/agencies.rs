//! The agencies of imported records into `content/co-quan.yaml` (DESIGN
//! §2.8): one entry per agency, found by its national code or its name
//! after folding, so two spellings of one agency stay one agency.
//! Existing entries are never edited: new ones are appended to the list.

use std::collections::BTreeMap;

use super::dvc::AgencyRef;
use super::yaml::{self, Entry, Y};
use crate::content::registry::fold_name;
use crate::content::yaml::{Node, Value};
use crate::text::slugify;

/// What an existing `co-quan.yaml` already names: ids, folded names and
/// national codes of every `co_quan` item, read leniently so an entry
/// the officer has not finished (no `cap` yet) still counts.
#[derive(Debug, Default)]
pub struct Known {
    ids: Vec<String>,
    names: Vec<String>,
    codes: Vec<String>,
}

impl Known {
    pub fn read(root: &Node) -> Known {
        let mut k = Known::default();
        let Value::Map(top) = &root.value else {
            return k;
        };
        let items = top
            .iter()
            .find(|(key, _)| key.as_str() == Some("co_quan"))
            .and_then(|(_, v)| match &v.value {
                Value::Seq(items) => Some(items),
                _ => None,
            });
        for item in items.into_iter().flatten() {
            let Value::Map(pairs) = &item.value else {
                continue;
            };
            for (key, v) in pairs {
                let texts: Vec<&str> = match &v.value {
                    Value::Seq(xs) => xs.iter().filter_map(Node::as_str).collect(),
                    _ => v.as_str().into_iter().collect(),
                };
                match key.as_str() {
                    Some("id") => k.ids.extend(texts.iter().map(|s| s.trim().to_owned())),
                    Some("ten" | "ten_goi_khac") => {
                        k.names.extend(texts.iter().map(|s| fold_name(s)))
                    }
                    Some("ma_dvc") => k.codes.extend(texts.iter().map(|s| s.trim().to_owned())),
                    _ => {}
                }
            }
        }
        k
    }

    fn names_agency(&self, r: &AgencyRef) -> bool {
        let folded = fold_name(&r.name);
        self.names.contains(&folded)
            || self.ids.contains(&r.name)
            || r.code.as_ref().is_some_and(|c| self.codes.contains(c))
    }
}

/// An agency to add, with what the records say about it.
#[derive(Debug, Clone, PartialEq)]
pub struct NewAgency {
    pub id: String,
    pub ten: String,
    pub ten_goi_khac: Vec<String>,
    pub ma_dvc: Vec<String>,
    pub cap: Option<&'static str>,
}

/// The level an agency's name states ("Sở …" is provincial, "… cấp xã"
/// communal), else the one level all its procedures share.
fn level(names: &[String], levels: &[&'static str]) -> Option<&'static str> {
    for n in names {
        let f = crate::text::fold(n);
        let starts = |p: &str| f.starts_with(p);
        if starts("bo ") {
            return Some("bo");
        }
        if f.contains("cap xa")
            || starts("ubnd xa")
            || starts("ubnd phuong")
            || starts("uy ban nhan dan xa")
            || starts("uy ban nhan dan phuong")
        {
            return Some("xa");
        }
        if f.contains("cap tinh")
            || starts("so ")
            || starts("ubnd tinh")
            || starts("uy ban nhan dan tinh")
            || starts("ubnd thanh pho")
            || starts("uy ban nhan dan thanh pho")
            // Land registration offices and their branches belong to the
            // provincial department of agriculture and environment.
            || f.contains("van phong dang ky dat dai")
        {
            return Some("tinh");
        }
    }
    match levels {
        [one] => Some(one),
        _ => None,
    }
}

/// Groups the records' agencies (one group per code or folded name),
/// drops those `existing` already names, and returns the rest with ids
/// that are free in `existing`. `uses` pairs each reference with the
/// levels of the procedure that named it.
pub fn new_agencies(uses: &[(AgencyRef, Vec<&'static str>)], existing: &Known) -> Vec<NewAgency> {
    // Union-find over references: same code or same folded name.
    let mut parent: Vec<usize> = (0..uses.len()).collect();
    fn root(p: &mut [usize], mut i: usize) -> usize {
        while p[i] != i {
            p[i] = p[p[i]];
            i = p[i];
        }
        i
    }
    let mut by_key: BTreeMap<String, usize> = BTreeMap::new();
    for (i, (r, _)) in uses.iter().enumerate() {
        let keys = std::iter::once(format!("n:{}", fold_name(&r.name)))
            .chain(r.code.iter().map(|c| format!("c:{c}")));
        for k in keys {
            match by_key.get(&k) {
                Some(&j) => {
                    let (a, b) = (root(&mut parent, i), root(&mut parent, j));
                    parent[a.max(b)] = a.min(b);
                }
                None => {
                    by_key.insert(k, i);
                }
            }
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..uses.len() {
        let r = root(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    let mut taken: Vec<String> = existing.ids.clone();
    let mut out = Vec::new();
    for members in groups.values() {
        let refs: Vec<&AgencyRef> = members.iter().map(|&i| &uses[i].0).collect();
        if refs.iter().any(|r| existing.names_agency(r)) {
            continue;
        }
        // The spelling most records use is the name; the others are aliases.
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for r in &refs {
            *counts.entry(r.name.as_str()).or_default() += 1;
        }
        let ten = counts
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .map(|(n, _)| n.to_string())
            .unwrap_or_default();
        let ten_goi_khac: Vec<String> = counts
            .keys()
            .filter(|n| **n != ten)
            .map(|n| n.to_string())
            .collect();
        let mut ma_dvc: Vec<String> = refs.iter().filter_map(|r| r.code.clone()).collect();
        ma_dvc.sort();
        ma_dvc.dedup();
        let mut levels: Vec<&'static str> = members
            .iter()
            .flat_map(|&i| uses[i].1.iter().copied())
            .collect();
        levels.sort();
        levels.dedup();
        let names: Vec<String> = std::iter::once(ten.clone())
            .chain(ten_goi_khac.iter().cloned())
            .collect();
        let cap = level(&names, &levels);
        let base = match slugify(&ten) {
            s if s.is_empty() => "co-quan".to_owned(),
            s => s,
        };
        let mut id = base.clone();
        let mut n = 2;
        while taken.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        taken.push(id.clone());
        out.push(NewAgency {
            id,
            ten,
            ten_goi_khac,
            ma_dvc,
            cap,
        });
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

fn entry(a: &NewAgency) -> Y {
    let mut e = vec![
        Entry::Key("id", Y::plain(&a.id)),
        Entry::Key("ten", Y::text(&a.ten)),
    ];
    match a.cap {
        Some(c) => e.push(Entry::Key("cap", Y::plain(c))),
        None => e.push(Entry::Todo(
            "cap (Cấp): bản ghi không cho biết cấp của cơ quan; ghi bo, tinh, xa hoặc khac".into(),
        )),
    }
    if !a.ten_goi_khac.is_empty() {
        e.push(Entry::Key("ten_goi_khac", Y::texts(&a.ten_goi_khac)));
    }
    if !a.ma_dvc.is_empty() {
        e.push(Entry::Key("ma_dvc", Y::texts(&a.ma_dvc)));
    }
    Y::Map(e)
}

/// A new `co-quan.yaml` holding `agencies`.
pub fn new_file(agencies: &[NewAgency]) -> String {
    yaml::document(
        &[
            "Cơ quan và nơi tiếp nhận hồ sơ (DESIGN §2.8), tạo bởi `niemyet import dvc`.".into(),
            "Thêm `noi_tiep_nhan` để niêm yết theo nơi tiếp nhận hồ sơ; xem docs/dinh-dang.md."
                .into(),
        ],
        &[Entry::Key(
            "co_quan",
            Y::List(agencies.iter().map(entry).collect()),
        )],
    )
}

/// `src` with `agencies` appended to its `co_quan:` block list, keeping
/// every other byte; `None` when the list is not written in block style.
pub fn append(src: &str, agencies: &[NewAgency]) -> Option<String> {
    if agencies.is_empty() {
        return Some(src.to_owned());
    }
    let lines: Vec<&str> = src.split_inclusive('\n').collect();
    let is_key = |l: &str| {
        l.strip_prefix("co_quan:")
            .is_some_and(|rest| rest.trim().is_empty() || rest.trim_start().starts_with('#'))
    };
    let Some(start) = lines.iter().position(|l| is_key(l)) else {
        // No list yet (a file with only places, or empty): add one.
        if lines.iter().any(|l| l.starts_with("co_quan")) {
            return None;
        }
        let mut out = src.to_owned();
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        out.push_str("co_quan:\n");
        for a in agencies {
            out.push_str(&yaml::list_item(&entry(a), 2));
        }
        return Some(out);
    };
    // The block ends at the next line that starts a top-level key.
    let end = lines[start + 1..]
        .iter()
        .position(|l| l.starts_with(|c: char| !c.is_whitespace() && c != '#' && c != '-'))
        .map_or(lines.len(), |i| start + 1 + i);
    // Comments and blank lines just above the next key belong to it.
    let mut insert = end;
    while insert > start + 1 {
        let l = lines[insert - 1];
        if l.trim().is_empty() || l.starts_with('#') {
            insert -= 1;
        } else {
            break;
        }
    }
    let indent = lines[start + 1..end]
        .iter()
        .find_map(|l| {
            let t = l.trim_start_matches(' ');
            t.starts_with("- ").then(|| l.len() - t.len())
        })
        .unwrap_or(2);
    let mut out = String::with_capacity(src.len() + 200 * agencies.len());
    for l in &lines[..insert] {
        out.push_str(l);
    }
    if !out.ends_with('\n') {
        out.push('\n');
    }
    for a in agencies {
        out.push_str(&yaml::list_item(&entry(a), indent));
    }
    for l in &lines[insert..] {
        out.push_str(l);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(name: &str, code: Option<&str>) -> AgencyRef {
        AgencyRef {
            name: name.into(),
            code: code.map(Into::into),
        }
    }

    #[test]
    fn spellings_and_codes_merge_into_one_agency() {
        let uses = vec![
            (r("Văn phòng đăng ký đất đai", Some("H21.24")), vec!["tinh"]),
            (r("Văn phòng Đăng ký đất đai", Some("H21.24")), vec!["tinh"]),
            (r("Văn phòng đăng ký đất đai", None), vec!["tinh"]),
            (r("Phòng Kinh tế", Some("H18.1")), vec!["xa"]),
            (r("Cơ quan X", None), vec!["tinh", "xa"]),
        ];
        let got = new_agencies(&uses, &Known::default());
        assert_eq!(got.len(), 3, "{got:#?}");
        let vp = got.iter().find(|a| a.ma_dvc == ["H21.24"]).unwrap();
        assert_eq!(vp.ten, "Văn phòng đăng ký đất đai");
        assert_eq!(vp.ten_goi_khac, ["Văn phòng Đăng ký đất đai"]);
        assert_eq!(vp.cap, Some("tinh"));
        let pk = got.iter().find(|a| a.ten == "Phòng Kinh tế").unwrap();
        assert_eq!(pk.cap, Some("xa"));
        assert_eq!(got.iter().find(|a| a.ten == "Cơ quan X").unwrap().cap, None);
    }

    #[test]
    fn append_keeps_the_officers_file() {
        let src = "# đầu\nco_quan:\n  - id: a\n    ten: \"A\"\n    cap: tinh\n\n# nơi\nnoi_tiep_nhan:\n  - id: p\n";
        let a = NewAgency {
            id: "b".into(),
            ten: "B".into(),
            ten_goi_khac: vec![],
            ma_dvc: vec!["H1".into()],
            cap: Some("xa"),
        };
        let out = append(src, &[a]).unwrap();
        assert_eq!(
            out,
            "# đầu\nco_quan:\n  - id: a\n    ten: \"A\"\n    cap: tinh\n  - id: b\n    ten: \"B\"\n    cap: xa\n    ma_dvc:\n      - \"H1\"\n\n# nơi\nnoi_tiep_nhan:\n  - id: p\n"
        );
        assert_eq!(
            append("co_quan: []\n", &[]).as_deref(),
            Some("co_quan: []\n")
        );
    }
}
