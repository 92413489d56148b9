//! Stage 4b: spot. Finds candidate names: companies, people, and capitalised
//! chunks that are not yet known to be either.
//!
//! Takes: the tokens and the look-up results. Gives: [`Mention`]s, disjoint
//! token ranges in text order, each with the rule that produced it.
//! Guarantees: mentions never overlap and never include a possessive mark
//! (that is recorded in `possessive`).
//!
//! Evidence, strongest first: a company list entry; a legal suffix ("Corp"),
//! a newswire ticker ("<GM>") or a designator ("Motors") ending a capitalised
//! chunk; a listed company followed by more capitalised words (a division,
//! "Daimler Greater China"); a person cue (honorific, title, given name,
//! apposition with a title, speech verb). Headline-case lines (most words
//! capitalised) yield list entries only: their capitals say nothing.

mod context;
mod employer;
mod terms;

use crate::pipeline::lexicon::{Lexed, Span};
use crate::pipeline::segment::{TokKind, Tokens};
use crate::rules::{ListKind, Payload, Rules};

/// Words that end a name read from capitals lines: no word of these lists
/// stands inside one ("CANADA", "SAID", "PRESIDENT").
const CAPS_STOPS: [ListKind; 8] = [
    ListKind::NotName,
    ListKind::Preposition,
    ListKind::ClauseWord,
    ListKind::ObjectStop,
    ListKind::ListOpener,
    ListKind::SpeechVerb,
    ListKind::Title,
    ListKind::Place,
];

/// What a mention is (so far).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// A company.
    Company,
    /// A person.
    Person,
    /// A news outlet (a company only when it acts in an event).
    Outlet,
    /// A single capitalised word next to a speech verb or honorific: a
    /// person's surname if a full name matches it.
    Surname,
    /// A capitalised chunk of unknown type.
    Unknown,
}

/// A candidate name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// Kind.
    pub kind: Kind,
    /// Id of the rule that produced it.
    pub rule: String,
    /// Followed by a possessive mark.
    pub possessive: bool,
    /// The company-list entry it matched, if any.
    pub entry: Option<u32>,
}

/// Built-in pattern rules: ids and descriptions, for `rules list` and `explain`.
pub const PATTERN_RULES: &[(&str, &str)] = &[
    (
        "company-legal-suffix",
        "A capitalised name ending in a legal suffix (Greyhound Corp, Volvo AB)",
    ),
    (
        "company-ticker",
        "A capitalised name followed by a newswire ticker (General Motors <GM>)",
    ),
    (
        "company-designator",
        "A capitalised name of two or more words ending in a designator (Brilliance Auto)",
    ),
    (
        SECTOR,
        "A capitalised name of two or more words ending in a sector word, kept in its key (Kestrel Mining, Halvick Brewing)",
    ),
    (
        "company-division",
        "A listed company followed by capitalised words (Daimler Greater China)",
    ),
    (
        "company-acronym",
        "Capitalised words glossed by their acronym (Harrow and Kestrel (H&K))",
    ),
    (
        INITIALS_FIRM,
        "Dotted initials and a surname after a person's name and of/at: the employer (analyst Ann Lee of K.T. Marlow said)",
    ),
    (
        LOWER_GROUP,
        "\"the\", a name and a lower-case \"group\" (the Kotak group)",
    ),
    (
        employer::AND_RULE,
        "A name, \"and\" and one more word before a possessive or a job title and a person's name: one firm (Pike and Marlow's Ann Lee)",
    ),
    (
        "company-role-org",
        "A capitalised name after a person's title and of/at/for/with (Ivo Marrin, editor of Chipline Weekly)",
    ),
    (
        employer::RULE,
        "A capitalised name or news outlet before a job title and a person's name (Marquis Research analyst Jane Roe, BBC correspondent Jon Doe)",
    ),
    (
        "company-trigger-slot",
        "A capitalised name in the argument slot of a trigger (teamed up with Aston Martin)",
    ),
    (
        context::RULE,
        "An unknown name with a company cue around it (chipmaker X, rival X, X's chief executive, X (NYSE: XY), X, a software maker,)",
    ),
    (
        "company-alias",
        "A short form, acronym or misspelling of a company named in the article",
    ),
    ("person-honorific", "A name after an honorific (Mr Mallya)"),
    ("person-title", "A name after a job title (CEO Lei Jun)"),
    (
        "person-given-name",
        "Two to four capitalised words starting with a common given name",
    ),
    (
        ROMANISED,
        "A romanised Korean or Chinese given name of two hyphened syllables beside a surname (Kim Jong-un, Jae-soon Chang)",
    ),
    (
        "person-apposition",
        "A name followed by a comma and a job title (Hubertus Troska, chairman), by \", who\", by an age in commas (Ada Brun, 45,), by a possessive and a kin word (Ada Brun's husband), by a @handle, or after a line-opening \"By\"",
    ),
    (
        "person-speech",
        "A name next to a speech verb (said Frank Cronin)",
    ),
    (
        "person-surname",
        "A surname of a person named in full in the article",
    ),
    (
        "person-list",
        "A name listed beside a person (Justin Bieber, Demi Lovato and Ariana Grande)",
    ),
    (
        "person-shared-surname",
        "A lone given name sharing the surname of the name after \"and\" or \"&\" (brothers Tom and David Gardner)",
    ),
];

/// Whether a place made from ASCII word `w` by [`demonym`] (a stem of
/// three or more bytes of `w`, lower-cased, an ending added, final full
/// stops dropped) may be listed: false when no listed place starts with
/// the first three bytes of `w` in lower case, which every such place does
/// unless a full stop among them may be dropped (then true).
fn may_make_place(rules: &Rules, w: &str) -> bool {
    match w.as_bytes().first_chunk::<3>() {
        Some(three) if !three.contains(&b'.') => {
            rules.may_start_place(three.map(|b| b.to_ascii_lowercase()))
        }
        _ => true,
    }
}

/// Whether `w` is a name particle (de, van, bin).
fn is_particle(rules: &Rules, w: &str) -> bool {
    rules.word_class(w) & ListKind::NameParticle.bit() != 0
}

/// Bytes a word needs before [`demonym`] makes it from a place ("Iraqi",
/// "Omani"; a shorter one, "Thai", must be listed as a nationality).
const MADE_DEMONYM_MIN: usize = 5;

/// A nationality word, and no listed given name or surname: a listed one
/// ("Dutch", "Welsh", "Swiss", "Sunni") or one made from a listed place:
/// "Australian" (Australia), "Italian" (Italy), "Japanese" (Japan),
/// "Chinese" (China), "Iraqi" (Iraq), "Polish" (Poland), "European"
/// (Europe); not "German"
/// (also a given name and a surname). A word of fewer than
/// [`MADE_DEMONYM_MIN`] bytes is one only when listed: a short given name
/// is too often a place's stem plus an ending ("Yali" from Yala, "Yumi"
/// from Yuma).
pub(crate) fn demonym(rules: &Rules, w: &str) -> bool {
    const ENDINGS: &[(&str, &[&str])] = &[
        ("ian", &["", "a", "e", "y", "ia", "ium"]),
        ("ese", &["", "a", "on"]),
        ("ish", &["ain", "and", "land", "eland", "ey"]),
        ("an", &["", "o", "y", "a", "e"]),
        ("n", &[""]),
        ("i", &["", "a", "iland"]),
        ("", &["y"]),
    ];
    /// The bytes of the longest addition.
    const LONGEST_ADDITION: usize = {
        let (mut longest, mut i) = (0, 0);
        while i < ENDINGS.len() {
            let mut j = 0;
            while j < ENDINGS[i].1.len() {
                if ENDINGS[i].1[j].len() > longest {
                    longest = ENDINGS[i].1[j].len();
                }
                j += 1;
            }
            i += 1;
        }
        longest
    };
    if w.len() < 4 {
        return false;
    }
    let class = rules.word_class(w);
    if class & (ListKind::GivenName.bit() | ListKind::Surname.bit()) != 0 {
        return false;
    }
    if class & ListKind::Nationality.bit() != 0 {
        return true;
    }
    if w.len() < MADE_DEMONYM_MIN {
        return false;
    }
    // An ASCII word's places are lower-cased here, in one buffer on the
    // stack (on the heap for a long word), and looked up as they are (no
    // copy a place to lower-case it).
    let ascii = w.is_ascii();
    if ascii && !may_make_place(rules, w) {
        return false;
    }
    let (mut stack, mut heap) = ([0u8; 64], Vec::new());
    let longest = w.len() + LONGEST_ADDITION;
    let place: &mut [u8] = if ascii && longest <= stack.len() {
        &mut stack[..]
    } else {
        heap.resize(longest, 0);
        &mut heap
    };
    ENDINGS.iter().any(|(end, adds)| {
        w.strip_suffix(end).is_some_and(|stem| {
            stem.len() >= 3
                && adds.iter().any(|add| {
                    let n = stem.len() + add.len();
                    place[..stem.len()].copy_from_slice(stem.as_bytes());
                    place[stem.len()..n].copy_from_slice(add.as_bytes());
                    let spelt = &mut place[..n];
                    let class = if ascii {
                        spelt.make_ascii_lowercase();
                        rules.lower_word_class_bytes(spelt)
                    } else {
                        std::str::from_utf8(spelt).map_or(0, |p| rules.word_class(p))
                    };
                    class & ListKind::Place.bit() != 0
                })
        })
    })
}

/// The text and what the earlier stages made of it, as the spotting steps
/// read it.
#[derive(Clone, Copy)]
struct Cx<'a> {
    text: &'a str,
    tokens: &'a Tokens,
    lexed: &'a Lexed,
    rules: &'a Rules,
}

impl Cx<'_> {
    /// Token `i`'s text.
    fn word(&self, i: usize) -> &str {
        self.tokens.tokens[i].text(self.text)
    }
    /// Token `i`'s text, or "" past the last token.
    fn word_or_empty(&self, i: usize) -> &str {
        self.tokens.tokens.get(i).map_or("", |t| t.text(self.text))
    }
    /// Whether token `i` is a one-word entry of `kind`.
    fn is(&self, i: usize, kind: ListKind) -> bool {
        self.lexed.is(i, kind)
    }
}

/// Finds the mentions of one article: list entries first, then acronym
/// glosses, then capitalised chunks (outside headline-case lines), then
/// role organisations; possessive marks last.
pub fn spot(text: &str, tokens: &Tokens, lexed: &Lexed, rules: &Rules) -> Vec<Mention> {
    let cx = Cx {
        text,
        tokens,
        lexed,
        rules,
    };
    let toks = &tokens.tokens;
    let mut taken = vec![false; toks.len()];
    let mut out = list_entries(&cx, &mut taken);
    // Whether each token can be part of a name, decided once.
    let material: Vec<bool> = (0..toks.len())
        .map(|i| {
            let first = tokens.sentences[tokens.sentence_of[i]].first;
            name_material(text, tokens, lexed, rules, i, first)
        })
        .collect();
    acronym_glosses(&cx, &mut taken, &mut out);
    capitalised_chunks(&cx, &material, &mut taken, &mut out);
    out.sort_by_key(|m| m.first);
    terms::demote_lowercase_terms(&cx, &mut out);
    context::companies_by_context(&cx, &mut out);
    cut_listed_tails(&cx, &mut out);
    promote_role_orgs(text, tokens, lexed, rules, &mut out);
    employer::promote_title_employers(&cx, &mut out);
    employer::join_and_employers(&cx, &mut out);
    lower_case_groups(&cx, &mut out);
    keep_byline_authors(text, tokens, &mut out);
    for m in &mut out {
        m.possessive = toks
            .get(m.last)
            .is_some_and(|t| t.kind == TokKind::Possessive);
    }
    out
}

/// The rule id of a name before a lower-case "group" ([`lower_case_groups`]).
pub(super) const LOWER_GROUP: &str = "company-lower-group";

/// "the Varmani group said", "allied with the Kotak group": "the", a name
/// of one to three words and a lower-case "group" (not "group of", a
/// collection) name a business group, "group" included; not a person's
/// name, an outlet, a place or a nationality, nor one in a hyphened word
/// ("the German group", "the Anglo-Dutch group").
fn lower_case_groups(cx: &Cx, out: &mut [Mention]) {
    let toks = &cx.tokens.tokens;
    for m in out.iter_mut() {
        let (first, last) = (m.first, m.last);
        let shaped = first > 0
            && last - first <= 3
            && cx.word(first - 1).eq_ignore_ascii_case("the")
            && toks.get(last).is_some_and(|t| t.text(cx.text) == "group")
            && toks.get(last + 1).is_none_or(|t| t.text(cx.text) != "of");
        let national = |w: &str| {
            let class = ListKind::Nationality.bit() | ListKind::Place.bit();
            w.split('-')
                .any(|p| demonym(cx.rules, p) || cx.rules.word_class(p) & class != 0)
        };
        let named = matches!(m.kind, Kind::Unknown | Kind::Company)
            && !(first..last).any(|k| national(cx.word(k)) || cx.is(k, ListKind::PublicBody));
        if shaped && named && !other_kind_of_group(cx, first, last) {
            m.last += 1;
            m.kind = Kind::Company;
            m.rule = LOWER_GROUP.to_string();
        }
    }
}

/// The list of what makes "the X group" no business ([`lower_case_groups`]).
const GROUP_KINDS: &str = "group-kind-words";

/// Whether the name `first..last` before a lower-case "group" (at `last`)
/// names a group of another kind than a business group
/// (rules/group-kind-words.txt): its first word is a legislature's chamber
/// ("the House group"), its last word and "group" are a kind of group ("the
/// Tidewater Working group"), or such a kind in lower case stands in
/// apposition right after it ("the Tarvo group, a pressure group,") or heads
/// an "including" / "such as" list that holds it ("militant groups including
/// the Kessar group"). A kind elsewhere in the sentence says nothing ("the
/// Varmani group bought 5 pct of Halcott Corp, an industry group said").
fn other_kind_of_group(cx: &Cx, first: usize, last: usize) -> bool {
    let kind = |k: usize| {
        let phrase = format!("{} group", cx.word(k));
        cx.rules.is_cue_phrase(GROUP_KINDS, &phrase)
    };
    if cx.rules.is_cue(GROUP_KINDS, cx.word(first)) || kind(last - 1) {
        return true;
    }
    kind_in_apposition(cx, last, &kind) || kind_heads_list(cx, first, &kind)
}

/// "the Tarvo group, a pressure group,", "the Velbrook group is a rock
/// group": after "group" (at `last`), a comma or "is"/"was", an article and
/// at most two lower-case words, the last a kind of group (`kind` of the
/// word before "group").
fn kind_in_apposition(cx: &Cx, last: usize, kind: &dyn Fn(usize) -> bool) -> bool {
    let toks = &cx.tokens.tokens;
    let at = last + 1;
    let linked = toks.get(at).is_some_and(|t| t.is_punct(','))
        || matches!(cx.word_or_empty(at), "is" | "was");
    if !linked || !matches!(cx.word_or_empty(at + 1), "a" | "an" | "the") {
        return false;
    }
    (at + 3..(at + 5).min(toks.len())).any(|k| {
        (at + 2..k).all(|j| toks[j].is_lower(cx.text))
            && matches!(cx.word(k), "group" | "groups")
            && kind(k - 1)
    })
}

/// "militant groups including the Kessar group", "rebel groups such as the
/// Kessar group": a lower-case kind of group before "group(s)" and
/// "including" or "such as", earlier in the sentence than the name at
/// `first`, with no sentence stop between.
fn kind_heads_list(cx: &Cx, first: usize, kind: &dyn Fn(usize) -> bool) -> bool {
    let toks = &cx.tokens.tokens;
    let s = &cx.tokens.sentences[cx.tokens.sentence_of[first]];
    (s.first + 1..first).any(|k| {
        let list = cx.word_or_empty(k + 1) == "including"
            || (cx.word_or_empty(k + 1) == "such" && cx.word_or_empty(k + 2) == "as");
        list && matches!(cx.word(k), "group" | "groups")
            && toks[k - 1].is_lower(cx.text)
            && kind(k - 1)
    })
}

/// "Zentora Hallam, a firm focused on": a chunk directly after a listed
/// company name in the same sentence is the end of a longer name (a unit,
/// "Zentora International", or a product, "Zentora Play"), not a company
/// of its own, even when a context cue follows it; it stays unknown and the
/// listed name stands. One pass over the mentions, sorted by first token.
fn cut_listed_tails(cx: &Cx, out: &mut [Mention]) {
    let same = |a: usize, b: usize| cx.tokens.sentence_of[a] == cx.tokens.sentence_of[b];
    for i in 1..out.len() {
        let a = &out[i - 1];
        let tail = a.kind == Kind::Company
            && a.entry.is_some()
            && a.last == out[i].first
            && out[i].kind == Kind::Company
            && out[i].rule == context::RULE
            && same(a.first, out[i].first);
        if tail {
            out[i].kind = Kind::Unknown;
            out[i].rule = "capitalised".to_string();
        }
    }
}

/// Step 1: company and outlet list entries, leftmost-longest, marked taken.
/// The list of brand names from public data (rules/companies-brands.txt):
/// its one-word entries are often the first or last word of a longer name
/// ("Swiss Volksbank", "Esso Exploration and Production"), which the
/// capitalised-chunk step then reads whole.
pub(super) const BRANDS: &str = "company-names-brands";

fn list_entries(cx: &Cx, taken: &mut [bool]) -> Vec<Mention> {
    let lexed = cx.lexed;
    let mut out = Vec::new();
    let mut i = 0;
    // `names` is sorted by first token: one cursor walks it.
    let mut cursor = 0;
    while i < taken.len() {
        while cursor < lexed.names.len() && lexed.names[cursor].first < i {
            cursor += 1;
        }
        let Some((span, entry)) = company_entry_at(cx, &lexed.names[cursor..], i) else {
            i += 1;
            continue;
        };
        if let Some(next) = no_entry_mention(cx, span, entry) {
            i = next;
            continue;
        }
        let m = entry_mention(cx, span, entry);
        taken[m.first..m.last].fill(true);
        i = m.last;
        out.push(m);
    }
    out
}

/// The first company or outlet entry among `names` (sorted by first token,
/// from the cursor on) that starts at token `i`, with its entry.
fn company_entry_at<'s>(cx: &Cx, names: &'s [Span], i: usize) -> Option<(&'s Span, u32)> {
    names
        .iter()
        .take_while(|s| s.first == i)
        .find_map(|s| match s.payload {
            Payload::Entry { entry, .. }
                if matches!(
                    cx.rules.entry_kind(entry),
                    ListKind::Company | ListKind::Outlet
                ) =>
            {
                Some((s, entry))
            }
            _ => None,
        })
}

/// Where to read on when the list entry `span` is no mention of its
/// company: a sponsor's name inside the name of an event or venue ("the
/// Mercedes-Benz Championship"), a founder's name, a listed brand inside a
/// longer name; `None` when it is one.
fn no_entry_mention(cx: &Cx, span: &Span, entry: u32) -> Option<usize> {
    let toks = &cx.tokens.tokens;
    let cap = |k: usize| toks.get(k).is_some_and(|t| t.is_cap(cx.text));
    if cap(span.last) && cx.is(span.last, ListKind::PublicBody) && !cap(span.last + 1) {
        return Some(span.last);
    }
    if founders_name(cx, span.first, span.last) {
        return Some(span.first + 1);
    }
    let list = &cx.rules.lists[cx.rules.entries[entry as usize].list];
    (list.meta.id == BRANDS && context::brand_inside_longer_name(cx, span.first, span.last))
        .then_some(span.first + 1)
}

