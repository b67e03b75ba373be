//! Messages: the command line — help, progress, summaries and the words
//! around every diagnostic.

crate::messages! {
    LABEL_ERROR { vi: "lỗi", en: "error" }
    LABEL_WARNING { vi: "cảnh báo", en: "warning" }
    LABEL_HELP { vi: "gợi ý", en: "help" }

    ABOUT {
        vi: "Trang tĩnh cho cổng thông tin điện tử: tin tức, niêm yết thủ tục hành chính, tìm kiếm",
        en: "Static sites for Vietnamese public-information portals: news, procedure postings, search",
    }
    HELP_TEMPLATE {
        vi: "{about-with-newline}\nCách dùng: {usage}\n\n{all-args}{after-help}",
        en: "{about-with-newline}\nUsage: {usage}\n\n{all-args}{after-help}",
    }
    HEADING_COMMANDS { vi: "Lệnh", en: "Commands" }
    HEADING_ARGS { vi: "Tham số", en: "Arguments" }
    HEADING_OPTIONS { vi: "Tùy chọn", en: "Options" }
    ARG_HELP { vi: "In hướng dẫn này", en: "Print help" }
    ARG_VERSION { vi: "In phiên bản", en: "Print version" }
    ARG_LANG {
        vi: "Ngôn ngữ của thông báo: vi (mặc định) hoặc en; cũng đặt được bằng biến môi trường NIEMYET_LANG",
        en: "Language of messages: vi (default) or en; also set by the environment variable NIEMYET_LANG",
    }
    ARG_ROOT {
        vi: "Thư mục trang (chứa site.yaml và content/) [mặc định: .]",
        en: "Site folder (holds site.yaml and content/) [default: .]",
    }

    CMD_BUILD {
        vi: "Dựng trang vào thư mục xuất (thay cũ bằng mới trong một bước, không bao giờ dở dang)",
        en: "Build the site into the output folder (atomically)",
    }
    ARG_OUTPUT {
        vi: "Thư mục xuất [mặc định: ROOT/public]",
        en: "Output folder [default: ROOT/public]",
    }
    ARG_DRAFTS { vi: "Xuất bản cả bản nháp", en: "Publish drafts too" }
    ARG_FORCE_OUTPUT {
        vi: "Thay thư mục xuất kể cả khi nó có tệp không do niemyet tạo (không bao giờ áp dụng cho thư mục trang hay nguồn của nó)",
        en: "Replace the output folder even if it is not empty and was not made by niemyet (never allowed for the site folder or its sources)",
    }
    CMD_CHECK {
        vi: "Kiểm tra mọi quy tắc mà không ghi gì",
        en: "Check every rule without writing anything",
    }
    ARG_FORMAT {
        vi: "text (mặc định) hoặc json: in các thông báo dạng JSON ra stdout, cho trình soạn thảo và CI",
        en: "text (default) or json: prints the diagnostics as JSON on stdout, for editors and CI",
    }
    ARG_EXTERNAL {
        vi: "Liệt kê thêm các liên kết ra ngoài và trang chứa chúng (không tải gì)",
        en: "Also list external links and the pages they appear on (nothing is fetched)",
    }
    CMD_NEW {
        vi: "Tạo nội dung mới với ngày hôm nay và đường dẫn (slug)",
        en: "Scaffold content with today's date and a slug",
    }
    CMD_NEW_ARTICLE {
        vi: "Một bài tin tức: content/tin-tuc/<năm>/<slug>.md",
        en: "A news article: content/tin-tuc/<yyyy>/<slug>.md",
    }
    ARG_TITLE { vi: "Tiêu đề bài, đặt trong ngoặc kép", en: "The article's title, in quotes" }
    CMD_NEW_CATALOG {
        vi: "Khung danh mục thủ tục: content/thu-tuc/<tên>.yaml",
        en: "A procedure catalog skeleton: content/thu-tuc/<name>.yaml",
    }
    ARG_NAME { vi: "Tên tệp, ví dụ qd-1234-2026", en: "File name, e.g. qd-1234-2026" }
    CMD_INIT {
        vi: "Tạo trang mới: site.yaml và nội dung mẫu (giao diện mặc định dựng sẵn)",
        en: "Create a new site: site.yaml and sample content (the default theme is built in)",
    }
    ARG_DIR {
        vi: "Thư mục sẽ tạo (phải trống hoặc chưa có)",
        en: "Folder to create (must be empty or not exist)",
    }
    CMD_SERVE {
        vi: "Dựng, phục vụ trên máy, dựng lại khi sửa và tải lại các thẻ đang mở; có hiện bản nháp (đây là bản xem trước)",
        en: "Build, serve on a local address, rebuild on change and reload open tabs; drafts are shown (it is a preview)",
    }
    ARG_BIND {
        vi: "Địa chỉ lắng nghe [mặc định: 127.0.0.1]; địa chỉ khác thì máy khác truy cập được",
        en: "Address to listen on [default: 127.0.0.1]; anything but loopback is reachable from other machines",
    }
    ARG_PORT { vi: "Cổng lắng nghe [mặc định: 1111]", en: "Port to listen on [default: 1111]" }
    CMD_IMPORT {
        vi: "Nhập thủ tục từ bản ghi (JSON) của Cổng Dịch vụ công quốc gia vào danh mục",
        en: "Import procedures from national-portal records (JSON) into catalogs",
    }
    CMD_DEPLOY {
        vi: "Tải thư mục xuất lên kho lưu trữ tương thích S3, chỉ những tệp đã đổi; khóa truy cập lấy từ AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY hoặc ~/.aws/credentials",
        en: "Upload the output folder to S3-compatible storage, changed files only; credentials from AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or ~/.aws/credentials",
    }
    ARG_TARGET { vi: "Đích: s3://TEN-BUCKET hoặc s3://TEN-BUCKET/THU-MUC", en: "Target: s3://BUCKET or s3://BUCKET/PREFIX" }
    ARG_ENDPOINT {
        vi: "Địa chỉ kho lưu trữ tương thích S3 (ví dụ https://s3.example.vn) [mặc định: Amazon S3]",
        en: "Address of the S3-compatible storage (e.g. https://s3.example.vn) [default: Amazon S3]",
    }
    ARG_REGION { vi: "Vùng (region) [mặc định: AWS_REGION, hoặc us-east-1]", en: "Region [default: AWS_REGION, or us-east-1]" }
    ARG_DRY_RUN { vi: "Chỉ in kế hoạch, không thay đổi gì", en: "Print the plan, change nothing" }
    ARG_MAX_DELETES {
        vi: "Dừng, không thay đổi gì, nếu phải xóa nhiều hơn số tệp này [mặc định: 256]",
        en: "Stop, changing nothing, if more files than this would be deleted [default: 256]",
    }
    CMD_IMPORT_DVC {
        vi: "Bản ghi của Cổng Dịch vụ công quốc gia (dichvucong.gov.vn): mỗi quyết định công bố một danh mục, cơ quan vào content/co-quan.yaml",
        en: "Records of the national public-service portal (dichvucong.gov.vn): one catalog per announcing decision, agencies into content/co-quan.yaml",
    }
    ARG_INPUTS { vi: "Tệp bản ghi JSON, hoặc thư mục chứa chúng", en: "JSON record files, or folders holding them" }
    ARG_IMPORT_OUT {
        vi: "Thư mục ghi danh mục [mặc định: ROOT/content/thu-tuc]",
        en: "Folder for the catalogs [default: ROOT/content/thu-tuc]",
    }
    ARG_IMPORT_FORCE {
        vi: "Ghi đè danh mục đã có mà nội dung khác",
        en: "Overwrite catalogs that already exist with other content",
    }
    CMD_VERSION { vi: "In phiên bản (như --version)", en: "Print the version (same as --version)" }

    STAGE_LOADING { vi: "đang đọc và kiểm tra nội dung", en: "loading and checking content" }
    STAGE_MARKDOWN { vi: "đang chuyển Markdown", en: "rendering Markdown" }
    STAGE_RENDERING { vi: "đang dựng và ghi các trang", en: "rendering and writing pages" }
    STAGE_WRITING { vi: "đang xuất bản", en: "publishing" }

    SUMMARY {
        vi: "{errors} lỗi, {warnings} cảnh báo",
        en: "{errors} error(s), {warnings} warning(s)",
    }
    BUILT {
        vi: "đã dựng {pages} trang ({articles} bài viết, {procedures} thủ tục), {files} tệp ({written} ghi mới, {linked} giữ nguyên) trong {ms} ms → {out}",
        en: "built {pages} pages ({articles} articles, {procedures} procedures), {files} files ({written} written, {linked} unchanged) in {ms} ms → {out}",
    }
    UP_TO_DATE {
        vi: "không có gì thay đổi từ lần dựng trước: {out} đã khớp với nội dung ({pages} trang, {articles} bài viết, {procedures} thủ tục, {files} tệp; kiểm tra trong {ms} ms)",
        en: "nothing changed since the last build: {out} is up to date ({pages} pages, {articles} articles, {procedures} procedures, {files} files; checked in {ms} ms)",
    }
    BUILD_FAILED {
        vi: "dựng trang không thành: {summary}; không ghi gì",
        en: "build failed: {summary}; nothing was written",
    }
    NOTHING_TOUCHED {
        vi: "không ghi và không xóa gì",
        en: "nothing was written or deleted",
    }
    NOT_A_SITE {
        vi: "{root} không phải thư mục trang (không có site.yaml)",
        en: "{root} is not a niemyet site (no site.yaml there)",
    }
    NOT_A_SITE_HELP {
        vi: "chạy lệnh trong thư mục trang hoặc thêm --root; `niemyet init DIR` tạo trang mới",
        en: "run it in the site's folder or pass --root; `niemyet init DIR` creates a site",
    }
    CREATED { vi: "đã tạo {path}", en: "created {path}" }
    INIT_DONE {
        vi: "đã tạo trang mới trong {dir} ({files} tệp)",
        en: "created a new site in {dir} ({files} files)",
    }
    INIT_NEXT { vi: "tiếp theo: cd {dir} && niemyet serve", en: "next: cd {dir} && niemyet serve" }
    EXTERNAL_LINKS {
        vi: "{n} liên kết ra ngoài, không tải:",
        en: "{n} external link(s), not fetched:",
    }
    EXTERNAL_ON { vi: "{url}  (ở {pages})", en: "{url}  (on {pages})" }
    IMPORT_OVERWRITE_HELP {
        vi: "thêm --force để ghi đè, hoặc nhập vào thư mục khác bằng --out",
        en: "add --force to overwrite, or import into another folder with --out",
    }
    IMPORT_NOTHING_HELP {
        vi: "chỉ ra các tệp .json tải từ Cổng Dịch vụ công, hoặc thư mục chứa chúng",
        en: "name the .json files fetched from the national portal, or a folder holding them",
    }
    BAD_LANG {
        vi: "ngôn ngữ `{lang}` không có; dùng vi hoặc en",
        en: "no language `{lang}`; use vi or en",
    }
    USAGE_UNKNOWN_ARG {
        vi: "không có tùy chọn `{arg}`",
        en: "unexpected argument `{arg}`",
    }
    USAGE_UNKNOWN_COMMAND {
        vi: "không có lệnh `{command}`",
        en: "unrecognized subcommand `{command}`",
    }
    USAGE_BAD_VALUE {
        vi: "giá trị `{value}` không dùng được cho {arg}",
        en: "invalid value `{value}` for {arg}",
    }
    USAGE_MISSING_ARG {
        vi: "thiếu {arg}",
        en: "missing {arg}",
    }
    USAGE_MISSING_COMMAND {
        vi: "thiếu tên lệnh, ví dụ `niemyet build`",
        en: "a command is missing, e.g. `niemyet build`",
    }
    USAGE_OTHER {
        vi: "cách viết lệnh chưa đúng: {detail}",
        en: "the command line is not right: {detail}",
    }
    USAGE_DID_YOU_MEAN {
        vi: "có phải ý là `{suggestion}`?",
        en: "did you mean `{suggestion}`?",
    }
    USAGE_SEE_HELP {
        vi: "xem cách dùng: niemyet --help (hoặc niemyet <lệnh> --help)",
        en: "see the usage: niemyet --help (or niemyet <command> --help)",
    }
    USAGE_MISSING_IMPORT {
        vi: "thiếu loại bản ghi, ví dụ `niemyet import dvc ho-so-dvc/`",
        en: "the kind of records is missing, e.g. `niemyet import dvc records/`",
    }
    USAGE_MISSING_NEW {
        vi: "thiếu loại nội dung, ví dụ `niemyet new article \"Tiêu đề\"` hoặc `niemyet new catalog qd-1234-2026`",
        en: "what to create is missing, e.g. `niemyet new article \"Title\"` or `niemyet new catalog qd-1234-2026`",
    }
}
