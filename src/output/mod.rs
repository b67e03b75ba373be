//! Write: all output files into a staging folder beside the output, then
//! one atomic swap, so `public/` is always either the old site or the new.
//! The staging folder is the tree the previous build replaced, brought up
//! to date: a rebuild writes only what changed.

use crate::msg::catalog::output as m;
use crate::t;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

mod file;
mod fresh;
pub mod guard;
pub mod manifest;
mod spare;
pub use file::{Content, OutputFile};
pub use fresh::up_to_date;
pub use guard::Refusal;
pub use manifest::Inputs;
use manifest::{Entry, Manifest};
use spare::Base;

#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    #[error("{}", t!(m::IO, path = path.display(), error = crate::msg::io_error(source)))]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", t!(m::ESCAPES, path = .0))]
    Escapes(String),
    #[error("{}", t!(m::COLLISION, path = .0))]
    Collision(String),
    /// A usage error: the output folder may not be replaced.
    #[error(transparent)]
    Refused(#[from] Refusal),
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> OutputError + '_ {
    move |source| OutputError::Io {
        path: path.to_path_buf(),
        source,
    }
}

fn safe(path: &str) -> bool {
    !path.is_empty()
        && !path.contains('\\')
        && Path::new(path)
            .components()
            .all(|c| matches!(c, std::path::Component::Normal(_)))
}

/// A folder beside the output that receives a build; dropped unpublished
/// (an error), it is removed and the output never changed.
///
/// It starts as the tree the previous build replaced (the spare) when
/// there is one: only the files whose bytes changed since are touched.
/// Otherwise it starts empty and every unchanged file is linked from the
/// published tree.
pub struct Staging {
    out: PathBuf,
    /// `.<name>.staging-<pid>/`: holds `dir` and nothing else.
    container: PathBuf,
    /// The tree being built, `container/<fresh name>/`.
    dir: PathBuf,
    spare: PathBuf,
    seen: HashSet<String>,
    published: bool,
    /// What the published tree holds, to link unchanged files from it.
    previous: Manifest,
    /// What the staging folder held when this build took it.
    base: Base,
    /// Folders this build made.
    made: HashSet<String>,
    /// The scan of a claimed spare, running while the first pages render.
    scan: Option<std::thread::JoinHandle<Option<Base>>>,
    /// What this build publishes.
    next: Manifest,
    /// Files written anew, and files whose bytes the published or the
    /// spare tree already held (linked, or left in place).
    pub written: usize,
    pub linked: usize,
    /// Removes killed builds' folders, while this one renders.
    cleaner: Option<std::thread::JoinHandle<()>>,
}

