//! The desktop app driven headless with egui_kittest (rows and their kinds, the quotations
//! panel, navigation, filters, options, dropped files and errors, all read by label), and
//! the fonts it draws with.

mod glyphs;
mod scrolling;
mod ui;

use std::time::{Duration, Instant};

use egui_kittest::Harness;
use palimpsest::app::{PalimpsestApp, Settings, Start};

/// The same fonts as the app, and nothing from the machine: every test starts here.
fn app_fonts(ctx: &egui::Context) {
    palimpsest::app::fonts::install(ctx);
}

/// Steps the app until it is idle (the worker done), then a few more times to draw the
/// result.
fn settle(harness: &mut Harness<'_, PalimpsestApp>) {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        harness.step();
        if !harness.state().busy() {
            break;
        }
        assert!(Instant::now() < deadline, "the app settled in time");
        std::thread::sleep(Duration::from_millis(10));
    }
    harness.run_steps(3);
}

/// The app with `settings` in a window of `size`, once it has compared what `start` says.
fn open_with(
    settings: Settings,
    start: Start,
    size: egui::Vec2,
) -> Harness<'static, PalimpsestApp> {
    let app = PalimpsestApp::new(egui::Context::default(), settings, start);
    let mut harness = Harness::builder()
        .with_size(size)
        .with_context_setup(app_fonts)
        .build_ui_state(|ui, app: &mut PalimpsestApp| app.ui(ui), app);
    settle(&mut harness);
    harness
}
