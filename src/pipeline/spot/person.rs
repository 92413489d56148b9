//! Stage 4b, person cues: honorifics, titles, speech verbs, name shapes,
//! particles and bylines that make a chunk a person.

use super::*;

/// A person (or a lone surname) by the words around an undesignated chunk:
/// a long name with a title in apposition, an honorific, a title, a given
/// name, an appositive title, ", who", a @handle, a byline, a speech verb.
pub(super) fn person_by_cue(cx: &Cx, start: usize, end: usize) -> Option<(Kind, &'static str)> {
    let toks = &cx.tokens.tokens;
    // "(Ann Lee/The Daily Star)", "ANN LEE/AFP/Getty Images": a photo
    // credit, or a company ("Banken A/S"); no slash stands in a name.
    if (start..end).any(|k| cx.word(k).contains('/')) {
        return None;
    }
    // Words, not the stops of initials: "K. Marlow Feddick" is three.
    let len = (start..end).filter(|&k| !toks[k].is_punct('.')).count();
    if (len >= 2 && org_word(cx, end - 1)) || function_word_opener(cx, start) {
        return None;
    }
    // The cues after a name look past the stop of "Jr." / "Sr.".
    let next = end + usize::from(suffix_stop(cx, end));
    let comma_after = toks.get(next).is_some_and(|t| t.is_punct(','));
    let at = Around {
        start,
        end,
        len,
        prev: start.checked_sub(1),
        next,
        comma_after,
        apposition: comma_after
            && appositive_title(cx.text, cx.tokens, cx.lexed, cx.rules, next + 1),
    };
    // A long name with a title in apposition: "Sheikh Hamad bin Saeed Al
    // Qasimi, Gulf Ports Authority vice chairman".
    if at.apposition && (5..=7).contains(&len) {
        return Some((Kind::Person, "person-apposition"));
    }
    if len > 4 || after_determiner(cx, start, end) || before_title_of_name(cx, next) {
        // "Ada Mira Lo da Brun said": a long name with a particle.
        let long = (5..=6).contains(&len)
            && !after_determiner(cx, start, end)
            && !before_title_of_name(cx, next);
        return particled_name(cx, start, end)
            .filter(|_| long)
            .map(|rule| (Kind::Person, rule));
    }
    honorific_cue(cx, &at)
        .or_else(|| title_cue(cx, &at))
        .or_else(|| shape_cue(cx, &at))
        .or_else(|| byline_cue(cx, &at))
        .or_else(|| speech_cue(cx, &at))
}

/// "Head Of Its U.S.", "Chief Of The Unit": a function word written with a
/// capital (an article, "its"/"their", a preposition, "and") opens no
/// person's name; a title-case headline capitalises it. "A" and "An" are
/// left alone (an initial, a given name: "A. Rue Vell", "An Lo").
fn function_word_opener(cx: &Cx, start: usize) -> bool {
    let w = cx.word(start);
    // Case-folded look-ups with no copy: the word class of the token as the
    // walk noted it, "and" compared ASCII case-insensitively.
    w.chars().next().is_some_and(char::is_uppercase)
        && ((cx.rules.is_cue("articles", w) && w.len() > 2)
            || cx.rules.is_cue("owner-determiners", w)
            || cx.word_class(start) & ListKind::Preposition.bit() != 0
            || w.eq_ignore_ascii_case("and"))
}

/// A chunk `start..end` of `len` words (stops of initials not counted) and
/// what stands around it, as [`person_by_cue`]'s cues read it.
pub(super) struct Around {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) len: usize,
    /// The token before the chunk.
    pub(super) prev: Option<usize>,
    /// The token after the chunk (past the stop of "Jr.").
    pub(super) next: usize,
    /// A comma at `next`.
    pub(super) comma_after: bool,
    /// A comma and a job title in apposition after the chunk.
    pub(super) apposition: bool,
}

/// "Mr Mallya", "Dr. Ada Brun": a name after an honorific (a lone word is a
/// surname).
pub(super) fn honorific_cue(cx: &Cx, at: &Around) -> Option<(Kind, &'static str)> {
    let toks = &cx.tokens.tokens;
    let (start, prev) = (at.start, at.prev);
    let after_honorific = prev.is_some_and(|p| cx.is(p, ListKind::Honorific))
        || (prev.is_some_and(|p| toks[p].is_punct('.'))
            && start >= 2
            && cx.is(start - 2, ListKind::Honorific));
    if !after_honorific || lone_capitals(cx, at) {
        return None;
    }
    let kind = if at.len == 1 {
        Kind::Surname
    } else {
        Kind::Person
    };
    Some((kind, "person-honorific"))
}

/// "CEO Lei Jun", "Orlov's chief financial officer, Quorin Halsey, said": a
/// name right after a job title, or after a title and a comma with a comma
/// after the name.
pub(super) fn title_cue(cx: &Cx, at: &Around) -> Option<(Kind, &'static str)> {
    let toks = &cx.tokens.tokens;
    let (start, end, len, prev) = (at.start, at.end, at.len, at.prev);
    if lone_capitals(cx, at) {
        return None;
    }
    if right_after_title(cx, at) {
        return Some((Kind::Person, "person-title"));
    }
    // "Welsh hooker Jon Doe": two words, no initial or designator ("London
    // broker C Varnow", "trader E D and F Lund" are firms).
    let two_words = len == 2
        && (start..end).all(|k| {
            toks[k].kind == TokKind::Word
                && cx.word(k).chars().count() >= 2
                && !cx.is(k, ListKind::Designator)
        });
    if two_words
        && prev.is_some_and(|p| after_whose_occupation(cx, p) || after_occupation(cx, p, at))
    {
        return Some((Kind::Person, "person-title"));
    }
    // "Sen. Judd Gregg", "Gen. Ergin Saygun": a name after an abbreviated
    // title.
    if (2..=3).contains(&len) && prev.is_some_and(|p| after_title_abbrev(cx, p)) {
        return Some((Kind::Person, "person-title"));
    }
    let title_comma = prev.is_some_and(|p| {
        toks[p].is_punct(',')
            && p > 0
            && (cx.is(p - 1, ListKind::Title)
                || cx.lexed.span_ending(p, cx.rules, ListKind::Title).is_some()
                || title_of_before(cx, p))
    });
    (title_comma && at.comma_after && (2..=3).contains(&len) && !citation_initials(cx, at))
        .then_some((Kind::Person, "person-title"))
}

