//! The one table of how each kind of change is named and marked, in every view and report.

use crate::comparison::{Flag, FlagKind, Kind, QuoteChange, QuoteKind, SentenceChange};

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

/// How a kind of flag reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FlagLook {
    /// Its symbol, on badges.
    pub symbol: &'static str,
    /// Its name in running text: "number".
    pub name: &'static str,
}

/// How a kind of flag reads: `№` number, `◷` date, `👤` name, `¬` negation, `❞`
/// attribution, `≈` certainty, `❝` quotation, `!` speaker.
pub fn flag_look(kind: FlagKind) -> FlagLook {
    let (symbol, name) = match kind {
        FlagKind::Number => ("№", "number"),
        FlagKind::Date => ("◷", "date"),
        FlagKind::Name => ("👤", "name"),
        FlagKind::Negation => ("¬", "negation"),
        FlagKind::Attribution => ("❞", "attribution"),
        FlagKind::Modality => ("≈", "certainty"),
        FlagKind::Quote => ("❝", "quotation"),
        FlagKind::Speaker => ("!", "speaker"),
    };
    FlagLook { symbol, name }
}

/// What a flag says changed: "16 → 18 per cent", "not added", "allegedly dropped"
/// (speakers as "Putin → Peskov", "no speaker" for none). Long words are shortened.
pub fn flag_words(flag: &Flag) -> String {
    let cut = |words: &str| super::shorten(&super::one_line(words), 48);
    if flag.kind == FlagKind::Speaker {
        return format!(
            "{} → {}",
            super::speaker_or_nobody(flag.old.as_deref()),
            super::speaker_or_nobody(flag.new.as_deref())
        );
    }
    match (&flag.old, &flag.new) {
        (Some(old), Some(new)) => format!("{} → {}", cut(old), cut(new)),
        (None, Some(new)) => format!("{} added", cut(new)),
        (Some(old), None) => format!("{} dropped", cut(old)),
        (None, None) => flag_look(flag.kind).name.to_owned(),
    }
}

/// A flag as a badge: its symbol and words, "№ 16 → 18 per cent".
pub fn flag_badge(flag: &Flag) -> String {
    format!("{} {}", flag_look(flag.kind).symbol, flag_words(flag))
}

/// A flag in a line of text: its name and words, "number: 16 → 18 per cent".
pub fn flag_line(flag: &Flag) -> String {
    format!("{}: {}", flag_look(flag.kind).name, flag_words(flag))
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
    fn every_flag_reads_differently_and_says_its_words() {
        for (i, a) in FlagKind::ALL.iter().enumerate() {
            for b in &FlagKind::ALL[i + 1..] {
                assert_ne!(flag_look(*a).symbol, flag_look(*b).symbol);
                assert_ne!(flag_look(*a).name, flag_look(*b).name);
            }
        }
        let flag = |kind, old: Option<&str>, new: Option<&str>| Flag {
            kind,
            old: old.map(str::to_owned),
            new: new.map(str::to_owned),
        };
        let cases = [
            (
                flag(FlagKind::Number, Some("16"), Some("18 per cent")),
                "№ 16 → 18 per cent",
            ),
            (flag(FlagKind::Negation, None, Some("not")), "¬ not added"),
            (
                flag(FlagKind::Modality, Some("allegedly"), None),
                "≈ allegedly dropped",
            ),
            (
                flag(FlagKind::Speaker, None, Some("Dmitry Peskov")),
                "! no speaker → Dmitry Peskov",
            ),
        ];
        for (flag, badge) in cases {
            assert_eq!(flag_badge(&flag), badge);
        }
        assert_eq!(
            flag_line(&flag(FlagKind::Date, Some("Monday"), Some("Tuesday"))),
            "date: Monday → Tuesday"
        );
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
