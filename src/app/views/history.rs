//! A story's history, in two windows opened from the timeline: the quotation lifelines
//! (every quotation that ever appeared, a cell per version with what happened to it there)
//! and the sentence history of the newest version (like `git blame`, by sentence: the
//! version that introduced each sentence and the one that last changed it). A click opens
//! the step where it happened.

use egui::{RichText, Ui};

use crate::app::command::Command;
use crate::app::state::timeline::Timeline;
use crate::history::{History, Lifeline};
use crate::present;

/// A quotation's words where it last appears, on one line and at most `chars` long.
fn words(history: &History, life: &Lifeline, chars: usize) -> String {
    shorten(&present::one_line(history.quote_text(life)), chars)
}

fn shorten(text: &str, chars: usize) -> String {
    let text = text.trim();
    match text.char_indices().nth(chars) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_owned(),
    }
}

/// The step that ends at version `v` (its comparison with the one before).
fn open_step(timeline: &Timeline, v: usize, commands: &mut Vec<Command>) {
    if v > 0 {
        commands.push(Command::ShowVersions(timeline.showing(v - 1, v)));
    }
}

/// The quotation lifelines window, while `open`.
pub fn lifelines_ui(
    ctx: &egui::Context,
    history: &History,
    timeline: &Timeline,
    open: &mut bool,
    commands: &mut Vec<Command>,
) {
    egui::Window::new("Quotation lifelines")
        .open(open)
        .default_pos(egui::pos2(40.0, 120.0))
        .default_size([860.0, 420.0])
        .show(ctx, |ui| {
            ui.label(
                RichText::new(
                    "+ added · ~ edited · ↕ moved · ! new speaker · − removed · ↺ restored · ● there, unchanged. Click a cell to open that step.",
                )
                .weak(),
            );
            ui.separator();
            if history.lifelines.is_empty() {
                ui.label("No version has quotations.");
                return;
            }
            egui::ScrollArea::both().auto_shrink([false, false]).show(ui, |ui| {
                egui::Grid::new("lifelines").striped(true).show(ui, |ui| {
                    ui.label(RichText::new("Quotation").strong());
                    for v in 0..history.versions.len() {
                        ui.label(RichText::new(format!("v{}", v + 1)).strong());
                    }
                    ui.end_row();
                    for life in &history.lifelines {
                        ui.label(format!("“{}”", words(history, life, 60)))
                            .on_hover_text(words(history, life, 2000));
                        for v in 0..history.versions.len() {
                            cell_ui(ui, life, v, timeline, commands);
                        }
                        ui.end_row();
                    }
                });
            });
        });
}

/// One cell of a lifeline: what happened at version `v`, with the speakers on hover.
fn cell_ui(
    ui: &mut Ui,
    life: &Lifeline,
    v: usize,
    timeline: &Timeline,
    commands: &mut Vec<Command>,
) {
    let events: Vec<_> = life.events.iter().filter(|e| e.version == v).collect();
    let text = if events.is_empty() {
        if life.cells[v].is_some() { "●" } else { "·" }.to_owned()
    } else {
        events.iter().map(|e| e.kind.symbol()).collect::<String>()
    };
    let hover = if events.is_empty() {
        if life.cells[v].is_some() {
            "there, unchanged"
        } else {
            "not there"
        }
        .to_owned()
    } else {
        events
            .iter()
            .map(|e| {
                format!(
                    "{} — {}",
                    e.kind.words(),
                    e.speaker.as_deref().unwrap_or("no speaker")
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let response = ui
        .add_enabled(v > 0, egui::Button::new(text).frame(false))
        .on_hover_text(format!("v{}: {hover}", v + 1));
    if response.clicked() {
        open_step(timeline, v, commands);
    }
}

/// The sentence history window of the newest version, while `open`.
pub fn sentences_ui(
    ctx: &egui::Context,
    history: &History,
    timeline: &Timeline,
    open: &mut bool,
    commands: &mut Vec<Command>,
) {
    let Some(last) = history.versions.len().checked_sub(1) else {
        return;
    };
    egui::Window::new("Sentence history")
        .open(open)
        .default_pos(egui::pos2(80.0, 150.0))
        .default_size([900.0, 520.0])
        .show(ctx, |ui| {
            ui.label(
                RichText::new(format!(
                    "Each sentence of v{} {}: the version that introduced it and the one that last changed it. Click to open that step.",
                    last + 1,
                    history.versions[last].label
                ))
                .weak(),
            );
            ui.separator();
            egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
                egui::Grid::new("sentence-history").striped(true).show(ui, |ui| {
                    let doc = &history.versions[last].document;
                    for id in 0..doc.sentences.len() {
                        let Some(lineage) = history.lineage_of(last, id).map(|l| &history.lineages[l]) else {
                            continue;
                        };
                        let introduced = ui
                            .add_enabled(lineage.introduced > 0, egui::Button::new(format!("v{}", lineage.introduced + 1)).small())
                            .on_hover_text(if lineage.parents.is_empty() { "introduced here" } else { "made by a split or a merge here" });
                        if introduced.clicked() {
                            open_step(timeline, lineage.introduced, commands);
                        }
                        match lineage.last_changed {
                            Some(v) => {
                                if ui.small_button(format!("changed v{}", v + 1)).on_hover_text("last edited here").clicked() {
                                    open_step(timeline, v, commands);
                                }
                            }
                            None => {
                                ui.label(RichText::new("never changed").weak());
                            }
                        }
                        ui.label(shorten(&present::one_line(doc.sentence_text(id)), 110));
                        ui.end_row();
                    }
                });
            });
        });
}