impl Staging {
    /// `out` must have passed [`guard::check`] (canonical and allowed).
    pub fn create(out: &Path) -> Result<Staging, OutputError> {
        let parent = out
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        std::fs::create_dir_all(parent).map_err(io(parent))?;
        let name = out
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "public".into());
        // Killed builds' folders go in the background, off the critical path.
        let cleaner = {
            let (parent, name) = (parent.to_path_buf(), name.clone());
            std::thread::spawn(move || clean_leftovers(&parent, &name))
        };
        let container = parent.join(format!(".{name}.staging-{}", std::process::id()));
        if std::fs::symlink_metadata(&container).is_ok() {
            remove_tree(&container);
        }
        std::fs::create_dir(&container).map_err(io(&container))?;
        place_apart(&container);
        let dir = container.join(fresh_name());
        let spare = spare::path(parent, &name);
        let scan = if spare::claim(&spare, &dir) {
            let dir = dir.clone();
            Some(std::thread::spawn(move || Base::scan(&dir)))
        } else {
            fresh(&dir)?;
            None
        };
        Ok(Staging {
            out: out.to_path_buf(),
            container,
            dir,
            spare,
            seen: HashSet::new(),
            published: false,
            previous: Manifest::read(out),
            base: Base::default(),
            made: HashSet::new(),
            scan,
            next: Manifest::default(),
            written: 0,
            linked: 0,
            cleaner: Some(cleaner),
        })
    }

    /// Writes a batch of files, refusing paths that leave the folder or
    /// that an earlier file already took.
    pub fn write(&mut self, files: &[OutputFile]) -> Result<(), OutputError> {
        for f in files {
            if !safe(&f.path) {
                return Err(OutputError::Escapes(f.path.clone()));
            }
            if !self.seen.insert(f.path.clone()) {
                return Err(OutputError::Collision(f.path.clone()));
            }
        }
        self.ready()?;
        let mut files: Vec<&OutputFile> = files.iter().collect();
        files.sort_by(|a, b| a.path.cmp(&b.path));
        let makes = self.make_room(&files)?;
        let trees = Trees {
            staging: &self.dir,
            base: &self.base,
            out: &self.out,
            previous: &self.previous,
        };
        let done = write_all(&trees, &files, &makes)?;
        for (f, (entry, linked)) in files.iter().zip(done) {
            self.next.entries.insert(f.path.clone(), entry);
            if linked {
                self.linked += 1;
            } else {
                self.written += 1;
            }
        }
        Ok(())
    }

    /// Swaps the finished folder in as the output, with the manifest of
    /// what it holds for the next build. The replaced tree becomes the
    /// spare that the next build starts from. `inputs`: what a clean build
    /// was made from, so that the next build of the same finds it fresh.
    pub fn publish(mut self, inputs: Option<Inputs>) -> Result<(), OutputError> {
        self.ready()?;
        self.next.inputs = inputs;
        self.wait_for_cleaner();
        let (files, dirs) = self.base.leftovers(&self.next);
        files.par_iter().for_each(|p| {
            let _ = std::fs::remove_file(self.dir.join(p));
        });
        dirs.par_iter().for_each(|d| remove_tree(&self.dir.join(d)));
        let marker = self.dir.join(guard::MARKER);
        let _ = std::fs::remove_file(&marker);
        std::fs::write(&marker, self.next.text()).map_err(io(&marker))?;
        let replaced = swap(&self.dir, &self.out)?;
        self.published = true;
        if let Some(old) = replaced {
            retire(&old, &self.spare);
        }
        let _ = std::fs::remove_dir(&self.container);
        Ok(())
    }
}

impl Staging {
    /// Waits for the scan of a claimed spare; a spare that cannot be
    /// trusted is removed and the build starts from an empty folder.
    fn ready(&mut self) -> Result<(), OutputError> {
        if let Some(scan) = self.scan.take() {
            match scan.join().ok().flatten() {
                Some(base) => {
                    self.made = base.dirs.clone();
                    self.base = base;
                }
                None => {
                    remove_tree(&self.dir);
                    fresh(&self.dir)?;
                }
            }
        }
        Ok(())
    }

    /// Makes the folders `files` need that the staging folder lacks, and
    /// clears what stands in their way (a file where a folder goes, or a
    /// folder where a file goes). Serial, but for each file's own folder
    /// (`tin-tuc/<slug>/`: most of the folders), which is left to the
    /// parallel writes: on ext4 a folder costs about 30 µs, all of it under
    /// its parent's lock, and made here one after the other they held up
    /// every write of the batch. Returns, for each file, whether it is the
    /// first of a folder still to be made.
    fn make_room(&mut self, files: &[&OutputFile]) -> Result<Vec<bool>, OutputError> {
        let mut makes = vec![false; files.len()];
        // Folders left to the writes of this batch.
        let mut later: HashSet<&str> = HashSet::new();
        for (f, make) in files.iter().zip(&mut makes) {
            if self.base.dirs.contains(&f.path) && self.made.remove(&f.path) {
                remove_tree(&self.dir.join(&f.path));
            }
            let Some((parent, _)) = f.path.rsplit_once('/') else {
                continue;
            };
            if self.made.contains(parent) {
                continue;
            }
            let mut at = 0;
            for part in parent.split('/') {
                at += part.len();
                let dir = &parent[..at];
                at += 1;
                let own = dir.len() == parent.len();
                if self.made.contains(dir) {
                    // Another file's own folder, and this one's ancestor:
                    // needed before the writes.
                    if !own && later.remove(dir) {
                        make_dir(&self.dir.join(dir))?;
                    }
                    continue;
                }
                let path = self.dir.join(dir);
                if self.base.has_file(dir) {
                    let _ = std::fs::remove_file(&path);
                }
                if own {
                    *make = true;
                    later.insert(dir);
                } else {
                    make_dir(&path)?;
                }
                self.made.insert(dir.to_owned());
            }
        }
        Ok(makes)
    }

    /// Bounded: the cleaner never outlives the build that started it.
    fn wait_for_cleaner(&mut self) {
        if let Some(c) = self.cleaner.take() {
            let _ = c.join();
        }
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if let Some(scan) = self.scan.take() {
            let _ = scan.join();
        }
        self.wait_for_cleaner();
        if !self.published {
            remove_tree(&self.container);
        }
    }
}

