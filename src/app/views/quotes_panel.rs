//! The quotations panel: every quotation change, grouped by its label (added, removed,
//! edited, new speaker, moved, then the unchanged ones folded), each with its speaker.
//! Clicking one scrolls the main view to it.

use egui::text::{LayoutJob, TextFormat};
use egui::{RichText, Sense, Stroke, TextStyle, Ui};

use crate::app::command::Command;
use crate::app::screen::Screen;
use crate::app::style::{self, Palette};
use crate::app::text_layout;
use crate::app::virtual_list::VirtualList;
use crate::comparison::{Op, QuoteKind};
use crate::present::{self, Label, Presented};

/// The groups of the panel, in order.
const SECTIONS: [Label; 6] = [
    Label::Added,
    Label::Removed,
    Label::Edited,
    Label::NewSpeaker,
    Label::Moved,
    Label::Unchanged,
];

/// One line of the panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    /// A section title with its count.
    Title(Label, usize),
    /// A quotation change (index into the comparison's quotes).
    Quote(usize),
}

/// The panel's lines; the unchanged quotations only when `unchanged_open`.
pub fn entries(p: &Presented, unchanged_open: bool) -> Vec<Entry> {
    let mut out = Vec::new();
    for section in SECTIONS {
        let members: Vec<usize> = p
            .quote_labels()
            .iter()
            .enumerate()
            .filter(|&(_, label)| *label == section)
            .map(|(i, _)| i)
            .collect();
        if members.is_empty() {
            continue;
        }
        out.push(Entry::Title(section, members.len()));
        if section != Label::Unchanged || unchanged_open {
            out.extend(members.into_iter().map(Entry::Quote));
        }
    }
    out
}

/// The panel state kept between frames.
#[derive(Default)]
pub struct QuotesPanel {
    list: VirtualList,
    /// What `entries` and `list` were made for: comparison generation, width, unchanged open.
    key: Option<(u64, u32, bool)>,
    entries: Vec<Entry>,
    /// Show the unchanged quotations.
    pub unchanged_open: bool,
}

/// Draws the quotations panel on the right.
pub fn ui(ui: &mut Ui, screen: &Screen, panel: &mut QuotesPanel, commands: &mut Vec<Command>) {
    let presented = &screen.presented;
    let c = presented.comparison();
    let palette = style::palette(ui.visuals().dark_mode);
    let window = ui.available_width();
    egui::Panel::right("quotes")
        .resizable(true)
        .default_size((window * 0.3).clamp(240.0, 480.0))
        .size_range(200.0..=(window * 0.5).max(240.0))
        .show(ui, |ui| {
            ui.add_space(4.0);
            ui.heading("Quotations");
            let s = &c.summary;
            ui.label(
                RichText::new(format!("{} before, {} after", s.old_quotes, s.new_quotes))
                    .color(palette.muted),
            );
            ui.separator();
            if c.quotes.is_empty() {
                ui.label(RichText::new("Neither version has quotations.").color(palette.muted));
                return;
            }
            let width = ui.available_width();
            let key = (
                screen.generation,
                width.round() as u32,
                panel.unchanged_open,
            );
            if panel.key != Some(key) {
                panel.entries = entries(presented, panel.unchanged_open);
                let line = ui.fonts_mut(|f| f.row_height(&TextStyle::Body.resolve(ui.style())));
                let entries = &panel.entries;
                panel.list.reset(entries.len(), |i| match entries[i] {
                    Entry::Title(..) => line + 12.0,
                    Entry::Quote(_) => 3.0 * line + 16.0,
                });
                panel.key = Some(key);
            }
            let entries = panel.entries.clone();
            let mut toggle = false;
            let open = panel.unchanged_open;
            let area = egui::ScrollArea::vertical()
                .id_salt("quotes")
                .auto_shrink(false);
            panel.list.show(ui, area, |ui, i| match entries[i] {
                Entry::Title(section, count) => {
                    ui.add_space(6.0);
                    let heading = section.look().heading;
                    let text = if section == Label::Unchanged {
                        format!("{} {heading} ({count})", if open { "▼" } else { "▶" })
                    } else {
                        format!("{heading} ({count})")
                    };
                    let title = ui
                        .add(egui::Label::new(RichText::new(text).strong()).sense(Sense::click()));
                    if section == Label::Unchanged
                        && title
                            .on_hover_text("Show or hide the unchanged quotations")
                            .clicked()
                    {
                        toggle = true;
                    }
                    ui.add_space(4.0);
                }
                Entry::Quote(index) => {
                    if let Some(command) = entry_ui(ui, presented, index, &palette) {
                        commands.push(command);
                    }
                }
            });
            if toggle {
                panel.unchanged_open = !panel.unchanged_open;
            }
        });
}

