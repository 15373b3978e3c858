//! The command line: a thin shell over the core.

pub mod args;
mod batch;
mod history;

use std::io::{self, Write};
use std::process::ExitCode;
use std::time::Instant;

use clap::Parser as _;

use crate::compare;
use crate::comparison::Options;
use crate::document::{self, Document};
use crate::ingest::controls::visible_line;
use crate::ingest::identity::FileId;
use crate::ingest::{LoadOptions, Source};
use crate::present::Filter;
use crate::report::json::DocumentJson;
use crate::report::{self, ReportOptions, output};
use args::{Args, ColorChoice, Command, DiffArgs, OutputFormat, ReadArgs};

/// Exit status on success (for `diff`: the versions are the same).
pub const EXIT_OK: u8 = 0;
/// Exit status of `diff` when the versions differ.
pub const EXIT_DIFFERENT: u8 = 1;
/// Exit status on trouble: an unreadable file or a bad option.
pub const EXIT_TROUBLE: u8 = 2;

/// Runs the command line and returns the process exit status.
pub fn main() -> ExitCode {
    // Interrupted (Ctrl-C, SIGTERM, SIGHUP) while writing a report: remove the unfinished
    // file, then go. Without a handler the process simply ends, as before.
    let _ = ctrlc::set_handler(|| {
        output::remove_pending();
        std::process::exit(130);
    });
    let args = Args::parse();
    match run(args) {
        Ok(code) => ExitCode::from(code),
        Err(error) if is_broken_pipe(&error) => ExitCode::from(EXIT_OK),
        Err(error) => {
            say(&format!("{error:#}"));
            ExitCode::from(EXIT_TROUBLE)
        }
    }
}

/// Writes one line to standard error, its control characters made visible; a closed or
/// full standard error is ignored (there is nowhere left to say so).
fn say(message: &str) {
    let _ = writeln!(io::stderr(), "palimpsest: {}", visible_line(message));
}

/// What a failed write to standard output means, in words (a closed pipe stays as it is,
/// to end quietly).
fn stdout_error(error: io::Error) -> anyhow::Error {
    if error.kind() == io::ErrorKind::BrokenPipe {
        return error.into();
    }
    let reason = match error.kind() {
        io::ErrorKind::StorageFull => "the disk is full".to_owned(),
        io::ErrorKind::QuotaExceeded => "the disk quota is used up".to_owned(),
        _ => error.to_string(),
    };
    anyhow::anyhow!("could not write the report to standard output: {reason}")
}

/// Which file `source` is, to tell two names of one file or pipe apart.
fn identity(source: &Source) -> Option<FileId> {
    match source {
        Source::File(path) => FileId::of_path(path),
        Source::Stdin => FileId::of_stdin(),
        Source::SampleOld | Source::SampleNew | Source::Pasted { .. } => None,
    }
}

/// Says on a terminal that a version is awaited from it, and how to end it.
fn hint_if_typed(source: &Source) {
    if *source == Source::Stdin && std::io::IsTerminal::is_terminal(&io::stdin()) {
        say(
            "reading - from the terminal: type or paste the text, then Ctrl-D on a line of its own",
        );
    }
}

/// Carries out `args`, writing to standard output.
pub fn run(args: Args) -> anyhow::Result<u8> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    match args.command {
        None => return run_app(args.files),
        Some(Command::Diff(diff)) => return run_diff(&diff),
        Some(Command::History(history)) => return history::run(&history),
        Some(Command::Batch(batch)) => return batch::run(&batch),
        Some(Command::Sentences(read)) => {
            let doc = load(&read)?;
            match read.format {
                OutputFormat::Text => write_sentences(&mut out, &doc),
                OutputFormat::Json => write_json(&mut out, &DocumentJson::new(&doc)),
            }
            .map_err(stdout_error)?;
        }
        Some(Command::Quotes(read)) => {
            let doc = load(&read)?;
            match read.format {
                OutputFormat::Text => write_quotes(&mut out, &doc),
                OutputFormat::Json => write_json(&mut out, &DocumentJson::new(&doc).quotes),
            }
            .map_err(stdout_error)?;
            for warning in &doc.warnings {
                say(&format!("{}: warning: {}", doc.name, warning.message));
            }
        }
    }
    out.flush().map_err(stdout_error)?;
    Ok(EXIT_OK)
}