/// Asks ext4 to place the folders made in `container` the way it places
/// top-level folders (`FS_TOPDIR_FL`, `chattr +T`): each in a little-used
/// block group chosen from a hash of its name, instead of beside its
/// parent. Without a journal, ext4 will not reuse an inode freed in the
/// last minutes, and every new inode of a group full of such inodes scans
/// them all: a build right after the previous output was deleted took
/// 10.8–19.2 s instead of 2.1–2.8 s on the 10k + 2k bench site. Other file
/// systems refuse the flag, which changes nothing.
fn place_apart(container: &Path) {
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{IFlags, Mode, OFlags, ioctl_getflags, ioctl_setflags, open};
        let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC;
        if let Ok(fd) = open(container, flags, Mode::empty())
            && let Ok(old) = ioctl_getflags(&fd)
        {
            let _ = ioctl_setflags(&fd, old | IFlags::TOPDIR);
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = container;
}

/// A name no earlier build used: the group ext4 picks for a top-level
/// folder follows from its name, and a fixed name would land the new tree
/// among the inodes of the one just deleted.
fn fresh_name() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    format!("t{nanos:x}")
}

/// An empty staging folder, with its marker first: a killed build's
/// folder is recognisably ours.
fn fresh(dir: &Path) -> Result<(), OutputError> {
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    let marker = dir.join(guard::MARKER);
    std::fs::write(&marker, Manifest::default().text()).map_err(io(&marker))
}

/// The trees a file's bytes may already be in.
struct Trees<'a> {
    staging: &'a Path,
    base: &'a Base,
    out: &'a Path,
    previous: &'a Manifest,
}

/// A folder, or one that another thread made first.
fn make_dir(path: &Path) -> Result<(), OutputError> {
    match std::fs::create_dir(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && path.is_dir() => Ok(()),
        Err(e) => Err(io(path)(e)),
    }
}

/// Runs `put` (which makes `target`); when `target`'s folder is still to be
/// made by another file of the batch, running on another thread, makes it
/// here and runs `put` again.
fn into_folder<T>(target: &Path, put: impl Fn() -> std::io::Result<T>) -> Result<T, OutputError> {
    match put() {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if let Some(parent) = target.parent() {
                make_dir(parent)?;
            }
            put().map_err(io(target))
        }
        done => done.map_err(io(target)),
    }
}

/// Puts `files` into the staging folder: a file the staging folder already
/// holds is left alone, one the published tree holds is linked from it,
/// and only the others are written. `makes[i]`: file `i` makes its folder
/// first. Returns each file's entry and whether its bytes were already
/// there.
fn write_all(
    trees: &Trees,
    files: &[&OutputFile],
    makes: &[bool],
) -> Result<Vec<(Entry, bool)>, OutputError> {
    files
        .par_iter()
        .zip(makes)
        .map(|(f, &make)| {
            let read;
            let bytes: &[u8] = match &f.content {
                Content::Bytes(b) => b,
                Content::Copy(src) => {
                    read = std::fs::read(src).map_err(io(src))?;
                    &read
                }
            };
            let entry = Entry::of(bytes);
            if trees.base.holds(&f.path, entry) {
                return Ok((entry, true));
            }
            let target = trees.staging.join(&f.path);
            if make && let Some(parent) = target.parent() {
                make_dir(parent)?;
            }
            // Never written in place: the old file may share its inode
            // with the published tree.
            if trees.base.has_file(&f.path) {
                let _ = std::fs::remove_file(&target);
            }
            let published = trees.out.join(&f.path);
            if trees.previous.reusable(&f.path, entry, &published)
                && into_folder(&target, || std::fs::hard_link(&published, &target)).is_ok()
            {
                return Ok((entry, true));
            }
            into_folder(&target, || std::fs::write(&target, bytes))?;
            Ok((entry, false))
        })
        .collect()
}

/// Keeps the tree a publish replaced as the next build's spare; removes it
/// if another build left a spare meanwhile.
fn retire(old: &Path, spare: &Path) {
    if std::fs::symlink_metadata(spare).is_ok() || std::fs::rename(old, spare).is_err() {
        remove_tree(old);
    }
}

