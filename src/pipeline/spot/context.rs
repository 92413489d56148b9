//! Spot step 4: companies known only from the words around them (rule
//! `company-context`), for names on no list and without a legal suffix or a
//! designator.
//!
//! Takes: the classified mentions. Changes: an unknown capitalised chunk, or
//! a lone name next to a speech verb that no person of the article bears,
//! becomes a company when
//! - a `company-cue` entry stands right before it, in lower case
//!   ("chipmaker Quellon", "rival Brannick", "shares of Pellory"); a cue
//!   that opens the chunk ("Chipmaker Quellon") is dropped from it; so does
//!   "company" after a lower-case word that is no determiner ("holding
//!   company Quellon"); not when
//!   the chunk modifies a noun ("a stake in Italian car maker");
//! - a `company-head` entry follows it or its possessive ("Marwick's chief
//!   executive", "Halvery (NYSE: HLV)", "Zentoro said it would"), or "said
//!   it"/"says it" and any word but "was"/"is", or "said its" (then also a
//!   speech-verb name of two or three words without a given name: "Orlov
//!   Dynamics said it has"); without a
//!   possessive the head must be two or more tokens or a job title, so that
//!   "Halsey shares his view" is no cue;
//! - a descriptor stands in apposition (or after "is"/"was"): ", a/an/the"
//!   ("is a/an/the") and at most six words
//!   ending in a one-word cue or "company" before a comma, full stop or clause word
//!   ("Tessaro, a Seattle-based software maker,"), with no job title among
//!   them ("X, the chief executive of the firm," is a person's apposition);
//! - it stands in a list (joined by commas, "and", "or") with a company, or
//!   in a list that ends in "and other" and a cue ("Halvery, Zentoro and
//!   other chipmakers"); a cue before "such as", "like" or "including"
//!   marks the name after it ("firms such as Quellon and Brannick").
//!
//! Guarantees: mentions keep their order and never grow; only `Unknown`
//! and speech-verb `Surname` mentions change. Linear in the mentions.

use std::collections::HashSet;

use super::{Cx, Kind, Mention};
use crate::pipeline::segment::TokKind;
use crate::rules::ListKind;

/// The rule id of the companies found here.
pub(super) const RULE: &str = "company-context";

/// Promotes the mentions that a context cue marks as companies.
pub(super) fn companies_by_context(cx: &Cx, out: &mut [Mention]) {
    // "Scottish and Newcastle (S&N)": the acronym is the glossed company's.
    let glossed: HashSet<&str> = out
        .iter()
        .filter(|m| m.rule == "company-acronym")
        .filter_map(|m| cx.tokens.tokens.get(m.last + 1))
        .map(|t| t.text(cx.text))
        .collect();
    let surnames: HashSet<String> = out
        .iter()
        .filter(|m| m.kind == Kind::Person)
        .map(|m| cx.word(m.last - 1).to_string())
        .collect();
    for m in out.iter_mut() {
        let open = match m.kind {
            Kind::Unknown => true,
            Kind::Surname => m.rule == "person-speech" && !surnames.contains(cx.word(m.first)),
            // "Orlov Dynamics said it has ...": a name that speaks of
            // itself as "it", with no given name, is no person.
            Kind::Person => {
                m.rule == "person-speech"
                    && !cx.is(m.first, ListKind::GivenName)
                    && says_it(cx, m.last)
                    && !attached(cx, m.first, m.last)
            }
            _ => false,
        };
        // "I've", "I'd": a pronoun, never a name.
        let pronoun = m.last - m.first == 1 && {
            let w = cx.word(m.first);
            w.starts_with("I'") || w.starts_with("I\u{2019}")
        };
        if !open || pronoun || (m.last - m.first == 1 && glossed.contains(cx.word(m.first))) {
            continue;
        }
        let opened = opening_cue(cx, m.first, m.last);
        if opened
            || cue_before(cx, m.first, m.last)
            || head_after(cx, m.last)
            || (says_it(cx, m.last) && !attached(cx, m.first, m.last))
            || descriptor_apposition(cx, m.last)
        {
            if opened {
                m.first += 1;
            }
            m.kind = Kind::Company;
            m.rule = RULE.to_string();
        }
    }
    companies_in_lists(cx, out);
}

