//! JSON Schemas of the input formats (DESIGN §2.3–2.4), generated from these
//! shape types so editors autocomplete catalogs and flag errors as officers
//! type. The loader itself reads YAML with positions (see `catalog.rs`);
//! a test keeps `schemas/*.json` in step with these types.
#![allow(dead_code)]

use schemars::{JsonSchema, schema_for};

/// `khong` states that an element does not exist.
#[derive(JsonSchema)]
enum Khong {
    #[serde(rename = "khong")]
    Khong,
}

#[derive(JsonSchema)]
#[serde(untagged)]
enum ListOrKhong<T> {
    List(Vec<T>),
    Khong(Khong),
}

#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
enum Level {
    Bo,
    Tinh,
    Xa,
    Khac,
}

#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
enum Status {
    HieuLuc,
    SuaDoi,
    ThayThe,
    BaiBo,
}

#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
enum Channel {
    TrucTiep,
    TrucTuyen,
    BuuChinh,
}

#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
enum Unit {
    NgayLamViec,
    Ngay,
    Gio,
    Thang,
}

#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
enum Online {
    ToanTrinh,
    MotPhan,
    Khong,
}

#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
enum FeeKind {
    LePhi,
    Phi,
    Gia,
}

/// Một thời hạn: số và đơn vị.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
struct Duration {
    /// Số lượng (có thể là số thập phân, ví dụ 12.5).
    so: f64,
    don_vi: Unit,
    ghi_chu: Option<String>,
    /// Trường hợp áp dụng thời hạn này.
    truong_hop: Option<String>,
}

#[derive(JsonSchema)]
#[serde(untagged)]
enum TimeLimit {
    One(Duration),
    Cases(Vec<Duration>),
    Text(String),
}