/// Exchanges the staging folder with the output in one system call where
/// the OS allows it (else two renames, with a moment between them when
/// the output is missing). Returns where the replaced tree now is.
fn swap(staging: &Path, out: &Path) -> Result<Option<PathBuf>, OutputError> {
    if !out.exists() {
        return std::fs::rename(staging, out).map(|_| None).map_err(io(out));
    }
    if !out.is_dir() {
        return Err(OutputError::Io {
            path: out.to_path_buf(),
            source: std::io::Error::other("exists and is not a folder"),
        });
    }
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{CWD, RenameFlags, renameat_with};
        if renameat_with(CWD, staging, CWD, out, RenameFlags::EXCHANGE).is_ok() {
            return Ok(Some(staging.to_path_buf()));
        }
    }
    let old = staging.with_extension("old");
    std::fs::rename(out, &old).map_err(io(out))?;
    if let Err(e) = std::fs::rename(staging, out) {
        let _ = std::fs::rename(&old, out);
        return Err(io(out)(e));
    }
    Ok(Some(old))
}

/// Removes a replaced site, folders in parallel two levels deep: deleting
/// tens of thousands of files is a visible part of a large build. Links
/// are removed, never followed: a link in the old site to a folder
/// elsewhere leaves that folder alone.
fn remove_tree(dir: &Path) {
    // A link in the tree's place is removed itself: reading it
    // as a folder would delete what it points to.
    if std::fs::symlink_metadata(dir).is_ok_and(|m| m.is_symlink()) {
        let _ = std::fs::remove_file(dir);
        return;
    }
    fn children(dir: &Path) -> Vec<(PathBuf, bool)> {
        std::fs::read_dir(dir)
            .map(|e| {
                e.flatten()
                    .map(|e| (e.path(), e.file_type().is_ok_and(|t| t.is_dir())))
                    .collect()
            })
            .unwrap_or_default()
    }
    children(dir).par_iter().for_each(|(p, is_dir)| {
        if *is_dir {
            children(p).par_iter().for_each(|(q, is_dir)| {
                // remove_dir_all does not follow links either.
                let _ = if *is_dir {
                    std::fs::remove_dir_all(q)
                } else {
                    std::fs::remove_file(q)
                };
            });
            let _ = std::fs::remove_dir_all(p);
        } else {
            let _ = std::fs::remove_file(p);
        }
    });
    let _ = std::fs::remove_dir_all(dir);
}

