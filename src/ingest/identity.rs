//! Which file a path or standard input is, by device and inode, so that two names for one
//! file (a link, `/dev/stdin`, `/proc/self/fd/0`, standard input redirected from it) are
//! known to be the same file; and opening FIFOs without waiting forever for the other end.

use std::fs::{File, Metadata, OpenOptions};
use std::io;
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

/// How long opening a FIFO waits for a program at its other end.
pub const FIFO_WAIT: Duration = Duration::from_secs(10);

/// A file's identity: its device and inode, and whether it is a regular file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileId {
    device: u64,
    inode: u64,
    regular: bool,
}

impl FileId {
    /// The file `path` names, following links; `None` when there is none.
    pub fn of_path(path: &Path) -> Option<Self> {
        std::fs::metadata(path).ok().and_then(|m| Self::of(&m))
    }

    /// The file standard input is; `None` when it is closed.
    pub fn of_stdin() -> Option<Self> {
        use std::os::fd::AsFd as _;
        let fd = io::stdin().as_fd().try_clone_to_owned().ok()?;
        File::from(fd).metadata().ok().and_then(|m| Self::of(&m))
    }

    /// The identity in `metadata`.
    #[cfg(unix)]
    pub fn of(metadata: &Metadata) -> Option<Self> {
        use std::os::unix::fs::MetadataExt as _;
        Some(Self {
            device: metadata.dev(),
            inode: metadata.ino(),
            regular: metadata.is_file(),
        })
    }

    /// Identities are not known on this system.
    #[cfg(not(unix))]
    pub fn of(_metadata: &Metadata) -> Option<Self> {
        None
    }

    /// `true` for a regular file (one that can be read twice and gives the same bytes).
    pub fn is_regular(self) -> bool {
        self.regular
    }

    /// `true` when this is `/dev/null`, which is also what a closed standard input becomes.
    pub fn is_null_device(self) -> bool {
        Self::of_path(Path::new("/dev/null")) == Some(self)
    }
}

/// `true` when `metadata` is of a FIFO (a named pipe).
pub fn is_fifo(metadata: &Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        metadata.file_type().is_fifo()
    }
    #[cfg(not(unix))]
    {
        let _ = metadata;
        false
    }
}

/// Opens the FIFO at `path` with `options`, waiting at most `wait` for a program to open
/// its other end (opening a FIFO blocks until then). On time-out the opening is left to
/// a thread that ends when the other end appears or the program exits.
pub fn open_fifo(path: &Path, options: &OpenOptions, wait: Duration) -> io::Result<File> {
    let (sender, receiver) = mpsc::channel();
    let (path, options) = (path.to_owned(), options.clone());
    std::thread::Builder::new()
        .name("open-fifo".into())
        .spawn(move || {
            let _ = sender.send(options.open(&path));
        })?;
    receiver.recv_timeout(wait).unwrap_or_else(|_| {
        Err(io::Error::new(
            io::ErrorKind::TimedOut,
            format!(
                "it is a FIFO and no program opened its other end within {} s",
                wait.as_secs()
            ),
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_names_for_one_file_are_one_file() {
        let dir = tempfile::tempdir().expect("a folder");
        let file = dir.path().join("a.txt");
        std::fs::write(&file, "x").expect("written");
        let link = dir.path().join("link.txt");
        std::os::unix::fs::symlink(&file, &link).expect("linked");
        let other = dir.path().join("b.txt");
        std::fs::write(&other, "x").expect("written");
        let id = FileId::of_path(&file).expect("an id");
        assert_eq!(FileId::of_path(&link), Some(id));
        assert_ne!(FileId::of_path(&other), Some(id));
        assert!(id.is_regular());
        assert!(!id.is_null_device());
        assert_eq!(FileId::of_path(&dir.path().join("none")), None);
        let null = FileId::of_path(Path::new("/dev/null")).expect("/dev/null");
        assert!(null.is_null_device() && !null.is_regular());
    }

    #[test]
    fn a_fifo_without_a_writer_times_out() {
        let dir = tempfile::tempdir().expect("a folder");
        let fifo = dir.path().join("pipe");
        let status = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("mkfifo runs");
        assert!(status.success());
        assert!(is_fifo(&std::fs::metadata(&fifo).expect("metadata")));
        let error = open_fifo(
            &fifo,
            OpenOptions::new().read(true),
            Duration::from_millis(200),
        )
        .expect_err("no writer");
        assert_eq!(error.kind(), io::ErrorKind::TimedOut);
        assert!(
            error
                .to_string()
                .contains("no program opened its other end")
        );
    }
}
