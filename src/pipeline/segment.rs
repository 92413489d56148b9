//! Stage 3: segment. Splits the kept lines into tokens and sentences.
//!
//! Takes: the text and its [`Layout`]. Gives: [`Tokens`] (words, numbers,
//! possessive marks and punctuation with byte offsets) grouped into
//! [`Sentence`]s. Guarantees: every token's range slices the text on char
//! boundaries; no token lies in a masked range or outside a kept line.
//!
//! Splitting is abbreviation-aware: a full stop after an honorific or a legal
//! suffix from the rules ("Mr.", "Inc.", "Co."), a single capital ("J.") or a
//! dotted abbreviation ("U.S.") does not end a sentence, unless the
//! abbreviation closes a name (a legal suffix, a dotted abbreviation: not an
//! honorific, a title abbreviation or an initial) and a sentence starter
//! follows ("... of Acme Ltd. However, it said"). Newswire wraps lines
//! inside sentences, so a line break ends a sentence only after a sentence
//! end, before a new paragraph, or after a short line (a heading).

use crate::pipeline::clean::{Layout, LineKind, continues_paragraph};
use crate::rules::{ListKind, Rules};

/// What the segmenter asks of words before and after a full stop.
pub trait SentenceWords {
    /// Whether `word` (as written, without its full stop) is an
    /// abbreviation whose full stop need not end a sentence ("Mr", "Inc").
    fn is_abbrev(&self, word: &str) -> bool;
    /// Whether the full stop after abbreviation `abbrev` ends the sentence
    /// before the capitalised word `next` ("Inc." before "However").
    fn ends_before(&self, abbrev: &str, next: &str) -> bool;
    /// Whether `word` (lower-case ASCII, as written after a hyphen) is a
    /// backer's participle ("backed", "funded"): a capitalised word ends
    /// before the hyphen, so "Orlov Ventures-backed" leaves the name whole.
    fn is_backer_participle(&self, word: &str) -> bool;
}

/// A closure is an abbreviation test whose full stops never end a sentence
/// (for tests of the splitting alone).
impl<F: Fn(&str) -> bool> SentenceWords for F {
    fn is_abbrev(&self, word: &str) -> bool {
        self(word)
    }

    fn ends_before(&self, _abbrev: &str, _next: &str) -> bool {
        false
    }

    fn is_backer_participle(&self, _word: &str) -> bool {
        false
    }
}

/// The rules' answers: abbreviations are honorifics ("Mr"), abbreviated
/// legal suffixes ("Inc": see [`full_word_suffix`]) and title abbreviations
/// ("Gen"); after any but an honorific or a
/// title abbreviation, which open a name, a word of the cue list
/// `sentence-starters` (Punkt's English sentence starters: "However",
/// "The", "It") opens a new sentence.
pub struct RuleWords<'r>(pub &'r Rules);

/// A legal suffix written as a whole word ("Company", "Corporation",
/// "Limited"): six letters or more and no inner full stop, where the
/// abbreviated forms of the rules' lists have at most five ("Inc", "GmbH",
/// "Unltd") or a full stop inside ("S.p.A"). Its full stop ends a sentence
/// like any word's ("... said the company. It ...").
fn full_word_suffix(word: &str) -> bool {
    word.len() >= 6 && word.bytes().all(|b| b.is_ascii_alphabetic())
}

/// Word classes of abbreviations that open a name ("Mr", "Gen"): their full
/// stop never ends a sentence.
const OPENS_NAME: u32 = ListKind::Honorific.bit() | ListKind::TitleAbbrev.bit();

impl SentenceWords for RuleWords<'_> {
    fn is_abbrev(&self, word: &str) -> bool {
        let class = self.0.word_class(word);
        class & OPENS_NAME != 0
            || class & ListKind::LegalSuffix.bit() != 0 && !full_word_suffix(word)
    }

    fn ends_before(&self, abbrev: &str, next: &str) -> bool {
        self.0.word_class(abbrev) & OPENS_NAME == 0 && self.0.is_cue("sentence-starters", next)
    }

    fn is_backer_participle(&self, word: &str) -> bool {
        // (`word` is lower case already: the registered id's fast look-up.)
        self.0.is_cue("backer-participles", word)
    }
}

/// A word in lower case, as `str::to_lowercase` gives it, without a heap
/// allocation for ASCII words (most of them): borrowed when the word is
/// lower case already, copied to an inline buffer when it is ASCII of up to
/// [`Lower::INLINE`] bytes, and owned otherwise. Derefs to `str` and
/// compares with `str`, `&str` and `String`, for code that looks at words
/// in lower case once per token.
#[derive(Debug, Clone)]
pub enum Lower<'a> {
    /// The word itself (ASCII, no capital).
    Borrowed(&'a str),
    /// ASCII: its bytes lower-cased, and its length.
    Inline([u8; Lower::INLINE], u8),
    /// Anything else: `str::to_lowercase`.
    Owned(String),
}

impl<'a> Lower<'a> {
    /// The longest word held inline, in bytes.
    pub const INLINE: usize = 31;

    /// `word` in lower case.
    pub fn new(word: &'a str) -> Self {
        // One pass over the bytes: any non-ASCII, any capital.
        let (mut any, mut capital) = (0u8, false);
        for &b in word.as_bytes() {
            any |= b;
            capital |= b.is_ascii_uppercase();
        }
        if !any.is_ascii() {
            return Lower::Owned(word.to_lowercase());
        }
        if !capital {
            return Lower::Borrowed(word);
        }
        if word.len() > Self::INLINE {
            return Lower::Owned(word.to_ascii_lowercase());
        }
        let mut buf = [0u8; Self::INLINE];
        for (to, &b) in buf.iter_mut().zip(word.as_bytes()) {
            *to = b.to_ascii_lowercase();
        }
        Lower::Inline(buf, word.len() as u8)
    }

