//! The timeline strip, when several versions of a story are open: one mark per version
//! (its name and when it was saved), the two compared ones highlighted as "old" and "new".
//! A click shows the step that ends at that version; a shift-click makes it the older
//! side; Alt+← and Alt+→ step through the history.

use egui::{RichText, Ui};

use crate::app::command::Command;
use crate::app::state::timeline::Timeline;

/// Draws the strip under the toolbar.
pub fn ui(ui: &mut Ui, timeline: &Timeline, commands: &mut Vec<Command>) {
    egui::Panel::top("timeline").show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(format!("{} versions", timeline.versions.len())).strong());
            if ui
                .add_enabled(timeline.new > 1, egui::Button::new("◀"))
                .on_hover_text("The step before (Alt+←)")
                .clicked()
            {
                commands.push(Command::ShowVersions(timeline.stepped(false)));
            }
            for (index, version) in timeline.versions.iter().enumerate() {
                let role = if index == timeline.old {
                    " · old"
                } else if index == timeline.new {
                    " · new"
                } else {
                    ""
                };
                let when = version
                    .modified()
                    .map(|t| {
                        let iso = humantime::format_rfc3339_seconds(t).to_string();
                        format!("saved {} {} UTC\n", &iso[..10], &iso[11..16])
                    })
                    .unwrap_or_default();
                let text = format!("v{} {}{role}", index + 1, version.file_name());
                let selected = index == timeline.old || index == timeline.new;
                let response = ui
                    .selectable_label(selected, text)
                    .on_hover_text(format!(
                        "{when}Click: compare with the version before. Shift-click: make it the older version."
                    ));
                if response.clicked() {
                    let shift = ui.input(|i| i.modifiers.shift);
                    let next = if shift {
                        timeline.showing(index, timeline.new.max(index + 1))
                    } else {
                        timeline.showing(index.saturating_sub(1), index)
                    };
                    commands.push(Command::ShowVersions(next));
                }
                if index + 1 < timeline.versions.len() {
                    ui.label(RichText::new("→").weak());
                }
            }
            if ui
                .add_enabled(
                    timeline.new + 1 < timeline.versions.len(),
                    egui::Button::new("▶"),
                )
                .on_hover_text("The step after (Alt+→)")
                .clicked()
            {
                commands.push(Command::ShowVersions(timeline.stepped(true)));
            }
        });
    });
}
