//! The summary bar: the count of each kind of change, each a filter toggle.

use egui::{RichText, Ui};

use crate::app::command::Command;
use crate::app::style;
use crate::present::{self, Filter, Label, Presented};

/// The filter that shows only the rows of `label`.
fn filter_of(label: Label) -> Option<Filter> {
    match label {
        Label::Moved => Some(Filter::Moved),
        Label::Edited => Some(Filter::Edited),
        Label::Split => Some(Filter::Split),
        Label::Merged => Some(Filter::Merged),
        Label::Added => Some(Filter::Added),
        Label::Removed => Some(Filter::Removed),
        Label::Unchanged | Label::NewSpeaker => None,
    }
}

/// The symbol of the changes of meaning.
pub const MEANING: &str = "⚑";

/// Below this width (in points) the chips show symbols and counts only.
const COMPACT: f32 = 1280.0;

/// The counts, each a toggle that shows only that kind of row; or, when nothing differs,
/// says so.
pub fn ui(ui: &mut Ui, p: &Presented, filter: Filter, commands: &mut Vec<Command>) {
    let c = p.comparison();
    let s = c.summary;
    let palette = style::palette(ui.visuals().dark_mode);
    egui::Panel::top("summary").show(ui, |ui| {
        let compact = ui.available_width() < COMPACT;
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(format!(
                    "Sentences {} → {}",
                    s.old_sentences, s.new_sentences
                ))
                .strong(),
            );
            if !s.differs() {
                ui.label(
                    RichText::new(format!(
                        "The two versions are identical{}",
                        if c.options == Default::default() {
                            ""
                        } else {
                            " under the chosen options"
                        }
                    ))
                    .color(palette.added_fg)
                    .strong(),
                );
                ui.label(
                    RichText::new(format!("Quotations {} → {}", s.old_quotes, s.new_quotes)).weak(),
                );
                return;
            }
            let changes = p.rows().iter().filter(|r| r.is_change()).count();
            let meaning = p.steps(Filter::Significant).len();
            let mut chips = vec![
                (Filter::Changes, "≠", changes, "changes", palette.selected),
                (
                    Filter::Significant,
                    MEANING,
                    meaning,
                    "changed the meaning",
                    palette.flag,
                ),
            ];
            for (label, count) in p.row_counts() {
                let look = label.look();
                match filter_of(label) {
                    Some(chip) => {
                        chips.push((
                            chip,
                            look.symbol,
                            count,
                            look.name,
                            style::color(&palette, label),
                        ));
                    }
                    None => {
                        ui.label(
                            RichText::new(format!("{} {count} {}", look.symbol, look.name)).weak(),
                        );
                    }
                }
            }
            for (chip, symbol, count, name, color) in chips {
                let words = if compact {
                    format!("{symbol} {count}")
                } else {
                    format!("{symbol} {count} {name}")
                };
                let text = RichText::new(words).color(color);
                let hover = if chip == Filter::Significant {
                    format!(
                        "{count} sentences changed what the story says: a number, date, name, \
                         negation, attribution, certainty, quotation or speaker, or a sentence \
                         added or removed. Show only these (N and P step through them); click \
                         again to show everything"
                    )
                } else {
                    format!(
                        "{count} {name}: show only these sentences; click again to show everything"
                    )
                };
                let response = ui
                    .selectable_label(filter == chip, text)
                    .on_hover_text(hover);
                if response.clicked() {
                    commands.push(Command::Filter(chip));
                }
            }
            ui.separator();
            let quotations = if compact { "❝" } else { "Quotations" };
            ui.label(
                RichText::new(format!("{quotations} {} → {}", s.old_quotes, s.new_quotes)).strong(),
            );
            let tally: Vec<String> = p
                .quote_counts()
                .into_iter()
                .filter(|(label, _)| *label != Label::Unchanged)
                .map(|(label, count)| format!("{}{count}", label.look().symbol))
                .collect();
            let names: Vec<&str> = p
                .quote_counts()
                .into_iter()
                .filter(|(label, _)| *label != Label::Unchanged)
                .map(|(label, _)| label.look().name)
                .collect();
            let response = ui
                .selectable_label(filter == Filter::Quotes, tally.join(" "))
                .on_hover_text(format!(
                    "{}. Click to show only sentences with quotations.",
                    present::capitalised(&names.join(", "))
                ));
            if response.clicked() {
                commands.push(Command::Filter(Filter::Quotes));
            }
        });
    });
}
