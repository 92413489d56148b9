//! Stage 7, slot promotion: before resolution, capitalised chunks in a
//! trigger's argument slot beside a known company become companies
//! ("teamed up with Aston Martin").

use super::*;

/// Capitalised chunks and outlets in a trigger slot beside a company become
/// companies (rule `company-trigger-slot`).
pub fn promote_slots(
    text: &str,
    tokens: &Tokens,
    lexed: &Lexed,
    rules: &Rules,
    mentions: &mut [Mention],
) {
    // A name promoted in one sentence ("a stake in United") is known in the
    // next ("Millennium Alcobev will be merged with United"): a second round.
    let mut words = ArticleWords::default();
    for _ in 0..2 {
        if !promote_round(text, tokens, lexed, rules, mentions, &mut words) {
            break;
        }
    }
}

/// The word sets of one article that [`drop_common_words`] asks about,
/// built on first need and once per article (not once per round): the
/// words it writes in lower case, and the lower-cased first words of its
/// companies, which [`promote_round`] keeps up to date as it promotes.
#[derive(Default)]
pub(super) struct ArticleWords<'t> {
    pub(super) lower: Option<HashSet<&'t str>>,
    pub(super) company_first: Option<HashSet<String>>,
}

impl<'t> ArticleWords<'t> {
    /// The lower-cased first words of the companies, then the words
    /// written in lower case; each built on its first call.
    pub(super) fn sets(
        &mut self,
        text: &'t str,
        tokens: &Tokens,
        mentions: &[Mention],
    ) -> (&HashSet<String>, &HashSet<&'t str>) {
        let word = |k: usize| tokens.tokens[k].text(text);
        let company_first = self.company_first.get_or_insert_with(|| {
            mentions
                .iter()
                .filter(|m| m.kind == Kind::Company)
                .map(|m| word(m.first).to_lowercase())
                .collect()
        });
        let lower = self.lower.get_or_insert_with(|| {
            tokens
                .tokens
                .iter()
                .filter(|t| t.kind == TokKind::Word)
                .map(|t| t.text(text))
                .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
                .collect()
        });
        (company_first, lower)
    }

    /// Mention `m` has become a company: its first word joins the
    /// companies' first words, if they are built yet.
    pub(super) fn promoted(&mut self, text: &str, tokens: &Tokens, m: &Mention) {
        if let Some(set) = &mut self.company_first {
            set.insert(tokens.tokens[m.first].text(text).to_lowercase());
        }
    }
}

/// One round of [`promote_slots`]; whether it promoted anything.
pub(super) fn promote_round<'t>(
    text: &'t str,
    tokens: &Tokens,
    lexed: &Lexed,
    rules: &Rules,
    mentions: &mut [Mention],
    words: &mut ArticleWords<'t>,
) -> bool {
    let is_party: Vec<bool> = mentions
        .iter()
        .map(|m| matches!(m.kind, Kind::Company | Kind::Unknown | Kind::Outlet))
        .collect();
    let finder = Finder::new(text, tokens, lexed, rules, mentions, is_party);
    let mut promote = Vec::new();
    // Built on first need: most articles never ask.
    let inner = std::cell::OnceCell::new();
    for cue in &lexed.triggers {
        let sent = &tokens.sentences[tokens.sentence_of[cue.first]];
        let (left, right, within) = cue_slots(&finder, sent, cue, mentions);
        if let ([Arg::Mention(a)], [Arg::Mention(b)]) = (&left[..], &right[..])
            && strong_takeover(text, tokens, rules, mentions, *a, cue.first, cue.last, *b)
        {
            promote.extend([*a, *b]);
            continue;
        }
        let Some(args) = slot_args(left, right, within) else {
            continue;
        };
        let at = SlotCue {
            at: cue.first,
            subject: subject_slot(&finder, sent, cue, &inner),
        };
        promotable(text, tokens, rules, mentions, &args, Some(at), &mut promote);
    }
    pattern_slots(&finder, mentions, &mut promote);
    // The inner-capitals map borrows for the finder's lifetime (hashbrown's
    // map has a Drop impl): end both before the mentions are changed.
    drop(inner);
    drop(finder);
    drop_surnames(text, tokens, mentions, &mut promote);
    drop_common_words(text, tokens, mentions, words, &mut promote);
    let promoted = !promote.is_empty();
    for m in promote {
        mentions[m].kind = Kind::Company;
        mentions[m].rule = "company-trigger-slot".into();
        mentions[m].entry = None;
        words.promoted(text, tokens, &mentions[m]);
    }
    promoted
}

