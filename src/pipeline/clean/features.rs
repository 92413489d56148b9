//! Shallow text features of page lines (Kohlschütter, Fankhauser and Nejdl,
//! "Boilerplate Detection using Shallow Text Features", WSDM 2010), the
//! input of the line classifier.
//!
//! Takes: the visible text of each candidate line of a page (a line = one
//! block of the scraped page, boilerplate masks blanked). Gives: one vector
//! of [`N_FEATURES`] numbers per line, named by [`NAMES`]: the line's own
//! features, its position, and the first four features of the two lines
//! before and after it. Guarantees: linear in the page's size; the same
//! numbers whoever computes them (the fitting script reads them from
//! `examples/clean_features.rs`, so Rust is the single source of features).
//!
//! Word lists (rules/clean/): `stopwords-en.txt` (jusText's English
//! stoplist, BSD-2-Clause), `chrome-words.txt`, `teaser-openers.txt`,
//! `comment-markers.txt`, `photo-credits.txt`, `link-words.txt`.

use std::ops::Range;
use std::sync::OnceLock;

use hashbrown::{HashMap, HashSet};

use super::wordtable::WordTable;

/// Lines under this many words are short (menus, buttons, captions).
pub const SHORT: usize = 10;

/// Names of the features, in vector order (the keys of
/// `rules/clean/weights.toml`).
pub const NAMES: [&str; N_FEATURES] = [
    "words",
    "stopwords",
    "sentence_end",
    "capitalised",
    "digits",
    "chrome",
    "teaser",
    "separators",
    "copyright",
    "word_length",
    "short_run",
    "position",
    "position_sq",
    "prev_words",
    "prev_stopwords",
    "prev_sentence_end",
    "prev_capitalised",
    "next_words",
    "next_stopwords",
    "next_sentence_end",
    "next_capitalised",
    "prev2_words",
    "prev2_stopwords",
    "prev2_sentence_end",
    "prev2_capitalised",
    "next2_words",
    "next2_stopwords",
    "next2_sentence_end",
    "next2_capitalised",
    "words_x_stopwords",
    "words_x_sentence_end",
    "near_prose",
    "near_prose_words",
    "wide_prose",
    "wide_prose_words",
    "prose_before",
    "prose_after",
    "rel_words",
];

/// Length of a feature vector.
pub const N_FEATURES: usize = 38;

/// Features of one line on its own.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Own {
    /// Words (runs of letters/digits, inner apostrophes allowed).
    pub n: usize,
    /// ln(1 + words).
    pub words: f64,
    /// Share of words in the stoplist.
    pub stopwords: f64,
    /// 1 when the line ends with `.`, `!`, `?`, `"`, `”`, `:` or `)`.
    pub sentence_end: f64,
    /// Share of the words starting with a letter that start upper-case.
    pub capitalised: f64,
    /// Share of the words starting with a digit.
    pub digits: f64,
    /// Chrome phrases (at most 3) per square root of the words.
    pub chrome: f64,
    /// 1 when the line opens with a teaser opener and `:|»›-`.
    pub teaser: f64,
    /// 1 when the line holds a menu separator (`|›»•·`).
    pub separators: f64,
    /// 1 when the line holds `©`.
    pub copyright: f64,
    /// Mean word length in chars, capped at 12, over 12.
    pub word_length: f64,
    /// A byline: a short line opening with `By ` (not a vector feature; the
    /// headline rule of [`smoothing`](super::smoothing) uses it).
    pub byline: bool,
    /// A contributor credit: a short line holding "contributed" ("Jo Lee
    /// contributed to this report") or opening with a dash (a quote's or
    /// post's attribution: "— Jo Lee (@jo) March 2") (not a vector feature; the short
    /// lines' threshold of [`smoothing`](super::smoothing) spares it).
    pub credit: bool,
    /// A comment marker: a short line holding a word of
    /// `comment-markers.txt` ("12 Comments", "Jo says:"); not a vector
    /// feature, the main-block rule of [`smoothing`](super::smoothing)
    /// uses it.
    pub comment: bool,
    /// A comment signature: a line of fewer than [`SIGNATURE_WORDS`] words
    /// holding a clock time that signs a reader's post ("Jo on May 3, 2019
    /// at 4:12 pm said:", "Posted by: jo | May 3, 2019 05:25 PM", "May 3,
    /// 2019 at 4:12 pm | Reply"); not a vector feature, the comment-thread
    /// rule of [`smoothing`](super::smoothing) uses it.
    pub signature: bool,
    /// A caption's credit: the line holds an entry of `photo-credits.txt`
    /// ("Photo: Ann Lee", "(AP Photo/Ann Lee)"); not a vector feature, the
    /// caption rule of [`smoothing`](super::smoothing) drops the line.
    pub caption: bool,
    /// A dateline lead: a line of [`SHORT`] words or more ending as a
    /// sentence that opens with an upper-case place and a dateline mark
    /// ("OSLO: ...", "OSLO -- ...", "OSLO (Agency) - ...", see
    /// [`opens_with_dateline`]): a news article's first paragraph; not a
    /// vector feature, the lead rule of [`smoothing`](super::smoothing) uses it.
    pub dateline: bool,
    /// For a line of [`SHORT`] words or more, a hash of its words as
    /// written, else 0 ([`words_key`]); not a vector feature, the repeat
    /// rule of [`smoothing`](super::smoothing) drops a kept line whose
    /// words repeat an earlier kept line's.
    pub words_key: u64,
    /// A link line: a line of fewer than [`SHORT`] words opening with an
    /// entry of `link-words.txt` ("Continue reading", "Read more »",
    /// "Full story"), a link on to the rest of a story; not a vector
    /// feature, the main-block rule of [`smoothing`](super::smoothing)
    /// counts a gap holding one as no quiet gap.
    pub link: bool,
}

/// A comment signature has fewer words than this.
pub const SIGNATURE_WORDS: usize = 25;

/// The word lists the features count, compiled once.
#[derive(Debug)]
pub struct Lists {
    stop: HashSet<String>,
    /// Chrome phrases as lower-case word sequences joined by one space.
    chrome: HashSet<String>,
    /// Longest chrome phrase, in words.
    chrome_max: usize,
    /// First words of the chrome phrases of two or more words (only there
    /// are longer matches tried).
    chrome_starts: HashSet<String>,
    /// Teaser openers, longest first.
    teasers: Vec<String>,
    /// Comment-marker words, anywhere on a short line.
    comment_words: HashSet<String>,
    /// Comment-marker words that count only last on the line, before `:`.
    comment_colon: HashSet<String>,
    /// Byline lead words ("Written", "Posted"), case kept.
    byline_lead: HashSet<String>,
    /// Byline trailer lead words ("Updated", "Published"), case kept.
    trailer_lead: HashSet<String>,
    /// Endings of a contributor credit ("contributed to this report"),
    /// case kept, no full stop.
    credit_endings: Vec<String>,
    /// Author words after "NAME," ("Staff", "Writer"), case kept.
    author_words: HashSet<String>,
    /// Per lower-case word of the stopwords, chrome phrases, comment
    /// markers and the first words of photo credits and link phrases: its
    /// flags ([`STOP`], [`CHROME`], ...), so that one look-up a word gives
    /// them all.
    word_table: WordTable,
    /// Per ASCII byte, lower-cased: some teaser opener starts with it (a
    /// line opening with another ASCII char is no teaser).
    teaser_first: [bool; 128],
    /// Month and weekday names and abbreviations, lower-case.
    date_words: HashSet<String>,
    /// Photo-credit phrases counting anywhere ("ap photo"), lower-case.
    credit_any: HashSet<String>,
    /// Photo-credit phrases counting before a colon ("photo" of "photo:").
    credit_colon: HashSet<String>,
    /// Longest photo-credit phrase, in words.
    credit_max: usize,
    /// Link phrases ("continue reading"), lower-case, words joined by one
    /// space.
    links: HashSet<String>,
    /// Longest link phrase, in words.
    link_max: usize,
}

