//! Stage 7, patterns: matches the compiled `[[pattern]]` rules in a sentence.
//!
//! Takes: the rules' [`PatternSet`] and one sentence's tokens and mentions
//! (through the argument [`Finder`]). Gives: [`PatternMatch`]es, each with the
//! company (or anaphor) that filled every named slot. The language is
//! described in `src/rules/pattern.rs` and `docs/rules.md`. Per token, one
//! hash look-up of the anchor word; at each hit of a pattern whose other
//! required words all stand in the sentence, a check of the one-token
//! elements next to the anchor (most hits of a frequent anchor word end
//! there), then a backtracking match bounded by the pattern's length, tried
//! from the nearest start first, with the company slot at each token worked
//! out once per sentence. The hits (token, pattern) and the checks that pass
//! them do not depend on the mentions: they are worked out once per article,
//! kept with the look-up ([`Lexed::pattern_hits`]), and shared by the passes
//! that read the patterns (slot promotion, then the events).
//!
//! [`Lexed::pattern_hits`]: crate::pipeline::lexicon::Lexed::pattern_hits

use super::continuation::has_event_slot;
use super::finder::is_place_adjective;
use super::object::Object;
use super::{Arg, Finder};
use crate::pipeline::lexicon::TokenWords;
use crate::pipeline::segment::{Sentence, TokKind};
use crate::pipeline::spot::Kind;
use crate::rules::ListKind;
use crate::rules::pattern::{Compiled, Elem, Element, LIST_MAX, PatternSet};

/// How many lower-case words or places may stand between a modifying
/// owner's mark and the company it modifies ("X's longtime U.S. rival Y").
const OWNER_REACH: usize = 4;

/// One match of a pattern in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternMatch {
    /// Index of the pattern in the set.
    pub pattern: usize,
    /// Token range of the matched words (slots included, the subject not).
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// The anchor token.
    pub anchor: usize,
    /// (role, argument, token range) of every filled slot.
    pub slots: Vec<(usize, Arg, usize, usize)>,
}

/// Every pattern match in sentence `sent`: per anchor hit, the first pattern
/// (in rule order) that matches, starting nearest the anchor. A pattern some
/// of whose required words the sentence lacks is not tried.
pub(super) fn find(set: &PatternSet, f: &Finder<'_>, sent: &Sentence) -> Vec<PatternMatch> {
    let mut own = Vec::new();
    let hits = match f.lexed.pattern_hits(set, || article_hits(set, f)) {
        Some(all) if is_article_sentence(f, sent) => {
            let from = all.partition_point(|&(i, _)| i < sent.first);
            let to = from + all[from..].partition_point(|&(i, _)| i < sent.last);
            &all[from..to]
        }
        _ => {
            sentence_hits(set, f, sent, &mut Scratch::default(), &mut own);
            &own[..]
        }
    };
    let mut out: Vec<PatternMatch> = Vec::new();
    let mut memo = SlotMemo::default();
    let mut taken = None;
    for &(i, p) in hits {
        if taken == Some(i) {
            continue; // (a match at this anchor token already)
        }
        if let Some(m) = match_anchor(set, p, f, sent, i, &mut memo)
            && yield_overlapped(&mut out, &m)
        {
            out.push(m);
            taken = Some(i);
        }
    }
    out
}

/// Whether match `m` may join `out`, which it may when it overlaps none of
/// its matches. A match that names its parties outranks an overlapping
/// earlier one that continues an event (`{x:event}`, found later and often
/// not at all): "A also participated in the round for Y" is
/// `participated-in-round-for`'s, though the continuation's anchor "also"
/// comes first; the overlapped continuations are taken out of `out`.
fn yield_overlapped(out: &mut Vec<PatternMatch>, m: &PatternMatch) -> bool {
    let overlaps = |o: &PatternMatch| o.first < m.last && m.first < o.last;
    if !out.iter().any(overlaps) {
        return true;
    }
    if has_event_slot(m) || out.iter().any(|o| overlaps(o) && !has_event_slot(o)) {
        return false;
    }
    out.retain(|o| !overlaps(o));
    true
}

/// Whether `sent` is one of the article's sentences (whose hits
/// [`article_hits`] holds).
fn is_article_sentence(f: &Finder<'_>, sent: &Sentence) -> bool {
    let toks = f.tokens;
    toks.sentence_of
        .get(sent.first)
        .and_then(|&s| toks.sentences.get(s))
        .is_some_and(|s| s.first == sent.first && s.last == sent.last)
}

/// The hits of every sentence of the article, in text order: they do not
/// depend on the mentions, so the passes over the patterns (slot promotion,
/// then the events) share them.
fn article_hits(set: &PatternSet, f: &Finder<'_>) -> Vec<(usize, usize)> {
    let (mut scratch, mut hits) = (Scratch::default(), Vec::new());
    for sent in &f.tokens.sentences {
        sentence_hits(set, f, sent, &mut scratch, &mut hits);
    }
    hits
}

