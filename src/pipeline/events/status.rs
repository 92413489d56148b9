//! The status of one trigger: the status cues that govern it.
//!
//! Takes: the tokens, the status cue spans of the look-up and a trigger's
//! token range. Gives: the status cue with the highest precedence among those
//! in its scope (or none: the trigger's own status then applies).
//!
//! A cue governs a trigger when both stand in the same clause: a cue before
//! the trigger ("had no intention of buying", "would not bid"), a cue
//! overlapping it ("in talks"), or, for cues with `after_trigger`, a cue after
//! it ("talks ... collapsed"). Between the two there must be no clause break:
//! a `;`, or a word of the clause-word list ("after", "which", "while", ...)
//! other than the complementisers that let a verb govern a reported clause
//! ("denied *that* it was in talks", "considering *whether* to buy"). A cue
//! inside a relative, participial or time clause set off by commas (", which
//! rejected ..., agreed to buy", ", after rejecting a bid from Y, agreed")
//! governs nothing outside it. A cue with `within = N` counts only with at most N
//! words between it and the trigger. A capitalised one-word cue next to a
//! number or after "in", "since", "last" ... is a month ("14 May 2025",
//! "In May, ..."), not a hedge.
//!
//! A cue governs another verb, not the tie, when:
//! - it stands before a possessive that opens the trigger's noun phrase
//!   ("may raise *its* offer for", "could be based on *its* purchase of",
//!   "had no intention of sweetening *its* offer"): the tie is stated as a
//!   fact; a hedge, plan or denial of the phrase's verb leaves it announced
//!   (an ending still counts: "withdrew its offer");
//! - a narrow cue (`within`) is followed by a verb and its object ("would
//!   not *oppose the* purchase of", "has not *changed its* offer"; a light
//!   verb such as "make a bid" keeps the negation on the tie);
//! - a denial or negation is of a further step ("agreed not to buy any
//!   *additional* shares", "not purchased *more* stock").

use crate::pipeline::lexicon::{Lexed, Span};
use crate::pipeline::segment::{TokKind, Tokens};
use crate::rules::{ListKind, Payload, Rules, Status, StatusCue};

/// Whether token `k` (an index into `Tokens::tokens`) lies in a company
/// mention.
pub(super) type CompanyAt<'a> = &'a dyn Fn(usize) -> bool;

/// The most tokens between a status cue and the trigger it may govern.
const SCOPE_WINDOW: usize = 60;

/// The strongest status cue governing the trigger on tokens
/// `cue_first..cue_last` (token indices); `company_at(k)`: whether token `k`
/// lies in a company mention of the article (the parties an ending clause
/// may name).
pub(super) fn governing<'r>(
    text: &str,
    tokens: &Tokens,
    lexed: &Lexed,
    rules: &'r Rules,
    (cue_first, cue_last): (usize, usize),
    company_at: CompanyAt<'_>,
) -> Option<&'r StatusCue> {
    let s = tokens.sentence_of[cue_first];
    let sent = &tokens.sentences[s];
    // Only cues within SCOPE_WINDOW tokens are read, so a sentence with
    // many triggers and cues stays linear in its length.
    let lo = sent.first.max(cue_first.saturating_sub(SCOPE_WINDOW));
    let hi = sent.last.min(cue_last + SCOPE_WINDOW);
    let from = lexed.statuses.partition_point(|sp| sp.first < lo);
    let possessive = possessive_before(rules, text, tokens, cue_first, sent.first);
    let further = further_step(text, tokens, cue_last, sent.last);
    // A hedge before a possessive governs the verb ("may raise its offer"),
    // but a verb that reopens the tie carries the hedge to it ("could revive
    // its bid for Y"): the first token of such a verb before the trigger.
    // (Most windows hold no reopening cue: one cheap scan, then no more.)
    let fits = |st: &StatusCue| fits_object(text, tokens, st, cue_first, cue_last);
    let reopens = |sp: &Span| {
        matches!(sp.payload, Payload::Status(i)
            if rules.statuses[i as usize].reopens && fits(&rules.statuses[i as usize]))
    };
    let window = lexed.statuses[from..].iter().take_while(|sp| sp.first < hi);
    let reopen_near = window.clone().any(reopens);
    // The end of the first reopening cue (for an ending told after it).
    let reopen_end = reopen_near
        .then(|| window.clone().find(|sp| reopens(sp)))
        .flatten()
        .map(|sp| sp.last);
    let reopening = window
        .clone()
        .filter(|sp| reopen_near && sp.last <= cue_first && reopens(sp))
        .map(|sp| sp.first)
        .last();
    let cues = lexed.statuses[from..]
        .iter()
        .take_while(|sp| sp.first < hi)
        .filter_map(|sp| match sp.payload {
            Payload::Status(i) => {
                let st = &rules.statuses[i as usize];
                if !fits(st) {
                    return None;
                }
                let later = st.status == Status::Ended
                    && reopen_end.is_some_and(|r| but_between(text, tokens, r, sp.first));
                let outside = sp.last <= cue_first
                    && match st.status {
                        Status::Talks | Status::Rumored => {
                            possessive.is_some_and(|p| sp.last <= p)
                                && reopening.is_none_or(|r| sp.last > r)
                        }
                        Status::Denied => possessive.is_some_and(|p| sp.last <= p) || further,
                        _ => false,
                    };
                (!outside
                    && in_scope(
                        text,
                        tokens,
                        rules,
                        (st, sp),
                        (cue_first, cue_last),
                        company_at,
                    ))
                .then_some((st, later))
            }
            _ => None,
        });
    // "renewed its offer for Y, which was withdrawn last week": a reopening
    // cue outweighs an ending in its sentence (not a hedge or a denial, and
    // not when denied itself: "would not resume talks ... and ended ...").
    // An ending told after the reopening in a "but" clause stands ("resumed
    // merger talks in March, but the talks collapsed").
    let reopened = reopen_near
        && cues.clone().any(|(st, _)| st.reopens)
        && !cues.clone().any(|(st, _)| st.status == Status::Denied);
    cues.filter(|&(st, later)| !(reopened && st.status == Status::Ended && !later))
        .map(|(st, _)| st)
        .max_by_key(|st| st.status.cue_precedence())
}

