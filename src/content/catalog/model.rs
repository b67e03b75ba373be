//! The procedure catalog model (DESIGN §2.4): decisions, procedures and
//! their legal elements, as loaded; no reading and no HTML here.

use std::path::PathBuf;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Serialize, Serializer};

/// Quyết định công bố — the decision that adds, amends, replaces or
/// abolishes procedures.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Decision {
    /// Số, ký hiệu, e.g. "1234/QĐ-UBND".
    pub so: String,
    pub ngay: NaiveDate,
    pub co_quan_ban_hanh: String,
    pub hieu_luc: Option<NaiveDate>,
    /// Trích yếu: the decision's title.
    pub trich_yeu: Option<String>,
    /// The signed decision, relative to `content/`.
    pub tep: Option<String>,
    #[serde(skip)]
    pub tep_pos: (usize, usize),
}

/// The decision that published a procedure's full content when the
/// catalog's own decision only announces a list (provincial practice: the
/// Chairman lists, a ministry's decision holds the content).
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ContentDecision {
    pub so: String,
    pub ngay: Option<NaiveDate>,
    pub co_quan_ban_hanh: Option<String>,
    pub trich_yeu: Option<String>,
}

/// Keys added in 2026-12 (DESIGN §2.4): where and from when a procedure is
/// posted, what an amendment changed, and where to apply online.
#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct Posting {
    /// Địa điểm thực hiện: place ids of `co-quan.yaml` or plain text.
    pub dia_diem_thuc_hien: Vec<String>,
    /// Effective date when it differs from the decision's.
    pub hieu_luc: Option<NaiveDate>,
    /// What an amendment changed (trang_thai: sua_doi).
    pub noi_dung_sua_doi: Option<String>,
    pub quyet_dinh_noi_dung: Option<ContentDecision>,
    /// This procedure's page on an online-service portal.
    pub dich_vu_cong_url: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Catalog {
    /// Relative to the site root.
    pub file: PathBuf,
    pub decision: Decision,
    pub procedures: Vec<Procedure>,
    /// What could be read of procedures too broken to load: the rules
    /// across files still see them, so every problem shows in one run and
    /// one error does not cascade into "points to nothing" errors.
    pub partial: Vec<Partial>,
    /// `draft: true`: not published (shown by `serve`, built with --drafts).
    pub draft: bool,
}

impl Catalog {
    /// The effective date the catalog states for `p`: its own, else the
    /// decision's. Pages print only this: nothing the content did not say.
    pub fn stated_effective(&self, p: &Procedure) -> Option<NaiveDate> {
        p.posting.hieu_luc.or(self.decision.hieu_luc)
    }

    /// For rules (a stopped agency): the stated date, else the day the
    /// decision was signed.
    pub fn effective(&self, p: &Procedure) -> NaiveDate {
        self.stated_effective(p).unwrap_or(self.decision.ngay)
    }
}

/// The facts of a procedure that failed to load, for the rules that look
/// across procedures and files (codes, replacements, forms, online).
#[derive(Debug, Clone, Serialize)]
pub struct Partial {
    pub ma: Option<String>,
    pub trang_thai: Option<Status>,
    pub thay_the_boi: Option<String>,
    pub dich_vu_cong_truc_tuyen: Option<Online>,
    pub has_ly_do_mot_phan: bool,
    /// Form files named (path, where, which key).
    pub files: Vec<(String, (usize, usize), &'static str)>,
    pub spans: Spans,
}

/// Cấp thực hiện. There is no district level since 01/7/2025.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Bo,
    Tinh,
    Xa,
    Khac,
}

impl Level {
    pub const ALL: [Level; 4] = [Level::Bo, Level::Tinh, Level::Xa, Level::Khac];

    pub fn key(self) -> &'static str {
        match self {
            Level::Bo => "bo",
            Level::Tinh => "tinh",
            Level::Xa => "xa",
            Level::Khac => "khac",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Level::Bo => "Cấp bộ",
            Level::Tinh => "Cấp tỉnh",
            Level::Xa => "Cấp xã",
            Level::Khac => "Cơ quan khác",
        }
    }
}

/// Trạng thái of a procedure in its decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    HieuLuc,
    SuaDoi,
    ThayThe,
    BaiBo,
}

