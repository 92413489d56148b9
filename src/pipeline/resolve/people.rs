//! Step 4 of resolve: people, and the "people" that are companies.
//!
//! Takes: the merged mentions with their company groups. Gives: kinds
//! corrected (a speech-verb name that is a company's, a name pair used later
//! by its surname, a name listed beside a person) and, per mention, its
//! person. Guarantees: person numbers follow the order of first full-name
//! mention; no choice depends on hash order.

use std::collections::{HashMap, HashSet};

use crate::pipeline::segment::Tokens;
use crate::pipeline::spot::{Kind, Mention};
use crate::rules::Rules;

use super::companies::{edit_distance_at_most_one, is_misspelling};
use super::{Resolving, key};

/// A "person" known only from a speech verb ("Diamant Boart said") that
/// bears a company's name (or a misspelling of it) is that company.
pub(super) fn speech_names_of_companies(
    text: &str,
    tokens: &Tokens,
    forms: &HashMap<String, usize>,
    all: &mut [Resolving],
) {
    for r in all {
        let m = &mut r.mention;
        if m.kind != Kind::Person || m.rule != "person-speech" {
            continue;
        }
        let k = key(text, tokens, m.first, m.last);
        let found = forms.get(&k).map(|&f| (f, false)).or_else(|| {
            // The smallest matching form, so that the choice never depends
            // on hash order.
            forms
                .iter()
                .filter(|(f, _)| is_misspelling(f, &k))
                .min()
                .map(|(_, &f)| (f, true))
        });
        if let Some((f, typo)) = found {
            m.kind = Kind::Company;
            m.rule = "company-alias".into();
            r.group = Some(f);
            r.misspelt = typo;
        }
    }
}

/// Two or three capitalised words of unknown kind.
fn name_like(text: &str, tokens: &Tokens, m: &Mention) -> bool {
    m.kind == Kind::Unknown
        && (2..=3).contains(&(m.last - m.first))
        && tokens.tokens[m.first..m.last]
            .iter()
            .all(|t| t.is_cap(text))
}

/// A capitalised pair whose last word the article later uses alone
/// ("Taylor Swift" ... "Swift said", "Swift's") names a person, unless it
/// opens its sentence or holds a listed word.
pub(super) fn pairs_used_by_surname(
    text: &str,
    tokens: &Tokens,
    rules: &Rules,
    all: &mut [Resolving],
) {
    let toks = &tokens.tokens;
    if !all.iter().any(|r| {
        r.mention.kind == Kind::Unknown && (2..=3).contains(&(r.mention.last - r.mention.first))
    }) {
        return;
    }
    let singles: HashSet<String> = all
        .iter()
        .map(|r| &r.mention)
        .filter(|m| matches!(m.kind, Kind::Unknown | Kind::Surname) && m.last - m.first == 1)
        .map(|m| key(text, tokens, m.first, m.last))
        .collect();
    for r in all {
        let m = &mut r.mention;
        if !name_like(text, tokens, m) {
            continue;
        }
        let last = key(text, tokens, m.last - 1, m.last);
        let odd = |i: usize| rules.word_class(toks[i].text(text)) != 0;
        let opens_sentence = tokens.sentences[tokens.sentence_of[m.first]].first == m.first;
        if singles.contains(&last) && !opens_sentence && !(m.first..m.last).any(odd) {
            m.kind = Kind::Person;
            m.rule = "person-surname".into();
        }
    }
}

