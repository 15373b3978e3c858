//! Checks of the invariants the report promises, for tests, fuzzing and anyone who wants
//! to be sure: offsets slice the text, every sentence and quotation is in exactly one
//! change, each change has the shape of its kind, word diffs rebuild both texts, and the
//! summary adds up.

use crate::comparison::{Comparison, Kind, Op, QuoteKind, rebuild};
use crate::document::Document;

/// Checks a document: no control character but line feeds and tabs (and no bidi
/// override or isolate) in its text or name; sentences in order, trimmed, inside the text
/// on char boundaries; quotations inside the text and not before their sentence.
pub fn document(doc: &Document) -> Result<(), String> {
    let hostile = |c: char| {
        (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    if let Some((at, c)) = doc.text.char_indices().find(|&(_, c)| hostile(c)) {
        return Err(format!(
            "control character U+{:04X} at {at} shown as itself",
            c as u32
        ));
    }
    ensure(!doc.name.contains(|c: char| c.is_control()), || {
        format!("control character in the name {:?}", doc.name)
    })?;
    sentences(&doc.text, doc.sentences.iter().map(|s| (s.start, s.end)))?;
    for (id, q) in doc.quotes.iter().enumerate() {
        ensure(q.start < q.end && q.end <= doc.text.len(), || {
            format!("Q{id} out of bounds")
        })?;
        ensure(doc.text.get(q.start..q.end).is_some(), || {
            format!("Q{id} not on char boundaries")
        })?;
        let sentence = doc
            .sentences
            .get(q.sentence)
            .ok_or_else(|| format!("Q{id} has no sentence"))?;
        ensure(sentence.start <= q.start, || {
            format!("Q{id} starts before its sentence")
        })?;
    }
    Ok(())
}

/// Checks sentence spans (`start`, `end`) of `text`: in order without overlap, non-empty,
/// inside the text on char boundaries, trimmed.
pub fn sentences(
    text: &str,
    spans: impl IntoIterator<Item = (usize, usize)>,
) -> Result<(), String> {
    let mut last_end = 0;
    for (id, (start, end)) in spans.into_iter().enumerate() {
        ensure(start < end && end <= text.len(), || {
            format!("S{id} out of bounds")
        })?;
        ensure(start >= last_end, || {
            format!("S{id} overlaps the sentence before")
        })?;
        let sentence = text
            .get(start..end)
            .ok_or_else(|| format!("S{id} not on char boundaries"))?;
        ensure(sentence == sentence.trim(), || format!("S{id} not trimmed"))?;
        last_end = end;
    }
    Ok(())
}

/// Checks a comparison and both its documents.
pub fn comparison(c: &Comparison) -> Result<(), String> {
    document(&c.old)?;
    document(&c.new)?;
    let mut old_seen = vec![0u32; c.old.sentences.len()];
    let mut new_seen = vec![0u32; c.new.sentences.len()];
    for (row, change) in c.sentences.iter().enumerate() {
        for &o in &change.old {
            *old_seen
                .get_mut(o)
                .ok_or_else(|| format!("row {row}: no old S{o}"))? += 1;
        }
        for &n in &change.new {
            *new_seen
                .get_mut(n)
                .ok_or_else(|| format!("row {row}: no new S{n}"))? += 1;
        }
        let (o, n) = (change.old.len(), change.new.len());
        let shape = match change.kind {
            Kind::Unchanged | Kind::Edited => o == 1 && n == 1,
            Kind::Added => o == 0 && n == 1,
            Kind::Removed => o == 1 && n == 0,
            Kind::Split => o == 1 && n >= 2,
            Kind::Merged => o >= 2 && n == 1,
        };
        ensure(shape, || {
            format!("row {row}: {:?} with {o} old and {n} new", change.kind)
        })?;
        let consecutive = |ids: &[usize]| ids.windows(2).all(|w| w[1] == w[0] + 1);
        ensure(consecutive(&change.old) && consecutive(&change.new), || {
            format!("row {row}: ids not consecutive")
        })?;
        ensure(change.moved == change.move_block.is_some(), || {
            format!("row {row}: a move block without a move, or the other way round")
        })?;
        if matches!(change.kind, Kind::Added | Kind::Removed) {
            ensure(!change.moved && change.similarity.is_none(), || {
                format!("row {row}: added or removed with a move or a similarity")
            })?;
        }
        if matches!(change.kind, Kind::Edited | Kind::Split | Kind::Merged) {
            ensure(
                rebuild(&change.words, Op::Delete) == c.old.joined(&change.old),
                || format!("row {row}: words do not rebuild the old text"),
            )?;
            ensure(
                rebuild(&change.words, Op::Insert) == c.new.joined(&change.new),
                || format!("row {row}: words do not rebuild the new text"),
            )?;
            let similarity = change.similarity.unwrap_or(-1.0);
            ensure((0.0..=1.0).contains(&similarity), || {
                format!("row {row}: similarity {similarity}")
            })?;
        }
    }
    ensure(old_seen.iter().all(|&n| n == 1), || {
        "an old sentence is not in exactly one row".to_owned()
    })?;
    ensure(new_seen.iter().all(|&n| n == 1), || {
        "a new sentence is not in exactly one row".to_owned()
    })?;
    blocks(c)?;
    let firsts: Vec<usize> = c
        .sentences
        .iter()
        .filter_map(|ch| ch.new.first().copied())
        .collect();
    ensure(firsts.windows(2).all(|w| w[0] < w[1]), || {
        "rows do not follow the new order".to_owned()
    })?;

    let mut old_quotes = vec![0u32; c.old.quotes.len()];
    let mut new_quotes = vec![0u32; c.new.quotes.len()];
    for (index, q) in c.quotes.iter().enumerate() {
        if let Some(o) = q.old {
            *old_quotes
                .get_mut(o)
                .ok_or_else(|| format!("quote change {index}: no old Q{o}"))? += 1;
        }
        if let Some(n) = q.new {
            *new_quotes
                .get_mut(n)
                .ok_or_else(|| format!("quote change {index}: no new Q{n}"))? += 1;
        }
        let shape = match q.kind {
            QuoteKind::Added => q.old.is_none() && q.new.is_some() && !q.moved,
            QuoteKind::Removed => q.old.is_some() && q.new.is_none() && !q.moved,
            QuoteKind::Unchanged | QuoteKind::Edited => q.old.is_some() && q.new.is_some(),
        };
        ensure(shape, || {
            format!("quote change {index}: {:?} has the wrong ids", q.kind)
        })?;
        let paired = q.old.is_some() && q.new.is_some();
        ensure(
            !q.speaker_changed || (paired && q.old_speaker != q.new_speaker),
            || format!("quote change {index}: speaker_changed disagrees with the speakers"),
        )?;
        if let (QuoteKind::Edited, Some(o), Some(n)) = (q.kind, q.old, q.new) {
            ensure(
                rebuild(&q.words, Op::Delete) == c.old.quote_text(o)
                    && rebuild(&q.words, Op::Insert) == c.new.quote_text(n),
                || format!("quote change {index}: words do not rebuild the quotations"),
            )?;
        }
    }
    ensure(old_quotes.iter().all(|&n| n == 1), || {
        "an old quotation is not in exactly one change".to_owned()
    })?;
    ensure(new_quotes.iter().all(|&n| n == 1), || {
        "a new quotation is not in exactly one change".to_owned()
    })?;

    let s = &c.summary;
    let total_old: usize = c.sentences.iter().map(|ch| ch.old.len()).sum();
    let total_new: usize = c.sentences.iter().map(|ch| ch.new.len()).sum();
    ensure(
        s.old_sentences == c.old.sentences.len() && total_old == s.old_sentences,
        || "old sentence counts".to_owned(),
    )?;
    ensure(
        s.new_sentences == c.new.sentences.len() && total_new == s.new_sentences,
        || "new sentence counts".to_owned(),
    )?;
    let rows = s.unchanged + s.edited + s.added + s.removed + s.split + s.merged;
    ensure(rows == c.sentences.len(), || {
        format!("{rows} counted rows, {} rows", c.sentences.len())
    })?;
    ensure(
        s.moved == c.sentences.iter().filter(|ch| ch.moved).count(),
        || "moved count".to_owned(),
    )?;
    ensure(
        s.quotes_unchanged + s.quotes_edited + s.quotes_removed == s.old_quotes,
        || "old quotation counts".to_owned(),
    )?;
    ensure(
        s.quotes_unchanged + s.quotes_edited + s.quotes_added == s.new_quotes,
        || "new quotation counts".to_owned(),
    )?;
    Ok(())
}

/// Move blocks are numbered from 0 in display order, and the rows of a block follow each
/// other in both versions.
fn blocks(c: &Comparison) -> Result<(), String> {
    let mut last: Option<(usize, usize, usize)> = None;
    for (row, change) in c.sentences.iter().enumerate() {
        let Some(block) = change.move_block else {
            continue;
        };
        let (Some(&old), Some(&new)) = (change.old.first(), change.new.first()) else {
            return Err(format!(
                "row {row}: a move block on a row without both sides"
            ));
        };
        match last {
            Some((b, o, n)) if b == block => ensure(old == o + 1 && new == n + 1, || {
                format!("row {row}: block {block} does not follow on")
            })?,
            Some((b, _, _)) => ensure(block == b + 1, || {
                format!("row {row}: block {block} after block {b}")
            })?,
            None => ensure(block == 0, || {
                format!("row {row}: the first block is {block}")
            })?,
        }
        let (old_last, new_last) = (change.old.last(), change.new.last());
        last = old_last
            .copied()
            .zip(new_last.copied())
            .map(|(o, n)| (block, o, n));
    }
    Ok(())
}

/// `Ok` when `condition` holds, else the message.
fn ensure(condition: bool, message: impl FnOnce() -> String) -> Result<(), String> {
    if condition { Ok(()) } else { Err(message()) }
}
