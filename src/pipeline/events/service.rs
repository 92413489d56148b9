//! Service ties: a party named only as an underwriter, adviser or lender
//! acting for a company is no party of the tie ("a letter of intent with
//! underwriters X and Y", "pending advice from X, its corporate adviser",
//! "plans to use X and Y as financial advisers on an offer by Z").
//!
//! The nouns that make a company a service provider are the cue list
//! `service-nouns` (rules/service-nouns.txt), read before a name only after
//! a word of `service-openers` ("with", "sole", "its"); the words that make the object
//! of "with", "by" or "from" one ("underwriting agreement with X",
//! "syndicate managed by X") are the cue list `service-ties`.

use super::named_as::drop_named_only_as;
use super::{Event, Finder};
use crate::pipeline::resolve::Resolution;
use crate::pipeline::segment::TokKind;
use crate::pipeline::spot::Mention;

/// Tokens a list of names may span, walking out from one of its names.
const LIST_SPAN: usize = 16;

/// Drops each evidence sentence in which a party is named only as a service
/// provider, and the events left with no evidence. The other pairs of the
/// sentence stay ("X plans to use Y as adviser on an offer by Z": X + Z).
pub(super) fn drop_service_ties(finder: &Finder<'_>, res: &Resolution, events: &mut Vec<Event>) {
    let described = |m: &Mention| is_service(finder, m.first, m.last);
    drop_named_only_as(finder, res, events, None, described);
}

/// Whether the name at tokens `first..last` is described as a service
/// provider in its sentence.
fn is_service(f: &Finder<'_>, first: usize, last: usize) -> bool {
    let sent = &f.tokens.sentences[f.tokens.sentence_of[first]];
    let start = list_start(f, first, sent.first);
    let end = list_end(f, last, sent.last);
    noun_before(f, start, sent.first)
        || tie_before(f, start, sent.first)
        || its_noun_after(f, last, sent.last)
        || as_noun_after(f, end, sent.last)
}

/// Whether token `k` may stand inside a list of names: a capitalised word,
/// a connector, "of", a full stop or a ticker's brackets.
fn in_list(f: &Finder<'_>, k: usize) -> bool {
    let t = f.tokens.tokens[k];
    match t.kind {
        TokKind::Word => !t.is_lower(f.text) || f.lower(k) == "of" || f.is_connector(k),
        TokKind::Punct(c) => matches!(c, ',' | '&' | '.' | '<' | '>'),
        _ => false,
    }
}

/// The first token of the list of names holding the name at `first`:
/// walks back over names and connectors, stopping before a service noun.
fn list_start(f: &Finder<'_>, first: usize, floor: usize) -> usize {
    let mut k = first;
    while k > floor && first - k < LIST_SPAN && !service_noun(f, k - 1) && in_list(f, k - 1) {
        k -= 1;
    }
    k
}

/// The end token (exclusive) of the list of names holding the name ending at `last`.
fn list_end(f: &Finder<'_>, last: usize, ceiling: usize) -> usize {
    let mut k = last;
    while k < ceiling && k - last < LIST_SPAN && in_list(f, k) {
        k += 1;
    }
    k
}

/// Whether word `k` is a service noun ("underwriters", "adviser").
fn service_noun(f: &Finder<'_>, k: usize) -> bool {
    f.tokens.tokens[k].kind == TokKind::Word && f.rules.is_cue("service-nouns", &f.lower(k))
}

/// "with underwriters X and Y", "sole underwriter X", "its lenders X":
/// a service noun right before the list, itself after a word of the cue
/// list `service-openers` (a role, not a description: "Japanese lender X"
/// and "investment adviser X" are no service).
fn noun_before(f: &Finder<'_>, start: usize, floor: usize) -> bool {
    start > floor + 1
        && service_noun(f, start - 1)
        && f.rules.is_cue("service-openers", &f.lower(start - 2))
}

/// "an underwriting agreement with X", "a syndicate managed by X",
/// "pending advice from X": the list is the object of "with", "by" or
/// "from" after a service-tie word within five words.
fn tie_before(f: &Finder<'_>, start: usize, floor: usize) -> bool {
    if start <= floor || !matches!(f.lower(start - 1).as_str(), "with" | "by" | "from") {
        return false;
    }
    let lo = start.saturating_sub(6).max(floor);
    (lo..start - 1).any(|k| f.rules.is_cue("service-ties", &f.lower(k)))
}