/// "Symantec, McAfee, Trend Micro and others", "firms such as Quellon and
/// Brannick", "Halvery, Zentoro and other chipmakers": unknown names in a
/// list (three or more names joined by commas, "and" or "or", or two joined
/// by "and"/"or") with a company, or in a list that ends in "and other" and
/// a company cue, are companies too; not a one-word sentence opener
/// ("Overall,") nor a title's modifier ("Global VP"). One pass over the
/// mentions (in text order) finds the lists, one more over each list.
fn companies_in_lists(cx: &Cx, out: &mut [Mention]) {
    let mut start = 0;
    while start < out.len() {
        let mut end = start + 1;
        while end < out.len() && list_joined(cx, out[end - 1].last, out[end].first) {
            end += 1;
        }
        let list = &mut out[start..end];
        let tail = list.last().is_some_and(|m| others_tail(cx, m.last));
        // Two names joined by a comma alone are no list ("Chapter 11 of the
        // Bankruptcy Code, Halvery said").
        let listed =
            end - start >= 3 || (end - start == 2 && !cx.tokens.tokens[list[0].last].is_punct(','));
        let with_company = listed && list.iter().any(|m| m.kind == Kind::Company);
        if tail || with_company {
            // "Overall, Halvery saw ...": a sentence opener stays out.
            let opener = |m: &Mention| {
                m.last - m.first == 1
                    && cx.tokens.sentences[cx.tokens.sentence_of[m.first]].first == m.first
            };
            // "co-founder of Quellon and Global VP of Quellon": a title's modifier.
            let titled = |m: &Mention| {
                cx.tokens.tokens.get(m.last).is_some()
                    && (cx.is(m.last, ListKind::Title)
                        || cx
                            .lexed
                            .spans_at(m.last, cx.rules, ListKind::Title)
                            .next()
                            .is_some())
            };
            let open = |m: &Mention| m.kind == Kind::Unknown && !opener(m) && !titled(m);
            for m in list.iter_mut().filter(|m| open(m)) {
                m.kind = Kind::Company;
                m.rule = RULE.to_string();
            }
        }
        start = end;
    }
}

/// Whether the tokens `a..b` between two mentions join a list: ",", "and",
/// "or", ", and", ", or" (in one sentence).
fn list_joined(cx: &Cx, a: usize, b: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let word = |i: usize| matches!(cx.word(i), "and" | "or");
    let joined = match b.checked_sub(a) {
        Some(1) => toks[a].is_punct(',') || word(a),
        Some(2) => toks[a].is_punct(',') && word(a + 1),
        _ => false,
    };
    joined && same_sentence(cx, a, b)
}

/// ", and other leading firms" after `last`: "and"/"or", "other", at most
/// two lower-case words, and a company cue.
fn others_tail(cx: &Cx, last: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let mut i = last;
    if toks.get(i).is_some_and(|t| t.is_punct(',')) {
        i += 1;
    }
    if i + 2 >= toks.len()
        || !matches!(cx.word(i), "and" | "or")
        || cx.word(i + 1) != "other"
        || !same_sentence(cx, last, i + 2)
    {
        return false;
    }
    (i + 2..(i + 5).min(toks.len()))
        .take_while(|&j| toks[j].is_lower(cx.text))
        .any(|j| cx.is(j, ListKind::CompanyCue))
}

/// A one-word cue that is a company noun and no designator opening a chunk
/// of two or more words: "Chipmaker Quellon" (not "Bank Leumi", nor the
/// adjective in "Rival Ruritanian factions").
fn opening_cue(cx: &Cx, first: usize, last: usize) -> bool {
    last - first >= 2
        && cx.is(first, ListKind::CompanyCue)
        && cx.is(first, ListKind::CompanyNoun)
        && !cx.is(first, ListKind::Designator)
        && !cx.is(first + 1, ListKind::Place)
        && !modifies_a_noun(cx, last)
}

/// A lower-case `company-cue` entry ending right before `first`, or before
/// a comma there ("its Thai unit, Tamsin Cells,"), or before "like",
/// "including" or "such as" there ("firms such as Quellon"), which is no job
/// title ("producer" is both).
fn cue_before(cx: &Cx, first: usize, last: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let name = first;
    let comma = first >= 2 && toks[first - 1].is_punct(',');
    let first = if comma { first - 1 } else { first };
    // "firms such as Quellon", "rivals like Brannick", "suppliers including X".
    let first = match first.checked_sub(1).map(|p| cx.word(p)) {
        Some("like" | "including") => first - 1,
        Some("as") if first >= 2 && cx.word(first - 2) == "such" => first - 2,
        _ => first,
    };
    let Some(p) = first.checked_sub(1) else {
        return false;
    };
    let t = cx.tokens.tokens[p];
    if !t.is_lower(cx.text) || cx.is(p, ListKind::Title) || !same_sentence(cx, p, first) {
        return false;
    }
    (cx.is(p, ListKind::CompanyCue)
        || (modified_company(cx, p) && !attached(cx, name, last))
        || cx
            .lexed
            .span_ending(first, cx.rules, ListKind::CompanyCue)
            .is_some())
        && !modifies_a_noun(cx, last)
}

/// "holding company", "parent company", "oil company" at `p`: "company"
/// after a lower-case word that is no determiner ("the company Monday").
fn modified_company(cx: &Cx, p: usize) -> bool {
    p > 0
        && cx.word(p) == "company"
        && cx.tokens.tokens[p - 1].is_lower(cx.text)
        && !matches!(
            cx.word(p - 1),
            "the"
                | "a"
                | "an"
                | "this"
                | "that"
                | "its"
                | "his"
                | "her"
                | "their"
                | "our"
                | "your"
                | "my"
                | "same"
                | "each"
                | "every"
                | "any"
                | "no"
                | "which"
                | "whose"
                | "and"
                | "or"
                | "of"
                | "to"
                | "by"
                | "for"
                | "in"
                | "said"
                | "new"
        )
}