/// The buffers [`sentence_hits`] fills anew for each sentence, kept from
/// one sentence to the next of an article (no allocation a sentence).
#[derive(Default)]
struct Scratch {
    /// The sentence's words of the set: (token, id).
    words: Vec<(usize, u32)>,
    /// One bit per word id of the set: whether the sentence holds it.
    present: Vec<u64>,
}

/// Pushes onto `hits` the `(anchor token, pattern)` pairs of sentence
/// `sent` worth a match, in token order, then rule order: the pattern is
/// anchored on the token's word, the sentence holds a word of each of its
/// other required plain-word elements, and the one-token elements next to
/// its anchor fit.
fn sentence_hits(
    set: &PatternSet,
    f: &Finder<'_>,
    sent: &Sentence,
    scratch: &mut Scratch,
    hits: &mut Vec<(usize, usize)>,
) {
    let n = set.word_count().div_ceil(64).max(1);
    let Scratch { words, present } = scratch;
    present.clear();
    present.resize(n, 0);
    words_of_set(set, f, sent, present, words);
    for &(i, id) in words.iter() {
        for &p in set.anchored_by(id) {
            if set.may_match(p, present) && fits_around_anchor(&set.patterns[p], f, sent, i) {
                hits.push((i, p));
            }
        }
    }
}

/// The word tokens of sentence `sent` that are words of `set` (anchors or
/// needs), with their ids ([`PatternSet::anchor_id`]), into `words`; each
/// id's bit is set in `present`.
fn words_of_set(
    set: &PatternSet,
    f: &Finder<'_>,
    sent: &Sentence,
    present: &mut [u64],
    words: &mut Vec<(usize, u32)>,
) {
    words.clear();
    for i in sent.first..sent.last {
        if !f.lexed.may_anchor(i) || f.tokens.tokens[i].kind != TokKind::Word {
            continue;
        }
        if let Some(id) = f.lexed.word_id(i, set, f.word(i)) {
            present[id as usize / 64] |= 1 << (id % 64);
            words.push((i, id));
        }
    }
}

fn match_anchor(
    set: &PatternSet,
    p: usize,
    f: &Finder<'_>,
    sent: &Sentence,
    at: usize,
    memo: &mut SlotMemo,
) -> Option<PatternMatch> {
    let pat = &set.patterns[p];
    let subject = matches!(pat.elements[0].elem, Elem::Subject(_));
    let from = usize::from(subject);
    let lo = at.saturating_sub(pat.window).max(sent.first);
    for start in (lo..=at).rev() {
        let mut m = Matcher {
            f,
            pat,
            sent,
            anchor_at: at,
            slots: Vec::new(),
            memo: &mut *memo,
        };
        let Some(end) = m.run(from, start) else {
            continue;
        };
        let mut slots = m.slots;
        if let Elem::Subject(r) = pat.elements[0].elem {
            let left = f.left(sent, start, f.mentions);
            if left.is_empty() {
                continue;
            }
            slots.splice(0..0, left.into_iter().map(|a| (r, a, start, start)));
        }
        return Some(PatternMatch {
            pattern: p,
            first: start,
            last: end,
            anchor: at,
            slots,
        });
    }
    None
}

/// Whether the one-token elements next to the anchor fit the tokens next
/// to `at`: the required words, marks and numbers that stand right before
/// the anchor (back to the first element of another kind) and right after
/// it can only match the tokens right before and after it, whatever the
/// start, so a pattern they do not fit is turned away before any start is
/// tried (most anchor hits of a frequent word such as "the" or "in").
fn fits_around_anchor(pat: &Compiled, f: &Finder<'_>, sent: &Sentence, at: usize) -> bool {
    let one_token = |e: &&Element| !e.optional && is_one_token(&e.elem);
    let before = pat.elements[..pat.anchor]
        .iter()
        .rev()
        .take_while(one_token);
    for (j, e) in before.enumerate() {
        let Some(k) = at.checked_sub(j + 1).filter(|&k| k >= sent.first) else {
            return false;
        };
        if !token_is(f, &e.elem, k) {
            return false;
        }
    }
    let after = pat.elements[pat.anchor + 1..].iter().take_while(one_token);
    for (j, e) in after.enumerate() {
        let k = at + 1 + j;
        if k >= sent.last || !token_is(f, &e.elem, k) {
            return false;
        }
    }
    true
}

/// Whether an element always matches exactly one token (not a possessive
/// mark: a ticker after it is stepped over, "Acme Corp's <ACM> stake").
fn is_one_token(elem: &Elem) -> bool {
    matches!(
        elem,
        Elem::Words(_) | Elem::Prefix(_) | Elem::Number | Elem::Punct(_)
    )
}

/// Whether token `k` matches a one-token element.
fn token_is(f: &Finder<'_>, elem: &Elem, k: usize) -> bool {
    let t = f.tokens.tokens[k];
    match elem {
        Elem::Words(ws) => {
            matches!(t.kind, TokKind::Word | TokKind::Number) && {
                let word = f.word(k);
                // An ASCII word lower-cases to ASCII: comparing in place
                // finds what comparing its lower case would.
                if word.is_ascii() {
                    ws.iter().any(|w| word.eq_ignore_ascii_case(w))
                } else {
                    let lower = f.lower(k);
                    ws.iter()
                        .any(|w| word.eq_ignore_ascii_case(w) || lower == *w)
                }
            }
        }
        Elem::Prefix(p) => t.kind == TokKind::Word && f.lower(k).starts_with(p.as_str()),
        Elem::Number => t.kind == TokKind::Number,
        Elem::Possessive => t.kind == TokKind::Possessive,
        Elem::Punct(c) => t.is_punct(*c),
        _ => false,
    }
}

