//! Messages: registry.

crate::messages! {
    // Who or what a message is about (the `owner`/`what` of other messages).
    THE_FILE {
        vi: "tệp `co-quan.yaml`",
        en: "co-quan.yaml",
    }
    AN_AGENCY {
        vi: "một cơ quan",
        en: "an agency",
    }
    AN_AGENCY_OWNER {
        vi: "một cơ quan (`co_quan`)",
        en: "an agency (co_quan)",
    }
    A_PLACE {
        vi: "một nơi tiếp nhận hồ sơ",
        en: "a place of submission",
    }
    A_PLACE_OWNER {
        vi: "một nơi tiếp nhận hồ sơ (`noi_tiep_nhan`)",
        en: "a place of submission (noi_tiep_nhan)",
    }
    A_PLACE_SHORT {
        vi: "một nơi tiếp nhận hồ sơ",
        en: "a place",
    }

    LEVEL_ABOLISHED_HELP {
        vi: "ghi cấp hiện còn: {instead}",
        en: "use the level that now exists: {instead}",
    }
    UNKNOWN_LEVEL {
        vi: "`cap`: không có cấp {value}",
        en: "`cap`: unknown level {value}",
    }
    UNKNOWN_LEVEL_HELP {
        vi: "ghi `bo`, `tinh`, `xa` hoặc `khac`",
        en: "use bo, tinh, xa or khac",
    }
    NOT_AN_ID {
        vi: "`id: {id}` của {what} không phải mã định danh hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang `-`",
        en: "`id: {id}` of {what} is not an id: lowercase letters, digits and hyphens only",
    }
    NOT_AN_ID_HELP {
        vi: "ví dụ `id: {suggestion}`",
        en: "write e.g. `id: {suggestion}`",
    }
    AGENCY_ID_HELP {
        vi: "thêm một mã định danh ngắn, ví dụ `id: so-tu-phap`",
        en: "add a short id, e.g. `id: so-tu-phap`",
    }
    AGENCY_TEN_HELP {
        vi: "thêm tên đầy đủ, ví dụ `ten: \"Sở Tư pháp tỉnh Ninh Bình\"`",
        en: "add the full name, e.g. `ten: \"Sở Tư pháp tỉnh Ninh Bình\"`",
    }
    AGENCY_CAP_HELP {
        vi: "thêm cấp: `bo`, `tinh`, `xa` hoặc `khac`",
        en: "add the level: bo, tinh, xa or khac",
    }
    PLACE_ID_HELP {
        vi: "thêm một mã định danh ngắn, ví dụ `id: mot-cua-xa`; bảng niêm yết của nơi này có địa chỉ /niem-yet/<id>/",
        en: "add a short id, e.g. `id: mot-cua-xa`; the board is /niem-yet/<id>/",
    }
    PLACE_TEN_HELP {
        vi: "thêm tên, ví dụ `ten: \"Trung tâm Phục vụ hành chính công tỉnh\"`",
        en: "add its name, e.g. `ten: \"Trung tâm Phục vụ hành chính công tỉnh\"`",
    }
    PLACE_DIA_CHI_HELP {
        vi: "thêm địa chỉ nơi người dân đến nộp hồ sơ",
        en: "add the street address citizens go to",
    }
    PLACE_CO_QUAN_HELP {
        vi: "ghi mã định danh của các cơ quan, ví dụ `co_quan: [so-tu-phap]`",
        en: "list agency ids, e.g. `co_quan: [so-tu-phap]`",
    }
    UNKNOWN_AGENCY_ID {
        vi: "`{id}` không phải mã định danh của cơ quan nào trong `co_quan:` của tệp này",
        en: "`{id}` is not the id of an agency under `co_quan:` in this file",
    }
    UNKNOWN_AGENCY_ID_HELP {
        vi: "các mã định danh đang có: {known}",
        en: "known ids: {known}",
    }
    UNKNOWN_AGENCY_ID_CLOSE {
        vi: "có phải ý là `{close}`? Các mã định danh đang có: {known}",
        en: "did you mean `{close}`? known ids: {known}",
    }
    AGENCIES_HELP {
        vi: "ghi các cơ quan: `co_quan: [{ id: so-tu-phap, ten: \"…\", cap: tinh }]`",
        en: "list the agencies: `co_quan: [{ id: so-tu-phap, ten: \"…\", cap: tinh }]`",
    }
    AGENCIES_LIST_HELP {
        vi: "mỗi cơ quan viết một mục `- id: …`",
        en: "write one `- id: …` item per agency",
    }
    AGENCY_ID_TWICE {
        vi: "mã định danh cơ quan `{id}` bị dùng hai lần",
        en: "the agency id `{id}` is used twice",
    }
    AGENCY_ID_TWICE_HELP {
        vi: "mỗi cơ quan cần một mã định danh riêng",
        en: "give each agency its own id",
    }
    PLACES_LIST_HELP {
        vi: "mỗi nơi tiếp nhận hồ sơ viết một mục `- id: …`",
        en: "write one `- id: …` item per place",
    }
    PLACE_ID_TWICE {
        vi: "mã định danh nơi tiếp nhận hồ sơ `{id}` bị dùng hai lần",
        en: "the place id `{id}` is used twice",
    }
    PLACE_ID_TWICE_HELP {
        vi: "mỗi nơi tiếp nhận hồ sơ cần một mã định danh riêng",
        en: "give each place its own id",
    }
    NAME_SHARED {
        vi: "tên {name} của `{id}` cũng là tên của `{other}`; danh mục nào ghi tên này sẽ được gán cho `{other}`",
        en: "the name {name} of `{id}` is also a name of `{other}`; catalogs that write it are matched to `{other}`",
    }
    NAME_SHARED_HELP {
        vi: "mỗi cơ quan cần có tên riêng trong `ten` và `ten_goi_khac`",
        en: "give each agency names of its own in `ten` and `ten_goi_khac`",
    }
}
