//! The quotations panel: every quotation change, grouped (added, removed, edited, moved,
//! new speaker, then the unchanged ones folded), each with its speaker. Clicking one
//! scrolls the main view to it.

use egui::text::{LayoutJob, TextFormat};
use egui::{RichText, Sense, Stroke, TextStyle, Ui};

use super::style::{self, Palette};
use super::virtual_list::VirtualList;
use super::{Command, PalimpsestApp};
use crate::compare::{Comparison, Op, QuoteChange, QuoteKind};

/// The groups of the panel, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// Added quotations.
    Added,
    /// Removed quotations.
    Removed,
    /// Quotations whose words changed.
    Edited,
    /// Quotations that moved.
    Moved,
    /// Quotations with a new speaker.
    Speaker,
    /// Everything else.
    Unchanged,
}

impl Section {
    const ALL: [Self; 6] = [
        Self::Added,
        Self::Removed,
        Self::Edited,
        Self::Moved,
        Self::Speaker,
        Self::Unchanged,
    ];

    fn of(q: &QuoteChange) -> Self {
        match q.kind {
            QuoteKind::Added => Self::Added,
            QuoteKind::Removed => Self::Removed,
            QuoteKind::Edited => Self::Edited,
            QuoteKind::Unchanged if q.moved => Self::Moved,
            QuoteKind::Unchanged if q.speaker_changed => Self::Speaker,
            QuoteKind::Unchanged => Self::Unchanged,
        }
    }

    fn title(self) -> &'static str {
        match self {
            Self::Added => "Added",
            Self::Removed => "Removed",
            Self::Edited => "Edited",
            Self::Moved => "Moved",
            Self::Speaker => "New speaker",
            Self::Unchanged => "Unchanged",
        }
    }
}

/// One line of the panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Line {
    /// A section title with its count.
    Title(Section, usize),
    /// A quotation change (index into the comparison's quotes).
    Quote(usize),
}

/// The panel's lines; the unchanged quotations only when `unchanged_open`.
pub fn lines(c: &Comparison, unchanged_open: bool) -> Vec<Line> {
    let mut out = Vec::new();
    for section in Section::ALL {
        let members: Vec<usize> = c
            .quotes
            .iter()
            .enumerate()
            .filter(|(_, q)| Section::of(q) == section)
            .map(|(i, _)| i)
            .collect();
        if members.is_empty() {
            continue;
        }
        out.push(Line::Title(section, members.len()));
        if section != Section::Unchanged || unchanged_open {
            out.extend(members.into_iter().map(Line::Quote));
        }
    }
    out
}

/// The panel state kept between frames.
#[derive(Default)]
pub struct QuotesPanel {
    list: VirtualList,
    key: (usize, u32, bool),
    lines: Vec<Line>,
    /// Show the unchanged quotations.
    pub unchanged_open: bool,
}

/// Draws the quotations panel on the right.
pub fn quotes_panel_ui(app: &mut PalimpsestApp, ui: &mut Ui) {
    let Some(current) = app.current.as_ref() else {
        return;
    };
    let c = std::sync::Arc::clone(&current.comparison);
    let palette = style::palette(ui.visuals().dark_mode);
    let mut commands = Vec::new();
    let panel = &mut app.quotes;
    egui::Panel::right("quotes")
        .resizable(true)
        .default_size(380.0)
        .size_range(240.0..=720.0)
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
            let key = (c.quotes.len(), width.round() as u32, panel.unchanged_open);
            if panel.key != key {
                panel.lines = lines(&c, panel.unchanged_open);
                let line = ui.fonts_mut(|f| f.row_height(&TextStyle::Body.resolve(ui.style())));
                let lines = &panel.lines;
                panel.list.reset(lines.len(), |i| match lines[i] {
                    Line::Title(..) => line + 12.0,
                    Line::Quote(_) => 3.0 * line + 16.0,
                });
                panel.key = key;
            }
            let lines = panel.lines.clone();
            let mut toggle = false;
            egui::ScrollArea::vertical()
                .id_salt("quotes")
                .auto_shrink(false)
                .show_viewport(ui, |ui, viewport| {
                    panel.list.show(ui, viewport, |ui, i| match lines[i] {
                        Line::Title(section, count) => {
                            ui.add_space(6.0);
                            let open = panel.unchanged_open;
                            let text = if section == Section::Unchanged {
                                format!(
                                    "{} {} ({count})",
                                    if open { "▼" } else { "▶" },
                                    section.title()
                                )
                            } else {
                                format!("{} ({count})", section.title())
                            };
                            let title = ui.add(
                                egui::Label::new(RichText::new(text).strong())
                                    .sense(Sense::click()),
                            );
                            if section == Section::Unchanged
                                && title
                                    .on_hover_text("Show or hide the unchanged quotations")
                                    .clicked()
                            {
                                toggle = true;
                            }
                            ui.add_space(4.0);
                        }
                        Line::Quote(index) => {
                            if let Some(command) = entry_ui(ui, &c, index, &palette) {
                                commands.push(command);
                            }
                        }
                    });
                });
            if toggle {
                panel.unchanged_open = !panel.unchanged_open;
            }
        });
    app.commands.extend(commands);
}

/// One quotation change: mark, words (with the changed ones), speaker.
fn entry_ui(ui: &mut Ui, c: &Comparison, index: usize, p: &Palette) -> Option<Command> {
    let q = &c.quotes[index];
    let (symbol, color) = style::quote_mark(p, q.kind, q.moved, q.speaker_changed);
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
        job.wrap.max_width = ui.available_width();
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
                .on_hover_text(kind_name(q));
            ui.add(egui::Label::new(job).wrap());
        });
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new("—").color(p.muted));
            let nobody = "no speaker";
            if q.speaker_changed {
                ui.label(
                    RichText::new(q.old_speaker.as_deref().unwrap_or(nobody))
                        .strikethrough()
                        .color(p.muted),
                );
                ui.label(RichText::new("→").color(p.muted));
                ui.label(
                    RichText::new(q.new_speaker.as_deref().unwrap_or(nobody))
                        .strong()
                        .color(p.moved),
                );
            } else {
                let speaker = if q.kind == QuoteKind::Removed {
                    &q.old_speaker
                } else {
                    &q.new_speaker
                };
                match speaker {
                    Some(name) => ui.label(RichText::new(name).strong()),
                    None => ui.label(RichText::new(nobody).italics().color(p.muted)),
                };
            }
            if q.moved && q.kind != QuoteKind::Unchanged {
                ui.label(RichText::new("↕ moved").color(p.moved).small());
            }
        });
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
    let clicked = response.on_hover_text("Show it in the text").clicked();
    clicked.then(|| match q.new {
        Some(id) => Command::GoToQuote { old: false, id },
        None => Command::GoToQuote {
            old: true,
            id: q.old.unwrap_or(0),
        },
    })
}

fn kind_name(q: &QuoteChange) -> &'static str {
    match q.kind {
        QuoteKind::Added => "added",
        QuoteKind::Removed => "removed",
        QuoteKind::Edited => "edited",
        QuoteKind::Unchanged if q.speaker_changed => "new speaker",
        QuoteKind::Unchanged if q.moved => "moved",
        QuoteKind::Unchanged => "unchanged",
    }
}
