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
//!
//! Submodules, in the order [`spot`] runs them:
//! - `lists`: company list entries and lower-case groups.
//! - `chunk`: capitalised chunks (candidates) and acronym glosses.
//! - `caps`: names written in capitals, title-case starts.
//! - `cut`: cutting a chunk around taken tokens, divisions, qualifiers.
//! - `classify`: company or person by form (designators, suffixes, bodies).
//! - `person` / `romanised`: person cues and romanised given names.
//! - `terms` / `context` / `employer`: companies known from the words around them.
//! - `role_orgs`: organisations after a title become companies.
//! - `tests`: unit tests of whole sentences.

mod caps;
mod chunk;
mod classify;
mod context;
mod cut;
mod employer;
mod lists;
mod person;
mod role_orgs;
mod romanised;
mod terms;
#[cfg(test)]
mod tests;

use caps::*;
use chunk::*;
use classify::*;
use cut::*;
use lists::*;
use person::*;
use role_orgs::*;
use romanised::*;

pub(crate) use romanised::{ROMANISED, romanised_given};

use crate::pipeline::lexicon::{ArticleWords, Lexed, Span, TokenWords};
use crate::pipeline::roles::title_or_byline_head;
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

/// Bytes a word needs before [`demonym`] makes it from a place ("Iraqi",
/// "Omani"; a shorter one, "Thai", must be listed as a nationality).
const MADE_DEMONYM_MIN: usize = 5;

/// How a demonym is made from a place's name: an ending of the word, and
/// the additions to its stem that may spell the place ("Italian": "Ital" +
/// "y"; "Polish": "Pol" + "and").
const DEMONYM_ENDINGS: &[(&str, &[&str])] = &[
    ("ian", &["", "a", "e", "y", "ia", "ium"]),
    ("ese", &["", "a", "on"]),
    ("ish", &["ain", "and", "land", "eland", "ey"]),
    ("an", &["", "o", "y", "a", "e"]),
    ("n", &[""]),
    ("i", &["", "a", "iland"]),
    ("", &["y"]),
];
/// The bytes of the longest addition of [`DEMONYM_ENDINGS`].
const LONGEST_ADDITION: usize = {
    let (mut longest, mut i) = (0, 0);
    while i < DEMONYM_ENDINGS.len() {
        let mut j = 0;
        while j < DEMONYM_ENDINGS[i].1.len() {
            if DEMONYM_ENDINGS[i].1[j].len() > longest {
                longest = DEMONYM_ENDINGS[i].1[j].len();
            }
            j += 1;
        }
        i += 1;
    }
    longest
};

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
    w.len() >= 4 && demonym_of_class(rules, w, rules.word_class(w))
}

/// [`demonym`] of `w`, whose [`Rules::word_class`] is `class`.
fn demonym_of_class(rules: &Rules, w: &str, class: u32) -> bool {
    if w.len() < 4 {
        return false;
    }
    if class & (ListKind::GivenName.bit() | ListKind::Surname.bit()) != 0 {
        return false;
    }
    if class & ListKind::Nationality.bit() != 0 {
        return true;
    }
    w.len() >= MADE_DEMONYM_MIN && made_from_place(rules, w)
}