/// Words in the longest of `phrases` (entries of one space between words),
/// at least 1.
fn max_words<'t>(phrases: impl Iterator<Item = &'t str>) -> usize {
    phrases.map(|c| c.split(' ').count()).max().unwrap_or(1)
}

fn entries(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

impl Lists {
    /// The lists from their file texts (one entry a line, `#` comments),
    /// in [`ListFile`] order.
    pub fn parse(texts: [&str; N_LIST_FILES]) -> Lists {
        let [
            stopwords,
            chrome,
            teasers,
            comments,
            byline,
            trailer,
            credits,
            authors,
            dates,
            photo_credits,
            links,
        ] = texts;
        let chrome: HashSet<String> = entries(chrome).map(str::to_lowercase).collect();
        let chrome_max = chrome
            .iter()
            .map(|c| c.split(' ').count())
            .max()
            .unwrap_or(1);
        let chrome_starts = chrome
            .iter()
            .filter_map(|c| c.split_once(' ').map(|(first, _)| first.to_string()))
            .collect();
        let mut teasers: Vec<String> = entries(teasers).map(str::to_lowercase).collect();
        teasers.sort_by_key(|t| std::cmp::Reverse(t.len()));
        let (colon, anywhere): (Vec<String>, Vec<String>) = entries(comments)
            .map(str::to_lowercase)
            .partition(|w| w.ends_with(':'));
        let (before_colon, any): (Vec<String>, Vec<String>) = entries(photo_credits)
            .map(str::to_lowercase)
            .partition(|w| w.ends_with(':'));
        let credit_colon: HashSet<String> = before_colon
            .iter()
            .map(|w| w.trim_end_matches(':').to_string())
            .collect();
        let credit_max = credit_colon
            .iter()
            .chain(&any)
            .map(|c| c.split(' ').count())
            .max()
            .unwrap_or(1);
        let mut lists = Lists {
            stop: entries(stopwords).map(str::to_lowercase).collect(),
            chrome,
            chrome_max,
            chrome_starts,
            teasers,
            comment_words: anywhere.into_iter().collect(),
            comment_colon: colon
                .iter()
                .map(|w| w.trim_end_matches(':').to_string())
                .collect(),
            byline_lead: entries(byline).map(str::to_string).collect(),
            trailer_lead: entries(trailer).map(str::to_string).collect(),
            credit_endings: entries(credits).map(str::to_string).collect(),
            author_words: entries(authors).map(str::to_string).collect(),
            date_words: entries(dates).map(str::to_lowercase).collect(),
            credit_any: any.into_iter().collect(),
            credit_colon,
            credit_max,
            link_max: max_words(entries(links)),
            links: entries(links).map(str::to_lowercase).collect(),
            word_table: WordTable::default(),
            teaser_first: [false; 128],
        };
        lists.word_table = WordTable::new(lists.word_flags().iter().map(|(w, &f)| (w.as_str(), f)));
        for t in &lists.teasers {
            if let Some(&b) = t.as_bytes().first().filter(|b| b.is_ascii()) {
                lists.teaser_first[usize::from(b)] = true;
            }
        }
        lists
    }

    /// The flags of every word of the one-word lists.
    fn word_flags(&self) -> HashMap<String, u8> {
        let mut flags: HashMap<String, u8> = HashMap::new();
        for (set, flag) in [
            (&self.stop, STOP),
            (&self.chrome, CHROME),
            (&self.chrome_starts, CHROME_START),
            (&self.comment_words, COMMENT),
            (&self.comment_colon, COMMENT_COLON),
        ] {
            for w in set {
                *flags.entry(w.clone()).or_default() |= flag;
            }
        }
        for c in self.credit_any.iter().chain(&self.credit_colon) {
            let first = c.split(' ').next().unwrap_or(c);
            *flags.entry(first.to_string()).or_default() |= CREDIT_START;
        }
        for l in &self.links {
            let first = l.split(' ').next().unwrap_or(l);
            *flags.entry(first.to_string()).or_default() |= LINK_START;
        }
        flags
    }

    /// Whether `word` (any case) names a month or a weekday ("Dec",
    /// "Friday"): an entry of `date-words.txt`.
    pub fn is_date_word(&self, word: &str) -> bool {
        self.date_words
            .contains(&*crate::pipeline::segment::Lower::new(word))
    }

    /// Whether `word` (as written) after "NAME," makes an author's line
    /// ("Ann Lee, Staff Writer"): an entry of `author-words.txt`.
    pub fn is_author_word(&self, word: &str) -> bool {
        self.author_words.contains(word)
    }

    /// Whether `line` (as written, its full stop cut) ends with a
    /// contributor credit ("... contributed to this report"): an entry of
    /// `credit-endings.txt`.
    pub fn ends_with_credit(&self, line: &str) -> bool {
        self.credit_endings
            .iter()
            .any(|e| line.ends_with(e.as_str()))
    }

    /// Whether `word` (as written) opens a byline trailer's date ("Updated
    /// October 8, 2025"): an entry of `trailer-leads.txt`.
    pub fn is_trailer_lead(&self, word: &str) -> bool {
        self.trailer_lead.contains(word)
    }

    /// Whether `word` (as written) may stand before "by" opening a byline
    /// ("Written by Ann Lee"): an entry of `byline-words.txt`.
    pub fn is_byline_lead(&self, word: &str) -> bool {
        self.byline_lead.contains(word)
    }

    /// Whether the word `first` upper-cased then `rest` is an entry of
    /// `byline-words.txt` ("w", "ritten": "Written"), with no word built.
    pub fn is_byline_lead_capitalised(&self, first: char, rest: &str) -> bool {
        self.byline_lead.iter().any(|e| {
            let mut up = first.to_uppercase();
            let mut ec = e.chars();
            up.all(|u| ec.next() == Some(u)) && ec.as_str() == rest
        })
    }

    /// Whether `word` (any case) is a stopword ("use", "the").
    pub fn is_stopword(&self, word: &str) -> bool {
        self.stop
            .contains(&*crate::pipeline::segment::Lower::new(word))
    }

    /// The lists shipped in rules/clean/ (parsed on first use, once): what
    /// [`Rules`](crate::Rules) holds unless a rules folder overrides a list.
    pub fn builtin() -> &'static Lists {
        &super::CleanConfig::builtin().lists
    }
}

/// Which entries of a clean list can never match, as `(line, column,
/// message)` (1-based; column 1: the entry as a whole). `kind` is the list:
/// [`ListFile`]. An entry must be what the features compare it with: one
/// word (stopwords, comment markers, which may end in `:`) or words
/// separated by one space (chrome phrases, teaser openers), where a word is
/// a run of letters and digits as [`words`] splits a line.
pub fn list_problems(kind: ListFile, text: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let entry = raw.trim();
        if entry.is_empty() || entry.starts_with('#') {
            continue;
        }
        let bare = match kind {
            ListFile::CommentMarkers | ListFile::PhotoCredits => {
                entry.strip_suffix(':').unwrap_or(entry)
            }
            _ => entry,
        };
        let ws = words(bare);
        let one_word = matches!(
            kind,
            ListFile::Stopwords
                | ListFile::CommentMarkers
                | ListFile::BylineWords
                | ListFile::TrailerLeads
                | ListFile::AuthorWords
                | ListFile::DateWords
        );
        let fits = if one_word {
            ws.len() == 1 && ws[0] == bare
        } else {
            !ws.is_empty() && ws.join(" ") == bare
        };
        if !fits {
            let shape = if one_word {
                "one word (letters and digits)"
            } else {
                "words (letters and digits) separated by one space"
            };
            let col = raw.len() - raw.trim_start().len() + 1;
            out.push((
                i + 1,
                col,
                format!("`{entry}` can never match: an entry is {shape}"),
            ));
        }
    }
    out
}

