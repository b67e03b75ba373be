//! Reading a catalog file: the announcing decision and its list of
//! procedures (each read by `procedure`), every problem reported with its
//! line and column (DESIGN §2.6).

use std::path::Path;

use super::model::*;
use super::procedure::read_procedure;
use super::values::{MAX_PER_CATALOG, QD, THU_TUC, date, opt_text, pos};
use crate::content::fields::{self, Sink, el};
use crate::content::yaml::{Node, Value};

/// Reads a parsed catalog; `None` when it is too broken to use.
pub fn read(file: &Path, root: &Node, sink: &mut Sink) -> Option<Catalog> {
    if root.value == Value::Null {
        sink.error(root, "the catalog file is empty", "start it with `quyet_dinh_cong_bo:` and `thu_tuc:`; `niemyet new catalog NAME` writes a skeleton");
        return None;
    }
    let mut top = sink.map(root, "the catalog")?;
    let decision = top
        .req(sink, QD, "the catalog", "add `quyet_dinh_cong_bo:` with so, ngay and co_quan_ban_hanh of the announcing decision")
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
    if let Some(list) = top.req(
        sink,
        THU_TUC,
        "the catalog",
        "list the procedures under `thu_tuc:`, each starting with `- ma:`",
    ) {
        let items = fields::list(
            sink,
            list,
            "thu_tuc",
            "write each procedure as a `- ma: …` item",
        );
        if items.len() > MAX_PER_CATALOG {
            sink.error(
                list,
                format!("{} procedures in one catalog; at most {MAX_PER_CATALOG} are read from one file", items.len()),
                "one file holds one announcing decision, and a decision posts at most a few hundred procedures: split the file",
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
    top.finish(sink, "the catalog");
    Some(Catalog {
        file: file.to_path_buf(),
        decision: decision?,
        procedures,
        partial,
        draft,
    })
}

pub(super) fn read_decision(sink: &mut Sink, node: &Node) -> Option<Decision> {
    let mut m = sink.map(node, "quyet_dinh_cong_bo")?;
    let owner = "the announcing decision";
    let so = m
        .req(
            sink,
            el("so", "Số, ký hiệu"),
            owner,
            "write the decision number, e.g. `so: \"1234/QĐ-UBND\"`",
        )
        .and_then(|n| fields::nonempty_string(sink, n, "so"));
    let ngay = m
        .req(
            sink,
            el("ngay", "Ngày ban hành"),
            owner,
            "write the signing date, e.g. `ngay: 2025-07-15`",
        )
        .and_then(|n| date(sink, n, "ngay"));
    let by = m
        .req(
            sink,
            el("co_quan_ban_hanh", "Cơ quan ban hành"),
            owner,
            "write who issued it, e.g. `co_quan_ban_hanh: \"UBND tỉnh Ninh Bình\"`",
        )
        .and_then(|n| fields::nonempty_string(sink, n, "co_quan_ban_hanh"));
    let hieu_luc = m
        .get("hieu_luc")
        .filter(|n| n.value != Value::Null)
        .and_then(|n| date(sink, n, "hieu_luc"));
    let trich_yeu = opt_text(sink, &mut m, "trich_yeu");
    let tep_pos = m.get("tep").map_or(pos(node), pos);
    let tep = opt_text(sink, &mut m, "tep");
    m.finish(sink, "quyet_dinh_cong_bo");
    if let (Some(ngay), Some(hl)) = (ngay, hieu_luc)
        && hl < ngay
    {
        sink.error(
            node,
            format!("the decision takes effect ({hl}) before it is signed ({ngay})"),
            "check `hieu_luc` and `ngay`",
        );
    }
    Some(Decision {
        so: so?,
        ngay: ngay?,
        co_quan_ban_hanh: by?,
        hieu_luc,
        trich_yeu,
        tep,
        tep_pos,
    })
}
