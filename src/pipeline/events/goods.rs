//! Goods named by their maker: "buy five Acme Corp <ACM> A-11 airliners",
//! "TO BUY ACME 767 AIRCRAFT". A purchase of goods is no acquisition of
//! the maker (the guidelines: an aircraft order is no event).
//!
//! The goods nouns are the cue list `goods-nouns` (rules/goods-nouns.txt).

use super::named_as::drop_named_only_as;
use super::{Event, Finder};
use crate::pipeline::resolve::Resolution;
use crate::pipeline::segment::TokKind;
use crate::pipeline::spot::Mention;
use crate::rules::{EventType, ListKind};

/// Drops each acquisition evidence sentence in which a party is named only
/// as the maker of goods, and the events left with no evidence.
pub(super) fn drop_goods_makers(finder: &Finder<'_>, res: &Resolution, events: &mut Vec<Event>) {
    let described = |m: &Mention| names_goods(finder, m.last) || sells_goods(finder, m.first);
    drop_named_only_as(finder, res, events, Some(EventType::Acquisition), described);
}

/// Whether a goods noun follows the name ending at `last`, after a ticker,
/// model codes ("767-300", "MD-11", "DC 10-30") and at most two modifiers
/// ("wide-bodied", "commuter").
fn names_goods(f: &Finder<'_>, last: usize) -> bool {
    let sent = &f.tokens.sentences[f.tokens.sentence_of[last.saturating_sub(1)]];
    let ceiling = sent.last;
    let mut k = f.skip_ticker(last, ceiling);
    let mut modifiers = 0;
    while k < ceiling && k < last + 12 {
        let t = f.tokens.tokens[k];
        let w = f.lower(k);
        if t.kind == TokKind::Word && f.rules.is_cue("goods-nouns", &w) {
            return f.party_at(k).is_none();
        }
        match t.kind {
            TokKind::Number => {}
            TokKind::Punct('-') => {}
            TokKind::Word if is_code(f.word(k)) => {}
            TokKind::Word if modifiers < 2 && modifier(f, k) => modifiers += 1,
            _ => return false,
        }
        k += 1;
    }
    false
}

/// Whether the name starting at `first` follows "<goods noun> from", after
/// at most a model code or a bracket: "buy residual fuel from X", "acquire
/// A-300-600 aircraft from <X>", "received a purchase order from X": the
/// seller of goods bought.
fn sells_goods(f: &Finder<'_>, first: usize) -> bool {
    let floor = f.tokens.sentences[f.tokens.sentence_of[first]].first;
    let mut k = first;
    if k > floor && f.tokens.tokens[k - 1].is_punct('<') {
        k -= 1;
    }
    if k < floor + 2 || f.lower(k - 1).as_str() != "from" {
        return false;
    }
    let noun = k - 2;
    f.tokens.tokens[noun].kind == TokKind::Word
        && f.rules.is_cue("goods-nouns", &f.lower(noun))
        && f.party_at(noun).is_none()
}

/// A model code: a word with a digit, or of two or three capitals ("MD82", "DC").
fn is_code(w: &str) -> bool {
    w.chars().any(|c| c.is_ascii_digit())
        || ((2..=3).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase()))
}

/// A word that may describe goods: no party, function word, speech verb or
/// pronoun ("said it would buy jets" is no description).
fn modifier(f: &Finder<'_>, k: usize) -> bool {
    let w = f.lower(k);
    let function = ListKind::ObjectStop.bit()
        | ListKind::Preposition.bit()
        | ListKind::SpeechVerb.bit()
        | ListKind::ClauseWord.bit()
        | ListKind::AnaphorOne.bit()
        | ListKind::AnaphorTwo.bit();
    f.party_at(k).is_none()
        && f.rules.word_class(&w) & function == 0
        && !matches!(
            w.as_str(),
            "it" | "its" | "they" | "will" | "would" | "to" | "and" | "or" | "the" | "a"
        )
}

#[cfg(test)]
mod tests {
    use super::super::test_support::typed_pairs;
    use super::is_code;

    #[test]
    fn model_codes_are_words_with_digits_or_short_capitals() {
        assert!(is_code("767-300") && is_code("MD82") && is_code("DC"));
        assert!(!is_code("Airways") && !is_code("jets"));
    }

    #[test]
    fn goods_bought_from_a_seller_are_no_acquisition() {
        for text in [
            "Rydal Airways Inc will acquire six aircraft from Brathay Aircraft Co.",
            "Loughrigg Power Co agreed to buy residual fuel from Elterwater Chemicals Corp.",
            "Grasmere Systems Inc received a purchase order from Skelwith Cable Corp.",
        ] {
            assert!(typed_pairs(text).is_empty(), "{text}");
        }
        assert_eq!(
            typed_pairs("Rydal Airways Inc will acquire the engine unit from Brathay Aircraft Co.")
                .len(),
            1
        );
    }

    #[test]
    fn goods_bought_from_their_maker_are_no_acquisition() {
        assert!(
            typed_pairs(
                "Rydal Airways Inc will acquire 15 Brathay Aircraft Co <BRA> 767-300 planes."
            )
            .is_empty()
        );
        assert_eq!(
            typed_pairs("Loughrigg Industries Inc said it agreed to buy Elterwater Tools Corp.")
                .len(),
            1
        );
    }
}
