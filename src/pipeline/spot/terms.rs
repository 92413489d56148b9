//! Spot step 3b: a name made a company by its designator alone ("Risk
//! Management", "Mental Health", "Social Media", "Educational Technology")
//! that the article also writes in lower case ("risk management") is a term
//! of the trade in a headline-case heading or menu, no company.
//!
//! Takes: the classified mentions. Changes: a `company-designator` (or
//! `company-sector`: "Text Mining") mention
//! of two or more words, not in capitals, whose words the article writes in
//! lower case too, becomes `Unknown` (a context cue may still make it a
//! company); so does a name ended by a term head (rules/company-term-heads.txt:
//! "Project Management", "Marketing Software") whose other words the article
//! writes in lower case one by one, or whose last two words it writes in lower
//! case ("endpoint management"). One pass over the tokens, linear in the
//! article.

use crate::pipeline::lexicon::TokenWords;
use hashbrown::HashSet;

use super::{Cx, Kind, Mention, SECTOR};
use crate::pipeline::segment::TokKind;

/// The rule id of a designated name ("Tessaly Systems").
const DESIGNATED: &str = "company-designator";

/// Demotes the designated names that the article also writes in lower case,
/// and the term-headed ones whose words it writes in lower case
/// ([`term_words_lower`]).
pub(super) fn demote_lowercase_terms(cx: &Cx, out: &mut [Mention]) {
    let mut wanted = HashSet::new();
    let mut headed = false;
    for m in out.iter().filter(|m| candidate(cx, m)) {
        wanted.insert(lower_form(cx, m.first, m.last));
        if term_headed(cx, m) {
            headed = true;
            wanted.insert(lower_form(cx, m.last - 2, m.last));
        }
    }
    if wanted.is_empty() {
        return;
    }
    let found = lower_twins(cx, &wanted);
    let lower = if headed {
        lower_words(cx)
    } else {
        HashSet::new()
    };
    for m in out.iter_mut().filter(|m| candidate(cx, m)) {
        if found.contains(&lower_form(cx, m.first, m.last))
            || term_words_lower(cx, m, &found, &lower)
        {
            m.kind = Kind::Unknown;
            m.rule = "capitalised".to_string();
        }
    }
}

/// A designated name ended by a term head (rules/company-term-heads.txt:
/// "Management", "Software"), with no word in capitals ("BET Networks").
fn term_headed(cx: &Cx, m: &Mention) -> bool {
    let caps = |k: usize| {
        let w = cx.word(k);
        w.len() > 1 && w.chars().all(|c| !c.is_lowercase())
    };
    m.rule == DESIGNATED
        && cx.is_cue("company-term-heads", m.last - 1)
        && !(m.first..m.last).any(caps)
}

/// "Project Management", "Autonomous Endpoint Management": a term-headed
/// name whose other words the article writes in lower case (`lower`), or,
/// of three or more words, whose last two it writes in lower case
/// (`found`: "endpoint management").
fn term_words_lower(
    cx: &Cx,
    m: &Mention,
    found: &HashSet<String>,
    lower: &HashSet<String>,
) -> bool {
    if !term_headed(cx, m) {
        return false;
    }
    let linking = |w: &str| matches!(w, "&" | "and" | "of" | "the" | "for");
    let words_lower = (m.first..m.last - 1)
        .filter(|&k| !linking(cx.word(k)))
        .all(|k| lower.contains(&cx.word(k).to_lowercase()));
    words_lower || m.last - m.first >= 3 && found.contains(&lower_form(cx, m.last - 2, m.last))
}

/// The article's words written in lower case.
fn lower_words(cx: &Cx) -> HashSet<String> {
    let toks = &cx.tokens.tokens;
    (0..toks.len())
        .filter(|&j| toks[j].is_lower(cx.text))
        .map(|j| cx.word(j).to_string())
        .collect()
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

    #[test]
    fn a_term_headed_name_of_lower_case_words_is_a_term() {
        let text = "Tools\n\nReputation Management\n\nAutonomous Endpoint Management\n\n\
                    A good reputation takes years. Good endpoint management keeps devices safe, \
                    and Vornick Management and Tessaly Systems sell it.";
        let got = companies(text);
        assert!(!got.iter().any(|n| n == "Reputation Management"), "{got:?}");
        assert!(
            !got.iter().any(|n| n.ends_with("Endpoint Management")),
            "{got:?}"
        );
        assert!(got.iter().any(|n| n == "Vornick Management"), "{got:?}");
        assert!(got.iter().any(|n| n == "Tessaly Systems"), "{got:?}");
    }
}
