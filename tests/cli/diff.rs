//! `palimpsest diff`: exit codes, standard input, options, output files.

use crate::common;

use common::{arg, palimpsest, write};
use tempfile::TempDir;

const OLD: &str = "tests/fixtures/seed/putin-v1.txt";
const NEW: &str = "tests/fixtures/seed/putin-v2.txt";

fn json(args: &[&str]) -> serde_json::Value {
    let out = palimpsest().args(args).output().expect("runs");
    serde_json::from_slice(&out.stdout).expect("JSON report")
}

#[test]
fn exit_status_says_whether_the_versions_differ() {
    palimpsest().args(["diff", OLD, OLD]).assert().code(0);
    palimpsest().args(["diff", OLD, NEW]).assert().code(1);
    palimpsest()
        .args(["diff", OLD, "missing.txt"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("palimpsest: missing.txt: no such file\n");
}

#[test]
fn the_json_report_follows_the_spec() {
    let report = json(&["diff", OLD, NEW, "--format", "json"]);
    assert_eq!(report["schema"], "palimpsest/report/1");
    assert_eq!(
        report["tool"],
        format!("palimpsest {}", env!("CARGO_PKG_VERSION"))
    );
    assert_eq!(report["options"]["similarity_threshold"], 0.5);
    assert_eq!(report["options"]["detect_moves"], true);
    assert_eq!(report["old"]["name"], OLD);
    assert_eq!(report["summary"]["split"], 1);
    assert_eq!(report["summary"]["moved"], 2);
    let unchanged = &report["sentences"][0];
    assert_eq!(unchanged["kind"], "unchanged");
    assert_eq!(unchanged["similarity"], 1.0);
    assert!(unchanged.get("words").is_none());
    let added = report["sentences"]
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["kind"] == "added")
        .expect("an added row");
    assert!(added.get("similarity").is_none());
    assert_eq!(added["old"], serde_json::json!([]));
}

#[test]
fn standard_input_is_either_version() {
    let text = std::fs::read_to_string(NEW).expect("fixture");
    palimpsest()
        .args(["diff", OLD, "-"])
        .write_stdin(text.clone())
        .assert()
        .code(1);
    palimpsest()
        .args(["diff", "-", NEW])
        .write_stdin(text)
        .assert()
        .code(0);
    palimpsest()
        .args(["diff", "-", "-"])
        .assert()
        .code(2)
        .stderr("palimpsest: -: standard input can be only one of the two versions\n");
}

#[test]
fn options_change_what_counts_as_different() {
    let dir = TempDir::new().expect("temp dir");
    let a = write(&dir, "a.txt", "He said “No” — twice. The vote was held.");
    let b = write(&dir, "b.txt", "he said \"no\" - twice. The vote was held.");
    palimpsest()
        .args(["diff", arg(&a), arg(&b)])
        .assert()
        .code(1);
    palimpsest()
        .args([
            "diff",
            arg(&a),
            arg(&b),
            "--ignore-case",
            "--normalize-typography",
        ])
        .assert()
        .code(0);
    let c = write(&dir, "c.txt", "He said, twice. The vote -- was held.");
    let d = write(&dir, "d.txt", "He said twice! The vote was held");
    palimpsest()
        .args(["diff", arg(&c), arg(&d)])
        .assert()
        .code(1);
    palimpsest()
        .args(["diff", arg(&c), arg(&d), "--ignore-punctuation"])
        .assert()
        .code(0);
    let report = json(&[
        "diff",
        arg(&a),
        arg(&c),
        "--format",
        "json",
        "--ignore-punctuation",
        "--ignore-case",
    ]);
    assert_eq!(report["options"]["ignore_punctuation"], true);
    assert_eq!(report["options"]["ignore_case"], true);
}

#[test]
fn no_moves_shows_moved_sentences_as_removed_and_added() {
    let with = json(&["diff", OLD, NEW, "--format", "json"]);
    let without = json(&["diff", OLD, NEW, "--format", "json", "--no-moves"]);
    assert_eq!(with["summary"]["moved"], 2);
    assert_eq!(without["summary"]["moved"], 0);
    assert_eq!(without["summary"]["removed"], 3);
    assert_eq!(without["summary"]["added"], 3);
    assert_eq!(without["options"]["detect_moves"], false);
}

#[test]
fn the_threshold_decides_what_is_an_edit() {
    let high = ["diff", OLD, NEW, "--format", "json", "--threshold", "0.95"];
    let in_place = json(&high);
    assert_eq!(in_place["summary"]["edited"], 2);
    assert_eq!(in_place["options"]["pair_in_place"], true);
    let strict = json(&[&high[..], &["--strict-pairs"]].concat());
    assert_eq!(strict["summary"]["edited"], 1);
    assert_eq!(strict["options"]["similarity_threshold"], 0.95);
    assert_eq!(strict["options"]["pair_in_place"], false);
    palimpsest()
        .args(["diff", OLD, NEW, "--threshold", "2"])
        .assert()
        .code(2);
}

#[test]
fn the_text_report_marks_rows_and_colours_only_when_asked() {
    let plain = palimpsest()
        .args(["diff", OLD, NEW, "--color", "never"])
        .output()
        .expect("runs");
    let plain = String::from_utf8(plain.stdout).expect("UTF-8");
    assert!(plain.contains(
        "~ !¶2   “Technology experts can invent anything and {+then +}put the blame on anyone”.  {quotation: then added}"
    ));
    assert!(plain.contains("- !¶3   [-He described the focus"));
    assert!(plain.contains(" > ¶7   He said the allegations"));
    assert!(plain.contains("[split into 2]"));
    assert!(!plain.contains('\u{1b}'));
    let colored = palimpsest()
        .args(["diff", OLD, NEW, "--color", "always"])
        .output()
        .expect("runs");
    assert!(String::from_utf8_lossy(&colored.stdout).contains("\u{1b}["));
}

#[test]
fn output_files_are_written_whole_and_never_over_an_input() {
    let dir = TempDir::new().expect("temp dir");
    let report = dir.path().join("report.json");
    palimpsest()
        .args(["diff", OLD, NEW, "--format", "json", "-o", arg(&report)])
        .assert()
        .code(1)
        .stdout("");
    let written: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report).expect("report")).expect("JSON");
    assert_eq!(written["summary"]["added"], 1);

    let old = write(&dir, "old.txt", "One sentence.");
    let new = write(&dir, "new.txt", "Another sentence.");
    palimpsest()
        .args(["diff", arg(&old), arg(&new), "-o", arg(&old)])
        .assert()
        .code(2)
        .stderr(format!(
            "palimpsest: {}: refusing to write the report over an input file\n",
            arg(&old)
        ));
    assert_eq!(
        std::fs::read_to_string(&old).expect("input"),
        "One sentence."
    );

    let nowhere = dir.path().join("no/such/folder/report.txt");
    let out = palimpsest()
        .args(["diff", arg(&old), arg(&new), "-o", arg(&nowhere)])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("could not write the report"));
}

