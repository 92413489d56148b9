//! Stage 4b, lists: company list entries, lower-case groups ("the
//! acme group") and listed names with more words after them.

use super::*;

/// The rule id of a name before a lower-case "group" ([`lower_case_groups`]).
pub(super) const LOWER_GROUP: &str = "company-lower-group";

/// "the Varmani group said", "allied with the Kotak group": "the", a name
/// of one to three words and a lower-case "group" (not "group of", a
/// collection) name a business group, "group" included; not a person's
/// name, an outlet, a place or a nationality, nor one in a hyphened word
/// ("the German group", "the Anglo-Dutch group").
pub(super) fn lower_case_groups(cx: &Cx, out: &mut [Mention]) {
    let toks = &cx.tokens.tokens;
    for m in out.iter_mut() {
        let (first, last) = (m.first, m.last);
        let shaped = first > 0
            && last - first <= 3
            && cx.word(first - 1).eq_ignore_ascii_case("the")
            && toks.get(last).is_some_and(|t| t.text(cx.text) == "group")
            && toks.get(last + 1).is_none_or(|t| t.text(cx.text) != "of");
        let national = |w: &str| {
            let class = ListKind::Nationality.bit() | ListKind::Place.bit();
            w.split('-')
                .any(|p| demonym(cx.rules, p) || cx.rules.word_class(p) & class != 0)
        };
        // Asked only of the shaped ones: most mentions are not.
        let named = || {
            matches!(m.kind, Kind::Unknown | Kind::Company)
                && !(first..last).any(|k| national(cx.word(k)) || cx.is(k, ListKind::PublicBody))
        };
        if shaped && named() && !other_kind_of_group(cx, first, last) {
            m.last += 1;
            m.kind = Kind::Company;
            m.rule = LOWER_GROUP.to_string();
        }
    }
}

/// The list of what makes "the X group" no business ([`lower_case_groups`]).
pub(super) const GROUP_KINDS: &str = "group-kind-words";

/// Whether the name `first..last` before a lower-case "group" (at `last`)
/// names a group of another kind than a business group
/// (rules/group-kind-words.txt): its first word is a legislature's chamber
/// ("the House group"), its last word and "group" are a kind of group ("the
/// Tidewater Working group"), or such a kind in lower case stands in
/// apposition right after it ("the Tarvo group, a pressure group,") or heads
/// an "including" / "such as" list that holds it ("militant groups including
/// the Kessar group"). A kind elsewhere in the sentence says nothing ("the
/// Varmani group bought 5 pct of Halcott Corp, an industry group said").
pub(super) fn other_kind_of_group(cx: &Cx, first: usize, last: usize) -> bool {
    let kind = |k: usize| {
        let phrase = format!("{} group", cx.word(k));
        cx.rules.is_cue_phrase(GROUP_KINDS, &phrase)
    };
    if cx.is_cue(GROUP_KINDS, first) || kind(last - 1) {
        return true;
    }
    kind_in_apposition(cx, last, &kind) || kind_heads_list(cx, first, &kind)
}

/// "the Tarvo group, a pressure group,", "the Velbrook group is a rock
/// group": after "group" (at `last`), a comma or "is"/"was", an article and
/// at most two lower-case words, the last a kind of group (`kind` of the
/// word before "group").
pub(super) fn kind_in_apposition(cx: &Cx, last: usize, kind: &dyn Fn(usize) -> bool) -> bool {
    let toks = &cx.tokens.tokens;
    let at = last + 1;
    let linked = toks.get(at).is_some_and(|t| t.is_punct(','))
        || matches!(cx.word_or_empty(at), "is" | "was");
    if !linked || !matches!(cx.word_or_empty(at + 1), "a" | "an" | "the") {
        return false;
    }
    (at + 3..(at + 5).min(toks.len())).any(|k| {
        (at + 2..k).all(|j| toks[j].is_lower(cx.text))
            && matches!(cx.word(k), "group" | "groups")
            && kind(k - 1)
    })
}

