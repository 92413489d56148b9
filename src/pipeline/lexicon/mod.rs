//! Stage 4a: look-up. Runs the rules' one Aho-Corasick automaton over the
//! article and ties every match to whole tokens.
//!
//! Takes: the text, its tokens and the rules. Gives: [`Lexed`]: per token the
//! classes of the single-word lists it belongs to, every list span (company,
//! outlet, place, title, anaphor ...) and every trigger and status cue.
//! Guarantees: a match counts only when it starts and ends on token
//! boundaries inside one sentence (whole words), and case-sensitive entries
//! match their case as written (or ALL CAPS for names of 4+ letters). A run
//! of white space in the text (a line break inside a wrapped name) matches
//! one space of an entry. A company entry whose inner capitals are word
//! boundaries also matches with other inner capitals where the article
//! writes no person's name in that word ([`inner_caps`]: "Tiktok").

mod inner_caps;
mod words;

pub(crate) use words::token_words_from_fields;
pub use words::{ArticleWords, TokenWords};

use crate::pipeline::segment::{Sentence, TokKind, Tokens};
use crate::rules::pattern::PatternSet;
use crate::rules::{ListKind, NO_CUES, Payload, Rules, WordFacts};

/// A matched span of tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// What matched.
    pub payload: Payload,
}

/// The look-up results of one article.
#[derive(Debug, Clone, Default)]
pub struct Lexed {
    /// Per token: bits of [`ListKind`]s whose one-word entries it matches.
    pub classes: Vec<u32>,
    /// Name-list spans (any length), sorted by first token then longest first.
    pub names: Vec<Span>,
    /// Trigger cue spans, leftmost-longest, non-overlapping.
    pub triggers: Vec<Span>,
    /// Status cue spans, leftmost-longest, non-overlapping.
    pub statuses: Vec<Span>,
    /// Per token: bits of the [`ListKind`]s of the name spans starting
    /// there (empty when `names` was filled by hand: then searched).
    starts: Vec<u32>,
    /// Per token boundary (`0..=tokens`): bits of the [`ListKind`]s of the
    /// name spans ending there (exclusive end; empty as `starts`).
    ends: Vec<u32>,
    /// Per token: the id of the pattern anchor word it is
    /// ([`PatternSet::anchor_id`]), or `NO_ANCHOR` (empty as `starts`: then
    /// any word may be one).
    anchors: Vec<u32>,
    /// The pattern hits of the article ([`Lexed::pattern_hits`]), worked out
    /// on first use: the events stage reads the patterns of every sentence
    /// two or three times.
    pattern_hits: std::sync::OnceLock<(usize, Vec<(usize, usize)>)>,
    /// Company spans matched with other inner capitals, kept apart until
    /// the whole article is looked up ([`inner_caps::keep_loose`]).
    loose: Vec<Span>,
    /// Per token: its word facts ([`Rules::literal_word`]) as the walk
    /// noted them, or [`UNNOTED`] (a token with a non-ASCII byte, or out
    /// of every sentence; empty when `names` was filled by hand): then
    /// [`Lexed::word_class`] and [`Lexed::is_cue`] hash the word.
    words: Vec<WordFacts>,
}

/// In [`Lexed::words`]: a token whose facts the walk did not note.
const UNNOTED: WordFacts = WordFacts {
    class: 0,
    cues: NO_CUES - 1,
};

/// Byte ends (exclusive) of one token, as [`Lexed::note_walk`] compares a
/// walked literal's end with them.
#[derive(Debug, Clone, Copy)]
struct OwnEnds {
    /// The token's end when its anchor id is to be noted (an ASCII word
    /// and the rules have patterns), else `usize::MAX`.
    anchor: usize,
    /// The token's end.
    end: usize,
    /// The token's end without its final full stops, as
    /// [`Rules::word_class`] looks the word up.
    undotted: usize,
}

/// In [`Lexed::anchors`]: a token that anchors no pattern.
const NO_ANCHOR: u32 = u32::MAX;

impl Lexed {
    /// Whether token `i` is a one-word entry of `kind`.
    pub fn is(&self, i: usize, kind: ListKind) -> bool {
        self.classes.get(i).is_some_and(|c| c & kind.bit() != 0)
    }