/// "CEO Lei Jun": the chunk `at` right after a job title, of at most three
/// words (particles not counted), neither a byline's title before a
/// dateline, a unit after a number, an abbreviated title itself, a word
/// inside a longer title nor a role only firms hold ("lead manager").
pub(super) fn right_after_title(cx: &Cx, at: &Around) -> bool {
    let toks = &cx.tokens.tokens;
    let (start, end, len, prev) = (at.start, at.end, at.len, at.prev);
    // "AP Sports Writer ⏎ DENVER, Colo.": a title on the line before a
    // dateline is a byline's.
    let dateline = len == 1
        && cx.word(start).bytes().all(|b| b.is_ascii_uppercase())
        && prev.is_some_and(|p| cx.text[toks[p].end..toks[start].start].contains('\n'));
    // "a 26 MP sensor": a capital abbreviation after a number is a unit.
    let unit = prev.is_some_and(|p| {
        p > 0
            && toks[p - 1].kind == TokKind::Number
            && cx.word(p).bytes().all(|b| b.is_ascii_uppercase())
    });
    // "Staff Writer ⏎ Faced with ...": a byline line's title cues no name
    // on the next line.
    let sentence_of = &cx.tokens.sentence_of;
    let byline_before = prev.is_some_and(|p| {
        sentence_of[p] != sentence_of[start] && cx.tokens.sentences[sentence_of[p]].byline
    });
    let after_title = !dateline
        && !unit
        && !byline_before
        && prev.is_some_and(|p| {
            cx.is(p, ListKind::Title)
                || cx
                    .lexed
                    .span_ending(p + 1, cx.rules, ListKind::Title)
                    .is_some()
                || affixed_title(cx, p)
        });
    // "police spokesman Sgt. Jane Roe": "Sgt." is the name's title.
    let abbreviation = len == 1
        && toks.get(end).is_some_and(|t| t.is_punct('.'))
        && cx.word_class(start) & ListKind::TitleAbbrev.bit() != 0;
    // "chief executive Jan van der Berg": particles are no words of the name
    // (but "adviser Credit Commercial de France" ends in a place).
    let words = len - (start..end).filter(|&k| lower_particle(cx, k)).count();
    let particled = words <= 3
        && !(start + 1..end).any(|k| lower_particle(cx, k - 1) && cx.is(k, ListKind::Place));
    // "Chief Technology Officer": a word inside a title is no name.
    let in_title = prev.is_some_and(|p| {
        cx.lexed
            .spans_at(p, cx.rules, ListKind::Title)
            .any(|s| s.last > end)
    });
    let firm_role = prev.is_some_and(|p| firm_role_at(cx, p, end));
    after_title
        && (len <= 3 || particled)
        && !abbreviation
        && !in_title
        && !firm_role
        && !prev.is_some_and(|p| inside_caps_title(cx, p, at))
}

/// "President-elect Jane Roe", "then-chairman Jon Doe": token `p` is a
/// title written with a hyphened affix (`roles::is_affixed_title`).
fn affixed_title(cx: &Cx, p: usize) -> bool {
    let w = cx.word(p);
    w.contains('-') && crate::pipeline::roles::is_affixed_title(cx.rules, &w.to_lowercase())
}

/// "a researcher I have never met", "an Executive MBA", "Mr X": a chunk
/// `at` of one word that is one capital letter, a listed post-nominal
/// (rules/roles-post-nominals.txt: MBA, PhD) or two to five capitals with
/// no vowel or on a list ("BHF") is a pronoun, a degree, an acronym or a
/// letter standing for a name, no name of a person. Other capitals may be
/// a surname written in capitals ("chairman KESTO spoke").
fn lone_capitals(cx: &Cx, at: &Around) -> bool {
    let w = cx.word(at.start);
    let capitals = w.bytes().all(|b| b.is_ascii_uppercase());
    // "BHF", "AI": no vowel, or a word some list holds.
    let vowel = w.bytes().any(|b| b"AEIOUY".contains(&b));
    let acronym = (2..=5).contains(&w.len())
        && capitals
        && (!vowel || cx.word_class(at.start) != 0 || cx.is(at.start, ListKind::Company));
    at.len == 1
        && ((w.len() == 1 && capitals) || acronym || cx.is_cue("role-post-nominals", at.start))
}

/// "Marsh AB, Tolley KP, Brenner SJ": a surname and capital initials, as
/// a list of references writes authors (a title word such as "DJ" before
/// the comma is an author's initials there).
pub(super) fn citation_initials(cx: &Cx, at: &Around) -> bool {
    let last = cx.word(at.end - 1);
    // "Tawadros II": a regnal number is no initials.
    let roman = last.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'));
    at.len == 2 && last.len() <= 2 && last.bytes().all(|b| b.is_ascii_uppercase()) && !roman
}

/// "Deputy Finance Minister Jon Doe", "Chief Privacy Officer Jon Doe", "Head
/// Trader at", "Chief AI Scientist, Jon Doe": a capitalised chunk after a
/// title word `p` is inside a title when a capitalised title word follows
/// it ("deputy Energy Minister"), or, after a capitalised title word, when
/// it ends in a title word; never when it opens with a given name ("Coach
/// Tom Singer", "editor John Sergeant" stay names).
pub(super) fn inside_caps_title(cx: &Cx, p: usize, at: &Around) -> bool {
    let toks = &cx.tokens.tokens;
    let caps_title = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.kind == TokKind::Word
                && !t.is_lower(cx.text)
                && (cx.is(k, ListKind::Title) || cx.word_class(k) & ListKind::RoleTitle.bit() != 0)
        })
    };
    let title =
        |k: usize| cx.is(k, ListKind::Title) || cx.word_class(k) & ListKind::RoleTitle.bit() != 0;
    !cx.is(at.start, ListKind::GivenName)
        && ((title(p) && caps_title(at.end)) || (caps_title(p) && caps_title(at.end - 1)))
}

