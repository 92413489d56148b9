//! Stage 5: resolve. Groups mentions into entities within one article: one
//! entity per real company or person (coreference).
//!
//! Takes: the tokens, the look-up results and the spotted [`Mention`]s.
//! Gives: a [`Resolution`]: every mention (the spotted ones plus those only a
//! known name reveals: a short form "Tesla" of "Tesla Motors", an acronym, a
//! surname), the [`Entity`]s, and per mention its entity. Guarantees: an
//! entity's `name` is the fullest clean form the article uses (a misspelling
//! is never the name); mentions stay disjoint and in text order; the result
//! never depends on hash order.
//!
//! The strategy, step by step (one function each):
//! 1. [`companies::group_by_exact_key`]: company mentions with the same list
//!    entry or the same key (lower case, words joined by one space) form a
//!    group.
//! 2. [`companies::merge_variants`]: longest names first, a group folds into
//!    a longer one it is a variant of: a short form ("Daimler" ~ "Daimler
//!    AG"), an acronym ("SAIC"), a misspelling ("Dailmer AG" ~ "Daimler AG"),
//!    a head word ("Lamborghini" ~ "Automobili Lamborghini SpA") or the same
//!    core ("Big Machine Records" ~ "Big Machine Label Group"); an
//!    unlisted two-letter name folds into the company of its initials
//!    ("BA" ~ "British Airways", [`companies::join_two_letter_acronyms`]).
//! 3. [`rescan::rescan_known_forms`]: uncovered capitalised words equal to a
//!    known form of a company become mentions of it.
//! 4. [`people`]: speech-verb "persons" bearing a company's name become that
//!    company, as does a lone word that opens one suffixed company name
//!    ("Qorvane" of "Qorvane Mining Explorations Ltd"), as do other weakly cued ones (apposition, title) bearing
//!    exactly a company form unless an honorific or given name backs them, a
//!    given-name pair that only opens a longer company name ("Dorian Vale"
//!    of "Dorian Vale Capital") becomes that company, a nationality word before a name is dropped ("Australian
//!    Orla Quennick"), those whose words are no name's ("US TV said") are left
//!    unknown; capitalised pairs whose last word is used alone, and names
//!    listed beside a person, become people; people group by full name, then
//!    surnames join them.
//! 5. [`build_entities`]: entities in order of first mention, each named by
//!    [`best_name`].

mod companies;
mod people;
mod rescan;
#[cfg(test)]
mod test_support;

use hashbrown::HashMap;

use crate::pipeline::lexicon::Lexed;
use crate::pipeline::segment::{TokKind, Tokens};
use crate::pipeline::spot::{Kind, Mention};
use crate::rules::Rules;

pub use companies::edit_distance_at_most_one;

/// A resolved entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// Company or person.
    pub kind: Kind,
    /// Display name: the fullest form used.
    pub name: String,
    /// Its mentions (indices into the mention list), in text order.
    pub mentions: Vec<usize>,
}

/// Entities and the mention-to-entity map.
#[derive(Debug, Clone, Default)]
pub struct Resolution {
    /// All mentions (spotted plus those found by known names), in text order.
    pub mentions: Vec<Mention>,
    /// Entities (companies and people).
    pub entities: Vec<Entity>,
    /// For each mention, its entity.
    pub entity_of: Vec<Option<usize>>,
}

/// A mention on its way to an entity: the mention, its company group (a root
/// of [`companies::Groups`]) and whether it is a misspelling of that group's
/// name.
#[derive(Debug, Clone)]
struct Resolving {
    mention: Mention,
    group: Option<usize>,
    misspelt: bool,
}

/// Normalised key of a token range: lower case, words joined by one space.
pub fn key(text: &str, tokens: &Tokens, first: usize, last: usize) -> String {
    let mut k = String::with_capacity(
        tokens.tokens[first..last]
            .iter()
            .map(|t| t.end - t.start + 1)
            .sum(),
    );
    for t in &tokens.tokens[first..last] {
        if matches!(t.kind, TokKind::Punct(_)) {
            continue;
        }
        if !k.is_empty() {
            k.push(' ');
        }
        push_lowered(&mut k, t.text(text));
    }
    k
}

/// Appends one token's key form: lower case, '.' dropped, '-' as a space.
fn push_lowered(k: &mut String, w: &str) {
    if w.is_ascii() {
        for b in w.bytes() {
            match b {
                b'.' => {}
                b'-' => k.push(' '),
                b => k.push(b.to_ascii_lowercase() as char),
            }
        }
        return;
    }
    for c in w.chars() {
        match c {
            '.' => {}
            '-' => k.push(' '),
            c => k.extend(c.to_lowercase()),
        }
    }
}

