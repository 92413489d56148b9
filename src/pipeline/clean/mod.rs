//! Stage 2: clean. Finds the article inside the page: the headline and the
//! body lines, leaving out boilerplate and page chrome.
//!
//! Takes: the article text and the boilerplate rules. Gives: [`Layout`], the
//! kept lines as byte ranges of the original text, each tagged title or body,
//! plus the masked byte ranges (boilerplate matches inside kept lines).
//! Guarantees: the text is never changed, so every later offset slices it.
//!
//! Two methods, chosen per text:
//! - web pages (one block a line): every line with words goes through the
//!   line classifier ([`classifier`], shallow features of [`features`] after
//!   Kohlschütter et al. 2010), then jusText-style context smoothing
//!   ([`smoothing`], Pomikálek 2011), then the headline is picked
//!   ([`headline`]). Each decision is kept in
//!   [`Layout::decisions`] for `explain`. The word lists and weights are
//!   rule files (`rules/clean/`, overridable by a rules folder's `clean/`
//!   sub-folder), compiled into [`Rules::clean`] ([`CleanConfig`]).
//! - plain articles ([`is_plain_article`]: fewer than [`PAGE_LINES`] lines
//!   with words, or hard-wrapped newswire with paragraphs wrapped over
//!   several lines and indented paragraph starts): a line is body when it reads as
//!   prose (enough words, or a sentence end), or continues a body line that
//!   wraps; short lines that are neither (menus, buttons) are chrome; then the
//!   main block of prose paragraphs is kept.

use std::borrow::Cow;

use crate::rules::Rules;

pub mod byline;
pub mod classifier;
mod config;
pub mod context;
pub mod features;
pub mod headline;
pub mod smoothing;
mod web;
mod wordtable;

pub use config::{CleanConfig, FILES as CLEAN_FILES};
pub use web::{LineFeatures, line_features};

/// What a kept line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// The headline: on a web page the line before the article that repeats
    /// the page title or echoes the article, else the title's headline part
    /// ([`headline`]); in a plain article the first line with words that is
    /// not boilerplate.
    Title,
    /// Article prose.
    Body,
    /// A byline the line classifier dropped (see [`byline`]): read for the
    /// author's name only, not part of the main text.
    Byline,
}

/// A kept line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset after the last non-newline character.
    pub end: usize,
    /// Title or body.
    pub kind: LineKind,
    /// The line starts a paragraph (after a blank line or an indent).
    pub paragraph_start: bool,
}

/// A dropped stretch of text and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dropped {
    /// Byte range.
    pub start: usize,
    /// Byte range end.
    pub end: usize,
    /// The boilerplate rule id, or `chrome`, `outside-article` (the line
    /// heuristic) or `line-classifier`: borrowed for those fixed reasons, so
    /// that a page's hundreds of dropped lines allocate nothing for them.
    pub reason: Cow<'static, str>,
}

/// The line classifier's decision on one line (web-page method only).
#[derive(Debug, Clone, PartialEq)]
pub struct LineDecision {
    /// Byte range of the line (trimmed).
    pub start: usize,
    /// Byte range end.
    pub end: usize,
    /// Kept as article text.
    pub kept: bool,
    /// The classifier's probability (0 to 1) that the line is article text.
    pub probability: f64,
    /// What decided: the feature whose weighted value pushed hardest toward
    /// the classifier's decision (a name of [`features::NAMES`]), or the
    /// smoothing rule that overrode it (`smoothing: ...`).
    pub reason: Cow<'static, str>,
}

/// The article's layout.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    /// Kept lines, in text order.
    pub lines: Vec<Line>,
    /// Masked ranges (sorted, disjoint) and dropped lines, for `explain`.
    pub dropped: Vec<Dropped>,
    /// Masked ranges inside kept lines, sorted.
    pub masks: Vec<(usize, usize)>,
    /// Per line with words, the classifier's decision, in text order; empty
    /// when the text is a plain article (the line heuristic decides).
    pub decisions: Vec<LineDecision>,
}

impl Layout {
    /// The kept article text as byte spans of the original text: each kept
    /// line with its masked ranges cut out, in text order, never empty,
    /// disjoint. `text[s..e]` is a piece of what a reader sees.
    pub fn kept_spans(&self) -> Vec<(usize, usize)> {
        let mut out = Vec::with_capacity(self.lines.len());
        for l in self.lines.iter().filter(|l| l.kind != LineKind::Byline) {
            let mut pos = l.start;
            let first = self.masks.partition_point(|m| m.1 <= l.start);
            for &(ms, me) in &self.masks[first..] {
                if ms >= l.end {
                    break;
                }
                if ms > pos {
                    out.push((pos, ms));
                }
                pos = pos.max(me.min(l.end));
            }
            if pos < l.end {
                out.push((pos, l.end));
            }
        }
        out
    }

