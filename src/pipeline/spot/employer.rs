//! Rule `company-title-employer`: "Marquis Research analyst Jane Roe", "BBC
//! correspondent Jon Doe". A news outlet, or a capitalised name of no known
//! kind that ends in an institution word, right before a job title that runs into a person's name is the
//! person's employer, so a company (GUIDELINES: an outlet that employs a
//! person named in the body is a company).

use super::{Cx, Kind, Mention};
use crate::pipeline::lexicon::TokenWords;
use crate::pipeline::segment::TokKind;
use crate::rules::ListKind;

/// Rule id of the mentions this step makes companies.
pub(super) const RULE: &str = "company-title-employer";

/// Makes companies of the unknown names and outlets in `out` (sorted by
/// first token) that employ the person named after their title.
pub(super) fn promote_title_employers(cx: &Cx, out: &mut [Mention]) {
    let toks = &cx.tokens.tokens;
    let mut promote = Vec::new();
    for (o, m) in out.iter().enumerate() {
        if !employer_name(cx, m) || after_company(&out[..o], m) || in_credit(cx, m.first) {
            continue;
        }
        let k = m.last
            + usize::from(
                toks.get(m.last)
                    .is_some_and(|t| t.kind == TokKind::Possessive),
            );
        let Some(end) = title_run_end(cx, k) else {
            continue;
        };
        let at = out.partition_point(|p| p.first < end);
        let person = out[at..]
            .iter()
            .take_while(|p| p.first == end)
            .any(|p| p.kind == Kind::Person);
        let one_line = !cx.text[toks[m.first].start..toks[end].start].contains('\n');
        if person && one_line {
            promote.push(o);
        }
    }
    for o in promote {
        out[o].kind = Kind::Company;
        out[o].rule = RULE.to_string();
        out[o].entry = None;
    }
}

/// Rule id of a firm of two names joined by "and" before its employee.
pub(super) const AND_RULE: &str = "company-and-employer";

/// "Pike and Marlow's Ann Lee", "Quillan De Vaart and Stroud financial
/// analyst, Ann Lee": a company's name, "and" and one capitalised word of
/// no listed company, place or nationality, then a possessive or a job
/// title in lower case and a person's name: one person has one employer,
/// so the two are one firm's name. Only when the part before "and" is a
/// company already (by a list or a cue: a bare "Dido and Coldplay's Chris
/// Martin", "Ways and Means chairman Ann Lee" join nothing), nor across a
/// line break.
pub(super) fn join_and_employers(cx: &Cx, out: &mut Vec<Mention>) {
    let mut i = 0;
    while i + 1 < out.len() {
        if let Some(j) = and_employer_partner(cx, out, i) {
            out[i].last = out[j].last;
            out[i].kind = Kind::Company;
            out[i].rule = AND_RULE.to_string();
            out[i].entry = None;
            out.remove(j);
        }
        i += 1;
    }
}

/// The mention after `out[i]` and "and" that [`join_and_employers`] joins
/// to it.
fn and_employer_partner(cx: &Cx, out: &[Mention], i: usize) -> Option<usize> {
    let (toks, a) = (&cx.tokens.tokens, &out[i]);
    if a.kind != Kind::Company || cx.word(a.last) != "and" {
        return None;
    }
    let j = (i + 1..out.len())
        .take_while(|&j| out[j].first <= a.last + 1)
        .find(|&j| out[j].first == a.last + 1)?;
    let b = &out[j];
    let one_word = b.last == b.first + 1 && toks[b.first].is_cap(cx.text) && b.entry.is_none();
    let one_line = !cx.text[toks[a.first].start..toks[b.first].end].contains('\n');
    let whole = cx.is(a.last - 1, ListKind::LegalSuffix) || cx.is(a.last - 1, ListKind::Designator);
    let placed = cx.is(b.first, ListKind::Place) || cx.demonym(b.first);
    if !one_word || !one_line || whole || placed || matches!(b.kind, Kind::Person | Kind::Outlet) {
        return None;
    }
    let possessive = toks
        .get(b.last)
        .is_some_and(|t| t.kind == TokKind::Possessive);
    let k = b.last + usize::from(possessive);
    let person_at = |p: usize| {
        out[j..]
            .iter()
            .any(|m| m.first == p && m.kind == Kind::Person)
    };
    // "financial analyst": up to two lower-case words of the field first.
    let field = |f: usize| {
        toks.get(f).is_some_and(|t| t.is_lower(cx.text))
            && !cx.is(f, ListKind::SpeechVerb)
            && !cx.is(f, ListKind::Preposition)
            && !cx.is(f, ListKind::ClauseWord)
    };
    // A title in lower case ("analyst"): "Olmert and Israeli President Ann
    // Lee" names two people.
    let titled = (k..=k + 2)
        .take_while(|&f| f == k || field(f - 1))
        .filter(|&f| toks.get(f).is_some_and(|t| t.is_lower(cx.text)))
        .filter_map(|f| title_run_end(cx, f))
        .any(|e| person_at(e) || toks.get(e).is_some_and(|t| t.is_punct(',')) && person_at(e + 1));
    (possessive && person_at(k) || titled).then_some(j)
}