/// Resolves the mentions of one article (see the module doc for the steps).
/// `_lexed`, the look-up results, is not read by today's steps (the rules'
/// word classes are); it is kept so that every stage is called alike.
pub fn resolve(
    text: &str,
    tokens: &Tokens,
    _lexed: &Lexed,
    rules: &Rules,
    mut mentions: Vec<Mention>,
) -> Resolution {
    drop_leading_the(text, tokens, &mut mentions);
    let mut groups = companies::group_by_exact_key(text, tokens, rules, &mentions);
    companies::merge_variants(&mut groups, rules);
    companies::join_first_words(text, tokens, &mut groups, &mentions, rules);
    companies::join_two_letter_acronyms(&mut groups, &mentions);
    let forms = rescan::known_forms(&groups);
    let added = rescan::rescan_known_forms(text, tokens, &mentions, &forms);
    let mut all = rescan::merge_added(tokens, mentions, &groups, added);
    people::speech_names_of_companies(text, tokens, &forms, &mut all);
    people::first_words_of_companies(text, tokens, rules, &forms, &mut all);
    people::leading_words_of_companies(text, tokens, rules, &forms, &mut all);
    people::demonyms_before_people(text, tokens, rules, &mut all);
    people::speech_names_of_things(text, tokens, rules, &mut all);
    people::pairs_used_by_surname(text, tokens, rules, &mut all);
    people::names_listed_beside_people(text, tokens, rules, &mut all);
    // Again for names the list step made people ("American Orla Quennick").
    people::demonyms_before_people(text, tokens, rules, &mut all);
    let person_of = people::group_people(text, tokens, rules, &mut all);
    let mut out = build_entities(text, tokens, all, &person_of);
    people::shared_surname_names(text, tokens, &mut out);
    use_list_canonical_names(rules, &mut out);
    out
}

/// A company whose mentions matched a company-list entry is named by that
/// entry's canonical form (the line's first field): `Zentrix Mobility GmbH |
/// Zentrix Mobility | Zentrix` names every entity met as "Zentrix" or
/// "Zentrix Mobility" "Zentrix Mobility GmbH"; the aliases stay as mentions.
/// With several entries, the one matched most often wins (the first on a tie).
fn use_list_canonical_names(rules: &Rules, out: &mut Resolution) {
    for e in out.entities.iter_mut().filter(|e| e.kind == Kind::Company) {
        // Per entry: how often it matched, and when first.
        let mut counts: HashMap<u32, (usize, usize)> = HashMap::new();
        let entries = e.mentions.iter().filter_map(|&m| out.mentions[m].entry);
        for (seen, entry) in entries.enumerate() {
            counts.entry(entry).or_insert((0, seen)).0 += 1;
        }
        let best = counts
            .iter()
            .max_by_key(|&(_, &(n, first))| (n, std::cmp::Reverse(first)))
            .map(|(&id, _)| id);
        if let Some(canonical) = best.and_then(|id| rules.canonicals.get(id as usize)) {
            e.name = canonical.to_string();
        }
    }
}

/// A leading "The" is not part of a company's name.
fn drop_leading_the(text: &str, tokens: &Tokens, mentions: &mut [Mention]) {
    for m in mentions {
        if m.kind == Kind::Company
            && m.last - m.first > 1
            && tokens.tokens[m.first]
                .text(text)
                .eq_ignore_ascii_case("the")
        {
            m.first += 1;
        }
    }
}

/// Builds the entities in order of first mention: one per company group and
/// one per person; other mentions belong to none.
fn build_entities(
    text: &str,
    tokens: &Tokens,
    all: Vec<Resolving>,
    person_of: &[Option<usize>],
) -> Resolution {
    let mut out = Resolution::default();
    let mut company_entity: HashMap<usize, usize> = HashMap::new();
    let mut person_entity: HashMap<usize, usize> = HashMap::new();
    let mut misspelt_flags = Vec::new();
    for (i, r) in all.into_iter().enumerate() {
        let slot = match (r.mention.kind, r.group, person_of[i]) {
            (Kind::Company, Some(g), _) => Some((Kind::Company, company_entity.entry(g))),
            (Kind::Person, _, Some(p)) => Some((Kind::Person, person_entity.entry(p))),
            _ => None,
        };
        let entity = slot.map(|(kind, slot)| {
            *slot.or_insert_with(|| {
                out.entities.push(Entity {
                    kind,
                    name: String::new(),
                    mentions: Vec::new(),
                });
                out.entities.len() - 1
            })
        });
        if let Some(e) = entity {
            out.entities[e].mentions.push(out.mentions.len());
        }
        out.entity_of.push(entity);
        misspelt_flags.push(r.misspelt);
        out.mentions.push(r.mention);
    }
    for e in &mut out.entities {
        e.name = best_name(text, tokens, &out.mentions, &e.mentions, &misspelt_flags);
    }
    out
}

