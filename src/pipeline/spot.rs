//! Stage 4b: spot. Finds candidate names: companies, people, and capitalised
//! chunks that are not yet known to be either.
//!
//! Takes: the tokens and the look-up results. Gives: [`Mention`]s, disjoint
//! token ranges in text order, each with the rule that produced it.
//! Guarantees: mentions never overlap and never include a possessive mark
//! (that is recorded in `possessive`).
//!
//! Evidence, strongest first: a company list entry; a legal suffix ("Corp"),
//! a newswire ticker ("<GM>") or a designator ("Motors") ending a capitalised
//! chunk; a listed company followed by more capitalised words (a division,
//! "Daimler Greater China"); a person cue (honorific, title, given name,
//! apposition with a title, speech verb). Headline-case lines (most words
//! capitalised) yield list entries only: their capitals say nothing.

use crate::pipeline::lexicon::Lexed;
use crate::pipeline::segment::{TokKind, Tokens};
use crate::rules::{ListKind, Payload, Rules};

/// What a mention is (so far).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// A company.
    Company,
    /// A person.
    Person,
    /// A news outlet (a company only when it acts in an event).
    Outlet,
    /// A single capitalised word next to a speech verb or honorific: a
    /// person's surname if a full name matches it.
    Surname,
    /// A capitalised chunk of unknown type.
    Unknown,
}

/// A candidate name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// Kind.
    pub kind: Kind,
    /// Id of the rule that produced it.
    pub rule: String,
    /// Followed by a possessive mark.
    pub possessive: bool,
    /// The company-list entry it matched, if any.
    pub entry: Option<u32>,
}

/// Built-in pattern rules: ids and descriptions, for `rules list` and `explain`.
pub const PATTERN_RULES: &[(&str, &str)] = &[
    (
        "company-legal-suffix",
        "A capitalised name ending in a legal suffix (Greyhound Corp, Volvo AB)",
    ),
    (
        "company-ticker",
        "A capitalised name followed by a newswire ticker (General Motors <GM>)",
    ),
    (
        "company-designator",
        "A capitalised name of two or more words ending in a designator (Brilliance Auto)",
    ),
    (
        "company-division",
        "A listed company followed by capitalised words (Daimler Greater China)",
    ),
    (
        "company-acronym",
        "Capitalised words glossed by their acronym (Scottish and Newcastle (S&N))",
    ),
    (
        "company-role-org",
        "A capitalised name after a person's title and of/at/for/with (Kevin Krewell, editor of Microprocessor Report)",
    ),
    (
        "company-trigger-slot",
        "A capitalised name in the argument slot of a trigger (teamed up with Aston Martin)",
    ),
    (
        "company-alias",
        "A short form, acronym or misspelling of a company named in the article",
    ),
    ("person-honorific", "A name after an honorific (Mr Mallya)"),
    ("person-title", "A name after a job title (CEO Lei Jun)"),
    (
        "person-given-name",
        "Two to four capitalised words starting with a common given name",
    ),
    (
        "person-apposition",
        "A name followed by a comma and a job title (Hubertus Troska, chairman), by \", who\", by a @handle, or after a line-opening \"By\"",
    ),
    (
        "person-speech",
        "A name next to a speech verb (said Frank Cronin)",
    ),
    (
        "person-surname",
        "A surname of a person named in full in the article",
    ),
    (
        "person-list",
        "A name listed beside a person (Justin Bieber, Demi Lovato and Ariana Grande)",
    ),
];

/// Whether `w` is a name particle (de, van, bin).
fn is_particle(rules: &Rules, w: &str) -> bool {
    rules.word_class(w) & ListKind::NameParticle.bit() != 0
}