/// Whether a "but" stands in tokens `from..to` (an ending after a
/// reopening: "resumed talks but they collapsed").
fn but_between(text: &str, tokens: &Tokens, from: usize, to: usize) -> bool {
    (from..to).any(|k| tokens.tokens[k].text(text).eq_ignore_ascii_case("but"))
}

/// Whether the trigger on tokens `cue_first..cue_last` holds one of the
/// cue's `objects` ("renewed its *offer*"); any trigger when it lists none.
fn fits_object(
    text: &str,
    tokens: &Tokens,
    st: &StatusCue,
    cue_first: usize,
    cue_last: usize,
) -> bool {
    st.objects.is_empty()
        || tokens.tokens[cue_first..cue_last].iter().any(|t| {
            let w = t.text(text);
            st.objects.iter().any(|o| w.eq_ignore_ascii_case(o))
        })
}

/// Whether sentence `s` tells of a past time: a word of
/// `status-past-time-words` ("last", "ago") or "in"/"since" before a month
/// (`status-month-names`) or a four-digit year ("broke off in March").
pub(super) fn told_as_past(text: &str, tokens: &Tokens, rules: &Rules, s: usize) -> bool {
    let sent = &tokens.sentences[s];
    let toks = &tokens.tokens[sent.first..sent.last];
    toks.iter().enumerate().any(|(k, t)| {
        let w = t.text(text);
        if t.kind != TokKind::Word {
            return false;
        }
        if rules.is_cue("status-past-time-words", w) {
            return true;
        }
        let opener = w.eq_ignore_ascii_case("in") || w.eq_ignore_ascii_case("since");
        opener
            && toks.get(k + 1).is_some_and(|n| {
                let nw = n.text(text);
                let year = n.kind == TokKind::Number
                    && nw.len() == 4
                    && nw.bytes().all(|b| b.is_ascii_digit());
                year || (n.is_cap(text)
                    && rules.is_cue("status-month-names", nw.trim_end_matches('.')))
            })
    })
}

/// The token of a possessive ("its", "their", "X's") that opens the noun
/// phrase of the trigger starting at `first`, across at most five
/// modifiers (rules/status-noun-modifiers.txt: "proposed", "cash", "pct";
/// numbers, "%", a "<ticker>", a bracket).
pub(super) fn possessive_before(
    rules: &Rules,
    text: &str,
    tokens: &Tokens,
    first: usize,
    floor: usize,
) -> Option<usize> {
    let toks = &tokens.tokens;
    let mut k = first;
    let mut skipped = 0;
    while k > floor && skipped <= 5 {
        let t = &toks[k - 1];
        let w = t.text(text);
        let possessive = t.kind == TokKind::Possessive
            || (t.kind == TokKind::Word
                && ["its", "their", "his", "her", "our"]
                    .iter()
                    .any(|p| w.eq_ignore_ascii_case(p)));
        if possessive {
            return Some(k - 1);
        }
        let modifier = match t.kind {
            TokKind::Number => true,
            TokKind::Punct(c) => matches!(c, '%' | '<' | '>' | '(' | ')' | '$' | '-'),
            TokKind::Word => {
                rules.is_cue("status-noun-modifiers", w)
                    || (w.contains('-') && !w.starts_with('-'))
                    || t.is_cap(text)
                    || is_ticker(text, toks, k - 1)
            }
            TokKind::Possessive => false,
        };
        if !modifier {
            return None;
        }
        k -= 1;
        skipped += 1;
    }
    None
}

/// "GUIN.L" in "<GUIN.L>": a word right after a "<".
fn is_ticker(text: &str, toks: &[crate::pipeline::segment::Token], k: usize) -> bool {
    k > 0 && toks[k - 1].is_punct('<') && toks[k].text(text).len() <= 8
}