/// The subjects and objects of a trigger cue for [`promote_round`], and
/// whether the objects are the parties among themselves; an "it" with no
/// object takes the appositive before it as its object.
pub(super) fn cue_slots(
    finder: &Finder<'_>,
    sent: &Sentence,
    cue: &Span,
    mentions: &[Mention],
) -> (Vec<Arg>, Vec<Arg>, bool) {
    let rules = finder.rules;
    let left = finder.left(sent, cue.first, mentions);
    let seller_from = matches!(cue.payload, Payload::Trigger(t) if rules.triggers[t as usize].event_type == EventType::Acquisition);
    let (mut right, within) = finder.right(
        sent,
        cue.first,
        cue.last,
        mentions,
        RightOpts {
            seller_from,
            ..RightOpts::default()
        },
    );
    if right.is_empty()
        && let [Arg::AnaphorOne(at)] = left[..]
        && finder.lower(at) == "it"
        && let Some(o) = finder.appositive_before(sent, at, mentions)
    {
        right.push(Arg::Mention(o));
    }
    (left, right, within)
}

/// The slots of a cue whose chunks may be promoted: the objects when they
/// are the parties among themselves, else subjects and objects, else two or
/// more subjects; none otherwise.
pub(super) fn slot_args(left: Vec<Arg>, right: Vec<Arg>, within: bool) -> Option<Vec<Arg>> {
    if right.len() >= 2 && within {
        Some(right)
    } else if !left.is_empty() && !right.is_empty() {
        Some(left.iter().chain(&right).copied().collect())
    } else if left.len() >= 2 {
        Some(left)
    } else {
        None
    }
}

/// Whether a cue's subject slot may promote a chunk just before the cue:
/// only a verb cue ("Heavy buying", "Its Indian joint venture": a noun's
/// modifier), not in a headline ("Buyers snap up"), no given name in the
/// two words before it, three past two of rules/subject-auxiliaries.txt (a person's: "Tom
/// teamed up with"), and one of those
/// words recurs capitalised inside a sentence ("Heavy buying", "Further
/// negotiations with" do not). `inner` is built on first need.
pub(super) fn subject_slot<'t>(
    finder: &Finder<'t>,
    sent: &Sentence,
    cue: &Span,
    inner: &std::cell::OnceCell<hashbrown::HashMap<&'t str, usize>>,
) -> bool {
    let (text, tokens, rules) = (finder.text, finder.tokens, finder.rules);
    let given = |k: usize| finder.lexed.is(k, ListKind::GivenName);
    let verb = matches!(cue.payload, Payload::Trigger(t) if {
        let t = &rules.triggers[t as usize];
        !t.weak && !t.noun
    });
    let recurs = |k: usize| {
        let mid = k > tokens.sentences[tokens.sentence_of[k]].first;
        let (t, w) = (&tokens.tokens[k], tokens.tokens[k].text(text));
        w.len() > 1
            && t.is_cap(text)
            && inner
                .get_or_init(|| inner_capitals(text, tokens))
                .get(w)
                .copied()
                .unwrap_or(0)
                > usize::from(mid)
    };
    // Three words back past two of rules/subject-auxiliaries.txt: "Glenvik agreed to buy".
    let aux = |k: usize| {
        let t = &tokens.tokens[k];
        t.is_lower(text) && rules.is_cue_as_written("subject-auxiliaries", t.text(text))
    };
    let reach = if cue.first >= 3 && aux(cue.first - 1) && aux(cue.first - 2) {
        3
    } else {
        2
    };
    let near = |f: &dyn Fn(usize) -> bool| (1..=reach).any(|d| cue.first >= d && f(cue.first - d));
    verb && !sent.headline_case && !near(&given) && near(&recurs)
}

