//! JSON Schemas of the input formats (DESIGN §2.3–2.4), generated from these
//! shape types so editors autocomplete catalogs and flag errors as officers
//! type. The loader itself reads YAML with positions (see `catalog.rs`);
//! a test keeps `schemas/*.json` in step with these types.

use std::borrow::Cow;
use std::marker::PhantomData;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema, schema_for};

use super::catalog::{self, Keyword};

/// One of the words of a keyword table (`content::catalog::Keyword`): the
/// schema lists the very words the reader accepts.
pub struct Word<K>(PhantomData<K>);

impl<K: Keyword> JsonSchema for Word<K> {
    fn schema_name() -> Cow<'static, str> {
        K::KEY.into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "enum": K::words() })
    }
}

type Level = Word<catalog::Level>;
type Status = Word<catalog::Status>;
type Channel = Word<catalog::Channel>;
type Unit = Word<catalog::TimeUnit>;
type Online = Word<catalog::Online>;
type FeeKind = Word<catalog::FeeKind>;

/// `khong` states that an element does not exist.
#[derive(JsonSchema)]
pub enum Khong {
    #[serde(rename = "khong")]
    Khong,
}

#[derive(JsonSchema)]
#[serde(untagged)]
pub enum ListOrKhong<T> {
    List(Vec<T>),
    Khong(Khong),
}

/// Một thời hạn: số và đơn vị.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Duration {
    /// Số lượng (có thể là số thập phân, ví dụ 12.5).
    pub so: f64,
    pub don_vi: Unit,
    pub ghi_chu: Option<String>,
    /// Trường hợp áp dụng thời hạn này.
    pub truong_hop: Option<String>,
}

#[derive(JsonSchema)]
#[serde(untagged)]
pub enum TimeLimit {
    One(Duration),
    Cases(Vec<Duration>),
    Text(String),
}

