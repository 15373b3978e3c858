//! `palimpsest history`: versions from files, a folder, or a file's commits in a git
//! repository (read with the `git` program), each read and analysed once, then followed
//! through the story ([`crate::history`]) and reported.

use std::ffi::OsString;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, SystemTime};

use super::args::{HistoryArgs, HistoryFormat, Sort};
use super::{EXIT_OK, stdout_error};
use crate::comparison::Options;
use crate::document::Document;
use crate::history::{History, Version};
use crate::ingest::identity::FileId;
use crate::ingest::{self, LoadOptions, Source};
use crate::report::{history as report, output};

/// Reads the versions, follows the story, writes the report.
pub fn run(args: &HistoryArgs) -> anyhow::Result<u8> {
    let load = LoadOptions {
        max_size: args.max_size,
        tracked: args.changes.into(),
    };
    let versions = match &args.git {
        Some(file) => from_git(file, load)?,
        None => from_files(&args.versions, args.sort, load)?,
    };
    if versions.len() < 2 {
        anyhow::bail!(
            "a history needs at least two versions; {} found",
            versions.len()
        );
    }
    let options = Options {
        similarity_threshold: args.threshold,
        ..Options::default()
    };
    let inputs: Vec<FileId> = versions
        .iter()
        .filter_map(|v| v.document.path.as_deref().and_then(FileId::of_path))
        .collect();
    let history = History::new(versions, &options);
    let format = args.format.unwrap_or_else(|| {
        match args
            .output
            .as_deref()
            .and_then(Path::extension)
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("json") => HistoryFormat::Json,
            Some("md" | "markdown") => HistoryFormat::Md,
            Some("csv") => HistoryFormat::Csv,
            Some("html" | "htm") => HistoryFormat::Html,
            _ => HistoryFormat::Text,
        }
    });
    let write = |w: &mut dyn Write, pretty: bool| match format {
        HistoryFormat::Text => report::write_text(w, &history),
        HistoryFormat::Json => report::write_json(w, &history, pretty),
        HistoryFormat::Md => report::write_markdown(w, &history),
        HistoryFormat::Csv => report::write_csv(w, &history),
        HistoryFormat::Html => report::write_html(w, &history),
    };
    match &args.output {
        Some(target) => output::write_atomic(target, &inputs, |w| write(w, true))?,
        None => {
            let stdout = io::stdout();
            let pretty = io::IsTerminal::is_terminal(&stdout);
            let mut out = io::BufWriter::new(stdout.lock());
            write(&mut out, pretty)
                .and_then(|()| out.flush())
                .map_err(stdout_error)?;
        }
    }
    Ok(EXIT_OK)
}

/// The versions named on the command line, or the files of the one folder given, in the
/// order `sort` says.
fn from_files(names: &[OsString], sort: Sort, load: LoadOptions) -> anyhow::Result<Vec<Version>> {
    let mut paths: Vec<PathBuf> = names.iter().map(PathBuf::from).collect();
    let mut sort = sort;
    if let [folder] = paths.as_slice()
        && folder.is_dir()
    {
        let folder = folder.clone();
        paths = ingest::versions_in(&folder)
            .map_err(|e| anyhow::anyhow!("{}: {e}", folder.display()))?;
        if sort == Sort::Given {
            sort = Sort::Name;
        }
    }
    match sort {
        Sort::Given => {}
        Sort::Name => paths.sort(),
        Sort::Mtime => paths.sort_by_key(|p| {
            std::fs::metadata(p)
                .and_then(|m| m.modified())
                .unwrap_or(SystemTime::UNIX_EPOCH)
        }),
    }
    paths
        .into_iter()
        .map(|path| {
            let source = Source::File(path);
            let document = Document::load(&source, load)?;
            Ok(Version {
                label: source.file_name(),
                time: source.modified(),
                document,
            })
        })
        .collect()
}

/// One version per commit that changed `file` (following renames), oldest first, read
/// with the `git` program.
fn from_git(file: &Path, load: LoadOptions) -> anyhow::Result<Vec<Version>> {
    let name = file.display().to_string();
    let folder = match file.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let git = |args: &[&std::ffi::OsStr]| -> anyhow::Result<Vec<u8>> {
        let out = Command::new("git")
            .arg("-C")
            .arg(&folder)
            .args(args)
            .output()
            .map_err(|e| match e.kind() {
                io::ErrorKind::NotFound => anyhow::anyhow!(
                    "{name}: reading a git history needs the git program, which is not installed (apt-get install git)"
                ),
                _ => anyhow::anyhow!("{name}: could not run git: {e}"),
            })?;
        if !out.status.success() {
            let reason = String::from_utf8_lossy(&out.stderr);
            let reason = reason.lines().next().unwrap_or("git failed").trim();
            anyhow::bail!("{name}: {}", reason.trim_start_matches("fatal: "));
        }
        Ok(out.stdout)
    };
    let file_name = file.file_name().unwrap_or(file.as_os_str());
    let log = git(&[
        "log".as_ref(),
        "--follow".as_ref(),
        "--diff-filter=d".as_ref(),
        "--format=%x01%H %h %ct".as_ref(),
        "--name-only".as_ref(),
        "--".as_ref(),
        file_name,
    ])?;
    let root = git(&["rev-parse".as_ref(), "--show-toplevel".as_ref()])?;
    let root = PathBuf::from(String::from_utf8_lossy(&root).trim());
    let log = String::from_utf8_lossy(&log);
    let mut versions = Vec::new();
    for entry in log.split('\u{1}').filter(|e| !e.trim().is_empty()) {
        let mut lines = entry.lines().filter(|l| !l.trim().is_empty());
        let (Some(head), Some(path)) = (lines.next(), lines.next()) else {
            continue;
        };
        let mut fields = head.split(' ');
        let (Some(commit), Some(short), Some(seconds)) =
            (fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        let bytes = git(&["show".as_ref(), format!("{commit}:{path}").as_ref()])?;
        if bytes.len() as u64 > load.max_size {
            anyhow::bail!(
                "{name} at {short}: larger than the size limit (raise it with --max-size)"
            );
        }
        let time = seconds
            .parse::<u64>()
            .ok()
            .map(|s| SystemTime::UNIX_EPOCH + Duration::from_secs(s));
        let label = short.to_owned();
        let loaded = ingest::from_bytes(&bytes, &format!("{name}@{short}"), Some(root.join(path)))?;
        let mut document = Document::from_loaded(loaded);
        document.path = None;
        versions.push(Version {
            document,
            label,
            time,
        });
    }
    if versions.is_empty() {
        anyhow::bail!("{name}: git has no commit of this file");
    }
    versions.reverse();
    Ok(versions)
}
