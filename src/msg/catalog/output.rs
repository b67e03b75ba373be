//! Messages: where a build may write, publishing, scaffolds and `serve`.

crate::messages! {
    ROOT_UNREADABLE {
        vi: "không đọc được thư mục trang `{path}`: {error}",
        en: "the site folder `{path}` cannot be read: {error}",
    }
    OUT_UNRESOLVED {
        vi: "không xác định được thư mục xuất `{path}`: {error}",
        en: "the output folder `{path}` cannot be resolved: {error}",
    }
    OUT_IS_ROOT {
        vi: "thư mục xuất `{out}` chính là thư mục trang; dựng trang sẽ thay mất nguồn của nó",
        en: "the output `{out}` is the site folder itself; the build would replace its sources",
    }
    OUT_CONTAINS_ROOT {
        vi: "thư mục xuất `{out}` chứa thư mục trang `{root}`; dựng trang sẽ thay mất nó",
        en: "the output `{out}` contains the site folder `{root}`; the build would replace it",
    }
    OUT_IN_SOURCES {
        vi: "thư mục xuất `{out}` nằm trong nguồn của trang (`{source_dir}`)",
        en: "the output `{out}` lies inside the site's sources (`{source_dir}`)",
    }
    OUT_SYMLINK {
        vi: "thư mục xuất `{out}` là liên kết tượng trưng (tới `{target}`); niemyet không bao giờ xóa qua liên kết",
        en: "the output `{out}` is a symbolic link (to `{target}`); niemyet never deletes through a link",
    }
    OUT_NOT_FOLDER {
        vi: "`{out}` đã có và không phải thư mục",
        en: "the output `{out}` exists and is not a folder",
    }
    OUT_SACRED {
        vi: "thư mục xuất `{out}` là gốc hệ thống tệp, một thư mục ngay dưới gốc, hoặc thư mục nhà của người dùng",
        en: "the output `{out}` is the file system root, a folder directly under it, or a home folder",
    }
    OUT_FOREIGN {
        vi: "thư mục xuất `{out}` có tệp mà niemyet không tạo (không có `{marker}`); dựng trang sẽ thay mọi thứ trong đó",
        en: "the output `{out}` is a non-empty folder that niemyet did not make (no `{marker}` in it); building would replace everything in it",
    }
    OUT_SYMLINK_HELP {
        vi: "chỉ thẳng tới đích của liên kết bằng `--output {target}` (đích đó phải là thư mục xuất của niemyet, hoặc dùng --force), hoặc bỏ liên kết",
        en: "pass the link's target with `--output {target}` (it must itself be a niemyet output, or use --force), or remove the link",
    }
    OUT_FOREIGN_HELP {
        vi: "chọn một thư mục trống hoặc mới, hoặc thêm --force nếu thật sự được xóa những gì trong đó",
        en: "choose an empty or new folder, or pass --force if its contents may really be deleted",
    }
    ROOT_HELP {
        vi: "thêm --root với thư mục chứa site.yaml",
        en: "pass --root with the folder that holds site.yaml",
    }
    OUT_ELSEWHERE_HELP {
        vi: "chọn thư mục xuất ngoài nguồn của trang, ví dụ ROOT/public (mặc định)",
        en: "choose an output folder outside the site's sources, e.g. ROOT/public (the default)",
    }
    IO { vi: "{path}: {error}", en: "{path}: {error}" }
    ESCAPES {
        vi: "đường dẫn xuất `{path}` đi ra ngoài thư mục xuất",
        en: "output path `{path}` would leave the output folder",
    }
    COLLISION {
        vi: "hai trang cùng ghi vào `{path}`; đặt cho một trang slug hoặc alias khác",
        en: "two pages would be written to `{path}`; give one of them another slug or alias",
    }
    SITE_HAS_ERRORS { vi: "trang có {n} lỗi", en: "the site has {n} error(s)" }
    WRITER_STOPPED {
        vi: "luồng ghi tệp đã dừng giữa chừng; không ghi gì vào thư mục xuất",
        en: "the file writer stopped midway; nothing was written to the output",
    }
    SCAFFOLD_EXISTS {
        vi: "{path} đã có; không ghi gì",
        en: "{path} already exists; nothing was written",
    }
    SCAFFOLD_NOT_EMPTY {
        vi: "{path} không trống; `init` chỉ tạo trang mới",
        en: "{path} is not empty; `init` only creates new sites",
    }
    SCAFFOLD_EMPTY_NAME {
        vi: "`{name}` không có chữ hay số nào để đặt tên tệp",
        en: "`{name}` has no letters or digits to make a file name from",
    }
    SERVE_BIND {
        vi: "không lắng nghe được ở {addr}: {error}",
        en: "cannot listen on {addr}: {error}",
    }
    SERVE_WATCH {
        vi: "không theo dõi được {path}: {error}",
        en: "cannot watch {path}: {error}",
    }
    IO_NOT_FOUND { vi: "không có tệp hay thư mục này", en: "no such file or folder" }
    IO_PERMISSION { vi: "không có quyền truy cập", en: "permission denied" }
    IO_EXISTS { vi: "đã có", en: "already exists" }
    IO_FULL { vi: "ổ đĩa đã đầy", en: "the disk is full" }
    IO_READ_ONLY { vi: "ổ đĩa chỉ cho đọc", en: "the file system is read-only" }
    SERVING {
        vi: "đang phục vụ {root} tại http://{addr}/ (Ctrl+C để dừng)",
        en: "serving {root} at http://{addr}/ (Ctrl+C to stop)",
    }
    SERVE_EXPOSED {
        vi: "serve đang nghe ở {addr}, máy khác truy cập được; nó hiện cả bản nháp và chỉ để xem trước, không phải máy chủ web cho công chúng",
        en: "serve is bound to {addr}, reachable from other machines; it shows drafts and is a preview, not a web server for the public",
    }
    SERVE_RERENDERED {
        vi: "đã dựng lại trang bài sau khi sửa {file} trong {ms} ms",
        en: "re-rendered after change to {file} in {ms} ms",
    }
    SERVE_REBUILT {
        vi: "đã dựng lại cả trang sau khi sửa {file} trong {ms} ms",
        en: "rebuilt after change to {file} in {ms} ms",
    }
    SERVE_KEPT {
        vi: "còn lỗi sau khi sửa {file}: vẫn phục vụ bản dựng tốt gần nhất",
        en: "errors after change to {file}: still serving the last good site",
    }
}
