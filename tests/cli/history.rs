//! `palimpsest history`: several files, a folder, and a file's commits in a git
//! repository, reported as the spec's history JSON, text, Markdown and CSV.

use crate::common;

use std::process::Command;

use common::{arg, palimpsest, write};
use tempfile::TempDir;

const V1: &str = "The council met on Monday. “We will win,” Ana Ruiz said. Rain fell all day.";
const V2: &str = "The council met on Tuesday. Rain fell all day. Then the sun came out again.";
const V3: &str = "The council met on Tuesday. “We will win,” Ana Ruiz said. Rain fell all day. Then the sun came out again.";

fn json(args: &[&str]) -> serde_json::Value {
    let out = palimpsest().args(args).output().expect("runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON")
}

/// The spec's invariant: every sentence and quotation of every version in exactly one cell.
fn check_cells(report: &serde_json::Value) {
    let versions = report["versions"].as_array().expect("versions");
    for (list, items) in [("lineages", "sentences"), ("quote_lifelines", "quotes")] {
        for (v, version) in versions.iter().enumerate() {
            let count = version[items].as_array().expect("items").len();
            let mut seen = vec![0; count];
            for thread in report[list].as_array().expect("threads") {
                assert_eq!(
                    thread["cells"].as_array().expect("cells").len(),
                    versions.len()
                );
                if let Some(id) = thread["cells"][v].as_u64() {
                    seen[usize::try_from(id).expect("small")] += 1;
                }
            }
            assert!(
                seen.iter().all(|&n| n == 1),
                "{list} of version {v}: {seen:?}"
            );
        }
    }
}

#[test]
fn three_files_make_a_history_as_the_spec_says() {
    let dir = TempDir::new().expect("temp dir");
    let files = [
        write(&dir, "a.txt", V1),
        write(&dir, "b.txt", V2),
        write(&dir, "c.txt", V3),
    ];
    let report = json(&[
        "history",
        arg(&files[0]),
        arg(&files[1]),
        arg(&files[2]),
        "--format",
        "json",
    ]);
    assert_eq!(report["schema"], "palimpsest/history/1");
    assert_eq!(report["versions"].as_array().expect("versions").len(), 3);
    assert_eq!(report["versions"][0]["label"], "a.txt");
    assert!(
        report["versions"][0]["time"]
            .as_str()
            .is_some_and(|t| t.ends_with('Z'))
    );
    assert_eq!(report["steps"].as_array().expect("steps").len(), 2);
    assert_eq!(report["steps"][1]["from"], 1);
    assert!(report["steps"][0]["summary"]["edited"].as_u64() == Some(1));
    check_cells(&report);
    let life = &report["quote_lifelines"][0];
    let kinds: Vec<&str> = life["events"]
        .as_array()
        .expect("events")
        .iter()
        .map(|e| e["kind"].as_str().expect("kind"))
        .collect();
    assert_eq!(kinds, ["added", "removed", "restored"]);
    assert_eq!(life["cells"], serde_json::json!([0, null, 0]));
    assert_eq!(report["summary"]["versions"], 3);
    assert_eq!(report["summary"]["quotes_restored"], 1);
    // The text timeline, Markdown and CSV say the same.
    let out = palimpsest()
        .args(["history", arg(&files[0]), arg(&files[1]), arg(&files[2])])
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("3 versions\n"), "{text}");
    assert!(text.contains("v3 restored — Ana Ruiz"), "{text}");
    let md = dir.path().join("history.md");
    palimpsest()
        .args([
            "history",
            arg(&files[0]),
            arg(&files[1]),
            arg(&files[2]),
            "-o",
            arg(&md),
        ])
        .assert()
        .code(0);
    let md = std::fs::read_to_string(md).expect("written");
    assert!(
        md.contains("| “We will win” | added | removed | restored |"),
        "{md}"
    );
    let out = palimpsest()
        .args([
            "history",
            arg(&files[0]),
            arg(&files[1]),
            arg(&files[2]),
            "--format",
            "csv",
        ])
        .output()
        .expect("runs");
    let csv = String::from_utf8_lossy(&out.stdout);
    assert!(
        csv.lines()
            .next()
            .is_some_and(|l| l == "unit,id,version,event,parents,speaker,text")
    );
    assert!(csv.contains("quote,0,3,restored,,Ana Ruiz,"), "{csv}");
}

#[test]
fn a_folder_is_read_in_name_order_and_mtime_sorts_when_asked() {
    let dir = TempDir::new().expect("temp dir");
    write(&dir, "2-second.txt", V2);
    write(&dir, "1-first.txt", V1);
    write(&dir, "3-third.txt", V3);
    let report = json(&["history", arg(dir.path()), "--format", "json"]);
    let labels: Vec<&str> = report["versions"]
        .as_array()
        .expect("versions")
        .iter()
        .map(|v| v["label"].as_str().expect("label"))
        .collect();
    assert_eq!(labels, ["1-first.txt", "2-second.txt", "3-third.txt"]);
    check_cells(&report);
}

#[test]
fn a_files_commits_are_its_versions() {
    let dir = TempDir::new().expect("temp dir");
    let git = |args: &[&str]| {
        let status = Command::new("git")
            .args([
                "-c",
                "user.name=Test",
                "-c",
                "user.email=test@example.org",
                "-c",
                "commit.gpgsign=false",
            ])
            .args(args)
            .current_dir(dir.path())
            .status()
            .expect("git runs");
        assert!(status.success(), "git {args:?}");
    };
    git(&["init", "-q"]);
    std::fs::create_dir(dir.path().join("posts")).expect("folder");
    for (i, text) in [V1, V2, V3].iter().enumerate() {
        std::fs::write(dir.path().join("posts/story.md"), text).expect("written");
        std::fs::write(dir.path().join("other.txt"), format!("unrelated {i}")).expect("written");
        git(&["add", "."]);
        git(&["commit", "-q", "-m", &format!("version {i}")]);
    }
    std::fs::write(dir.path().join("other.txt"), "only the other file").expect("written");
    git(&["commit", "-q", "-am", "other"]);
    let story = dir.path().join("posts/story.md");
    let report = json(&["history", "--git", arg(&story), "--format", "json"]);
    let versions = report["versions"].as_array().expect("versions");
    assert_eq!(
        versions.len(),
        3,
        "one version per commit that changed the file"
    );
    assert!(
        versions
            .iter()
            .all(|v| v["label"].as_str().is_some_and(|l| l.len() >= 7))
    );
    assert_eq!(
        report["quote_lifelines"][0]["events"][2]["kind"],
        "restored"
    );
    check_cells(&report);
    let out = palimpsest()
        .args(["history", "--git", arg(&dir.path().join("nowhere.md"))])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nowhere.md"));
    let out = palimpsest()
        .args(["history", arg(&story)])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("at least two versions"));
}
