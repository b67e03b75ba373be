//! What a build reads, summed up without reading it: the path, size, times
//! and inode of every file of `site.yaml`, `content/` and `themes/`, walked
//! as the loader walks them. Two equal fingerprints mean the same inputs,
//! so a build whose inputs and output are as the last build left them has
//! nothing to do (the way make and cargo skip fresh work).

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use rayon::prelude::*;
use xxhash_rust::xxh3::Xxh3;

use super::walk;

/// A file changed this recently may change again within the same tick of
/// a coarse file-system clock without its time moving: such inputs are
/// never trusted to be unchanged (git calls this "racily clean").
const RACY: Duration = Duration::from_secs(2);

/// What decides a build's output: the inputs' fingerprint, this program,
/// the site's folder (canonical) and `--drafts`. `None` when it cannot be
/// known (see [`fingerprint`]).
pub fn key(root: &Path, drafts: bool) -> Option<u128> {
    let mut h = Xxh3::new();
    h.update(&fingerprint(root)?.to_le_bytes());
    for n in program()? {
        h.update(&n.to_le_bytes());
    }
    h.update(root.to_string_lossy().as_bytes());
    h.update(&[drafts as u8]);
    Some(h.digest128())
}

/// The fingerprint of the inputs of the site at `root`; `None` when it
/// cannot be trusted: a file could not be read, one changed within the
/// last [`RACY`] seconds, or the walk skipped something (a hidden file, a
/// link out of the site, a FIFO), which the build reports as a warning
/// every time.
pub fn fingerprint(root: &Path) -> Option<u128> {
    let mut files = vec![PathBuf::from("site.yaml")];
    for dir in ["content", "themes"] {
        let walked = walk::walk(root, &root.join(dir), |_| true).ok()?;
        if walked.skipped_any() {
            return None;
        }
        files.extend(walked.files);
    }
    let recent = SystemTime::now().checked_sub(RACY)?;
    let stats: Vec<Option<[u64; 6]>> = files
        .par_iter()
        .map(|rel| stat(&root.join(rel), recent))
        .collect();
    let mut h = Xxh3::new();
    for (rel, stat) in files.iter().zip(stats) {
        h.update(rel.to_string_lossy().as_bytes());
        h.update(&[0]);
        for n in stat? {
            h.update(&n.to_le_bytes());
        }
    }
    Some(h.digest128())
}

/// Size, modification and change times (ns) and identity of a file;
/// `None` for one changed after `recent`.
fn stat(path: &Path, recent: SystemTime) -> Option<[u64; 6]> {
    let meta = std::fs::metadata(path).ok()?;
    let modified = meta.modified().ok()?;
    if modified > recent {
        return None;
    }
    let ns = |t: SystemTime| {
        t.duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64)
    };
    #[cfg(unix)]
    let (changed, ino, dev) = {
        use std::os::unix::fs::MetadataExt;
        let changed = meta.ctime() as u64 * 1_000_000_000 + meta.ctime_nsec() as u64;
        // The change time moves on every write, even one that puts the
        // modification time back (`touch -d`, `cp -p`).
        if changed > ns(recent) {
            return None;
        }
        (changed, meta.ino(), meta.dev())
    };
    #[cfg(not(unix))]
    let (changed, ino, dev) = (0, 0, 0);
    Some([
        meta.len(),
        ns(modified),
        changed,
        ino,
        dev,
        meta.is_file() as u64,
    ])
}

/// This program's identity (size, modification time, inode of its file):
/// a new build of niemyet may render the same inputs differently.
fn program() -> Option<[u64; 3]> {
    let exe = std::env::current_exe().ok()?;
    let meta = std::fs::metadata(exe).ok()?;
    let modified = meta
        .modified()
        .ok()?
        .duration_since(SystemTime::UNIX_EPOCH)
        .ok()?
        .as_nanos() as u64;
    #[cfg(unix)]
    let ino = std::os::unix::fs::MetadataExt::ino(&meta);
    #[cfg(not(unix))]
    let ino = 0;
    Some([meta.len(), modified, ino])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> tempfile::TempDir {
        let d = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(d.path().join("content/tin-tuc")).unwrap();
        std::fs::create_dir_all(d.path().join("themes/rieng/templates")).unwrap();
        std::fs::write(d.path().join("site.yaml"), "title: A\n").unwrap();
        std::fs::write(d.path().join("content/tin-tuc/a.md"), "xin chào").unwrap();
        std::fs::write(d.path().join("themes/rieng/templates/base.html"), "x").unwrap();
        d
    }

    #[test]
    fn racy_inputs_are_not_fingerprinted() {
        let d = site();
        assert_eq!(fingerprint(d.path()), None);
    }

    #[cfg(unix)]
    #[test]
    fn any_edit_or_new_file_changes_it_and_nothing_else_does() {
        let d = site();
        std::thread::sleep(RACY + Duration::from_millis(100));
        let before = fingerprint(d.path()).expect("settled inputs");
        assert_eq!(fingerprint(d.path()), Some(before));
        // Outside the inputs: no effect.
        std::fs::write(d.path().join("README.md"), "x").unwrap();
        std::fs::create_dir_all(d.path().join("public")).unwrap();
        std::fs::write(d.path().join("public/index.html"), "x").unwrap();
        assert_eq!(fingerprint(d.path()), Some(before));
        // Same size, time put back: the change time still tells.
        let a = d.path().join("content/tin-tuc/a.md");
        let mtime = std::fs::metadata(&a).unwrap().modified().unwrap();
        std::fs::write(&a, "xin chàO").unwrap();
        std::fs::File::options()
            .write(true)
            .open(&a)
            .unwrap()
            .set_modified(mtime)
            .unwrap();
        assert_eq!(fingerprint(d.path()), None, "just changed: racy");
        std::thread::sleep(RACY + Duration::from_millis(100));
        let edited = fingerprint(d.path()).unwrap();
        assert_ne!(edited, before);
        // A hidden file makes the build warn: never skipped.
        std::fs::write(d.path().join("content/.nhap"), "x").unwrap();
        assert_eq!(fingerprint(d.path()), None);
        // So does a FIFO, even one that came after a clean build.
        std::fs::remove_file(d.path().join("content/.nhap")).unwrap();
        assert_eq!(fingerprint(d.path()), Some(edited));
        crate::content::odd::fifo(&d.path().join("content/tin-tuc/b.md"));
        assert_eq!(fingerprint(d.path()), None);
    }
}
