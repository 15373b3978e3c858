//! Notices over the window: the result of an export (with "Open report" and "Show in
//! folder"), and where to drop files while they are dragged over it.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use egui::{Align2, Color32, RichText};

use crate::app::command::Command;
use crate::app::state::export::Done;

/// How long the notice of a saved report stays when the pointer is not on it.
const NOTICE: Duration = Duration::from_secs(6);

/// The notice after an export: where it went (for a few seconds), or why it failed (until
/// dismissed).
pub fn export_ui(ctx: &egui::Context, last: Option<&(Done, Instant)>, commands: &mut Vec<Command>) {
    let Some((done, at)) = last else {
        return;
    };
    let mut open = true;
    let shown = egui::Window::new("Export")
        .collapsible(false)
        .resizable(false)
        .anchor(Align2::RIGHT_BOTTOM, [-16.0, -40.0])
        .open(&mut open)
        .show(ctx, |ui| match done {
            Done::Saved(path) => {
                ui.label(RichText::new("Report saved").strong());
                ui.label(path.display().to_string());
                ui.horizontal(|ui| {
                    if ui.button("Open report").clicked()
                        && let Err(error) = opener::open(path)
                    {
                        commands.push(Command::ShowError(format!(
                            "{}: could not open the report: {error}",
                            path.display()
                        )));
                    }
                    let folder = path
                        .parent()
                        .filter(|p| !p.as_os_str().is_empty())
                        .map_or_else(|| PathBuf::from("."), PathBuf::from);
                    if ui.button("Show in folder").clicked()
                        && let Err(error) = opener::open(&folder)
                    {
                        commands.push(Command::ShowError(format!(
                            "{}: could not open the folder: {error}",
                            folder.display()
                        )));
                    }
                });
            }
            Done::Failed(message) => {
                ui.label(RichText::new("The report was not saved").strong());
                ui.label(message);
            }
        });
    let hovered = shown.is_some_and(|s| s.response.contains_pointer());
    let expired = matches!(done, Done::Saved(_)) && at.elapsed() > NOTICE && !hovered;
    if !open || expired {
        commands.push(Command::DismissExport);
    } else if matches!(done, Done::Saved(_)) {
        ctx.request_repaint_after(Duration::from_millis(500));
    }
}

/// While files are dragged over the window: where to drop them.
pub fn drop_hint_ui(ctx: &egui::Context) {
    let hovering = ctx.input(|i| !i.raw.hovered_files.is_empty());
    if !hovering {
        return;
    }
    let screen = ctx.content_rect();
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("drop-hint"),
    ));
    painter.rect_filled(screen, 0.0, Color32::from_black_alpha(160));
    let count = ctx.input(|i| i.raw.hovered_files.len());
    let text = if count >= 2 {
        "Drop to compare these two files (older first)".to_owned()
    } else {
        "Drop on the left half to open as the old version, on the right half as the new".to_owned()
    };
    painter.line_segment(
        [screen.center_top(), screen.center_bottom()],
        egui::Stroke::new(1.0, Color32::from_white_alpha(80)),
    );
    painter.text(
        screen.center(),
        Align2::CENTER_CENTER,
        text,
        egui::FontId::proportional(22.0),
        Color32::WHITE,
    );
}
