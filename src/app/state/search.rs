//! What the search bar (Ctrl+F) remembers: the query, the rows that match it, and which
//! match is current.

use crate::comparison::Comparison;

use crate::app::text_layout;

/// The search bar's state.
#[derive(Debug, Default)]
pub struct Search {
    /// The bar is shown.
    pub open: bool,
    /// Give the field the keyboard focus next frame.
    pub focus: bool,
    /// What is typed in the field.
    pub text: String,
    /// The query the matches were found for.
    searched: Option<String>,
    /// Rows whose old or new text matches, in display order.
    matches: Vec<usize>,
    /// The current match (index into `matches`).
    at: Option<usize>,
}

impl Search {
    /// The query to highlight, when the bar is open and not empty.
    pub fn query(&self) -> Option<&str> {
        (self.open && !self.text.trim().is_empty()).then_some(self.text.trim())
    }

    /// Forgets the matches (the comparison changed).
    pub fn invalidate(&mut self) {
        self.searched = None;
    }

    /// Finds the rows that match the typed query, unless they are known already.
    pub fn refresh(&mut self, c: &Comparison) {
        let query = self.text.trim().to_owned();
        if self.searched.as_deref() == Some(query.as_str()) {
            return;
        }
        self.matches = if query.is_empty() {
            Vec::new()
        } else {
            c.sentences
                .iter()
                .enumerate()
                .filter(|(_, ch)| {
                    [true, false].iter().any(|&old| {
                        !text_layout::find_all(&c.side_text(ch, old), &query).is_empty()
                    })
                })
                .map(|(i, _)| i)
                .collect()
        };
        self.at = None;
        self.searched = Some(query);
    }

    /// Steps to the next (or previous) match and returns its row.
    pub fn step(&mut self, forward: bool) -> Option<usize> {
        if self.matches.is_empty() {
            return None;
        }
        let n = self.matches.len();
        let next = match (self.at, forward) {
            (None, true) => 0,
            (None, false) => n - 1,
            (Some(i), true) => (i + 1) % n,
            (Some(i), false) => (i + n - 1) % n,
        };
        self.at = Some(next);
        self.matches.get(next).copied()
    }

    /// "3 of 8 sentences", "no match", or nothing before a query is typed.
    pub fn status(&self) -> String {
        match (self.matches.len(), self.at) {
            (0, _) if self.text.trim().is_empty() => String::new(),
            (0, _) => "no match".to_owned(),
            (n, Some(at)) => format!("{} of {n} sentences", at + 1),
            (n, None) => format!("{n} sentences match"),
        }
    }
}
