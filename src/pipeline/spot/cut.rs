//! Stage 4b, chunk cutting: a chunk is classified, or cut around taken
//! tokens, doubled words, divisions and qualifiers and each part tried again.

use super::*;

/// Classifies the chunk `start..end` and pushes what it holds: first it is
/// re-joined if a legal suffix ends it, split around list entries already
/// taken, and trimmed of an opening common word.
pub(super) fn chunk(cx: &Cx, start: usize, end: usize, taken: &mut [bool], out: &mut Vec<Mention>) {
    rejoin_suffixed(cx, start, end, taken, out);
    if let Some(k) = (start..end).find(|&k| taken[k]) {
        return split_around_taken(cx, start, end, k, taken, out);
    }
    let start = trim_opening_common_word(cx, start, end);
    if start >= end {
        return;
    }
    if end == start + 4 && cx.tokens.tokens[start + 1].is_punct('&') && shares_surname(cx, start) {
        chunk(cx, start, start + 1, taken, out);
        return chunk(cx, start + 2, end, taken, out);
    }
    if let Some(mid) = doubled(cx, start, end) {
        chunk(cx, start, mid, taken, out);
        return chunk(cx, mid, end, taken, out);
    }
    if let Some(cut) = byline_name_end(cx, start, end) {
        chunk(cx, start, cut, taken, out);
        return chunk(cx, cut, end, taken, out);
    }
    let name = after_opening_role_title(cx, start, end);
    // "NASA Administrator Jon Doe": the words before the title are a
    // chunk of their own (a company may say whose title it is).
    if name > start + 1 {
        chunk(cx, start, name - 1, taken, out);
    }
    let start = name;
    match classify(cx, start, end) {
        Verdict::Mention(kind, rule) => {
            taken[start..end].fill(true);
            out.push(Mention {
                first: start,
                last: end,
                kind,
                rule: rule.to_string(),
                possessive: false,
                entry: None,
            });
        }
        Verdict::Reserved => taken[start..end].fill(true),
        Verdict::Nothing => {}
    }
}

/// "Vornado Realty Vornado Realty's chief": a web page's link text written
/// twice in a row (two words or more, repeated word for word) is two
/// mentions of one name. Gives where the second starts.
pub(super) fn doubled(cx: &Cx, start: usize, end: usize) -> Option<usize> {
    let len = end - start;
    let mid = start + len / 2;
    (len >= 4 && len.is_multiple_of(2) && (start..mid).all(|k| cx.word(k) == cx.word(k + len / 2)))
        .then_some(mid)
}

/// A chunk that ends in a legal suffix ("Automobili Lamborghini SpA") is
/// one name, even when a listed name stands inside it: the mentions inside
/// are dropped and their tokens freed.
pub(super) fn rejoin_suffixed(
    cx: &Cx,
    start: usize,
    end: usize,
    taken: &mut [bool],
    out: &mut Vec<Mention>,
) {
    let suffixed = end - start >= 2
        && cx.is(end - 1, ListKind::LegalSuffix)
        && !cx.is(start, ListKind::NotName);
    if !(suffixed && !taken[start] && (start..end).any(|k| taken[k])) {
        return;
    }
    let inside = |m: &Mention| m.first >= start && m.last <= end;
    if out
        .iter()
        .filter(|m| m.first < end && m.last > start)
        .all(inside)
    {
        out.retain(|m| !inside(m));
        taken[start..end].fill(false);
    }
}

