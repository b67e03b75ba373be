//! Reading a catalog file: the announcing decision and its list of
//! procedures (each read by `procedure`), every problem reported with its
//! line and column (DESIGN §2.6).

use std::path::Path;

use super::model::*;
use super::procedure::read_procedure;
use super::values::{MAX_PER_CATALOG, QD, THU_TUC, date, opt_text, pos};
use crate::content::fields::{self, Sink, el};
use crate::content::yaml::{Node, Value};
use crate::msg::catalog::procedures as m;
use crate::t;

/// Reads a parsed catalog; `None` when it is too broken to use.
pub fn read(file: &Path, root: &Node, sink: &mut Sink) -> Option<Catalog> {
    if root.value == Value::Null {
        sink.error(root, t!(m::CATALOG_EMPTY), t!(m::CATALOG_EMPTY_HELP));
        return None;
    }
    let what = t!(m::THE_CATALOG);
    let mut top = sink.map(root, &what)?;
    let decision = top
        .req(sink, QD, &what, &t!(m::DECISION_HELP))
        .and_then(|n| read_decision(sink, n));
    let draft = top
        .get("draft")
        .filter(|n| n.value != Value::Null)
        .and_then(|n| fields::boolean(sink, n, "draft"))
        .unwrap_or(false);
    let default_agency = top
        .get("co_quan")
        .and_then(|n| fields::nonempty_string(sink, n, "co_quan"));
    let mut procedures = Vec::new();
    let mut partial = Vec::new();
    if let Some(list) = top.req(sink, THU_TUC, &what, &t!(m::PROCEDURES_HELP)) {
        let items = fields::list(sink, list, "thu_tuc", &t!(m::PROCEDURES_LIST_HELP));
        if items.len() > MAX_PER_CATALOG {
            sink.error(
                list,
                t!(
                    m::TOO_MANY_PROCEDURES,
                    count = items.len(),
                    max = MAX_PER_CATALOG
                ),
                t!(m::TOO_MANY_PROCEDURES_HELP),
            );
            return None;
        }
        for item in items {
            match read_procedure(sink, item, default_agency.as_deref()) {
                Some(Ok(p)) => procedures.push(p),
                Some(Err(p)) => partial.push(p),
                None => {}
            }
        }
    }
    top.finish(sink, &what);
    Some(Catalog {
        file: file.to_path_buf(),
        decision: decision?,
        procedures,
        partial,
        draft,
    })
}

pub(super) fn read_decision(sink: &mut Sink, node: &Node) -> Option<Decision> {
    let what = t!(m::DECISION_KEY);
    let mut m = sink.map(node, &what)?;
    let owner = &t!(m::THE_DECISION);
    let so = m
        .req(
            sink,
            el("so", "Số, ký hiệu"),
            owner,
            &t!(m::DECISION_SO_HELP),
        )
        .and_then(|n| fields::nonempty_string(sink, n, "so"));
    let ngay = m
        .req(
            sink,
            el("ngay", "Ngày ban hành"),
            owner,
            &t!(m::DECISION_NGAY_HELP),
        )
        .and_then(|n| date(sink, n, "ngay"));
    let by = m
        .req(
            sink,
            el("co_quan_ban_hanh", "Cơ quan ban hành"),
            owner,
            &t!(m::DECISION_BY_HELP),
        )
        .and_then(|n| fields::nonempty_string(sink, n, "co_quan_ban_hanh"));
    let hieu_luc = m
        .get("hieu_luc")
        .filter(|n| n.value != Value::Null)
        .and_then(|n| date(sink, n, "hieu_luc"));
    let trich_yeu = opt_text(sink, &mut m, "trich_yeu");
    let tep_pos = m.get("tep").map_or(pos(node), pos);
    let tep = opt_text(sink, &mut m, "tep");
    m.finish(sink, &what);
    if let (Some(ngay), Some(hl)) = (ngay, hieu_luc)
        && hl < ngay
    {
        sink.error(
            node,
            t!(m::EFFECT_BEFORE_SIGNED, effective = hl, signed = ngay),
            t!(m::EFFECT_BEFORE_SIGNED_HELP),
        );
    }
    // A missing number or issuing body is reported above; the catalog is
    // still read, so its procedures' own problems show in the same run.
    // Without a date it cannot be: rules compare dates.
    Some(Decision {
        so: so.unwrap_or_default(),
        ngay: ngay?,
        co_quan_ban_hanh: by.unwrap_or_default(),
        hieu_luc,
        trich_yeu,
        tep,
        tep_pos,
    })
}
