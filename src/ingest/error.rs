//! Why a file could not be read, in words a user can act on.

use std::fmt;

/// A file that could not be read, with the name the user gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IngestError {
    /// The file name as the user typed it, or `-` for standard input.
    pub name: String,
    /// What went wrong.
    pub kind: ErrorKind,
}

/// What went wrong while reading a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorKind {
    /// No file at that path.
    NotFound,
    /// The path is a directory.
    Directory,
    /// The file may not be read.
    PermissionDenied,
    /// The file is over the size limit.
    TooLarge {
        /// The limit in bytes.
        limit: u64,
        /// The size in bytes, when the file system knows it.
        size: Option<u64>,
    },
    /// The bytes are not text.
    Binary {
        /// What the bytes look like, when recognised (`a PNG image`).
        what: Option<&'static str>,
    },
    /// A document format that Palimpsest does not read yet.
    Unsupported {
        /// The format (`RTF`).
        format: &'static str,
    },
    /// Standard input is closed, or is `/dev/null`: there is nothing to read.
    StdinClosed,
    /// Any other input/output error, as the system reports it.
    Io(String),
}

impl IngestError {
    /// An error about the file called `name`.
    pub fn new(name: &str, kind: ErrorKind) -> Self {
        Self {
            name: name.to_owned(),
            kind,
        }
    }

    /// Maps an input/output error to what the user needs to know.
    pub fn from_io(name: &str, error: &std::io::Error) -> Self {
        let kind = match error.kind() {
            std::io::ErrorKind::NotFound => ErrorKind::NotFound,
            std::io::ErrorKind::PermissionDenied => ErrorKind::PermissionDenied,
            std::io::ErrorKind::IsADirectory => ErrorKind::Directory,
            _ => ErrorKind::Io(error.to_string()),
        };
        Self::new(name, kind)
    }
}

impl fmt::Display for IngestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", super::controls::visible_line(&self.name))?;
        match &self.kind {
            ErrorKind::NotFound => write!(f, "no such file"),
            ErrorKind::Directory => write!(f, "is a folder, not a file"),
            ErrorKind::PermissionDenied => {
                write!(f, "permission denied (the file may not be read)")
            }
            ErrorKind::TooLarge { limit, size } => {
                match size {
                    Some(size) => write!(
                        f,
                        "is {}, over the {} limit",
                        human_size(*size),
                        human_size(*limit)
                    )?,
                    None => write!(f, "is larger than the {} limit", human_size(*limit))?,
                }
                write!(f, " (raise it with --max-size)")
            }
            ErrorKind::Binary { what: Some(what) } => {
                write!(f, "looks like a binary file ({what}), not text")
            }
            ErrorKind::Binary { what: None } => write!(f, "looks like a binary file, not text"),
            ErrorKind::Unsupported { format } => write!(
                f,
                "looks like a {format} document; {format} is not supported yet (save it as text or HTML first)"
            ),
            ErrorKind::StdinClosed => write!(
                f,
                "standard input is closed (or is /dev/null), so there is nothing to read: pipe a version in, or give a file (an empty one for an empty version)"
            ),
            ErrorKind::Io(reason) => write!(f, "could not be read: {reason}"),
        }
    }
}

impl std::error::Error for IngestError {}

/// A byte count as people say it: `512 bytes`, `3.2 MiB`.
pub fn human_size(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KiB", "MiB", "GiB", "TiB"];
    if bytes < 1024 {
        return format!("{bytes} bytes");
    }
    let mut value = bytes as f64 / 1024.0;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    if value.fract() < 0.05 {
        format!("{value:.0} {}", UNITS[unit])
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_file_and_the_reason() {
        let e = IngestError::new("old.png", ErrorKind::Binary { what: None });
        assert_eq!(e.to_string(), "old.png: looks like a binary file, not text");
        let e = IngestError::new(
            "big.txt",
            ErrorKind::TooLarge {
                limit: 256 * 1024 * 1024,
                size: Some(300 * 1024 * 1024),
            },
        );
        assert_eq!(
            e.to_string(),
            "big.txt: is 300 MiB, over the 256 MiB limit (raise it with --max-size)"
        );
        assert_eq!(human_size(1536), "1.5 KiB");
        assert_eq!(human_size(12), "12 bytes");
    }
}
