//! Stage 4b, role organisations: an organisation after a title ("chief
//! executive of Acme") becomes a company.

use super::*;

/// "Ivo Marrin, the editor in chief of Chipline Weekly": the
/// capitalised chunk after a person's appositive title and "of", "at",
/// "for" or "with" is the company they work for (rule `company-role-org`);
/// so is the chunk after a title in title case ("Tom Pike, Senior Product
/// Manager at Dorvell"), after a field and "at" ("Ann Roe, VP of Platform
/// Engineering at Dorvell": the field is no company) and, when it ends the
/// sentence or its line, after a comma ("Ann Roe, Chief Product Officer,
/// Dorvell.", "Ann Roe, head of sales, Dorvell.").
pub(super) fn promote_role_orgs(
    text: &str,
    tokens: &Tokens,
    lexed: &Lexed,
    rules: &Rules,
    out: &mut [Mention],
) {
    let toks = &tokens.tokens;
    let words = ArticleWords {
        text,
        tokens,
        lexed,
        rules,
    };
    let unknown_at = |out: &[Mention], k: usize| mention_at(out, k, |m| m.kind == Kind::Unknown);
    let mut promote = Vec::new();
    for person in out.iter() {
        if person.kind != Kind::Person || !toks.get(person.last).is_some_and(|t| t.is_punct(',')) {
            continue;
        }
        let Some(i) = role_org_preposition(&words, person) else {
            continue;
        };
        let Some(o) = unknown_at(out, i + 1) else {
            continue;
        };
        if toks[i].is_punct(',') {
            if ends_clause(text, tokens, rules, &out[o]) {
                promote.push(o);
            }
            continue;
        }
        if toks[i].text(text) != "of" {
            // "head of planning for Baltic shipping lanes": past a field,
            // "for" or "with" takes a name that ends its phrase.
            let field = toks[i - 1].is_lower(text)
                && rules.is_cue("role-departments", toks[i - 1].text(text));
            let at = toks[i].text(text) == "at";
            if !field
                || at
                || (ends_name(text, tokens, rules, &out[o]) && !names_a_region(&words, &out[o]))
            {
                promote.push(o);
            }
        } else if let Some(c) = company_after_of(&words, out, o) {
            promote.push(c);
        }
    }
    for o in promote {
        out[o].kind = Kind::Company;
        out[o].rule = "company-role-org".to_string();
    }
}

/// The index of the first mention of `out` (sorted by first token) that
/// starts at token `k` and passes `ok`: a binary search, not a scan per
/// person.
pub(super) fn mention_at(
    out: &[Mention],
    k: usize,
    ok: impl Fn(&Mention) -> bool,
) -> Option<usize> {
    debug_assert!(out.is_sorted_by_key(|m| m.first));
    let from = out.partition_point(|m| m.first < k);
    (from..out.len())
        .take_while(|&i| out[i].first == k)
        .find(|&i| ok(&out[i]))
}

/// The company among the mentions after a title and "of", whose first is
/// `o`: "Head of Research at Dorvell", "VP of Global Sales, Dorvell.": the
/// chunk after "of" is a field and the company follows ("at" and an
/// unknown name, or "for" one after a department; a comma and an unknown name ending the clause after a
/// department); else the chunk itself, unless a department ("Jane Roe, Head
/// of Marketing, Acme Corp": "Marketing", "Global Sales") or before "at".
pub(super) fn company_after_of(
    words: &ArticleWords<'_>,
    out: &[Mention],
    o: usize,
) -> Option<usize> {
    let (text, tokens, rules) = (words.text, words.tokens, words.rules);
    let toks = &tokens.tokens;
    let j = out[o].last;
    let after = toks.get(j).map(|t| t.text(text));
    let department = is_department(text, tokens, rules, &out[o]);
    // "VP of Business Development for Quorrel": a department's employer;
    // not a region ("for North America").
    let at = after == Some("at");
    let at = at
        || (after == Some("for")
            && department
            && next_ends_name(text, tokens, rules, out, j)
            && !mention_at(out, j + 1, |_| true).is_some_and(|n| names_a_region(words, &out[n])));
    let next = matches!(after, Some("at" | "for" | ","))
        .then(|| mention_at(out, j + 1, |_| true))
        .flatten();
    match next {
        Some(n) if at || (department && ends_clause(text, tokens, rules, &out[n])) => {
            (out[n].kind == Kind::Unknown).then_some(n)
        }
        _ => (!at && !department).then_some(o),
    }
}

/// Whether mention `m` names a region or a market, not a business: a word
/// of it says where a title applies ([`TokenWords::is_title_scope`]: a
/// place, a nationality or a `role-title-scopes` word: "vice president of
/// sales for North America", "head of marketing for Asia Pacific"). A name
/// the lists know as a company is no unknown mention and never asked.
fn names_a_region(words: &ArticleWords<'_>, m: &Mention) -> bool {
    (m.first..m.last).any(|k| words.is_title_scope(k))
}