    /// The lower-cased word.
    pub fn as_str(&self) -> &str {
        match self {
            Lower::Borrowed(s) => s,
            Lower::Inline(buf, len) => {
                std::str::from_utf8(&buf[..usize::from(*len)]).expect("ASCII is UTF-8")
            }
            Lower::Owned(s) => s,
        }
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<str> for Lower<'_> {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Lower<'_> {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

impl std::fmt::Display for Lower<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// Letters (with inner `-`, `&`, `'` or dotted abbreviations).
    Word,
    /// Starts with a digit.
    Number,
    /// A possessive mark: `'s`, `’s`, or a bare `'` after a plural.
    Possessive,
    /// One punctuation character.
    Punct(char),
}

/// A token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte start.
    pub start: usize,
    /// Byte end.
    pub end: usize,
    /// Kind.
    pub kind: TokKind,
    /// Index of its line in the layout.
    pub line: usize,
}

/// A sentence: a token range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// Byte start.
    pub start: usize,
    /// Byte end.
    pub end: usize,
    /// Whether it is (part of) the headline.
    pub title: bool,
    /// Whether most of its words are capitalised and it has no full stop: a
    /// headline in title case or ALL CAPS, whose capitals say nothing.
    pub headline_case: bool,
    /// Whether it is a byline line the clean stage handed on for the author's
    /// name only ([`LineKind::Byline`]).
    pub byline: bool,
}

/// The tokens and sentences of an article.
#[derive(Debug, Clone, Default)]
pub struct Tokens {
    /// All tokens in text order.
    pub tokens: Vec<Token>,
    /// Sentences in text order; they partition the tokens.
    pub sentences: Vec<Sentence>,
    /// For each token, its sentence.
    pub sentence_of: Vec<usize>,
    /// The text with its ASCII capitals lowered (every other byte as it
    /// is), made once by [`segment`]: an ASCII word's lower case is a slice
    /// of it ([`Tokens::lower`]). Empty for tokens made by hand.
    lowered: String,
    /// Whether the whole text is ASCII (then every word is).
    ascii: bool,
}

impl Tokens {
    /// Token `i`'s text in lower case, `text` the text the tokens were cut
    /// from: as [`Lower::new`] gives it, without lowering an ASCII word
    /// again (many stages ask for the same words' lower case).
    pub fn lower<'t>(&'t self, i: usize, text: &'t str) -> Lower<'t> {
        let t = self.tokens[i];
        match self.lowered.get(t.start..t.end) {
            Some(word) if self.ascii || word.is_ascii() => Lower::Borrowed(word),
            _ => Lower::new(t.text(text)),
        }
    }

    /// At `k` after a verb or a name: the token after a time phrase ("in
    /// 2019", "in May", "last year", "next quarter", "earlier this year",
    /// "yesterday", "April 21", "on May 1"), else `k`; `end` bounds it. The
    /// nouns after "last"/"this"/"next" are rules/time-nouns.txt's, the months
    /// rules/month-names.txt's.
    pub fn over_time(&self, text: &str, rules: &Rules, k: usize, end: usize) -> usize {
        let is_this = |j: usize| j < end && self.lower(j, text).as_str() == "this";
        let is_month = |j: usize| j < end && rules.is_cue("month-names", &self.lower(j, text));
        let is_time = |j: usize| j < end && rules.is_cue("time-nouns", self.tokens[j].text(text));
        let is_number = |j: usize| j < end && self.tokens[j].kind == TokKind::Number;
        if k + 1 >= end {
            return k;
        }
        match self.lower(k, text).as_str() {
            "in" if is_number(k + 1) => k + 2,
            "in" if is_month(k + 1) => k + 2 + usize::from(is_number(k + 2)),
            "earlier" | "later" if is_this(k + 1) && is_time(k + 2) => k + 3,
            "last" | "this" | "next" if is_time(k + 1) => k + 2,
            "yesterday" | "today" | "tomorrow" => k + 1,
            // "will retire April 21 as", "will resign on May 1 as".
            "on" if is_month(k + 1) && is_number(k + 2) => k + 3,
            _ if is_month(k) && is_number(k + 1) => k + 2,
            _ => k,
        }
    }
}

impl Token {
    /// Its text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
    /// Whether it is a word starting with an upper-case letter.
    #[inline]
    pub fn is_cap(&self, text: &str) -> bool {
        self.word_starts(text, u8::is_ascii_uppercase, char::is_uppercase)
    }
    /// Whether it is a word of lower-case letters (at its start).
    #[inline]
    pub fn is_lower(&self, text: &str) -> bool {
        self.word_starts(text, u8::is_ascii_lowercase, char::is_lowercase)
    }
    /// Whether it is a word whose first character passes `test`; `ascii`
    /// is the same test on an ASCII byte (of ASCII chars only A-Z are upper
    /// case and a-z lower case).
    #[inline]
    fn word_starts(&self, text: &str, ascii: impl Fn(&u8) -> bool, test: fn(char) -> bool) -> bool {
        if self.kind != TokKind::Word {
            return false;
        }
        // An ASCII first byte is the first char: no slicing, no decoding.
        match text.as_bytes().get(self.start) {
            Some(b) if b.is_ascii() && self.start < self.end => ascii(b),
            _ => self.word_starts_slow(text, test),
        }
    }
    /// [`Token::word_starts`] on a word whose first char is not ASCII.
    #[cold]
    fn word_starts_slow(&self, text: &str, test: fn(char) -> bool) -> bool {
        self.text(text).chars().next().is_some_and(test)
    }
    /// Whether it is the punctuation `c`.
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokKind::Punct(c)
    }
    /// Whether it is a dash: "-" (each of "--" is one), an en dash or an
    /// em dash ("Acme Corp - which owns", "DETROIT, May 2 - Automation").
    pub fn is_dash(&self) -> bool {
        matches!(self.kind, TokKind::Punct('-' | '\u{2013}' | '\u{2014}'))
    }
}

