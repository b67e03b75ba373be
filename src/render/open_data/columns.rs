//! The columns of `thu-tuc.csv` and `thu-tuc.xlsx`: one table gives the
//! header, the CSVW metadata and the /du-lieu/ page.

use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook};
use serde::Serialize;
use serde_json::json;

use super::Record;
use crate::render::views::time_text;

#[derive(Serialize)]
pub struct Column {
    pub name: &'static str,
    /// The CSVW datatype.
    pub datatype: &'static str,
    pub description: &'static str,
    /// Every row has a value (the CSVW `required`).
    pub required: bool,
}

const fn col(name: &'static str, datatype: &'static str, description: &'static str) -> Column {
    Column {
        name,
        datatype,
        description,
        required: true,
    }
}

/// A column that may be empty.
const fn opt(name: &'static str, datatype: &'static str, description: &'static str) -> Column {
    Column {
        required: false,
        ..col(name, datatype, description)
    }
}

pub const COLUMNS: [Column; 13] = [
    col(
        "ma",
        "string",
        "Mã thủ tục, ví dụ 1.000894. Là chuỗi: đọc bằng kiểu văn bản để giữ các số 0 ở cuối.",
    ),
    col("ten", "string", "Tên thủ tục hành chính."),
    col("linh_vuc", "string", "Lĩnh vực."),
    col(
        "cap_thuc_hien",
        "string",
        "Các cấp thực hiện, cách nhau bởi dấu phẩy: bo, tinh, xa, khac.",
    ),
    col("co_quan_thuc_hien", "string", "Cơ quan thực hiện."),
    col(
        "trang_thai",
        "string",
        "Trạng thái trong quyết định công bố, bằng lời.",
    ),
    col(
        "hien_hanh",
        "boolean",
        "1 nếu thủ tục đang được niêm yết, 0 nếu đã bị thay thế hoặc bãi bỏ.",
    ),
    col(
        "dich_vu_cong_truc_tuyen",
        "string",
        "Mức cung cấp dịch vụ công trực tuyến, bằng lời.",
    ),
    opt(
        "thoi_han",
        "string",
        "Thời hạn giải quyết, các trường hợp cách nhau bởi dấu chấm phẩy.",
    ),
    opt(
        "phi_le_phi",
        "string",
        "Phí, lệ phí bằng lời; \"Không\" khi quyết định ghi rõ là không có.",
    ),
    col(
        "quyet_dinh_cong_bo",
        "string",
        "Số, ký hiệu quyết định công bố.",
    ),
    col(
        "ngay_quyet_dinh",
        "date",
        "Ngày ký quyết định công bố (YYYY-MM-DD).",
    ),
    col("url", "anyURI", "Địa chỉ trang thủ tục."),
];

/// One procedure's cells, in the order of `COLUMNS`.
pub(super) fn row(r: &Record) -> [String; COLUMNS.len()] {
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
    [
        p.ma.clone(),
        p.ten.clone(),
        p.linh_vuc.clone(),
        p.cap_thuc_hien
            .iter()
            .map(|l| l.key())
            .collect::<Vec<_>>()
            .join(","),
        p.co_quan_thuc_hien.clone(),
        p.trang_thai.label().to_owned(),
        if r.hien_hanh { "1" } else { "0" }.to_owned(),
        p.dich_vu_cong_truc_tuyen.label().to_owned(),
        p.thoi_han
            .iter()
            .map(time_text)
            .collect::<Vec<_>>()
            .join("; "),
        fees,
        r.quyet_dinh_cong_bo.so.clone(),
        r.quyet_dinh_cong_bo.ngay.to_string(),
        r.url.clone(),
    ]
}

/// The W3C CSV on the Web metadata of `thu-tuc.csv`: readers that honour
/// it (and people reading it) see `ma` declared as text.
pub(super) fn csvw(csv_url: &str, publisher: &str) -> Vec<u8> {
    let columns: Vec<_> = COLUMNS
        .iter()
        .map(|c| {
            let mut column = json!({
                "name": c.name,
                "titles": c.name,
                "datatype": c.datatype,
                "dc:description": c.description,
                "required": c.required,
            });
            if c.datatype == "boolean" {
                column["datatype"] = json!({ "base": "boolean", "format": "1|0" });
            }
            column
        })
        .collect();
    let meta = json!({
        "@context": ["http://www.w3.org/ns/csvw", { "@language": "vi" }],
        "url": csv_url,
        "dc:title": "Danh mục thủ tục hành chính",
        "dc:publisher": publisher,
        "dc:description": "Các giá trị bắt đầu bằng =, +, -, @ được thêm dấu ' ở đầu để bảng tính không chạy như công thức.",
        "dialect": { "encoding": "utf-8", "header": true, "skipInitialSpace": false },
        "tableSchema": { "columns": columns, "primaryKey": "ma" },
    });
    serde_json::to_vec_pretty(&meta).expect("plain data serialises")
}

/// Excel's limit for one cell; longer text is cut with an ellipsis.
const CELL_MAX: usize = 32_767;

/// The same rows as a workbook of text cells (dates as text too, as the
/// CSV writes them), header bold and frozen, with a filter on every column.
pub(super) fn xlsx(
    rows: &[[String; COLUMNS.len()]],
    publisher: &str,
    dated: Option<NaiveDate>,
) -> Option<Vec<u8>> {
    let mut book = Workbook::new();
    let date = dated.unwrap_or_default();
    let when =
        ExcelDateTime::from_ymd(date.year() as u16, date.month() as u8, date.day() as u8).ok()?;
    book.set_properties(
        &DocProperties::new()
            .set_title("Danh mục thủ tục hành chính")
            .set_author(publisher)
            .set_company(publisher)
            .set_creation_datetime(&when),
    );
    let sheet = book.add_worksheet();
    sheet.set_name("Thủ tục").ok()?;
    let bold = Format::new().set_bold();
    let text = Format::new().set_num_format("@");
    for (c, column) in COLUMNS.iter().enumerate() {
        let c = c as u16;
        sheet
            .write_string_with_format(0, c, column.name, &bold)
            .ok()?;
        let width = match column.name {
            "ten" => 60,
            "co_quan_thuc_hien" | "phi_le_phi" | "thoi_han" | "url" => 40,
            _ => 16,
        };
        sheet.set_column_width(c, width).ok()?;
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let cell = if cell.len() > CELL_MAX {
                let mut end = CELL_MAX - 3;
                while !cell.is_char_boundary(end) {
                    end -= 1;
                }
                format!("{}…", &cell[..end])
            } else {
                cell.clone()
            };
            sheet
                .write_string_with_format(r as u32 + 1, c as u16, cell, &text)
                .ok()?;
        }
    }
    sheet.set_freeze_panes(1, 0).ok()?;
    sheet
        .autofilter(0, 0, rows.len() as u32, COLUMNS.len() as u16 - 1)
        .ok()?;
    book.save_to_buffer().ok()
}