/// "X, its corporate adviser": a comma, "its" or "their" (cue list
/// `owner-determiners`), at most two
/// words and a service noun right after the name (a ticker may come first).
fn its_noun_after(f: &Finder<'_>, last: usize, ceiling: usize) -> bool {
    let k = f.skip_ticker(last, ceiling);
    if k + 2 >= ceiling
        || !f.tokens.tokens[k].is_punct(',')
        || !f.rules.is_cue("owner-determiners", &f.lower(k + 1))
    {
        return false;
    }
    (k + 2..(k + 5).min(ceiling))
        .take_while(|&j| f.lower_word(j))
        .any(|j| service_noun(f, j))
}

/// "X and Y as financial advisers", "X about acting as advisers": after
/// the list (not after a comma), at most three lower-case words, "as", and a service noun within
/// the next three words.
fn as_noun_after(f: &Finder<'_>, end: usize, ceiling: usize) -> bool {
    // "acquired X, as advisers said": a comma ends the name's clause.
    if f.tokens.tokens[end - 1].is_punct(',') {
        return false;
    }
    let Some(r#as) = (end..(end + 4).min(ceiling))
        .take_while(|&j| f.lower_word(j))
        .find(|&j| f.lower(j) == "as")
    else {
        return false;
    };
    (r#as + 1..(r#as + 4).min(ceiling))
        .take_while(|&j| f.lower_word(j))
        .any(|j| service_noun(f, j))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::typed_pairs;
    use super::super::tests::with_finder;
    use super::is_service;

    /// Whether the mention opening with word `w` of the first sentence of
    /// `text` is named as a service provider.
    fn service(text: &str, w: &str) -> bool {
        with_finder(text, |f, _| {
            let m = f
                .mentions
                .iter()
                .find(|m| f.word(m.first) == w)
                .unwrap_or_else(|| panic!("no mention at {w:?}"));
            is_service(f, m.first, m.last)
        })
    }

    #[test]
    fn a_service_noun_in_a_role_before_a_list_names_each_provider() {
        let text = "Halvorsen Mills Inc signed a letter of intent with underwriters \
                    Quarrydale Securities Inc and Brantwood and Co Inc to raise funds.";
        assert!(service(text, "Quarrydale"));
        assert!(service(text, "Brantwood"));
        assert!(!service(text, "Halvorsen"));
        assert!(service(
            "Sole underwriter Fenwick Securities Corp said it bought notes from Corvale Electric Corp.",
            "Fenwick"
        ));
    }

    #[test]
    fn a_service_noun_describing_a_company_is_no_role() {
        let text = "Japanese lender Kirrow Bank Ltd agreed to acquire Sallen Trust Co.";
        assert!(!service(text, "Kirrow"));
        assert_eq!(
            typed_pairs(text),
            [(
                "Kirrow Bank Ltd".into(),
                "Sallen Trust Co".into(),
                "acquisition".into()
            )]
        );
    }

    #[test]
    fn a_deal_with_a_lender_or_arranged_by_the_buyer_stays_a_deal() {
        let merger = |text: &str| {
            assert_eq!(typed_pairs(text).len(), 1, "{text}");
        };
        merger("Tolvane Corp said it arranged a merger with Brixham Inc.");
        merger("Tolvane Corp agreed to be acquired by lender Brixham Bank Corp.");
        merger("Tolvane Corp agreed to acquire Brixham Inc, as advisers said on Monday.");
    }

    #[test]
    fn its_adviser_as_advisers_and_an_underwriting_agreement_name_providers() {
        assert!(service(
            "Lintrey Foods Corp awaits advice on Marbeck Group Ltd's bid from \
             Stanridge Capital Partners, its corporate adviser.",
            "Stanridge"
        ));
        assert!(service(
            "Pellworth Inc plans to use Ashgill Securities Corp and Brisco Capital Inc \
             as financial advisers on an offer by Rombald Holdings Inc.",
            "Ashgill"
        ));
        assert!(service(
            "Tarnside Resources Ltd executed an underwriting agreement with \
             Elmscott Finance Ltd to buy shares.",
            "Elmscott"
        ));
        assert!(
            typed_pairs(
                "Tarnside Resources Ltd executed an underwriting agreement with \
             Elmscott Finance Ltd to buy shares."
            )
            .is_empty()
        );
    }
}