/// Adds the chunks in a pattern's slots ("a stake in X is held by Y") that
/// may be promoted to `promote`; an event slot's event is not known yet.
pub(super) fn pattern_slots(finder: &Finder<'_>, mentions: &[Mention], promote: &mut Vec<usize>) {
    let (text, tokens, rules) = (finder.text, finder.tokens, finder.rules);
    let set = rules.pattern_set();
    if set.patterns.is_empty() {
        return;
    }
    for sent in &tokens.sentences {
        for m in patterns::find(set, finder, sent) {
            if continuation::has_event_slot(&m) {
                continue;
            }
            let args: Vec<Arg> = m
                .slots
                .iter()
                .map(|x| x.1)
                .filter(|a| !after_backer_participle(text, tokens, rules, mentions, a))
                .collect();
            promotable(text, tokens, rules, mentions, &args, None, promote);
        }
    }
}

/// A name right after a backer's split participle ("NEC" "-" "backed"
/// "HD-DVD", "Orlov Ventures-backed Kestrel"): as often a product or format
/// as a company, so the pattern slot does not make it one; a name known
/// otherwise still fills the slot.
fn after_backer_participle(
    text: &str,
    tokens: &Tokens,
    rules: &Rules,
    mentions: &[Mention],
    a: &Arg,
) -> bool {
    let Arg::Mention(m) = *a else {
        return false;
    };
    let first = mentions[m].first;
    first >= 2
        && tokens.tokens[first - 2].is_punct('-')
        && rules.is_cue_as_written("backer-participles", tokens.tokens[first - 1].text(text))
}

/// "Selvane agreed to buy Tarrow", "Selvane has acquired Tarrow", "Selvane
/// merged with Tarrow": two unknown names right around a takeover verb
/// (acquire, merge with; buy or purchase only after "agreed to"), the subject at most three lower-case words before it ("has",
/// "agreed to", "will") and the object right after it, are both companies
/// though neither is known (a person's surname is dropped after). Not
/// "bought", "bid for" or a noun cue: people and states buy and bid too;
/// not "take over" ("Fever takes over Hanover"); not an object that
/// modifies a noun nor a nationality's or a place's name.
#[allow(clippy::too_many_arguments)]
pub(super) fn strong_takeover(
    text: &str,
    tokens: &Tokens,
    rules: &Rules,
    mentions: &[Mention],
    a: usize,
    first: usize,
    last: usize,
    b: usize,
) -> bool {
    let toks = &tokens.tokens;
    let (ma, mb) = (&mentions[a], &mentions[b]);
    if ma.kind != Kind::Unknown || mb.kind != Kind::Unknown || ma.last > first || mb.first != last {
        return false;
    }
    let word = |k: usize| toks[k].text(text);
    // "acquire A-300-600 aircraft", "acquiring Japanese equity": the object
    // modifies a noun; "Canadians acquiring": a nationality's people.
    let modifies = modifies_noun(text, tokens, rules, mb);
    let nation = ListKind::Nationality.bit() | ListKind::Place.bit();
    let national = |m: &Mention| {
        (m.first..m.last).any(|k| {
            let w = word(k);
            rules.word_class(w) & nation != 0
                || rules.word_class(w.strip_suffix('s').unwrap_or(w)) & nation != 0
        })
    };
    // "Investors acquired Tarrow": a lone word ending in "s" that opens the
    // sentence may be a plural noun ("Selvane agreed to buy" stays);
    // "Yesterday Kessler merged with": a word that is never a name by
    // itself opens no company.
    let sentence_first = tokens.sentences[tokens.sentence_of[ma.first]].first;
    let lone_opener =
        ma.first == sentence_first && ma.last - ma.first == 1 && word(ma.first).ends_with('s');
    let not_name = |m: &Mention| rules.word_class(word(m.first)) & ListKind::NotName.bit() != 0;
    if modifies || national(ma) || national(mb) || lone_opener || not_name(ma) || not_name(mb) {
        return false;
    }
    let between = ma.last..first;
    if between.len() > 3
        || !between
            .clone()
            .all(|k| toks[k].kind == TokKind::Word && toks[k].is_lower(text))
    {
        return false;
    }
    let cue: Vec<String> = (first..last).map(|k| word(k).to_lowercase()).collect();
    let cue: Vec<&str> = cue.iter().map(String::as_str).collect();
    // "agreed to" with "to" at `to`.
    let agreed = |to: usize| {
        to >= 1
            && word(to) == "to"
            && matches!(word(to - 1), "agreed" | "agree" | "agrees" | "agreement")
    };
    match cue[..] {
        ["acquire" | "acquires" | "acquired" | "acquiring"] => true,
        ["merge" | "merged" | "merges" | "merging", "with"] => true,
        ["buy" | "purchase"] => first >= 1 && agreed(first - 1),
        ["to", "purchase"] => agreed(first),
        _ => false,
    }
}

