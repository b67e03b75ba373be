//! The command line (DESIGN §2.6). Exit status: 0 success, 1 content
//! errors, 2 usage errors. Diagnostics go to stderr.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{ArgAction, CommandFactory, FromArgMatches, Parser, Subcommand};
use niemyet::diag::Report;
use niemyet::msg::catalog::cli as m;
use niemyet::msg::{Lang, Msg, set_lang};
use niemyet::t;
use niemyet::{BuildError, BuildOptions};

// A build makes millions of small, short-lived values (template values,
// tokens, strings) on every core; glibc's allocator spent about a sixth of
// a build's CPU on them.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay` in mimalloc.h's `mi_option_t` (v3); the Rust
/// bindings do not name it. Checked by `the_option_is_the_one_meant`.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Memory a build frees goes back to the system after 250 ms rather than a
/// second: a build frees one batch of pages while it renders the next, and
/// memory given back is faulted in and zeroed again when taken. Measured on
/// the 10k + 2k bench site (6 alternating runs, RAM disk): 10 ms gave peak
/// memory 399–404 MB and system time 1.28–1.52 s; 250 ms 462 MB and 1.10–1.33
/// s, 0.12–0.15 s less wall time; 1 s 479 MB, same wall time as 250 ms.
///
/// Huge pages are not asked for (the `no_thp` feature: mimalloc's arenas
/// are made before `main`): memory given back and taken again was zeroed
/// 2 MB at a time, 13 % of a build's CPU in the kernel.
fn tune_allocator() {
    // SAFETY: sets a plain integer option; allowed at any time.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 250) };
}

// Help texts come from the message catalog (`localize`), in the chosen
// language; the doc comments here are for readers of the code.
#[derive(Parser)]
#[command(
    name = "niemyet",
    version,
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Language of messages (vi, en).
    #[arg(long, global = true, value_name = "vi|en")]
    lang: Option<String>,
    #[arg(short = 'h', long, action = ArgAction::Help, global = true)]
    help: Option<bool>,
    #[arg(short = 'V', long, action = ArgAction::Version)]
    version: Option<bool>,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into the output folder (atomically).
    Build {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        #[arg(long)]
        output: Option<PathBuf>,
        #[arg(long)]
        drafts: bool,
        #[arg(long)]
        force: bool,
    },
    /// Check every rule without writing anything.
    Check {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        #[arg(long)]
        external: bool,
    },
    /// Scaffold content with today's date and a slug.
    New {
        #[command(subcommand)]
        what: New,
        #[arg(long, default_value = ".", global = true)]
        root: PathBuf,
    },
    /// Create a new site.
    Init { dir: PathBuf },
    /// Build, serve, rebuild on change, reload open tabs.
    Serve {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        #[arg(long, default_value = "127.0.0.1")]
        bind: String,
        #[arg(long, default_value_t = 1111)]
        port: u16,
    },
    /// Import procedures from national-portal records.
    Import {
        #[command(subcommand)]
        what: Import,
    },
    /// Upload the built output to S3-compatible storage, changes only.
    Deploy {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        #[arg(long)]
        output: Option<PathBuf>,
        #[arg(long, required = true)]
        target: String,
        #[arg(long)]
        endpoint: Option<String>,
        #[arg(long)]
        region: Option<String>,
        #[arg(long)]
        dry_run: bool,
        #[arg(long, default_value_t = 256)]
        max_deletes: usize,
    },
    /// Print the version.
    Version,
}

#[derive(Subcommand)]
enum Import {
    /// Records of the national public-service portal.
    Dvc {
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        #[arg(long, default_value = ".")]
        root: PathBuf,
        #[arg(long)]
        out: Option<PathBuf>,
        #[arg(long)]
        force: bool,
    },
}

#[derive(Subcommand)]
enum New {
    /// A news article.
    Article { title: String },
    /// A procedure catalog skeleton.
    Catalog { name: String },
}