/// Names listed beside a person are people too: "the likes of Justin
/// Bieber, Demi Lovato and Ariana Grande". Repeated until nothing changes.
pub(super) fn names_listed_beside_people(text: &str, tokens: &Tokens, all: &mut [Resolving]) {
    let toks = &tokens.tokens;
    loop {
        let mut changed = false;
        for i in 1..all.len() {
            let (a, b) = (&all[i - 1].mention, &all[i].mention);
            let listed = b.first > a.last
                && tokens.sentence_of[a.first] == tokens.sentence_of[b.first]
                && toks[a.last..b.first]
                    .iter()
                    .all(|t| t.is_punct(',') || matches!(t.text(text), "and" | "or"));
            if !listed {
                continue;
            }
            let promote = if a.kind == Kind::Person && name_like(text, tokens, b) {
                Some(i)
            } else if b.kind == Kind::Person && name_like(text, tokens, a) {
                Some(i - 1)
            } else {
                None
            };
            if let Some(p) = promote {
                all[p].mention.kind = Kind::Person;
                all[p].mention.rule = "person-list".into();
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
}

/// People: full names first (a name equal to, or the last words of, an
/// earlier one is that person), then surnames and short unknown chunks
/// equal to (or one edit from) a known person's last name; a lone surname
/// after an honorific is a person of its own. Returns each mention's person.
pub(super) fn group_people(
    text: &str,
    tokens: &Tokens,
    all: &mut [Resolving],
) -> Vec<Option<usize>> {
    let mut person_keys: Vec<Vec<String>> = Vec::new(); // words, by person
    let mut person_of: Vec<Option<usize>> = vec![None; all.len()];
    for (i, r) in all.iter().enumerate() {
        let m = &r.mention;
        if m.kind != Kind::Person {
            continue;
        }
        let words: Vec<String> = key(text, tokens, m.first, m.last)
            .split(' ')
            .map(String::from)
            .collect();
        let same = person_keys
            .iter()
            .position(|w| w == &words || (words.len() < w.len() && w.ends_with(&words)));
        person_of[i] = Some(same.unwrap_or_else(|| {
            person_keys.push(words);
            person_keys.len() - 1
        }));
    }
    for (i, r) in all.iter_mut().enumerate() {
        let m = &mut r.mention;
        if !matches!(m.kind, Kind::Surname | Kind::Unknown) || m.last - m.first > 2 {
            continue;
        }
        let k = key(text, tokens, m.first, m.last);
        if let Some(p) = person_keys.iter().position(|w| is_surname_of(&k, w)) {
            person_of[i] = Some(p);
            m.kind = Kind::Person;
            m.rule = "person-surname".into();
        } else if m.kind == Kind::Surname && m.rule == "person-honorific" {
            person_keys.push(vec![k]);
            person_of[i] = Some(person_keys.len() - 1);
            m.kind = Kind::Person;
        }
    }
    person_of
}

/// Whether key `k` refers to the person of full name `words` (two or more
/// words): the same words, or their last word (perhaps misspelt, five or more
/// bytes each).
fn is_surname_of(k: &str, words: &[String]) -> bool {
    words.len() >= 2
        && (words.iter().map(String::as_str).eq(k.split(' '))
            || words.last().is_some_and(|l| {
                *l == k || (k.len() >= 5 && l.len() >= 5 && edit_distance_at_most_one(l, k))
            }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::resolve::test_support;

    /// (type, name) of every entity in `text`.
    fn entities(text: &str) -> Vec<(String, String)> {
        test_support::entities(text)
            .into_iter()
            .map(|(kind, name, _)| (kind, name))
            .collect()
    }

    #[test]
    fn surnames_and_misspelt_surnames_refer_to_the_full_name() {
        let words = ["ona".to_string(), "kerravane".to_string()];
        assert!(is_surname_of("kerravane", &words));
        assert!(is_surname_of("kerravan", &words));
        assert!(is_surname_of("ona kerravane", &words));
        assert!(!is_surname_of("ona", &words));
        assert!(
            !is_surname_of("kerravane", &words[1..]),
            "one word is no full name"
        );
    }

    #[test]
    fn a_speech_name_equal_to_a_company_is_that_company() {
        let got = entities("Vexolith Tronics AG makes parts. \"We grew,\" said Vexolith Tronics.");
        assert_eq!(got, [("company".into(), "Vexolith Tronics AG".into())]);
    }

    #[test]
    fn a_pair_used_later_by_its_surname_is_a_person() {
        let got = entities("Analysts met Orla Quennick on Monday. Quennick said more.");
        assert!(
            got.contains(&("person".into(), "Orla Quennick".into())),
            "{got:?}"
        );
    }

    #[test]
    fn names_listed_beside_a_person_are_people() {
        let got = entities("It drew Mr Dalvo Preen, Kaso Mirren and Tobe Ulland on Friday.");
        for name in ["Kaso Mirren", "Tobe Ulland"] {
            assert!(
                got.contains(&("person".into(), name.into())),
                "{name}: {got:?}"
            );
        }
    }
}
