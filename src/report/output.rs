//! Writing a report to a file: atomically, and never onto one of the inputs.
//!
//! The report goes to a temporary file in the target folder, which is renamed over the
//! target only once it is complete: a full disk or a crash leaves the old file (or none),
//! never half a report. Temporary files are named after the process that writes them
//! (`.palimpsest-<pid>-….tmp`): an interrupted run's are removed by its signal handler
//! ([`remove_pending`]), and any left by a run that was killed outright are removed by the
//! next run that writes to that folder.

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::ingest::identity::{self, FileId};

/// The temporary files being written now, for the signal handler to remove.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// How many symbolic links are followed to find where a report goes.
const MAX_LINKS: usize = 40;

/// Why a report could not be written.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    /// The target is one of the files being compared.
    #[error("{}: refusing to write the report over an input file", .0.display())]
    OntoInput(PathBuf),
    /// The target folder does not exist or cannot be written, or the disk is full.
    #[error("{}: could not write the report: {}", .path.display(), reason(.path, .error))]
    Io {
        /// The target.
        path: PathBuf,
        /// What the system said.
        error: io::Error,
    },
}

/// Writes what `fill` produces to `target`, atomically, refusing any of `inputs` (the
/// files being compared, standard input among them, by identity rather than by name).
///
/// A device or pipe (`/dev/stdout`, a FIFO) is written to directly, since it cannot be
/// replaced; a FIFO must have a reader within [`identity::FIFO_WAIT`]. A symbolic link is
/// followed, so that the file it points to gets the report, created if the link dangles.
pub fn write_atomic(
    target: &Path,
    inputs: &[FileId],
    fill: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), OutputError> {
    if FileId::of_path(target).is_some_and(|id| inputs.contains(&id)) {
        return Err(OutputError::OntoInput(target.to_owned()));
    }
    let io_error = |error: io::Error| OutputError::Io {
        path: target.to_owned(),
        error,
    };
    let existing = fs::metadata(target).ok();
    if let Some(metadata) = &existing {
        if metadata.is_dir() {
            return Err(io_error(io::Error::new(
                io::ErrorKind::IsADirectory,
                "it is a folder",
            )));
        }
        if !metadata.is_file() {
            let mut options = fs::OpenOptions::new();
            options.write(true);
            let device = if identity::is_fifo(metadata) {
                identity::open_fifo(target, &options, identity::FIFO_WAIT)
            } else {
                options.open(target)
            }
            .map_err(io_error)?;
            let mut writer = BufWriter::new(device);
            fill(&mut writer).map_err(io_error)?;
            return writer.flush().map_err(io_error);
        }
    }
    let real_target = match &existing {
        Some(_) => fs::canonicalize(target).map_err(io_error)?,
        None => link_target(target).map_err(io_error)?,
    };
    let folder = match real_target.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => PathBuf::from("."),
    };
    remove_stale(&folder);
    let mut builder = tempfile::Builder::new();
    let prefix = format!(".palimpsest-{}-", std::process::id());
    builder.prefix(&prefix).suffix(".tmp");
    if let Some(permissions) = existing
        .map(|m| m.permissions())
        .or_else(new_file_permissions)
    {
        builder.permissions(permissions);
    }
    let temp = builder.tempfile_in(&folder).map_err(io_error)?;
    let temp_path = temp.path().to_owned();
    pending(|p| p.push(temp_path.clone()));
    let written = (|| {
        let mut writer = BufWriter::new(temp);
        fill(&mut writer)?;
        let temp = writer
            .into_inner()
            .map_err(io::IntoInnerError::into_error)?;
        temp.as_file().sync_all()?;
        temp.persist(&real_target).map_err(|e| e.error)
    })();
    pending(|p| p.retain(|path| *path != temp_path));
    written.map(drop).map_err(io_error)
}

/// Removes the temporary files being written now; for a signal handler, before the
/// process exits.
pub fn remove_pending() {
    pending(|paths| {
        for path in paths.drain(..) {
            let _ = fs::remove_file(path);
        }
    });
}

/// Runs `f` on the list of temporary files being written, even if a thread panicked
/// while holding it.
fn pending(f: impl FnOnce(&mut Vec<PathBuf>)) {
    let mut paths = PENDING
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    f(&mut paths);
}

/// Where a report for `target`, which does not exist, goes: `target` itself, or the
/// missing file a symbolic link at `target` points to (through any chain of links).
fn link_target(target: &Path) -> io::Result<PathBuf> {
    let mut path = target.to_owned();
    for _ in 0..MAX_LINKS {
        match fs::symlink_metadata(&path) {
            Ok(metadata) if metadata.file_type().is_symlink() => {
                let points_to = fs::read_link(&path)?;
                path = match path.parent() {
                    Some(parent) => parent.join(points_to),
                    None => points_to,
                };
            }
            _ => return Ok(path),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::InvalidInput,
        "too many symbolic links (a loop?)",
    ))
}

