//! The content hash of every file a build published, kept in the output's
//! marker file. The next build links each unchanged file from the
//! published tree into its staging folder (same inode, same mtime) and
//! writes only the files whose bytes changed: a rebuild costs what the
//! edit costs, and the swap stays atomic.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::SystemTime;

use xxhash_rust::xxh3::xxh3_128;

use super::guard::MARKER;

const HEADER: &str = "Made by niemyet build; replaced by the next build.\n\
# xxh3-128, size and path of every file, for incremental publishing\n";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    pub hash: u128,
    pub size: u64,
}

impl Entry {
    pub fn of(bytes: &[u8]) -> Entry {
        Entry {
            hash: xxh3_128(bytes),
            size: bytes.len() as u64,
        }
    }
}

/// What a clean build (no warnings) was made from: a build of the same
/// inputs into an intact tree has nothing to do, and says what it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Inputs {
    /// The inputs' fingerprint (`content::inputs`), with the program and
    /// the build options.
    pub key: u128,
    pub articles: usize,
    pub pages: usize,
    pub procedures: usize,
}

const INPUTS: &str = "# inputs ";

impl Inputs {
    fn parse(line: &str) -> Option<Inputs> {
        let mut parts = line.strip_prefix(INPUTS)?.split(' ');
        let key = u128::from_str_radix(parts.next()?, 16).ok()?;
        let mut n = || parts.next()?.parse().ok();
        Some(Inputs {
            key,
            articles: n()?,
            pages: n()?,
            procedures: n()?,
        })
    }
}

/// The files of one published tree.
#[derive(Debug, Default)]
pub struct Manifest {
    pub entries: BTreeMap<String, Entry>,
    /// What the tree was built from, when the build was clean.
    pub inputs: Option<Inputs>,
    /// When the manifest was written: a published file modified later was
    /// edited by hand and is never reused.
    pub written: Option<SystemTime>,
}

impl Manifest {
    /// The manifest of the tree at `out`; empty when there is none.
    pub fn read(out: &Path) -> Manifest {
        let path = out.join(MARKER);
        let Ok(text) = std::fs::read_to_string(&path) else {
            return Manifest::default();
        };
        let written = std::fs::metadata(&path).and_then(|m| m.modified()).ok();
        Manifest {
            written,
            ..Manifest::parse(&text)
        }
    }

    /// A manifest from its text (as [`Manifest::text`] writes it); lines
    /// it cannot read are skipped, so a damaged one only costs uploads.
    pub fn parse(text: &str) -> Manifest {
        let mut entries = BTreeMap::new();
        let mut inputs = None;
        for line in text.lines() {
            if line.starts_with('#') {
                inputs = inputs.or_else(|| Inputs::parse(line));
                continue;
            }
            let mut parts = line.splitn(3, ' ');
            let (Some(h), Some(s), Some(p)) = (parts.next(), parts.next(), parts.next()) else {
                continue;
            };
            if let (Ok(hash), Ok(size)) = (u128::from_str_radix(h, 16), s.parse()) {
                entries.insert(p.to_owned(), Entry { hash, size });
            }
        }
        Manifest {
            entries,
            inputs,
            written: None,
        }
    }

    /// The marker file's text: deterministic (sorted, no times).
    pub fn text(&self) -> String {
        let mut out = String::from(HEADER);
        if let Some(i) = &self.inputs {
            out.push_str(&format!(
                "{INPUTS}{:032x} {} {} {}\n",
                i.key, i.articles, i.pages, i.procedures
            ));
        }
        for (path, e) in &self.entries {
            out.push_str(&format!("{:032x} {} {path}\n", e.hash, e.size));
        }
        out
    }

    /// Whether `published` (the file at `path` in the old tree) still holds
    /// exactly the bytes `new` describes, so it can be linked, not written.
    pub fn reusable(&self, path: &str, new: Entry, published: &Path) -> bool {
        if self.entries.get(path) != Some(&new) {
            return false;
        }
        std::fs::symlink_metadata(published).is_ok_and(|meta| self.untouched(&meta, new))
    }

    /// Whether a published file (its metadata, links not followed) is still
    /// as the build wrote it: a regular file of the recorded size, not
    /// modified after the manifest was written.
    pub fn untouched(&self, meta: &std::fs::Metadata, entry: Entry) -> bool {
        meta.is_file()
            && meta.len() == entry.size
            && match (meta.modified(), self.written) {
                (Ok(m), Some(w)) => m <= w,
                _ => false,
            }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_hand_edits_are_not_reused() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join("a.html"), "xin chào").unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        let mut m = Manifest::default();
        m.entries
            .insert("a.html".into(), Entry::of("xin chào".as_bytes()));
        m.entries.insert("tin tuc/b c.html".into(), Entry::of(b"b"));
        std::fs::write(d.path().join(MARKER), m.text()).unwrap();
        m.inputs = Some(Inputs {
            key: 7 << 100,
            articles: 3,
            pages: 9,
            procedures: 2,
        });
        std::fs::write(d.path().join(MARKER), m.text()).unwrap();
        let back = Manifest::read(d.path());
        assert_eq!(back.entries, m.entries);
        assert_eq!(back.inputs, m.inputs);
        assert!(back.reusable(
            "a.html",
            Entry::of("xin chào".as_bytes()),
            &d.path().join("a.html")
        ));
        assert!(!back.reusable("a.html", Entry::of(b"xin chao"), &d.path().join("a.html")));
        // Edited by hand after the build: written again.
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(d.path().join("a.html"), "xin chào").unwrap();
        assert!(!back.reusable(
            "a.html",
            Entry::of("xin chào".as_bytes()),
            &d.path().join("a.html")
        ));
    }
}
