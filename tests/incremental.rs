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

    /// Inputs changed in the last two seconds are never trusted unchanged.
    fn settle() {
        std::thread::sleep(std::time::Duration::from_millis(2100));
    }

    /// A build whose inputs, program and output are as the last clean build
    /// left them does nothing at all; any change to them, to the output or
    /// to the options makes a real build again, whose output equals a
    /// fresh one.
    #[test]
    fn an_unchanged_site_is_not_built_again() {
        let dir = site("basic");
        let root = dir.path();
        let out = root.join("public");
        settle();
        let first = build(root);
        assert_eq!(first.code, 0, "{}", first.stderr);
        assert!(first.stderr.contains("written"), "{}", first.stderr);
        let before = state(&out);

        let run = build(root);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(
            run.stderr.contains("nothing changed since the last build"),
            "{}",
            run.stderr
        );
        assert_eq!(state(&out), before, "not a byte, inode or time moved");

        // A file dropped into the output by hand: built again, and gone.
        std::fs::write(out.join("lac.html"), "x").unwrap();
        let run = build(root);
        assert!(run.stderr.contains("written"), "{}", run.stderr);
        assert!(!out.join("lac.html").exists());
        // A published file edited by hand, even to the same size.
        let page = out.join("404.html");
        let len = std::fs::metadata(&page).unwrap().len() as usize;
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(&page, "x".repeat(len)).unwrap();
        let run = build(root);
        assert!(run.stderr.contains("written"), "{}", run.stderr);
        assert!(read(root, "404.html").contains("<html"));
        // A published file removed.
        std::fs::remove_file(out.join("robots.txt")).unwrap();
        let run = build(root);
        assert!(run.stderr.contains("written"), "{}", run.stderr);
        assert!(out.join("robots.txt").is_file());
        assert!(build(root).stderr.contains("nothing changed"));

        // Other options make another site.
        let drafts = niemyet_in(root, &["build", "--drafts"]);
        assert!(drafts.stderr.contains("written"), "{}", drafts.stderr);
        assert!(build(root).stderr.contains("written"));

        // An edit to an article: a real build, equal to a fresh one. Inputs
        // this new are not recorded: the next build is a real one too, and
        // records them once they are two seconds old.
        edit(
            root,
            "content/tin-tuc/2025-11-01-nfd.md",
            "Tiêu đề viết ở dạng NFD.",
            "Đã sửa sau lần dựng.",
        );
        let run = build(root);
        assert!(run.stderr.contains("written"), "{}", run.stderr);
        assert!(read(root, "tin-tuc/nfd/index.html").contains("Đã sửa sau lần dựng."));
        let run = build(root);
        assert!(run.stderr.contains("written"), "racy: {}", run.stderr);
        settle();
        assert!(build(root).stderr.contains("written"), "records the inputs");
        assert!(build(root).stderr.contains("nothing changed"));
        let fresh = fresh(root, "public-fresh");
        assert_eq!(snapshot(&out), snapshot(&fresh));
    }

    /// A build with warnings is made every time, so the warnings are
    /// shown every time.
    #[test]
    fn a_build_with_warnings_is_never_skipped() {
        let dir = site("basic");
        let root = dir.path();
        std::fs::write(root.join("content/tep/.nhap.txt"), "x").unwrap();
        settle();
        for _ in 0..2 {
            let run = build(root);
            assert_eq!(run.code, 0, "{}", run.stderr);
            assert!(run.stderr.contains("written"), "{}", run.stderr);
            assert!(run.stderr.contains("hidden"), "{}", run.stderr);
        }
    }

    /// Every entry under `out` (folders too, marked with a `/`).
    fn layout(out: &Path) -> Vec<String> {
        let mut all: Vec<String> = walkdir::WalkDir::new(out)
            .min_depth(1)
            .into_iter()
            .map(Result::unwrap)
            .map(|e| {
                let rel = e.path().strip_prefix(out).unwrap().display().to_string();
                if e.file_type().is_dir() {
                    rel + "/"
                } else {
                    rel
                }
            })
            .collect();
        all.sort();
        all
    }

    /// Builds the same input into a new folder: what the output must equal.
    fn fresh(root: &Path, name: &str) -> std::path::PathBuf {
        let out = root.join(name);
        let _ = std::fs::remove_dir_all(&out);
        let run = build_into(root, &out);
        assert_eq!(run.code, 0, "{}", run.stderr);
        out
    }

    /// The second build on keeps the tree it replaced beside the output and
    /// starts the next build from it: whatever happened in between
    /// (articles edited, removed, added; files added by hand), each output
    /// is exactly what a build into an empty folder gives.
    #[test]
    fn rebuilds_from_the_replaced_tree_equal_a_fresh_build() {
        let dir = site("basic");
        let root = dir.path();
        let out = root.join("public");
        let check = |step: &str| {
            let run = build(root);
            assert_eq!(run.code, 0, "{step}: {}", run.stderr);
            let want = fresh(root, "fresh");
            assert_eq!(
                layout(&out),
                layout(&want),
                "{step}: other files or folders"
            );
            assert!(snapshot(&out) == snapshot(&want), "{step}: other bytes");
        };
        check("first build");
        check("nothing changed");
        assert!(
            root.join(".public.spare").is_dir(),
            "the replaced tree is kept"
        );
        edit(
            root,
            "content/tin-tuc/2025-11-01-nfd.md",
            "Tiêu đề viết ở dạng NFD.",
            "Tiêu đề mới.",
        );
        check("one article edited");
        std::fs::remove_file(root.join("content/tin-tuc/2025-10-06-bom-crlf.md")).unwrap();
        check("one article removed");
        std::fs::write(root.join("public/tay.html"), "thêm tay").unwrap();
        std::fs::create_dir_all(root.join("public/thu-muc-tay/con")).unwrap();
        check("files added by hand to the output");
        check("and once more, from the tree that held them");
        std::fs::write(
            root.join("content/tin-tuc/2025-12-01-moi.md"),
            "---\ntitle: \"Bài mới\"\ndate: 2025-12-01\n---\nNội dung.\n",
        )
        .unwrap();
        check("one article added");
        let before = state(&out);
        edit(
            root,
            "content/tin-tuc/2025-12-01-moi.md",
            "Nội dung.",
            "Nội dung sửa.",
        );
        check("edited again");
        for (path, (ino, _, bytes)) in &state(&out) {
            if let Some((old_ino, _, old_bytes)) = before.get(path)
                && old_bytes == bytes
            {
                assert_eq!(ino, old_ino, "{path}: same bytes, new inode");
            }
        }
    }

    /// A link planted in the kept tree is never followed: the tree is not
    /// reused, the folder the link points to is left alone, and the output
    /// is still exactly right.
    #[test]
    fn a_link_planted_in_the_replaced_tree_is_not_followed() {
        let dir = site("basic");
        let root = dir.path();
        assert_eq!(build(root).code, 0);
        assert_eq!(build(root).code, 0);
        let spare = root.join(".public.spare");
        let elsewhere = tempfile::tempdir().unwrap();
        std::fs::write(elsewhere.path().join("index.html"), "không được đụng").unwrap();
        std::fs::remove_dir_all(spare.join("tin-tuc")).unwrap();
        std::os::unix::fs::symlink(elsewhere.path(), spare.join("tin-tuc")).unwrap();
        edit(
            root,
            "content/tin-tuc/2025-11-01-nfd.md",
            "Tiêu đề viết ở dạng NFD.",
            "Tiêu đề khác.",
        );
        let run = build(root);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert_eq!(
            std::fs::read_to_string(elsewhere.path().join("index.html")).unwrap(),
            "không được đụng"
        );
        assert_eq!(std::fs::read_dir(elsewhere.path()).unwrap().count(), 1);
        let want = fresh(root, "fresh");
        assert!(snapshot(&root.join("public")) == snapshot(&want));
    }
}