/// Splits the kept lines into tokens and sentences. `words` tells whether
/// a word followed by a full stop is an abbreviation, and whether its full
/// stop ends a sentence all the same before the next word ([`RuleWords`]
/// for the rules' answers; a closure `Fn(&str) -> bool` for abbreviations
/// alone).
pub fn segment(text: &str, layout: &Layout, words: impl SentenceWords) -> Tokens {
    // Prose has about one token per five bytes (a word and its space, or a
    // mark): room for one per four is reserved once, not grown (and the
    // tokens copied) by doubling from empty.
    let kept: usize = layout
        .lines
        .iter()
        .map(|l| l.end.saturating_sub(l.start))
        .sum();
    let mut tokens = Vec::with_capacity(kept / 4 + 16);
    let mut mask_i = 0;
    let mut chars = Vec::new();
    for (line_index, line) in layout.lines.iter().enumerate() {
        tokenize(
            text,
            line.start,
            line.end,
            line_index,
            &mut chars,
            &mut tokens,
            &words,
        );
    }
    // Drop tokens inside masked ranges.
    if !layout.masks.is_empty() {
        tokens.retain(|t: &Token| {
            while mask_i < layout.masks.len() && layout.masks[mask_i].1 <= t.start {
                mask_i += 1;
            }
            !(mask_i < layout.masks.len() && layout.masks[mask_i].0 < t.end)
        });
    }
    let mut out = Tokens {
        sentences: Vec::new(),
        sentence_of: Vec::with_capacity(tokens.len()),
        tokens,
        lowered: text.to_ascii_lowercase(),
        ascii: text.is_ascii(),
    };
    out.sentences = sentences(text, layout, &out.tokens, &words);
    for (s, sent) in out.sentences.iter().enumerate() {
        out.sentence_of
            .extend(std::iter::repeat_n(s, sent.last - sent.first));
    }
    out
}

/// The sentences of `toks` (all the tokens of the kept lines, in order).
fn sentences(
    text: &str,
    layout: &Layout,
    toks: &[Token],
    words: &impl SentenceWords,
) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut first = 0;
    for (i, t) in toks.iter().enumerate() {
        let boundary = match toks.get(i + 1) {
            None => true,
            Some(n) if n.line != t.line => line_end(text, layout, toks, i, n, words),
            Some(n) => sentence_end(text, toks, i, n, words),
        };
        if boundary {
            let kind = layout.lines[toks[first].line].kind;
            out.push(Sentence {
                first,
                last: i + 1,
                start: toks[first].start,
                end: t.end,
                title: kind == LineKind::Title,
                headline_case: headline_case(text, &toks[first..=i]),
                byline: kind == LineKind::Byline,
            });
            first = i + 1;
        }
    }
    out
}

/// Whether a sentence ends at token `i`, the last of its line, `next`
/// opening a later line: at a line break that ends one ([`line_break`])
/// unless `i` is the full stop of an initial or abbreviation ("Del E." at a
/// line end of wrapped newswire) before a line of the same paragraph; else
/// as inside a line ([`sentence_end`]).
fn line_end(
    text: &str,
    layout: &Layout,
    toks: &[Token],
    i: usize,
    next: &Token,
    words: &impl SentenceWords,
) -> bool {
    let t = toks[i];
    let abbrev_end = word_before_stop(text, toks, i).is_some_and(|w| initial_or_abbrev(w, words))
        || initials_opening_name(text, toks, i, words);
    ((layout.lines[next.line].paragraph_start || !abbrev_end)
        && line_break(text, layout, t.line, next.line))
        || sentence_end(text, toks, i, next, words)
}

/// "said K.T.|Fabrications Inc": token `i`, the last of its line, is a
/// word of dotted initials ("K.T.", two or three letters) opening a name
/// that the next line goes on with: one to three capitalised words and a
/// capitalised abbreviation (a legal suffix: "Inc") follow, and no "the"
/// stands before the initials ("to U.S.|Agricultural exports", "the
/// U.S.|General Motors said" end a sentence).
fn initials_opening_name(text: &str, toks: &[Token], i: usize, words: &impl SentenceWords) -> bool {
    let initials = toks[i].kind == TokKind::Word && dotted_initials(toks[i].text(text));
    let cap = |k: usize| toks.get(k).is_some_and(|t| t.is_cap(text));
    let the = i > 0 && toks[i - 1].text(text).eq_ignore_ascii_case("the");
    let suffixed = (i + 2..i + 5)
        .take_while(|&k| cap(k - 1))
        .any(|k| cap(k) && words.is_abbrev(toks[k].text(text)));
    initials && !the && suffixed
}

/// "K.T.", "A.G.", "J.P.": two or three capital letters, each with its
/// full stop (one word token).
pub(crate) fn dotted_initials(w: &str) -> bool {
    let w = w.as_bytes();
    (4..=6).contains(&w.len())
        && w.chunks(2)
            .all(|c| c.len() == 2 && c[0].is_ascii_uppercase() && c[1] == b'.')
}

/// The word right before token `i` (no space between) when `i` is a full
/// stop: "E" of "Del E.", "Corp" of "Corp.".
fn word_before_stop<'t>(text: &'t str, toks: &[Token], i: usize) -> Option<&'t str> {
    let t = toks[i];
    let glued =
        t.is_punct('.') && i > 0 && toks[i - 1].end == t.start && toks[i - 1].kind == TokKind::Word;
    glued.then(|| toks[i - 1].text(text))
}