/// The command's help texts in the chosen language.
fn localize(cmd: clap::Command) -> clap::Command {
    use niemyet::msg::catalog::cli as m;
    fn texts(c: clap::Command, about: Msg, args: &[(&str, Msg)]) -> clap::Command {
        let mut c = c
            .about(about.text())
            .help_template(m::HELP_TEMPLATE.text())
            .subcommand_help_heading(m::HEADING_COMMANDS.text());
        for (id, msg) in args {
            c = c.mut_arg(*id, |a| a.help(msg.text()));
        }
        c.mut_args(|a| {
            let heading = if a.is_positional() {
                m::HEADING_ARGS
            } else {
                m::HEADING_OPTIONS
            };
            // Defaults are written in the help text, in its language.
            let a = a.help_heading(heading.text());
            // Placeholders an officer can read (THU_MUC rather than ROOT).
            let a = match (niemyet::msg::lang(), a.get_id().as_str()) {
                (Lang::Vi, "root" | "output" | "out" | "dir") => a.value_name("THU_MUC"),
                (Lang::Vi, "inputs") => a.value_name("TEP_JSON"),
                (Lang::Vi, "title") => a.value_name("TIEU_DE"),
                (Lang::Vi, "name") => a.value_name("TEN_TEP"),
                (Lang::Vi, "port") => a.value_name("CONG"),
                (Lang::Vi, "bind") => a.value_name("DIA_CHI"),
                (Lang::Vi, "format") => a.value_name("text|json"),
                (_, "target") => a.value_name("s3://BUCKET/PREFIX"),
                (_, "endpoint") => a.value_name("URL"),
                (Lang::Vi, "region") => a.value_name("VUNG"),
                (Lang::Vi, "max_deletes") => a.value_name("SO_TEP"),
                _ => a,
            };
            if a.get_action().takes_values() {
                a.hide_default_value(true).hide_possible_values(true)
            } else {
                a
            }
        })
    }
    let common: &[(&str, Msg)] = &[("lang", m::ARG_LANG), ("help", m::ARG_HELP)];
    let root = ("root", m::ARG_ROOT);
    let cmd = texts(
        cmd,
        m::ABOUT,
        &[common, &[("version", m::ARG_VERSION)]].concat(),
    );
    cmd.mut_subcommand("build", |c| {
        texts(
            c,
            m::CMD_BUILD,
            &[
                root,
                ("output", m::ARG_OUTPUT),
                ("drafts", m::ARG_DRAFTS),
                ("force", m::ARG_FORCE_OUTPUT),
            ],
        )
    })
    .mut_subcommand("check", |c| {
        texts(
            c,
            m::CMD_CHECK,
            &[
                root,
                ("format", m::ARG_FORMAT),
                ("external", m::ARG_EXTERNAL),
            ],
        )
    })
    .mut_subcommand("new", |c| {
        texts(c, m::CMD_NEW, &[root])
            .mut_subcommand("article", |c| {
                texts(c, m::CMD_NEW_ARTICLE, &[("title", m::ARG_TITLE)])
            })
            .mut_subcommand("catalog", |c| {
                texts(c, m::CMD_NEW_CATALOG, &[("name", m::ARG_NAME)])
            })
    })
    .mut_subcommand("init", |c| texts(c, m::CMD_INIT, &[("dir", m::ARG_DIR)]))
    .mut_subcommand("serve", |c| {
        texts(
            c,
            m::CMD_SERVE,
            &[root, ("bind", m::ARG_BIND), ("port", m::ARG_PORT)],
        )
    })
    .mut_subcommand("import", |c| {
        texts(c, m::CMD_IMPORT, &[]).mut_subcommand("dvc", |c| {
            texts(
                c,
                m::CMD_IMPORT_DVC,
                &[
                    root,
                    ("inputs", m::ARG_INPUTS),
                    ("out", m::ARG_IMPORT_OUT),
                    ("force", m::ARG_IMPORT_FORCE),
                ],
            )
        })
    })
    .mut_subcommand("deploy", |c| {
        texts(
            c,
            m::CMD_DEPLOY,
            &[
                root,
                ("output", m::ARG_OUTPUT),
                ("target", m::ARG_TARGET),
                ("endpoint", m::ARG_ENDPOINT),
                ("region", m::ARG_REGION),
                ("dry_run", m::ARG_DRY_RUN),
                ("max_deletes", m::ARG_MAX_DELETES),
            ],
        )
    })
    .mut_subcommand("version", |c| texts(c, m::CMD_VERSION, &[]))
}

