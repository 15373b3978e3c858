//! Word (.docx, .docm, .dotx) and OpenDocument (.odt) files, found by their content: a ZIP
//! archive holding `word/document.xml`, or an OpenDocument text `mimetype`. Their text is read
//! as the reader sees it: paragraphs in order, headings and list items whole, table rows with
//! their cells joined by ` | `, text boxes as paragraphs of their own, fields by their
//! result, and footnotes and endnotes after the body (marked). Tracked changes are read as
//! if accepted (insertions kept, deletions left out), or as the document was before them
//! ([`Tracked::Original`]), with a warning naming their authors; comments are not text. The archive is read with `zip`, the XML with `quick-xml`.

use std::collections::BTreeSet;
use std::io::{Cursor, Read};

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::Tracked;
use super::blocks::Builder;

/// The most a part of the document may unpack to: a defence against ZIP bombs.
const MAX_PART: u64 = 64 << 20;

/// An office document's readable text, title and oddities.
pub struct Office {
    /// The format: `docx` or `odt`.
    pub format: &'static str,
    /// The text, its units and what was left out.
    pub builder: Builder,
    /// The document's title, from its properties.
    pub title: Option<String>,
}

/// Reads `bytes` as a Word or OpenDocument text file; `Ok(None)` when the ZIP archive is
/// neither, `Err` with a reason when it is one but cannot be read.
pub fn read(bytes: &[u8], tracked: Tracked) -> Result<Option<Office>, String> {
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(None);
    };
    let mut part = |name: &str| -> Result<Option<String>, String> {
        let Ok(file) = archive.by_name(name) else {
            return Ok(None);
        };
        let mut text = String::new();
        file.take(MAX_PART + 1)
            .read_to_string(&mut text)
            .map_err(|e| format!("its part {name} cannot be unpacked: {e}"))?;
        if text.len() as u64 > MAX_PART {
            return Err(format!("its part {name} unpacks to more than 64 MiB"));
        }
        Ok(Some(text))
    };
    if let Some(document) = part("word/document.xml")? {
        let mut reader = Word::new(tracked);
        reader.read(&document, Region::Body)?;
        for (name, region) in [
            ("word/footnotes.xml", Region::Footnotes),
            ("word/endnotes.xml", Region::Endnotes),
        ] {
            if let Some(notes) = part(name)? {
                reader.read(&notes, region)?;
            }
        }
        let title = part("docProps/core.xml")?.and_then(|core| element_text(&core, "title"));
        return Ok(Some(reader.finish("docx", title)));
    }
    let mimetype = part("mimetype")?.unwrap_or_default();
    if mimetype.trim() == "application/vnd.oasis.opendocument.text" {
        let content = part("content.xml")?.ok_or("it has no content.xml")?;
        let mut reader = Open::new(tracked);
        reader.read(&content)?;
        let title = part("meta.xml")?.and_then(|meta| element_text(&meta, "title"));
        return Ok(Some(reader.finish(title)));
    }
    Ok(None)
}

/// Reads one XML part as the body of a Word document (`word`) or as an OpenDocument
/// `content.xml`: for fuzzing the readers without building archives.
pub fn read_part(xml: &str, word: bool, tracked: Tracked) -> Result<Office, String> {
    if word {
        let mut reader = Word::new(tracked);
        reader.read(xml, Region::Body)?;
        Ok(reader.finish("docx", None))
    } else {
        let mut reader = Open::new(tracked);
        reader.read(xml)?;
        Ok(reader.finish(None))
    }
}

/// The text of the first element called `local` (any prefix), if it has any.
fn element_text(xml: &str, local: &str) -> Option<String> {
    let mut reader = Reader::from_str(xml);
    let mut inside = false;
    let mut text = String::new();
    loop {
        match reader.read_event().ok()? {
            Event::Start(e) if e.local_name().as_ref() == local => inside = true,
            Event::End(e) if e.local_name().as_ref() == local => break,
            Event::Text(t) if inside => text.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if inside => text.push_str(&reference(&r)),
            Event::Eof => break,
            _ => {}
        }
    }
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (!text.is_empty()).then_some(text)
}

/// The text an entity or character reference stands for.
fn reference(r: &quick_xml::events::BytesRef<'_>) -> String {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        return c.to_string();
    }
    let name = r.xml10_content();
    quick_xml::escape::resolve_predefined_entity(&name)
        .map_or_else(|| format!("&{name};"), str::to_owned)
}

/// The value of attribute `local` (any prefix) of `e`.
fn attribute(e: &BytesStart<'_>, local: &str) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        (a.key.local_name().as_ref() == local).then(|| {
            let raw = a.value.to_string();
            quick_xml::escape::unescape(&raw).map_or(raw.clone(), |v| v.into_owned())
        })
    })
}

