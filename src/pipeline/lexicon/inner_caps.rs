//! Company list entries written with other inner capitals ("Tiktok",
//! "Paypal", "Linkedin" for listed `TikTok`, `PayPal`, `LinkedIn`).
//!
//! Takes: the look-up's loose company spans (case-sensitive entries whose
//! text differs from the entry only by inner capitals, [`inner_caps_match`]),
//! the tokens and their word classes. Gives: the loose spans that may stand
//! as the company. Guarantees: only entries whose inner capitals are word
//! boundaries ([`splits_at_words`]: not `DuPont`, `McKinsey`), and never a
//! word the article uses as a person's name anywhere ([`person_shaped`]).

use super::Span;
use crate::pipeline::segment::{TokKind, Tokens};
use crate::rules::{ListKind, Payload, Rules};

/// The cue list of surname prefixes of three or more letters that glue to
/// the surname with a capital ("Mac", "Fitz"); shorter heads and listed
/// name particles ("van", "von", "della") are surname prefixes anyway.
const SURNAME_PREFIXES: &str = "surname-prefixes";

/// The cue list of lower-case company entries that are English words
/// ("blackberry", "indigo"): loose only with the listed form in the article.
const DICTIONARY_WORDS: &str = "inner-caps-words";

/// The cue list of words ("a", "the", "his", "in", "near") after which a
/// loose match that closes its phrase is a thing or a place.
const REFUSERS: &str = "inner-caps-refusers";

/// Whether `matched` is `surface` with other capitals inside its mixed-case
/// words, word by word (words split on one space; `matched` on one line):
/// each word is the surface's as written, or both are mixed case (a capital
/// and a small letter each), the text's word opens with a capital and they
/// differ in case only: "Tiktok" and "TIkTok" for "TikTok", "Ebay" for
/// "eBay"; never a word in all small letters ("tiktok") or all capitals, nor
/// other capitals of an all-capitals or all-small surface word ("Mg Rover"
/// is not "MG Rover"), nor `matched` as written. Allocates nothing; linear.
pub(super) fn inner_caps_match(matched: &str, surface: &str) -> bool {
    let mixed = |w: &str| w.chars().any(char::is_uppercase) && w.chars().any(char::is_lowercase);
    let same_letters = |m: &str, s: &str| {
        m.chars()
            .flat_map(char::to_lowercase)
            .eq(s.chars().flat_map(char::to_lowercase))
    };
    let (mut ms, mut ss) = (matched.split(' '), surface.split(' '));
    loop {
        match (ms.next(), ss.next()) {
            (None, None) => return matched != surface,
            (Some(m), Some(s)) if m == s => {}
            (Some(m), Some(s)) => {
                let capital = m.chars().next().is_some_and(char::is_uppercase);
                if !(capital && mixed(m) && mixed(s) && same_letters(m, s)) {
                    return false;
                }
            }
            _ => return false,
        }
    }
}

/// Whether every inner capital of the entry `surface` (a capital right
/// after a small letter) opens a word of its own rather than a surname
/// after its prefix: the letters before it (the head, from the word's
/// start) open in small letters ("eBay"), or are three or more letters
/// that are no listed name particle ("van", "von") nor surname prefix
/// ("Mac", cue list `surname-prefixes`). So `TikTok`, `PayPal`,
/// `LinkedIn`, `YouTube` split at words; `DuPont`, `LeGrand`, `McKinsey`,
/// `MacArthur`, `VanEck` and `O'Neill`-like heads do not. An entry with no
/// inner capital also does not (nothing to admit).
pub(super) fn splits_at_words(surface: &str, rules: &Rules) -> bool {
    let mut any = false;
    for word in surface.split(' ') {
        let mut prev_small = false;
        for (at, c) in word.char_indices() {
            if c.is_uppercase() && prev_small {
                any = true;
                if !word_head(&word[..at], rules) {
                    return false;
                }
            }
            prev_small = c.is_lowercase();
        }
    }
    any
}

/// Whether `head` (the letters of an entry word before an inner capital)
/// is a word of its own: see [`splits_at_words`].
fn word_head(head: &str, rules: &Rules) -> bool {
    if head.starts_with(char::is_lowercase) {
        return true;
    }
    let letters = head.chars().all(char::is_alphabetic);
    let particle = rules.word_class(head) & ListKind::NameParticle.bit() != 0;
    letters && head.chars().count() >= 3 && !particle && !rules.is_cue(SURNAME_PREFIXES, head)
}

