//! `palimpsest sentences` and `palimpsest quotes`: output, standard input, and every bad
//! input named in the reading rules, each with its message and exit status 2.

use crate::common;

use common::{arg, fixture, palimpsest, write};
use tempfile::TempDir;

fn stderr_of(args: &[&str]) -> String {
    let out = palimpsest().args(args).output().expect("runs");
    assert_eq!(out.status.code(), Some(2), "exit status for {args:?}");
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
    stderr
}

#[test]
fn sentences_one_a_line_with_paragraph_numbers() {
    let dir = TempDir::new().expect("temp dir");
    let path = write(
        &dir,
        "a.txt",
        "Headline\n\nMr. Smith spoke. He left.\n".as_bytes(),
    );
    palimpsest()
        .args(["sentences", arg(&path)])
        .assert()
        .success()
        .stdout("¶1   Headline\n¶2   Mr. Smith spoke.\n¶2   He left.\n");
}

/// A published-style post: only what a reader sees is read — no front matter, shortcodes,
/// scripts, table rules or footnote markers — and tables, code and captions stay whole.
#[test]
fn a_markdown_post_reads_as_its_reader_sees_it() {
    let expected = std::fs::read_to_string(fixture("markdown/post.sentences.txt"))
        .expect("expected sentences");
    palimpsest()
        .args(["sentences", arg(&fixture("markdown/post.md"))])
        .assert()
        .success()
        .stdout(expected);
}

