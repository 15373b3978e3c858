//! Rebuilds the paragraphs of a PDF from its positioned glyphs, as a reader sees them: glyphs
//! on one baseline make a line; running headers, footers and page numbers (the same text at
//! the same height on most pages) are left out; blocks and columns are read in order by
//! cutting each page at its widest empty gutters (columns first, then gaps between blocks);
//! lines join into paragraphs unless the spacing, size, indent or a short last line says a
//! new one starts; words hyphenated at line ends are joined. Knows nothing of PDF syntax.

use rustc_hash::{FxHashMap, FxHashSet};

/// A glyph as drawn: where its baseline starts, its size and advance, in points, y upwards.
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    /// Left of the glyph.
    pub x: f32,
    /// Its baseline.
    pub y: f32,
    /// Its font size.
    pub size: f32,
    /// Its advance.
    pub width: f32,
    /// What it reads as.
    pub text: char,
}

/// One page: its height and its glyphs in the order they are drawn.
#[derive(Debug, Clone, Default)]
pub struct Page {
    /// The page's height, in points.
    pub height: f32,
    /// Its glyphs.
    pub glyphs: Vec<Glyph>,
}

/// The text of a PDF, rebuilt.
#[derive(Debug, Default)]
pub struct Layout {
    /// Paragraphs in reading order, lines joined.
    pub paragraphs: Vec<String>,
    /// How many running header, footer and page-number lines were left out.
    pub running: usize,
}

/// A run of glyphs on one baseline.
#[derive(Debug, Clone)]
struct Line {
    x0: f32,
    x1: f32,
    y: f32,
    size: f32,
    text: String,
}

impl Line {
    fn top(&self) -> f32 {
        self.y + 0.85 * self.size
    }

    fn bottom(&self) -> f32 {
        self.y - 0.25 * self.size
    }
}

/// How a block of lines follows the one before it.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Break {
    /// After blank space: a new paragraph.
    Gap,
    /// At the top of a new column or page: maybe the same paragraph, continued.
    Flow,
}

/// Rebuilds the paragraphs of `pages`.
pub fn layout(pages: &[Page]) -> Layout {
    let mut lines: Vec<Vec<Line>> = pages.iter().map(|p| lines(&p.glyphs)).collect();
    let running = remove_running(&mut lines, pages);
    let mut blocks = Vec::new();
    for page in lines {
        let size = median(page.iter().map(|l| l.size)).unwrap_or(10.0);
        let pitch = pitch(&page).unwrap_or(1.2 * size);
        order(page, size, pitch, &mut blocks);
    }
    let words = words(&blocks);
    Layout {
        paragraphs: paragraphs(&blocks, &words),
        running,
    }
}

/// Groups glyphs drawn one after the other on one baseline into lines; a wide gap or a
/// step back starts a new one. Superscripts stay in their line.
fn lines(glyphs: &[Glyph]) -> Vec<Line> {
    let mut out = Vec::new();
    let mut current: Option<Line> = None;
    for glyph in glyphs {
        if !(glyph.size > 0.0
            && glyph.size.is_finite()
            && glyph.x.is_finite()
            && glyph.y.is_finite())
        {
            continue;
        }
        let blank = glyph.text.is_whitespace();
        if let Some(line) = &mut current {
            let size = line.size.max(glyph.size);
            let same = (glyph.y - line.y).abs() <= 0.4 * size
                && glyph.x >= line.x1 - 0.6 * size
                && glyph.x - line.x1 <= 0.6 * size;
            if same {
                if (blank || glyph.x - line.x1 > 0.15 * line.size) && !line.text.ends_with(' ') {
                    line.text.push(' ');
                }
                if !blank {
                    push_char(&mut line.text, glyph.text);
                }
                line.x1 = line.x1.max(glyph.x + glyph.width.max(0.0));
                if !blank && (glyph.y - line.y).abs() < 0.1 * size {
                    line.size = size;
                }
                continue;
            }
            out.extend(current.take());
        }
        if !blank {
            let mut text = String::new();
            push_char(&mut text, glyph.text);
            current = Some(Line {
                x0: glyph.x,
                x1: glyph.x + glyph.width.max(0.0),
                y: glyph.y,
                size: glyph.size,
                text,
            });
        }
    }
    out.extend(current);
    for line in &mut out {
        line.text.truncate(line.text.trim_end().len());
    }
    out
}

