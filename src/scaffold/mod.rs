//! `niemyet new` and `niemyet init`: content that is ready to fill and a
//! starter site that builds at once. Existing files are never overwritten.

use crate::msg::catalog::output as m;
use crate::t;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, Utc};

use crate::text::{date::vietnam, slugify};

#[derive(Debug, thiserror::Error)]
pub enum ScaffoldError {
    #[error("{}", t!(m::SCAFFOLD_EXISTS, path = .0.display()))]
    Exists(PathBuf),
    #[error("{}", t!(m::SCAFFOLD_NOT_EMPTY, path = .0.display()))]
    NotEmpty(PathBuf),
    #[error("{}", t!(m::SCAFFOLD_EMPTY_NAME, name = .0))]
    EmptyName(String),
    #[error("{}: {}", path.display(), crate::msg::io_error(source))]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

fn now() -> DateTime<FixedOffset> {
    Utc::now().with_timezone(&vietnam())
}

fn write_new(path: &Path, bytes: &[u8]) -> Result<(), ScaffoldError> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|source| ScaffoldError::Io {
            path: parent.to_path_buf(),
            source,
        })?;
    }
    // create_new: a second `new` with the same title must not clobber the first.
    use std::io::Write;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|source| match source.kind() {
            std::io::ErrorKind::AlreadyExists => ScaffoldError::Exists(path.to_path_buf()),
            _ => ScaffoldError::Io {
                path: path.to_path_buf(),
                source,
            },
        })?;
    f.write_all(bytes).map_err(|source| ScaffoldError::Io {
        path: path.to_path_buf(),
        source,
    })
}

