//! Messages: `niemyet import dvc` — its summary, skipped records and errors.

crate::messages! {
    WRITTEN { vi: "đã ghi {path} ({n} thủ tục)", en: "wrote {path} ({n} procedure(s))" }
    UNCHANGED { vi: "không đổi {path} ({n} thủ tục)", en: "unchanged {path} ({n} procedure(s))" }
    IMPORTED {
        vi: "Đã nhập {procedures} thủ tục vào {catalogs} danh mục.",
        en: "Imported {procedures} procedure(s) into {catalogs} catalog(s).",
    }
    AGENCIES_ADDED {
        vi: "Thêm {n} cơ quan vào content/co-quan.yaml.",
        en: "Added {n} agency(ies) to content/co-quan.yaml.",
    }
    AGENCIES_NO_LEVEL {
        vi: "{n} cơ quan chưa rõ cấp: điền `cap` ở dòng # TODO.",
        en: "{n} agency(ies) without a level: fill in `cap` at the # TODO line.",
    }
    MISSING_HEAD {
        vi: "{n} thủ tục thiếu thành phần bắt buộc (đánh dấu # TODO; `niemyet check` sẽ báo):",
        en: "{n} procedure(s) lack required elements (marked # TODO; `niemyet check` reports them):",
    }
    SKIPPED_HEAD { vi: "Bỏ qua {n} bản ghi:", en: "Skipped {n} record(s):" }
    SKIP_TOO_BIG {
        vi: "tệp lớn {mb} MB, không phải một bản ghi thủ tục",
        en: "a file of {mb} MB is not a procedure record",
    }
    SKIP_NOT_JSON {
        vi: "không phải JSON hợp lệ (dòng {line}, cột {column}); tải lại bản ghi từ cổng",
        en: "not valid JSON (line {line}, column {column}); fetch the record again",
    }
    SKIP_DUPLICATE {
        vi: "trùng mã {code} với {first} (giữ bản ghi đầu)",
        en: "code {code} already read from {first} (the first record is kept)",
    }
    SKIP_NOT_OK {
        vi: "cổng trả về mã `{code}` thay vì `OK` (bản ghi lỗi, hãy tải lại)",
        en: "the portal answered `{code}` instead of `OK` (an error record; fetch it again)",
    }
    SKIP_NO_DATA {
        vi: "không có phần `data` (không phải bản ghi thủ tục)",
        en: "no `data` part (not a procedure record)",
    }
    SKIP_NO_CODE {
        vi: "bản ghi không có mã thủ tục (`code`)",
        en: "the record has no procedure code (`code`)",
    }
    SKIP_BAD_CODE {
        vi: "mã `{code}` không có dạng mã thủ tục quốc gia (1.001193)",
        en: "`{code}` is not a national procedure code (1.001193)",
    }
    ERR_READ { vi: "không đọc được {path}: {error}", en: "cannot read {path}: {error}" }
    ERR_WRITE { vi: "không ghi được {path}: {error}", en: "cannot write {path}: {error}" }
    ERR_OVERWRITE {
        vi: "{paths} đã có và khác nội dung sẽ nhập; không ghi đè tệp nào",
        en: "{paths} already exist with other content; nothing was overwritten",
    }
    ERR_REGISTRY {
        vi: "{path} có lỗi cú pháp YAML ở dòng {line}: sửa tệp này trước khi nhập",
        en: "{path} has a YAML syntax error at line {line}: fix it before importing",
    }
    ERR_REGISTRY_SHAPE {
        vi: "{path}: danh sách `co_quan` không viết dạng khối (`- id: …` mỗi dòng), không tự thêm được",
        en: "{path}: the `co_quan` list is not written one `- id: …` item per line; agencies cannot be appended",
    }
    ERR_NOTHING {
        vi: "không có bản ghi nào để nhập trong các đường dẫn đã cho",
        en: "no records to import in the given paths",
    }
    DECISION_MISSING {
        vi: "Quyết định công bố trong {path} thiếu: {gaps} (đánh dấu # TODO).",
        en: "The announcing decision in {path} lacks: {gaps} (marked # TODO).",
    }
    REGISTRY_UNTOUCHED {
        vi: "Danh mục được ghi ra ngoài thư mục content/ của trang (--out): content/co-quan.yaml giữ nguyên, không thêm cơ quan.",
        en: "The catalogs were written outside the site's content/ folder (--out): content/co-quan.yaml was left as it was.",
    }
    ERR_NO_INPUT {
        vi: "không có tệp hay thư mục {path}",
        en: "there is no file or folder {path}",
    }
}
