//! The command line, as clap reads it.

use clap::{Parser, Subcommand, ValueEnum};

const EXAMPLES: &str = "\
Examples:
  palimpsest                                  open the app (last pair, or the bundled sample)
  palimpsest old.txt new.txt                  open the app on two versions
  palimpsest v1.md v2.md v3.md                the app on a story's versions, with a timeline
  palimpsest diff old.txt new.txt             what changed, sentence by sentence
  palimpsest diff old.html new.html -o report.html   format from the extension
  palimpsest diff old.txt new.txt --format json > report.json
  palimpsest diff a.md b.md --ignore-case --normalize-typography --no-moves
  palimpsest sentences article.txt            one sentence a line, with its paragraph
  palimpsest sentences page.html --format json   the spec's Document object
  palimpsest quotes article.md                each quotation with its speaker
  palimpsest history v1.md v2.md v3.md        a story's whole history
  palimpsest history --git posts/story.md --format json   one version per commit
  palimpsest batch pairs.jsonl -o results.jsonl --summary-only   many pairs, all cores
  curl -s https://example.com/story | palimpsest quotes -   read standard input

Exit status: 0 on success (for diff: the versions are the same), 1 when diff finds
differences, 2 on trouble (a one-line message on stderr names the file).";

/// See exactly how an article changed: sentences and quotations.
#[derive(Debug, Parser)]
#[command(name = "palimpsest", version = env!("PALIMPSEST_LONG_VERSION"), about, after_help = EXAMPLES, args_conflicts_with_subcommands = true)]
pub struct Args {
    /// What to do; with none, open the app.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Open the app on these two versions (OLD NEW); with one, on it as the newer version,
    /// asking for the older; with three or more, on a timeline of them; with none, on the
    /// last pair or the bundled sample.
    #[arg(value_name = "FILE")]
    pub files: Vec<std::path::PathBuf>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Compare two versions of an article.
    Diff(DiffArgs),
    /// Split an article into sentences, with their paragraph numbers.
    Sentences(ReadArgs),
    /// List an article's quotations and who said each.
    Quotes(ReadArgs),
    /// Follow a story through several versions: what each changed, where every sentence
    /// came from, and every quotation's life.
    History(HistoryArgs),
    /// Compare many pairs from JSON Lines on all cores, one result a line.
    Batch(BatchArgs),
}

/// Arguments of `batch`.
#[derive(Debug, clap::Args)]
pub struct BatchArgs {
    /// JSON Lines, one pair a line: `{"id": …, "old": TEXT, "new": TEXT}` (or `old_path`
    /// and `new_path`); `-` or nothing for standard input.
    pub input: Option<std::path::PathBuf>,
    /// Write the results here (appended to with --resume) instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
    /// Only the summary and the flags of each pair, not the whole report.
    #[arg(long)]
    pub summary_only: bool,
    /// Skip the pairs whose id is already in the output file, and add the others to it.
    #[arg(long, requires = "output")]
    pub resume: bool,
    /// Two sentences below this share of common words (0 to 1) are not a pair.
    #[arg(long, value_name = "X", default_value_t = 0.5, value_parser = parse_threshold)]
    pub threshold: f64,
    /// Refuse files (`old_path`, `new_path`) larger than this.
    #[arg(long, value_name = "SIZE", value_parser = parse_size, default_value = "256M")]
    pub max_size: u64,
}

/// Arguments of `history`.
#[derive(Debug, clap::Args)]
pub struct HistoryArgs {
    /// The versions, oldest first, or one folder holding them (read in name order).
    #[arg(value_name = "VERSION", required_unless_present = "git")]
    pub versions: Vec<std::ffi::OsString>,
    /// A file in a git repository: one version per commit that changed it, oldest first.
    #[arg(long, value_name = "FILE", conflicts_with = "versions")]
    pub git: Option<std::path::PathBuf>,
    /// The order of the versions given: as given, by file name, or by modification time.
    #[arg(long, value_enum, default_value_t = Sort::Given)]
    pub sort: Sort,
    /// Report format [default: text, or what the extension of -o says].
    #[arg(long, value_enum)]
    pub format: Option<HistoryFormat>,
    /// Write the report to this file (atomically) instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
    /// Two sentences below this share of common words (0 to 1) are not a pair.
    #[arg(long, value_name = "X", default_value_t = 0.5, value_parser = parse_threshold)]
    pub threshold: f64,
    /// Refuse files larger than this (bytes, or with a K, M or G suffix).
    #[arg(long, value_name = "SIZE", value_parser = parse_size, default_value = "256M")]
    pub max_size: u64,
    /// Read the tracked changes of Word and OpenDocument files as accepted, or as the
    /// document was before them.
    #[arg(long, value_enum, default_value_t = Changes::Accepted)]
    pub changes: Changes,
}

/// The order of versions given on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Sort {
    /// As given.
    Given,
    /// By file name.
    Name,
    /// By modification time, oldest first.
    Mtime,
}

/// The formats of the history report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum HistoryFormat {
    /// A timeline for the terminal.
    Text,
    /// JSON as in the report specification (`palimpsest/history/1`).
    Json,
    /// GitHub-flavoured Markdown.
    Md,
    /// A self-contained HTML page.
    Html,
    /// One CSV row per lineage or lifeline event.
    Csv,
}

/// Arguments of the commands that read one article.
#[derive(Debug, clap::Args)]
pub struct ReadArgs {
    /// The article: a text, Markdown, HTML, Word, OpenDocument or PDF file, or `-` for standard input.
    pub file: std::ffi::OsString,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub format: OutputFormat,
    /// Refuse files larger than this (bytes, or with a K, M or G suffix).
    #[arg(long, value_name = "SIZE", value_parser = parse_size, default_value = "256M")]
    pub max_size: u64,
    /// Read the tracked changes of Word and OpenDocument files as accepted, or as the
    /// document was before them.
    #[arg(long, value_enum, default_value_t = Changes::Accepted)]
    pub changes: Changes,
}