#[test]
fn sentences_as_json_are_the_spec_document() {
    let dir = TempDir::new().expect("temp dir");
    let path = write(&dir, "a.txt", "“Yes,” he said. Done.\r\n".as_bytes());
    let out = palimpsest()
        .args(["sentences", arg(&path), "--format", "json"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(doc["name"], arg(&path));
    assert_eq!(doc["encoding"], "UTF-8");
    assert_eq!(doc["format"], "text");
    assert_eq!(doc["text"], "“Yes,” he said. Done.\n");
    assert_eq!(doc["sentences"][1]["id"], 1);
    assert_eq!(doc["sentences"][1]["text"], "Done.");
    assert_eq!(doc["sentences"][1]["start"], 20);
    assert_eq!(doc["quotes"][0]["text"], "Yes");
    assert_eq!(doc["quotes"][0]["sentence"], 0);
    assert_eq!(doc["quotes"][0]["speaker"], serde_json::Value::Null);
}

#[test]
fn quotes_with_speakers_from_standard_input() {
    palimpsest()
        .args(["quotes", "-"])
        .write_stdin("“We will win,” said Mr. Putin.\n\nIt was “bold”.\n")
        .assert()
        .success()
        .stdout("¶1   “We will win” — Putin\n¶2   “bold” — (no speaker)\n");
    let out = palimpsest()
        .args(["quotes", "-", "--format", "json"])
        .write_stdin("“We will win,” said Mr. Putin.")
        .output()
        .expect("runs");
    let quotes: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(quotes[0]["speaker"], "Putin");
}

#[test]
fn an_unclosed_quotation_is_a_warning_not_an_error() {
    palimpsest()
        .args(["quotes", "-"])
        .write_stdin("He said “this never ends.\n\nNext.")
        .assert()
        .success()
        .stderr("palimpsest: -: warning: quotation mark opened in paragraph 1 is never closed\n");
}

#[test]
fn legacy_and_utf16_files_are_decoded_and_named() {
    let dir = TempDir::new().expect("temp dir");
    let latin1 = write(
        &dir,
        "l.txt",
        b"Le caf\xe9 \xe9tait ferm\xe9. Il pleuvait d\xe9j\xe0.",
    );
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(
        "Grüße aus Köln. Bis bald."
            .encode_utf16()
            .flat_map(u16::to_le_bytes),
    );
    let utf16 = write(&dir, "u.txt", &utf16);
    for (path, encoding, first) in [
        (latin1, "windows-1252", "Le café était fermé."),
        (utf16, "UTF-16LE", "Grüße aus Köln."),
    ] {
        let out = palimpsest()
            .args(["sentences", arg(&path), "--format", "json"])
            .output()
            .expect("runs");
        let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        assert_eq!(doc["encoding"], encoding);
        assert_eq!(doc["sentences"][0]["text"], first);
    }
}

#[test]
fn an_empty_file_is_valid_and_has_no_sentences() {
    let dir = TempDir::new().expect("temp dir");
    let path = write(&dir, "empty.txt", b"");
    palimpsest()
        .args(["sentences", arg(&path)])
        .assert()
        .success()
        .stdout("");
}

#[test]
fn a_missing_file() {
    assert_eq!(
        stderr_of(&["sentences", "no-such-file.txt"]),
        "palimpsest: no-such-file.txt: no such file\n"
    );
}

#[test]
fn a_directory() {
    let dir = TempDir::new().expect("temp dir");
    let message = stderr_of(&["sentences", arg(dir.path())]);
    assert!(
        message.ends_with(": is a folder, not a file\n"),
        "{message}"
    );
}

#[test]
fn binary_files_say_what_they_look_like() {
    let dir = TempDir::new().expect("temp dir");
    let png = write(&dir, "old.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0");
    let message = stderr_of(&["sentences", arg(&png)]);
    assert!(message.ends_with("old.png: looks like a binary file (a PNG image), not text\n"));
    let elf = write(&dir, "tool", b"\x7FELF\x02\x01\x01\0\0\0\0");
    assert!(
        stderr_of(&["quotes", arg(&elf)]).contains("looks like a binary file (an ELF executable)")
    );
    let pdf = write(&dir, "report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n");
    assert!(
        stderr_of(&["sentences", arg(&pdf)])
            .contains("report.txt: could not be read: the PDF is cut short")
    );
    let nul = write(&dir, "data.txt", b"text\0with\0nuls");
    assert!(
        stderr_of(&["sentences", arg(&nul)])
            .ends_with("data.txt: looks like a binary file, not text\n")
    );
}

#[test]
fn files_over_the_size_limit_are_refused() {
    let dir = TempDir::new().expect("temp dir");
    let big = write(&dir, "big.txt", [b'a'; 4096]);
    let message = stderr_of(&["sentences", arg(&big), "--max-size", "1K"]);
    assert!(
        message.ends_with("big.txt: is 4 KiB, over the 1 KiB limit (raise it with --max-size)\n"),
        "{message}"
    );
    let message = stderr_of(&["sentences", "/dev/zero", "--max-size", "1M"]);
    assert_eq!(
        message,
        "palimpsest: /dev/zero: is larger than the 1 MiB limit (raise it with --max-size)\n"
    );
    palimpsest()
        .args(["sentences", "-", "--max-size", "10"])
        .write_stdin("This is more than ten bytes.")
        .assert()
        .code(2)
        .stderr("palimpsest: -: is larger than the 10 bytes limit (raise it with --max-size)\n");
}

#[test]
fn a_file_without_read_permission() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = TempDir::new().expect("temp dir");
    let path = write(&dir, "secret.txt", b"Hidden.");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    if std::fs::read(&path).is_ok() {
        eprintln!("running with privileges that ignore file permissions; nothing to check");
        return;
    }
    let message = stderr_of(&["sentences", arg(&path)]);
    assert!(message.ends_with("secret.txt: permission denied (the file may not be read)\n"));
}

#[test]
fn a_bad_option_is_trouble() {
    palimpsest()
        .args(["sentences", "x.txt", "--max-size", "lots"])
        .assert()
        .code(2);
}

#[test]
fn without_a_display_the_app_says_so() {
    for files in [
        &[][..],
        &["one.txt"],
        &["old.txt", "new.txt"],
        &["v1.md", "v2.md", "v3.md"],
    ] {
        let out = palimpsest()
            .args(files)
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .env("XDG_RUNTIME_DIR", "/nonexistent")
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(2), "{files:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("cannot open a window"),
            "{files:?}: {stderr}"
        );
    }
}
