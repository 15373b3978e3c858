//! The views of the comparison on screen: side by side, redline, the quotations panel, the
//! overview strip and the search bar. Each reads the [`Screen`](super::screen::Screen)
//! and its own state, and pushes commands.

pub mod history;
pub mod overview;
pub mod quotes_panel;
pub mod redline;
pub mod search_bar;
pub mod side_by_side;

use std::time::Instant;

use egui::{RichText, Ui};

use super::style::Palette;
use crate::comparison::Flag;
use crate::present::{self, Line};

/// How this frame draws: the theme's colours, the search query to highlight, and the line
/// that glows after a jump.
pub struct Look<'a> {
    /// The theme's colours.
    pub palette: Palette,
    /// The query to highlight, if any.
    pub search: Option<&'a str>,
    /// The line that glows, and since when.
    pub flash: Option<(Line, Instant)>,
    /// A filter hides some rows.
    pub filtered: bool,
}

/// The text of a fold of `count` rows: "… 10 unchanged sentences — show", or "… 10
/// sentences hidden by the filter — show".
pub fn fold_text(count: usize, filtered: bool) -> String {
    let plural = if count == 1 { "sentence" } else { "sentences" };
    if filtered {
        format!("… {count} {plural} hidden by the filter — show")
    } else {
        format!("… {count} unchanged {plural} — show")
    }
}

/// The badges of a row's or a quotation's changes of meaning ("№ 16 → 18 per cent"),
/// each in a frame of its own, naming its kind on hover.
pub fn badges_ui(ui: &mut Ui, flags: &[Flag], p: &Palette) {
    for flag in flags {
        let size = ui.style().text_styles[&egui::TextStyle::Body].size * 0.85;
        let frame = egui::Frame::new()
            .fill(p.flag_bg)
            .stroke(egui::Stroke::new(1.0, p.flag.gamma_multiply(0.6)))
            .corner_radius(3.0)
            .inner_margin(egui::Margin::symmetric(5, 1))
            .outer_margin(egui::Margin {
                left: 0,
                right: 6,
                top: 2,
                bottom: 0,
            });
        frame
            .show(ui, |ui| {
                ui.label(
                    RichText::new(present::flag_badge(flag))
                        .size(size)
                        .color(p.flag),
                )
            })
            .inner
            .on_hover_text(present::capitalised(&present::flag_line(flag)));
    }
}

/// The hover text of a row: its name, then one line per change of meaning.
pub fn row_hover(name: &str, flags: &[Flag]) -> String {
    let mut text = present::capitalised(name);
    for flag in flags {
        text.push('\n');
        text.push_str(&format!(
            "{} {}",
            present::flag_look(flag.kind).symbol,
            present::capitalised(&present::flag_line(flag))
        ));
    }
    text
}

impl Look<'_> {
    /// How strongly `line` glows now, from 1 (just jumped to) to 0.
    pub fn glow(&self, line: Line) -> Option<f32> {
        let (flashed, at) = self.flash?;
        (flashed == line)
            .then(|| (1.0 - at.elapsed().as_secs_f32() / super::FLASH.as_secs_f32()).max(0.0))
    }
}
