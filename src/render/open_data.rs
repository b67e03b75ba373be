//! Open data: every procedure as JSON (field names of DESIGN §2.4) and as
//! CSV with a BOM so spreadsheet software reads Vietnamese correctly.

use serde::Serialize;

use super::views::time_text;
use crate::content::Site;
use crate::content::catalog::{Decision, Procedure};
use crate::content::index::Taxonomy;
use crate::output::{Content, OutputFile};
use crate::urls::{Route, Urls};

#[derive(Serialize)]
struct Record<'a> {
    #[serde(flatten)]
    procedure: &'a Procedure,
    hien_hanh: bool,
    url: String,
    quyet_dinh_cong_bo: &'a Decision,
}

#[derive(Serialize)]
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

    let mut csv = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    let header = [
        "ma",
        "ten",
        "linh_vuc",
        "cap_thuc_hien",
        "co_quan_thuc_hien",
        "trang_thai",
        "hien_hanh",
        "dich_vu_cong_truc_tuyen",
        "thoi_han",
        "phi_le_phi",
        "quyet_dinh_cong_bo",
        "ngay_quyet_dinh",
        "url",
    ];
    let _ = csv.write_record(header);
    for r in &export.thu_tuc {
        let p = r.procedure;
        let fees = match &p.phi_le_phi {
            None => "Không".to_owned(),
            Some(f) => f
                .iter()
                .map(|f| {
                    f.mo_ta
                        .clone()
                        .unwrap_or_else(|| f.muc.map(|m| format!("{m} đồng")).unwrap_or_default())
                })
                .collect::<Vec<_>>()
                .join("; "),
        };
        let row = [
            p.ma.as_str(),
            &p.ten,
            &p.linh_vuc,
            &p.cap_thuc_hien
                .iter()
                .map(|l| l.key())
                .collect::<Vec<_>>()
                .join(","),
            &p.co_quan_thuc_hien,
            p.trang_thai.label(),
            if r.hien_hanh { "1" } else { "0" },
            p.dich_vu_cong_truc_tuyen.label(),
            &p.thoi_han
                .iter()
                .map(time_text)
                .collect::<Vec<_>>()
                .join("; "),
            &fees,
            &r.quyet_dinh_cong_bo.so,
            &r.quyet_dinh_cong_bo.ngay.to_string(),
            &r.url,
        ];
        let _ = csv.write_record(row.iter().map(|c| spreadsheet_safe(c).into_owned()));
    }
    let csv = csv.into_inner().unwrap_or_default();
    vec![
        OutputFile {
            path: Route::OpenJson.file().into(),
            content: Content::Bytes(json),
        },
        OutputFile {
            path: Route::OpenCsv.file().into(),
            content: Content::Bytes(csv),
        },
    ]
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
