//! Open data: every procedure as JSON (field names of DESIGN §2.4, with a
//! JSON Schema), as CSV with a BOM so spreadsheet software reads Vietnamese
//! correctly (with CSVW metadata declaring every column text or date), and
//! as an `.xlsx` whose cells are typed text, so codes such as `1.000080`
//! never turn into numbers.

mod columns;
pub mod schema;

use schemars::JsonSchema;
use serde::Serialize;

use crate::content::Site;
use crate::content::catalog::{Decision, Procedure};
use crate::content::index::Taxonomy;
use crate::output::{Content, OutputFile};
use crate::urls::{Route, Urls};

pub use columns::COLUMNS;

#[derive(Serialize, JsonSchema)]
struct Record<'a> {
    #[serde(flatten)]
    procedure: &'a Procedure,
    hien_hanh: bool,
    url: String,
    quyet_dinh_cong_bo: &'a Decision,
}

#[derive(Serialize, JsonSchema)]
struct Export<'a> {
    nguon: String,
    co_quan: &'a str,
    so_thu_tuc: usize,
    so_thu_tuc_hien_hanh: usize,
    thu_tuc: Vec<Record<'a>>,
}

/// A CSV cell that spreadsheet software will not run as a formula: a
/// leading `=`, `+`, `-`, `@`, tab or carriage return gets a `'` before it
/// (the OWASP rule), as the open-data note on /thong-ke/ says.
pub fn spreadsheet_safe(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

pub fn files(site: &Site, tax: &Taxonomy, urls: &Urls) -> Vec<OutputFile> {
    let records: Vec<Record> = tax
        .entries
        .iter()
        .map(|e| {
            let cat = &site.catalogs[e.shown.0];
            let p = &cat.procedures[e.shown.1];
            Record {
                procedure: p,
                hien_hanh: e.current,
                url: urls.permalink(&urls.procedure(&p.ma)),
                quyet_dinh_cong_bo: &cat.decision,
            }
        })
        .collect();
    let export = Export {
        nguon: site.config.base().to_owned(),
        co_quan: &site.config.organisation.name,
        so_thu_tuc: records.len(),
        so_thu_tuc_hien_hanh: records.iter().filter(|r| r.hien_hanh).count(),
        thu_tuc: records,
    };
    let json = serde_json::to_vec_pretty(&export).expect("plain data serialises");
    let schema = schema::schema(&urls.permalink(&urls.at(Route::OpenSchema)));
    let schema = serde_json::to_vec_pretty(&schema).expect("plain data serialises");
    let rows: Vec<[String; COLUMNS.len()]> = export.thu_tuc.iter().map(columns::row).collect();

    let mut csv = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    let _ = csv.write_record(COLUMNS.iter().map(|c| c.name));
    for row in &rows {
        let _ = csv.write_record(row.iter().map(|c| spreadsheet_safe(c).into_owned()));
    }
    let csv = csv.into_inner().unwrap_or_default();
    // Dated by the newest decision, not the clock: two builds of the same
    // content give the same bytes.
    let newest = site.catalogs.iter().map(|c| c.decision.ngay).max();
    let xlsx = columns::xlsx(&rows, &site.config.organisation.name, newest);
    let csvw = columns::csvw(
        &urls.permalink(&urls.at(Route::OpenCsv)),
        &site.config.organisation.name,
    );
    let file = |route: Route, bytes| OutputFile {
        path: route.file().into(),
        content: Content::Bytes(bytes),
    };
    let mut out = vec![
        file(Route::OpenJson, json),
        file(Route::OpenSchema, schema),
        file(Route::OpenCsv, csv),
        file(Route::OpenCsvw, csvw),
    ];
    // A workbook the writer cannot make is left out, never half written.
    out.extend(xlsx.map(|x| file(Route::OpenXlsx, x)));
    out
}

#[cfg(test)]
mod tests {
    use super::spreadsheet_safe;

    #[test]
    fn formula_cells_are_neutralised() {
        for (cell, want) in [
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("+1", "'+1"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\t=1", "'\t=1"),
            ("\r=1", "'\r=1"),
            ("1.001193", "1.001193"),
            ("Đăng ký khai sinh", "Đăng ký khai sinh"),
        ] {
            assert_eq!(spreadsheet_safe(cell), want);
        }
    }
}