/// `palimpsest diff`: compares, writes the report, and says whether the versions differ.
fn run_diff(args: &DiffArgs) -> anyhow::Result<u8> {
    let options = Options {
        ignore_case: args.ignore_case,
        ignore_punctuation: args.ignore_punctuation,
        normalize_typography: args.normalize_typography,
        similarity_threshold: args.threshold,
        detect_moves: !args.no_moves,
        pair_in_place: !args.strict_pairs,
    };
    let load_options = LoadOptions {
        max_size: args.max_size,
        tracked: args.changes.into(),
    };
    let (old_input, new_input) = (Source::from_arg(&args.old), Source::from_arg(&args.new));
    if old_input == Source::Stdin && new_input == Source::Stdin {
        anyhow::bail!("-: standard input can be only one of the two versions");
    }
    let ids = [identity(&old_input), identity(&new_input)];
    if let [Some(old_id), Some(new_id)] = ids
        && old_id == new_id
        && !old_id.is_regular()
    {
        anyhow::bail!(
            "{} and {} are the same pipe or device, which can be read only once: it can be only one of the two versions",
            old_input.name(),
            new_input.name()
        );
    }
    hint_if_typed(&old_input);
    hint_if_typed(&new_input);
    let (old, new) = document::load_both(
        || Document::load(&old_input, load_options),
        || Document::load(&new_input, load_options),
    )?;
    let format = args
        .format
        .map(report::Format::from)
        .or_else(|| {
            args.output
                .as_deref()
                .and_then(report::Format::from_extension)
        })
        .unwrap_or(report::Format::Text);
    let filter = if args.significant {
        Filter::Significant
    } else if args.only_changes {
        Filter::Changes
    } else {
        Filter::All
    };
    let mut report_options = ReportOptions {
        filter,
        color: false,
        pretty: true,
    };
    let mut differs = false;
    // The comparison is made as the report is written: a JSON report's head goes out
    // while it runs.
    let fill = |w: &mut dyn Write, report_options: ReportOptions| {
        let compare = |old: &Document, new: &Document| {
            let deadline = Instant::now() + compare::TIME_BUDGET;
            compare::changes(old, new, &options, Some(deadline))
        };
        let pair = (old, new);
        let comparison =
            report::write_comparing(w, (format, report_options), pair, &options, compare)?;
        differs = comparison.summary.differs();
        Ok(())
    };
    match &args.output {
        Some(target) => {
            let inputs: Vec<FileId> = ids.into_iter().flatten().collect();
            output::write_atomic(target, &inputs, |w| fill(w, report_options))?;
        }
        None => {
            report_options.color = match args.color {
                ColorChoice::Always => true,
                ColorChoice::Never => false,
                ColorChoice::Auto => {
                    std::io::IsTerminal::is_terminal(&io::stdout())
                        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                }
            };
            let stdout = io::stdout();
            report_options.pretty = std::io::IsTerminal::is_terminal(&io::stdout());
            let mut out = io::BufWriter::with_capacity(1 << 20, stdout.lock());
            fill(&mut out, report_options)
                .and_then(|()| out.flush())
                .map_err(stdout_error)?;
        }
    }
    Ok(if differs { EXIT_DIFFERENT } else { EXIT_OK })
}

fn load(read: &ReadArgs) -> anyhow::Result<Document> {
    let options = LoadOptions {
        max_size: read.max_size,
        tracked: read.changes.into(),
    };
    let source = Source::from_arg(&read.file);
    hint_if_typed(&source);
    Ok(Document::load(&source, options)?)
}

/// Opens the app: on two files, on one (asking for the other), on three or more (a
/// timeline of them) or on the last pair.
#[cfg(feature = "app")]
fn run_app(mut files: Vec<std::path::PathBuf>) -> anyhow::Result<u8> {
    use crate::app;
    let start = match files.len() {
        0 => app::Start::Last,
        1 => app::Start::Newer(files.remove(0)),
        2 => {
            let new = files.remove(1);
            app::Start::Files(files.remove(0), new)
        }
        _ => app::Start::Versions(files),
    };
    let displayed = ["DISPLAY", "WAYLAND_DISPLAY"]
        .iter()
        .any(|name| std::env::var_os(name).is_some_and(|v| !v.is_empty()));
    if !displayed {
        anyhow::bail!(
            "cannot open a window: no display (set DISPLAY or WAYLAND_DISPLAY), or use `palimpsest diff OLD NEW` on a terminal"
        );
    }
    app::run(start).map_err(|e| {
        let reason = e.to_string();
        let reason = reason.lines().next().unwrap_or_default();
        anyhow::anyhow!(
            "cannot open a window on this display ({reason}); on a terminal, use `palimpsest diff OLD NEW`"
        )
    })?;
    Ok(EXIT_OK)
}

/// Says that this build has no window.
#[cfg(not(feature = "app"))]
fn run_app(_files: Vec<std::path::PathBuf>) -> anyhow::Result<u8> {
    anyhow::bail!(
        "this build has no desktop app (built without the `app` feature): use `palimpsest diff OLD NEW`"
    )
}

/// One sentence a line: `¶paragraph  text`, paragraphs counted from 1.
fn write_sentences(out: &mut impl Write, doc: &Document) -> io::Result<()> {
    for (id, sentence) in doc.sentences.iter().enumerate() {
        let text = one_line(doc.sentence_text(id));
        writeln!(out, "¶{:<3} {text}", sentence.paragraph + 1)?;
    }
    Ok(())
}

/// One quotation a line: `“words” — speaker`, with its paragraph.
fn write_quotes(out: &mut impl Write, doc: &Document) -> io::Result<()> {
    for (id, quote) in doc.quotes.iter().enumerate() {
        let paragraph = doc
            .sentences
            .get(quote.sentence)
            .map_or(0, |s| s.paragraph + 1);
        let speaker = quote.speaker.as_deref().unwrap_or("(no speaker)");
        let text = one_line(doc.quote_text(id));
        writeln!(out, "¶{paragraph:<3} “{text}” — {speaker}")?;
    }
    Ok(())
}

fn write_json(out: &mut impl Write, value: &impl serde::Serialize) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}

/// Folds line breaks so that one item stays on one line.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error
        .downcast_ref::<io::Error>()
        .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
}
