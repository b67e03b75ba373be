//! Where a build may write: the output folder is resolved to a canonical
//! path before anything else happens, and refused when replacing it could
//! destroy something the build did not make (SECURITY.md, "Output folder").

use std::path::{Component, Path, PathBuf};

use crate::msg::catalog::output as m;
use crate::t;

/// Written into every output; a non-empty folder without it is not ours.
pub const MARKER: &str = ".niemyet-output";

/// Why an output folder was refused: a usage error (exit 2), nothing touched.
#[derive(Debug, thiserror::Error)]
pub enum Refusal {
    #[error("{}", t!(m::ROOT_UNREADABLE, path = .0.display(), error = crate::msg::io_error(.1)))]
    Root(PathBuf, std::io::Error),
    #[error("{}", t!(m::OUT_UNRESOLVED, path = .0.display(), error = crate::msg::io_error(.1)))]
    Resolve(PathBuf, std::io::Error),
    #[error("{}", t!(m::OUT_IS_ROOT, out = out.display()))]
    IsRoot { out: PathBuf },
    #[error("{}", t!(m::OUT_CONTAINS_ROOT, out = out.display(), root = root.display()))]
    ContainsRoot { out: PathBuf, root: PathBuf },
    #[error("{}", t!(m::OUT_IN_SOURCES, out = out.display(), source_dir = source_dir.display()))]
    InSources { out: PathBuf, source_dir: PathBuf },
    #[error("{}", t!(m::OUT_SYMLINK, out = out.display(), target = target.display()))]
    Symlink { out: PathBuf, target: PathBuf },
    #[error("{}", t!(m::OUT_NOT_FOLDER, out = .0.display()))]
    NotFolder(PathBuf),
    #[error("{}", t!(m::OUT_SACRED, out = .0.display()))]
    Sacred(PathBuf),
    #[error("{}", t!(m::OUT_FOREIGN, out = .0.display(), marker = MARKER))]
    Foreign(PathBuf),
}

impl Refusal {
    /// One line on what to do instead.
    pub fn help(&self) -> String {
        match self {
            Refusal::Symlink { target, .. } => {
                t!(m::OUT_SYMLINK_HELP, target = target.display())
            }
            Refusal::Foreign(_) => t!(m::OUT_FOREIGN_HELP),
            Refusal::Root(..) => t!(m::ROOT_HELP),
            _ => t!(m::OUT_ELSEWHERE_HELP),
        }
    }
}

/// The folders whose contents are the site's sources: never an output.
fn source_dirs(root: &Path) -> Vec<PathBuf> {
    let mut dirs = vec![root.join("content"), root.join("themes")];
    // A source folder may itself be a link (content → /data/noi-dung): its
    // target is as much the sources as the link.
    let targets: Vec<PathBuf> = dirs.iter().filter_map(|d| d.canonicalize().ok()).collect();
    dirs.extend(targets);
    // Hidden folders (.git, .github, editor state) are someone's too.
    if let Ok(entries) = std::fs::read_dir(root) {
        for e in entries.flatten() {
            if e.file_name().to_string_lossy().starts_with('.') {
                dirs.push(e.path());
            }
        }
    }
    dirs
}

/// `path` made absolute and canonical part by part: each existing prefix
/// is resolved (symlinks included) before the next `..` applies, as the
/// kernel would; the missing rest is appended as typed.
fn resolve(path: &Path) -> std::io::Result<PathBuf> {
    let abs = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()?.join(path)
    };
    let mut cur = PathBuf::from("/");
    for c in abs.components() {
        match c {
            Component::ParentDir => {
                cur.pop();
            }
            Component::Normal(name) => {
                cur.push(name);
                if std::fs::symlink_metadata(&cur).is_ok() {
                    cur = cur.canonicalize()?;
                }
            }
            Component::RootDir | Component::CurDir | Component::Prefix(_) => {}
        }
    }
    Ok(cur)
}

/// `/`, a folder directly under it (/etc, /usr, /var, /tmp…) or a home
/// folder: never an output, not even with --force.
fn is_sacred(path: &Path) -> bool {
    path.parent().is_none_or(|p| p.parent().is_none()) || is_home(path)
}

fn is_home(path: &Path) -> bool {
    std::env::var_os("HOME")
        .map(PathBuf::from)
        .and_then(|h| h.canonicalize().ok())
        .is_some_and(|h| h == path)
        || path.parent().is_some_and(|p| p == Path::new("/home"))
        || path == Path::new("/root")
}