/// `--lang` (or `--lang=…`) read before clap, so that clap's help is
/// already in that language; else `NIEMYET_LANG`; else Vietnamese.
fn choose_lang(args: &[std::ffi::OsString]) -> Result<(), String> {
    let mut chosen = None;
    let mut it = args.iter().filter_map(|a| a.to_str());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if a == "--lang" {
            chosen = it.next().map(str::to_owned);
        } else if let Some(v) = a.strip_prefix("--lang=") {
            chosen = Some(v.to_owned());
        }
    }
    match chosen {
        Some(v) => match Lang::parse(&v) {
            Some(l) => {
                set_lang(l);
                Ok(())
            }
            None => Err(v),
        },
        None => {
            niemyet::msg::lang();
            Ok(())
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}

fn print_report(report: &Report, root: &Path) {
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    for d in &report.diagnostics {
        eprintln!("{}", niemyet::diag::render::render(d, root, color));
    }
}

/// A spinner on a terminal for builds that take more than about a second;
/// nothing at all in CI logs or pipes.
struct Spinner {
    bar: indicatif::ProgressBar,
    /// Stage start times, printed when NIEMYET_TIMINGS is set.
    stages: std::sync::Mutex<Vec<(niemyet::Stage, std::time::Instant)>>,
}

impl Spinner {
    fn start() -> Spinner {
        let bar =
            indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::hidden());
        if let Ok(style) = indicatif::ProgressStyle::with_template("{spinner} {msg} ({elapsed})") {
            bar.set_style(style);
        }
        if std::io::stderr().is_terminal() {
            let later = bar.clone();
            std::thread::spawn(move || {
                std::thread::sleep(std::time::Duration::from_secs(1));
                if !later.is_finished() {
                    later.set_draw_target(indicatif::ProgressDrawTarget::stderr());
                    later.enable_steady_tick(std::time::Duration::from_millis(120));
                }
            });
        }
        Spinner {
            bar,
            stages: std::sync::Mutex::new(Vec::new()),
        }
    }

    fn stage(&self, stage: niemyet::Stage) {
        let msg = match stage {
            niemyet::Stage::Loading => m::STAGE_LOADING.text(),
            niemyet::Stage::Markdown => m::STAGE_MARKDOWN.text(),
            niemyet::Stage::Rendering => m::STAGE_RENDERING.text(),
            niemyet::Stage::Writing => m::STAGE_WRITING.text(),
        };
        self.bar.set_message(msg);
        if let Ok(mut s) = self.stages.lock() {
            s.push((stage, std::time::Instant::now()));
        }
    }

    fn finish(self) {
        self.bar.finish_and_clear();
        let stages = self.stages.into_inner().unwrap_or_default();
        if std::env::var_os("NIEMYET_TIMINGS").is_some() {
            let end = std::time::Instant::now();
            for (i, (stage, start)) in stages.iter().enumerate() {
                let next = stages.get(i + 1).map_or(end, |s| s.1);
                eprintln!("  {stage:?}: {} ms", (next - *start).as_millis());
            }
        }
    }
}

fn summary_line(report: &Report) -> String {
    t!(
        m::SUMMARY,
        errors = report.errors(),
        warnings = report.warnings()
    )
}

