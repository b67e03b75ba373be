//! The JSON Schema of `thu-tuc.json`, derived from the export types so it
//! cannot drift from them, with every field described in Vietnamese here
//! (one table, read by the schema and by the /du-lieu/ page alike).

use schemars::generate::SchemaSettings;
use serde::Serialize;
use serde_json::{Map, Value};

use super::Export;
use crate::content::catalog::{Channel, FeeKind, Keyword, Level, Online, Status, TimeUnit};

/// (object, field, description). A test checks that every field of the
/// schema has exactly one line here.
const FIELDS: &[(&str, &str, &str)] = &[
    (
        "Export",
        "nguon",
        "Địa chỉ gốc của cổng thông tin xuất bản dữ liệu.",
    ),
    ("Export", "co_quan", "Tên cơ quan quản lý cổng thông tin."),
    (
        "Export",
        "so_thu_tuc",
        "Số thủ tục trong tệp (bằng số phần tử của thu_tuc).",
    ),
    (
        "Export",
        "so_thu_tuc_hien_hanh",
        "Số thủ tục đang có hiệu lực hoặc đã được sửa đổi, bổ sung (đang được niêm yết).",
    ),
    (
        "Export",
        "thu_tuc",
        "Danh sách thủ tục hành chính, mỗi mã một lần, xếp theo tên thủ tục.",
    ),
    (
        "Record",
        "ma",
        "Mã thủ tục trên Cơ sở dữ liệu quốc gia về thủ tục hành chính, ví dụ \"1.000894\". Luôn là chuỗi: không đọc thành số.",
    ),
    ("Record", "ten", "Tên thủ tục hành chính."),
    ("Record", "linh_vuc", "Lĩnh vực của thủ tục."),
    ("Record", "cap_thuc_hien", "Các cấp thực hiện thủ tục."),
    (
        "Record",
        "trang_thai",
        "Trạng thái của thủ tục trong quyết định công bố.",
    ),
    (
        "Record",
        "thay_the_boi",
        "Mã thủ tục thay thế (khi trang_thai là thay_the); null nếu không có.",
    ),
    ("Record", "doi_tuong", "Đối tượng thực hiện thủ tục."),
    (
        "Record",
        "co_quan_thuc_hien",
        "Cơ quan trực tiếp thực hiện (tiếp nhận, giải quyết) thủ tục.",
    ),
    (
        "Record",
        "co_quan_co_tham_quyen",
        "Cơ quan có thẩm quyền quyết định, nếu khác cơ quan thực hiện; null nếu danh mục không nêu.",
    ),
    (
        "Record",
        "co_quan_phoi_hop",
        "Các cơ quan phối hợp; danh sách rỗng nếu không có.",
    ),
    (
        "Record",
        "trinh_tu",
        "Trình tự thực hiện: mỗi phần tử là một bước, giữ nguyên lời văn công bố.",
    ),
    (
        "Record",
        "cach_thuc",
        "Cách thức thực hiện: mỗi phần tử là một hình thức nộp hồ sơ.",
    ),
    (
        "Record",
        "thoi_han",
        "Thời hạn giải quyết, theo từng trường hợp.",
    ),
    (
        "Record",
        "thoi_han_luat_dinh",
        "Thời hạn theo văn bản quy phạm pháp luật, khi địa phương công bố thời hạn ngắn hơn; null nếu không nêu.",
    ),
    (
        "Record",
        "thanh_phan_ho_so",
        "Thành phần hồ sơ, theo từng trường hợp.",
    ),
    (
        "Record",
        "so_luong_ho_so",
        "Số lượng hồ sơ, đúng như danh mục ghi (ví dụ \"01 bộ\"); null nếu danh mục không nêu.",
    ),
    ("Record", "ket_qua", "Kết quả thực hiện thủ tục."),
    (
        "Record",
        "phi_le_phi",
        "Phí, lệ phí; chuỗi \"khong\" khi quyết định công bố ghi rõ là không có.",
    ),
    (
        "Record",
        "mau_don",
        "Mẫu đơn, tờ khai; chuỗi \"khong\" khi thủ tục không có mẫu.",
    ),
    (
        "Record",
        "yeu_cau_dieu_kien",
        "Yêu cầu, điều kiện thực hiện; chuỗi \"khong\" khi không có.",
    ),
    ("Record", "can_cu_phap_ly", "Căn cứ pháp lý của thủ tục."),
    (
        "Record",
        "dich_vu_cong_truc_tuyen",
        "Mức cung cấp dịch vụ công trực tuyến.",
    ),
    (
        "Record",
        "ly_do_mot_phan",
        "Lý do chỉ cung cấp trực tuyến một phần; null nếu không áp dụng.",
    ),
    (
        "Record",
        "muc_do",
        "Mức độ dịch vụ công trực tuyến theo cách phân loại cũ (2, 3 hoặc 4), nếu danh mục còn ghi; null nếu không.",
    ),
    (
        "Record",
        "mot_cua",
        "true nếu thủ tục được tiếp nhận và trả kết quả qua Bộ phận Một cửa.",
    ),
    (
        "Record",
        "lien_thong",
        "true nếu thủ tục được giải quyết liên thông giữa nhiều cơ quan.",
    ),
    ("Record", "tu_khoa", "Từ khóa giúp tìm kiếm thủ tục."),
    (
        "Record",
        "dia_diem_thuc_hien",
        "Địa điểm tiếp nhận hồ sơ, theo mã địa điểm trong danh sách cơ quan hoặc lời văn; danh sách rỗng nếu dùng địa điểm chung của cơ quan.",
    ),
    (
        "Record",
        "hieu_luc",
        "Ngày thủ tục có hiệu lực, khi khác ngày hiệu lực của quyết định công bố; null nếu không nêu.",
    ),
    (
        "Record",
        "noi_dung_sua_doi",
        "Nội dung được sửa đổi, bổ sung (khi trang_thai là sua_doi); null nếu không có.",
    ),
    (
        "Record",
        "quyet_dinh_noi_dung",
        "Quyết định công bố nội dung chi tiết của thủ tục, khi khác quyết định công bố danh mục; null nếu không có.",
    ),
    (
        "Record",
        "dich_vu_cong_url",
        "Địa chỉ trang nộp hồ sơ trực tuyến của thủ tục; null nếu không có.",
    ),
    (
        "Record",
        "hien_hanh",
        "true nếu thủ tục đang được niêm yết (đang có hiệu lực hoặc đã sửa đổi, bổ sung).",
    ),
    (
        "Record",
        "url",
        "Địa chỉ trang thủ tục trên cổng thông tin.",
    ),
    (
        "Record",
        "quyet_dinh_cong_bo",
        "Quyết định công bố danh mục có thủ tục này.",
    ),
    ("Method", "hinh_thuc", "Hình thức nộp hồ sơ."),
    (
        "Method",
        "truong_hop",
        "Trường hợp áp dụng hình thức này; null nếu áp dụng chung.",
    ),
    (
        "Method",
        "thoi_han",
        "Thời hạn giải quyết riêng của hình thức này; null nếu theo thời hạn chung (thoi_han của thủ tục).",
    ),
    (
        "Method",
        "phi_le_phi",
        "Phí, lệ phí riêng của hình thức này, bằng lời văn; null nếu theo phí, lệ phí chung.",
    ),
    (
        "Method",
        "mo_ta",
        "Mô tả cách nộp (nơi nộp, cổng dịch vụ công...); null nếu không nêu.",
    ),
    (
        "TimeLimit",
        "so",
        "Số lượng thời gian (có thể là số thập phân); null khi thời hạn chỉ có lời văn.",
    ),
    (
        "TimeLimit",
        "don_vi",
        "Đơn vị thời gian; null khi thời hạn chỉ có lời văn.",
    ),
    (
        "TimeLimit",
        "ghi_chu",
        "Ghi chú, ví dụ \"kể từ ngày nhận đủ hồ sơ hợp lệ\"; null nếu không có.",
    ),
    (
        "TimeLimit",
        "truong_hop",
        "Trường hợp áp dụng thời hạn này; null nếu áp dụng chung.",
    ),
    (
        "TimeLimit",
        "van_ban",
        "Thời hạn bằng lời văn, khi danh mục không ghi số và đơn vị; null nếu không có.",
    ),
    (
        "DossierCase",
        "truong_hop",
        "Trường hợp áp dụng bộ hồ sơ này; null nếu áp dụng chung.",
    ),
    ("DossierCase", "giay_to", "Các giấy tờ phải nộp."),
    ("Document", "ten", "Tên giấy tờ."),
    (
        "Document",
        "ban_chinh",
        "Số bản chính; null nếu danh mục không nêu (0 là danh mục ghi không cần bản chính).",
    ),
    (
        "Document",
        "ban_sao",
        "Số bản sao; null nếu danh mục không nêu.",
    ),
    (
        "Document",
        "ghi_chu",
        "Ghi chú về giấy tờ; null nếu không có.",
    ),
    (
        "Document",
        "mau",
        "Tệp mẫu của giấy tờ, đường dẫn tính từ địa chỉ gốc của cổng; null nếu không có.",
    ),
    ("Fee", "loai", "Loại khoản thu."),
    (
        "Fee",
        "muc",
        "Mức thu, đồng; 0 là miễn; null khi danh mục chỉ ghi lời văn.",
    ),
    (
        "Fee",
        "mo_ta",
        "Mức thu và đối tượng bằng lời văn, đúng như công bố; null nếu không có.",
    ),
    (
        "Form",
        "ten",
        "Tên mẫu đơn, tờ khai (kèm số hiệu, văn bản ban hành).",
    ),
    (
        "Form",
        "tep",
        "Tệp mẫu, đường dẫn tính từ địa chỉ gốc của cổng; null nếu cổng chưa có tệp.",
    ),
    (
        "LegalBasis",
        "so_ky_hieu",
        "Số, ký hiệu văn bản, ví dụ \"60/2014/QH13\".",
    ),
    (
        "LegalBasis",
        "trich_yeu",
        "Trích yếu (tên) văn bản; null nếu không nêu.",
    ),
    (
        "LegalBasis",
        "ngay_ban_hanh",
        "Ngày ban hành (YYYY-MM-DD); null nếu không nêu.",
    ),
    (
        "LegalBasis",
        "co_quan_ban_hanh",
        "Cơ quan ban hành; null nếu không nêu.",
    ),
    (
        "Decision",
        "so",
        "Số, ký hiệu quyết định công bố, ví dụ \"215/QĐ-UBND\".",
    ),
    ("Decision", "ngay", "Ngày ký quyết định (YYYY-MM-DD)."),
    (
        "Decision",
        "co_quan_ban_hanh",
        "Cơ quan ban hành quyết định.",
    ),
    (
        "Decision",
        "hieu_luc",
        "Ngày quyết định có hiệu lực (YYYY-MM-DD); null nếu quyết định không nêu riêng.",
    ),
    (
        "Decision",
        "trich_yeu",
        "Trích yếu quyết định; null nếu không nêu.",
    ),
    (
        "Decision",
        "tep",
        "Tệp quyết định đã ký, đường dẫn tính từ địa chỉ gốc của cổng; null nếu không đăng.",
    ),
    (
        "ContentDecision",
        "so",
        "Số, ký hiệu quyết định công bố nội dung.",
    ),
    (
        "ContentDecision",
        "ngay",
        "Ngày ký (YYYY-MM-DD); null nếu không nêu.",
    ),
    (
        "ContentDecision",
        "co_quan_ban_hanh",
        "Cơ quan ban hành; null nếu không nêu.",
    ),
    (
        "ContentDecision",
        "trich_yeu",
        "Trích yếu; null nếu không nêu.",
    ),
];

