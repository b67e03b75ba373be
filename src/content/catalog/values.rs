//! Small readers every part of a catalog uses: positions, dates, optional
//! texts, and the closed sets of words (keywords) an element may take.

use super::model::{Channel, FeeKind, Level, Online, Status, TimeUnit};
use crate::content::fields::{self, Element, Map, Sink, el, legal};
pub(super) use crate::content::fields::{date, opt_text};
use crate::content::yaml::Node;
use crate::msg::Msg;
use crate::msg::catalog::procedures as m;
use crate::t;

/// The legal elements of a procedure (NĐ 63/2010 Điều 8), for messages
/// such as "thiếu Căn cứ pháp lý (can_cu_phap_ly)".
/// The elements a posting must show: Nghị định 63/2010/NĐ-CP Điều 8 (as
/// amended by Nghị định 92/2017/NĐ-CP).
const ND_63: &str = "NĐ 63/2010/NĐ-CP Điều 8";

pub(super) const MA: Element = el("ma", "Mã thủ tục");
pub(super) const TEN: Element = legal("ten", "Tên thủ tục hành chính", ND_63);
pub(super) const LINH_VUC: Element = el("linh_vuc", "Lĩnh vực");
pub(super) const CAP: Element = el("cap_thuc_hien", "Cấp thực hiện");
pub(super) const DOI_TUONG: Element = legal("doi_tuong", "Đối tượng thực hiện", ND_63);
pub(super) const CO_QUAN: Element = legal("co_quan_thuc_hien", "Cơ quan thực hiện", ND_63);
pub(super) const TRINH_TU: Element = legal("trinh_tu", "Trình tự thực hiện", ND_63);
pub(super) const CACH_THUC: Element = legal("cach_thuc", "Cách thức thực hiện", ND_63);
pub(super) const THOI_HAN: Element = legal("thoi_han", "Thời hạn giải quyết", ND_63);
pub(super) const HO_SO: Element = legal("thanh_phan_ho_so", "Thành phần hồ sơ", ND_63);
pub(super) const KET_QUA: Element = legal("ket_qua", "Kết quả thực hiện", ND_63);
pub(super) const PHI: Element = legal("phi_le_phi", "Phí, lệ phí", ND_63);
pub(super) const MAU_DON: Element = legal("mau_don", "Mẫu đơn, mẫu tờ khai", ND_63);
pub(super) const DIEU_KIEN: Element =
    legal("yeu_cau_dieu_kien", "Yêu cầu, điều kiện thực hiện", ND_63);
pub(super) const CAN_CU: Element = legal("can_cu_phap_ly", "Căn cứ pháp lý", ND_63);
pub(super) const DVC: Element = el("dich_vu_cong_truc_tuyen", "Dịch vụ công trực tuyến");
pub(super) const QD: Element = el("quyet_dinh_cong_bo", "Quyết định công bố");
pub(super) const THU_TUC: Element = el("thu_tuc", "Danh sách thủ tục");

/// A bound on one file, so a runaway export cannot exhaust the build (and
/// one agency's posting board stays printable).
pub const MAX_PER_CATALOG: usize = 5_000;

/// A required text element.
pub(super) fn text(
    sink: &mut Sink,
    m: &mut Map,
    o: &str,
    e: Element,
    help: &str,
) -> Option<String> {
    m.req(sink, e, o, help)
        .and_then(|n| fields::nonempty_string(sink, n, e.key))
}

/// A required list of texts, not empty.
pub(super) fn texts(
    sink: &mut Sink,
    m: &mut Map,
    o: &str,
    e: Element,
    help: &str,
) -> Option<Vec<String>> {
    let n = m.req(sink, e, o, help)?;
    let before = sink.diags.len();
    let v = fields::strings(sink, n, e.key);
    // One message per blank: an empty item was reported already.
    if v.is_empty() && sink.diags.len() == before {
        sink.error(
            n,
            t!(m::EMPTY_LIST, element = e.name, key = e.key, owner = o),
            help.to_owned(),
        );
    }
    (!v.is_empty()).then_some(v)
}

pub(super) fn pos(n: &Node) -> (usize, usize) {
    (n.line, n.col)
}

/// A closed set of words an element takes (DESIGN §2.4). The reader and
/// the JSON Schema (`content::schema`) read the same table.
pub trait Keyword: Copy + 'static {
    /// The key it is written under, for messages.
    const KEY: &'static str;
    /// Each word, its value, and what it means (for the help line).
    const WORDS: &'static [(&'static str, Self, Msg)];

    fn words() -> Vec<&'static str> {
        Self::WORDS.iter().map(|w| w.0).collect()
    }
}

/// "a, b or c", each word as the officer types it.
fn or_list(words: &[&str]) -> String {
    let words: Vec<String> = words
        .iter()
        .map(|w| t!(m::KEYWORD_WORD, word = w))
        .collect();
    match words.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => t!(m::OR_LIST, first = rest.join(", "), last = last),
    }
}

