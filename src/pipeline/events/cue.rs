//! Stage 7, cue reading: one trigger cue of a sentence, its vetoes, event
//! type and status.

use super::*;

/// One trigger cue of a sentence.
pub(super) struct Cue<'c> {
    /// Its first token.
    pub(super) first: usize,
    /// Its end token (exclusive).
    pub(super) last: usize,
    /// Its sentence index.
    pub(super) s: usize,
    pub(super) sent: &'c Sentence,
    /// The cue as written.
    pub(super) text: String,
    pub(super) trigger: &'c Trigger,
}

/// Reads the parties and status of one cue into `sink`; else why it gave no event.
pub(super) fn read_cue(
    finder: &Finder<'_>,
    ana: &Anaphora<'_>,
    cue: &Cue<'_>,
    sink: &mut Sink,
) -> Result<(), String> {
    let res = ana.res;
    let trigger = cue.trigger;
    cue_vetoed(finder, res, cue)?;
    let (left_args, noun_object) = subject_args(finder, cue);
    let left = subjects(finder, ana, cue, &left_args);
    // A group may pair within itself when it was named ("X and Y", "the
    // two companies"), or, for "they", when the tie is mutual.
    let mutual = matches!(
        trigger.event_type,
        EventType::Partnership | EventType::JointVenture
    );
    let (status, strong, status_rule) = cue_status(finder, cue);
    // A bare noun with no status cue ("companies like X, Y and Z ... the
    // partner you want") does not make a listed group partners.
    // (A sentence-opening "they" after a named group is that group.)
    let left_groups = (strong || premodifying_group(finder, cue, &left_args))
        && (mutual
            || !left_args.iter().any(
                |a| matches!(*a, Arg::They(at) if ana.they_group(finder, cue.s, at).is_none()),
            ));
    let (right_args, within) = object_args(finder, cue, &left_args, noun_object);
    let right = ana.resolve(finder, cue.s, &right_args, &left);
    // "The company has partnerships with A, B and C" where the company the
    // pronoun was taken for is one of a list of three or more objects: that
    // antecedent is wrong. (With one or two objects, the other may be the
    // subject named again: "Lane said its board backed a merger with
    // Interco, after a Lane board meeting".)
    if matches!(left_args[..], [Arg::AnaphorOne(_)])
        && right.len() >= 3
        && left.iter().any(|e| right.contains(e))
    {
        return Err("the anaphor's antecedent is one of its objects".into());
    }
    let self_pairing =
        left_groups && (mutual || is_merger(&cue.text)) && !labour_only(finder, cue, &right);
    if trigger.members && right.len() < 2 {
        return Err("a group's members are its listed objects; fewer than two".into());
    }
    let within = (within && !targets_only(finder, cue, &right_args)) || trigger.members;
    let pairs = party_pairs(&left, &right, within, self_pairing)?;
    let event_type = cue_event_type(finder, cue, &right_args);
    let evidence = Evidence {
        sentence: cue.s,
        start: cue.sent.start,
        end: cue.sent.end,
        trigger: cue.text.clone(),
        rule: trigger.meta.id.clone(),
        status_rule,
        event_type,
        status,
        strong,
        untyped: trigger.weak && event_type == EventType::Partnership,
        slots: Vec::new(),
    };
    add_pairs(res, pairs, &evidence, sink)
}

