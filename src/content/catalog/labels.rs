//! The words the portal shows for the catalog's enumerations: one place,
//! read by pages, statistics, search results and open data alike.

use super::model::{Channel, FeeKind, Online, Status};

impl Channel {
    pub fn label(self) -> &'static str {
        match self {
            Channel::TrucTiep => "Trực tiếp",
            Channel::TrucTuyen => "Trực tuyến",
            Channel::BuuChinh => "Dịch vụ bưu chính",
        }
    }
}

impl Online {
    pub fn label(self) -> &'static str {
        match self {
            Online::ToanTrinh => "Toàn trình",
            Online::MotPhan => "Một phần",
            Online::Khong => "Không",
        }
    }

    /// The element as a sentence on a procedure page.
    pub fn sentence(self) -> &'static str {
        match self {
            Online::ToanTrinh => "Dịch vụ công trực tuyến toàn trình",
            Online::MotPhan => "Dịch vụ công trực tuyến một phần",
            Online::Khong => "Chưa cung cấp dịch vụ công trực tuyến",
        }
    }
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::HieuLuc => "Đang có hiệu lực",
            Status::SuaDoi => "Đã được sửa đổi, bổ sung",
            Status::ThayThe => "Đã được thay thế",
            Status::BaiBo => "Đã bị bãi bỏ",
        }
    }
}

impl FeeKind {
    pub fn label(self) -> &'static str {
        match self {
            FeeKind::LePhi => "Lệ phí",
            FeeKind::Phi => "Phí",
            FeeKind::Gia => "Giá dịch vụ",
        }
    }
}
