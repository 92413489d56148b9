//! Stage 5: resolve. Groups mentions into entities within one article: one
//! entity per real company or person.
//!
//! Takes: the mentions. Gives: [`Entity`]s and, per mention, its entity; adds
//! the mentions that only a known name reveals (a short form "Tesla" of
//! "Tesla Motors", an acronym, a surname). Guarantees: an entity's `name` is
//! the fullest clean form the article uses (a misspelling is never the name);
//! mentions stay disjoint.
//!
//! Companies merge when they share a list entry, when one is the other plus
//! legal suffixes or designators ("Daimler" ~ "Daimler AG"), when one is the
//! other's acronym ("SAIC"), or when two long names differ by one edit
//! ("Dailmer AG" ~ "Daimler AG"). People merge by surname.

use std::collections::HashMap;

use crate::pipeline::lexicon::Lexed;
use crate::pipeline::segment::{TokKind, Tokens};
use crate::pipeline::spot::{Kind, Mention};
use crate::rules::{ListKind, Rules};

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

/// Resolves the mentions of one article.
pub fn resolve(
    text: &str,
    tokens: &Tokens,
    lexed: &Lexed,
    rules: &Rules,
    mut mentions: Vec<Mention>,
) -> Resolution {
    let toks = &tokens.tokens;
    // Leading "The" is not part of a company's name.
    for m in &mut mentions {
        if m.kind == Kind::Company
            && m.last - m.first > 1
            && toks[m.first].text(text).eq_ignore_ascii_case("the")
        {
            m.first += 1;
        }
    }

    // --- Companies: group by entry or key, then merge short forms.
    let mut groups: Vec<Group> = Vec::new();
    let mut group_of: Vec<Option<usize>> = vec![None; mentions.len()];
    // The first group holding a key, an entry.
    let mut group_by_key: HashMap<String, usize> = HashMap::new();
    let mut group_by_entry: HashMap<u32, usize> = HashMap::new();
    for (i, m) in mentions.iter().enumerate() {
        if m.kind != Kind::Company {
            continue;
        }
        let k = key(text, tokens, m.first, m.last);
        let by_entry = m.entry.and_then(|e| group_by_entry.get(&e).copied());
        let by_key = group_by_key.get(&k).copied();
        let found = match (by_entry, by_key) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        let g = match found {
            Some(g) => g,
            None => {
                groups.push(Group::default());
                groups.len() - 1
            }
        };
        if let Some(e) = m.entry {
            group_by_entry.entry(e).or_insert(g);
        }
        group_by_key.entry(k.clone()).or_insert(g);
        groups[g].keys.push(Key::new(k, lexed, rules));
        groups[g].mentions.push(i);
        group_of[i] = Some(g);
    }
    // Longest names first: each group may fold into a longer one.
    let mut order: Vec<usize> = (0..groups.len()).collect();
    order.sort_by_key(|&g| std::cmp::Reverse(groups[g].longest_words()));
    let mut parent: Vec<usize> = (0..groups.len()).collect();
    for (pos, &g) in order.iter().enumerate() {
        let target = order[..pos].iter().copied().find(|&t| {
            parent[t] == t
                && groups[g].keys.iter().any(|short| {
                    groups[t].keys.iter().any(|long| {
                        let (s, l) = (short.key.as_str(), long.key.as_str());
                        is_short_form(s, l, lexed, rules)
                            || is_acronym(s, l)
                            || is_misspelling(s, l)
                            || long
                                .core
                                .as_deref()
                                .is_some_and(|core| is_misspelling(s, core))
                            || is_head_word(s, long)
                            || same_core(short, long)
                    })
                })
        });
        if let Some(t) = target {
            parent[g] = t;
            // A group's keys are its mentions' keys, in the same order.
            let moved = std::mem::take(&mut groups[g].mentions);
            let keys = std::mem::take(&mut groups[g].keys);
            for (&m, k) in moved.iter().zip(&keys) {
                let k = k.key.as_str();
                let exact = groups[t].keys.iter().any(|long| {
                    is_short_form(k, &long.key, lexed, rules) || is_acronym(k, &long.key)
                });
                if !exact {
                    groups[t].misspelt.push(m);
                }
            }
            groups[t].mentions.extend(moved);
            groups[t].keys.extend(keys);
        }
    }

    // --- Re-scan: uncovered capitalised words that equal a known form.
    let mut forms: HashMap<String, usize> = HashMap::new();
    for (g, group) in groups.iter().enumerate() {
        if parent[g] != g {
            continue;
        }
        for k in &group.keys {
            forms.entry(k.key.clone()).or_insert(g);
            if let Some(core) = &k.core {
                forms.entry(core.clone()).or_insert(g);
            }
            if let Some(acr) = acronym_of(&k.key) {
                forms.entry(acr).or_insert(g);
            }
        }
    }
    let mut covered = vec![false; toks.len()];
    for m in &mentions {
        if matches!(m.kind, Kind::Company | Kind::Person | Kind::Outlet) {
            covered[m.first..m.last].fill(true);
        }
    }
    let mut added: Vec<(Mention, usize)> = Vec::new();
    // The first word of every form: a token that starts none starts no form.
    let first_words: std::collections::HashSet<&str> = forms
        .keys()
        .map(|f| f.split(' ').next().unwrap_or(""))
        .collect();
    // Per token: capitalised and not covered, with its key form.
    let open: Vec<bool> = if forms.is_empty() {
        Vec::new()
    } else {
        toks.iter()
            .zip(&covered)
            .map(|(t, &c)| !c && t.is_cap(text))
            .collect()
    };
    // Each open token's key form, as a range of `arena`, made when first needed.
    let mut arena = String::new();
    let mut lowered: Vec<Option<(usize, usize)>> = vec![None; open.len()];
    let mut lower = |j: usize, arena: &mut String| {
        let (a, b) = *lowered[j].get_or_insert_with(|| {
            let a = arena.len();
            push_lowered(arena, toks[j].text(text));
            (a, arena.len())
        });
        (a, b)
    };
    let mut buf = String::new();
    for sent in &tokens.sentences {
        if forms.is_empty() {
            break;
        }
        let mut i = sent.first;
        while i < sent.last {
            let mut hit = None;
            if open[i] {
                let (a, b) = lower(i, &mut arena);
                let first = &arena[a..b];
                let head = first.split(' ').next().unwrap_or("");
                let starts_form = first_words.contains(head)
                    || (head.contains('&') && first_words.contains(head.replace('&', "").as_str()));
                for n in (1..=4).rev() {
                    let end = i + n;
                    if !starts_form || end > sent.last || (i..end).any(|j| !open[j]) {
                        continue;
                    }
                    buf.clear();
                    for j in i..end {
                        if j > i {
                            buf.push(' ');
                        }
                        let (a, b) = lower(j, &mut arena);
                        buf.push_str(&arena[a..b]);
                    }
                    // "S&N" is the acronym "sn" of "Scottish and Newcastle".
                    let found = forms.get(buf.as_str()).or_else(|| {
                        (n == 1 && buf.contains('&'))
                            .then(|| forms.get(&buf.replace('&', "")))
                            .flatten()
                    });
                    if let Some(&g) = found {
                        hit = Some((end, g));
                        break;
                    }
                }
            }
            match hit {
                Some((end, g)) => {
                    added.push((
                        Mention {
                            first: i,
                            last: end,
                            kind: Kind::Company,
                            rule: "company-alias".into(),
                            possessive: false,
                            entry: None,
                        },
                        g,
                    ));
                    i = end;
                }
                None => i += 1,
            }
        }
    }
    // Merge the added mentions in, replacing the unknown chunks they overlap.
    let mut all: Vec<(Mention, Option<usize>, bool)> = mentions
        .into_iter()
        .enumerate()
        .map(|(i, m)| {
            let g = group_of[i].map(|g| find(&parent, g));
            let misspelt = g.is_some_and(|g| groups[g].misspelt.contains(&i));
            (m, g, misspelt)
        })
        .collect();
    for (m, g) in added {
        all.retain(|(o, _, _)| !(o.first < m.last && m.first < o.last));
        all.push((m, Some(g), false));
    }
    all.sort_by_key(|(m, _, _)| m.first);
    for (m, _, _) in &mut all {
        m.possessive = toks
            .get(m.last)
            .is_some_and(|t| t.kind == TokKind::Possessive);
    }

    // A "person" known only from a speech verb ("Diamant Boart said") that
    // bears a company's name (or a misspelling of it) is that company.
    for (m, g, misspelt) in &mut all {
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
            *g = Some(f);
            *misspelt = typo;
        }
    }

    // A capitalised pair whose last word the article later uses alone
    // ("Taylor Swift" ... "Swift said", "Swift's") names a person.
    let pairs = all
        .iter()
        .any(|(m, _, _)| m.kind == Kind::Unknown && (2..=3).contains(&(m.last - m.first)));
    let singles: std::collections::HashSet<String> = all
        .iter()
        .take(if pairs { all.len() } else { 0 })
        .filter(|(m, _, _)| {
            matches!(m.kind, Kind::Unknown | Kind::Surname) && m.last - m.first == 1
        })
        .map(|(m, _, _)| key(text, tokens, m.first, m.last))
        .collect();
    for (m, _, _) in &mut all {
        let n = m.last - m.first;
        if m.kind != Kind::Unknown
            || !(2..=3).contains(&n)
            || !toks[m.first..m.last].iter().all(|t| t.is_cap(text))
        {
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

    // Names listed beside a person are people too: "the likes of Justin
    // Bieber, Demi Lovato and Ariana Grande".
    loop {
        let mut changed = false;
        for i in 1..all.len() {
            let (a, b) = (&all[i - 1].0, &all[i].0);
            let listed = b.first > a.last
                && tokens.sentence_of[a.first] == tokens.sentence_of[b.first]
                && toks[a.last..b.first]
                    .iter()
                    .all(|t| t.is_punct(',') || matches!(t.text(text), "and" | "or"));
            let name_like = |m: &Mention| {
                m.kind == Kind::Unknown
                    && (2..=3).contains(&(m.last - m.first))
                    && toks[m.first..m.last].iter().all(|t| t.is_cap(text))
            };
            if !listed {
                continue;
            }
            if a.kind == Kind::Person && name_like(b) {
                all[i].0.kind = Kind::Person;
                all[i].0.rule = "person-list".into();
                changed = true;
            } else if b.kind == Kind::Person && name_like(a) {
                all[i - 1].0.kind = Kind::Person;
                all[i - 1].0.rule = "person-list".into();
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }

    // --- People: full names, then surnames.
    let mut person_keys: Vec<(Vec<String>, usize)> = Vec::new(); // (words, person index)
    let mut person_of: Vec<Option<usize>> = vec![None; all.len()];
    let mut persons = 0;
    for (i, (m, _, _)) in all.iter().enumerate() {
        if m.kind != Kind::Person {
            continue;
        }
        let words: Vec<String> = key(text, tokens, m.first, m.last)
            .split(' ')
            .map(String::from)
            .collect();
        let same = person_keys
            .iter()
            .find(|(w, _)| w == &words || (words.len() < w.len() && w.ends_with(&words)));
        person_of[i] = Some(match same {
            Some((_, p)) => *p,
            None => {
                persons += 1;
                person_keys.push((words, persons - 1));
                persons - 1
            }
        });
    }
    for (i, (m, _, _)) in all.iter_mut().enumerate() {
        if !matches!(m.kind, Kind::Surname | Kind::Unknown) || m.last - m.first > 2 {
            continue;
        }
        let k = key(text, tokens, m.first, m.last);
        let words: Vec<&str> = k.split(' ').collect();
        let found = person_keys.iter().find(|(w, _)| {
            w.len() >= 2
                && (w.iter().map(String::as_str).eq(words.iter().copied())
                    || w.last().is_some_and(|l| {
                        *l == k
                            || (k.len() >= 5 && l.len() >= 5 && edit_distance_at_most_one(l, &k))
                    }))
        });
        if let Some((_, p)) = found {
            person_of[i] = Some(*p);
            m.kind = Kind::Person;
            m.rule = "person-surname".into();
        } else if m.kind == Kind::Surname && m.rule == "person-honorific" {
            persons += 1;
            person_keys.push((vec![k], persons - 1));
            person_of[i] = Some(persons - 1);
            m.kind = Kind::Person;
        }
    }
    // Uncovered capitalised single words equal to a known surname.
    // (Handled by spot's Surname/Unknown mentions above.)

    // --- Build entities in order of first mention.
    let mut out = Resolution::default();
    let mut company_entity: HashMap<usize, usize> = HashMap::new();
    let mut person_entity: HashMap<usize, usize> = HashMap::new();
    let mut misspelt_flags = Vec::new();
    for (i, (m, g, misspelt)) in all.into_iter().enumerate() {
        let entity = match (m.kind, g, person_of[i]) {
            (Kind::Company, Some(g), _) => Some(*company_entity.entry(g).or_insert_with(|| {
                out.entities.push(Entity {
                    kind: Kind::Company,
                    name: String::new(),
                    mentions: Vec::new(),
                });
                out.entities.len() - 1
            })),
            (Kind::Person, _, Some(p)) => Some(*person_entity.entry(p).or_insert_with(|| {
                out.entities.push(Entity {
                    kind: Kind::Person,
                    name: String::new(),
                    mentions: Vec::new(),
                });
                out.entities.len() - 1
            })),
            _ => None,
        };
        if let Some(e) = entity {
            out.entities[e].mentions.push(out.mentions.len());
        }
        out.entity_of.push(entity);
        misspelt_flags.push(misspelt);
        out.mentions.push(m);
    }
    for e in &mut out.entities {
        e.name = best_name(text, tokens, &out.mentions, &e.mentions, &misspelt_flags);
    }
    out
}

#[derive(Debug, Default)]
struct Group {
    keys: Vec<Key>,
    mentions: Vec<usize>,
    misspelt: Vec<usize>,
}

/// A mention's key with what the merge rules derive from it, computed once.
#[derive(Debug)]
struct Key {
    key: String,
    /// [`core_of`] the key.
    core: Option<String>,
}

impl Key {
    fn new(key: String, lexed: &Lexed, rules: &Rules) -> Self {
        let core = core_of(&key, lexed, rules);
        Key { key, core }
    }
}

impl Group {
    fn longest_words(&self) -> usize {
        self.keys
            .iter()
            .map(|k| k.key.split(' ').count())
            .max()
            .unwrap_or(0)
    }
}

fn find(parent: &[usize], mut g: usize) -> usize {
    while parent[g] != g {
        g = parent[g];
    }
    g
}

fn word_is(word: &str, kinds: &[ListKind], lexed_rules: (&Lexed, &Rules)) -> bool {
    let class = lexed_rules.1.word_class(word);
    kinds.iter().any(|k| class & k.bit() != 0)
}

/// `short` is `long` minus trailing legal suffixes and designators.
fn is_short_form(short: &str, long: &str, lexed: &Lexed, rules: &Rules) -> bool {
    if short == long {
        return true;
    }
    let Some(rest) = long.strip_prefix(short).and_then(|r| r.strip_prefix(' ')) else {
        return false;
    };
    if word_is(
        short,
        &[
            ListKind::Place,
            ListKind::NotName,
            ListKind::Title,
            ListKind::Designator,
        ],
        (lexed, rules),
    ) {
        return false;
    }
    rest.split(' ').all(|w| {
        w == "and"
            || w == "&"
            || word_is(
                w,
                &[ListKind::LegalSuffix, ListKind::Designator],
                (lexed, rules),
            )
    })
}

/// Two names of two or more words that differ only in their designators
/// ("Big Machine Records" ~ "Big Machine Label Group").
fn same_core(a: &Key, b: &Key) -> bool {
    match (&a.core, &b.core) {
        (Some(x), Some(y)) => x == y && x.contains(' '),
        _ => false,
    }
}

/// `short` is one word, the last word of `long`'s name before its legal
/// suffixes ("Lamborghini" ~ "Automobili Lamborghini SpA").
fn is_head_word(short: &str, long: &Key) -> bool {
    if short.contains(' ') || short.chars().count() < 4 {
        return false;
    }
    let core = long.core.as_deref().unwrap_or(&long.key);
    core.split(' ').count() >= 2 && core.rsplit(' ').next() == Some(short)
}

/// The name without trailing legal suffixes and designators, if that leaves
/// a word that is not itself a place, title or common word.
fn core_of(k: &str, lexed: &Lexed, rules: &Rules) -> Option<String> {
    // The core is `k[..end]`: drop last words while more than one is left.
    let mut end = k.len();
    while let Some(space) = k[..end].rfind(' ') {
        let w = &k[space + 1..end];
        if word_is(
            w,
            &[ListKind::LegalSuffix, ListKind::Designator],
            (lexed, rules),
        ) || w == "and"
        {
            end = space;
        } else {
            break;
        }
    }
    if end == k.len() {
        return None;
    }
    let core = &k[..end];
    if !core.contains(' ')
        && word_is(
            core,
            &[
                ListKind::Place,
                ListKind::NotName,
                ListKind::Title,
                ListKind::GivenName,
                ListKind::Designator,
            ],
            (lexed, rules),
        )
    {
        return None;
    }
    Some(core.to_string())
}

fn acronym_of(k: &str) -> Option<String> {
    let words: Vec<&str> = k
        .split(' ')
        .filter(|w| !matches!(*w, "and" | "of" | "&" | "the"))
        .collect();
    if words.len() < 2 {
        return None;
    }
    Some(words.iter().filter_map(|w| w.chars().next()).collect())
}

fn is_acronym(short: &str, long: &str) -> bool {
    let s: String = short.chars().filter(|c| c.is_alphanumeric()).collect();
    s.len() >= 2
        && !short.contains(' ')
        && acronym_of(long).is_some_and(|a| a == s || a.strip_suffix(|_| true) == Some(&s))
        && s.len() >= 3
}

fn is_misspelling(a: &str, b: &str) -> bool {
    // One edit changes the length in bytes by at most four.
    a.len() >= 6
        && b.len() >= 6
        && a.len().abs_diff(b.len()) <= 4
        && a.chars().next() == b.chars().next()
        && edit_distance_at_most_one(a, b)
}

/// Damerau-Levenshtein (optimal string alignment) distance of at most one.
pub fn edit_distance_at_most_one(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        // One byte is one character: no need to decode.
        return at_most_one_edit(a.as_bytes(), b.as_bytes());
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    at_most_one_edit(&a, &b)
}

fn at_most_one_edit<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    if a == b {
        return true;
    }
    let (la, lb) = (a.len(), b.len());
    if la.abs_diff(lb) > 1 {
        return false;
    }
    let p = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    if la == lb {
        // substitution or transposition
        (a[p + 1..] == b[p + 1..])
            || (p + 1 < la && a[p] == b[p + 1] && a[p + 1] == b[p] && a[p + 2..] == b[p + 2..])
    } else if la > lb {
        a[p + 1..] == b[p..]
    } else {
        b[p + 1..] == a[p..]
    }
}

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
    let mut best: Option<(&Mention, usize)> = None;
    for m in &candidates {
        let s = surface(m);
        let count = candidates.iter().filter(|o| surface(o) == s).count();
        let better = match best {
            None => true,
            Some((b, bc)) => {
                let (mw, bw) = (m.last - m.first, b.last - b.first);
                mw > bw || (mw == bw && count > bc)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_edit() {
        assert!(edit_distance_at_most_one("dailmer ag", "daimler ag"));
        assert!(edit_distance_at_most_one("chronin", "cronin"));
        assert!(edit_distance_at_most_one("cronin", "chronin"));
        assert!(!edit_distance_at_most_one("daimler", "renault"));
        assert!(edit_distance_at_most_one("abc", "abd"));
    }

    #[test]
    fn acronyms() {
        assert!(is_acronym(
            "saic",
            "shanghai automotive industry corporation"
        ));
        assert!(
            !is_acronym("gm", "general motors"),
            "two letters come from the lists, not from guessing"
        );
    }
}

#[cfg(test)]
mod merge_tests {
    use crate::{Article, Extractor, Rules};

    fn companies(text: &str) -> Vec<(String, Vec<String>)> {
        let extractor = Extractor::new(Rules::default_rules().unwrap());
        let r = extractor.extract(&Article::from_text("t", "", text));
        r.entities
            .into_iter()
            .filter(|e| e.kind == "company")
            .map(|e| (e.name, e.mentions.into_iter().map(|m| m.text).collect()))
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