/// The mention of the list entry `span`: the entry's, or a longer name it
/// opens in capitals ("OTTER TAIL POWER CO", rule `company-legal-suffix`).
fn entry_mention(cx: &Cx, span: &Span, entry: u32) -> Mention {
    let rules = cx.rules;
    if let Some(end) = context::caps_listed_suffix_end(cx, span.first, span.last) {
        return Mention {
            first: span.first,
            last: end,
            kind: Kind::Company,
            rule: "company-legal-suffix".to_string(),
            possessive: false,
            entry: None,
        };
    }
    let list = &rules.lists[rules.entries[entry as usize].list];
    Mention {
        first: span.first,
        last: span.last,
        kind: if rules.entry_kind(entry) == ListKind::Company {
            Kind::Company
        } else {
            Kind::Outlet
        },
        rule: list.meta.id.clone(),
        possessive: false,
        entry: Some(entry),
    }
}

/// "chief executive Ann Dell said", "lawyer Jamie Vell, who": a one-word
/// company entry `first..last` right after a capitalised listed given name
/// (on the same line) that a title or an honorific precedes, or that a
/// lower-case speech verb or ", who" follows, is a person's surname (the
/// company bears its founder's name); the capitalised-chunk step reads the
/// name whole.
fn founders_name(cx: &Cx, first: usize, last: usize) -> bool {
    let toks = &cx.tokens.tokens;
    if last != first + 1 || first == 0 {
        return false;
    }
    let g = first - 1;
    let given = toks[g].kind == TokKind::Word
        && toks[g].is_cap(cx.text)
        && cx.is(g, ListKind::GivenName)
        && !cx.text[toks[g].end..toks[first].start].contains('\n');
    if !given {
        return false;
    }
    let before = g.checked_sub(1).is_some_and(|p| {
        cx.is(p, ListKind::Title)
            || cx.is(p, ListKind::Honorific)
            || cx
                .lexed
                .span_ending(p + 1, cx.rules, ListKind::Title)
                .is_some()
    });
    let said = toks
        .get(last)
        .is_some_and(|t| t.is_lower(cx.text) && cx.is(last, ListKind::SpeechVerb));
    let who = toks.get(last).is_some_and(|t| t.is_punct(','))
        && toks.get(last + 1).is_some_and(|t| t.text(cx.text) == "who");
    before || said || who
}

/// Step 3: runs of name material, outside headline-case lines (a byline is
/// read even there), each classified by [`chunk`] (through [`Overlapping`],
/// so that the work stays linear in the mentions).
fn capitalised_chunks(cx: &Cx, material: &[bool], taken: &mut [bool], out: &mut Vec<Mention>) {
    let cued = cue_tokens(cx);
    let mut overlapping = Overlapping::new(out);
    for sent in &cx.tokens.sentences {
        if all_caps(cx, sent.first, sent.last) {
            caps_suffixed_names(cx, &cued, sent.first, sent.last, taken, out);
            continue;
        }
        let mut i = sent.first;
        while i < sent.last {
            if !material[i] {
                i += 1;
                continue;
            }
            // A byline ("By Julia Horowitz") is read even in a capitalised
            // line (asked only there: most tokens start no chunk).
            // "By Ann Lee and Tom Vell": the name after "and" on a byline line too.
            let and_author = || {
                sent.byline
                    && i > sent.first
                    && matches!(cx.tokens.tokens[i - 1].text(cx.text), "and" | "&")
            };
            let byline_name =
                || i > sent.first && byline_by(cx, i - 1) || credit_name(cx, i) || and_author();
            let end = chunk_end(cx, material, i, sent.last);
            // "Julia Horowitz | March 4": a byline line too.
            let bar_byline = i == sent.first && bar_after(cx, i, end);
            let handle_byline = handle_after(cx, end) && handle_author(cx, i);
            if sent.headline_case
                && !byline_name()
                && !bar_byline
                && !handle_byline
                && !byline_line_name(cx, i)
            {
                i = end;
                continue;
            }
            overlapping.chunk(cx, i, end, taken, out);
            i = end;
        }
    }
    overlapping.finish(out);
}

/// A chunk only reads and changes the mentions that overlap it, so each is
/// given only those: the mentions found before the chunks (disjoint) wait
/// sorted by first token, and each chunk takes those that start before its
/// end. Without this, each chunk searched every mention of the article.
struct Overlapping {
    /// Earlier mentions not yet reached, by first token.
    pending: std::iter::Peekable<std::vec::IntoIter<Mention>>,
    /// Mentions that reach past the last chunk's end.
    carry: Vec<Mention>,
    /// The mentions given to one chunk.
    local: Vec<Mention>,
}

impl Overlapping {
    /// Takes the mentions found so far out of `out`.
    fn new(out: &mut Vec<Mention>) -> Self {
        out.sort_by_key(|m| m.first);
        Overlapping {
            pending: std::mem::take(out).into_iter().peekable(),
            carry: Vec::new(),
            local: Vec::new(),
        }
    }

    /// [`chunk`] on `start..end`, given the mentions that overlap it; the
    /// others go (back) to `out`.
    fn chunk(
        &mut self,
        cx: &Cx,
        start: usize,
        end: usize,
        taken: &mut [bool],
        out: &mut Vec<Mention>,
    ) {
        while let Some(m) = self.pending.next_if(|m| m.first < end) {
            if m.last <= start {
                out.push(m);
            } else {
                self.carry.push(m);
            }
        }
        self.local.clear();
        self.local.append(&mut self.carry);
        chunk(cx, start, end, taken, &mut self.local);
        for m in self.local.drain(..) {
            if m.last > end {
                self.carry.push(m);
            } else {
                out.push(m);
            }
        }
    }

    /// Puts every mention still held back into `out` (unsorted).
    fn finish(self, out: &mut Vec<Mention>) {
        out.extend(self.carry);
        out.extend(self.pending);
    }
}

/// Per token: inside a trigger or status cue ("BUY", "SAID").
fn cue_tokens(cx: &Cx) -> Vec<bool> {
    let mut cued = vec![false; cx.tokens.tokens.len()];
    for s in cx.lexed.triggers.iter().chain(&cx.lexed.statuses) {
        cued[s.first..s.last].fill(true);
    }
    cued
}

/// Whether the sentence `first..last` is written in capitals only (four or
/// more words, no lower-case letter): its capitals say nothing.
fn all_caps(cx: &Cx, first: usize, last: usize) -> bool {
    let words = (first..last).filter(|&i| cx.tokens.tokens[i].kind == TokKind::Word);
    words.clone().count() >= 4
        && words
            .clone()
            .any(|i| cx.word(i).chars().any(char::is_alphabetic))
        && words
            .clone()
            .all(|i| !cx.word(i).chars().any(char::is_lowercase))
}

/// In an ALL-CAPS sentence ("VARNHOLT AG SAID IT WOULD BUY A STAKE IN
/// PELLORY CORP") a name is read only before a legal suffix or a designator
/// (rule `company-legal-suffix`, or `company-designator` for a name opening
/// the sentence or following a comma): up to three
/// words back, stopping at a function word, a common word, a number, a
/// trigger or status cue, a speech verb, a title, a place or punctuation.
/// Other names come from lists and, later, from the forms of these.
fn caps_suffixed_names(
    cx: &Cx,
    cued: &[bool],
    first: usize,
    last: usize,
    taken: &mut [bool],
    out: &mut Vec<Mention>,
) {
    let stops = CAPS_STOPS.iter().fold(0, |acc, k| acc | k.bit());
    let toks = &cx.tokens.tokens;
    // A word that may be part of a caps name: no cue, no stop word.
    let open = |j: usize| {
        toks[j].kind == TokKind::Word
            && !cued[j]
            && (cx.lexed.classes[j] | cx.rules.word_class(cx.word(j))) & stops == 0
    };
    for k in first + 1..last {
        let suffix = cx.is(k, ListKind::LegalSuffix);
        if taken[k] || !(suffix || cx.is(k, ListKind::Designator)) {
            continue;
        }
        // "UNITED COS FINANCIAL CORP": a suffix one or two words before
        // another is inside the name the later one ends.
        let inner = suffix
            && (k + 1..(k + 3).min(last))
                .take_while(|&j| open(j) || cx.is(j, ListKind::LegalSuffix))
                .any(|j| cx.is(j, ListKind::LegalSuffix));
        if inner {
            continue;
        }
        let start = caps_name_start(cx, first, k, taken, &open);
        let start = place_opened(cx, first, start, k, suffix, taken);
        // "HALVERN BANK SYSTEMS CORP", "KESTREL ENERGY GROUP INC": a
        // designator one or two words before a legal suffix whose name opens
        // at the same word is inside that name; before a designator only
        // when a ticker follows it or the text writes the joined name in title
        // case ("Halvern Bank Systems"), else it ends a name of its own ("HALVERN BANK TORNBY
        // GROUP": Halvern Bank, Tornby Group).
        let inner_designator = !suffix
            && (k + 1..(k + 3).min(last))
                .take_while(|&j| open(j) || cx.is(j, ListKind::LegalSuffix))
                .any(|j| {
                    // The cheap test first: joined_elsewhere scans the text.
                    caps_name_start(cx, first, j, taken, &open) == start
                        && (cx.is(j, ListKind::LegalSuffix)
                            || cx.is(j, ListKind::Designator) && joined_elsewhere(cx, start, j))
                });
        if inner_designator {
            continue;
        }
        // A designator names only a name that opens the line or follows a
        // comma ("VANTERRA ENERGY, HALCYON SOLAR END TALKS"); inside a
        // caps headline it is often a plain noun ("TO FORM JOINT STEEL UNIT").
        let opens = start == first || toks[start - 1].is_punct(',');
        // "WORLD BANK", "SWISS NATIONAL BANK", "COMMODITY CREDIT CORP": a
        // public body; "CO LTD" after a listed name: no name of its own.
        let body = listed_body_opening(cx, start, k + 1)
            || !suffix && (is_public_body(cx, start, k + 1) || national_bank(cx, start, k + 1));
        let suffixes_only = (start..=k).all(|j| cx.is(j, ListKind::LegalSuffix));
        if start < k && (suffix || opens) && !body && !suffixes_only {
            taken[start..=k].fill(true);
            let rule = if suffix {
                "company-legal-suffix"
            } else {
                "company-designator"
            };
            out.push(Mention {
                first: start,
                last: k + 1,
                kind: Kind::Company,
                rule: rule.to_string(),
                possessive: false,
                entry: None,
            });
        }
    }
}

/// The caps name's first token: `start`, or the place word right before it
/// that opens the line when a legal suffix at `k` ends the run and the text
/// writes the whole name in title case ("QUEBEC TIMBER INC" with "Quebec
/// Timber Inc said": one name, no tail "TIMBER INC").
fn place_opened(
    cx: &Cx,
    first: usize,
    start: usize,
    k: usize,
    suffix: bool,
    taken: &[bool],
) -> usize {
    let place = start == first + 1 && !taken[first] && cx.is(first, ListKind::Place);
    if suffix && place && (titled_in_text(cx, first, k) || titled_in_text(cx, first, k + 1)) {
        first
    } else {
        start
    }
}

/// Whether the caps words `first..=last` read as one name: a ticker
/// follows them ("SANDOR ENERGY PARTNERS <SEP>") or the text writes them in
/// title case ([`titled_in_text`]).
fn joined_elsewhere(cx: &Cx, first: usize, last: usize) -> bool {
    cx.word_or_empty(last + 1) == "<" || titled_in_text(cx, first, last + 1)
}

/// Whether the text writes tokens `first..end` (caps words) in title case
/// somewhere, any blanks between the words ("KESTREL ENERGY GROUP" found as
/// "Kestrel Energy\nGroup").
fn titled_in_text(cx: &Cx, first: usize, end: usize) -> bool {
    let titled: Vec<String> = (first..end)
        .map(|k| {
            let w = cx.word(k);
            let mut cs = w.chars();
            cs.next().map_or(String::new(), |c| {
                c.to_uppercase()
                    .chain(cs.flat_map(char::to_lowercase))
                    .collect()
            })
        })
        .collect();
    cx.text.match_indices(titled[0].as_str()).any(|(at, _)| {
        let mut rest = &cx.text[at + titled[0].len()..];
        titled[1..].iter().all(|w| {
            let trimmed = rest.trim_start();
            let spaced = trimmed.len() < rest.len();
            rest = trimmed.strip_prefix(w.as_str()).unwrap_or("\0");
            spaced && !rest.starts_with('\0')
        }) && !rest.starts_with(char::is_alphanumeric)
    })
}

/// The first token of the caps name ending with the suffix or designator
/// at `k` in the sentence from `first`: at most three `open` words before
/// it that are not `taken` (other suffixes not counted), and "ROSE'S
/// STORES INC" opening the line takes in the owner's word and its
/// possessive.
fn caps_name_start(
    cx: &Cx,
    first: usize,
    k: usize,
    taken: &[bool],
    open: &impl Fn(usize) -> bool,
) -> usize {
    let toks = &cx.tokens.tokens;
    let mut start = k;
    let mut words = 0;
    while start > first && words < 3 && !taken[start - 1] && open(start - 1) {
        start -= 1;
        words += usize::from(!cx.is(start, ListKind::LegalSuffix));
    }
    let owner = start == first + 2
        && toks[first + 1].kind == TokKind::Possessive
        && toks[first + 1].start == toks[first].end
        && !taken[first]
        && !cx.is(first, ListKind::Place)
        && !has_class(cx, first, ListKind::Nationality)
        && (start..=k).all(|j| {
            cx.is(j, ListKind::LegalSuffix)
                || cx.is(j, ListKind::Designator)
                || has_class(cx, j, ListKind::OrgWord)
        });
    if owner { first } else { start }
}

/// One past the last token of the name starting at `start` (before
/// `sent_last`): name material and the words that join it.
fn chunk_end(cx: &Cx, material: &[bool], start: usize, sent_last: usize) -> usize {
    let mut end = start + 1;
    loop {
        // A month or a common word ends a name ("Steven Musil January
        // 18"); short ones may be names ("Lei Jun").
        let toks = &cx.tokens.tokens;
        let common = cx.is(end, ListKind::NotName)
            && toks[end].end - toks[end].start > 3
            && !suffix_ahead(cx, material, end, sent_last);
        if end < sent_last && material[end] && !common {
            end += 1;
            continue;
        }
        match joined_part(cx, material, start, end, sent_last) {
            Some(next) => end = next,
            None => return end,
        }
    }
}

/// "Tashiro Photo Film Co Ltd", "Morrow Read and Co Inc": common words
/// inside a run of capitalised words that a legal suffix ends (at most four
/// words on, or "and"/"&" and the suffix) are part of the name.
fn suffix_ahead(cx: &Cx, material: &[bool], at: usize, sent_last: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let suffix = |k: usize| cap_suffix(cx, k, sent_last);
    let mut k = at + 1;
    while k < sent_last && k <= at + 4 {
        if suffix(k) && material[k] {
            return true;
        }
        let and = cx.word(k) == "and" || toks[k].is_punct('&');
        if and && k > at && suffix(k + 1) {
            return true;
        }
        if !material[k] {
            return false;
        }
        k += 1;
    }
    false
}

/// Words at `end` that join the name `start..end` to more name, and where
/// the name then ends: particles, "of" after a designator, "and Co Ltd", a
/// middle initial, a number before a legal suffix, "and" inside newswire
/// brackets, "&".
fn joined_part(
    cx: &Cx,
    material: &[bool],
    start: usize,
    end: usize,
    sent_last: usize,
) -> Option<usize> {
    let toks = &cx.tokens.tokens;
    if end + 1 >= sent_last {
        return None;
    }
    if toks[end].kind == TokKind::Word
        && let Some(next) = joining_word(cx, material, end, sent_last)
    {
        return Some(next);
    }
    if let Some(next) = context::and_one_word(cx, material, start, end, sent_last) {
        return Some(next);
    }
    if end == start + 1
        && let Some(next) = possessive_shop_name(cx, material, start, sent_last)
    {
        return Some(next);
    }
    // A middle initial: "Del E. Webb Corp".
    if toks[end].is_punct('.')
        && toks[end - 1].end - toks[end - 1].start == 1
        && toks[end - 1].end == toks[end].start
        && material[end + 1]
    {
        return Some(end + 2);
    }
    // A number inside a company's name: "Coastal 1987 Drilling
    // Program Ltd" (kept only if the name ends in a legal suffix).
    if toks[end].kind == TokKind::Number && material[end + 1] {
        let mut k = end + 1;
        while k < sent_last && material[k] && !cx.is(k, ListKind::LegalSuffix) {
            k += 1;
        }
        if k < sent_last && cx.is(k, ListKind::LegalSuffix) && toks[k].is_cap(cx.text) {
            return Some(k + 1);
        }
    }
    // Inside newswire brackets "and" joins: "<Centurion Savings and
    // Loan Association>".
    let bracketed = start > 0 && toks[start - 1].is_punct('<');
    if bracketed
        && cx.word(end) == "and"
        && material[end + 1]
        && (end + 1..sent_last)
            .find(|&k| !material[k])
            .is_some_and(|k| toks[k].is_punct('>'))
    {
        return Some(end + 2);
    }
    if toks[end].is_punct('&') && toks[end + 1].is_cap(cx.text) {
        return Some(end + 2);
    }
    if initials_and(cx, start, end) {
        return Some(end + 2);
    }
    parenthesised_qualifier(cx, material, end, sent_last)
}

/// "B and W", "A and P": one capital letter, "and" at `end` and one capital
/// letter are one name (a firm's initials), never two.
fn initials_and(cx: &Cx, start: usize, end: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let letter = |k: usize| {
        toks[k].kind == TokKind::Word
            && toks[k].end - toks[k].start == 1
            && cx.word(k).bytes().all(|b| b.is_ascii_uppercase())
    };
    end == start + 1
        && cx.word(end) == "and"
        && letter(start)
        && letter(end + 1)
        && !toks.get(end + 2).is_some_and(|t| t.is_punct('.'))
}

/// "Heck's Inc", "Claire's Stores Inc", "Lowe's Cos Inc": a one-word
/// owner `at` in the possessive, then at most three words of trade
/// (designators, organisation words) and capitalised legal suffixes, is one
/// company's name. After a longer name, a place, a nationality, an acronym
/// or a listed company (taken before) the possessive says whose unit follows
/// ("Acme Corp's Acme Chemical Co", "Japan's Kirana Co Ltd", "ACX's
/// Steel Corp"). Gives one past the last suffix.
fn possessive_shop_name(cx: &Cx, material: &[bool], at: usize, sent_last: usize) -> Option<usize> {
    let toks = &cx.tokens.tokens;
    let pos = at + 1;
    if toks[pos].kind != TokKind::Possessive || toks[pos].start != toks[at].end {
        return None;
    }
    let owner = cx.word(at);
    let acronym = !owner.chars().any(char::is_lowercase);
    if acronym || cx.is(at, ListKind::Place) || has_class(cx, at, ListKind::Nationality) {
        return None;
    }
    let trade = |k: usize| cx.is(k, ListKind::Designator) || has_class(cx, k, ListKind::OrgWord);
    let mut k = pos + 1;
    while k < sent_last
        && k <= pos + 3
        && material[k]
        && !cx.is(k, ListKind::LegalSuffix)
        && trade(k)
    {
        k += 1;
    }
    let suffix = |k: usize| cap_suffix(cx, k, sent_last);
    if !suffix(k) {
        return None;
    }
    while suffix(k + 1) {
        k += 1;
    }
    Some(k + 1)
}