/// The company or anaphor starting at each token of one sentence
/// ([`Matcher::find_slot`]), worked out once per sentence however many
/// pattern starts and anchor hits ask: by offset from the sentence's first
/// token, `None` until asked (sized on first use).
#[derive(Default)]
struct SlotMemo(Vec<Option<Option<(Arg, usize)>>>);

struct Matcher<'m, 'a> {
    f: &'m Finder<'a>,
    pat: &'m Compiled,
    sent: &'m Sentence,
    anchor_at: usize,
    slots: Vec<(usize, Arg, usize, usize)>,
    memo: &'m mut SlotMemo,
}

impl Matcher<'_, '_> {
    /// Matches elements `el..` from token `pos`; the end token on success.
    fn run(&mut self, el: usize, pos: usize) -> Option<usize> {
        let Some(e) = self.pat.elements.get(el) else {
            return Some(pos);
        };
        // Elements never move back: past the anchor's token before the
        // anchor element, no way on reaches it.
        if el <= self.pat.anchor && pos > self.anchor_at {
            return None;
        }
        if el == self.pat.anchor && pos != self.anchor_at {
            return None;
        }
        let keep = self.slots.len();
        if let Some(end) = self.one(el, &e.elem, pos) {
            return Some(end);
        }
        self.slots.truncate(keep);
        if e.optional {
            return self.run(el + 1, pos);
        }
        None
    }

    /// Matches element `el` (kind `elem`) at `pos`, then the rest.
    fn one(&mut self, el: usize, elem: &Elem, pos: usize) -> Option<usize> {
        let f = self.f;
        let ceiling = self.sent.last;
        match *elem {
            Elem::Gap(n) | Elem::PhraseGap(n) => self.gap(el, n, pos),
            Elem::Slot(r, list) => {
                let mut end = self.slot_list(r, list, pos)?;
                let mark_next = self.pat.elements.get(el + 1).map(|e| &e.elem);
                if mark_next != Some(&Elem::Possessive) {
                    end = self.past_modifying_owner(end)?;
                }
                self.run(el + 1, end)
            }
            Elem::Object(r) => {
                let (args, _) =
                    f.right(self.sent, pos, pos, f.mentions, super::RightOpts::default());
                if args.is_empty() {
                    return None;
                }
                self.slots
                    .extend(args.into_iter().map(|a| (r, a, pos, pos)));
                Some(pos)
            }
            Elem::Subject(_) => self.run(el + 1, pos),
            // No words: the event is found across sentences (continuation.rs).
            Elem::Event(r) => {
                self.slots.push((r, Arg::Event(self.anchor_at), pos, pos));
                self.run(el + 1, pos)
            }
            // "Acme Corp's <ACM> 38 pct stake": a ticker after the
            // possessive mark belongs to the name before it.
            Elem::Possessive => {
                if pos < ceiling && token_is(f, elem, pos) {
                    self.run(el + 1, f.skip_ticker(pos + 1, ceiling))
                } else {
                    None
                }
            }
            _ => {
                if pos < ceiling && token_is(f, elem, pos) {
                    self.run(el + 1, pos + 1)
                } else {
                    None
                }
            }
        }
    }

    /// Matches a gap of up to `n` tokens at `pos` (element `el`), shortest
    /// first, then the rest.
    fn gap(&mut self, el: usize, n: usize, pos: usize) -> Option<usize> {
        let ceiling = self.sent.last;
        // "X's 33 dlr-per-share offer": a gap right after a possessive mark
        // holds the possessed noun's modifiers only.
        // After a company organ ("X's directors made an offer") the gap runs
        // on as any other: the organ acts for the company.
        let after_mark = el > 0
            && self.pat.elements[el - 1].elem == Elem::Possessive
            && !(pos < ceiling && self.f.is_cue("possessed-organ-nouns", pos));
        // "fell into the hands of a rival of Y": a gap before a slot holds
        // no phrase modifying a noun whose company would fill the slot.
        let slot_next = matches!(
            self.pat.elements.get(el + 1).map(|e| &e.elem),
            Some(Elem::Slot(..) | Elem::Object(_))
        );
        // `...Nnp`: a noun phrase, no preposition in it.
        let phrase = matches!(self.pat.elements[el].elem, Elem::PhraseGap(_));
        for g in 0..=n {
            let k = pos + g;
            if k > ceiling {
                return None;
            }
            if g > 0 && !(self.gap_token(k - 1) && (!after_mark || self.modifier_token(k - 1))) {
                return None;
            }
            if g > 0 && phrase && self.f.is_word_at(k - 1, ListKind::Preposition) {
                return None;
            }
            if g > 0 && slot_next && self.f.opens_modifier_pp(pos, k - 1, false) {
                return None;
            }
            let keep = self.slots.len();
            if let Some(end) = self.run(el + 1, k) {
                return Some(end);
            }
            self.slots.truncate(keep);
        }
        None
    }

