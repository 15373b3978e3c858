//! The fonts the app draws with, all built into the binary: egui's own (text, code and
//! monochrome emoji) and a symbol font of ours, so that every mark, arrow and icon of the
//! app looks the same on every machine and the GUI tests depend on no installed font.
//! System fonts are asked only for characters none of these has (an article in a script
//! they lack); where nothing has a character, egui draws a box rather than failing.

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};

/// The name of our symbol font (arrows, operators, shapes, dingbats from DejaVu Sans).
pub const SYMBOLS: &str = "palimpsest-symbols";

static SYMBOLS_TTF: &[u8] = include_bytes!("../../assets/fonts/PalimpsestSymbols.ttf");

/// egui's fonts with our symbol font right after each family's text font.
pub fn definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        SYMBOLS.to_owned(),
        Arc::new(FontData::from_static(SYMBOLS_TTF)),
    );
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        let list = fonts.families.entry(family).or_default();
        let at = list.len().min(1);
        list.insert(at, SYMBOLS.to_owned());
    }
    fonts
}

/// Makes `ctx` draw with the app's fonts.
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
}