/// Whether the subjects of a noun cue (a `noun` or `weak` trigger: weak
/// ones are bare nouns) are a listed group of two or more company mentions
/// that premodify it: joined by commas and a last "and" (or "&") with no
/// other word between them, the last ending right before the noun or its
/// possessive ("the Acme and Borealis partnership", "an existing Acme and
/// Borealis alliance", "Acme and Borealis's tie-up"; not "Acme and his
/// Borealis partnership", nor an appositive "A and B, C's partner"; nor a
/// cue that premodifies a longer compound: "the A and B partnership
/// models", see [`compound_head_after`]). Such a group names the partners
/// even with no status cue.
pub(super) fn premodifying_group(finder: &Finder<'_>, cue: &Cue<'_>, left_args: &[Arg]) -> bool {
    if !(cue.trigger.noun || cue.trigger.weak) || compound_head_after(finder, cue) {
        return false;
    }
    let toks = &finder.tokens.tokens;
    let ms: Vec<&Mention> = left_args
        .iter()
        .filter_map(|a| match *a {
            Arg::Mention(m) => Some(&finder.mentions[m]),
            _ => None,
        })
        .collect();
    let (Some(last), true) = (ms.last(), ms.len() >= 2 && ms.len() == left_args.len()) else {
        return false;
    };
    let at_noun = last.last == cue.first
        || (last.last + 1 == cue.first && toks[last.last].kind == TokKind::Possessive);
    let is_and = |k: usize| matches!(finder.lower(k).as_str(), "and" | "&");
    let joined = ms.windows(2).enumerate().all(|(i, w)| {
        let gap = w[0].last..w[1].first;
        let plain = gap.clone().all(|k| toks[k].is_punct(',') || is_and(k));
        let and = gap.clone().any(is_and);
        !gap.is_empty() && plain && (and || i + 2 < ms.len())
    });
    at_noun && joined
}

/// Whether the word right after the cue is a noun the cue premodifies
/// (rules/tie-compound-heads.txt): "the A and B partnership models", "A
/// and B alliance partners"; the cue then heads no noun phrase of its own.
pub(super) fn compound_head_after(finder: &Finder<'_>, cue: &Cue<'_>) -> bool {
    let k = cue.last;
    k < cue.sent.last
        && finder.tokens.tokens[k].is_lower(finder.text)
        && finder.rules.is_cue("tie-compound-heads", &finder.lower(k))
}

/// Errs when a cue is no cue at all: it is part of a name ("Best Buy",
/// "Deal Maker Inc"), a plural deal noun with no owner, a noun premodifying
/// people ("stake holders") or a promise of secrecy ("a confidentiality agreement
/// between X and Y").
pub(super) fn cue_vetoed(
    finder: &Finder<'_>,
    res: &Resolution,
    cue: &Cue<'_>,
) -> Result<(), String> {
    if finder.mention_at[cue.first].is_some_and(|m| {
        let mm = &res.mentions[m];
        matches!(mm.kind, Kind::Company | Kind::Person) && mm.last >= cue.last
    }) {
        return Err("the cue is part of a name".into());
    }
    if cue.first > cue.sent.first
        && finder
            .rules
            .is_cue("secrecy-agreement-modifiers", &finder.lower(cue.first - 1))
    {
        return Err("a promise of secrecy is no tie".into());
    }
    if legal_form_noun(finder, cue) {
        return Err("a legal form (\"limited partnership\") is no tie".into());
    }
    if unowned_plural_deal(finder, cue) {
        return Err(
            "a plural deal noun with no owner before it (\"acquisitions of X \
                    shares by sellers\") names no buyer"
                .into(),
        );
    }
    if premodifies_people(finder, cue) {
        return Err("the noun cue premodifies people (\"stake holders\")".into());
    }
    if persons_partner(finder, res, cue) {
        return Err("a person's job title (\"founding partner of X\") is no tie".into());
    }
    Ok(())
}

/// Whether the cue is one word of rules/legal-form-deal-nouns.txt
/// ("partnership") right after a word of rules/deal-form-modifiers.txt
/// ("limited", "master", "general") and before no preposition: "its
/// master limited partnership Y", "X, a limited partnership led by Y",
/// "limited partnership units of Y" name a legal form; "formed a limited
/// partnership with Y" keeps its tie, and so does one a word of
/// rules/legal-form-founding-verbs.txt up to four words before the form
/// word governs ("X and Y formed a limited partnership.").
pub(super) fn legal_form_noun(finder: &Finder<'_>, cue: &Cue<'_>) -> bool {
    let form = cue.last == cue.first + 1
        && cue.first > cue.sent.first
        && finder.is_cue("legal-form-deal-nouns", cue.first)
        && finder.is_cue("deal-form-modifiers", cue.first - 1);
    if !form || (cue.last < cue.sent.last && finder.is_word_at(cue.last, ListKind::Preposition)) {
        return false;
    }
    let modifier = cue.first - 1; // form: cue.first > cue.sent.first
    !(modifier.saturating_sub(4).max(cue.sent.first)..modifier)
        .any(|k| finder.is_cue("legal-form-founding-verbs", k))
}

