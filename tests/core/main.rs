//! The core's integration tests, in one binary: sentence splitting on the gold sets,
//! reading news pages, comparing real revision pairs and the sample, invariants under
//! random edits, every report format, and every input the fuzzers found.

#[path = "../common/mod.rs"]
mod common;

mod compare_properties;
mod compare_seed;
mod compare_wikinews;
mod fuzz_regressions;
mod history;
mod html_extraction;
mod labels;
mod meaning;
mod office;
mod pdf;
mod real_files;
mod report_snapshots;
mod scaling;
mod seed;
mod segmentation;
mod speakers;