/// "to buy any additional shares", "purchased more stock": the trigger
/// (ending at `last`) is followed by a word of a further step.
fn further_step(text: &str, tokens: &Tokens, last: usize, ceiling: usize) -> bool {
    tokens.tokens[last..ceiling.min(last + 2)].iter().any(|t| {
        let w = t.text(text);
        ["additional", "more", "further"]
            .iter()
            .any(|f| w.eq_ignore_ascii_case(f))
    })
}

fn in_scope(
    text: &str,
    tokens: &Tokens,
    rules: &Rules,
    (st, sp): (&StatusCue, &Span),
    (cue_first, cue_last): (usize, usize),
    company_at: CompanyAt<'_>,
) -> bool {
    if is_month(text, tokens, rules, sp) {
        return false;
    }
    // An ending participle after the tie that names it counts at any
    // distance (see below).
    let mut names_the_tie = false;
    let (gap_from, gap_to) = if sp.last <= cue_first {
        (sp.last, cue_first)
    } else if sp.first >= cue_last {
        // "joint venture talks": a cue right after a noun trigger modifies it.
        if sp.first == cue_last {
            return true;
        }
        // "accepted a buyout from Y, rejecting an offer from Z": a
        // participle after a comma is the verb of its own clause; it governs
        // what follows it, not the tie before the comma. Unless it ends that
        // tie by name ("sold its stake in Y last year, ending a ten-year
        // alliance", ", scrapping the merger"): then it counts however far
        // after the trigger (its object names the tie, not its distance).
        let participle = participle_after_comma(text, tokens, sp);
        names_the_tie = participle
            && st.status == Status::Ended
            && ends_the_tie(text, tokens, rules, sp, company_at);
        if !names_the_tie && (participle || !st.after_trigger) {
            return false;
        }
        // "agreed to merge with Y and has no plans for further deals": a
        // denial in a predicate conjoined after the tie's denies another
        // thing.
        if st.status == Status::Denied && and_predicate(text, tokens, rules, cue_last, sp.first) {
            return false;
        }
        (cue_last, sp.first)
    } else {
        return true; // overlapping: "in talks" is cue and trigger at once
    };
    if !names_the_tie && st.within.is_some_and(|w| gap_to - gap_from > w as usize) {
        return false;
    }
    let gap = (gap_from, gap_to);
    if sp.last <= cue_first && governs_another(text, tokens, rules, st, gap, company_at) {
        return false;
    }
    if clause_break(text, tokens, rules, gap_from, gap_to) {
        let after = gap_from == cue_last && st.status == Status::Ended;
        return after && attached_ending(text, tokens, rules, gap_from, gap_to);
    }
    // A cue inside ", which ... ," before the trigger governs its own clause.
    !(sp.last <= cue_first && in_relative(text, tokens, sp.first, cue_first))
}

/// Whether cue `st`, before the trigger with tokens `from..to` between
/// them, governs something else: "Y could use cars made by X (one of its
/// investors)", a company's bracketed aside the trigger stands in (the cue
/// governs the clause); "would not oppose the purchase of", a narrow
/// negation followed by a verb and its object.
fn governs_another(
    text: &str,
    tokens: &Tokens,
    rules: &Rules,
    st: &StatusCue,
    (from, to): (usize, usize),
    company_at: CompanyAt<'_>,
) -> bool {
    let negation = st.within.is_some() && st.status == Status::Denied;
    opens_company_aside(tokens, from, to, company_at)
        || (negation && verb_object_between(rules, text, tokens, from, to))
}

/// Whether tokens `from..to` open a round bracket they do not close right
/// after a company mention: what follows is an aside on that company ("X
/// (one of its investors)"), not part of the clause ("in talks to expand
/// (through a tie-up with Y)" is not).
fn opens_company_aside(tokens: &Tokens, from: usize, to: usize, company_at: CompanyAt<'_>) -> bool {
    let mut open = Vec::new();
    for k in from..to {
        match tokens.tokens[k].kind {
            TokKind::Punct('(') => open.push(k),
            TokKind::Punct(')') => {
                open.pop();
            }
            _ => {}
        }
    }
    open.last().is_some_and(|&k| k > 0 && company_at(k - 1))
}

/// The longest trigger phrase tail (object, amount, date) before an
/// attached clause that ends the tie.
const ATTACHED_GAP: usize = 20;

