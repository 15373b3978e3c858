//! The command line, as clap reads it.

use clap::{Parser, Subcommand, ValueEnum};

const EXAMPLES: &str = "\
Examples:
  palimpsest                                  open the bundled sample pair
  palimpsest sentences article.txt            one sentence a line, with its paragraph
  palimpsest sentences page.html --format json   the spec's Document object
  palimpsest quotes article.md                each quotation with its speaker
  curl -s https://example.com/story | palimpsest quotes -   read standard input

Exit status: 0 on success, 2 on trouble (a message on stderr names the file).";

/// See exactly how an article changed: sentences and quotations.
#[derive(Debug, Parser)]
#[command(name = "palimpsest", version, about, after_help = EXAMPLES)]
pub struct Args {
    /// What to do; with none, open the bundled sample pair.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Split an article into sentences, with their paragraph numbers.
    Sentences(ReadArgs),
    /// List an article's quotations and who said each.
    Quotes(ReadArgs),
}

/// Arguments of the commands that read one article.
#[derive(Debug, clap::Args)]
pub struct ReadArgs {
    /// The article: a text, Markdown or HTML file, or `-` for standard input.
    pub file: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub format: OutputFormat,
    /// Refuse files larger than this (bytes, or with a K, M or G suffix).
    #[arg(long, value_name = "SIZE", value_parser = parse_size, default_value = "256M")]
    pub max_size: u64,
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
    fn clap_definition_is_consistent() {
        use clap::CommandFactory as _;
        Args::command().debug_assert();
    }
}
