//! Owner and unit: a company named as "its <Name> unit" is a part of the
//! company "its" stands for, and a parent–subsidiary link is no event
//! ("Acme Corp said it merged its Borealis Bank unit into ...", "the sale
//! of its Borealis Inc subsidiary to Cirrus Corp": Acme + Borealis is no
//! pair; Acme + Cirrus and Borealis + Cirrus stay).

use hashbrown::{HashMap, HashSet};

use super::{Event, Finder};
use crate::pipeline::resolve::Resolution;
use crate::pipeline::segment::TokKind;

/// Drops each evidence sentence that names one party as "its <Name> unit"
/// of the other, and the events left with no evidence.
pub(super) fn drop_owner_unit_pairs(
    finder: &Finder<'_>,
    res: &Resolution,
    events: &mut Vec<Event>,
) {
    // (smaller entity, larger entity, sentence) of every "its <Name> unit".
    let mut links = HashSet::new();
    let mut first_party = HashMap::new();
    for (i, m) in finder.mentions.iter().enumerate() {
        let Some(unit) = res.entity_of[i].filter(|_| finder.is_party[i]) else {
            continue;
        };
        if let Some(owner) = owned_unit(finder, m.first, m.last)
            .and_then(|its| owner_of(finder, its, &mut first_party))
            .and_then(|o| res.entity_of[o])
        {
            let s = finder.tokens.sentence_of[m.first];
            links.insert((unit.min(owner), unit.max(owner), s));
        }
    }
    if links.is_empty() {
        return;
    }
    let linked = |a: usize, b: usize, s: usize| links.contains(&(a.min(b), a.max(b), s));
    events.retain_mut(|ev| {
        let (a, b) = ev.parties;
        ev.evidence.retain(|x| !linked(a, b, x.sentence));
        !ev.evidence.is_empty()
    });
}

/// The token of "its" or "their" (cue list `owner-determiners`) when the
/// name at `first..last` reads "its [wholly-owned] <Name> [<ticker>] unit"
/// (a word of the cue list `unit-nouns`; the words between from
/// `owned-modifiers`).
fn owned_unit(f: &Finder<'_>, first: usize, last: usize) -> Option<usize> {
    let floor = f.tokens.sentences[f.tokens.sentence_of[first]].first;
    let ceiling = f.tokens.sentences[f.tokens.sentence_of[first]].last;
    let after = f.skip_ticker(last, ceiling);
    if after >= ceiling
        || f.tokens.tokens[after].kind != TokKind::Word
        || !f.rules.is_cue("unit-nouns", &f.lower(after))
    {
        return None;
    }
    // Over "wholly-owned" (one token or three), "majority owned".
    let owner_word = |k: usize| f.rules.is_cue("owner-determiners", &f.lower(k));
    let mut k = first;
    while k > floor && first - k < 4 && !owner_word(k - 1) {
        if !(f.tokens.tokens[k - 1].is_punct('-')
            || f.lower(k - 1)
                .split('-')
                .all(|w| f.rules.is_cue("owned-modifiers", w)))
        {
            return None;
        }
        k -= 1;
    }
    (k > floor && owner_word(k - 1)).then(|| k - 1)
}

/// The party mention that "its" at `its` stands for, when it is plain: the
/// first party of the sentence, named before it ("Acme Corp said it sold
/// its ..."), or a party right before "and its" or ", its" ("Acme Corp and
/// its Borealis Inc subsidiary"). `first_party` keeps each sentence's first
/// party (token, mention) once found, so the search stays linear in the
/// sentence however many units it names.
fn owner_of(
    f: &Finder<'_>,
    its: usize,
    first_party: &mut HashMap<usize, Option<(usize, usize)>>,
) -> Option<usize> {
    let s = f.tokens.sentence_of[its];
    let sent = &f.tokens.sentences[s];
    if its > sent.first + 1 && f.is_connector(its - 1) {
        let end = f.skip_ticker_back(its - 1, sent.first);
        if let Some(m) = f.party_ending(end) {
            return Some(m);
        }
    }
    let first = *first_party
        .entry(s)
        .or_insert_with(|| (sent.first..sent.last).find_map(|k| f.party_at(k).map(|m| (k, m))));
    first.filter(|&(k, _)| k < its).map(|(_, m)| m)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::default_pairs as pairs;

    #[test]
    fn a_sale_of_its_unit_pairs_the_buyer_with_seller_and_unit_only() {
        let got = pairs(
            "Garrowby Holdings Inc said it had now completed the sale of its \
             Ravensworth Foods Inc subsidiary to Kelthorne Brands Corp.",
        );
        assert!(!got.contains(&(
            "Garrowby Holdings Inc".into(),
            "Ravensworth Foods Inc".into()
        )));
    }

    #[test]
    fn a_hyphened_owned_modifier_is_read_as_one_word_or_three() {
        for owned in ["wholly-owned", "wholly - owned", "majority-owned"] {
            let got = pairs(&format!(
                "Cotherstone Software Inc is in talks on the acquisition of Lartington \
                 Components Inc and its {owned} Romaldkirk Supply Inc subsidiary."
            ));
            assert!(
                !got.contains(&(
                    "Lartington Components Inc".into(),
                    "Romaldkirk Supply Inc".into()
                )),
                "{owned}: {got:?}"
            );
        }
    }

    #[test]
    fn a_merger_of_its_own_units_is_no_event() {
        assert!(
            pairs(
                "Stainmore Bancorp Inc said it has merged its Stainmore Bank of Brough \
             unit into its Stainmore Bank Northeast unit."
            )
            .is_empty()
        );
        assert!(
            !pairs(
                "Cotherstone Software Inc is in talks on the acquisition of \
             Lartington Components Inc and its Romaldkirk Supply Inc subsidiary."
            )
            .contains(&(
                "Lartington Components Inc".into(),
                "Romaldkirk Supply Inc".into()
            ))
        );
    }

    #[test]
    fn a_buyer_named_before_its_is_no_owner() {
        assert_eq!(
            pairs(
                "Deepdale Corp said Hutton Airways Ltd agreed to buy its Deepdale \
                 Express Ltd unit for 54 mln dlrs."
            ),
            [("Deepdale Express Ltd".into(), "Hutton Airways Ltd".into())]
        );
    }
}
