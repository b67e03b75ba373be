//! Messages: rules across files — procedures, images, links.

crate::messages! {
    NO_FEEDBACK {
        vi: "thiếu địa chỉ tiếp nhận phản ánh, kiến nghị (feedback): trang có niêm yết thủ tục nhưng site.yaml không có khối `feedback:`",
        en: "missing the address for feedback and petitions (feedback): procedures are posted but site.yaml has no `feedback:` block",
    }
    NO_FEEDBACK_HELP {
        vi: "thêm `feedback:` với agency, address, postal_address, phone, email và website (NĐ 20/2008 Điều 13)",
        en: "add `feedback:` with agency, address, postal_address, phone, email and website (NĐ 20/2008 Điều 13)",
    }
    CODE_TWICE {
        vi: "mã thủ tục {ma} được niêm yết hai lần như đang có hiệu lực (cũng ở {other})",
        en: "mã thủ tục {ma} is posted twice as current (also at {other})",
    }
    CODE_TWICE_HELP {
        vi: "mỗi mã chỉ có hiệu lực một lần: ghi `trang_thai: thay_the` hoặc `bai_bo` cho bản cũ, hoặc bỏ nó đi",
        en: "a code may be current once: mark the older record `trang_thai: thay_the` or `bai_bo`, or remove it",
    }
    BAD_CODE {
        vi: "mã thủ tục `{ma}` không đúng dạng mã của Cơ sở dữ liệu quốc gia về thủ tục hành chính",
        en: "mã thủ tục `{ma}` is not a national procedure code",
    }
    BAD_CODE_HELP {
        vi: "viết như trong Cơ sở dữ liệu quốc gia: một chữ số, dấu chấm, sáu chữ số, ví dụ \"1.001193\" (dạng dài như 1.001193.000.00.00.H42 cũng được)",
        en: "write it as on the national database: one digit, a dot, six digits, e.g. \"1.001193\" (a long form such as 1.001193.000.00.00.H42 is accepted)",
    }
    REPLACED_BY_NONE {
        vi: "thủ tục {ma} ghi `thay_the` (đã được thay thế) nhưng không nói thủ tục nào thay thế",
        en: "procedure {ma} is `thay_the` (replaced) but does not say by which procedure",
    }
    REPLACED_BY_NONE_HELP {
        vi: "thêm `thay_the_boi: \"<mã thủ tục mới>\"`",
        en: "add `thay_the_boi: \"<mã of the new procedure>\"`",
    }
    REPLACED_BY_UNKNOWN {
        vi: "`thay_the_boi: {by}` không trỏ tới thủ tục nào trong các danh mục",
        en: "`thay_the_boi: {by}` points to no procedure in any catalog",
    }
    REPLACED_BY_UNKNOWN_HELP {
        vi: "viết mã của thủ tục thay thế, và kiểm tra danh mục của nó có trong content/thu-tuc/",
        en: "write the code of the replacing procedure, and make sure its catalog is in content/thu-tuc/",
    }
    NO_REASON_PARTLY_ONLINE {
        vi: "thủ tục {ma} là dịch vụ công trực tuyến một phần (mot_phan) nhưng không có `ly_do_mot_phan`",
        en: "procedure {ma} is partly online (mot_phan) without `ly_do_mot_phan`",
    }
    NO_REASON_PARTLY_ONLINE_HELP {
        vi: "nêu lý do chưa thể trực tuyến toàn trình (NĐ 224/2026 Điều 14), ví dụ `ly_do_mot_phan: \"Phải nộp bản chính giấy tờ\"`",
        en: "state why it cannot be fully online (NĐ 224/2026 Điều 14), e.g. `ly_do_mot_phan: \"Phải nộp bản chính giấy tờ\"`",
    }
    FORM_FILE_MISSING {
        vi: "không có tệp mẫu `{path}` của thủ tục {ma} (Mẫu đơn, mẫu tờ khai: {key})",
        en: "form file `{path}` of procedure {ma} does not exist (Mẫu đơn, mẫu tờ khai: {key})",
    }
    FORM_FILE_MISSING_HELP {
        vi: "đặt tệp trong content/ (ví dụ content/tep/mau/to-khai.docx) và viết đường dẫn tính từ content/ (tep/mau/to-khai.docx)",
        en: "put the file under content/ (e.g. content/tep/mau/to-khai.docx) and write its path relative to content/ (tep/mau/to-khai.docx)",
    }
    IMAGE_MISSING { vi: "không có ảnh `{path}`", en: "image `{path}` does not exist" }
    IMAGE_MISSING_HELP {
        vi: "đặt ảnh trong content/tep/ và viết đường dẫn dạng `tep/anh/ten-anh.jpg`; với bài viết có thư mục riêng (index.md), viết tên tệp trong thư mục đó",
        en: "put the picture under content/tep/ and write its path as `tep/anh/ten-anh.jpg`; for an article in its own folder (index.md), the file name in that folder",
    }
    LINK_NOWHERE {
        vi: "liên kết `{link}` không dẫn tới đâu (không có trang hay tệp nào ở /{target})",
        en: "link to `{link}` leads nowhere (no page or file at /{target})",
    }
    LINK_NO_ANCHOR {
        vi: "liên kết `{link}`: trang đó không có mục `#{anchor}`",
        en: "link to `{link}`: the page has no anchor `#{anchor}`",
    }
    LINK_HELP {
        vi: "sửa địa chỉ: trang trong site bắt đầu bằng / và kết thúc bằng / (ví dụ /thu-tuc/1.001193/); tệp viết `tep/…` (ví dụ tep/mau/to-khai.docx)",
        en: "fix the address: a page of the site starts and ends with / (e.g. /thu-tuc/1.001193/); a file is written `tep/…` (e.g. tep/mau/to-khai.docx)",
    }
    LINK_TEMPLATE_HELP {
        vi: "liên kết này do mẫu giao diện hoặc trang sinh ra: sửa mẫu hoặc giá trị mà nó hiển thị",
        en: "the link comes from a theme template or generated page; fix the template or the value it shows",
    }
    FILE_UNLINKED {
        vi: "tệp này không được trang nào liên kết tới",
        en: "this file is not linked from any page",
    }
    FILE_UNLINKED_HELP {
        vi: "liên kết nó từ một bài viết hoặc danh mục (mau, tep), hoặc xóa nếu không còn cần",
        en: "link it from an article or a catalog (mau, tep), or delete it if it is no longer needed",
    }
    SAMPLE_TEXT {
        vi: "bài viết vẫn còn câu mẫu “{placeholder}”",
        en: "the sample text “{placeholder}” is still in the article",
    }
    SAMPLE_TEXT_HELP {
        vi: "thay bằng nội dung của bài, hoặc giữ `draft: true` cho tới khi viết xong",
        en: "replace it with the article's own text, or keep `draft: true` until it is written",
    }
    FAR_FUTURE {
        vi: "ngày {date} muộn hơn hôm nay quá một năm",
        en: "the date {date} is more than a year ahead",
    }
    FAR_FUTURE_HELP {
        vi: "kiểm tra lại năm; bài có ngày tương lai sẽ nằm đầu mọi danh sách cho tới ngày đó",
        en: "check the year; a future date keeps the article at the top of every list until then",
    }
    NO_IMAGE_ALT {
        vi: "có `image` nhưng thiếu `image_alt` (lời mô tả ảnh)",
        en: "`image` is set but `image_alt` is missing",
    }
    NO_IMAGE_ALT_HELP {
        vi: "mô tả bức ảnh cho người không nhìn thấy, ví dụ `image_alt: \"Quang cảnh hội nghị\"` (WCAG 1.1.1)",
        en: "describe the picture for readers who cannot see it, e.g. `image_alt: \"Quang cảnh hội nghị\"` (WCAG 1.1.1)",
    }
    IMAGE_SCHEME {
        vi: "`image: {image}` dùng giao thức `{scheme}:`; chỉ hiển thị tệp của trang và địa chỉ http(s)",
        en: "`image: {image}` uses the scheme `{scheme}:`; only files of the site and http(s) addresses are shown",
    }
    IMAGE_SCHEME_HELP {
        vi: "viết đường dẫn trong content/, ví dụ `tep/anh/hoi-nghi.jpg`",
        en: "write a path under content/, e.g. `tep/anh/hoi-nghi.jpg`",
    }
    IMAGE_FILE_MISSING {
        vi: "không có tệp ảnh `{image}`",
        en: "image file `{image}` does not exist",
    }
    IMAGE_FILE_MISSING_HELP {
        vi: "đường dẫn tính từ content/, ví dụ `tep/anh/hoi-nghi.jpg`, hoặc từ thư mục riêng của bài (index.md)",
        en: "paths are relative to content/, e.g. `tep/anh/hoi-nghi.jpg`, or to the article's own folder for index.md",
    }
    TOO_MANY_ALIASES {
        vi: "{n} địa chỉ cũ (aliases); mỗi bài có tối đa {max}",
        en: "{n} aliases; an article may have at most {max}",
    }
    TOO_MANY_ALIASES_HELP {
        vi: "chỉ giữ những địa chỉ cũ thật sự còn được nơi khác liên kết tới",
        en: "keep the old addresses that are really linked from elsewhere",
    }
    ALIAS_TOO_LONG {
        vi: "địa chỉ cũ `{alias}`: đoạn `{long}` dài quá {max} byte",
        en: "alias `{alias}`: the part `{long}` is longer than {max} bytes",
    }
    ALIAS_TOO_LONG_HELP {
        vi: "địa chỉ dài như vậy không xuất bản được trên mọi máy chủ; bỏ địa chỉ này",
        en: "old addresses this long cannot be published on every host; leave this one out",
    }
    ALIAS_NOT_PATH {
        vi: "địa chỉ cũ `{alias}` không phải một đường dẫn của trang này",
        en: "alias `{alias}` is not a path on this site",
    }
    ALIAS_NOT_PATH_HELP {
        vi: "viết địa chỉ cũ dạng đường dẫn trong trang, không có `..`, ví dụ `/tin-tuc/bai-cu.html`",
        en: "write the old address as a path on this site without `..`, e.g. `/tin-tuc/bai-cu.html`",
    }
    DECISION_FILE_MISSING {
        vi: "không có tệp quyết định đã ký `{path}`",
        en: "the signed decision `{path}` does not exist",
    }
    DECISION_FILE_MISSING_HELP {
        vi: "đặt tệp PDF trong content/ (ví dụ content/tep/quyet-dinh/312-qd-ubnd.pdf) và viết đường dẫn tính từ content/",
        en: "put the PDF under content/ (e.g. content/tep/quyet-dinh/312-qd-ubnd.pdf) and write its path relative to content/",
    }
    AGENCY_UNKNOWN {
        vi: "cơ quan thực hiện `{part}` của thủ tục {ma} không có trong content/co-quan.yaml",
        en: "cơ quan thực hiện `{part}` of procedure {ma} is not in content/co-quan.yaml",
    }
    AGENCY_UNKNOWN_HELP {
        vi: "gần nhất: {close}; thêm cách viết này vào `ten_goi_khac` của cơ quan đó, hoặc thêm cơ quan",
        en: "closest: {close}; add this spelling to that agency's `ten_goi_khac`, or add the agency",
    }
    AGENCY_STOPPED {
        vi: "thủ tục {ma} niêm yết có hiệu lực từ {from} tại `{agency}`, cơ quan đã ngừng hoạt động từ {stop} (co-quan.yaml: ngung_hoat_dong)",
        en: "procedure {ma} is posted as current from {from} at `{agency}`, which stopped operating on {stop} (co-quan.yaml: ngung_hoat_dong)",
    }
    AGENCY_STOPPED_HELP {
        vi: "ghi cơ quan hiện đang giải quyết (từ 01/7/2025 thủ tục của cấp huyện chuyển về cấp xã hoặc cấp tỉnh)",
        en: "name the agency that now handles it (since 01/7/2025 district offices' procedures moved to the commune or the province)",
    }
    PLACE_UNKNOWN {
        vi: "dia_diem_thuc_hien `{place}` của thủ tục {ma} không phải nơi tiếp nhận nào trong content/co-quan.yaml",
        en: "dia_diem_thuc_hien `{place}` of procedure {ma} names no place in content/co-quan.yaml",
    }
    PLACE_UNKNOWN_NONE_HELP {
        vi: "thêm nơi tiếp nhận vào `noi_tiep_nhan:` trong content/co-quan.yaml, hoặc viết tên nơi đó đầy đủ bằng chữ (có dấu, có khoảng trắng)",
        en: "add the place under `noi_tiep_nhan:` in content/co-quan.yaml, or write the place as text",
    }
    PLACE_UNKNOWN_HELP {
        vi: "các nơi tiếp nhận đã có: {known}",
        en: "known places: {known}",
    }
    UNPOSTED {
        vi: "không nơi tiếp nhận hồ sơ nào nhận thủ tục của `{agency}` (đầu tiên: {ma} trong {file}): các thủ tục này không có trên bảng niêm yết nào",
        en: "no place of submission receives the procedures of `{agency}` (first: {ma} in {file}): they are on no posting board",
    }
    UNPOSTED_HELP {
        vi: "thêm `{id}` vào danh sách `co_quan:` của một nơi trong `noi_tiep_nhan:`, hoặc ghi mã nơi tiếp nhận vào `dia_diem_thuc_hien` của thủ tục",
        en: "add `{id}` to the `co_quan:` list of a place under `noi_tiep_nhan:`, or give the procedures a place id in `dia_diem_thuc_hien`",
    }
    REPLACED_EARLIER {
        vi: "thủ tục {by} thay thế {ma} nhưng được công bố ngày {new}, trước khi {ma} được công bố ngày {old}",
        en: "procedure {by} replaces {ma} but was announced on {new}, before {ma} was announced on {old}",
    }
    REPLACED_EARLIER_HELP {
        vi: "kiểm tra các mã và ngày của các quyết định (`ngay`)",
        en: "check the codes and the decisions' dates (`ngay`)",
    }
    FILE_MISSING {
        vi: "không có tệp `{path}` mà bài viết liên kết tới",
        en: "the linked file `{path}` does not exist",
    }
    FILE_MISSING_HELP {
        vi: "đặt tệp trong content/tep/ và viết đường dẫn dạng `tep/mau/ten-tep.pdf`; với bài viết có thư mục riêng (index.md), viết tên tệp trong thư mục đó",
        en: "put the file under content/tep/ and write its path as `tep/mau/ten-tep.pdf`; for an article in its own folder (index.md), the file name in that folder",
    }
}
