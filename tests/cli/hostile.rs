//! The command line attacked, as a hostile user and a careless one would: no input is ever
//! lost (standard input named as the output, links, interrupted writes, pipes read twice,
//! closed standard input, FIFOs without another end), nothing hostile reaches a terminal, a
//! spreadsheet or a Markdown reader, and errors are never errors themselves.

use crate::common;

use std::os::unix::ffi::OsStrExt as _;
use std::process::Command;
use std::time::{Duration, Instant};

use common::{arg, palimpsest, write};
use tempfile::TempDir;

const OLD: &str = "One sentence stays. “We will win,” Ana Ruiz said.";
const NEW: &str = "One sentence stays. “We will lose,” Ana Ruiz said. A new one.";

fn pair() -> (TempDir, std::path::PathBuf, std::path::PathBuf) {
    let dir = TempDir::new().expect("temp dir");
    let old = write(&dir, "old.txt", OLD);
    let new = write(&dir, "new.txt", NEW);
    (dir, old, new)
}

/// The program run by a shell, so that redirections are real (`sh -c`).
fn shell(script: &str, dir: &TempDir) -> std::process::Output {
    Command::new("sh")
        .arg("-c")
        .arg(script)
        .current_dir(dir.path())
        .env("PALIMPSEST", env!("CARGO_BIN_EXE_palimpsest"))
        .output()
        .expect("sh runs")
}

#[test]
fn standard_input_is_never_overwritten_by_the_report() {
    let (dir, _, _) = pair();
    for script in [
        r#""$PALIMPSEST" diff - new.txt -o old.txt < old.txt"#,
        r#""$PALIMPSEST" diff - new.txt -o /dev/stdin < old.txt"#,
        r#""$PALIMPSEST" diff new.txt - -o /proc/self/fd/0 < old.txt"#,
        r#"ln -sf old.txt alias.txt; "$PALIMPSEST" diff - new.txt -o alias.txt < old.txt"#,
    ] {
        let out = shell(script, &dir);
        assert_eq!(out.status.code(), Some(2), "{script}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("refusing to write the report over an input file"),
            "{script}: {stderr}"
        );
        assert_eq!(
            std::fs::read_to_string(dir.path().join("old.txt")).expect("old"),
            OLD
        );
    }
}

#[test]
fn a_dangling_link_as_output_gets_its_target_written_and_stays_a_link() {
    let (dir, old, new) = pair();
    let link = dir.path().join("report.md");
    std::os::unix::fs::symlink("reports/latest.md", &link).expect("link");
    std::fs::create_dir(dir.path().join("reports")).expect("folder");
    palimpsest()
        .args(["diff", arg(&old), arg(&new), "-o", arg(&link)])
        .assert()
        .code(1);
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("link")
            .file_type()
            .is_symlink()
    );
    let report = std::fs::read_to_string(dir.path().join("reports/latest.md")).expect("written");
    assert!(report.contains("## Sentences"));
}