/// "Wales hooker Jon Doe", "Welsh winger Jon Doe": token `p` is a
/// lower-case occupation the spotters never read (a `role-title` word, no
/// company noun) right after a place or nationality that says whose.
pub(super) fn after_whose_occupation(cx: &Cx, p: usize) -> bool {
    let toks = &cx.tokens.tokens;
    p > 0
        && lower_occupation(cx, p)
        && toks[p - 1].is_cap(cx.text)
        && (cx.word_class(p - 1) & ListKind::Nationality.bit() != 0
            || cx.is(p - 1, ListKind::Place)
            || cx.lexed.span_ending(p, cx.rules, ListKind::Place).is_some())
}

/// Token `p` is a lower-case occupation the spotters never read (a
/// `role-title` word): no company noun, and no word that also cues a
/// company ("British broker Hoare Govett", "insurer": the name is left to
/// the company rules).
fn lower_occupation(cx: &Cx, p: usize) -> bool {
    cx.tokens.tokens[p].kind == TokKind::Word
        && cx.tokens.tokens[p].is_lower(cx.text)
        && cx.word_class(p) & ListKind::RoleTitle.bit() != 0
        && !cx.is(p, ListKind::CompanyNoun)
        && !cx.is(p, ListKind::CompanyCue)
}

/// "party coordinator Jane Roe", "for the Ravens, forward Jon Doe": token
/// `p` is a lower-case occupation (see [`lower_occupation`]) that is no
/// team position after a stop word ("looking forward Jon Doe"), stands
/// after no article ("the official Acme Gazette": an adjective there) and
/// before no place ("official U.S. Estimates") opening the chunk `at`.
fn after_occupation(cx: &Cx, p: usize, at: &Around) -> bool {
    let article = |k: usize| cx.tokens.tokens[k].kind == TokKind::Word && cx.is_cue("articles", k);
    let stop =
        |k: usize| cx.tokens.tokens[k].kind == TokKind::Word && cx.is_cue("role-position-stops", k);
    let place = cx.is(at.start, ListKind::Place)
        || cx.word_class(at.start) & ListKind::Nationality.bit() != 0;
    lower_occupation(cx, p)
        && !place
        && !(p > 0 && (article(p - 1) || stop(p - 1)))
        && person_shaped(cx, p, at)
}

/// "forward Quillan Marsh", "rap star Tovi Sarne", not "security guard
/// Sentinel Patrol" or "rising star Corlan Vantage": the two-word chunk `at`
/// after the lower-case title `p` has a person's shape. Its first word is a
/// listed given name, or a word of no place, nationality, not-name or
/// business list when the title reads as a job (see [`adjective_title`]);
/// its last word is no designator, company noun, sector word, group noun,
/// deal noun or org word.
fn person_shaped(cx: &Cx, p: usize, at: &Around) -> bool {
    let (first, last) = (cx.word(at.start), cx.word(at.end - 1));
    let class = cx.rules.word_class(first);
    let given = class & ListKind::GivenName.bit() != 0 || cx.is(at.start, ListKind::GivenName);
    let unlisted = class & UNNAMED_CLASSES == 0;
    let adjective = adjective_title(cx, p);
    let last_class = cx.rules.word_class(last);
    let business = last_class & (ListKind::Designator.bit() | ListKind::CompanyNoun.bit()) != 0
        || ["company-sectors", "group-nouns", "deal-nouns"]
            .iter()
            .any(|id| cx.rules.is_cue(id, last))
        || org_word(cx, at.end - 1);
    (given || (unlisted && !adjective)) && !business
}

/// Word classes that never open a person's name after a lower-case title:
/// a place, a nationality or a business word ("Mullah Omar", "Will Regan":
/// a title or an auxiliary may).
const UNNAMED_CLASSES: u32 = ListKind::Place.bit()
    | ListKind::Nationality.bit()
    | ListKind::NotName.bit()
    | ListKind::Designator.bit()
    | ListKind::CompanyNoun.bit()
    | ListKind::PublicBody.bit()
    | ListKind::OrgWord.bit()
    | ListKind::LegalSuffix.bit();

/// "rising star", "industry leader", "left wing", "official": the title at
/// `p` is adjective-like (rules/roles-adjective-titles.txt) and no job
/// word or employer stands before it ("rap star", "Tarvex boss" read as
/// jobs): no word, an "-ing" word or a word of
/// rules/roles-adjective-title-stops.txt ("industry", "security").
fn adjective_title(cx: &Cx, p: usize) -> bool {
    let toks = &cx.tokens.tokens;
    if !cx.is_cue("role-adjective-titles", p) {
        return false;
    }
    let Some(q) = p.checked_sub(1) else {
        return true;
    };
    let w = cx.word(q);
    // "Rap star Tovi Sarne said": a sentence's first word may be the job's.
    // "the company's leader Lei Jun": a possessive names the employer.
    !matches!(toks[q].kind, TokKind::Word | TokKind::Possessive)
        || w.len() >= 3 && w.as_bytes()[w.len() - 3..].eq_ignore_ascii_case(b"ing")
        || cx.is_cue("role-adjective-title-stops", q)
}

/// Token `p` is the stop of a capitalised title abbreviation ("Sen.",
/// "Gov.", "Lt.").
pub(super) fn after_title_abbrev(cx: &Cx, p: usize) -> bool {
    let toks = &cx.tokens.tokens;
    p > 0
        && toks[p].is_punct('.')
        && toks[p - 1].end == toks[p].start
        && toks[p - 1].is_cap(cx.text)
        && cx.word_class(p - 1) & ListKind::TitleAbbrev.bit() != 0
}

