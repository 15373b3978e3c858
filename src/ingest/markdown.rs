//! The readable text of a Markdown document, as its readers see it rendered.
//!
//! Front matter is metadata (its `title` is the document's title); template tags are not
//! prose ([`templates`](super::templates)). Headings, list items, table rows (cells joined
//! with ` | `) and captions are read whole; code blocks are code; paragraphs are prose, a
//! hard line break after words without a final stop ending one (a subheading, a dateline).
//! Inline code stays in its sentence, marked, so that its stops end no sentence and its
//! marks open no quotation. Emphasis goes, links keep their text, images their nothing. HTML in the Markdown is read
//! as HTML, its text kept; footnote markers go, footnote bodies stay. A block quotation
//! closed by an attribution line (`— Name`) is a quotation of that person.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::blocks::{Attribution, Builder, Dropped, Unit};
use super::{html, templates};

/// A Markdown document as read: its text, the stretches read whole, its title, and what
/// was left out.
#[derive(Debug, Default)]
pub struct Read {
    /// Paragraphs separated by blank lines.
    pub text: String,
    /// Headings, list items, table rows, captions and code blocks.
    pub units: Vec<Unit>,
    /// The front matter's title.
    pub title: Option<String>,
    /// Text left out, and where.
    pub dropped: Vec<Dropped>,
    /// Block quotations closed by the name of their speaker.
    pub attributions: Vec<Attribution>,
}

/// What the paragraph being gathered is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Prose,
    Whole,
}

/// The state of the reader between events.
struct Reader {
    out: Builder,
    current: String,
    kind: Kind,
    images: usize,
    code: Option<String>,
    row: Option<Vec<String>>,
    cell: String,
    html: String,
    superscript: bool,
    items: usize,
    quotes: Vec<Vec<String>>,
    /// Inside `**…**`, and whether the paragraph so far is all bold (a run-in heading).
    strong: usize,
    bold_only: bool,
    /// Byte ranges of inline code in `current`.
    code_spans: Vec<(usize, usize)>,
}

/// Reads a Markdown document.
pub fn read(markdown: &str) -> Read {
    let (title, body) = templates::front_matter(markdown);
    let body = templates::expand(&headings_spaced(&markdown[body..]));
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_DEFINITION_LIST;
    let mut r = Reader {
        out: Builder::default(),
        current: String::new(),
        kind: Kind::Prose,
        images: 0,
        code: None,
        row: None,
        cell: String::new(),
        html: String::new(),
        superscript: false,
        items: 0,
        quotes: Vec::new(),
        strong: 0,
        bold_only: true,
        code_spans: Vec::new(),
    };
    for event in Parser::new_ext(&body, options) {
        if !matches!(event, Event::Html(_)) && !r.html.is_empty() {
            r.html_block();
        }
        r.event(event);
    }
    r.html_block();
    r.flush();
    let (text, units, dropped, attributions) = r.out.finish();
    Read {
        text,
        units,
        title,
        dropped,
        attributions,
    }
}

