//! The one table of how each kind of change is named and marked, in every view and report.

use crate::comparison::{Kind, QuoteChange, QuoteKind, SentenceChange};

/// What a reader is told a row or a quotation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Label {
    /// Added in the new version.
    Added,
    /// Removed from the old version.
    Removed,
    /// Reworded.
    Edited,
    /// One sentence became several.
    Split,
    /// Several sentences became one.
    Merged,
    /// The same words, elsewhere.
    Moved,
    /// The same words, attributed to someone else.
    NewSpeaker,
    /// Nothing changed.
    Unchanged,
}

/// How a label reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Look {
    /// Its symbol, shown beside the colour so that views read without colour.
    pub symbol: &'static str,
    /// Its mark in plain-text output (one ASCII character).
    pub ascii: char,
    /// Its name in running text: "edited".
    pub name: &'static str,
    /// Its name as a heading: "Edited".
    pub heading: &'static str,
    /// Its CSS class in the HTML report.
    pub class: &'static str,
}

impl Label {
    /// Every label, in the order summaries list them.
    pub const ALL: [Self; 8] = [
        Self::Unchanged,
        Self::Moved,
        Self::Edited,
        Self::Split,
        Self::Merged,
        Self::Added,
        Self::Removed,
        Self::NewSpeaker,
    ];

    /// How this label reads.
    pub fn look(self) -> Look {
        let (symbol, ascii, name, heading, class) = match self {
            Self::Unchanged => ("=", ' ', "unchanged", "Unchanged", "unchanged"),
            Self::Moved => ("↕", '>', "moved", "Moved", "moved"),
            Self::Edited => ("~", '~', "edited", "Edited", "edited"),
            Self::Split => ("÷", '/', "split", "Split", "split"),
            Self::Merged => ("⊕", '\\', "merged", "Merged", "merged"),
            Self::Added => ("+", '+', "added", "Added", "added"),
            Self::Removed => ("−", '-', "removed", "Removed", "removed"),
            Self::NewSpeaker => ("!", '!', "new speaker", "New speaker", "speaker"),
        };
        Look {
            symbol,
            ascii,
            name,
            heading,
            class,
        }
    }

    /// The label of what happened to a sentence, moves aside.
    pub fn of_kind(kind: Kind) -> Self {
        match kind {
            Kind::Unchanged => Self::Unchanged,
            Kind::Edited => Self::Edited,
            Kind::Added => Self::Added,
            Kind::Removed => Self::Removed,
            Kind::Split => Self::Split,
            Kind::Merged => Self::Merged,
        }
    }

    /// The label of a sentence row: its kind, or "moved" for unchanged words that moved.
    pub fn of_row(change: &SentenceChange) -> Self {
        match change.kind {
            Kind::Unchanged if change.moved => Self::Moved,
            kind => Self::of_kind(kind),
        }
    }

    /// The label of a quotation change: what happened to its words, else a new speaker,
    /// else a move.
    pub fn of_quote(change: &QuoteChange) -> Self {
        match change.kind {
            QuoteKind::Added => Self::Added,
            QuoteKind::Removed => Self::Removed,
            QuoteKind::Edited => Self::Edited,
            QuoteKind::Unchanged if change.speaker_changed => Self::NewSpeaker,
            QuoteKind::Unchanged if change.moved => Self::Moved,
            QuoteKind::Unchanged => Self::Unchanged,
        }
    }
}

/// The full name of a row, its move included: "edited and moved".
pub fn row_name(change: &SentenceChange) -> String {
    let label = Label::of_row(change);
    if change.moved && label != Label::Moved {
        format!("{} and moved", label.look().name)
    } else {
        label.look().name.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_reads_differently() {
        let looks: Vec<Look> = Label::ALL.iter().map(|l| l.look()).collect();
        for (i, a) in looks.iter().enumerate() {
            for b in &looks[i + 1..] {
                assert_ne!(a.symbol, b.symbol);
                assert_ne!(a.ascii, b.ascii);
                assert_ne!(a.name, b.name);
                assert_ne!(a.class, b.class);
            }
        }
    }

    #[test]
    fn a_moved_quotation_with_a_new_speaker_is_a_new_speaker() {
        let change = QuoteChange {
            kind: QuoteKind::Unchanged,
            old: Some(0),
            new: Some(0),
            moved: true,
            speaker_changed: true,
            old_speaker: Some("A".into()),
            new_speaker: Some("B".into()),
            similarity: Some(1.0),
            words: Vec::new(),
            flags: None,
        };
        assert_eq!(Label::of_quote(&change), Label::NewSpeaker);
    }
}