/// An initial (one capital letter: "E") or a listed abbreviation.
fn initial_or_abbrev(w: &str, words: &impl SentenceWords) -> bool {
    is_initial(w) || words.is_abbrev(w)
}

/// One capital letter: "E" of "Del E.".
fn is_initial(w: &str) -> bool {
    w.chars().count() == 1 && w.chars().all(char::is_uppercase)
}

/// Most words capitalised and no closing full stop: headline typography.
/// A dotted abbreviation's own stop closes too: a newswire sentence cut
/// where its line ends in "U.S." or "L.K." ("TORONTO, May 2 - Zentrix
/// Ltd said the U.S.") is prose, its names read as such.
fn headline_case(text: &str, toks: &[Token]) -> bool {
    let (mut caps, mut all) = (0, 0);
    for t in toks.iter().filter(|t| t.kind == TokKind::Word) {
        all += 1;
        caps += usize::from(t.is_cap(text));
    }
    // Prose ends with a full stop; headlines do not.
    let ends = toks.last().is_some_and(|t| match t.kind {
        TokKind::Punct('.' | '!') => true,
        TokKind::Word => dotted_initials(t.text(text)),
        _ => false,
    });
    all >= 4 && caps * 10 >= all * 6 && !ends
}

fn line_break(text: &str, layout: &Layout, prev: usize, next: usize) -> bool {
    let p = layout.lines[prev];
    let n = layout.lines[next];
    if p.kind != LineKind::Body || n.kind != LineKind::Body || n.paragraph_start {
        return true;
    }
    if next != prev + 1 {
        return true; // a dropped line lies between
    }
    let line = text[p.start..p.end].trim_end();
    let goes_on = || opens(layout, p, line) && continues_paragraph(&text[n.start..n.end]);
    line.ends_with(['.', '!', '?', ':', '"', '\u{201d}']) || (line.len() < 40 && !goes_on())
}

/// Whether the short body line `p` (its text `line`) of a hard-wrapped
/// plain article opens a paragraph (the clean stage keeps such a line when
/// the next goes on with it, [`continues_paragraph`]: "    Harloway Mills
/// chairman" over "Orin Vastell told reporters ..."): not a heading,
/// whatever its length, when it ends open: in a lower-case word or a
/// comma (a line ending in a capital, "Varnholt Pumps Wins Navy Order",
/// may be a heading). A byline ("By Ann Lee") stays a line of its own.
fn opens(layout: &Layout, p: crate::pipeline::clean::Line, line: &str) -> bool {
    let last = line.rsplit(' ').next().unwrap_or(line);
    let open = last.ends_with(',') || last.starts_with(|c: char| c.is_lowercase());
    layout.decisions.is_empty()
        && p.paragraph_start
        && open
        && !line.starts_with("By ")
        && !line.starts_with("by ")
}

fn sentence_end(
    text: &str,
    toks: &[Token],
    i: usize,
    next: &Token,
    words: &impl SentenceWords,
) -> bool {
    let t = toks[i];
    if t.kind == TokKind::Word && t.text(text).ends_with('.') {
        // A dotted abbreviation's own full stop: "in the U.S. The plant".
        return starter_follows(text, t.text(text), next, words);
    }
    let closes = |tok: &Token| matches!(tok.kind, TokKind::Punct('"' | '\u{201d}' | '\'' | ')'));
    // A closing quote after a sentence end belongs to the sentence.
    let end_mark = match t.kind {
        TokKind::Punct('.' | '!' | '?') => !closes(next),
        _ if closes(&t) && i > 0 => {
            matches!(toks[i - 1].kind, TokKind::Punct('.' | '!' | '?'))
                && toks[i - 1].end == t.start
        }
        _ => false,
    };
    if !end_mark {
        return false;
    }
    let next_text = next.text(text);
    let starts_upper = next_text
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '"' || c == '\u{201c}');
    if !starts_upper {
        return false;
    }
    match word_before_stop(text, toks, i) {
        Some(w) if w.ends_with('.') || initial_or_abbrev(w, words) => {
            !is_initial(w) && starter_follows(text, w, next, words)
        }
        _ => true,
    }
}

/// Whether the full stop after abbreviation `abbrev` ends a sentence
/// before `next`: a capitalised word that [`SentenceWords::ends_before`]
/// says opens one.
fn starter_follows(text: &str, abbrev: &str, next: &Token, words: &impl SentenceWords) -> bool {
    next.kind == TokKind::Word && next.is_cap(text) && words.ends_before(abbrev, next.text(text))
}

/// Appends the tokens of `text[start..end]` (line `line`): words and numbers
/// ([`word_end`]), possessive marks ([`apostrophe`]) and one token per other
/// non-space character. `chars` is scratch space, reused between lines;
/// `words` names the backer participles a capitalised word ends before.
fn tokenize(
    text: &str,
    start: usize,
    end: usize,
    line: usize,
    chars: &mut Vec<(usize, char)>,
    out: &mut Vec<Token>,
    words: &impl SentenceWords,
) {
    let s = &text[start..end];
    if s.is_ascii() {
        // Most lines: each byte a char, read in place without decoding.
        return push_tokens(s.as_bytes(), |k| start + k, line, out, words);
    }
    chars.clear();
    chars.extend(s.char_indices());
    let chars = &chars[..];
    let off = |k: usize| start + chars.get(k).map_or(s.len(), |&(o, _)| o);
    push_tokens(chars, off, line, out, words);
}

/// A line's chars by index: the bytes of an ASCII line (each its own char)
/// or the decoded (byte offset, char) pairs of any other.
trait Chars {
    /// The char at index `k`, if any.
    fn at(&self, k: usize) -> Option<char>;
    /// The end of the run of ASCII letters and digits from index `k`.
    #[inline]
    fn ascii_alphanumeric_end(&self, mut k: usize) -> usize {
        while self.at(k).is_some_and(|c| c.is_ascii_alphanumeric()) {
            k += 1;
        }
        k
    }
}

