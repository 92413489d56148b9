//! Sentence fallback: a sentence that holds a deal cue (a merger, an
//! acquisition, a stake, a joint venture, a partnership) and exactly two
//! companies ties those two when the finder linked neither of them in that
//! sentence ("Acme Corp, which last year became the biggest maker of valves,
//! agreed on Monday after months of talks to the acquisition by Borealis Inc").
//! Three or more companies give nothing: the cue cannot tell which two it
//! ties. The service-tie, owner-unit and goods-maker filters run after it.

use hashbrown::HashSet;

use super::{
    Cue, Evidence, Finder, Sink, add_pairs, cue_status, premodifies_people, unowned_plural_deal,
};
use crate::pipeline::lexicon::Span;
use crate::pipeline::resolve::Resolution;
use crate::pipeline::segment::TokKind;
use crate::rules::{EventType, ListKind, Payload, Rules};

/// Deal cues read a sentence: each reads the whole sentence, so a sentence
/// of many cues stays linear in its length.
const MAX_CUES_PER_SENTENCE: usize = 8;

/// Whether the cue's words name a deal: a word of the cue list `deal-nouns`
/// (rules/deal-nouns.txt; "partner" in a cue ending in "with" is a verb, no
/// deal noun). Deal verbs are left to the event patterns: over the corpora,
/// a verb read here took goods bought ("buy 12 jets from X") and co-objects
/// ("acquired along with X") for ties.
fn deal_cue(rules: &Rules, cue: &str) -> bool {
    let lower = cue.to_lowercase();
    let with = lower.ends_with(" with");
    lower
        .split_whitespace()
        .any(|w| rules.is_cue("deal-nouns", w) && !(with && w == "partner"))
}

/// Adds the fallback ties of every sentence to `sink`. `claimed`: the token
/// ranges patterns matched (their sentences are left to the patterns).
pub(super) fn sentence_ties(
    finder: &Finder<'_>,
    res: &Resolution,
    claimed: &[(usize, usize, usize)],
    sink: &mut Sink,
) {
    let sentence_of = &finder.tokens.sentence_of;
    let known = Known::new(sink);
    let patterned: HashSet<usize> = claimed.iter().map(|c| sentence_of[c.0]).collect();
    let mut done = None;
    // (sentence, deal cues read in it): each cue reads its whole sentence.
    let mut tried = (usize::MAX, 0);
    for span in &finder.lexed.triggers {
        let s = sentence_of[span.first];
        if done == Some(s) || patterned.contains(&s) {
            continue;
        }
        let Some(cue) = deal_cue_at(finder, span) else {
            continue;
        };
        if tried.0 != s {
            tried = (s, 0);
        }
        tried.1 += 1;
        if tried.1 > MAX_CUES_PER_SENTENCE {
            continue;
        }
        if let Some(pair) = two_companies(finder, res, &cue)
            && known.is_new(finder, &cue, pair)
        {
            done = Some(s);
            let evidence = fallback_evidence(finder, &cue);
            let _ = add_pairs(res, vec![pair], &evidence, sink);
        }
    }
}

/// What the finder already found, read before the fallback adds to it.
struct Known {
    /// (sentence, entity) of every party of an evidence sentence.
    linked: HashSet<(usize, usize)>,
    /// (entity, type) of every event's party.
    typed: HashSet<(usize, EventType)>,
    /// Every pair found.
    pairs: HashSet<(usize, usize)>,
}

impl Known {
    fn new(sink: &Sink) -> Self {
        let mut known = Known {
            linked: HashSet::new(),
            typed: HashSet::new(),
            pairs: HashSet::new(),
        };
        for e in &sink.events {
            let (a, b) = e.parties;
            known.pairs.insert((a, b));
            for x in &e.evidence {
                known.linked.extend([(x.sentence, a), (x.sentence, b)]);
                known.typed.extend([(a, x.event_type), (b, x.event_type)]);
            }
        }
        known
    }