impl Status {
    /// Current procedures are the ones posted.
    pub fn is_current(self) -> bool {
        matches!(self, Status::HieuLuc | Status::SuaDoi)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    TrucTiep,
    TrucTuyen,
    BuuChinh,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TimeUnit {
    NgayLamViec,
    Ngay,
    Gio,
    Thang,
}

impl TimeUnit {
    pub fn name(self) -> &'static str {
        match self {
            TimeUnit::NgayLamViec => "ngày làm việc",
            TimeUnit::Ngay => "ngày",
            TimeUnit::Gio => "giờ",
            TimeUnit::Thang => "tháng",
        }
    }
}

/// A duration such as "03 ngày làm việc kể từ ngày nhận đủ hồ sơ".
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct TimeLimit {
    pub so: Option<f64>,
    pub don_vi: Option<TimeUnit>,
    pub ghi_chu: Option<String>,
    pub truong_hop: Option<String>,
    /// A plain-text duration, when the catalog gives one.
    pub van_ban: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Online {
    ToanTrinh,
    MotPhan,
    Khong,
}

/// Cách thức thực hiện — one channel (and sub-case) of submission.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Method {
    pub hinh_thuc: Channel,
    pub truong_hop: Option<String>,
    pub thoi_han: Option<TimeLimit>,
    pub phi_le_phi: Option<String>,
    pub mo_ta: Option<String>,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Document {
    pub ten: String,
    pub ban_chinh: Option<u32>,
    pub ban_sao: Option<u32>,
    pub ghi_chu: Option<String>,
    /// Path relative to `content/`.
    pub mau: Option<String>,
    /// Where `mau` was written.
    #[serde(skip)]
    pub pos: (usize, usize),
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct DossierCase {
    pub truong_hop: Option<String>,
    pub giay_to: Vec<Document>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FeeKind {
    LePhi,
    Phi,
    Gia,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Fee {
    pub loai: FeeKind,
    pub muc: Option<f64>,
    pub mo_ta: Option<String>,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Form {
    pub ten: String,
    pub tep: Option<String>,
    /// Where `tep` was written.
    #[serde(skip)]
    pub pos: (usize, usize),
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct LegalBasis {
    pub so_ky_hieu: String,
    pub trich_yeu: Option<String>,
    pub ngay_ban_hanh: Option<NaiveDate>,
    pub co_quan_ban_hanh: Option<String>,
}

/// Where in the file a procedure and some of its values were written.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Spans {
    pub item: (usize, usize),
    pub ma: (usize, usize),
    pub cap_thuc_hien: (usize, usize),
    pub thay_the_boi: (usize, usize),
    pub dich_vu_cong_truc_tuyen: (usize, usize),
    pub co_quan_thuc_hien: (usize, usize),
    pub dia_diem_thuc_hien: (usize, usize),
    pub hieu_luc: (usize, usize),
    pub thanh_phan_ho_so: (usize, usize),
}

/// Thủ tục hành chính with every element of NĐ 63/2010 Điều 8.
/// `None` in an optional-by-law element (fees, forms, conditions) means
/// the catalog stated `khong`.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Procedure {
    pub ma: String,
    pub ten: String,
    pub linh_vuc: String,
    pub cap_thuc_hien: Vec<Level>,
    pub trang_thai: Status,
    pub thay_the_boi: Option<String>,
    pub doi_tuong: Vec<String>,
    pub co_quan_thuc_hien: String,
    pub co_quan_co_tham_quyen: Option<String>,
    pub co_quan_phoi_hop: Vec<String>,
    pub trinh_tu: Vec<String>,
    pub cach_thuc: Vec<Method>,
    pub thoi_han: Vec<TimeLimit>,
    pub thoi_han_luat_dinh: Option<TimeLimit>,
    pub thanh_phan_ho_so: Vec<DossierCase>,
    pub so_luong_ho_so: Option<String>,
    pub ket_qua: Vec<String>,
    #[serde(serialize_with = "khong_or")]
    #[schemars(with = "crate::content::schema::ListOrKhong<Fee>")]
    pub phi_le_phi: Option<Vec<Fee>>,
    #[serde(serialize_with = "khong_or")]
    #[schemars(with = "crate::content::schema::ListOrKhong<Form>")]
    pub mau_don: Option<Vec<Form>>,
    #[serde(serialize_with = "khong_or")]
    #[schemars(with = "crate::content::schema::ListOrKhong<String>")]
    pub yeu_cau_dieu_kien: Option<Vec<String>>,
    pub can_cu_phap_ly: Vec<LegalBasis>,
    pub dich_vu_cong_truc_tuyen: Online,
    pub ly_do_mot_phan: Option<String>,
    pub muc_do: Option<u8>,
    pub mot_cua: bool,
    pub lien_thong: bool,
    pub tu_khoa: Vec<String>,
    #[serde(flatten)]
    pub posting: Posting,
    #[serde(skip)]
    pub spans: Spans,
}

/// Open data writes an element the catalog stated as `khong` as the word
/// itself, as the catalog does: `null` would read as "not stated".
fn khong_or<S: Serializer, T: Serialize>(v: &Option<T>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(v) => v.serialize(s),
        None => s.serialize_str("khong"),
    }
}
