//! A story's whole history: several versions, each compared with the next, and what lives
//! through them: sentence **lineages** (the version that introduced each sentence, the last
//! that edited it, the lineages it was split or merged from) and quotation **lifelines**
//! (added, edited, moved, given a new speaker, removed, restored).
//!
//! Consecutive versions are linked by their pair comparison: unchanged and edited rows
//! continue a lineage, split and merged rows start new ones whose parents are the old. A
//! sentence or quotation that disappears and comes back later with the same text (after
//! the comparison's normalisation), or with words changed but at or above the similarity
//! threshold (among the last 200 removed), continues its lineage or lifeline, null in
//! between.
//! Each version is read and analysed once; [`History::verify`] checks that every sentence
//! and quotation of every version is in exactly one cell (tests and fuzzing use it).

use std::collections::HashMap;
use std::time::SystemTime;

use crate::compare::{self, normalize, words};
use crate::comparison::{Comparison, Kind, Options, QuoteKind};
use crate::document::Document;

/// One version of the story.
#[derive(Debug, Clone)]
pub struct Version {
    /// The version, read and analysed.
    pub document: Document,
    /// What to call it: the file name, or a git revision.
    pub label: String,
    /// When it was written: the commit time or the file's modification time.
    pub time: Option<SystemTime>,
}

/// A sentence through the versions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lineage {
    /// Per version, that version's sentence id, or `None` where it is absent.
    pub cells: Vec<Option<usize>>,
    /// The version where it first appears.
    pub introduced: usize,
    /// The last version where it was edited, if it ever was.
    pub last_changed: Option<usize>,
    /// The lineages it came from by a split or a merge.
    pub parents: Vec<usize>,
}

/// What happened to a quotation at a version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// It appears for the first time.
    Added,
    /// Its words changed.
    Edited,
    /// It is gone.
    Removed,
    /// It came back after being removed.
    Restored,
    /// It moved out of order.
    Moved,
    /// Someone else is said to have said it (or no one, or someone now).
    SpeakerChanged,
}

impl EventKind {
    /// The event in words: `added`, `speaker changed`.
    pub fn words(self) -> &'static str {
        match self {
            Self::Added => "added",
            Self::Edited => "edited",
            Self::Removed => "removed",
            Self::Restored => "restored",
            Self::Moved => "moved",
            Self::SpeakerChanged => "speaker changed",
        }
    }

    /// The event as a symbol: `+ ~ − ↺ ↕ !`.
    pub fn symbol(self) -> &'static str {
        match self {
            Self::Added => "+",
            Self::Edited => "~",
            Self::Removed => "−",
            Self::Restored => "↺",
            Self::Moved => "↕",
            Self::SpeakerChanged => "!",
        }
    }
}

/// One event of a quotation's life.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// The version where it happened.
    pub version: usize,
    /// What happened.
    pub kind: EventKind,
    /// The speaker at that version (the last one for a removal).
    pub speaker: Option<String>,
}

/// A quotation through the versions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lifeline {
    /// Per version, that version's quotation id, or `None` where it is absent.
    pub cells: Vec<Option<usize>>,
    /// What happened to it, in order.
    pub events: Vec<Event>,
}

/// The versions, the comparison of each with the next, and the lineages and lifelines.
#[derive(Debug, Clone)]
pub struct History {
    /// What decided the comparisons.
    pub options: Options,
    /// The versions, oldest first.
    pub versions: Vec<Version>,
    /// `steps[i]` compares version `i` with version `i + 1`.
    pub steps: Vec<Comparison>,
    /// Every sentence's lineage.
    pub lineages: Vec<Lineage>,
    /// Every quotation's lifeline.
    pub lifelines: Vec<Lifeline>,
    /// Some step ran out of time and may be incomplete.
    pub approximate: bool,
    /// Per version, the lineage of each of its sentences.
    by_sentence: Vec<Vec<usize>>,
}