/// "a stake in Italian car maker ...": a company noun or cue among the
/// three lower-case words after the chunk makes it a modifier, not a name.
fn modifies_a_noun(cx: &Cx, last: usize) -> bool {
    let toks = &cx.tokens.tokens;
    (last..(last + 3).min(toks.len()))
        .take_while(|&j| toks[j].is_lower(cx.text))
        .any(|j| cx.is(j, ListKind::CompanyNoun) || cx.is(j, ListKind::CompanyCue))
}

/// A `company-head` entry at `last` or after a possessive there.
fn head_after(cx: &Cx, last: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let possessive = toks
        .get(last)
        .is_some_and(|t| t.kind == TokKind::Possessive);
    let at = if possessive { last + 1 } else { last };
    if at >= toks.len() || !same_sentence(cx, last.saturating_sub(1), at) {
        return false;
    }
    let long = cx
        .lexed
        .spans_at(at, cx.rules, ListKind::CompanyHead)
        .any(|s| s.last - s.first >= 2);
    let one = cx.is(at, ListKind::CompanyHead);
    long || (one && (possessive || cx.is(at, ListKind::Title)))
}

/// "said it has", "says it will", "said its": a name right before these
/// speaks of itself as a thing. Not before "was", "is" or "'s" ("Halsey
/// said it was hard"), which people say as often.
fn says_it(cx: &Cx, last: usize) -> bool {
    let toks = &cx.tokens.tokens;
    if last + 2 >= toks.len()
        || !matches!(cx.word(last), "said" | "says")
        || !same_sentence(cx, last, last + 2)
    {
        return false;
    }
    match cx.word(last + 1) {
        "its" => true,
        "it" => {
            let next = toks[last + 2];
            next.kind == TokKind::Word && !matches!(next.text(cx.text), "was" | "is")
        }
        _ => false,
    }
}

/// Whether `first..last` is only the end of a longer name or no name: a
/// lone legal suffix ("Investors Service Inc", cut after a possessive) or
/// letter, or a chunk
/// after a capitalised word, a possessive, or "of"/"and"/"&" after one
/// ("Association of Accountants", "Duff and Phelps").
fn attached(cx: &Cx, first: usize, last: usize) -> bool {
    let toks = &cx.tokens.tokens;
    // A lone suffix, or a letter ("company Y", "I've said it").
    if last - first == 1
        && (cx.is(first, ListKind::LegalSuffix) || cx.word(first).chars().count() == 1)
    {
        return true;
    }
    let Some(p) = first
        .checked_sub(1)
        .filter(|&p| same_sentence(cx, p, first))
    else {
        return false;
    };
    let joined = matches!(cx.word(p), "of" | "and" | "&")
        && p > 0
        && same_sentence(cx, p - 1, p)
        && (toks[p - 1].is_cap(cx.text) || toks[p - 1].kind == TokKind::Possessive);
    // "Merrill Lynch <MER> Capital Markets": after a ticker.
    let ticker = toks[p].is_punct('>');
    joined || ticker || toks[p].is_cap(cx.text) || toks[p].kind == TokKind::Possessive
}

/// ", a Seattle-based software maker,": a descriptor ending in a company
/// noun, in apposition after `last`; or said of it: "is a tax software
/// provider that".
fn descriptor_apposition(cx: &Cx, last: usize) -> bool {
    let (toks, text) = (&cx.tokens.tokens, cx.text);
    let article = |i: usize| {
        toks.get(i)
            .is_some_and(|t| matches!(t.text(text), "a" | "an" | "the"))
    };
    let apposition = toks.get(last).is_some_and(|t| t.is_punct(',')) && article(last + 1);
    let copula = toks
        .get(last)
        .is_some_and(|t| matches!(t.text(text), "is" | "was"))
        && article(last + 1);
    if !(apposition || copula) {
        return false;
    }
    let sent_last = cx.tokens.sentences[cx.tokens.sentence_of[last]].last;
    for j in last + 2..(last + 9).min(sent_last) {
        let t = toks[j];
        if matches!(t.kind, TokKind::Punct(_)) && !t.is_punct('-') {
            return false;
        }
        if cx.is(j, ListKind::Title)
            || cx
                .lexed
                .spans_at(j, cx.rules, ListKind::Title)
                .next()
                .is_some()
        {
            return false;
        }
        if t.is_lower(text) && (cx.is(j, ListKind::CompanyCue) || t.text(text) == "company") {
            return toks.get(j + 1).is_none_or(|n| {
                n.is_punct(',')
                    || n.is_punct('.')
                    || n.is_punct(';')
                    || matches!(
                        n.text(text),
                        "that" | "which" | "whose" | "with" | "based" | "in" | "and"
                    )
            });
        }
    }
    false
}

/// Whether tokens `a` and `b` are in one sentence.
fn same_sentence(cx: &Cx, a: usize, b: usize) -> bool {
    let s = &cx.tokens.sentence_of;
    s.get(a).is_some() && s.get(a) == s.get(b)
}
