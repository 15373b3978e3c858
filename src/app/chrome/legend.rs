//! The legend: what each symbol and colour means, in a window (Help ▸ Legend) and on the
//! empty screen.

use egui::text::{LayoutJob, TextFormat};
use egui::{RichText, Stroke, TextStyle, Ui};

use crate::app::command::Command;
use crate::app::style::{self, Palette};
use crate::comparison::FlagKind;
use crate::present::{self, Label};

/// What each label means, for the legend.
fn meaning(label: Label) -> &'static str {
    match label {
        Label::Unchanged => "the same sentence, in the same place",
        Label::Moved => "the same words, in another place (a marker shows where it was)",
        Label::Edited => "reworded: deleted words struck through, inserted words underlined",
        Label::Split => "one sentence became several",
        Label::Merged => "several sentences became one",
        Label::Added => "only in the new version",
        Label::Removed => "only in the old version",
        Label::NewSpeaker => "a quotation attributed to someone else",
    }
}

/// What each kind of flag means, for the legend.
fn flag_meaning(kind: FlagKind) -> &'static str {
    match kind {
        FlagKind::Number => "a quantity appeared, went or changed (“5” → “five” is no change)",
        FlagKind::Date => "a date or a time changed",
        FlagKind::Name => "a person, organisation or place added, dropped or replaced",
        FlagKind::Negation => "a “not”, “never”, “no” … appeared or went",
        FlagKind::Attribution => "the verb of saying took another stance (“said” → “admitted”)",
        FlagKind::Modality => "certainty changed (“may”, “allegedly”, “confirmed”)",
        FlagKind::Quote => "words inside quotation marks changed",
        FlagKind::Speaker => "a quotation is attributed to someone else",
    }
}

/// The legend's rows, drawn into `ui`.
pub fn contents_ui(ui: &mut Ui) {
    let p = style::palette(ui.visuals().dark_mode);
    egui::Grid::new("legend")
        .num_columns(3)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            for label in Label::ALL {
                let look = label.look();
                ui.label(
                    RichText::new(look.symbol)
                        .color(style::color(&p, label))
                        .strong(),
                );
                ui.label(RichText::new(look.heading).strong());
                ui.label(meaning(label));
                ui.end_row();
            }
            ui.label("");
            ui.label(RichText::new("Words").strong());
            ui.label(sample(ui, &p));
            ui.end_row();
            ui.label("");
            ui.label(RichText::new("Quotations").strong());
            ui.label("tinted in the text; their speaker shows on hover and in the panel");
            ui.end_row();
            ui.label(
                RichText::new(super::summary::MEANING)
                    .color(p.flag)
                    .strong(),
            );
            ui.label(RichText::new("Changed the meaning").strong());
            ui.label("an edit with a badge below, or a sentence added or removed:");
            ui.end_row();
            for kind in FlagKind::ALL {
                let look = present::flag_look(kind);
                ui.label(
                    RichText::new(look.symbol)
                        .color(p.flag)
                        .background_color(p.flag_bg)
                        .strong(),
                );
                ui.label(present::capitalised(look.name));
                ui.label(flag_meaning(kind));
                ui.end_row();
            }
        });
}

/// "deleted inserted quoted", each marked as the views mark it.
fn sample(ui: &Ui, p: &Palette) -> LayoutJob {
    let base = TextFormat {
        font_id: TextStyle::Body.resolve(ui.style()),
        color: ui.visuals().text_color(),
        ..TextFormat::default()
    };
    let mut job = LayoutJob::default();
    job.append(
        "deleted",
        0.0,
        TextFormat {
            color: p.removed_fg,
            background: p.removed_bg,
            strikethrough: Stroke::new(1.0, p.removed_fg),
            ..base.clone()
        },
    );
    job.append(" ", 0.0, base.clone());
    job.append(
        "inserted",
        0.0,
        TextFormat {
            color: p.added_fg,
            background: p.added_bg,
            underline: Stroke::new(1.0, p.added_fg),
            ..base.clone()
        },
    );
    job.append(" ", 0.0, base.clone());
    job.append(
        "quoted",
        0.0,
        TextFormat {
            background: p.quote_bg,
            ..base
        },
    );
    job
}

/// The legend window, while `open`.
pub fn window_ui(ctx: &egui::Context, open: bool, commands: &mut Vec<Command>) {
    if !open {
        return;
    }
    let mut still_open = true;
    egui::Window::new("Legend")
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .open(&mut still_open)
        .show(ctx, contents_ui);
    if !still_open {
        commands.push(Command::ShowLegend(false));
    }
}
