//! Evidence named in a capacity that is no tie: the shared step of the
//! service-tie and goods-maker filters. A party whose every mention in an
//! evidence sentence is described in such a capacity (an underwriter, the
//! maker of goods bought) is no party of that sentence's tie; the other
//! pairs of the sentence stay.

use hashbrown::HashMap;

use super::{Event, Finder};
use crate::pipeline::resolve::Resolution;
use crate::pipeline::spot::Mention;
use crate::rules::EventType;

/// Drops from each event the evidence sentences (of type `only`, or of any
/// type when `None`) in which a party is named only by mentions for which
/// `described` holds, and the events left with no evidence. Linear in the
/// mentions and the evidence.
pub(super) fn drop_named_only_as(
    finder: &Finder<'_>,
    res: &Resolution,
    events: &mut Vec<Event>,
    only: Option<EventType>,
    described: impl Fn(&Mention) -> bool,
) {
    // Per (entity, sentence): whether it is named plainly, as described.
    let mut seen: HashMap<(usize, usize), (bool, bool)> = HashMap::new();
    for (i, m) in finder.mentions.iter().enumerate() {
        let Some(e) = res.entity_of[i].filter(|_| finder.is_party[i]) else {
            continue;
        };
        let s = finder.tokens.sentence_of[m.first];
        let named = seen.entry((e, s)).or_default();
        if described(m) {
            named.1 = true;
        } else {
            named.0 = true;
        }
    }
    let only_as = |e: usize, s: usize| seen.get(&(e, s)) == Some(&(false, true));
    events.retain_mut(|ev| {
        let (a, b) = ev.parties;
        ev.evidence.retain(|x| {
            only.is_some_and(|t| x.event_type != t)
                || !(only_as(a, x.sentence) || only_as(b, x.sentence))
        });
        !ev.evidence.is_empty()
    });
}
