//! Procedure pages (DESIGN §3): the lists by field, agency and level, each
//! procedure, the decisions, the posting boards and the statistics.

use tera::Context;

use crate::urls::Route;

use super::context::{Page, Shared, agencies_counted, fields_counted, levels_counted, terms};
use super::views::*;
use crate::content::catalog::Status;
use crate::content::index::Group;
use crate::text::number;

/// Every current procedure, grouped by field.
pub(super) fn all(sh: &Shared, ctx: &mut Context) -> Page {
    let groups: Vec<serde_json::Value> = sh
        .tax
        .fields
        .iter()
        .map(|g| {
            serde_json::json!({
                "name": g.name,
                "url": sh.urls.field(&g.name),
                "count": g.items.len(),
                "items": cards(sh, &g.items),
            })
        })
        .collect();
    procedures_page(sh, ctx, "Thủ tục hành chính", None, groups);
    Page::listed(
        "procedures.html",
        sh.meta("Thủ tục hành chính", sh.urls.procedures()),
    )
}

/// The procedures of one field.
pub(super) fn field(sh: &Shared, ctx: &mut Context, i: usize) -> Page {
    let name = &sh.tax.fields[i].name;
    let phrase = format!("thuộc lĩnh vực {name}");
    filtered(
        sh,
        ctx,
        &sh.tax.fields[i],
        "Lĩnh vực",
        &phrase,
        sh.urls.field(name),
    )
}

/// The procedures of one agency.
pub(super) fn agency(sh: &Shared, ctx: &mut Context, i: usize) -> Page {
    let name = &sh.tax.agencies[i].name;
    let phrase = format!("do {name} thực hiện");
    let url = sh.urls.agency(name);
    filtered(
        sh,
        ctx,
        &sh.tax.agencies[i],
        "Cơ quan thực hiện",
        &phrase,
        url,
    )
}

/// The procedures of one level.
pub(super) fn level(sh: &Shared, ctx: &mut Context, i: usize) -> Page {
    let (level, items) = &sh.tax.levels[i];
    let g = Group {
        name: level.name().to_owned(),
        slug: level.key().to_owned(),
        items: items.clone(),
    };
    // "do cấp xã thực hiện", not "thuộc cấp thực hiện Cấp xã".
    let phrase = format!("do {} thực hiện", crate::text::lower_first(level.name()));
    filtered(sh, ctx, &g, "Cấp thực hiện", &phrase, sh.urls.level(*level))
}

/// One procedure with every legal element (GovernmentService JSON-LD).
pub(super) fn procedure(sh: &Shared, ctx: &mut Context, i: usize) -> Page {
    let e = &sh.tax.entries[i];
    let view = sh.view(i);
    let mut meta = sh.meta(view.ten.clone(), view.url.clone());
    meta.description = format!(
        "Thủ tục {} – {}: {}. Cơ quan thực hiện: {}.",
        view.ma, view.ten, view.linh_vuc.name, view.co_quan_thuc_hien.name
    );
    meta.dc_type = "Service";
    meta.dc_subject = Some(view.linh_vuc.name.clone());
    meta.json_ld = Some(procedure_json_ld(sh.site, view));
    meta.breadcrumbs = vec![
        Link {
            name: "Thủ tục hành chính".into(),
            url: sh.urls.procedures(),
        },
        view.linh_vuc.clone(),
    ];
    let lastmod = Some(sh.site.catalogs[e.shown.0].decision.ngay.to_string());
    ctx.insert("p", view);
    Page::listed("procedure.html", meta).lastmod(lastmod)
}

/// Every announcing decision.
pub(super) fn decisions(sh: &Shared, ctx: &mut Context) -> Page {
    let list: Vec<serde_json::Value> = sh
            .tax
            .decisions
            .iter()
            .map(|(ci, _)| {
                let c = &sh.site.catalogs[*ci];
                serde_json::json!({ "d": decision_link(sh.site, &sh.tax, &sh.urls, *ci, Status::HieuLuc), "count": c.procedures.len() })
            })
            .collect();
    ctx.insert("decisions", &list);
    Page::listed(
        "decisions.html",
        sh.meta(
            "Quyết định công bố thủ tục hành chính",
            sh.urls.at(Route::Decisions),
        ),
    )
}

/// One decision with what it added, amended, replaced and abolished.
pub(super) fn decision(sh: &Shared, ctx: &mut Context, i: usize) -> Page {
    let (ci, _) = &sh.tax.decisions[i];
    let cat = &sh.site.catalogs[*ci];
    let d = decision_link(sh.site, &sh.tax, &sh.urls, *ci, Status::HieuLuc);
    let section = |title: &str, st: Status| {
        let items: Vec<ProcedureCard> = cat
            .procedures
            .iter()
            .filter(|p| p.trang_thai == st)
            .map(|p| procedure_card(&sh.urls, p))
            .collect();
        serde_json::json!({ "title": title, "items": items })
    };
    let sections = vec![
        section("Thủ tục hành chính mới ban hành", Status::HieuLuc),
        section("Thủ tục hành chính được sửa đổi, bổ sung", Status::SuaDoi),
        section("Thủ tục hành chính được thay thế", Status::ThayThe),
        section("Thủ tục hành chính bị bãi bỏ", Status::BaiBo),
    ];
    ctx.insert("decision", &d);
    ctx.insert("sections", &sections);
    let mut meta = sh.meta(format!("Quyết định số {}", d.so), d.url.clone());
    meta.breadcrumbs = vec![Link {
        name: "Quyết định công bố".into(),
        url: sh.urls.at(Route::Decisions),
    }];
    Page::listed("decision.html", meta)
}