/// Each object of the export: its schema name, its name in a type
/// ("danh sách Giấy tờ") and its heading on the page.
const OBJECTS: &[(&str, &str, &str)] = &[
    ("Export", "Tệp", "Tệp thu-tuc.json"),
    ("Record", "Thủ tục", "Một thủ tục (phần tử của thu_tuc)"),
    (
        "Method",
        "Cách thức",
        "Cách thức thực hiện (phần tử của cach_thuc)",
    ),
    ("TimeLimit", "Thời hạn", "Thời hạn (phần tử của thoi_han)"),
    (
        "DossierCase",
        "Bộ hồ sơ",
        "Bộ hồ sơ (phần tử của thanh_phan_ho_so)",
    ),
    ("Document", "Giấy tờ", "Giấy tờ (phần tử của giay_to)"),
    ("Fee", "Phí, lệ phí", "Phí, lệ phí (phần tử của phi_le_phi)"),
    ("Form", "Mẫu đơn", "Mẫu đơn, tờ khai (phần tử của mau_don)"),
    (
        "LegalBasis",
        "Văn bản",
        "Văn bản pháp luật (phần tử của can_cu_phap_ly)",
    ),
    (
        "Decision",
        "Quyết định công bố",
        "Quyết định công bố (quyet_dinh_cong_bo)",
    ),
    (
        "ContentDecision",
        "Quyết định nội dung",
        "Quyết định công bố nội dung (quyet_dinh_noi_dung)",
    ),
];

