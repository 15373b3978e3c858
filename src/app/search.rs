//! Search across both sides (Ctrl+F): matching rows, next and previous match, and the
//! matches highlighted in the text.

use egui::{Key, RichText, Ui};

use super::text_layout;
use super::{Command, PalimpsestApp};
use crate::compare::Comparison;
use crate::report::joined;

/// The search bar's state.
#[derive(Debug, Default)]
pub struct Search {
    /// The bar is shown.
    pub open: bool,
    /// Give the field the keyboard focus next frame.
    pub focus: bool,
    text: String,
    /// The query the matches were found for.
    searched: Option<String>,
    /// Changes whose old or new text matches, in display order.
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

    fn refresh(&mut self, c: &Comparison) {
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
                    !text_layout::find_all(&joined(&c.old, &ch.old), &query).is_empty()
                        || !text_layout::find_all(&joined(&c.new, &ch.new), &query).is_empty()
                })
                .map(|(i, _)| i)
                .collect()
        };
        self.at = None;
        self.searched = Some(query);
    }

    fn step(&mut self, forward: bool) -> Option<usize> {
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
}

/// The search bar above the main view.
pub fn search_bar_ui(app: &mut PalimpsestApp, ui: &mut Ui) {
    let Some(current) = app.current.as_ref() else {
        return;
    };
    let comparison = std::sync::Arc::clone(&current.comparison);
    let search = &mut app.search;
    let mut go = None;
    ui.horizontal(|ui| {
        let label = ui.label("Search");
        let field = ui.add(
            egui::TextEdit::singleline(&mut search.text)
                .desired_width(280.0)
                .hint_text("words in either version"),
        );
        let field = field.labelled_by(label.id);
        if std::mem::take(&mut search.focus) {
            field.request_focus();
        }
        search.refresh(&comparison);
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        let shift = ui.input(|i| i.modifiers.shift);
        if enter {
            go = search.step(!shift);
            field.request_focus();
        }
        if ui
            .button("▲")
            .on_hover_text("Previous match (Shift+Enter)")
            .clicked()
        {
            go = search.step(false);
        }
        if ui.button("▼").on_hover_text("Next match (Enter)").clicked() {
            go = search.step(true);
        }
        let status = match (search.matches.len(), search.at) {
            (0, _) if search.text.trim().is_empty() => String::new(),
            (0, _) => "no match".to_owned(),
            (n, Some(at)) => format!("{} of {n} sentences", at + 1),
            (n, None) => format!("{n} sentences match"),
        };
        ui.label(RichText::new(status).weak());
        if ui.button("✕").on_hover_text("Close (Esc)").clicked()
            || ui.input(|i| i.key_pressed(Key::Escape))
        {
            search.open = false;
        }
    });
    ui.separator();
    if let Some(index) = go {
        app.commands.push(Command::GoToChange(index));
    }
}