/// Whether token `start - 1` is a lower-case noun of a business's kind
/// (rules/given-name-company-nouns.txt) right before the name that ends
/// before token `end`: "the Welsh lender Lewis Marchbank", "chipmaker
/// Morgan Stanmore" name a company, though they open with a given name.
/// Occupations a person holds ("producer", "miner") are not on the list.
/// After "the" or "the <adjective>" a verb or modal right after the name
/// makes it a clause's subject, not the noun's name: "the airline Nora
/// Bright set up", "told the bank Owen Tully would quit".
pub(super) fn business_noun_before(cx: &Cx, start: usize, end: usize) -> bool {
    start > 0
        && cx.tokens.tokens[start - 1].kind == TokKind::Word
        && cx.tokens.tokens[start - 1].is_lower(cx.text)
        && cx
            .rules
            .is_cue("given-name-company-nouns", cx.word(start - 1))
        && !(determined_noun(cx, start - 1) && clause_verb_at(cx, end))
}

/// Whether the noun at token `noun` has a determiner before it, right
/// before or past one or two words: "the bank", "the British bank", "a
/// small regional lender".
pub(super) fn determined_noun(cx: &Cx, noun: usize) -> bool {
    (noun.saturating_sub(3)..noun).rev().any(|k| {
        cx.tokens.tokens[k].kind == TokKind::Word
            && cx.is_cue("articles", k)
            && (k + 1..noun).all(|m| cx.tokens.tokens[m].kind == TokKind::Word)
    })
}

/// Whether token `k` is a lower-case verb or modal opening a clause
/// (rules/given-name-clause-verbs.txt: "would", "runs"), or a past form in
/// "-ed" that is no speech verb ("founded"; "said" stays out).
pub(super) fn clause_verb_at(cx: &Cx, k: usize) -> bool {
    if k >= cx.tokens.tokens.len()
        || cx.tokens.sentence_of[k] != cx.tokens.sentence_of[k - 1]
        || cx.tokens.tokens[k].kind != TokKind::Word
        || !cx.tokens.tokens[k].is_lower(cx.text)
    {
        return false;
    }
    let w = cx.word(k);
    cx.is_cue("given-name-clause-verbs", k)
        || (w.len() > 4 && w.ends_with("ed") && !cx.is(k, ListKind::SpeechVerb))
}

/// "the club's Dean Harlow", "Jordan Keel's career": the two words
/// `start..end` are a given name that is also a common word, title or place
/// (rules/given-names-worded.txt) and a listed surname, each written in
/// title case, the surname of no place, business or other name class.
/// "Hunter Valley", "Chase Bank", "DEAN FOODS" stay out.
fn worded_given_pair(cx: &Cx, start: usize, end: usize) -> bool {
    let titled = |k: usize| {
        let mut cs = cx.word(k).chars();
        cs.next().is_some_and(char::is_uppercase) && cs.any(char::is_lowercase)
    };
    let surname = |k: usize| {
        let class = cx.word_class(k);
        class & ListKind::Surname.bit() != 0 && class & UNNAMED_CLASSES == 0
    };
    end == start + 2
        && cx.tokens.tokens[start + 1].kind == TokKind::Word
        && cx.is_cue("given-names-worded", start)
        && surname(start + 1)
        && titled(start)
        && titled(start + 1)
}

/// The name's own shape and its apposition: a listed given name first (or
/// after a nationality word), a title in apposition, a lone given name
/// sharing the next name's surname, an age or a kin word after it.
pub(super) fn shape_cue(cx: &Cx, at: &Around) -> Option<(Kind, &'static str)> {
    let (start, end, len) = (at.start, at.end, at.len);
    // "Dutch Maarten Velhuis": a given name after a nationality word (which
    // the resolve stage drops).
    let given_at =
        |k: usize| k < end && cx.is(k, ListKind::GivenName) && !shouted_given(cx, k, end);
    if (len >= 2 && given_at(start)
        || len >= 3 && given_at(start + 1) && demonym(cx.rules, cx.word(start))
        || worded_given_pair(cx, start, end))
        && !business_ended(cx, start, end, len)
        && !business_noun_before(cx, start, end)
        && !venue_ended(cx, start, end)
        && !elided_place_pair(cx, start, end)
    {
        return Some((Kind::Person, "person-given-name"));
    }
    if len == 2 && end == start + 2 && romanised_pair(cx, start) {
        return Some((Kind::Person, ROMANISED));
    }
    if at.apposition
        && len >= 2
        && !citation_initials(cx, at)
        && !romanised_unpaired(cx, start, end)
    {
        return Some((Kind::Person, "person-apposition"));
    }
    if len == 1 && end == start + 1 && shares_surname(cx, start) {
        return Some((Kind::Person, "person-shared-surname"));
    }
    ((2..=3).contains(&len) && (age_after(cx, at.next) || kin_after(cx, at.next)))
        .then_some((Kind::Person, "person-apposition"))
}

/// "Kisha Rivera, who works ...", "Natasha Turak @NatashaTurak", "By Julia
/// Horowitz", a news credit, a byline line or a name before a bar and a
/// date: a name of two or three words.
pub(super) fn byline_cue(cx: &Cx, at: &Around) -> Option<(Kind, &'static str)> {
    let toks = &cx.tokens.tokens;
    let (start, end, next) = (at.start, at.end, at.next);
    let who = at.comma_after && toks.get(next + 1).is_some_and(|t| t.text(cx.text) == "who");
    let handle = handle_after(cx, next);
    let bar = cx.tokens.sentences[cx.tokens.sentence_of[start]].first == start
        && bar_after(cx, start, end);
    let byline = at.prev.is_some_and(|p| byline_by(cx, p))
        || credit_name(cx, start)
        || byline_line_name(cx, start);
    ((who || handle || byline || bar) && (2..=3).contains(&at.len))
        .then_some((Kind::Person, "person-apposition"))
}

