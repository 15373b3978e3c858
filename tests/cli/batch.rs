//! `palimpsest batch`: pairs from JSON Lines, results in input order, an error record for
//! a bad line without stopping, `--resume` skipping what is done.

use crate::common;

use common::{arg, palimpsest, write};
use tempfile::TempDir;

fn lines(bytes: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(bytes)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

const PAIRS: &str = r#"{"id": "a", "old": "One sentence. Two sentences.", "new": "One sentence. Three sentences."}
{"id": 7, "old": "“We will win,” Ana Ruiz said.", "new": "“We will lose,” Ana Ruiz said."}
this is not JSON
{"id": "no-new", "old": "Only one side."}

{"old": "Same.", "new": "Same."}
"#;

#[test]
fn pairs_are_compared_in_order_and_bad_lines_get_errors() {
    let dir = TempDir::new().expect("temp dir");
    let input = write(&dir, "pairs.jsonl", PAIRS);
    let out = palimpsest()
        .args(["batch", arg(&input)])
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let results = lines(&out.stdout);
    let ids: Vec<String> = results.iter().map(|r| r["id"].to_string()).collect();
    assert_eq!(ids, ["\"a\"", "7", "null", "\"no-new\"", "6"]);
    assert_eq!(results[0]["schema"], "palimpsest/report/1");
    assert_eq!(results[0]["summary"]["edited"], 1);
    assert_eq!(results[1]["quotes"][0]["kind"], "edited");
    assert!(
        results[2]["error"]
            .as_str()
            .is_some_and(|e| e.starts_with("line 3: not a pair"))
    );
    assert!(
        results[3]["error"]
            .as_str()
            .is_some_and(|e| e.contains("no \"new\" text"))
    );
    assert_eq!(results[4]["summary"]["unchanged"], 1);
    // The same from standard input, briefly.
    let out = palimpsest()
        .args(["batch", "--summary-only"])
        .write_stdin(PAIRS)
        .output()
        .expect("runs");
    let briefs = lines(&out.stdout);
    assert_eq!(briefs.len(), 5);
    assert!(briefs[1].get("sentences").is_none());
    assert_eq!(briefs[1]["flags"][0]["kind"], "quote");
}

#[test]
fn files_can_be_named_and_a_stopped_run_resumes() {
    let dir = TempDir::new().expect("temp dir");
    let old = common::fixture("seed/putin-v1.txt");
    let new = common::fixture("seed/putin-v2.txt");
    let pairs: String = (0..6)
        .map(|i| {
            format!(
                "{}\n",
                serde_json::json!({"id": format!("p{i}"), "old_path": old, "new_path": new})
            )
        })
        .collect();
    let input = write(&dir, "pairs.jsonl", &pairs);
    let output = dir.path().join("results.jsonl");
    // A run stopped after two results, the last one cut short.
    let first = palimpsest()
        .args(["batch", arg(&input), "--summary-only"])
        .output()
        .expect("runs");
    let done: Vec<&str> = std::str::from_utf8(&first.stdout)
        .expect("UTF-8")
        .lines()
        .take(2)
        .collect();
    std::fs::write(
        &output,
        format!("{}\n{}\n{{\"id\":\"p2\",\"summ", done[0], done[1]),
    )
    .expect("written");
    palimpsest()
        .args([
            "batch",
            arg(&input),
            "--summary-only",
            "--resume",
            "-o",
            arg(&output),
        ])
        .assert()
        .code(0);
    let text = std::fs::read_to_string(&output).expect("read");
    let ids: Vec<String> = text
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|v| v["id"].as_str().unwrap_or_default().to_owned())
        .collect();
    assert_eq!(ids, ["p0", "p1", "p2", "p3", "p4", "p5"], "{text}");
    let again = palimpsest()
        .args([
            "batch",
            arg(&input),
            "--summary-only",
            "--resume",
            "-o",
            arg(&output),
        ])
        .output()
        .expect("runs");
    assert_eq!(again.status.code(), Some(0));
    assert_eq!(
        std::fs::read_to_string(&output).expect("read"),
        text,
        "nothing left to do"
    );
    let results = lines(&first.stdout);
    assert!(results.iter().all(|r| r["summary"]["split"] == 1));
    let error = palimpsest()
        .args(["batch", arg(&input), "-o", arg(&input)])
        .output()
        .expect("runs");
    assert_eq!(error.status.code(), Some(2));
    assert_eq!(
        std::fs::read_to_string(&input).expect("read"),
        pairs,
        "the input is untouched"
    );
}