    /// Whether `pair` is a tie the finder missed: neither party is linked
    /// in the cue's sentence, the pair has no event, and a definite cue
    /// ("the merger") does not refer back to a deal of that type found
    /// for either party.
    fn is_new(&self, finder: &Finder<'_>, cue: &Cue<'_>, (a, b): (usize, usize)) -> bool {
        let t = cue.trigger.event_type;
        let definite = cue.first > cue.sent.first
            && matches!(
                finder.lower(cue.first - 1).as_str(),
                "the" | "this" | "that"
            );
        !self.linked.contains(&(cue.s, a))
            && !self.linked.contains(&(cue.s, b))
            && !self.pairs.contains(&(a.min(b), a.max(b)))
            && !(definite && (self.typed.contains(&(a, t)) || self.typed.contains(&(b, t))))
    }
}

/// The cue of trigger span `span` when it names a deal and stands in no name.
fn deal_cue_at<'c>(finder: &Finder<'c>, span: &Span) -> Option<Cue<'c>> {
    let Payload::Trigger(t) = span.payload else {
        return None;
    };
    if finder.mention_at[span.first].is_some() {
        return None;
    }
    let tokens = finder.tokens;
    let text = &finder.text[tokens.tokens[span.first].start..tokens.tokens[span.last - 1].end];
    if !deal_cue(finder.rules, text)
        || form_or_title(finder, span.first, span.last)
        || negated(finder, span.first)
    {
        return None;
    }
    let s = tokens.sentence_of[span.first];
    let cue = Cue {
        first: span.first,
        last: span.last,
        s,
        sent: &tokens.sentences[s],
        text: text.to_string(),
        trigger: &finder.rules.triggers[t as usize],
    };
    // "said acquisitions of X shares by short sellers rose", "X stake
    // holders": no deal of the sentence's companies (cue.rs).
    (!unowned_plural_deal(finder, &cue) && !premodifies_people(finder, &cue)).then_some(cue)
}

/// The two party entities of the cue's sentence when it names exactly two
/// (none named only as a news outlet quoted), one named before the cue and
/// the other after it, not inside a phrase that modifies another noun ("a
/// merger with a rival of Y", modifier_pp.rs: Y is counted, but on no
/// side) (companies anywhere in the sentence added about as many wrong
/// ties as right ones over the corpora).
fn two_companies(finder: &Finder<'_>, res: &Resolution, cue: &Cue<'_>) -> Option<(usize, usize)> {
    // Per entity: (named before the cue, named after it).
    let mut found: Vec<(usize, bool, bool)> = Vec::new();
    let mut k = cue.sent.first;
    while k < cue.sent.last {
        let Some(m) = finder.mention_at[k] else {
            k += 1;
            continue;
        };
        let mm = &finder.mentions[m];
        k = mm.last.max(k + 1);
        let Some(e) = res.entity_of[m].filter(|_| finder.is_party[m]) else {
            continue;
        };
        if is_outlet(finder, mm.first, mm.last, cue.sent.first, cue.sent.last)
            || employer(finder, mm.first, cue.sent.first)
            || described_as_cue(finder, mm.last, cue.first)
            || named_after_cue(finder, mm.first, cue)
            || made_by_deal(finder, mm.first, cue)
            || fragment(finder, mm.first, mm.last, cue.sent.first)
        {
            continue;
        }
        // "a merger with a rival of Y": Y counts as a company of the
        // sentence, but stands on no side of the cue.
        let modifier = mm.first >= cue.last && finder.in_modifier_pp(mm.first, cue.last);
        // "made in partnership with Y, X said.": the speaker of a final
        // attribution may be the clause's subject, on the cue's near side
        // (and stays on its far side: "X and Y agreed on a merger, Y said").
        // Only with one other company in the sentence, named soon after
        // the cue ("acquisition of 82 pct of Y, X said"): "A merger would
        // make sense for Y, Z said" is Z's view.
        let speaker = mm.first >= cue.last
            && final_speaker(finder, mm.first, mm.last, cue.sent.last)
            && entities_in(finder, res, cue) == 2
            && (cue.last..(cue.last + SPEAKER_OBJECT_REACH).min(mm.first)).any(|k| {
                finder.mention_at[k]
                    .and_then(|m| res.entity_of[m])
                    .is_some()
            });
        let (before, after) = (
            mm.last <= cue.first || speaker,
            mm.first >= cue.last && !modifier,
        );
        if let Some(f) = found.iter_mut().find(|f| f.0 == e) {
            f.1 |= before;
            f.2 |= after;
        } else if found.len() == 2 {
            return None;
        } else {
            found.push((e, before, after));
        }
    }
    let [a, b] = found[..] else {
        return None;
    };
    let placed = (a.1 && b.2) || (a.2 && b.1);
    placed.then_some((a.0, b.0))
}

