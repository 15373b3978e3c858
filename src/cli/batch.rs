//! `palimpsest batch`: many pairs from JSON Lines, compared on all cores, one result a line
//! in input order.
//!
//! Each line is compared by [`crate::batch`] (what a line holds and what its result is); a
//! line that cannot be read or compared gives an error line and the run goes on. Lines are
//! read in chunks, compared
//! in parallel (rayon) and written in order as each chunk is done, so that a stopped run
//! keeps what it wrote and `--resume` skips the ids already in the output.

use std::collections::HashSet;
use std::fs::{File, OpenOptions};
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Write};
use std::path::PathBuf;

use rayon::prelude::*;
use serde_json::Value;

use super::args::BatchArgs;
use super::{EXIT_OK, stdout_error};
use crate::batch;
use crate::comparison::Options;
use crate::ingest::LoadOptions;
use crate::ingest::identity::FileId;

/// Pairs read and compared at a time: enough to keep every core busy.
const CHUNK: usize = 512;

/// Compares every pair of the input and writes the results.
pub fn run(args: &BatchArgs) -> anyhow::Result<u8> {
    let input: Box<dyn BufRead> = match &args.input {
        Some(path) if path.as_os_str() != "-" => Box::new(BufReader::new(
            File::open(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?,
        )),
        _ => Box::new(io::stdin().lock()),
    };
    let done = match (&args.output, args.resume) {
        (Some(path), true) => ids_in(path)?,
        _ => HashSet::new(),
    };
    let mut out: Box<dyn Write> = match &args.output {
        Some(path) => {
            let input_id = args.input.as_deref().and_then(FileId::of_path);
            if input_id.is_some() && FileId::of_path(path) == input_id {
                anyhow::bail!(
                    "{}: refusing to write the results over the input",
                    path.display()
                );
            }
            let file = OpenOptions::new()
                .create(true)
                .write(true)
                .append(args.resume)
                .truncate(!args.resume)
                .open(path)
                .map_err(|e| anyhow::anyhow!("{}: cannot be written: {e}", path.display()))?;
            Box::new(BufWriter::new(file))
        }
        None => Box::new(BufWriter::new(io::stdout().lock())),
    };
    let progress = progress_bar(args.input.as_ref());
    let settings = batch::Settings {
        options: Options {
            similarity_threshold: args.threshold,
            ..Options::default()
        },
        load: LoadOptions {
            max_size: args.max_size,
            ..LoadOptions::default()
        },
        summary_only: args.summary_only,
    };
    let mut lines = input.lines().enumerate();
    loop {
        let chunk: Vec<(usize, io::Result<String>)> = lines.by_ref().take(CHUNK).collect();
        if chunk.is_empty() {
            break;
        }
        let results: Vec<Option<String>> = chunk
            .into_par_iter()
            .map(|(number, line)| {
                let line = match line {
                    Ok(line) => line,
                    Err(e) => {
                        return Some(batch::error_line(
                            &Value::Null,
                            &format!("line {}: {e}", number + 1),
                        ));
                    }
                };
                if line.trim().is_empty() {
                    return None;
                }
                batch::result_of(&line, number + 1, &settings, |id| done.contains(id))
            })
            .collect();
        for result in results.iter().flatten() {
            out.write_all(result.as_bytes()).map_err(stdout_error)?;
        }
        out.flush().map_err(stdout_error)?;
        if let Some(bar) = &progress {
            bar.inc(results.len() as u64);
        }
    }
    if let Some(bar) = progress {
        bar.finish();
    }
    Ok(EXIT_OK)
}

/// The ids already written to `path` (none if it does not exist yet). A last line cut
/// short by a stopped run is removed, so that its pair is done again on a line of its own.
fn ids_in(path: &PathBuf) -> anyhow::Result<HashSet<String>> {
    cut_partial_line(path)
        .map_err(|e| anyhow::anyhow!("{}: cannot be resumed: {e}", path.display()))?;
    let file = match File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(HashSet::new()),
        Err(e) => anyhow::bail!("{}: cannot be read to resume: {e}", path.display()),
    };
    let mut ids = HashSet::new();
    for line in BufReader::new(file).lines() {
        let line = line.map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
        // A line cut short by a stopped run has no id to skip: its pair is done again.
        if let Ok(value) = serde_json::from_str::<Value>(&line)
            && let Some(id) = value.get("id")
        {
            ids.insert(id.to_string());
        }
    }
    Ok(ids)
}

/// Truncates the file at `path` after its last line feed, if anything follows it (reading
/// the file backwards from its end, a block at a time).
fn cut_partial_line(path: &PathBuf) -> io::Result<()> {
    use std::io::{Read as _, Seek as _, SeekFrom};
    let mut file = match OpenOptions::new().read(true).write(true).open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e),
    };
    let len = file.metadata()?.len();
    let mut end = len;
    let mut block = vec![0u8; 64 << 10];
    while end > 0 {
        let start = end.saturating_sub(block.len() as u64);
        let size = usize::try_from(end - start).unwrap_or(block.len());
        file.seek(SeekFrom::Start(start))?;
        file.read_exact(&mut block[..size])?;
        if let Some(at) = block[..size].iter().rposition(|&b| b == b'\n') {
            let keep = start + at as u64 + 1;
            if keep < len {
                file.set_len(keep)?;
            }
            return Ok(());
        }
        end = start;
    }
    file.set_len(0)
}

/// The number of lines in the file at `path`, for the progress bar.
fn count_lines(path: &PathBuf) -> Option<u64> {
    let file = File::open(path).ok()?;
    let mut reader = BufReader::new(file);
    let mut count = 0;
    let mut buffer = Vec::new();
    while reader.read_until(b'\n', &mut buffer).ok()? > 0 {
        count += 1;
        buffer.clear();
    }
    Some(count)
}

/// A progress bar on a terminal (pairs done, pairs/s, time left, the input's lines
/// counted first); none in a pipe, where the input is read only once.
fn progress_bar(input: Option<&PathBuf>) -> Option<indicatif::ProgressBar> {
    if !io::stderr().is_terminal() {
        return None;
    }
    let bar = match input.and_then(count_lines) {
        Some(total) => indicatif::ProgressBar::new(total),
        None => indicatif::ProgressBar::new_spinner(),
    };
    let style = indicatif::ProgressStyle::with_template(
        "{bar:40} {pos}/{len} pairs · {per_sec} · {eta} left",
    )
    .ok()?;
    bar.set_style(style);
    Some(bar)
}
