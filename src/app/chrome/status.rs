//! The status bar: formats, encodings, timing, approximate results, warnings.

use egui::{Color32, RichText, Ui};

use crate::app::screen::Screen;
use crate::app::style;
use crate::document::Document;
use crate::present::{self, Filter};

/// Draws the status bar for the comparison on screen, if any.
pub fn ui(ui: &mut Ui, screen: Option<&Screen>, filter: Filter) {
    egui::Panel::bottom("status").show(ui, |ui| {
        ui.horizontal(|ui| {
            let Some(screen) = screen else {
                ui.label("No comparison yet");
                return;
            };
            let c = screen.presented.comparison();
            if screen.pair.is_sample() {
                ui.label(
                    RichText::new(
                        "This is a sample pair. Open your own versions with Open… (Ctrl+O), or drop two files on the window.",
                    )
                    .color(style::palette(ui.visuals().dark_mode).selected),
                );
                ui.separator();
            }
            let describe = |d: &Document| match d.format.is_text() {
                true => format!("{}: {} {}", d.name, d.format.name(), d.encoding),
                false => format!("{}: {}", d.name, d.format.name()),
            };
            ui.label(RichText::new(format!("{}   {}", describe(&c.old), describe(&c.new))).weak());
            ui.separator();
            ui.label(
                RichText::new(format!("compared in {} ms", screen.elapsed.as_millis())).weak(),
            );
            if c.approximate {
                ui.separator();
                ui.label(
                    RichText::new(present::APPROXIMATE).color(Color32::from_rgb(0xbf, 0x87, 0x00)),
                );
            }
            let warnings = c.old.warnings.len() + c.new.warnings.len();
            if warnings > 0 {
                ui.separator();
                let notes: Vec<String> = [&c.old, &c.new]
                    .iter()
                    .flat_map(|d| {
                        d.warnings
                            .iter()
                            .map(|w| format!("{}: {}", d.name, w.message))
                    })
                    .collect();
                ui.label(RichText::new(format!("⚠ {warnings} warning(s)")).weak())
                    .on_hover_text(notes.join("\n"));
            }
            if filter != Filter::All {
                ui.separator();
                ui.label(RichText::new("filtered").strong());
            }
        });
    });
}