/// One quotation change: mark, words (with the changed ones), speaker.
fn entry_ui(ui: &mut Ui, presented: &Presented, index: usize, p: &Palette) -> Option<Command> {
    let c = presented.comparison();
    let q = &c.quotes[index];
    let label = presented.quote_labels()[index];
    let (symbol, color) = (label.look().symbol, style::color(p, label));
    let frame = egui::Frame::new()
        .inner_margin(egui::Margin {
            left: 8,
            right: 6,
            top: 4,
            bottom: 4,
        })
        .stroke(Stroke::new(
            1.0,
            ui.visuals().widgets.noninteractive.bg_stroke.color,
        ))
        .corner_radius(4.0);
    let inner = frame.show(ui, |ui| {
        ui.set_width(ui.available_width());
        let body = TextStyle::Body.resolve(ui.style());
        let base = TextFormat {
            font_id: body,
            color: ui.visuals().text_color(),
            ..TextFormat::default()
        };
        let mut job = LayoutJob::default();
        job.append("“", 0.0, base.clone());
        match (q.kind, q.old, q.new) {
            (QuoteKind::Edited, _, _) => {
                for op in &q.words {
                    let format = match op.op {
                        Op::Equal => base.clone(),
                        Op::Delete => TextFormat {
                            color: p.removed_fg,
                            background: p.removed_bg,
                            strikethrough: Stroke::new(1.0, p.removed_fg),
                            ..base.clone()
                        },
                        Op::Insert => TextFormat {
                            color: p.added_fg,
                            background: p.added_bg,
                            underline: Stroke::new(1.0, p.added_fg),
                            ..base.clone()
                        },
                    };
                    job.append(&op.text, 0.0, format);
                }
            }
            (QuoteKind::Removed, Some(o), _) => job.append(
                c.old.quote_text(o),
                0.0,
                TextFormat {
                    color: p.removed_fg,
                    strikethrough: Stroke::new(1.0, p.removed_fg),
                    ..base.clone()
                },
            ),
            (_, _, Some(n)) => job.append(c.new.quote_text(n), 0.0, base.clone()),
            _ => {}
        }
        job.append("”", 0.0, base);
        ui.horizontal_top(|ui| {
            ui.label(RichText::new(symbol).color(color).strong())
                .on_hover_text(label.look().name);
            job.wrap.max_width = ui.available_width();
            text_layout::show(ui, job);
        });
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new("—").color(p.muted));
            if q.speaker_changed {
                ui.label(
                    RichText::new(present::speaker_or_nobody(q.old_speaker.as_deref()))
                        .strikethrough()
                        .color(p.muted),
                );
                ui.label(RichText::new("→").color(p.muted));
                ui.label(
                    RichText::new(present::speaker_or_nobody(q.new_speaker.as_deref()))
                        .strong()
                        .color(p.moved),
                );
            } else {
                // A speaker that is not named in the quotation's own sentence is shown
                // lighter, with how it was found on hover.
                let basis = q
                    .new
                    .and_then(|n| c.new.quotes.get(n))
                    .or_else(|| q.old.and_then(|o| c.old.quotes.get(o)))
                    .and_then(|quote| present::speaker_basis_note(quote.basis));
                match (q.speaker(), basis) {
                    (Some(name), None) => ui.label(RichText::new(name).strong()),
                    (Some(name), Some(note)) => ui
                        .label(RichText::new(format!("{name} ?")).italics().color(p.muted))
                        .on_hover_text(note),
                    (None, _) => ui.label(
                        RichText::new(present::speaker_or_nobody(None))
                            .italics()
                            .color(p.muted),
                    ),
                };
            }
            for note in presented.quote_notes(index) {
                let look = note.look();
                ui.label(
                    RichText::new(format!("{} {}", look.symbol, look.name))
                        .color(style::color(p, note))
                        .small(),
                );
            }
        });
        let flags = q.flags.as_deref().unwrap_or_default();
        if !flags.is_empty() {
            ui.horizontal_wrapped(|ui| super::badges_ui(ui, flags, p));
        }
    });
    let rect = inner.response.rect;
    let response = ui.interact(rect, ui.scope_id().with(("quote", index)), Sense::click());
    if response.hovered() {
        ui.painter().rect_stroke(
            rect,
            4.0,
            Stroke::new(1.5, p.selected),
            egui::StrokeKind::Inside,
        );
    }
    ui.painter().rect_filled(
        egui::Rect::from_min_max(rect.min, egui::pos2(rect.min.x + 3.0, rect.max.y)),
        2.0,
        color,
    );
    ui.add_space(4.0);
    response.context_menu(|ui| {
        let (doc, id) = match (q.new, q.old) {
            (Some(n), _) => (&c.new, n),
            (None, Some(o)) => (&c.old, o),
            (None, None) => return,
        };
        if ui.button("Copy the quotation with its speaker").clicked() {
            let text = format!("“{}” — {}", doc.quote_text(id), present::speaker_line(q));
            ui.ctx().copy_text(text);
        }
    });
    let clicked = response.on_hover_text("Show it in the text").clicked();
    clicked.then(|| match q.new {
        Some(id) => Command::GoToQuote { old: false, id },
        None => Command::GoToQuote {
            old: true,
            id: q.old.unwrap_or(0),
        },
    })
}