fn main() -> ExitCode {
    tune_allocator();
    let mut args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // `niemyet help [COMMAND]` is `niemyet [COMMAND] --help`.
    if args.get(1).is_some_and(|a| a == "help") {
        args.remove(1);
        args.push("--help".into());
    }
    if let Err(bad) = choose_lang(&args) {
        eprintln!("{}: {}", m::LABEL_ERROR.text(), t!(m::BAD_LANG, lang = bad));
        return ExitCode::from(2);
    }
    let parsed = localize(Cli::command())
        .try_get_matches_from(&args)
        .and_then(|matches| Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            match usage_error(&e, &args) {
                Some(text) => eprintln!("{text}"),
                None => {
                    let _ = e.print();
                }
            }
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match cli.command {
        Command::Build {
            root,
            output,
            drafts,
            force,
        } => build(
            &root,
            output,
            BuildOptions {
                drafts,
                force,
                exiting: true,
            },
        ),
        Command::New { what, root } => new(&root, what),
        Command::Init { dir } => init(&dir),
        Command::Import {
            what:
                Import::Dvc {
                    inputs,
                    root,
                    out,
                    force,
                },
        } => import_dvc(&root, inputs, out, force),
        Command::Deploy {
            root,
            output,
            target,
            endpoint,
            region,
            dry_run,
            max_deletes,
        } => deploy(niemyet::deploy::Options {
            out: output.unwrap_or_else(|| root.join("public")),
            target,
            endpoint,
            region,
            dry_run,
            max_deletes,
        }),
        Command::Version => {
            println!("niemyet {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Command::Serve { root, .. } | Command::Check { root, .. }
            if !root.join("site.yaml").is_file() =>
        {
            not_a_site(&root);
            ExitCode::from(2)
        }
        Command::Serve { root, bind, port } => {
            match niemyet::serve::run(niemyet::serve::Options { root, bind, port }) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    error(e, None);
                    ExitCode::from(2)
                }
            }
        }
        Command::Check {
            root,
            format,
            external,
        } => check(&root, format, external),
    }
}

fn build(root: &Path, output: Option<PathBuf>, opts: BuildOptions) -> ExitCode {
    let out = output.unwrap_or_else(|| root.join("public"));
    let start = Instant::now();
    let spinner = Spinner::start();
    let result = niemyet::build_with_progress(root, &out, &opts, &|stage| spinner.stage(stage));
    spinner.finish();
    match result {
        Ok(s) => {
            print_report(&s.report, root);
            // A build with nothing to do says so; the counts are the same.
            let message = if s.up_to_date {
                m::UP_TO_DATE
            } else {
                m::BUILT
            };
            eprintln!(
                "{}",
                t!(
                    message,
                    pages = s.pages,
                    articles = s.articles,
                    procedures = s.procedures,
                    files = s.files,
                    written = s.written,
                    linked = s.linked,
                    ms = start.elapsed().as_millis(),
                    out = out.display()
                )
            );
            ExitCode::SUCCESS
        }
        Err(e) => fail(e, root),
    }
}

/// clap's usage errors in the chosen language (clap writes English only);
/// `None` for help and version output and for kinds kept as clap says them.
fn usage_error(e: &clap::Error, args: &[std::ffi::OsString]) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if !e.use_stderr() {
        return None;
    }
    let ctx = |k: ContextKind| match e.get(k) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let message = match e.kind() {
        ErrorKind::UnknownArgument => t!(m::USAGE_UNKNOWN_ARG, arg = ctx(ContextKind::InvalidArg)),
        ErrorKind::InvalidSubcommand => {
            t!(
                m::USAGE_UNKNOWN_COMMAND,
                command = ctx(ContextKind::InvalidSubcommand)
            )
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => t!(
            m::USAGE_BAD_VALUE,
            value = ctx(ContextKind::InvalidValue),
            arg = ctx(ContextKind::InvalidArg)
        ),
        ErrorKind::MissingRequiredArgument => {
            t!(m::USAGE_MISSING_ARG, arg = ctx(ContextKind::InvalidArg))
        }
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            // Which command lacks its second word says which example helps.
            match args
                .iter()
                .skip(1)
                .filter_map(|a| a.to_str())
                .find(|a| !a.starts_with('-'))
            {
                Some("import") => t!(m::USAGE_MISSING_IMPORT),
                Some("new") => t!(m::USAGE_MISSING_NEW),
                _ => t!(m::USAGE_MISSING_COMMAND),
            }
        }
        ErrorKind::NoEquals | ErrorKind::ArgumentConflict | ErrorKind::TooManyValues => {
            t!(m::USAGE_OTHER, detail = e.kind())
        }
        _ => return None,
    };
    let mut text = format!("{}: {message}", m::LABEL_ERROR.text());
    let suggested = ctx(ContextKind::SuggestedArg) + &ctx(ContextKind::SuggestedSubcommand);
    if !suggested.is_empty() {
        text.push_str(&format!(
            "\n{}: {}",
            m::LABEL_HELP.text(),
            t!(m::USAGE_DID_YOU_MEAN, suggestion = suggested)
        ));
    }
    text.push_str(&format!("\n{}", m::USAGE_SEE_HELP.text()));
    Some(text)
}