/// "said Frank Cronin", "Cronin said": a name next to a lower-case speech
/// verb (a lone word is a surname; a longer name needs a particle).
pub(super) fn speech_cue(cx: &Cx, at: &Around) -> Option<(Kind, &'static str)> {
    let toks = &cx.tokens.tokens;
    let text = cx.text;
    let said_before = at
        .prev
        .is_some_and(|p| cx.is(p, ListKind::SpeechVerb) && toks[p].is_lower(text));
    let said_after =
        toks.get(at.next).is_some_and(|t| t.is_lower(text)) && cx.is(at.next, ListKind::SpeechVerb);
    let business = business_ended(cx, at.start, at.end, at.len)
        || at.prev.is_some_and(|p| firm_role_at(cx, p, at.end));
    match (said_before || said_after, at.len) {
        (true, 2..=3) if !business => Some((Kind::Person, "person-speech")),
        (true, 2..=3) => None,
        (true, 1) => Some((Kind::Surname, "person-speech")),
        (true, _) => particled_name(cx, at.start, at.end).map(|rule| (Kind::Person, rule)),
        _ => None,
    }
}

/// "lead manager Brisal Bank said": a company cue of two words or more
/// (rules/company-cues.txt) ending at token `p` is a role that only firms
/// hold, so the name after it (ending at token `end`, exclusive) is no
/// person's; unless "of" and a capitalised word that is no place follow
/// the name and the name ends in no designator or legal suffix ("lead
/// manager Orrick Tamsley of Halvane Bank": a person at the firm).
pub(super) fn firm_role_at(cx: &Cx, p: usize, end: usize) -> bool {
    let firm_cue = cx
        .lexed
        .span_ending(p + 1, cx.rules, ListKind::CompanyCue)
        .is_some_and(|s| s.last - s.first >= 2);
    firm_cue && !person_of_firm(cx, p + 1, end)
}

/// "Orrick Tamsley of Halvane Bank": the name `start..end` (token indices)
/// ends in no designator or legal suffix, and "of" and a capitalised word
/// other than a place follow it: someone at the firm named after "of".
fn person_of_firm(cx: &Cx, start: usize, end: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let firm_word = |k: usize| cx.is(k, ListKind::Designator) || cx.is(k, ListKind::LegalSuffix);
    end > start
        && end + 1 < toks.len()
        && !firm_word(end - 1)
        && cx.word(end) == "of"
        && toks[end + 1].is_cap(cx.text)
        && !cx.is(end + 1, ListKind::Place)
}

/// "Singer Sam Endicott said", "Ambassador Stephen Bosworth": a capitalised
/// occupation the spotters never read (a `role-title` word) opening a chunk
/// of three or four words, then a listed given name: the title is no part
/// of the name (the roles stage reads it); so too such a title after the
/// words that say whose title it is, a place, a nationality, a body or a
/// chamber ("Alberta Premier Jon Doe", "NASA Administrator Jon Doe",
/// "Senate Majority Leader Jon Doe": at most three words before the title),
/// and the field of an "of" title before the chunk ("Secretary of Defence
/// Jon Doe"). Gives the name's start. (Titles the spotters read,
/// "Commissioner", are no part of a chunk already.)
pub(super) fn after_opening_role_title(cx: &Cx, start: usize, end: usize) -> usize {
    let toks = &cx.tokens.tokens;
    let role =
        |k: usize| toks[k].is_cap(cx.text) && cx.word_class(k) & ListKind::RoleTitle.bit() != 0;
    let words = |a: usize, b: usize| (a..b).filter(|&k| !toks[k].is_punct('.')).count();
    if firm_or_place_chunk(cx, start, end) {
        return start;
    }
    // A listed given name at `k` opening a name of two or three words.
    let name_at = |k: usize| {
        k < end
            && !cx.is(k - 1, ListKind::GivenName)
            && cx.is(k, ListKind::GivenName)
            && (2..=3).contains(&words(k, end))
    };
    if let Some(k) = (start..end.saturating_sub(2))
        .filter(|&k| words(start, k) <= 3)
        .find(|&k| role(k) && name_at(k + 1))
    {
        return k + 1;
    }
    of_title_field_end(cx, start, end, name_at).unwrap_or(start)
}

/// Whether the chunk `start..end` names a firm or a place, so no title
/// word inside it cuts a person out: its last word (a full stop aside) is
/// a legal suffix, designator, organisation word or place head
/// (rules/place-name-heads.txt: "Trapper Walter Inc", "the Doc Marvin
/// Show"), or its first word opens a place (rules/place-openers.txt:
/// "Mount Bishop Alan Ridge").
fn firm_or_place_chunk(cx: &Cx, start: usize, end: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let last = (start..end).rev().find(|&k| !toks[k].is_punct('.'));
    let firm_or_place_end = last.is_some_and(|k| {
        cx.is(k, ListKind::LegalSuffix)
            || cx.is(k, ListKind::Designator)
            || cx.is(k, ListKind::OrgWord)
            || cx.is_cue(PLACE_NAME_HEADS, k)
    });
    firm_or_place_end || (start < end && cx.is_cue(PLACE_OPENERS, start))
}

/// "the Jean d'Arc Hotel", "the Lina Morel Stadium": a chunk `start..end`
/// of three words or more whose last word ends names of places and
/// buildings (rules/place-name-heads.txt) names a venue; its opening given
/// name makes no person by shape. Two words stay open: "Tom Ridge",
/// "Michael Bay" are people as often as not.
fn venue_ended(cx: &Cx, start: usize, end: usize) -> bool {
    end >= start + 3 && cx.is_cue(PLACE_NAME_HEADS, end - 1)
}

