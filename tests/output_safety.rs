//! A build never deletes what it did not make: the output folder is
//! resolved to a canonical path first and refused (exit 2, nothing
//! touched) when it is the site, holds the site, lies in its sources, is a
//! link, or is someone else's non-empty folder.

mod common;

use std::path::Path;

use common::*;

fn build_in(cwd: &Path, args: &[&str]) -> Run {
    niemyet_in(cwd, &[&["build"], args].concat())
}

/// The fixture site at `<tmp>/site`, plus a user's folder `<tmp>/Documents`.
fn world() -> (tempfile::TempDir, Vec<(std::path::PathBuf, Vec<u8>)>) {
    let tmp = tempfile::tempdir().unwrap();
    let fixture = site("basic");
    std::fs::rename(fixture.path(), tmp.path().join("site")).unwrap();
    std::fs::create_dir_all(tmp.path().join("Documents")).unwrap();
    std::fs::write(tmp.path().join("Documents/bao-cao.docx"), "báo cáo").unwrap();
    std::fs::write(tmp.path().join(".bashrc"), "alias ll='ls -l'").unwrap();
    let before = snapshot(tmp.path());
    (tmp, before)
}

#[test]
fn outputs_that_would_replace_the_sources_are_refused() {
    let (tmp, before) = world();
    let t = tmp.path();
    let cases: &[(&Path, &[&str])] = &[
        (t, &["--root", "site", "--output", "site/content"]),
        (t, &["--root", "site", "--output", "site/content/tep"]),
        (t, &["--root", "site", "--output", "site/themes"]),
        (t, &["--root", "site", "--output", "site"]),
        (t, &["--root", "site", "--output", "."]),
        (t, &["--root", "site", "--output", "site/public/../content"]),
        (&t.join("site/content"), &["--root", "..", "--output", "."]),
        (&t.join("site"), &["--output", ".."]),
        (&t.join("site"), &["--output", "./content/../"]),
        (t, &["--root", "site", "--output", "Documents"]),
        (t, &["--root", "site", "--output", "/"]),
    ];
    for (cwd, args) in cases {
        let run = build_in(cwd, args);
        assert_eq!(run.code, 2, "{args:?} in {}: {}", cwd.display(), run.stderr);
        assert!(run.stderr.contains("help: "), "{}", run.stderr);
        assert!(
            run.stderr.contains("nothing was written or deleted"),
            "{}",
            run.stderr
        );
    }
    // --force only overrides "not made by niemyet", never the sources.
    for args in [
        ["--root", "site", "--output", "site/content", "--force"],
        ["--root", "site", "--output", ".", "--force"],
    ] {
        assert_eq!(build_in(t, &args).code, 2, "{args:?}");
    }
    assert!(snapshot(t) == before, "a refused build changed files");
}

#[test]
fn a_foreign_folder_is_replaced_only_with_force_and_ours_without() {
    let (tmp, _) = world();
    let t = tmp.path();
    let run = build_in(t, &["--root", "site", "--output", "Documents"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("--force"), "{}", run.stderr);
    assert!(t.join("Documents/bao-cao.docx").exists());

    let run = build_in(t, &["--root", "site", "--output", "Documents", "--force"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(t.join("Documents/index.html").exists());
    assert!(t.join("Documents/.niemyet-output").exists());
    // Now it is ours: a rebuild needs no flag.
    assert_eq!(
        build_in(t, &["--root", "site", "--output", "Documents"]).code,
        0
    );
}

#[cfg(unix)]
#[test]
fn an_output_link_is_refused_and_its_target_untouched() {
    let (tmp, _) = world();
    let t = tmp.path();
    std::os::unix::fs::symlink(t.join("Documents"), t.join("site/public")).unwrap();
    let run = build_in(t, &["--root", "site"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("symbolic link"), "{}", run.stderr);
    assert!(t.join("Documents/bao-cao.docx").exists());
    assert!(!t.join("Documents/index.html").exists());
}

#[cfg(unix)]
#[test]
fn a_link_left_in_the_old_output_is_removed_not_followed() {
    let (tmp, _) = world();
    let t = tmp.path();
    assert_eq!(build_in(t, &["--root", "site"]).code, 0);
    std::os::unix::fs::symlink(t.join("Documents"), t.join("site/public/tai-lieu")).unwrap();
    std::os::unix::fs::symlink(t.join(".bashrc"), t.join("site/public/cau-hinh")).unwrap();
    let run = build_in(t, &["--root", "site"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(t.join("Documents/bao-cao.docx").exists());
    assert!(t.join(".bashrc").exists());
    assert!(!t.join("site/public/tai-lieu").exists());
}

#[test]
fn a_new_or_empty_output_and_a_relative_default_work() {
    let (tmp, _) = world();
    let t = tmp.path();
    std::fs::create_dir_all(t.join("trong")).unwrap();
    assert_eq!(
        build_in(t, &["--root", "site", "--output", "trong"]).code,
        0
    );
    assert_eq!(
        build_in(t, &["--root", "site", "--output", "moi/a/b"]).code,
        0
    );
    assert!(t.join("moi/a/b/index.html").exists());
    assert_eq!(build_in(&t.join("site"), &[]).code, 0);
    assert!(t.join("site/public/index.html").exists());
}