/// Whether a noun cue (a `noun` trigger) premodifies a word of
/// rules/noun-cue-people-heads.txt: "Borealis Inc stake holders".
pub(super) fn premodifies_people(finder: &Finder<'_>, cue: &Cue<'_>) -> bool {
    cue.trigger.noun && cue.last < cue.sent.last && finder.is_cue("noun-cue-people-heads", cue.last)
}

/// Whether an acquisition cue opens with a plural deal noun (a word of
/// rules/deal-nouns.txt whose singular is one too: "acquisitions of",
/// "takeovers of") with no owner or article up to four tokens before it:
/// "its" / "their" (rules/company-possessives.txt), a possessive "'s" or
/// rules/articles.txt. "its pending acquisitions of A and B", "completed
/// the previously announced acquisitions of A" name the buyer's deals;
/// "said acquisitions of A shares by short sellers rose" names none.
pub(super) fn unowned_plural_deal(finder: &Finder<'_>, cue: &Cue<'_>) -> bool {
    let w = finder.lower(cue.first);
    let plural = cue.trigger.event_type == EventType::Acquisition
        && cue.last > cue.first + 1
        && finder.is_cue("deal-nouns", cue.first)
        && w.strip_suffix('s')
            .is_some_and(|one| finder.rules.is_cue("deal-nouns", one));
    let owner = |k: usize| {
        finder.tokens.tokens[k].kind == TokKind::Possessive
            || finder.is_cue("company-possessives", k)
            || finder.is_cue("articles", k)
    };
    let lo = cue.first.saturating_sub(4).max(cue.sent.first);
    plural && !(lo..cue.first).any(owner)
}

/// Whether the cue is the bare word "partner(s)" held by a person as a job
/// title: after "<Person>, " and up to 3 lower-case words ("Jo Lee, a
/// founding partner of X"), or right before a person's name ("X partner Jo
/// Lee"). A company there ("X, a partner of Y") keeps the cue.
pub(super) fn persons_partner(finder: &Finder<'_>, res: &Resolution, cue: &Cue<'_>) -> bool {
    if cue.last - cue.first != 1 || !finder.rules.is_cue("partner-nouns", finder.word(cue.first)) {
        return false;
    }
    let person =
        |k: usize| finder.mention_at[k].is_some_and(|m| res.mentions[m].kind == Kind::Person);
    if cue.last < cue.sent.last && person(cue.last) {
        return true;
    }
    let floor = cue.sent.first.max(cue.first.saturating_sub(5));
    let mut k = cue.first;
    while k > floor && finder.lower_word(k - 1) && cue.first - (k - 1) <= 3 {
        k -= 1;
    }
    k >= floor + 2 && finder.word(k - 1) == "," && person(k - 2)
}

/// Whether a cue has no object company and its object is a union or work
/// force ("talks with unions"): then a named group of subjects does not
/// pair within itself.
pub(super) fn labour_only(finder: &Finder<'_>, cue: &Cue<'_>, right: &[usize]) -> bool {
    right.is_empty()
        && labour::labour_object(
            finder.rules,
            finder.text,
            finder.tokens,
            cue.last,
            cue.sent.last,
        )
}