    /// The kept article text: the [`kept_spans`](Self::kept_spans) of `text`
    /// (the text this layout was made from) joined by newlines.
    pub fn kept_text(&self, text: &str) -> String {
        let spans = self.kept_spans();
        let mut out = String::with_capacity(spans.iter().map(|s| s.1 - s.0 + 1).sum());
        for (i, &(s, e)) in spans.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            out.push_str(&text[s..e]);
        }
        out
    }

    /// The headline's range, if any.
    pub fn title(&self) -> Option<(usize, usize)> {
        self.lines
            .iter()
            .find(|l| l.kind == LineKind::Title)
            .map(|l| (l.start, l.end))
    }
}

/// Classifies the lines of `text`: boilerplate rules mask their matches,
/// then the web-page method or (for a plain article) the line heuristic
/// picks the kept lines.
pub fn clean(text: &str, rules: &Rules) -> Layout {
    let (mut layout, merged) = masked(text, rules);
    if is_plain_article(text) {
        wrapped_lines(text, &merged, &mut layout);
    } else {
        web::classify_lines(text, &merged, &rules.clean, &mut layout);
        byline::hand_on_byline(text, rules, &mut layout);
    }
    layout.dropped.sort_by_key(|d| (d.start, d.end));
    layout.masks = merged;
    layout
}

/// The layout with the boilerplate matches recorded as dropped, and the
/// matches merged into sorted, disjoint ranges.
fn masked(text: &str, rules: &Rules) -> (Layout, Vec<(usize, usize)>) {
    let masks = rules.boilerplate_matches(text);
    let mut layout = Layout::default();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for &(s, e, i) in masks.iter().filter(|m| !continues_prose(text, m.0)) {
        layout.dropped.push(Dropped {
            start: s,
            end: e,
            reason: Cow::Owned(rules.boilerplate[i].meta.id.clone()),
        });
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    (layout, merged)
}

/// Words the line before a match needs for [`continues_prose`].
const RUN_ON_WORDS: usize = 5;

/// Whether a boilerplate match starting at byte `start` opens a line that
/// only continues the wrapped sentence of the line before it, so it is
/// prose, not a link: the match starts the line (after blanks) with a
/// lower-case word that goes on as prose ([`goes_on_as_prose`]: "share.",
/// "comment, he said"), and the line before reads as a wrapped prose line
/// ([`wrapped_prose_line`]: "... a bid priced at 30 dlrs a" / "share.";
/// "... were not available for" / "comment."). A menu's "Share" or
/// "Comments (5)" opens with a capital; "share" or "comments (12)" alone
/// on a line under a headline or a byline stays a link.
fn continues_prose(text: &str, start: usize) -> bool {
    let line_start = text[..start].rfind('\n').map_or(0, |p| p + 1);
    let opens_line = text[line_start..start].trim().is_empty();
    let line = text[start..].split('\n').next().unwrap_or("");
    if !opens_line || line_start == 0 || !goes_on_as_prose(line.trim()) {
        return false;
    }
    let before = text[..line_start - 1].rsplit('\n').next().unwrap_or("");
    wrapped_prose_line(before.trim_end_matches('\r').trim())
}

/// Whether a `line` (trimmed) opens with a lower-case word followed by a
/// stop or comma, or by a lower-case word ("share.", "comment, but",
/// "share price", "share-for-share basis"): not alone, nor before "(12)"
/// or ":".
fn goes_on_as_prose(line: &str) -> bool {
    if !line.chars().next().is_some_and(char::is_lowercase) {
        return false;
    }
    let rest = line.trim_start_matches(|c: char| c.is_alphabetic() || c == '-');
    match rest.chars().next() {
        Some('.' | ',' | ';') => true,
        Some(c) if c.is_whitespace() => rest
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_lowercase),
        _ => false,
    }
}

/// Whether a `line` (trimmed) reads as a line of a wrapped sentence: at
/// least [`RUN_ON_WORDS`] words, ending in a letter, a digit or a comma, not
/// a byline ("By ..."), and at least a third of its words lower-case, as in
/// prose (a title-case headline has almost none).
fn wrapped_prose_line(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let ends_open = line
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || c == ',');
    let byline = words.first().is_some_and(|w| w.eq_ignore_ascii_case("by"));
    let lower = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .count();
    words.len() >= RUN_ON_WORDS && ends_open && !byline && lower * 3 >= words.len()
}