/// "Mansion House Securities (F.E.) Ltd", "Capel (Far East) Ltd": one to
/// three capitalised words in brackets at `end`, then a legal suffix, stay
/// in the name. Gives one past the suffix.
fn parenthesised_qualifier(
    cx: &Cx,
    material: &[bool],
    end: usize,
    sent_last: usize,
) -> Option<usize> {
    let toks = &cx.tokens.tokens;
    if !toks.get(end).is_some_and(|t| t.is_punct('(')) {
        return None;
    }
    let close = (end + 1..(end + 5).min(sent_last)).find(|&k| !material[k])?;
    let suffix = close + 1;
    (close > end + 1
        && toks[close].is_punct(')')
        && suffix < sent_last
        && cx.is(suffix, ListKind::LegalSuffix)
        && toks[suffix].is_cap(cx.text))
    .then_some(suffix + 1)
}

/// A word at `end` joining more name: a particle ("de"), "of" after a
/// designator, or "and"/"&" before designators and a legal suffix ("Mitsui
/// and Co Ltd", "Pacific Gas and Electric Co").
fn joining_word(cx: &Cx, material: &[bool], end: usize, sent_last: usize) -> Option<usize> {
    let toks = &cx.tokens.tokens;
    let w = cx.word(end);
    let joins = is_particle(cx.rules, w) && material[end + 1];
    // "Bank of Arizona" names a bank; "Motors of Japan" only says where.
    let bank = matches!(cx.word(end - 1), "Bank" | "Bancorp");
    let of_join = w == "of"
        && cx.is(end - 1, ListKind::Designator)
        && material[end + 1]
        && (bank || !cx.is(end + 1, ListKind::Place));
    let and_co = (w == "and" || toks[end].is_punct('&')) && {
        let mut k = end + 1;
        while k < sent_last && cx.is(k, ListKind::Designator) && !cx.is(k, ListKind::LegalSuffix) {
            k += 1;
        }
        k < sent_last && cx.is(k, ListKind::LegalSuffix) && toks[k].is_cap(cx.text)
    };
    // "Talbot Federal Savings and Loan Association": a thrift's name.
    if thrift_and(cx, end) && material[end + 1] {
        return Some(end + 2);
    }
    if let Some(next) = and_trade_name(cx, material, end, sent_last) {
        return Some(next);
    }
    if w == "of"
        && let Some(next) = place_then_suffix(cx, end + 1, sent_last)
    {
        return Some(next);
    }
    if and_co {
        let mut end = end + 1;
        while end < sent_last && !cx.is(end, ListKind::LegalSuffix) {
            end += 1;
        }
        return Some(end + 1);
    }
    if two_particles(cx, material, end, sent_last) {
        return Some(end + 3);
    }
    (joins || of_join).then_some(end + 2)
}

/// "Coulson of Texas Inc", "Vantor Corp of South Africa Ltd": after "of", a
/// place (one word or a listed run) and a capitalised legal suffix end the
/// name; alone the place and suffix ("Texas Inc") are no company's name.
/// Gives one past the suffix.
fn place_then_suffix(cx: &Cx, at: usize, sent_last: usize) -> Option<usize> {
    if at >= sent_last {
        return None;
    }
    let after = if cx.is(at, ListKind::Place) {
        at + 1
    } else {
        cx.lexed
            .spans_at(at, cx.rules, ListKind::Place)
            .map(|s| s.last)
            .max()?
    };
    (after < sent_last
        && cx.is(after, ListKind::LegalSuffix)
        && cx.tokens.tokens[after].is_cap(cx.text))
    .then_some(after + 1)
}

/// "Tessel Tire and Rubber Co", "Oslo and Leeds Banking Corp": the "and"
/// at `end` joins the name before it to capitalised name material ended by
/// a legal suffix (at most four words on), when the word after "and" is a
/// noun of trade (rules/company-and-words.txt) or it and the word before
/// "and" are both places. Alone the suffixed part ("Rubber Co") is no name.
/// Gives one past the suffix.
fn and_trade_name(cx: &Cx, material: &[bool], end: usize, sent_last: usize) -> Option<usize> {
    let toks = &cx.tokens.tokens;
    let next = end + 1;
    if cx.word(end) != "and" || next >= sent_last || !material[next] || end == 0 {
        return None;
    }
    let place_before = cx.is(end - 1, ListKind::Place)
        || end >= 2
            && cx
                .lexed
                .spans_at(end - 2, cx.rules, ListKind::Place)
                .any(|s| s.last == end);
    let trade = cx.rules.is_cue("company-and-words", cx.word(next))
        || place_before && cx.is(next, ListKind::Place);
    // "Holiday Corp and Comsat Corp": two suffixed names.
    if !trade || cx.is(end - 1, ListKind::LegalSuffix) {
        return None;
    }
    let mut k = next;
    while k < sent_last && k - next < 4 && material[k] && !cx.is(k, ListKind::LegalSuffix) {
        k += 1;
    }
    // "Exxon and Oil India Ltd": a listed company before "and" is a name of
    // its own, unless only nouns of trade follow ("Firestone Tire and
    // Rubber Co").
    let listed = (end.saturating_sub(3)..end).any(|j| {
        [ListKind::Company, ListKind::Outlet]
            .iter()
            .any(|&kind| cx.lexed.spans_at(j, cx.rules, kind).any(|s| s.last == end))
    });
    if listed
        && !(next..k).all(|j| {
            cx.rules.is_cue("company-and-words", cx.word(j)) || cx.is(j, ListKind::Designator)
        })
    {
        return None;
    }
    (k > next && k < sent_last && cx.is(k, ListKind::LegalSuffix) && toks[k].is_cap(cx.text))
        .then_some(k + 1)
}

/// "Jeroen van der Veer", "Rosa de la Cruz": two lower-case particles at
/// `end` before more name join it as one particle does.
fn two_particles(cx: &Cx, material: &[bool], end: usize, sent_last: usize) -> bool {
    end + 2 < sent_last
        && lower_particle(cx, end)
        && lower_particle(cx, end + 1)
        && material[end + 2]
}

/// Token `k` is a lower-case name particle ("van", "de", "bin").
fn lower_particle(cx: &Cx, k: usize) -> bool {
    let t = &cx.tokens.tokens[k];
    t.kind == TokKind::Word && t.is_lower(cx.text) && is_particle(cx.rules, cx.word(k))
}

/// Token `k` is the "and" of "Savings and Loan".
fn thrift_and(cx: &Cx, k: usize) -> bool {
    k > 0
        && k + 1 < cx.tokens.tokens.len()
        && cx.word(k) == "and"
        && cx.word(k - 1) == "Savings"
        && cx.word(k + 1) == "Loan"
}

/// "Savings and Loan Association" (or "Bank") ending `start..end`: a
/// thrift, a business though "Association" ends it.
fn is_thrift(cx: &Cx, start: usize, end: usize) -> bool {
    end - start >= 5
        && thrift_and(cx, end - 3)
        && matches!(cx.word(end - 1), "Association" | "Assn" | "Bank")
}

/// "Harrow and Kestrel (H&K)", "Shanghai Automotive Industry Corporation
/// (SAIC)": capitalised words right before a parenthesised acronym of their
/// initials form one name, "and", "of" and "&" included. It is a company
/// (rule `company-acronym`) when it ends in a legal suffix or a designator,
/// or joins names with "and"/"&"; a public body ("Internal Revenue Service
/// (IRS)") is no one's name; any other gloss ("Search Engine Optimization
/// (SEO)") is a capitalised chunk of unknown kind, left to the context cues.
fn acronym_glosses(cx: &Cx, taken: &mut [bool], out: &mut Vec<Mention>) {
    let toks = &cx.tokens.tokens;
    for p in 1..toks.len().saturating_sub(2) {
        if !toks[p].is_punct('(') || !toks[p + 2].is_punct(')') || toks[p + 1].kind != TokKind::Word
        {
            continue;
        }
        let Some(start) = gloss_start(cx, p) else {
            continue;
        };
        if taken[start..p].iter().any(|&t| t) || cx.is(start, ListKind::NotName) {
            continue;
        }
        taken[start..p].fill(true);
        if is_public_body(cx, start, p) {
            // "(CCC)" then names the body too, no company of like initials.
            taken[p + 1] = true;
            continue;
        }
        let last = p - 1;
        let company = cx.is(last, ListKind::LegalSuffix)
            || cx.is(last, ListKind::Designator)
            || (start..p).any(|k| matches!(cx.word(k), "and" | "&"));
        let (kind, rule) = if company {
            (Kind::Company, "company-acronym")
        } else {
            (Kind::Unknown, "capitalised")
        };
        out.push(Mention {
            first: start,
            last: p,
            kind,
            rule: rule.to_string(),
            possessive: false,
            entry: None,
        });
    }
}

/// The first token of the capitalised words (two or more) before the
/// parenthesis at `p` whose initials spell the acronym inside it.
fn gloss_start(cx: &Cx, p: usize) -> Option<usize> {
    let toks = &cx.tokens.tokens;
    let acr: Vec<char> = cx
        .word(p + 1)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    if acr.len() < 2 || acr.len() > 6 || acr.iter().any(|c| c.is_lowercase()) {
        return None;
    }
    // Walk left over the name, matching initials from the last.
    let sent_first = cx.tokens.sentences[cx.tokens.sentence_of[p]].first;
    let (mut k, mut matched) = (p, acr.len());
    while k > sent_first && matched > 0 {
        let t = toks[k - 1];
        let w = t.text(cx.text);
        if t.is_cap(cx.text)
            && w.chars().next().map(|c| c.to_ascii_uppercase()) == Some(acr[matched - 1])
        {
            matched -= 1;
        } else if !(matches!(w, "and" | "of" | "&") && matched < acr.len()) {
            break;
        }
        k -= 1;
    }
    (matched == 0 && p - k >= 2).then_some(k)
}