impl Reader {
    fn event(&mut self, event: Event) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) => self.text(&text),
            Event::Code(code) => {
                let start = self.current.len();
                self.inline(&code);
                if self.row.is_none() && self.current.len() > start {
                    self.code_spans.push((start, self.current.len()));
                }
            }
            Event::InlineMath(math) | Event::DisplayMath(math) => self.inline(&math),
            Event::Html(html) => self.html.push_str(&html),
            Event::InlineHtml(tag) => self.inline_html(&tag),
            Event::SoftBreak => {
                // `**Join us**` on a line of its own before the text: a run-in heading;
                // not a bold paragraph whose line only wraps (`**A: Yes! Now, …` ↵ `…**`).
                let heading = self.bold_only
                    && self.strong == 0
                    && !self.current.trim().is_empty()
                    && !self
                        .current
                        .trim_end()
                        .ends_with(['.', '!', '?', ':', ';', ','])
                    && self.items == 0;
                if heading {
                    self.kind = Kind::Whole;
                    self.flush();
                } else {
                    self.inline(" ");
                }
            }
            Event::HardBreak => {
                let ends = self
                    .current
                    .trim_end()
                    .ends_with(['.', '!', '?', ':', ';', '"', '”']);
                if self.items > 0 || ends || self.kind == Kind::Whole {
                    self.inline(" ");
                } else {
                    self.flush();
                }
            }
            Event::Rule => self.flush(),
            Event::FootnoteReference(_) | Event::TaskListMarker(_) => {}
        }
    }

    fn start(&mut self, tag: Tag) {
        match tag {
            Tag::Paragraph if self.items > 0 => self.inline(" "),
            Tag::Paragraph | Tag::FootnoteDefinition(_) | Tag::DefinitionListDefinition => {
                self.flush();
            }
            Tag::Heading { .. } | Tag::DefinitionListTitle => {
                self.flush();
                self.kind = Kind::Whole;
            }
            Tag::Item => {
                self.flush();
                self.items += 1;
                self.kind = Kind::Whole;
            }
            Tag::CodeBlock(_) => {
                self.flush();
                self.code = Some(String::new());
            }
            Tag::TableHead | Tag::TableRow => {
                self.flush();
                self.row = Some(Vec::new());
            }
            Tag::TableCell => self.cell.clear(),
            Tag::BlockQuote(_) => {
                self.flush();
                self.quotes.push(Vec::new());
            }
            Tag::Image { .. } => self.images += 1,
            Tag::Strong => self.strong += 1,
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph if self.items > 0 => {}
            TagEnd::Paragraph
            | TagEnd::Heading(_)
            | TagEnd::FootnoteDefinition
            | TagEnd::DefinitionListTitle
            | TagEnd::DefinitionListDefinition => self.flush(),
            TagEnd::Item => {
                self.flush();
                self.items = self.items.saturating_sub(1);
                if self.items > 0 {
                    self.kind = Kind::Whole;
                }
            }
            TagEnd::CodeBlock => {
                if let Some(code) = self.code.take() {
                    self.out.code(&code);
                }
            }
            TagEnd::TableCell => {
                let cell = fold(&self.cell);
                if let Some(row) = self.row.as_mut() {
                    row.push(cell);
                }
            }
            TagEnd::TableHead | TagEnd::TableRow => {
                if let Some(row) = self.row.take() {
                    let cells: Vec<String> = row.into_iter().filter(|c| !c.is_empty()).collect();
                    self.out.whole(&cells.join(" | "));
                }
            }
            TagEnd::BlockQuote(_) => {
                self.flush();
                if let Some(paragraphs) = self.quotes.pop() {
                    self.block_quote(paragraphs);
                }
            }
            TagEnd::Image => self.images = self.images.saturating_sub(1),
            TagEnd::Strong => self.strong = self.strong.saturating_sub(1),
            _ => {}
        }
    }

    fn text(&mut self, text: &str) {
        if let Some(code) = self.code.as_mut() {
            code.push_str(text);
        } else if self.superscript && text.trim().chars().all(|c| c.is_ascii_digit()) {
            // A footnote marker written as <sup>1</sup>.
        } else {
            self.inline(text);
        }
    }

    /// Words of the paragraph being gathered (or of the table cell).
    fn inline(&mut self, text: &str) {
        if self.images > 0 {
            return;
        }
        if self.strong == 0 && !text.trim().is_empty() {
            self.bold_only = false;
        }
        if self.row.is_some() {
            self.cell.push_str(text);
        } else {
            self.current.push_str(text);
        }
    }

    /// A tag of HTML inside a paragraph: `<br>` is a break, `<sup>` may hold a footnote
    /// marker; the others only style their words.
    fn inline_html(&mut self, tag: &str) {
        let name: String = tag
            .trim_start_matches('<')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '/')
            .collect::<String>()
            .to_lowercase();
        match name.as_str() {
            "br" | "br/" => self.inline(" "),
            "sup" => self.superscript = true,
            "/sup" => self.superscript = false,
            _ => {}
        }
    }

    /// Ends the paragraph being gathered.
    fn flush(&mut self) {
        self.bold_only = true;
        let text = std::mem::take(&mut self.current);
        let code = std::mem::take(&mut self.code_spans);
        let kind = std::mem::replace(&mut self.kind, Kind::Prose);
        if let Some(quote) = self.quotes.last_mut() {
            let folded = fold(&text);
            if !folded.is_empty() {
                quote.push(folded);
            }
            return;
        }
        match kind {
            Kind::Prose => self.out.prose_with_code(&text, &code),
            Kind::Whole => self.out.whole(&text),
        }
    }

    /// A block quotation: its paragraphs, or, when the last is an attribution line
    /// (`— Name`), one quotation of that person.
    fn block_quote(&mut self, paragraphs: Vec<String>) {
        let attribution = paragraphs.last().and_then(|last| {
            let name = last.strip_prefix(['—', '―', '–', '-'])?.trim();
            (!name.is_empty() && name.split_whitespace().count() <= 8).then(|| name.to_owned())
        });
        match attribution {
            Some(name) if paragraphs.len() >= 2 => {
                let words = paragraphs[..paragraphs.len() - 1].join(" ");
                self.out
                    .quotation(words.trim_matches(['"', '“', '”']), &name);
            }
            _ => {
                for paragraph in paragraphs {
                    self.out.prose(&paragraph);
                }
            }
        }
    }

    /// A block of HTML in the Markdown, read as HTML, its text kept.
    fn html_block(&mut self) {
        if self.html.trim().is_empty() {
            self.html.clear();
            return;
        }
        self.flush();
        let fragment = std::mem::take(&mut self.html);
        html::fragment_into(&fragment, &mut self.out);
    }
}