/// Keeps out of `promote` a lone word that is the surname of a person named
/// in the article ("Carl Vance ... rejected Vance's offer"): a tie with a
/// person is no event. A company name that opens with the word ("Vance
/// Broadcasting Co", "Vances Group") keeps it a company.
pub(super) fn drop_surnames(
    text: &str,
    tokens: &Tokens,
    mentions: &[Mention],
    promote: &mut Vec<usize>,
) {
    let word = |k: usize| tokens.tokens[k].text(text);
    let surnames: hashbrown::HashSet<&str> = mentions
        .iter()
        .filter(|m| m.kind == Kind::Person && m.last - m.first >= 2)
        .map(|m| word(m.last - 1))
        .collect();
    if surnames.is_empty() {
        return;
    }
    let company_first: Vec<String> = mentions
        .iter()
        .filter(|m| m.kind == Kind::Company)
        .map(|m| word(m.first).to_lowercase())
        .collect();
    promote.retain(|&m| {
        let mm = &mentions[m];
        let w = word(mm.first);
        let lower = w.to_lowercase();
        mm.last - mm.first != 1
            || !surnames.contains(w)
            || company_first.iter().any(|c| c.starts_with(&lower))
    });
}

/// Keeps out of `promote` a lone capitalised word that the article also
/// writes in lower case: a common word ("Results have been restated to
/// reflect its investment in Y", "to buy Treasuries"), not a name. Known
/// companies, words in capitals ("PC") or with other signs ("Souq.com") and
/// the first word of a company's name ("Cable" of "Cable and Wireless PLC")
/// stay. The word sets come from `words`, built once per article.
pub(super) fn drop_common_words<'t>(
    text: &'t str,
    tokens: &Tokens,
    mentions: &[Mention],
    words: &mut ArticleWords<'t>,
    promote: &mut Vec<usize>,
) {
    let word = |k: usize| tokens.tokens[k].text(text);
    let lone = |m: &Mention| {
        let mut rest = word(m.first).chars().skip(1);
        m.kind != Kind::Company
            && m.last - m.first == 1
            && rest.all(|c| c.is_alphabetic() && c.is_lowercase())
    };
    if !promote.iter().any(|&m| lone(&mentions[m])) {
        return;
    }
    let (company_first, lower) = words.sets(text, tokens, mentions);
    promote.retain(|&m| {
        let mm = &mentions[m];
        let w = word(mm.first).to_lowercase();
        !lone(mm) || company_first.contains(&w) || !lower.contains(w.as_str())
    });
}