impl Chars for [u8] {
    #[inline]
    fn at(&self, k: usize) -> Option<char> {
        self.get(k).map(|&b| char::from(b))
    }
    #[inline]
    fn ascii_alphanumeric_end(&self, k: usize) -> usize {
        let rest = self.get(k..).unwrap_or_default();
        k + rest
            .iter()
            .position(|b| !b.is_ascii_alphanumeric())
            .unwrap_or(rest.len())
    }
}

impl Chars for [(usize, char)] {
    #[inline]
    fn at(&self, k: usize) -> Option<char> {
        self.get(k).map(|&(_, c)| c)
    }
}

/// [`tokenize`] over a line's `chars`; `off(k)` is the byte offset in the
/// text of char `k` (`k` may be the line's length).
fn push_tokens<C: Chars + ?Sized>(
    chars: &C,
    off: impl Fn(usize) -> usize,
    line: usize,
    out: &mut Vec<Token>,
    words: &impl SentenceWords,
) {
    let mut k = 0;
    while let Some(c) = chars.at(k) {
        let (len, kind) = if c.is_whitespace() {
            k += 1;
            continue;
        } else if is_apostrophe(c) {
            apostrophe(chars, k)
        } else if !c.is_alphanumeric() {
            (1, TokKind::Punct(c))
        } else if c.is_ascii_digit() {
            (word_end(chars, k, words) - k, TokKind::Number)
        } else {
            (word_end(chars, k, words) - k, TokKind::Word)
        };
        out.push(Token {
            start: off(k),
            end: off(k + len),
            kind,
            line,
        });
        k += len;
    }
}

/// The token at the apostrophe `chars[k]`: a possessive `'s`/`’s` glued to a
/// word and not followed by a letter (two chars), a bare `'` glued after a
/// plural s (one char), or else punctuation. Gives its length in chars and
/// its kind.
fn apostrophe<C: Chars + ?Sized>(chars: &C, k: usize) -> (usize, TokKind) {
    let at = |k: usize| chars.at(k);
    let s_follows =
        matches!(at(k + 1), Some('s' | 'S')) && !at(k + 2).is_some_and(char::is_alphanumeric);
    let after_s =
        k > 0 && matches!(at(k - 1), Some('s')) && !at(k + 1).is_some_and(char::is_alphanumeric);
    let glued = k > 0 && at(k - 1).is_some_and(char::is_alphanumeric);
    if glued && s_follows {
        (2, TokKind::Possessive)
    } else if glued && after_s {
        (1, TokKind::Possessive)
    } else {
        (1, TokKind::Punct(at(k).expect("an apostrophe at k")))
    }
}

/// One past the last char of the word or number starting at `chars[begin]`:
/// letters and digits, with inner `-`, `&`, `/` (words), `.`/`,` between
/// digits (numbers), inner apostrophes ("O'Neil") and dotted abbreviations,
/// domains and tickers ([`dot_in_word`]); a capitalised word ends before
/// a hyphen and a backer participle of `words` ([`backer_participle`]).
fn word_end<C: Chars + ?Sized>(chars: &C, begin: usize, words: &impl SentenceWords) -> usize {
    let at = |k: usize| chars.at(k);
    let numeric = at(begin).is_some_and(|c| c.is_ascii_digit());
    // ASCII letters and digits first (the loop's first case, taken fast).
    let mut k = chars.ascii_alphanumeric_end(begin + 1);
    // Most words end at a space or the line's end (as the loop would find).
    if at(k).is_none_or(|c| c == ' ') {
        return k;
    }
    loop {
        match at(k) {
            Some(c) if c.is_alphanumeric() => k += 1,
            Some('-') if backer_participle(chars, begin, k, words) => return k,
            Some('-' | '&' | '/') if at(k + 1).is_some_and(char::is_alphanumeric) && !numeric => {
                k += 1
            }
            Some('.' | ',') if numeric && at(k + 1).is_some_and(|c| c.is_ascii_digit()) => k += 1,
            Some(a) if is_apostrophe(a) && inner_apostrophe(at(k + 1), at(k + 2)) => k += 1,
            Some('.') if !numeric => match dot_in_word(chars, begin, k) {
                Dot::Skip(n) => k += n,
                Dot::Last => return k + 1,
                Dot::End => return k,
            },
            _ => return k,
        }
    }
}

/// The hyphen at `chars[k]` opens a backer's participle after a capitalised
/// word (starting at `begin`): the lower-case ASCII letters after the
/// hyphen, up to a char that is no letter or digit, are a word of
/// [`SentenceWords::is_backer_participle`]. The word ends before the hyphen,
/// so the name stays a name of its own ("Orlov Ventures" "-" "backed"), as
/// "U.S." "-backed" is written; "state-backed", "Ventures-backedness" stay
/// whole.
fn backer_participle<C: Chars + ?Sized>(
    chars: &C,
    begin: usize,
    k: usize,
    words: &impl SentenceWords,
) -> bool {
    const LONGEST: usize = 16;
    if !chars.at(begin).is_some_and(char::is_uppercase) {
        return false;
    }
    let mut word = [0u8; LONGEST];
    let mut n = 0;
    while let Some(c) = chars.at(k + 1 + n).filter(char::is_ascii_lowercase) {
        if n == LONGEST {
            return false;
        }
        word[n] = c as u8;
        n += 1;
    }
    n > 0
        && !chars.at(k + 1 + n).is_some_and(char::is_alphanumeric)
        && std::str::from_utf8(&word[..n]).is_ok_and(|w| words.is_backer_participle(w))
}