/// The clean word lists, for [`list_problems`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListFile {
    /// `stopwords-en.txt`: one word an entry.
    Stopwords,
    /// `chrome-words.txt`: a word or phrase an entry.
    ChromeWords,
    /// `teaser-openers.txt`: a word or phrase an entry.
    TeaserOpeners,
    /// `comment-markers.txt`: one word, optionally ending in `:`.
    CommentMarkers,
    /// `byline-words.txt`: one word, as written.
    BylineWords,
    /// `trailer-leads.txt`: one word, as written.
    TrailerLeads,
    /// `credit-endings.txt`: words separated by one space, as written.
    CreditEndings,
    /// `author-words.txt`: one word, as written.
    AuthorWords,
    /// `date-words.txt`: one word, any case.
    DateWords,
    /// `photo-credits.txt`: words separated by one space, optionally
    /// ending in `:`.
    PhotoCredits,
    /// `link-words.txt`: words separated by one space.
    LinkWords,
}

/// How many list files the clean stage reads ([`ListFile`]'s variants).
pub const N_LIST_FILES: usize = 11;

/// The words of `s`: maximal runs of letters and digits, joined across an
/// inner apostrophe (`don't`, `Macy’s`).
pub fn words(s: &str) -> Vec<&str> {
    if s.is_ascii() {
        words_in(s, s.bytes().enumerate().map(|(i, b)| (i, char::from(b))))
    } else {
        words_in(s, s.char_indices())
    }
}

/// [`words`] over `chars`, the `(byte offset, char)` pairs of `s`: an ASCII
/// line walks its bytes (no UTF-8 decoding), any other its `char_indices`.
fn words_in(s: &str, chars: impl Iterator<Item = (usize, char)>) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut iter = chars.peekable();
    while let Some((i, c)) = iter.next() {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
            continue;
        }
        let inner_apostrophe = (c == '\'' || c == '\u{2019}')
            && start.is_some()
            && iter.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if inner_apostrophe {
            continue;
        }
        if let Some(s0) = start.take() {
            out.push(&s[s0..i]);
        }
    }
    if let Some(s0) = start {
        out.push(&s[s0..]);
    }
    out
}

/// The features of one line's visible text.
pub fn own(s: &str, lists: &Lists) -> Own {
    own_with(s, lists, &mut LowerWords::default())
}

/// The features of each of `lines` (visible texts), in order: [`own`] with
/// one word buffer for them all.
pub fn own_all<'s>(lines: impl IntoIterator<Item = &'s str>, lists: &Lists) -> Vec<Own> {
    let mut lower = LowerWords::default();
    lines
        .into_iter()
        .map(|s| own_with(s, lists, &mut lower))
        .collect()
}

/// [`own`] with a reusable word buffer: one pass over the line's chars
/// splits the words, lower-cases them and notes the marks the features
/// test; one look-up a word gives its list flags.
fn own_with(s: &str, lists: &Lists, lower: &mut LowerWords) -> Own {
    let scan = lower.scan(s, lists);
    let n = lower.len();
    if n == 0 {
        return Own::default();
    }
    let link_start = n < SHORT && lower.flags[0] & LINK_START != 0;
    if lower.any & (CHROME_START | CREDIT_START) != 0 || link_start {
        lower.fill_text(s);
    }
    let stop = lower.flags.iter().filter(|&&f| f & STOP != 0).count();
    let nf = n as f64;
    let teaser = scan.mark && is_teaser(s, lists);
    Own {
        n,
        words: ln_1p_count(n),
        stopwords: stop as f64 / nf,
        sentence_end: flag(s.trim_end().ends_with(super::SENTENCE_END_MARKS)),
        capitalised: if scan.alpha > 0 {
            scan.cap as f64 / scan.alpha as f64
        } else {
            0.0
        },
        digits: scan.dig as f64 / nf,
        chrome: chrome_phrases(lower, lists).min(3) as f64 / nf.sqrt(),
        teaser: flag(teaser),
        separators: flag(scan.separators),
        copyright: flag(scan.copyright),
        word_length: (scan.chars as f64 / nf).min(12.0) / 12.0,
        byline: n < SHORT
            && (s.trim_start().starts_with("By ") || s.trim_start().starts_with("by ")),
        credit: n < SHORT && (is_credit(s) || s.trim_start().starts_with(['—', '–'])),
        comment: n < SHORT && is_comment_marker(s, lower),
        signature: n < SIGNATURE_WORDS && scan.colon && is_signature(s, lower, lists),
        caption: is_caption(s, lower, lists),
        dateline: n >= SHORT
            && s.trim_end().ends_with(['.', '!', '?', '"', '\u{201d}'])
            && !teaser
            && opens_with_dateline(s),
        words_key: if n >= SHORT {
            words_key(s, &lower.orig)
        } else {
            0
        },
        link: link_start && opens_with_link(lower, lists),
    }
}

/// The lower-cased words `lower` of a line open with a link phrase
/// ([`Own::link`]): one look-up per phrase length, at most
/// `link_max` of them (the text filled: its first word opens a phrase).
fn opens_with_link(lower: &LowerWords, lists: &Lists) -> bool {
    (1..=lists.link_max.min(lower.len())).any(|len| lists.links.contains(lower.run(0, len)))
}

/// A hash of the words of `s` as written (`orig`: their byte ranges in
/// `s`), so that two lines with the same words, whatever the marks and
/// spaces between them, share it: each word's bytes eight at a time
/// (little-endian, the last chunk zero-padded), then its length, each
/// step `h = (h.rotate_left(5) ^ v) * K`, finished with a 64-bit mix;
/// fixed, so the same on every run and for any `--jobs`, and cheap (one
/// multiply per 8 bytes, not per byte). The word's length ends it, so
/// "ab"+"c" and "a"+"bc" differ.
fn words_key(s: &str, orig: &[Range<usize>]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let step = |h: u64, v: u64| (h.rotate_left(5) ^ v).wrapping_mul(K);
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for r in orig {
        let w = &s.as_bytes()[r.clone()];
        let mut chunks = w.chunks_exact(8);
        for c in &mut chunks {
            h = step(h, u64::from_le_bytes(c.try_into().unwrap_or_default()));
        }
        h = step(h, tail_chunk(s.as_bytes(), r.end, chunks.remainder().len()));
        h = step(h, w.len() as u64 | 0xff00_0000_0000_0000);
    }
    mix64(h)
}

/// The `len` (< 8) bytes of `b` before `end` little-endian in a `u64`,
/// zero-padded: one 8-byte load, masked, when `b` holds 8 bytes from the
/// first of them (no copy of a variable length).
#[inline]
fn tail_chunk(b: &[u8], end: usize, len: usize) -> u64 {
    let start = end - len;
    let mut buf = [0u8; 8];
    match b.get(start..start + 8) {
        Some(b8) => {
            buf.copy_from_slice(b8);
            u64::from_le_bytes(buf) & ((1u64 << (8 * len)) - 1)
        }
        None => {
            buf[..len].copy_from_slice(&b[start..end]);
            u64::from_le_bytes(buf)
        }
    }
}

/// A 64-bit finaliser (MurmurHash3's fmix64): every input bit reaches
/// every output bit.
fn mix64(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// Longest dateline place, in bytes ("RIO DE JANEIRO, Brazil" fits).
const DATELINE_BYTES: usize = 40;

/// The line opens with a dateline: one to four words with every letter
/// upper-case (at least 3 letters; `,` `.` `'` allowed: "ST. PAUL, MINN.",
/// and a hyphen between letters: "WINSTON-SALEM"),
/// then `: `, a spaced dash (` - `, ` -- `, ` — `, ` – `), or an agency in
/// brackets followed by a dash or colon ("OSLO (Agency) - ..."). Looks at
/// most [`DATELINE_BYTES`] bytes ahead.
pub(super) fn opens_with_dateline(s: &str) -> bool {
    let t = s.trim_start();
    // "WINSTON-SALEM, N.C. -- ...": a hyphen between letters joins the
    // place's words and is no mark.
    let b = t.as_bytes();
    let joining = |i: usize| {
        b[i] == b'-'
            && i > 0
            && b[i - 1].is_ascii_alphabetic()
            && b.get(i + 1).is_some_and(u8::is_ascii_alphabetic)
    };
    let Some(k) = t
        .char_indices()
        .take_while(|&(i, _)| i <= DATELINE_BYTES)
        .find(|&(i, c)| matches!(c, ':' | '(' | '-' | '\u{2013}' | '\u{2014}') && !joining(i))
        .map(|(i, _)| i)
    else {
        return false;
    };
    let (place, rest) = (&t[..k], &t[k..]);
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    let place_ok = letters >= 3
        && place.split_whitespace().count() <= 4
        && place
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | ',' | '.' | '\'' | '-'));
    place_ok && dateline_mark(place, rest)
}