/// The chunk `start..end` holds the taken token `k`: the parts before and
/// after the mention at `k` are chunks of their own, unless the part after
/// extends a listed company (its designation, or a division).
pub(super) fn split_around_taken(
    cx: &Cx,
    start: usize,
    end: usize,
    k: usize,
    taken: &mut [bool],
    out: &mut Vec<Mention>,
) {
    let Some(m_index) = out.iter().position(|m| m.first <= k && k < m.last) else {
        return;
    };
    let (mf, ml) = (out[m_index].first, out[m_index].last);
    if mf > start {
        chunk(cx, start, mf, taken, out);
    }
    if ml >= end {
        return;
    }
    // A listed company followed by suffixes/designators extends it;
    // followed by other capitalised words it names a division; a bracketed
    // qualifier and legal suffix ending the chunk ("(Europe) Ltd") go with
    // either.
    let q = qualifier_start(cx, ml, end);
    let rest_is_designation =
        (ml..q).all(|j| cx.is(j, ListKind::LegalSuffix) || cx.is(j, ListKind::Designator));
    let company = out[m_index].kind == Kind::Company && mf >= start;
    // "Consolidated Edison Co of New York Inc": a legal form right after
    // the listed name, and one ending the chunk, make one longer name; so
    // does "and" there ("Weis Markets and Chemical Corp": no division of
    // the listed "Weis Markets", a name of its own).
    let suffixed_rest = (cx.is(ml, ListKind::LegalSuffix) || and_rest(cx, mf, ml))
        && cx.is(end - 1, ListKind::LegalSuffix)
        && cx.tokens.tokens[end - 1].is_cap(cx.text);
    if company && rest_is_designation {
        out[m_index].last = end;
    } else if company && suffixed_rest {
        let m = &mut out[m_index];
        m.last = end;
        m.rule = "company-legal-suffix".to_string();
        m.entry = None;
    } else if company && is_division(cx, mf, ml, q) {
        let m = &mut out[m_index];
        m.last = end;
        m.rule = "company-division".to_string();
        m.entry = None;
    } else {
        return chunk(cx, ml, end, taken, out);
    }
    taken[ml..end].fill(true);
    // The longer name swallows listed names inside it ("Hoechst Celanese
    // Corp"): mentions never overlap.
    let mut i = 0;
    out.retain(|o| {
        i += 1;
        i - 1 == m_index || !(o.first >= ml && o.last <= end)
    });
}

/// "and" at `ml`, right after the listed company `mf..ml` that ends in no
/// legal suffix, then a capitalised word: the listed name opens a longer
/// name joined by "and" ("Tokio Marine and Fire Insurance Inc"; not
/// "Digital Equipment Corp and Systems Industries Inc", two names).
pub(super) fn and_rest(cx: &Cx, mf: usize, ml: usize) -> bool {
    ml > mf
        && !cx.is(ml - 1, ListKind::LegalSuffix)
        && cx.word(ml) == "and"
        && cx
            .tokens
            .tokens
            .get(ml + 1)
            .is_some_and(|t| t.is_cap(cx.text))
}

/// Where a bracketed qualifier and legal suffix ending `from..end` start
/// ("(Europe) Ltd"), or `end` when there is none.
pub(super) fn qualifier_start(cx: &Cx, from: usize, end: usize) -> usize {
    let toks = &cx.tokens.tokens;
    (from..end.saturating_sub(2))
        .rev()
        .take(4)
        .find(|&k| toks[k].is_punct('('))
        .filter(|&k| {
            toks[end - 2].is_punct(')')
                && cx.is(end - 1, ListKind::LegalSuffix)
                && (k + 1..end - 2).all(|j| toks[j].is_cap(cx.text))
        })
        .unwrap_or(end)
}

/// Whether the words `ml..end` after the listed company `mf..ml` name a
/// division of it: at most three words, no digits, none a single letter,
/// and a region or a line of business ("Daimler Greater China", "Merrill
/// Lynch Capital Markets") or ending in a word of
/// rules/company-division-words.txt ("Salomon Brothers International"), a
/// legal suffix, a particle, or the company is
/// someone's employer ("co-founder of LeEco Super Car"); a product is not
/// ("Google Docs", "Apple Watch").
pub(super) fn is_division(cx: &Cx, mf: usize, ml: usize, end: usize) -> bool {
    let toks = &cx.tokens.tokens;
    end - ml <= 3
        && (ml..end).all(|j| {
            !cx.word(j).chars().any(|c| c.is_ascii_digit()) && toks[j].end - toks[j].start > 1
        })
        && ((ml..end).any(|j| cx.is(j, ListKind::Place) || cx.is(j, ListKind::Designator))
            || division_word_ends(cx, mf, ml, end)
            || unit_line(cx, ml, end)
            || cx.is(end - 1, ListKind::LegalSuffix)
            || cx.is_particle(ml)
            || (mf >= 2
                && matches!(cx.word(mf - 1), "of" | "at" | "for")
                && cx.is(mf - 2, ListKind::Title))
            || context::cued_division(cx, mf))
}