/// "militant groups including the Kessar group", "rebel groups such as the
/// Kessar group": a lower-case kind of group before "group(s)" and
/// "including" or "such as", earlier in the sentence than the name at
/// `first`, with no sentence stop between.
pub(super) fn kind_heads_list(cx: &Cx, first: usize, kind: &dyn Fn(usize) -> bool) -> bool {
    let toks = &cx.tokens.tokens;
    let s = &cx.tokens.sentences[cx.tokens.sentence_of[first]];
    (s.first + 1..first).any(|k| {
        let list = cx.word_or_empty(k + 1) == "including"
            || (cx.word_or_empty(k + 1) == "such" && cx.word_or_empty(k + 2) == "as");
        list && matches!(cx.word(k), "group" | "groups")
            && toks[k - 1].is_lower(cx.text)
            && kind(k - 1)
    })
}

/// "Zentora Hallam, a firm focused on": a chunk directly after a listed
/// company name in the same sentence is the end of a longer name (a unit,
/// "Zentora International", or a product, "Zentora Play"), not a company
/// of its own, even when a context cue follows it; it stays unknown and the
/// listed name stands. One pass over the mentions, sorted by first token.
pub(super) fn cut_listed_tails(cx: &Cx, out: &mut [Mention]) {
    let same = |a: usize, b: usize| cx.tokens.sentence_of[a] == cx.tokens.sentence_of[b];
    for i in 1..out.len() {
        let a = &out[i - 1];
        let tail = a.kind == Kind::Company
            && a.entry.is_some()
            && a.last == out[i].first
            && out[i].kind == Kind::Company
            && out[i].rule == context::RULE
            && same(a.first, out[i].first);
        if tail {
            out[i].kind = Kind::Unknown;
            out[i].rule = "capitalised".to_string();
        }
    }
}

/// Step 1: company and outlet list entries, leftmost-longest, marked taken.
/// The list of brand names from public data (rules/companies-brands.txt):
/// its one-word entries are often the first or last word of a longer name
/// ("Swiss Volksbank", "Esso Exploration and Production"), which the
/// capitalised-chunk step then reads whole.
pub(super) const BRANDS: &str = "company-names-brands";

pub(super) fn list_entries(cx: &Cx, taken: &mut [bool]) -> Vec<Mention> {
    let lexed = cx.lexed;
    let mut out = Vec::new();
    let mut i = 0;
    // `names` is sorted by first token: one cursor walks it.
    let mut cursor = 0;
    while i < taken.len() {
        while cursor < lexed.names.len() && lexed.names[cursor].first < i {
            cursor += 1;
        }
        let Some((span, entry)) = company_entry_at(cx, &lexed.names[cursor..], i) else {
            i += 1;
            continue;
        };
        if let Some(next) = no_entry_mention(cx, span, entry) {
            i = next;
            continue;
        }
        let m = entry_mention(cx, span, entry);
        taken[m.first..m.last].fill(true);
        i = m.last;
        out.push(m);
    }
    out
}

/// The first company or outlet entry among `names` (sorted by first token,
/// from the cursor on) that starts at token `i`, with its entry.
pub(super) fn company_entry_at<'s>(
    cx: &Cx,
    names: &'s [Span],
    i: usize,
) -> Option<(&'s Span, u32)> {
    names
        .iter()
        .take_while(|s| s.first == i)
        .find_map(|s| match s.payload {
            Payload::Entry { entry, .. }
                if matches!(
                    cx.rules.entry_kind(entry),
                    ListKind::Company | ListKind::Outlet
                ) =>
            {
                Some((s, entry))
            }
            _ => None,
        })
}

/// Where to read on when the list entry `span` is no mention of its
/// company: a sponsor's name inside the name of an event or venue ("the
/// Mercedes-Benz Championship"), a founder's name, a listed brand inside a
/// longer name; `None` when it is one.
pub(super) fn no_entry_mention(cx: &Cx, span: &Span, entry: u32) -> Option<usize> {
    let toks = &cx.tokens.tokens;
    let cap = |k: usize| toks.get(k).is_some_and(|t| t.is_cap(cx.text));
    if cap(span.last) && cx.is(span.last, ListKind::PublicBody) && !cap(span.last + 1) {
        return Some(span.last);
    }
    if founders_name(cx, span.first, span.last) {
        return Some(span.first + 1);
    }
    if sponsored_event(cx, span.last) || follow_line_platform(cx, span.first, span.last) {
        return Some(span.last);
    }
    let list = &cx.rules.lists[cx.rules.entries[entry as usize].list];
    (list.meta.id == BRANDS && context::brand_inside_longer_name(cx, span.first, span.last))
        .then_some(span.first + 1)
}