/// A usage or system error: `lỗi: …` and, when there is one, the fix.
fn error(e: impl std::fmt::Display, help: Option<&str>) {
    eprintln!("{}: {e}", m::LABEL_ERROR.text());
    if let Some(h) = help {
        eprintln!("{}: {h}", m::LABEL_HELP.text());
    }
}

fn not_a_site(root: &Path) {
    let config = root.join("site.yaml");
    if niemyet::content::there_not_a_file(&config) {
        use niemyet::msg::catalog::content as c;
        error(
            format!("{}: {}", config.display(), t!(c::NOT_A_FILE)),
            Some(c::NOT_A_FILE_HELP.text()),
        );
        return;
    }
    error(
        t!(m::NOT_A_SITE, root = root.display()),
        Some(m::NOT_A_SITE_HELP.text()),
    );
}

fn new(root: &Path, what: New) -> ExitCode {
    // New content belongs in a site: never a content/ folder anywhere else.
    if !root.join("site.yaml").is_file() {
        not_a_site(root);
        return ExitCode::from(2);
    }
    let made = match what {
        New::Article { title } => niemyet::scaffold::new_article(root, &title),
        New::Catalog { name } => niemyet::scaffold::new_catalog(root, &name),
    };
    match made {
        Ok(rel) => {
            eprintln!("{}", t!(m::CREATED, path = root.join(rel).display()));
            ExitCode::SUCCESS
        }
        // An existing file is the officer's: a usage error, like any wrong argument.
        Err(e @ niemyet::scaffold::ScaffoldError::Exists(_)) => {
            error(e, None);
            ExitCode::from(2)
        }
        Err(e) => {
            error(e, None);
            ExitCode::from(1)
        }
    }
}