#[test]
fn an_interrupted_report_leaves_no_temporary_file() {
    let dir = TempDir::new().expect("temp dir");
    // A pair large enough that its HTML report takes a while to write.
    let paragraph = |i: usize, word: &str| {
        format!(
            "Paragraph {i} says the council {word} the plan on Monday, “as promised,” Ana Ruiz said.\n\n"
        )
    };
    let old: String = (0..40_000).map(|i| paragraph(i, "approved")).collect();
    let new: String = (0..40_000)
        .map(|i| paragraph(i, if i % 3 == 0 { "rejected" } else { "approved" }))
        .collect();
    let old = write(&dir, "old.txt", old);
    let new = write(&dir, "new.txt", new);
    let out_dir = dir.path().join("out");
    std::fs::create_dir(&out_dir).expect("folder");
    let temporary = |dir: &std::path::Path| {
        std::fs::read_dir(dir)
            .expect("folder")
            .filter_map(Result::ok)
            .any(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
    };
    for signal in ["INT", "TERM"] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_palimpsest"))
            .args(["diff", arg(&old), arg(&new), "-o"])
            .arg(out_dir.join("r.html"))
            .spawn()
            .expect("spawns");
        let deadline = Instant::now() + Duration::from_secs(120);
        while !temporary(&out_dir) {
            assert!(
                child.try_wait().expect("waits").is_none(),
                "the report was written before it could be interrupted"
            );
            assert!(Instant::now() < deadline, "a temporary file appears");
            std::thread::sleep(Duration::from_millis(5));
        }
        let pid = child.id().to_string();
        assert!(
            Command::new("kill")
                .args([&format!("-{signal}"), &pid])
                .status()
                .expect("kill")
                .success()
        );
        let status = child.wait().expect("waits");
        assert_eq!(status.code(), Some(130), "{signal}");
        assert!(
            !temporary(&out_dir),
            "{signal}: the unfinished report is removed"
        );
        assert!(!out_dir.join("r.html").exists());
    }
    // A temporary file of a run that was killed outright (its process is gone) is removed
    // by the next run that writes there.
    std::fs::write(out_dir.join(".palimpsest-4000001-x1y2z3.tmp"), "half").expect("stale");
    let small = write(&dir, "small.txt", NEW);
    palimpsest()
        .args(["diff", arg(&small), arg(&small), "-o"])
        .arg(out_dir.join("r.md"))
        .assert()
        .code(0);
    let names: Vec<String> = std::fs::read_dir(&out_dir)
        .expect("folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["r.md"], "nothing but the finished report");
}

#[test]
fn a_pipe_cannot_be_both_versions_and_a_closed_input_is_not_an_empty_one() {
    let (dir, _, _) = pair();
    for script in [
        r#"cat old.txt | "$PALIMPSEST" diff - /dev/stdin"#,
        r#"cat old.txt | "$PALIMPSEST" diff /dev/stdin /proc/self/fd/0"#,
    ] {
        let out = shell(script, &dir);
        assert_eq!(out.status.code(), Some(2), "{script}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("can be only one of the two versions"),
            "{script}: {stderr}"
        );
    }
    for script in [
        r#""$PALIMPSEST" diff - new.txt <&-"#,
        r#""$PALIMPSEST" diff old.txt - < /dev/null"#,
        r#""$PALIMPSEST" sentences - <&-"#,
    ] {
        let out = shell(script, &dir);
        assert_eq!(out.status.code(), Some(2), "{script}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.starts_with("palimpsest: -: standard input is closed"),
            "{script}: {stderr}"
        );
    }
    // The same regular file twice is fine: it is the same version.
    let out = shell(r#""$PALIMPSEST" diff - old.txt < old.txt"#, &dir);
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn fifos_without_another_end_are_refused_in_time() {
    let dir = TempDir::new().expect("temp dir");
    let fifo = dir.path().join("pipe");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("mkfifo")
            .success()
    );
    let new = write(&dir, "new.txt", NEW);
    for args in [
        vec!["diff", arg(&fifo), arg(&new)],
        vec!["diff", arg(&new), arg(&new), "-o", arg(&fifo)],
        vec!["sentences", arg(&fifo)],
    ] {
        let started = Instant::now();
        let out = palimpsest()
            .args(&args)
            .timeout(Duration::from_secs(60))
            .output()
            .expect("runs");
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "{args:?} returned"
        );
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("no program opened its other end"),
            "{args:?}: {stderr}"
        );
    }
}