/// What a full stop at `chars[k]` inside a word does.
enum Dot {
    /// It and the next `n - 1` chars belong to the word.
    Skip(usize),
    /// It is the word's last char (the final dot of "U.S.").
    Last,
    /// It ends the word and is not part of it.
    End,
}

/// A full stop inside the word starting at `begin`: a dotted abbreviation
/// (U.S., J.C.), a domain (gizmochina.com) or a ticker (GS.N) continues;
/// else the word ends before it.
fn dot_in_word<C: Chars + ?Sized>(chars: &C, begin: usize, k: usize) -> Dot {
    let at = |k: usize| chars.at(k);
    let next = at(k + 1);
    let single =
        at(k - 1).is_some_and(char::is_alphabetic) && (k - 1 == begin || at(k - 2) == Some('.'));
    if single && next.is_some_and(char::is_alphabetic) && at(k + 2) == Some('.') {
        Dot::Skip(2)
    } else if single && k - 1 != begin {
        Dot::Last
    } else if (next.is_some_and(char::is_lowercase) && at(k - 1).is_some_and(char::is_lowercase))
        || (next.is_some_and(char::is_uppercase) && at(k - 1).is_some_and(char::is_uppercase))
    {
        // gizmochina.com, or a ticker such as GS.N
        Dot::Skip(1)
    } else {
        Dot::End
    }
}

