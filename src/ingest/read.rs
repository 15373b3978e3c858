//! Reads the bytes of a file or of standard input, never more than the size limit.

use std::fs::File;
use std::io::Read;
use std::path::Path;
use std::time::SystemTime;

use super::error::{ErrorKind, IngestError};
use super::identity::{self, FileId};

/// Reads the file at `path` (opened read-only), refusing it without reading it whole when
/// it is larger than `limit` bytes. `name` is what error messages call it. Also returns
/// when the file was last modified, when the system knows.
pub fn read_file(
    path: &Path,
    name: &str,
    limit: u64,
) -> Result<(Vec<u8>, Option<SystemTime>), IngestError> {
    let metadata = std::fs::metadata(path).map_err(|e| IngestError::from_io(name, &e))?;
    if metadata.is_dir() {
        return Err(IngestError::new(name, ErrorKind::Directory));
    }
    if metadata.is_file() && metadata.len() > limit {
        let size = Some(metadata.len());
        return Err(IngestError::new(name, ErrorKind::TooLarge { limit, size }));
    }
    let file = if identity::is_fifo(&metadata) {
        let mut options = std::fs::OpenOptions::new();
        options.read(true);
        identity::open_fifo(path, &options, identity::FIFO_WAIT)
    } else {
        File::open(path)
    }
    .map_err(|e| IngestError::from_io(name, &e))?;
    let bytes = read_sized(file, name, limit, metadata.len())?;
    Ok((bytes, metadata.modified().ok()))
}

/// Reads standard input, up to `limit` bytes. A closed standard input (which the system
/// hands over as `/dev/null`) is refused rather than read as an empty version.
pub fn read_stdin(limit: u64) -> Result<Vec<u8>, IngestError> {
    match FileId::of_stdin() {
        Some(id) if !id.is_null_device() => read_limited(std::io::stdin().lock(), "-", limit),
        _ => Err(IngestError::new("-", ErrorKind::StdinClosed)),
    }
}

/// Reads `source` to its end, or fails once it has given more than `limit` bytes (a
/// never-ending device or pipe is refused, not read forever).
pub fn read_limited(source: impl Read, name: &str, limit: u64) -> Result<Vec<u8>, IngestError> {
    read_sized(source, name, limit, 0)
}

/// Like [`read_limited`], with room for `expected` bytes made up front (the file's size), so
/// that a large file is not copied again and again as the buffer grows.
fn read_sized(
    source: impl Read,
    name: &str,
    limit: u64,
    expected: u64,
) -> Result<Vec<u8>, IngestError> {
    let capacity = usize::try_from(expected.min(limit).saturating_add(1)).unwrap_or(0);
    let mut bytes = Vec::with_capacity(capacity);
    source
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| IngestError::from_io(name, &e))?;
    if bytes.len() as u64 > limit {
        return Err(IngestError::new(
            name,
            ErrorKind::TooLarge { limit, size: None },
        ));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stops_at_the_limit() {
        let endless = std::io::repeat(b'a');
        let error = read_limited(endless, "/dev/zero", 1000).unwrap_err();
        assert_eq!(
            error.kind,
            ErrorKind::TooLarge {
                limit: 1000,
                size: None
            }
        );
        assert_eq!(read_limited(&b"abc"[..], "x", 3).unwrap(), b"abc");
    }
}