    /// Fills slot (role index) `r` with the party at `pos`, and with a list of up to
    /// [`LIST_MAX`] parties when `list` is set; the token after the last.
    fn slot_list(&mut self, r: usize, list: bool, pos: usize) -> Option<usize> {
        let (arg, mut end) = self.slot_at(pos)?;
        self.slots.push((r, arg, pos, end));
        let mut count = 1;
        while list && count < LIST_MAX {
            let Some((next, k)) = self.list_next(end) else {
                break;
            };
            // "owned by X, and Y": two items are not joined by ", and".
            if count == 1 && self.comma_and(end) {
                break;
            }
            // ", said": the list ends before a word that is no company.
            let Some((arg, e2)) = self.slot_at(next) else {
                break;
            };
            // "owned by X, <Y> which is owned by Z": an item opening a
            // relative clause starts a new phrase, not the list.
            if self.relative_after(e2) {
                break;
            }
            self.slots.push((r, arg, k, e2));
            end = e2;
            count += 1;
        }
        Some(end)
    }

    /// "licensed its patents to X's rival Y", "buy X cloud security firm Y":
    /// when the last slot filled holds a company that the trigger finder
    /// reads as a modifier of the object ([`Finder::object_reading`]: its
    /// possessive mark, or a description after it), and a company follows
    /// within [`OWNER_REACH`] lower-case words or places, that company
    /// (already a company) fills the slot; the token after it (past a
    /// ticker), else `end`. `None` when a job title comes first ("named X's
    /// former chief as its liaison"): the slot names a person's employer.
    fn past_modifying_owner(&mut self, end: usize) -> Option<usize> {
        let (f, ceiling) = (self.f, self.sent.last);
        let Some(&(r, Arg::Mention(m), start, _)) = self.slots.last() else {
            return Some(end);
        };
        let Object::Modifier(k) = f.object_reading(m, ceiling, f.mentions) else {
            return Some(end);
        };
        for j in k..(k + OWNER_REACH + 1).min(ceiling) {
            if let Some(n) = f.party_at(j).filter(|&n| f.mentions[n].first == j) {
                let last = f.skip_ticker(f.mentions[n].last, ceiling);
                // (A chunk not yet known to be a company is not promoted here.)
                if f.mentions[n].kind != Kind::Company || !self.names_a_company(last) {
                    break;
                }
                *self.slots.last_mut().expect("a slot") = (r, Arg::Mention(n), start, last);
                return Some(last);
            }
            if f.lexed.is(j, ListKind::Title) || f.lexed.is(j, ListKind::RoleTitle) {
                return None;
            }
            let word = f.lower_word(j) || f.lexed.is(j, ListKind::Place);
            if !word || !self.modifier_token(j) || f.is_word_at(j, ListKind::Preposition) {
                break;
            }
        }
        Some(end)
    }

    /// Whether the name before token `k` stands for its company: at the
    /// sentence's end, before a mark, a preposition or a clause word, or
    /// before a unit noun ("X's Vexo Data unit", rules/unit-nouns.txt); not
    /// before another noun ("X's Vexo watches": a brand of goods).
    fn names_a_company(&self, k: usize) -> bool {
        let f = self.f;
        k >= self.sent.last
            || f.tokens.tokens[k].kind != TokKind::Word
            || f.is_word_at(k, ListKind::Preposition)
            || f.is_word_at(k, ListKind::ClauseWord)
            || f.is_cue("unit-nouns", k)
    }

    /// Whether token `k` may stand in a gap: no company (a lone capitalised
    /// word of unknown type may: "Thai unit"), no clause break.
    fn gap_token(&self, k: usize) -> bool {
        let f = self.f;
        let t = f.tokens.tokens[k];
        f.party_at(k).is_none_or(|m| f.unknown_word[m])
            && !t.is_punct(';')
            && !(t.kind == TokKind::Word && f.is_word_at(k, ListKind::ClauseWord))
    }

    /// Whether token `k` may modify the noun a possessive mark opens: no
    /// other possessive mark and no word of rules/possessed-gap-stops.txt
    /// (a determiner or a verb: "X's rival made an offer to buy Y" is the
    /// rival's offer, "X's chairman said a move" no move of X's) unless a
    /// preposition stands before it ("X's participation in a bid for Y") or
    /// a word of rules/price-unit-nouns.txt after it ("X's 27 dlrs a share
    /// bid": a price).
    fn modifier_token(&self, k: usize) -> bool {
        let f = self.f;
        let t = f.tokens.tokens[k];
        let stop = t.kind == TokKind::Word && f.is_cue("possessed-gap-stops", k);
        let after_preposition = || f.is_word_at(k - 1, ListKind::Preposition);
        let price = || k + 1 < self.sent.last && f.is_cue("price-unit-nouns", k + 1);
        t.kind != TokKind::Possessive && (!stop || after_preposition() || price())
    }

