//! `content/co-quan.yaml` (DESIGN §2.8): the agencies that handle
//! procedures and the places that receive dossiers (nơi tiếp nhận hồ sơ).
//! Procedures are posted where dossiers are received (NĐ 63/2010 Điều 17),
//! so a board is a place, and one agency is named once however catalogs
//! spell it.

use chrono::NaiveDate;
use serde::Serialize;

use super::catalog::Level;
use super::fields::{self, Sink, el};
use super::yaml::{Node, Value};
use crate::msg::catalog::registry as m;
use crate::t;
use crate::text;

/// Cơ quan — an agency that handles procedures.
#[derive(Debug, Clone, Serialize)]
pub struct Agency {
    pub id: String,
    pub ten: String,
    pub cap: Level,
    /// Cơ quan cấp trên: the first line of a board's heading.
    pub cap_tren: Option<String>,
    pub ten_goi_khac: Vec<String>,
    pub ma_dvc: Vec<String>,
    /// The agency no longer exists from this date.
    pub ngung_hoat_dong: Option<NaiveDate>,
    #[serde(skip)]
    pub pos: (usize, usize),
}

/// Nơi tiếp nhận hồ sơ — a desk or centre that receives dossiers; its
/// board is `/niem-yet/<id>/`.
#[derive(Debug, Clone, Serialize)]
pub struct Place {
    pub id: String,
    pub ten: String,
    pub dia_chi: String,
    pub dien_thoai: Option<String>,
    pub gio_lam_viec: Option<String>,
    /// Agency ids whose procedures are received here.
    pub co_quan: Vec<String>,
    #[serde(skip)]
    pub pos: (usize, usize),
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Registry {
    pub agencies: Vec<Agency>,
    pub places: Vec<Place>,
    /// Folded id, name and other spellings → agency index: every
    /// procedure looks its agencies up, so matching must not fold the
    /// whole registry each time.
    #[serde(skip)]
    index: std::collections::HashMap<String, usize>,
}

/// A name folded for matching: case, diacritics (and their placement),
/// spaces and punctuation do not matter ("Ủy ban Nhân dân xã." =
/// "UBND xã"? no — "ủy ban nhân dân xã" = "Uỷ Ban  nhân dân xã.").
pub fn fold_name(s: &str) -> String {
    text::fold(s)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// An id as DESIGN §2.8 writes them: lowercase ASCII letters, digits and
/// hyphens.
pub fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= super::limits::SEGMENT_BYTES
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

impl Registry {
    pub fn agency(&self, id: &str) -> Option<&Agency> {
        self.agencies.iter().find(|a| a.id == id)
    }

    pub fn place(&self, id: &str) -> Option<&Place> {
        self.places.iter().find(|p| p.id == id)
    }

    /// The agency a catalog's spelling names: by id, `ten` or
    /// `ten_goi_khac`, after folding.
    pub fn find(&self, name: &str) -> Option<&Agency> {
        let name = name.trim();
        if let Some(a) = self.agency(name) {
            return Some(a);
        }
        self.index.get(&fold_name(name)).map(|&i| &self.agencies[i])
    }

    /// Builds the lookup of [`Registry::find`]; the first agency to claim a
    /// spelling keeps it.
    fn build_index(&mut self) {
        let mut index = std::collections::HashMap::new();
        for (i, a) in self.agencies.iter().enumerate() {
            for name in std::iter::once(&a.ten).chain(&a.ten_goi_khac) {
                index.entry(fold_name(name)).or_insert(i);
            }
        }
        self.index = index;
    }

    /// The agencies a `co_quan_thuc_hien` names: several joined with `;`
    /// name each of them. Unknown parts come back as `Err(part)`.
    pub fn resolve<'a, 'n>(&'a self, names: &'n str) -> Vec<Result<&'a Agency, &'n str>> {
        split_agencies(names)
            .map(|part| self.find(part).ok_or(part))
            .collect()
    }

    /// The agencies closest to an unknown spelling, best first (for help).
    pub fn closest(&self, name: &str, n: usize) -> Vec<&Agency> {
        let folded = fold_name(name);
        let mut scored: Vec<(usize, &Agency)> = self
            .agencies
            .iter()
            .map(|a| {
                let best = std::iter::once(&a.ten)
                    .chain(&a.ten_goi_khac)
                    .map(|t| fields::edit_distance(&fold_name(t), &folded))
                    .min()
                    .unwrap_or(usize::MAX);
                (best, a)
            })
            .collect();
        scored.sort_by_key(|(d, a)| (*d, a.id.clone()));
        scored.into_iter().take(n).map(|(_, a)| a).collect()
    }

    /// The places that receive an agency's procedures, in file order.
    pub fn places_of(&self, agency_id: &str) -> Vec<&Place> {
        self.places
            .iter()
            .filter(|p| p.co_quan.iter().any(|c| c == agency_id))
            .collect()
    }
}

/// The parts of a `co_quan_thuc_hien` that joins several agencies with `;`.
pub fn split_agencies(names: &str) -> impl Iterator<Item = &str> {
    names
        .split(';')
        .map(|p| p.trim().trim_end_matches(['.', ',']).trim())
        .filter(|p| !p.is_empty())
}

fn level(sink: &mut Sink, n: &Node) -> Option<Level> {
    match n.as_str().map(str::trim) {
        Some("bo") => Some(Level::Bo),
        Some("tinh") => Some(Level::Tinh),
        Some("xa") => Some(Level::Xa),
        Some("khac") => Some(Level::Khac),
        other => {
            match other.and_then(super::reform::abolished_level) {
                Some(r) => super::reform::report(sink, n, "cap", r, m::LEVEL_ABOLISHED_HELP),
                None => sink.error(
                    n,
                    t!(
                        m::UNKNOWN_LEVEL,
                        value = format!("{:?}", other.unwrap_or(""))
                    ),
                    t!(m::UNKNOWN_LEVEL_HELP),
                ),
            }
            None
        }
    }
}

fn id(sink: &mut Sink, n: &Node, what: &str) -> Option<String> {
    let s = fields::nonempty_string(sink, n, "id")?;
    if !is_id(&s) {
        let suggestion = text::slugify(&s);
        sink.error(
            n,
            t!(m::NOT_AN_ID, id = s, what = what),
            t!(
                m::NOT_AN_ID_HELP,
                suggestion = if suggestion.is_empty() {
                    "so-tu-phap".into()
                } else {
                    suggestion
                }
            ),
        );
        return None;
    }
    Some(s)
}

fn read_agency(sink: &mut Sink, node: &Node) -> Option<Agency> {
    let what = t!(m::AN_AGENCY);
    let mut m = sink.map(node, &what)?;
    let owner = &t!(m::AN_AGENCY_OWNER);
    let id = m
        .req(
            sink,
            el("id", "Mã định danh"),
            owner,
            &t!(m::AGENCY_ID_HELP),
        )
        .and_then(|n| id(sink, n, &what));
    let ten = m
        .req(
            sink,
            el("ten", "Tên cơ quan"),
            owner,
            &t!(m::AGENCY_TEN_HELP),
        )
        .and_then(|n| fields::nonempty_string(sink, n, "ten"));
    let cap = m
        .req(sink, el("cap", "Cấp"), owner, &t!(m::AGENCY_CAP_HELP))
        .and_then(|n| level(sink, n));
    let cap_tren = fields::opt_text(sink, &mut m, "cap_tren");
    let ten_goi_khac = m
        .get("ten_goi_khac")
        .map(|n| fields::strings(sink, n, "ten_goi_khac"))
        .unwrap_or_default();
    let ma_dvc = m
        .get("ma_dvc")
        .map(|n| fields::strings(sink, n, "ma_dvc"))
        .unwrap_or_default();
    let ngung_hoat_dong = m
        .get("ngung_hoat_dong")
        .filter(|n| n.value != Value::Null)
        .and_then(|n| fields::date(sink, n, "ngung_hoat_dong"));
    m.finish(sink, &what);
    Some(Agency {
        id: id?,
        ten: ten?,
        // A missing or wrong level is already an error; the agency still
        // answers to its names, so its procedures are not also reported as
        // naming an unknown agency.
        cap: cap.unwrap_or(Level::Khac),
        cap_tren,
        ten_goi_khac,
        ma_dvc,
        ngung_hoat_dong,
        pos: (node.line, node.col),
    })
}

fn read_place(sink: &mut Sink, node: &Node, agencies: &[Agency]) -> Option<Place> {
    let what = t!(m::A_PLACE);
    let mut m = sink.map(node, &what)?;
    let owner = &t!(m::A_PLACE_OWNER);
    let id = m
        .req(sink, el("id", "Mã định danh"), owner, &t!(m::PLACE_ID_HELP))
        .and_then(|n| id(sink, n, &t!(m::A_PLACE_SHORT)));
    let ten = m
        .req(
            sink,
            el("ten", "Tên nơi tiếp nhận"),
            owner,
            &t!(m::PLACE_TEN_HELP),
        )
        .and_then(|n| fields::nonempty_string(sink, n, "ten"));
    let dia_chi = m
        .req(
            sink,
            el("dia_chi", "Địa chỉ"),
            owner,
            &t!(m::PLACE_DIA_CHI_HELP),
        )
        .and_then(|n| fields::nonempty_string(sink, n, "dia_chi"));
    let dien_thoai = fields::opt_text(sink, &mut m, "dien_thoai");
    let gio_lam_viec = fields::opt_text(sink, &mut m, "gio_lam_viec");
    let co_quan = m
        .req(
            sink,
            el("co_quan", "Cơ quan có thủ tục tiếp nhận tại đây"),
            owner,
            &t!(m::PLACE_CO_QUAN_HELP),
        )
        .map(|n| {
            let items: Vec<&Node> = match &n.value {
                Value::Seq(items) => items.iter().collect(),
                _ => vec![n],
            };
            let mut ids = Vec::new();
            for item in items {
                let Some(s) = fields::nonempty_string(sink, item, "co_quan") else {
                    continue;
                };
                if agencies.iter().any(|a| a.id == s) {
                    ids.push(s);
                } else {
                    let known: Vec<&str> = agencies.iter().map(|a| a.id.as_str()).collect();
                    // Suggest only a near miss, not any id.
                    let close = known
                        .iter()
                        .map(|k| (fields::edit_distance(k, &s), k))
                        .filter(|(d, _)| *d <= 2)
                        .min()
                        .map(|(_, k)| k);
                    let known = known.join(", ");
                    let help = match close {
                        Some(c) => t!(m::UNKNOWN_AGENCY_ID_CLOSE, close = c, known = known),
                        None => t!(m::UNKNOWN_AGENCY_ID_HELP, known = known),
                    };
                    sink.error(item, t!(m::UNKNOWN_AGENCY_ID, id = s), help);
                }
            }
            ids
        });
    m.finish(sink, &what);
    Some(Place {
        id: id?,
        ten: ten?,
        dia_chi: dia_chi?,
        dien_thoai,
        gio_lam_viec,
        co_quan: co_quan?,
        pos: (node.line, node.col),
    })
}

/// Reads the registry, reporting every problem; what is usable is kept.
pub fn read(root: &Node, sink: &mut Sink) -> Registry {
    let mut out = Registry::default();
    if root.value == Value::Null {
        return out;
    }
    let what = t!(m::THE_FILE);
    let Some(mut top) = sink.map(root, &what) else {
        return out;
    };
    if let Some(n) = top.req(
        sink,
        el("co_quan", "Danh sách cơ quan"),
        &what,
        &t!(m::AGENCIES_HELP),
    ) {
        for item in fields::list(sink, n, "co_quan", &t!(m::AGENCIES_LIST_HELP)) {
            if let Some(a) = read_agency(sink, item) {
                if out.agencies.iter().any(|b| b.id == a.id) {
                    sink.error(
                        item,
                        t!(m::AGENCY_ID_TWICE, id = a.id),
                        t!(m::AGENCY_ID_TWICE_HELP),
                    );
                    continue;
                }
                out.agencies.push(a);
            }
        }
    }
    if let Some(n) = top.get("noi_tiep_nhan").filter(|n| n.value != Value::Null) {
        for item in fields::list(sink, n, "noi_tiep_nhan", &t!(m::PLACES_LIST_HELP)) {
            if let Some(p) = read_place(sink, item, &out.agencies) {
                if out.places.iter().any(|q| q.id == p.id) {
                    sink.error(
                        item,
                        t!(m::PLACE_ID_TWICE, id = p.id),
                        t!(m::PLACE_ID_TWICE_HELP),
                    );
                    continue;
                }
                out.places.push(p);
            }
        }
    }
    top.finish(sink, &what);
    let mut seen: std::collections::HashMap<String, &str> = std::collections::HashMap::new();
    for a in &out.agencies {
        for name in std::iter::once(&a.ten).chain(&a.ten_goi_khac) {
            match seen.get(&fold_name(name)) {
                Some(other) if *other != a.id => {
                    let at = Node {
                        value: Value::Null,
                        line: a.pos.0,
                        col: a.pos.1,
                    };
                    sink.warning(
                        &at,
                        t!(
                            m::NAME_SHARED,
                            name = format!("{name:?}"),
                            id = a.id,
                            other = other
                        ),
                        t!(m::NAME_SHARED_HELP),
                    );
                }
                Some(_) => {}
                None => {
                    seen.insert(fold_name(name), &a.id);
                }
            }
        }
    }
    out.build_index();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn load(src: &str) -> (Registry, Vec<String>) {
        let node = crate::content::yaml::parse(src, 0).unwrap();
        let file = Path::new("content/co-quan.yaml");
        let mut sink = Sink::new(file);
        let r = read(&node, &mut sink);
        let msgs = sink
            .diags
            .iter()
            .map(|d| format!("{}:{}: {}", d.line, d.column, d.message))
            .collect();
        (r, msgs)
    }

    const GOOD: &str = "co_quan:\n  - id: ubnd-xa\n    ten: \"Ủy ban nhân dân cấp xã\"\n    cap: xa\n    ten_goi_khac: [\"UBND cấp xã\", \"Ủy ban Nhân dân xã, phường, thị trấn.\"]\n  - id: phong-tu-phap\n    ten: \"Phòng Tư pháp\"\n    cap: khac\n    ngung_hoat_dong: 2025-07-01\nnoi_tiep_nhan:\n  - id: mot-cua-xa\n    ten: \"Bộ phận Một cửa xã\"\n    dia_chi: \"Số 1\"\n    co_quan: [ubnd-xa]\n";

    #[test]
    fn spellings_fold_to_one_agency() {
        let (r, msgs) = load(GOOD);
        assert!(msgs.is_empty(), "{msgs:?}");
        for name in [
            "Ủy ban nhân dân cấp xã",
            "UỶ BAN NHÂN DÂN CẤP XÃ",
            "Ủy ban Nhân dân xã, phường, thị trấn",
            "ubnd-xa",
            "UBND  cấp xã.",
        ] {
            assert_eq!(
                r.find(name).map(|a| a.id.as_str()),
                Some("ubnd-xa"),
                "{name}"
            );
        }
        assert!(r.find("Sở Tư pháp").is_none());
        assert_eq!(r.closest("Phong Tu phap tinh", 1)[0].id, "phong-tu-phap");
        assert_eq!(r.places_of("ubnd-xa").len(), 1);
    }

    #[test]
    fn broken_registries_name_line_and_column() {
        let src = "co_quan:\n  - id: Sở Tư Pháp\n    ten: \"Sở\"\n    cap: huyen\n  - id: a\n    ten: b\n    cap: xa\n  - id: a\n    ten: c\n    cap: xa\nnoi_tiep_nhan:\n  - id: tt\n    ten: \"TT\"\n    co_quan: [a, khong-co]\n";
        let (r, msgs) = load(src);
        assert_eq!(r.agencies.len(), 1);
        assert_eq!(
            msgs,
            [
                "2:9: `id: Sở Tư Pháp` của một cơ quan không phải mã định danh hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang `-`",
                "4:10: `cap: huyen` không còn dùng được: cấp huyện đã chấm dứt từ ngày 01/7/2025 (Luật Tổ chức chính quyền địa phương 2025 (chính quyền địa phương hai cấp))",
                "8:5: mã định danh cơ quan `a` bị dùng hai lần",
                "12:5: thiếu Địa chỉ (dia_chi): một nơi tiếp nhận hồ sơ (`noi_tiep_nhan`) chưa có thành phần bắt buộc này",
                "14:18: `khong-co` không phải mã định danh của cơ quan nào trong `co_quan:` của tệp này",
            ]
        );
    }
}
