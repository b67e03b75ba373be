//! The command line (DESIGN §2.6). Exit status: 0 success, 1 content
//! errors, 2 usage errors. Diagnostics go to stderr.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand};
use niemyet::diag::Report;
use niemyet::{BuildError, BuildOptions};

#[derive(Parser)]
#[command(
    name = "niemyet",
    version,
    about = "Static sites for Vietnamese public-information portals: news, procedure postings, search"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into the output folder (atomically).
    Build {
        /// Site folder (holds site.yaml and content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Output folder [default: ROOT/public].
        #[arg(long)]
        output: Option<PathBuf>,
        /// Publish drafts too.
        #[arg(long)]
        drafts: bool,
        /// Replace the output folder even if it is not empty and was not made
        /// by niemyet (never allowed for the site folder or its sources).
        #[arg(long)]
        force: bool,
    },
    /// Check every rule without writing anything.
    Check {
        /// Site folder (holds site.yaml and content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// `json` prints the diagnostics as JSON on stdout, for editors and CI.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Also list external links and the pages they appear on (nothing is fetched).
        #[arg(long)]
        external: bool,
    },
    /// Scaffold content with today's date and a slug.
    New {
        #[command(subcommand)]
        what: New,
        /// Site folder (holds site.yaml and content/).
        #[arg(long, default_value = ".", global = true)]
        root: PathBuf,
    },
    /// Create a new site: site.yaml, sample content, the default theme.
    Init {
        /// Folder to create (must be empty or not exist).
        dir: PathBuf,
    },
    /// Build, serve on a local address, rebuild on change and reload open tabs.
    /// Drafts are shown: it is a preview.
    Serve {
        /// Site folder (holds site.yaml and content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Address to listen on; anything but loopback is reachable from other machines.
        #[arg(long, default_value = "127.0.0.1")]
        bind: String,
        /// Port to listen on.
        #[arg(long, default_value_t = 1111)]
        port: u16,
    },
    /// Import procedures from national-portal records (JSON) into catalogs.
    Import {
        #[command(subcommand)]
        what: Import,
    },
    /// Print the version (same as --version).
    Version,
}

#[derive(Subcommand)]
enum Import {
    /// Records of the national public-service portal (dichvucong.gov.vn):
    /// one catalog per announcing decision, agencies into content/co-quan.yaml.
    Dvc {
        /// JSON record files, or folders holding them.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Site folder (holds site.yaml and content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Folder for the catalogs [default: ROOT/content/thu-tuc].
        #[arg(long)]
        out: Option<PathBuf>,
        /// Overwrite catalogs that already exist with other content.
        #[arg(long)]
        force: bool,
    },
}

#[derive(Subcommand)]
enum New {
    /// A news article: content/tin-tuc/<yyyy>/<slug>.md
    Article {
        /// The article's title, in quotes.
        title: String,
    },
    /// A procedure catalog skeleton: content/thu-tuc/<name>.yaml
    Catalog {
        /// File name, e.g. qd-1234-2026.
        name: String,
    },
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
            niemyet::Stage::Loading => "loading and checking content",
            niemyet::Stage::Markdown => "rendering Markdown",
            niemyet::Stage::Rendering => "rendering and writing pages",
            niemyet::Stage::Writing => "publishing",
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
    format!(
        "{} error(s), {} warning(s)",
        report.errors(),
        report.warnings()
    )
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
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
        } => build(&root, output, BuildOptions { drafts, force }),
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
        Command::Version => {
            println!("niemyet {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Command::Serve { root, bind, port } => {
            match niemyet::serve::run(niemyet::serve::Options { root, bind, port }) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("error: {e}");
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
            eprintln!(
                "built {} pages ({} articles, {} procedures), {} files ({} written, {} unchanged) in {} ms → {}",
                s.pages,
                s.articles,
                s.procedures,
                s.files,
                s.written,
                s.linked,
                start.elapsed().as_millis(),
                out.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => fail(e, root),
    }
}

fn new(root: &Path, what: New) -> ExitCode {
    // New content belongs in a site: never a content/ folder anywhere else.
    if !root.join("site.yaml").is_file() {
        eprintln!(
            "error: {} is not a niemyet site (no site.yaml there)\nhelp: run it in the site's folder or pass --root; `niemyet init DIR` creates a site",
            root.display()
        );
        return ExitCode::from(2);
    }
    let made = match what {
        New::Article { title } => niemyet::scaffold::new_article(root, &title),
        New::Catalog { name } => niemyet::scaffold::new_catalog(root, &name),
    };
    match made {
        Ok(rel) => {
            eprintln!("created {}", root.join(rel).display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}

fn import_dvc(root: &Path, inputs: Vec<PathBuf>, out: Option<PathBuf>, force: bool) -> ExitCode {
    if !root.join("site.yaml").is_file() {
        eprintln!(
            "lỗi: {} không phải thư mục trang (không có site.yaml)\ngợi ý: chạy lệnh trong thư mục trang hoặc thêm --root; `niemyet init DIR` tạo trang mới",
            root.display()
        );
        return ExitCode::from(2);
    }
    let opts = niemyet::import::Options {
        inputs,
        out: out.unwrap_or_else(|| root.join("content/thu-tuc")),
        registry: root.join("content/co-quan.yaml"),
        force,
    };
    let summary = match niemyet::import::run(&opts) {
        Ok(s) => s,
        Err(e @ niemyet::import::ImportError::WouldOverwrite(_)) => {
            eprintln!(
                "lỗi: {e}\ngợi ý: thêm --force để ghi đè, hoặc nhập vào thư mục khác với --out"
            );
            return ExitCode::from(2);
        }
        Err(e @ niemyet::import::ImportError::Nothing) => {
            eprintln!(
                "lỗi: {e}\ngợi ý: chỉ ra tệp .json tải từ Cổng Dịch vụ công, hoặc thư mục chứa chúng"
            );
            return ExitCode::from(2);
        }
        Err(e) => {
            eprintln!("lỗi: {e}");
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
                "created a new site in {} ({} files)",
                dir.display(),
                files.len()
            );
            eprintln!("next: cd {} && niemyet serve", dir.display());
            ExitCode::SUCCESS
        }
        // A folder that is not empty is a usage error, like any wrong argument.
        Err(e @ niemyet::scaffold::ScaffoldError::NotEmpty(_)) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
        Err(e) => {
            eprintln!("error: {e}");
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
        println!("{} external link(s), not fetched:", links.len());
        for l in &links {
            println!("{}  (on {})", l.url, l.pages.join(", "));
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
            eprintln!(
                "build failed: {}; nothing was written",
                summary_line(&report)
            );
            ExitCode::from(1)
        }
        BuildError::Output(niemyet::output::OutputError::Refused(r)) => {
            eprintln!(
                "error: {r}\nhelp: {}\nnothing was written or deleted",
                r.help()
            );
            ExitCode::from(2)
        }
        other => {
            eprintln!("error: {other}");
            ExitCode::from(1)
        }
    }
}