#[test]
fn help_shows_examples() {
    palimpsest()
        .args(["--help"])
        .assert()
        .success()
        .stdout(predicates::str::contains("palimpsest diff old.txt new.txt"));
    palimpsest().args(["--version"]).assert().success().stdout(
        predicates::str::is_match(format!(
            r"^palimpsest {}( \(commit [0-9a-f]{{9}}, \d{{4}}-\d{{2}}-\d{{2}}\))?\n$",
            env!("CARGO_PKG_VERSION").replace('.', r"\.")
        ))
        .expect("a pattern"),
    );
}

#[test]
fn the_output_extension_chooses_the_format() {
    let dir = TempDir::new().expect("temp dir");
    for (name, starts) in [
        ("r.html", "<!DOCTYPE html>"),
        ("r.md", "# "),
        ("r.json", "{"),
        ("r.csv", "unit,kind,moved"),
        ("r.txt", OLD),
    ] {
        let target = dir.path().join(name);
        palimpsest()
            .args(["diff", OLD, NEW, "-o", arg(&target)])
            .assert()
            .code(1);
        let written = std::fs::read_to_string(&target).expect("report");
        assert!(
            written.starts_with(starts),
            "{name}: {}",
            &written[..40.min(written.len())]
        );
    }
    let forced = dir.path().join("r.txt");
    palimpsest()
        .args(["diff", OLD, NEW, "--format", "csv", "-o", arg(&forced)])
        .assert()
        .code(1);
    assert!(
        std::fs::read_to_string(&forced)
            .expect("report")
            .starts_with("unit,")
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with(".palimpsest-"))
        .collect();
    assert!(leftovers.is_empty(), "no temporary files left");
}

#[test]
fn only_changes_drops_unchanged_rows() {
    let all = palimpsest()
        .args(["diff", OLD, NEW, "--format", "csv"])
        .output()
        .expect("runs");
    let some = palimpsest()
        .args(["diff", OLD, NEW, "--format", "csv", "--only-changes"])
        .output()
        .expect("runs");
    let count = |out: &[u8]| String::from_utf8_lossy(out).lines().count();
    assert_eq!(count(&all.stdout), 1 + 17 + 9);
    assert_eq!(count(&some.stdout), 1 + 8 + 5);
    let text = palimpsest()
        .args(["diff", OLD, NEW, "--only-changes", "--color", "never"])
        .output()
        .expect("runs");
    assert!(!String::from_utf8_lossy(&text.stdout).contains("date 2017-06-02"));
}

#[test]
fn significant_keeps_the_changes_of_meaning() {
    let text = palimpsest()
        .args(["diff", OLD, NEW, "--significant", "--color", "never"])
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&text.stdout);
    let rows: Vec<&str> = text.lines().filter(|l| l.contains('¶')).collect();
    // The quotation edit, the removed sentence, the re-attribution and the added sentence.
    assert_eq!(rows.len(), 4, "{text}");
    assert!(rows.iter().all(|r| r.chars().nth(2) == Some('!')), "{text}");
    assert!(
        rows[2].contains("{name: Dmitry Peskov added; speaker: Vladimir Putin → Dmitry Peskov}")
    );
    assert!(
        !text.contains("could not"),
        "the copy-edit of S2 is left out"
    );
    let csv = palimpsest()
        .args(["diff", OLD, NEW, "--format", "csv", "--significant"])
        .output()
        .expect("runs");
    let csv = String::from_utf8_lossy(&csv.stdout);
    assert!(
        csv.lines()
            .next()
            .is_some_and(|h| h.ends_with(",label,flags"))
    );
    assert!(csv.contains("quotation: then added"));
    palimpsest()
        .args(["diff", OLD, NEW, "--significant", "--only-changes"])
        .assert()
        .code(2);
}

#[test]
fn a_full_disk_leaves_no_partial_report() {
    palimpsest()
        .args(["diff", OLD, NEW, "-o", "/dev/full"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "/dev/full: could not write the report",
        ));
}