/// "the Quellon Cup", "won the Harrow Houston Open last year": one to three
/// capitalised words on the entry's line right after a company entry that
/// ends at `last` (token index, exclusive), the last of them a word of
/// rules/event-name-words.txt, name an event the company sponsors when an
/// event reading follows (`event_name_end`).
pub(super) fn sponsored_event(cx: &Cx, last: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let cap = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.kind == TokKind::Word && t.is_cap(cx.text))
            && !cx.text[toks[k - 1].end..toks[k].start].contains('\n')
    };
    let run = (last..last + 3).take_while(|&k| cap(k)).count();
    (1..=run).any(|n| {
        let end = last + n - 1;
        cx.is_cue("event-name-words", end) && event_name_end(cx, end + 1)
    })
}

/// "Follow @jolee on Facebook, Twitter and Instagram", "follow him on
/// Twitter": the name `first..last` (token indices, end exclusive), a
/// platform of rules/follow-line-platforms.txt, after "on" (with
/// capitalised words, commas, "and" or "or" between, at most twelve tokens)
/// that a verb of rules/follow-line-verbs.txt precedes by at most four
/// words in the same sentence is a platform an author is followed on (a
/// byline's or an author box's line), no mention of a company. The verb
/// must open its sentence or line, or take a pronoun or an @handle
/// ([`follow_verb_at`]): "would follow up on Google" keeps Google.
pub(super) fn follow_line_platform(cx: &Cx, first: usize, last: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let name = &cx.text[toks[first].start..toks[last - 1].end];
    if !cx.rules.is_cue("follow-line-platforms", name) {
        return false;
    }
    let sent = cx.tokens.sentences[cx.tokens.sentence_of[first]].first;
    let listed = |p: usize| {
        toks[p].is_cap(cx.text) || toks[p].is_punct(',') || matches!(cx.word(p), "and" | "or")
    };
    // At most a dozen tokens back: a follow line lists a few platforms (and
    // a long list of names stays linear).
    let from = sent.max(first.saturating_sub(12));
    let mut k = first;
    while k > from && listed(k - 1) {
        k -= 1;
    }
    if k <= sent || cx.word(k - 1) != "on" {
        return false;
    }
    let on = k - 1;
    (on.saturating_sub(4).max(sent)..on).any(|j| follow_verb_at(cx, j, sent))
}

/// Whether token `j` (in the sentence opening at token `sent`) is a verb of
/// rules/follow-line-verbs.txt that an author's follow line uses: it opens
/// the sentence or its line ("Follow us on X"), or its object (after
/// "with" or "up with") is a word of rules/follow-line-objects.txt (a
/// pronoun: "follow him", "connect with her", "follow each other";
/// "follow along on Instagram") or an @handle ("follow @jolee").
fn follow_verb_at(cx: &Cx, j: usize, sent: usize) -> bool {
    let toks = &cx.tokens.tokens;
    if toks[j].kind != TokKind::Word || !cx.is_cue("follow-line-verbs", j) {
        return false;
    }
    let opens = j == sent || cx.text[toks[j - 1].end..toks[j].start].contains('\n');
    let mut k = j + 1;
    while k < toks.len() && matches!(cx.word(k), "with" | "up") {
        k += 1;
    }
    let object = toks.get(k).is_some_and(|t| {
        let w = t.text(cx.text);
        w.starts_with('@') || t.is_punct('@') || cx.rules.is_cue("follow-line-objects", w)
    });
    opens || object
}

/// Whether token `k`, right after an event word ("Cup"), lets the name end
/// there as an event's: no word (a mark, a line's or the text's end) or a lower-case
/// word that is no noun of rules/event-name-stops.txt ("final", "was",
/// "standings"). A capitalised word ("Open Grid Systems") or a listed noun
/// ("the Kinsell Open platform", "plant", "computers") makes the event word
/// part of a product's, a plant's or a firm's name.
fn event_name_end(cx: &Cx, k: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let Some(t) = toks.get(k) else {
        return true;
    };
    t.kind != TokKind::Word
        || cx.text[toks[k - 1].end..t.start].contains('\n')
        || (t.is_lower(cx.text) && !cx.is_cue("event-name-stops", k))
}

