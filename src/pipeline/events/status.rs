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
//! inside a relative clause (", which rejected ..., agreed to buy") governs
//! nothing outside it. A cue with `within = N` counts only with at most N
//! words between it and the trigger. A capitalised one-word cue next to a
//! number or after "in", "since", "last" ... is a month ("14 May 2025",
//! "In May, ..."), not a hedge.

use crate::pipeline::lexicon::{Lexed, Span};
use crate::pipeline::segment::{TokKind, Tokens};
use crate::rules::{ListKind, Payload, Rules, StatusCue};

/// Clause words that do not end the scope of a cue before them.
const COMPLEMENTISERS: &[&str] = &["that", "whether", "as", "than"];

/// The strongest status cue governing the trigger on tokens
/// `cue_first..cue_last` (token indices).
pub(super) fn governing<'r>(
    text: &str,
    tokens: &Tokens,
    lexed: &Lexed,
    rules: &'r Rules,
    cue_first: usize,
    cue_last: usize,
) -> Option<&'r StatusCue> {
    let s = tokens.sentence_of[cue_first];
    let sent = &tokens.sentences[s];
    let from = lexed.statuses.partition_point(|sp| sp.first < sent.first);
    lexed.statuses[from..]
        .iter()
        .take_while(|sp| sp.first < sent.last)
        .filter_map(|sp| match sp.payload {
            Payload::Status(i) => {
                let st = &rules.statuses[i as usize];
                in_scope(text, tokens, rules, st, sp, cue_first, cue_last).then_some(st)
            }
            _ => None,
        })
        .max_by_key(|st| st.status.cue_precedence())
}

fn in_scope(
    text: &str,
    tokens: &Tokens,
    rules: &Rules,
    st: &StatusCue,
    sp: &Span,
    cue_first: usize,
    cue_last: usize,
) -> bool {
    if is_month(text, tokens, sp) {
        return false;
    }
    let (gap_from, gap_to) = if sp.last <= cue_first {
        (sp.last, cue_first)
    } else if sp.first >= cue_last {
        // "joint venture talks": a cue right after a noun trigger modifies it.
        if sp.first == cue_last {
            return true;
        }
        if !st.after_trigger {
            return false;
        }
        (cue_last, sp.first)
    } else {
        return true; // overlapping: "in talks" is cue and trigger at once
    };
    if st.within.is_some_and(|w| gap_to - gap_from > w as usize) {
        return false;
    }
    if clause_break(text, tokens, rules, gap_from, gap_to) {
        return false;
    }
    // A cue inside ", which ... ," before the trigger governs its own clause.
    !(sp.last <= cue_first && in_relative(text, tokens, sp.first, cue_first))
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
                && !COMPLEMENTISERS.iter().any(|c| w.eq_ignore_ascii_case(c))
        }
        _ => false,
    })
}

/// Whether the token `at` lies in a comma-opened relative clause (", which",
/// ", who") that closes with a comma before `end`.
fn in_relative(text: &str, tokens: &Tokens, at: usize, end: usize) -> bool {
    let toks = &tokens.tokens;
    let floor = tokens.sentences[tokens.sentence_of[at]].first;
    let Some(open) = (floor..at).rev().find(|&k| toks[k].is_punct(',')) else {
        return false;
    };
    let relative = toks.get(open + 1).is_some_and(|t| {
        let w = t.text(text);
        ["which", "who", "whose"]
            .iter()
            .any(|r| w.eq_ignore_ascii_case(r))
    });
    relative && (at..end).any(|k| toks[k].is_punct(','))
}

/// Words before a month name: "in May", "since May", "last May", "by May".
const BEFORE_MONTH: &[&str] = &[
    "in", "since", "until", "till", "by", "of", "last", "next", "early", "late", "mid", "during",
    "from", "through", "this", "before", "after", "between", "to",
];

/// "14 May 2025", "May 3": a capitalised one-word cue beside a number; and
/// "in May," / "since May": a capitalised cue after a word that comes before
/// a month ([`BEFORE_MONTH`]). A title-case headline's modal ("Acme May Buy
/// Borealis") stays a hedge.
fn is_month(text: &str, tokens: &Tokens, sp: &Span) -> bool {
    let toks = &tokens.tokens;
    if sp.last != sp.first + 1 || !toks[sp.first].is_cap(text) {
        return false;
    }
    let before = sp.first.checked_sub(1).and_then(|k| toks.get(k));
    let number =
        |k: Option<&crate::pipeline::segment::Token>| k.is_some_and(|t| t.kind == TokKind::Number);
    let after_month_word = before.is_some_and(|t| {
        t.kind == TokKind::Word
            && BEFORE_MONTH
                .iter()
                .any(|w| t.text(text).eq_ignore_ascii_case(w))
    });
    number(toks.get(sp.last)) || number(before) || after_month_word
}
