//! Reports of a story's whole history (`palimpsest history`): the JSON of the spec
//! (`palimpsest/history/1`), a text timeline for the terminal, Markdown, and CSV with one
//! row per lineage or lifeline event.

use std::io::{self, Write};
use std::time::SystemTime;

use serde::Serialize;

use maud::html;

use super::html::{self as html_report, HtmlOptions};
use super::json::{DocumentJson, QuoteChangeJson, SentenceChangeJson, quote_rows, sentence_rows};
use super::markdown::escape;
use crate::comparison::{Options, Summary};
use crate::history::{EventKind, History};
use crate::present::Presented;

/// The schema name and version of the history report.
pub const SCHEMA: &str = "palimpsest/history/1";

/// A version: the spec's `Document` with its label and time.
#[derive(Debug, Serialize)]
struct VersionJson<'a> {
    label: &'a str,
    time: Option<String>,
    #[serde(flatten)]
    document: DocumentJson<'a>,
}

/// One step: the pair report body of versions `from` and `to`.
#[derive(Debug, Serialize)]
struct StepJson<'a> {
    from: usize,
    to: usize,
    sentences: Vec<SentenceChangeJson<'a>>,
    quotes: Vec<QuoteChangeJson<'a>>,
    summary: &'a Summary,
}

#[derive(Debug, Serialize)]
struct LineageJson<'a> {
    id: usize,
    cells: &'a [Option<usize>],
    introduced: usize,
    last_changed: Option<usize>,
    parents: &'a [usize],
}

#[derive(Debug, Serialize)]
struct EventJson<'a> {
    version: usize,
    kind: EventKind,
    speaker: Option<&'a str>,
}

#[derive(Debug, Serialize)]
struct LifelineJson<'a> {
    id: usize,
    cells: &'a [Option<usize>],
    events: Vec<EventJson<'a>>,
}

/// Counts over the whole history: the threads, the first (`old_*`) and last (`new_*`)
/// versions' sizes, and the changes of every step added up.
#[derive(Debug, Serialize)]
struct HistorySummary {
    versions: usize,
    lineages: usize,
    quote_lifelines: usize,
    old_sentences: usize,
    new_sentences: usize,
    old_quotes: usize,
    new_quotes: usize,
    edited: usize,
    added: usize,
    removed: usize,
    split: usize,
    merged: usize,
    moved: usize,
    quotes_added: usize,
    quotes_edited: usize,
    quotes_removed: usize,
    quotes_moved: usize,
    quotes_restored: usize,
    quotes_speaker_changed: usize,
}

#[derive(Debug, Serialize)]
struct HistoryJson<'a> {
    schema: &'static str,
    tool: String,
    options: &'a Options,
    versions: Vec<VersionJson<'a>>,
    steps: Vec<StepJson<'a>>,
    lineages: Vec<LineageJson<'a>>,
    quote_lifelines: Vec<LifelineJson<'a>>,
    summary: HistorySummary,
    approximate: bool,
}

/// A time as ISO 8601 in UTC (`2026-11-30T17:31:26Z`).
pub fn iso_time(time: SystemTime) -> String {
    humantime::format_rfc3339_seconds(time).to_string()
}

fn events(h: &History, kind: EventKind) -> usize {
    h.lifelines
        .iter()
        .flat_map(|l| &l.events)
        .filter(|e| e.kind == kind && e.version > 0)
        .count()
}

fn summary(h: &History) -> HistorySummary {
    let total = |f: fn(&Summary) -> usize| h.steps.iter().map(|s| f(&s.summary)).sum();
    HistorySummary {
        versions: h.versions.len(),
        lineages: h.lineages.len(),
        quote_lifelines: h.lifelines.len(),
        old_sentences: h.versions.first().map_or(0, |v| v.document.sentences.len()),
        new_sentences: h.versions.last().map_or(0, |v| v.document.sentences.len()),
        old_quotes: h.versions.first().map_or(0, |v| v.document.quotes.len()),
        new_quotes: h.versions.last().map_or(0, |v| v.document.quotes.len()),
        edited: total(|s| s.edited),
        added: total(|s| s.added),
        removed: total(|s| s.removed),
        split: total(|s| s.split),
        merged: total(|s| s.merged),
        moved: total(|s| s.moved),
        quotes_added: events(h, EventKind::Added),
        quotes_edited: events(h, EventKind::Edited),
        quotes_removed: events(h, EventKind::Removed),
        quotes_moved: events(h, EventKind::Moved),
        quotes_restored: events(h, EventKind::Restored),
        quotes_speaker_changed: events(h, EventKind::SpeakerChanged),
    }
}