/// Whether token `k` stands in a contributor credit, a sentence ending as
/// an entry of `clean/credit-endings.txt` ("Kestry News Writer Ann Lee
/// contributed to this report."): GUIDELINES, an outlet named only in a
/// byline or a credit is no company, so the writer's title makes none.
fn in_credit(cx: &Cx, k: usize) -> bool {
    let Some(s) = cx
        .tokens
        .sentence_of
        .get(k)
        .map(|&s| &cx.tokens.sentences[s])
    else {
        return false;
    };
    let text = cx.text[s.start..s.end].trim_end();
    let text = text.strip_suffix('.').unwrap_or(text);
    let lists = &cx.rules.clean.lists;
    lists.ends_with_credit(text)
        || before_place_tail(text).is_some_and(|h| lists.ends_with_credit(h))
}

/// The text before a place tail of a credit: "... contributed to this
/// report from Paris" / "in New York" gives "... contributed to this
/// report" (a tail of one to four capitalised words after the last " from "
/// or " in ").
fn before_place_tail(text: &str) -> Option<&str> {
    let at = [" from ", " in "]
        .iter()
        .filter_map(|p| text.rfind(p).map(|i| (i, i + p.len())))
        .max()?;
    let tail = &text[at.1..];
    let words = tail.split_whitespace().count();
    let capitalised = tail
        .split_whitespace()
        .all(|w| w.starts_with(|c: char| c.is_uppercase()));
    ((1..=4).contains(&words) && capitalised).then(|| &text[..at.0])
}

/// Whether a company mention of `before` (the mentions opening no later
/// than `m`, by first token) ends right where `m` starts: "Citigroup Global
/// Markets analyst" names the listed company's unit, no employer of its own.
fn after_company(before: &[Mention], m: &Mention) -> bool {
    before
        .iter()
        .rev()
        .take(3)
        .any(|p| p.kind == Kind::Company && p.last == m.first)
}

/// Whether `m` may name an employer: a news outlet, or an unknown name of
/// two or more words ending in an institution word ("Marquis Investment
/// Research"; not "Raiders owner", "Lib Dem chairman", "Legendary
/// actress") that is no membership body ("Kestrel Federation"), union or
/// desk ("Equity Research"), department ("Global Sales") or chamber of a parliament ("House Armed Services"), with no place, public body or nationality in it.
fn employer_name(cx: &Cx, m: &Mention) -> bool {
    let org_word = |k: usize| cx.word_class(k) & ListKind::OrgWord.bit() != 0;
    let shaped = match m.kind {
        Kind::Outlet => true,
        Kind::Unknown => {
            let cue = |id: &str, k: usize| cx.is_cue(id, k);
            // "Senior Review Analyst NAME": a title modifier opens the
            // title, not an employer's name.
            let modifier = cx.word_class(m.first) & ListKind::TitleModifier.bit();
            m.last - m.first >= 2
                && modifier == 0
                && org_word(m.last - 1)
                && (m.first..m.last).all(|k| !cue("role-employer-name-stops", k))
                && (m.first..m.last).all(|k| !cue("labour-nouns", k))
                && !(m.first..m.last).all(|k| cue("staff-desk-words", k))
                && !super::is_department(cx.text, cx.tokens, cx.rules, m)
        }
        _ => false,
    };
    shaped && employer_words(cx, m)
}

/// Whether no word of `m` names a place, a public body or a nationality
/// ("Welsh Health Minister", "FCC chairman", "Ohio State coach").
fn employer_words(cx: &Cx, m: &Mention) -> bool {
    let barred = ListKind::PublicBody.bit() | ListKind::Nationality.bit() | ListKind::Place.bit();
    // "New York Stock Exchange" cut to "York Stock Exchange": a place
    // that opens before the name runs into it.
    let place_into = m.first > 0
        && cx
            .lexed
            .spans_at(m.first - 1, cx.rules, ListKind::Place)
            .any(|s| s.last > m.first);
    !place_into
        && (m.first..m.last).all(|k| {
            cx.word_class(k) & barred == 0
                && !cx.is(k, ListKind::Place)
                && cx
                    .lexed
                    .spans_at(k, cx.rules, ListKind::Place)
                    .next()
                    .is_none()
        })
}

