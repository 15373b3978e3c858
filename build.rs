//! Build script: records the commit the program is built from, for `palimpsest --version`.
//!
//! The commit comes from `PALIMPSEST_COMMIT` when a packager sets it, or else from `git`
//! when the sources are a git checkout; without either the version stands alone.

use std::path::PathBuf;
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-env-changed=PALIMPSEST_COMMIT");
    let commit = std::env::var("PALIMPSEST_COMMIT")
        .ok()
        .filter(|c| !c.trim().is_empty())
        .or_else(from_git);
    let version = env!("CARGO_PKG_VERSION");
    let long = match commit {
        Some(commit) => format!("{version} (commit {})", commit.trim()),
        None => version.to_string(),
    };
    println!("cargo:rustc-env=PALIMPSEST_LONG_VERSION={long}");
}

/// The short commit id and its date, from `git`, and the files to watch so that a new
/// commit or a checkout is noticed.
fn from_git() -> Option<String> {
    let head = git(&["rev-parse", "--git-path", "HEAD"])?;
    watch(&head);
    if let Some(branch) = git(&["symbolic-ref", "-q", "HEAD"])
        && let Some(reference) = git(&["rev-parse", "--git-path", &branch])
    {
        watch(&reference);
    }
    if let Some(packed) = git(&["rev-parse", "--git-path", "packed-refs"]) {
        watch(&packed);
    }
    let id = git(&["rev-parse", "--short=9", "HEAD"])?;
    Some(match git(&["log", "-1", "--format=%cs", "HEAD"]) {
        Some(date) => format!("{id}, {date}"),
        None => id,
    })
}

/// Asks Cargo to run this script again when `path` changes.
fn watch(path: &str) {
    let path = PathBuf::from(path);
    if path.exists() {
        println!("cargo:rerun-if-changed={}", path.display());
    }
}

/// One line of `git`'s output, if `git` is there and succeeds.
fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    let text = String::from_utf8(out.stdout).ok()?;
    let line = text.lines().next()?.trim().to_string();
    (out.status.success() && !line.is_empty()).then_some(line)
}
