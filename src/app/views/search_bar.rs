//! The search bar above the main view: the query, next and previous match, and how many
//! rows match.

use egui::{Key, RichText, Ui};

use crate::app::command::Command;
use crate::app::state::search::Search;
use crate::comparison::Comparison;

/// Draws the bar; a step to a match becomes a command.
pub fn ui(ui: &mut Ui, c: &Comparison, search: &mut Search, commands: &mut Vec<Command>) {
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
        search.refresh(c);
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
        ui.label(RichText::new(search.status()).weak());
        if ui.button("✕").on_hover_text("Close (Esc)").clicked()
            || ui.input(|i| i.key_pressed(Key::Escape))
        {
            commands.push(Command::CloseSearch);
        }
    });
    ui.separator();
    if let Some(index) = go {
        commands.push(Command::GoToChange(index));
    }
}