/// Finds the mentions of one article.
pub fn spot(text: &str, tokens: &Tokens, lexed: &Lexed, rules: &Rules) -> Vec<Mention> {
    let toks = &tokens.tokens;
    let mut taken = vec![false; toks.len()];
    let mut out: Vec<Mention> = Vec::new();

    // 1. Company and outlet list entries (leftmost-longest).
    let mut i = 0;
    // `names` is sorted by first token: one cursor walks it.
    let mut cursor = 0;
    while i < toks.len() {
        while cursor < lexed.names.len() && lexed.names[cursor].first < i {
            cursor += 1;
        }
        let best = lexed.names[cursor..]
            .iter()
            .take_while(|s| s.first == i)
            .find(|s| {
                matches!(s.payload, Payload::Entry { entry, .. }
                if matches!(rules.entry_kind(entry), ListKind::Company | ListKind::Outlet))
            });
        if let Some(span) = best {
            let Payload::Entry { entry, .. } = span.payload else {
                unreachable!()
            };
            let kind = rules.entry_kind(entry);
            let list = &rules.lists[rules.entries[entry as usize].list];
            out.push(Mention {
                first: span.first,
                last: span.last,
                kind: if kind == ListKind::Company {
                    Kind::Company
                } else {
                    Kind::Outlet
                },
                rule: list.meta.id.clone(),
                possessive: false,
                entry: Some(entry),
            });
            taken[span.first..span.last].fill(true);
            i = span.last;
        } else {
            i += 1;
        }
    }

    // Whether each token can be part of a name, decided once.
    let material: Vec<bool> = (0..toks.len())
        .map(|i| {
            let first = tokens.sentences[tokens.sentence_of[i]].first;
            name_material(text, tokens, lexed, i, first)
        })
        .collect();

    // 2. A name glossed by its acronym: "Scottish and Newcastle (S&N)".
    acronym_glosses(text, tokens, lexed, &mut taken, &mut out);

    // 3. Capitalised chunks, outside headline-case lines.
    for sent in &tokens.sentences {
        let mut i = sent.first;
        while i < sent.last {
            // A byline ("By Julia Horowitz") is read even in a capitalised line.
            let byline_name =
                i == sent.first + 1 && toks[sent.first].text(text).eq_ignore_ascii_case("by");
            if (sent.headline_case && !byline_name) || !material[i] {
                i += 1;
                continue;
            }
            let start = i;
            let mut end = i + 1;
            loop {
                // A month or a common word ends a name ("Steven Musil January
                // 18"); short ones may be names ("Lei Jun").
                let common =
                    lexed.is(end, ListKind::NotName) && toks[end].end - toks[end].start > 3;
                if end < sent.last && material[end] && !common {
                    end += 1;
                    continue;
                }
                // Particles and "X and Co" inside a name.
                if end + 1 < sent.last && toks[end].kind == TokKind::Word {
                    let w = toks[end].text(text);
                    let joins = is_particle(rules, w) && material[end + 1];
                    let of_join = w == "of"
                        && lexed.is(end - 1, ListKind::Designator)
                        && material[end + 1]
                        && !lexed.is(end + 1, ListKind::Place);
                    // "Mitsui and Co Ltd", "Pacific Gas and Electric Co":
                    // designators, then a legal suffix, after "and".
                    let and_co = (w == "and" || toks[end].is_punct('&')) && {
                        let mut k = end + 1;
                        while k < sent.last
                            && lexed.is(k, ListKind::Designator)
                            && !lexed.is(k, ListKind::LegalSuffix)
                        {
                            k += 1;
                        }
                        k < sent.last && lexed.is(k, ListKind::LegalSuffix) && toks[k].is_cap(text)
                    };
                    if and_co {
                        end += 1;
                        while end < sent.last && !lexed.is(end, ListKind::LegalSuffix) {
                            end += 1;
                        }
                        end += 1;
                        continue;
                    }
                    if joins || of_join {
                        end += 2;
                        continue;
                    }
                }
                // A middle initial: "Del E. Webb Corp".
                if end + 1 < sent.last
                    && toks[end].is_punct('.')
                    && toks[end - 1].end - toks[end - 1].start == 1
                    && toks[end - 1].end == toks[end].start
                    && material[end + 1]
                {
                    end += 2;
                    continue;
                }
                // A number inside a company's name: "Coastal 1987 Drilling
                // Program Ltd" (kept only if the name ends in a legal suffix).
                if end + 1 < sent.last && toks[end].kind == TokKind::Number && material[end + 1] {
                    let mut k = end + 1;
                    while k < sent.last && material[k] && !lexed.is(k, ListKind::LegalSuffix) {
                        k += 1;
                    }
                    if k < sent.last && lexed.is(k, ListKind::LegalSuffix) && toks[k].is_cap(text) {
                        end = k + 1;
                        continue;
                    }
                }
                // Inside newswire brackets "and" joins: "<Centurion Savings and
                // Loan Association>".
                let bracketed = start > 0 && toks[start - 1].is_punct('<');
                if bracketed
                    && end + 1 < sent.last
                    && toks[end].text(text) == "and"
                    && material[end + 1]
                    && (end + 1..sent.last)
                        .find(|&k| !material[k])
                        .is_some_and(|k| toks[k].is_punct('>'))
                {
                    end += 2;
                    continue;
                }
                if end + 1 < sent.last && toks[end].is_punct('&') && toks[end + 1].is_cap(text) {
                    end += 2;
                    continue;
                }
                break;
            }
            chunk(text, tokens, lexed, rules, start, end, &mut taken, &mut out);
            i = end;
        }
    }

    out.sort_by_key(|m| m.first);
    promote_role_orgs(text, tokens, lexed, rules, &mut out);
    for m in &mut out {
        m.possessive = toks
            .get(m.last)
            .is_some_and(|t| t.kind == TokKind::Possessive);
    }
    out
}