/// How tracked changes are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Changes {
    /// As if all were accepted.
    Accepted,
    /// As the document was before them.
    Original,
}

impl From<Changes> for crate::ingest::Tracked {
    fn from(changes: Changes) -> Self {
        match changes {
            Changes::Accepted => Self::Accepted,
            Changes::Original => Self::Original,
        }
    }
}

/// Arguments of `diff`.
#[derive(Debug, clap::Args)]
pub struct DiffArgs {
    /// The older version: a text, Markdown, HTML, Word, OpenDocument or PDF file, or `-` for standard input.
    pub old: std::ffi::OsString,
    /// The newer version.
    pub new: std::ffi::OsString,
    /// Report format [default: text, or what the extension of -o says].
    #[arg(long, value_enum)]
    pub format: Option<ReportFormat>,
    /// Write the report to this file (atomically) instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
    /// Leave out unchanged sentences and quotations (not in JSON, which lists everything).
    #[arg(long)]
    pub only_changes: bool,
    /// Keep only the changes of meaning: edits that changed a number, date, name,
    /// negation, attribution, certainty, quotation or speaker, and sentences added or
    /// removed (not in JSON, which lists everything).
    #[arg(long, conflicts_with = "only_changes")]
    pub significant: bool,
    /// Case differences count as unchanged.
    #[arg(long)]
    pub ignore_case: bool,
    /// Punctuation-only differences count as unchanged.
    #[arg(long)]
    pub ignore_punctuation: bool,
    /// Curly and straight quotes, dashes and ellipses count as the same.
    #[arg(long)]
    pub normalize_typography: bool,
    /// Two sentences below this share of common words (0 to 1) are not a pair.
    #[arg(long, value_name = "X", default_value_t = 0.5, value_parser = parse_threshold)]
    pub threshold: f64,
    /// Do not look for moved sentences: show them as removed and added.
    #[arg(long)]
    pub no_moves: bool,
    /// Pair only sentences that reach the threshold, even where a sentence was rewritten
    /// in place (by default, those pair at half the threshold).
    #[arg(long)]
    pub strict_pairs: bool,
    /// Colour the text report.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Refuse files larger than this (bytes, or with a K, M or G suffix).
    #[arg(long, value_name = "SIZE", value_parser = parse_size, default_value = "256M")]
    pub max_size: u64,
    /// Read the tracked changes of Word and OpenDocument files as accepted, or as the
    /// document was before them.
    #[arg(long, value_enum, default_value_t = Changes::Accepted)]
    pub changes: Changes,
}

/// The formats of the comparison report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// A readable terminal report.
    Text,
    /// JSON as in the report specification.
    Json,
    /// A self-contained HTML page.
    Html,
    /// GitHub-flavoured Markdown.
    Md,
    /// One CSV row per change.
    Csv,
}

impl From<ReportFormat> for crate::report::Format {
    fn from(format: ReportFormat) -> Self {
        match format {
            ReportFormat::Text => Self::Text,
            ReportFormat::Json => Self::Json,
            ReportFormat::Html => Self::Html,
            ReportFormat::Md => Self::Markdown,
            ReportFormat::Csv => Self::Csv,
        }
    }
}

/// When to colour the text report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// When standard output is a terminal and NO_COLOR is not set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// Parses a similarity threshold between 0 and 1.
pub fn parse_threshold(arg: &str) -> Result<f64, String> {
    let value: f64 = arg
        .trim()
        .parse()
        .map_err(|_| format!("`{arg}` is not a number"))?;
    if (0.0..=1.0).contains(&value) {
        Ok(value)
    } else {
        Err(format!("`{arg}` is not between 0 and 1"))
    }
}

/// How a command prints its result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Readable lines.
    Text,
    /// JSON as in the report specification.
    Json,
}

/// Parses a size such as `1000`, `64K`, `256M`, `1G` or `2GiB` (powers of 1024).
pub fn parse_size(arg: &str) -> Result<u64, String> {
    let arg = arg.trim();
    let digits = arg.find(|c: char| !c.is_ascii_digit()).unwrap_or(arg.len());
    let number: u64 = arg[..digits]
        .parse()
        .map_err(|_| format!("`{arg}` is not a size (try 256M)"))?;
    let unit = arg[digits..].trim().to_ascii_lowercase();
    let factor: u64 = match unit.trim_end_matches("ib").trim_end_matches('b') {
        "" => 1,
        "k" => 1024,
        "m" => 1024 * 1024,
        "g" => 1024 * 1024 * 1024,
        _ => return Err(format!("`{arg}`: unknown unit (use K, M or G)")),
    };
    number
        .checked_mul(factor)
        .ok_or_else(|| format!("`{arg}` is too large"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("1000"), Ok(1000));
        assert_eq!(parse_size("64K"), Ok(65536));
        assert_eq!(parse_size("256M"), Ok(256 * 1024 * 1024));
        assert_eq!(parse_size("2GiB"), Ok(2 * 1024 * 1024 * 1024));
        assert!(parse_size("lots").is_err());
        assert!(parse_size("5Q").is_err());
    }

    #[test]
    fn thresholds() {
        assert_eq!(parse_threshold("0.7"), Ok(0.7));
        assert!(parse_threshold("1.5").is_err());
        assert!(parse_threshold("x").is_err());
    }

    #[test]
    fn clap_definition_is_consistent() {
        use clap::CommandFactory as _;
        Args::command().debug_assert();
    }
}
