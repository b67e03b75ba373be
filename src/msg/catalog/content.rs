//! Messages: reading YAML and Markdown content (shared by every reader).

crate::messages! {
    NOT_A_MAPPING {
        vi: "{what} phải là các dòng `khóa: giá trị`, nhưng đây là {found}",
        en: "{what} must be a mapping of `key: value` lines, found {found}",
    }
    NOT_A_MAPPING_HELP {
        vi: "thụt lề các khóa vào dưới nó, ví dụ `ten: \"…\"`",
        en: "indent the keys under it, e.g. `ten: \"…\"`",
    }
    KEY_TWICE {
        vi: "khóa `{key}` được viết hai lần trong {what}",
        en: "key `{key}` is written twice in {what}",
    }
    KEY_TWICE_HELP {
        vi: "giữ một dòng; YAML sẽ lặng lẽ dùng dòng sau cùng",
        en: "keep one of them; YAML would silently use the last",
    }
    KEY_NOT_TEXT {
        vi: "một khóa trong {what} không phải chữ",
        en: "a key in {what} is not text",
    }
    KEY_NOT_TEXT_HELP {
        vi: "khóa là từ viết liền không dấu, như `ten`",
        en: "keys are plain words such as `ten`",
    }
    MISSING_EMPTY {
        vi: "thiếu {element} ({key}): giá trị để trống trong {owner}",
        en: "missing {element} ({key}): the value is empty in {owner}",
    }
    MISSING {
        vi: "thiếu {element} ({key}): {owner} chưa có thành phần bắt buộc này",
        en: "missing {element} ({key}): {owner} is missing a required element",
    }
    REQUIRED_BY {
        vi: " (theo {basis})",
        en: " (under {basis})",
    }
    UNKNOWN_KEY {
        vi: "khóa lạ `{key}` trong {what}",
        en: "unknown key `{key}` in {what}",
    }
    UNKNOWN_KEY_CLOSE {
        vi: "có phải ý là `{close}`? Khóa lạ bị bỏ qua",
        en: "did you mean `{close}`? Unknown keys are ignored",
    }
    UNKNOWN_KEY_KNOWN {
        vi: "các khóa dùng được ở đây: {known}",
        en: "known keys here: {known}",
    }
    NOT_TEXT {
        vi: "`{key}` phải là chữ, nhưng đây là {found}",
        en: "`{key}` must be text, found {found}",
    }
    NOT_TEXT_HELP {
        vi: "viết trên một dòng sau dấu hai chấm; đặt trong ngoặc kép nếu có `:` hoặc `#`",
        en: "write it on one line after the colon; quote it if it contains `:` or `#`",
    }
    EMPTY {
        vi: "`{key}` để trống",
        en: "`{key}` is empty",
    }
    EMPTY_HELP {
        vi: "viết giá trị sau dấu hai chấm",
        en: "write the value after the colon",
    }
    NOT_BOOL {
        vi: "`{key}` phải là true (có) hoặc false (không)",
        en: "`{key}` must be true or false",
    }
    NOT_BOOL_HELP {
        vi: "viết `true` hoặc `false`, không có ngoặc kép",
        en: "write `true` or `false` without quotes",
    }
    NOT_NUMBER {
        vi: "`{key}` phải là một số không âm",
        en: "`{key}` must be a non-negative number",
    }
    NOT_NUMBER_HELP {
        vi: "chỉ viết chữ số, ví dụ 8000 hoặc 12.5 (dấu chấm cho phần lẻ, không có dấu phân cách hàng nghìn)",
        en: "write digits only, e.g. 8000 or 12.5 (a dot for decimals, no thousands separator)",
    }
    NOT_TEXT_LIST {
        vi: "`{key}` phải là danh sách các mục chữ",
        en: "`{key}` must be a list of text items",
    }
    NOT_TEXT_LIST_HELP {
        vi: "mỗi mục một dòng bắt đầu bằng `- `",
        en: "write one `- item` per line",
    }
    NOT_A_LIST {
        vi: "`{key}` phải là danh sách, nhưng đây là {found}",
        en: "`{key}` must be a list, found {found}",
    }
    BAD_DATE {
        vi: "`{key}`: {error}",
        en: "`{key}`: {error}",
    }
    KIND_NOTHING {
        vi: "giá trị trống",
        en: "nothing",
    }
    KIND_TEXT {
        vi: "một đoạn chữ",
        en: "a text",
    }
    KIND_LIST {
        vi: "một danh sách",
        en: "a list",
    }
    KIND_MAP {
        vi: "các cặp khóa: giá trị",
        en: "a mapping (key: value pairs)",
    }

    // Reading files (content/mod.rs).
    FILE_TOO_BIG_ARTICLE {
        vi: "tệp nặng {size} KB; bài viết và trang nặng hơn {max} KB không được đọc",
        en: "the file is {size} KB; articles and pages over {max} KB are refused",
    }
    FILE_TOO_BIG_TEXT {
        vi: "tệp nặng {size} KB; tệp văn bản nặng hơn {max} KB không được đọc",
        en: "the file is {size} KB; text files over {max} KB are refused",
    }
    FILE_TOO_BIG_HELP {
        vi: "hãy tách tệp: mỗi tệp một bài viết, mỗi tệp danh mục một quyết định công bố",
        en: "split it: one article per file, one announcing decision per catalog",
    }
    NOT_A_FILE {
        vi: "đây không phải là một tệp thường (có thể là ống dẫn FIFO hoặc thiết bị); không đọc",
        en: "this is not a regular file (perhaps a FIFO or a device); not read",
    }
    NOT_A_FILE_HELP {
        vi: "thay nó bằng một tệp văn bản thường, hoặc chuyển nó ra khỏi thư mục trang",
        en: "replace it with a plain text file, or move it out of the site folder",
    }
    NOT_UTF8 {
        vi: "tệp không được lưu ở dạng UTF-8",
        en: "the file is not valid UTF-8",
    }
    NOT_UTF8_HELP {
        vi: "lưu lại tệp ở dạng UTF-8 (trong Word: `Save As` → `Plain Text` → `Unicode (UTF-8)`; trong Notepad: `Encoding` → `UTF-8`)",
        en: "re-save it as UTF-8 (in Word: Save As → Plain Text → Unicode (UTF-8); in Notepad: Encoding → UTF-8)",
    }
    INVISIBLE_FIXED {
        vi: "đã sửa {count} ký tự ẩn hoặc dấu cách không ngắt dòng do dán từ phần mềm khác",
        en: "fixed {count} invisible or non-breaking space character(s) pasted from other software",
    }
    INVISIBLE_FIXED_HELP {
        vi: "không cần làm gì; lưu lại tệp không còn các ký tự này thì cảnh báo sẽ hết",
        en: "nothing to do; re-saving the file without them silences this warning",
    }
    MOJIBAKE {
        vi: "dòng này có vẻ là chữ gõ bằng bảng mã cũ TCVN3/VNI nên hiển thị sai (ví dụ \"Ninh B×nh\")",
        en: "this line looks like legacy TCVN3/VNI text shown as Unicode (e.g. \"Ninh B×nh\")",
    }
    MOJIBAKE_HELP {
        vi: "chuyển đoạn chữ sang bảng mã Unicode (ví dụ bằng công cụ chuyển mã của UniKey) rồi dán lại",
        en: "convert the text to Unicode (e.g. with UniKey's conversion tool) and paste it again",
    }
    YAML_INVALID {
        vi: "tệp không đúng cú pháp YAML: {error}",
        en: "not valid YAML: {error}",
    }
    YAML_INVALID_HELP {
        vi: "kiểm tra thụt đầu dòng (dùng dấu cách, không dùng phím Tab) và đặt trong ngoặc kép các giá trị có `:` hoặc `#`",
        en: "check the indentation (spaces, not tabs) and quote values that contain `:` or `#`",
    }
    GLOSSARY_HELP {
        vi: "mỗi dòng một từ viết tắt, ví dụ `UBND: \"Ủy ban nhân dân\"`",
        en: "write one `ABBR: \"Full form\"` per line",
    }
    REGISTRY_HELP {
        vi: "xem tài liệu hướng dẫn: `co_quan:` ghi các cơ quan, `noi_tiep_nhan:` ghi các nơi tiếp nhận hồ sơ",
        en: "see docs: `co_quan:` lists agencies, `noi_tiep_nhan:` the places that receive dossiers",
    }
    NOT_A_SITE {
        vi: "không có tệp này trong {dir}: thư mục này chưa phải là một cổng niemyet",
        en: "not found in {dir}: this folder is not a niemyet site",
    }
    NOT_A_SITE_HELP {
        vi: "chạy `niemyet init THU_MUC` để tạo cổng mới, hoặc thêm `--root` với thư mục có tệp site.yaml",
        en: "run `niemyet init DIR` to create a site, or pass `--root` with the folder that holds site.yaml",
    }
    ROOT_UNRESOLVED {
        vi: "không xác định được thư mục của cổng",
        en: "the site folder cannot be resolved",
    }
    CONFIG_LINK_OUTSIDE {
        vi: "site.yaml là một lối tắt (liên kết) tới tệp nằm ngoài thư mục của cổng nên không được đọc",
        en: "site.yaml is a symbolic link to a file outside the site folder; it is not read",
    }
    CONFIG_LINK_OUTSIDE_HELP {
        vi: "chép tệp cấu hình vào thư mục của cổng thay vì tạo liên kết",
        en: "copy the configuration into the site folder instead of linking to it",
    }
    CONFIG_HELP {
        vi: "site.yaml cần có `title`, `base_url`, `organisation` (`name`, `managing_agency`, `responsible`, `address`, `phone`, `email`) và, khi cổng đăng thủ tục, `feedback` (`agency`, `address`, `postal_address`, `phone`, `email`, `website`)",
        en: "site.yaml needs title, base_url, organisation (name, managing_agency, responsible, address, phone, email) and, when procedures are posted, feedback (agency, address, postal_address, phone, email, website)",
    }
    NAME_TOO_LONG {
        vi: "tên `{name}` dài {len} byte; tên tệp và thư mục được đăng chỉ được dài tối đa {max} byte",
        en: "the name `{name}` is {len} bytes; published file and folder names may have at most {max}",
    }
    NAME_TOO_LONG_HELP {
        vi: "đặt lại tên ngắn hơn, ví dụ `mau-01-to-khai.docx`, rồi sửa các liên kết tới tệp này",
        en: "rename it shorter, e.g. `mau-01-to-khai.docx`, and update the links to it",
    }
    LINK_OUTSIDE {
        vi: "lối tắt (liên kết) này trỏ ra ngoài thư mục của cổng nên không được đọc",
        en: "this symbolic link leads outside the site folder and is not followed",
    }
    LINK_OUTSIDE_HELP {
        vi: "chép các tệp vào thư mục của cổng thay vì tạo liên kết",
        en: "copy the files into the site folder instead of linking to them",
    }
    SLUG_TAKEN {
        vi: "`slug` `{slug}` đã được một tệp khác dùng; tệp này được đăng với `{new}`",
        en: "slug `{slug}` is already used by another file; this one is published as `{new}`",
    }
    SLUG_TAKEN_HELP {
        vi: "đặt cho tệp này một `slug:` riêng, để địa chỉ của bài không phụ thuộc vào thứ tự tệp",
        en: "give it its own `slug:` so its address does not depend on file order",
    }

    // Walking folders (content/walk.rs).
    HIDDEN_SKIPPED {
        vi: "{count} tệp hoặc thư mục ẩn (tên bắt đầu bằng dấu `.`) không được đăng",
        en: "{count} hidden file(s) or folder(s) (names starting with `.`) are not published",
    }
    HIDDEN_SKIPPED_HELP {
        vi: "tệp ẩn không bao giờ được đăng (chúng thường chứa mật khẩu, khóa truy cập, ví dụ .git); nếu tệp cần đưa lên cổng, hãy bỏ dấu chấm ở đầu tên",
        en: "hidden files are never published (they often hold credentials, e.g. .git); rename a file without the leading dot if it should be on the site",
    }
    LINK_OUTSIDE_OR_NOWHERE {
        vi: "lối tắt (liên kết) này trỏ ra ngoài thư mục của cổng (hoặc không trỏ tới đâu) nên không được đọc",
        en: "this symbolic link leads outside the site folder (or nowhere) and is not followed",
    }

    // The glossary (content/glossary.rs).
    THE_GLOSSARY {
        vi: "bảng từ viết tắt",
        en: "the glossary",
    }
    ABBREVIATION {
        vi: "từ viết tắt",
        en: "abbreviation",
    }
    GLOSSARY_TOO_LONG {
        vi: "bảng từ viết tắt có {count} mục; chỉ đọc tối đa {max} mục",
        en: "the glossary has {count} entries; at most {max} are read",
    }
    GLOSSARY_TOO_LONG_HELP {
        vi: "chỉ giữ những từ viết tắt người đọc gặp trên cổng; các từ ít dùng hãy chuyển sang một trang riêng",
        en: "keep the abbreviations readers meet on this site; split rarely used ones into a page",
    }

    // Reforms (content/reform.rs).
    LEVEL_ABOLISHED {
        vi: "`{field}: {key}` không còn dùng được: {name} đã chấm dứt từ ngày {since} ({basis})",
        en: "`{field}: {key}` is no longer valid: {name} was abolished on {since} ({basis})",
    }
    HUYEN_INSTEAD {
        vi: "`xa` (UBND cấp xã) hoặc `tinh`",
        en: "`xa` (UBND cấp xã) or `tinh`",
    }

    // Articles and pages (content/article.rs).
    THE_FRONT_MATTER {
        vi: "phần đầu bài",
        en: "the front matter",
    }
    THE_ARTICLE {
        vi: "bài viết",
        en: "the article",
    }
    THE_PAGE {
        vi: "trang",
        en: "the page",
    }
    FRONT_NOT_CLOSED {
        vi: "phần đầu bài chưa được đóng: thiếu dòng `---` ở cuối phần đầu",
        en: "the front matter is not closed: no line `---` ends it",
    }
    FRONT_NOT_CLOSED_HELP {
        vi: "thêm một dòng `---` sau dòng `khóa: giá trị` cuối cùng, trước nội dung bài",
        en: "add a line `---` after the last `key: value` line, before the article's text",
    }
    FRONT_TOML {
        vi: "phần đầu viết theo kiểu TOML (giữa hai dòng `+++`) không dùng được: hãy chuyển sang kiểu YAML, đặt giữa hai dòng `---`",
        en: "TOML front matter is not supported: convert it to YAML between `---` lines",
    }
    FRONT_MISSING {
        vi: "tệp chưa có phần đầu bài (các dòng thông tin đặt giữa hai dòng `---`)",
        en: "the file has no front matter",
    }
    FRONT_MISSING_HELP {
        vi: "bắt đầu tệp bằng một dòng `---`, tiếp theo là `title: \"…\"` và `date: …`, rồi một dòng `---` để đóng",
        en: "start the file with a line `---`, then `title: \"…\"` and `date: …`, then a closing `---`",
    }
    FRONT_RUNS_INTO_TEXT {
        vi: "phần đầu bài chưa được đóng: dòng {line} đã là nội dung bài",
        en: "the front matter is not closed: line {line} is the article's text",
    }
    FRONT_RUNS_INTO_TEXT_HELP {
        vi: "thêm một dòng `---` trước dòng {line}",
        en: "add a line `---` before line {line}",
    }
    FRONT_YAML_INVALID {
        vi: "phần đầu bài không đúng cú pháp YAML: {error}",
        en: "front matter is not valid YAML: {error}",
    }
    FRONT_YAML_INVALID_HELP {
        vi: "kiểm tra thụt đầu dòng và đặt trong ngoặc kép các giá trị có `:` hoặc `#`",
        en: "check the indentation and quote values that contain `:` or `#`",
    }
    FRONT_EMPTY {
        vi: "phần đầu bài trống",
        en: "the front matter is empty",
    }
    FRONT_EMPTY_HELP {
        vi: "thêm ít nhất `title: \"…\"`",
        en: "add at least `title: \"…\"`",
    }
    DATETIME_HELP {
        vi: "{fix} (có thể ghi thêm giờ: 2021-10-05T22:34:00+07:00)",
        en: "{fix} (a time may follow: 2021-10-05T22:34:00+07:00)",
    }
    TOO_MANY_TAGS {
        vi: "{count} thẻ; một bài chỉ được có tối đa {max} thẻ",
        en: "{count} tags; an article may have at most {max}",
    }
    TOO_MANY_TAGS_HELP {
        vi: "chỉ giữ vài thẻ người đọc hay theo dõi; mỗi thẻ tạo ra một trang riêng",
        en: "keep the few tags a reader would follow; each tag makes a page of its own",
    }
    SLUG_TOO_LONG {
        vi: "`slug` dài {len} byte; tối đa {max} byte",
        en: "the slug is {len} bytes long; at most {max}",
    }
    SLUG_TOO_LONG_HELP {
        vi: "viết `slug` ngắn, vài từ, ví dụ `hoi-nghi-cchc-2026`",
        en: "write a short slug of a few words, e.g. `hoi-nghi-cchc-2026`",
    }
    SLUG_NO_LETTERS {
        vi: "`slug: {slug}` không có chữ cái hay chữ số nào",
        en: "`slug: {slug}` has no letters or digits",
    }
    SLUG_NO_LETTERS_HELP {
        vi: "dùng các từ như `hoi-nghi-cchc`, hoặc xóa dòng `slug:`",
        en: "use words such as `hoi-nghi-cchc`, or remove `slug:`",
    }
    SLUG_FROM_NAME_EMPTY {
        vi: "tên tệp không cho ra được `slug` (phần cuối địa chỉ của bài)",
        en: "the file name gives an empty slug",
    }
    SLUG_FROM_NAME_EMPTY_HELP {
        vi: "đặt lại tên tệp có chữ cái hoặc chữ số, hoặc thêm `slug: …`",
        en: "rename the file with letters or digits, or add `slug: …`",
    }
    TITLE_HELP {
        vi: "thêm `title: \"…\"`",
        en: "add `title: \"…\"`",
    }
    DATE_HELP {
        vi: "thêm `date: 2025-10-05T08:00:00+07:00`",
        en: "add `date: 2025-10-05T08:00:00+07:00`",
    }

    // YAML syntax (content/yaml.rs).
    YAML_UNEXPECTED_END {
        vi: "tệp dừng giữa chừng, thiếu phần cuối",
        en: "unexpected end of input",
    }
    YAML_SECOND_DOCUMENT {
        vi: "ở đây không được có thêm một dòng `---` (mở tài liệu YAML thứ hai)",
        en: "a second YAML document (another `---`) is not allowed here",
    }
    YAML_UNEXPECTED_EVENT {
        vi: "cấu trúc YAML không đọc được: {event}",
        en: "unexpected YAML event {event}",
    }
    YAML_TOO_LARGE {
        vi: "tệp quá lớn (các tham chiếu `*` bung ra hơn 2 triệu phần tử)",
        en: "the document is too large (aliases expand to over 2 million nodes)",
    }
    YAML_TOO_DEEP {
        vi: "các khóa lồng vào nhau sâu hơn {max} cấp",
        en: "nesting deeper than {max} levels",
    }
    YAML_UNKNOWN_ANCHOR {
        vi: "tham chiếu `*` tới một mốc `&` không có trong tệp",
        en: "alias to an unknown anchor",
    }
    // The YAML parser's own messages: the English is the parser's text,
    // matched exactly (content/yaml.rs).
    YAML_TAB_INDENT {
        vi: "có ký tự Tab dùng để thụt đầu dòng; chỉ thụt đầu dòng bằng dấu cách",
        en: "a Tab is used for indentation; indent with spaces only",
    }
    YAML_TAB_IN_TEXT {
        vi: "có ký tự Tab trong dòng; hãy thay bằng dấu cách",
        en: "there is a Tab in the line; replace it with spaces",
    }
    YAML_COLON {
        vi: "dấu `:` ở chỗ không được có; nếu giá trị có dấu `:`, hãy đặt cả giá trị trong ngoặc kép",
        en: "a `:` where none may be; quote the whole value if it contains `:`",
    }
    YAML_COLON_PLACEMENT {
        vi: "dấu `:` đặt sai chỗ; có thể một danh sách `[ ]` hoặc nhóm `{ }` ở trên chưa được đóng",
        en: "a `:` in the wrong place; a `[ ]` list or `{ }` group above may be unclosed",
    }
    YAML_INDENT {
        vi: "thụt đầu dòng không đều: dòng này không thẳng hàng với các khóa cùng cấp",
        en: "uneven indentation: this line is not aligned with the keys of its level",
    }
    YAML_LIST_INDENT {
        vi: "thụt đầu dòng không đều: dòng này không thẳng hàng với các mục `- ` của danh sách",
        en: "uneven indentation: this line is not aligned with the `- ` items of its list",
    }
    YAML_UNCLOSED_QUOTE {
        vi: "thiếu dấu ngoặc kép đóng",
        en: "a closing quote is missing",
    }
    YAML_UNCLOSED_LIST {
        vi: "danh sách trong `[ ]` thiếu dấu `,` hoặc dấu `]` đóng",
        en: "a list in `[ ]` lacks a `,` or its closing `]`",
    }
    YAML_UNCLOSED_MAP {
        vi: "nhóm trong `{ }` thiếu dấu `,` hoặc dấu `}` đóng",
        en: "a group in `{ }` lacks a `,` or its closing `}`",
    }
    /// Any other message of the YAML parser, which has no translation.
    YAML_INDENT_OR_UNCLOSED {
        vi: "thụt đầu dòng không đúng; có thể một `[`, `{` hoặc dấu ngoặc kép ở dòng trên chưa được đóng",
        en: "wrong indentation; a `[`, `{` or quote on a line above may be unclosed",
    }
    YAML_AFTER_QUOTE {
        vi: "có chữ sau dấu ngoặc kép đóng; đặt cả giá trị trong một cặp ngoặc kép",
        en: "text after a closing quote; put the whole value in one pair of quotes",
    }
    YAML_OTHER {
        vi: "cách viết chưa đúng YAML (trình đọc báo: {detail})",
        en: "not valid YAML (the reader says: {detail})",
    }
    DATE_YEAR_RANGE {
        vi: "\"{date}\": năm {year} nằm ngoài khoảng {from}–{to}; kiểm tra lại ngày",
        en: "\"{date}\": the year {year} is outside {from}–{to}; check the date",
    }
    DATE_DAY_FIRST {
        vi: "\"{date}\" viết ngày trước",
        en: "\"{date}\" is written day first",
    }
    DATE_NO_MONTH {
        vi: "\"{date}\" không phải ngày: không có tháng {month}",
        en: "\"{date}\" is not a date: there is no month {month}",
    }
    DATE_NO_DAY {
        vi: "\"{date}\" không phải ngày: tháng {month} năm {year} không có ngày {day}",
        en: "\"{date}\" is not a date: month {month} of {year} has no day {day}",
    }
    DATE_NOT_A_DATE {
        vi: "\"{date}\" không phải ngày",
        en: "\"{date}\" is not a date",
    }
    DATE_FIX {
        vi: "viết theo thứ tự năm-tháng-ngày: {date}",
        en: "write it year-month-day: {date}",
    }
    DATE_FIX_GENERIC {
        vi: "viết ngày theo thứ tự năm-tháng-ngày, ví dụ 2025-07-15",
        en: "write dates year-month-day, e.g. 2025-07-15",
    }
    TIME_MISSING {
        vi: "giờ này không có",
        en: "time does not exist",
    }
}