/// How many distinct entities the mentions of the cue's sentence name.
fn entities_in(finder: &Finder<'_>, res: &Resolution, cue: &Cue<'_>) -> usize {
    let mut seen: Vec<usize> = Vec::new();
    for k in cue.sent.first..cue.sent.last {
        let e = finder.mention_at[k].and_then(|m| res.entity_of[m]);
        if let Some(e) = e.filter(|e| !seen.contains(e)) {
            seen.push(e);
        }
    }
    seen.len()
}

/// The other party of a final attribution's speaker starts at most this
/// many tokens after the cue ("joint venture operated by it and Y").
const SPEAKER_OBJECT_REACH: usize = 5;

/// At most this many tokens follow the speech verb of a final attribution
/// ("X said on Monday.", "X said in a statement.").
const ATTRIBUTION_TAIL: usize = 4;

/// Whether the name at `first..last` speaks a final attribution: a comma
/// (or a closing quote and comma) before it, a speech verb right after it
/// and at most [`ATTRIBUTION_TAIL`] tokens, none a name or comma, before
/// the sentence's end `ceiling` ("..., X said." / "..., X said on Monday.").
fn final_speaker(finder: &Finder<'_>, first: usize, last: usize, ceiling: usize) -> bool {
    let toks = &finder.tokens.tokens;
    let comma = first > 0 && toks[first - 1].is_punct(',');
    let spoken = last < ceiling && finder.lexed.is(last, ListKind::SpeechVerb);
    comma
        && spoken
        && ceiling - last <= ATTRIBUTION_TAIL + 1
        && (last + 1..ceiling).all(|k| finder.mention_at[k].is_none() && !toks[k].is_punct(','))
}

/// Whether the name at `first..last` is a news outlet quoted: "according to
/// X", "told X", "X reported", "reported by X".
fn is_outlet(finder: &Finder<'_>, first: usize, last: usize, floor: usize, ceiling: usize) -> bool {
    let before = |n: usize| (first >= floor + n).then(|| finder.lower(first - n));
    let prev = before(1);
    let prev = prev.as_ref().map(|w| w.as_str());
    let prev2 = before(2);
    let prev2 = prev2.as_ref().map(|w| w.as_str());
    let next = (last < ceiling).then(|| finder.lower(last));
    matches!(prev, Some("told"))
        || (prev == Some("to") && prev2 == Some("according"))
        || (prev == Some("by") && matches!(prev2, Some("reported" | "quoted" | "cited")))
        || next
            .as_ref()
            .is_some_and(|w| matches!(w.as_str(), "reported" | "reports" | "quoted" | "cited"))
}

/// The evidence of a fallback tie: the cue's type, its sentence's status.
fn fallback_evidence(finder: &Finder<'_>, cue: &Cue<'_>) -> Evidence {
    let (status, strong, status_rule) = cue_status(finder, cue);
    Evidence {
        sentence: cue.s,
        start: cue.sent.start,
        end: cue.sent.end,
        trigger: cue.text.clone(),
        rule: format!("{}+sentence", cue.trigger.meta.id),
        status_rule,
        event_type: cue.trigger.event_type,
        status,
        strong,
        untyped: cue.trigger.weak && cue.trigger.event_type == EventType::Partnership,
        slots: Vec::new(),
    }
}