/// The entity's name: among its clean mentions (all, if every one is
/// misspelt), the one with the most words; among equals, one not in ALL
/// CAPS (a headline's form), then the surface form used most often; among
/// those, the first. White space inside is collapsed.
fn best_name(
    text: &str,
    tokens: &Tokens,
    mentions: &[Mention],
    of: &[usize],
    misspelt: &[bool],
) -> String {
    let surface = |m: &Mention| &text[tokens.tokens[m.first].start..tokens.tokens[m.last - 1].end];
    let candidates: Vec<&Mention> = {
        let clean: Vec<&Mention> = of
            .iter()
            .filter(|&&i| !misspelt[i])
            .map(|&i| &mentions[i])
            .collect();
        if clean.is_empty() {
            of.iter().map(|&i| &mentions[i]).collect()
        } else {
            clean
        }
    };
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for m in &candidates {
        *counts.entry(surface(m)).or_default() += 1;
    }
    let mut best: Option<(&Mention, usize)> = None;
    for m in &candidates {
        let count = counts[surface(m)];
        let better = match best {
            None => true,
            Some((b, bc)) => {
                let (mw, bw) = (m.last - m.first, b.last - b.first);
                let (mc, bcaps) = (shouted(surface(m)), shouted(surface(b)));
                mw > bw || (mw == bw && (bcaps && !mc || (bcaps == mc && count > bc)))
            }
        };
        if better {
            best = Some((m, count));
        }
    }
    // A name wrapped across lines is one name: collapse its white space.
    best.map(|(m, _)| surface(m).split_whitespace().collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

/// Whether a name is written in capitals only ("ORLOV DYNAMICS"), with two
/// or more letters.
fn shouted(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !s.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::test_support::{mention, words_as_tokens as tokens_of};
    use super::*;

    #[test]
    fn keys_are_lower_case_without_dots_and_hyphens() {
        let text = "Vexo-Lund S.A. Group";
        let tokens = tokens_of(text);
        assert_eq!(key(text, &tokens, 0, 3), "vexo lund sa group");
    }

    #[test]
    fn the_is_dropped_from_company_names_only() {
        let text = "The Vexo Group The Kerr";
        let tokens = tokens_of(text);
        let mut ms = vec![mention(0, 3, Kind::Company), mention(3, 5, Kind::Person)];
        drop_leading_the(text, &tokens, &mut ms);
        assert_eq!((ms[0].first, ms[1].first), (1, 3));
    }

    #[test]
    fn best_name_prefers_more_words_then_the_commoner_clean_form() {
        let text = "Vexo Vexo Group Vexo Grop Vexo Group";
        let tokens = tokens_of(text);
        let ms = [
            mention(0, 1, Kind::Company),
            mention(1, 3, Kind::Company),
            mention(3, 5, Kind::Company),
            mention(5, 7, Kind::Company),
        ];
        let misspelt = [false, false, true, false];
        let name = best_name(text, &tokens, &ms, &[0, 1, 2, 3], &misspelt);
        assert_eq!(name, "Vexo Group");
        let all_misspelt = best_name(text, &tokens, &ms, &[2], &misspelt);
        assert_eq!(all_misspelt, "Vexo Grop");
    }
}

#[cfg(test)]
mod merge_tests {
    use super::test_support::entities;

    /// (name, mention texts) of every company in `text`.
    fn companies(text: &str) -> Vec<(String, Vec<String>)> {
        entities(text)
            .into_iter()
            .filter(|e| e.0 == "company")
            .map(|(_, name, texts)| (name, texts))
            .collect()
    }

    #[test]
    fn short_forms_possessives_and_misspellings_are_one_company() {
        let got = companies("Zorvath AG said profits rose. Zorvath's chief met Zorvaht AG staff.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "Zorvath AG");
        assert_eq!(got[0].1.len(), 3, "{got:?}");
    }

    #[test]
    fn a_head_word_refers_to_the_full_name() {
        let got = companies("Automobili Lamborghini SpA makes cars. Lamborghini said sales rose.");
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn a_division_is_its_own_company() {
        let got = companies("Daimler Greater China and Daimler AG met on Tuesday in Beijing.");
        assert_eq!(got.len(), 2, "{got:?}");
    }
}

#[cfg(test)]
mod canonical_tests {
    use crate::{Article, Extractor, RuleSource, Rules};

    /// A list line `Zentrix Mobility GmbH | Zentrix Mobility | Zentrix` names
    /// the entity by its first field, whichever alias the article uses.
    #[test]
    fn a_listed_company_is_named_by_the_lists_canonical_form() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("team.txt"),
            "Zentrix Mobility GmbH | Zentrix Mobility | Zentrix\n",
        )
        .unwrap();
        std::fs::write(
            dir.path().join("team.toml"),
            "[[list]]\nid = \"team\"\ndescription = \"test\"\nkind = \"company\"\nfile = \"team.txt\"\n",
        )
        .unwrap();
        let mut source = RuleSource::embedded();
        source.add_dir(dir.path()).unwrap();
        let extractor = Extractor::new(Rules::load(&source).unwrap());
        let text = "Zentrix Mobility signed a deal with Borealis Inc. Zentrix said it was pleased.";
        let record = extractor.extract(&Article::from_text("a", "", text));
        let names: Vec<&str> = record.entities.iter().map(|e| e.name.as_str()).collect();
        assert!(names.contains(&"Zentrix Mobility GmbH"), "{names:?}");
        assert!(!names.contains(&"Zentrix Mobility"), "{names:?}");
    }
}