/// "Val d'Orcia", "Luz d'Ambra": a chunk `start..end` of exactly a given
/// name and a word elided with a lower-case apostrophe particle ("d'",
/// "l'"; not "O'Brien"), whose
/// rest is no listed surname, is shaped like a place as much as a person;
/// only a cue (a title, an honorific, a speech verb) makes it a person.
/// "Joan d'Souza" (Souza: a surname) stays one.
fn elided_place_pair(cx: &Cx, start: usize, end: usize) -> bool {
    let w = cx.word(start + 1);
    // "Sean O'Brien": a capital before the apostrophe is a surname's own.
    if end != start + 2 || !w.starts_with(char::is_lowercase) {
        return false;
    }
    let rest = w
        .char_indices()
        .take(4)
        .find(|&(_, c)| c == '\'' || c == '\u{2019}')
        .map(|(d, c)| &w[d + c.len_utf8()..]);
    rest.is_some_and(|r| {
        r.chars().next().is_some_and(char::is_uppercase)
            && cx.rules.word_class(r) & ListKind::Surname.bit() == 0
    })
}

/// Words that end place, street, building and show names (Ridge, Show).
const PLACE_NAME_HEADS: &str = "place-name-heads";
/// Words that open place names (Mount, Lake, Port, Cape).
const PLACE_OPENERS: &str = "place-openers";

/// "Secretary of Defence Jon Doe": a chunk after "of" and a capitalised
/// title (either title kind) whose one or two opening words are the title's
/// field and the rest a name (`name_at`). Gives the name's start.
fn of_title_field_end(
    cx: &Cx,
    start: usize,
    end: usize,
    name_at: impl Fn(usize) -> bool,
) -> Option<usize> {
    let toks = &cx.tokens.tokens;
    let title = ListKind::RoleTitle.bit() | ListKind::Title.bit();
    let after_of_title = start >= 2
        && cx.word(start - 1) == "of"
        && toks[start - 2].is_cap(cx.text)
        && cx.word_class(start - 2) & title != 0;
    after_of_title
        .then(|| (start + 1..(start + 3).min(end)).find(|&k| name_at(k)))
        .flatten()
}

/// "brothers Tom and David Gardner", "Todd & Ann Vale": token `i`, a lone
/// listed given name (no place; after no capitalised word and no comma of a
/// list: "Ann Lee, Madonna and David Roe"), is followed by "and" or "&" and
/// a name of exactly two words, a listed given name and a surname (no given
/// name, org word, public-body word or listed common word) that nothing
/// joins on: the two share the surname (the resolve stage names the first
/// in full).
pub(super) fn shares_surname(cx: &Cx, i: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let cap = |k: usize| toks.get(k).is_some_and(|t| t.is_cap(cx.text));
    let joiner = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.is_punct('&') || t.text(cx.text) == "and")
    };
    // Glued to the word before ("O'Donnell" written with a stray mark): no
    // lone name.
    let lone = cx.is(i, ListKind::GivenName)
        && !cx.is(i, ListKind::Place)
        && !i
            .checked_sub(1)
            .is_some_and(|p| cap(p) || toks[p].is_punct(',') || toks[p].end == toks[i].start);
    let (g, s) = (i + 2, i + 3);
    let surname = || {
        cap(s)
            && ![
                ListKind::GivenName,
                ListKind::NotName,
                ListKind::Place,
                ListKind::PublicBody,
            ]
            .iter()
            .any(|&kind| cx.is(s, kind))
            && !org_word(cx, s)
            && !matches!(cx.word(s), "Jr" | "Sr")
    };
    lone && joiner(i + 1)
        && cap(g)
        && cx.is(g, ListKind::GivenName)
        && surname()
        && !cap(s + 1)
        && !joiner(s + 1)
}

/// "Vornado Realty said", "Harris Trust", "Cilluffo Associates": token
/// `k`, a name's last word, is a capitalised `org-word`, so the name is a
/// business's or an institution's, no person's.
pub(super) fn org_word(cx: &Cx, k: usize) -> bool {
    cx.tokens.tokens[k].is_cap(cx.text) && cx.word_class(k) & ListKind::OrgWord.bit() != 0
}

/// A full stop right after a name ending in "Jr" or "Sr" at `end`: part of
/// the name ("Ada Brun Jr., the chairman").
pub(super) fn suffix_stop(cx: &Cx, end: usize) -> bool {
    end > 0
        && cx.tokens.tokens.get(end).is_some_and(|t| t.is_punct('.'))
        && matches!(cx.word(end - 1), "Jr" | "Sr")
}

/// "Ada Mira da Brun said", "said Ada Mira Lo da Brun", "President Ada Mira
/// Lo da Brun": a speech verb or a title next to a name of two to four capitalised words and lower-case particles,
/// opening with a listed given name or ending in a listed surname, with no
/// place after a particle ("Credit Commercial de France said" is a bank).
pub(super) fn particled_name(cx: &Cx, start: usize, end: usize) -> Option<&'static str> {
    let (toks, text) = (&cx.tokens.tokens, cx.text);
    let particle = |k: usize| toks[k].is_lower(text) && cx.is_particle(k);
    let words = (start..end).filter(|&k| !particle(k)).count();
    let speech = start
        .checked_sub(1)
        .is_some_and(|p| cx.is(p, ListKind::SpeechVerb) && toks[p].is_lower(text))
        || toks.get(end).is_some_and(|t| t.is_lower(text)) && cx.is(end, ListKind::SpeechVerb);
    // "President Ada Mira Lo da Brun".
    let title = start.checked_sub(1).is_some_and(|p| {
        cx.is(p, ListKind::Title)
            || cx
                .lexed
                .span_ending(p + 1, cx.rules, ListKind::Title)
                .is_some()
    });
    let surname = cx.word_class(end - 1) & ListKind::Surname.bit() != 0 && !particle(end - 1);
    let named = (speech || title)
        && words < end - start
        && (2..=4).contains(&words)
        && (cx.is(start, ListKind::GivenName) || surname)
        && !(start + 1..end).any(|k| particle(k - 1) && cx.is(k, ListKind::Place));
    named.then_some(if speech {
        "person-speech"
    } else {
        "person-title"
    })
}