    /// [`Rules::word_class`] of token `i`, whose text is `word`: the bits
    /// the walk noted, else looked up.
    #[inline]
    pub fn word_class(&self, i: usize, rules: &Rules, word: &str) -> u32 {
        match self.words.get(i) {
            Some(f) if *f != UNNOTED => f.class,
            _ => rules.word_class(word),
        }
    }

    /// [`Rules::is_cue`] of token `i`, whose text is `word`: for a code
    /// list, a bit of the cue set the walk noted, else looked up.
    #[inline(always)]
    pub fn is_cue(&self, i: usize, rules: &Rules, id: &str, word: &str) -> bool {
        match self.words.get(i) {
            Some(f) if *f != UNNOTED => rules.is_cue_noted(f.cues, id, word),
            _ => rules.is_cue(id, word),
        }
    }

    /// Whether token `i` may be a pattern's anchor word: false when the
    /// look-up found it is none, so the events stage, which asks several
    /// times a token, hashes each word once.
    pub fn may_anchor(&self, i: usize) -> bool {
        self.anchors.get(i).is_none_or(|&a| a != NO_ANCHOR)
    }

    /// The patterns of `set` (the rules' set this look-up used) anchored on
    /// token `i`, whose text is `word`: from the id the look-up noted, else
    /// looked up.
    pub fn anchored<'s>(&self, i: usize, set: &'s PatternSet, word: &str) -> &'s [usize] {
        match self.anchors.get(i) {
            Some(&NO_ANCHOR) => &[],
            Some(&id) => set.anchored_by(id),
            None => set.anchored(word),
        }
    }

    /// The id ([`PatternSet::anchor_id`]) of word token `i`, whose text is
    /// `word`: the one the look-up noted, else looked up.
    pub fn word_id(&self, i: usize, set: &PatternSet, word: &str) -> Option<u32> {
        match self.anchors.get(i) {
            Some(&NO_ANCHOR) => None,
            Some(&id) => Some(id),
            None => set.anchor_id(word),
        }
    }

    /// The `(token, pattern)` hits of `set` in the article, in text order,
    /// which `work_out` gives on the first call and later calls share;
    /// `None` when asked for another set than the first call's (the
    /// caller then works them out itself).
    pub fn pattern_hits(
        &self,
        set: &PatternSet,
        work_out: impl FnOnce() -> Vec<(usize, usize)>,
    ) -> Option<&[(usize, usize)]> {
        let key = std::ptr::from_ref(set) as usize;
        let (of, hits) = self.pattern_hits.get_or_init(|| (key, work_out()));
        (*of == key).then_some(hits.as_slice())
    }

    /// Name spans of `kind` that start at token `i`, longest first.
    pub fn spans_at(&self, i: usize, rules: &Rules, kind: ListKind) -> impl Iterator<Item = &Span> {
        // Most tokens start no span of the kind: turned away unsearched.
        let from = if self.starts.get(i).is_some_and(|&b| b & kind.bit() == 0) {
            self.names.len()
        } else {
            self.names.partition_point(|s| s.first < i)
        };
        self.names[from..]
            .iter()
            .take_while(move |s| s.first == i)
            .filter(move |s| matches!(s.payload, Payload::Entry { entry, .. } if rules.entry_kind(entry) == kind))
    }

    /// The longest name span of `kind` ending just before token `end` (exclusive).
    pub fn span_ending(&self, end: usize, rules: &Rules, kind: ListKind) -> Option<Span> {
        if self.ends.get(end).is_some_and(|&b| b & kind.bit() == 0) {
            return None;
        }
        // The spans starting at end-6..end, in the order `spans_at` gives
        // them start by start: one search, then one run of `names`.
        let from = self
            .names
            .partition_point(|s| s.first < end.saturating_sub(6));
        self.names[from..]
            .iter()
            .take_while(|s| s.first < end)
            .filter(|s| matches!(s.payload, Payload::Entry { entry, .. } if rules.entry_kind(entry) == kind))
            .filter(|s| s.last == end)
            .max_by_key(|s| s.last - s.first)
            .copied()
    }
}

