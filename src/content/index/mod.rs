//! Cross-references computed once from the model, in a stable order:
//! articles by category, tag and date; procedures by code, field, agency,
//! level and decision.

pub mod boards;

use std::collections::BTreeMap;

use chrono::Datelike;

use crate::content::Site;
use crate::content::catalog::Level;
use crate::text::{slugify, sort_key};

/// A named group of items with a URL slug.
pub struct Group {
    pub name: String,
    pub slug: String,
    pub items: Vec<usize>,
}

pub struct Month {
    pub year: i32,
    pub month: u32,
    pub items: Vec<usize>,
    pub days: Vec<(u32, Vec<usize>)>,
}

/// One procedure page: the record shown and every record of that code.
pub struct Entry {
    pub ma: String,
    /// (catalog, procedure) shown on the page: the current record, else the
    /// one from the latest decision.
    pub shown: (usize, usize),
    pub records: Vec<(usize, usize)>,
    pub current: bool,
}

pub struct Taxonomy {
    pub categories: Vec<Group>,
    pub tags: Vec<Group>,
    pub months: Vec<Month>,
    pub entries: Vec<Entry>,
    /// Indexes into `entries`, current procedures only, collated.
    pub fields: Vec<Group>,
    pub agencies: Vec<Group>,
    /// Posting boards: per place of submission, or per agency.
    pub boards: Vec<boards::BoardGroup>,
    pub levels: Vec<(Level, Vec<usize>)>,
    /// Catalog indexes, newest decision first, with their slug.
    pub decisions: Vec<(usize, String)>,
    by_code: BTreeMap<String, usize>,
    /// Codes each code replaced (`thay_the_boi` read backwards), sorted.
    replaced: BTreeMap<String, Vec<String>>,
}

/// Groups items by name; names that slugify alike share one group (the
/// first spelling wins). Groups are sorted in Vietnamese collation.
fn group<'a>(items: impl Iterator<Item = (usize, &'a str)>) -> Vec<Group> {
    let mut by_slug: BTreeMap<String, Group> = BTreeMap::new();
    for (i, name) in items {
        let slug = slugify(name);
        let slug = if slug.is_empty() {
            "khac".to_owned()
        } else {
            slug
        };
        let g = by_slug.entry(slug.clone()).or_insert_with(|| Group {
            name: name.to_owned(),
            slug,
            items: Vec::new(),
        });
        if g.items.last() != Some(&i) {
            g.items.push(i);
        }
    }
    let mut groups: Vec<Group> = by_slug.into_values().collect();
    groups.sort_by_cached_key(|g| (sort_key(&g.name), g.slug.clone()));
    groups
}

