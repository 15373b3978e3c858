//! Frame time of the app with a long comparison loaded, driven headless.
//!
//! Generates a 10 MB pair (about 75,000 sentences), loads it in the app, then scrolls
//! through it with the mouse wheel for a few hundred frames, timing each frame's layout
//! and tessellation on the CPU. `cargo bench --bench ui_frame [-- SIZE]`.

#[path = "support/generate.rs"]
mod generate;

use std::time::{Duration, Instant};

use palimpsest::app::{PalimpsestApp, Settings, Start};

fn main() {
    let size = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .and_then(|a| palimpsest::cli::args::parse_size(&a).ok())
        .unwrap_or(10 * 1024 * 1024);
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let corpus = generate::corpus(&root);
    let spec = generate::Spec {
        bytes: usize::try_from(size).unwrap_or(usize::MAX),
        change_rate: 0.01,
        edit_rate: 0.0,
        shuffle_paragraphs: false,
        seed: 42,
    };
    let pair = generate::generate(&corpus, spec);
    let dir = tempfile::tempdir().expect("temp dir");
    let (old, new) = (dir.path().join("old.txt"), dir.path().join("new.txt"));
    std::fs::write(&old, generate::Pair::article(&pair.old)).expect("written");
    std::fs::write(&new, generate::Pair::article(&pair.new)).expect("written");

    let ctx = egui::Context::default();
    palimpsest::app::fonts::install(&ctx);
    let mut app = PalimpsestApp::new(ctx.clone(), Settings::default(), Start::Files(old, new));
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1400.0, 900.0));
    let input = |events: Vec<egui::Event>, time: f64| egui::RawInput {
        screen_rect: Some(screen),
        time: Some(time),
        events,
        ..egui::RawInput::default()
    };
    let started = Instant::now();
    let mut time = 0.0;
    let frame = |app: &mut PalimpsestApp, events: Vec<egui::Event>, time: f64| -> Duration {
        let start = Instant::now();
        let output = ctx.run_ui(input(events, time), |ui| app.ui(ui));
        let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
        std::hint::black_box(primitives);
        start.elapsed()
    };
    while app.busy() || app.comparison().is_none() {
        time += 0.016;
        frame(&mut app, Vec::new(), time);
        std::thread::sleep(Duration::from_millis(20));
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "the comparison finished"
        );
    }
    let sentences = app.comparison().map_or(0, |c| c.new.sentences.len());
    println!(
        "loaded {sentences} sentences in {:.2} s (wall, while drawing frames)",
        started.elapsed().as_secs_f64()
    );
    for _ in 0..10 {
        time += 0.016;
        frame(
            &mut app,
            vec![egui::Event::PointerMoved(egui::pos2(400.0, 450.0))],
            time,
        );
    }
    let mut times = Vec::new();
    for i in 0..400 {
        time += 0.016;
        let delta = if i % 100 < 80 { -120.0 } else { 400.0 };
        let events = vec![
            egui::Event::PointerMoved(egui::pos2(400.0, 450.0)),
            egui::Event::MouseWheel {
                unit: egui::MouseWheelUnit::Point,
                delta: egui::vec2(0.0, delta),
                modifiers: egui::Modifiers::NONE,
                phase: egui::TouchPhase::Move,
                source: egui::MouseWheelSource::Wheel,
            },
        ];
        times.push(frame(&mut app, events, time));
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "scrolling, {} frames: median {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms (CPU: layout + tessellation)",
        times.len(),
        ms(times[times.len() / 2]),
        ms(times[times.len() * 9 / 10]),
        ms(times[times.len() * 99 / 100]),
        ms(times[times.len() - 1]),
    );
}