/// The `loose` spans that stand: those that are a whole name ([`alone`])
/// and whose words (compared in lower case) the article never writes
/// person-shaped ([`person_shaped`]), so "Tiktok said" stays and every
/// "Dupont" of an article naming "Xavier Dupont" goes. `loose` spans are
/// one sentence's tokens each.
pub(super) fn keep_loose(
    text: &str,
    tokens: &Tokens,
    classes: &[u32],
    rules: &Rules,
    loose: Vec<Span>,
) -> Vec<Span> {
    let words = |s: &Span| {
        let (a, b) = (tokens.tokens[s.first].start, tokens.tokens[s.last - 1].end);
        text[a..b].to_lowercase()
    };
    let loose: Vec<(Span, String)> = loose.into_iter().map(|s| (s, words(&s))).collect();
    let people: Vec<&str> = loose
        .iter()
        .filter(|(s, _)| person_shaped(text, tokens, classes, rules, s))
        .map(|(_, w)| w.as_str())
        .collect();
    loose
        .iter()
        .filter(|(s, w)| alone(text, tokens, s) && !people.contains(&w.as_str()))
        .filter(|(s, w)| !word_unvouched(text, tokens, classes, rules, s, w))
        .filter(|(s, _)| !refused(text, tokens, rules, s))
        .map(|(s, _)| *s)
        .collect()
}

/// Whether loose span `s` (its text `lower`, in lower case) is an English
/// word (cue list `inner-caps-words`: "Blackberry", "Indigo") or a listed
/// place whose entry the article never writes as listed ("BlackBerry"
/// elsewhere vouches for "Blackberry").
fn word_unvouched(
    text: &str,
    tokens: &Tokens,
    classes: &[u32],
    rules: &Rules,
    s: &Span,
    lower: &str,
) -> bool {
    let class = |k: usize| classes[k] | rules.word_class(tokens.tokens[k].text(text));
    let place = (s.first..s.last).any(|k| class(k) & ListKind::Place.bit() != 0);
    if !place && !rules.is_cue(DICTIONARY_WORDS, lower) {
        return false;
    }
    match s.payload {
        Payload::Entry { surface, .. } => !text.contains(&rules.surfaces[surface as usize]),
        _ => true,
    }
}

/// Whether loose span `s` follows a refusing word (cue list
/// `inner-caps-refusers`: "a", "the", "his", "in") and closes its phrase
/// (a punctuation mark, "of" or the sentence's end next): "on a
/// Blackberry.", "grew up in Blackrock, south", "The Seaworld of".
fn refused(text: &str, tokens: &Tokens, rules: &Rules, s: &Span) -> bool {
    let toks = &tokens.tokens;
    let sentence = tokens.sentences[tokens.sentence_of[s.first]];
    let after_refuser =
        s.first > sentence.first && rules.is_cue(REFUSERS, toks[s.first - 1].text(text));
    let closes = s.last >= sentence.last
        || toks[s.last].kind != TokKind::Word
        || toks[s.last].text(text).eq_ignore_ascii_case("of");
    after_refuser && closes
}

/// Whether span `s` is a whole name: no capitalised word right after it
/// nor right before it (but for the sentence's first word), so the loose
/// "Ssangyong" of "Ssangyong Cement Industrial Co" or "Natwest" of "County
/// Natwest Capital Markets" (another firm's longer name) and "Indigo" of
/// "Interstellar Indigo finish" are none.
fn alone(text: &str, tokens: &Tokens, s: &Span) -> bool {
    let toks = &tokens.tokens;
    let sentence = tokens.sentences[tokens.sentence_of[s.first]];
    let cap = |k: usize| toks[k].kind == TokKind::Word && toks[k].is_cap(text);
    let before = s.first > sentence.first + 1 && cap(s.first - 1);
    let after = s.last < sentence.last && cap(s.last);
    !before && !after
}

/// Whether span `s` stands where a person's name would: its one word is a
/// listed given name or surname, or a given name, an initial ("J." or "J"),
/// an honorific or a title stands right before it, or a listed surname
/// right after it ("Dupont" of "Xavier Dupont", "Mr Legrand", "chairman
/// Paypal", "Tiktok Alvarez"). `classes` are the look-up's per-token bits.
pub(super) fn person_shaped(
    text: &str,
    tokens: &Tokens,
    classes: &[u32],
    rules: &Rules,
    s: &Span,
) -> bool {
    let toks = &tokens.tokens;
    let word = |k: usize| toks[k].text(text);
    let class = |k: usize| classes[k] | rules.word_class(word(k));
    let named = ListKind::GivenName.bit() | ListKind::Surname.bit();
    let itself = s.last == s.first + 1 && class(s.first) & named != 0;
    let sentence = tokens.sentences[tokens.sentence_of[s.first]];
    let before = (s.first > sentence.first).then(|| s.first - 1);
    let after = (s.last < sentence.last && toks[s.last].kind == TokKind::Word).then_some(s.last);
    itself
        || before.is_some_and(|p| person_before(text, tokens, p, class(p)))
        || after.is_some_and(|n| toks[n].is_cap(text) && class(n) & ListKind::Surname.bit() != 0)
}

