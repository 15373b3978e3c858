//! Each stage of the pipeline on the sample pair, on generated 1 MB and 10 MB pairs (1% of
//! sentences edited, removed, added or moved), and on the worst case: a 1 MB pair with every
//! paragraph moved and 20% of sentences edited; and a story's history of 100 versions.
//! `cargo bench --bench stages`.

#[path = "support/generate.rs"]
mod generate;

use std::hint::black_box;
use std::time::Duration;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use palimpsest::compare;
use palimpsest::comparison::Options;
use palimpsest::document::Document;
use palimpsest::history::{History, Version};
use palimpsest::ingest;
use palimpsest::present::Presented;
use palimpsest::report::{self, Format, ReportOptions};
use palimpsest::text;

/// A pair of article texts to benchmark on.
struct Case {
    name: &'static str,
    old: String,
    new: String,
}

fn cases() -> Vec<Case> {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let corpus = generate::corpus(&root);
    let make = |bytes: usize, edit_rate: f64, shuffle: bool| {
        let spec = generate::Spec {
            bytes,
            change_rate: 0.01,
            edit_rate,
            shuffle_paragraphs: shuffle,
            seed: 42,
        };
        let pair = generate::generate(&corpus, spec);
        (
            generate::Pair::article(&pair.old),
            generate::Pair::article(&pair.new),
        )
    };
    let seed = |name: &str| {
        std::fs::read_to_string(root.join("tests/fixtures/seed").join(name)).unwrap_or_default()
    };
    let (one_old, one_new) = make(1 << 20, 0.0, false);
    let (ten_old, ten_new) = make(10 << 20, 0.0, false);
    let (worst_old, worst_new) = make(1 << 20, 0.2, true);
    vec![
        Case {
            name: "seed",
            old: seed("putin-v1.txt"),
            new: seed("putin-v2.txt"),
        },
        Case {
            name: "1MB",
            old: one_old,
            new: one_new,
        },
        Case {
            name: "10MB",
            old: ten_old,
            new: ten_new,
        },
        Case {
            name: "1MB-reshuffled-20pct-edited",
            old: worst_old,
            new: worst_new,
        },
    ]
}

fn stages(c: &mut Criterion) {
    for case in cases() {
        let mut group = c.benchmark_group(case.name);
        if case.old.len() > 4 << 20 {
            group
                .sample_size(10)
                .measurement_time(Duration::from_secs(20));
        } else if case.old.len() > 1 << 19 {
            group
                .sample_size(20)
                .measurement_time(Duration::from_secs(10));
        }
        let bytes = case.old.as_bytes();
        group.bench_function("decode", |b| {
            b.iter(|| ingest::from_bytes(black_box(bytes), "old.txt", None));
        });
        group.bench_function("segment", |b| {
            b.iter(|| text::segment::sentences(black_box(&case.old)))
        });
        let paragraphs = text::segment::paragraphs(&case.old);
        group.bench_function("quotes", |b| {
            b.iter(|| text::quotes::find(black_box(&case.old), &paragraphs, &[]))
        });
        group.bench_function("analyse (segment, quotes, speakers)", |b| {
            b.iter(|| text::analyse(black_box(&case.old)));
        });
        let old = Document::from_text("old.txt", &case.old);
        let new = Document::from_text("new.txt", &case.new);
        group.bench_function("align and pair", |b| {
            b.iter_batched(
                || (old.clone(), new.clone()),
                |(old, new)| compare::compare(old, new, &Options::default()),
                BatchSize::LargeInput,
            );
        });
        let compared = compare::compare(old.clone(), new.clone(), &Options::default());
        group.bench_function("meaning flags (part of align and pair)", |b| {
            b.iter_batched(
                || (compared.sentences.clone(), compared.quotes.clone()),
                |(mut sentences, mut quotes)| {
                    compare::meaning::flag(&old, &new, &mut sentences, &mut quotes);
                    (sentences, quotes)
                },
                BatchSize::LargeInput,
            );
        });
        let presented = Presented::new(compared);
        group.bench_function("JSON write", |b| {
            b.iter(|| {
                let mut out = Vec::with_capacity(64 << 20);
                report::write(&mut out, &presented, Format::Json, ReportOptions::default())
            });
        });
        group.finish();
    }
}

/// A story's whole history: 100 versions of a 20 KB story (5% of sentences changed at
/// each step), read and analysed, then followed through (`palimpsest history`).
fn history(c: &mut Criterion) {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let corpus = generate::corpus(&root);
    let spec = generate::Spec {
        bytes: 20 << 10,
        change_rate: 0.05,
        edit_rate: 0.0,
        shuffle_paragraphs: false,
        seed: 7,
    };
    let texts = generate::chain(&corpus, spec, 100);
    let mut group = c.benchmark_group("history");
    group.sample_size(10);
    group.bench_function("100 versions of 20 KB (read, analyse, follow)", |b| {
        b.iter(|| {
            let versions: Vec<Version> = texts
                .iter()
                .enumerate()
                .map(|(i, text)| Version {
                    document: Document::from_text(&format!("v{i}"), text),
                    label: format!("v{i}"),
                    time: None,
                })
                .collect();
            black_box(History::new(versions, &Options::default()))
        });
    });
    group.finish();
}

criterion_group!(benches, stages, history);
criterion_main!(benches);
