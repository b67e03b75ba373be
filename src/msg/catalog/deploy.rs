//! Messages: `niemyet deploy`.

crate::messages! {
    TARGET_BAD {
        vi: "`{target}` không phải đích hợp lệ: {why}",
        en: "`{target}` is not a valid target: {why}",
    }
    TARGET_HELP {
        vi: "viết dạng s3://TEN-BUCKET hoặc s3://TEN-BUCKET/THU-MUC (tên bucket: 3–63 chữ thường, số, dấu chấm, gạch ngang)",
        en: "write s3://BUCKET or s3://BUCKET/PREFIX (a bucket name: 3–63 lowercase letters, digits, dots, hyphens)",
    }
    TARGET_NOT_S3 { vi: "phải bắt đầu bằng s3://", en: "it must start with s3://" }
    TARGET_BUCKET { vi: "tên bucket không hợp lệ", en: "the bucket name is not valid" }
    TARGET_PREFIX {
        vi: "thư mục trong bucket không được chứa `..`, `.` hay `\\`",
        en: "the prefix may not hold `..`, `.` or `\\`",
    }
    ENDPOINT_BAD {
        vi: "`--endpoint {endpoint}` phải là địa chỉ http:// hoặc https:// có tên máy",
        en: "`--endpoint {endpoint}` must be an http:// or https:// address with a host",
    }
    NO_BUILD {
        vi: "{out} chưa có bản dựng của niemyet (thiếu tệp {marker})",
        en: "{out} holds no niemyet build (no {marker} file)",
    }
    NO_BUILD_HELP { vi: "chạy `niemyet build` trước khi triển khai", en: "run `niemyet build` before deploying" }
    CHANGED_AFTER_BUILD {
        vi: "{n} tệp trong {out} đã bị sửa hoặc mất sau lần dựng (đầu tiên: {path}); không tải lên gì",
        en: "{n} file(s) in {out} were edited or removed after the build (first: {path}); nothing was uploaded",
    }
    CHANGED_HELP {
        vi: "chạy lại `niemyet build` để bucket nhận đúng bản dựng, rồi triển khai",
        en: "run `niemyet build` again so the bucket gets exactly a build, then deploy",
    }
    NO_CREDENTIALS {
        vi: "không tìm thấy khóa truy cập kho lưu trữ",
        en: "no storage credentials found",
    }
    CREDENTIALS_HELP {
        vi: "đặt biến môi trường AWS_ACCESS_KEY_ID và AWS_SECRET_ACCESS_KEY, hoặc AWS_PROFILE cùng tệp ~/.aws/credentials",
        en: "set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE with a ~/.aws/credentials file",
    }
    DENIED {
        vi: "kho lưu trữ từ chối ({status}) khi {action} `{key}`; không thay đổi gì thêm",
        en: "the storage refused ({status}) to {action} `{key}`; nothing more was changed",
    }
    DENIED_HELP {
        vi: "kiểm tra khóa truy cập (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY), vùng (--region) và quyền ghi trên bucket",
        en: "check the access key (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY), the region (--region) and write rights on the bucket",
    }
    NO_BUCKET {
        vi: "không có bucket `{bucket}` tại {endpoint}",
        en: "there is no bucket `{bucket}` at {endpoint}",
    }
    NO_BUCKET_HELP {
        vi: "tạo bucket trước (niemyet không tự tạo), hoặc sửa --target / --endpoint",
        en: "create the bucket first (niemyet does not), or fix --target / --endpoint",
    }
    UNREACHABLE {
        vi: "không kết nối được tới kho lưu trữ {endpoint} sau {tries} lần thử khi {action} `{key}`: {error}",
        en: "cannot reach the storage at {endpoint} after {tries} tries to {action} `{key}`: {error}",
    }
    UNREACHABLE_HELP {
        vi: "kiểm tra --endpoint và mạng; chạy lại lệnh sẽ tiếp tục phần còn lại",
        en: "check --endpoint and the network; running the command again finishes the rest",
    }
    FAILED {
        vi: "kho lưu trữ trả lỗi {status} khi {action} `{key}`: {body}",
        en: "the storage answered {status} to {action} `{key}`: {body}",
    }
    ACTION_READ { vi: "đọc", en: "read" }
    ACTION_UPLOAD { vi: "tải lên", en: "upload" }
    ACTION_DELETE { vi: "xóa", en: "delete" }
    TOO_MANY_DELETES {
        vi: "lần triển khai này sẽ xóa {n} tệp khỏi bucket, quá giới hạn --max-deletes {max}; không thay đổi gì",
        en: "this deploy would delete {n} files from the bucket, more than --max-deletes {max}; nothing was changed",
    }
    TOO_MANY_DELETES_HELP {
        vi: "kiểm tra --target và thư mục xuất; nếu đúng là cần xóa, chạy lại với --max-deletes {n}",
        en: "check --target and the output folder; if the deletions are meant, run again with --max-deletes {n}",
    }
    PLAN_UPLOAD { vi: "tải lên  {key} ({why})", en: "upload   {key} ({why})" }
    PLAN_DELETE { vi: "xóa      {key}", en: "delete   {key}" }
    WHY_NEW { vi: "mới", en: "new" }
    WHY_CHANGED { vi: "đã đổi", en: "changed" }
    PROGRESS { vi: "Đang tải lên", en: "Uploading" }
    PROGRESS_DELETE { vi: "Đang xóa tệp cũ", en: "Deleting old files" }
    SUMMARY {
        vi: "đã triển khai lên {target}: {uploaded} tệp tải lên ({size}), {unchanged} tệp không đổi, {deleted} tệp đã xóa, trong {ms} ms",
        en: "deployed to {target}: {uploaded} files uploaded ({size}), {unchanged} unchanged, {deleted} deleted, in {ms} ms",
    }
    DRY_SUMMARY {
        vi: "chạy thử (--dry-run), không thay đổi gì: sẽ tải lên {uploaded} tệp ({size}), giữ {unchanged} tệp, xóa {deleted} tệp trên {target}",
        en: "dry run, nothing changed: would upload {uploaded} files ({size}), keep {unchanged}, delete {deleted} on {target}",
    }
}
