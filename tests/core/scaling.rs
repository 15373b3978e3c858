//! Time per input byte must not grow with the input: for each shape of hostile text that
//! once took quadratic time (runs of `?!` or emoji between full stops, a transcript of
//! short "he said" sentences, alternating « » and “ ” marks, a one-word-a-line pair, HTML
//! with thousands of unclosed or stray `<div>`s or of attributes), reading and comparing
//! an input four times larger must take less than ten times as long (linear work takes
//! four, quadratic sixteen). The best of three runs is timed, to keep noise out.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use palimpsest::compare;
use palimpsest::comparison::Options;
use palimpsest::document::Document;
use palimpsest::ingest;

/// Reads `old` and `new` (as files named `name`) and compares them.
fn run(name: &str, old: &str, new: &str) {
    let read = |text: &str| {
        let loaded =
            ingest::from_bytes(text.as_bytes(), name, Some(PathBuf::from(name))).expect("readable");
        Document::from_loaded(loaded)
    };
    let c = compare::compare(read(old), read(new), &Options::default());
    assert!(!c.approximate, "{name}: finished within the time budget");
}

fn best_of_three(name: &str, old: &str, new: &str) -> Duration {
    (0..3)
        .map(|_| {
            let started = Instant::now();
            run(name, old, new);
            started.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// A hostile shape: its file name, and the old and new text of about `bytes` bytes.
type Shape = (&'static str, fn(usize) -> (String, String));

fn repeat(unit: impl Fn(usize) -> String, bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 256);
    let mut i = 0;
    while out.len() < bytes {
        out.push_str(&unit(i));
        i += 1;
    }
    out
}

/// The same text, with every seventh unit's number changed: a real comparison to do.
fn edited(unit: impl Fn(usize) -> String + Copy, bytes: usize) -> (String, String) {
    (
        repeat(unit, bytes),
        repeat(
            move |i| unit(if i % 7 == 3 { i + 100_000 } else { i }),
            bytes,
        ),
    )
}

const SHAPES: &[Shape] = &[
    ("marks.txt", |n| {
        edited(|i| format!("Word{i} really{} fine. ", "?!".repeat(150)), n)
    }),
    ("emoji.txt", |n| {
        edited(|i| format!("Wow{i} {} ok. ", "😀🎉".repeat(60)), n)
    }),
    ("spaced-marks.txt", |n| {
        let run = "? ".repeat(n / 2);
        (
            format!("Start. {run}. End."),
            format!("Start now. {run}. End."),
        )
    }),
    ("emoji-sentences.txt", |n| {
        let run = "😀. ".repeat(n / 6);
        (format!("Start. {run}End."), format!("Start now. {run}End."))
    }),
    ("transcript.txt", |n| {
        edited(|i| format!("“Yes {i},” he said. “No,” she said. "), n)
    }),
    ("alternating.txt", |n| {
        edited(|i| format!("« a{i} “ b » c ” "), n)
    }),
    ("lines.txt", |n| {
        edited(|i| format!("w{}\n", i % 5000 + usize::from(i % 11 == 0)), n)
    }),
    ("divs.html", |n| {
        edited(|i| format!("<div>Para {i} text. "), n)
    }),
    ("stray.html", |n| {
        edited(|i| format!("</div></span>Text {i}. "), n)
    }),
    ("one-tag.html", |n| {
        let attributes: String = (0..n / 12).map(|j| format!(" a{j}=\"{j}\"")).collect();
        (
            format!("<p{attributes}>Old text.</p>"),
            format!("<p{attributes}>New text.</p>"),
        )
    }),
    ("attributes.html", |n| {
        edited(
            |i| {
                let attributes: String = (0..400).map(|j| format!(" a{j}=\"{j}\"")).collect();
                format!("<p{attributes}>Text {i}.</p>")
            },
            n,
        )
    }),
];

#[test]
fn time_per_byte_does_not_grow_with_the_input() {
    let small = 40_000;
    let mut slow = Vec::new();
    for (name, make) in SHAPES {
        let (old, new) = make(small);
        let (big_old, big_new) = make(small * 4);
        let base = best_of_three(name, &old, &new);
        let big = best_of_three(name, &big_old, &big_new);
        let ratio = big.as_secs_f64() / base.as_secs_f64().max(1e-4);
        eprintln!("{name}: {base:?} → {big:?} for 4× the bytes ({ratio:.1}×)");
        if ratio > 10.0 {
            slow.push(format!("{name}: {ratio:.1}×"));
        }
    }
    assert!(slow.is_empty(), "super-linear: {slow:?}");
}

#[test]
fn a_comparison_cut_short_says_so() {
    let words: Vec<String> = (0..20_000)
        .map(|i| format!("w{}", i * 7919 % 5003))
        .collect();
    let old = words.join("\n");
    let new = words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            if i % 5 == 0 {
                format!("x{i}")
            } else {
                w.clone()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    let cut = compare::compare_until(
        Document::from_text("old.txt", &old),
        Document::from_text("new.txt", &new),
        &Options::default(),
        Some(Instant::now()),
    );
    assert!(
        cut.approximate,
        "a deadline already past cuts the word diff short"
    );
    let whole = compare::compare_until(
        Document::from_text("old.txt", &old),
        Document::from_text("new.txt", &new),
        &Options::default(),
        None,
    );
    assert!(!whole.approximate);
}
