//! The command line, run as a user runs it: reading one article, comparing two, and every
//! kind of bad input.

#[path = "../common/mod.rs"]
mod common;

mod bad_input;
mod batch;
mod diff;
mod history;
mod hostile;
mod read;