/// Whether the cue at `first..last` names a legal form or a job rather
/// than a tie: "limited partnership", "general partner", "partner at",
/// "director of global partnerships", "partnership interests".
fn form_or_title(finder: &Finder<'_>, first: usize, last: usize) -> bool {
    let floor = finder.tokens.sentences[finder.tokens.sentence_of[first]].first;
    let ceiling = finder.tokens.sentences[finder.tokens.sentence_of[first]].last;
    let prev = (first > floor).then(|| finder.lower(first - 1));
    let next = (last < ceiling).then(|| finder.lower(last));
    let form = prev
        .as_ref()
        .is_some_and(|w| w == "\"" || finder.rules.is_cue("deal-form-modifiers", w));
    let held = next
        .as_ref()
        .is_some_and(|w| w == "\"" || finder.rules.is_cue("deal-form-heads", w));
    let titled = (first.saturating_sub(4).max(floor)..first).any(|k| is_title(finder, k));
    form || held || titled
}

/// Whether a word of the cue list `deal-negations` stands among the four
/// words before the cue at `first` ("had no plans for a merger", "ruled out
/// a takeover", "opposed the merger").
fn negated(finder: &Finder<'_>, first: usize) -> bool {
    let floor = finder.tokens.sentences[finder.tokens.sentence_of[first]].first;
    (first.saturating_sub(4).max(floor)..first)
        .any(|k| finder.rules.is_cue("deal-negations", &finder.lower(k)))
}

/// Whether token `k` is (part of) a job title.
fn is_title(finder: &Finder<'_>, k: usize) -> bool {
    finder.lexed.is(k, ListKind::Title) || finder.lexed.is(k, ListKind::RoleTitle)
}

/// Whether the name starting at `first` is a person's employer: "analyst
/// at X", "partner of X", "chief executive of X", "a spokesman for X".
fn employer(finder: &Finder<'_>, first: usize, floor: usize) -> bool {
    first >= floor + 2
        && matches!(finder.lower(first - 1).as_str(), "at" | "of" | "for")
        && is_title(finder, first - 2)
        && !finder.rules.is_cue("deal-nouns", &finder.lower(first - 2))
}

/// Whether the name ending at `last` is the thing the cue at `cue` names:
/// "X, a joint venture of A and B", "X is a private investment partnership".
fn described_as_cue(finder: &Finder<'_>, last: usize, cue: usize) -> bool {
    if last + 2 > cue || cue - last > 6 {
        return false;
    }
    let link = finder.lower(last);
    let article = (last + 1..cue).any(|k| matches!(finder.lower(k).as_str(), "a" | "an" | "the"));
    let plain = (last + 1..cue).all(|k| finder.mention_at[k].is_none() && finder.lower(k) != ",");
    matches!(link.as_str(), "," | "is" | "was") && article && plain
}

/// Whether the name starting at `first` is the company a venture cue
/// names: "the joint venture, called X", "joint-venture <X>".
fn named_after_cue(finder: &Finder<'_>, first: usize, cue: &Cue<'_>) -> bool {
    let venture = cue.text.to_lowercase().contains("venture");
    venture
        && first >= cue.last
        && first - cue.last <= 3
        && (cue.last..first).all(|k| {
            matches!(
                finder.lower(k).as_str(),
                "," | "<" | "(" | "called" | "named" | "known" | "as"
            )
        })
}