/// A text with fewer lines with words than this is a plain article, not a
/// scraped page (scraped pages in the webmain dev set have 5 or more, 97%
/// of them 60 or more; a clean news article has a handful of paragraphs).
pub const PAGE_LINES: usize = 15;

/// The text is a plain article rather than a scraped page: fewer than
/// [`PAGE_LINES`] lines with words, or hard-wrapped newswire: at least two
/// lines (of 3+ words) run on into a next line starting lower-case without
/// ending a sentence, and they are a fifth of such lines or more; or
/// indented lines are 30% or more of the lines with words (newswire indents
/// its paragraph starts).
pub fn is_plain_article(text: &str) -> bool {
    let (mut long, mut runs_on, mut with_words, mut indented) = (0usize, 0usize, 0usize, 0usize);
    let mut lines = raw_lines(text).map(line_of).peekable();
    while let Some(line) = lines.next() {
        let (has_words, three_words) = line_shape(line);
        if !has_words {
            continue;
        }
        with_words += 1;
        indented += usize::from(line.starts_with("  ") || line.starts_with('\t'));
        if !three_words {
            continue;
        }
        long += 1;
        let next_lower = lines
            .peek()
            .and_then(|n| n.trim_start().chars().next())
            .is_some_and(char::is_lowercase);
        let open = !line.trim_end().ends_with(['.', '!', '?', '"', ':']);
        runs_on += usize::from(next_lower && open);
    }
    with_words < PAGE_LINES
        || (runs_on >= 2 && runs_on * 5 >= long)
        || (indented >= 1 && indented * 10 >= with_words * 3)
}

/// The lines of `text` as `text.split_inclusive('\n')` gives them (each
/// with its `\n`; a last line without one when the text does not end in
/// one; nothing for an empty text), each line's end found by `memchr`
/// (a vector search) rather than by a char searcher: the clean stage walks
/// every line of a page two or three times.
pub(crate) fn raw_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = memchr::memchr(b'\n', rest.as_bytes()).map_or(rest.len(), |p| p + 1);
        let (line, tail) = rest.split_at(end);
        rest = tail;
        Some(line)
    })
}

/// A line of [`raw_lines`] as `str::lines` gives it: without its `\n`,
/// and without a `\r` before that `\n`.
fn line_of(raw: &str) -> &str {
    match raw.strip_suffix('\n') {
        Some(line) => line.strip_suffix('\r').unwrap_or(line),
        None => raw,
    }
}

/// Whether `line` holds a letter or digit, and whether it has three or more
/// words (runs of non-white-space), as `chars().any(char::is_alphanumeric)`
/// and `split_whitespace().nth(2)` tell; an ASCII line is read byte by byte
/// (no UTF-8 decoding, no Unicode tables).
fn line_shape(line: &str) -> (bool, bool) {
    if !line.is_ascii() {
        let has_words = line.chars().any(char::is_alphanumeric);
        return (
            has_words,
            has_words && line.split_whitespace().nth(2).is_some(),
        );
    }
    let bytes = line.as_bytes();
    if !bytes.iter().any(u8::is_ascii_alphanumeric) {
        return (false, false);
    }
    // `char::is_whitespace` on ASCII: space and \t \n \x0B \x0C \r.
    let white = |b: u8| b == b' ' || (b'\t'..=b'\r').contains(&b);
    let (mut words, mut after_white) = (0, true);
    for &b in bytes {
        let w = white(b);
        if !w && after_white {
            words += 1;
            if words == 3 {
                return (true, true);
            }
        }
        after_white = w;
    }
    (true, false)
}

/// The newswire method: prose lines and their wrapped continuations, then
/// the main block of them.
fn wrapped_lines(text: &str, merged: &[(usize, usize)], layout: &mut Layout) {
    let mut state = WrapState::default();
    let mut offset = 0;
    // Per kept line: (raw line number, words, ends a sentence).
    let mut stats: Vec<(usize, usize, bool)> = Vec::new();
    let mut raws = raw_lines(text).peekable();
    let mut raw_no = 0;
    while let Some(raw) = raws.next() {
        raw_no += 1;
        let start = offset;
        offset += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        let end = start + line.len();
        let visible = visible_text(text, start, end, merged);
        let words = count_words(&visible);
        if words == 0 {
            state.skip(line);
            continue;
        }
        let indented = line.starts_with("  ") || line.starts_with('\t');
        let trimmed = visible.trim_end();
        let sentence_end = trimmed.ends_with(SENTENCE_END_MARKS);
        let opens = indented && raws.peek().is_some_and(|next| continues_paragraph(next));
        match state.kind(trimmed, words, sentence_end, indented, opens) {
            Some(kind) => {
                let (s, e) = trim_range(text, start, end);
                layout.lines.push(Line {
                    start: s,
                    end: e,
                    kind,
                    paragraph_start: state.blank_before || indented,
                });
                state.prev_body_open = kind == LineKind::Body && !sentence_end;
                stats.push((raw_no, words, sentence_end));
            }
            None => {
                layout.dropped.push(Dropped {
                    start,
                    end,
                    reason: Cow::Borrowed("chrome"),
                });
                state.prev_body_open = false;
            }
        }
        state.blank_before = false;
    }
    keep_main_block(text, layout, &stats);
}