/// "Scottish and Newcastle (S&N)", "Shanghai Automotive Industry Corporation
/// (SAIC)": capitalised words right before a parenthesised acronym of their
/// initials form one company name, "and", "of" and "&" included (rule
/// `company-acronym`).
fn acronym_glosses(
    text: &str,
    tokens: &Tokens,
    lexed: &Lexed,
    taken: &mut [bool],
    out: &mut Vec<Mention>,
) {
    let toks = &tokens.tokens;
    for p in 1..toks.len().saturating_sub(2) {
        if !toks[p].is_punct('(') || !toks[p + 2].is_punct(')') || toks[p + 1].kind != TokKind::Word
        {
            continue;
        }
        let acr: Vec<char> = toks[p + 1]
            .text(text)
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect();
        if acr.len() < 2 || acr.len() > 6 || acr.iter().any(|c| c.is_lowercase()) {
            continue;
        }
        // Walk left over the name, matching initials from the last.
        let sent_first = tokens.sentences[tokens.sentence_of[p]].first;
        let (mut k, mut matched) = (p, acr.len());
        while k > sent_first && matched > 0 {
            let t = toks[k - 1];
            let w = t.text(text);
            if t.is_cap(text)
                && w.chars().next().map(|c| c.to_ascii_uppercase()) == Some(acr[matched - 1])
            {
                matched -= 1;
            } else if !(matches!(w, "and" | "of" | "&") && matched < acr.len()) {
                break;
            }
            k -= 1;
        }
        let start = k;
        if matched != 0
            || p - start < 2
            || taken[start..p].iter().any(|&t| t)
            || lexed.is(start, ListKind::NotName)
        {
            continue;
        }
        taken[start..p].fill(true);
        out.push(Mention {
            first: start,
            last: p,
            kind: Kind::Company,
            rule: "company-acronym".to_string(),
            possessive: false,
            entry: None,
        });
    }
}

