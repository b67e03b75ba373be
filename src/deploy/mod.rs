//! Deploy: the built output to S3-compatible object storage, uploading only
//! what changed since the last deploy, in an order that never shows a
//! reader a page whose files are missing.
//!
//! The bucket keeps the manifest of what it holds (`.niemyet-deploy`, the
//! build's manifest format: xxh3-128, size, path). A deploy compares the
//! build's manifest (`public/.niemyet-output`) with it: one notion of
//! "what changed" for the local folder and the bucket. The bucket's
//! manifest is replaced last, so a deploy that is interrupted is finished
//! by running it again.

mod plan;
mod store;
mod target;

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::msg::catalog::deploy as m;
use crate::output::guard::MARKER;
use crate::output::manifest::{Entry, Manifest};
use crate::t;
pub use plan::Plan;
pub use target::Target;

/// The bucket's record of what it holds, beside the site's files.
pub const REMOTE_MANIFEST: &str = ".niemyet-deploy";

/// Requests in flight at once: uploads wait on the network, not the CPU.
const WORKERS: usize = 8;

pub struct Options {
    /// The built output (`public/`).
    pub out: PathBuf,
    pub target: String,
    pub endpoint: Option<String>,
    pub region: Option<String>,
    pub dry_run: bool,
    pub max_deletes: usize,
}

