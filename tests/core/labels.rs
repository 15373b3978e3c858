//! Every report names a change the same way, because every report reads the one table of
//! labels: a quotation that moved and got a new speaker is a "new speaker" (and moved)
//! everywhere, and comparing the other way round turns every "added" into "removed".

use palimpsest::compare;
use palimpsest::comparison::Options;
use palimpsest::document::Document;
use palimpsest::present::{Label, Presented};
use palimpsest::report::{self, Format, ReportOptions};

fn presented(old: &str, new: &str) -> Presented {
    Presented::new(compare::compare(
        Document::from_text("old.txt", old),
        Document::from_text("new.txt", new),
        &Options::default(),
    ))
}

fn render(p: &Presented, format: Format) -> String {
    let mut out = Vec::new();
    report::write(&mut out, p, format, ReportOptions::default()).expect("written");
    String::from_utf8(out).expect("UTF-8")
}

/// The line of `text` that holds `needle`.
fn line_with<'a>(text: &'a str, needle: &str) -> &'a str {
    text.lines()
        .find(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no line with {needle:?} in\n{text}"))
}

const OLD: &str = "“One two three four,” Smith said. “Five six seven eight,” Jones said. \
                   “Nine ten eleven twelve,” Brown said.";
const NEW: &str = "“Five six seven eight,” Jones said. “Nine ten eleven twelve,” Brown said. \
                   “One two three four,” Green said.";

#[test]
fn a_moved_quotation_with_a_new_speaker_reads_the_same_in_every_format() {
    let p = presented(OLD, NEW);
    let index = p
        .comparison()
        .quotes
        .iter()
        .position(|q| q.new_speaker.as_deref() == Some("Green"))
        .expect("the quotation with a new speaker");
    let q = &p.comparison().quotes[index];
    assert!(q.moved && q.speaker_changed, "{q:?}");
    assert_eq!(p.quote_labels()[index], Label::NewSpeaker);
    assert_eq!(p.quote_notes(index), [Label::Moved]);

    let text = render(&p, Format::Text);
    let line = line_with(&text, "“One two three four”");
    assert!(line.starts_with("! "), "{line}");
    assert!(
        line.contains("Smith → Green") && line.ends_with("(moved)"),
        "{line}"
    );

    let markdown = render(&p, Format::Markdown);
    let line = line_with(&markdown, "“One two three four”");
    assert!(line.starts_with("- **! New speaker** (moved):"), "{line}");

    let html = render(&p, Format::Html);
    let doc = dom_query::Document::from(html.as_str());
    let cell = doc.select("tr.speaker td.change").text().to_string();
    assert_eq!(cell, "! new speaker, moved");

    let csv = render(&p, Format::Csv);
    let line = line_with(&csv, "quote,unchanged,true");
    assert!(
        line.ends_with(",new speaker,speaker: Smith → Green"),
        "{line}"
    );
}

#[test]
fn comparing_the_other_way_round_swaps_added_and_removed_everywhere() {
    let old = "It rained. “We will stay,” Ruiz said.";
    let new = "It rained. “We will go home now,” Ruiz said later. “Never again,” Ruiz said.";
    for (forward, label, mark) in [(true, "added", "+"), (false, "removed", "-")] {
        let p = if forward {
            presented(old, new)
        } else {
            presented(new, old)
        };
        let index = p
            .comparison()
            .quotes
            .iter()
            .position(|q| q.old.is_none() || q.new.is_none())
            .expect("a lone quotation");
        assert_eq!(p.quote_labels()[index].look().name, label);
        let text = render(&p, Format::Text);
        let line = text
            .lines()
            .find(|l| l.contains(" “") && l.contains("Never again") && !l.contains('¶'))
            .expect("the quotation in the text report");
        assert!(line.starts_with(&format!("{mark} “")), "{line}");
        let csv = render(&p, Format::Csv);
        assert!(line_with(&csv, &format!("quote,{label}")).ends_with(&format!(",{label},")));
        let markdown = render(&p, Format::Markdown);
        let heading = if forward { "Added" } else { "Removed" };
        let line = markdown
            .lines()
            .find(|l| l.starts_with("- **") && l.contains("Never again"))
            .expect("the quotation in the Markdown");
        assert!(line.contains(heading), "{line}");
        let html = render(&p, Format::Html);
        let doc = dom_query::Document::from(html.as_str());
        assert_eq!(
            doc.select(&format!("table.quotes tr.{label}")).length(),
            1,
            "{label} in the HTML"
        );
    }
}
