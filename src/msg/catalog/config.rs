//! Messages: `site.yaml`.

crate::messages! {
    BASE_URL {
        vi: "`base_url: {value}` không phải địa chỉ http(s) đầy đủ",
        en: "`base_url: {value}` is not an absolute http(s) address",
    }
    BASE_URL_HELP {
        vi: "viết địa chỉ công khai của trang, ví dụ `base_url: \"https://stp.ninhbinh.gov.vn\"`",
        en: "write the site's public address, e.g. `base_url: \"https://stp.ninhbinh.gov.vn\"`",
    }
    THEME_NAME {
        vi: "`theme: {value}` không phải một tên thư mục đơn giản",
        en: "`theme: {value}` is not a plain folder name",
    }
    THEME_NAME_HELP {
        vi: "viết tên một thư mục trong themes/ (chữ, số, `-`, `_`), hoặc `default`",
        en: "write the name of a folder under themes/ (letters, digits, `-`, `_`), or `default`",
    }
    THEME_MISSING {
        vi: "giao diện `{value}` không có: trang không có thư mục themes/{value}",
        en: "theme `{value}` does not exist: there is no folder themes/{value} in the site",
    }
    THEME_MISSING_HELP {
        vi: "tạo thư mục đó, hoặc viết `theme: default` để dùng giao diện dựng sẵn",
        en: "create the folder, or write `theme: default` for the built-in theme",
    }
    TEMPLATE {
        vi: "mẫu giao diện {name}: {message}",
        en: "template {name}: {message}",
    }
    WEBSITE {
        vi: "`website: {value}` không phải địa chỉ http(s) đầy đủ",
        en: "`website: {value}` is not an absolute http(s) address",
    }
    WEBSITE_HELP {
        vi: "viết đủ địa chỉ, ví dụ `website: \"https://dichvucong.ninhbinh.gov.vn\"`",
        en: "write the full address, e.g. `website: \"https://dichvucong.ninhbinh.gov.vn\"`",
    }
    DVC_URL {
        vi: "`url: {value}` không phải địa chỉ http(s) đầy đủ",
        en: "`url: {value}` is not an absolute http(s) address",
    }
    DVC_URL_HELP {
        vi: "viết đủ địa chỉ, ví dụ `url: \"https://dichvucong.ninhbinh.gov.vn\"`",
        en: "write the full address, e.g. `url: \"https://dichvucong.ninhbinh.gov.vn\"`",
    }
    DVC_THU_TUC {
        vi: "`thu_tuc: {value}` phải là địa chỉ http(s) đầy đủ có chứa {ma}",
        en: "`thu_tuc: {value}` must be an absolute http(s) address containing {ma}",
    }
    DVC_THU_TUC_HELP {
        vi: "ví dụ `thu_tuc: \"https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc={ma}\"`",
        en: "e.g. `thu_tuc: \"https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc={ma}\"`",
    }
    PER_PAGE {
        vi: "`news_per_page: {value}` phải từ 1 đến 500",
        en: "`news_per_page: {value}` must be between 1 and 500",
    }
    PER_PAGE_HELP { vi: "thường là 20", en: "20 is usual" }
    KEY_MISSING { vi: "thiếu khóa `{key}`", en: "the key `{key}` is missing" }
    KEY_UNKNOWN {
        vi: "`{key}` không phải khóa của site.yaml",
        en: "the key `{key}` is not a key of site.yaml",
    }
    WRONG_TYPE {
        vi: "đây là {found}, nhưng phải là {expected}",
        en: "this is {found}, but it must be {expected}",
    }
    TYPE_WHOLE { vi: "một số nguyên", en: "a whole number" }
    TYPE_TEXT { vi: "chữ", en: "text" }
    TYPE_BOOL { vi: "true hoặc false", en: "true or false" }
    TYPE_OTHER { vi: "giá trị khác", en: "another value" }
    FOUND_TEXT { vi: "đoạn chữ {text}", en: "the text {text}" }
}