/// Whether the name starting at `first`, after the cue, is the company the
/// deal makes, no party: "the merger will create a new company called X"
/// (a word of rules/newco-modifiers.txt, then one of rules/newco-namers.txt
/// or a comma right before the name), "completed its merger, forming X".
fn made_by_deal(finder: &Finder<'_>, first: usize, cue: &Cue<'_>) -> bool {
    if first <= cue.last {
        return false;
    }
    let prev = finder.lower(first - 1);
    if matches!(
        prev.as_str(),
        "form" | "forms" | "forming" | "formed" | "create" | "creates" | "creating" | "created"
    ) {
        return true;
    }
    let named = prev == "," || finder.rules.is_cue("newco-namers", &prev);
    // The modifier is among the three lower-case words before ("a new
    // holding company, X"; not "in Papua New Guinea, X said", nor "other
    // purchases with combined assets of 90 mln dlrs, X will").
    let from = first.saturating_sub(4).max(cue.last);
    let words = (from..first - 1)
        .rev()
        .take_while(|&k| finder.lower_word(k));
    named
        && words
            .into_iter()
            .any(|k| finder.rules.is_cue("newco-modifiers", &finder.lower(k)))
}

/// Whether the name at `first..last` is a piece of a longer name: one or
/// two letters ("AT and <T>"), or right after a capitalised word that is
/// no name ("<Reuters> Holdings PLC" with the outlet dropped).
fn fragment(finder: &Finder<'_>, first: usize, last: usize, floor: usize) -> bool {
    let short = finder.text[finder.tokens.tokens[first].start..finder.tokens.tokens[last - 1].end]
        .chars()
        .filter(|c| c.is_alphanumeric())
        .count()
        <= 2;
    let after_word = first > floor + 1 && {
        let t = finder.tokens.tokens[first - 1];
        finder.mention_at[first - 1].is_none()
            && t.kind == TokKind::Word
            && !t.is_lower(finder.text)
    };
    short || after_word
}

#[cfg(test)]
mod tests {
    use super::super::test_support::typed_pairs;
    use super::deal_cue;
    use crate::rules::Rules;

    #[test]
    fn deal_cues_are_nouns_and_no_verbs() {
        let rules = Rules::default_rules().unwrap();
        let deal_cue = |cue: &str| deal_cue(&rules, cue);
        assert!(deal_cue("merger"));
        assert!(deal_cue("stake in"));
        assert!(deal_cue("joint venture"));
        assert!(!deal_cue("acquired"));
        assert!(!deal_cue("partner with"));
        assert!(!deal_cue("talks with"));
        assert!(!deal_cue("pct of"));
    }

    #[test]
    fn a_deal_cue_between_two_companies_ties_them_and_three_give_none() {
        let pairs = |t: &str| typed_pairs(t);
        assert_eq!(
            pairs(
                "Coniston Valve Co said its shareholders had voted at a special meeting to approve a merger into Ullswater Group PLC for 40 dlrs per share."
            ),
            [(
                "Coniston Valve Co".into(),
                "Ullswater Group PLC".into(),
                "acquisition".into()
            )]
        );
        // Each case beside the same sentence without the word that stops it.
        let takeover = "shares rose on talk of a takeover in the sector, said Newlands Pulp Ltd.";
        assert!(!pairs(&format!("Langdale Mills Inc {takeover}")).is_empty());
        assert!(
            pairs(&format!(
                "Langdale Mills Inc and Borrowdale Paper Co {takeover}"
            ))
            .is_empty()
        );
        // An analyst's employer and a company described as the cue are no parties.
        let merger = "said the merger would help Kentmere Tools Corp.";
        assert!(!pairs(&format!("Haweswater Securities Inc {merger}")).is_empty());
        assert!(
            pairs(&format!(
                "Tom Price, an analyst at Haweswater Securities Inc, {merger}"
            ))
            .is_empty()
        );
        let hired = "Eskdale Foods Inc had hired new managers.";
        assert!(
            !pairs(&format!(
                "Wasdale Fund Ltd said a joint venture with strong ties to {hired}"
            ))
            .is_empty()
        );
        assert!(pairs(&format!("Wasdale Fund Ltd, a joint venture, said {hired}")).is_empty());
    }

