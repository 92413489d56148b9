//! Labour unions are no party to a tie between companies: "talks with
//! unions", "negotiations with the Teamsters union", "the United Workers
//! Union rejected a contract proposal from X".
//!
//! Takes: a trigger's last token, or an entity's name. Gives: whether the
//! trigger's object is a labour union named by a common noun (then a group
//! of subjects does not pair within itself: "A, B and C held talks with
//! unions"), or whether a name is a union's ("National Union of
//! Mineworkers", "Canadian Auto Workers"; not "Union Pacific").

use crate::pipeline::segment::{TokKind, Tokens};
use crate::rules::Rules;

/// Whether the words after the trigger ending at `last` name a union or
/// work force (a word of rules/labour-nouns.txt: "talks with unions", "with
/// the Teamsters union", "with its pilots' union"), at most four words on,
/// over words of rules/labour-modifiers.txt ("the", "striking", "trade"),
/// numbers, possessives and capitalised words.
pub(super) fn labour_object(
    rules: &Rules,
    text: &str,
    tokens: &Tokens,
    last: usize,
    ceiling: usize,
) -> bool {
    let toks = &tokens.tokens;
    for t in &toks[last..ceiling.min(last + 4)] {
        let w = t.text(text);
        if t.kind == TokKind::Word && rules.is_cue("labour-nouns", w) {
            return true;
        }
        let skip = match t.kind {
            TokKind::Number | TokKind::Possessive => true,
            TokKind::Word => rules.is_cue("labour-modifiers", w) || t.is_cap(text),
            _ => false,
        };
        if !skip {
            return false;
        }
    }
    false
}

/// Whether an entity's name is a labour union's: it holds "Workers",
/// "Teamsters", "Mineworkers" ... or "Union" after "Workers", "Trade",
/// "Labor" or before "of" ("National Union of ...").
pub(super) fn is_union(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    words.iter().enumerate().any(|(i, w)| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        let plain = [
            "Workers",
            "Teamsters",
            "Mineworkers",
            "Steelworkers",
            "Autoworkers",
            "Machinists",
        ];
        if plain.iter().any(|p| w.eq_ignore_ascii_case(p)) {
            return true;
        }
        w.eq_ignore_ascii_case("Union")
            && (words
                .get(i + 1)
                .is_some_and(|n| n.eq_ignore_ascii_case("of"))
                || i.checked_sub(1)
                    .and_then(|j| words.get(j))
                    .is_some_and(|p| {
                        ["Trade", "Labor", "Labour", "Workers", "Employees"]
                            .iter()
                            .any(|x| p.eq_ignore_ascii_case(x))
                    }))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn union_names_are_told_from_company_names() {
        assert!(is_union("National Union of Mineworkers"));
        assert!(is_union("Canadian Auto Workers"));
        assert!(is_union("Allied Food and Retail Workers Union Local 418"));
        assert!(is_union("Transport Workers Union"));
        assert!(!is_union("Union Pacific Corp"));
        assert!(!is_union("Western Union"));
        assert!(!is_union("Union Bank of Switzerland"));
        assert!(!is_union("Acme Corp"));
    }
}

#[cfg(test)]
mod extract_tests {
    use crate::{Article, Extractor, Rules};

    #[test]
    fn talks_with_unions_tie_no_companies() {
        let x = Extractor::new(Rules::default_rules().unwrap());
        for text in [
            "Acme Corp, Borealis Inc and Cirrus Motors spent May in hard talks with unions over pay.",
            "Acme Corp resumed negotiations with the Northern Workers Union on Friday.",
            "Acme Corp and Borealis Inc held talks with their pilots' union.",
        ] {
            let r = x.extract(&Article::from_text("t", "", text));
            assert!(r.events.is_empty(), "{text}: {:?}", r.events);
        }
        let r = x.extract(&Article::from_text(
            "t",
            "",
            "Acme Corp and Borealis Inc held talks on a partnership.",
        ));
        assert_eq!(r.events.len(), 1);
    }
}
