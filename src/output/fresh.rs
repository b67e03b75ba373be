//! Whether the published tree is already what a build would make: the last
//! build was clean and made from the same inputs, and the tree still holds
//! exactly its files, untouched. Then a build changes nothing.

use std::path::Path;

use rayon::prelude::*;

use super::guard::MARKER;
use super::manifest::{Inputs, Manifest};

/// The record of the build that made `out`, when it was made from `key`
/// and every file is as that build left it (none added, removed, replaced
/// by a link or edited since); `None` otherwise.
pub fn up_to_date(out: &Path, key: u128) -> Option<(Inputs, usize)> {
    let manifest = Manifest::read(out);
    let inputs = manifest.inputs.filter(|i| i.key == key)?;
    manifest.written?;
    // Folders in parallel: a large site has tens of thousands of files.
    let mut dirs = vec![out.to_path_buf()];
    let mut files = 0;
    while !dirs.is_empty() {
        let found: Vec<Option<(Vec<std::path::PathBuf>, usize)>> = dirs
            .par_iter()
            .map(|dir| {
                let (mut sub, mut n) = (Vec::new(), 0);
                for e in std::fs::read_dir(dir).ok()? {
                    let e = e.ok()?;
                    let kind = e.file_type().ok()?;
                    let path = e.path();
                    if kind.is_dir() {
                        sub.push(path);
                        continue;
                    }
                    let rel = path.strip_prefix(out).ok()?.to_str()?;
                    if rel == MARKER {
                        continue;
                    }
                    let entry = manifest.entries.get(rel)?;
                    if !manifest.untouched(&e.metadata().ok()?, *entry) {
                        return None;
                    }
                    n += 1;
                }
                Some((sub, n))
            })
            .collect();
        dirs = Vec::new();
        for f in found {
            let (sub, n) = f?;
            dirs.extend(sub);
            files += n;
        }
    }
    (files == manifest.entries.len()).then_some((inputs, files))
}