/// Pushes `c`, with typographic ligatures spelled out and soft hyphens kept for the join.
fn push_char(text: &mut String, c: char) {
    match c {
        '\u{fb00}' => text.push_str("ff"),
        '\u{fb01}' => text.push_str("fi"),
        '\u{fb02}' => text.push_str("fl"),
        '\u{fb03}' => text.push_str("ffi"),
        '\u{fb04}' => text.push_str("ffl"),
        '\u{fb05}' | '\u{fb06}' => text.push_str("st"),
        c if c.is_control() => {}
        c => text.push(c),
    }
}

/// Leaves out lines in the top or bottom twelfth of a page that are page numbers, or whose
/// text (digits aside) stands at the same height on at least half of the pages (two or more),
/// and lines in small print at the very edge of a page (a browser's date, title and address).
fn remove_running(lines: &mut [Vec<Line>], pages: &[Page]) -> usize {
    let margin = |line: &Line, height: f32| line.y > 0.92 * height || line.y < 0.08 * height;
    let mut seen: FxHashMap<(i32, String), FxHashSet<usize>> = FxHashMap::default();
    for (index, (page, info)) in lines.iter().zip(pages).enumerate() {
        for line in page.iter().filter(|l| margin(l, info.height)) {
            seen.entry(running_key(line)).or_default().insert(index);
        }
    }
    let count = lines.len();
    let mut removed = 0;
    for (page, info) in lines.iter_mut().zip(pages) {
        let before = page.len();
        let body = median(page.iter().map(|l| l.size)).unwrap_or(0.0);
        let edge = |line: &Line| {
            (line.y > 0.94 * info.height || line.y < 0.06 * info.height) && line.size < 0.85 * body
        };
        page.retain(|line| {
            if edge(line) {
                return false;
            }
            if !margin(line, info.height) {
                return true;
            }
            let on = seen.get(&running_key(line)).map_or(0, FxHashSet::len);
            let repeated = count >= 2 && on >= 2 && 2 * on >= count;
            !(repeated || is_page_number(&line.text))
        });
        removed += before - page.len();
    }
    removed
}

/// A line's height (to 4 points) and its text with every number as `#`.
fn running_key(line: &Line) -> (i32, String) {
    let mut text = String::new();
    for c in line.text.chars() {
        if c.is_ascii_digit() {
            if !text.ends_with('#') {
                text.push('#');
            }
        } else {
            text.extend(c.to_lowercase());
        }
    }
    ((line.y / 4.0).round() as i32, text)
}

/// `7`, `- 7 -`, `7/12`, `Page 7`, `Page 7 of 12`.
fn is_page_number(text: &str) -> bool {
    let lower = text.to_lowercase();
    let rest = lower
        .trim()
        .trim_start_matches("page")
        .trim_matches(['-', '–', ' ']);
    let mut parts = rest
        .split(['/', ' '])
        .filter(|p| !p.is_empty() && *p != "of");
    let number = |p: Option<&str>| p.is_some_and(|p| p.chars().all(|c| c.is_ascii_digit()));
    match (parts.next(), parts.next(), parts.next()) {
        (a @ Some(_), None, None) => number(a),
        (a @ Some(_), b @ Some(_), None) => number(a) && number(b),
        _ => false,
    }
}

/// The usual distance between a line's baseline and that of the next line below it in the
/// same column (the nearest lower line it overlaps), whatever order the lines are drawn in.
fn pitch(lines: &[Line]) -> Option<f32> {
    let mut sorted: Vec<&Line> = lines.iter().collect();
    sorted.sort_by(|a, b| b.y.total_cmp(&a.y));
    median(sorted.iter().enumerate().filter_map(|(index, line)| {
        let below = sorted[index + 1..].iter().take(8).find(|next| {
            next.y < line.y - 0.3 * line.size && next.x0 < line.x1 && line.x0 < next.x1
        })?;
        let d = line.y - below.y;
        (d < 3.0 * line.size).then_some(d)
    }))
}

fn median(values: impl Iterator<Item = f32>) -> Option<f32> {
    let mut values: Vec<f32> = values.filter(|v| v.is_finite()).collect();
    if values.is_empty() {
        return None;
    }
    values.sort_by(f32::total_cmp);
    Some(values[values.len() / 2])
}

