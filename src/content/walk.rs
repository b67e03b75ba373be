//! Which files under a folder belong to the site: hidden files and folders
//! are never walked into, and a symbolic link is followed only when what it
//! points to lies inside the site folder (SECURITY.md, "What is published").

use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Severity};
use crate::msg::catalog::content as m;
use crate::t;

/// The files found, and what was left out and why.
#[derive(Debug, Default)]
pub struct Walked {
    /// Regular files (or links to files inside the site), sorted, as
    /// paths relative to the site root.
    pub files: Vec<PathBuf>,
    /// Hidden entries skipped (relative to the site root).
    pub hidden: Vec<PathBuf>,
    /// Links leading outside the site, dangling, or looping.
    pub links: Vec<PathBuf>,
    /// Entries that are neither files nor folders (FIFOs, sockets,
    /// devices): never read, never published.
    pub special: Vec<PathBuf>,
}

impl Walked {
    /// Whether anything was left out (and so is warned about).
    pub fn skipped_any(&self) -> bool {
        !(self.hidden.is_empty() && self.links.is_empty() && self.special.is_empty())
    }

    /// One warning for all hidden entries, one per refused link.
    pub fn warnings(&self) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        if let Some(first) = self.hidden.first() {
            out.push(
                Diagnostic::warning(
                    first,
                    0,
                    0,
                    t!(m::HIDDEN_SKIPPED, count = self.hidden.len()),
                )
                .help(t!(m::HIDDEN_SKIPPED_HELP)),
            );
        }
        for link in &self.links {
            out.push(
                Diagnostic::warning(link, 0, 0, t!(m::LINK_OUTSIDE_OR_NOWHERE))
                    .help(t!(m::LINK_OUTSIDE_HELP)),
            );
        }
        for entry in &self.special {
            out.push(Diagnostic {
                severity: Severity::Warning,
                ..super::not_a_file(entry)
            });
        }
        out
    }

    /// Adds another walk's findings.
    pub fn extend(&mut self, other: Walked) {
        self.files.extend(other.files);
        self.hidden.extend(other.hidden);
        self.links.extend(other.links);
        self.special.extend(other.special);
    }
}

/// True when `path`, with every link resolved, lies inside `canon_root`.
pub fn inside(path: &Path, canon_root: &Path) -> bool {
    path.canonicalize().is_ok_and(|p| p.starts_with(canon_root))
}

/// Walks `dir` (under `root`) keeping the files `keep` accepts.
pub fn walk(root: &Path, dir: &Path, keep: impl Fn(&Path) -> bool) -> std::io::Result<Walked> {
    let mut out = Walked::default();
    if !dir.is_dir() {
        return Ok(out);
    }
    let canon_root = root.canonicalize()?;
    let rel = |p: &Path| p.strip_prefix(root).unwrap_or(p).to_path_buf();
    let mut hidden = Vec::new();
    let mut links = Vec::new();
    let mut broken = Vec::new();
    let walker = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            if e.depth() > 0 && e.file_name().to_string_lossy().starts_with('.') {
                hidden.push(rel(e.path()));
                return false;
            }
            // The folder itself may be a link (content/tep → /etc), or sit
            // below one; anything reached through a link is checked.
            if (e.depth() == 0 || e.path_is_symlink()) && !inside(e.path(), &canon_root) {
                links.push(rel(e.path()));
                return false;
            }
            true
        });
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) if e.loop_ancestor().is_some() => {
                if let Some(p) = e.path() {
                    broken.push(rel(p));
                }
                continue;
            }
            Err(e) => {
                // A dangling link: nothing to publish, say so.
                if let Some(p) = e.path()
                    && std::fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_symlink())
                {
                    broken.push(rel(p));
                    continue;
                }
                return Err(e.into());
            }
        };
        let kind = entry.file_type();
        if kind.is_file() {
            if keep(entry.path()) {
                out.files.push(rel(entry.path()));
            }
        } else if !kind.is_dir() {
            // Left out silently before: an officer could not tell why a
            // file copied in as a FIFO or socket never showed up.
            out.special.push(rel(entry.path()));
        }
    }
    out.hidden = hidden;
    links.extend(broken);
    links.sort();
    out.links = links;
    Ok(out)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    #[test]
    fn hidden_entries_and_outside_links_are_left_out() {
        let d = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("id_rsa"), "secret").unwrap();
        let site = d.path();
        std::fs::create_dir_all(site.join("content/tep/.git")).unwrap();
        std::fs::create_dir_all(site.join("content/tep/anh")).unwrap();
        std::fs::create_dir_all(site.join("content/khac")).unwrap();
        std::fs::write(site.join("content/tep/.git/config"), "token").unwrap();
        std::fs::write(site.join("content/tep/.env"), "token").unwrap();
        std::fs::write(site.join("content/tep/anh/a.jpg"), "jpg").unwrap();
        std::fs::write(site.join("content/khac/b.pdf"), "pdf").unwrap();
        symlink(outside.path(), site.join("content/tep/ngoai")).unwrap();
        symlink(outside.path().join("id_rsa"), site.join("content/tep/khoa")).unwrap();
        symlink(site.join("content/khac"), site.join("content/tep/khac")).unwrap();
        symlink(site.join("content/tep"), site.join("content/tep/anh/vong")).unwrap();
        symlink(site.join("khong-co"), site.join("content/tep/treo")).unwrap();
        let w = walk(site, &site.join("content/tep"), |_| true).unwrap();
        let files: Vec<String> = w.files.iter().map(|p| p.display().to_string()).collect();
        assert_eq!(files, ["content/tep/anh/a.jpg", "content/tep/khac/b.pdf"]);
        assert_eq!(w.hidden.len(), 2);
        assert_eq!(w.links.len(), 4, "{:?}", w.links);

        // The folder itself a link to outside: nothing from it.
        let site2 = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(site2.path().join("content")).unwrap();
        symlink(outside.path(), site2.path().join("content/tep")).unwrap();
        let w = walk(site2.path(), &site2.path().join("content/tep"), |_| true).unwrap();
        assert!(w.files.is_empty());
        assert_eq!(w.links.len(), 1);
    }

    /// A FIFO among the files is named in a warning, never read.
    #[test]
    fn a_fifo_is_named_not_read() {
        let d = tempfile::tempdir().unwrap();
        let site = d.path();
        std::fs::create_dir_all(site.join("content/tin-tuc")).unwrap();
        std::fs::write(site.join("content/tin-tuc/a.md"), "a").unwrap();
        crate::content::odd::fifo(&site.join("content/tin-tuc/b.md"));
        let w = walk(site, &site.join("content/tin-tuc"), |_| true).unwrap();
        assert_eq!(w.files, [PathBuf::from("content/tin-tuc/a.md")]);
        assert_eq!(w.special, [PathBuf::from("content/tin-tuc/b.md")]);
        let warnings = w.warnings();
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].file, PathBuf::from("content/tin-tuc/b.md"));
    }
}