/// An apostrophe inside a word ("O'Neil", "don't"), not a possessive 's.
fn inner_apostrophe(next: Option<char>, after: Option<char>) -> bool {
    let possessive_s = matches!(next, Some('s' | 'S')) && !after.is_some_and(char::is_alphanumeric);
    next.is_some_and(char::is_alphabetic) && !possessive_s
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Space-separated words as word tokens, all in one sentence (unit tests
/// of the later stages).
#[cfg(test)]
pub(crate) fn words_as_tokens(text: &str) -> Tokens {
    let mut tokens = Tokens::default();
    let mut at = 0;
    for w in text.split(' ') {
        tokens.tokens.push(Token {
            start: at,
            end: at + w.len(),
            kind: TokKind::Word,
            line: 0,
        });
        at += w.len() + 1;
    }
    tokens.sentences.push(Sentence {
        first: 0,
        last: tokens.tokens.len(),
        start: 0,
        end: text.len(),
        title: false,
        headline_case: false,
        byline: false,
    });
    tokens.sentence_of = vec![0; tokens.tokens.len()];
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::clean::{Line, LineKind};

    #[test]
    fn a_word_is_capitalised_or_lower_case_by_its_first_char() {
        let text = "Zorb zentrix Émile ärger 42 , ZX";
        let mut toks = Vec::new();
        tokenize(text, 0, text.len(), 0, &mut Vec::new(), &mut toks, &Backers);
        let caps: Vec<(bool, bool)> = toks
            .iter()
            .map(|t| (t.is_cap(text), t.is_lower(text)))
            .collect();
        let expected = [
            (true, false),
            (false, true),
            (true, false),
            (false, true),
            (false, false),
            (false, false),
            (true, false),
        ];
        assert_eq!(caps, expected);
    }

    #[test]
    fn a_hyphen_en_dash_or_em_dash_token_is_a_dash() {
        let text = "Velm - Tarso \u{2013} Quill \u{2014} Orn -- x-ray : ,";
        let mut toks = Vec::new();
        tokenize(text, 0, text.len(), 0, &mut Vec::new(), &mut toks, &Backers);
        let dashes: Vec<&str> = toks
            .iter()
            .filter(|t| t.is_dash())
            .map(|t| t.text(text))
            .collect();
        assert_eq!(dashes, ["-", "\u{2013}", "\u{2014}", "-", "-"]);
    }

    #[test]
    fn a_tokens_lower_case_is_that_of_its_text() {
        let text = "Zentrix AG's CEO \u{d6}lberg met KELVIN\u{212a} and ZENTRIX.COM";
        let layout = Layout {
            lines: vec![Line {
                start: 0,
                end: text.len(),
                kind: LineKind::Body,
                paragraph_start: true,
            }],
            ..Layout::default()
        };
        let tokens = segment(text, &layout, |_: &str| false);
        assert_eq!(tokens.tokens.len(), 9);
        let ascii = "Zentrix AG's CEO met KELVIN and ZENTRIX.COM";
        let layout_ascii = Layout {
            lines: vec![Line {
                end: ascii.len(),
                ..layout.lines[0]
            }],
            ..Layout::default()
        };
        let ascii_tokens = segment(ascii, &layout_ascii, |_: &str| false);
        assert_eq!(ascii_tokens.tokens.len(), 8);
        for (text, tokens) in [
            (text, tokens),
            (ascii, ascii_tokens),
            (text, words_as_tokens(text)),
        ] {
            for (i, t) in tokens.tokens.iter().enumerate() {
                let lower = t.text(text).to_lowercase();
                assert_eq!(tokens.lower(i, text).as_str(), lower);
            }
        }
    }

    #[test]
    fn lower_is_to_lowercase_without_allocating_ascii() {
        let long = "A-Word-Of-Thirty-Two-Bytes-Long!";
        let odd = [
            "",
            "zentrix",
            "Zentrix",
            "ZENTRIX",
            long,
            "Ölberg",
            "KELVIN\u{212a}",
            "İd",
        ];
        for w in odd {
            let w = w.to_string();
            let lower = Lower::new(&w);
            assert_eq!(lower.as_str(), w.to_lowercase(), "{w}");
            assert!(lower == w.to_lowercase() && lower == *w.to_lowercase().as_str());
        }
        assert!(matches!(Lower::new("zentrix"), Lower::Borrowed(_)));
        assert!(matches!(Lower::new("Zentrix"), Lower::Inline(..)));
        assert!(matches!(Lower::new(long), Lower::Owned(_)));
        assert!(matches!(Lower::new("Ölberg"), Lower::Owned(_)));
        assert_eq!(&*Lower::new("The"), "the");
    }

    /// Sentence words for the tokenizer's tests: no abbreviation; the
    /// backer participles "backed" and "funded".
    struct Backers;

    impl SentenceWords for Backers {
        fn is_abbrev(&self, _word: &str) -> bool {
            false
        }
        fn ends_before(&self, _abbrev: &str, _next: &str) -> bool {
            false
        }
        fn is_backer_participle(&self, word: &str) -> bool {
            matches!(word, "backed" | "funded")
        }
    }

    /// The tokens of `s` as `tokenize` splits them with `words`.
    fn words_with(s: &str, words: &impl SentenceWords) -> Vec<String> {
        let mut v = Vec::new();
        tokenize(s, 0, s.len(), 0, &mut Vec::new(), &mut v, words);
        v.iter().map(|t| t.text(s).to_string()).collect()
    }

    fn words(s: &str) -> Vec<String> {
        words_with(s, &Backers)
    }

    /// The sentences of `s` (one body line) as `words` split them.
    fn split(s: &str, words: impl SentenceWords) -> Vec<String> {
        let layout = Layout {
            lines: vec![Line {
                start: 0,
                end: s.len(),
                kind: LineKind::Body,
                paragraph_start: true,
            }],
            ..Layout::default()
        };
        let t = segment(s, &layout, words);
        t.sentences
            .iter()
            .map(|x| s[x.start..x.end].to_string())
            .collect()
    }

    fn sentences(s: &str) -> Vec<String> {
        split(s, |w: &str| matches!(w, "Mr" | "Inc" | "Co" | "Corp"))
    }

    /// The sentences of `s` (one body line) as the default rules split them.
    fn rule_sentences(s: &str) -> Vec<String> {
        split(s, RuleWords(&Rules::default_rules().unwrap()))
    }

    /// The sentences of a plain article as the clean stage and the default
    /// rules split them.
    fn article_sentences(text: &str) -> Vec<String> {
        let rules = Rules::default_rules().unwrap();
        let layout = crate::pipeline::clean::clean(text, &rules);
        let toks = segment(text, &layout, RuleWords(&rules));
        let s = &toks.sentences;
        s.iter()
            .map(|x| text[x.start..x.end].replace('\n', " "))
            .collect()
    }

    #[test]
    fn a_short_line_opening_a_wrapped_paragraph_is_no_heading() {
        let text = "ACME SEES FIRMER PRICES\n\n    DENVER, March 2 - Acme Corp said it\nwould raise prices in the spring.\n    Acme Corp chairman\nJon Tarrow told reporters the plant would grow.\n    By Ann Vell, Reuters\n    DENVER, March 3 - Acme Corp said it would\nbuild a plant.\n";
        let got = article_sentences(text);
        assert!(
            got.iter()
                .any(|s| s == "Acme Corp chairman Jon Tarrow told reporters the plant would grow."),
            "{got:?}"
        );
    }

    #[test]
    fn a_sentence_starter_after_a_name_closing_abbreviation_opens_a_sentence() {
        assert_eq!(
            rule_sentences("It bought Tolvan Ltd. However, it paid cash."),
            ["It bought Tolvan Ltd.", "However, it paid cash."]
        );
        assert_eq!(
            rule_sentences("It opened a plant in the U.S. The plant is new."),
            ["It opened a plant in the U.S.", "The plant is new."]
        );
        // Not after an honorific, a title abbreviation or an initial, and
        // not before a word that is no sentence starter.
        for one in [
            "He met Mr. The Vander Group's head.",
            "Gen. These Marlowe spoke.",
            "Del E. The Orvis tower rose.",
            "Tolvan Inc. Chairman Ada Lune spoke.",
            "It sued Kestrel Co. Inc. in May.",
        ] {
            assert_eq!(rule_sentences(one), [one], "{one}");
        }
    }

    #[test]
    fn a_legal_suffix_written_as_a_whole_word_ends_a_sentence() {
        assert_eq!(
            rule_sentences("It named a head of the company. Ada Lune got the post."),
            ["It named a head of the company.", "Ada Lune got the post."]
        );
        assert_eq!(
            rule_sentences("It sold Tolvan Limited. Shares rose."),
            ["It sold Tolvan Limited.", "Shares rose."]
        );
        assert!(full_word_suffix("Company") && full_word_suffix("Corporation"));
        assert!(!full_word_suffix("Corp") && !full_word_suffix("GmbH"));
        assert!(!full_word_suffix("Unltd"));
        assert!(!full_word_suffix("S.p.A"));
    }

    #[test]
    fn possessives_and_inner_marks() {
        assert_eq!(
            words("Daimler's R&D co-founder"),
            ["Daimler", "'s", "R&D", "co-founder"]
        );
        assert_eq!(
            words("General Motors' plant"),
            ["General", "Motors", "'", "plant"]
        );
        assert_eq!(words("Xiaomi’s EV"), ["Xiaomi", "’s", "EV"]);
        assert_eq!(
            words("the U.S. based maker"),
            ["the", "U.S.", "based", "maker"]
        );
        assert_eq!(
            words("via gizmochina.com now"),
            ["via", "gizmochina.com", "now"]
        );
        assert_eq!(
            words("$10.5 billion, 1,000"),
            ["$", "10.5", "billion", ",", "1,000"]
        );
    }

    #[test]
    fn a_backers_participle_after_a_capitalised_word_is_split_off() {
        assert_eq!(
            words("Orlov Ventures-backed Kestrel, a Tamsin-funded firm"),
            [
                "Orlov", "Ventures", "-", "backed", "Kestrel", ",", "a", "Tamsin", "-", "funded",
                "firm"
            ]
        );
        // Lower case before the hyphen, a longer word after it, another
        // participle, and a non-ASCII line: as before.
        assert_eq!(
            words("state-backed Ventures-backedness Mercedes-owned Zürich-backed"),
            [
                "state-backed",
                "Ventures-backedness",
                "Mercedes-owned",
                "Zürich",
                "-",
                "backed"
            ]
        );
    }

    #[test]
    fn the_backer_participles_are_the_rules_list() {
        let rules = Rules::default_rules().unwrap();
        let split = words_with("Orlov-funded Kestrel", &RuleWords(&rules));
        assert_eq!(split, ["Orlov", "-", "funded", "Kestrel"]);
        // Without the list no participle splits a name.
        let whole = words_with("Orlov-funded Kestrel", &|_: &str| false);
        assert_eq!(whole, ["Orlov-funded", "Kestrel"]);
        // Upper case or longer than any participle after the hyphen: whole.
        assert_eq!(
            words("Orlov-Backed Orlov-fundedfundedfunded"),
            ["Orlov-Backed", "Orlov-fundedfundedfunded"]
        );
    }

    fn chars(s: &str) -> Vec<(usize, char)> {
        s.char_indices().collect()
    }

    #[test]
    fn apostrophes() {
        // Over an ASCII line's bytes as over its decoded chars.
        let ap = |s: &str, k: usize| {
            let a = apostrophe(s.as_bytes(), k);
            assert_eq!(apostrophe(&chars(s)[..], k), a, "{s}");
            a
        };
        assert_eq!(ap("Vexo's", 4), (2, TokKind::Possessive));
        assert_eq!(ap("Vexos' x", 5), (1, TokKind::Possessive));
        assert_eq!(ap(" 'quoted", 1), (1, TokKind::Punct('\'')));
        assert_eq!(
            apostrophe(&chars("Vexo\u{2019}s")[..], 4),
            (2, TokKind::Possessive)
        );
    }

    #[test]
    fn words_end_at_the_right_dot() {
        // Over an ASCII line's bytes as over its decoded chars.
        let end = |s: &str| {
            let e = word_end(s.as_bytes(), 0, &Backers);
            assert_eq!(word_end(&chars(s)[..], 0, &Backers), e, "{s}");
            e
        };
        assert_eq!(end("U.S. next"), 4);
        assert_eq!(end("vexo.com now"), 8);
        assert_eq!(end("Vexo. Next"), 4);
        assert_eq!(end("10,500.25 units"), 9);
        assert_eq!(end("O'Neil's"), 6);
        assert_eq!(word_end(&chars("Zo\u{eb}-Vexo, x")[..], 0, &Backers), 8);
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            sentences(
                "Mr. Smith of Acme Inc. met Beta Co. in the U.S. Today they agreed. Next one."
            ),
            [
                "Mr. Smith of Acme Inc. met Beta Co. in the U.S. Today they agreed.",
                "Next one."
            ]
        );
    }

    #[test]
    fn dotted_initials_at_a_line_end_open_a_name_on_the_next_line() {
        let s = "Kestrel Inc said K.T.\nFabrications Inc refused to pay. It sued.";
        let layout = Layout {
            lines: vec![
                Line {
                    start: 0,
                    end: 21,
                    kind: LineKind::Body,
                    paragraph_start: true,
                },
                Line {
                    start: 22,
                    end: s.len(),
                    kind: LineKind::Body,
                    paragraph_start: false,
                },
            ],
            ..Layout::default()
        };
        let t = segment(s, &layout, |w: &str| w == "Inc");
        let got: Vec<&str> = t.sentences.iter().map(|x| &s[x.start..x.end]).collect();
        assert_eq!(
            got,
            [
                "Kestrel Inc said K.T.\nFabrications Inc refused to pay.",
                "It sued."
            ]
        );
        // "the U.S." at a line end before a new sentence still ends it.
        let s = "It sold cars in the U.S.\nGeneral Motors said so.";
        let layout = Layout {
            lines: vec![
                Line {
                    start: 0,
                    end: 24,
                    kind: LineKind::Body,
                    paragraph_start: true,
                },
                Line {
                    start: 25,
                    end: s.len(),
                    kind: LineKind::Body,
                    paragraph_start: false,
                },
            ],
            ..Layout::default()
        };
        assert_eq!(segment(s, &layout, |w: &str| w == "Inc").sentences.len(), 2);
    }

    #[test]
    fn a_sentence_cut_after_dotted_initials_is_no_headline() {
        let case = |s: &str, end: usize| {
            let layout = Layout {
                lines: vec![
                    Line {
                        start: 0,
                        end,
                        kind: LineKind::Body,
                        paragraph_start: true,
                    },
                    Line {
                        start: end + 1,
                        end: s.len(),
                        kind: LineKind::Body,
                        paragraph_start: false,
                    },
                ],
                ..Layout::default()
            };
            let t = segment(s, &layout, |_: &str| false);
            t.sentences
                .iter()
                .map(|x| x.headline_case)
                .collect::<Vec<_>>()
        };
        // The line ends in "U.S.": a sentence of its own, yet prose.
        let s = "OSLO, May 2 - Varnholt Pellory Ltd said a U.S.\nTrade Office ruled for it.";
        assert_eq!(case(s, 46), [false, false]);
        // Without a closing stop it reads as a headline still.
        let s = "Varnholt Pumps Wins Navy Order\nIt was sure of it.";
        assert_eq!(case(s, 30), [true, false]);
    }

    #[test]
    fn glued_full_stop_splits() {
        assert_eq!(
            sentences("the market.LeEco said"),
            ["the market.", "LeEco said"]
        );
    }
}
