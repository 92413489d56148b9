//! Step 3 of resolve: the forms of known companies found again where spot saw
//! no name ("Tesla" alone after "Tesla Motors", "H&K" after "Harrow and
//! Kestrel").
//!
//! Takes: the company groups and the spotted mentions. Gives: new
//! `company-alias` mentions of one to four capitalised tokens, none inside a
//! company, person or outlet mention, each equal to a known form (key, core
//! or acronym) of a root group. Guarantees: the merged list is in text order
//! and disjoint (a new mention replaces the unknown chunks it overlaps).

use hashbrown::{HashMap, HashSet};

use crate::pipeline::segment::{TokKind, Tokens};
use crate::pipeline::spot::{Kind, Mention};

use super::companies::{Groups, acronym_of};
use super::{Resolving, push_lowered};

/// Every form of every group's keys (the keys, their cores and acronyms),
/// with the group's root; a form shared by two roots goes to the first.
pub(super) fn known_forms(groups: &Groups) -> HashMap<String, usize> {
    let mut forms: HashMap<String, usize> = HashMap::new();
    let mut add = |form: &str, root: usize| match forms.get_mut(form) {
        Some(known) => *known = (*known).min(root),
        None => {
            forms.insert(form.to_string(), root);
        }
    };
    for (g, group) in groups.groups.iter().enumerate() {
        let root = groups.root(g);
        for k in &group.keys {
            add(&k.key, root);
            if let Some(core) = &k.core {
                add(core, root);
            }
            if let Some(acr) = acronym_of(&k.key) {
                add(&acr, root);
            }
        }
    }
    forms
}

/// Per token: capitalised and outside every company, person and outlet
/// mention, and outside a surname after an honorific ("Mr Mittal" is a
/// person even where "Mittal" is a form of "Mittal Steel"), unless the
/// article writes a company's name with the same honorific ("Mr. Rooter
/// Corp" ... "Mr. Rooter said").
fn open_tokens(text: &str, tokens: &Tokens, mentions: &[Mention]) -> Vec<bool> {
    let toks = &tokens.tokens;
    // A mention's first word and the token before it.
    let opening = |m: &Mention| {
        let before = m.first.checked_sub(1).map(|p| toks[p].text(text));
        (before, toks[m.first].text(text))
    };
    let honorific = |m: &Mention| m.kind == Kind::Surname && m.rule == "person-honorific";
    let company_after_honorific: HashSet<(Option<&str>, &str)> = if mentions.iter().any(honorific) {
        mentions
            .iter()
            .filter(|m| m.kind == Kind::Company)
            .map(opening)
            .collect()
    } else {
        HashSet::new()
    };
    let mut covered = vec![false; toks.len()];
    for m in mentions {
        let person = honorific(m) && !company_after_honorific.contains(&opening(m));
        if matches!(m.kind, Kind::Company | Kind::Person | Kind::Outlet) || person {
            covered[m.first..m.last].fill(true);
        }
    }
    tokens
        .tokens
        .iter()
        .zip(&covered)
        .map(|(t, &c)| !c && t.is_cap(text))
        .collect()
}

/// Open tokens' key forms, each made once when first asked for.
struct Lowered<'a> {
    text: &'a str,
    tokens: &'a Tokens,
    arena: String,
    range: Vec<Option<(usize, usize)>>,
}

impl<'a> Lowered<'a> {
    fn new(text: &'a str, tokens: &'a Tokens) -> Self {
        Lowered {
            text,
            tokens,
            arena: String::new(),
            range: vec![None; tokens.tokens.len()],
        }
    }

    /// Token `j`'s key form.
    fn get(&mut self, j: usize) -> &str {
        let (a, b) = *self.range[j].get_or_insert_with(|| {
            let a = self.arena.len();
            push_lowered(&mut self.arena, self.tokens.tokens[j].text(self.text));
            (a, self.arena.len())
        });
        &self.arena[a..b]
    }
}

/// New mentions of known forms among the open tokens, longest match first
/// (at most four tokens, within a sentence), with their groups.
pub(super) fn rescan_known_forms(
    text: &str,
    tokens: &Tokens,
    mentions: &[Mention],
    forms: &HashMap<String, usize>,
) -> Vec<(Mention, usize)> {
    let mut added = Vec::new();
    if forms.is_empty() {
        return added;
    }
    let open = open_tokens(text, tokens, mentions);
    // The first word of every form: a token that starts none starts no form.
    let first_words: HashSet<&str> = forms
        .keys()
        .map(|f| f.split(' ').next().unwrap_or(""))
        .collect();
    let mut lowered = Lowered::new(text, tokens);
    let mut buf = String::new();
    for sent in &tokens.sentences {
        let mut i = sent.first;
        while i < sent.last {
            let hit = open[i]
                .then(|| {
                    let head = lowered.get(i).split(' ').next().unwrap_or("");
                    let starts_form = first_words.contains(head)
                        || (head.contains('&')
                            && first_words.contains(head.replace('&', "").as_str()));
                    starts_form.then_some(())?;
                    longest_form_at(i, sent.last, &open, &mut lowered, forms, &mut buf)
                })
                .flatten();
            match hit {
                Some((end, g)) => {
                    added.push((alias(i, end), g));
                    i = end;
                }
                None => i += 1,
            }
        }
    }
    added
}