/// An ending stated in a clause attached right after the trigger's phrase
/// (tokens `from..cue`, `cue` the ending): a passive relative ("an offer
/// from Y which was later withdrawn", "an agreement with Y, which was
/// terminated") or a "but" clause whose subject is the tie or left out
/// ("offered to buy Y but withdrew the offer", "discussing a bid for Y but
/// the talks broke off"). The phrase holds no comma or other clause word.
fn attached_ending(text: &str, tokens: &Tokens, rules: &Rules, from: usize, cue: usize) -> bool {
    let toks = &tokens.tokens;
    let is = |k: usize, words: &[&str]| {
        let w = toks[k].text(text);
        words.iter().any(|x| w.eq_ignore_ascii_case(x))
    };
    // "later", "had been": rules/status-ending-auxiliaries.txt.
    let ending_auxiliary = |k: usize| rules.is_cue("status-ending-auxiliaries", toks[k].text(text));
    let Some(k) = (from..cue).find(|&k| clause_break(text, tokens, rules, k, k + 1)) else {
        return false;
    };
    let comma_at = |j: usize| toks[j].is_punct(',') && j + 1 == k;
    if k - from > ATTACHED_GAP || (from..k).any(|j| toks[j].is_punct(',') && !comma_at(j)) {
        return false;
    }
    let rest = k + 1..cue;
    if is(k, &["which", "that"]) {
        let passive = rest
            .clone()
            .any(|j| is(j, &["was", "were", "is", "are", "been", "being"]));
        passive && rest.into_iter().all(ending_auxiliary)
    } else if is(k, &["but"]) {
        let mut j = k + 1;
        if j < cue && is(j, &["the", "its", "their", "that", "this", "it", "they"]) {
            j += 1;
        }
        if j < cue && rules.is_cue("status-but-nouns", toks[j].text(text)) {
            j += 1;
        }
        (j..cue).all(ending_auxiliary)
    } else {
        false
    }
}

/// A verb with its own object between a narrow cue and the trigger: a word
/// other than a light verb (rules/status-light-verbs.txt: "make", "held")
/// and then a determiner, in tokens `from..to` ("not *oppose the* purchase
/// of").
fn verb_object_between(rules: &Rules, text: &str, tokens: &Tokens, from: usize, to: usize) -> bool {
    let toks = &tokens.tokens;
    (from + 1..to).any(|d| {
        let det = toks[d].text(text);
        let verb = toks[d - 1].text(text);
        ["the", "a", "an", "its", "their", "any", "his", "her"]
            .iter()
            .any(|x| det.eq_ignore_ascii_case(x))
            && toks[d - 1].kind == TokKind::Word
            && !rules.is_cue("status-light-verbs", verb)
    })
}

/// Whether tokens `from..to` hold an "and" that opens a new predicate: a
/// predicate opener (rules/conjunct-predicate-openers.txt: "has", "will",
/// "also") follows it, after an optional speech verb (rules/speech-verbs.txt)
/// and pronoun (rules/subject-pronouns.txt: "and said it has no plans"). A cue right after "and" ("and denied the
/// report") denies the reported tie, so it opens no other predicate.
fn and_predicate(text: &str, tokens: &Tokens, rules: &Rules, from: usize, to: usize) -> bool {
    let toks = &tokens.tokens;
    let is = |k: usize, words: &[&str]| {
        k < to
            && words
                .iter()
                .any(|w| toks[k].text(text).eq_ignore_ascii_case(w))
    };
    (from..to).any(|k| {
        if !is(k, &["and"]) {
            return false;
        }
        let mut j = k + 1;
        if j < to && rules.word_class(toks[j].text(text)) & ListKind::SpeechVerb.bit() != 0 {
            j += 1;
            if is(j, &["that"]) {
                j += 1;
            }
            if j < to && rules.is_cue("subject-pronouns", toks[j].text(text)) {
                j += 1;
            }
        }
        j < to && rules.is_cue("conjunct-predicate-openers", toks[j].text(text))
    })
}

/// Whether tokens `from..to` hold a clause break.
pub(super) fn clause_break(
    text: &str,
    tokens: &Tokens,
    rules: &Rules,
    from: usize,
    to: usize,
) -> bool {
    tokens.tokens[from..to].iter().any(|t| match t.kind {
        TokKind::Punct(c) => matches!(c, ';' | '\u{2014}'),
        TokKind::Word => {
            let w = t.text(text);
            rules.word_class(w) & ListKind::ClauseWord.bit() != 0
                && !rules.is_cue("complementisers", w)
        }
        _ => false,
    })
}

/// Whether the token `at` lies in a comma-opened relative clause (", which",
/// ", who", opened at most [`SCOPE_WINDOW`] tokens before it) that closes
/// with a comma before `end`.
fn in_relative(text: &str, tokens: &Tokens, at: usize, end: usize) -> bool {
    let toks = &tokens.tokens;
    let floor = tokens.sentences[tokens.sentence_of[at]]
        .first
        .max(at.saturating_sub(SCOPE_WINDOW));
    let Some(open) = (floor..at).rev().find(|&k| toks[k].is_punct(',')) else {
        return false;
    };
    let word = |k: usize| toks.get(k).map(|t| t.text(text));
    let (Some(first), second) = (word(open + 1), word(open + 2)) else {
        return false;
    };
    opens_comma_clause(first, second) && (at..end).any(|k| toks[k].is_punct(','))
}