    /// "the conglomerate Acme Corp": the company named right after a
    /// description that ends at `e`, and its end.
    fn named_after(&self, e: usize) -> Option<(Arg, usize)> {
        let f = self.f;
        let m = (e < self.sent.last).then(|| f.party_at(e)).flatten()?;
        (f.mentions[m].first == e).then(|| (Arg::Mention(m), f.mentions[m].last))
    }

    /// [`Matcher::find_slot`] at `pos`, from the sentence's memo.
    fn slot_at(&mut self, pos: usize) -> Option<(Arg, usize)> {
        let (first, last) = (self.sent.first, self.sent.last);
        if pos >= last {
            return None; // (as `find_slot` finds)
        }
        if self.memo.0.is_empty() {
            self.memo.0.resize(last - first, None);
        }
        if let Some(known) = self.memo.0[pos - first] {
            return known;
        }
        let found = self.find_slot(pos);
        self.memo.0[pos - first] = Some(found);
        found
    }

    /// A company or anaphor starting at `pos` (after a `<`): its argument and
    /// end, past a ticker or stock code.
    fn find_slot(&self, pos: usize) -> Option<(Arg, usize)> {
        let f = self.f;
        let ceiling = self.sent.last;
        let toks = &f.tokens.tokens;
        if self.ticker_of_name_before(pos) {
            return None;
        }
        let mut k = self.past_place_adjective(pos);
        // A "(" opens a name only after such an adjective ("Ohio-based (Acme Corp)").
        let paren = k > pos && k < ceiling && toks[k].is_punct('(');
        if k < ceiling && (toks[k].is_punct('<') || paren) {
            k += 1;
        }
        if k >= ceiling {
            return None;
        }
        // "the London exchange Acme Corp" is a description; "the Acme Corp"
        // is the name.
        if k + 1 < ceiling
            && f.word(k).eq_ignore_ascii_case("the")
            && f.party_at(k + 1)
                .is_some_and(|m| f.mentions[m].first == k + 1)
        {
            k += 1;
        }
        k = self.past_holder_words(k);
        let (arg, mut end) = if let Some(m) = f.party_at(k).filter(|&m| f.mentions[m].first == k) {
            (Arg::Mention(m), f.mentions[m].last)
        } else if let Some(sp) = f.lexed.spans_at(k, f.rules, ListKind::AnaphorTwo).next() {
            (Arg::AnaphorTwo(k), sp.last)
        } else if let Some(sp) = f.lexed.spans_at(k, f.rules, ListKind::AnaphorOne).next() {
            self.named_after(sp.last)
                .unwrap_or((Arg::AnaphorOne(k), sp.last))
        } else if self.relative_it(k) {
            (Arg::AnaphorOne(k), k + 1)
        } else if k + 2 <= ceiling && f.latter_ending(k + 2) == Some(k) {
            (Arg::Described(k), k + 2)
        } else if let Some(e) = f.description_starting(k, ceiling) {
            self.named_after(e).unwrap_or((Arg::Described(k), e))
        } else {
            return None;
        };
        if end < ceiling && (toks[end].is_punct('>') || (paren && toks[end].is_punct(')'))) {
            end += 1;
        }
        end = f.skip_ticker(end, ceiling);
        end = f.skip_paren(end, ceiling);
        Some((arg, end))
    }

    /// "to Montreal-based Acme Corp", "to Ohio-based (Acme Corp)": the start
    /// of the company (or of its bracket) right after a place made an
    /// adjective at `pos`, as the trigger finder's descriptors step over it;
    /// else `pos`. Token indices.
    fn past_place_adjective(&self, pos: usize) -> usize {
        let f = self.f;
        let ceiling = self.sent.last;
        if pos + 1 >= ceiling || !is_place_adjective(&f.lower(pos)) {
            return pos;
        }
        let toks = &f.tokens.tokens;
        let open = toks[pos + 1].is_punct('<') || toks[pos + 1].is_punct('(');
        let name_at = if open { pos + 2 } else { pos + 1 };
        let named = name_at < ceiling
            && f.party_at(name_at)
                .is_some_and(|m| f.mentions[m].first == name_at);
        if named { pos + 1 } else { pos }
    }

    /// "Acme Motors Corp <ACM>, the target of": a ticker in brackets right
    /// after a company is that company's, not a slot of its own (the slot
    /// starts at the name and steps over the ticker).
    fn ticker_of_name_before(&self, pos: usize) -> bool {
        let f = self.f;
        let toks = &f.tokens.tokens;
        // The start may be the `<` or the ticker right after it.
        let open = if pos >= self.sent.last {
            return false;
        } else if toks[pos].is_punct('<') {
            pos
        } else if pos > self.sent.first && toks[pos - 1].is_punct('<') {
            pos - 1
        } else {
            return false;
        };
        open > self.sent.first
            && f.party_ending(open).is_some()
            && f.skip_ticker(open, self.sent.last) > open
    }