/// The mark after a dateline's place: `rest` starts with `: `, a dash after
/// a space and before one, or `(...)` then a dash or `:`.
fn dateline_mark(place: &str, rest: &str) -> bool {
    let spaced = place.ends_with(' ');
    if let Some(r) = rest.strip_prefix(':') {
        return !spaced && r.starts_with(' ');
    }
    if let Some(r) = rest.strip_prefix('(') {
        let Some(close) = r.find(')').filter(|&c| c <= DATELINE_BYTES) else {
            return false;
        };
        let after = r[close + 1..].trim_start();
        return after.starts_with(['-', ':', '\u{2013}', '\u{2014}']);
    }
    let dashes = rest.trim_start_matches(['-', '\u{2013}', '\u{2014}']);
    spaced && dashes.len() < rest.len() && dashes.starts_with(' ')
}

/// What one pass over a line's chars notes besides its words.
#[derive(Debug, Default, PartialEq, Eq)]
struct Scan {
    /// Words starting with a letter, an upper-case letter, a digit.
    alpha: usize,
    cap: usize,
    dig: usize,
    /// Chars in words.
    chars: usize,
    /// A menu separator (`|›»•·`), `©`, `:`, a teaser mark (`:|»›-–—`).
    separators: bool,
    copyright: bool,
    colon: bool,
    mark: bool,
}

/// Word flags ([`Lists::flags`]): a stopword, a one-word chrome phrase, the
/// first word of a longer chrome phrase, a comment-marker word, a
/// comment-marker word before `:`.
const STOP: u8 = 1;
const CHROME: u8 = 2;
const CHROME_START: u8 = 4;
const COMMENT: u8 = 8;
const COMMENT_COLON: u8 = 16;
/// The first word of a photo-credit phrase (`photo-credits.txt`).
const CREDIT_START: u8 = 32;
/// The first word of a link phrase (`link-words.txt`).
const LINK_START: u8 = 64;

/// A caption's credit (see [`Own::caption`]): from each word that opens a
/// photo-credit phrase, a phrase of the list there, in a credit's shape
/// ([`credit_shape`]). Only lines holding such a word are looked at (one
/// flag test a word).
fn is_caption(s: &str, lower: &LowerWords, lists: &Lists) -> bool {
    if lower.any & CREDIT_START == 0 {
        return false;
    }
    let n = lower.len();
    (0..n)
        .filter(|&i| lower.flags[i] & CREDIT_START != 0)
        .any(|i| {
            (1..=lists.credit_max.min(n - i)).any(|len| {
                let run = lower.run(i, len);
                let after = s[lower.orig[i + len - 1].end..].trim_start();
                let colon = lists.credit_colon.contains(run) && after.starts_with(':');
                let any = lists.credit_any.contains(run);
                (colon || any) && credit_shape(run, colon, opens_part(s, lower, i), after)
            })
        })
}

/// Whether the photo-credit phrase `run` stands in a credit's shape, given
/// whether it is a label (a colon entry with `:` after it), whether it
/// opens its part of the line and `after`, the rest of the line. A label
/// opens its part ("Credit: Ann Lee", "(Image credit: Ann Lee)", not "tax
/// credit: ..."); a phrase ending in "by" opens its part before a name ("Photo
/// by Ann Lee", "Photo by: 'Ann Lee'", not "The photo by the door ...");
/// a phrase ending in "photo" is a caption's own noun ("in this 2007 file
/// photo", "(AP Photo/Ann Lee)"); any other ends the line or comes before
/// `/`, `|` or a closing bracket ("Ann Lee / Getty Images", "(Ann Lee via
/// Getty Images)", not "Getty Images said ...").
fn credit_shape(run: &str, label: bool, opens: bool, after: &str) -> bool {
    if label {
        opens
    } else if run.ends_with(" by") || run.ends_with(" of") {
        let name = after.trim_start_matches([':', ' ', '\'', '"', '‘', '“']);
        opens && name.starts_with(char::is_uppercase)
    } else if run.ends_with("photo") {
        true
    } else {
        after.chars().next().is_none_or(|c| "/|)]".contains(c))
    }
}

/// Whether word `i` of line `s` opens the line or a part of it: nothing
/// but white space and a mark other than `,` before it ("(AP Photo",
/// ". Photo: ", "/ Getty Images").
fn opens_part(s: &str, lower: &LowerWords, i: usize) -> bool {
    let before = s[..lower.orig[i].start].trim_end().chars().next_back();
    before.is_none_or(|c| !c.is_alphanumeric() && c != ',')
}

/// A reader post's signature line (see [`Own::signature`]): a clock time
/// ("4:12", "05:25") and either a comment-marker word last ("said:",
/// "Reply") or a byline lead word opening it before "by" ("Posted by").
fn is_signature(s: &str, lower: &LowerWords, lists: &Lists) -> bool {
    let n = lower.len();
    if n < 2 || !has_clock(s) {
        return false;
    }
    let last = lower.flags[n - 1];
    let marker_last =
        last & COMMENT != 0 || (s.trim_end().ends_with(':') && last & COMMENT_COLON != 0);
    let first = s.split_whitespace().next().unwrap_or("");
    // No char but `b`, `B`, `y`, `Y` lower-cases to `b` or `y`.
    let posted_by = s[lower.orig[1].clone()].eq_ignore_ascii_case("by")
        && lists
            .byline_lead
            .iter()
            .any(|w| w.eq_ignore_ascii_case(first));
    marker_last || posted_by
}

/// `s` holds a clock time: one or two digits, `:`, two digits, not inside a
/// longer run of digits.
pub(super) fn has_clock(s: &str) -> bool {
    let b = s.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    (1..b.len()).any(|i| {
        b[i] == b':'
            && digit(i - 1)
            && digit(i + 1)
            && digit(i + 2)
            && !digit(i + 3)
            && !(i >= 3 && digit(i - 2) && digit(i - 3))
    })
}

/// "Jo Lee contributed to this report.", "AP writers ... contributed.": a
/// contributor credit: a word of line `s` holds "contributed", any case
/// (compared ASCII case-insensitively in place: no char but an ASCII
/// letter lower-cases to one of its letters).
fn is_credit(s: &str) -> bool {
    const WORD: &[u8] = b"contributed";
    let b = s.as_bytes();
    // Only `c` and `C` are `c` with bit 0x20 set: a cheap first-byte test.
    (0..(b.len() + 1).saturating_sub(WORD.len()))
        .any(|i| b[i] | 0x20 == b'c' && b[i..i + WORD.len()].eq_ignore_ascii_case(WORD))
}

/// The words of a line: each word's byte range in the line and its list
/// flags (one packed look-up a word, no copy), and, filled on demand
/// ([`LowerWords::fill_text`]) for the phrase look-ups, the lower-cased
/// words in one buffer, one space between them, so that a run of words is
/// a slice (no `String` per word or phrase). Reused from line to line.
#[derive(Debug, Default)]
struct LowerWords {
    text: String,
    /// Byte range of each word in `text` (once filled).
    spans: Vec<Range<usize>>,
    /// Each word's flags ([`STOP`], [`CHROME`], ...).
    flags: Vec<u8>,
    /// Byte range of each word in the line.
    orig: Vec<Range<usize>>,
    /// The flags of all words or-ed.
    any: u8,
    /// A buffer for lower-casing a word that does not pack.
    scratch: String,
}

impl LowerWords {
    #[cfg(test)]
    fn new(words: &[&str]) -> LowerWords {
        // The words as a line with one space between them.
        let line = words.join(" ");
        let mut out = LowerWords::default();
        let mut end = 0;
        for w in words {
            end += w.len();
            out.orig.push(end - w.len()..end);
            end += 1;
        }
        out.fill_text(&line);
        out
    }