#[test]
fn escape_sequences_reach_no_terminal() {
    let dir = TempDir::new().expect("temp dir");
    let hostile = "Title\u{1b}]0;pwned\u{7} here. Clear\u{1b}[2J now.\u{8}\u{8} Clip \u{1b}]52;c;ZXZpbA==\u{7} end. Nine\u{9b}31m.";
    let old = write(&dir, "old.txt", "Title here. Clear now.");
    // Enough ordinary text around the controls that the file reads as text, not binary.
    let padding = "An ordinary sentence of the article sits here. ".repeat(20);
    let new = write(&dir, "new.txt", format!("{hostile}\n\n{padding}"));
    let entities = write(
        &dir,
        "page.html",
        "<p>Entity &#x1b;[31mred&#27;[0m and &#x9b;2J and &#8238;evil.</p>",
    );
    let named = dir.path().join("name\u{1b}[31m\nwith newline.txt");
    std::fs::write(&named, "A sentence.").expect("written");
    let runs: Vec<Vec<&str>> = vec![
        vec!["diff", arg(&old), arg(&new), "--color", "always"],
        vec!["diff", arg(&old), arg(&new), "--format", "md"],
        vec!["sentences", arg(&new)],
        vec!["quotes", arg(&new)],
        vec!["sentences", arg(&entities)],
        vec!["diff", arg(&old), arg(&named)],
        vec!["diff", arg(&old), arg(&named), "--format", "md"],
        vec!["sentences", "missing\u{1b}[2J\nfile.txt"],
    ];
    for args in runs {
        let out = palimpsest().args(&args).output().expect("runs");
        for (stream, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
            let text = String::from_utf8_lossy(bytes);
            // The report's own colours are the only escapes: ESC followed by `[` and a
            // colour code ending in `m`.
            let own_colours = text.match_indices('\u{1b}').all(|(at, _)| {
                text[at..].starts_with("\u{1b}[")
                    && text[at + 2..]
                        .chars()
                        .take_while(|c| *c != 'm')
                        .all(|c| c.is_ascii_digit() || c == ';')
            });
            let pwned = text.contains("\u{1b}]")
                || text.contains("\u{1b}[2J")
                || text.contains('\u{9b}')
                || text.contains('\u{8}')
                || text.contains('\u{202e}')
                || text.contains('\u{0}');
            assert!(own_colours && !pwned, "{args:?} {stream}: {text:?}");
        }
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.lines().count() <= 1,
            "{args:?}: one line: {stderr:?}"
        );
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            !stdout.lines().any(|l| l.starts_with("with newline")),
            "{args:?}: {stdout}"
        );
    }
    let out = palimpsest()
        .args(["sentences", arg(&new)])
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Title␛]0;pwned␇ here."), "{text}");
    assert!(text.contains("Nine⟨U+009B⟩31m."), "{text}");
    let out = palimpsest()
        .args(["sentences", arg(&entities)])
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Entity ␛[31mred␛[0m") && text.contains("⟨RLO⟩evil"),
        "{text}"
    );
}

#[test]
fn spreadsheets_get_no_formula_and_markdown_no_block() {
    let dir = TempDir::new().expect("temp dir");
    let old = write(
        &dir,
        "old.txt",
        "Calm words.\n\n=HYPERLINK(\"http://evil\",\"x\") is text.\n\n+1 and -2 are numbers.\n\n@mention here.",
    );
    let new = write(
        &dir,
        "new.md",
        "Calm words.\n\n=HYPERLINK(\"http://evil\",\"y\") is text.\n\n+1 and -3 are numbers.\n\n@mention there.",
    );
    let out = palimpsest()
        .args(["diff", arg(&old), arg(&new), "--format", "csv"])
        .output()
        .expect("runs");
    let mut reader = csv::Reader::from_reader(&out.stdout[..]);
    let mut cells = 0;
    for record in reader.records() {
        for cell in record.expect("a record").iter() {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{cell}"
            );
            cells += 1;
        }
    }
    assert!(cells > 20);
    assert!(String::from_utf8_lossy(&out.stdout).contains("'=HYPERLINK"));
    let hostile = write(
        &dir,
        "hostile.txt",
        "Line one.\n# Not a heading\n- not an item\n| not | a table |\n[ref]: http://evil\nEnd.",
    );
    let out = palimpsest()
        .args(["diff", arg(&old), arg(&hostile), "--format", "md"])
        .output()
        .expect("runs");
    let report = String::from_utf8_lossy(&out.stdout);
    for line in report.lines() {
        assert!(
            !line.starts_with("# Not")
                && !line.starts_with("- not")
                && !line.starts_with("| not")
                && !line.starts_with("[ref]"),
            "{line}"
        );
    }
}