/// The schema, with Vietnamese titles and descriptions.
pub fn schema(id: &str) -> Value {
    let generator = SchemaSettings::draft2020_12().into_generator();
    let mut schema = generator.into_root_schema_for::<Export>().to_value();
    let root = schema.as_object_mut().expect("a root schema is an object");
    root.insert("$id".into(), id.into());
    describe(root, "Export");
    if let Some(Value::Object(defs)) = root.get_mut("$defs") {
        for (name, def) in defs.iter_mut() {
            if let Value::Object(def) = def {
                describe(def, name);
            }
        }
    }
    schema
}

fn describe(object: &mut Map<String, Value>, name: &str) {
    object.remove("description");
    if let Some((_, _, title)) = OBJECTS.iter().find(|o| o.0 == name) {
        object.insert("title".into(), (*title).into());
    }
    if let Some(values) = value_labels().into_iter().find(|v| v.object == name) {
        let text = values
            .words
            .iter()
            .map(|w| format!("{}: {}", w.word, w.label))
            .collect::<Vec<_>>()
            .join("; ");
        object.insert("description".into(), text.into());
    }
    if let Some(Value::Object(props)) = object.get_mut("properties") {
        for (field, prop) in props.iter_mut() {
            if let (Value::Object(prop), Some(text)) = (prop, description(name, field)) {
                prop.insert("description".into(), text.into());
            }
        }
    }
}

