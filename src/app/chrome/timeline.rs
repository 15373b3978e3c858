//! The timeline strip, when several versions of a story are open: one mark per version
//! (its name and when it was saved), the two compared ones highlighted as "old" and "new".
//! A click shows the step that ends at that version; a shift-click makes it the older
//! side; Alt+← and Alt+→ step through the history. Once the history is followed, each mark
//! shows what changed since the version before, and two buttons open the quotation
//! lifelines and the sentence history.

use egui::{RichText, Ui};

use crate::app::command::Command;
use crate::app::state::timeline::Timeline;
use crate::history::History;

/// What the strip shows.
pub struct Strip<'a> {
    /// The versions and the two compared.
    pub timeline: &'a Timeline,
    /// The history, once followed.
    pub history: Option<&'a History>,
    /// The lifelines window is open.
    pub lifelines: bool,
    /// The sentence history window is open.
    pub sentences: bool,
}

/// Draws the strip under the toolbar.
pub fn ui(ui: &mut Ui, strip: &Strip, commands: &mut Vec<Command>) {
    let timeline = strip.timeline;
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
                let counts = strip
                    .history
                    .and_then(|h| crate::report::history::step_counts(h, index))
                    .map(|counts| format!("\n{counts}\n"))
                    .unwrap_or_default();
                let changed = strip
                    .history
                    .and_then(|h| index.checked_sub(1).and_then(|s| h.steps.get(s)))
                    .map(|step| {
                        let s = &step.summary;
                        format!(" ({})", s.edited + s.split + s.merged + s.added + s.removed)
                    })
                    .unwrap_or_default();
                let text = format!("v{} {}{changed}{role}", index + 1, version.file_name());
                let selected = index == timeline.old || index == timeline.new;
                let response = ui
                    .selectable_label(selected, text)
                    .on_hover_text(format!(
                        "{when}{counts}Click: compare with the version before. Shift-click: make it the older version."
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
            ui.separator();
            match strip.history {
                Some(_) => {
                    if ui
                        .selectable_label(strip.lifelines, "❝ Lifelines")
                        .on_hover_text("Every quotation through the versions")
                        .clicked()
                    {
                        commands.push(Command::ShowLifelines(!strip.lifelines));
                    }
                    if ui
                        .selectable_label(strip.sentences, "Sentence history")
                        .on_hover_text("Where each sentence of the newest version came from")
                        .clicked()
                    {
                        commands.push(Command::ShowSentenceHistory(!strip.sentences));
                    }
                }
                None => {
                    ui.spinner();
                    ui.label(RichText::new("following the history…").weak());
                }
            }
        });
    });
}