    /// [`LowerWords::push`] of an ASCII word.
    #[inline]
    fn push_ascii(&mut self, b: &[u8], start: usize, end: usize, lists: &Lists) {
        let f = lists.word_table.get_ascii(b, start, end, &mut self.scratch);
        self.orig.push(start..end);
        self.flags.push(f);
        self.any |= f;
    }

    /// Notes word `s[start..end]` and its flags.
    #[inline]
    fn push(&mut self, s: &str, start: usize, end: usize, lists: &Lists) {
        let f = lists.word_table.get(&s[start..end], &mut self.scratch);
        self.orig.push(start..end);
        self.flags.push(f);
        self.any |= f;
    }

    /// Fills `text` and `spans` with the words of line `s` lower-cased.
    fn fill_text(&mut self, s: &str) {
        self.text.clear();
        self.spans.clear();
        for r in &self.orig {
            if !self.text.is_empty() {
                self.text.push(' ');
            }
            let start = self.text.len();
            let w = &s[r.clone()];
            if w.is_ascii() {
                self.text.push_str(w);
                self.text[start..].make_ascii_lowercase();
            } else {
                // `str::to_lowercase`, not per char: a final sigma differs.
                self.text.push_str(&w.to_lowercase());
            }
            self.spans.push(start..self.text.len());
        }
    }

    /// Notes the words of `s` (as [`words`] splits it) and their flags, in
    /// one pass over its chars (over its bytes when it is ASCII, as most
    /// lines are: the same words and marks, no decoding).
    fn scan(&mut self, s: &str, lists: &Lists) -> Scan {
        self.text.clear();
        self.spans.clear();
        self.flags.clear();
        self.orig.clear();
        self.any = 0;
        if s.is_ascii() {
            self.split_ascii(s, lists)
        } else {
            self.split_chars(s, lists)
        }
    }

    /// Pushes the words of `s` and gives its marks.
    fn split_chars(&mut self, s: &str, lists: &Lists) -> Scan {
        let mut scan = Scan::default();
        let mut start: Option<usize> = None;
        let mut iter = s.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            if c.is_alphanumeric() {
                if start.is_none() {
                    start = Some(i);
                    scan.alpha += usize::from(c.is_alphabetic());
                    scan.cap += usize::from(c.is_uppercase());
                    scan.dig += usize::from(c.is_numeric());
                }
                scan.chars += 1;
                continue;
            }
            match c {
                '|' | '›' | '»' => (scan.separators, scan.mark) = (true, true),
                '•' | '·' => scan.separators = true,
                '©' => scan.copyright = true,
                ':' => (scan.colon, scan.mark) = (true, true),
                '-' | '\u{2013}' | '\u{2014}' => scan.mark = true,
                _ => {}
            }
            let inner_apostrophe = (c == '\'' || c == '\u{2019}')
                && start.is_some()
                && iter.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
            if inner_apostrophe {
                scan.chars += 1;
                continue;
            }
            if let Some(s0) = start.take() {
                self.push(s, s0, i, lists);
            }
        }
        if let Some(s0) = start {
            self.push(s, s0, s.len(), lists);
        }
        scan
    }

    /// [`LowerWords::split_chars`] for an ASCII `s`, byte by byte: a mark
    /// between words is noted, a word is read to its end in a tight loop
    /// ([`ascii_word_end`]).
    fn split_ascii(&mut self, s: &str, lists: &Lists) -> Scan {
        let b = s.as_bytes();
        let mut scan = Scan::default();
        let mut i = 0;
        while i < b.len() {
            let c = b[i];
            if !ASCII_ALNUM[usize::from(c)] {
                match c {
                    b'|' => (scan.separators, scan.mark) = (true, true),
                    b':' => (scan.colon, scan.mark) = (true, true),
                    b'-' => scan.mark = true,
                    _ => {}
                }
                i += 1;
                continue;
            }
            scan.alpha += usize::from(c.is_ascii_alphabetic());
            scan.cap += usize::from(c.is_ascii_uppercase());
            scan.dig += usize::from(c.is_ascii_digit());
            let end = ascii_word_end(b, i);
            // Letters, digits and inner apostrophes.
            scan.chars += end - i;
            self.push_ascii(b, i, end, lists);
            i = end;
        }
        scan
    }

    fn len(&self) -> usize {
        self.orig.len()
    }

    /// Word `i` (after [`LowerWords::fill_text`]).
    #[cfg(test)]
    fn word(&self, i: usize) -> &str {
        &self.text[self.spans[i].clone()]
    }

    /// Words `i..i + len` joined by one space (`len` >= 1; after
    /// [`LowerWords::fill_text`]).
    fn run(&self, i: usize, len: usize) -> &str {
        &self.text[self.spans[i].start..self.spans[i + len - 1].end]
    }
}

/// Per byte, whether it is an ASCII letter or digit
/// (`u8::is_ascii_alphanumeric`): one load a byte in the word loop.
static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// The end of the ASCII word of `b` starting at `start` (a letter or
/// digit): its run of letters and digits, joined across an apostrophe
/// between two of them (`don't`).
#[inline]
fn ascii_word_end(b: &[u8], start: usize) -> usize {
    let alnum = |c: &u8| ASCII_ALNUM[usize::from(*c)];
    let mut i = start;
    loop {
        i += b[i..].iter().position(|c| !alnum(c)).unwrap_or(b.len() - i);
        if b[i..].starts_with(b"'") && b.get(i + 1).is_some_and(alnum) {
            i += 1;
        } else {
            return i;
        }
    }
}

/// A comment marker among the lower-cased words `lower` of line `s`.
fn is_comment_marker(s: &str, lower: &LowerWords) -> bool {
    let n = lower.len();
    let last_before_colon =
        s.trim_end().ends_with(':') && n > 0 && lower.flags[n - 1] & COMMENT_COLON != 0;
    last_before_colon || lower.any & COMMENT != 0
}

/// Counts up to which [`ln_1p_count`] reads its table.
const LN_COUNTS: usize = 1024;

/// `(k as f64).ln_1p()` of a count `k` (words, lines): for the small
/// counts, the same value read from a table filled once a process with
/// that very call (three a line, no `log1p` call each).
pub(super) fn ln_1p_count(k: usize) -> f64 {
    static TABLE: OnceLock<Vec<f64>> = OnceLock::new();
    let table = TABLE.get_or_init(|| (0..LN_COUNTS).map(|k| (k as f64).ln_1p()).collect());
    match table.get(k) {
        Some(&v) => v,
        None => (k as f64).ln_1p(),
    }
}

fn flag(b: bool) -> f64 {
    if b { 1.0 } else { 0.0 }
}

/// Chrome phrases in the lower-cased words, longest match first, not
/// overlapping.
fn chrome_phrases(lower: &LowerWords, lists: &Lists) -> usize {
    // No word of a chrome phrase on the line (the or-ed flags): none found.
    if lower.any & (CHROME | CHROME_START) == 0 {
        return 0;
    }
    let (mut i, mut count) = (0, 0);
    while i < lower.len() {
        let mut hit = usize::from(lower.flags[i] & CHROME != 0);
        let longest = if lower.flags[i] & CHROME_START != 0 {
            lists.chrome_max.min(lower.len() - i)
        } else {
            1
        };
        if let Some(len) = (2..=longest)
            .rev()
            .find(|&len| lists.chrome.contains(lower.run(i, len)))
        {
            hit = len;
        }
        count += usize::from(hit > 0);
        i += hit.max(1);
    }
    count
}

/// The line opens with a teaser opener followed by `:`, `|`, `»`, `›` or `-`.
/// No allocation: each opener is compared in place.
fn is_teaser(s: &str, lists: &Lists) -> bool {
    let t = s.trim_start();
    // An ASCII char lower-cases to an ASCII char: the opener's first.
    if let Some(&b) = t.as_bytes().first().filter(|b| b.is_ascii())
        && !lists.teaser_first[usize::from(b.to_ascii_lowercase())]
    {
        return false;
    }
    lists.teasers.iter().any(|o| {
        strip_prefix_lower(t, o).is_some_and(|rest| {
            rest.trim_start()
                .starts_with([':', '|', '»', '›', '-', '\u{2013}', '\u{2014}'])
        })
    })
}