fn yaml_string(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// `content/tin-tuc/<yyyy>/<slug>.md` with today's date (+07:00).
pub fn new_article(root: &Path, title: &str) -> Result<PathBuf, ScaffoldError> {
    let title = crate::text::clean(title.trim()).text;
    let slug = slugify(&title);
    if slug.is_empty() {
        return Err(ScaffoldError::EmptyName(title));
    }
    let now = now();
    let rel = PathBuf::from(format!("content/tin-tuc/{}/{slug}.md", now.format("%Y")));
    let text = format!(
        "---\n\
title: {}\n\
date: {}\n\
# Các mục dưới đây không bắt buộc: bỏ dấu # ở đầu dòng để dùng.\n\
# author: \"Tên tác giả\"\n\
# source: \"Báo …\"                 # hiện là \"Nguồn: …\"\n\
# category: \"Cải cách hành chính\"\n\
# tags: [\"CCHC\", \"một cửa\"]\n\
# summary: \"Tóm tắt một câu\"\n\
# image: \"tep/anh/ten-anh.jpg\"\n\
# image_alt: \"Mô tả ảnh cho người không nhìn thấy\"   # bắt buộc khi có image\n\
draft: true   # đổi thành false để xuất bản\n\
---\n\
\n\
Đoạn mở đầu: tóm tắt sự kiện trong một, hai câu.\n\
\n\
## Nội dung chính\n\
\n\
Viết nội dung bài ở đây.\n",
        yaml_string(&title),
        now.format("%Y-%m-%dT%H:%M:00%:z"),
    );
    write_new(&root.join(&rel), text.as_bytes())?;
    Ok(rel)
}

/// A catalog skeleton with every required element and what the law means by it.
pub fn new_catalog(root: &Path, name: &str) -> Result<PathBuf, ScaffoldError> {
    let slug = slugify(name);
    if slug.is_empty() {
        return Err(ScaffoldError::EmptyName(name.to_owned()));
    }
    let rel = PathBuf::from(format!("content/thu-tuc/{slug}.yaml"));
    let text = CATALOG_SKELETON.replace("TODAY", &now().format("%Y-%m-%d").to_string());
    write_new(&root.join(&rel), text.as_bytes())?;
    Ok(rel)
}

const CATALOG_SKELETON: &str = r#"# yaml-language-server: $schema=../../schemas/catalog.schema.json
# Danh mục thủ tục hành chính theo một quyết định công bố.
# Mỗi thủ tục phải có đủ các bộ phận theo Nghị định 63/2010/NĐ-CP Điều 8
# (sửa đổi bởi Nghị định 92/2017/NĐ-CP). Điền mọi chỗ trống: `niemyet check`
# báo từng chỗ còn trống. Bộ phận mà thủ tục thật sự không có (phí, mẫu đơn,
# yêu cầu, điều kiện) thì ghi `khong`: không có gì được điền sẵn thay bạn.
quyet_dinh_cong_bo:
  so: ""                     # số, ký hiệu quyết định công bố, ví dụ "1234/QĐ-UBND"
  ngay:                      # ngày ban hành (năm-tháng-ngày), ví dụ TODAY
  co_quan_ban_hanh: ""       # ví dụ "UBND tỉnh Ninh Bình"
  # hieu_luc: TODAY          # ngày có hiệu lực, nếu khác ngày ban hành
  # trich_yeu: ""            # trích yếu: "Về việc công bố danh mục thủ tục hành chính …"
  # tep: "tep/quyet-dinh/…pdf"   # văn bản quyết định đã ký (tệp phải có trong content/)
# co_quan: "UBND cấp xã"     # cơ quan thực hiện chung cho mọi thủ tục trong tệp
thu_tuc:
  - ma: ""                   # mã thủ tục trên Cơ sở dữ liệu quốc gia, dạng 1.001193
    ten: ""                  # tên thủ tục hành chính
    linh_vuc: ""             # lĩnh vực, ví dụ "Hộ tịch"
    cap_thuc_hien: []        # cấp thực hiện, ví dụ [xa]: bo, tinh, xa, khac (không còn cấp huyện từ 01/7/2025)
    # trang_thai: hieu_luc   # hieu_luc | sua_doi | thay_the (ghi thay_the_boi) | bai_bo
    doi_tuong: [""]          # đối tượng thực hiện: cá nhân, tổ chức nào được nộp
    co_quan_thuc_hien: ""    # cơ quan trực tiếp giải quyết
    trinh_tu:                # trình tự thực hiện: các bước theo thứ tự
      - "Bước 1: "
    cach_thuc:               # cách thức thực hiện: mỗi kênh nộp một dòng
      - hinh_thuc:           # truc_tiep | truc_tuyen | buu_chinh
    thoi_han: { so: 0, don_vi: ngay_lam_viec }   # thời hạn giải quyết (ngay_lam_viec | ngay | gio | thang)
    thanh_phan_ho_so:        # thành phần, số lượng hồ sơ
      - giay_to:
          - ten: ""
            # ban_chinh: 1       # số bản chính, số bản sao, nếu quyết định có nêu
            # ban_sao: 1
    ket_qua: [""]            # kết quả thực hiện thủ tục
    phi_le_phi:              # phí, lệ phí: danh sách { loai: le_phi | phi | gia, muc: số tiền }, hoặc khong
    mau_don:                 # mẫu đơn, tờ khai: danh sách { ten, tep: "tep/mau/…" }, hoặc khong
    yeu_cau_dieu_kien:       # yêu cầu, điều kiện: danh sách, hoặc khong
    can_cu_phap_ly:          # căn cứ pháp lý: ít nhất một văn bản
      - so_ky_hieu: ""       # số, ký hiệu văn bản, ví dụ "60/2014/QH13"
        # trich_yeu: ""      # trích yếu, ví dụ "Luật Hộ tịch"
    dich_vu_cong_truc_tuyen:         # toan_trinh | mot_phan (ghi ly_do_mot_phan) | khong
    # Không bắt buộc:
    # dia_diem_thuc_hien: [mot-cua-xa]   # nơi tiếp nhận: mã trong content/co-quan.yaml, hoặc ghi bằng chữ
    # hieu_luc: TODAY                    # ngày thủ tục có hiệu lực, nếu khác ngày hiệu lực của quyết định
    # noi_dung_sua_doi: ""               # khi trang_thai là sua_doi: nội dung được sửa đổi, bổ sung
    # quyet_dinh_noi_dung: { so: "", ngay: TODAY, co_quan_ban_hanh: "" }   # quyết định công bố nội dung,
    #                                    # khi quyết định trên chỉ công bố danh mục
    # dich_vu_cong_url: "https://…"      # trang nộp hồ sơ trực tuyến của thủ tục
"#;

/// Files of the starter site, relative to its root.
fn starter() -> Vec<(String, Vec<u8>)> {
    let today = now();
    let dated = |s: &str| {
        s.replace("DATE", &today.format("%Y-%m-%dT08:00:00+07:00").to_string())
            .into_bytes()
    };
    let year = today.format("%Y");
    vec![
        (
            "site.yaml".into(),
            include_bytes!("starter/site.yaml").to_vec(),
        ),
        (
            "content/co-quan.yaml".into(),
            include_bytes!("starter/co-quan.yaml").to_vec(),
        ),
        (
            "content/tu-viet-tat.yaml".into(),
            include_bytes!("starter/tu-viet-tat.yaml").to_vec(),
        ),
        (
            "content/trang/gioi-thieu.md".into(),
            include_bytes!("starter/gioi-thieu.md").to_vec(),
        ),
        (
            format!("content/tin-tuc/{year}/ket-qua-giai-quyet-tthc-quy-i.md"),
            dated(include_str!("starter/bai-mau-1.md")),
        ),
        (
            format!("content/tin-tuc/{year}/huong-dan-dang-ky-khai-sinh-truc-tuyen.md"),
            dated(include_str!("starter/bai-mau-2.md")),
        ),
        (
            "content/thu-tuc/danh-muc-mau.yaml".into(),
            include_bytes!("starter/danh-muc-mau.yaml").to_vec(),
        ),
        (
            "content/tep/mau/to-khai-khai-sinh.docx".into(),
            include_bytes!("starter/to-khai-khai-sinh.docx").to_vec(),
        ),
        (
            "schemas/catalog.schema.json".into(),
            crate::content::schema::catalog().into_bytes(),
        ),
        (
            "schemas/front-matter.schema.json".into(),
            crate::content::schema::front_matter().into_bytes(),
        ),
        // content/co-quan.yaml names it for editors' autocompletion.
        (
            "schemas/co-quan.schema.json".into(),
            crate::content::schema::registry().into_bytes(),
        ),
        // The replaced site waits beside the output until the next build.
        (
            ".gitignore".into(),
            b"public/\n.public.staging-*/\n.public.spare/\n".to_vec(),
        ),
    ]
}

/// A new site in `dir` (created, or an existing empty folder), with the
/// default theme copied in so it can be customised file by file.
pub fn init(dir: &Path) -> Result<Vec<String>, ScaffoldError> {
    if dir.exists() {
        let mut entries = std::fs::read_dir(dir).map_err(|source| ScaffoldError::Io {
            path: dir.to_path_buf(),
            source,
        })?;
        if entries.next().is_some() {
            return Err(ScaffoldError::NotEmpty(dir.to_path_buf()));
        }
    }
    // The built-in theme stays built in: a site overrides only the files
    // it copies into themes/<name>/, so later theme fixes reach it.
    let files = starter();
    for (rel, bytes) in &files {
        write_new(&dir.join(rel), bytes)?;
    }
    Ok(files.into_iter().map(|(p, _)| p).collect())
}