/// Where a Word part's paragraphs go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Region {
    Body,
    Footnotes,
    Endnotes,
}

/// A paragraph being read, and whether it is read whole (a heading or list item).
#[derive(Debug, Default)]
struct Paragraph {
    text: String,
    whole: bool,
}

/// The paragraphs, tables and tracked changes of a document being read, shared by the
/// Word and OpenDocument readers.
#[derive(Debug, Default)]
struct Text {
    out: Builder,
    /// Open paragraphs: more than one inside a text box or a note.
    paragraphs: Vec<Paragraph>,
    /// Cells of the table rows being read (tables nest).
    rows: Vec<Vec<String>>,
    cells: Vec<String>,
    /// Footnotes and endnotes, read after the body.
    notes: Vec<String>,
    authors: BTreeSet<String>,
    changes: bool,
    /// Depth inside what is not read (deleted text, field codes, comments).
    skip: usize,
    /// How tracked changes are read.
    tracked: Tracked,
}

impl Text {
    /// Nothing read yet; tracked changes to be read as `tracked` says.
    fn new(tracked: Tracked) -> Self {
        Self {
            tracked,
            ..Self::default()
        }
    }

    fn open(&mut self) {
        self.paragraphs.push(Paragraph::default());
    }

    fn push(&mut self, text: &str) {
        if self.skip == 0
            && let Some(p) = self.paragraphs.last_mut()
        {
            p.text.push_str(text);
        }
    }

    fn whole(&mut self) {
        if let Some(p) = self.paragraphs.last_mut() {
            p.whole = true;
        }
    }

    /// Ends a paragraph: into the cell being read, the notes, or the text.
    fn close(&mut self, note: Option<&str>) {
        let Some(p) = self.paragraphs.pop() else {
            return;
        };
        let text = p.text.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.is_empty() {
            return;
        }
        if let Some(cell) = self.cells.last_mut() {
            if !cell.is_empty() {
                cell.push(' ');
            }
            cell.push_str(&text);
        } else if let Some(label) = note {
            self.notes.push(format!("{label}: {text}"));
        } else if p.whole {
            self.out.whole(&text);
        } else {
            self.out.prose(&text);
        }
    }

    fn open_row(&mut self) {
        self.rows.push(Vec::new());
    }

    fn open_cell(&mut self) {
        self.cells.push(String::new());
    }

    fn close_cell(&mut self) {
        if let (Some(cell), Some(row)) = (self.cells.pop(), self.rows.last_mut()) {
            row.push(cell);
        }
    }

    fn close_row(&mut self) {
        let Some(row) = self.rows.pop() else {
            return;
        };
        let cells: Vec<String> = row.into_iter().filter(|c| !c.is_empty()).collect();
        if cells.is_empty() {
            return;
        }
        let line = cells.join(" | ");
        match self.cells.last_mut() {
            Some(outer) => {
                if !outer.is_empty() {
                    outer.push(' ');
                }
                outer.push_str(&line);
            }
            None => self.out.whole(&line),
        }
    }

    fn finish(mut self, format: &'static str, title: Option<String>) -> Office {
        for note in std::mem::take(&mut self.notes) {
            self.out.prose(&note);
        }
        if self.changes {
            let authors: Vec<String> = self.authors.into_iter().collect();
            let by = if authors.is_empty() {
                String::new()
            } else {
                format!(" by {}", authors.join(", "))
            };
            let how = match self.tracked {
                Tracked::Accepted => "as if they were all accepted",
                Tracked::Original => "as it was before them",
            };
            self.out.warn_at_start(format!(
                "the document has tracked changes{by}; it is read {how}"
            ));
        }
        Office {
            format,
            builder: self.out,
            title,
        }
    }
}

/// The Word reader: `w:p` paragraphs of `w:t` runs.
#[derive(Debug)]
struct Word {
    text: Text,
    /// Inside `w:t`, whose text is the document's.
    in_run_text: bool,
    /// The label of the footnote or endnote being read.
    note: Option<String>,
    notes_read: usize,
}

impl Word {
    fn new(tracked: Tracked) -> Self {
        Self {
            text: Text::new(tracked),
            in_run_text: false,
            note: None,
            notes_read: 0,
        }
    }

    /// `true` for an element whose content is left out under the tracked-changes reading:
    /// insertions read as before the changes, deletions read as accepted.
    fn hidden_change(&self, local: &str) -> bool {
        match local {
            "ins" | "moveTo" => self.text.tracked == Tracked::Original,
            "del" | "moveFrom" => self.text.tracked == Tracked::Accepted,
            _ => false,
        }
    }

