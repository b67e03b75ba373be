//! `niemyet import dvc` (DESIGN §2.9): national-portal procedure records
//! (JSON) → one catalog per announcing decision, and their agencies into
//! `content/co-quan.yaml`. Nothing is invented: what a record lacks is a
//! `# TODO` comment that `niemyet check` then reports as missing.

mod agencies;
mod dvc;
mod record;
mod yaml;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::content::yaml as site_yaml;
use crate::msg::catalog::import as m;
use crate::t;
use crate::text::slugify;
use yaml::{Entry, Y};

/// Records larger than this are not procedure records (the largest
/// sample is about 100 KB).
const MAX_RECORD_BYTES: u64 = 16 * 1024 * 1024;

#[derive(Debug, Error)]
pub enum ImportError {
    #[error("{}", t!(m::ERR_READ, path = path.display(), error = crate::msg::io_error(source)))]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", t!(m::ERR_WRITE, path = path.display(), error = crate::msg::io_error(source)))]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", t!(m::ERR_OVERWRITE, paths = .0.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")))]
    WouldOverwrite(Vec<PathBuf>),
    #[error("{}", t!(m::ERR_REGISTRY, path = path.display(), line = line))]
    Registry { path: PathBuf, line: usize },
    #[error("{}", t!(m::ERR_REGISTRY_SHAPE, path = .0.display()))]
    RegistryShape(PathBuf),
    #[error("{}", t!(m::ERR_NOTHING))]
    Nothing,
    #[error("{}", t!(m::ERR_NO_INPUT, path = .0.display()))]
    NoInput(PathBuf),
}

/// What to import and where.
pub struct Options {
    /// JSON files, or folders holding them (read recursively).
    pub inputs: Vec<PathBuf>,
    /// Where catalogs go (ROOT/content/thu-tuc by default).
    pub out: PathBuf,
    /// `content/co-quan.yaml` of the site; `None` leaves it alone (the
    /// catalogs go somewhere else than the site's content).
    pub registry: Option<PathBuf>,
    /// Overwrite catalogs whose content differs.
    pub force: bool,
}

/// A record that was not imported, and why.
#[derive(Debug, Clone)]
pub struct Skipped {
    pub file: PathBuf,
    pub reason: String,
}