/// "Ada Brun, 45, said": a comma, an age (a number of one to three digits,
/// at most 115) and a comma or a closing bracket after the name ending at
/// `end`; not a figure with a thousands separator ("Juvena, 53,351 tonnes").
pub(super) fn age_after(cx: &Cx, end: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let (Some(comma), Some(num), Some(close)) =
        (toks.get(end), toks.get(end + 1), toks.get(end + 2))
    else {
        return false;
    };
    let n = num.text(cx.text);
    comma.is_punct(',')
        && num.kind == TokKind::Number
        && n.len() <= 3
        && n.parse::<u32>().is_ok_and(|a| (1..=115).contains(&a))
        && (close.is_punct(',') || close.is_punct(')'))
        && close.start == num.end
        && toks.get(end + 3).is_none_or(|t| t.kind != TokKind::Number)
}

/// "Ada Brun's husband", "Ada Brun's parents": a possessive and a word of
/// kin (rules/kin-nouns.txt) after the name ending at `end`; a company has
/// none.
pub(super) fn kin_after(cx: &Cx, end: usize) -> bool {
    let toks = &cx.tokens.tokens;
    toks.get(end).is_some_and(|t| t.kind == TokKind::Possessive)
        && toks
            .get(end + 1)
            .is_some_and(|t| cx.rules.is_cue("kin-nouns", t.text(cx.text)))
}

/// "the Rivertown Otters", "the Dunmore Arena": a determiner right before the
/// chunk at `start` makes it a thing or a group, not a person's name ("a
/// NAME painting", "the car that NAME chased" name a person). So does an
/// owner's "its" or "their" (cue list `owner-determiners`), even before a
/// noun: "its Vela Sport range", "their Mira Lund bags" name products.
pub(super) fn after_determiner(cx: &Cx, start: usize, end: usize) -> bool {
    start > 0
        && cx.tokens.tokens[start - 1].kind == TokKind::Word
        && (matches!(
            cx.word(start - 1),
            "the" | "The" | "this" | "these" | "those"
        ) && !modifier_use(cx, end)
            || cx.is_cue("owner-determiners", start - 1))
}

/// "the Ann Lee controversy", "the Reagan administration": a name (not a
/// plural: "the Otters win") used before a lower-case noun names a person.
pub(super) fn modifier_use(cx: &Cx, end: usize) -> bool {
    const FUNCTION: [ListKind; 6] = [
        ListKind::Preposition,
        ListKind::ClauseWord,
        ListKind::ObjectStop,
        ListKind::ListOpener,
        ListKind::SpeechVerb,
        ListKind::NotName,
    ];
    let toks = &cx.tokens.tokens;
    let noun = toks.get(end).is_some_and(|t| {
        t.kind == TokKind::Word
            && t.is_lower(cx.text)
            && FUNCTION.iter().all(|&k| cx.word_class(end) & k.bit() == 0)
    });
    noun && !cx.word(end - 1).ends_with('s')
}

/// "Rivertown Otters owner Ann Lee": the chunk ending at `end` stands before
/// a lower-case title and a capitalised name: it is the title's
/// organisation, not a person. So is a chunk before a capitalised public
/// title ("Valdor Finance Minister Ann Lee", "State District Judge Ann Lee",
/// "Tory Shadow Chancellor Ann Lee"): it is the title's portfolio or body.
pub(super) fn before_title_of_name(cx: &Cx, end: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let Some(t) = toks.get(end) else {
        return false;
    };
    let public = || cx.word_class(end) & ListKind::PublicTitle.bit() != 0;
    if !((t.is_lower(cx.text) || public()) && cx.is(end, ListKind::Title)) {
        return false;
    }
    let after = cx
        .lexed
        .spans_at(end, cx.rules, ListKind::Title)
        .map(|s| s.last)
        .max()
        .unwrap_or(end + 1)
        .max(end + 1);
    (after..after + 2).all(|k| toks.get(k).is_some_and(|t| t.is_cap(cx.text)))
        && !cx.is(after, ListKind::Title)
}

/// "Velkor's head of operations, Ann Lee,": before the comma at `comma`, a
/// lower-case title after a possessive or "its", then "of"/"for" and one or
/// two lower-case words.
pub(super) fn title_of_before(cx: &Cx, comma: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let lower = |k: usize| toks[k].kind == TokKind::Word && toks[k].is_lower(cx.text);
    (1..=2).any(|n| {
        comma >= n + 3 && {
            let of = comma - n - 1;
            let title = of - 1;
            (of + 1..comma).all(lower)
                && matches!(cx.word(of), "of" | "for")
                && lower(title)
                && cx.is(title, ListKind::Title)
                && (cx.word(title - 1) == "its" || toks[title - 1].kind == TokKind::Possessive)
        }
    })
}

/// Token `p` is the "by" of a byline: "by" opening its sentence, or after
/// a byline's lead word opening it ("Written by Julia Horowitz").
pub(super) fn byline_by(cx: &Cx, p: usize) -> bool {
    let first = cx.tokens.sentences[cx.tokens.sentence_of[p]].first;
    cx.word(p).eq_ignore_ascii_case("by")
        && (first == p || (first + 1 == p && cx.rules.clean.lists.is_byline_lead(cx.word(first))))
}