/// Whether the first mention at token `j + 1` ends its noun phrase
/// ([`ends_name`]).
fn next_ends_name(text: &str, tokens: &Tokens, rules: &Rules, out: &[Mention], j: usize) -> bool {
    mention_at(out, j + 1, |_| true).is_some_and(|n| ends_name(text, tokens, rules, &out[n]))
}

/// Whether the mention `m` ends its noun phrase: no word in lower case
/// follows it but a function word, a preposition or a speech verb ("for
/// Dorvell in Leeds", "for Dorvell, said"; not "for Baltic
/// shipping lanes": a modifier).
pub(super) fn ends_name(text: &str, tokens: &Tokens, rules: &Rules, m: &Mention) -> bool {
    let function = ListKind::ClauseWord.bit()
        | ListKind::ObjectStop.bit()
        | ListKind::Preposition.bit()
        | ListKind::SpeechVerb.bit();
    tokens
        .tokens
        .get(m.last)
        .is_none_or(|t| !t.is_lower(text) || rules.word_class(t.text(text)) & function != 0)
}

/// Whether the mention `m` ends its sentence or its line, or a full stop, a
/// semicolon or a comma and a speech verb (", said", ", added") follows it.
pub(super) fn ends_clause(text: &str, tokens: &Tokens, rules: &Rules, m: &Mention) -> bool {
    let toks = &tokens.tokens;
    let sent = &tokens.sentences[tokens.sentence_of[m.first]];
    let speech = |t: &crate::pipeline::segment::Token| {
        t.is_lower(text) && rules.word_class(t.text(text)) & ListKind::SpeechVerb.bit() != 0
    };
    // A mention that ends the text ends its clause (no token follows it).
    let Some(next) = toks.get(m.last) else {
        return true;
    };
    let said = next.is_punct(',') && toks.get(m.last + 1).is_some_and(speech);
    m.last >= sent.last
        || said
        || next.is_punct('.')
        || next.is_punct(';')
        || text[toks[m.last - 1].end..next.start].contains('\n')
}

/// The "of", "at", "for" or "with" (or the comma) that ends the appositive
/// title after `person` and its comma ("Ivo Marrin, the editor in chief
/// of", "Tom Pike, Senior Product Manager at"): list words, their modifiers
/// and "&", at most six tokens, holding a title; capitalised words no list
/// holds only before a title that ends the run ("Customer Success
/// Manager"), never in a headline-case line; none for a public title's seat
/// or portfolio ("Ann Roe, MP for Witney", "Secretary of Transport") or at
/// the sentence's end. A field in lower case after "of" is passed over
/// ("head of sales at").
pub(super) fn role_org_preposition(words: &ArticleWords<'_>, person: &Mention) -> Option<usize> {
    let (text, tokens, lexed, rules) = (words.text, words.tokens, words.lexed, words.rules);
    let toks = &tokens.tokens;
    let sent = &tokens.sentences[tokens.sentence_of[person.first]];
    let mut start = person.last + 1;
    if toks
        .get(start)
        .is_some_and(|t| matches!(t.text(text), "the" | "a" | "an"))
    {
        start += 1;
    }
    let scope = start;
    let start = past_scope(words, start);
    let (run_end, free_caps) = title_run(text, tokens, lexed, rules, start);
    let has_title = (start..run_end).any(|k| lexed.is(k, ListKind::Title));
    let public = |k: usize| rules.word_class(toks[k].text(text)) & ListKind::PublicTitle.bit() != 0;
    // "British minister of Agriculture", "U.S. Secretary of Transportation",
    // "White House Chief of Staff": a public title, a place or a public body
    // in a title-case run is a government's.
    let governed = |k: usize| {
        public(k)
            || lexed.is(k, ListKind::Place)
            || lexed.is(k, ListKind::PublicBody)
            || rules.word_class(toks[k].text(text)) & ListKind::Nationality.bit() != 0
    };
    // A title in title case ends in its head ("Customer Success Manager"),
    // with no word in lower case ("Westinghouse general manager at Hanford").
    let headed = !free_caps
        || (run_end > start
            && lexed.is(run_end - 1, ListKind::Title)
            && !(start..run_end).any(|k| governed(k) || toks[k].is_lower(text)));
    let seat = match toks.get(run_end).map(|t| t.text(text)) {
        Some("of") => run_end > start && public(run_end - 1),
        Some("for") => {
            run_end > start
                && public(run_end - 1)
                && (start..run_end).all(|k| !lexed.is(k, ListKind::Title) || public(k))
        }
        _ => false,
    };
    let i = past_lower_field(text, tokens, rules, run_end);
    // "Ann Roe, deputy minister, Agriculture Canada.": no government's.
    let comma = toks.get(i).is_some_and(|t| t.is_punct(',')) && !(scope..run_end).any(governed);
    let ends = i + 1 < sent.last && (employer_preposition(rules, toks[i].text(text)) || comma);
    (has_title && headed && !seat && ends).then_some(i)
}