/// What `wrapped_lines` remembers from the lines above the current one.
struct WrapState {
    have_title: bool,
    /// The previous kept line was body without a sentence end.
    prev_body_open: bool,
    blank_before: bool,
}

impl Default for WrapState {
    fn default() -> Self {
        WrapState {
            have_title: false,
            prev_body_open: false,
            blank_before: true,
        }
    }
}

impl WrapState {
    /// A line with no visible word: blank, or wholly masked as boilerplate
    /// (already recorded); either way it closes an open body line.
    fn skip(&mut self, line: &str) {
        let blank = line.trim().is_empty();
        self.prev_body_open = false;
        self.blank_before = blank || self.blank_before;
    }

    /// The kind of a line with `words` visible words (`trimmed` is its
    /// visible text): the first is the title, then prose-shaped lines,
    /// bylines and continuations of an open body line are body; the rest
    /// is chrome (`None`).
    fn kind(
        &mut self,
        trimmed: &str,
        words: usize,
        sentence_end: bool,
        indented: bool,
        opens: bool,
    ) -> Option<LineKind> {
        let lead = trimmed.trim_start();
        let byline = words <= 8 && (lead.starts_with("By ") || lead.starts_with("by "));
        if !self.have_title {
            self.have_title = true;
            Some(LineKind::Title)
        } else if byline
            || prose_shaped(words, sentence_end)
            || (self.prev_body_open && !self.blank_before && !indented)
            || (opens && words >= OPENING_WORDS && !sentence_end)
        {
            Some(LineKind::Body)
        } else {
            None
        }
    }
}

/// Words a short indented line needs to open a paragraph whose next line
/// goes on with it ([`continues_paragraph`]).
const OPENING_WORDS: usize = 2;

/// Whether the raw line `next` (after an indented line) goes on with that
/// line's paragraph as a prose line of a hard-wrapped article: not blank,
/// not indented, and prose-shaped itself (at least 7 words, or 4 ending a
/// sentence). A wrapped article's paragraph can open on a short line
/// ("    Speaking to the Lakeport port authority's" over "finance
/// committee, the harbour master gave three reasons ..."); a table's lines
/// are all indented ("    Shr 12 cts vs 15 cts").
pub(crate) fn continues_paragraph(next: &str) -> bool {
    let line = next.trim_end_matches(['\n', '\r']);
    if line.trim().is_empty() || line.starts_with([' ', '\t']) {
        return false;
    }
    let words = count_words(line);
    prose_shaped(words, line.trim_end().ends_with(SENTENCE_END_MARKS))
}

/// The marks a line ends a sentence with, for the line kinds of a
/// hard-wrapped article.
pub(crate) const SENTENCE_END_MARKS: [char; 7] = ['.', '!', '?', '"', '\u{201d}', ':', ')'];

/// A prose-shaped line: at least 7 words, or 4 ending a sentence.
fn prose_shaped(words: usize, sentence_end: bool) -> bool {
    words >= 7 || (words >= 4 && sentence_end)
}

/// Words a paragraph needs, ending a sentence, to count as article prose.
const STRONG_WORDS: usize = 12;
/// Non-prose lines that may separate two prose paragraphs of one article.
const MAX_GAP: usize = 3;
/// Lines before the main block that may hold its headline and byline.
const LEAD_IN: usize = 4;

/// A paragraph of body lines: wrapped lines joined (indices into the kept lines).
struct Unit {
    first: usize,
    last: usize,
    words: usize,
    /// Ends a sentence.
    end: bool,
}

impl Unit {
    /// Article prose: [`STRONG_WORDS`] or more words ending a sentence.
    fn strong(&self) -> bool {
        self.words >= STRONG_WORDS && self.end
    }

    /// A short paragraph that may stand at the edge of the article (a closing
    /// quote, "Acme declined to comment."): four or more words ending a sentence.
    fn sentence(&self) -> bool {
        self.words >= 4 && self.end
    }
}