/// What a chunk is, once classified.
enum Verdict {
    /// A mention of this kind, by this rule.
    Mention(Kind, &'static str),
    /// No mention, but its tokens are no one's name (a public body).
    Reserved,
    /// No mention.
    Nothing,
}

/// Classifies the chunk `start..end` and pushes what it holds: first it is
/// re-joined if a legal suffix ends it, split around list entries already
/// taken, and trimmed of an opening common word.
fn chunk(cx: &Cx, start: usize, end: usize, taken: &mut [bool], out: &mut Vec<Mention>) {
    rejoin_suffixed(cx, start, end, taken, out);
    if let Some(k) = (start..end).find(|&k| taken[k]) {
        return split_around_taken(cx, start, end, k, taken, out);
    }
    let start = trim_opening_common_word(cx, start, end);
    if start >= end {
        return;
    }
    if end == start + 4 && cx.tokens.tokens[start + 1].is_punct('&') && shares_surname(cx, start) {
        chunk(cx, start, start + 1, taken, out);
        return chunk(cx, start + 2, end, taken, out);
    }
    if let Some(mid) = doubled(cx, start, end) {
        chunk(cx, start, mid, taken, out);
        return chunk(cx, mid, end, taken, out);
    }
    if let Some(cut) = byline_name_end(cx, start, end) {
        chunk(cx, start, cut, taken, out);
        return chunk(cx, cut, end, taken, out);
    }
    let start = after_opening_role_title(cx, start, end);
    match classify(cx, start, end) {
        Verdict::Mention(kind, rule) => {
            taken[start..end].fill(true);
            out.push(Mention {
                first: start,
                last: end,
                kind,
                rule: rule.to_string(),
                possessive: false,
                entry: None,
            });
        }
        Verdict::Reserved => taken[start..end].fill(true),
        Verdict::Nothing => {}
    }
}

/// "Vornado Realty Vornado Realty's chief": a web page's link text written
/// twice in a row (two words or more, repeated word for word) is two
/// mentions of one name. Gives where the second starts.
fn doubled(cx: &Cx, start: usize, end: usize) -> Option<usize> {
    let len = end - start;
    let mid = start + len / 2;
    (len >= 4 && len.is_multiple_of(2) && (start..mid).all(|k| cx.word(k) == cx.word(k + len / 2)))
        .then_some(mid)
}

/// A chunk that ends in a legal suffix ("Automobili Lamborghini SpA") is
/// one name, even when a listed name stands inside it: the mentions inside
/// are dropped and their tokens freed.
fn rejoin_suffixed(cx: &Cx, start: usize, end: usize, taken: &mut [bool], out: &mut Vec<Mention>) {
    let suffixed = end - start >= 2
        && cx.is(end - 1, ListKind::LegalSuffix)
        && !cx.is(start, ListKind::NotName);
    if !(suffixed && !taken[start] && (start..end).any(|k| taken[k])) {
        return;
    }
    let inside = |m: &Mention| m.first >= start && m.last <= end;
    if out
        .iter()
        .filter(|m| m.first < end && m.last > start)
        .all(inside)
    {
        out.retain(|m| !inside(m));
        taken[start..end].fill(false);
    }
}

/// The chunk `start..end` holds the taken token `k`: the parts before and
/// after the mention at `k` are chunks of their own, unless the part after
/// extends a listed company (its designation, or a division).
fn split_around_taken(
    cx: &Cx,
    start: usize,
    end: usize,
    k: usize,
    taken: &mut [bool],
    out: &mut Vec<Mention>,
) {
    let Some(m_index) = out.iter().position(|m| m.first <= k && k < m.last) else {
        return;
    };
    let (mf, ml) = (out[m_index].first, out[m_index].last);
    if mf > start {
        chunk(cx, start, mf, taken, out);
    }
    if ml >= end {
        return;
    }
    // A listed company followed by suffixes/designators extends it;
    // followed by other capitalised words it names a division; a bracketed
    // qualifier and legal suffix ending the chunk ("(Europe) Ltd") go with
    // either.
    let q = qualifier_start(cx, ml, end);
    let rest_is_designation =
        (ml..q).all(|j| cx.is(j, ListKind::LegalSuffix) || cx.is(j, ListKind::Designator));
    let company = out[m_index].kind == Kind::Company && mf >= start;
    // "Consolidated Edison Co of New York Inc": a legal form right after
    // the listed name, and one ending the chunk, make one longer name; so
    // does "and" there ("Weis Markets and Chemical Corp": no division of
    // the listed "Weis Markets", a name of its own).
    let suffixed_rest = (cx.is(ml, ListKind::LegalSuffix) || and_rest(cx, mf, ml))
        && cx.is(end - 1, ListKind::LegalSuffix)
        && cx.tokens.tokens[end - 1].is_cap(cx.text);
    if company && rest_is_designation {
        out[m_index].last = end;
    } else if company && suffixed_rest {
        let m = &mut out[m_index];
        m.last = end;
        m.rule = "company-legal-suffix".to_string();
        m.entry = None;
    } else if company && is_division(cx, mf, ml, q) {
        let m = &mut out[m_index];
        m.last = end;
        m.rule = "company-division".to_string();
        m.entry = None;
    } else {
        return chunk(cx, ml, end, taken, out);
    }
    taken[ml..end].fill(true);
    // The longer name swallows listed names inside it ("Hoechst Celanese
    // Corp"): mentions never overlap.
    let mut i = 0;
    out.retain(|o| {
        i += 1;
        i - 1 == m_index || !(o.first >= ml && o.last <= end)
    });
}

/// "and" at `ml`, right after the listed company `mf..ml` that ends in no
/// legal suffix, then a capitalised word: the listed name opens a longer
/// name joined by "and" ("Tokio Marine and Fire Insurance Inc"; not
/// "Digital Equipment Corp and Systems Industries Inc", two names).
fn and_rest(cx: &Cx, mf: usize, ml: usize) -> bool {
    ml > mf
        && !cx.is(ml - 1, ListKind::LegalSuffix)
        && cx.word(ml) == "and"
        && cx
            .tokens
            .tokens
            .get(ml + 1)
            .is_some_and(|t| t.is_cap(cx.text))
}

/// Where a bracketed qualifier and legal suffix ending `from..end` start
/// ("(Europe) Ltd"), or `end` when there is none.
fn qualifier_start(cx: &Cx, from: usize, end: usize) -> usize {
    let toks = &cx.tokens.tokens;
    (from..end.saturating_sub(2))
        .rev()
        .take(4)
        .find(|&k| toks[k].is_punct('('))
        .filter(|&k| {
            toks[end - 2].is_punct(')')
                && cx.is(end - 1, ListKind::LegalSuffix)
                && (k + 1..end - 2).all(|j| toks[j].is_cap(cx.text))
        })
        .unwrap_or(end)
}

/// Whether the words `ml..end` after the listed company `mf..ml` name a
/// division of it: at most three words, no digits, none a single letter,
/// and a region or a line of business ("Daimler Greater China", "Merrill
/// Lynch Capital Markets") or ending in a word of
/// rules/company-division-words.txt ("Salomon Brothers International"), a
/// legal suffix, a particle, or the company is
/// someone's employer ("co-founder of LeEco Super Car"); a product is not
/// ("Google Docs", "Apple Watch").
fn is_division(cx: &Cx, mf: usize, ml: usize, end: usize) -> bool {
    let toks = &cx.tokens.tokens;
    end - ml <= 3
        && (ml..end).all(|j| {
            !cx.word(j).chars().any(|c| c.is_ascii_digit()) && toks[j].end - toks[j].start > 1
        })
        && ((ml..end).any(|j| cx.is(j, ListKind::Place) || cx.is(j, ListKind::Designator))
            || division_word_ends(cx, mf, ml, end)
            || cx.is(end - 1, ListKind::LegalSuffix)
            || is_particle(cx.rules, cx.word(ml))
            || (mf >= 2
                && matches!(cx.word(mf - 1), "of" | "at" | "for")
                && cx.is(mf - 2, ListKind::Title))
            || context::cued_division(cx, mf))
}

/// "Salomon Brothers International", "Boeing Overseas Ltd": a capitalised
/// word of rules/company-division-words.txt after the listed name, with
/// only legal suffixes after it; not "Volvo International Chess Open" (an
/// event's name). Ending the name, the word needs a clause after it
/// (`clause_after`), and no "the" before the company: "General Motors
/// Worldwide sales", "the Toyota International in Glasgow" name none.
fn division_word_ends(cx: &Cx, mf: usize, ml: usize, end: usize) -> bool {
    let bare_ok =
        || !(mf > 0 && cx.word(mf - 1).eq_ignore_ascii_case("the")) && clause_after(cx, end);
    (ml..end).any(|j| {
        cx.tokens.tokens[j].is_cap(cx.text)
            && cx.rules.is_cue("company-division-words", cx.word(j))
            && (j + 1..end).all(|k| cx.is(k, ListKind::LegalSuffix))
            && (j + 1 < end || bare_ok())
    })
}

/// Whether token `end` ends or goes on with a clause, not a noun phrase:
/// the sentence's end, a capitalised or non-word token, a speech verb, a
/// clause or stop word, a preposition ("said", "as", "which") or a past
/// verb ("agreed"); not a lower-case noun ("sales", "shipments").
fn clause_after(cx: &Cx, end: usize) -> bool {
    let sentence_of = &cx.tokens.sentence_of;
    if end >= cx.tokens.tokens.len() || sentence_of[end] != sentence_of[end - 1] {
        return true;
    }
    let w = cx.word(end);
    let clause = ListKind::SpeechVerb.bit()
        | ListKind::ObjectStop.bit()
        | ListKind::ClauseWord.bit()
        | ListKind::Preposition.bit();
    !cx.tokens.tokens[end].is_lower(cx.text)
        || w.ends_with("ed")
        || cx.rules.word_class(w) & clause != 0
}

/// A common word opening a chunk is dropped when it opens the sentence
/// ("According"), or is "The"; a capitalised "In" mid-sentence belongs to
/// the name ("In Capital SPA"). A word of past time ("Former") opening a
/// chunk of two or more words is dropped anywhere. Returns the new start.
fn trim_opening_common_word(cx: &Cx, mut start: usize, end: usize) -> usize {
    let sentence_of = &cx.tokens.sentence_of;
    // "sales in the U.S. Pinecrest Bank chairman ...": a dotted place after
    // "the" is the end of a phrase, not the start of a longer name.
    if end - start >= 3
        && start > 0
        && cx.word(start - 1).eq_ignore_ascii_case("the")
        && cx.is(start, ListKind::Place)
        && cx.word(start).ends_with('.')
    {
        start += 1;
    }
    // "Former Wrenfield CEO Dana Okoro", "Then Halvick chief": a word of
    // past time opening a chunk says when a title was held; no name's part.
    if end - start >= 2 && past_time_opener(cx.word(start)) {
        start += 1;
    }
    while start < end
        && end - start > 1
        && cx.is(start, ListKind::NotName)
        && (sentence_of.get(start.wrapping_sub(1)) != sentence_of.get(start)
            || cx.word(start).eq_ignore_ascii_case("the"))
    {
        start += 1;
    }
    start
}

/// "Former", "Then", "Onetime": a capitalised word that dates a title
/// ("Former Wrenfield CEO", "FORMER Halvick chairman").
fn past_time_opener(w: &str) -> bool {
    matches!(
        w,
        "Former" | "FORMER" | "Then" | "THEN" | "Onetime" | "Erstwhile" | "Outgoing"
    )
}

/// The verdict on a trimmed chunk: company by form (suffix, ticker,
/// brackets), a public body, a company by designator, a place, a person by
/// cue, or a capitalised chunk of unknown kind.
fn classify(cx: &Cx, start: usize, end: usize) -> Verdict {
    let len = end - start;
    // "Federal Savings and Loan Insurance Corp": the thrifts' insurer, public.
    if (start + 1..end.saturating_sub(2))
        .any(|k| thrift_and(cx, k) && cx.word(k + 2) == "Insurance")
    {
        return Verdict::Reserved;
    }
    // "the New York Stock Exchange": a market, a company only as a party.
    if context::is_market_venue(cx, start, end) {
        return Verdict::Mention(Kind::Unknown, context::VENUE);
    }
    // "Inc", "Co Ltd" cut off a name (after a possessive, a comma or a
    // listed name): legal forms alone name no one.
    if cut_off_suffixes(cx, start, end) {
        return Verdict::Nothing;
    }
    // "Commodity Credit Corp", "Federal Deposit Insurance Corp": a listed
    // public body's name, though a legal form ends it.
    if listed_body_opening(cx, start, end) || national_bank(cx, start, end) {
        return Verdict::Reserved;
    }
    if let Some(rule) = company_by_form(cx, start, end) {
        return Verdict::Mention(Kind::Company, rule);
    }
    if context::after_ticker(cx, start, end) {
        return Verdict::Reserved;
    }
    if is_thrift(cx, start, end) {
        return Verdict::Mention(Kind::Company, "company-designator");
    }
    // "Bank of England": a central bank, or a bank named only by its place.
    let central = cx.word(start) == "Bank" && bank_of_place(cx, start, end);
    if central || is_public_body(cx, start, end) {
        return Verdict::Reserved;
    }
    let all_place = (start..end).all(|j| cx.is(j, ListKind::Place))
        || cx
            .lexed
            .spans_at(start, cx.rules, ListKind::Place)
            .any(|s| s.last == end);
    // "West Bank" is a place, "TVs" a plural, "Sunnyvale, Calif.," a town.
    let plural = len == 1 && is_acronym_plural(cx.word(start));
    if all_place || plural {
        return Verdict::Nothing;
    }
    let designated = len >= 2 && designator_at(cx, end - 1) || bank_of_place(cx, start, end);
    let given = cx.is(start, ListKind::GivenName);
    if designated && !given {
        return Verdict::Mention(Kind::Company, "company-designator");
    }
    if len >= 2 && !given && sector_ended(cx, start, end) {
        return Verdict::Mention(Kind::Company, SECTOR);
    }
    // "Banco de Espana said": a central bank is no company and, whatever
    // follows it, no person either.
    let opened = if len >= 2 && !given {
        foreign_opened(cx, start, end)
    } else {
        None
    };
    if opened == Some(true) {
        return Verdict::Mention(Kind::Company, OPENER);
    }
    if (len == 1 && (cx.is(start, ListKind::NotName) || before_byline_trailer(cx, end)))
        || (town_of_state(cx, end) && !post_nominal_after(cx, start, end))
        || dateline_place(cx, start, end)
    {
        return Verdict::Nothing;
    }
    if initials_firm(cx, start, end) {
        return Verdict::Mention(Kind::Company, INITIALS_FIRM);
    }
    if !designated
        && opened.is_none()
        && let Some((kind, rule)) = person_by_cue(cx, start, end)
    {
        return Verdict::Mention(kind, rule);
    }
    if designated {
        return Verdict::Mention(Kind::Company, "company-designator");
    }
    if len >= 2 && sector_ended(cx, start, end) {
        return Verdict::Mention(Kind::Company, SECTOR);
    }
    Verdict::Mention(Kind::Unknown, "capitalised")
}

/// Token `k` is a designator ("Group", "Ventures"), alone or closing a
/// word written as one ([`compound_designator`]: "Televentures").
fn designator_at(cx: &Cx, k: usize) -> bool {
    cx.is(k, ListKind::Designator) || compound_designator(cx.rules, cx.word(k))
}

/// "Televentures", "Microsystems", "Biotechnologies": a capitalised word of
/// three letters or more and a lower-case designator of seven letters or
/// more written as one word, itself in no list ("Telecommunications" is an
/// organisation word of its own).
fn compound_designator(rules: &Rules, w: &str) -> bool {
    let b = w.as_bytes();
    b.first().is_some_and(u8::is_ascii_uppercase)
        && b.len() >= 10
        && rules.word_class(w) == 0
        && (3..=b.len() - 7).any(|i| {
            b[i..].iter().all(u8::is_ascii_lowercase)
                && rules.lower_word_class(&w[i..]) & ListKind::Designator.bit() != 0
        })
}

/// "Hollis Group", "Brooks Drug": a name of two or more words ending in a
/// designator or a sector word; a given name opening it makes no person by
/// its shape or a speech verb alone (a title, an honorific or an
/// apposition still does).
fn business_ended(cx: &Cx, start: usize, end: usize, len: usize) -> bool {
    len >= 2 && (designator_at(cx, end - 1) || sector_ended(cx, start, end))
}

/// The rule id of a firm named by initials and a surname after a person
/// and "of" / "at" ([`initials_firm`]).
pub(super) const INITIALS_FIRM: &str = "company-initials-firm";

/// "analyst Ann Lee of K.T. Marlow said": dotted initials and one
/// capitalised word (a firm named after its founder, as brokerages are)
/// right after a name and "of" or "at": the person's employer, no second
/// person. Not a place's initials ("Vellan Gas Corp of U.S. Plans to").
fn initials_firm(cx: &Cx, start: usize, end: usize) -> bool {
    let toks = &cx.tokens.tokens;
    end == start + 2
        && start >= 2
        && crate::pipeline::segment::dotted_initials(cx.word(start))
        && !cx.is(start, ListKind::Place)
        && toks[start + 1].is_cap(cx.text)
        && matches!(cx.word(start - 1), "of" | "at")
        && toks[start - 2].is_cap(cx.text)
        && !cx.is(start - 2, ListKind::Title)
}

/// The rule id of a name ended by a sector word ("Kestrel Mining").
pub(super) const SECTOR: &str = "company-sector";

/// "Kestrel Mining", "Halvick Brewing": the chunk `start..end` ends in a
/// sector word (rules/company-sectors.txt), written with a capital. Unlike
/// a designator, the word stays in the company's key (resolve strips only
/// designators and legal suffixes), so "Acme Bottling" gets no short alias
/// "Acme" and stays apart from a company "Acme". Not when "and" or "&" and
/// a capitalised word follow (the sector word is inside a longer name:
/// "Sun Refining and Marketing", "Textiles and Supplies unit"), nor when
/// only places and nationality words stand before it ("U.K. Cement demand",
/// "U.S. Semiconductors", "CANADIAN METALS" prices): a market, no company.
fn sector_ended(cx: &Cx, start: usize, end: usize) -> bool {
    let w = cx.word(end - 1);
    let toks = &cx.tokens.tokens;
    let and_more = matches!(toks.get(end).map(|t| t.text(cx.text)), Some("and" | "&"))
        && toks
            .get(end + 1)
            .is_some_and(|t| t.text(cx.text).starts_with(|c: char| c.is_uppercase()));
    let placed =
        (start..end - 1).all(|k| cx.is(k, ListKind::Place) || demonym(cx.rules, cx.word(k)));
    w.starts_with(|c: char| c.is_uppercase())
        && cx.rules.is_cue("company-sectors", w)
        && !and_more
        && !placed
}

/// The rule id of a name opened by a company word of another language.
pub(super) const OPENER: &str = "company-opener";

/// "Banque Tessard", "Banca Orvani Italiana", "Grupo Varela": whether the
/// chunk `start..end`, opening with a word of rules/company-openers.txt
/// written with a capital, is a company (`Some(true)`), or a central bank
/// or spelt-out legal form (`Some(false)`): only particles and places or
/// country names follow the opener ("Banco de Portugal", "Banco de
/// Espana"), a word of central banking stands in it ("Banco Central do
/// Brasil", "Banco Nacional de Angola"), or a legal form follows it
/// ("Sociedad Anonima de Capital Variable"). `None` without an opener.
fn foreign_opened(cx: &Cx, start: usize, end: usize) -> Option<bool> {
    let w = cx.word(start);
    if !w.starts_with(|c: char| c.is_uppercase()) || !cx.rules.is_cue("company-openers", w) {
        return None;
    }
    let cue = |list: &str, k: usize| cx.rules.is_cue(list, cx.word(k));
    // "Banco do Brasil", "Banque d'Algerie": particles of rules/name-particles.txt
    // and rules/company-opener-particles.txt.
    let particle =
        |k: usize| is_particle(cx.rules, cx.word(k)) || cue("company-opener-particles", k);
    // "Banco de Espana": a place or a country named in its own language.
    let place = |k: usize| cx.is(k, ListKind::Place) || cue("country-names", k);
    // "Banco Central", "Banco Nacional de Angola": a word of central banking
    // (rules/central-bank-words.txt), or a national one
    // (rules/national-bank-words.txt) followed only by particles and country
    // names ("Banque Nationale de Paris" is a company).
    let central = |k: usize| {
        cue("central-bank-words", k)
            || (cue("national-bank-words", k)
                && (k + 1..end).all(|j| particle(j) || cue("country-names", j)))
    };
    // "Sociedad Anonima de Capital Variable", "Societe Anonyme": a legal
    // form spelt out after a name, no name itself.
    let legal_form = start + 1 < end && cue("company-opener-legal-forms", start + 1);
    Some(
        !legal_form
            && !(start + 1..end).all(|k| particle(k) || place(k))
            && !(start + 1..end).any(central),
    )
}

/// "First Published 3 hours ago", "Last Updated": a byline trailer word
/// (rules/clean/trailer-leads.txt) follows the word ending at `end` on its
/// line.
fn before_byline_trailer(cx: &Cx, end: usize) -> bool {
    let toks = &cx.tokens.tokens;
    toks.get(end).is_some_and(|t| {
        cx.rules.clean.lists.is_trailer_lead(t.text(cx.text))
            && !cx.text[toks[end - 1].end..t.start].contains('\n')
    })
}

/// "BEVERLY HILLS, June 18 -", "LAKE FOREST, Ill., March 3 -": a chunk in
/// capitals opening its line, then a comma and, before any lower-case
/// word, a month or weekday name and a number: a newswire dateline's place.
fn dateline_place(cx: &Cx, start: usize, end: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let shouted = (start..end).all(|k| !cx.word(k).chars().any(char::is_lowercase));
    if !shouted
        || !toks.get(end).is_some_and(|t| t.is_punct(','))
        || !opens_line(cx.text, cx.tokens, start)
    {
        return false;
    }
    let number = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.text(cx.text).starts_with(|c: char| c.is_ascii_digit()))
    };
    let dates = &cx.rules.clean.lists;
    (end + 1..toks.len().min(end + 8))
        .take_while(|&k| !toks[k].is_lower(cx.text))
        .any(|k| dates.is_date_word(cx.word(k)) && number(k + 1))
}

/// "United Bank of Arizona": a name ending in "Bank of" (or "Bancorp of")
/// and a place (see [`joining_word`]).
fn bank_of_place(cx: &Cx, start: usize, end: usize) -> bool {
    (start + 1..end).any(|k| {
        cx.word(k) == "of"
            && matches!(cx.word(k - 1), "Bank" | "Bancorp")
            && (k + 1..end).all(|j| cx.is(j, ListKind::Place))
    })
}

/// "TVs", "CEOs": the plural of an acronym, no one's name.
fn is_acronym_plural(w: &str) -> bool {
    w.strip_suffix('s')
        .is_some_and(|stem| stem.len() >= 2 && stem.bytes().all(|b| b.is_ascii_uppercase()))
}

/// "Sunnyvale, Calif., defense firm": a chunk ending at `end` followed by a
/// comma, a listed place and a punctuation mark names a town of that state
/// or country.
fn town_of_state(cx: &Cx, end: usize) -> bool {
    let toks = &cx.tokens.tokens;
    if !toks.get(end).is_some_and(|t| t.is_punct(',')) || end + 2 >= toks.len() {
        return false;
    }
    let place_end = if cx.is(end + 1, ListKind::Place) {
        end + 2
    } else {
        match cx
            .lexed
            .spans_at(end + 1, cx.rules, ListKind::Place)
            .map(|s| s.last)
            .max()
        {
            Some(last) => last,
            None => return false,
        }
    };
    toks.get(place_end)
        .is_some_and(|t| t.is_punct(',') || t.is_punct('.'))
        && cx.tokens.sentence_of.get(place_end) == cx.tokens.sentence_of.get(end)
}

/// "Jane Roe, MD, an internist": a name of two or more words opening with a
/// given name, then a comma and post-nominal letters (the `role-post-nominals`
/// list, full stops removed) that a place list also holds ("MD" is Maryland).
fn post_nominal_after(cx: &Cx, start: usize, end: usize) -> bool {
    end - start >= 2
        && cx.is(start, ListKind::GivenName)
        && cx.tokens.tokens[end + 1].is_cap(cx.text)
        && cx
            .rules
            .is_cue_undotted("role-post-nominals", cx.word(end + 1))
}

/// A company by its form: two or more words ending in a legal suffix, a
/// newswire ticker after it ("<GM>"), or newswire brackets around a name
/// with lower-case letters ("<Mitsui and Co Ltd>"). Gives the rule.
fn company_by_form(cx: &Cx, start: usize, end: usize) -> Option<&'static str> {
    let (toks, text) = (&cx.tokens.tokens, cx.text);
    if end - start >= 2 && cx.is(end - 1, ListKind::LegalSuffix) && !edition_label(cx, end) {
        return Some("company-legal-suffix");
    }
    let ticker = end + 2 < toks.len()
        && toks[end].is_punct('<')
        && toks[end + 2].is_punct('>')
        && cx
            .word(end + 1)
            .chars()
            .all(|c| c.is_ascii_uppercase() || c == '.');
    // Newswire marks unlisted companies as <Name Corp>.
    let bracketed = start > 0
        && toks[start - 1].is_punct('<')
        && toks.get(end).is_some_and(|t| t.is_punct('>'));
    let has_lower = text[toks[start].start..toks[end - 1].end]
        .chars()
        .any(char::is_lowercase);
    (ticker || (bracketed && has_lower)).then_some("company-ticker")
}

/// "Vexa C180 SE", "Truline 3 SE": "SE" (a legal suffix, and a product's
/// edition label) after a word with a digit, a model number, ends a
/// product's name, no company's ("Orvane SE" stays one).
fn edition_label(cx: &Cx, end: usize) -> bool {
    cx.word(end - 1) == "SE" && cx.word(end - 2).bytes().any(|b| b.is_ascii_digit())
}

/// "Heck's Inc", "Tyvak Systems, Inc", "Hudson's Bay Co": legal forms
/// only, right after a possessive, a comma or a name: the tail of a name
/// read short, no name of its own ("brokers TOV" is one).
fn cut_off_suffixes(cx: &Cx, start: usize, end: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let after_name = start > 0
        && (toks[start - 1].kind == TokKind::Possessive
            || toks[start - 1].is_punct(',')
            || toks[start - 1].is_cap(cx.text) && !cx.is(start - 1, ListKind::NotName));
    after_name && (start..end).all(|k| cx.is(k, ListKind::LegalSuffix))
}

/// `start..end` is a listed public body of two or more words, alone or
/// before legal forms only ("World Bank", "Commodity Credit Corp"); "Central
/// Bank and Trust Co" is a bank's name.
fn listed_body_opening(cx: &Cx, start: usize, end: usize) -> bool {
    listed_bodies(cx, start, end).any(|s| (s.last..end).all(|k| cx.is(k, ListKind::LegalSuffix)))
}

/// A listed public body of two or more words starts at `k` and ends by `end`.
fn listed_body_at(cx: &Cx, k: usize, end: usize) -> bool {
    listed_bodies(cx, k, end).next().is_some()
}

/// The listed public bodies of two or more words from `k` that end by `end`.
fn listed_bodies<'a>(
    cx: &'a Cx,
    k: usize,
    end: usize,
) -> impl Iterator<Item = &'a crate::pipeline::lexicon::Span> + 'a {
    cx.lexed
        .spans_at(k, cx.rules, ListKind::PublicBody)
        .filter(move |s| s.last - s.first >= 2 && s.last <= end)
}

