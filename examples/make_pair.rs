//! Writes a generated article pair for benchmarks and comparisons with other tools.
//!
//! `cargo run --release --example make_pair -- OUT_DIR SIZE [--shuffle] [--edits RATE] [--seed N]`
//! writes `old.txt`, `new.txt` (articles) and `old.lines`, `new.lines` (one sentence a
//! line). SIZE takes K or M suffixes (`10M`).

#[path = "../benches/support/generate.rs"]
mod generate;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(out), Some(size)) = (args.first(), args.get(1)) else {
        eprintln!("usage: make_pair OUT_DIR SIZE [--shuffle] [--edits RATE] [--seed N]");
        return ExitCode::from(2);
    };
    let Ok(bytes) = palimpsest::cli::args::parse_size(size) else {
        eprintln!("make_pair: `{size}` is not a size");
        return ExitCode::from(2);
    };
    let flag = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
    };
    let spec = generate::Spec {
        bytes: usize::try_from(bytes).unwrap_or(usize::MAX),
        change_rate: 0.01,
        edit_rate: flag("--edits").and_then(|r| r.parse().ok()).unwrap_or(0.0),
        shuffle_paragraphs: args.iter().any(|a| a == "--shuffle"),
        seed: flag("--seed").and_then(|s| s.parse().ok()).unwrap_or(42),
    };
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let corpus = generate::corpus(&root);
    let pair = generate::generate(&corpus, spec);
    let out = PathBuf::from(out);
    let files = [
        ("old.txt", generate::Pair::article(&pair.old)),
        ("new.txt", generate::Pair::article(&pair.new)),
        ("old.lines", generate::Pair::lines(&pair.old)),
        ("new.lines", generate::Pair::lines(&pair.new)),
    ];
    if let Err(e) = std::fs::create_dir_all(&out) {
        eprintln!("make_pair: {}: {e}", out.display());
        return ExitCode::from(2);
    }
    for (name, text) in files {
        if let Err(e) = std::fs::write(out.join(name), text) {
            eprintln!("make_pair: {}: {e}", out.join(name).display());
            return ExitCode::from(2);
        }
    }
    println!("{} corpus sentences; wrote {}", corpus.len(), out.display());
    ExitCode::SUCCESS
}