/// Whether token `p`, of word classes `class`, opens a person's name
/// before the next token: a listed given name, honorific, title or title
/// abbreviation, or an initial ("J", or "J." as a letter and a glued full
/// stop).
fn person_before(text: &str, tokens: &Tokens, p: usize, class: u32) -> bool {
    let toks = &tokens.tokens;
    let initial = |k: usize| {
        let w = toks[k].text(text);
        w.chars().count() == 1 && w.chars().all(char::is_uppercase)
    };
    let glued_stop = toks[p].is_punct('.') && p > 0 && toks[p - 1].end == toks[p].start;
    let opener = ListKind::GivenName.bit()
        | ListKind::Honorific.bit()
        | ListKind::Title.bit()
        | ListKind::RoleTitle.bit()
        | ListKind::TitleAbbrev.bit();
    (toks[p].kind == TokKind::Word && (class & opener != 0 || initial(p)))
        || (glued_stop && initial(p - 1))
}

#[cfg(test)]
mod tests {
    use super::{inner_caps_match, splits_at_words};
    use crate::Rules;
    use crate::pipeline::lexicon::lookup;
    use crate::pipeline::segment::words_as_tokens;
    use crate::rules::{ListKind, RuleSource};

    /// The companies (canonical names) `text`'s words look up with the
    /// invented list of the kinds articles (tests/kinds/rules) on top.
    fn companies(text: &str) -> Vec<String> {
        let layer = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/kinds/rules");
        let rules = Rules::load(&RuleSource::layered(None, &[layer]).unwrap()).unwrap();
        let tokens = words_as_tokens(text);
        let lexed = lookup(text, &tokens, &rules);
        let spans = (0..tokens.tokens.len()).flat_map(|i| {
            lexed
                .spans_at(i, &rules, ListKind::Company)
                .copied()
                .collect::<Vec<_>>()
        });
        spans
            .map(|s| match s.payload {
                crate::rules::Payload::Entry { entry, .. } => rules.canonical(entry).to_string(),
                _ => unreachable!("a company span holds an entry"),
            })
            .collect()
    }

    #[test]
    fn loose_names_stand_alone_and_never_as_people() {
        assert_eq!(companies("Paygrove said sales rose"), ["PayGrove"]);
        assert_eq!(companies("shares of Quorlink rose"), ["QuorLink Systems"]);
        assert_eq!(
            companies("Evandra and Paygrove met"),
            ["eVandra", "PayGrove"]
        );
        let none: [&str; 6] = [
            "Hugo Tallvane met the Tallvane team", // a person elsewhere
            "the deal Tallvane Novak signed",      // a listed surname after
            "Mr Paygrove said sales rose",         // an honorific before
            "Lebrandt said sales rose",            // a surname-shaped entry
            "County Paygrove Markets said so",     // a longer name
            "paygrove said sales rose",            // small letters
        ];
        for text in none {
            assert!(companies(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn words_places_and_things_stay_words() {
        let none = [
            "Blackberry jam sold out at the fair in Orvale", // a dictionary word
            "Indigo was the shade she chose for the hall",   // a dictionary word
            "She reads her mail on a Blackberry, she said",  // a thing after "a"
            "He was raised in Blackrock, far from the coast", // a place after "in"
            "The Seaworld of the novel is cold and grey",    // "the" ... "of"
        ];
        for text in none {
            assert!(companies(text).is_empty(), "{text}");
        }
        assert_eq!(
            companies("BlackBerry said its Blackberry sales rose"),
            ["BlackBerry", "BlackBerry"],
            "the listed form vouches for the word"
        );
        assert_eq!(companies("fans throughout Paygrove cheered"), ["PayGrove"]);
        assert_eq!(companies("a Paygrove spokesman said so"), ["PayGrove"]);
    }

    #[test]
    fn company_names_admit_other_inner_capitals() {
        assert!(inner_caps_match("Zentrik", "ZenTrik"));
        assert!(inner_caps_match("Ebrokr", "eBrokr"));
        assert!(inner_caps_match("EBrokr", "eBrokr"));
        assert!(inner_caps_match("Vexolabs Kft", "VexoLabs Kft"));
        assert!(!inner_caps_match("zentrik", "ZenTrik"), "all small letters");
        assert!(!inner_caps_match("eBrokr", "eBrokr"), "as written");
        assert!(!inner_caps_match("ZENTRIK", "ZenTrik"), "all caps");
        assert!(!inner_caps_match("Zentrik", "Zentrik Labs"));
        assert!(!inner_caps_match("Vm Partners", "VM Partners"), "acronym");
        assert!(!inner_caps_match("Vexolabs kft", "VexoLabs Kft"));
    }

    #[test]
    fn only_inner_capitals_at_word_boundaries_count() {
        let rules = Rules::default_rules().unwrap();
        for yes in ["ZenTrik", "PayGrove", "eBrokr", "VexoLabs Kft", "CloudIn"] {
            assert!(splits_at_words(yes, &rules), "{yes}");
        }
        let surnames = [
            "DuVarlo",
            "LeBrandt",
            "McQuorrie",
            "MacOrrin",
            "VanDorsel",
            "VonTrask",
            "DiSanto",
            "O'Brask",
            "DeLuvo",
            "LaMarsh",
        ];
        for no in surnames.into_iter().chain(["Zentrik", "VM Partners"]) {
            assert!(!splits_at_words(no, &rules), "{no}");
        }
    }
}