/// The mention of the list entry `span`: the entry's, or a longer name it
/// opens in capitals ("OTTER TAIL POWER CO", rule `company-legal-suffix`).
pub(super) fn entry_mention(cx: &Cx, span: &Span, entry: u32) -> Mention {
    let rules = cx.rules;
    let suffix_end = context::caps_listed_suffix_end(cx, span.first, span.last).or_else(|| {
        (rules.entry_kind(entry) == ListKind::Outlet)
            .then(|| outlet_suffix_end(cx, span.last))
            .flatten()
    });
    if let Some(end) = suffix_end {
        return Mention {
            first: span.first,
            last: end,
            kind: Kind::Company,
            rule: "company-legal-suffix".to_string(),
            possessive: false,
            entry: None,
        };
    }
    let list = &rules.lists[rules.entries[entry as usize].list];
    Mention {
        first: span.first,
        last: span.last,
        kind: if rules.entry_kind(entry) == ListKind::Company {
            Kind::Company
        } else {
            Kind::Outlet
        },
        rule: list.meta.id.clone(),
        possessive: false,
        entry: Some(entry),
    }
}

/// "The Harbour Gazette Co said", "Morning Ledger Ltd": capitalised legal
/// suffixes right after a news outlet's entry (ending at `last`, token
/// index, exclusive) in the same sentence name the company that owns the
/// outlet, not the outlet quoted as a source. Gives one past the suffixes.
/// Not when a place's or a people's word follows them in the sentence: a
/// legal suffix ends a name, so "SE" in "Le Monde SE Asia editor" is no
/// suffix (other capitalised words may go on the owner's longer name:
/// "Tessin AG Brenner und Cie").
fn outlet_suffix_end(cx: &Cx, last: usize) -> Option<usize> {
    let toks = &cx.tokens.tokens;
    let sentence = |k: usize| cx.tokens.sentence_of.get(k).copied();
    let capital = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.kind == TokKind::Word && t.is_cap(cx.text))
            && last > 0
            && sentence(k) == sentence(last - 1)
    };
    let suffix = |k: usize| capital(k) && cx.is(k, ListKind::LegalSuffix);
    let end = (last..).find(|&k| !suffix(k)).unwrap_or(last);
    let place = ListKind::Place.bit() | ListKind::Nationality.bit();
    let placed = capital(end) && cx.word_class(end) & place != 0;
    (end > last && !placed).then_some(end)
}

/// "chief executive Ann Dell said", "lawyer Jamie Vell, who": a one-word
/// company entry `first..last` right after a capitalised listed given name
/// (on the same line) that a title or an honorific precedes, or that a
/// lower-case speech verb or ", who" follows, is a person's surname (the
/// company bears its founder's name); the capitalised-chunk step reads the
/// name whole.
pub(super) fn founders_name(cx: &Cx, first: usize, last: usize) -> bool {
    let toks = &cx.tokens.tokens;
    if last != first + 1 || first == 0 {
        return false;
    }
    let g = first - 1;
    let given = toks[g].kind == TokKind::Word
        && toks[g].is_cap(cx.text)
        && cx.is(g, ListKind::GivenName)
        && !cx.text[toks[g].end..toks[first].start].contains('\n');
    if !given {
        return false;
    }
    let before = g.checked_sub(1).is_some_and(|p| {
        cx.is(p, ListKind::Title)
            || cx.is(p, ListKind::Honorific)
            || cx
                .lexed
                .span_ending(p + 1, cx.rules, ListKind::Title)
                .is_some()
    });
    let said = toks
        .get(last)
        .is_some_and(|t| t.is_lower(cx.text) && cx.is(last, ListKind::SpeechVerb));
    let who = toks.get(last).is_some_and(|t| t.is_punct(','))
        && toks.get(last + 1).is_some_and(|t| t.text(cx.text) == "who");
    before || said || who
}