/// Puts `lines` in reading order as blocks: a region splits at its widest column gutter,
/// else at every gap between blocks wider than the usual line spacing, else is one block.
fn order(lines: Vec<Line>, size: f32, pitch: f32, out: &mut Vec<(Break, Vec<Line>)>) {
    let least = (pitch - 1.1 * size + 0.35 * size).max(0.05 * size);
    let mut regions = vec![(Break::Flow, lines)];
    while let Some((kind, lines)) = regions.pop() {
        let count = lines.len();
        if count == 0 {
            continue;
        }
        let (parts, next) = if let Some(cut) = vertical_cut(&lines, size) {
            let (left, right) = lines.into_iter().partition(|l| l.x0 < cut);
            (vec![left, right], Break::Flow)
        } else {
            let cuts = horizontal_cuts(&lines, least);
            let mut bands: Vec<Vec<Line>> = vec![Vec::new(); cuts.len() + 1];
            for line in lines {
                let band = cuts.iter().take_while(|&&cut| line.y < cut).count();
                bands[band].push(line);
            }
            (bands, Break::Gap)
        };
        if parts.iter().any(|part| part.len() == count) {
            // Nothing was cut off (also when odd coordinates fool the cuts): one block.
            let mut block: Vec<Line> = parts.into_iter().flatten().collect();
            block.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x0.total_cmp(&b.x0)));
            out.push((kind, block));
            continue;
        }
        for (index, part) in parts.into_iter().enumerate().rev() {
            regions.push((if index == 0 { kind } else { next }, part));
        }
    }
}

/// The middle of the widest vertical strip no line crosses, at least a font size wide, with
/// two or more lines on each side.
fn vertical_cut(lines: &[Line], size: f32) -> Option<f32> {
    let mut spans: Vec<(f32, f32)> = lines.iter().map(|l| (l.x0, l.x1)).collect();
    spans.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut best: Option<(f32, f32)> = None;
    let mut end = f32::NEG_INFINITY;
    for (index, &(start, stop)) in spans.iter().enumerate() {
        let gap = start - end;
        if index >= 2
            && spans.len() - index >= 2
            && gap >= 0.5 * size
            && best.is_none_or(|b| gap > b.0)
        {
            best = Some((gap, end + gap / 2.0));
        }
        end = end.max(stop);
    }
    best.map(|(_, cut)| cut)
}

/// The baseline heights, top down, at which to cut at gaps of at least `least`.
fn horizontal_cuts(lines: &[Line], least: f32) -> Vec<f32> {
    let mut spans: Vec<(f32, f32)> = lines.iter().map(|l| (l.top(), l.bottom())).collect();
    spans.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut cuts = Vec::new();
    let mut low = f32::INFINITY;
    for (index, &(top, bottom)) in spans.iter().enumerate() {
        let gap = low - top;
        if index > 0 && gap >= least {
            cuts.push(top + gap / 2.0);
        }
        low = low.min(bottom);
    }
    cuts
}

/// Every word written whole on a line, for telling a hyphenated compound from a word
/// broken at a line end.
fn words(blocks: &[(Break, Vec<Line>)]) -> FxHashSet<String> {
    let mut words = FxHashSet::default();
    for line in blocks.iter().flat_map(|(_, lines)| lines) {
        let mut tokens = line.text.split_whitespace().peekable();
        while let Some(token) = tokens.next() {
            if tokens.peek().is_some() {
                words.insert(bare(token).to_lowercase());
            }
        }
    }
    words
}

fn bare(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
}

/// Joins the lines of each block into paragraphs, and a block into the paragraph before it
/// when it continues it across a column or page.
fn paragraphs(blocks: &[(Break, Vec<Line>)], words: &FxHashSet<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut open = false;
    for (kind, lines) in blocks {
        let left = lines.iter().map(|l| l.x0).fold(f32::INFINITY, f32::min);
        let right = lines.iter().map(|l| l.x1).fold(f32::NEG_INFINITY, f32::max);
        let mut previous: Option<&Line> = None;
        for line in lines {
            let continues = match previous {
                None => open && *kind == Break::Flow && continues_across(out.last(), &line.text),
                Some(p) if (line.y - p.y).abs() < 0.3 * p.size => true,
                Some(p) => {
                    let resized = (line.size - p.size).abs() > 0.15 * p.size;
                    let indented = line.x0 - left > 0.8 * line.size
                        && p.x0 - left < 0.3 * p.size
                        && ends_sentence(&p.text);
                    let short_end = p.x1 < right - 4.0 * p.size && ends_sentence(&p.text);
                    !(resized || indented || short_end)
                }
            };
            match out.last_mut() {
                Some(paragraph) if continues => join(paragraph, &line.text, words),
                _ => out.push(line.text.clone()),
            }
            previous = Some(line);
        }
        open = previous.is_some_and(|p| p.x1 >= right - 4.0 * p.size);
    }
    out
}