/// The end-of-run summary.
#[derive(Debug, Default)]
pub struct Summary {
    /// Catalog files with how many procedures each, and whether the file
    /// was written (false: same bytes already there).
    pub catalogs: Vec<(PathBuf, usize, bool)>,
    pub procedures: usize,
    /// Procedure code → the legal elements its record lacks.
    pub missing: Vec<(String, Vec<&'static str>)>,
    /// Catalog → the parts of its announcing decision the records lack.
    pub decision_missing: Vec<(PathBuf, Vec<&'static str>)>,
    pub skipped: Vec<Skipped>,
    /// Agencies appended to (or written into a new) `co-quan.yaml`.
    pub agencies_added: usize,
    pub agencies_without_level: usize,
    /// The catalogs went outside the site: its registry was left alone.
    pub registry_untouched: bool,
}

fn json_files(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, ImportError> {
    let mut out = Vec::new();
    for input in inputs {
        let meta = std::fs::metadata(input).map_err(|source| match source.kind() {
            std::io::ErrorKind::NotFound => ImportError::NoInput(input.clone()),
            _ => ImportError::Read {
                path: input.clone(),
                source,
            },
        })?;
        if meta.is_dir() {
            for e in walkdir::WalkDir::new(input).sort_by_file_name() {
                let e = e.map_err(|e| ImportError::Read {
                    path: input.clone(),
                    source: e.into(),
                })?;
                let p = e.path();
                if e.file_type().is_file()
                    && p.extension()
                        .is_some_and(|x| x.eq_ignore_ascii_case("json"))
                {
                    out.push(p.to_path_buf());
                }
            }
        } else {
            out.push(input.clone());
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// The catalog file name of a decision: `2026-07-14-2670-qd-ubnd.yaml`.
fn file_name(d: Option<&dvc::Decision>) -> String {
    match d {
        Some(d) => {
            let so = slugify(&d.so);
            match d.ngay {
                Some(ngay) => format!("{}-{so}.yaml", ngay.format("%Y-%m-%d")),
                None => format!("{so}.yaml"),
            }
        }
        None => "chua-ro-quyet-dinh.yaml".to_owned(),
    }
}

fn decision_entries(d: Option<&dvc::Decision>) -> Vec<Entry> {
    let Some(d) = d else {
        return vec![Entry::Todo(
            "quyet_dinh_cong_bo (Quyết định công bố): bản ghi không nêu quyết định công bố; ghi so, ngay, co_quan_ban_hanh".into(),
        )];
    };
    let mut e = vec![Entry::Key("so", Y::text(&d.so))];
    match d.ngay {
        Some(n) => e.push(Entry::Key(
            "ngay",
            Y::plain(n.format("%Y-%m-%d").to_string()),
        )),
        None => e.push(Entry::Todo(
            "ngay (Ngày ban hành): bản ghi không nêu ngày của quyết định".into(),
        )),
    }
    match &d.co_quan_ban_hanh {
        Some(a) => e.push(Entry::Key("co_quan_ban_hanh", Y::text(a))),
        None => e.push(Entry::Todo(
            "co_quan_ban_hanh (Cơ quan ban hành): bản ghi không nêu cơ quan ban hành quyết định"
                .into(),
        )),
    }
    e
}

/// The parts of the announcing decision a record lacks.
fn decision_gaps(d: Option<&dvc::Decision>) -> Vec<&'static str> {
    match d {
        None => vec!["Quyết định công bố"],
        Some(d) => [
            (d.ngay.is_none(), "Ngày ban hành"),
            (d.co_quan_ban_hanh.is_none(), "Cơ quan ban hành"),
        ]
        .into_iter()
        .filter(|(gap, _)| *gap)
        .map(|(_, name)| name)
        .collect(),
    }
}

fn catalog_text(decision: Option<&dvc::Decision>, procs: &[dvc::Mapped]) -> String {
    let header = vec![
        format!(
            "Nhập từ Cổng Dịch vụ công quốc gia bằng `niemyet import dvc`: {} thủ tục.",
            procs.len()
        ),
        "Dòng `# TODO` đánh dấu thành phần bản ghi không có: điền vào, rồi chạy `niemyet check`."
            .into(),
    ];
    let top = match decision {
        Some(_) => Entry::Key("quyet_dinh_cong_bo", Y::Map(decision_entries(decision))),
        None => decision_entries(None).remove(0),
    };
    yaml::document(
        &header,
        &[
            top,
            Entry::Key(
                "thu_tuc",
                Y::List(procs.iter().map(|p| Y::Map(p.entries.clone())).collect()),
            ),
        ],
    )
}

/// Reads the existing registry (empty when there is none).
fn existing_registry(path: &Path) -> Result<Option<(String, agencies::Known)>, ImportError> {
    let src = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(source) => {
            return Err(ImportError::Read {
                path: path.to_owned(),
                source,
            });
        }
    };
    let src = crate::text::clean::decode(src).map_err(|line| ImportError::Registry {
        path: path.to_owned(),
        line,
    })?;
    let node = site_yaml::parse(&src, 0).map_err(|e| ImportError::Registry {
        path: path.to_owned(),
        line: e.line,
    })?;
    Ok(Some((src.clone(), agencies::Known::read(&node))))
}

/// Writes `text` to `path` through a temporary file and a rename, so a
/// reader never sees half a catalog.
fn write_atomic(path: &Path, text: &str) -> Result<(), ImportError> {
    let err = |source| ImportError::Write {
        path: path.to_owned(),
        source,
    };
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(err)?;
    }
    let tmp = path.with_extension("yaml.tmp");
    std::fs::write(&tmp, text).map_err(err)?;
    std::fs::rename(&tmp, path).map_err(err)
}

/// Runs the import; nothing is written when any catalog would overwrite
/// a different existing file without `force`.
pub fn run(opts: &Options) -> Result<Summary, ImportError> {
    let files = json_files(&opts.inputs)?;
    let mut summary = Summary::default();
    let mut by_code: BTreeMap<String, (PathBuf, dvc::Mapped)> = BTreeMap::new();
    for file in files {
        let skip = |reason: String| Skipped {
            file: file.clone(),
            reason,
        };
        let size = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
        if size > MAX_RECORD_BYTES {
            summary
                .skipped
                .push(skip(t!(m::SKIP_TOO_BIG, mb = size >> 20)));
            continue;
        }
        let bytes = std::fs::read(&file).map_err(|source| ImportError::Read {
            path: file.clone(),
            source,
        })?;
        let value: serde_json::Value = match serde_json::from_slice(&bytes) {
            Ok(v) => v,
            Err(e) => {
                summary.skipped.push(skip(t!(
                    m::SKIP_NOT_JSON,
                    line = e.line(),
                    column = e.column()
                )));
                continue;
            }
        };
        match dvc::map(&value) {
            Err(s) => summary.skipped.push(skip(s.reason())),
            Ok(record) => {
                if let Some((first, _)) = by_code.get(&record.ma) {
                    summary.skipped.push(skip(t!(
                        m::SKIP_DUPLICATE,
                        code = record.ma,
                        first = first.display()
                    )));
                    continue;
                }
                by_code.insert(record.ma.clone(), (file.clone(), record));
            }
        }
    }
    if by_code.is_empty() {
        return if summary.skipped.is_empty() {
            Err(ImportError::Nothing)
        } else {
            Ok(summary)
        };
    }
    // One catalog per decision, procedures by code.
    // One catalog per decision: number, date and issuing body (two
    // provinces may both have a "15/2026/QĐ-UBND" of the same day).
    let mut decisions: BTreeMap<Option<dvc::Decision>, Vec<dvc::Mapped>> = BTreeMap::new();
    for (_, (_, m)) in by_code {
        decisions.entry(m.decision.clone()).or_default().push(m);
    }
    let mut bases: BTreeMap<String, usize> = BTreeMap::new();
    for d in decisions.keys() {
        *bases.entry(file_name(d.as_ref())).or_default() += 1;
    }
    let mut catalogs: BTreeMap<String, (Option<dvc::Decision>, Vec<dvc::Mapped>)> = BTreeMap::new();
    for (d, procs) in decisions {
        let base = file_name(d.as_ref());
        let name = if bases[&base] > 1 {
            let by = d
                .as_ref()
                .and_then(|d| d.co_quan_ban_hanh.as_deref())
                .map_or_else(|| "khong-ro-co-quan".to_owned(), slugify);
            format!("{}-{by}.yaml", base.trim_end_matches(".yaml"))
        } else {
            base
        };
        catalogs.insert(name, (d, procs));
    }
    // Path, text, procedures, and whether the file already holds that text.
    let mut planned: Vec<(PathBuf, String, usize, bool)> = Vec::new();
    let mut conflicts = Vec::new();
    let mut uses = Vec::new();
    for (name, (decision, procs)) in &catalogs {
        let path = opts.out.join(name);
        let text = catalog_text(decision.as_ref(), procs);
        let gaps = decision_gaps(decision.as_ref());
        if !gaps.is_empty() {
            summary.decision_missing.push((path.clone(), gaps));
        }
        let old = std::fs::read_to_string(&path).ok();
        let same = old.as_deref() == Some(text.as_str());
        if old.is_some() && !same && !opts.force {
            conflicts.push(path.clone());
        }
        for p in procs {
            summary.procedures += 1;
            if !p.missing.is_empty() {
                summary.missing.push((p.ma.clone(), p.missing.clone()));
            }
            for a in &p.agencies {
                uses.push((a.clone(), p.levels.clone()));
            }
        }
        planned.push((path, text, procs.len(), same));
    }
    if !conflicts.is_empty() {
        return Err(ImportError::WouldOverwrite(conflicts));
    }
    // Agencies: check the registry can take them before writing anything.
    let (added, registry_text) = match &opts.registry {
        None => {
            summary.registry_untouched = true;
            (Vec::new(), None)
        }
        Some(registry) => {
            let existing = existing_registry(registry)?;
            let empty = agencies::Known::default();
            let known = existing.as_ref().map_or(&empty, |(_, r)| r);
            let added = agencies::new_agencies(&uses, known);
            let text = match &existing {
                None if added.is_empty() => None,
                None => Some(agencies::new_file(&added)),
                Some(_) if added.is_empty() => None,
                Some((src, _)) => Some(
                    agencies::append(src, &added)
                        .ok_or_else(|| ImportError::RegistryShape(registry.clone()))?,
                ),
            };
            (added, text.map(|t| (registry.clone(), t)))
        }
    };
    for (path, text, n, same) in planned {
        if !same {
            write_atomic(&path, &text)?;
        }
        summary.catalogs.push((path, n, !same));
    }
    if let Some((registry, text)) = registry_text {
        write_atomic(&registry, &text)?;
    }
    summary.agencies_added = added.len();
    summary.agencies_without_level = added.iter().filter(|a| a.cap.is_none()).count();
    Ok(summary)
}

/// The summary an officer reads after an import.
pub fn report(s: &Summary) -> String {
    use crate::text::number::format_int;
    use std::fmt::Write;
    let n = |x: usize| format_int(x as i64);
    let mut out = String::new();
    for (path, count, written) in &s.catalogs {
        let line = if *written { m::WRITTEN } else { m::UNCHANGED };
        let _ = writeln!(out, "{}", t!(line, path = path.display(), n = n(*count)));
    }
    let _ = writeln!(
        out,
        "{}",
        t!(
            m::IMPORTED,
            procedures = n(s.procedures),
            catalogs = n(s.catalogs.len())
        )
    );
    if s.agencies_added > 0 {
        let _ = writeln!(out, "{}", t!(m::AGENCIES_ADDED, n = n(s.agencies_added)));
    }
    if s.registry_untouched {
        let _ = writeln!(out, "{}", t!(m::REGISTRY_UNTOUCHED));
    }
    if s.agencies_without_level > 0 {
        let _ = writeln!(
            out,
            "{}",
            t!(m::AGENCIES_NO_LEVEL, n = n(s.agencies_without_level))
        );
    }
    for (path, gaps) in &s.decision_missing {
        let _ = writeln!(
            out,
            "{}",
            t!(
                m::DECISION_MISSING,
                path = path.display(),
                gaps = gaps.join(", ")
            )
        );
    }
    if !s.missing.is_empty() {
        let _ = writeln!(out, "{}", t!(m::MISSING_HEAD, n = n(s.missing.len())));
        for (ma, els) in &s.missing {
            let _ = writeln!(out, "  {ma}: {}", els.join(", "));
        }
    }
    if !s.skipped.is_empty() {
        let _ = writeln!(out, "{}", t!(m::SKIPPED_HEAD, n = n(s.skipped.len())));
        for k in &s.skipped {
            let _ = writeln!(out, "  {}: {}", k.file.display(), k.reason);
        }
    }
    out
}
