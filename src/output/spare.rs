//! The tree a build replaced, kept beside the output as the next build's
//! starting point: the next build changes only the files whose bytes
//! differ, so neither the folders nor the unchanged files of a large site
//! are made again, and nothing has to be deleted in bulk.
//!
//! Only a tree that a finished build published is ever reused, and only
//! after a scan finds nothing but folders and regular files in it: a link
//! planted there could otherwise send the next build's writes elsewhere.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::guard::MARKER;
use super::manifest::{Entry, Manifest};

/// Where the replaced tree of the output `out` waits for the next build.
pub fn path(parent: &Path, name: &str) -> PathBuf {
    parent.join(format!(".{name}.spare"))
}

/// Takes the spare tree for this build by renaming it to `staging`: one
/// rename, so two builds can never share it. False when there is none.
pub fn claim(spare: &Path, staging: &Path) -> bool {
    let ours = std::fs::symlink_metadata(spare).is_ok_and(|m| m.is_dir());
    ours && std::fs::rename(spare, staging).is_ok()
}

/// What the claimed tree holds: its manifest, and for each file of the
/// manifest that is still there, its size and modification time.
#[derive(Debug, Default)]
pub struct Base {
    pub manifest: Manifest,
    files: HashMap<String, (u64, SystemTime)>,
    pub dirs: HashSet<String>,
}

impl Base {
    /// Scans the claimed tree at `dir`, deleting every file its manifest
    /// does not list (a hand-made file must not reappear in a later site).
    /// None when it holds anything but folders and regular files, or
    /// cannot be read: it is then not reused at all.
    pub fn scan(dir: &Path) -> Option<Base> {
        let manifest = Manifest::read(dir);
        manifest.written?;
        let mut base = Base {
            manifest,
            ..Base::default()
        };
        for e in walkdir::WalkDir::new(dir).follow_links(false).min_depth(1) {
            let e = e.ok()?;
            let rel = e
                .path()
                .strip_prefix(dir)
                .ok()?
                .to_str()?
                .replace('\\', "/");
            let kind = e.file_type();
            if kind.is_dir() {
                base.dirs.insert(rel);
            } else if !kind.is_file() {
                return None;
            } else if rel == MARKER {
                continue;
            } else if base.manifest.entries.contains_key(&rel) {
                let meta = e.metadata().ok()?;
                base.files.insert(rel, (meta.len(), meta.modified().ok()?));
            } else {
                std::fs::remove_file(e.path()).ok()?;
            }
        }
        Some(base)
    }

    /// Whether the file at `path` already holds exactly `new`'s bytes: the
    /// manifest says so and it was not modified after the manifest was.
    pub fn holds(&self, path: &str, new: Entry) -> bool {
        self.manifest.entries.get(path) == Some(&new)
            && match (self.files.get(path), self.manifest.written) {
                (Some(&(size, modified)), Some(written)) => size == new.size && modified <= written,
                _ => false,
            }
    }

    /// Whether a file (of any content) sits at `path`.
    pub fn has_file(&self, path: &str) -> bool {
        self.files.contains_key(path)
    }

    /// The files of the tree that `next` no longer holds, and the folders
    /// that hold none of `next`'s files (topmost first, each once).
    pub fn leftovers<'a>(&'a self, next: &Manifest) -> (Vec<&'a str>, Vec<&'a str>) {
        let files = self
            .files
            .keys()
            .filter(|p| !next.entries.contains_key(*p))
            .map(String::as_str)
            .collect();
        let mut wanted: HashSet<&str> = HashSet::new();
        for p in next.entries.keys() {
            let mut p = p.as_str();
            while let Some((dir, _)) = p.rsplit_once('/') {
                if !wanted.insert(dir) {
                    break;
                }
                p = dir;
            }
        }
        let mut dirs: Vec<&str> = self
            .dirs
            .iter()
            .map(String::as_str)
            .filter(|d| !wanted.contains(d))
            .collect();
        dirs.sort_unstable();
        // A folder inside one already going goes with it.
        let mut topmost: Vec<&str> = Vec::new();
        for d in dirs {
            if !topmost
                .last()
                .is_some_and(|t| d.strip_prefix(t).is_some_and(|r| r.starts_with('/')))
            {
                topmost.push(d);
            }
        }
        (files, topmost)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(files: &[(&str, &str)]) -> (tempfile::TempDir, Manifest) {
        let d = tempfile::tempdir().unwrap();
        let mut m = Manifest::default();
        for (p, text) in files {
            let path = d.path().join(p);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
            m.entries.insert(p.to_string(), Entry::of(text.as_bytes()));
        }
        std::fs::write(d.path().join(MARKER), m.text()).unwrap();
        (d, m)
    }

    #[test]
    fn a_scan_keeps_listed_files_and_deletes_the_rest() {
        let (d, _) = tree(&[("a/index.html", "a"), ("b/index.html", "b")]);
        std::fs::write(d.path().join("a/extra.html"), "tay").unwrap();
        let base = Base::scan(d.path()).unwrap();
        assert!(base.holds("a/index.html", Entry::of(b"a")));
        assert!(!base.holds("a/index.html", Entry::of(b"x")));
        assert!(
            !d.path().join("a/extra.html").exists(),
            "a hand-made file is gone"
        );
        let mut next = Manifest::default();
        next.entries.insert("a/index.html".into(), Entry::of(b"a"));
        let (files, dirs) = base.leftovers(&next);
        assert_eq!((files, dirs), (vec!["b/index.html"], vec!["b"]));
    }

    #[cfg(unix)]
    #[test]
    fn a_tree_holding_a_link_is_not_reused() {
        let (d, _) = tree(&[("a/index.html", "a")]);
        let elsewhere = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(elsewhere.path(), d.path().join("b")).unwrap();
        assert!(Base::scan(d.path()).is_none());
    }

    #[test]
    fn a_tree_without_its_manifest_is_not_reused() {
        let (d, _) = tree(&[("a/index.html", "a")]);
        std::fs::remove_file(d.path().join(MARKER)).unwrap();
        assert!(Base::scan(d.path()).is_none());
    }

    #[test]
    fn leftover_folders_are_the_topmost_ones() {
        let (d, _) = tree(&[
            ("x/y/z/index.html", "z"),
            ("x/w.html", "w"),
            ("k.html", "k"),
        ]);
        let base = Base::scan(d.path()).unwrap();
        let mut next = Manifest::default();
        next.entries.insert("k.html".into(), Entry::of(b"k"));
        let (mut files, dirs) = base.leftovers(&next);
        files.sort();
        assert_eq!(files, vec!["x/w.html", "x/y/z/index.html"]);
        assert_eq!(dirs, vec!["x"]);
    }
}
