//! The error banner: what went wrong, naming the file; the last good comparison stays.

use egui::{Align, Color32, Layout, RichText, Ui};

use crate::app::command::Command;

/// Draws the banner for `error`; `has_screen` says a comparison is still shown.
pub fn ui(ui: &mut Ui, error: &str, has_screen: bool, commands: &mut Vec<Command>) {
    let fill = if ui.visuals().dark_mode {
        Color32::from_rgb(0x5a, 0x1e, 0x1e)
    } else {
        Color32::from_rgb(0xff, 0xeb, 0xe9)
    };
    egui::Panel::top("error")
        .frame(
            egui::Frame::new()
                .fill(fill)
                .inner_margin(egui::Margin::symmetric(10, 6)),
        )
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(RichText::new("⚠").strong());
                ui.label(RichText::new(error).strong());
                if has_screen {
                    ui.label(RichText::new("— still showing the last comparison").weak());
                }
                ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                    if ui.button("✕").on_hover_text("Dismiss").clicked() {
                        commands.push(Command::DismissError);
                    }
                });
            });
        });
}