impl History {
    /// Compares each of `versions` (oldest first) with the next and follows every
    /// sentence and quotation through them.
    pub fn new(versions: Vec<Version>, options: &Options) -> Self {
        let steps: Vec<Comparison> = versions
            .windows(2)
            .map(|pair| {
                compare::compare(pair[0].document.clone(), pair[1].document.clone(), options)
            })
            .collect();
        let lineages = lineages(&versions, &steps, options);
        let lifelines = lifelines(&versions, &steps, options);
        let approximate = steps.iter().any(|s| s.approximate);
        let mut by_sentence: Vec<Vec<usize>> = versions
            .iter()
            .map(|v| vec![usize::MAX; v.document.sentences.len()])
            .collect();
        for (id, lineage) in lineages.iter().enumerate() {
            for (v, cell) in lineage.cells.iter().enumerate() {
                if let Some(slot) = cell.and_then(|s| by_sentence[v].get_mut(s)) {
                    *slot = id;
                }
            }
        }
        Self {
            options: *options,
            versions,
            steps,
            lineages,
            lifelines,
            approximate,
            by_sentence,
        }
    }

    /// Checks the invariants: every step keeps those of a comparison; every sentence and
    /// quotation of every version is in exactly one cell; cells match the versions; events
    /// are in order, and a restoration follows a removal; parents name earlier lineages.
    pub fn verify(&self) -> Result<(), String> {
        let count = self.versions.len();
        for (i, step) in self.steps.iter().enumerate() {
            compare::verify::comparison(step).map_err(|e| format!("step {i}: {e}"))?;
        }
        let check = |what: &str,
                     cells: &mut dyn Iterator<Item = &[Option<usize>]>,
                     sizes: &dyn Fn(usize) -> usize| {
            let mut seen: Vec<Vec<u32>> = (0..count).map(|v| vec![0; sizes(v)]).collect();
            for (t, cells) in cells.enumerate() {
                if cells.len() != count {
                    return Err(format!(
                        "{what} {t} has {} cells for {count} versions",
                        cells.len()
                    ));
                }
                for (v, cell) in cells.iter().enumerate() {
                    if let Some(id) = *cell {
                        let slot = seen[v]
                            .get_mut(id)
                            .ok_or_else(|| format!("{what} {t}: no item {id} in version {v}"))?;
                        *slot += 1;
                    }
                }
            }
            for (v, counts) in seen.iter().enumerate() {
                if let Some(id) = counts.iter().position(|&n| n != 1) {
                    return Err(format!(
                        "item {id} of version {v} is in {} {what} cells",
                        counts[id]
                    ));
                }
            }
            Ok(())
        };
        check(
            "lineage",
            &mut self.lineages.iter().map(|l| l.cells.as_slice()),
            &|v| self.versions[v].document.sentences.len(),
        )?;
        check(
            "lifeline",
            &mut self.lifelines.iter().map(|l| l.cells.as_slice()),
            &|v| self.versions[v].document.quotes.len(),
        )?;
        for (id, lineage) in self.lineages.iter().enumerate() {
            if lineage.parents.iter().any(|&p| p >= id) {
                return Err(format!("lineage {id} names a later parent"));
            }
            if lineage
                .cells
                .get(lineage.introduced)
                .is_none_or(Option::is_none)
            {
                return Err(format!("lineage {id} is absent where it was introduced"));
            }
        }
        for (id, life) in self.lifelines.iter().enumerate() {
            if life.events.windows(2).any(|w| w[0].version > w[1].version) {
                return Err(format!("lifeline {id}: events out of order"));
            }
            let mut gone = false;
            for e in &life.events {
                match e.kind {
                    EventKind::Removed => gone = true,
                    EventKind::Restored if !gone => {
                        return Err(format!(
                            "lifeline {id}: restored at {} without a removal",
                            e.version
                        ));
                    }
                    EventKind::Restored => gone = false,
                    _ => {}
                }
            }
        }
        Ok(())
    }

    /// The lineage that holds sentence `id` of version `version`.
    pub fn lineage_of(&self, version: usize, id: usize) -> Option<usize> {
        self.by_sentence
            .get(version)?
            .get(id)
            .copied()
            .filter(|&l| l != usize::MAX)
    }