/// `t` after its prefix `lower` compared case-insensitively (a char of `t`
/// matches when it lower-cases to exactly that char of `lower`), in place.
fn strip_prefix_lower<'t>(t: &'t str, lower: &str) -> Option<&'t str> {
    let mut chars = t.char_indices();
    for want in lower.chars() {
        let (_, c) = chars.next()?;
        let same = c == want || {
            let mut l = c.to_lowercase();
            l.next() == Some(want) && l.next().is_none()
        };
        if !same {
            return None;
        }
    }
    Some(&t[chars.offset()..])
}

/// The feature vectors of a page's candidate lines (in text order), from
/// their own features: adds the run of short lines each stands in, its
/// position (by words, 0 to 1) and its neighbours' features.
pub fn vectors(own: &[Own]) -> Vec<[f64; N_FEATURES]> {
    let n = own.len();
    let mut run = vec![0usize; n];
    let mut i = 0;
    while i < n {
        if own[i].n < SHORT {
            let j = (i..n).find(|&j| own[j].n >= SHORT).unwrap_or(n);
            run[i..j].fill(j - i);
            i = j;
        } else {
            i += 1;
        }
    }
    let total = own.iter().map(|o| o.n).sum::<usize>().max(1) as f64;
    let prose = Prose::new(own);
    let mut cum = 0.0;
    let mut out = Vec::with_capacity(n);
    for (i, o) in own.iter().enumerate() {
        let pos = (cum + o.n as f64 / 2.0) / total;
        cum += o.n as f64;
        let mut x = [0.0; N_FEATURES];
        x[..10].copy_from_slice(&[
            o.words,
            o.stopwords,
            o.sentence_end,
            o.capitalised,
            o.digits,
            o.chrome,
            o.teaser,
            o.separators,
            o.copyright,
            o.word_length,
        ]);
        x[10] = ln_1p_count(run[i]);
        x[11] = pos;
        x[12] = pos * pos;
        for (k, d) in [-1isize, 1, -2, 2].into_iter().enumerate() {
            let j = i as isize + d;
            if let Some(nb) = usize::try_from(j).ok().and_then(|j| own.get(j)) {
                let at = 13 + 4 * k;
                x[at..at + 4].copy_from_slice(&[
                    nb.words,
                    nb.stopwords,
                    nb.sentence_end,
                    nb.capitalised,
                ]);
            }
        }
        x[29] = o.words * o.stopwords;
        x[30] = o.words * o.sentence_end;
        x[31..].copy_from_slice(&prose.at(i, own));
        out.push(x);
    }
    out
}

/// Lines on each side of a line in the near and the wide window of the
/// prose-density features.
const NEAR_WINDOW: usize = 3;
const WIDE_WINDOW: usize = 10;

/// Prose around a line: prefix sums over the page's lines of their words and
/// of their prose words (the words of a long line ending a sentence), so
/// that each window is two look-ups (linear in the page).
struct Prose {
    /// `words[i]`: words of lines `0..i`.
    words: Vec<usize>,
    /// `prose[i]`: prose words of lines `0..i`.
    prose: Vec<usize>,
    /// Words of the page's longest line.
    max_words: usize,
}

fn prose_words(o: &Own) -> usize {
    if o.n >= SHORT && o.sentence_end > 0.0 {
        o.n
    } else {
        0
    }
}

impl Prose {
    fn new(own: &[Own]) -> Prose {
        let (mut words, mut prose) = (vec![0], vec![0]);
        for o in own {
            words.push(words.last().unwrap_or(&0) + o.n);
            prose.push(prose.last().unwrap_or(&0) + prose_words(o));
        }
        let max_words = own.iter().map(|o| o.n).max().unwrap_or(0).max(1);
        Prose {
            words,
            prose,
            max_words,
        }
    }

    /// Share of prose among the words of the `w` lines on each side of line
    /// `i` (itself left out), and ln(1 + those prose words).
    fn window(&self, i: usize, w: usize, own: &[Own]) -> [f64; 2] {
        let (lo, hi) = (i.saturating_sub(w), (i + w + 1).min(own.len()));
        let prose = self.prose[hi] - self.prose[lo] - prose_words(&own[i]);
        let words = self.words[hi] - self.words[lo] - own[i].n;
        [prose as f64 / words.max(1) as f64, ln_1p_count(prose)]
    }

    /// The 7 prose features of line `i`: near and wide window (share, ln
    /// words), the shares of the page's prose before and after the line,
    /// and its words over the page's longest line's.
    fn at(&self, i: usize, own: &[Own]) -> [f64; 7] {
        let [ns, nw] = self.window(i, NEAR_WINDOW, own);
        let [ws, ww] = self.window(i, WIDE_WINDOW, own);
        let total = self.prose[own.len()].max(1) as f64;
        let before = self.prose[i] as f64 / total;
        let after = (self.prose[own.len()] - self.prose[i + 1]) as f64 / total;
        let rel = own[i].n as f64 / self.max_words as f64;
        [ns, nw, ws, ww, before, after, rel]
    }
}