fn description(object: &str, field: &str) -> Option<&'static str> {
    FIELDS
        .iter()
        .find(|f| f.0 == object && f.1 == field)
        .map(|f| f.2)
}

/// The words of an enumeration and what the portal shows for them.
#[derive(Serialize)]
pub struct Values {
    /// The schema's name of the enumeration.
    pub object: &'static str,
    /// The key it is written under.
    pub key: &'static str,
    pub words: Vec<Word>,
}

#[derive(Serialize)]
pub struct Word {
    pub word: &'static str,
    pub label: &'static str,
}

pub fn value_labels() -> Vec<Values> {
    fn values<K: Keyword>(object: &'static str, label: fn(K) -> &'static str) -> Values {
        let words = K::WORDS
            .iter()
            .map(|w| Word {
                word: w.0,
                label: label(w.1),
            })
            .collect();
        Values {
            object,
            key: K::KEY,
            words,
        }
    }
    vec![
        values::<Level>("Level", Level::name),
        values::<Status>("Status", Status::label),
        values::<Online>("Online", Online::sentence),
        values::<Channel>("Channel", Channel::label),
        values::<TimeUnit>("TimeUnit", TimeUnit::name),
        values::<FeeKind>("FeeKind", FeeKind::label),
    ]
}

/// One object of the export as the /du-lieu/ page lists it.
#[derive(Serialize)]
pub struct ObjectDoc {
    pub name: &'static str,
    pub title: &'static str,
    pub fields: Vec<FieldDoc>,
}

#[derive(Serialize)]
pub struct FieldDoc {
    pub name: String,
    pub kind: String,
    pub description: String,
}

/// Every object and field of the schema, for the page.
pub fn objects(schema: &Value) -> Vec<ObjectDoc> {
    let defs = schema.get("$defs");
    OBJECTS
        .iter()
        .filter_map(|&(name, _, title)| {
            let object = if name == "Export" {
                schema
            } else {
                defs?.get(name)?
            };
            let props = object.get("properties")?.as_object()?;
            let fields = props
                .iter()
                .map(|(field, prop)| FieldDoc {
                    name: field.clone(),
                    kind: kind(prop, defs),
                    description: prop
                        .get("description")
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_owned(),
                })
                .collect();
            Some(ObjectDoc {
                name,
                title,
                fields,
            })
        })
        .collect()
}