#[derive(JsonSchema)]
#[serde(untagged)]
pub enum OneOrMany<T> {
    One(T),
    Many(Vec<T>),
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Decision {
    /// Số, ký hiệu của quyết định công bố, ví dụ "1234/QĐ-UBND".
    pub so: String,
    /// Ngày ban hành (YYYY-MM-DD).
    #[schemars(regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    pub ngay: String,
    pub co_quan_ban_hanh: String,
    #[schemars(regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    pub hieu_luc: Option<String>,
    /// Trích yếu của quyết định.
    pub trich_yeu: Option<String>,
    /// Tệp quyết định đã ký, tính từ content/ (tệp phải tồn tại).
    pub tep: Option<String>,
}

/// Quyết định công bố nội dung thủ tục (khi quyết định của tệp chỉ công bố danh mục).
#[derive(JsonSchema)]
pub struct ContentDecision {
    pub so: String,
    #[schemars(regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    pub ngay: Option<String>,
    pub co_quan_ban_hanh: Option<String>,
    pub trich_yeu: Option<String>,
}

#[derive(JsonSchema)]
pub struct Method {
    pub hinh_thuc: Channel,
    pub truong_hop: Option<String>,
    pub thoi_han: Option<Duration>,
    pub phi_le_phi: Option<String>,
    pub mo_ta: Option<String>,
}

#[derive(JsonSchema)]
pub struct Document {
    pub ten: String,
    pub ban_chinh: Option<u32>,
    pub ban_sao: Option<u32>,
    pub ghi_chu: Option<String>,
    /// Đường dẫn tệp mẫu, tính từ content/ (tệp phải tồn tại).
    pub mau: Option<String>,
}

#[derive(JsonSchema)]
#[serde(untagged)]
pub enum DocumentOrName {
    Full(Document),
    Name(String),
}

#[derive(JsonSchema)]
pub struct DossierCase {
    pub truong_hop: Option<String>,
    pub giay_to: Vec<DocumentOrName>,
}

#[derive(JsonSchema)]
pub struct Fee {
    pub loai: FeeKind,
    /// Mức thu, đồng.
    pub muc: Option<f64>,
    pub mo_ta: Option<String>,
}

#[derive(JsonSchema)]
pub struct Form {
    pub ten: String,
    /// Đường dẫn tệp, tính từ content/ (tệp phải tồn tại).
    pub tep: Option<String>,
}

#[derive(JsonSchema)]
#[serde(untagged)]
pub enum FormOrName {
    Full(Form),
    Name(String),
}

#[derive(JsonSchema)]
pub struct LegalBasis {
    pub so_ky_hieu: String,
    pub trich_yeu: Option<String>,
    #[schemars(regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    pub ngay_ban_hanh: Option<String>,
    pub co_quan_ban_hanh: Option<String>,
}

#[derive(JsonSchema)]
#[serde(untagged)]
pub enum BasisOrNumber {
    Full(LegalBasis),
    Number(String),
}

/// Một thủ tục hành chính với đủ các bộ phận theo NĐ 63/2010 Điều 8.
#[derive(JsonSchema)]
pub struct Procedure {
    /// Mã thủ tục: D.DDDDDD, có thể ở dạng dài như 1.001193.000.00.00.H42.
    #[schemars(regex(pattern = r"^\d\.\d{6}(\.[0-9A-Za-z]+)*$"))]
    pub ma: String,
    /// Tên thủ tục hành chính.
    pub ten: String,
    /// Lĩnh vực.
    pub linh_vuc: String,
    /// Cấp thực hiện (không còn cấp huyện từ 01/7/2025).
    pub cap_thuc_hien: OneOrMany<Level>,
    pub trang_thai: Option<Status>,
    /// Bắt buộc khi trang_thai là thay_the: mã thủ tục thay thế.
    pub thay_the_boi: Option<String>,
    /// Đối tượng thực hiện.
    pub doi_tuong: OneOrMany<String>,
    /// Cơ quan thực hiện (bắt buộc nếu tệp không khai báo co_quan).
    pub co_quan_thuc_hien: Option<String>,
    pub co_quan_co_tham_quyen: Option<String>,
    pub co_quan_phoi_hop: Option<OneOrMany<String>>,
    /// Trình tự thực hiện: các bước theo thứ tự.
    pub trinh_tu: Vec<String>,
    /// Cách thức thực hiện: mỗi kênh nộp một dòng.
    pub cach_thuc: Vec<Method>,
    /// Thời hạn giải quyết.
    pub thoi_han: TimeLimit,
    /// Thời hạn theo quy định, để thống kê cắt giảm.
    pub thoi_han_luat_dinh: Option<Duration>,
    /// Thành phần hồ sơ.
    pub thanh_phan_ho_so: Vec<DossierCase>,
    pub so_luong_ho_so: Option<String>,
    /// Kết quả thực hiện.
    pub ket_qua: OneOrMany<String>,
    /// Phí, lệ phí: danh sách hoặc khong.
    pub phi_le_phi: ListOrKhong<Fee>,
    /// Mẫu đơn, mẫu tờ khai: danh sách hoặc khong.
    pub mau_don: ListOrKhong<FormOrName>,
    /// Yêu cầu, điều kiện: danh sách hoặc khong.
    pub yeu_cau_dieu_kien: ListOrKhong<String>,
    /// Căn cứ pháp lý: ít nhất một văn bản.
    pub can_cu_phap_ly: Vec<BasisOrNumber>,
    /// Mức độ cung cấp dịch vụ công trực tuyến.
    pub dich_vu_cong_truc_tuyen: Online,
    /// Lý do chỉ cung cấp trực tuyến một phần (NĐ 224/2026 Điều 14).
    pub ly_do_mot_phan: Option<String>,
    /// Mức độ cũ 1–4, chỉ cho danh mục cũ.
    #[schemars(range(min = 1, max = 4))]
    pub muc_do: Option<u8>,
    pub mot_cua: Option<bool>,
    pub lien_thong: Option<bool>,
    /// Từ khóa tìm kiếm.
    pub tu_khoa: Option<Vec<String>>,
    /// Địa điểm thực hiện: mã nơi tiếp nhận trong co-quan.yaml, hoặc văn bản.
    pub dia_diem_thuc_hien: Option<OneOrMany<String>>,
    /// Ngày có hiệu lực của thủ tục, khi khác ngày hiệu lực của quyết định.
    #[schemars(regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    pub hieu_luc: Option<String>,
    /// Nội dung sửa đổi, bổ sung (khi trang_thai là sua_doi).
    pub noi_dung_sua_doi: Option<String>,
    pub quyet_dinh_noi_dung: Option<ContentDecision>,
    /// Địa chỉ trang nộp hồ sơ trực tuyến của thủ tục (http/https).
    pub dich_vu_cong_url: Option<String>,
}

/// Danh mục thủ tục hành chính theo một quyết định công bố (content/thu-tuc/*.yaml).
#[derive(JsonSchema)]
pub struct Catalog {
    pub quyet_dinh_cong_bo: Decision,
    /// Cơ quan thực hiện mặc định cho các thủ tục trong tệp.
    pub co_quan: Option<String>,
    /// Bản nháp: không công bố (vẫn hiện khi xem trước bằng `niemyet serve`).
    pub draft: Option<bool>,
    pub thu_tuc: Vec<Procedure>,
}

/// Một cơ quan giải quyết thủ tục hành chính.
#[derive(JsonSchema)]
pub struct Agency {
    /// Mã định danh: chữ thường không dấu, số, dấu gạch nối.
    #[schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"))]
    pub id: String,
    pub ten: String,
    pub cap: Level,
    /// Cơ quan cấp trên: dòng đầu tiêu đề bảng niêm yết.
    pub cap_tren: Option<String>,
    /// Các cách viết khác trong danh mục (so khớp không phân biệt hoa thường, dấu, khoảng trắng).
    pub ten_goi_khac: Option<Vec<String>>,
    /// Mã cơ quan trên Cổng Dịch vụ công quốc gia.
    pub ma_dvc: Option<Vec<String>>,
    /// Ngày cơ quan ngừng hoạt động.
    #[schemars(regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    pub ngung_hoat_dong: Option<String>,
}

/// Một nơi tiếp nhận hồ sơ; bảng niêm yết của nơi này ở /niem-yet/<id>/.
#[derive(JsonSchema)]
pub struct Place {
    #[schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"))]
    pub id: String,
    pub ten: String,
    pub dia_chi: String,
    pub dien_thoai: Option<String>,
    pub gio_lam_viec: Option<String>,
    /// Mã các cơ quan có thủ tục được tiếp nhận tại đây.
    pub co_quan: Vec<String>,
}

/// Cơ quan và nơi tiếp nhận hồ sơ (content/co-quan.yaml).
#[derive(JsonSchema)]
pub struct Registry {
    pub co_quan: Vec<Agency>,
    pub noi_tiep_nhan: Option<Vec<Place>>,
}

/// Front matter của tin bài (content/tin-tuc/**/*.md).
#[derive(JsonSchema)]
pub struct FrontMatter {
    pub title: String,
    /// 2021-10-05T22:34:00+07:00, hoặc chỉ ngày (00:00 giờ Việt Nam).
    pub date: String,
    pub updated: Option<String>,
    pub author: Option<String>,
    pub source: Option<String>,
    pub category: Option<String>,
    pub tags: Option<Vec<String>>,
    pub summary: Option<String>,
    pub image: Option<String>,
    /// Bắt buộc khi có image.
    pub image_alt: Option<String>,
    pub slug: Option<String>,
    pub draft: Option<bool>,
    pub aliases: Option<Vec<String>>,
}

pub fn catalog() -> String {
    serde_json::to_string_pretty(&schema_for!(Catalog)).expect("schema serialises") + "\n"
}

pub fn registry() -> String {
    serde_json::to_string_pretty(&schema_for!(Registry)).expect("schema serialises") + "\n"
}

pub fn front_matter() -> String {
    serde_json::to_string_pretty(&schema_for!(FrontMatter)).expect("schema serialises") + "\n"
}

#[cfg(test)]
mod tests {
    /// The shipped schemas match the types; `UPDATE_SCHEMAS=1 cargo test`
    /// rewrites them after a change.
    #[test]
    fn shipped_schemas_are_current() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas");
        for (name, text) in [
            ("catalog.schema.json", super::catalog()),
            ("front-matter.schema.json", super::front_matter()),
            ("co-quan.schema.json", super::registry()),
        ] {
            let path = dir.join(name);
            if std::env::var_os("UPDATE_SCHEMAS").is_some() {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(&path, &text).unwrap();
            }
            let shipped = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                shipped == text,
                "{name} is out of date: run UPDATE_SCHEMAS=1 cargo test"
            );
        }
    }
}