/// Test lines of the given word counts and no other feature.
#[cfg(test)]
pub(super) fn own_of_words(words: &[usize]) -> Vec<Own> {
    words
        .iter()
        .map(|&n| Own {
            n,
            ..Own::default()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lists() -> &'static Lists {
        Lists::builtin()
    }

    #[test]
    fn long_lines_with_the_same_words_share_a_words_key() {
        let a = own(
            "The harbour council voted on Monday to open the night ferry.",
            lists(),
        );
        let b = own(
            "The harbour council voted, on Monday, to open the night ferry!",
            lists(),
        );
        let c = own(
            "The Harbour council voted on Monday to open the night ferry.",
            lists(),
        );
        assert_ne!(a.words_key, 0);
        assert_eq!(a.words_key, b.words_key);
        // Case counts (as in the webmain scoring); short lines have none.
        assert_ne!(a.words_key, c.words_key);
        assert_eq!(own("Read more about the ferry", lists()).words_key, 0);
    }

    /// The key reads each word whole and marks where it ends: words split
    /// differently, words longer than one 8-byte chunk, or one word more
    /// give other keys.
    #[test]
    fn words_key_marks_word_ends_and_reads_long_words_whole() {
        let key = |s: &str| {
            let ranges: Vec<Range<usize>> = s
                .split(' ')
                .scan(0, |at, w| {
                    let r = *at..*at + w.len();
                    *at += w.len() + 1;
                    Some(r)
                })
                .collect();
            words_key(s, &ranges)
        };
        assert_ne!(key("ab c"), key("a bc"));
        assert_ne!(key("overwintering ferries"), key("overwinterinG ferries"));
        assert_ne!(key("ferrymen ferrymen"), key("ferrymenferrymen"));
        assert_ne!(key("quay"), key("quay quay"));
        assert_eq!(
            key("Quayside harbourmasters"),
            key("Quayside harbourmasters")
        );
    }

    /// The byte loop for ASCII lines gives the words and marks the char
    /// loop gives: every string of up to 5 chars over the bytes that matter.
    #[test]
    fn ascii_lines_split_as_the_char_loop_splits_them() {
        let alphabet = b"aZ7'|:- .\t";
        let mut strings: Vec<String> = [
            "Share this: Don't miss | Acme-Corp's 42x results  ",
            "'a' b'' 'c d'",
            "",
        ]
        .map(String::from)
        .to_vec();
        for n in 1..=5u32 {
            for mut k in 0..alphabet.len().pow(n) {
                let mut s = String::new();
                for _ in 0..n {
                    s.push(char::from(alphabet[k % alphabet.len()]));
                    k /= alphabet.len();
                }
                strings.push(s);
            }
        }
        for s in &strings {
            let (mut bytes, mut chars) = (LowerWords::default(), LowerWords::default());
            let l = lists();
            assert_eq!(bytes.split_ascii(s, l), chars.split_chars(s, l), "{s:?}");
            assert_eq!(bytes.orig, chars.orig, "{s:?}");
            assert_eq!(bytes.flags, chars.flags, "{s:?}");
            bytes.fill_text(s);
            chars.fill_text(s);
            assert_eq!(bytes.text, chars.text, "{s:?}");
            assert_eq!(bytes.spans, chars.spans, "{s:?}");
            let by_bytes = words_in(s, s.bytes().enumerate().map(|(i, b)| (i, char::from(b))));
            assert_eq!(by_bytes, words_in(s, s.char_indices()), "{s:?}");
        }
    }

    #[test]
    fn byline_leads_match_a_capitalised_lower_case_word() {
        assert!(lists().is_byline_lead_capitalised('w', "ritten"));
        assert!(lists().is_byline_lead_capitalised('p', "osted"));
        assert!(!lists().is_byline_lead_capitalised('w', "rit"));
        assert!(!lists().is_byline_lead_capitalised('x', "ritten"));
        assert!(!lists().is_byline_lead_capitalised('\u{df}', "ritten"));
    }

    #[test]
    fn trailer_leads_are_read_from_their_file_case_kept() {
        assert!(lists().is_trailer_lead("Updated"));
        assert!(lists().is_trailer_lead("Modified"));
        assert!(!lists().is_trailer_lead("updated"));
        assert!(!lists().is_trailer_lead("Written"));
    }

    #[test]
    fn a_short_line_holding_contributed_in_any_case_is_a_credit() {
        assert!(own("Tovi Marsh contributed.", lists()).credit);
        assert!(own("TOVI MARSH CONTRIBUTED REPORTING", lists()).credit);
        assert!(own("Uncontributed funds", lists()).credit);
        assert!(!own("Tovi Marsh contribute", lists()).credit);
        // Long lines are never credits.
        let long = "Tovi Marsh contributed to the harbour fund of the town council last spring";
        assert!(!own(long, lists()).credit);
    }

    #[test]
    fn credit_endings_are_read_from_their_file() {
        assert!(lists().ends_with_credit("Ann Lee contributed to this report"));
        assert!(lists().ends_with_credit("Ann Lee contributed reporting"));
        assert!(!lists().ends_with_credit("Ann Lee contributed to the fund"));
    }

    #[test]
    fn author_words_are_read_from_their_file_case_kept() {
        assert!(lists().is_author_word("Staff"));
        assert!(lists().is_author_word("Columnist"));
        assert!(!lists().is_author_word("staff"));
    }

    #[test]
    fn words_join_inner_apostrophes_only() {
        assert_eq!(
            words("Don't stop, Macy’s 'quote' 42x"),
            ["Don't", "stop", "Macy’s", "quote", "42x"]
        );
        assert!(words(" -- | ").is_empty());
    }

    #[test]
    fn word_count_is_log_scaled() {
        let o = own("one two three", lists());
        assert_eq!(o.n, 3);
        assert!((o.words - 4f64.ln()).abs() < 1e-12);
    }

    #[test]
    fn stopword_density_counts_the_stoplist() {
        // "the", "of", "and" are stopwords; the invented names are not.
        let o = own("Zorblax the Quenton of Vardle and", lists());
        assert!((o.stopwords - 0.5).abs() < 1e-12, "{o:?}");
        assert_eq!(own("Zorblax Quenton", lists()).stopwords, 0.0);
    }

    #[test]
    fn sentence_end_capitals_and_digits() {
        let o = own("Acme sold 12 trucks to Borealis.", lists());
        assert_eq!(o.sentence_end, 1.0);
        assert!((o.capitalised - 2.0 / 5.0).abs() < 1e-12, "{o:?}");
        assert!((o.digits - 1.0 / 6.0).abs() < 1e-12, "{o:?}");
        assert_eq!(own("Acme sold trucks", lists()).sentence_end, 0.0);
        assert_eq!(own("He said (twice)", lists()).sentence_end, 1.0);
    }

    #[test]
    fn counts_log_as_ln_1p_bit_for_bit() {
        for k in (0..LN_COUNTS + 3).chain([5000, 1 << 20]) {
            assert_eq!(
                ln_1p_count(k).to_bits(),
                (k as f64).ln_1p().to_bits(),
                "{k}"
            );
        }
    }

    #[test]
    fn tail_chunks_read_as_the_zero_padded_copy() {
        let b = b"ab'cdefghijklmnopqrstuvw";
        for end in 0..=b.len() {
            for len in 0..8.min(end + 1) {
                let mut tail = [0u8; 8];
                tail[..len].copy_from_slice(&b[end - len..end]);
                assert_eq!(tail_chunk(b, end, len), u64::from_le_bytes(tail));
            }
        }
    }

    #[test]
    fn contributed_is_found_in_any_case_anywhere() {
        for (s, want) in [
            ("contributed", true),
            ("xCONTRIBUTED", true),
            ("ContributeD.", true),
            ("contribute", false),
            ("ccontributex", false),
            ("", false),
        ] {
            assert_eq!(is_credit(s), want, "{s}");
        }
    }

    #[test]
    fn lower_words_slice_words_and_runs() {
        let lower = LowerWords::new(&["Sign", "UP", "ΟΔΟΣ"]);
        assert_eq!(lower.word(1), "up");
        assert_eq!(lower.run(0, 2), "sign up");
        // A final sigma lower-cases as in `str::to_lowercase`.
        assert_eq!(lower.word(2), "ΟΔΟΣ".to_lowercase());
        assert!(lower.word(2).ends_with('\u{3c2}'));
        assert_eq!(
            lower.run(0, 3),
            format!("sign up {}", "ΟΔΟΣ".to_lowercase())
        );
    }

    #[test]
    fn chrome_phrases_match_whole_words_longest_first() {
        // "sign up" and "newsletter": 2 phrases over 4 words.
        let o = own("Sign up for our Newsletter", lists());
        assert!((o.chrome - 2.0 / 5f64.sqrt()).abs() < 1e-12, "{o:?}");
        // "shared" is not "share"; capped at 3 phrases.
        assert_eq!(own("Acme shared its plan", lists()).chrome, 0.0);
        let capped = own("share share share share", lists());
        assert!((capped.chrome - 3.0 / 2.0).abs() < 1e-12);
    }

    #[test]
    fn a_short_line_opening_with_link_words_is_a_link_line() {
        for yes in [
            "Continue reading",
            "CONTINUE READING \u{bb}",
            "\u{203a} Continue reading the main story",
            "Read more >>",
            "Keep reading",
            "Full story",
            "Read the full story",
            "Story continues below",
        ] {
            assert!(own(yes, lists()).link, "{yes}");
        }
        for no in [
            "She will continue reading the report aloud to the board on Monday.",
            "The full story of the mill",
            "Reading more slowly helps",
            "Tovik Ferries to continue reading meters",
            "",
        ] {
            assert!(!own(no, lists()).link, "{no}");
        }
        // No chrome word: a link line in an article's gap does not end it.
        assert_eq!(own("Continue reading the main story", lists()).chrome, 0.0);
    }

    #[test]
    fn teaser_needs_an_opener_and_a_mark() {
        assert_eq!(own("READ MORE: Acme buys Borealis", lists()).teaser, 1.0);
        assert_eq!(own("Related | Acme buys Borealis", lists()).teaser, 1.0);
        assert_eq!(own("Related deals followed soon", lists()).teaser, 0.0);
        assert_eq!(own("Acme: read more", lists()).teaser, 0.0);
        assert_eq!(own("  SEE ALSO » Acme buys Borealis", lists()).teaser, 1.0);
        assert_eq!(own("Reading: Acme buys Borealis", lists()).teaser, 0.0);
    }

    #[test]
    fn dateline_opens_with_an_upper_case_place_and_a_mark() {
        for yes in [
            "VELMORA: Film maker Ines Dortal has signed two stars for her next picture.",
            "PORT ALDEN -- Tomas Reyk had waited nine years for this win on the coast.",
            "ST. KELVIN, ORLAND (Wire) - The board of Quarro Mills met for the last time.",
            "VELMORA \u{2014} Quarro Mills said on Monday that it would close two plants.",
            "PORT-ALDEN, ORL. -- Quarro Mills said on Monday that it would close two plants.",
        ] {
            assert!(opens_with_dateline(yes), "{yes}");
            assert!(own(yes, lists()).dateline, "{yes}");
        }
        for no in [
            "Velmora: Film maker Ines Dortal has signed two stars for her next picture.",
            "CO-OP members voted on Monday to sell the store to a larger chain nearby.",
            "NO: this is a two-letter opener and not a place at all, so it is not.",
            "2019: the year in which Quarro Mills closed two plants and sold a third.",
            "Quarro Mills (QML) - the maker of flour - said it would close two plants.",
        ] {
            assert!(!opens_with_dateline(no), "{no}");
        }
        // A lead must be long and end as a sentence; a teaser is not one.
        assert!(!own("VELMORA: Quarro Mills closes", lists()).dateline);
        assert!(
            !own(
                "VELMORA: Quarro Mills will close two plants and sell a third",
                lists()
            )
            .dateline
        );
        assert!(
            !own(
                "READ MORE: Quarro Mills will close two plants and sell a third.",
                lists()
            )
            .dateline
        );
    }

    #[test]
    fn prefixes_compare_lower_case_in_place() {
        assert_eq!(strip_prefix_lower("READ More: x", "read more"), Some(": x"));
        assert_eq!(strip_prefix_lower("Ré: x", "ré"), Some(": x"));
        assert_eq!(strip_prefix_lower("Rea", "read"), None);
        assert_eq!(strip_prefix_lower("Rxad", "read"), None);
    }

    #[test]
    fn a_courtesy_credit_opening_the_line_is_a_caption() {
        assert!(own("Courtesy of Vardle Homes", lists()).caption);
        assert!(!own("The deal came courtesy of a late bid", lists()).caption);
    }

    #[test]
    fn separators_copyright_and_word_length() {
        assert_eq!(own("Home | News | Tech", lists()).separators, 1.0);
        assert_eq!(own("© 2020 Acme", lists()).copyright, 1.0);
        assert_eq!(own("plain words", lists()).separators, 0.0);
        let o = own("abcd ab", lists());
        assert!((o.word_length - 3.0 / 12.0).abs() < 1e-12);
        assert_eq!(own("Pneumonoultramicroscopic", lists()).word_length, 1.0);
        assert!(own("By Mira Vell", lists()).byline);
        for signed in [
            "Mira Vell on May 3, 2024 at 4:12 pm said:",
            "Posted by: mira | May 3 2024 at 05:25 PM",
            "Posted by Odo Renn on 1:19pm Thu 17 Jan 08",
            "May 3, 2024 at 4:12 pm | Reply",
        ] {
            assert!(own(signed, lists()).signature, "{signed}");
        }
        for unsigned in [
            "Mira Vell said:",
            "Updated May 3, 2024 at 4:12 pm",
            "Shares closed at 12:30 said:x",
            "Posted by Mira Vell",
            "Ratio 123:45 reply",
        ] {
            assert!(!own(unsigned, lists()).signature, "{unsigned}");
        }
        assert!(!own("Bystanders watched", lists()).byline);
    }

    #[test]
    fn photo_credits_mark_captions() {
        let l = lists();
        for line in [
            "The test bench at dusk. Photo: Ann Lee/Tollmouth Studio",
            "A kettle on the stove. Credit: Ann Lee",
            "Photo credit : Tollmouth Studio",
            "Ann Lee waves to the crowd in Tollmouth. (AP Photo/Bo Vell)",
            "The harbour at night.Bo Vell / Getty Images",
        ] {
            assert!(own(line, l).caption, "{line}");
        }
        for line in [
            "She planned a photo shoot in Tollmouth.",
            "Credit card fees rose this year.",
            "The child tax credit: up to $2,000 a child.",
            "$20 Store Credit: a statement credit each month.",
            "Her photos and videos drew a crowd.",
        ] {
            assert!(!own(line, l).caption, "{line}");
        }
    }

    #[test]
    fn photo_credits_need_a_credit_shape() {
        let l = lists();
        for line in [
            "Photo by Ann Lee/Tollmouth Studio",
            "The pier at dawn. (Photograph by Bo Vell)",
            "Ann Lee/Getty Images",
            "The pier at dawn. (Ann Lee via Getty Images)",
            "The pier at dawn. Photo by: 'Ann Lee'.",
            "In this May 3, 2001 file photo, Ann Lee waves at the pier.",
        ] {
            assert!(own(line, l).caption, "{line}");
        }
        for line in [
            // "photo by" not opening the line or a part, or with no name
            // after it: a sentence about a picture.
            "The photo by the door shows her father.",
            "Photo by photo, the album filled up.",
            // An agency's name as a sentence's subject or object.
            "Getty Images said on Monday it would cut jobs.",
            "Tollmouth Media agreed to buy Getty Images from its founders.",
            "Tollmouth Media bought Getty Images. It paid cash.",
            // "Credit:" not opening its part.
            "$20 Store Credit: a statement credit each month.",
        ] {
            assert!(!own(line, l).caption, "{line}");
        }
    }

    #[test]
    fn comment_markers_on_short_lines() {
        assert!(own("12 Comments", lists()).comment);
        assert!(own("Mira Vell says:", lists()).comment);
        // "says" counts only last before a colon; long lines never count.
        assert!(!own("Mira Vell says the plan works", lists()).comment);
        assert!(
            !own(
                "Readers left comments on the plan of Acme and Borealis today",
                lists()
            )
            .comment
        );
    }

    #[test]
    fn vectors_add_runs_position_and_neighbours() {
        let texts = [
            "Home",
            "News",
            "Acme Corp said on Monday that it would buy Borealis for cash today.",
        ];
        let own: Vec<Own> = texts.iter().map(|t| own(t, lists())).collect();
        let v = vectors(&own);
        assert_eq!(v.len(), 3);
        // The two short lines stand in a run of 2; the long one in none.
        assert!((v[0][10] - 3f64.ln()).abs() < 1e-12);
        assert_eq!(v[2][10], 0.0);
        // Position grows; the last line's prev features are line 1's.
        assert!(v[0][11] < v[1][11] && v[1][11] < v[2][11]);
        assert_eq!(v[2][13], own[1].words);
        assert_eq!(v[2][21], own[0].words);
        // No line after the last: next features are 0.
        assert_eq!(v[2][17], 0.0);
        assert_eq!(v[0][17], own[1].words);
        assert!((v[2][29] - own[2].words * own[2].stopwords).abs() < 1e-12);
    }

    #[test]
    fn prose_features_measure_the_prose_around_a_line() {
        let texts = [
            "Home",
            "Acme Corp said on Monday that it would buy Borealis for cash today.",
            "Share",
            "The deal values the maker of pumps at about four hundred million.",
            "Contact us",
        ];
        let own: Vec<Own> = texts.iter().map(|t| own(t, lists())).collect();
        let v = vectors(&own);
        let at = |name: &str| NAMES.iter().position(|n| *n == name).unwrap();
        let (p1, p3) = (own[1].n as f64, own[3].n as f64);
        // "Share" has both prose lines in its near window, itself left out.
        let near = v[2][at("near_prose")];
        assert!((near - (p1 + p3) / (p1 + p3 + 3.0)).abs() < 1e-12, "{near}");
        assert!((v[2][at("near_prose_words")] - (p1 + p3).ln_1p()).abs() < 1e-12);
        // Shares of the page's prose before and after each line.
        assert_eq!(v[0][at("prose_before")], 0.0);
        assert_eq!(v[0][at("prose_after")], 1.0);
        assert!((v[2][at("prose_before")] - p1 / (p1 + p3)).abs() < 1e-12);
        assert_eq!(v[3][at("prose_after")], 0.0);
        // Words over the longest line's.
        assert_eq!(v[1][at("rel_words")].max(v[3][at("rel_words")]), 1.0);
        assert!(v[0][at("rel_words")] < 0.1);
    }
}
