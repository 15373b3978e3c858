//! The command line: a thin shell over the core.

pub mod args;

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser as _;

use crate::compare;
use crate::comparison::Options;
use crate::document::{self, Document};
use crate::ingest::{LoadOptions, Source};
use crate::present::{Filter, Presented};
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
    let args = Args::parse();
    match run(args) {
        Ok(code) => ExitCode::from(code),
        Err(error) if is_broken_pipe(&error) => ExitCode::from(EXIT_OK),
        Err(error) => {
            eprintln!("palimpsest: {error:#}");
            ExitCode::from(EXIT_TROUBLE)
        }
    }
}

/// Carries out `args`, writing to standard output.
pub fn run(args: Args) -> anyhow::Result<u8> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    match args.command {
        None => return run_app(args.files),
        Some(Command::Diff(diff)) => return run_diff(&diff),
        Some(Command::Sentences(read)) => {
            let doc = load(&read)?;
            match read.format {
                OutputFormat::Text => write_sentences(&mut out, &doc)?,
                OutputFormat::Json => write_json(&mut out, &DocumentJson::new(&doc))?,
            }
        }
        Some(Command::Quotes(read)) => {
            let doc = load(&read)?;
            match read.format {
                OutputFormat::Text => write_quotes(&mut out, &doc)?,
                OutputFormat::Json => write_json(&mut out, &DocumentJson::new(&doc).quotes)?,
            }
        }
    }
    out.flush()?;
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
    };
    let load_options = LoadOptions {
        max_size: args.max_size,
    };
    let (old_input, new_input) = (Source::from_arg(&args.old), Source::from_arg(&args.new));
    if old_input == Source::Stdin && new_input == Source::Stdin {
        anyhow::bail!("-: standard input can be only one of the two versions");
    }
    let (old, new) = document::load_both(
        || Document::load(&old_input, load_options),
        || Document::load(&new_input, load_options),
    )?;
    let presented = Presented::new(compare::compare(old, new, &options));
    let code = if presented.comparison().summary.differs() {
        EXIT_DIFFERENT
    } else {
        EXIT_OK
    };
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
    match &args.output {
        Some(target) => {
            let inputs: Vec<&std::path::Path> = [&old_input, &new_input]
                .into_iter()
                .filter_map(Source::path)
                .collect();
            output::write_atomic(target, &inputs, |w| {
                report::write(w, &presented, format, report_options)
            })?;
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
            report::write(&mut out, &presented, format, report_options)?;
            out.flush()?;
        }
    }
    Ok(code)
}

fn load(read: &ReadArgs) -> anyhow::Result<Document> {
    let options = LoadOptions {
        max_size: read.max_size,
    };
    Ok(Document::load(&Source::from_arg(&read.file), options)?)
}

/// Opens the app, on two files, on one (asking for the other) or on the last pair.
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
        _ => anyhow::bail!("give at most two files to compare (OLD NEW)"),
    };
    app::run(start).map_err(|e| {
        anyhow::anyhow!("cannot open a window: {e} (on a terminal, use `palimpsest diff OLD NEW`)")
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
    for warning in &doc.warnings {
        eprintln!("palimpsest: {}: warning: {}", doc.name, warning.message);
    }
    Ok(())
}

fn write_json(out: &mut impl Write, value: &impl serde::Serialize) -> anyhow::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)?;
    Ok(())
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