/// The longest run of one to four open tokens from `i` (ending by
/// `sent_last`) that is a known form: its end and group.
fn longest_form_at(
    i: usize,
    sent_last: usize,
    open: &[bool],
    lowered: &mut Lowered,
    forms: &HashMap<String, usize>,
    buf: &mut String,
) -> Option<(usize, usize)> {
    for n in (1..=4).rev() {
        let end = i + n;
        if end > sent_last || (i..end).any(|j| !open[j]) {
            continue;
        }
        buf.clear();
        for j in i..end {
            if j > i {
                buf.push(' ');
            }
            buf.push_str(lowered.get(j));
        }
        // "H&K" is the acronym "hk" of "Harrow and Kestrel".
        let found = forms.get(buf.as_str()).or_else(|| {
            (n == 1 && buf.contains('&'))
                .then(|| forms.get(&buf.replace('&', "")))
                .flatten()
        });
        if let Some(&g) = found {
            return Some((end, g));
        }
    }
    None
}

fn alias(first: usize, last: usize) -> Mention {
    Mention {
        first,
        last,
        kind: Kind::Company,
        rule: "company-alias".into(),
        possessive: false,
        entry: None,
    }
}

/// The spotted mentions with their root groups, plus the added ones (each
/// replacing the mentions it overlaps), in text order, possessive marks
/// recomputed.
pub(super) fn merge_added(
    tokens: &Tokens,
    mentions: Vec<Mention>,
    groups: &Groups,
    added: Vec<(Mention, usize)>,
) -> Vec<Resolving> {
    let mut all: Vec<Resolving> = mentions
        .into_iter()
        .enumerate()
        .map(|(i, mention)| Resolving {
            mention,
            group: groups.root_of(i),
            misspelt: groups.is_misspelt(i),
        })
        .collect();
    // Added mentions are disjoint, and so are the spotted ones: one pass
    // over the tokens the added ones cover drops what they overlap.
    let mut covered = vec![false; tokens.tokens.len()];
    for (m, _) in &added {
        covered[m.first..m.last].fill(true);
    }
    all.retain(|o| !covered[o.mention.first..o.mention.last].iter().any(|&c| c));
    all.extend(added.into_iter().map(|(m, g)| Resolving {
        mention: m,
        group: Some(g),
        misspelt: false,
    }));
    all.sort_by_key(|r| r.mention.first);
    for r in &mut all {
        let m = &mut r.mention;
        m.possessive = tokens
            .tokens
            .get(m.last)
            .is_some_and(|t| t.kind == TokKind::Possessive);
    }
    all
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::resolve::test_support::words_as_tokens as tokens_of;

    #[test]
    fn known_forms_are_found_again_longest_first() {
        let text = "Vexo Tronics met Vexo Tronics and Vexo and VT and S&N today";
        let tokens = tokens_of(text);
        let forms: HashMap<String, usize> = [("vexo tronics", 0), ("vexo", 0), ("sn", 1)]
            .into_iter()
            .map(|(f, g)| (f.to_string(), g))
            .collect();
        let spotted = [alias(0, 2)];
        let added = rescan_known_forms(text, &tokens, &spotted, &forms);
        let got: Vec<_> = added.iter().map(|(m, g)| (m.first, m.last, *g)).collect();
        assert_eq!(got, [(3, 5, 0), (6, 7, 0), (10, 11, 1)]);
    }

    #[test]
    fn a_surname_after_an_honorific_is_no_company_form() {
        let text = "Vexo Steel said Mr Vexo met Vexo";
        let tokens = tokens_of(text);
        let forms: HashMap<String, usize> = [("vexo steel", 0), ("vexo", 0)]
            .into_iter()
            .map(|(f, g)| (f.to_string(), g))
            .collect();
        let mut surname = alias(4, 5);
        surname.kind = Kind::Surname;
        surname.rule = "person-honorific".into();
        let spotted = [alias(0, 2), surname];
        let added = rescan_known_forms(text, &tokens, &spotted, &forms);
        let got: Vec<_> = added.iter().map(|(m, g)| (m.first, m.last, *g)).collect();
        assert_eq!(got, [(6, 7, 0)]);
        // "Mr Vexo Steel ... Mr Vexo": the company bears the honorific.
        let text = "Mr Vexo Steel said Mr Vexo met Vexo";
        let tokens = tokens_of(text);
        let mut surname = alias(5, 6);
        surname.kind = Kind::Surname;
        surname.rule = "person-honorific".into();
        let spotted = [alias(1, 3), surname];
        let added = rescan_known_forms(text, &tokens, &spotted, &forms);
        let got: Vec<_> = added.iter().map(|(m, g)| (m.first, m.last, *g)).collect();
        assert_eq!(got, [(5, 6, 0), (7, 8, 0)]);
    }

    #[test]
    fn added_mentions_replace_the_chunks_they_overlap() {
        let tokens = tokens_of("Vexo Tronics Kerrat");
        let mut unknown = alias(1, 3);
        unknown.kind = Kind::Unknown;
        let groups = Groups {
            group_of: vec![None],
            misspelt: vec![false],
            ..Groups::default()
        };
        let all = merge_added(&tokens, vec![unknown], &groups, vec![(alias(0, 2), 7)]);
        assert_eq!(all.len(), 1);
        assert_eq!((all[0].mention.first, all[0].group), (0, Some(7)));
    }
}
