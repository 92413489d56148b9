//! Named groups of companies that a group anaphor stands for.
//!
//! Takes: the tokens and the resolved party mentions. Gives: per sentence,
//! the groups it names ("X and Y", "X, Y and Z", "X <TK> and Y"): two or more
//! companies joined by commas and "and" (or "&"), with nothing but tickers
//! between them. "The two companies", "both firms" or a sentence-opening
//! "they" then stand for the group named last before them, in their own
//! sentence or the one before, rather than for the first two companies a
//! sentence happens to name ("Analysts at X said Y and Z were close to a
//! deal. The two companies ..." is Y and Z). One pass over the mentions.

use crate::pipeline::resolve::Resolution;
use crate::pipeline::segment::{TokKind, Tokens};

/// At most this many tokens join two members of a group (", and", a ticker).
const MAX_JOIN: usize = 6;

/// A named group of companies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Group {
    /// The token after its last member.
    pub end: usize,
    /// Its distinct entities, in text order.
    pub entities: Vec<usize>,
}

/// The named groups of each sentence, in text order.
pub(super) fn named_groups(
    text: &str,
    tokens: &Tokens,
    res: &Resolution,
    is_party: &[bool],
) -> Vec<Vec<Group>> {
    let mut out: Vec<Vec<Group>> = vec![Vec::new(); tokens.sentences.len()];
    // The run being read: its sentence, end token, entities, whether "and" joined it.
    let mut run: Option<(usize, usize, Vec<usize>, bool)> = None;
    for (i, m) in res.mentions.iter().enumerate() {
        let Some(e) = res.entity_of[i].filter(|_| is_party[i]) else {
            continue;
        };
        let s = tokens.sentence_of[m.first];
        if let Some((rs, end, members, and)) = run.as_mut()
            && *rs == s
            && let Some(with_and) = joined(text, tokens, *end, m.first)
        {
            if !members.contains(&e) {
                members.push(e);
            }
            *end = m.last;
            *and |= with_and;
            continue;
        }
        flush(run.take(), &mut out);
        run = Some((s, m.last, vec![e], false));
    }
    flush(run, &mut out);
    out
}

/// Keeps a finished run as a group when "and" joined two or more companies.
fn flush(run: Option<(usize, usize, Vec<usize>, bool)>, out: &mut [Vec<Group>]) {
    if let Some((s, end, entities, true)) = run
        && entities.len() >= 2
    {
        out[s].push(Group { end, entities });
    }
}

/// Whether tokens `a..b` join two group members: one to six commas, "and",
/// "&", brackets or ticker words (no lower-case letter); whether "and" or
/// "&" is among them. None when anything else stands between.
fn joined(text: &str, tokens: &Tokens, a: usize, b: usize) -> Option<bool> {
    if b <= a || b - a > MAX_JOIN {
        return None;
    }
    let mut and = false;
    for t in &tokens.tokens[a..b] {
        let w = t.text(text);
        match t.kind {
            TokKind::Punct('&') => and = true,
            TokKind::Punct(',' | '<' | '>' | '(' | ')' | '.') => {}
            TokKind::Word if w.eq_ignore_ascii_case("and") => and = true,
            TokKind::Word if !w.chars().any(char::is_lowercase) => {}
            _ => return None,
        }
    }
    Some(and)
}

/// The group named last before token `at` of sentence `s`, else the last
/// group of the sentence before.
pub(super) fn group_before(groups: &[Vec<Group>], s: usize, at: usize) -> Option<&Group> {
    groups[s]
        .iter()
        .rev()
        .find(|g| g.end <= at)
        .or_else(|| s.checked_sub(1).and_then(|p| groups[p].last()))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::typed_pairs as pairs;

    #[test]
    fn the_two_companies_are_the_group_named_not_the_first_two_companies() {
        let got = pairs(
            "Analysts at Quorn Securities Inc said Marbeck Foods Inc and Tolland Dairy \
             Corp were close to a deal. The two companies will form a joint venture in Texas.",
        );
        assert_eq!(
            got,
            [(
                "Marbeck Foods Inc".to_string(),
                "Tolland Dairy Corp".to_string(),
                "joint_venture".to_string()
            )]
        );
    }

    #[test]
    fn a_sentence_opening_they_after_a_named_group_may_merge_within_it() {
        let got = pairs(
            "Lumley Bank Corp said on Monday that Brennick Steel Corp and Ashgrove Metals \
             Inc had held talks. They agreed to merge their coal units.",
        );
        assert!(got.contains(&(
            "Ashgrove Metals Inc".to_string(),
            "Brennick Steel Corp".to_string(),
            "acquisition".to_string()
        )));
        assert!(
            !got.iter()
                .any(|p| p.0 == "Lumley Bank Corp" || p.1 == "Lumley Bank Corp")
        );
    }

    #[test]
    fn a_bare_plural_stands_for_a_named_group_of_any_size_sentences_back() {
        let got = pairs(
            "Kelbrook Audio Inc, Marsden Electronics Corp and Tovey Digital Inc are building \
             a shared lock for music files. Critics doubt such locks work. The firms formed \
             an alliance in March.",
        );
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got.iter().all(|p| p.2 == "partnership"), "{got:?}");
    }

    #[test]
    fn a_stated_two_does_not_take_a_group_of_three() {
        let got = pairs(
            "Kelbrook Audio Inc, Marsden Electronics Corp and Tovey Digital Inc are building \
             a shared lock for music files. The two firms formed an alliance in March.",
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_they_inside_a_sentence_does_not_merge_a_group() {
        let got = pairs(
            "Pavey Oil Corp and Sandal Gas Inc reported higher profits. Analysts said \
             they could gain if they agreed to merge with rivals.",
        );
        assert!(got.is_empty(), "{got:?}");
    }
}