/// Keeps the body lines of the article's main block: the run of prose
/// paragraphs (with at most [`MAX_GAP`] other lines between them) holding the
/// most words, widened by the short sentence paragraphs next to it. Body
/// lines outside it are page chrome (menus, link lists, comment blurbs,
/// footers), except a byline just before it.
fn keep_main_block(text: &str, layout: &mut Layout, stats: &[(usize, usize, bool)]) {
    let units = paragraph_units(layout, stats);
    let Some((first, last)) = main_block(text, layout, stats, &units) else {
        return;
    };
    // The article's own headline, byline and dateline stand just before it.
    let lead_in = |i: usize| stats[first].0 <= stats[i].0 + LEAD_IN;
    let mut kept = Vec::with_capacity(layout.lines.len());
    for (i, l) in layout.lines.iter().enumerate() {
        if l.kind == LineKind::Title || (first..=last).contains(&i) || (i < first && lead_in(i)) {
            kept.push(*l);
        } else {
            layout.dropped.push(Dropped {
                start: l.start,
                end: l.end,
                reason: Cow::Borrowed("outside-article"),
            });
        }
    }
    layout.lines = kept;
}

/// The body lines joined into paragraphs (a line continues the one before
/// when it follows it directly, that one ends no sentence and no paragraph
/// starts).
fn paragraph_units(layout: &Layout, stats: &[(usize, usize, bool)]) -> Vec<Unit> {
    let mut units: Vec<Unit> = Vec::new();
    for (i, (line, &(raw, words, end))) in layout.lines.iter().zip(stats).enumerate() {
        if line.kind != LineKind::Body {
            continue;
        }
        let continues = units.last().is_some_and(|u| {
            let (prev_raw, _, prev_end) = stats[u.last];
            u.last + 1 == i && prev_raw + 1 == raw && !prev_end && !line.paragraph_start
        });
        match units.last_mut() {
            Some(u) if continues => {
                u.last = i;
                u.words += words;
                u.end = end;
            }
            _ => units.push(Unit {
                first: i,
                last: i,
                words,
                end,
            }),
        }
    }
    units
}

/// The first and last kept line of the main block: the cluster of strong
/// units with the most words, then widened over the sentence units that
/// follow or precede it within [`MAX_GAP`] lines.
fn main_block(
    text: &str,
    layout: &Layout,
    stats: &[(usize, usize, bool)],
    units: &[Unit],
) -> Option<(usize, usize)> {
    // Lines between kept lines a < b that are neither blank nor kept.
    let near = |a: usize, b: usize| {
        stats[b].0 <= stats[a].0 + MAX_GAP + 1 + blank_lines(text, layout, a, b)
    };
    let mut best: Option<(usize, usize, usize)> = None; // (first unit, last unit, words)
    let mut current: Option<(usize, usize, usize)> = None;
    for (k, u) in units.iter().enumerate().filter(|(_, u)| u.strong()) {
        current = match current {
            Some((f, l, w)) if near(units[l].last, u.first) => Some((f, k, w + u.words)),
            _ => Some((k, k, u.words)),
        };
        if current.is_some_and(|c| best.is_none_or(|b| c.2 > b.2)) {
            best = current;
        }
    }
    let (mut f, mut l, _) = best?;
    while l + 1 < units.len() && units[l + 1].sentence() && near(units[l].last, units[l + 1].first)
    {
        l += 1;
    }
    while f > 0 && units[f - 1].sentence() && near(units[f - 1].last, units[f].first) {
        f -= 1;
    }
    Some((units[f].first, units[l].last))
}

/// Blank lines between kept lines `a` and `b` (they do not count as a gap).
fn blank_lines(text: &str, layout: &Layout, a: usize, b: usize) -> usize {
    let (from, to) = (layout.lines[a].end, layout.lines[b].start);
    if from >= to {
        return 0;
    }
    text[from..to]
        .split('\n')
        .filter(|l| l.trim().is_empty())
        .count()
        .saturating_sub(1)
}

/// The line's text with masked ranges replaced by spaces (borrowed when no
/// mask touches the line, the common case).
fn visible_text<'t>(
    text: &'t str,
    start: usize,
    end: usize,
    masks: &[(usize, usize)],
) -> Cow<'t, str> {
    let first = masks.partition_point(|m| m.1 <= start);
    if masks.get(first).is_none_or(|m| m.0 >= end) {
        return Cow::Borrowed(&text[start..end]);
    }
    let mut out = String::with_capacity(end - start);
    let mut pos = start;
    for &(ms, me) in &masks[first..] {
        if ms >= end {
            break;
        }
        if ms > pos {
            out.push_str(&text[pos..ms]);
        }
        out.push(' ');
        pos = pos.max(me.min(end));
    }
    if pos < end {
        out.push_str(&text[pos..end]);
    }
    Cow::Owned(out)
}