/// Classifies the chunk `start..end` and pushes what it holds.
#[allow(clippy::too_many_arguments)]
fn chunk(
    text: &str,
    tokens: &Tokens,
    lexed: &Lexed,
    rules: &Rules,
    start: usize,
    end: usize,
    taken: &mut [bool],
    out: &mut Vec<Mention>,
) {
    let toks = &tokens.tokens;
    // A chunk that ends in a legal suffix ("Automobili Lamborghini SpA") is
    // one name, even when a listed name stands inside it.
    let suffixed = end - start >= 2
        && lexed.is(end - 1, ListKind::LegalSuffix)
        && !lexed.is(start, ListKind::NotName);
    if suffixed && !taken[start] && (start..end).any(|k| taken[k]) {
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
    // Split around list entries already taken.
    if let Some(k) = (start..end).find(|&k| taken[k]) {
        let m_index = out.iter().position(|m| m.first <= k && k < m.last);
        let Some(m_index) = m_index else { return };
        let (mf, ml) = (out[m_index].first, out[m_index].last);
        if mf > start {
            chunk(text, tokens, lexed, rules, start, mf, taken, out);
        }
        if ml < end {
            // A listed company followed by suffixes/designators extends it;
            // followed by other capitalised words it names a division.
            let rest_is_designation = (ml..end)
                .all(|j| lexed.is(j, ListKind::LegalSuffix) || lexed.is(j, ListKind::Designator));
            let m = &mut out[m_index];
            let extended = if m.kind == Kind::Company && rest_is_designation && mf >= start {
                m.last = end;
                taken[ml..end].fill(true);
                true
            } else if m.kind == Kind::Company
                && mf >= start
                && end - ml <= 3
                && (ml..end).all(|j| {
                    !toks[j].text(text).chars().any(|c| c.is_ascii_digit())
                        && toks[j].end - toks[j].start > 1
                })
                // A division names a region or a line of business ("Daimler
                // Greater China", "Merrill Lynch Capital Markets"), or is
                // someone's employer ("co-founder of LeEco Super Car"); a
                // product does not ("Google Docs", "Apple Watch").
                && ((ml..end).any(|j| lexed.is(j, ListKind::Place) || lexed.is(j, ListKind::Designator))
                    || lexed.is(end - 1, ListKind::LegalSuffix)
                    || is_particle(rules, toks[ml].text(text))
                    || (mf >= 2
                        && matches!(toks[mf - 1].text(text), "of" | "at" | "for")
                        && lexed.is(mf - 2, ListKind::Title)))
            {
                m.last = end;
                m.rule = "company-division".to_string();
                m.entry = None;
                taken[ml..end].fill(true);
                true
            } else {
                chunk(text, tokens, lexed, rules, ml, end, taken, out);
                false
            };
            // The longer name swallows listed names inside it ("Hoechst
            // Celanese Corp"): mentions never overlap.
            if extended {
                let mut i = 0;
                out.retain(|o| {
                    i += 1;
                    i - 1 == m_index || !(o.first >= ml && o.last <= end)
                });
            }
        }
        return;
    }
    let mut start = start;
    // A common word opening a chunk is dropped when it opens the sentence
    // ("According"), or is "The"; a capitalised "In" mid-sentence belongs to
    // the name ("In Capital SPA").
    while start < end
        && end - start > 1
        && lexed.is(start, ListKind::NotName)
        && (tokens.sentence_of.get(start.wrapping_sub(1)) != tokens.sentence_of.get(start)
            || toks[start].text(text).eq_ignore_ascii_case("the"))
    {
        start += 1;
    }
    if start >= end {
        return;
    }
    let len = end - start;
    let last_word = end - 1;
    let mut push = |kind: Kind, rule: &str, first: usize, last: usize| {
        taken[first..last].fill(true);
        out.push(Mention {
            first,
            last,
            kind,
            rule: rule.to_string(),
            possessive: false,
            entry: None,
        });
    };
    let ticker = end + 2 < toks.len()
        && toks[end].is_punct('<')
        && toks[end + 2].is_punct('>')
        && toks[end + 1]
            .text(text)
            .chars()
            .all(|c| c.is_ascii_uppercase() || c == '.');
    if len >= 2 && lexed.is(last_word, ListKind::LegalSuffix) {
        return push(Kind::Company, "company-legal-suffix", start, end);
    }
    if ticker {
        return push(Kind::Company, "company-ticker", start, end);
    }
    // Newswire marks unlisted companies as <Name Corp>.
    let bracketed = start > 0
        && toks[start - 1].is_punct('<')
        && toks.get(end).is_some_and(|t| t.is_punct('>'));
    let has_lower = text[toks[start].start..toks[end - 1].end]
        .chars()
        .any(char::is_lowercase);
    if bracketed && has_lower {
        return push(Kind::Company, "company-ticker", start, end);
    }
    // Person cues.
    let prev = start.checked_sub(1);
    let after_honorific = prev.is_some_and(|p| lexed.is(p, ListKind::Honorific))
        || (prev.is_some_and(|p| toks[p].is_punct('.'))
            && start >= 2
            && lexed.is(start - 2, ListKind::Honorific));
    let after_title = prev.is_some_and(|p| {
        lexed.is(p, ListKind::Title) || lexed.span_ending(p + 1, rules, ListKind::Title).is_some()
    });
    let given = lexed.is(start, ListKind::GivenName);
    let apposition = toks.get(end).is_some_and(|t| t.is_punct(','))
        && appositive_title(text, tokens, lexed, rules, end + 1);
    // "Kisha Rivera, who works ...", "Natasha Turak @NatashaTurak", "By Julia Horowitz".
    let who = toks.get(end).is_some_and(|t| t.is_punct(','))
        && toks.get(end + 1).is_some_and(|t| t.text(text) == "who");
    let handle = toks.get(end).is_some_and(|t| t.is_punct('@'));
    let byline = prev.is_some_and(|p| {
        toks[p].text(text).eq_ignore_ascii_case("by")
            && tokens.sentences[tokens.sentence_of[p]].first == p
    });
    let said_before =
        prev.is_some_and(|p| lexed.is(p, ListKind::SpeechVerb) && toks[p].is_lower(text));
    let said_after =
        toks.get(end).is_some_and(|t| t.is_lower(text)) && lexed.is(end, ListKind::SpeechVerb);
    let designated = len >= 2 && lexed.is(last_word, ListKind::Designator);
    // "Securities and Exchange Commission", "Ministry of Finance": not a business.
    // "Securities" of "Securities and Exchange Commission" too.
    let joined_to_public_body = toks.get(end).is_some_and(|t| t.text(text) == "and")
        && (end + 1..(end + 4).min(toks.len()))
            .take_while(|&k| toks[k].is_cap(text))
            .any(|k| lexed.is(k, ListKind::PublicBody));
    if lexed.is(last_word, ListKind::PublicBody)
        || lexed.is(start, ListKind::PublicBody)
        || joined_to_public_body
    {
        taken[start..end].fill(true);
        return;
    }
    let all_place = (start..end).all(|j| lexed.is(j, ListKind::Place))
        || lexed
            .spans_at(start, rules, ListKind::Place)
            .any(|s| s.last == end);
    if designated && !given {
        return push(Kind::Company, "company-designator", start, end);
    }
    if all_place || (len == 1 && lexed.is(start, ListKind::NotName)) {
        return;
    }
    // A long name with a title in apposition: "Sheikh Mohammed bin Rashid Al
    // Maktoum, United Arab Emirates vice president".
    if apposition && (5..=7).contains(&len) && !designated {
        return push(Kind::Person, "person-apposition", start, end);
    }
    if len <= 4 && !designated {
        if after_honorific {
            let kind = if len == 1 {
                Kind::Surname
            } else {
                Kind::Person
            };
            return push(kind, "person-honorific", start, end);
        }
        if after_title && len <= 3 {
            return push(Kind::Person, "person-title", start, end);
        }
        if given && len >= 2 {
            return push(Kind::Person, "person-given-name", start, end);
        }
        if apposition && len >= 2 {
            return push(Kind::Person, "person-apposition", start, end);
        }
        if (who || handle || byline) && (2..=3).contains(&len) {
            return push(Kind::Person, "person-apposition", start, end);
        }
        if (said_before || said_after) && (2..=3).contains(&len) {
            return push(Kind::Person, "person-speech", start, end);
        }
        if (said_before || said_after) && len == 1 {
            return push(Kind::Surname, "person-speech", start, end);
        }
    }
    if designated {
        return push(Kind::Company, "company-designator", start, end);
    }
    push(Kind::Unknown, "capitalised", start, end)
}

/// "Kevin Krewell, the editor in chief of Microprocessor Report": the
/// capitalised chunk after a person's appositive title and "of", "at",
/// "for" or "with" is the company they work for (rule `company-role-org`).
fn promote_role_orgs(
    text: &str,
    tokens: &Tokens,
    lexed: &Lexed,
    rules: &Rules,
    out: &mut [Mention],
) {
    let toks = &tokens.tokens;
    let mut promote = Vec::new();
    for person in out.iter() {
        if person.kind != Kind::Person || !toks.get(person.last).is_some_and(|t| t.is_punct(',')) {
            continue;
        }
        let sent = &tokens.sentences[tokens.sentence_of[person.first]];
        let mut i = person.last + 1;
        if toks
            .get(i)
            .is_some_and(|t| matches!(t.text(text), "the" | "a" | "an"))
        {
            i += 1;
        }
        // The title: list words and their modifiers, at most five tokens.
        let start = i;
        while i < sent.last && i < start + 5 {
            let w = toks[i].text(text);
            let titled = lexed.is(i, ListKind::Title)
                || lexed.spans_at(i, rules, ListKind::Title).next().is_some();
            if titled || (toks[i].is_lower(text) && !matches!(w, "of" | "at" | "for" | "with")) {
                i += 1;
            } else {
                break;
            }
        }
        let has_title = (start..i).any(|k| lexed.is(k, ListKind::Title));
        if !has_title
            || i + 1 >= sent.last
            || !matches!(toks[i].text(text), "of" | "at" | "for" | "with")
        {
            continue;
        }
        if let Some(o) = out
            .iter()
            .position(|m| m.first == i + 1 && m.kind == Kind::Unknown)
        {
            promote.push(o);
        }
    }
    for o in promote {
        out[o].kind = Kind::Company;
        out[o].rule = "company-role-org".to_string();
    }
}

/// Whether the tokens from `i` read as a job title: `[45 ,] [the|a] title`.
fn appositive_title(
    text: &str,
    tokens: &Tokens,
    lexed: &Lexed,
    rules: &Rules,
    mut i: usize,
) -> bool {
    let toks = &tokens.tokens;
    if toks.get(i).is_some_and(|t| t.kind == TokKind::Number)
        && toks.get(i + 1).is_some_and(|t| t.is_punct(','))
    {
        i += 2;
    }
    if toks
        .get(i)
        .is_some_and(|t| matches!(t.text(text), "the" | "a" | "an" | "its" | "former"))
    {
        i += 1;
    }
    // Modifiers ("Global", "senior") or a place ("United Arab Emirates vice
    // president") before the title.
    for _ in 0..4 {
        if i < toks.len()
            && (lexed.is(i, ListKind::Title)
                || lexed.spans_at(i, rules, ListKind::Title).next().is_some())
        {
            return true;
        }
        i += 1;
    }
    false
}

/// Whether token `i` can be part of a name.
fn name_material(
    text: &str,
    tokens: &Tokens,
    lexed: &Lexed,
    i: usize,
    sentence_first: usize,
) -> bool {
    let t = tokens.tokens[i];
    let w = t.text(text);
    // "al-Rifa'i", "bin-Laden": a lower-case particle joined to a name.
    let particle_name = w.split_once('-').is_some_and(|(p, rest)| {
        p.len() <= 3 && rest.chars().next().is_some_and(char::is_uppercase)
    });
    if t.kind != TokKind::Word || !(t.is_cap(text) || particle_name) {
        return false;
    }
    if lexed.is(i, ListKind::Title) && !lexed.is(i, ListKind::Designator) {
        return false;
    }
    if lexed.is(i, ListKind::Honorific) || lexed.is(i, ListKind::SpeechVerb) {
        return false;
    }
    // "Beijing-based", "Mercedes-owned": an adjective, not a name.
    if let Some((_, tail)) = w.rsplit_once('-')
        && tail.chars().next().is_some_and(char::is_lowercase)
    {
        return false;
    }
    if i == sentence_first && !lexed.is(i, ListKind::LegalSuffix) {
        // A sentence opener is a name only when it is not an ordinary word.
        if lexed.is(i, ListKind::NotName) || w.ends_with("ly") {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use crate::{Article, Extractor, Rules};

    /// (type, name) of every entity in `text`.
    fn entities(text: &str) -> Vec<(String, String)> {
        let extractor = Extractor::new(Rules::default_rules().unwrap());
        let r = extractor.extract(&Article::from_text("t", "", text));
        r.entities.into_iter().map(|e| (e.kind, e.name)).collect()
    }

    fn has(got: &[(String, String)], kind: &str, name: &str) -> bool {
        got.iter().any(|(k, n)| k == kind && n == name)
    }

    #[test]
    fn suffixes_designators_tickers_and_brackets_mark_companies() {
        let got = entities(
            "Greyhound Corp <G> and <Mitsui and Co Ltd> met Brilliance Auto and Zeta Holdings today.",
        );
        for name in [
            "Greyhound Corp",
            "Mitsui and Co Ltd",
            "Brilliance Auto",
            "Zeta Holdings",
        ] {
            assert!(has(&got, "company", name), "{name}: {got:?}");
        }
    }

    #[test]
    fn public_bodies_and_places_are_no_companies() {
        let got = entities(
            "The Securities and Exchange Commission and the University of Ohio met in Beijing.",
        );
        assert!(got.iter().all(|(k, _)| k != "company"), "{got:?}");
    }

    #[test]
    fn a_middle_initial_stays_in_the_name() {
        let got = entities("Shares of Del E. Webb Corp rose on Monday after the results.");
        assert!(has(&got, "company", "Del E. Webb Corp"), "{got:?}");
    }

    #[test]
    fn an_acronym_gloss_makes_one_company() {
        let got =
            entities("Scottish and Newcastle (S&N) is to buy a stake. S&N said it was pleased.");
        assert!(has(&got, "company", "Scottish and Newcastle"), "{got:?}");
        assert_eq!(
            got.iter().filter(|(k, _)| k == "company").count(),
            1,
            "{got:?}"
        );
    }

    #[test]
    fn person_cues() {
        let got = entities(
            "Hubertus Troska, chairman of Zeta AG, met CEO Lei Jun and Mr Okafor, said Robert Jones.",
        );
        for name in ["Hubertus Troska", "Lei Jun", "Okafor", "Robert Jones"] {
            assert!(has(&got, "person", name), "{name}: {got:?}");
        }
    }

    #[test]
    fn headline_capitals_are_not_names() {
        let got = entities("Xiaomi Could Be Working With Tesla On Electric Car");
        assert!(got.iter().all(|(_, n)| !n.contains("Could")), "{got:?}");
    }
}