/// Runs the automaton over `text` and maps matches onto `tokens`.
pub fn lookup(text: &str, tokens: &Tokens, rules: &Rules) -> Lexed {
    let toks = &tokens.tokens;
    let mut lexed = Lexed {
        classes: vec![0; toks.len()],
        starts: vec![0; toks.len()],
        ends: vec![0; toks.len() + 1],
        words: vec![UNNOTED; toks.len()],
        ..Lexed::default()
    };
    if toks.is_empty() {
        return lexed;
    }
    let set = rules.pattern_set();
    if !set.patterns.is_empty() {
        lexed.anchors = vec![NO_ANCHOR; toks.len()];
    }
    for sentence in &tokens.sentences {
        lexed.walk_sentence(text, tokens, sentence, rules);
        // A word with a non-ASCII letter may lower-case to an anchor word
        // that no byte of it spells ("\u{212A}" is "k"): looked up.
        if !lexed.anchors.is_empty() && !text[sentence.start..sentence.end].is_ascii() {
            for (i, t) in toks[sentence.first..sentence.last].iter().enumerate() {
                let word = t.text(text);
                if t.kind == TokKind::Word && !word.is_ascii() {
                    lexed.anchors[sentence.first + i] = set.anchor_id(word).unwrap_or(NO_ANCHOR);
                }
            }
        }
    }
    let loose = std::mem::take(&mut lexed.loose);
    for span in inner_caps::keep_loose(text, tokens, &lexed.classes, rules, loose) {
        lexed.record(span, ListKind::Company);
    }
    lexed
        .names
        .sort_by_key(|s| (s.first, std::cmp::Reverse(s.last)));
    lexed.triggers = leftmost_longest(std::mem::take(&mut lexed.triggers));
    lexed.statuses = leftmost_longest(std::mem::take(&mut lexed.statuses));
    lexed
}

impl Lexed {
    /// The matches in `sentence`. A match counts only from a token start to
    /// a token end of one sentence, so the trie is walked anchored at each
    /// token start, inside its sentence: the same matches as an overlapping
    /// scan of the whole text that keeps those, without visiting matches
    /// inside words or the bytes of dropped lines. The anchor word of each
    /// ASCII word is noted on the walk (the trie holds the ASCII anchor
    /// words, when `anchors` is sized), so no word is hashed for it.
    fn walk_sentence(&mut self, text: &str, tokens: &Tokens, sentence: &Sentence, rules: &Rules) {
        let toks = &tokens.tokens;
        let bytes = text.as_bytes();
        let starts = rules.pattern_first_bytes();
        let ascii = text[sentence.start..sentence.end].is_ascii();
        for first in sentence.first..sentence.last {
            let start = toks[first].start;
            if ascii || text[start..toks[first].end].is_ascii() {
                // Else left unnoted: the trie lower-cases ASCII only.
                self.words[first] = WordFacts::NONE;
            }
            if !starts[bytes[start] as usize] {
                continue; // no pattern starts with this byte
            }
            let own = self.own_ends(text, tokens, first);
            // A run of white space (a line break inside a name wrapped
            // across lines) is fed as one space.
            rules
                .literal_trie()
                .walk(&bytes[start..sentence.end], |len, pattern| {
                    // The pattern spelt by every byte fed since `start`.
                    let end = start + len;
                    self.note_walk(first, end, own, pattern, rules);
                    if rules.payloads(pattern).is_empty() {
                        return; // an anchor word only
                    }
                    let last = (first..sentence.last.min(first + 12))
                        .find(|&j| toks[j].end >= end)
                        .filter(|&j| toks[j].end == end);
                    if let Some(last) = last {
                        self.add(text, rules, start, end, pattern, first, last + 1);
                    }
                });
        }
    }

