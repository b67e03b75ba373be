//! Which posting board (bảng niêm yết) shows which procedure. Procedures
//! are posted where dossiers are received (NĐ 63/2010 Điều 17): with a
//! registry, one board per place of submission; without one, one board per
//! agency, spellings that differ only in case, diacritics, spaces or
//! punctuation being one agency and `;` joining several.

use std::collections::BTreeMap;

use crate::content::Site;
use crate::content::catalog::Procedure;
use crate::content::registry::{Registry, is_id, split_agencies};
use crate::text::{slugify, sort_key};

/// One board: a place of submission, or an agency when there is no registry.
pub struct BoardGroup {
    /// URL segment: the place's id, or the agency's slug.
    pub slug: String,
    /// The place's or agency's name.
    pub name: String,
    /// Index into the registry's places.
    pub place: Option<usize>,
    /// Entries (indexes into the taxonomy's entries), in posting order:
    /// by agency, then field, then name.
    pub items: Vec<usize>,
}

/// The agencies a procedure names, each as the registry's full name when
/// known, else as written.
pub fn agency_names<'a>(reg: Option<&'a Registry>, p: &'a Procedure) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    for part in split_agencies(&p.co_quan_thuc_hien) {
        let name = reg
            .and_then(|r| r.find(part))
            .map_or(part, |a| a.ten.as_str());
        if !out.iter().any(|n| slugify(n) == slugify(name)) {
            out.push(name);
        }
    }
    out
}

/// The agencies of a procedure as one heading: sorted, so that "A; B"
/// and "B; A" are one group on a board.
pub fn agency_heading(reg: Option<&Registry>, p: &Procedure) -> String {
    let mut names = agency_names(reg, p);
    names.sort_by_cached_key(|n| sort_key(n));
    names.join("; ")
}

/// The places (registry indexes) that receive a procedure: the ids in its
/// `dia_diem_thuc_hien`, else the places of its agencies.
pub fn places_of(reg: &Registry, p: &Procedure) -> Vec<usize> {
    let index = |id: &str| reg.places.iter().position(|q| q.id == id);
    let named: Vec<usize> = p
        .posting
        .dia_diem_thuc_hien
        .iter()
        .filter(|v| is_id(v))
        .filter_map(|v| index(v))
        .collect();
    if !named.is_empty() {
        return named;
    }
    let mut out = Vec::new();
    for a in reg.resolve(&p.co_quan_thuc_hien).into_iter().flatten() {
        for place in reg.places_of(&a.id) {
            if let Some(i) = index(&place.id)
                && !out.contains(&i)
            {
                out.push(i);
            }
        }
    }
    out
}

/// The boards of the site; `current` lists the current entries with the
/// procedure each shows.
pub fn boards(site: &Site, current: &[(usize, &Procedure)]) -> Vec<BoardGroup> {
    let reg = site.registry.as_ref();
    let by_entry: BTreeMap<usize, &Procedure> = current.iter().copied().collect();
    let order = |items: &mut Vec<usize>| {
        items.sort_by_cached_key(|i| {
            let p = by_entry[i];
            let agency = sort_key(&agency_heading(reg, p));
            (
                agency,
                sort_key(&p.linh_vuc),
                sort_key(&p.ten),
                p.ma.clone(),
            )
        });
        items.dedup();
    };
    let mut out = Vec::new();
    match reg {
        Some(reg) if !reg.places.is_empty() => {
            let mut per_place: Vec<Vec<usize>> = vec![Vec::new(); reg.places.len()];
            for &(i, p) in current {
                for place in places_of(reg, p) {
                    per_place[place].push(i);
                }
            }
            for (pi, mut items) in per_place.into_iter().enumerate() {
                if items.is_empty() {
                    continue;
                }
                order(&mut items);
                out.push(BoardGroup {
                    slug: reg.places[pi].id.clone(),
                    name: reg.places[pi].ten.clone(),
                    place: Some(pi),
                    items,
                });
            }
        }
        _ => {
            let mut by_slug: BTreeMap<String, BoardGroup> = BTreeMap::new();
            for &(i, p) in current {
                for name in agency_names(reg, p) {
                    let slug = match slugify(name) {
                        s if s.is_empty() => "khac".to_owned(),
                        s => s,
                    };
                    by_slug
                        .entry(slug.clone())
                        .or_insert_with(|| BoardGroup {
                            slug,
                            name: name.to_owned(),
                            place: None,
                            items: Vec::new(),
                        })
                        .items
                        .push(i);
                }
            }
            for mut g in by_slug.into_values() {
                order(&mut g.items);
                out.push(g);
            }
            out.sort_by_cached_key(|g| (sort_key(&g.name), g.slug.clone()));
        }
    }
    out
}