fn count_words(s: &str) -> usize {
    if !s.is_ascii() {
        return s
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count();
    }
    // The same over bytes: of ASCII, only tab to carriage return and the
    // space are white space, and only letters and digits alphanumeric.
    let (mut words, mut alnum) = (0, false);
    for &b in s.as_bytes() {
        if matches!(b, b'\t'..=b'\r' | b' ') {
            words += usize::from(alnum);
            alnum = false;
        } else {
            alnum |= b.is_ascii_alphanumeric();
        }
    }
    words + usize::from(alnum)
}

fn trim_range(text: &str, start: usize, end: usize) -> (usize, usize) {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    (start + lead, end - trail)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(String, LineKind)> {
        let rules = Rules::default_rules().unwrap();
        let layout = clean(text, &rules);
        layout
            .lines
            .iter()
            .map(|l| (text[l.start..l.end].to_string(), l.kind))
            .collect()
    }

    #[test]
    fn words_of_an_ascii_line_count_as_split_by_unicode_white_space() {
        let slow = |s: &str| {
            s.split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count()
        };
        for s in [
            "",
            "  ",
            "Zorblat said",
            " -- a\tb\x0bc\x0cd\re\nf ",
            "x\x1cy \x1f z",
            "1. ... 2",
            "(c) & ~",
            "caf\u{e9} \u{a0}ok",
        ] {
            assert_eq!(count_words(s), slow(s), "{s:?}");
        }
    }

    #[test]
    fn kept_spans_cut_masks_out_of_kept_lines() {
        let rules = Rules::default_rules().unwrap();
        let text = "Acme buys Borealis\n\nAcme Corp said on Monday it would buy Borealis Inc (Photo : Wire) for cash.\n";
        let layout = clean(text, &rules);
        let spans = layout.kept_spans();
        assert_eq!(spans.len(), 3, "{spans:?}");
        assert_eq!(&text[spans[0].0..spans[0].1], "Acme buys Borealis");
        assert!(text[spans[1].0..spans[1].1].ends_with("Borealis Inc "));
        assert_eq!(&text[spans[2].0..spans[2].1], " for cash.");
        let kept = layout.kept_text(text);
        assert!(
            !kept.contains("Photo") && kept.contains("for cash."),
            "{kept}"
        );
    }

    #[test]
    fn headline_then_prose_and_no_chrome() {
        let text = "Acme buys Borealis\n\nHome\nMarkets\nTech\n\nAcme Corp said on Monday it would buy Borealis Inc for cash.\n\nShare with friends:\nLeave a Reply\n";
        let k = kinds(text);
        assert_eq!(k[0], ("Acme buys Borealis".into(), LineKind::Title));
        assert_eq!(k.len(), 2, "{k:?}");
        assert_eq!(k[1].1, LineKind::Body);
    }

    #[test]
    fn wrapped_newswire_paragraph_is_kept_whole() {
        let text = "ACME TO BUY BOREALIS\n\n    NEW YORK, March 2 - Acme Corp said it\nagreed to buy Borealis Inc, the maker of\ntrucks.\n";
        let k = kinds(text);
        assert_eq!(k.len(), 4, "{k:?}");
        assert_eq!(k[3].0, "trucks.");
    }

    #[test]
    fn a_short_line_opening_a_wrapped_paragraph_is_kept() {
        let text = "ACME SEES FIRMER PRICES\n\n    DENVER, March 2 - Acme Corp said it\nwould raise prices in the spring.\n    Acme Corp chairman\nJon Tarrow told reporters the plant would grow.\n    Qtr ended March 31\n    Shr 12 cts vs 15 cts\n    Net 1.2 mln vs 1.5 mln\n    Note: figures restated\n Reuter\n";
        let text = text.repeat(3);
        let k = kinds(&text);
        assert!(k.iter().any(|l| l.0 == "Acme Corp chairman"), "{k:?}");
        // A table's lines are all indented; a sign-off is no prose.
        for chrome in [
            "Qtr ended March 31",
            "Shr 12 cts vs 15 cts",
            "Note: figures restated",
        ] {
            assert!(k.iter().all(|l| l.0 != chrome), "{chrome}: {k:?}");
        }
    }

    #[test]
    fn a_paragraph_goes_on_only_on_an_unindented_prose_line() {
        assert!(continues_paragraph(
            "Jon Tarrow told reporters the plant would grow.\n"
        ));
        assert!(continues_paragraph(
            "subcommittee, he said it would grow.\n"
        ));
        assert!(!continues_paragraph("    Shr 12 cts vs 15 cts\n"));
        assert!(!continues_paragraph(" Reuter\n"));
        assert!(!continues_paragraph("Reuter\n"));
        assert!(!continues_paragraph("\n"));
    }

    /// An invented scraped page: a menu, a headline, a byline, four article
    /// paragraphs, then a related-stories box and a footer.
    fn scraped_page() -> String {
        let mut page = String::new();
        for m in [
            "Home",
            "World",
            "Business",
            "Tech",
            "Sport",
            "Sign in | Subscribe",
        ] {
            page.push_str(m);
            page.push('\n');
        }
        page.push_str("Zorblax agrees to buy Quenton Freight\nBy Mira Vell\n");
        for i in 0..4 {
            page.push_str(&format!(
                "Zorblax Dynamics said on Tuesday that it had agreed to buy Quenton Freight, a maker of \
                 trucks, for an undisclosed sum, and that the deal would close in the spring of next year ({i}).\n"
            ));
        }
        for m in [
            "Related stories",
            "READ MORE: Quenton shares jump",
            "Share this article",
            "Privacy | Terms | Cookies",
            "© 2024 Daily Vardle",
        ] {
            page.push_str(m);
            page.push('\n');
        }
        page
    }

    #[test]
    fn a_sub_heading_between_paragraphs_is_kept() {
        let mut text = scraped_page();
        let at = text.find("Related stories").unwrap();
        let mut more = String::from("What the buyer plans for the depots\n");
        for i in 0..3 {
            more.push_str(&format!(
                "Zorblax plans to keep the depots of Quenton Freight open for at least two years and \
                 to add a night shift at the largest of them, a spokesman said on Wednesday ({i}).\n"
            ));
        }
        text.insert_str(at, &more);
        let k = kinds(&text);
        assert!(
            k.iter()
                .any(|(s, _)| s == "What the buyer plans for the depots"),
            "{k:?}"
        );
    }

    #[test]
    fn raw_lines_split_as_split_inclusive_and_lines() {
        for text in [
            "",
            "\n",
            "a",
            "a\n",
            "a\nb",
            "a\r\nb\r\n\r\n",
            "\n\nx\r",
            "caf\u{e9}\n\u{2014}\n",
            &"Zorblax said it would.\n".repeat(40),
        ] {
            let want: Vec<&str> = text.split_inclusive('\n').collect();
            assert_eq!(raw_lines(text).collect::<Vec<_>>(), want, "{text:?}");
            let want: Vec<&str> = text.lines().collect();
            assert_eq!(
                raw_lines(text).map(line_of).collect::<Vec<_>>(),
                want,
                "{text:?}"
            );
        }
    }

    #[test]
    fn line_shape_reads_ascii_lines_as_the_char_methods_do() {
        for line in [
            "",
            "   ",
            "--- * ---",
            "Zorblax",
            "Zorblax Dynamics",
            "Zorblax Dynamics said",
            "  two\twords ",
            "a\x0Bb\x0Cc",
            "a\x1Cb c",
            "- - x",
            "\u{e9}t\u{e9} chez Quenton",
            "\u{a0}\u{2014}\u{a0}",
            "\u{2014} \u{2014} \u{2014}",
            "one\u{a0}two three",
        ] {
            let has_words = line.chars().any(char::is_alphanumeric);
            let three = has_words && line.split_whitespace().nth(2).is_some();
            assert_eq!(line_shape(line), (has_words, three), "{line:?}");
        }
    }

    #[test]
    fn scraped_page_keeps_the_article_and_drops_the_chrome() {
        let text = scraped_page();
        assert!(!is_plain_article(&text));
        let k = kinds(&text);
        let kept: Vec<&str> = k.iter().map(|(s, _)| s.as_str()).collect();
        assert!(
            kept.iter()
                .filter(|s| s.starts_with("Zorblax Dynamics said"))
                .count()
                == 4,
            "{kept:?}"
        );
        assert!(
            !kept.iter().any(|s| [
                "Home",
                "Business",
                "Share this article",
                "READ MORE: Quenton shares jump"
            ]
            .contains(s)),
            "{kept:?}"
        );
        assert_eq!(
            k[0],
            (
                "Zorblax agrees to buy Quenton Freight".into(),
                LineKind::Title
            )
        );
        let layout = clean(&text, &Rules::default_rules().unwrap());
        // One decision per line left with words once boilerplate rules masked theirs.
        let n = layout.decisions.len();
        assert!((11..=text.lines().count()).contains(&n), "{n}");
        let menu = &layout.decisions[0];
        assert!(!menu.kept && menu.probability < 0.5 && !menu.reason.is_empty());
        // A line the classifier dropped is noted with its fixed reason,
        // borrowed (no allocation per dropped line); a rule's id is owned.
        let by_classifier = layout
            .dropped
            .iter()
            .find(|d| d.start == menu.start)
            .unwrap();
        assert!(matches!(
            by_classifier.reason,
            Cow::Borrowed("line-classifier")
        ));
    }

    #[test]
    fn plain_articles_are_few_lines_or_hard_wrapped() {
        assert!(is_plain_article(
            "Acme buys Borealis\n\nAcme Corp said it would buy Borealis.\n"
        ));
        let wrapped = "ACME TO BUY BOREALIS\n\n    NEW YORK, March 2 - Acme Corp said it\nagreed to buy Borealis Inc, the maker of\ntrucks, for cash and\nshares.\n";
        assert!(is_plain_article(&wrapped.repeat(5)));
        assert!(!is_plain_article(
            &"One line of a page.\n".repeat(PAGE_LINES)
        ));
    }

    #[test]
    fn short_paragraphs_at_the_edges_of_the_article_are_kept() {
        let long = "Kestrel Bio said on Tuesday that it had agreed to sell its diagnostics unit to Orlov Dynamics for an undisclosed sum.";
        let text = format!(
            "Kestrel sells unit\n\nKestrel Bio agreed the sale on Tuesday.\n\n{long}\n\n{long}\n\n\"We are pleased,\" said Mara Quist.\n\nOrlov declined to comment.\n\nShare this\n"
        );
        let kept: Vec<String> = kinds(&text).into_iter().map(|(t, _)| t).collect();
        assert!(kept.contains(&"Kestrel Bio agreed the sale on Tuesday.".to_string()));
        assert!(kept.contains(&"\"We are pleased,\" said Mara Quist.".to_string()));
        assert!(kept.contains(&"Orlov declined to comment.".to_string()));
        assert!(!kept.contains(&"Share this".to_string()));
    }

    #[test]
    fn a_wrapped_line_that_continues_a_sentence_is_no_link() {
        // Hard-wrapped newswire: "share." and "comment." end sentences.
        let para = "    Tarrow Mills Inc said it agreed to buy Pellick Foods for 30 dlrs a\nshare. The offer expires on May 2, and Pellick Foods said it\nwould study the bid with its advisers before it makes any\ncomment.\n";
        let text = format!("TARROW MILLS TO BUY PELLICK\n\n{para}\n{para}\n{para}");
        assert!(continues_prose(&text, text.find("share.").unwrap()));
        let kept: Vec<String> = kinds(&text).into_iter().map(|(t, _)| t).collect();
        assert!(
            kept.iter()
                .any(|t| t == "share. The offer expires on May 2, and Pellick Foods said it"),
            "{kept:?}"
        );
        // A link line after a short or a finished line stays boilerplate.
        let menu = "Read the full story here now today.\nshare this\nHome\nshare this";
        assert!(!continues_prose(menu, menu.find("share").unwrap()));
        assert!(!continues_prose(menu, menu.rfind("share").unwrap()));
        // A menu line glued under a headline or a byline stays boilerplate.
        let head = "Tolvane Corp to buy Merrow Ltd in $3 billion deal\nshare\nBody.";
        assert!(!continues_prose(head, head.find("share").unwrap()));
        let titled = "Tolvane Corp To Buy Merrow Ltd In Big Deal\nshare, she said";
        assert!(!continues_prose(titled, titled.find("share").unwrap()));
        let by = "By Ada Quell and Bo Fenner, staff reporters\ncomments (12)\nBody.";
        assert!(!continues_prose(by, by.find("comments").unwrap()));
        let colon = "the two firms said they would not give any\ncomments: none";
        assert!(!continues_prose(colon, colon.find("comments").unwrap()));
        // Prose that goes on after the keyword under a prose line is kept.
        let on = "the two firms said they would not give any\ncomment, but later";
        assert!(continues_prose(on, on.find("comment").unwrap()));
    }

    #[test]
    fn boilerplate_before_headline_is_skipped() {
        let text = "Updated 11:29 AM EDT, Tue, Jun 16, 2020\n\nMake CT Your Homepage\n\nAcme Could Be Working With Borealis\n";
        assert_eq!(kinds(text)[0].0, "Acme Could Be Working With Borealis");
    }
}