    /// The byte ends at which a literal the walk from token `first` passes
    /// is the token's own word: see [`OwnEnds`].
    fn own_ends(&self, text: &str, tokens: &Tokens, first: usize) -> OwnEnds {
        let token = tokens.tokens[first];
        let (start, end) = (token.start, token.end);
        let dots = text.as_bytes()[start..end]
            .iter()
            .rev()
            .take_while(|&&b| b == b'.')
            .count();
        OwnEnds {
            anchor: match token.kind {
                TokKind::Word if !self.anchors.is_empty() => end,
                _ => usize::MAX, // no anchor to note
            },
            end,
            undotted: end - dots,
        }
    }

    /// Notes what literal `pattern`, walked from token `first` to byte
    /// `end`, tells of the token itself: its pattern anchor id, when it
    /// spells the whole word, and its word facts, when it spells the word
    /// or the word without its final full stops.
    #[inline]
    fn note_walk(&mut self, first: usize, end: usize, own: OwnEnds, pattern: usize, rules: &Rules) {
        if end == own.anchor
            && let Some(anchor) = rules.literal_anchor(pattern)
        {
            self.anchors[first] = anchor;
        }
        if end == own.end || end == own.undotted {
            // Read only for the token's own literal: most literals the
            // walk passes end inside the word.
            self.note_word(first, end == own.end, rules.literal_word(pattern));
        }
    }

    /// Records the payloads of automaton pattern `pattern`, matched at
    /// `start..end`, which covers tokens `first..last`.
    #[allow(clippy::too_many_arguments)]
    fn add(
        &mut self,
        text: &str,
        rules: &Rules,
        start: usize,
        end: usize,
        pattern: usize,
        first: usize,
        last: usize,
    ) {
        let matched = &text[start..end];
        for &payload in rules.payloads(pattern) {
            let span = Span {
                first,
                last,
                payload,
            };
            match payload {
                Payload::Entry {
                    entry,
                    surface,
                    case_sensitive,
                } => {
                    let kind = rules.entry_kind(entry);
                    let surface = &rules.surfaces[surface as usize];
                    if !case_sensitive || case_matches(matched, surface) {
                        self.record(span, kind);
                    } else if kind == ListKind::Company
                        && inner_caps::inner_caps_match(matched, surface)
                        && inner_caps::splits_at_words(surface, rules)
                    {
                        self.loose.push(span);
                    }
                }
                Payload::Trigger(_) => self.triggers.push(span),
                Payload::Status(_) => self.statuses.push(span),
            }
        }
    }
}

impl Lexed {
    /// Notes `facts`, of the literal the walk from token `i` spelt: the
    /// whole token (`whole`), or the token without its final full stops,
    /// whose class only is the token's (the same). A token with a non-ASCII
    /// byte stays unnoted.
    #[inline]
    fn note_word(&mut self, i: usize, whole: bool, facts: WordFacts) {
        let noted = &mut self.words[i];
        if *noted == UNNOTED {
            return;
        }
        if whole {
            *noted = facts;
        } else {
            noted.class = facts.class;
        }
    }

    /// Records name span `span` of list kind `kind`: its one word's class,
    /// every word of a title, and where it starts and ends.
    fn record(&mut self, span: Span, kind: ListKind) {
        let (first, last) = (span.first, span.last);
        if last == first + 1 {
            self.classes[first] |= kind.bit();
        } else if matches!(kind, ListKind::Title | ListKind::RoleTitle) {
            // Every word of "Prime Minister" or "Secretary of State" is
            // part of a title, not of a name.
            for c in &mut self.classes[first..last] {
                *c |= kind.bit();
            }
        }
        self.starts[first] |= kind.bit();
        self.ends[last] |= kind.bit();
        self.names.push(span);
    }
}

/// Whether `matched` is `surface` as written, or in ALL CAPS for a name of
/// 4+ letters; a line break, tab or run of spaces in `matched` reads as one
/// space. Called for every case-sensitive hit: allocates only for the rare
/// ALL CAPS or wrapped match.
fn case_matches(matched: &str, surface: &str) -> bool {
    let wrapped = matched
        .as_bytes()
        .windows(2)
        .any(|w| matches!(w[0], b'\n' | b'\r' | b'\t') || w == b"  ")
        || matched.ends_with(['\n', '\r', '\t']);
    if wrapped {
        let one_line = matched.split_whitespace().collect::<Vec<_>>().join(" ");
        return case_matches(&one_line, surface);
    }
    matched == surface
        || (!matched.chars().any(char::is_lowercase)
            && surface.chars().filter(|c| c.is_alphabetic()).count() >= 4
            && matched == surface.to_uppercase())
}