/// "Ann Roe, US chief economist at Dorvell", "European sales director
/// at": past one or two capitalised places, nationalities or words of
/// rules/roles-title-scopes.txt at `start` (the title's scope, no free
/// capitals) when a word in lower case follows them;
/// else `start`.
pub(super) fn past_scope(words: &ArticleWords<'_>, start: usize) -> usize {
    let (text, toks) = (words.text, &words.tokens.tokens);
    let scope = |k: usize| toks.get(k).is_some_and(|t| t.is_cap(text)) && words.is_title_scope(k);
    let n = (0..2).take_while(|&n| scope(start + n)).count();
    let lower = toks.get(start + n).is_some_and(|t| t.is_lower(text));
    if n > 0 && lower { start + n } else { start }
}

/// The words that tie a job title to its employer ("chief of X", "analyst
/// at X", "counsel for X", "partner with X"; rules/employer-prepositions.txt),
/// in lower case: they end a title's run.
pub(super) fn employer_preposition(rules: &Rules, w: &str) -> bool {
    w.starts_with(|c: char| c.is_lowercase()) && rules.is_cue("employer-prepositions", w)
}

/// The end of the job title's run from `start` (list words, their
/// modifiers, words in lower case and "&", at most six tokens) and whether
/// it holds a capitalised word no list holds ("Customer Success Manager"),
/// read only outside headline-case lines.
pub(super) fn title_run(
    text: &str,
    tokens: &Tokens,
    lexed: &Lexed,
    rules: &Rules,
    start: usize,
) -> (usize, bool) {
    let toks = &tokens.tokens;
    let sent = &tokens.sentences[tokens.sentence_of[start.min(toks.len() - 1)]];
    let (mut i, mut free_caps) = (start, false);
    while i < sent.last && i < start + 6 {
        let w = toks[i].text(text);
        let titled = lexed.is(i, ListKind::Title)
            || lexed.spans_at(i, rules, ListKind::Title).next().is_some();
        let prep = employer_preposition(rules, w);
        if titled || (toks[i].is_lower(text) && !prep) || (w == "&" && i > start) {
            i += 1;
        } else if toks[i].is_cap(text) && !sent.headline_case {
            free_caps = true;
            i += 1;
        } else {
            break;
        }
    }
    (i, free_caps)
}

/// "head of marketing at Dorvell", "head of sales, Dorvell.": past "of" at
/// `i` and one to three fields in lower case (rules/roles-departments.txt)
/// when "at", "for", "with" or a comma follows them; else `i`.
pub(super) fn past_lower_field(text: &str, tokens: &Tokens, rules: &Rules, i: usize) -> usize {
    let toks = &tokens.tokens;
    if toks.get(i).is_none_or(|t| t.text(text) != "of") {
        return i;
    }
    let last = tokens.sentences[tokens.sentence_of[i]].last;
    let field =
        |k: usize| toks[k].is_lower(text) && rules.is_cue("role-departments", toks[k].text(text));
    let mut j = i + 1;
    while j < last && j < i + 4 && field(j) {
        j += 1;
    }
    // "vice president of business development for Quorrel": "for" and
    // "with" tie the title to its employer as "at" does.
    let joined =
        j < last && (matches!(toks[j].text(text), "at" | "for" | "with") || toks[j].is_punct(','));
    if j > i + 1 && joined { j } else { i }
}

/// Whether the chunk `m` is a department of a job title ("Marketing",
/// "Global Sales", "Product Development"): every word a listed department
/// (`role-departments`) or a title modifier, the last a department.
pub(super) fn is_department(text: &str, tokens: &Tokens, rules: &Rules, m: &Mention) -> bool {
    let toks = &tokens.tokens;
    let department = |k: usize| rules.is_cue("role-departments", toks[k].text(text));
    m.last > m.first
        && m.last - m.first <= 3
        && department(m.last - 1)
        && (m.first..m.last).all(|k| {
            department(k)
                || rules.word_class(toks[k].text(text)) & ListKind::TitleModifier.bit() != 0
        })
}

/// Whether the tokens from `i` read as a job title: `[45 ,] [the|a] title`.
pub(super) fn appositive_title(
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
    // "In Elmford, former Labour MP Jon Doe said": a title with a name of
    // its own after it is that name's, no apposition.
    let cap = |k: usize| toks.get(k).is_some_and(|t| t.is_cap(text));
    for _ in 0..4 {
        if i < toks.len() && lexed.is(i, ListKind::Title) {
            return !(cap(i + 1) && cap(i + 2));
        }
        if let Some(last) = lexed
            .spans_at(i, rules, ListKind::Title)
            .map(|s| s.last)
            .max()
        {
            return !(cap(last) && cap(last + 1));
        }
        i += 1;
    }
    false
}