/// A capitalised legal suffix at `k`, before `sent_last` ("Co", "Ltd").
fn cap_suffix(cx: &Cx, k: usize, sent_last: usize) -> bool {
    k < sent_last && cx.is(k, ListKind::LegalSuffix) && cx.tokens.tokens[k].is_cap(cx.text)
}

/// Whether token `k` is a one-word entry of `kind`, whether its list is
/// looked up per token (the automaton's) or per word (word classes).
fn has_class(cx: &Cx, k: usize, kind: ListKind) -> bool {
    cx.is(k, kind) || cx.rules.word_class(cx.word(k)) & kind.bit() != 0
}

/// "the National Bank", "the Swiss National Bank": a central bank, named
/// alone or by its country's adjective ("Pittsburgh National Bank" is a
/// bank's name, and so is "American National Bank": the United States have
/// no national bank). The adjective must be a country's: one of
/// rules/nationalities.txt, or one of rules/regional-adjectives.txt that is
/// a country's, present or former, in another spelling
/// (rules/country-variant-adjectives.txt: "Yugoslav", "Soviet", "Rumanian");
/// another region's adjective ("Alsatian National Bank") names a bank.
fn national_bank(cx: &Cx, start: usize, end: usize) -> bool {
    let n = end - start;
    let country = |k: usize| {
        let w = cx.word(k);
        has_class(cx, k, ListKind::Nationality)
            && !w.eq_ignore_ascii_case("American")
            && (!cx.rules.is_cue("regional-adjective-words", w)
                || cx.rules.is_cue("country-variant-adjectives", w))
    };
    (n == 2 || n == 3 && country(start))
        && cx.word(end - 2).eq_ignore_ascii_case("National")
        && cx.word(end - 1).eq_ignore_ascii_case("Bank")
}

/// "Securities and Exchange Commission", "Ministry of Finance": not a
/// business; "Securities" of "Securities and Exchange Commission" neither.
fn is_public_body(cx: &Cx, start: usize, end: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let joined_to_public_body = toks.get(end).is_some_and(|t| t.text(cx.text) == "and")
        && (end + 1..(end + 4).min(toks.len()))
            .take_while(|&k| toks[k].is_cap(cx.text))
            .any(|k| cx.is(k, ListKind::PublicBody));
    let listed_whole = || {
        cx.lexed
            .spans_at(start, cx.rules, ListKind::PublicBody)
            .any(|s| s.last <= end && (s.last - s.first >= 2 || body_word_holds(cx, start, end)))
            || cx
                .lexed
                .span_ending(end, cx.rules, ListKind::PublicBody)
                .is_some_and(|s| s.first >= start)
    };
    // "New York Federal Reserve Bank": a listed body inside the name.
    let listed_inside = || (start + 1..end).any(|k| listed_body_at(cx, k, end));
    cx.is(end - 1, ListKind::PublicBody)
        || (cx.is(start, ListKind::PublicBody) && body_word_holds(cx, start, end))
        || seat_of_government(cx, start, end)
        || joined_to_public_body
        || listed_whole()
        || listed_inside()
}

/// The list of public-body words that hold only at a name's end
/// ([`body_word_holds`]).
const LAST_WORD_BODIES: &str = "public-body-last-words";

/// Whether the public-body word at `k` in the name `..end` makes it a public
/// body: any word does, but those of rules/public-body-last-words.txt
/// ("Academy", "Polytechnic") only as the name's last word or before "of" /
/// "at" ("the Corvell Institution", "Academy of Arts"), never before another
/// word of the name, a designator or legal suffix among them ("Polytechnic
/// Partners", "Observatory Capital Inc").
fn body_word_holds(cx: &Cx, k: usize, end: usize) -> bool {
    if !cx.rules.is_cue(LAST_WORD_BODIES, cx.word(k)) || k + 1 >= end {
        return true;
    }
    let next = k + 1;
    matches!(cx.word(next), "of" | "at")
        && !cx.is(next, ListKind::Designator)
        && !cx.is(next, ListKind::LegalSuffix)
}

/// "Whitehall", "the White House": a seat of government named alone stands
/// for the government; a longer name opening or ending with one is a name
/// of its own ("Whitehall Jewellers", "Capitol Hill Bank").
fn seat_of_government(cx: &Cx, start: usize, end: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let name = &cx.text[toks[start].start..toks[end - 1].end];
    cx.rules.is_cue_phrase("seats-of-government", name)
}

/// A person (or a lone surname) by the words around an undesignated chunk:
/// a long name with a title in apposition, an honorific, a title, a given
/// name, an appositive title, ", who", a @handle, a byline, a speech verb.
fn person_by_cue(cx: &Cx, start: usize, end: usize) -> Option<(Kind, &'static str)> {
    let toks = &cx.tokens.tokens;
    // "(Ann Lee/The Daily Star)", "ANN LEE/AFP/Getty Images": a photo
    // credit, or a company ("Banken A/S"); no slash stands in a name.
    if (start..end).any(|k| cx.word(k).contains('/')) {
        return None;
    }
    // Words, not the stops of initials: "K. Marlow Feddick" is three.
    let len = (start..end).filter(|&k| !toks[k].is_punct('.')).count();
    if len >= 2 && org_word(cx, end - 1) {
        return None;
    }
    // The cues after a name look past the stop of "Jr." / "Sr.".
    let next = end + usize::from(suffix_stop(cx, end));
    let comma_after = toks.get(next).is_some_and(|t| t.is_punct(','));
    let at = Around {
        start,
        end,
        len,
        prev: start.checked_sub(1),
        next,
        comma_after,
        apposition: comma_after
            && appositive_title(cx.text, cx.tokens, cx.lexed, cx.rules, next + 1),
    };
    // A long name with a title in apposition: "Sheikh Hamad bin Saeed Al
    // Qasimi, Gulf Ports Authority vice chairman".
    if at.apposition && (5..=7).contains(&len) {
        return Some((Kind::Person, "person-apposition"));
    }
    if len > 4 || after_determiner(cx, start, end) || before_title_of_name(cx, next) {
        // "Ada Mira Lo da Brun said": a long name with a particle.
        let long = (5..=6).contains(&len)
            && !after_determiner(cx, start, end)
            && !before_title_of_name(cx, next);
        return particled_name(cx, start, end)
            .filter(|_| long)
            .map(|rule| (Kind::Person, rule));
    }
    honorific_cue(cx, &at)
        .or_else(|| title_cue(cx, &at))
        .or_else(|| shape_cue(cx, &at))
        .or_else(|| byline_cue(cx, &at))
        .or_else(|| speech_cue(cx, &at))
}

/// A chunk `start..end` of `len` words (stops of initials not counted) and
/// what stands around it, as [`person_by_cue`]'s cues read it.
struct Around {
    start: usize,
    end: usize,
    len: usize,
    /// The token before the chunk.
    prev: Option<usize>,
    /// The token after the chunk (past the stop of "Jr.").
    next: usize,
    /// A comma at `next`.
    comma_after: bool,
    /// A comma and a job title in apposition after the chunk.
    apposition: bool,
}

/// "Mr Mallya", "Dr. Ada Brun": a name after an honorific (a lone word is a
/// surname).
fn honorific_cue(cx: &Cx, at: &Around) -> Option<(Kind, &'static str)> {
    let toks = &cx.tokens.tokens;
    let (start, prev) = (at.start, at.prev);
    let after_honorific = prev.is_some_and(|p| cx.is(p, ListKind::Honorific))
        || (prev.is_some_and(|p| toks[p].is_punct('.'))
            && start >= 2
            && cx.is(start - 2, ListKind::Honorific));
    if !after_honorific {
        return None;
    }
    let kind = if at.len == 1 {
        Kind::Surname
    } else {
        Kind::Person
    };
    Some((kind, "person-honorific"))
}

/// "CEO Lei Jun", "Orlov's chief financial officer, Quorin Halsey, said": a
/// name right after a job title, or after a title and a comma with a comma
/// after the name.
fn title_cue(cx: &Cx, at: &Around) -> Option<(Kind, &'static str)> {
    let toks = &cx.tokens.tokens;
    let (start, end, len, prev) = (at.start, at.end, at.len, at.prev);
    if right_after_title(cx, at) {
        return Some((Kind::Person, "person-title"));
    }
    // "Welsh hooker Jon Doe": two words, no initial or designator ("London
    // broker C Varnow", "trader E D and F Lund" are firms).
    let two_words = len == 2
        && (start..end).all(|k| {
            toks[k].kind == TokKind::Word
                && cx.word(k).chars().count() >= 2
                && !cx.is(k, ListKind::Designator)
        });
    if two_words && prev.is_some_and(|p| after_whose_occupation(cx, p)) {
        return Some((Kind::Person, "person-title"));
    }
    // "Sen. Judd Gregg", "Gen. Ergin Saygun": a name after an abbreviated
    // title.
    if (2..=3).contains(&len) && prev.is_some_and(|p| after_title_abbrev(cx, p)) {
        return Some((Kind::Person, "person-title"));
    }
    let title_comma = prev.is_some_and(|p| {
        toks[p].is_punct(',')
            && p > 0
            && (cx.is(p - 1, ListKind::Title)
                || cx.lexed.span_ending(p, cx.rules, ListKind::Title).is_some()
                || title_of_before(cx, p))
    });
    (title_comma && at.comma_after && (2..=3).contains(&len) && !citation_initials(cx, at))
        .then_some((Kind::Person, "person-title"))
}

/// "CEO Lei Jun": the chunk `at` right after a job title, of at most three
/// words (particles not counted), neither a byline's title before a
/// dateline, a unit after a number, an abbreviated title itself nor a word
/// inside a longer title.
fn right_after_title(cx: &Cx, at: &Around) -> bool {
    let toks = &cx.tokens.tokens;
    let (start, end, len, prev) = (at.start, at.end, at.len, at.prev);
    // "AP Sports Writer ⏎ DENVER, Colo.": a title on the line before a
    // dateline is a byline's.
    let dateline = len == 1
        && cx.word(start).bytes().all(|b| b.is_ascii_uppercase())
        && prev.is_some_and(|p| cx.text[toks[p].end..toks[start].start].contains('\n'));
    // "a 26 MP sensor": a capital abbreviation after a number is a unit.
    let unit = prev.is_some_and(|p| {
        p > 0
            && toks[p - 1].kind == TokKind::Number
            && cx.word(p).bytes().all(|b| b.is_ascii_uppercase())
    });
    let after_title = !dateline
        && !unit
        && prev.is_some_and(|p| {
            cx.is(p, ListKind::Title)
                || cx
                    .lexed
                    .span_ending(p + 1, cx.rules, ListKind::Title)
                    .is_some()
        });
    // "police spokesman Sgt. Jane Roe": "Sgt." is the name's title.
    let abbreviation = len == 1
        && toks.get(end).is_some_and(|t| t.is_punct('.'))
        && cx.rules.word_class(cx.word(start)) & ListKind::TitleAbbrev.bit() != 0;
    // "chief executive Jan van der Berg": particles are no words of the name
    // (but "adviser Credit Commercial de France" ends in a place).
    let words = len - (start..end).filter(|&k| lower_particle(cx, k)).count();
    let particled = words <= 3
        && !(start + 1..end).any(|k| lower_particle(cx, k - 1) && cx.is(k, ListKind::Place));
    // "Chief Technology Officer": a word inside a title is no name.
    let in_title = prev.is_some_and(|p| {
        cx.lexed
            .spans_at(p, cx.rules, ListKind::Title)
            .any(|s| s.last > end)
    });
    after_title
        && (len <= 3 || particled)
        && !abbreviation
        && !in_title
        && !prev.is_some_and(|p| inside_caps_title(cx, p, at))
}

/// "Marsh AB, Tolley KP, Brenner SJ": a surname and capital initials, as
/// a list of references writes authors (a title word such as "DJ" before
/// the comma is an author's initials there).
fn citation_initials(cx: &Cx, at: &Around) -> bool {
    let last = cx.word(at.end - 1);
    // "Tawadros II": a regnal number is no initials.
    let roman = last.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'));
    at.len == 2 && last.len() <= 2 && last.bytes().all(|b| b.is_ascii_uppercase()) && !roman
}

/// "Deputy Finance Minister Jon Doe", "Chief Privacy Officer Jon Doe", "Head
/// Trader at", "Chief AI Scientist, Jon Doe": a capitalised chunk after a
/// title word `p` is inside a title when a capitalised title word follows
/// it ("deputy Energy Minister"), or, after a capitalised title word, when
/// it ends in a title word; never when it opens with a given name ("Coach
/// Tom Singer", "editor John Sergeant" stay names).
fn inside_caps_title(cx: &Cx, p: usize, at: &Around) -> bool {
    let toks = &cx.tokens.tokens;
    let caps_title = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.kind == TokKind::Word
                && !t.is_lower(cx.text)
                && (cx.is(k, ListKind::Title)
                    || cx.rules.word_class(cx.word(k)) & ListKind::RoleTitle.bit() != 0)
        })
    };
    let title = |k: usize| {
        cx.is(k, ListKind::Title)
            || cx.rules.word_class(cx.word(k)) & ListKind::RoleTitle.bit() != 0
    };
    !cx.is(at.start, ListKind::GivenName)
        && ((title(p) && caps_title(at.end)) || (caps_title(p) && caps_title(at.end - 1)))
}

/// "Wales hooker Jon Doe", "Welsh winger Jon Doe": token `p` is a
/// lower-case occupation the spotters never read (a `role-title` word, no
/// company noun) right after a place or nationality that says whose.
fn after_whose_occupation(cx: &Cx, p: usize) -> bool {
    let toks = &cx.tokens.tokens;
    p > 0
        && toks[p].kind == TokKind::Word
        && toks[p].is_lower(cx.text)
        && cx.rules.word_class(cx.word(p)) & ListKind::RoleTitle.bit() != 0
        && !cx.is(p, ListKind::CompanyNoun)
        // "British broker Hoare Govett": a word that also cues a company
        // ("broker", "insurer") leaves the name to the company rules.
        && !cx.is(p, ListKind::CompanyCue)
        && toks[p - 1].is_cap(cx.text)
        && (cx.rules.word_class(cx.word(p - 1)) & ListKind::Nationality.bit() != 0
            || cx.is(p - 1, ListKind::Place)
            || cx.lexed.span_ending(p, cx.rules, ListKind::Place).is_some())
}

/// Token `p` is the stop of a capitalised title abbreviation ("Sen.",
/// "Gov.", "Lt.").
fn after_title_abbrev(cx: &Cx, p: usize) -> bool {
    let toks = &cx.tokens.tokens;
    p > 0
        && toks[p].is_punct('.')
        && toks[p - 1].end == toks[p].start
        && toks[p - 1].is_cap(cx.text)
        && cx.rules.word_class(cx.word(p - 1)) & ListKind::TitleAbbrev.bit() != 0
}

/// Whether token `start - 1` is a lower-case noun of a business's kind
/// (rules/given-name-company-nouns.txt) right before the name that ends
/// before token `end`: "the Welsh lender Lewis Marchbank", "chipmaker
/// Morgan Stanmore" name a company, though they open with a given name.
/// Occupations a person holds ("producer", "miner") are not on the list.
/// After "the" or "the <adjective>" a verb or modal right after the name
/// makes it a clause's subject, not the noun's name: "the airline Nora
/// Bright set up", "told the bank Owen Tully would quit".
fn business_noun_before(cx: &Cx, start: usize, end: usize) -> bool {
    start > 0
        && cx.tokens.tokens[start - 1].kind == TokKind::Word
        && cx.tokens.tokens[start - 1].is_lower(cx.text)
        && cx
            .rules
            .is_cue("given-name-company-nouns", cx.word(start - 1))
        && !(determined_noun(cx, start - 1) && clause_verb_at(cx, end))
}

/// Whether the noun at token `noun` has a determiner before it, right
/// before or past one or two words: "the bank", "the British bank", "a
/// small regional lender".
fn determined_noun(cx: &Cx, noun: usize) -> bool {
    (noun.saturating_sub(3)..noun).rev().any(|k| {
        cx.tokens.tokens[k].kind == TokKind::Word
            && matches!(cx.word(k).to_ascii_lowercase().as_str(), "the" | "a" | "an")
            && (k + 1..noun).all(|m| cx.tokens.tokens[m].kind == TokKind::Word)
    })
}

/// Whether token `k` is a lower-case verb or modal opening a clause
/// (rules/given-name-clause-verbs.txt: "would", "runs"), or a past form in
/// "-ed" that is no speech verb ("founded"; "said" stays out).
fn clause_verb_at(cx: &Cx, k: usize) -> bool {
    if k >= cx.tokens.tokens.len()
        || cx.tokens.sentence_of[k] != cx.tokens.sentence_of[k - 1]
        || cx.tokens.tokens[k].kind != TokKind::Word
        || !cx.tokens.tokens[k].is_lower(cx.text)
    {
        return false;
    }
    let w = cx.word(k);
    cx.rules.is_cue("given-name-clause-verbs", w)
        || (w.len() > 4 && w.ends_with("ed") && !cx.is(k, ListKind::SpeechVerb))
}

/// The name's own shape and its apposition: a listed given name first (or
/// after a nationality word), a title in apposition, a lone given name
/// sharing the next name's surname, an age or a kin word after it.
fn shape_cue(cx: &Cx, at: &Around) -> Option<(Kind, &'static str)> {
    let (start, end, len) = (at.start, at.end, at.len);
    // "Dutch Maarten Velhuis": a given name after a nationality word (which
    // the resolve stage drops).
    let given_at =
        |k: usize| k < end && cx.is(k, ListKind::GivenName) && !shouted_given(cx, k, end);
    if (len >= 2 && given_at(start)
        || len >= 3 && given_at(start + 1) && demonym(cx.rules, cx.word(start)))
        && !business_ended(cx, start, end, len)
        && !business_noun_before(cx, start, end)
    {
        return Some((Kind::Person, "person-given-name"));
    }
    if len == 2 && end == start + 2 && romanised_pair(cx, start) {
        return Some((Kind::Person, ROMANISED));
    }
    if at.apposition
        && len >= 2
        && !citation_initials(cx, at)
        && !romanised_unpaired(cx, start, end)
    {
        return Some((Kind::Person, "person-apposition"));
    }
    if len == 1 && end == start + 1 && shares_surname(cx, start) {
        return Some((Kind::Person, "person-shared-surname"));
    }
    ((2..=3).contains(&len) && (age_after(cx, at.next) || kin_after(cx, at.next)))
        .then_some((Kind::Person, "person-apposition"))
}

/// The rule id of a romanised given name beside a surname.
pub(crate) const ROMANISED: &str = "person-romanised-name";

/// "Kim Jong-un", "Jae-soon Chang": tokens `k` and `k + 1` are a romanised
/// given name ([`romanised_given`]) and, before or after it, a listed surname
/// or one capitalised romanised syllable ("Oh", "Li", "Park").
fn romanised_pair(cx: &Cx, k: usize) -> bool {
    let surname = |j: usize| {
        let w = cx.word(j);
        let mut b = w.bytes();
        cx.is(j, ListKind::Surname)
            || b.next().is_some_and(|c| c.is_ascii_uppercase())
                && b.all(|c| c.is_ascii_lowercase())
                && crate::rules::with_lower(w, romanised_syllable)
    };
    romanised_given(cx.rules, cx.word(k + 1)) && surname(k)
        || romanised_given(cx.rules, cx.word(k)) && surname(k + 1)
}