/// Whether `w` less an ending of [`DEMONYM_ENDINGS`], plus one of that
/// ending's additions, spells a listed place ("Italian" -> "Italy").
fn made_from_place(rules: &Rules, w: &str) -> bool {
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
    DEMONYM_ENDINGS.iter().any(|(end, adds)| {
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
struct Cx<'a> {
    text: &'a str,
    tokens: &'a Tokens,
    lexed: &'a Lexed,
    rules: &'a Rules,
    /// Per word as written, the tokens (in order) where it stands and
    /// opens no sentence: built on first use, in one pass over the
    /// article ([`Cx::written_mid_sentence`]).
    mid_sentence: std::cell::OnceCell<MidSentence<'a>>,
    /// The article's runs of letters and digits, indexed on the first caps
    /// name asked about ([`Cx::word_runs`]).
    word_runs: std::cell::OnceCell<WordRuns<'a>>,
}

/// Per word as written, the tokens where it opens no sentence.
type MidSentence<'a> = hashbrown::HashMap<&'a str, Vec<usize>>;

impl<'a> Cx<'a> {
    /// Whether token `k`'s word is written, as it is, at another token
    /// within `reach` tokens either side that opens no sentence: a look-up
    /// in the per-article index, built once (linear), not a scan of the
    /// tokens around each asking token.
    fn written_mid_sentence(&self, k: usize, reach: usize) -> bool {
        let index = self.mid_sentence.get_or_init(|| {
            let mut index = MidSentence::new();
            let sentences = &self.tokens.sentences;
            for (j, t) in self.tokens.tokens.iter().enumerate() {
                if t.kind == TokKind::Word && sentences[self.tokens.sentence_of[j]].first != j {
                    index.entry(t.text(self.text)).or_default().push(j);
                }
            }
            index
        });
        let Some(at) = index.get(self.word(k)) else {
            return false;
        };
        let from = at.partition_point(|&j| j < k.saturating_sub(reach));
        at[from..]
            .iter()
            .take_while(|&&j| j < k + reach)
            .any(|&j| j != k)
    }

    /// The article's [`WordRuns`], built on first use (one pass).
    fn word_runs(&self) -> &WordRuns<'a> {
        self.word_runs.get_or_init(|| WordRuns::new(self.text))
    }

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
    /// [`demonym`] of token `i`, its class as the look-up noted it.
    fn demonym(&self, i: usize) -> bool {
        let w = self.word(i);
        w.len() >= 4 && demonym_of_class(self.rules, w, self.word_class(i))
    }
    /// Whether token `i` is a name particle (de, van, bin).
    fn is_particle(&self, i: usize) -> bool {
        self.word_class(i) & ListKind::NameParticle.bit() != 0
    }
}

crate::pipeline::lexicon::token_words_from_fields!(Cx);

/// A person found as dotted initials alone ("Chairman A.W." where a
/// newswire line ends and the sentence was cut before the surname) is no
/// name: left unknown.
fn initials_alone_are_no_names(text: &str, tokens: &Tokens, out: &mut [Mention]) {
    for m in out.iter_mut() {
        let initials = tokens.tokens[m.first..m.last]
            .iter()
            .all(|t| crate::pipeline::segment::dotted_initials(t.text(text)));
        if initials && matches!(m.kind, Kind::Person | Kind::Surname) {
            m.kind = Kind::Unknown;
        }
    }
}

/// "the Corvan Institute for Supply Chain Management", "the Harlow School
/// of Public Health", "the Tarvian Department of Harbours": a company found by its
/// form or context right after "of"/"for" and a capitalised word of
/// rules/institution-of-heads.txt is the institution's field, no company:
/// left unknown. Not a listed company, nor a name a legal suffix ends ("the
/// Institute of Varden Pharmacology PLC" is one firm).
fn institution_tails(cx: &Cx, out: &mut [Mention]) {
    let toks = &cx.tokens.tokens;
    for m in out.iter_mut() {
        if m.kind != Kind::Company || m.entry.is_some() || m.first < 2 {
            continue;
        }
        let suffixed = cx.is(m.last - 1, ListKind::LegalSuffix);
        let head = m.first - 2;
        let after_head = matches!(cx.word(m.first - 1), "of" | "for")
            && toks[head].is_cap(cx.text)
            && cx.is_cue("institution-of-heads", head);
        if after_head && !suffixed {
            m.kind = Kind::Unknown;
        }
    }
}

/// Finds the mentions of one article: list entries first, then acronym
/// glosses, then capitalised chunks (outside headline-case lines), then
/// role organisations; dotted initials alone unknown; possessive marks last.
pub fn spot(text: &str, tokens: &Tokens, lexed: &Lexed, rules: &Rules) -> Vec<Mention> {
    let cx = Cx {
        text,
        tokens,
        lexed,
        rules,
        mid_sentence: std::cell::OnceCell::new(),
        word_runs: std::cell::OnceCell::new(),
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
    keep_byline_authors(&cx, &mut out);
    initials_alone_are_no_names(text, tokens, &mut out);
    institution_tails(&cx, &mut out);
    for m in &mut out {
        m.possessive = toks
            .get(m.last)
            .is_some_and(|t| t.kind == TokKind::Possessive);
    }
    out
}