/// A schema's type in plain Vietnamese: "chuỗi", "danh sách Giấy tờ"...
fn kind(prop: &Value, defs: Option<&Value>) -> String {
    if let Some(r) = prop.get("$ref").and_then(Value::as_str) {
        let name = r.rsplit('/').next().unwrap_or(r);
        return match defs.and_then(|d| d.get(name)) {
            Some(def) if def.get("enum").is_some() => {
                let words: Vec<&str> = def["enum"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .collect();
                match words.as_slice() {
                    [one] => format!("chuỗi \"{one}\""),
                    _ => format!("một trong: {}", words.join(", ")),
                }
            }
            Some(def) if def.get("anyOf").is_some() => kind(def, defs),
            _ => object_title(name),
        };
    }
    for key in ["anyOf", "oneOf"] {
        if let Some(options) = prop.get(key).and_then(Value::as_array) {
            let parts: Vec<String> = options.iter().map(|o| kind(o, defs)).collect();
            return parts.join(" hoặc ");
        }
    }
    if let Some(c) = prop.get("const").and_then(Value::as_str) {
        return format!("chuỗi \"{c}\"");
    }
    if let Some(words) = prop.get("enum").and_then(Value::as_array) {
        let words: Vec<String> = words
            .iter()
            .map(|w| match w.as_str() {
                Some(s) => format!("\"{s}\""),
                None => w.to_string(),
            })
            .collect();
        return format!("chuỗi {}", words.join(" hoặc "));
    }
    let types: Vec<&str> = match prop.get("type") {
        Some(Value::String(t)) => vec![t],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ => vec![],
    };
    let named: Vec<String> = types
        .iter()
        .map(|t| match *t {
            "string" if prop.get("format").and_then(Value::as_str) == Some("date") => {
                "ngày (YYYY-MM-DD)".to_owned()
            }
            "string" => "chuỗi".to_owned(),
            "integer" => "số nguyên".to_owned(),
            "number" => "số".to_owned(),
            "boolean" => "true/false".to_owned(),
            "null" => "null".to_owned(),
            "array" => match prop.get("items") {
                Some(items) => format!("danh sách {}", kind(items, defs)),
                None => "danh sách".to_owned(),
            },
            other => other.to_owned(),
        })
        .collect();
    named.join(" hoặc ")
}

fn object_title(name: &str) -> String {
    OBJECTS
        .iter()
        .find(|o| o.0 == name)
        .map_or(name, |o| o.1)
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every field of the export is described, and every description
    /// names a field that exists: the page can leave nothing out.
    #[test]
    fn every_field_has_one_description() {
        let schema = schema("https://x.gov.vn");
        let docs = objects(&schema);
        assert_eq!(docs.len(), OBJECTS.len(), "every object is in the schema");
        let mut seen = 0;
        for o in &docs {
            for f in &o.fields {
                assert!(
                    !f.description.is_empty(),
                    "{}.{} has no description",
                    o.name,
                    f.name
                );
                assert!(!f.kind.is_empty(), "{}.{} has no type", o.name, f.name);
                seen += 1;
            }
        }
        assert_eq!(
            seen,
            FIELDS.len(),
            "a description names a field that is gone"
        );
    }

    #[test]
    fn types_read_as_words() {
        let schema = schema("https://x.gov.vn");
        let docs = objects(&schema);
        let record = docs.iter().find(|o| o.name == "Record").unwrap();
        let kind = |n: &str| &record.fields.iter().find(|f| f.name == n).unwrap().kind;
        assert_eq!(kind("ma"), "chuỗi");
        assert_eq!(kind("mot_cua"), "true/false");
        assert_eq!(
            kind("cap_thuc_hien"),
            "danh sách một trong: bo, tinh, xa, khac"
        );
        assert!(
            kind("phi_le_phi").contains("danh sách Phí, lệ phí"),
            "{}",
            kind("phi_le_phi")
        );
        assert!(
            kind("phi_le_phi").contains("\"khong\""),
            "{}",
            kind("phi_le_phi")
        );
        assert_eq!(kind("hieu_luc"), "ngày (YYYY-MM-DD) hoặc null");
    }
}