/// The posting boards.
pub(super) fn boards(sh: &Shared, ctx: &mut Context) -> Page {
    let groups: Vec<Group> = sh
        .tax
        .boards
        .iter()
        .map(|b| Group {
            name: b.name.clone(),
            slug: b.slug.clone(),
            items: b.items.clone(),
        })
        .collect();
    let heading = if sh.site.registry.is_some() {
        "Bảng niêm yết thủ tục hành chính theo nơi tiếp nhận hồ sơ"
    } else {
        "Bảng niêm yết thủ tục hành chính theo cơ quan"
    };
    terms(sh, ctx, heading, "/niem-yet/", &groups, |g| {
        sh.urls.board(&g.slug)
    })
}

/// One posting board (bảng niêm yết).
pub(super) fn board(sh: &Shared, ctx: &mut Context, i: usize) -> Page {
    let g = &sh.tax.boards[i];
    let views: Vec<&ProcedureView> = g.items.iter().map(|&e| sh.view(e)).collect();
    let board = super::board::board(sh.site, &sh.tax, &sh.urls, g, &views);
    let mut meta = sh.meta(
        format!("Niêm yết thủ tục hành chính – {}", board.agency),
        board.url.clone(),
    );
    meta.description = format!(
        "Bảng niêm yết công khai {} thủ tục hành chính của {}, cập nhật ngày {}.",
        board.items.len(),
        board.agency,
        board.updated
    );
    meta.breadcrumbs = vec![Link {
        name: "Niêm yết".into(),
        url: sh.urls.at(Route::Boards),
    }];
    ctx.insert("board", &board);
    Page::listed("board.html", meta)
}

/// Statistics computed from the catalogs.
pub(super) fn stats(sh: &Shared, ctx: &mut Context) -> Page {
    let stats = super::stats::compute(sh.site, &sh.tax, &sh.urls);
    ctx.insert("stats", &stats);
    Page::listed(
        "stats.html",
        sh.meta("Thống kê thủ tục hành chính", sh.urls.at(Route::Stats)),
    )
}

fn cards(sh: &Shared, entries: &[usize]) -> Vec<ProcedureCard> {
    entries
        .iter()
        .map(|&i| {
            let (ci, pi) = sh.tax.entries[i].shown;
            procedure_card(&sh.urls, &sh.site.catalogs[ci].procedures[pi])
        })
        .collect()
}

fn procedures_page(
    sh: &Shared,
    ctx: &mut Context,
    heading: &str,
    filter: Option<(&str, &str, &str)>,
    groups: Vec<serde_json::Value>,
) {
    ctx.insert("heading", heading);
    ctx.insert(
        "filter",
        &filter.map(|(k, v, p)| serde_json::json!({ "kind": k, "name": v, "phrase": p })),
    );
    ctx.insert("groups", &groups);
    ctx.insert("fields", &fields_counted(sh));
    ctx.insert("agencies", &agencies_counted(sh));
    ctx.insert("levels", &levels_counted(sh));
    let total: usize = groups
        .iter()
        .filter_map(|g| g["count"].as_u64())
        .sum::<u64>() as usize;
    ctx.insert("total", &number::format_int(total as i64));
}

/// A procedure list narrowed to one field, agency or level, grouped by field.
/// `phrase` ends the page's first sentence ("… đang được công khai do cấp
/// xã thực hiện").
fn filtered(
    sh: &Shared,
    ctx: &mut Context,
    g: &Group,
    kind: &str,
    phrase: &str,
    url: String,
) -> Page {
    let wanted: std::collections::HashSet<usize> = g.items.iter().copied().collect();
    let mut by_field: Vec<(String, Vec<usize>)> = Vec::new();
    for f in &sh.tax.fields {
        let items: Vec<usize> = f
            .items
            .iter()
            .copied()
            .filter(|i| wanted.contains(i))
            .collect();
        if !items.is_empty() {
            by_field.push((f.name.clone(), items));
        }
    }
    let groups = by_field
        .iter()
        .map(|(name, items)| serde_json::json!({ "name": name, "url": sh.urls.field(name), "count": items.len(), "items": cards(sh, items) }))
        .collect();
    let heading = format!("{kind}: {}", g.name);
    procedures_page(sh, ctx, &heading, Some((kind, &g.name, phrase)), groups);
    let mut meta = sh.meta(heading, url);
    meta.breadcrumbs = vec![Link {
        name: "Thủ tục hành chính".into(),
        url: sh.urls.procedures(),
    }];
    Page::listed("procedures.html", meta)
}