/// Writes the JSON history report, indented when `pretty`.
pub fn write_json(out: &mut dyn Write, h: &History, pretty: bool) -> io::Result<()> {
    let report = HistoryJson {
        schema: SCHEMA,
        tool: format!("palimpsest {}", env!("CARGO_PKG_VERSION")),
        options: &h.options,
        versions: h
            .versions
            .iter()
            .map(|v| VersionJson {
                label: &v.label,
                time: v.time.map(iso_time),
                document: DocumentJson::new(&v.document),
            })
            .collect(),
        steps: h
            .steps
            .iter()
            .enumerate()
            .map(|(i, c)| StepJson {
                from: i,
                to: i + 1,
                sentences: sentence_rows(c),
                quotes: quote_rows(c),
                summary: &c.summary,
            })
            .collect(),
        lineages: h
            .lineages
            .iter()
            .enumerate()
            .map(|(id, l)| LineageJson {
                id,
                cells: &l.cells,
                introduced: l.introduced,
                last_changed: l.last_changed,
                parents: &l.parents,
            })
            .collect(),
        quote_lifelines: h
            .lifelines
            .iter()
            .enumerate()
            .map(|(id, l)| LifelineJson {
                id,
                cells: &l.cells,
                events: l
                    .events
                    .iter()
                    .map(|e| EventJson {
                        version: e.version,
                        kind: e.kind,
                        speaker: e.speaker.as_deref(),
                    })
                    .collect(),
            })
            .collect(),
        summary: summary(h),
        approximate: h.approximate,
    };
    if pretty {
        serde_json::to_writer_pretty(&mut *out, &report)?;
    } else {
        serde_json::to_writer(&mut *out, &report)?;
    }
    out.write_all(b"\n")
}

/// What changed from the version before `v`, in symbols with their words: `~2 edited, +1
/// added, …; quotations +0 −1 ~0 !0`; none for the first version.
pub fn step_counts(h: &History, v: usize) -> Option<String> {
    let s = &h.steps.get(v.checked_sub(1)?)?.summary;
    Some(format!(
        "~{} edited, +{} added, −{} removed, ÷{} split, ⊕{} merged, ↕{} moved; quotations +{} −{} ~{} !{}",
        s.edited,
        s.added,
        s.removed,
        s.split,
        s.merged,
        s.moved,
        s.quotes_added,
        s.quotes_removed,
        s.quotes_edited,
        s.quotes_speaker_changed
    ))
}

/// A version's label with its time: `v2.md (2026-11-30T17:31:26Z)`.
fn label(h: &History, version: usize) -> String {
    let v = &h.versions[version];
    match v.time {
        Some(time) => format!("{} ({})", v.label, iso_time(time)),
        None => v.label.clone(),
    }
}

/// Writes the text timeline: one line per version with the changes that led to it, then
/// each quotation's life.
pub fn write_text(out: &mut dyn Write, h: &History) -> io::Result<()> {
    writeln!(out, "{} versions", h.versions.len())?;
    for (v, version) in h.versions.iter().enumerate() {
        let sentences = version.document.sentences.len();
        let counts = match step_counts(h, v) {
            Some(counts) => format!("{sentences} sentences: {counts}"),
            None => format!("{sentences} sentences"),
        };
        writeln!(out, "  v{}  {}  {counts}", v + 1, label(h, v))?;
    }
    writeln!(out, "\nQuotations")?;
    for life in &h.lifelines {
        let text = crate::present::one_line(h.quote_text(life));
        writeln!(out, "  “{}”", text.trim())?;
        for e in &life.events {
            let speaker = e.speaker.as_deref().unwrap_or("no speaker");
            writeln!(
                out,
                "      v{} {} — {speaker}",
                e.version + 1,
                e.kind.words()
            )?;
        }
    }
    if h.approximate {
        writeln!(out, "\n{}", crate::present::APPROXIMATE)?;
    }
    Ok(())
}

/// Writes the Markdown report: the timeline as a table, then the quotation lifelines as
/// a table of quotations × versions.
pub fn write_markdown(out: &mut dyn Write, h: &History) -> io::Result<()> {
    writeln!(out, "# History of {} versions\n", h.versions.len())?;
    writeln!(
        out,
        "| Version | Sentences | Edited | Added | Removed | Split | Merged | Moved | Quotations |"
    )?;
    writeln!(out, "|---|---:|---:|---:|---:|---:|---:|---:|---:|")?;
    for (v, version) in h.versions.iter().enumerate() {
        let doc = &version.document;
        let cells = match v.checked_sub(1).map(|s| &h.steps[s].summary) {
            None => ["–"; 6].join(" | "),
            Some(s) => [s.edited, s.added, s.removed, s.split, s.merged, s.moved]
                .map(|n| n.to_string())
                .join(" | "),
        };
        writeln!(
            out,
            "| v{} {} | {} | {cells} | {} |",
            v + 1,
            escape(&label(h, v)),
            doc.sentences.len(),
            doc.quotes.len()
        )?;
    }
    writeln!(out, "\n## Quotation lifelines\n")?;
    if h.lifelines.is_empty() {
        writeln!(out, "No version has quotations.")?;
        return Ok(());
    }
    let heads: Vec<String> = (1..=h.versions.len()).map(|v| format!("v{v}")).collect();
    writeln!(out, "| Quotation | {} |", heads.join(" | "))?;
    writeln!(out, "|---|{}", ":-:|".repeat(heads.len()))?;
    for life in &h.lifelines {
        let cells: Vec<String> = (0..h.versions.len())
            .map(|v| {
                let marks: Vec<&str> = life
                    .events
                    .iter()
                    .filter(|e| e.version == v)
                    .map(|e| e.kind.words())
                    .collect();
                match (life.cells[v], marks.is_empty()) {
                    (Some(_), true) => "●".to_owned(),
                    (_, false) => marks.join(", "),
                    (None, true) => String::new(),
                }
            })
            .collect();
        writeln!(
            out,
            "| “{}” | {} |",
            escape(h.quote_text(life).trim()),
            cells.join(" | ")
        )?;
    }
    Ok(())
}

