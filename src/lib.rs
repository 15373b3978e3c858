//! Palimpsest: read two versions of an article and see how they differ.
//!
//! Data flows one way, each layer using only those before it:
//!
//! bytes → [`ingest`] (read a file, standard input or the sample; decode; extract the text
//! of HTML and Markdown) → [`text`] (paragraphs, sentences, quotations, speakers) →
//! [`document::Document`] → [`compare`] (pair sentences and quotations, find moves) →
//! [`comparison::Comparison`], the one hand-off → [`present::Presented`], the one
//! presentation model → [`report`] (JSON, HTML, Markdown, CSV, text) and the desktop app.
//!
//! The core (everything but `app` and `cli`) has no GUI dependency: the `app` cargo
//! feature (on by default) is the only place where eframe, egui and rfd enter, so the
//! library and the command line also build without them (`--no-default-features`), for
//! scripts, fuzzing and other front ends. [`compare::verify`] defines the invariants every
//! comparison keeps, used by the tests and the fuzz targets ([`fuzz`]) alike.

#[cfg(feature = "app")]
pub mod app;
pub mod batch;
pub mod cli;
pub mod compare;
pub mod comparison;
pub mod document;
pub mod fuzz;
pub mod history;
pub mod ingest;
pub mod parallel;
pub mod present;
pub mod report;
pub mod samples;
pub mod text;
