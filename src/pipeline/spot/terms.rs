//! Spot step 3b: a name made a company by its designator alone ("Risk
//! Management", "Mental Health", "Social Media", "Educational Technology")
//! that the article also writes in lower case ("risk management") is a term
//! of the trade in a headline-case heading or menu, no company.
//!
//! Takes: the classified mentions. Changes: a `company-designator` (or
//! `company-sector`: "Text Mining") mention
//! of two or more words, not in capitals, whose words the article writes in
//! lower case too, becomes `Unknown` (a context cue may still make it a
//! company). One pass over the tokens, linear in the article.

use std::collections::HashSet;

use super::{Cx, Kind, Mention, SECTOR};
use crate::pipeline::segment::TokKind;

/// The rule id of a designated name ("Tessaly Systems").
const DESIGNATED: &str = "company-designator";

/// Demotes the designated names that the article also writes in lower case.
pub(super) fn demote_lowercase_terms(cx: &Cx, out: &mut [Mention]) {
    let wanted: HashSet<String> = out
        .iter()
        .filter(|m| candidate(cx, m))
        .map(|m| lower_form(cx, m.first, m.last))
        .collect();
    if wanted.is_empty() {
        return;
    }
    let found = lower_twins(cx, &wanted);
    for m in out.iter_mut().filter(|m| candidate(cx, m)) {
        if found.contains(&lower_form(cx, m.first, m.last)) {
            m.kind = Kind::Unknown;
            m.rule = "capitalised".to_string();
        }
    }
}

/// A designated company of two to six words with a lower-case letter
/// ("WORLD BANK" in a newswire headline is left alone), not named as a
/// company's unit ("its Data Systems division", "the company's
/// Entertainment Group": "data systems" may be said of its products).
fn candidate(cx: &Cx, m: &Mention) -> bool {
    let toks = &cx.tokens.tokens;
    m.kind == Kind::Company
        && (m.rule == DESIGNATED || m.rule == SECTOR)
        && (2..=6).contains(&(m.last - m.first))
        && cx.text[toks[m.first].start..toks[m.last - 1].end]
            .chars()
            .any(char::is_lowercase)
        && !named_unit(cx, m)
}

/// "its Livestock Systems division", "the company's Entertainment Group",
/// "Vexo's Data Systems unit": a unit word (rules/unit-nouns.txt, in lower
/// case) after the name, or "its" or a possessive before it.
fn named_unit(cx: &Cx, m: &Mention) -> bool {
    let toks = &cx.tokens.tokens;
    let unit_after = toks
        .get(m.last)
        .is_some_and(|t| t.is_lower(cx.text) && cx.rules.is_cue("unit-nouns", t.text(cx.text)));
    let owner_before = m.first > 0
        && (toks[m.first - 1].kind == TokKind::Possessive || cx.word(m.first - 1) == "its");
    unit_after || owner_before
}

/// The words `a..b` in lower case, one space apart.
fn lower_form(cx: &Cx, a: usize, b: usize) -> String {
    (a..b)
        .map(|i| cx.word(i).to_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The `wanted` forms that stand in the text as runs of lower-case words:
/// at each lower-case word that ends a wanted form, the runs of two to six
/// lower-case words ending there.
fn lower_twins(cx: &Cx, wanted: &HashSet<String>) -> HashSet<String> {
    let toks = &cx.tokens.tokens;
    let ends: HashSet<&str> = wanted.iter().filter_map(|w| w.rsplit(' ').next()).collect();
    let mut found = HashSet::new();
    for j in 1..toks.len() {
        if !toks[j].is_lower(cx.text) || !ends.contains(cx.word(j)) {
            continue;
        }
        let mut first = j;
        while first > 0 && j - first < 5 && toks[first - 1].is_lower(cx.text) {
            first -= 1;
        }
        for f in first..j {
            let form = lower_form(cx, f, j + 1);
            if wanted.contains(&form) {
                found.insert(form);
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use crate::pipeline::spot::tests::entities;

    fn companies(text: &str) -> Vec<String> {
        entities(text)
            .into_iter()
            .filter(|(k, _)| k == "company")
            .map(|(_, n)| n)
            .collect()
    }

    #[test]
    fn a_designated_name_written_in_lower_case_too_is_a_term() {
        let text = "Tools\n\nTask Management: good task management saves hours. \
                    The planner from Tessaly Systems helps, and Vornick Management uses it.";
        let got = companies(text);
        assert!(!got.iter().any(|n| n == "Task Management"), "{got:?}");
        assert!(got.iter().any(|n| n == "Tessaly Systems"), "{got:?}");
        assert!(got.iter().any(|n| n == "Vornick Management"), "{got:?}");
        // A company's unit keeps its name: "its Data Systems division".
        let text = "Units\n\nVexo Corp sells data systems products through its Data Systems \
                    division.";
        let got = companies(text);
        assert!(got.iter().any(|n| n == "Data Systems"), "{got:?}");
    }
}