impl Taxonomy {
    pub fn new(site: &Site) -> Taxonomy {
        let arts = &site.articles;
        let categories = group(
            arts.iter()
                .enumerate()
                .filter_map(|(i, a)| a.category.as_deref().map(|c| (i, c))),
        );
        let tags = group(
            arts.iter()
                .enumerate()
                .flat_map(|(i, a)| a.tags.iter().map(move |t| (i, t.as_str()))),
        );

        let mut months: Vec<Month> = Vec::new();
        for (i, a) in arts.iter().enumerate() {
            let Some(d) = a.date else { continue };
            let (y, m, day) = (d.year(), d.month(), d.day());
            match months.iter_mut().find(|x| x.year == y && x.month == m) {
                Some(x) => x.items.push(i),
                None => months.push(Month {
                    year: y,
                    month: m,
                    items: vec![i],
                    days: Vec::new(),
                }),
            }
            let month = months
                .iter_mut()
                .find(|x| x.year == y && x.month == m)
                .expect("just inserted");
            match month.days.iter_mut().find(|(dd, _)| *dd == day) {
                Some((_, v)) => v.push(i),
                None => month.days.push((day, vec![i])),
            }
        }
        months.sort_by_key(|m| std::cmp::Reverse((m.year, m.month)));
        for m in &mut months {
            m.days.sort_by_key(|d| std::cmp::Reverse(d.0));
        }

        // Procedures, keyed on `ma` (names are not unique).
        let mut by_code: BTreeMap<&str, Vec<(usize, usize)>> = BTreeMap::new();
        for (ci, cat) in site.catalogs.iter().enumerate() {
            for (pi, p) in cat.procedures.iter().enumerate() {
                by_code.entry(&p.ma).or_default().push((ci, pi));
            }
        }
        let decision_key = |ci: usize| {
            let d = &site.catalogs[ci].decision;
            (d.ngay, d.hieu_luc, site.catalogs[ci].file.clone())
        };
        let mut entries: Vec<Entry> = by_code
            .into_iter()
            .map(|(ma, mut records)| {
                records.sort_by_key(|&(ci, pi)| (decision_key(ci), pi));
                let proc = |&(ci, pi): &(usize, usize)| &site.catalogs[ci].procedures[pi];
                let current = records
                    .iter()
                    .rev()
                    .find(|r| proc(r).trang_thai.is_current())
                    .copied();
                let shown = current.unwrap_or(*records.last().expect("at least one record"));
                Entry {
                    ma: ma.to_owned(),
                    shown,
                    records,
                    current: current.is_some(),
                }
            })
            .collect();
        entries.sort_by_cached_key(|e| {
            let p = &site.catalogs[e.shown.0].procedures[e.shown.1];
            (sort_key(&p.ten), e.ma.clone())
        });
        let shown = |e: &Entry| &site.catalogs[e.shown.0].procedures[e.shown.1];
        let current = || entries.iter().enumerate().filter(|(_, e)| e.current);
        let fields = group(current().map(|(i, e)| (i, shown(e).linh_vuc.as_str())));
        let reg = site.registry.as_ref();
        let agencies = group(current().flat_map(|(i, e)| {
            boards::agency_names(reg, shown(e))
                .into_iter()
                .map(move |n| (i, n))
        }));
        let current_procs: Vec<(usize, &crate::content::Procedure)> =
            current().map(|(i, e)| (i, shown(e))).collect();
        let boards = boards::boards(site, &current_procs);
        let levels = Level::ALL
            .iter()
            .map(|&l| {
                (
                    l,
                    current()
                        .filter(|(_, e)| shown(e).cap_thuc_hien.contains(&l))
                        .map(|(i, _)| i)
                        .collect::<Vec<_>>(),
                )
            })
            .filter(|(_, v)| !v.is_empty())
            .collect();

        let mut order: Vec<usize> = (0..site.catalogs.len()).collect();
        order.sort_by_key(|&ci| std::cmp::Reverse(decision_key(ci)));
        let mut decisions = Vec::new();
        let mut used = std::collections::HashSet::new();
        for ci in order {
            let base = slugify(&site.catalogs[ci].decision.so);
            let base = if base.is_empty() {
                "quyet-dinh".to_owned()
            } else {
                base
            };
            let mut slug = base.clone();
            let mut n = 2;
            while !used.insert(slug.clone()) {
                slug = format!("{base}-{n}");
                n += 1;
            }
            decisions.push((ci, slug));
        }
        let mut replaced: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for cat in &site.catalogs {
            for p in &cat.procedures {
                if let Some(by) = &p.thay_the_boi {
                    replaced.entry(by.clone()).or_default().push(p.ma.clone());
                }
            }
        }
        for v in replaced.values_mut() {
            v.sort();
            v.dedup();
        }
        let by_code = entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.ma.clone(), i))
            .collect();
        Taxonomy {
            categories,
            tags,
            months,
            entries,
            fields,
            agencies,
            boards,
            levels,
            decisions,
            by_code,
            replaced,
        }
    }

    pub fn decision_slug(&self, ci: usize) -> &str {
        self.decisions
            .iter()
            .find(|(c, _)| *c == ci)
            .map(|(_, s)| s.as_str())
            .unwrap_or("")
    }

    /// Whether a list page exists for this field / agency / level (lists
    /// hold current procedures only).
    pub fn has_field(&self, name: &str) -> bool {
        let slug = slugify(name);
        self.fields.iter().any(|g| g.slug == slug)
    }

    pub fn has_agency(&self, name: &str) -> bool {
        let slug = slugify(name);
        self.agencies.iter().any(|g| g.slug == slug)
    }

    pub fn has_level(&self, level: Level) -> bool {
        self.levels.iter().any(|(l, _)| *l == level)
    }

    /// The codes that `ma` replaces (`thay_the_boi: ma` read backwards).
    pub fn replaces(&self, ma: &str) -> &[String] {
        self.replaced.get(ma).map_or(&[], Vec::as_slice)
    }

    /// The procedures posted now (current records), in list order.
    pub fn current<'a>(
        &'a self,
        site: &'a Site,
    ) -> impl Iterator<Item = &'a crate::content::Procedure> + 'a {
        self.entries
            .iter()
            .filter(|e| e.current)
            .map(move |e| &site.catalogs[e.shown.0].procedures[e.shown.1])
    }

    pub fn entry_of(&self, ma: &str) -> Option<&Entry> {
        self.by_code.get(ma).map(|&i| &self.entries[i])
    }
}