/// Staging folders of builds that were killed midway, and the trees that
/// finished builds replaced (both under the staging name of a process that
/// has ended).
fn clean_leftovers(parent: &Path, name: &str) {
    let prefix = format!(".{name}.staging-");
    if let Ok(entries) = std::fs::read_dir(parent) {
        for e in entries.flatten() {
            let n = e.file_name().to_string_lossy().into_owned();
            if let Some(pid) = n.strip_prefix(&prefix) {
                let pid = pid.trim_end_matches(".old");
                // A running build's folder is left alone.
                let alive = pid
                    .parse::<u32>()
                    .is_ok_and(|p| Path::new(&format!("/proc/{p}")).exists());
                if !alive {
                    let _ = std::fs::remove_dir_all(e.path());
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, text: &str) -> OutputFile {
        OutputFile {
            path: path.into(),
            content: Content::Bytes(text.as_bytes().to_vec()),
        }
    }

    fn read(dir: &Path, path: &str) -> String {
        std::fs::read_to_string(dir.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    /// Each file's own folder is made by the parallel writes: a folder that
    /// is one file's own and another's ancestor, in any order, and many
    /// files sharing a new folder, all land.
    /// Only the output (and later the spare) is left beside it, built or not.
    fn beside(out: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(out.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[cfg(unix)]
    #[test]
    fn a_link_in_the_staging_place_is_removed_not_followed() {
        let d = tempfile::tempdir().unwrap();
        let elsewhere = d.path().join("elsewhere");
        std::fs::create_dir(&elsewhere).unwrap();
        std::fs::write(elsewhere.join("keep.txt"), "x").unwrap();
        let site = d.path().join("site");
        std::fs::create_dir(&site).unwrap();
        let planted = site.join(format!(".public.staging-{}", std::process::id()));
        std::os::unix::fs::symlink(&elsewhere, &planted).unwrap();
        let mut staging = Staging::create(&site.join("public")).unwrap();
        staging.write(&[file("a/index.html", "a")]).unwrap();
        staging.publish(None).unwrap();
        assert_eq!(
            std::fs::read_to_string(elsewhere.join("keep.txt")).unwrap(),
            "x"
        );
        assert_eq!(read(&site.join("public"), "a/index.html"), "a");
    }

    #[test]
    // `f_type`'s integer type differs between targets.
    #[allow(clippy::unnecessary_cast)]
    fn the_tree_grows_in_a_container_placed_apart_that_no_build_leaves_behind() {
        let d = tempfile::tempdir().unwrap();
        let out = d.path().join("public");
        let mut staging = Staging::create(&out).unwrap();
        let container = staging.container.clone();
        assert_eq!(staging.dir.parent(), Some(container.as_path()));
        // Two builds never share the tree's name (ext4 places it by name).
        assert_ne!(fresh_name(), fresh_name());
        #[cfg(target_os = "linux")]
        {
            use rustix::fs::{IFlags, Mode, OFlags, ioctl_getflags, open, statfs};
            // On ext4, as on the build machines, the container carries the flag.
            const EXT4: i64 = 0xEF53;
            if statfs(&container).is_ok_and(|s| s.f_type as i64 == EXT4) {
                let fd = open(
                    &container,
                    OFlags::RDONLY | OFlags::DIRECTORY,
                    Mode::empty(),
                )
                .unwrap();
                assert!(ioctl_getflags(&fd).unwrap().contains(IFlags::TOPDIR));
            }
        }
        staging.write(&[file("a/index.html", "a")]).unwrap();
        staging.publish(None).unwrap();
        assert_eq!(read(&out, "a/index.html"), "a");
        assert_eq!(beside(&out), ["public"]);
        // The replaced tree becomes the spare; the container goes.
        let mut staging = Staging::create(&out).unwrap();
        staging.write(&[file("b/index.html", "b")]).unwrap();
        staging.publish(None).unwrap();
        assert_eq!(beside(&out), [".public.spare", "public"]);
        // A build that fails (dropped unpublished), with the spare it took,
        // leaves the output as it was and no container.
        let mut staging = Staging::create(&out).unwrap();
        staging.write(&[file("c/index.html", "c")]).unwrap();
        drop(staging);
        assert_eq!(beside(&out), ["public"]);
        assert_eq!(read(&out, "b/index.html"), "b");
    }

    #[test]
    fn own_folders_made_by_the_writes_hold_every_file() {
        let d = tempfile::tempdir().unwrap();
        let out = d.path().join("public");
        let mut staging = Staging::create(&out).unwrap();
        let mut batch = vec![
            file("x/trang/index.html", "1"),
            file("x/trang/2/index.html", "2"),
            file("x/trang/2/3/index.html", "3"),
            // A folder first met as a file's own, then as an ancestor.
            file("y/a/index.html", "a"),
            file("y/a/z/w/index.html", "w"),
            file("index.html", "0"),
        ];
        batch.extend((0..300).map(|i| file(&format!("s/t/{i}.json"), &i.to_string())));
        staging.write(&batch).unwrap();
        // A later batch in a folder an earlier one made.
        staging.write(&[file("s/t/x.json", "x")]).unwrap();
        staging.publish(None).unwrap();
        for f in &batch {
            let Content::Bytes(b) = &f.content else {
                unreachable!()
            };
            assert_eq!(read(&out, &f.path).as_bytes(), b.as_slice());
        }
        assert_eq!(read(&out, "s/t/x.json"), "x");
    }

    /// Where the spare held a file, the next build may need a folder (and
    /// the other way round): both are cleared out of the way.
    #[test]
    fn a_file_and_a_folder_trade_places_between_builds() {
        let d = tempfile::tempdir().unwrap();
        let out = d.path().join("public");
        let mut first = Staging::create(&out).unwrap();
        first
            .write(&[file("a", "file"), file("b/index.html", "b")])
            .unwrap();
        first.publish(None).unwrap();
        // Publishing again makes the first tree the spare the next starts from.
        let mut second = Staging::create(&out).unwrap();
        second
            .write(&[file("a", "file"), file("b/index.html", "b")])
            .unwrap();
        second.publish(None).unwrap();
        let mut third = Staging::create(&out).unwrap();
        third
            .write(&[
                file("a/index.html", "now a folder"),
                file("b", "now a file"),
            ])
            .unwrap();
        third.publish(None).unwrap();
        assert_eq!(read(&out, "a/index.html"), "now a folder");
        assert_eq!(read(&out, "b"), "now a file");
    }
}
