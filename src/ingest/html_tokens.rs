//! Reading an HTML page token by token, without building its tree.
//!
//! Building a tree costs time in proportion to its depth for every element (the HTML5
//! tree builder looks up the stack of open elements), so a page nested a hundred thousand
//! levels deep would take minutes. This pass is linear: it measures how deep the page
//! nests and keeps the text of its blocks, skipping scripts, styles and page furniture,
//! for pages too deep to build.

use std::cell::RefCell;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};

use super::html_elements::{BLOCKS, FURNITURE, SKIPPED, collapse};

/// Elements that never have content.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Elements whose end tag pages often leave out, so they do not count towards depth.
const OFTEN_UNCLOSED: &[&str] = &[
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "tbody",
    "thead", "tfoot", "colgroup", "caption", "head", "body", "html",
];

/// What one pass over the tokens of a page found.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Flat {
    /// How deep elements nest, at most (elements often left unclosed aside).
    pub depth: usize,
    /// The text of `<title>`, white space folded.
    pub title: String,
    /// The text of the page's blocks, one string per paragraph.
    pub paragraphs: Vec<String>,
}

/// Reads `html` token by token.
pub fn read(html: &str) -> Flat {
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    let tokenizer = Tokenizer::new(Sink::default(), TokenizerOpts::default());
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    tokenizer.sink.state.take().finish()
}

#[derive(Default)]
struct Sink {
    state: RefCell<State>,
}

#[derive(Default)]
struct State {
    flat: Flat,
    depth: usize,
    /// The element being skipped and how many of it are open inside itself.
    skipping: Option<(String, usize)>,
    in_title: bool,
    current: String,
}

impl State {
    fn tag(&mut self, kind: TagKind, name: &str, self_closing: bool) {
        let counts = !VOID.contains(&name) && !OFTEN_UNCLOSED.contains(&name) && !self_closing;
        match kind {
            TagKind::StartTag if counts => {
                self.depth += 1;
                self.flat.depth = self.flat.depth.max(self.depth);
            }
            TagKind::EndTag if counts => self.depth = self.depth.saturating_sub(1),
            _ => {}
        }
        if name == "title" {
            self.in_title = kind == TagKind::StartTag && !self_closing;
            return;
        }
        if let Some((skipped, open)) = &mut self.skipping {
            if skipped == name && !self_closing {
                match kind {
                    TagKind::StartTag => *open += 1,
                    TagKind::EndTag if *open > 1 => *open -= 1,
                    TagKind::EndTag => self.skipping = None,
                }
            }
            return;
        }
        // `</head>` is optional, so the head is not skipped whole: its scripts and styles are.
        let skipped = (SKIPPED.contains(&name) && name != "head") || FURNITURE.contains(&name);
        if kind == TagKind::StartTag && skipped && !self_closing && !VOID.contains(&name) {
            self.skipping = Some((name.to_owned(), 1));
        } else if name == "br" {
            self.current.push(' ');
        } else if BLOCKS.contains(&name) {
            self.flush();
        }
    }

    fn text(&mut self, text: &str) {
        if self.in_title {
            self.flat.title.push_str(text);
        } else if self.skipping.is_none() {
            self.current.push_str(text);
        }
    }

    fn flush(&mut self) {
        let text = collapse(&self.current);
        if !text.is_empty() {
            self.flat.paragraphs.push(text);
        }
        self.current.clear();
    }

    fn finish(mut self) -> Flat {
        self.flush();
        self.flat.title = collapse(&self.flat.title);
        self.flat
    }
}

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let mut state = self.state.borrow_mut();
        match token {
            Token::TagToken(tag) => {
                let name: &str = &tag.name;
                state.tag(tag.kind, name, tag.self_closing);
                if tag.kind == TagKind::StartTag {
                    return match name {
                        "script" => TokenSinkResult::RawData(RawKind::ScriptData),
                        "style" | "xmp" | "iframe" | "noembed" | "noframes" => {
                            TokenSinkResult::RawData(RawKind::Rawtext)
                        }
                        "title" | "textarea" => TokenSinkResult::RawData(RawKind::Rcdata),
                        "plaintext" => TokenSinkResult::Plaintext,
                        _ => TokenSinkResult::Continue,
                    };
                }
            }
            Token::CharacterTokens(text) => state.text(&text),
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_blocks_and_drops_scripts_and_furniture() {
        let flat = read(
            "<html><head><title> The  title </title><script>if (a<b) { x('</p>') }</script>\
             </head><body><nav><ul><li>Home</li></ul></nav><h1>Big news</h1>\
             <p>First line<br>same &amp; more.<p>Second <b>bold</b>.\
             <style>p { color: red }</style><footer>Copyright</footer>",
        );
        assert_eq!(flat.title, "The title");
        assert_eq!(
            flat.paragraphs,
            ["Big news", "First line same & more.", "Second bold."]
        );
    }

    #[test]
    fn measures_depth_without_counting_unclosed_paragraphs() {
        assert_eq!(read("<div><div><p>a<p>b</div></div>").depth, 2);
        let deep = format!("{}x{}", "<div>".repeat(100_000), "</div>".repeat(100_000));
        let flat = read(&deep);
        assert_eq!(
            (flat.depth, flat.paragraphs.as_slice()),
            (100_000, &["x".to_owned()][..])
        );
    }
}