    #[test]
    fn the_speaker_of_a_final_attribution_is_the_near_side() {
        let pairs = |t: &str| typed_pairs(t);
        let made = "The pumps are made in partnership with Ullswater Group PLC";
        assert_eq!(
            pairs(&format!("{made}, Coniston Valve Co said.")),
            [(
                "Coniston Valve Co".into(),
                "Ullswater Group PLC".into(),
                "partnership".into()
            )]
        );
        assert_eq!(
            pairs(&format!("{made}, Coniston Valve Co said on Monday.")),
            pairs(&format!("{made}, Coniston Valve Co said."))
        );
        // With two other companies, or one not right after the cue, the
        // speaker only gives its view.
        assert!(
            pairs("A merger of equals would make good sense for Ullswater Group PLC, Coniston Valve Co said.")
                .is_empty()
        );
        assert!(
            pairs("A merger with Buttermere Tyres Ltd would suit Ullswater Group PLC, Coniston Valve Co said.")
                .iter()
                .all(|(a, b, _)| a != "Coniston Valve Co" && b != "Coniston Valve Co")
        );
        // No attribution: a name after a comma that says nothing, a speech
        // verb with more words after it, a name with no comma before it.
        for text in [
            format!("{made}, Coniston Valve Co and its rivals."),
            format!("{made}, Coniston Valve Co said, adding that sales of the new pump were slow."),
            format!("{made} as Coniston Valve Co said."),
        ] {
            assert!(pairs(&text).is_empty(), "{text}");
        }
        // A speaker already before the cue keeps its far side.
        assert_eq!(
            pairs(
                "Coniston Valve Co and Ullswater Group PLC agreed on a joint venture, Ullswater Group PLC said."
            ),
            [(
                "Coniston Valve Co".into(),
                "Ullswater Group PLC".into(),
                "joint_venture".into()
            )]
        );
    }

    #[test]
    fn the_company_a_deal_makes_is_no_party() {
        let pairs = |t: &str| typed_pairs(t);
        for text in [
            "Coniston Valve Co said the merger will create a new company called Ullswater Group PLC.",
            "Coniston Valve Co completed its merger, forming Ullswater Group PLC.",
            "Coniston Valve Co said the merger would create a new group, Ullswater Group PLC.",
        ] {
            assert!(pairs(text).is_empty(), "{text}");
        }
        // A newco word far from the name, or in a place name, makes none.
        for text in [
            "Coniston Valve Co agreed on a merger to explore a field in Papua New Guinea, Ullswater Group PLC said.",
            "After the Coniston Valve Co acquisition and two others with combined assets of 90 mln dlrs, Ullswater Group PLC will grow.",
        ] {
            assert!(!pairs(text).is_empty(), "{text}");
        }
        // A company named after the cue that the deal does not make is one.
        assert!(
            !pairs("Coniston Valve Co said the merger would help Ullswater Group PLC.").is_empty()
        );
    }

    #[test]
    fn a_denied_deal_noun_and_a_spokesman_s_employer_give_no_tie() {
        let pairs = |t: &str| typed_pairs(t);
        assert!(!pairs("Coniston Valve Co said its shareholders had voted at a special meeting to approve a merger into Ullswater Group PLC for 40 dlrs per share.").is_empty());
        // A denied "merger into" (an acquisition cue) is a denied tie, never
        // an announced one.
        let ex = crate::Extractor::new(Rules::default_rules().unwrap());
        let denied = |t: &str| {
            let events = super::super::test_support::events(&ex, t);
            !events.is_empty() && events.iter().all(|e| e.3 == "denied")
        };
        assert!(denied(
            "Coniston Valve Co said shareholders at a special meeting had no plans for a merger into Ullswater Group PLC for 40 dlrs per share."
        ));
        assert!(denied(
            "Coniston Valve Co said shareholders at a special meeting ruled out a merger into Ullswater Group PLC for 40 dlrs per share."
        ));
        assert!(pairs("Coniston Valve Co welcomed the merger of two rivals, a spokesman for Ullswater Group PLC said.").is_empty());
    }
}