/// What a deploy did (or, dry, would do).
#[derive(Debug)]
pub struct Summary {
    pub target: String,
    pub uploaded: usize,
    pub bytes: u64,
    pub unchanged: usize,
    pub deleted: usize,
    pub dry_run: bool,
    /// The plan, one line per change (printed by a dry run).
    pub lines: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum DeployError {
    #[error("{0}")]
    Target(String),
    #[error("{}", t!(m::ENDPOINT_BAD, endpoint = endpoint))]
    Endpoint { endpoint: String },
    #[error("{}", t!(m::NO_BUILD, out = .0.display(), marker = MARKER))]
    NoBuild(PathBuf),
    #[error("{}", t!(m::CHANGED_AFTER_BUILD, n = n, out = out.display(), path = first))]
    ChangedAfterBuild {
        n: usize,
        out: PathBuf,
        first: String,
    },
    #[error("{}", m::NO_CREDENTIALS.text())]
    NoCredentials,
    #[error("{}", t!(m::DENIED, status = status, action = action, key = key))]
    Denied {
        status: u16,
        action: &'static str,
        key: String,
    },
    #[error("{}", t!(m::NO_BUCKET, bucket = bucket, endpoint = endpoint))]
    NoBucket { bucket: String, endpoint: String },
    #[error("{}", t!(m::UNREACHABLE, endpoint = endpoint, tries = tries, action = action, key = key, error = error))]
    Unreachable {
        endpoint: String,
        tries: u32,
        action: &'static str,
        key: String,
        error: String,
    },
    #[error("{}", t!(m::FAILED, status = status, action = action, key = key, body = body))]
    Failed {
        status: u16,
        action: &'static str,
        key: String,
        body: String,
    },
    #[error("{}", t!(m::TOO_MANY_DELETES, n = n, max = max))]
    TooManyDeletes { n: usize, max: usize },
    #[error("{}", crate::msg::io_error(source))]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl DeployError {
    /// One line on what to do.
    pub fn help(&self) -> Option<String> {
        Some(match self {
            DeployError::Target(_) => m::TARGET_HELP.text().to_owned(),
            DeployError::NoBuild(_) => m::NO_BUILD_HELP.text().to_owned(),
            DeployError::ChangedAfterBuild { .. } => m::CHANGED_HELP.text().to_owned(),
            DeployError::NoCredentials => m::CREDENTIALS_HELP.text().to_owned(),
            DeployError::Denied { .. } => m::DENIED_HELP.text().to_owned(),
            DeployError::NoBucket { .. } => m::NO_BUCKET_HELP.text().to_owned(),
            DeployError::Unreachable { .. } => m::UNREACHABLE_HELP.text().to_owned(),
            DeployError::TooManyDeletes { n, .. } => t!(m::TOO_MANY_DELETES_HELP, n = n),
            _ => return None,
        })
    }

    /// A usage error (exit 2): the command line or the folder, before any
    /// request was sent.
    pub fn is_usage(&self) -> bool {
        matches!(
            self,
            DeployError::Target(_) | DeployError::Endpoint { .. } | DeployError::NoBuild(_)
        )
    }
}

pub fn run(opts: &Options) -> Result<Summary, DeployError> {
    let target = target::parse(&opts.target).map_err(DeployError::Target)?;
    if let Some(e) = &opts.endpoint
        && !crate::text::url::is_absolute_http(e)
    {
        return Err(DeployError::Endpoint {
            endpoint: e.clone(),
        });
    }
    let local = read_build(&opts.out)?;
    let store = store::Store::open(&target, opts.endpoint.as_deref(), opts.region.as_deref())?;
    let remote = store
        .get(&target.key(REMOTE_MANIFEST))?
        .map(|b| Manifest::parse(&String::from_utf8_lossy(&b)))
        .unwrap_or_default();
    let plan = plan::plan(&local, &remote);
    if plan.deletes.len() > opts.max_deletes {
        return Err(DeployError::TooManyDeletes {
            n: plan.deletes.len(),
            max: opts.max_deletes,
        });
    }
    let mut summary = Summary {
        target: target.to_string(),
        uploaded: plan.upload_count(),
        bytes: plan.upload_bytes(),
        unchanged: plan.unchanged,
        deleted: plan.deletes.len(),
        dry_run: opts.dry_run,
        lines: Vec::new(),
    };
    if opts.dry_run {
        for u in plan.uploads.values().flatten() {
            let why = if u.new { m::WHY_NEW } else { m::WHY_CHANGED };
            let line = t!(m::PLAN_UPLOAD, key = target.url(&u.path), why = why.text());
            summary.lines.push(line);
        }
        for d in &plan.deletes {
            summary.lines.push(t!(m::PLAN_DELETE, key = target.url(d)));
        }
        return Ok(summary);
    }
    let bar = indicatif::ProgressBar::new(summary.uploaded as u64);
    bar.set_message(m::PROGRESS.text());
    bar.set_style(
        indicatif::ProgressStyle::with_template("{msg} {bar:30} {pos}/{len}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    for uploads in plan.uploads.values() {
        each(uploads, |u| {
            let path = opts.out.join(&u.path);
            let bytes = std::fs::read(&path).map_err(|source| DeployError::Io {
                path: path.clone(),
                source,
            })?;
            // Changed while this deploy ran: never upload what the
            // manifest does not describe.
            if Entry::of(&bytes) != u.entry {
                return Err(DeployError::ChangedAfterBuild {
                    n: 1,
                    out: opts.out.clone(),
                    first: u.path.clone(),
                });
            }
            let redirect = match plan::phase(&u.path) {
                plan::Phase::Pages => plan::redirect(&bytes),
                _ => None,
            };
            store.put(
                &target.key(&u.path),
                &bytes,
                plan::content_type(&u.path),
                plan::cache_control(&u.path),
                redirect.as_deref(),
            )?;
            bar.inc(1);
            Ok(())
        })?;
    }
    bar.finish_and_clear();
    // Only now that the new site is complete.
    each(&plan.deletes, |d| store.delete(&target.key(d)))?;
    store.put(
        &target.key(REMOTE_MANIFEST),
        local.text().as_bytes(),
        "text/plain; charset=utf-8",
        "no-cache",
        None,
    )?;
    Ok(summary)
}

/// The build's manifest, after checking that every file it lists is still
/// there, a regular file inside the output, unmodified since the build.
fn read_build(out: &Path) -> Result<Manifest, DeployError> {
    let local = Manifest::read(out);
    if local.written.is_none() {
        return Err(DeployError::NoBuild(out.to_path_buf()));
    }
    let root = out.canonicalize().map_err(|source| DeployError::Io {
        path: out.to_path_buf(),
        source,
    })?;
    let mut changed: Vec<&String> = local
        .entries
        .par_iter()
        .filter(|(path, entry)| {
            let file = root.join(path);
            let inside = file.canonicalize().is_ok_and(|c| c.starts_with(&root));
            !(inside && local.reusable(path, **entry, &file))
        })
        .map(|(path, _)| path)
        .collect();
    changed.sort();
    if let Some(first) = changed.first() {
        return Err(DeployError::ChangedAfterBuild {
            n: changed.len(),
            out: out.to_path_buf(),
            first: (*first).clone(),
        });
    }
    Ok(local)
}

/// Runs `job` on every item, [`WORKERS`] at a time (requests wait on the
/// network, not the CPU, so more than the build's one thread per core);
/// stops at the first error and returns it.
fn each<T: Sync>(
    items: &[T],
    job: impl Fn(&T) -> Result<(), DeployError> + Sync + Send,
) -> Result<(), DeployError> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(WORKERS)
        .build()
        .map_err(|e| DeployError::Io {
            path: PathBuf::new(),
            source: std::io::Error::other(e),
        })?;
    pool.install(|| items.par_iter().try_for_each(&job))
}