/// "Kum-ho Tires", "Doo-san Heavy": a romanised given name in the chunk
/// `start..end` with no surname beside it (no [`romanised_pair`]) names a
/// company as often as a person, so an apposition after it makes no person.
fn romanised_unpaired(cx: &Cx, start: usize, end: usize) -> bool {
    (start..end).any(|k| romanised_given(cx.rules, cx.word(k)))
        && !(end == start + 2 && romanised_pair(cx, start))
}

/// "JAMA Psychiatry", "TED Talk", "RIA Match": a given name written in
/// capitals (three letters or more) before a word that is not in capitals
/// is an acronym, no given name (an all-capital name, "JOHN SMITH", still
/// is one).
fn shouted_given(cx: &Cx, k: usize, end: usize) -> bool {
    let caps = |w: &str| w.len() >= 3 && w.bytes().all(|b| b.is_ascii_uppercase());
    caps(cx.word(k))
        && (k + 1..end).any(|j| {
            let w = cx.word(j);
            w.bytes().any(|b| b.is_ascii_lowercase())
        })
}

/// "Kisha Rivera, who works ...", "Natasha Turak @NatashaTurak", "By Julia
/// Horowitz", a news credit, a byline line or a name before a bar and a
/// date: a name of two or three words.
fn byline_cue(cx: &Cx, at: &Around) -> Option<(Kind, &'static str)> {
    let toks = &cx.tokens.tokens;
    let (start, end, next) = (at.start, at.end, at.next);
    let who = at.comma_after && toks.get(next + 1).is_some_and(|t| t.text(cx.text) == "who");
    let handle = handle_after(cx, next);
    let bar = cx.tokens.sentences[cx.tokens.sentence_of[start]].first == start
        && bar_after(cx, start, end);
    let byline = at.prev.is_some_and(|p| byline_by(cx, p))
        || credit_name(cx, start)
        || byline_line_name(cx, start);
    ((who || handle || byline || bar) && (2..=3).contains(&at.len))
        .then_some((Kind::Person, "person-apposition"))
}

/// "said Frank Cronin", "Cronin said": a name next to a lower-case speech
/// verb (a lone word is a surname; a longer name needs a particle).
fn speech_cue(cx: &Cx, at: &Around) -> Option<(Kind, &'static str)> {
    let toks = &cx.tokens.tokens;
    let text = cx.text;
    let said_before = at
        .prev
        .is_some_and(|p| cx.is(p, ListKind::SpeechVerb) && toks[p].is_lower(text));
    let said_after =
        toks.get(at.next).is_some_and(|t| t.is_lower(text)) && cx.is(at.next, ListKind::SpeechVerb);
    let business = business_ended(cx, at.start, at.end, at.len);
    match (said_before || said_after, at.len) {
        (true, 2..=3) if !business => Some((Kind::Person, "person-speech")),
        (true, 2..=3) => None,
        (true, 1) => Some((Kind::Surname, "person-speech")),
        (true, _) => particled_name(cx, at.start, at.end).map(|rule| (Kind::Person, rule)),
        _ => None,
    }
}

/// "Singer Sam Endicott said", "Ambassador Stephen Bosworth": a capitalised
/// occupation the spotters never read (a `role-title` word) opening a chunk
/// of three or four words, then a listed given name: the title is no part
/// of the name (the roles stage reads it); so too a place or nationality
/// and such a title opening a chunk of four or five words ("Alberta Premier
/// Jon Doe": whose title it is). Gives the name's start. (Titles the
/// spotters read, "Commissioner", are no part of a chunk already.)
fn after_opening_role_title(cx: &Cx, start: usize, end: usize) -> usize {
    let toks = &cx.tokens.tokens;
    let role = |k: usize| {
        toks[k].is_cap(cx.text) && cx.rules.word_class(cx.word(k)) & ListKind::RoleTitle.bit() != 0
    };
    let opens_at = |k: usize| {
        k + 1 < end
            && role(k)
            && !cx.is(k, ListKind::GivenName)
            && cx.is(k + 1, ListKind::GivenName)
    };
    let whose = |k: usize| {
        cx.rules.word_class(cx.word(k)) & ListKind::Nationality.bit() != 0
            || cx.is(k, ListKind::Place)
    };
    let words = (start..end).filter(|&k| !toks[k].is_punct('.')).count();
    if (3..=4).contains(&words) && opens_at(start) {
        return start + 1;
    }
    if (4..=5).contains(&words) && whose(start) && opens_at(start + 1) {
        return start + 2;
    }
    start
}

/// "brothers Tom and David Gardner", "Todd & Ann Vale": token `i`, a lone
/// listed given name (no place; after no capitalised word and no comma of a
/// list: "Ann Lee, Madonna and David Roe"), is followed by "and" or "&" and
/// a name of exactly two words, a listed given name and a surname (no given
/// name, org word, public-body word or listed common word) that nothing
/// joins on: the two share the surname (the resolve stage names the first
/// in full).
fn shares_surname(cx: &Cx, i: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let cap = |k: usize| toks.get(k).is_some_and(|t| t.is_cap(cx.text));
    let joiner = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.is_punct('&') || t.text(cx.text) == "and")
    };
    // Glued to the word before ("O'Donnell" written with a stray mark): no
    // lone name.
    let lone = cx.is(i, ListKind::GivenName)
        && !cx.is(i, ListKind::Place)
        && !i
            .checked_sub(1)
            .is_some_and(|p| cap(p) || toks[p].is_punct(',') || toks[p].end == toks[i].start);
    let (g, s) = (i + 2, i + 3);
    let surname = || {
        cap(s)
            && ![
                ListKind::GivenName,
                ListKind::NotName,
                ListKind::Place,
                ListKind::PublicBody,
            ]
            .iter()
            .any(|&kind| cx.is(s, kind))
            && !org_word(cx, s)
            && !matches!(cx.word(s), "Jr" | "Sr")
    };
    lone && joiner(i + 1)
        && cap(g)
        && cx.is(g, ListKind::GivenName)
        && surname()
        && !cap(s + 1)
        && !joiner(s + 1)
}

/// "Vornado Realty said", "Harris Trust", "Cilluffo Associates": token
/// `k`, a name's last word, is a capitalised `org-word`, so the name is a
/// business's or an institution's, no person's.
fn org_word(cx: &Cx, k: usize) -> bool {
    cx.tokens.tokens[k].is_cap(cx.text)
        && cx.rules.word_class(cx.word(k)) & ListKind::OrgWord.bit() != 0
}

/// A full stop right after a name ending in "Jr" or "Sr" at `end`: part of
/// the name ("Ada Brun Jr., the chairman").
fn suffix_stop(cx: &Cx, end: usize) -> bool {
    end > 0
        && cx.tokens.tokens.get(end).is_some_and(|t| t.is_punct('.'))
        && matches!(cx.word(end - 1), "Jr" | "Sr")
}

/// "Ada Mira da Brun said", "said Ada Mira Lo da Brun", "President Ada Mira
/// Lo da Brun": a speech verb or a title next to a name of two to four capitalised words and lower-case particles,
/// opening with a listed given name or ending in a listed surname, with no
/// place after a particle ("Credit Commercial de France said" is a bank).
fn particled_name(cx: &Cx, start: usize, end: usize) -> Option<&'static str> {
    let (toks, text) = (&cx.tokens.tokens, cx.text);
    let particle = |k: usize| toks[k].is_lower(text) && is_particle(cx.rules, cx.word(k));
    let words = (start..end).filter(|&k| !particle(k)).count();
    let speech = start
        .checked_sub(1)
        .is_some_and(|p| cx.is(p, ListKind::SpeechVerb) && toks[p].is_lower(text))
        || toks.get(end).is_some_and(|t| t.is_lower(text)) && cx.is(end, ListKind::SpeechVerb);
    // "President Ada Mira Lo da Brun".
    let title = start.checked_sub(1).is_some_and(|p| {
        cx.is(p, ListKind::Title)
            || cx
                .lexed
                .span_ending(p + 1, cx.rules, ListKind::Title)
                .is_some()
    });
    let surname =
        cx.rules.word_class(cx.word(end - 1)) & ListKind::Surname.bit() != 0 && !particle(end - 1);
    let named = (speech || title)
        && words < end - start
        && (2..=4).contains(&words)
        && (cx.is(start, ListKind::GivenName) || surname)
        && !(start + 1..end).any(|k| particle(k - 1) && cx.is(k, ListKind::Place));
    named.then_some(if speech {
        "person-speech"
    } else {
        "person-title"
    })
}

/// "Ada Brun, 45, said": a comma, an age (a number of one to three digits,
/// at most 115) and a comma or a closing bracket after the name ending at
/// `end`; not a figure with a thousands separator ("Juvena, 53,351 tonnes").
fn age_after(cx: &Cx, end: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let (Some(comma), Some(num), Some(close)) =
        (toks.get(end), toks.get(end + 1), toks.get(end + 2))
    else {
        return false;
    };
    let n = num.text(cx.text);
    comma.is_punct(',')
        && num.kind == TokKind::Number
        && n.len() <= 3
        && n.parse::<u32>().is_ok_and(|a| (1..=115).contains(&a))
        && (close.is_punct(',') || close.is_punct(')'))
        && close.start == num.end
        && toks.get(end + 3).is_none_or(|t| t.kind != TokKind::Number)
}

/// "Ada Brun's husband", "Ada Brun's parents": a possessive and a word of
/// kin (rules/kin-nouns.txt) after the name ending at `end`; a company has
/// none.
fn kin_after(cx: &Cx, end: usize) -> bool {
    let toks = &cx.tokens.tokens;
    toks.get(end).is_some_and(|t| t.kind == TokKind::Possessive)
        && toks
            .get(end + 1)
            .is_some_and(|t| cx.rules.is_cue("kin-nouns", t.text(cx.text)))
}

/// "the Rivertown Otters", "the Dunmore Arena": a determiner right before the
/// chunk at `start` makes it a thing or a group, not a person's name ("a
/// NAME painting", "the car that NAME chased" name a person). So does an
/// owner's "its" or "their" (cue list `owner-determiners`), even before a
/// noun: "its Vela Sport range", "their Mira Lund bags" name products.
fn after_determiner(cx: &Cx, start: usize, end: usize) -> bool {
    start > 0
        && cx.tokens.tokens[start - 1].kind == TokKind::Word
        && (matches!(
            cx.word(start - 1),
            "the" | "The" | "this" | "these" | "those"
        ) && !modifier_use(cx, end)
            || cx.rules.is_cue("owner-determiners", cx.word(start - 1)))
}

/// "the Ann Lee controversy", "the Reagan administration": a name (not a
/// plural: "the Otters win") used before a lower-case noun names a person.
fn modifier_use(cx: &Cx, end: usize) -> bool {
    const FUNCTION: [ListKind; 6] = [
        ListKind::Preposition,
        ListKind::ClauseWord,
        ListKind::ObjectStop,
        ListKind::ListOpener,
        ListKind::SpeechVerb,
        ListKind::NotName,
    ];
    let toks = &cx.tokens.tokens;
    let noun = toks.get(end).is_some_and(|t| {
        t.kind == TokKind::Word
            && t.is_lower(cx.text)
            && FUNCTION
                .iter()
                .all(|&k| cx.rules.word_class(cx.word(end)) & k.bit() == 0)
    });
    noun && !cx.word(end - 1).ends_with('s')
}

/// "Rivertown Otters owner Ann Lee": the chunk ending at `end` stands before
/// a lower-case title and a capitalised name: it is the title's
/// organisation, not a person. So is a chunk before a capitalised public
/// title ("Valdor Finance Minister Ann Lee", "State District Judge Ann Lee",
/// "Tory Shadow Chancellor Ann Lee"): it is the title's portfolio or body.
fn before_title_of_name(cx: &Cx, end: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let Some(t) = toks.get(end) else {
        return false;
    };
    let public = || cx.rules.word_class(cx.word(end)) & ListKind::PublicTitle.bit() != 0;
    if !((t.is_lower(cx.text) || public()) && cx.is(end, ListKind::Title)) {
        return false;
    }
    let after = cx
        .lexed
        .spans_at(end, cx.rules, ListKind::Title)
        .map(|s| s.last)
        .max()
        .unwrap_or(end + 1)
        .max(end + 1);
    (after..after + 2).all(|k| toks.get(k).is_some_and(|t| t.is_cap(cx.text)))
        && !cx.is(after, ListKind::Title)
}

/// "Velkor's head of operations, Ann Lee,": before the comma at `comma`, a
/// lower-case title after a possessive or "its", then "of"/"for" and one or
/// two lower-case words.
fn title_of_before(cx: &Cx, comma: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let lower = |k: usize| toks[k].kind == TokKind::Word && toks[k].is_lower(cx.text);
    (1..=2).any(|n| {
        comma >= n + 3 && {
            let of = comma - n - 1;
            let title = of - 1;
            (of + 1..comma).all(lower)
                && matches!(cx.word(of), "of" | "for")
                && lower(title)
                && cx.is(title, ListKind::Title)
                && (cx.word(title - 1) == "its" || toks[title - 1].kind == TokKind::Possessive)
        }
    })
}

/// Token `p` is the "by" of a byline: "by" opening its sentence, or after
/// a byline's lead word opening it ("Written by Julia Horowitz").
fn byline_by(cx: &Cx, p: usize) -> bool {
    let first = cx.tokens.sentences[cx.tokens.sentence_of[p]].first;
    cx.word(p).eq_ignore_ascii_case("by")
        && (first == p || (first + 1 == p && cx.rules.clean.lists.is_byline_lead(cx.word(first))))
}

/// "By Ann Lee Springfield Gazette", "By Ann Lee By Ann Lee March 4": a
/// byline's chunk of four words or more (the name runs on into the outlet,
/// the dateline or a repeated byline) opening with a listed given name ends
/// after its second word (its third when the second is a given name too and
/// the third a listed surname: "Ann Marie Lee"; its fourth after a middle
/// initial: "Ann K. Lee"). Gives where the name ends.
fn byline_name_end(cx: &Cx, start: usize, end: usize) -> Option<usize> {
    let toks = &cx.tokens.tokens;
    let word = |k: usize| toks[k].kind == TokKind::Word && toks[k].is_cap(cx.text);
    let name_word = |k: usize| {
        word(k)
            && ![ListKind::NotName, ListKind::Place, ListKind::PublicBody]
                .iter()
                .any(|&kind| cx.is(k, kind))
            && !org_word(cx, k)
    };
    let by = start.checked_sub(1).is_some_and(|p| byline_by(cx, p));
    if !(by && end - start >= 4 && cx.is(start, ListKind::GivenName) && name_word(start + 1)) {
        return None;
    }
    // "Ann K. Lee Springfield Gazette": a middle initial and its stop.
    let initial = cx.word(start + 1).len() == 1 && toks[start + 2].is_punct('.');
    if initial {
        return (end > start + 4 && name_word(start + 3)).then_some(start + 4);
    }
    let middle = cx.is(start + 1, ListKind::GivenName)
        && name_word(start + 2)
        && cx.is(start + 2, ListKind::Surname);
    Some(if middle { start + 3 } else { start + 2 })
}

/// A news credit's name: "(Reporting by Ann Lee; Editing by Ben Orr and
/// Cy Tan)": the chunk at `i` follows "by" after a credit word, or "and"
/// after such a credit's first name ("compiled by" is no credit word: "data
/// compiled by Aviation Weekly" names a source).
fn credit_name(cx: &Cx, i: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let credit_by = |p: usize| {
        p > 0
            && cx.word(p) == "by"
            && ["reporting", "editing", "writing"]
                .iter()
                .any(|w| cx.word(p - 1).eq_ignore_ascii_case(w))
    };
    let Some(p) = i.checked_sub(1) else {
        return false;
    };
    if credit_by(p) {
        return true;
    }
    // "Editing by Ben Orr and Cy Tan": back over the first name (up to
    // four words) to its "by".
    let mut k = p;
    while k > 0 && p - k < 4 && toks[k - 1].is_cap(cx.text) {
        k -= 1;
    }
    cx.word(p) == "and" && k < p && k > 0 && credit_by(k - 1)
}

/// "Ann Lee @annlee", "Ann Lee (@annlee)": a social handle follows the
/// chunk ending at `end`.
fn handle_after(cx: &Cx, end: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let at = |k: usize| toks.get(k).is_some_and(|t| t.is_punct('@'));
    at(end) || (toks.get(end).is_some_and(|t| t.is_punct('(')) && at(end + 1))
}

/// A chunk at `i` before a handle is read in a headline-case line when it
/// opens with a given name ("— Ann Lee (@annlee) March 2, 2017", a quoted
/// post's author; "Team Blue (@teamblue)" is not read).
fn handle_author(cx: &Cx, i: usize) -> bool {
    cx.is(i, ListKind::GivenName)
}

/// The name on a byline line the clean stage handed on ("Ann Lee, Staff
/// Writer", "Author: Ann Lee"): the chunk opening it, or after its first
/// word and a colon.
fn byline_line_name(cx: &Cx, start: usize) -> bool {
    let sent = &cx.tokens.sentences[cx.tokens.sentence_of[start]];
    let toks = &cx.tokens.tokens;
    sent.byline
        && opens_line(cx.text, cx.tokens, sent.first)
        && (start == sent.first || (start == sent.first + 2 && toks[start - 1].is_punct(':')))
}

/// Token `first` opens its line: "Ann Lee. Ann Lee Travel" names her once.
fn opens_line(text: &str, tokens: &Tokens, first: usize) -> bool {
    let toks = &tokens.tokens;
    first == 0 || text[toks[first - 1].end..toks[first].start].contains('\n')
}

/// A byline line ([`Sentence::byline`](crate::pipeline::segment::Sentence))
/// gives its authors only: other mentions on it (the outlet, a date-like
/// chunk) are dropped. An author is a person in a sentence opening the
/// line, or a person right after "and" or "&" ("By Ann Lee and Tom Vell").
fn keep_byline_authors(text: &str, tokens: &Tokens, out: &mut Vec<Mention>) {
    out.retain(|m| {
        let sent = &tokens.sentences[tokens.sentence_of[m.first]];
        let after_and = m.first > 0 && matches!(tokens.tokens[m.first - 1].text(text), "and" | "&");
        !sent.byline
            || (m.kind == Kind::Person && (opens_line(text, tokens, sent.first) || after_and))
    });
}

/// "Julia Horowitz | March 4, 2024": the chunk `start..end`, on one line,
/// is followed by a bar and a date (a number, a month or a weekday).
fn bar_after(cx: &Cx, start: usize, end: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let one_line = !cx.text[toks[start].start..toks[end - 1].end].contains('\n');
    one_line
        && toks.get(end).is_some_and(|t| t.is_punct('|'))
        && toks.get(end + 1).is_some_and(|t| {
            t.kind == TokKind::Number || (t.is_cap(cx.text) && cx.is(end + 1, ListKind::NotName))
        })
}