/// "the Fiat Powertrain plant", "Virgin Trains": one capitalised word of
/// rules/company-unit-lines.txt (a line of business) right after the
/// listed name, ending the chunk `ml..end`, names a unit of the company;
/// not before "and" or "&" and a capitalised word, a longer name cut there
/// ("Airbus Defence and Space", "Fiat Finance and Trade Ltd"), nor before
/// a comma, a capitalised word and a joiner ("Boeing Defense, Space, and
/// Security"), nor in a title-case headline ("Boeing Shipping Delays
/// Worsen"), whose capitals say nothing.
fn unit_line(cx: &Cx, ml: usize, end: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let text = |k: usize| toks.get(k).map_or("", |t| t.text(cx.text));
    let cap = |k: usize| toks.get(k).is_some_and(|t| t.is_cap(cx.text));
    let joiner = |k: usize| matches!(text(k), "and" | "&" | ",");
    let joined = (matches!(text(end), "and" | "&") && cap(end + 1))
        || (text(end) == "," && cap(end + 1) && joiner(end + 2));
    let headline = cx.tokens.sentences[cx.tokens.sentence_of[ml]].headline_case;
    end == ml + 1
        && toks[ml].is_cap(cx.text)
        && cx.is_cue("company-unit-lines", ml)
        && !joined
        && !headline
}

/// "Salomon Brothers International", "Boeing Overseas Ltd": a capitalised
/// word of rules/company-division-words.txt after the listed name, with
/// only legal suffixes after it; not "Volvo International Chess Open" (an
/// event's name). Ending the name, the word needs a clause after it
/// (`clause_after`), and no "the" before the company: "General Motors
/// Worldwide sales", "the Toyota International in Glasgow" name none.
pub(super) fn division_word_ends(cx: &Cx, mf: usize, ml: usize, end: usize) -> bool {
    let bare_ok =
        || !(mf > 0 && cx.word(mf - 1).eq_ignore_ascii_case("the")) && clause_after(cx, end);
    (ml..end).any(|j| {
        cx.tokens.tokens[j].is_cap(cx.text)
            && cx.is_cue("company-division-words", j)
            && (j + 1..end).all(|k| cx.is(k, ListKind::LegalSuffix))
            && (j + 1 < end || bare_ok())
    })
}

/// Whether token `end` ends or goes on with a clause, not a noun phrase:
/// the sentence's end, a capitalised or non-word token, a speech verb, a
/// clause or stop word, a preposition ("said", "as", "which") or a past
/// verb ("agreed"); not a lower-case noun ("sales", "shipments").
pub(super) fn clause_after(cx: &Cx, end: usize) -> bool {
    let sentence_of = &cx.tokens.sentence_of;
    if end >= cx.tokens.tokens.len() || sentence_of[end] != sentence_of[end - 1] {
        return true;
    }
    let w = cx.word(end);
    let clause = ListKind::SpeechVerb.bit()
        | ListKind::ObjectStop.bit()
        | ListKind::ClauseWord.bit()
        | ListKind::Preposition.bit();
    !cx.tokens.tokens[end].is_lower(cx.text)
        || w.ends_with("ed")
        || cx.word_class(end) & clause != 0
}

/// A common word opening a chunk is dropped when it opens the sentence
/// ("According"), or is "The"; a capitalised "In" mid-sentence belongs to
/// the name ("In Capital SPA"). A word of past time ("Former") opening a
/// chunk of two or more words is dropped anywhere. Returns the new start.
pub(super) fn trim_opening_common_word(cx: &Cx, mut start: usize, end: usize) -> usize {
    let sentence_of = &cx.tokens.sentence_of;
    // "sales in the U.S. Pinecrest Bank chairman ...": a dotted place after
    // "the" is the end of a phrase, not the start of a longer name.
    if end - start >= 3
        && start > 0
        && cx.word(start - 1).eq_ignore_ascii_case("the")
        && cx.is(start, ListKind::Place)
        && cx.word(start).ends_with('.')
    {
        start += 1;
    }
    // "Former Wrenfield CEO Dana Okoro", "Then Halvick chief": a word of
    // past time opening a chunk says when a title was held; no name's part.
    if end - start >= 2 && past_time_opener(cx.word(start)) {
        start += 1;
    }
    while start < end
        && end - start > 1
        && cx.is(start, ListKind::NotName)
        && (sentence_of.get(start.wrapping_sub(1)) != sentence_of.get(start)
            || cx.word(start).eq_ignore_ascii_case("the"))
    {
        start += 1;
    }
    start
}