/// Writes the CSV report: one row per lineage (`unit` = `sentence`) and one per lifeline
/// event (`unit` = `quote`), cells defused against formulas as in the pair CSV.
pub fn write_csv(out: &mut dyn Write, h: &History) -> io::Result<()> {
    let mut writer = ::csv::Writer::from_writer(out);
    let row = |writer: &mut ::csv::Writer<&mut dyn Write>, fields: [String; 7]| {
        writer.write_record(fields).map_err(io::Error::other)
    };
    row(
        &mut writer,
        [
            "unit", "id", "version", "event", "parents", "speaker", "text",
        ]
        .map(str::to_owned),
    )?;
    for (id, l) in h.lineages.iter().enumerate() {
        let text = h.sentence_text(l).to_owned();
        let event = match l.last_changed {
            Some(v) => format!("introduced v{}, last changed v{}", l.introduced + 1, v + 1),
            None => format!("introduced v{}", l.introduced + 1),
        };
        let parents: Vec<String> = l.parents.iter().map(ToString::to_string).collect();
        row(
            &mut writer,
            [
                "sentence".into(),
                id.to_string(),
                (l.introduced + 1).to_string(),
                event,
                parents.join(" "),
                String::new(),
                super::csv::cell(text),
            ],
        )?;
    }
    for (id, life) in h.lifelines.iter().enumerate() {
        let text = super::csv::cell(h.quote_text(life).to_owned());
        for e in &life.events {
            row(
                &mut writer,
                [
                    "quote".into(),
                    id.to_string(),
                    (e.version + 1).to_string(),
                    e.kind.words().into(),
                    String::new(),
                    super::csv::cell(e.speaker.clone().unwrap_or_default()),
                    text.clone(),
                ],
            )?;
        }
    }
    writer.flush()
}

/// Writes the HTML report: the timeline, the quotation lifelines as a table of
/// quotations × versions, then each step's changes (folded, the last one open).
pub fn write_html(out: &mut dyn Write, h: &History) -> io::Result<()> {
    let count = h.versions.len();
    let step_counts = |v: usize| step_counts(h, v).unwrap_or_default();
    let body = html! {
        header {
            h1 { "History of " (count) " versions" }
        }
        section #timeline {
            h2 { "Timeline" }
            table.quotes {
                thead { tr { th { "Version" } th { "Time" } th { "Sentences" } th { "Quotations" } th { "Changes from the one before" } } }
                tbody {
                    @for (v, version) in h.versions.iter().enumerate() {
                        tr {
                            td dir="auto" { a href=(format!("#step{v}")) { "v" (v + 1) " " (version.label) } }
                            td { (version.time.map(iso_time).unwrap_or_default()) }
                            td { (version.document.sentences.len()) }
                            td { (version.document.quotes.len()) }
                            td { (step_counts(v)) }
                        }
                    }
                }
            }
        }
        section #lifelines {
            h2 { "Quotation lifelines" }
            @if h.lifelines.is_empty() {
                p { "No version has quotations." }
            } @else {
                table.quotes {
                    thead { tr { th { "Quotation" } @for v in 0..count { th { "v" (v + 1) } } } }
                    tbody {
                        @for life in &h.lifelines {
                            tr {
                                td dir="auto" { "“" (h.quote_text(life).trim()) "”" }
                                @for v in 0..count {
                                    td.speaker dir="auto" {
                                        @for e in life.events.iter().filter(|e| e.version == v) {
                                            b { (e.kind.words()) } br;
                                            (e.speaker.as_deref().unwrap_or("no speaker")) br;
                                        }
                                        @if life.cells[v].is_some() && !life.events.iter().any(|e| e.version == v) { "●" }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        @for (i, step) in h.steps.iter().enumerate() {
            details id=(format!("step{}", i + 1)) open[i + 1 == h.steps.len()] {
                summary { h2 { "v" (i + 1) " → v" (i + 2) ": " (h.versions[i + 1].label) " " small { (step_counts(i + 1)) } } }
                (html_report::changes(&Presented::new(step.clone()), HtmlOptions::default()))
            }
        }
    };
    out.write_all(
        html_report::page(&format!("History of {count} versions — Palimpsest"), body).as_bytes(),
    )
}
