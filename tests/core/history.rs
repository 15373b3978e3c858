//! A story's history over real revisions: every chain of versions, including a version
//! that comes back and unrelated ones, keeps the history's invariants.

use crate::common;

use palimpsest::comparison::Options;
use palimpsest::history::{History, Version};

fn version(relative: &str) -> Version {
    Version {
        document: common::load(relative),
        label: relative.to_owned(),
        time: None,
    }
}

#[test]
fn chains_of_real_revisions_keep_the_invariants() {
    let pairs = [
        "wikinews-10044-r3",
        "wikinews-106849-r1",
        "wikinews-2795820-r2",
    ];
    for name in pairs {
        let (v1, v2) = (
            format!("revisions/{name}-v1.txt"),
            format!("revisions/{name}-v2.txt"),
        );
        // Forward, back (everything restored), forward again.
        let chain = [&v1, &v2, &v1, &v2].map(|p| version(p)).to_vec();
        let h = History::new(chain, &Options::default());
        h.verify().expect("invariants");
        let back = &h.steps[1].summary;
        let restored = h
            .lineages
            .iter()
            .filter(|l| l.cells[0].is_some() && l.cells[1].is_none() && l.cells[2].is_some())
            .count();
        assert_eq!(restored, back.added.min(restored), "{name}");
        for life in &h.lifelines {
            let kinds: Vec<_> = life.events.iter().map(|e| e.version).collect();
            assert!(kinds.windows(2).all(|w| w[0] <= w[1]));
        }
    }
    let mixed = [
        "revisions/wikinews-10044-r3-v1.txt",
        "seed/putin-v1.txt",
        "seed/putin-v2.txt",
        "revisions/wikinews-106849-r1-v2.txt",
        "seed/putin-v1.txt",
    ]
    .map(version)
    .to_vec();
    let h = History::new(mixed, &Options::default());
    h.verify().expect("invariants");
    let quotes_back = h
        .lifelines
        .iter()
        .filter(|l| {
            l.events
                .iter()
                .any(|e| e.kind == palimpsest::history::EventKind::Restored)
        })
        .count();
    assert!(
        quotes_back >= 5,
        "the seed's quotations come back in the last version: {quotes_back}"
    );
}