#[derive(JsonSchema)]
#[serde(untagged)]
enum OneOrMany<T> {
    One(T),
    Many(Vec<T>),
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
struct Decision {
    /// Số, ký hiệu của quyết định công bố, ví dụ "1234/QĐ-UBND".
    so: String,
    /// Ngày ban hành (YYYY-MM-DD).
    #[schemars(regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    ngay: String,
    co_quan_ban_hanh: String,
    #[schemars(regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    hieu_luc: Option<String>,
    /// Trích yếu của quyết định.
    trich_yeu: Option<String>,
    /// Tệp quyết định đã ký, tính từ content/ (tệp phải tồn tại).
    tep: Option<String>,
}

/// Quyết định công bố nội dung thủ tục (khi quyết định của tệp chỉ công bố danh mục).
#[derive(JsonSchema)]
struct ContentDecision {
    so: String,
    #[schemars(regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    ngay: Option<String>,
    co_quan_ban_hanh: Option<String>,
    trich_yeu: Option<String>,
}

#[derive(JsonSchema)]
struct Method {
    hinh_thuc: Channel,
    truong_hop: Option<String>,
    thoi_han: Option<Duration>,
    phi_le_phi: Option<String>,
    mo_ta: Option<String>,
}

#[derive(JsonSchema)]
struct Document {
    ten: String,
    ban_chinh: Option<u32>,
    ban_sao: Option<u32>,
    ghi_chu: Option<String>,
    /// Đường dẫn tệp mẫu, tính từ content/ (tệp phải tồn tại).
    mau: Option<String>,
}

#[derive(JsonSchema)]
#[serde(untagged)]
enum DocumentOrName {
    Full(Document),
    Name(String),
}

#[derive(JsonSchema)]
struct DossierCase {
    truong_hop: Option<String>,
    giay_to: Vec<DocumentOrName>,
}

#[derive(JsonSchema)]
struct Fee {
    loai: FeeKind,
    /// Mức thu, đồng.
    muc: Option<f64>,
    mo_ta: Option<String>,
}

#[derive(JsonSchema)]
struct Form {
    ten: String,
    /// Đường dẫn tệp, tính từ content/ (tệp phải tồn tại).
    tep: Option<String>,
}

#[derive(JsonSchema)]
#[serde(untagged)]
enum FormOrName {
    Full(Form),
    Name(String),
}

#[derive(JsonSchema)]
struct LegalBasis {
    so_ky_hieu: String,
    trich_yeu: Option<String>,
    #[schemars(regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    ngay_ban_hanh: Option<String>,
    co_quan_ban_hanh: Option<String>,
}

#[derive(JsonSchema)]
#[serde(untagged)]
enum BasisOrNumber {
    Full(LegalBasis),
    Number(String),
}

/// Một thủ tục hành chính với đủ các bộ phận theo NĐ 63/2010 Điều 8.
#[derive(JsonSchema)]
struct Procedure {
    /// Mã thủ tục: D.DDDDDD, có thể ở dạng dài như 1.001193.000.00.00.H42.
    #[schemars(regex(pattern = r"^\d\.\d{6}(\.[0-9A-Za-z]+)*$"))]
    ma: String,
    /// Tên thủ tục hành chính.
    ten: String,
    /// Lĩnh vực.
    linh_vuc: String,
    /// Cấp thực hiện (không còn cấp huyện từ 01/7/2025).
    cap_thuc_hien: OneOrMany<Level>,
    trang_thai: Option<Status>,
    /// Bắt buộc khi trang_thai là thay_the: mã thủ tục thay thế.
    thay_the_boi: Option<String>,
    /// Đối tượng thực hiện.
    doi_tuong: OneOrMany<String>,
    /// Cơ quan thực hiện (bắt buộc nếu tệp không khai báo co_quan).
    co_quan_thuc_hien: Option<String>,
    co_quan_co_tham_quyen: Option<String>,
    co_quan_phoi_hop: Option<OneOrMany<String>>,
    /// Trình tự thực hiện: các bước theo thứ tự.
    trinh_tu: Vec<String>,
    /// Cách thức thực hiện: mỗi kênh nộp một dòng.
    cach_thuc: Vec<Method>,
    /// Thời hạn giải quyết.
    thoi_han: TimeLimit,
    /// Thời hạn theo quy định, để thống kê cắt giảm.
    thoi_han_luat_dinh: Option<Duration>,
    /// Thành phần hồ sơ.
    thanh_phan_ho_so: Vec<DossierCase>,
    so_luong_ho_so: Option<String>,
    /// Kết quả thực hiện.
    ket_qua: OneOrMany<String>,
    /// Phí, lệ phí: danh sách hoặc khong.
    phi_le_phi: ListOrKhong<Fee>,
    /// Mẫu đơn, mẫu tờ khai: danh sách hoặc khong.
    mau_don: ListOrKhong<FormOrName>,
    /// Yêu cầu, điều kiện: danh sách hoặc khong.
    yeu_cau_dieu_kien: ListOrKhong<String>,
    /// Căn cứ pháp lý: ít nhất một văn bản.
    can_cu_phap_ly: Vec<BasisOrNumber>,
    /// Mức độ cung cấp dịch vụ công trực tuyến.
    dich_vu_cong_truc_tuyen: Online,
    /// Lý do chỉ cung cấp trực tuyến một phần (NĐ 224/2026 Điều 14).
    ly_do_mot_phan: Option<String>,
    /// Mức độ cũ 1–4, chỉ cho danh mục cũ.
    #[schemars(range(min = 1, max = 4))]
    muc_do: Option<u8>,
    mot_cua: Option<bool>,
    lien_thong: Option<bool>,
    /// Từ khóa tìm kiếm.
    tu_khoa: Option<Vec<String>>,
    /// Địa điểm thực hiện: mã nơi tiếp nhận trong co-quan.yaml, hoặc văn bản.
    dia_diem_thuc_hien: Option<OneOrMany<String>>,
    /// Ngày có hiệu lực của thủ tục, khi khác ngày hiệu lực của quyết định.
    #[schemars(regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    hieu_luc: Option<String>,
    /// Nội dung sửa đổi, bổ sung (khi trang_thai là sua_doi).
    noi_dung_sua_doi: Option<String>,
    quyet_dinh_noi_dung: Option<ContentDecision>,
    /// Địa chỉ trang nộp hồ sơ trực tuyến của thủ tục (http/https).
    dich_vu_cong_url: Option<String>,
}

/// Danh mục thủ tục hành chính theo một quyết định công bố (content/thu-tuc/*.yaml).
#[derive(JsonSchema)]
struct Catalog {
    quyet_dinh_cong_bo: Decision,
    /// Cơ quan thực hiện mặc định cho các thủ tục trong tệp.
    co_quan: Option<String>,
    thu_tuc: Vec<Procedure>,
}

/// Một cơ quan giải quyết thủ tục hành chính.
#[derive(JsonSchema)]
struct Agency {
    /// Mã định danh: chữ thường không dấu, số, dấu gạch nối.
    #[schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"))]
    id: String,
    ten: String,
    cap: Level,
    /// Cơ quan cấp trên: dòng đầu tiêu đề bảng niêm yết.
    cap_tren: Option<String>,
    /// Các cách viết khác trong danh mục (so khớp không phân biệt hoa thường, dấu, khoảng trắng).
    ten_goi_khac: Option<Vec<String>>,
    /// Mã cơ quan trên Cổng Dịch vụ công quốc gia.
    ma_dvc: Option<Vec<String>>,
    /// Ngày cơ quan ngừng hoạt động.
    #[schemars(regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    ngung_hoat_dong: Option<String>,
}

/// Một nơi tiếp nhận hồ sơ; bảng niêm yết của nơi này ở /niem-yet/<id>/.
#[derive(JsonSchema)]
struct Place {
    #[schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"))]
    id: String,
    ten: String,
    dia_chi: String,
    dien_thoai: Option<String>,
    gio_lam_viec: Option<String>,
    /// Mã các cơ quan có thủ tục được tiếp nhận tại đây.
    co_quan: Vec<String>,
}

/// Cơ quan và nơi tiếp nhận hồ sơ (content/co-quan.yaml).
#[derive(JsonSchema)]
struct Registry {
    co_quan: Vec<Agency>,
    noi_tiep_nhan: Option<Vec<Place>>,
}

/// Front matter của tin bài (content/tin-tuc/**/*.md).
#[derive(JsonSchema)]
struct FrontMatter {
    title: String,
    /// 2021-10-05T22:34:00+07:00, hoặc chỉ ngày (00:00 giờ Việt Nam).
    date: String,
    updated: Option<String>,
    author: Option<String>,
    source: Option<String>,
    category: Option<String>,
    tags: Option<Vec<String>>,
    summary: Option<String>,
    image: Option<String>,
    /// Bắt buộc khi có image.
    image_alt: Option<String>,
    slug: Option<String>,
    draft: Option<bool>,
    aliases: Option<Vec<String>>,
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