/// Whether the status cue `sp` opens with an "-ing" word right after a
/// comma (", rejecting a higher offer"): a participial clause of its own.
fn participle_after_comma(text: &str, tokens: &Tokens, sp: &Span) -> bool {
    let toks = &tokens.tokens;
    sp.first > 0
        && toks[sp.first - 1].is_punct(',')
        && toks[sp.first].kind == TokKind::Word
        && toks[sp.first]
            .text(text)
            .to_ascii_lowercase()
            .ends_with("ing")
}

/// The most words between an ending participle and the tie noun it takes
/// ("ending *a ten-year* alliance", "terminating *their joint* venture").
const PARTICIPLE_OBJECT_GAP: usize = 4;

/// Whether the participle cue `sp` (after a comma) takes the tie itself as
/// its object: up to [`PARTICIPLE_OBJECT_GAP`] lower-case words or numbers
/// (no preposition: in "ending months of merger talks" the object is
/// "months"), then a noun of rules/status-participle-objects.txt as the
/// head of the object ("ending a ten-year alliance", "scrapping the merger";
/// not "ending merger talks": the head is "talks"), and no other company in
/// the rest of the participle's clause ("ending its alliance with Z",
/// "ending a deal it had with Z", "with Jane Roe": another tie; a place is
/// none: "ending their alliance in Europe"; see [`names_another_party`]).
fn ends_the_tie(
    text: &str,
    tokens: &Tokens,
    rules: &Rules,
    sp: &Span,
    company_at: CompanyAt<'_>,
) -> bool {
    let toks = &tokens.tokens;
    let ceiling = tokens.sentences[tokens.sentence_of[sp.first]].last;
    let from = sp.first + 1;
    let end = ceiling.min(from + PARTICIPLE_OBJECT_GAP + 1);
    for (k, tok) in toks.iter().enumerate().take(end).skip(from) {
        let w = tok.text(text);
        let word = tok.kind == TokKind::Word;
        let class = if word { rules.word_class(w) } else { 0 };
        let listed = word && rules.is_cue("status-participle-objects", w);
        if listed && is_object_head(text, tokens, rules, k + 1, ceiling) {
            return !names_another_party(text, tokens, rules, (k + 1, ceiling), company_at);
        }
        let plain = tok.kind == TokKind::Number
            || (word
                && !tok.is_cap(text)
                && class & (ListKind::ClauseWord.bit() | ListKind::Preposition.bit()) == 0);
        if !plain {
            return false;
        }
    }
    false
}

/// Whether the noun before token `next` heads its noun phrase: `next` is
/// the sentence end (`ceiling`), not a word (comma, full stop), a
/// capitalised word, or a preposition or clause word ("the merger with",
/// "the deal that"), or a subject pronoun opening a bare relative clause
/// (rules/subject-pronouns.txt: "a deal it had with Z", "the pact we
/// signed"); not a lower-case noun ("merger talks", "deal terms").
fn is_object_head(text: &str, tokens: &Tokens, rules: &Rules, next: usize, ceiling: usize) -> bool {
    let toks = &tokens.tokens;
    if next >= ceiling || toks[next].kind != TokKind::Word || toks[next].is_cap(text) {
        return true;
    }
    let open = ListKind::ClauseWord.bit() | ListKind::Preposition.bit();
    rules.word_class(toks[next].text(text)) & open != 0
        || rules.is_cue("subject-pronouns", toks[next].text(text))
}

/// Whether tokens `from..` up to the next comma or the sentence end
/// (`ceiling`) name another party: a token of a company mention
/// (`company_at`: "with Cirrus Motors"), a capitalised word that is no
/// place, nationality or not-name ("with Goldman", "with Jane Roe", "with
/// the Smith family"; not "in Europe", "on Tuesday"), or "with" before a
/// noun phrase other than "effect" ("with the government of Peru"; not
/// "with immediate effect").
fn names_another_party(
    text: &str,
    tokens: &Tokens,
    rules: &Rules,
    (from, ceiling): (usize, usize),
    company_at: CompanyAt<'_>,
) -> bool {
    let toks = &tokens.tokens;
    let no_party = ListKind::Place.bit() | ListKind::Nationality.bit() | ListKind::NotName.bit();
    let listed = |k: usize| rules.word_class(toks[k].text(text)) & no_party != 0;
    // "South" of "South America" is a place's word too.
    let party_word = |k: usize| {
        let w = toks[k].text(text);
        toks[k].kind == TokKind::Word
            && toks[k].is_cap(text)
            && !listed(k)
            && !(k + 1 < ceiling && toks[k + 1].is_cap(text) && listed(k + 1))
            && !crate::pipeline::spot::demonym(rules, w)
    };
    let with_party = |k: usize| {
        toks[k].text(text).eq_ignore_ascii_case("with")
            && k + 1 < ceiling
            && !["effect", "immediate", "effective"]
                .iter()
                .any(|w| toks[k + 1].text(text).eq_ignore_ascii_case(w))
    };
    (from..ceiling)
        .take_while(|&k| !toks[k].is_punct(','))
        .any(|k| company_at(k) || party_word(k) || with_party(k))
}

