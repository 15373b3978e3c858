//! Palimpsest: read two versions of an article and see how they differ.
//!
//! Data flows one way: bytes → [`ingest`] (decode, formats) → [`text`] (sentences,
//! quotations, speakers) → [`document::Document`] → [`report`].

pub mod app;
pub mod cli;
pub mod compare;
pub mod document;
pub mod fuzz;
pub mod ingest;
pub mod report;
pub mod samples;
pub mod text;