/// Where a job title starting at token `k` ends ("analyst", "executive
/// editor", "senior vice president and general counsel"): at most five
/// tokens of job-title words, title modifiers and "and", ending in a title
/// word that is no public office or sports staff (`role-employer-stops`).
fn title_run_end(cx: &Cx, k: usize) -> Option<usize> {
    let toks = &cx.tokens.tokens;
    let sent_end = cx.tokens.sentences[cx.tokens.sentence_of.get(k).copied()?].last;
    let (mut i, mut title_end) = (k, None);
    while i < sent_end && i < k + 5 {
        let span = cx
            .lexed
            .spans_at(i, cx.rules, ListKind::Title)
            .map(|s| s.last)
            .max();
        if let Some(last) = span.or_else(|| cx.is(i, ListKind::Title).then_some(i + 1)) {
            i = last;
            title_end = Some(i);
        } else if toks[i].kind == TokKind::Word
            && (cx.word(i) == "and" || cx.word_class(i) & ListKind::TitleModifier.bit() != 0)
        {
            i += 1;
        } else {
            break;
        }
    }
    let end = title_end.filter(|&e| e == i)?;
    (!cx.is_cue("role-employer-stops", end - 1)).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::super::tests::companies;
    use super::before_place_tail;

    #[test]
    fn an_outlet_or_institution_name_before_a_title_and_a_name_is_a_company() {
        assert_eq!(
            companies("Shares rose, said Halcott Equity Research senior analyst Dorian Pellow."),
            ["Halcott Equity Research"]
        );
        assert_eq!(
            companies("The plan is bold, BBC correspondent Mara Quillet said on Monday."),
            ["BBC"]
        );
        // Cited as a source, with no title and name after it: no company.
        assert!(companies("The plan is bold, the BBC reported on Monday.").is_empty());
        // A contributor credit names the outlet only as a credit.
        for text in [
            "BBC correspondent Mara Quillet and Ilse Varga contributed to this report.",
            "BBC correspondent Mara Quillet contributed reporting.",
            "BBC correspondent Mara Quillet contributed to this report from Paris.",
            "BBC correspondent Mara Quillet contributed reporting in New York.",
        ] {
            assert!(companies(text).is_empty(), "{text}: {:?}", companies(text));
        }
    }

    #[test]
    fn a_company_and_one_word_before_a_title_and_a_name_is_one_firm() {
        let got = companies(
            "Toyota said so. Halvern Corp's Vellacott unit, Vellacott and Stroud financial analyst, \
             Ann Lee, said the tax would hurt.",
        );
        assert!(!got.iter().any(|n| n == "Stroud"), "{got:?}");
        // No company before "and": two names, no firm.
        let got = companies("Ways and Means chairman Dan Rostan said the bill would pass.");
        assert!(!got.iter().any(|n| n.contains(" and ")), "{got:?}");
    }

    #[test]
    fn a_credit_may_end_in_a_place() {
        assert_eq!(
            before_place_tail("X contributed to this report from Paris"),
            Some("X contributed to this report")
        );
        assert_eq!(
            before_place_tail("X contributed reporting in New York"),
            Some("X contributed reporting")
        );
        assert_eq!(before_place_tail("X said in a statement"), None);
        assert_eq!(
            before_place_tail("X opened a plant in Kestrel Valley Five Oaks Town"),
            None
        );
    }

    #[test]
    fn no_company_before_an_office_a_club_post_or_without_an_institution_word() {
        for text in [
            "Brenford Rovers manager Tomas Ekwall declined to comment.",
            "Northfield Safety Research Council analyst Anwen Pryce said so.",
            "Legendary actress Lana Merrow died on Monday.",
            "Prices fell, said New York Stock Exchange Chairman Jon Varrow.",
            "Kestrel Federation economist Lars Ekman agreed, as did Equity Research \
             analyst Ada Quill and Global Sales Director Ian Toft.",
            "Kestry Research told Reuters correspondent\nMara Quillet about it.",
            "On the bench with me is Senior Review Analyst Tova Brandt.",
        ] {
            assert!(companies(text).is_empty(), "{text}: {:?}", companies(text));
        }
    }

    #[test]
    fn a_name_right_after_a_listed_company_is_its_unit_not_an_employer() {
        // "Global Markets" is a desk word pair anyway; "Halcott Research"
        // would be an employer of its own without this check.
        for text in [
            "\"Prices will rise,\" Citigroup Global Markets analyst Dorian Pellow told reporters.",
            "\"Prices will rise,\" Citigroup Halcott Research analyst Dorian Pellow told reporters.",
        ] {
            assert_eq!(companies(text), ["Citigroup"], "{text}");
        }
    }
}