fn leftmost_longest(mut spans: Vec<Span>) -> Vec<Span> {
    spans.sort_by_key(|s| (s.first, std::cmp::Reverse(s.last)));
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        if out.last().is_none_or(|l| s.first >= l.last) {
            out.push(s);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{case_matches, lookup};
    use crate::Rules;
    use crate::pipeline::segment::words_as_tokens;

    #[test]
    fn the_anchors_noted_on_the_walk_are_those_looked_up() {
        let rules = Rules::default_rules().unwrap();
        let set = rules.pattern_set();
        let mut words: Vec<String> = Vec::new();
        for (w, _) in set.anchor_words() {
            words.push(w.to_string());
            words.push(w.to_uppercase());
            // The Kelvin sign lower-cases to "k".
            words.push(w.replace('k', "\u{212A}"));
            words.push(format!("{w}x"));
        }
        words.extend(["Zorblat", "of", "Of", "\u{e9}t\u{e9}"].map(String::from));
        let text = words.join(" ");
        let tokens = words_as_tokens(&text);
        let lexed = lookup(&text, &tokens, &rules);
        let mut anchored = 0;
        for (i, t) in tokens.tokens.iter().enumerate() {
            let word = t.text(&text);
            let found = lexed.anchored(i, set, word);
            assert_eq!(found, set.anchored(word), "{word}");
            assert_eq!(lexed.word_id(i, set, word), set.anchor_id(word), "{word}");
            anchored += usize::from(lexed.word_id(i, set, word).is_some());
        }
        assert!(anchored >= set.anchor_words().count() * 2);
    }

    #[test]
    fn the_word_facts_noted_on_the_walk_are_those_looked_up() {
        let rules = Rules::default_rules().unwrap();
        let mut words: Vec<String> = Vec::new();
        let cued = crate::rules::CODE_CUE_LISTS
            .iter()
            .flat_map(|id| rules.cue_words(id));
        let one_words = rules.canonicals.iter().chain(cued);
        for w in one_words.filter(|w| !w.is_empty() && !w.contains(char::is_whitespace)) {
            words.push(w.to_string());
            words.push(w.to_uppercase());
            words.push(w.replace('k', "\u{212A}"));
            words.push(format!("{w}."));
            words.push(format!("{w}x"));
        }
        words.extend(["Zorblat", "Inc.", "U.S.", "...", "&", "\u{e9}t\u{e9}"].map(String::from));
        let text = words.join(" ");
        let tokens = words_as_tokens(&text);
        let lexed = lookup(&text, &tokens, &rules);
        let mut noted = 0;
        for (i, t) in tokens.tokens.iter().enumerate() {
            let word = t.text(&text);
            let class = lexed.word_class(i, &rules, word);
            assert_eq!(class, rules.word_class(word), "{word}");
            for id in crate::rules::CODE_CUE_LISTS {
                let cue = lexed.is_cue(i, &rules, id, word);
                assert_eq!(cue, rules.is_cue(id, word), "{word} in {id}");
            }
            noted += usize::from(lexed.words[i] != super::UNNOTED);
        }
        assert!(noted * 5 >= tokens.tokens.len() * 3, "{noted}");
    }

    #[test]
    fn case_sensitive_entries_match_as_written_or_in_caps() {
        assert!(case_matches("Zentrix", "Zentrix"));
        assert!(!case_matches("zentrix", "Zentrix"));
        assert!(case_matches("ZENTRIX", "Zentrix"));
        assert!(!case_matches("ZEN", "Zen"), "caps only for 4+ letters");
        assert!(case_matches("Vexo\n  Labs", "Vexo Labs"));
        assert!(case_matches("VEXO\tLABS", "Vexo Labs"));
        assert!(case_matches("Vexo  Labs", "Vexo Labs"));
        assert!(!case_matches("vexo\nLabs", "Vexo Labs"));
    }
}