/// The canonical site root and output, or why the output is refused.
/// `force` allows replacing a non-empty folder niemyet did not make; it
/// never allows the other refusals.
pub fn check(root: &Path, out: &Path, force: bool) -> Result<(PathBuf, PathBuf), Refusal> {
    let root = root
        .canonicalize()
        .map_err(|e| Refusal::Root(root.to_path_buf(), e))?;
    if let Ok(meta) = std::fs::symlink_metadata(out)
        && meta.file_type().is_symlink()
    {
        let target = std::fs::read_link(out).unwrap_or_default();
        return Err(Refusal::Symlink {
            out: out.to_path_buf(),
            target,
        });
    }
    let canon = resolve(out).map_err(|e| Refusal::Resolve(out.to_path_buf(), e))?;
    if canon == root {
        return Err(Refusal::IsRoot { out: canon });
    }
    if root.starts_with(&canon) {
        return Err(Refusal::ContainsRoot { out: canon, root });
    }
    if is_sacred(&canon) {
        return Err(Refusal::Sacred(canon));
    }
    if let Some(src) = source_dirs(&root)
        .into_iter()
        .find(|d| canon.starts_with(d))
    {
        return Err(Refusal::InSources {
            out: canon,
            source_dir: src,
        });
    }
    match std::fs::symlink_metadata(&canon) {
        Err(_) => {}
        Ok(m) if !m.is_dir() => return Err(Refusal::NotFolder(canon)),
        Ok(_) => {
            let empty = std::fs::read_dir(&canon)
                .map(|mut d| d.next().is_none())
                .unwrap_or(false);
            if !empty && !force && !canon.join(MARKER).is_file() {
                return Err(Refusal::Foreign(canon));
            }
        }
    }
    Ok((root, canon))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> tempfile::TempDir {
        let d = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(d.path().join("site/content")).unwrap();
        std::fs::create_dir_all(d.path().join("site/themes/x")).unwrap();
        std::fs::create_dir_all(d.path().join("site/.git")).unwrap();
        std::fs::write(d.path().join("site/site.yaml"), "").unwrap();
        d
    }

    #[test]
    fn refuses_sources_root_and_parents() {
        let d = site();
        let root = d.path().join("site");
        for bad in [
            root.clone(),
            root.join("content"),
            root.join("content/tep"),
            root.join("themes"),
            root.join(".git/x"),
            d.path().to_path_buf(),
            root.join("public/../content"),
            root.join("public/../.."),
        ] {
            assert!(
                check(&root, &bad, true).is_err(),
                "{} accepted",
                bad.display()
            );
        }
        for sacred in ["/", "/tmp", "/etc", "/usr"] {
            assert!(check(&root, Path::new(sacred), true).is_err(), "{sacred}");
        }
        assert!(matches!(
            check(&root, Path::new("/etc"), true),
            Err(Refusal::Sacred(_))
        ));
    }

    #[test]
    fn foreign_folders_need_force_and_links_are_refused() {
        let d = site();
        let root = d.path().join("site");
        let docs = d.path().join("Documents");
        std::fs::create_dir_all(&docs).unwrap();
        std::fs::write(docs.join("luong.xlsx"), "x").unwrap();
        assert!(matches!(
            check(&root, &docs, false),
            Err(Refusal::Foreign(_))
        ));
        assert!(check(&root, &docs, true).is_ok());
        std::fs::write(docs.join(MARKER), "").unwrap();
        assert!(check(&root, &docs, false).is_ok());
        #[cfg(unix)]
        {
            let link = root.join("public");
            std::os::unix::fs::symlink(&docs, &link).unwrap();
            assert!(matches!(
                check(&root, &link, true),
                Err(Refusal::Symlink { .. })
            ));
        }
        // A source folder that is a link: its target is refused too.
        #[cfg(unix)]
        {
            let elsewhere = d.path().join("noi-dung");
            std::fs::create_dir_all(&elsewhere).unwrap();
            let site2 = d.path().join("site2");
            std::fs::create_dir_all(&site2).unwrap();
            std::os::unix::fs::symlink(&elsewhere, site2.join("content")).unwrap();
            assert!(matches!(
                check(&site2, &elsewhere.join("public"), true),
                Err(Refusal::InSources { .. })
            ));
        }
        let (_, out) = check(&root, &root.join("public2/./a/../b"), false).unwrap();
        assert_eq!(out, root.canonicalize().unwrap().join("public2/b"));
    }
}
