//! The desktop app driven headless with egui_kittest (rows and their kinds, the quotations
//! panel, navigation, filters, options, dropped files and errors, all read by label), and
//! the fonts it draws with.

mod glyphs;
mod ui;

/// The same fonts as the app, and nothing from the machine: every test starts here.
fn app_fonts(ctx: &egui::Context) {
    palimpsest::app::fonts::install(ctx);
}