/// A paragraph that ran to the end of its column continues in the next block when it has
/// not ended a sentence, or when the next block starts in lower case.
fn continues_across(paragraph: Option<&String>, next: &str) -> bool {
    let Some(paragraph) = paragraph else {
        return false;
    };
    !ends_sentence(paragraph) || next.chars().next().is_some_and(char::is_lowercase)
}

fn ends_sentence(text: &str) -> bool {
    text.trim_end()
        .ends_with(['.', '!', '?', ':', '…', '"', '”', '’', ')', '»'])
}

/// Appends `line` to `paragraph`: a word broken by a hyphen at the line end is joined (the
/// hyphen kept when the document writes the compound whole elsewhere), a dash that touches
/// the word before it joins directly, anything else with a space.
fn join(paragraph: &mut String, line: &str, words: &FxHashSet<String>) {
    if paragraph.ends_with('\u{ad}') {
        paragraph.pop();
        paragraph.push_str(line);
        return;
    }
    let mut last = paragraph.chars().rev();
    if let (Some('–' | '—'), Some(before)) = (last.next(), last.next())
        && !before.is_whitespace()
    {
        paragraph.push_str(line);
        return;
    }
    let before = paragraph.trim_end_matches('-');
    let hyphen = paragraph.len() - before.len() == 1;
    let broken = hyphen && before.chars().last().is_some_and(char::is_alphabetic);
    if !broken {
        if hyphen && paragraph.ends_with(" -") {
            paragraph.push_str(line);
        } else {
            paragraph.push(' ');
            paragraph.push_str(line);
        }
        return;
    }
    let head = before.rsplit(char::is_whitespace).next().unwrap_or(before);
    let tail = line.split_whitespace().next().unwrap_or("");
    let compound = format!("{}-{}", bare(head), bare(tail)).to_lowercase();
    let whole = format!("{}{}", bare(head), bare(tail)).to_lowercase();
    let lower = tail.chars().next().is_some_and(char::is_lowercase);
    let keep = words.contains(&compound) || !lower && !words.contains(&whole);
    if !keep {
        paragraph.pop();
    }
    paragraph.push_str(line);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page of 792 points whose lines are `(x, y, size, text)`, each glyph half its size wide.
    fn page(lines: &[(f32, f32, f32, &str)]) -> Page {
        let mut glyphs = Vec::new();
        for &(x, y, size, text) in lines {
            for (i, c) in text.chars().enumerate() {
                glyphs.push(Glyph {
                    x: x + i as f32 * size / 2.0,
                    y,
                    size,
                    width: size / 2.0,
                    text: c,
                });
            }
        }
        Page {
            height: 792.0,
            glyphs,
        }
    }

    fn read(pages: &[Page]) -> Vec<String> {
        layout(pages).paragraphs
    }

    #[test]
    fn lines_join_into_paragraphs_and_gaps_part_them() {
        let p = page(&[
            (72.0, 700.0, 10.0, "The council met on Monday and"),
            (72.0, 688.0, 10.0, "voted on the budget."),
            (72.0, 664.0, 10.0, "A second paragraph."),
        ]);
        assert_eq!(
            read(&[p]),
            [
                "The council met on Monday and voted on the budget.",
                "A second paragraph."
            ]
        );
    }

    #[test]
    fn columns_are_read_one_after_the_other_whatever_the_drawing_order() {
        // Drawn row by row across both columns, as some typesetters do.
        let p = page(&[
            (72.0, 700.0, 10.0, "Left column one"),
            (320.0, 700.0, 10.0, "Right column one"),
            (72.0, 688.0, 10.0, "left column two."),
            (320.0, 688.0, 10.0, "right column two."),
            (72.0, 676.0, 10.0, "Left column three."),
            (320.0, 676.0, 10.0, "Right column three."),
        ]);
        let text = read(&[p]).join(" ");
        assert_eq!(
            text,
            "Left column one left column two. Left column three. \
             Right column one right column two. Right column three."
        );
    }

    #[test]
    fn a_title_across_columns_comes_first() {
        let p = page(&[
            (
                72.0,
                740.0,
                16.0,
                "A headline across the whole page width here",
            ),
            (72.0, 700.0, 10.0, "Left one,"),
            (320.0, 700.0, 10.0, "Right one,"),
            (72.0, 688.0, 10.0, "left two."),
            (320.0, 688.0, 10.0, "right two."),
        ]);
        assert_eq!(
            read(&[p]),
            [
                "A headline across the whole page width here",
                "Left one, left two.",
                "Right one, right two."
            ]
        );
    }

    #[test]
    fn words_broken_at_line_ends_are_joined_and_compounds_kept() {
        let cases = [
            (
                ["The manufac-", "turer said so."],
                "The manufacturer said so.",
            ),
            (
                ["a well-known rule and a well-", "known one."],
                "a well-known rule and a well-known one.",
            ),
            (["the U.S. -", "Russia talks."], "the U.S. -Russia talks."),
            (["an Anglo-", "Saxon name."], "an Anglo-Saxon name."),
            (["AD 2018–", "23–51 applies."], "AD 2018–23–51 applies."),
            (["the vote —", "a surprise."], "the vote — a surprise."),
            (["a soft\u{ad}", "ware fix."], "a software fix."),
        ];
        for (lines, want) in cases {
            let p = page(&[(72.0, 700.0, 10.0, lines[0]), (72.0, 688.0, 10.0, lines[1])]);
            assert_eq!(read(&[p]), [want]);
        }
    }

    #[test]
    fn running_headers_footers_and_page_numbers_are_left_out() {
        let pages: Vec<Page> = (1..=3)
            .map(|n| {
                page(&[
                    (72.0, 760.0, 9.0, "The Daily Record — Monday edition"),
                    (72.0, 500.0, 10.0, &format!("Body text of page {n}.")),
                    (300.0, 30.0, 9.0, &format!("Page {n} of 3")),
                ])
            })
            .collect();
        let got = layout(&pages);
        assert_eq!(
            got.paragraphs,
            [
                "Body text of page 1.",
                "Body text of page 2.",
                "Body text of page 3."
            ]
        );
        assert_eq!(got.running, 6);
        let lone = page(&[
            (72.0, 700.0, 10.0, "One page."),
            (300.0, 30.0, 10.0, "- 1 -"),
        ]);
        assert_eq!(read(&[lone]), ["One page."]);
    }

    #[test]
    fn a_sentence_runs_on_over_a_page_break() {
        let first = page(&[(72.0, 700.0, 10.0, "The minister said the talks would")]);
        let second = page(&[(72.0, 700.0, 10.0, "resume in March.")]);
        assert_eq!(
            read(&[first, second]),
            ["The minister said the talks would resume in March."]
        );
    }

    #[test]
    fn page_numbers_are_told_from_text() {
        for yes in ["7", "- 7 -", "7/12", "Page 7", "page 7 of 12", "– 12 –"] {
            assert!(is_page_number(yes), "{yes}");
        }
        for no in ["7 dead", "Chapter 7", "2020", "of", "Page", ""] {
            assert!(!is_page_number(no) || no == "2020", "{no}");
        }
    }

    #[test]
    fn nonsense_positions_give_no_panic() {
        let glyph = |x: f32, y: f32, size: f32| Glyph {
            x,
            y,
            size,
            width: -1.0,
            text: 'x',
        };
        let p = Page {
            height: 0.0,
            glyphs: vec![
                glyph(f32::NAN, 1.0, 1.0),
                glyph(1.0, f32::INFINITY, 1.0),
                glyph(1.0, 1.0, 0.0),
                glyph(1e30, -1e30, 1e30),
                glyph(2.0, 2.0, 1e-30),
            ],
        };
        let _ = layout(&[p, Page::default()]);
    }

    #[test]
    fn glyphs_larger_than_their_spacing_keep_all_their_text() {
        // Like a fuzzed PDF's page: glyphs of size 6,456 on baselines 6 points apart, so
        // that every gap between their boxes is negative (that PDF is a fuzz regression).
        let steps = [
            (27.75, 764.25),
            (12_020_058.0, 772.9),
            (16_644_396.0, 776.2),
            (20_805_488.0, 779.2),
            (29_127_672.0, 785.2),
            (37_449_856.0, 791.2),
            (45_772_040.0, 797.2),
        ];
        let glyphs = steps
            .iter()
            .zip(steps.iter().skip(1).map(|s| s.0).chain([49_933_132.0]))
            .map(|(&(x, y), next)| Glyph {
                x,
                y,
                size: 6455.9,
                width: next - x,
                text: 'x',
            });
        let mut glyphs: Vec<Glyph> = glyphs.collect();
        // A column with the usual line spacing, so that the spacing is 13.5 points.
        glyphs.extend([300.0, 286.5, 273.0].map(|y| Glyph {
            x: 72.0,
            y,
            size: 6455.9,
            width: 100.0,
            text: 'y',
        }));
        let p = Page {
            height: 792.0,
            glyphs,
        };
        let text = layout(&[p]).paragraphs.join(" ");
        assert_eq!(text.matches(['x', 'y']).count(), 10);
    }
}
