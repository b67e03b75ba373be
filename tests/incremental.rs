//! Publishing writes only what changed: a rebuild links every file whose
//! bytes did not change from the published tree (same inode, same mtime)
//! and writes the others, and the swap stays atomic.

mod common;

#[cfg(unix)]
mod unix {
    use std::collections::BTreeMap;
    use std::os::unix::fs::MetadataExt;
    use std::path::Path;

    use super::common::*;

    /// path → (inode, mtime ns, bytes) of every file of the output.
    fn state(out: &Path) -> BTreeMap<String, (u64, i128, Vec<u8>)> {
        walkdir::WalkDir::new(out)
            .into_iter()
            .map(Result::unwrap)
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                let m = e.metadata().unwrap();
                let rel = e.path().strip_prefix(out).unwrap().display().to_string();
                let mtime = m.mtime() as i128 * 1_000_000_000 + m.mtime_nsec() as i128;
                (rel, (m.ino(), mtime, std::fs::read(e.path()).unwrap()))
            })
            .collect()
    }

    #[test]
    fn a_rebuild_after_one_edit_rewrites_only_the_files_that_changed() {
        let dir = site("basic");
        let root = dir.path();
        let out = root.join("public");
        assert_eq!(build(root).code, 0);
        let before = state(&out);

        // Nothing changed: nothing is written.
        let run = build(root);
        assert!(run.stderr.contains("(0 written, "), "{}", run.stderr);
        let same = state(&out);
        for (path, (ino, mtime, _)) in &before {
            if path == ".niemyet-output" {
                continue;
            }
            assert_eq!(
                (ino, mtime),
                (&same[path].0, &same[path].1),
                "{path} was rewritten"
            );
        }

        edit(
            root,
            "content/tin-tuc/2025-11-01-nfd.md",
            "Tiêu đề viết ở dạng NFD.",
            "Nội dung đã sửa.",
        );
        let run = build(root);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let after = state(&out);
        let mut rewritten = 0;
        for (path, (ino, _, bytes)) in &after {
            match before.get(path) {
                Some((old_ino, _, old_bytes)) if old_bytes == bytes => {
                    assert_eq!(ino, old_ino, "{path}: same bytes, new inode")
                }
                _ => rewritten += 1,
            }
        }
        assert!(
            rewritten > 0 && rewritten < after.len() / 2,
            "{rewritten} of {}",
            after.len()
        );
        assert!(
            after["tin-tuc/nfd/index.html"].2 != before["tin-tuc/nfd/index.html"].2,
            "the edited article's page changed"
        );
    }

    #[test]
    fn a_hand_edited_published_file_is_written_again() {
        let dir = site("basic");
        let root = dir.path();
        assert_eq!(build(root).code, 0);
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(root.join("public/404.html"), "sửa tay").unwrap();
        assert_eq!(build(root).code, 0);
        assert!(
            read(root, "404.html").contains("<html"),
            "the build's own page is back"
        );
    }
}