/// `text` with every run of white space as one space, trimmed.
fn fold(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `markdown` with a space after the `#` of headings written without one (`###How`, as
/// kramdown reads them), outside code.
fn headings_spaced(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len() + 16);
    let mut fenced = false;
    for line in markdown.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            fenced = !fenced;
        }
        let hashes = line.len() - line.trim_start_matches('#').len();
        let next = line[hashes..].chars().next();
        if !fenced && (1..=6).contains(&hashes) && next.is_some_and(|c| c.is_alphanumeric()) {
            out.push_str(&line[..hashes]);
            out.push(' ');
            out.push_str(&line[hashes..]);
        } else {
            out.push_str(line);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reduces_markup_to_text() {
        let md = "# The *big* story\n\nA [link](http://x) and **bold**\ntext.\n\n- one\n- two\n\n![alt](i.png)";
        assert_eq!(
            read(md).text,
            "The big story\n\nA link and bold text.\n\none\n\ntwo"
        );
    }

    #[test]
    fn a_post_reads_as_its_readers_see_it() {
        let md = "---\ntitle: \"Go 1.22 is out\"\n---\n\n###Why\n\nIt is {{< param v >}} fast.[^1]\n\n| Name | Done |\n|------|------|\n| Ana | Yes |\n\n```go\nx := \"not a quote\"\n```\n\n<figure><img src=\"a.png\"><figcaption>A gopher</figcaption></figure>\nText right after the HTML.\n\n> I said it.\n>\n> — Ana Ruiz\n\n[^1]: A footnote.";
        let read = read(md);
        assert_eq!(read.title.as_deref(), Some("Go 1.22 is out"));
        assert_eq!(
            read.text,
            "Why\n\nIt is fast.\n\nName | Done\n\nAna | Yes\n\nx := \"not a quote\"\n\nA gopher\n\nText right after the HTML.\n\nI said it.\n\nA footnote."
        );
        let quoted: Vec<(&str, &str)> = read
            .attributions
            .iter()
            .map(|a| (&read.text[a.start..a.end], a.speaker.as_str()))
            .collect();
        assert_eq!(quoted, [("I said it.", "Ana Ruiz")]);
        let units: Vec<(&str, bool)> = read
            .units
            .iter()
            .map(|u| (&read.text[u.start..u.end], u.code))
            .collect();
        assert!(units.contains(&("Why", false)));
        assert!(units.contains(&("Ana | Yes", false)));
        assert!(units.contains(&("x := \"not a quote\"", true)));
    }

    #[test]
    fn inline_code_is_marked_where_it_stands() {
        let md = "Use   `reflect.Value`\nhere, and `x = \"y\"` or\n\n`fmt.Println(v)`.";
        let read = read(md);
        assert_eq!(
            read.text,
            "Use reflect.Value here, and x = \"y\" or\n\nfmt.Println(v)."
        );
        let spans: Vec<&str> = read
            .units
            .iter()
            .filter(|u| u.inline)
            .map(|u| &read.text[u.start..u.end])
            .collect();
        assert_eq!(spans, ["reflect.Value", "x = \"y\"", "fmt.Println(v)"]);
    }

    #[test]
    fn a_bold_line_before_its_text_is_a_heading() {
        let read = read("**Join us**\nCome listen and learn.\n\nA **bold** word\nin a sentence.");
        assert_eq!(
            read.text,
            "Join us\n\nCome listen and learn.\n\nA bold word in a sentence."
        );
        let bold = super::read(
            "**A: Definitely! Now, there are eight\nsubprojects. Would you like\nto hear more?**\n\nNext.",
        );
        assert_eq!(
            bold.text,
            "A: Definitely! Now, there are eight subprojects. Would you like to hear more?\n\nNext."
        );
        assert!(bold.units.is_empty());
    }

    #[test]
    fn a_hard_break_after_words_without_a_stop_ends_a_paragraph() {
        let md = "WASHINGTON (AP)  \nThe vote passed.\\\nIt was close.";
        assert_eq!(
            read(md).text,
            "WASHINGTON (AP)\n\nThe vote passed. It was close."
        );
    }
}