/// Whether the words after a comma (case ignored) open a clause set off
/// between a subject and its verb: a relative (", which", ", who",
/// ", in which", ", of whom"), or a participial or time clause (", having
/// completed ...", ", after rejecting ...", ", following ..."). The events
/// stage reads the subject before it; a status cue inside it governs
/// nothing after it. Grammar words, not vocabulary: they stay here.
pub(super) fn opens_comma_clause(first: &str, second: Option<&str>) -> bool {
    let is = |w: &str, words: &[&str]| words.iter().any(|x| w.eq_ignore_ascii_case(x));
    is(
        first,
        &["which", "who", "whose", "having", "after", "following"],
    ) || (is(first, &["in", "of", "for", "under", "with"])
        && second.is_some_and(|s| is(s, &["which", "whom"])))
}

/// "14 May 2025", "May 3": a capitalised one-word cue beside a number; and
/// "in May," / "since May": a capitalised cue after a word that comes before
/// a month (rules/before-month-words.txt). A title-case headline's modal ("Acme May Buy
/// Borealis") stays a hedge.
fn is_month(text: &str, tokens: &Tokens, rules: &Rules, sp: &Span) -> bool {
    let toks = &tokens.tokens;
    if sp.last != sp.first + 1 || !toks[sp.first].is_cap(text) {
        return false;
    }
    let before = sp.first.checked_sub(1).and_then(|k| toks.get(k));
    let number =
        |k: Option<&crate::pipeline::segment::Token>| k.is_some_and(|t| t.kind == TokKind::Number);
    let after_month_word = before.is_some_and(|t| {
        t.kind == TokKind::Word && rules.is_cue("before-month-words", t.text(text))
    });
    number(toks.get(sp.last)) || number(before) || after_month_word
}