#[test]
fn a_nul_anywhere_is_binary() {
    let dir = TempDir::new().expect("temp dir");
    let mut late = "Plain sentence here. ".repeat(1000).into_bytes();
    late.extend_from_slice(b"\0\0\0binary tail");
    let late = write(&dir, "late.txt", late);
    let out = palimpsest()
        .args(["sentences", arg(&late)])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("looks like a binary file"));
    assert!(!out.stdout.contains(&0));
}

#[test]
fn a_closed_or_full_output_is_said_once_or_not_at_all_never_a_panic() {
    let (dir, _, _) = pair();
    for script in [
        r#""$PALIMPSEST" diff old.txt missing.txt 2>&-"#,
        r#""$PALIMPSEST" diff old.txt missing.txt 2>/dev/full"#,
        r#""$PALIMPSEST" quotes new.txt 2>&- >/dev/null"#,
        r#""$PALIMPSEST" diff old.txt new.txt >&- 2>&-"#,
    ] {
        let out = shell(script, &dir);
        assert_ne!(out.status.code(), Some(101), "{script}: no panic");
        assert!(
            matches!(out.status.code(), Some(0..=2)),
            "{script}: {:?}",
            out.status
        );
    }
    for script in [
        r#""$PALIMPSEST" diff old.txt new.txt > /dev/full"#,
        r#""$PALIMPSEST" sentences old.txt > /dev/full"#,
        r#""$PALIMPSEST" diff old.txt new.txt --format json > /dev/full"#,
    ] {
        let out = shell(script, &dir);
        assert_eq!(out.status.code(), Some(2), "{script}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            stderr, "palimpsest: could not write the report to standard output: the disk is full\n",
            "{script}"
        );
    }
}

#[test]
fn file_names_in_any_encoding_are_read_and_named() {
    let dir = TempDir::new().expect("temp dir");
    let latin1 = std::ffi::OsStr::from_bytes(b"caf\xe9-old.txt");
    let path = dir.path().join(latin1);
    std::fs::write(&path, OLD).expect("written");
    let new = write(&dir, "new.txt", NEW);
    let out = palimpsest()
        .arg("diff")
        .arg(&path)
        .arg(&new)
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("caf\u{fffd}-old.txt"));
    let missing = dir.path().join(std::ffi::OsStr::from_bytes(b"gon\xe9.txt"));
    let out = palimpsest()
        .arg("sentences")
        .arg(&missing)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("gon\u{fffd}.txt: no such file"));
}

#[test]
fn a_lying_charset_loses_to_the_bytes() {
    let dir = TempDir::new().expect("temp dir");
    let body = "<p>Le caf\u{e9} est ferm\u{e9} depuis d\u{e9}j\u{e0} trois semaines, a dit le g\u{e9}rant.</p>";
    let latin1: Vec<u8> = body
        .chars()
        .map(|c| u8::try_from(c as u32).expect("Latin-1"))
        .collect();
    for declared in [
        "utf-16",
        "utf-16be",
        "iso-2022-kr",
        "hz-gb-2312",
        "shift_jis",
    ] {
        let mut page =
            format!("<html><head><meta charset=\"{declared}\"></head><body>").into_bytes();
        page.extend_from_slice(&latin1);
        page.extend_from_slice(b"</body></html>");
        let file = write(&dir, "page.html", page);
        let out = palimpsest()
            .args(["sentences", arg(&file)])
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(0), "{declared}");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            text.contains("Le café est fermé depuis déjà trois semaines"),
            "{declared}: {text}"
        );
    }
}