/// "By Ann Lee Springfield Gazette", "By Ann Lee By Ann Lee March 4": a
/// byline's chunk of four words or more (the name runs on into the outlet,
/// the dateline or a repeated byline) opening with a listed given name ends
/// after its second word (its third when the second is a given name too and
/// the third a listed surname: "Ann Marie Lee"; its fourth after a middle
/// initial: "Ann K. Lee"). Gives where the name ends.
pub(super) fn byline_name_end(cx: &Cx, start: usize, end: usize) -> Option<usize> {
    let toks = &cx.tokens.tokens;
    let word = |k: usize| toks[k].kind == TokKind::Word && toks[k].is_cap(cx.text);
    let name_word = |k: usize| {
        word(k)
            && ![ListKind::NotName, ListKind::Place, ListKind::PublicBody]
                .iter()
                .any(|&kind| cx.is(k, kind))
            && !org_word(cx, k)
    };
    let by = start.checked_sub(1).is_some_and(|p| byline_by(cx, p));
    if !(by && end - start >= 4 && cx.is(start, ListKind::GivenName) && name_word(start + 1)) {
        return None;
    }
    // "Ann K. Lee Springfield Gazette": a middle initial and its stop.
    let initial = cx.word(start + 1).len() == 1 && toks[start + 2].is_punct('.');
    if initial {
        return (end > start + 4 && name_word(start + 3)).then_some(start + 4);
    }
    let middle = cx.is(start + 1, ListKind::GivenName)
        && name_word(start + 2)
        && cx.is(start + 2, ListKind::Surname);
    Some(if middle { start + 3 } else { start + 2 })
}

/// A news credit's name: "(Reporting by Ann Lee; Editing by Ben Orr and
/// Cy Tan)": the chunk at `i` follows "by" after a credit word, or "and"
/// after such a credit's first name ("compiled by" is no credit word: "data
/// compiled by Aviation Weekly" names a source).
pub(super) fn credit_name(cx: &Cx, i: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let credit_by = |p: usize| {
        p > 0
            && cx.word(p) == "by"
            && ["reporting", "editing", "writing"]
                .iter()
                .any(|w| cx.word(p - 1).eq_ignore_ascii_case(w))
    };
    let Some(p) = i.checked_sub(1) else {
        return false;
    };
    if credit_by(p) {
        return true;
    }
    // "Editing by Ben Orr and Cy Tan": back over the first name (up to
    // four words) to its "by".
    let mut k = p;
    while k > 0 && p - k < 4 && toks[k - 1].is_cap(cx.text) {
        k -= 1;
    }
    cx.word(p) == "and" && k < p && k > 0 && credit_by(k - 1)
}

/// "Ann Lee @annlee", "Ann Lee (@annlee)": a social handle follows the
/// chunk ending at `end`.
pub(super) fn handle_after(cx: &Cx, end: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let at = |k: usize| toks.get(k).is_some_and(|t| t.is_punct('@'));
    at(end) || (toks.get(end).is_some_and(|t| t.is_punct('(')) && at(end + 1))
}

/// A chunk at `i` before a handle is read in a headline-case line when it
/// opens with a given name ("— Ann Lee (@annlee) March 2, 2017", a quoted
/// post's author; "Team Blue (@teamblue)" is not read).
pub(super) fn handle_author(cx: &Cx, i: usize) -> bool {
    cx.is(i, ListKind::GivenName)
}

/// The name on a byline line the clean stage handed on ("Ann Lee, Staff
/// Writer", "Author: Ann Lee"): the chunk opening it, or after its first
/// word and a colon.
pub(super) fn byline_line_name(cx: &Cx, start: usize) -> bool {
    let sent = &cx.tokens.sentences[cx.tokens.sentence_of[start]];
    let toks = &cx.tokens.tokens;
    sent.byline
        && opens_line(cx.text, cx.tokens, sent.first)
        && (start == sent.first || (start == sent.first + 2 && toks[start - 1].is_punct(':')))
}

/// Token `first` opens its line: "Ann Lee. Ann Lee Travel" names her once.
pub(super) fn opens_line(text: &str, tokens: &Tokens, first: usize) -> bool {
    let toks = &tokens.tokens;
    first == 0 || text[toks[first - 1].end..toks[first].start].contains('\n')
}

/// A byline line ([`Sentence::byline`](crate::pipeline::segment::Sentence))
/// gives its authors only: other mentions on it (the outlet, a date-like
/// chunk) are dropped. An author is a person in a sentence opening the
/// line, or a person right after "and" or "&" ("By Ann Lee and Tom Vell"),
/// not the words opening an author's title line ([`opens_title_line`]).
pub(super) fn keep_byline_authors(cx: &Cx, out: &mut Vec<Mention>) {
    let (text, tokens) = (cx.text, cx.tokens);
    out.retain(|m| {
        let sent = &tokens.sentences[tokens.sentence_of[m.first]];
        let after_and = m.first > 0 && matches!(tokens.tokens[m.first - 1].text(text), "and" | "&");
        !sent.byline
            || (m.kind == Kind::Person
                && (opens_line(text, tokens, sent.first) || after_and)
                && !opens_title_line(cx, m))
    });
}

/// Whether the mention `m` on a byline line opens an author's title line
/// the clean stage handed on ("Kestrel Times staff reporter", "Senior Life
/// and Trends Reporter"): it opens the sentence, a word follows it with no
/// mark between ("Ann Lee, Staff Writer" names her), and the sentence ends
/// with a title word or byline head (`role-byline-heads`), or its plural.
fn opens_title_line(cx: &Cx, m: &Mention) -> bool {
    let sent = &cx.tokens.sentences[cx.tokens.sentence_of[m.first]];
    let toks = &cx.tokens.tokens;
    let last = cx.word(sent.last - 1).to_lowercase();
    m.first == sent.first
        && toks.get(m.last).is_some_and(|t| t.kind == TokKind::Word)
        && m.last < sent.last
        && title_or_byline_head(cx.rules, &last).is_some()
}

/// "Julia Horowitz | March 4, 2024": the chunk `start..end`, on one line,
/// is followed by a bar and a date (a number, a month or a weekday).
pub(super) fn bar_after(cx: &Cx, start: usize, end: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let one_line = !cx.text[toks[start].start..toks[end - 1].end].contains('\n');
    one_line
        && toks.get(end).is_some_and(|t| t.is_punct('|'))
        && toks.get(end + 1).is_some_and(|t| {
            t.kind == TokKind::Number || (t.is_cap(cx.text) && cx.is(end + 1, ListKind::NotName))
        })
}