/// Whether a lower-case word that is no object stop follows mention `m`:
/// the name modifies a noun ("Splindra shares"); a time phrase is no such
/// noun ("takeover of Splindra last month").
pub(super) fn modifies_noun(text: &str, tokens: &Tokens, rules: &Rules, m: &Mention) -> bool {
    let end = tokens.sentences[tokens.sentence_of[m.first]].last;
    tokens.tokens.get(m.last).is_some_and(|t| {
        t.is_lower(text)
            && rules.word_class(t.text(text)) & ListKind::ObjectStop.bit() == 0
            && tokens.over_time(text, rules, m.last, end) == m.last
    })
}

/// The trigger cue whose slots [`promotable`] reads: its first token, and
/// whether its subject slot may promote a chunk just before it
/// ([`subject_slot`]).
#[derive(Clone, Copy)]
pub(super) struct SlotCue {
    pub(super) at: usize,
    pub(super) subject: bool,
}

/// Pushes onto `promote` the non-company mentions among a tie's `args`,
/// if one of them is a known company (two unknown names around a cue are
/// as often places or people: "Kenya signed an agreement with British
/// interests"); a lone capitalised word that opens a sentence, or that
/// modifies the next word ("Italian car maker"), is no name.
pub(super) fn promotable(
    text: &str,
    tokens: &Tokens,
    rules: &Rules,
    mentions: &[Mention],
    args: &[Arg],
    cue: Option<SlotCue>,
    promote: &mut Vec<usize>,
) {
    let cue_at = cue.filter(|c| c.subject).map(|c| c.at);
    let known = args.iter().any(|a| match a {
        Arg::Mention(m) => mentions[*m].kind == Kind::Company,
        Arg::Event(_) => false,
        _ => true,
    });
    if !known {
        return;
    }
    let lone_opener = |m: usize| {
        let mm = &mentions[m];
        let opens = tokens.sentences[tokens.sentence_of[mm.first]].first == mm.first;
        let modifies = modifies_noun(text, tokens, rules, mm);
        mm.kind == Kind::Unknown
            && !subject_of_cue(text, tokens, rules, mm, cue_at)
            && !opener_subject(text, tokens, rules, mm, cue.map(|c| c.at))
            && ((mm.last - mm.first == 1 && opens) || modifies)
    };
    for a in args {
        if let Arg::Mention(m) = *a
            && mentions[m].kind != Kind::Company
            && !lone_opener(m)
            && !no_name_alone(text, tokens, rules, &mentions[m])
        {
            promote.push(m);
        }
    }
}

/// A chunk that names no company by itself, however it stands in a slot: a
/// legal form cut from its name ("NV" of "NV Philips"), dotted initials
/// ("J.P." cut by a sentence end, "S.C." of a place), a nationality's plural
/// ("the Saudis"), a time zone after a time ("at 2400 EDT") or an
/// abbreviated title ("Rep.").
pub(super) fn no_name_alone(text: &str, tokens: &Tokens, rules: &Rules, m: &Mention) -> bool {
    let toks = &tokens.tokens;
    let w = &text[toks[m.first].start..toks[m.last - 1].end];
    let b = w.as_bytes();
    let initials = b.len() >= 4
        && b.len().is_multiple_of(2)
        && b.chunks(2)
            .all(|c| c[0].is_ascii_uppercase() && c[1] == b'.');
    let class = |w: &str| rules.word_class(w);
    let legal = m.last - m.first == 1 && class(w) & ListKind::LegalSuffix.bit() != 0;
    let people = w.len() > 3
        && w.ends_with('s')
        && !w.contains(' ')
        && class(&w[..w.len() - 1]) & ListKind::Nationality.bit() != 0;
    let after_time = m.first > 0 && {
        let p = &toks[m.first - 1];
        let pw = p.text(text).to_ascii_lowercase();
        p.kind == TokKind::Number
            || ["am", "pm", "a.m.", "p.m.", "noon", "midnight"].contains(&pw.as_str())
    };
    let zone = after_time && rules.is_cue("time-zone-abbrevs", w);
    // "sponsor Rep. Ann Lee": an abbreviated title before a name.
    let dotted = w.ends_with('.') || toks.get(m.last).is_some_and(|t| t.is_punct('.'));
    let title = m.last - m.first == 1 && dotted && class(w) & ListKind::TitleAbbrev.bit() != 0;
    initials || legal || people || zone || title
}