    /// A lineage's sentence where it last appears.
    pub fn sentence_text(&self, lineage: &Lineage) -> &str {
        last_of(&lineage.cells, |v, s| {
            self.versions[v].document.sentence_text(s)
        })
    }

    /// A lifeline's quoted words where it last appears.
    pub fn quote_text(&self, life: &Lifeline) -> &str {
        last_of(&life.cells, |v, q| self.versions[v].document.quote_text(q))
    }
}

/// The text of the last filled cell of `cells`, as `text` gives it (version, id).
fn last_of<'a>(cells: &[Option<usize>], text: impl Fn(usize, usize) -> &'a str) -> &'a str {
    cells
        .iter()
        .enumerate()
        .rev()
        .find_map(|(v, cell)| cell.map(|id| text(v, id)))
        .unwrap_or_default()
}

/// How many removed sentences or quotations are kept to be restored by similarity.
const DORMANT: usize = 200;

/// Lineages or lifelines being built: which one holds each item of the current version,
/// and the ones that were removed, waiting to be restored: by their text's key, and the
/// most recent by their text, for a return with some words changed.
#[derive(Default)]
struct Threads {
    current: Vec<usize>,
    dormant: HashMap<u64, usize>,
    recent: Vec<Dormant>,
}

/// A removed thread kept to be restored by similarity: its id, its text's key, its text
/// and its content words (to pass over unlike texts without a word diff).
struct Dormant {
    id: usize,
    key: u64,
    text: String,
    content: Vec<u64>,
}

impl Threads {
    /// Thread `id` is gone, with `text`.
    fn sleep(&mut self, id: usize, text: &str, options: &Options) {
        let key = normalize::key(text, options);
        self.dormant.entry(key).or_insert(id);
        self.recent.push(Dormant {
            id,
            key,
            text: text.to_owned(),
            content: words::content_keys(text, options),
        });
        if self.recent.len() > DORMANT {
            self.recent.remove(0);
        }
    }

    /// The removed thread that `text` brings back: the same text after normalisation,
    /// or else the most similar recent one at or above the similarity threshold. Returns
    /// it and whether its words changed.
    fn wake(&mut self, text: &str, options: &Options) -> Option<(usize, bool)> {
        let key = normalize::key(text, options);
        if let Some(id) = self.dormant.remove(&key) {
            self.recent.retain(|d| d.id != id);
            return Some((id, false));
        }
        // Texts that share few content words cannot reach the threshold in order: only
        // the others are diffed word by word.
        let content = words::content_keys(text, options);
        let (at, _) = self
            .recent
            .iter()
            .enumerate()
            .filter(|(_, d)| {
                words::dice(&d.content, &content) >= options.similarity_threshold * 0.5
            })
            .map(|(at, d)| (at, words::diff(&d.text, text, options, None).similarity))
            .filter(|&(_, similarity)| similarity >= options.similarity_threshold)
            .max_by(|a, b| a.1.total_cmp(&b.1))?;
        let gone = self.recent.remove(at);
        self.dormant.remove(&gone.key);
        Some((gone.id, true))
    }
}

