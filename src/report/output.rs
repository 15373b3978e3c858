//! Writing a report to a file: atomically, and never onto one of the inputs.
//!
//! The report goes to a temporary file in the target folder, which is renamed over the
//! target only once it is complete: a full disk or a crash leaves the old file (or none),
//! never half a report.

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

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

/// Writes what `fill` produces to `target`, atomically, refusing any of `inputs`.
///
/// A device or pipe (`/dev/stdout`, a FIFO) is written to directly, since it cannot be
/// replaced; a symbolic link is followed, so that the file it points to gets the report.
pub fn write_atomic(
    target: &Path,
    inputs: &[&Path],
    fill: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), OutputError> {
    if inputs.iter().any(|input| same_file(input, target)) {
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
            let device = fs::OpenOptions::new()
                .write(true)
                .open(target)
                .map_err(io_error)?;
            let mut writer = BufWriter::new(device);
            fill(&mut writer).map_err(io_error)?;
            return writer.flush().map_err(io_error);
        }
    }
    let real_target = match &existing {
        Some(_) => fs::canonicalize(target).map_err(io_error)?,
        None => target.to_owned(),
    };
    let folder = match real_target.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => PathBuf::from("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".palimpsest-").suffix(".tmp");
    if let Some(permissions) = existing
        .map(|m| m.permissions())
        .or_else(new_file_permissions)
    {
        builder.permissions(permissions);
    }
    let temp = builder.tempfile_in(&folder).map_err(io_error)?;
    let mut writer = BufWriter::new(temp);
    fill(&mut writer).map_err(io_error)?;
    let temp = writer.into_inner().map_err(|e| io_error(e.into_error()))?;
    temp.as_file().sync_all().map_err(io_error)?;
    temp.persist(&real_target).map_err(|e| io_error(e.error))?;
    Ok(())
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

/// `true` when `a` and `b` name the same existing file.
fn same_file(a: &Path, b: &Path) -> bool {
    match (fs::canonicalize(a), fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
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
        let error = write_atomic(&input, &[&input], |w| w.write_all(b"x")).unwrap_err();
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
}
