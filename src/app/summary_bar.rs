//! The summary bar: the count of each kind of change, each a filter toggle.

use egui::{RichText, Ui};

use super::rows::Filter;
use super::style;
use super::{Command, PalimpsestApp};
use crate::compare::Kind;
use crate::report::unchanged_in_place;

/// The counts, each a toggle that shows only that kind of row.
pub fn summary_ui(app: &mut PalimpsestApp, ui: &mut Ui) {
    let Some(current) = &app.current else {
        return;
    };
    let c = &current.comparison;
    let s = c.summary;
    let palette = style::palette(ui.visuals().dark_mode);
    let filter = app.filter;
    let mut clicked = None;
    egui::Panel::top("summary").show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(format!("Sentences {} → {}", s.old_sentences, s.new_sentences)).strong());
            ui.label(RichText::new(format!("= {} unchanged", unchanged_in_place(c))).weak());
            let changes = current.infos.iter().filter(|i| i.is_change()).count();
            let chips = [
                (Filter::Changes, "≠", changes, "changes", palette.selected),
                (Filter::Edited, style::symbol(Kind::Edited, false), s.edited, "edited", palette.edited),
                (Filter::Moved, style::symbol(Kind::Unchanged, true), s.moved, "moved", palette.moved),
                (Filter::Split, style::symbol(Kind::Split, false), s.split, "split", palette.split),
                (Filter::Merged, style::symbol(Kind::Merged, false), s.merged, "merged", palette.split),
                (Filter::Added, style::symbol(Kind::Added, false), s.added, "added", palette.added_fg),
                (Filter::Removed, style::symbol(Kind::Removed, false), s.removed, "removed", palette.removed_fg),
            ];
            for (chip_filter, symbol, count, label, color) in chips {
                let text = RichText::new(format!("{symbol} {count} {label}")).color(color);
                let response = ui
                    .selectable_label(filter == chip_filter, text)
                    .on_hover_text(format!("Show only {label} sentences; click again to show everything"));
                if response.clicked() {
                    clicked = Some(chip_filter);
                }
            }
            ui.separator();
            ui.label(RichText::new(format!("Quotations {} → {}", s.old_quotes, s.new_quotes)).strong());
            let quote_text = format!(
                "❝ +{} −{} ~{} ↕{} !{}",
                s.quotes_added, s.quotes_removed, s.quotes_edited, s.quotes_moved, s.quotes_speaker_changed
            );
            let response = ui
                .selectable_label(filter == Filter::Quotes, quote_text)
                .on_hover_text("Added, removed, edited, moved, new speaker. Click to show only sentences with quotations.");
            if response.clicked() {
                clicked = Some(Filter::Quotes);
            }
        });
    });
    if let Some(filter) = clicked {
        app.commands.push(Command::Filter(filter));
    }
}