fn lineages(versions: &[Version], steps: &[Comparison], options: &Options) -> Vec<Lineage> {
    let count = versions.len();
    let blank = |introduced: usize, parents: Vec<usize>| Lineage {
        cells: vec![None; count],
        introduced,
        last_changed: None,
        parents,
    };
    let mut out: Vec<Lineage> = Vec::new();
    let Some(first) = versions.first() else {
        return out;
    };
    let mut threads = Threads::default();
    for id in 0..first.document.sentences.len() {
        let mut lineage = blank(0, Vec::new());
        lineage.cells[0] = Some(id);
        threads.current.push(out.len());
        out.push(lineage);
    }
    for (step, c) in steps.iter().enumerate() {
        let to = step + 1;
        let mut next = vec![usize::MAX; c.new.sentences.len()];
        for change in &c.sentences {
            match change.kind {
                Kind::Unchanged | Kind::Edited => {
                    if let (Some(&o), Some(&n)) = (change.old.first(), change.new.first()) {
                        let id = threads.current[o];
                        out[id].cells[to] = Some(n);
                        if change.kind == Kind::Edited {
                            out[id].last_changed = Some(to);
                        }
                        next[n] = id;
                    }
                }
                Kind::Split | Kind::Merged => {
                    let parents: Vec<usize> =
                        change.old.iter().map(|&o| threads.current[o]).collect();
                    for &n in &change.new {
                        let mut lineage = blank(to, parents.clone());
                        lineage.cells[to] = Some(n);
                        next[n] = out.len();
                        out.push(lineage);
                    }
                }
                Kind::Added => {
                    for &n in &change.new {
                        let id = match threads.wake(c.new.sentence_text(n), options) {
                            Some((id, changed)) => {
                                if changed {
                                    out[id].last_changed = Some(to);
                                }
                                id
                            }
                            None => {
                                out.push(blank(to, Vec::new()));
                                out.len() - 1
                            }
                        };
                        out[id].cells[to] = Some(n);
                        next[n] = id;
                    }
                }
                Kind::Removed => {
                    for &o in &change.old {
                        threads.sleep(threads.current[o], c.old.sentence_text(o), options);
                    }
                }
            }
        }
        // A comparison holds every sentence in one row; should one be missing, it still
        // gets a lineage of its own.
        for (n, id) in next
            .iter_mut()
            .enumerate()
            .filter(|(_, id)| **id == usize::MAX)
        {
            let mut lineage = blank(to, Vec::new());
            lineage.cells[to] = Some(n);
            *id = out.len();
            out.push(lineage);
        }
        threads.current = next;
    }
    out
}