    /// "existing investors Acme Capital", "first round participants Acme
    /// Capital", "new backers Acme Capital": the start of the company named
    /// right after words that say what it is to the deal (a few adjectives,
    /// then a holder noun); else `k`.
    fn past_holder_words(&self, k: usize) -> usize {
        let f = self.f;
        let ceiling = self.sent.last;
        let mut j = k;
        while j < ceiling
            && j < k + 3
            && f.party_at(j).is_none()
            && f.is_cue("holder-adjectives", j)
        {
            j += 1;
        }
        if j + 1 >= ceiling || f.party_at(j).is_some() || !f.is_cue("holder-nouns", j) {
            return k;
        }
        let named = f
            .party_at(j + 1)
            .is_some_and(|m| f.mentions[m].first == j + 1);
        if named { j + 1 } else { k }
    }

    /// "Y, which it bought": an "it" right after "which" / "that" (the
    /// subject of an object relative clause), read as the company the
    /// sentence is about.
    fn relative_it(&self, k: usize) -> bool {
        let f = self.f;
        k > self.sent.first
            && f.lower(k).as_str() == "it"
            && matches!(f.lower(k - 1).as_str(), "which" | "that")
    }

    /// Whether ", and" (", &") follows the list item ending at `end`.
    fn comma_and(&self, end: usize) -> bool {
        let f = self.f;
        end + 1 < self.sent.last
            && f.tokens.tokens[end].is_punct(',')
            && matches!(f.lower(end + 1).as_str(), "and" | "&")
    }

    /// Whether a relative word ("which", "who", "whose") follows token
    /// `end` (past a closing bracket).
    fn relative_after(&self, end: usize) -> bool {
        let f = self.f;
        let toks = &f.tokens.tokens;
        let mut k = end;
        if k < self.sent.last && toks[k].is_punct('>') {
            k += 1;
        }
        k < self.sent.last && matches!(f.lower(k).as_str(), "which" | "who" | "whose")
    }