/// How often each capitalised word stands inside a sentence (not first,
/// not in a headline): a name recurs so, a sentence opener does not.
pub(super) fn inner_capitals<'t>(
    text: &'t str,
    tokens: &Tokens,
) -> hashbrown::HashMap<&'t str, usize> {
    let mut out = hashbrown::HashMap::new();
    for sent in &tokens.sentences {
        if sent.headline_case {
            continue;
        }
        for t in &tokens.tokens[(sent.first + 1).min(sent.last)..sent.last] {
            if t.kind == TokKind::Word && t.is_cap(text) {
                *out.entry(t.text(text)).or_insert(0) += 1;
            }
        }
    }
    out
}

/// "Zorvex partnered with Y", "Zorvex has teamed up with Y", "Glenvik
/// agreed to buy Y", "Glenvik will acquire Y": a lone capitalised word right
/// before the cue (past at most two lower-case words of rules/subject-auxiliaries.txt)
/// that is no given name (the caller's check) is the cue's subject, not a
/// sentence opener or modifier.
pub(super) fn subject_of_cue(
    text: &str,
    tokens: &Tokens,
    rules: &Rules,
    m: &Mention,
    cue_at: Option<usize>,
) -> bool {
    let Some(cue) = cue_at.filter(|&c| c >= m.last && c <= m.last + 2) else {
        return false;
    };
    let toks = &tokens.tokens;
    let aux = (m.last..cue).all(|k| {
        toks[k].is_lower(text) && rules.is_cue_as_written("subject-auxiliaries", toks[k].text(text))
    });
    // Not "Japanese", "I've", "We're".
    let w = toks[m.first].text(text);
    let plain = !w.contains(['\'', '\u{2019}'])
        && rules.word_class(w) & (ListKind::Nationality.bit() | ListKind::ClauseWord.bit()) == 0;
    aux && plain && m.last - m.first == 1
}

/// "Banco Nacional de Mexico agreed to buy Y", "Banque Tessard signed a
/// partnership with Y": a name of two or more words opening with a company
/// word of another language (rules/company-openers.txt; never a person)
/// that at most three lower-case words, no speech verb nor regulator's
/// verb (rules/regulator-verbs.txt: "approved", "blocked") among them, part
/// from the cue at token `cue` is the cue's subject, not a noun's
/// modifier, though the names stage left it unknown (a bank named by its
/// country may be a central or a commercial bank: its deals tell).
pub(super) fn opener_subject(
    text: &str,
    tokens: &Tokens,
    rules: &Rules,
    m: &Mention,
    cue: Option<usize>,
) -> bool {
    let Some(cue) = cue.filter(|&c| c >= m.last && c <= m.last + 3) else {
        return false;
    };
    let toks = &tokens.tokens;
    let between = |k: usize| {
        toks[k].is_lower(text)
            && rules.word_class(toks[k].text(text)) & ListKind::SpeechVerb.bit() == 0
            && !rules.is_cue("regulator-verbs", toks[k].text(text))
    };
    m.last - m.first >= 2
        && rules.is_cue("company-openers", toks[m.first].text(text))
        && (m.last..cue).all(between)
}