fn lifelines(versions: &[Version], steps: &[Comparison], options: &Options) -> Vec<Lifeline> {
    let count = versions.len();
    let mut out: Vec<Lifeline> = Vec::new();
    let Some(first) = versions.first() else {
        return out;
    };
    let mut threads = Threads::default();
    for (id, quote) in first.document.quotes.iter().enumerate() {
        let mut cells = vec![None; count];
        cells[0] = Some(id);
        threads.current.push(out.len());
        out.push(Lifeline {
            cells,
            events: vec![Event {
                version: 0,
                kind: EventKind::Added,
                speaker: quote.speaker.clone(),
            }],
        });
    }
    for (step, c) in steps.iter().enumerate() {
        let to = step + 1;
        let mut next = vec![usize::MAX; c.new.quotes.len()];
        for change in &c.quotes {
            let event = |kind: EventKind| Event {
                version: to,
                kind,
                speaker: change.new_speaker.clone(),
            };
            match (change.kind, change.old, change.new) {
                (QuoteKind::Unchanged | QuoteKind::Edited, Some(o), Some(n)) => {
                    let id = threads.current[o];
                    let life = &mut out[id];
                    life.cells[to] = Some(n);
                    if change.kind == QuoteKind::Edited {
                        life.events.push(event(EventKind::Edited));
                    }
                    if change.moved {
                        life.events.push(event(EventKind::Moved));
                    }
                    if change.speaker_changed {
                        life.events.push(event(EventKind::SpeakerChanged));
                    }
                    next[n] = id;
                }
                (QuoteKind::Added, _, Some(n)) => {
                    let id = match threads.wake(c.new.quote_text(n), options) {
                        Some((id, changed)) => {
                            out[id].events.push(event(EventKind::Restored));
                            if changed {
                                out[id].events.push(event(EventKind::Edited));
                            }
                            id
                        }
                        None => {
                            out.push(Lifeline {
                                cells: vec![None; count],
                                events: vec![event(EventKind::Added)],
                            });
                            out.len() - 1
                        }
                    };
                    out[id].cells[to] = Some(n);
                    next[n] = id;
                }
                (QuoteKind::Removed, Some(o), _) => {
                    let id = threads.current[o];
                    out[id].events.push(Event {
                        version: to,
                        kind: EventKind::Removed,
                        speaker: change.old_speaker.clone(),
                    });
                    threads.sleep(id, c.old.quote_text(o), options);
                }
                _ => {}
            }
        }
        for (n, id) in next
            .iter_mut()
            .enumerate()
            .filter(|(_, id)| **id == usize::MAX)
        {
            let mut cells = vec![None; count];
            cells[to] = Some(n);
            *id = out.len();
            out.push(Lifeline {
                cells,
                events: vec![Event {
                    version: to,
                    kind: EventKind::Added,
                    speaker: c.new.quotes[n].speaker.clone(),
                }],
            });
        }
        threads.current = next;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn version(label: &str, text: &str) -> Version {
        Version {
            document: Document::from_text(label, text),
            label: label.to_owned(),
            time: None,
        }
    }

    #[test]
    fn sentences_and_quotations_are_followed_through_the_versions() {
        let versions = vec![
            version(
                "v1",
                "The council met on Monday. “We will win,” Ana Ruiz said. Rain fell all day.",
            ),
            version(
                "v2",
                "The council met on Tuesday. Rain fell all day. Then the sun came out again.",
            ),
            version(
                "v3",
                "The council met on Tuesday. “We will win,” Ana Ruiz said. Rain fell all day. Then the sun came out again.",
            ),
        ];
        let h = History::new(versions, &Options::default());
        h.verify().expect("invariants");
        let met = &h.lineages[h.lineage_of(2, 0).expect("a lineage")];
        assert_eq!(met.cells, [Some(0), Some(0), Some(0)]);
        assert_eq!((met.introduced, met.last_changed), (0, Some(1)));
        let quote = &h.lineages[h.lineage_of(2, 1).expect("a lineage")];
        assert_eq!(quote.cells, [Some(1), None, Some(1)], "restored");
        let sun = &h.lineages[h.lineage_of(2, 3).expect("a lineage")];
        assert_eq!((sun.introduced, sun.last_changed), (1, None));
        assert_eq!(h.lifelines.len(), 1);
        let kinds: Vec<(usize, EventKind)> = h.lifelines[0]
            .events
            .iter()
            .map(|e| (e.version, e.kind))
            .collect();
        assert_eq!(
            kinds,
            [
                (0, EventKind::Added),
                (1, EventKind::Removed),
                (2, EventKind::Restored)
            ]
        );
        assert_eq!(h.lifelines[0].cells, [Some(0), None, Some(0)]);
    }

    #[test]
    fn a_sentence_that_comes_back_reworded_continues_its_lineage() {
        let versions = vec![
            version(
                "v1",
                "The council met on Monday. “We will win the vote,” Ana Ruiz said.",
            ),
            version("v2", "The council met on Monday."),
            version(
                "v3",
                "The council met on Monday. “We will surely win the vote,” Ana Ruiz said.",
            ),
        ];
        let h = History::new(versions, &Options::default());
        h.verify().expect("invariants");
        assert_eq!(h.lineages.len(), 2);
        assert_eq!(h.lineages[1].cells, [Some(1), None, Some(1)]);
        assert_eq!(h.lineages[1].last_changed, Some(2));
        let kinds: Vec<EventKind> = h.lifelines[0].events.iter().map(|e| e.kind).collect();
        assert_eq!(
            kinds,
            [
                EventKind::Added,
                EventKind::Removed,
                EventKind::Restored,
                EventKind::Edited
            ]
        );
    }

    #[test]
    fn a_split_starts_lineages_with_their_parent() {
        let versions = vec![
            version(
                "v1",
                "He asks whether he despises Snowden, who was given refuge in Russia after the leak.",
            ),
            version(
                "v2",
                "He asks whether he despises Snowden. Snowden was given refuge in Russia after the leak.",
            ),
        ];
        let h = History::new(versions, &Options::default());
        h.verify().expect("invariants");
        assert_eq!(h.lineages.len(), 3);
        assert_eq!(h.lineages[1].parents, [0]);
        assert_eq!(h.lineages[2].parents, [0]);
        assert_eq!(h.lineages[1].introduced, 1);
    }
}
