//! Write: all output files into a staging folder beside the output, then
//! one atomic swap, so `public/` is always either the old site or the new.

use crate::msg::catalog::output as m;
use crate::t;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

mod file;
pub mod guard;
mod manifest;
pub use file::{Content, OutputFile};
pub use guard::Refusal;
use manifest::{Entry, Manifest};

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
pub struct Staging {
    out: PathBuf,
    dir: PathBuf,
    seen: HashSet<String>,
    published: bool,
    /// What the published tree holds, to link unchanged files from it.
    previous: Manifest,
    /// What this build publishes.
    next: Manifest,
    /// Files written anew and files linked unchanged from the old tree.
    pub written: usize,
    pub linked: usize,
    /// Removes the trees earlier builds replaced, while this one renders.
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
        // Earlier builds' replaced trees go in the background: deleting tens
        // of thousands of entries must not sit on the build's critical path.
        let cleaner = {
            let (parent, name) = (parent.to_path_buf(), name.clone());
            std::thread::spawn(move || clean_leftovers(&parent, &name))
        };
        let dir = parent.join(format!(".{name}.staging-{}", std::process::id()));
        if dir.exists() {
            std::fs::remove_dir_all(&dir).map_err(io(&dir))?;
        }
        std::fs::create_dir_all(&dir).map_err(io(&dir))?;
        // The marker first: a killed build's folder is recognisably ours.
        let marker = dir.join(guard::MARKER);
        std::fs::write(&marker, Manifest::default().text()).map_err(io(&marker))?;
        Ok(Staging {
            out: out.to_path_buf(),
            dir,
            seen: HashSet::new(),
            published: false,
            previous: Manifest::read(out),
            next: Manifest::default(),
            written: 0,
            linked: 0,
            cleaner: Some(cleaner),
        })
    }

    /// Writes a batch of files, refusing paths that leave the folder or
    /// that an earlier file already took.
    pub fn write(&mut self, mut files: Vec<OutputFile>) -> Result<(), OutputError> {
        for f in &files {
            if !safe(&f.path) {
                return Err(OutputError::Escapes(f.path.clone()));
            }
            if !self.seen.insert(f.path.clone()) {
                return Err(OutputError::Collision(f.path.clone()));
            }
        }
        files.sort_by(|a, b| a.path.cmp(&b.path));
        let done = write_all(&self.dir, &self.out, &self.previous, &files)?;
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
    /// what it holds for the next build.
    pub fn publish(mut self) -> Result<(), OutputError> {
        self.wait_for_cleaner();
        let marker = self.dir.join(guard::MARKER);
        std::fs::write(&marker, self.next.text()).map_err(io(&marker))?;
        swap(&self.dir, &self.out)?;
        self.published = true;
        Ok(())
    }
}

impl Staging {
    /// Bounded: the cleaner never outlives the build that started it.
    fn wait_for_cleaner(&mut self) {
        if let Some(c) = self.cleaner.take() {
            let _ = c.join();
        }
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        self.wait_for_cleaner();
        if !self.published {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

/// Writes `files` into `staging`, linking each one whose bytes the
/// published tree `out` already holds (per its manifest) instead of writing
/// it again. Returns each file's entry and whether it was linked.
fn write_all(
    staging: &Path,
    out: &Path,
    previous: &Manifest,
    files: &[OutputFile],
) -> Result<Vec<(Entry, bool)>, OutputError> {
    let dirs: std::collections::BTreeSet<PathBuf> = files
        .iter()
        .filter_map(|f| Path::new(&f.path).parent().map(|p| staging.join(p)))
        .collect();
    for d in &dirs {
        std::fs::create_dir_all(d).map_err(io(d))?;
    }
    files
        .par_iter()
        .map(|f| {
            let target = staging.join(&f.path);
            let read;
            let bytes: &[u8] = match &f.content {
                Content::Bytes(b) => b,
                Content::Copy(src) => {
                    read = std::fs::read(src).map_err(io(src))?;
                    &read
                }
            };
            let entry = Entry::of(bytes);
            let published = out.join(&f.path);
            if previous.reusable(&f.path, entry, &published)
                && std::fs::hard_link(&published, &target).is_ok()
            {
                return Ok((entry, true));
            }
            std::fs::write(&target, bytes).map_err(io(&target))?;
            Ok((entry, false))
        })
        .collect()
}

/// Exchanges the staging folder with the output in one system call where
/// the OS allows it. The old site stays beside the output under the
/// staging name until the next build removes it in the background.
fn swap(staging: &Path, out: &Path) -> Result<(), OutputError> {
    if !out.exists() {
        return std::fs::rename(staging, out).map_err(io(out));
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
            // `staging` now holds the old site: the next build removes it.
            return Ok(());
        }
    }
    let old = staging.with_extension("old");
    std::fs::rename(out, &old).map_err(io(out))?;
    if let Err(e) = std::fs::rename(staging, out) {
        let _ = std::fs::rename(&old, out);
        return Err(io(out)(e));
    }
    remove_tree(&old);
    Ok(())
}

/// Removes a replaced site, folders in parallel two levels deep: deleting
/// tens of thousands of files is a visible part of a large build. Links
/// are removed, never followed: a link in the old site to a folder
/// elsewhere leaves that folder alone.
fn remove_tree(dir: &Path) {
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