    /// After a list item ending at `end`: the start of the next item after
    /// ",", "and", ", and" or "&", and the connector's position.
    fn list_next(&self, end: usize) -> Option<(usize, usize)> {
        let f = self.f;
        let ceiling = self.sent.last;
        let mut k = end;
        if k < ceiling && f.tokens.tokens[k].is_punct(',') {
            k += 1;
        }
        if k < ceiling && matches!(f.lower(k).as_str(), "and" | "&" | "plus") {
            k += 1;
        }
        (k > end && k < ceiling).then_some((k, end))
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{assert_pairs, pairs};
    use crate::{Article, Extractor, Rules};

    /// The pair most tests here expect.
    const AB: (&str, &str) = ("Acme Corp", "Borealis Inc");

    fn p(a: &str, b: &str) -> (String, String) {
        (a.to_string(), b.to_string())
    }

    #[test]
    fn a_gap_after_a_possessive_mark_holds_modifiers_only() {
        assert_pairs(
            AB,
            &[
                "Acme Corp's 33 dlr-per-share offer to acquire Borealis Inc went before the board.",
                "Analysts said Acme Corp's participation in a bid for Borealis Inc was bold.",
                "Acme Corp's shareholders approved the offer to acquire Borealis Inc.",
                "Acme Corp's directors made an offer to buy Borealis Inc for 40 dlrs a share.",
                "Acme Corp's management made an offer to acquire Borealis Inc.",
                "Borealis Inc rejected Acme Corp's 27 dlrs a share bid.",
            ],
            &[
                "Acme Corp's rival made an offer to acquire Borealis Inc.",
                "Acme Corp's chairman said a move to acquire Borealis Inc was unlikely.",
            ],
        );
    }

    #[test]
    fn a_match_naming_its_parties_outranks_an_overlapping_continuation() {
        // "also participated" and "Series C was led by" open continuation
        // matches (an earlier anchor) that find no event before them; the
        // match naming the round's company wins the overlap.
        assert_pairs(
            AB,
            &[
                "Acme Corp also participated in the round for Borealis Inc.",
                "Borealis Inc's Series C was led by Acme Corp.",
                "Borealis Inc's $20 million Series C was co-led by Acme Corp.",
            ],
            // Nothing named: the continuation still reads the round before.
            &["Borealis Inc said sales rose. Acme Corp also participated."],
        );
        let x = Extractor::new(Rules::default_rules().unwrap());
        let text = "Borealis Inc raised $20 million. Acme Corp also participated.";
        assert_eq!(pairs(&x, text), [p("Acme Corp", "Borealis Inc")]);
    }

    #[test]
    fn a_company_named_after_its_owners_mark_fills_the_slot() {
        // The owner modifies the company that fills the slot; a brand of
        // goods after the mark leaves the owner; the mark a pattern names
        // ("Acme Corp's offer") keeps the owner too.
        assert_pairs(
            AB,
            &[
                "Acme Corp licensed its patents to Cirrus Motors' rival Borealis Inc.",
                "Acme Corp licensed its patents to Cirrus Motors' Borealis Inc unit.",
                "Acme Corp is exclusive distributor of Borealis Inc's Quell watches.",
            ],
            &[],
        );
        // A preposition ends the owner's phrase: the owner stays the party.
        let extractor = Extractor::new(Rules::default_rules().unwrap());
        let text = "Acme Corp licensed its patents to Cirrus Motors' rival in Borealis Inc.";
        assert_eq!(pairs(&extractor, text), [p("Acme Corp", "Cirrus Motors")]);
    }

    #[test]
    fn a_slot_naming_a_persons_employer_fills_nothing() {
        // "X's former chief": the slot's company employs the person named,
        // so the pattern does not match; the company itself still does.
        let extractor = Extractor::new(Rules::default_rules().unwrap());
        for text in [
            "Acme Corp named Borealis Inc's former chief as its supplier liaison.",
            "Acme Corp sold its drone plant to Borealis Inc's chief executive for $5 million.",
        ] {
            assert_eq!(pairs(&extractor, text), [], "{text}");
        }
        assert_pairs(
            AB,
            &["Acme Corp named Borealis Inc as its sole supplier in Spain."],
            &[],
        );
    }

    #[test]
    fn a_place_adjective_before_a_slot_is_stepped_over() {
        assert_pairs(
            AB,
            &[
                "Acme Corp sold its valve unit to Ohio-based Borealis Inc last week.",
                "Acme Corp sold its valve unit to Ohio-based (Borealis Inc) last week.",
                "Acme Corp sold its valve unit to Ohio-based <Borealis Inc> last week.",
            ],
            // The adjective describes no company here: no buyer.
            &["Acme Corp sold its valve unit to Ohio-based farmers, Borealis Inc said."],
        );
    }

    #[test]
    fn a_ticker_after_a_name_is_not_a_slot_of_its_own() {
        let x = Extractor::new(Rules::default_rules().unwrap());
        let text = "Buyers shunned Borealis Motors Corp <BMC>, the target of a takeover bid from Acme Corp <AC>.";
        assert_eq!(
            pairs(&x, text),
            vec![p("Acme Corp", "Borealis Motors Corp")]
        );
        let r = x.extract(&Article::from_text("t", "", text));
        assert!(r.entities.iter().all(|e| e.name != "BMC"));
    }

    #[test]
    fn a_slot_list_pairs_every_member_and_stops_at_a_relative_clause() {
        let x = Extractor::new(Rules::default_rules().unwrap());
        assert_eq!(
            pairs(
                &x,
                "Cirrus Ltd, which is 20 pct owned by Acme Corp and Borealis Inc, said sales rose."
            ),
            vec![
                p("Acme Corp", "Cirrus Ltd"),
                p("Borealis Inc", "Cirrus Ltd")
            ]
        );
        // ", and" after the first item joins a new clause, not a second holder.
        assert_eq!(
            pairs(
                &x,
                "Rivals include Delta Group Inc, which is half owned by Acme Corp, and Borealis Inc."
            ),
            vec![p("Acme Corp", "Delta Group Inc")]
        );
        // The second company opens its own relative clause: not a holder.
        assert_eq!(
            pairs(
                &x,
                "Bidders include Cirrus Ltd, which is 70 pct owned by Acme Corp, <Delta Group Inc> which is 80 pct owned by Borealis Inc."
            ),
            vec![
                p("Acme Corp", "Cirrus Ltd"),
                p("Borealis Inc", "Delta Group Inc")
            ]
        );
    }

    #[test]
    fn every_investor_of_a_funding_round_pairs_with_the_company() {
        let x = Extractor::new(Rules::default_rules().unwrap());
        assert_eq!(
            pairs(
                &x,
                "Kestrel Bio Inc raised $40 million in a Series B round led by Orlov Capital, with participation from Amberley Ventures and Tallis Partners."
            ),
            vec![
                p("Amberley Ventures", "Kestrel Bio Inc"),
                p("Kestrel Bio Inc", "Orlov Capital"),
                p("Kestrel Bio Inc", "Tallis Partners"),
            ]
        );
    }

    #[test]
    fn holder_words_before_a_listed_investor_are_skipped() {
        let x = Extractor::new(Rules::default_rules().unwrap());
        assert_eq!(
            pairs(
                &x,
                "Kestrel Bio Inc raised $40 million in a round led by Orlov Capital, with participation from existing investors Amberley Ventures and Tallis Partners."
            ),
            vec![
                p("Amberley Ventures", "Kestrel Bio Inc"),
                p("Kestrel Bio Inc", "Orlov Capital"),
                p("Kestrel Bio Inc", "Tallis Partners"),
            ]
        );
        // ", plus new investors B": the list goes on past "plus".
        assert_eq!(
            pairs(
                &x,
                "Kestrel Bio Inc raised 4,000,000 dlrs. Investors include first round participants Orlov Capital, plus new investors Tallis Partners."
            ),
            vec![
                p("Kestrel Bio Inc", "Orlov Capital"),
                p("Kestrel Bio Inc", "Tallis Partners"),
            ]
        );
        // Holder words with no company right after them are no description.
        assert_eq!(
            pairs(
                &x,
                "Kestrel Bio Inc raised $40 million. Investors include new investors from Ohio."
            ),
            vec![]
        );
    }

    #[test]
    fn it_after_which_is_the_company_the_sentence_is_about() {
        let x = Extractor::new(Rules::default_rules().unwrap());
        assert_eq!(
            pairs(
                &x,
                "Acme Corp said Borealis Inc, which it bought last year, asked a court to approve payments."
            ),
            vec![p("Acme Corp", "Borealis Inc")]
        );
        // "it" elsewhere is no slot: no buyer for "bought".
        assert_eq!(
            pairs(
                &x,
                "Acme Corp said Borealis Inc, a maker of shoes, was bought by its founders."
            ),
            vec![]
        );
    }

    #[test]
    fn a_stake_changing_hands_pairs_the_new_holder_with_the_company() {
        let x = Extractor::new(Rules::default_rules().unwrap());
        assert_eq!(
            pairs(
                &x,
                "Acme Corp agreed to buy Borealis Inc's 20 pct stake in Cirrus Ltd."
            ),
            vec![
                p("Acme Corp", "Cirrus Ltd"),
                p("Borealis Inc", "Cirrus Ltd")
            ]
        );
        // The stake is in a third company: no tie between buyer and seller.
        assert_eq!(
            pairs(
                &x,
                "Acme Corp bought the 18.8 pct stake from Borealis Inc on Monday."
            ),
            vec![]
        );
    }

    #[test]
    fn counted_premises_or_units_sold_and_a_whole_book_bought_pair_the_two_sides() {
        assert_pairs(
            AB,
            &[
                "Acme Corp agreed to sell 23 storage facilities to Borealis Inc.",
                "Acme Corp has sold three of its foreign subsidiaries to Borealis Inc.",
                "Acme Corp sold 14 consumer lending offices to Borealis Inc.",
                "Acme Corp has assumed most of the deposits and liabilities of Borealis Inc.",
            ],
            &[
                "Acme Corp sold 12 offices last year and now leases space to Borealis Inc.",
                "Acme Corp bought the assets and liabilities of a failed thrift, outbidding Borealis Inc.",
            ],
        );
    }

    #[test]
    fn a_bid_verb_with_its_price_per_share_names_the_target_after_for() {
        assert_pairs(
            AB,
            &[
                "Acme Corp said it would offer 22.75 dlrs per share for all of Borealis Inc's stock.",
                "Acme Corp has now bid 612 guilders a share for Dutch yarn maker Borealis Inc.",
                "Acme Corp, which is offering 90 dlrs a share for Borealis Inc, holds 54 pct of it.",
            ],
            &[
                "Acme Corp will offer 12 dlrs a share for its own stock, a week after Borealis Inc reported.",
                "Acme Corp offered 31 dlrs a share for a supplier of Borealis Inc.",
            ],
        );
    }

    #[test]
    fn a_company_selling_shares_of_its_own_stock_takes_the_buyer_as_investor() {
        assert_pairs(
            AB,
            &[
                "Acme Corp has closed the sale of 150,000 shares of its common stock to Borealis Inc.",
                "Acme Corp sold 300,000 shares of its stock, and warrants to buy 50,000 more, to Borealis Inc.",
            ],
            &[
                "Acme Corp sold 2 mln shares of its common stock in a public offering to retail buyers, led by Borealis Inc.",
            ],
        );
    }

    #[test]
    fn counted_premises_or_a_whole_book_bought_in_a_noun_phrase_pair_buyer_and_seller() {
        assert_pairs(
            ("Acme Corp", "Borealis Inc"),
            &[
                "Acme Corp finished its purchase of 9 rural bank branches from Borealis Inc.",
                "Acme Corp agreed to buy four garden centres in Kent from Borealis Inc.",
                "Acme Corp closed its acquisition of 75 car wash outlets previously operated by Borealis Inc.",
                "Acme Corp will soon close the acquisition of most assets and liabilities of Borealis Inc.",
                "Acme Corp bought two soup brands, Tellin and Mossop, from Borealis Inc.",
            ],
            &[
                "Acme Corp bought 40 vans for its stores from Borealis Inc.",
                "Acme Corp bought 12 tonnes of flour from Borealis Inc for its 30 bakeries.",
            ],
        );
    }

    #[test]
    fn a_unit_named_after_a_count_or_its_assets_is_sold_by_its_owner_to_the_buyer() {
        let x = Extractor::new(Rules::default_rules().unwrap());
        let ac = vec![p("Acme Corp", "Cirrus Group")];
        let text = "Acme Corp is selling one of its Irish units, Borealis Ltd (BL), to the Cork-based Cirrus Group.";
        assert_eq!(pairs(&x, text), ac, "{text}");
        let text = "Acme Corp sold the assets of its mining unit, Borealis Inc, for 8 mln dlrs to Cirrus Group.";
        assert_eq!(
            pairs(&x, text),
            vec![
                p("Acme Corp", "Cirrus Group"),
                p("Borealis Inc", "Cirrus Group")
            ],
            "{text}"
        );
        let text = "Acme Corp sold the assets of its unit, Borealis Inc, a paper sent to Cirrus Group said.";
        assert!(pairs(&x, text).is_empty(), "{text}");
    }
}