/// The keyword written at `n`, or an error listing the words allowed.
pub(super) fn keyword<K: Keyword>(sink: &mut Sink, n: &Node) -> Option<K> {
    let word = n.as_str().map(str::trim);
    if let Some((_, k, _)) = K::WORDS.iter().find(|(w, _, _)| Some(*w) == word) {
        return Some(*k);
    }
    let help = K::WORDS
        .iter()
        .map(|(w, _, meaning)| t!(m::KEYWORD_MEANING, word = w, meaning = meaning.text()))
        .collect::<Vec<_>>()
        .join("; ");
    sink.error(
        n,
        t!(
            m::KEYWORD_MUST_BE,
            key = K::KEY,
            words = or_list(&K::words())
        ),
        help,
    );
    None
}

impl Keyword for Level {
    const KEY: &'static str = "cap_thuc_hien";
    const WORDS: &'static [(&'static str, Self, Msg)] = &[
        ("bo", Level::Bo, m::LEVEL_BO),
        ("tinh", Level::Tinh, m::LEVEL_TINH),
        ("xa", Level::Xa, m::LEVEL_XA),
        ("khac", Level::Khac, m::LEVEL_KHAC),
    ];
}

impl Keyword for Status {
    const KEY: &'static str = "trang_thai";
    const WORDS: &'static [(&'static str, Self, Msg)] = &[
        ("hieu_luc", Status::HieuLuc, m::STATUS_HIEU_LUC),
        ("sua_doi", Status::SuaDoi, m::STATUS_SUA_DOI),
        ("thay_the", Status::ThayThe, m::STATUS_THAY_THE),
        ("bai_bo", Status::BaiBo, m::STATUS_BAI_BO),
    ];
}

impl Keyword for Online {
    const KEY: &'static str = "dich_vu_cong_truc_tuyen";
    const WORDS: &'static [(&'static str, Self, Msg)] = &[
        ("toan_trinh", Online::ToanTrinh, m::ONLINE_TOAN_TRINH),
        ("mot_phan", Online::MotPhan, m::ONLINE_MOT_PHAN),
        ("khong", Online::Khong, m::ONLINE_KHONG),
    ];
}

impl Keyword for Channel {
    const KEY: &'static str = "hinh_thuc";
    const WORDS: &'static [(&'static str, Self, Msg)] = &[
        ("truc_tiep", Channel::TrucTiep, m::CHANNEL_TRUC_TIEP),
        ("truc_tuyen", Channel::TrucTuyen, m::CHANNEL_TRUC_TUYEN),
        ("buu_chinh", Channel::BuuChinh, m::CHANNEL_BUU_CHINH),
    ];
}

impl Keyword for TimeUnit {
    const KEY: &'static str = "don_vi";
    const WORDS: &'static [(&'static str, Self, Msg)] = &[
        (
            "ngay_lam_viec",
            TimeUnit::NgayLamViec,
            m::UNIT_NGAY_LAM_VIEC,
        ),
        ("ngay", TimeUnit::Ngay, m::UNIT_NGAY),
        ("gio", TimeUnit::Gio, m::UNIT_GIO),
        ("thang", TimeUnit::Thang, m::UNIT_THANG),
    ];
}

impl Keyword for FeeKind {
    const KEY: &'static str = "loai";
    const WORDS: &'static [(&'static str, Self, Msg)] = &[
        ("le_phi", FeeKind::LePhi, m::FEE_LE_PHI),
        ("phi", FeeKind::Phi, m::FEE_PHI),
        ("gia", FeeKind::Gia, m::FEE_GIA),
    ];
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn read<K: Keyword>(word: &str) -> (Option<K>, Vec<String>) {
        let node = crate::content::yaml::parse(word, 0).unwrap();
        let mut sink = Sink::new(Path::new("x.yaml"));
        let k = keyword::<K>(&mut sink, &node);
        (
            k,
            sink.diags
                .iter()
                .map(|d| format!("{} | {}", d.message, d.help.clone().unwrap_or_default()))
                .collect(),
        )
    }

    #[test]
    fn every_keyword_table_reads_its_words_and_names_them_when_wrong() {
        for (word, want) in [("bo", Level::Bo), ("xa", Level::Xa)] {
            assert_eq!(read::<Level>(word).0, Some(want));
        }
        assert_eq!(read::<Status>("sua_doi").0, Some(Status::SuaDoi));
        assert_eq!(read::<Online>("mot_phan").0, Some(Online::MotPhan));
        assert_eq!(read::<Channel>("buu_chinh").0, Some(Channel::BuuChinh));
        assert_eq!(read::<TimeUnit>("gio").0, Some(TimeUnit::Gio));
        assert_eq!(read::<FeeKind>("gia").0, Some(FeeKind::Gia));
        let (k, msgs) = read::<Channel>("fax");
        assert_eq!(k, None);
        assert_eq!(
            msgs,
            [
                "`hinh_thuc` phải là `truc_tiep`, `truc_tuyen` hoặc `buu_chinh` | `truc_tiep`: trực tiếp; `truc_tuyen`: trực tuyến; `buu_chinh`: qua dịch vụ bưu chính"
            ]
        );
        let (_, msgs) = read::<TimeUnit>("tuan");
        assert!(
            msgs[0].starts_with("`don_vi` phải là `ngay_lam_viec`, `ngay`, `gio` hoặc `thang`"),
            "{msgs:?}"
        );
    }
}