/// The status of an event from the (status, type) of its sentences: the
/// strongest, except that a denial gives way to an announced tie of another
/// type ("bought a 9.9 pct stake ... had no intention of launching a full
/// bid": the stake stands, the denial is of a further step).
pub(super) fn settle_status(evidence: &[(Status, crate::rules::EventType)]) -> Status {
    let top = evidence
        .iter()
        .map(|x| x.0)
        .max()
        .unwrap_or(Status::Announced);
    if top != Status::Denied {
        return top;
    }
    let denied_types = || {
        evidence
            .iter()
            .filter(|x| x.0 == Status::Denied)
            .map(|x| x.1)
    };
    let other_announced = evidence
        .iter()
        .any(|x| x.0 == Status::Announced && !denied_types().any(|t| t == x.1));
    if other_announced {
        Status::Announced
    } else {
        top
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{assert_statuses, one};
    use super::*;
    use crate::rules::EventType;
    use crate::{Article, Extractor};

    /// The text and tokens of `text` as one article.
    fn analyzed(text: &str) -> (String, Tokens) {
        let extractor = Extractor::new(Rules::default_rules().unwrap());
        let article = Article::from_text("t", "", text);
        let a = extractor.analyze(&article);
        (a.view.text().to_string(), a.tokens)
    }

    #[test]
    fn a_subject_pronoun_of_the_list_opens_a_clause_after_and_or_a_head_noun() {
        let rules = Rules::default_rules().unwrap();
        for (text, pronoun) in [
            (
                "Velmar Inc dropped the plan and said we will look elsewhere.",
                "we",
            ),
            (
                "Velmar Inc dropped the plan and said they will look elsewhere.",
                "they",
            ),
        ] {
            let (t, toks) = analyzed(text);
            let n = toks.tokens.len();
            assert!(and_predicate(&t, &toks, &rules, 0, n), "{text}");
            let after = (0..n)
                .find(|&k| toks.tokens[k].text(&t) == pronoun)
                .unwrap();
            assert!(is_object_head(&t, &toks, &rules, after, n), "{text}");
        }
        let (t, toks) = analyzed("Velmar Inc dropped the plan and said merger talks will go on.");
        let talks = (0..toks.tokens.len())
            .find(|&k| toks.tokens[k].text(&t) == "talks")
            .unwrap();
        assert!(!is_object_head(&t, &toks, &rules, talks, toks.tokens.len()));
    }

    #[test]
    fn a_cue_before_a_possessive_governs_the_verb_not_the_tie() {
        assert_statuses(&[
            (
                "Acme Corp may raise its offer for Borealis Inc.",
                "announced",
            ),
            (
                "Acme Corp said it had not changed its offer for Borealis Inc.",
                "announced",
            ),
            (
                "Acme Corp said it had no intention of sweetening its offer for Borealis Inc.",
                "announced",
            ),
            (
                "Acme Corp is considering raising its 10 pct stake in Borealis Inc.",
                "announced",
            ),
            // Inside the noun phrase the cue still counts; an ending always does.
            ("Acme Corp may make an offer for Borealis Inc.", "rumored"),
            ("Acme Corp withdrew its offer for Borealis Inc.", "ended"),
        ]);
    }

    #[test]
    fn a_participle_after_a_comma_governs_its_own_clause_not_the_tie_before() {
        let x = Extractor::new(Rules::default_rules().unwrap());
        let accepted = "Borealis Inc has accepted a $2.9bn (£2.2bn) buyout from cable operator Acme Corp, rejecting a richer rival approach.";
        assert_eq!(one(&x, accepted).1, "announced", "{accepted}");
        // Not after a comma, or no participle: the ending still governs.
        let rejected = "Borealis Inc rejected a takeover offer from Acme Corp on Monday.";
        assert_eq!(one(&x, rejected).1, "ended", "{rejected}");
        let withdrew = "Acme Corp agreed to buy Borealis Inc last year, but withdrew the offer.";
        assert_eq!(one(&x, withdrew).1, "ended", "{withdrew}");
    }

    #[test]
    fn an_ending_participle_that_names_the_tie_ends_it() {
        let x = Extractor::new(Rules::default_rules().unwrap());
        let cases = [
            (
                "Acme Corp sold its stake in Borealis Inc last year, ending a ten-year alliance.",
                "ended",
            ),
            (
                "Acme Corp bought 30 pct of Borealis Inc in 2019, terminating their earlier agreement.",
                "ended",
            ),
            // Another tie, or no tie noun: the participle keeps to its clause.
            (
                "Acme Corp sold its stake in Borealis Inc last year, ending its alliance with Cirrus Motors.",
                "announced",
            ),
            (
                "Acme Corp signed a supply pact with Borealis Inc on Friday, ending months of talks.",
                "announced",
            ),
            (
                "Acme Corp bought 30 pct of Borealis Inc in 2019, ending the year with a profit.",
                "announced",
            ),
            // The listed noun only modifies the head ("talks"), or sits
            // after "of".
            (
                "Acme Corp agreed to acquire Borealis Inc, ending weeks of merger talks.",
                "announced",
            ),
            (
                "Acme Corp agreed to acquire Borealis Inc, ending a year of the merger.",
                "announced",
            ),
            // The clause names another company: it ends another tie.
            (
                "Acme Corp signed a shipping pact with Borealis Inc on Tuesday, ending an eight-year contract it held with Cirrus Motors.",
                "announced",
            ),
            // A weekday is no other company.
            (
                "Acme Corp sold its stake in Borealis Inc, ending their alliance on Tuesday.",
                "ended",
            ),
            // Nor is a place or a region: only a company mention is.
            (
                "Acme Corp sold its stake in Borealis Inc, ending their alliance in Europe.",
                "ended",
            ),
            (
                "Acme Corp sold its 40 pct holding in Borealis Inc, ending their venture in South America.",
                "ended",
            ),
            // An unknown firm, a person, a family or a government after
            // "with" is another party: the ending is another tie's.
            (
                "Acme Corp sold its stake in Borealis Inc, ending a partnership with Goldman.",
                "announced",
            ),
            (
                "Acme Corp sold its stake in Borealis Inc, ending its alliance with Jane Roe.",
                "announced",
            ),
            (
                "Acme Corp sold its stake in Borealis Inc, ending a partnership it had with Orion.",
                "announced",
            ),
            (
                "Acme Corp sold its stake in Borealis Inc, ending its venture with the government of Peru.",
                "announced",
            ),
            (
                "Acme Corp sold its stake in Borealis Inc, ending their alliance with immediate effect.",
                "ended",
            ),
        ];
        for (text, status) in cases {
            let events = x.extract(&Article::from_text("t", "", text)).events;
            let pair = events
                .iter()
                .find(|e| {
                    e.parties.iter().any(|p| p == "Acme Corp")
                        && e.parties.iter().any(|p| p == "Borealis Inc")
                })
                .unwrap_or_else(|| panic!("{text}: {events:?}"));
            assert_eq!(pair.status, status, "{text}");
        }
    }

    #[test]
    fn a_denial_in_a_predicate_conjoined_after_the_tie_denies_another_thing() {
        assert_statuses(&[
            (
                "Acme Corp agreed to merge with Borealis Inc and has no plans for further deals.",
                "announced",
            ),
            (
                "Acme Corp bought the Borealis Inc stake and has no intention of seeking control.",
                "announced",
            ),
            (
                "Acme Corp said it has no plans for a merger with Borealis Inc.",
                "denied",
            ),
            (
                "Acme Corp denied it was in talks with Borealis Inc.",
                "denied",
            ),
            (
                "Norvane Corp was reported to be in talks to buy Quenford Ltd and denied the report on Monday.",
                "denied",
            ),
            (
                "Norvane Corp agreed to merge with Quenford Ltd and said it has no plans to sell Maselle Corp.",
                "announced",
            ),
        ]);
    }

    #[test]
    fn a_negation_of_another_verb_or_of_a_further_step_is_no_denial() {
        assert_statuses(&[
            (
                "Regulators said they would not oppose the purchase of Borealis Inc by Acme Corp.",
                "announced",
            ),
            (
                "Acme Corp agreed not to buy any additional Borealis Inc shares.",
                "announced",
            ),
            ("Acme Corp would not make a bid for Borealis Inc.", "denied"),
            ("Acme Corp would not bid for Borealis Inc.", "denied"),
            (
                "Acme Corp said reports that it would buy Borealis Inc were without foundation.",
                "denied",
            ),
        ]);
    }

    #[test]
    fn a_modal_far_from_the_trigger_governs_another_verb() {
        let x = Extractor::new(Rules::default_rules().unwrap());
        let far = "Acme Corp said it could not force the board of Zeta Ltd to accept the cash takeover bid made by Borealis Inc in March.";
        let r = x.extract(&Article::from_text("t", "", far));
        assert!(
            r.events.iter().all(|e| e.status == "announced"),
            "{:?}",
            r.events
        );
        assert_eq!(
            one(&x, "Acme Corp could seek to buy Borealis Inc.").1,
            "rumored"
        );
        let cond = "Analysts said that if Acme Corp were to buy Borealis Inc, prices would rise.";
        assert_eq!(one(&x, cond).1, "rumored");
    }

    #[test]
    fn a_cue_before_a_bracket_does_not_govern_the_aside() {
        let x = Extractor::new(Rules::default_rules().unwrap());
        let aside =
            "Borealis Inc could use robots made by Acme Corp (one of its investors) next year.";
        assert_eq!(one(&x, aside).1, "announced");
        // A bracket after the trigger: the modal governs as usual.
        let after = "Acme Corp could seek to buy Borealis Inc (a rival maker of parts).";
        assert_eq!(one(&x, after).1, "rumored");
        // A bracket that is no aside on a company: the cue governs.
        let clause = "Acme Corp is in talks to grow in Asia (through a tie-up with Borealis Inc).";
        assert_eq!(one(&x, clause).1, "talks");
        let (text, tokens) = analyzed("Acme Corp may (in May) buy Borealis Inc (a rival).");
        let n = tokens.tokens.len();
        let open = (0..n).find(|&k| tokens.tokens[k].is_punct('(')).unwrap();
        let acme = |k: usize| k < 2;
        let before_bracket = |k: usize| k == open - 1;
        assert!(!opens_company_aside(&tokens, 0, open + 1, &acme), "{text}");
        assert!(
            opens_company_aside(&tokens, 0, open + 1, &before_bracket),
            "{text}"
        );
        assert!(
            !opens_company_aside(&tokens, 0, open + 4, &before_bracket),
            "{text}"
        );
    }

    #[test]
    fn an_ending_in_a_clause_attached_to_the_tie_ends_it() {
        assert_statuses(&[
            (
                "Acme Corp accepted an offer from Borealis Inc which was later withdrawn.",
                "ended",
            ),
            (
                "Acme Corp offered to buy Borealis Inc but withdrew the offer.",
                "ended",
            ),
            (
                "Acme Corp discussed a bid for Borealis Inc but the talks broke off.",
                "ended",
            ),
            // A relative clause about the company, or another subject: no ending.
            (
                "Acme Corp agreed to buy Borealis Inc, which rejected an earlier bid.",
                "announced",
            ),
            (
                "Acme Corp agreed to buy Borealis Inc but Cirrus Corp rejected the deal.",
                "announced",
            ),
        ]);
    }

    #[test]
    fn an_ending_told_after_a_reopening_in_a_but_clause_ends_the_tie() {
        assert_statuses(&[
            (
                "Acme Corp and Borealis Inc resumed merger talks but they collapsed in May.",
                "ended",
            ),
            (
                "Acme Corp resumed merger talks with Borealis Inc in March, but the talks collapsed.",
                "ended",
            ),
            // An ending the reopening outweighs: told in a clause of its own.
            (
                "Acme Corp has renewed its offer for Borealis Inc which was withdrawn last week.",
                "announced",
            ),
            (
                "Acme Corp and Borealis Inc resumed merger talks on Monday.",
                "talks",
            ),
        ]);
    }

    #[test]
    fn a_denial_gives_way_to_an_announced_tie_of_another_type() {
        use EventType::{Acquisition, Investment};
        let st = |v: &[(Status, EventType)]| settle_status(v);
        assert_eq!(
            st(&[
                (Status::Announced, Investment),
                (Status::Denied, Acquisition)
            ]),
            Status::Announced
        );
        assert_eq!(
            st(&[
                (Status::Announced, Acquisition),
                (Status::Denied, Acquisition)
            ]),
            Status::Denied
        );
        assert_eq!(
            st(&[
                (Status::Announced, Investment),
                (Status::Ended, Acquisition)
            ]),
            Status::Ended
        );
        let x = Extractor::new(Rules::default_rules().unwrap());
        let text = "Acme Corp said it bought a 9.9 pct stake in Borealis Inc on Monday. Acme Corp said it had no intention of launching a full bid for Borealis.";
        assert_eq!(one(&x, text), ("investment".into(), "announced".into()));
    }
}