/// The event type of a cue: the trigger's, as its deal noun refines it; an
/// acquisition whose first object is shares ("bought Borealis Inc common
/// stock", a minority stake) is an investment: a stake, not the company.
pub(super) fn cue_event_type(finder: &Finder<'_>, cue: &Cue<'_>, right_args: &[Arg]) -> EventType {
    let trigger = cue.trigger;
    let event_type = deal_noun_type(
        finder,
        finder.lexed,
        finder.rules,
        trigger.event_type,
        trigger.weak,
        cue.first,
        cue.last,
    );
    match right_args.first() {
        Some(&Arg::Mention(m))
            if event_type == EventType::Acquisition
                && (finder.shares_of_object(
                    finder.mentions[m].first,
                    finder.mentions[m].last,
                    cue.sent.last,
                ) || finder.minority_share_before(finder.mentions[m].first)) =>
        {
            EventType::Investment
        }
        _ => event_type,
    }
}

/// The status of the tie a cue states: the strongest status cue governing
/// it, else the trigger's own; `strong` when a cue governs it or the
/// trigger is not weak, with the status rule's id. "considering the sale of
/// its 25 pct holding in X": a hedge or plan governs the sale, not the
/// holding the company has.
pub(super) fn cue_status(finder: &Finder<'_>, cue: &Cue<'_>) -> (Status, bool, Option<String>) {
    let governing = status::governing(
        finder.text,
        finder.tokens,
        finder.lexed,
        finder.rules,
        (cue.first, cue.last),
        &|k| finder.party_at(k).is_some(),
    )
    .filter(|st| {
        !(matches!(st.status, Status::Talks | Status::Rumored) && held_stake(finder, cue))
    });
    match governing {
        Some(st) => (st.status, true, Some(st.meta.id.clone())),
        None => (cue.trigger.status, !cue.trigger.weak, None),
    }
}

/// Whether an investment cue names a stake its subject already holds: a
/// possessive before it, past a share ("its stake in", "their 25 pct holding
/// in", "its 8% interest in").
pub(super) fn held_stake(finder: &Finder<'_>, cue: &Cue<'_>) -> bool {
    if cue.trigger.event_type != EventType::Investment {
        return false;
    }
    let toks = &finder.tokens.tokens;
    let mut k = cue.first;
    while k > cue.sent.first && cue.first - k < 4 {
        let t = toks[k - 1];
        let share = t.kind == TokKind::Number
            || t.is_punct('%')
            || matches!(
                finder.lower(k - 1).as_str(),
                "pct" | "percent" | "per" | "cent"
            );
        if !share {
            break;
        }
        k -= 1;
    }
    k > cue.sent.first
        && matches!(
            finder.lower(k - 1).as_str(),
            "its" | "their" | "his" | "her"
        )
}

/// "merge", "merger of", "to merge": a tie the parties enter as equals.
/// Whether the object list of an acquisition cue ending in "of" (not a
/// merger) names only the targets of one buyer: "its acquisition of A and
/// B", "the takeover of A, B and C" tie no target to another. A list that
/// holds the buyer after "by" ("the acquisition of A by B") still pairs
/// within itself.
pub(super) fn targets_only(finder: &Finder<'_>, cue: &Cue<'_>, right_args: &[Arg]) -> bool {
    let ends_in_of = cue
        .text
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("of"));
    if cue.trigger.event_type != EventType::Acquisition
        || right_args.len() < 2
        || !ends_in_of
        || is_merger(&cue.text)
    {
        return false;
    }
    let end = right_args
        .iter()
        .filter_map(|&a| match a {
            Arg::Mention(m) => Some(finder.mentions[m].last),
            Arg::AnaphorOne(t) | Arg::AnaphorTwo(t) | Arg::They(t) | Arg::Described(t) => Some(t),
            Arg::Event(_) => None,
        })
        .max()
        .unwrap_or(cue.last);
    !(cue.last + 1..end).any(|i| finder.lower(i) == "by")
}

pub(super) fn is_merger(cue: &str) -> bool {
    cue.split_whitespace()
        .any(|w| w.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("merg")))
}