    fn read(&mut self, xml: &str, region: Region) -> Result<(), String> {
        let mut reader = Reader::from_str(xml);
        loop {
            let event = reader
                .read_event()
                .map_err(|e| format!("its XML is broken: {e}"))?;
            match event {
                Event::Start(e) => self.start(&e, region, false),
                Event::Empty(e) => self.start(&e, region, true),
                Event::End(e) => self.end(e.local_name().as_ref()),
                Event::Text(t) if self.in_run_text => self.text.push(&t.xml10_content()),
                Event::GeneralRef(r) if self.in_run_text => self.text.push(&reference(&r)),
                Event::Eof => return Ok(()),
                _ => {}
            }
        }
    }

    fn start(&mut self, e: &BytesStart<'_>, region: Region, empty: bool) {
        match e.local_name().as_ref() {
            "p" if !empty => self.text.open(),
            "t" if !empty => self.in_run_text = true,
            "tab" | "br" | "cr" => self.text.push(" "),
            "noBreakHyphen" => self.text.push("-"),
            "pStyle" => {
                let style = attribute(e, "val").unwrap_or_default().to_ascii_lowercase();
                if style.starts_with("heading") || style == "title" || style == "subtitle" {
                    self.text.whole();
                }
            }
            "numPr" => self.text.whole(),
            "tr" if !empty => self.text.open_row(),
            "tc" if !empty => self.text.open_cell(),
            local @ ("ins" | "moveTo" | "del" | "moveFrom") => {
                self.text.changes = true;
                self.text.authors.extend(attribute(e, "author"));
                if !empty && self.hidden_change(local) {
                    self.text.skip += 1;
                }
            }
            // Deleted text, read as before the changes.
            "delText" if !empty && self.text.tracked == Tracked::Original => {
                self.in_run_text = true;
            }
            // `mc:Fallback` repeats a text box of `mc:Choice` for old readers.
            "instrText" | "delText" | "delInstrText" | "Fallback" if !empty => {
                self.text.skip += 1;
            }
            "footnote" | "endnote" if !empty && region != Region::Body => {
                let separator = attribute(e, "type").is_some_and(|t| t != "normal");
                if separator {
                    self.text.skip += 1;
                } else {
                    self.notes_read += 1;
                    let kind = if region == Region::Footnotes {
                        "Footnote"
                    } else {
                        "Endnote"
                    };
                    self.note = Some(format!("{kind} {}", self.notes_read));
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, local: &str) {
        match local {
            "p" => self.text.close(self.note.as_deref()),
            "t" => self.in_run_text = false,
            "delText" if self.text.tracked == Tracked::Original => self.in_run_text = false,
            local @ ("ins" | "moveTo" | "del" | "moveFrom") if self.hidden_change(local) => {
                self.text.skip = self.text.skip.saturating_sub(1);
            }
            "tc" => self.text.close_cell(),
            "tr" => self.text.close_row(),
            "instrText" | "delText" | "delInstrText" | "Fallback" => {
                self.text.skip = self.text.skip.saturating_sub(1);
            }
            "footnote" | "endnote" => self.end_note(),
            _ => {}
        }
    }

    /// Ends a footnote or endnote, or the separator skipped in its place.
    fn end_note(&mut self) {
        if self.note.take().is_none() {
            self.text.skip = self.text.skip.saturating_sub(1);
        }
    }

    fn finish(self, format: &'static str, title: Option<String>) -> Office {
        self.text.finish(format, title)
    }
}

/// The OpenDocument reader: `text:p` and `text:h` in `content.xml`. Its tracked changes
/// sit in a region before the text, the deletions with their text; the text marks where a
/// deletion was (`text:change`) and the span of an insertion (`text:change-start`/`-end`).
#[derive(Debug, Default)]
struct Open {
    text: Text,
    /// Depth of list items around: their paragraphs are read whole.
    list_items: usize,
    /// The label of the note being read (`Footnote 2`), and the notes read.
    note: Option<String>,
    notes_read: usize,
    /// Inside the `dc:creator` of a tracked change: its author.
    in_creator: bool,
    /// The tracked change being read in the region: its id, and whether it is a deletion.
    region: Option<(String, bool)>,
    /// Inside a change's author and date, which are not its text.
    in_change_info: bool,
    /// The text of each deletion, by id.
    deletions: std::collections::HashMap<String, String>,
    /// The ids of the insertions.
    insertions: BTreeSet<String>,
}

impl Open {
    fn new(tracked: Tracked) -> Self {
        Self {
            text: Text::new(tracked),
            ..Self::default()
        }
    }

    fn read(&mut self, xml: &str) -> Result<(), String> {
        let mut reader = Reader::from_str(xml);
        loop {
            let event = reader
                .read_event()
                .map_err(|e| format!("its XML is broken: {e}"))?;
            match event {
                Event::Start(e) => self.start(&e, false),
                Event::Empty(e) => self.start(&e, true),
                Event::End(e) => self.end(e.local_name().as_ref()),
                Event::Text(t) if self.in_creator => {
                    let author = t.xml10_content().trim().to_owned();
                    if !author.is_empty() {
                        self.text.authors.insert(author);
                    }
                }
                Event::Text(t)
                    if !self.in_change_info
                        && self.region.as_ref().is_some_and(|(_, deletion)| *deletion) =>
                {
                    if let Some((id, _)) = &self.region {
                        let deleted = self.deletions.entry(id.clone()).or_default();
                        deleted.push_str(&t.xml10_content());
                    }
                }
                Event::Text(t) => self.text.push(&t.xml10_content()),
                Event::GeneralRef(r) => self.text.push(&reference(&r)),
                Event::Eof => return Ok(()),
                _ => {}
            }
        }
    }

    fn start(&mut self, e: &BytesStart<'_>, empty: bool) {
        match e.local_name().as_ref() {
            "p" | "h" if !empty => {
                self.text.open();
                if e.local_name().as_ref() == "h" || self.list_items > 0 {
                    self.text.whole();
                }
            }
            "s" => {
                let count = attribute(e, "c")
                    .and_then(|c| c.parse().ok())
                    .unwrap_or(1usize);
                self.text.push(&" ".repeat(count.min(64)));
            }
            "tab" | "line-break" => self.text.push(" "),
            "list-item" | "list-header" if !empty => self.list_items += 1,
            "table-row" if !empty => self.text.open_row(),
            "table-cell" if !empty => self.text.open_cell(),
            "note" if !empty => {
                self.notes_read += 1;
                let endnote = attribute(e, "note-class").is_some_and(|c| c == "endnote");
                let kind = if endnote { "Endnote" } else { "Footnote" };
                self.note = Some(format!("{kind} {}", self.notes_read));
            }
            "note-citation" | "annotation" | "tracked-changes" if !empty => {
                if e.local_name().as_ref() == "tracked-changes" {
                    self.text.changes = true;
                }
                self.text.skip += 1;
            }
            "creator" if !empty && self.text.skip > 0 => self.in_creator = true,
            "change-info" if !empty => self.in_change_info = true,
            "changed-region" if !empty => {
                let id = attribute(e, "id").unwrap_or_default();
                self.region = Some((id, false));
            }
            "deletion" if !empty => {
                if let Some((_, deletion)) = &mut self.region {
                    *deletion = true;
                }
            }
            "insertion" => {
                if let Some((id, _)) = &self.region {
                    self.insertions.insert(id.clone());
                }
            }
            "change" if self.text.tracked == Tracked::Original => {
                let id = attribute(e, "change-id").unwrap_or_default();
                if let Some(deleted) = self.deletions.get(&id).cloned() {
                    self.text.push(&deleted);
                }
            }
            "change-start" if self.text.tracked == Tracked::Original => {
                let id = attribute(e, "change-id").unwrap_or_default();
                if self.insertions.contains(&id) {
                    self.text.skip += 1;
                }
            }
            "change-end" if self.text.tracked == Tracked::Original => {
                let id = attribute(e, "change-id").unwrap_or_default();
                if self.insertions.contains(&id) {
                    self.text.skip = self.text.skip.saturating_sub(1);
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, local: &str) {
        match local {
            "p" | "h" => {
                // Paragraphs of a deletion are separated by a space when put back.
                if let Some((id, true)) = &self.region {
                    self.deletions.entry(id.clone()).or_default().push(' ');
                }
                self.text.close(self.note.as_deref());
            }
            "list-item" | "list-header" => self.list_items = self.list_items.saturating_sub(1),
            "table-cell" => self.text.close_cell(),
            "table-row" => self.text.close_row(),
            "note" => self.note = None,
            "creator" => self.in_creator = false,
            "changed-region" => self.region = None,
            "change-info" => self.in_change_info = false,
            "note-citation" | "annotation" | "tracked-changes" => {
                self.text.skip = self.text.skip.saturating_sub(1);
            }
            _ => {}
        }
    }

    fn finish(self, title: Option<String>) -> Office {
        self.text.finish("odt", title)
    }
}