/// "Ivo Marrin, the editor in chief of Chipline Weekly": the
/// capitalised chunk after a person's appositive title and "of", "at",
/// "for" or "with" is the company they work for (rule `company-role-org`);
/// so is the chunk after a title in title case ("Tom Pike, Senior Product
/// Manager at Dorvell"), after a field and "at" ("Ann Roe, VP of Platform
/// Engineering at Dorvell": the field is no company) and, when it ends the
/// sentence or its line, after a comma ("Ann Roe, Chief Product Officer,
/// Dorvell.", "Ann Roe, head of sales, Dorvell.").
fn promote_role_orgs(
    text: &str,
    tokens: &Tokens,
    lexed: &Lexed,
    rules: &Rules,
    out: &mut [Mention],
) {
    let toks = &tokens.tokens;
    let unknown_at = |out: &[Mention], k: usize| mention_at(out, k, |m| m.kind == Kind::Unknown);
    let mut promote = Vec::new();
    for person in out.iter() {
        if person.kind != Kind::Person || !toks.get(person.last).is_some_and(|t| t.is_punct(',')) {
            continue;
        }
        let Some(i) = role_org_preposition(text, tokens, lexed, rules, person) else {
            continue;
        };
        let Some(o) = unknown_at(out, i + 1) else {
            continue;
        };
        if toks[i].is_punct(',') {
            if ends_clause(text, tokens, rules, &out[o]) {
                promote.push(o);
            }
            continue;
        }
        if toks[i].text(text) != "of" {
            promote.push(o);
        } else if let Some(c) = company_after_of(text, tokens, rules, out, o) {
            promote.push(c);
        }
    }
    for o in promote {
        out[o].kind = Kind::Company;
        out[o].rule = "company-role-org".to_string();
    }
}

/// The index of the first mention of `out` (sorted by first token) that
/// starts at token `k` and passes `ok`: a binary search, not a scan per
/// person.
fn mention_at(out: &[Mention], k: usize, ok: impl Fn(&Mention) -> bool) -> Option<usize> {
    debug_assert!(out.is_sorted_by_key(|m| m.first));
    let from = out.partition_point(|m| m.first < k);
    (from..out.len())
        .take_while(|&i| out[i].first == k)
        .find(|&i| ok(&out[i]))
}

/// The company among the mentions after a title and "of", whose first is
/// `o`: "Head of Research at Dorvell", "VP of Global Sales, Dorvell.": the
/// chunk after "of" is a field and the company follows ("at" and an
/// unknown name; a comma and an unknown name ending the clause after a
/// department); else the chunk itself, unless a department ("Jane Roe, Head
/// of Marketing, Acme Corp": "Marketing", "Global Sales") or before "at".
fn company_after_of(
    text: &str,
    tokens: &Tokens,
    rules: &Rules,
    out: &[Mention],
    o: usize,
) -> Option<usize> {
    let toks = &tokens.tokens;
    let j = out[o].last;
    let after = toks.get(j).map(|t| t.text(text));
    let at = after == Some("at");
    let department = is_department(text, tokens, rules, &out[o]);
    let next = matches!(after, Some("at" | ","))
        .then(|| mention_at(out, j + 1, |_| true))
        .flatten();
    match next {
        Some(n) if at || (department && ends_clause(text, tokens, rules, &out[n])) => {
            (out[n].kind == Kind::Unknown).then_some(n)
        }
        _ => (!at && !department).then_some(o),
    }
}

/// Whether the mention `m` ends its sentence or its line, or a full stop, a
/// semicolon or a comma and a speech verb (", said", ", added") follows it.
fn ends_clause(text: &str, tokens: &Tokens, rules: &Rules, m: &Mention) -> bool {
    let toks = &tokens.tokens;
    let sent = &tokens.sentences[tokens.sentence_of[m.first]];
    let speech = |t: &crate::pipeline::segment::Token| {
        t.is_lower(text) && rules.word_class(t.text(text)) & ListKind::SpeechVerb.bit() != 0
    };
    // A mention that ends the text ends its clause (no token follows it).
    let Some(next) = toks.get(m.last) else {
        return true;
    };
    let said = next.is_punct(',') && toks.get(m.last + 1).is_some_and(speech);
    m.last >= sent.last
        || said
        || next.is_punct('.')
        || next.is_punct(';')
        || text[toks[m.last - 1].end..next.start].contains('\n')
}

/// The "of", "at", "for" or "with" (or the comma) that ends the appositive
/// title after `person` and its comma ("Ivo Marrin, the editor in chief
/// of", "Tom Pike, Senior Product Manager at"): list words, their modifiers
/// and "&", at most six tokens, holding a title; capitalised words no list
/// holds only before a title that ends the run ("Customer Success
/// Manager"), never in a headline-case line; none for a public title's seat
/// or portfolio ("Ann Roe, MP for Witney", "Secretary of Transport") or at
/// the sentence's end. A field in lower case after "of" is passed over
/// ("head of sales at").
fn role_org_preposition(
    text: &str,
    tokens: &Tokens,
    lexed: &Lexed,
    rules: &Rules,
    person: &Mention,
) -> Option<usize> {
    let toks = &tokens.tokens;
    let sent = &tokens.sentences[tokens.sentence_of[person.first]];
    let mut start = person.last + 1;
    if toks
        .get(start)
        .is_some_and(|t| matches!(t.text(text), "the" | "a" | "an"))
    {
        start += 1;
    }
    let (run_end, free_caps) = title_run(text, tokens, lexed, rules, start);
    let has_title = (start..run_end).any(|k| lexed.is(k, ListKind::Title));
    let public = |k: usize| rules.word_class(toks[k].text(text)) & ListKind::PublicTitle.bit() != 0;
    // "British minister of Agriculture", "U.S. Secretary of Transportation",
    // "White House Chief of Staff": a public title, a place or a public body
    // in a title-case run is a government's.
    let governed = |k: usize| {
        public(k)
            || lexed.is(k, ListKind::Place)
            || lexed.is(k, ListKind::PublicBody)
            || rules.word_class(toks[k].text(text)) & ListKind::Nationality.bit() != 0
    };
    // A title in title case ends in its head ("Customer Success Manager"),
    // with no word in lower case ("Westinghouse general manager at Hanford").
    let headed = !free_caps
        || (run_end > start
            && lexed.is(run_end - 1, ListKind::Title)
            && !(start..run_end).any(|k| governed(k) || toks[k].is_lower(text)));
    let seat = match toks.get(run_end).map(|t| t.text(text)) {
        Some("of") => run_end > start && public(run_end - 1),
        Some("for") => {
            run_end > start
                && public(run_end - 1)
                && (start..run_end).all(|k| !lexed.is(k, ListKind::Title) || public(k))
        }
        _ => false,
    };
    let i = past_lower_field(text, tokens, rules, run_end);
    // "Ann Roe, deputy minister, Agriculture Canada.": no government's.
    let comma = toks.get(i).is_some_and(|t| t.is_punct(',')) && !(start..run_end).any(governed);
    let ends = i + 1 < sent.last && (employer_preposition(rules, toks[i].text(text)) || comma);
    (has_title && headed && !seat && ends).then_some(i)
}

/// The words that tie a job title to its employer ("chief of X", "analyst
/// at X", "counsel for X", "partner with X"; rules/employer-prepositions.txt),
/// in lower case: they end a title's run.
fn employer_preposition(rules: &Rules, w: &str) -> bool {
    w.starts_with(|c: char| c.is_lowercase()) && rules.is_cue("employer-prepositions", w)
}

/// The end of the job title's run from `start` (list words, their
/// modifiers, words in lower case and "&", at most six tokens) and whether
/// it holds a capitalised word no list holds ("Customer Success Manager"),
/// read only outside headline-case lines.
fn title_run(
    text: &str,
    tokens: &Tokens,
    lexed: &Lexed,
    rules: &Rules,
    start: usize,
) -> (usize, bool) {
    let toks = &tokens.tokens;
    let sent = &tokens.sentences[tokens.sentence_of[start.min(toks.len() - 1)]];
    let (mut i, mut free_caps) = (start, false);
    while i < sent.last && i < start + 6 {
        let w = toks[i].text(text);
        let titled = lexed.is(i, ListKind::Title)
            || lexed.spans_at(i, rules, ListKind::Title).next().is_some();
        let prep = employer_preposition(rules, w);
        if titled || (toks[i].is_lower(text) && !prep) || (w == "&" && i > start) {
            i += 1;
        } else if toks[i].is_cap(text) && !sent.headline_case {
            free_caps = true;
            i += 1;
        } else {
            break;
        }
    }
    (i, free_caps)
}

/// "head of marketing at Dorvell", "head of sales, Dorvell.": past "of" at
/// `i` and one to three fields in lower case (rules/roles-departments.txt)
/// when "at" or a comma follows them; else `i`.
fn past_lower_field(text: &str, tokens: &Tokens, rules: &Rules, i: usize) -> usize {
    let toks = &tokens.tokens;
    if toks.get(i).is_none_or(|t| t.text(text) != "of") {
        return i;
    }
    let last = tokens.sentences[tokens.sentence_of[i]].last;
    let field =
        |k: usize| toks[k].is_lower(text) && rules.is_cue("role-departments", toks[k].text(text));
    let mut j = i + 1;
    while j < last && j < i + 4 && field(j) {
        j += 1;
    }
    let joined = j < last && (toks[j].text(text) == "at" || toks[j].is_punct(','));
    if j > i + 1 && joined { j } else { i }
}

/// Whether the chunk `m` is a department of a job title ("Marketing",
/// "Global Sales", "Product Development"): every word a listed department
/// (`role-departments`) or a title modifier, the last a department.
fn is_department(text: &str, tokens: &Tokens, rules: &Rules, m: &Mention) -> bool {
    let toks = &tokens.tokens;
    let department = |k: usize| rules.is_cue("role-departments", toks[k].text(text));
    m.last > m.first
        && m.last - m.first <= 3
        && department(m.last - 1)
        && (m.first..m.last).all(|k| {
            department(k)
                || rules.word_class(toks[k].text(text)) & ListKind::TitleModifier.bit() != 0
        })
}

/// Whether the tokens from `i` read as a job title: `[45 ,] [the|a] title`.
fn appositive_title(
    text: &str,
    tokens: &Tokens,
    lexed: &Lexed,
    rules: &Rules,
    mut i: usize,
) -> bool {
    let toks = &tokens.tokens;
    if toks.get(i).is_some_and(|t| t.kind == TokKind::Number)
        && toks.get(i + 1).is_some_and(|t| t.is_punct(','))
    {
        i += 2;
    }
    if toks
        .get(i)
        .is_some_and(|t| matches!(t.text(text), "the" | "a" | "an" | "its" | "former"))
    {
        i += 1;
    }
    // Modifiers ("Global", "senior") or a place ("United Arab Emirates vice
    // president") before the title.
    // "In Elmford, former Labour MP Jon Doe said": a title with a name of
    // its own after it is that name's, no apposition.
    let cap = |k: usize| toks.get(k).is_some_and(|t| t.is_cap(text));
    for _ in 0..4 {
        if i < toks.len() && lexed.is(i, ListKind::Title) {
            return !(cap(i + 1) && cap(i + 2));
        }
        if let Some(last) = lexed
            .spans_at(i, rules, ListKind::Title)
            .map(|s| s.last)
            .max()
        {
            return !(cap(last) && cap(last + 1));
        }
        i += 1;
    }
    false
}

/// Whether token `i` can be part of a name.
/// Syllable onsets of Korean and Chinese romanisations (Revised,
/// McCune-Reischauer, Wade-Giles, pinyin): "Myung", "Kwang", "Chao", "Hsiu".
const ONSETS: [&str; 35] = [
    "", "b", "c", "ch", "d", "g", "gw", "gy", "h", "hs", "hw", "hy", "j", "k", "kw", "ky", "l",
    "m", "my", "n", "ny", "p", "py", "q", "r", "s", "sh", "t", "ts", "tz", "w", "x", "y", "z",
    "zh",
];

/// Syllable endings of the same romanisations ("Mahn", "Dong", "Park").
const CODAS: [&str; 12] = ["", "h", "hn", "k", "l", "m", "n", "ng", "p", "r", "rk", "t"];

/// One romanised syllable in lower case: an onset, one to three vowels,
/// an ending ("jong", "moon", "youn"; not "drop", "term", "week" is).
fn romanised_syllable(s: &str) -> bool {
    let b = s.as_bytes();
    let vowel = |c: &u8| b"aeiou".contains(c);
    let on = b.iter().position(vowel).unwrap_or(b.len());
    let nu = b[on..]
        .iter()
        .position(|c| !vowel(c))
        .map_or(b.len(), |p| on + p);
    ONSETS.contains(&&s[..on]) && (1..=3).contains(&(nu - on)) && CODAS.contains(&&s[nu..])
}

/// "Jong-un", "Myung-bak", "Chao-ming": a Korean or Chinese given name of
/// two romanised syllables joined by a hyphen, the first capitalised ("Pop-up",
/// "Long-term", "Mid-week" are not: a phrasal-verb particle of
/// rules/hyphen-particles.txt after the hyphen makes a noun).
pub(crate) fn romanised_given(rules: &Rules, w: &str) -> bool {
    let Some((head, tail)) = w.split_once('-') else {
        return false;
    };
    let mut hc = head.bytes();
    hc.next().is_some_and(|c| c.is_ascii_uppercase())
        && hc.all(|c| c.is_ascii_lowercase())
        && tail.bytes().all(|c| c.is_ascii_lowercase())
        && !rules.is_cue("hyphen-particles", tail)
        && crate::rules::with_lower(head, romanised_syllable)
        && romanised_syllable(tail)
}

/// Whether a capitalised word stands right before or after token `i`.
fn capitalised_beside(text: &str, tokens: &Tokens, i: usize) -> bool {
    let cap = |k: usize| {
        tokens
            .tokens
            .get(k)
            .is_some_and(|t| t.kind == TokKind::Word && t.is_cap(text))
    };
    i.checked_sub(1).is_some_and(cap) || cap(i + 1)
}