/// Removes temporary files in `folder` left by runs that were killed before they could
/// (`.palimpsest-<pid>-….tmp` whose process is gone). Only where processes can be looked
/// up (`/proc`).
fn remove_stale(folder: &Path) {
    if !Path::new("/proc/self").exists() {
        return;
    }
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name
            .to_str()
            .and_then(|n| n.strip_prefix(".palimpsest-"))
            .filter(|n| n.ends_with(".tmp"))
            .and_then(|n| n.split_once('-'))
            .and_then(|(pid, _)| pid.parse::<u32>().ok())
        else {
            continue;
        };
        if pid != std::process::id() && !Path::new("/proc").join(pid.to_string()).exists() {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// What went wrong, in words, without the temporary file's name that some errors carry.
fn reason(path: &Path, error: &io::Error) -> String {
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let read_only = fs::metadata(folder).is_ok_and(|m| m.permissions().readonly());
    match error.kind() {
        io::ErrorKind::NotFound if !folder.is_dir() => "the folder does not exist".to_owned(),
        io::ErrorKind::PermissionDenied if read_only => "the folder is read-only".to_owned(),
        io::ErrorKind::PermissionDenied => "no permission to write there".to_owned(),
        io::ErrorKind::StorageFull => "the disk is full".to_owned(),
        io::ErrorKind::QuotaExceeded => "the disk quota is used up".to_owned(),
        io::ErrorKind::ReadOnlyFilesystem => "the disk is read-only".to_owned(),
        io::ErrorKind::IsADirectory => "it is a folder".to_owned(),
        io::ErrorKind::NotADirectory => "part of the path is a file, not a folder".to_owned(),
        _ => {
            let text = error.to_string();
            match text.split_once(" at path ") {
                Some((head, _)) => head.to_owned(),
                None => text,
            }
        }
    }
}

/// Permissions of a new report: readable by all, writable by the owner.
fn new_file_permissions() -> Option<fs::Permissions> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        Some(fs::Permissions::from_mode(0o644))
    }
    #[cfg(not(unix))]
    {
        None
    }
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::FileTypeExt as _;

    use super::*;

    #[test]
    fn writes_whole_files_and_refuses_inputs() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("report.txt");
        write_atomic(&target, &[], |w| w.write_all(b"hello")).unwrap();
        assert_eq!(fs::read_to_string(&target).unwrap(), "hello");
        let input = dir.path().join("old.txt");
        fs::write(&input, "keep me").unwrap();
        let id = FileId::of_path(&input).unwrap();
        let error = write_atomic(&input, &[id], |w| w.write_all(b"x")).unwrap_err();
        assert!(matches!(error, OutputError::OntoInput(_)));
        assert_eq!(fs::read_to_string(&input).unwrap(), "keep me");
    }

    #[test]
    fn devices_are_written_in_place_and_links_followed() {
        write_atomic(Path::new("/dev/null"), &[], |w| w.write_all(b"x")).unwrap();
        assert!(
            Path::new("/dev/null")
                .metadata()
                .unwrap()
                .file_type()
                .is_char_device()
        );
        let error =
            write_atomic(Path::new("/dev/full"), &[], |w| w.write_all(&[0; 65536])).unwrap_err();
        assert!(
            error
                .to_string()
                .starts_with("/dev/full: could not write the report")
        );
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.txt");
        fs::write(&real, "old").unwrap();
        let link = dir.path().join("link.txt");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write_atomic(&link, &[], |w| w.write_all(b"new")).unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read_to_string(&real).unwrap(), "new");
    }

    #[test]
    fn a_failed_write_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("report.txt");
        let result = write_atomic(&target, &[], |_| Err(io::Error::other("disk full")));
        assert!(result.is_err());
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn a_dangling_link_gets_its_target_written() {
        let dir = tempfile::tempdir().unwrap();
        let link = dir.path().join("report.html");
        std::os::unix::fs::symlink("sub/real.html", &link).unwrap();
        fs::create_dir(dir.path().join("sub")).unwrap();
        write_atomic(&link, &[], |w| w.write_all(b"new")).unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(
            fs::read_to_string(dir.path().join("sub/real.html")).unwrap(),
            "new"
        );
        let looped = dir.path().join("loop");
        std::os::unix::fs::symlink("loop", &looped).unwrap();
        assert!(write_atomic(&looped, &[], |w| w.write_all(b"x")).is_err());
    }

    #[test]
    fn temporary_files_of_dead_runs_are_removed_and_live_ones_kept() {
        let dir = tempfile::tempdir().unwrap();
        let dead = dir.path().join(".palimpsest-4000000-abc.tmp");
        let alive = dir
            .path()
            .join(format!(".palimpsest-{}-abc.tmp", std::process::id()));
        let theirs = dir.path().join(".other-4000000-abc.tmp");
        for path in [&dead, &alive, &theirs] {
            fs::write(path, "x").unwrap();
        }
        write_atomic(&dir.path().join("r.txt"), &[], |w| w.write_all(b"r")).unwrap();
        assert!(!dead.exists());
        assert!(alive.exists() && theirs.exists());
    }

    #[test]
    fn a_report_being_written_is_pending_until_it_is_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("r.txt");
        write_atomic(&target, &[], |w| {
            let pending = PENDING.lock().unwrap().clone();
            assert!(pending.iter().any(|p| p.starts_with(dir.path())));
            w.write_all(b"r")
        })
        .unwrap();
        assert!(
            PENDING
                .lock()
                .unwrap()
                .iter()
                .all(|p| !p.starts_with(dir.path()))
        );
    }
}
