//! Messages: procedures.

crate::messages! {
    // Who or what a message is about (the `owner`/`what` of other messages).
    PROCEDURE {
        vi: "thủ tục {ma}",
        en: "procedure {ma}",
    }
    THIS_PROCEDURE {
        vi: "thủ tục này",
        en: "this procedure",
    }
    A_PROCEDURE {
        vi: "một thủ tục",
        en: "a procedure",
    }
    THE_CATALOG {
        vi: "danh mục",
        en: "the catalog",
    }
    DECISION_KEY {
        vi: "`quyet_dinh_cong_bo`",
        en: "quyet_dinh_cong_bo",
    }
    THE_DECISION {
        vi: "quyết định công bố",
        en: "the announcing decision",
    }
    CONTENT_DECISION_KEY {
        vi: "`quyet_dinh_noi_dung`",
        en: "quyet_dinh_noi_dung",
    }
    A_METHOD {
        vi: "một mục của `cach_thuc`",
        en: "a cach_thuc row",
    }
    THIS_METHOD {
        vi: "mục `cach_thuc` này",
        en: "this cach_thuc row",
    }
    /// A duration's key (`thoi_han`…) as the thing a message is about.
    TIME_KEY {
        vi: "khóa `{key}`",
        en: "{key}",
    }
    /// The same, where the English names it in backticks.
    TIME_KEY_OWNER {
        vi: "khóa `{key}`",
        en: "`{key}`",
    }
    A_CASE {
        vi: "một trường hợp của `thanh_phan_ho_so`",
        en: "a thanh_phan_ho_so case",
    }
    THIS_CASE {
        vi: "trường hợp hồ sơ này",
        en: "this dossier case",
    }
    A_DOCUMENT {
        vi: "một giấy tờ",
        en: "a document",
    }
    THIS_DOCUMENT {
        vi: "giấy tờ này",
        en: "this document",
    }
    A_FEE {
        vi: "một mục của `phi_le_phi`",
        en: "a phi_le_phi item",
    }
    THIS_FEE {
        vi: "khoản phí này",
        en: "this fee",
    }
    A_FORM {
        vi: "một mẫu đơn",
        en: "a form",
    }
    THIS_FORM {
        vi: "mẫu đơn này",
        en: "this form",
    }
    A_LEGAL_BASIS {
        vi: "một văn bản căn cứ pháp lý",
        en: "a legal basis",
    }
    THIS_LEGAL_DOCUMENT {
        vi: "văn bản này",
        en: "this legal document",
    }

    // The catalog file (read.rs).
    CATALOG_EMPTY {
        vi: "tệp danh mục trống",
        en: "the catalog file is empty",
    }
    CATALOG_EMPTY_HELP {
        vi: "bắt đầu tệp bằng `quyet_dinh_cong_bo:` và `thu_tuc:`; lệnh `niemyet new catalog TEN` tạo sẵn một tệp mẫu để điền",
        en: "start it with `quyet_dinh_cong_bo:` and `thu_tuc:`; `niemyet new catalog NAME` writes a skeleton",
    }
    DECISION_HELP {
        vi: "thêm `quyet_dinh_cong_bo:` với `so`, `ngay` và `co_quan_ban_hanh` của quyết định công bố",
        en: "add `quyet_dinh_cong_bo:` with so, ngay and co_quan_ban_hanh of the announcing decision",
    }
    PROCEDURES_HELP {
        vi: "liệt kê các thủ tục dưới `thu_tuc:`, mỗi thủ tục bắt đầu bằng `- ma:`",
        en: "list the procedures under `thu_tuc:`, each starting with `- ma:`",
    }
    PROCEDURES_LIST_HELP {
        vi: "mỗi thủ tục viết thành một mục `- ma: …`",
        en: "write each procedure as a `- ma: …` item",
    }
    TOO_MANY_PROCEDURES {
        vi: "danh mục có {count} thủ tục; mỗi tệp chỉ được đọc tối đa {max} thủ tục",
        en: "{count} procedures in one catalog; at most {max} are read from one file",
    }
    TOO_MANY_PROCEDURES_HELP {
        vi: "mỗi tệp ghi một quyết định công bố, và một quyết định chỉ công bố tối đa vài trăm thủ tục: hãy tách thành nhiều tệp",
        en: "one file holds one announcing decision, and a decision posts at most a few hundred procedures: split the file",
    }
    DECISION_SO_HELP {
        vi: "ghi số, ký hiệu của quyết định, ví dụ `so: \"1234/QĐ-UBND\"`",
        en: "write the decision number, e.g. `so: \"1234/QĐ-UBND\"`",
    }
    DECISION_NGAY_HELP {
        vi: "ghi ngày ký quyết định, ví dụ `ngay: 2025-07-15`",
        en: "write the signing date, e.g. `ngay: 2025-07-15`",
    }
    DECISION_BY_HELP {
        vi: "ghi cơ quan ban hành, ví dụ `co_quan_ban_hanh: \"UBND tỉnh Ninh Bình\"`",
        en: "write who issued it, e.g. `co_quan_ban_hanh: \"UBND tỉnh Ninh Bình\"`",
    }
    EFFECT_BEFORE_SIGNED {
        vi: "ngày có hiệu lực của quyết định ({effective}) sớm hơn ngày ký ({signed})",
        en: "the decision takes effect ({effective}) before it is signed ({signed})",
    }
    EFFECT_BEFORE_SIGNED_HELP {
        vi: "kiểm tra lại `hieu_luc` và `ngay`",
        en: "check `hieu_luc` and `ngay`",
    }

    // One procedure (procedure.rs).
    TEN_HELP {
        vi: "ghi tên chính thức của thủ tục, ví dụ `ten: \"Đăng ký khai sinh\"`",
        en: "write the procedure's official name, e.g. `ten: \"Đăng ký khai sinh\"`",
    }
    LINH_VUC_HELP {
        vi: "ghi lĩnh vực, ví dụ `linh_vuc: \"Hộ tịch\"`",
        en: "write the field, e.g. `linh_vuc: \"Hộ tịch\"`",
    }
    CAP_HELP {
        vi: "ghi các cấp thực hiện, ví dụ `cap_thuc_hien: [xa]` (`bo`, `tinh`, `xa`, `khac`)",
        en: "list the levels, e.g. `cap_thuc_hien: [xa]` (bo, tinh, xa, khac)",
    }
    LEVEL_ABOLISHED_HELP {
        vi: "ghi cấp đang giải quyết thủ tục này: {instead}",
        en: "post the procedure at the level that now handles it: {instead}",
    }
    DOI_TUONG_HELP {
        vi: "ghi những ai được thực hiện thủ tục, ví dụ `doi_tuong: [\"Công dân Việt Nam\"]`",
        en: "list who may file it, e.g. `doi_tuong: [\"Công dân Việt Nam\"]`",
    }
    CO_QUAN_HELP {
        vi: "thêm `co_quan_thuc_hien: \"…\"` vào thủ tục, hoặc ghi `co_quan:` ở đầu tệp để dùng chung cho mọi thủ tục trong tệp (bộ phận bắt buộc theo NĐ 63/2010 Điều 8)",
        en: "add `co_quan_thuc_hien: \"…\"` to the procedure, or `co_quan:` at the top of the file for all of them",
    }
    TRINH_TU_HELP {
        vi: "ghi các bước theo thứ tự, mỗi bước một dòng `- \"Bước 1: …\"`",
        en: "list the steps in order, one `- \"Bước 1: …\"` per line",
    }
    BLANK_STEP {
        vi: "thiếu {element} ({key}): một bước của {owner} chưa có nội dung",
        en: "missing {element} ({key}): a step of {owner} says nothing",
    }
    BLANK_STEP_HELP {
        vi: "ghi rõ người dân hoặc cơ quan làm gì ở từng bước, ví dụ `- \"Bước 1: Nộp hồ sơ tại Bộ phận Một cửa.\"` (bộ phận bắt buộc theo NĐ 63/2010 Điều 8)",
        en: "write what the citizen or the agency does in each step, e.g. `- \"Bước 1: Nộp hồ sơ tại Bộ phận Một cửa.\"`",
    }
    CACH_THUC_HELP {
        vi: "ghi các cách nộp hồ sơ, ví dụ `- hinh_thuc: truc_tiep`",
        en: "list the channels, e.g. `- hinh_thuc: truc_tiep`",
    }
    CACH_THUC_LIST_HELP {
        vi: "mỗi cách nộp hồ sơ viết một mục `- hinh_thuc: …`",
        en: "write one `- hinh_thuc: …` item per channel",
    }
    NO_CHANNEL {
        vi: "thiếu {element} ({key}): {owner} chưa ghi cách nộp hồ sơ nào",
        en: "missing {element} ({key}): {owner} lists no channel",
    }
    NO_CHANNEL_HELP {
        vi: "thêm ít nhất một mục `- hinh_thuc: truc_tiep | truc_tuyen | buu_chinh` (bộ phận bắt buộc theo NĐ 63/2010 Điều 8)",
        en: "add at least one `- hinh_thuc: truc_tiep | truc_tuyen | buu_chinh`",
    }
    THOI_HAN_HELP {
        vi: "ví dụ `thoi_han: { so: 3, don_vi: ngay_lam_viec }`",
        en: "e.g. `thoi_han: { so: 3, don_vi: ngay_lam_viec }`",
    }
    HO_SO_HELP {
        vi: "ghi các giấy tờ: `- giay_to: [{ ten: \"Tờ khai …\" }]`",
        en: "list the documents: `- giay_to: [{ ten: \"Tờ khai …\" }]`",
    }
    HO_SO_LIST_HELP {
        vi: "mỗi trường hợp viết một mục `- giay_to: …`",
        en: "write one `- giay_to: …` item per case",
    }
    UNCOUNTED {
        vi: "{uncounted}/{total} giấy tờ của {owner} chưa ghi số bản chính hoặc bản sao; bảng niêm yết sẽ in “–” cho các giấy tờ này",
        en: "{uncounted} of {total} documents of {owner} state no number of originals or copies; the posting shows “–” for them",
    }
    UNCOUNTED_HELP {
        vi: "thêm `ban_chinh: 1` và/hoặc `ban_sao: 1` đúng như quyết định công bố ghi",
        en: "add `ban_chinh: 1` and/or `ban_sao: 1` as the decision states",
    }
    KET_QUA_HELP {
        vi: "ghi những gì người dân nhận được, ví dụ `ket_qua: [\"Giấy khai sinh\"]`",
        en: "list what the citizen receives, e.g. `ket_qua: [\"Giấy khai sinh\"]`",
    }
    EMPTY_LIST_STATES_NOTHING {
        vi: "`{key}: []` là danh sách trống, không nói rõ điều gì: nếu {owner} {absent} thì viết `{key}: khong`",
        en: "`{key}: []` states nothing: write `{key}: khong` if {owner} has {absent}",
    }
    EMPTY_LIST_STATES_NOTHING_HELP {
        vi: "viết `khong` nếu {absent}, hoặc {list_hint}",
        en: "write `khong` for {absent}, or {list_hint}",
    }
    NO_FEE {
        vi: "không có phí, lệ phí",
        en: "no fee",
    }
    FEES_HELP {
        vi: "ghi các khoản phí, lệ phí, hoặc viết `phi_le_phi: khong` nếu không có",
        en: "list the fees, or write `phi_le_phi: khong` when there is none",
    }
    FEES_HINT {
        vi: "ghi các khoản phí `- { loai: le_phi, muc: 8000 }`",
        en: "list the fees `- { loai: le_phi, muc: 8000 }`",
    }
    FEES_LIST_HELP {
        vi: "viết danh sách các mục `{ loai: le_phi, muc: 8000 }`, hoặc `khong`",
        en: "write a list of `{ loai: le_phi, muc: 8000 }` items, or `khong`",
    }
    NO_FORM {
        vi: "không có mẫu đơn, mẫu tờ khai",
        en: "no form",
    }
    FORMS_HELP {
        vi: "ghi các mẫu đơn `- { ten: \"…\", tep: \"tep/mau/…\" }`, hoặc viết `mau_don: khong` nếu không có",
        en: "list the forms `- { ten: \"…\", tep: \"tep/mau/…\" }`, or write `mau_don: khong`",
    }
    FORMS_HINT {
        vi: "ghi các mẫu đơn `- { ten: \"…\", tep: \"tep/mau/…\" }`",
        en: "list the forms `- { ten: \"…\", tep: \"tep/mau/…\" }`",
    }
    FORMS_LIST_HELP {
        vi: "viết danh sách các mục `{ ten: …, tep: … }`, hoặc `khong`",
        en: "write a list of `{ ten: …, tep: … }` items, or `khong`",
    }
    NO_CONDITION {
        vi: "không có yêu cầu, điều kiện",
        en: "no condition",
    }
    CONDITIONS_HELP {
        vi: "ghi các yêu cầu, điều kiện, hoặc viết `yeu_cau_dieu_kien: khong` nếu không có",
        en: "list the conditions, or write `yeu_cau_dieu_kien: khong`",
    }
    CONDITIONS_HINT {
        vi: "ghi các yêu cầu, điều kiện `- \"…\"`",
        en: "list the conditions `- \"…\"`",
    }
    CAN_CU_HELP {
        vi: "thêm ít nhất một văn bản pháp luật: `- { so_ky_hieu: \"60/2014/QH13\", trich_yeu: \"Luật Hộ tịch\" }`",
        en: "add at least one legal document: `- { so_ky_hieu: \"60/2014/QH13\", trich_yeu: \"Luật Hộ tịch\" }`",
    }
    CAN_CU_LIST_HELP {
        vi: "mỗi văn bản viết một mục `- so_ky_hieu: …`",
        en: "write one `- so_ky_hieu: …` item per document",
    }
    NO_LEGAL_DOCUMENT {
        vi: "thiếu {element} ({key}): {owner} chưa ghi văn bản pháp luật nào",
        en: "missing {element} ({key}): {owner} cites no legal document",
    }
    NO_LEGAL_DOCUMENT_HELP {
        vi: "thêm ít nhất một mục `- so_ky_hieu: …` (bộ phận bắt buộc theo NĐ 63/2010 Điều 8)",
        en: "add at least one `- so_ky_hieu: …`",
    }
    DVC_HELP {
        vi: "ghi `toan_trinh`, `mot_phan` hoặc `khong`",
        en: "write toan_trinh, mot_phan or khong",
    }
    MUC_DO_RANGE {
        vi: "`muc_do` phải là 1, 2, 3 hoặc 4",
        en: "`muc_do` must be 1, 2, 3 or 4",
    }
    MUC_DO_RANGE_HELP {
        vi: "đây là mức độ dịch vụ công trực tuyến cũ; danh mục mới không cần ghi khóa này",
        en: "the legacy online level; leave it out for new catalogs",
    }
    MA_HELP {
        vi: "thêm mã thủ tục trên Cơ sở dữ liệu quốc gia về thủ tục hành chính, ví dụ `ma: \"1.001193\"`",
        en: "add the national code, e.g. `ma: \"1.001193\"`",
    }
    AMENDED_WITHOUT_CHANGES {
        vi: "{owner} được sửa đổi, bổ sung (`trang_thai: sua_doi`) nhưng chưa có `noi_dung_sua_doi` cho biết đã sửa đổi những gì",
        en: "{owner} is amended (trang_thai: sua_doi) but `noi_dung_sua_doi` does not say what changed",
    }
    AMENDED_WITHOUT_CHANGES_HELP {
        vi: "thêm, ví dụ `noi_dung_sua_doi: \"Sửa đổi thành phần hồ sơ và thời hạn giải quyết\"`",
        en: "add e.g. `noi_dung_sua_doi: \"Sửa đổi thành phần hồ sơ và thời hạn giải quyết\"`",
    }

    // The parts of a procedure (parts.rs).
    DVC_URL_NOT_ABSOLUTE {
        vi: "`dich_vu_cong_url: {url}` không phải địa chỉ trang web đầy đủ (phải bắt đầu bằng `http://` hoặc `https://`)",
        en: "`dich_vu_cong_url: {url}` is not an absolute http(s) address",
    }
    DVC_URL_NOT_ABSOLUTE_HELP {
        vi: "chép đầy đủ địa chỉ trang của thủ tục này trên cổng dịch vụ công",
        en: "copy the full address of the procedure's page on the online-service portal",
    }
    CONTENT_DECISION_SO_HELP {
        vi: "ghi số, ký hiệu của quyết định công bố nội dung thủ tục, ví dụ `so: \"163/QĐ-BTP\"`",
        en: "write the number of the decision that published the content, e.g. `so: \"163/QĐ-BTP\"`",
    }
    HINH_THUC_HELP {
        vi: "ghi `truc_tiep`, `truc_tuyen` hoặc `buu_chinh`",
        en: "write truc_tiep, truc_tuyen or buu_chinh",
    }
    TIME_EMPTY_HELP {
        vi: "ví dụ `{ so: 3, don_vi: ngay_lam_viec }`",
        en: "e.g. `{ so: 3, don_vi: ngay_lam_viec }`",
    }
    TIME_SO_HELP {
        vi: "ví dụ `so: 3` (được có phần lẻ, dùng dấu chấm: 12.5)",
        en: "e.g. `so: 3` (fractions allowed: 12.5)",
    }
    NOT_A_DURATION {
        vi: "`so: {so}` trong {owner} không phải là một thời hạn",
        en: "`so: {so}` in {owner} is not a duration",
    }
    NOT_A_DURATION_HELP {
        vi: "ghi số ngày hoặc số giờ theo quy định, ví dụ `so: 3`",
        en: "write the number of days or hours the law sets, e.g. `so: 3`",
    }
    DON_VI_HELP {
        vi: "`ngay_lam_viec`, `ngay`, `gio` hoặc `thang`",
        en: "ngay_lam_viec, ngay, gio or thang",
    }
    NOT_A_COUNT {
        vi: "`{key}` phải là số bản, viết bằng số nguyên",
        en: "`{key}` must be a whole number of copies",
    }
    NOT_A_COUNT_HELP {
        vi: "ví dụ 1",
        en: "e.g. 1",
    }
    GIAY_TO_HELP {
        vi: "ghi các giấy tờ: `giay_to: [{ ten: \"…\" }]`",
        en: "list the documents: `giay_to: [{ ten: \"…\" }]`",
    }
    GIAY_TO_LIST_HELP {
        vi: "mỗi giấy tờ viết một mục `- ten: …`",
        en: "write one `- ten: …` item per document",
    }
    DOCUMENT_TEN_HELP {
        vi: "ghi tên giấy tờ",
        en: "name the document",
    }
    LOAI_HELP {
        vi: "`le_phi`, `phi` hoặc `gia`",
        en: "le_phi, phi or gia",
    }
    MUC_DECIMAL {
        vi: "`muc: {written}` được hiểu là số thập phân, không phải {meant} đồng",
        en: "`muc: {written}` is read as a decimal number, not {meant} đồng",
    }
    MUC_DECIMAL_HELP {
        vi: "viết số tiền liền nhau, không có dấu chấm phân cách hàng nghìn: `muc: {meant}`",
        en: "write amounts without thousands separators: `muc: {meant}`",
    }
    FEE_WITHOUT_AMOUNT {
        vi: "mỗi khoản phí cần có `muc` (số tiền, tính bằng đồng) hoặc `mo_ta` (diễn giải)",
        en: "a fee needs `muc` (amount in VND) or `mo_ta` explaining it",
    }
    FEE_WITHOUT_AMOUNT_HELP {
        vi: "ví dụ `{ loai: le_phi, muc: 8000, mo_ta: \"8.000 đồng/lần\" }`",
        en: "e.g. `{ loai: le_phi, muc: 8000, mo_ta: \"8.000 đồng/lần\" }`",
    }
    FORM_TEN_HELP {
        vi: "ghi tên mẫu đơn",
        en: "name the form",
    }
    FORM_WITHOUT_FILE {
        vi: "mẫu đơn {name} chưa có tệp (`tep`): người dân không tải được mẫu này từ trang niêm yết",
        en: "the form {name} has no file (`tep`): citizens cannot download it from the posting",
    }
    FORM_WITHOUT_FILE_HELP {
        vi: "thêm `tep: \"tep/mau/…docx\"` và đặt tệp mẫu đơn vào thư mục content/tep/",
        en: "add `tep: \"tep/mau/…docx\"` with the form file under content/tep/",
    }
    SO_KY_HIEU_HELP {
        vi: "ví dụ `so_ky_hieu: \"60/2014/QH13\"`",
        en: "e.g. `so_ky_hieu: \"60/2014/QH13\"`",
    }

    // Small readers (values.rs).
    EMPTY_LIST {
        vi: "thiếu {element} ({key}): {owner} ghi một danh sách trống",
        en: "missing {element} ({key}): {owner} has an empty list",
    }
    KEYWORD_MUST_BE {
        vi: "`{key}` phải là {words}",
        en: "`{key}` must be {words}",
    }
    /// One allowed word, as the officer types it.
    KEYWORD_WORD {
        vi: "`{word}`",
        en: "{word}",
    }
    /// One allowed word and what it means, in the help line.
    KEYWORD_MEANING {
        vi: "`{word}`: {meaning}",
        en: "{word}: {meaning}",
    }
    /// "a, b or c".
    OR_LIST {
        vi: "{first} hoặc {last}",
        en: "{first} or {last}",
    }
    LEVEL_BO {
        vi: "cấp Bộ, ngành trung ương",
        en: "ministry level",
    }
    LEVEL_TINH {
        vi: "cấp tỉnh",
        en: "province",
    }
    LEVEL_XA {
        vi: "cấp xã, phường",
        en: "commune, ward",
    }
    LEVEL_KHAC {
        vi: "cơ quan khác",
        en: "other bodies",
    }
    STATUS_HIEU_LUC {
        vi: "đang có hiệu lực",
        en: "in force",
    }
    STATUS_SUA_DOI {
        vi: "được sửa đổi, bổ sung",
        en: "amended",
    }
    STATUS_THAY_THE {
        vi: "bị thay thế (ghi thêm `thay_the_boi`)",
        en: "replaced (add thay_the_boi)",
    }
    STATUS_BAI_BO {
        vi: "bị bãi bỏ",
        en: "abolished",
    }
    ONLINE_TOAN_TRINH {
        vi: "trực tuyến toàn trình",
        en: "fully online",
    }
    ONLINE_MOT_PHAN {
        vi: "trực tuyến một phần (ghi thêm `ly_do_mot_phan`)",
        en: "partly online (add ly_do_mot_phan)",
    }
    ONLINE_KHONG {
        vi: "không cung cấp trực tuyến",
        en: "not online",
    }
    CHANNEL_TRUC_TIEP {
        vi: "trực tiếp",
        en: "in person",
    }
    CHANNEL_TRUC_TUYEN {
        vi: "trực tuyến",
        en: "online",
    }
    CHANNEL_BUU_CHINH {
        vi: "qua dịch vụ bưu chính",
        en: "by post",
    }
    UNIT_NGAY_LAM_VIEC {
        vi: "ngày làm việc",
        en: "working days",
    }
    UNIT_NGAY {
        vi: "ngày theo lịch (tính cả ngày nghỉ)",
        en: "calendar days",
    }
    UNIT_GIO {
        vi: "giờ",
        en: "hours",
    }
    UNIT_THANG {
        vi: "tháng",
        en: "months",
    }
    FEE_LE_PHI {
        vi: "lệ phí",
        en: "lệ phí (a charge set by law)",
    }
    FEE_PHI {
        vi: "phí",
        en: "phí (a fee)",
    }
    FEE_GIA {
        vi: "giá dịch vụ",
        en: "giá dịch vụ (a service price)",
    }
}