fn name_material(
    text: &str,
    tokens: &Tokens,
    lexed: &Lexed,
    rules: &Rules,
    i: usize,
    sentence_first: usize,
) -> bool {
    let t = tokens.tokens[i];
    let w = t.text(text);
    // "al-Rifa'i", "bin-Laden": a lower-case particle joined to a name.
    // (Its hyphen is the word's first and within its first four bytes.)
    let particle_name = || {
        let b = w.as_bytes();
        b[..b.len().min(4)]
            .iter()
            .position(|&c| c == b'-')
            .is_some_and(|d| w[d + 1..].chars().next().is_some_and(char::is_uppercase))
    };
    if t.kind != TokKind::Word || !(t.is_cap(text) || particle_name()) {
        return false;
    }
    if lexed.is(i, ListKind::Title) && !lexed.is(i, ListKind::Designator) {
        return false;
    }
    if lexed.is(i, ListKind::Honorific) || lexed.is(i, ListKind::SpeechVerb) {
        return false;
    }
    // "Beijing-based", "Mercedes-owned": an adjective, not a name; but
    // "Kim Jong-un", "Jae-soon Chang": a romanised given name beside another
    // capitalised word.
    if let Some((_, tail)) = w.rsplit_once('-')
        && tail.chars().next().is_some_and(char::is_lowercase)
        && !(romanised_given(rules, w) && capitalised_beside(text, tokens, i))
    {
        return false;
    }
    if i == sentence_first && !lexed.is(i, ListKind::LegalSuffix) {
        // A sentence opener is a name only when it is not an ordinary word.
        // "Only", "Early": an adverb; "Emily", "Kelly": a given name.
        let adverb = w.ends_with("ly") && !lexed.is(i, ListKind::GivenName);
        if lexed.is(i, ListKind::NotName) || adverb {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use crate::{Article, Extractor, Rules};

    /// (type, name) of every entity in `text` (shared with the context
    /// cue tests).
    pub(super) fn entities(text: &str) -> Vec<(String, String)> {
        let extractor = Extractor::new(Rules::default_rules().unwrap());
        let r = extractor.extract(&Article::from_text("t", "", text));
        r.entities.into_iter().map(|e| (e.kind, e.name)).collect()
    }

    /// The names of the companies in `text` (shared like `entities`).
    pub(super) fn companies(text: &str) -> Vec<String> {
        let got = entities(text);
        got.into_iter()
            .filter(|(k, _)| k == "company")
            .map(|(_, n)| n)
            .collect()
    }

    #[test]
    fn a_short_given_name_is_no_demonym_made_from_a_place() {
        let rules = Rules::default_rules().unwrap();
        assert!(!super::demonym(&rules, "Yali"));
        assert!(super::demonym(&rules, "Thai"));
        assert!(super::demonym(&rules, "Iraqi"));
        let got =
            entities("Yali Thorncastle, who founded Brindle Labs, said on Monday it was hiring.");
        assert!(has(&got, "person", "Yali Thorncastle"), "{got:?}");
    }

    fn has(got: &[(String, String)], kind: &str, name: &str) -> bool {
        got.iter().any(|(k, n)| k == kind && n == name)
    }

    #[test]
    fn a_credit_with_a_department_title_may_end_the_text() {
        // "- Name, title, Company" as the text's last words: the company
        // mention has no token after it (was an index past the tokens).
        let got = entities(
            "Our view on the market is simple and we said so often. \u{2013} Ann Vole, \
             lead technical engineer, Quillbright",
        );
        assert!(has(&got, "person", "Ann Vole"), "{got:?}");
    }

    #[test]
    fn a_company_word_of_another_language_opens_a_company_name() {
        // rules/company-openers.txt: no person, though a speech verb follows.
        let got = entities(
            "Banque Tessard said it would lend the money, and Banca Orvani Italiana said \
             the group had agreed. Grupo Varela declined to comment on the loan.",
        );
        for name in ["Banque Tessard", "Banca Orvani Italiana", "Grupo Varela"] {
            assert!(has(&got, "company", name), "{name}: {got:?}");
        }
        // A central bank: only a place after the word, or "Central" in it.
        let got = entities(
            "The Banque de France said rates were steady. Economists at Banco Central \
             de Tarvia expected no change this year.",
        );
        assert!(!has(&got, "company", "Banque de France"), "{got:?}");
        assert!(
            !got.iter().any(|(_, n)| n.starts_with("Banco Central")),
            "{got:?}"
        );
        // A country in its own language (rules/country-names.txt), a
        // national word before a country, a spelt-out legal form: no
        // company and no person; a national word before another name is.
        let got = entities(
            "Banco de Espana said rates would stay. Banco Nacional de Angola said so \
             too. Sociedad Anonima said on Monday it had won. Banque Nationale de \
             Vellmont said it would lend.",
        );
        assert_eq!(
            got,
            [(
                "company".to_string(),
                "Banque Nationale de Vellmont".to_string()
            )]
        );
        let got = entities(
            "The venture is with Mexico's Tarvos Tecnicos, Sociedad Anonima de Capital \
             Variable, the company said.",
        );
        assert!(
            !got.iter().any(|(_, n)| n.starts_with("Sociedad")),
            "{got:?}"
        );
    }

    #[test]
    fn romanised_given_names_are_two_hyphened_syllables() {
        let rules = Rules::default_rules().unwrap();
        for w in [
            "Jong-un",
            "Myung-bak",
            "Chao-ming",
            "Mahn-je",
            "Ji-youn",
            "Kwang-tae",
        ] {
            assert!(super::romanised_given(&rules, w), "{w}");
        }
        let not = [
            "Pop-up",
            "Long-term",
            "Mid-week",
            "Drop-in",
            "Blu-ray",
            "Sign-up",
        ];
        for w in not
            .into_iter()
            .chain(["Beijing-based", "Jean-Pierre", "al-Rifa", "Hwan"])
        {
            assert!(!super::romanised_given(&rules, w), "{w}");
        }
        // Beside a surname (listed, or one romanised syllable) it names a
        // person, in either order; the surname-first form's surname alone
        // is that person.
        let got = entities(
            "Tarvell Steel Co named Pyo Hwan-sok as chief. Pyo said analyst Seon-gyu Tam \
             agreed. A Pop-up Store and the Long-term Price plan stay.",
        );
        for name in ["Pyo Hwan-sok", "Seon-gyu Tam"] {
            assert!(has(&got, "person", name), "{name}: {got:?}");
        }
        assert_eq!(
            got.iter().filter(|(k, _)| k == "person").count(),
            2,
            "{got:?}"
        );
    }

    #[test]
    fn suffixes_designators_tickers_and_brackets_mark_companies() {
        let got = entities(
            "Greyhound Corp <G> and <Mitsui and Co Ltd> met Brilliance Auto and Zeta Holdings today.",
        );
        for name in [
            "Greyhound Corp",
            "Mitsui and Co Ltd",
            "Brilliance Auto",
            "Zeta Holdings",
        ] {
            assert!(has(&got, "company", name), "{name}: {got:?}");
        }
    }

    #[test]
    fn a_word_of_past_time_opening_a_chunk_is_no_part_of_the_name() {
        let got = entities(
            "Board news\n\nFormer Wrenfield CEO Dana Okoro joined on Monday. \
             Then Brasko Group chairman Ivo Brandt left.",
        );
        assert!(has(&got, "company", "Wrenfield"), "{got:?}");
        assert!(has(&got, "company", "Brasko Group"), "{got:?}");
        assert!(
            got.iter()
                .all(|(_, n)| !n.starts_with("Former") && !n.starts_with("Then")),
            "{got:?}"
        );
    }

    #[test]
    fn an_edition_label_after_a_model_number_is_no_legal_suffix() {
        let got = entities("Review\n\nWe tried the Vexa C180 SE for a week. Brenmark SE makes it.");
        assert!(!has(&got, "company", "Vexa C180 SE"), "{got:?}");
        assert!(has(&got, "company", "Brenmark SE"), "{got:?}");
    }

    #[test]
    fn a_listed_name_opening_a_longer_and_name_gives_the_longer_name() {
        // "Weis Markets" is listed (rules/companies-sec.txt).
        let got = companies("Deal\n\nWeis Markets and Chemical Corp said it would merge.");
        assert_eq!(got, ["Weis Markets and Chemical Corp"]);
    }

    #[test]
    fn a_listed_brand_is_a_company_but_not_inside_a_longer_name() {
        let got = entities("Zipcar said it would grow. We tried the Sennheiser Momentum 4 today.");
        assert!(has(&got, "company", "Zipcar"), "{got:?}");
        assert!(has(&got, "company", "Sennheiser"), "{got:?}");
        let got = entities("The Esso Pelmar Refining unit will close in March.");
        assert!(!has(&got, "company", "Esso"), "{got:?}");
        let got = entities("Fans will watch the Betfair Bowl at 6:30 p.m. on Monday.");
        assert!(!has(&got, "company", "Betfair"), "{got:?}");
    }

    #[test]
    fn a_listed_brand_opening_a_unit_name_with_and_keeps_it_whole() {
        // The brand is no mention of its own there: "and" joins the unit's
        // name as for an unlisted one; a listed name before "and" still
        // stands alone ("Boeing and Tessaly Corp").
        let got = entities("Ann Bell heads Zipcar Fleet Sales and Leasing Co, it said.");
        assert!(
            has(&got, "company", "Zipcar Fleet Sales and Leasing Co"),
            "{got:?}"
        );
        let got = entities("Zipcar and Tessaly Corp made rival offers on Monday.");
        assert!(has(&got, "company", "Zipcar"), "{got:?}");
        assert!(has(&got, "company", "Tessaly Corp"), "{got:?}");
    }

    #[test]
    fn public_bodies_and_places_are_no_companies() {
        let got = entities(
            "The Securities and Exchange Commission and the University of Ohio met in Beijing.",
        );
        assert!(got.iter().all(|(k, _)| k != "company"), "{got:?}");
    }

    #[test]
    fn a_middle_initial_stays_in_the_name() {
        let got = entities("Shares of Del E. Webb Corp rose on Monday after the results.");
        assert!(has(&got, "company", "Del E. Webb Corp"), "{got:?}");
    }

    #[test]
    fn an_acronym_gloss_makes_one_company() {
        let got = entities("Harrow and Kestrel (H&K) is to buy a stake. H&K said it was pleased.");
        assert!(has(&got, "company", "Harrow and Kestrel"), "{got:?}");
        assert_eq!(
            got.iter().filter(|(k, _)| k == "company").count(),
            1,
            "{got:?}"
        );
    }

    #[test]
    fn person_cues() {
        let got = entities(
            "Hubertus Troska, chairman of Zeta AG, met CEO Lei Jun and Mr Okafor, said Robert Jones.",
        );
        for name in ["Hubertus Troska", "Lei Jun", "Okafor", "Robert Jones"] {
            assert!(has(&got, "person", name), "{name}: {got:?}");
        }
    }

    #[test]
    fn places_events_plurals_and_towns_are_no_companies() {
        let got = entities(
            "Varnel Corp bought the Lindale, Mass., maker. It sells TVs to NASA, sponsors the Toyota Championship and has an office in the West Bank.",
        );
        let companies: Vec<_> = got.iter().filter(|(k, _)| k == "company").collect();
        assert_eq!(companies.len(), 1, "{got:?}");
    }

    #[test]
    fn bracketed_qualifiers_and_banks_of_places_stay_in_the_name() {
        let got = entities(
            "Harrow Tessel (Far East) Ltd sold its stake in Quarro Bank of Ohio on Monday.",
        );
        assert!(
            has(&got, "company", "Harrow Tessel (Far East) Ltd"),
            "{got:?}"
        );
        assert!(has(&got, "company", "Quarro Bank of Ohio"), "{got:?}");
    }

    #[test]
    fn teams_and_things_after_a_determiner_are_no_people() {
        let got = entities(
            "Fans cheered the Melissa Hawks on Sunday. Melissa Hawks owner Quorin Halsey said the Harold Dunmore Arena was full.",
        );
        assert!(has(&got, "person", "Quorin Halsey"), "{got:?}");
        for name in ["Melissa Hawks", "Harold Dunmore Arena"] {
            assert!(!has(&got, "person", name), "{name}: {got:?}");
        }
    }

    #[test]
    fn byline_trailer_and_dateline_words_are_no_people() {
        let got = entities(
            "By Quorin Halsey, AP Sports Writer\nFirst Published 3 hours ago\n\nGRANDVALE, Ohio (AP) - The team won.",
        );
        assert!(has(&got, "person", "Quorin Halsey"), "{got:?}");
        assert!(
            got.iter().all(|(_, n)| n != "First" && n != "GRANDVALE"),
            "{got:?}"
        );
    }

    #[test]
    fn a_byline_name_running_on_into_the_outlet_ends_after_two_words() {
        let got = entities(
            "Brovik sells unit\nBy Dalia Fenwright Riverside Courier\n\nBrovik Energy Corp sold a unit.",
        );
        assert!(has(&got, "person", "Dalia Fenwright"), "{got:?}");
        assert!(got.iter().all(|(_, n)| !n.contains("Courier")), "{got:?}");
        let got = entities(
            "Haldane builds terminal\nBy Tomas Ekwall By Tomas Ekwall March 27\n\nHaldane Resources Inc will build it.",
        );
        assert!(has(&got, "person", "Tomas Ekwall"), "{got:?}");
        let got = entities(
            "Brovik sells unit\nBy Dalia K. Fenwright Riverside Courier\n\nBrovik Energy Corp sold a unit.",
        );
        assert!(has(&got, "person", "Dalia K. Fenwright"), "{got:?}");
    }

    #[test]
    fn a_title_of_a_field_after_a_possessive_introduces_a_name() {
        let got = entities(
            "Velkor Systems opened a plant. Velkor's head of operations, Zebulor Quain, said it would hire 200 people.",
        );
        assert!(has(&got, "person", "Zebulor Quain"), "{got:?}");
    }

    #[test]
    fn an_age_or_a_kin_word_after_a_name_makes_a_person() {
        let got = entities(
            "Oskrey Vantiline, 41, was taken to hospital. Trouble was, Hyvren Taskil's parents were away. The Juvena, 53,351 tonnes, ran aground.",
        );
        for name in ["Oskrey Vantiline", "Hyvren Taskil"] {
            assert!(has(&got, "person", name), "{name}: {got:?}");
        }
        assert!(!has(&got, "person", "Juvena"), "{got:?}");
    }

    #[test]
    fn a_name_with_a_particle_is_one_person_after_a_speech_verb_or_title() {
        let got = entities(
            "Jovaldo Penhir da Silva said the town would help. The law was signed by President Orvan Teliz Mabeno da Silva.",
        );
        for name in ["Jovaldo Penhir da Silva", "Orvan Teliz Mabeno da Silva"] {
            assert!(has(&got, "person", name), "{name}: {got:?}");
        }
        let got = entities("Credit Commercial de France said profits rose.");
        assert!(got.iter().all(|(k, _)| k != "person"), "{got:?}");
    }

    #[test]
    fn initials_and_jr_count_as_parts_of_a_name() {
        for (text, name) in [
            (
                "The sale was approved by Dorvan Pellick Jr., the chairman of Brenhall Corp.",
                "Dorvan Pellick Jr",
            ),
            (
                "Judge K. Marlow Feddick approved the sale.",
                "K. Marlow Feddick",
            ),
            (
                "E. Marlow Feddick told reporters the sale was approved.",
                "E. Marlow Feddick",
            ),
        ] {
            let got = entities(text);
            assert!(has(&got, "person", name), "{text}: {got:?}");
        }
    }

    #[test]
    fn news_credits_name_their_writers() {
        let got = entities(
            "The council voted on Monday.\n\n(Reporting by Osrin Paldeck in Tollmouth; \
             Additional reporting by Velma Torrisk and Anwen Caradog; Editing by Bertil Maunsey)",
        );
        for name in [
            "Osrin Paldeck",
            "Velma Torrisk",
            "Anwen Caradog",
            "Bertil Maunsey",
        ] {
            assert!(has(&got, "person", name), "{name}: {got:?}");
        }
    }

    #[test]
    fn a_name_ending_in_a_business_word_is_no_person() {
        for text in [
            "Harbeck Realty said it would sell the offices.",
            "The sale was advised by Dunmore Associates, said Ada Brun.",
            "Velsing Weekly said the price was fair.",
            "The fund is run by Quorrel Trust.",
        ] {
            let got = entities(text);
            assert!(
                got.iter().all(|(k, n)| k != "person" || n == "Ada Brun"),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn a_given_name_before_a_designator_or_sector_word_names_a_company() {
        let got = entities(
            "Shares of Hollis Drug rose after Marla Group said it would buy them. \
             Harlan Televentures said it agreed.",
        );
        for name in ["Hollis Drug", "Marla Group", "Harlan Televentures"] {
            assert!(has(&got, "company", name), "{name}: {got:?}");
        }
        // A listed word is no compound.
        let rules = Rules::default_rules().unwrap();
        assert!(super::compound_designator(&rules, "Televentures"));
        assert!(!super::compound_designator(&rules, "Telecommunications"));
        assert!(!super::compound_designator(&rules, "ventures"));
    }

    #[test]
    fn a_business_noun_before_a_given_name_names_a_company() {
        let got = entities(
            "Pellow Farms still owes money to the Welsh lender Lewis Marchbank. \
             Rowan Tools said chipmaker Morgan Stanmore would supply it.",
        );
        for name in ["Lewis Marchbank", "Morgan Stanmore"] {
            assert!(has(&got, "company", name), "{name}: {got:?}");
        }
        // An occupation a person holds is no business noun.
        let got = entities("The film producer Grace Lindqvist said the studio would close.");
        assert!(has(&got, "person", "Grace Lindqvist"), "{got:?}");
    }

    #[test]
    fn a_verb_after_the_name_past_the_noun_keeps_a_person() {
        // A reduced relative clause or a reported clause: the name is its
        // subject, the noun names another thing.
        for (text, name) in [
            (
                "Tamsin Vale Corp leases jets to the airline Nora Bright set up.",
                "Nora Bright",
            ),
            (
                "Ivo Hart told the bank Owen Tully would quit as chairman.",
                "Owen Tully",
            ),
            (
                "Staff admire the startup Bruno Kettle runs from a barn.",
                "Bruno Kettle",
            ),
            (
                "Fiona Reese warned the insurer Hector Bain had hidden losses.",
                "Hector Bain",
            ),
            (
                "Dace Corp sold the drugmaker Ivan Loft founded.",
                "Ivan Loft",
            ),
        ] {
            let got = entities(text);
            assert!(!has(&got, "company", name), "{text}: {got:?}");
        }
        // Bare, with no determiner, the noun still names the company.
        let got = entities("Rowan Tools said chipmaker Morgan Stanmore would supply it.");
        assert!(has(&got, "company", "Morgan Stanmore"), "{got:?}");
    }

    #[test]
    fn initials_and_a_surname_after_a_person_and_of_name_the_employer() {
        let got = entities("\"Prices will fall,\" analyst Marta Vancell of R.W. Pellham said.");
        assert!(has(&got, "company", "R.W. Pellham"), "{got:?}");
        assert!(has(&got, "person", "Marta Vancell"), "{got:?}");
        // A place's initials are no firm's.
        let got = entities("Vellan Gas Corp of U.S. Plans to hire staff in Lagos, it said.");
        assert!(!got.iter().any(|(_, n)| n.starts_with("U.S.")), "{got:?}");
    }

    #[test]
    fn a_dateline_place_in_capitals_and_a_lone_st_are_no_names() {
        let got = entities(
            "Offer\n\nBEVERLY HILLS, June 18 - Wexford Financial Corp said it agreed to buy \
             Dorrance Savings Corp, St. Paul, Minn.",
        );
        assert!(
            !got.iter().any(|(_, n)| n == "BEVERLY HILLS" || n == "St"),
            "{got:?}"
        );
        assert!(has(&got, "company", "Wexford Financial Corp"), "{got:?}");
    }

    #[test]
    fn a_name_before_a_lower_case_group_is_a_business_group() {
        let got = entities("It allied itself with the Varmani group and the German group.");
        assert!(has(&got, "company", "Varmani group"), "{got:?}");
        assert!(!got.iter().any(|(_, n)| n.contains("German")), "{got:?}");
        let got = entities("A group of investors, the Kotak group of funds, said so.");
        assert!(!got.iter().any(|(_, n)| n.contains("group")), "{got:?}");
    }

    #[test]
    fn a_regions_national_bank_is_a_bank_a_countrys_is_central() {
        // rules/regional-adjectives.txt: "Alsatian", "Bavarian" name no
        // country; rules/country-variant-adjectives.txt: "Yugoslav" does.
        let got = entities("Alsatian National Bank and Bavarian National Bank said so.");
        assert!(has(&got, "company", "Alsatian National Bank"), "{got:?}");
        assert!(has(&got, "company", "Bavarian National Bank"), "{got:?}");
        for text in [
            "The Swiss National Bank said so.",
            "The Yugoslav National Bank said so.",
            "The Soviet National Bank said so.",
        ] {
            let got = entities(text);
            assert!(got.is_empty(), "{text}: {got:?}");
        }
    }

    #[test]
    fn a_group_of_another_kind_is_no_business_group() {
        // rules/group-kind-words.txt: a name's first word, its last word
        // with "group", a kind of group elsewhere in the sentence.
        for text in [
            "The House group wrote to the regulator on Monday.",
            "The Senate group said it would write to the council.",
            "The Pellow Action group met on Monday.",
            "Fighting went on near rebel groups such as the Kessar group.",
            "The Tarvo group, a pressure group, protested outside.",
            "The Velbrook group is a rock group from Leeds.",
        ] {
            let got = entities(text);
            assert!(
                !got.iter().any(|(_, n)| n.contains("group")),
                "{text}: {got:?}"
            );
        }
        for (text, name) in [
            (
                "The Morvane group said it bought 5 pct of Halcott Corp.",
                "Morvane group",
            ),
            // No profession opens a kind of group.
            (
                "Analysts said the Farmers group agreed to buy Kestrel Ltd.",
                "Farmers group",
            ),
            // A kind elsewhere in the sentence, not beside the name.
            (
                "The Varmani group bought 5 pct of Halcott Corp, an industry group said.",
                "Varmani group",
            ),
            (
                "The Varmani group bought 5 pct of Halcott Corp, rights groups said.",
                "Varmani group",
            ),
        ] {
            let got = entities(text);
            assert!(has(&got, "company", name), "{text}: {got:?}");
        }
    }

    #[test]
    fn a_capitalised_occupation_opening_a_name_is_no_part_of_it() {
        for (text, name) in [
            (
                "It sold well. Singer Dana Pellworth said she was glad.",
                "Dana Pellworth",
            ),
            (
                "The talks were led by Ambassador Marla Ostrander.",
                "Marla Ostrander",
            ),
            // After a nationality or place that says whose title it is.
            (
                "The talks were led by Danish Ambassador Marla Ostrander.",
                "Marla Ostrander",
            ),
        ] {
            let got = entities(text);
            assert!(has(&got, "person", name), "{text}: {got:?}");
            assert!(
                got.iter().all(|(k, n)| k != "person" || n == name),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn a_name_joined_by_a_slash_is_no_person() {
        let got = entities("The keepers returned on Saturday. (Laura Marwick/The Carrow Post)");
        assert!(got.iter().all(|(k, _)| k != "person"), "{got:?}");
    }

    #[test]
    fn a_title_case_title_or_a_field_before_the_employer_names_a_company() {
        let got = entities(
            "Orders held, said Tom Pike, Senior Product Manager at Dorvell, on Monday. \
             Ann Rolfe, VP of Platform Engineering at Quarmby, said so. \
             Prices held, said Jane Orr, head of sales, Kestrin. \
             Paul Grey, British Minister of Agriculture, said so. \
             Ruth Lane, Deputy Secretary of Transport, said so.",
        );
        for name in ["Dorvell", "Quarmby", "Kestrin"] {
            assert!(has(&got, "company", name), "{name}: {got:?}");
        }
        for name in [
            "Platform Engineering",
            "Agriculture",
            "Transport",
            "Senior Product",
        ] {
            assert!(!has(&got, "company", name), "{name}: {got:?}");
        }
    }

    #[test]
    fn headline_capitals_are_not_names() {
        let got = entities("Xiaomi Could Be Working With Tesla On Electric Car");
        assert!(got.iter().all(|(_, n)| !n.contains("Could")), "{got:?}");
    }
}