fn deploy(opts: niemyet::deploy::Options) -> ExitCode {
    use niemyet::deploy::run;
    use niemyet::msg::catalog::deploy as d;
    let start = Instant::now();
    match run(&opts) {
        Ok(s) => {
            for line in &s.lines {
                println!("{line}");
            }
            let size = format!(
                "{} MB",
                niemyet::text::number::format_decimal(s.bytes as f64 / 1e6, 1)
            );
            let n = niemyet::text::number::format_int;
            let text = if s.dry_run {
                t!(
                    d::DRY_SUMMARY,
                    uploaded = n(s.uploaded as i64),
                    size = size,
                    unchanged = n(s.unchanged as i64),
                    deleted = n(s.deleted as i64),
                    target = s.target
                )
            } else {
                t!(
                    d::SUMMARY,
                    target = s.target,
                    uploaded = n(s.uploaded as i64),
                    size = size,
                    unchanged = n(s.unchanged as i64),
                    deleted = n(s.deleted as i64),
                    ms = start.elapsed().as_millis()
                )
            };
            eprintln!("{text}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            let help = e.help();
            let code = if e.is_usage() { 2 } else { 1 };
            error(&e, help.as_deref());
            ExitCode::from(code)
        }
    }
}

fn import_dvc(root: &Path, inputs: Vec<PathBuf>, out: Option<PathBuf>, force: bool) -> ExitCode {
    if !root.join("site.yaml").is_file() {
        not_a_site(root);
        return ExitCode::from(2);
    }
    let out = out.unwrap_or_else(|| root.join("content/thu-tuc"));
    // Agencies go into the site's registry only when the catalogs go into
    // the site: `--out /tmp/x` to compare must not change the site.
    let inside = match (
        std::path::absolute(&out),
        std::path::absolute(root.join("content")),
    ) {
        (Ok(o), Ok(c)) => o.starts_with(c),
        _ => false,
    };
    let opts = niemyet::import::Options {
        inputs,
        out,
        registry: inside.then(|| root.join("content/co-quan.yaml")),
        force,
    };
    let summary = match niemyet::import::run(&opts) {
        Ok(s) => s,
        Err(e @ niemyet::import::ImportError::WouldOverwrite(_)) => {
            error(e, Some(m::IMPORT_OVERWRITE_HELP.text()));
            return ExitCode::from(2);
        }
        Err(
            e @ (niemyet::import::ImportError::Nothing | niemyet::import::ImportError::NoInput(_)),
        ) => {
            error(e, Some(m::IMPORT_NOTHING_HELP.text()));
            return ExitCode::from(2);
        }
        Err(e) => {
            error(e, None);
            return ExitCode::from(1);
        }
    };
    eprint!("{}", niemyet::import::report(&summary));
    if summary.procedures == 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn init(dir: &Path) -> ExitCode {
    match niemyet::scaffold::init(dir) {
        Ok(files) => {
            eprintln!(
                "{}",
                t!(m::INIT_DONE, dir = dir.display(), files = files.len())
            );
            eprintln!("{}", t!(m::INIT_NEXT, dir = dir.display()));
            ExitCode::SUCCESS
        }
        // A folder that is not empty is a usage error, like any wrong argument.
        Err(e @ niemyet::scaffold::ScaffoldError::NotEmpty(_)) => {
            error(e, None);
            ExitCode::from(2)
        }
        Err(e) => {
            error(e, None);
            ExitCode::from(1)
        }
    }
}

/// The diagnostics as JSON for editors and CI.
fn check_json(
    report: &Report,
    links: &[niemyet::validate::links::External],
    external: bool,
) -> String {
    let external_links: Vec<serde_json::Value> = if external {
        links
            .iter()
            .map(|l| serde_json::json!({ "url": l.url, "pages": l.pages }))
            .collect()
    } else {
        Vec::new()
    };
    let json = serde_json::json!({
        "external_links": external_links,
        "errors": report.errors(),
        "warnings": report.warnings(),
        "diagnostics": report.diagnostics,
    });
    serde_json::to_string_pretty(&json).unwrap_or_default()
}

fn check(root: &Path, format: Format, external: bool) -> ExitCode {
    let (report, links) = match niemyet::check_all(root, &BuildOptions::default()) {
        Ok(r) => r,
        Err(BuildError::Content(report)) => (report, Vec::new()),
        Err(other) => return fail(other, root),
    };
    if external && format == Format::Text {
        println!("{}", t!(m::EXTERNAL_LINKS, n = links.len()));
        for l in &links {
            println!(
                "{}",
                t!(m::EXTERNAL_ON, url = l.url, pages = l.pages.join(", "))
            );
        }
    }
    if format == Format::Json {
        println!("{}", check_json(&report, &links, external));
    } else {
        print_report(&report, root);
        eprintln!("{}", summary_line(&report));
    }
    if report.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn fail(e: BuildError, root: &Path) -> ExitCode {
    match e {
        BuildError::Content(report) => {
            print_report(&report, root);
            eprintln!("{}", t!(m::BUILD_FAILED, summary = summary_line(&report)));
            ExitCode::from(1)
        }
        BuildError::Output(niemyet::output::OutputError::Refused(r)) => {
            error(&r, Some(&r.help()));
            eprintln!("{}", m::NOTHING_TOUCHED.text());
            ExitCode::from(2)
        }
        other => {
            error(other, None);
            ExitCode::from(1)
        }
    }
}

#[cfg(test)]
mod tests {
    /// Its default (options.c) is 1000 ms; the NUMA node count after it
    /// defaults to 0.
    #[test]
    fn the_option_is_the_one_meant() {
        use super::MI_OPTION_PURGE_DELAY;
        use libmimalloc_sys::mi_option_get;
        // SAFETY: reads plain integer options.
        let found = unsafe {
            [
                mi_option_get(MI_OPTION_PURGE_DELAY),
                mi_option_get(MI_OPTION_PURGE_DELAY + 1),
            ]
        };
        assert_eq!(found, [1000, 0]);
    }
}
