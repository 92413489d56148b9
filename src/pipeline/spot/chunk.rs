//! Stage 4b, candidate chunking: capitalised runs become candidate chunks,
//! joined across "&", "and", "of", brackets and possessive shop names;
//! acronym glosses.

use super::*;
use crate::pipeline::roles::{TITLE_BITS, singulars};

/// Step 3: runs of name material, outside headline-case lines (a byline is
/// read even there), each classified by [`chunk`] (through [`Overlapping`],
/// so that the work stays linear in the mentions).
pub(super) fn capitalised_chunks(
    cx: &Cx,
    material: &[bool],
    taken: &mut [bool],
    out: &mut Vec<Mention>,
) {
    let cued = cue_tokens(cx);
    let mut overlapping = Overlapping::new(out);
    for sent in &cx.tokens.sentences {
        if all_caps(cx, sent.first, sent.last) {
            caps_suffixed_names(cx, &cued, sent.first, sent.last, taken, out);
            caps_ticker_names(cx, &cued, (sent.first, sent.last), taken, out);
            continue;
        }
        let mut i = sent.first;
        while i < sent.last {
            if !material[i] {
                i += 1;
                continue;
            }
            // A byline ("By Julia Horowitz") is read even in a capitalised
            // line (asked only there: most tokens start no chunk).
            // "By Ann Lee and Tom Vell": the name after "and" on a byline line too.
            let and_author = || {
                sent.byline
                    && i > sent.first
                    && matches!(cx.tokens.tokens[i - 1].text(cx.text), "and" | "&")
            };
            let byline_name =
                || i > sent.first && byline_by(cx, i - 1) || credit_name(cx, i) || and_author();
            let end = chunk_end(cx, material, i, sent.last);
            // "Julia Horowitz | March 4": a byline line too.
            let bar_byline = i == sent.first && bar_after(cx, i, end);
            let handle_byline = handle_after(cx, end) && handle_author(cx, i);
            if sent.headline_case
                && !byline_name()
                && !bar_byline
                && !handle_byline
                && !byline_line_name(cx, i)
            {
                i = end;
                continue;
            }
            overlapping.chunk(cx, i, end, taken, out);
            i = end;
        }
    }
    overlapping.finish(out);
}

/// A chunk only reads and changes the mentions that overlap it, so each is
/// given only those: the mentions found before the chunks (disjoint) wait
/// sorted by first token, and each chunk takes those that start before its
/// end. Without this, each chunk searched every mention of the article.
pub(super) struct Overlapping {
    /// Earlier mentions not yet reached, by first token.
    pub(super) pending: std::iter::Peekable<std::vec::IntoIter<Mention>>,
    /// Mentions that reach past the last chunk's end.
    pub(super) carry: Vec<Mention>,
    /// The mentions given to one chunk.
    pub(super) local: Vec<Mention>,
}

impl Overlapping {
    /// Takes the mentions found so far out of `out`.
    pub(super) fn new(out: &mut Vec<Mention>) -> Self {
        out.sort_by_key(|m| m.first);
        Overlapping {
            pending: std::mem::take(out).into_iter().peekable(),
            carry: Vec::new(),
            local: Vec::new(),
        }
    }

    /// [`chunk`] on `start..end`, given the mentions that overlap it; the
    /// others go (back) to `out`.
    pub(super) fn chunk(
        &mut self,
        cx: &Cx,
        start: usize,
        end: usize,
        taken: &mut [bool],
        out: &mut Vec<Mention>,
    ) {
        while let Some(m) = self.pending.next_if(|m| m.first < end) {
            if m.last <= start {
                out.push(m);
            } else {
                self.carry.push(m);
            }
        }
        self.local.clear();
        self.local.append(&mut self.carry);
        chunk(cx, start, end, taken, &mut self.local);
        for m in self.local.drain(..) {
            if m.last > end {
                self.carry.push(m);
            } else {
                out.push(m);
            }
        }
    }

    /// Puts every mention still held back into `out` (unsorted).
    pub(super) fn finish(self, out: &mut Vec<Mention>) {
        out.extend(self.carry);
        out.extend(self.pending);
    }
}

/// Per token: inside a trigger or status cue ("BUY", "SAID").
pub(super) fn cue_tokens(cx: &Cx) -> Vec<bool> {
    let mut cued = vec![false; cx.tokens.tokens.len()];
    for s in cx.lexed.triggers.iter().chain(&cx.lexed.statuses) {
        cued[s.first..s.last].fill(true);
    }
    cued
}

/// One past the last token of the name starting at `start` (before
/// `sent_last`): name material and the words that join it.
pub(super) fn chunk_end(cx: &Cx, material: &[bool], start: usize, sent_last: usize) -> usize {
    let mut end = start + 1;
    loop {
        // A month or a common word ends a name ("Steven Musil January
        // 18"); short ones may be names ("Lei Jun").
        let toks = &cx.tokens.tokens;
        let common = cx.is(end, ListKind::NotName)
            && toks[end].end - toks[end].start > 3
            && !suffix_ahead(cx, material, end, sent_last);
        if end < sent_last && material[end] && !common {
            end += 1;
            continue;
        }
        match joined_part(cx, material, start, end, sent_last) {
            Some(next) => end = next,
            None => return end,
        }
    }
}

/// "Tashiro Photo Film Co Ltd", "Morrow Read and Co Inc": common words
/// inside a run of capitalised words that a legal suffix ends (at most four
/// words on, or "and"/"&" and the suffix) are part of the name.
pub(super) fn suffix_ahead(cx: &Cx, material: &[bool], at: usize, sent_last: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let suffix = |k: usize| cap_suffix(cx, k, sent_last);
    let mut k = at + 1;
    while k < sent_last && k <= at + 4 {
        if suffix(k) && material[k] {
            return true;
        }
        let and = cx.word(k) == "and" || toks[k].is_punct('&');
        if and && k > at && suffix(k + 1) {
            return true;
        }
        if !material[k] {
            return false;
        }
        k += 1;
    }
    false
}

/// Words at `end` that join the name `start..end` to more name, and where
/// the name then ends: particles, "of" after a designator, "and Co Ltd", a
/// middle initial, a number before a legal suffix, "and" inside newswire
/// brackets, "&".
pub(super) fn joined_part(
    cx: &Cx,
    material: &[bool],
    start: usize,
    end: usize,
    sent_last: usize,
) -> Option<usize> {
    let toks = &cx.tokens.tokens;
    if end + 1 >= sent_last {
        return None;
    }
    if toks[end].kind == TokKind::Word
        && let Some(next) = joining_word(cx, material, end, sent_last)
    {
        return Some(next);
    }
    if let Some(next) = context::and_one_word(cx, material, start, end, sent_last) {
        return Some(next);
    }
    if let Some(next) = context::owned_unit_and(cx, material, start, end, sent_last) {
        return Some(next);
    }
    if end == start + 1
        && let Some(next) = possessive_shop_name(cx, material, start, sent_last)
    {
        return Some(next);
    }
    // "Pay N' Pak Stores Inc": "N'", an elided "and" glued to its mark,
    // joins two names.
    if elided_and(cx, end) && material[end + 1] {
        return Some(end + 2);
    }
    // A middle initial: "Del E. Webb Corp".
    if toks[end].is_punct('.')
        && toks[end - 1].end - toks[end - 1].start == 1
        && toks[end - 1].end == toks[end].start
        && material[end + 1]
    {
        return Some(end + 2);
    }
    // A number inside a company's name: "Coastal 1987 Drilling
    // Program Ltd" (kept only if the name ends in a legal suffix).
    if toks[end].kind == TokKind::Number && material[end + 1] {
        let mut k = end + 1;
        while k < sent_last && material[k] && !cx.is(k, ListKind::LegalSuffix) {
            k += 1;
        }
        if k < sent_last && cx.is(k, ListKind::LegalSuffix) && toks[k].is_cap(cx.text) {
            return Some(k + 1);
        }
    }
    if let Some(close) = bracketed_rest(cx, material, start, end, sent_last) {
        return Some(close);
    }
    if toks[end].is_punct('&') && toks[end + 1].is_cap(cx.text) {
        return Some(end + 2);
    }
    if initials_and(cx, start, end) {
        return Some(end + 2);
    }
    parenthesised_qualifier(cx, material, end, sent_last)
}

/// Whether token `end` is the apostrophe of "N'" (an elided "and": "Pay N'
/// Pak"), glued to a capital letter of rules/elided-and-words.txt before it.
fn elided_and(cx: &Cx, end: usize) -> bool {
    let toks = &cx.tokens.tokens;
    end > 0
        && toks[end - 1].is_cap(cx.text)
        && cx.is_cue("elided-and-words", end - 1)
        && toks[end - 1].end == toks[end].start
        && matches!(cx.word(end), "'" | "\u{2019}")
}

/// "<Centurion Savings and Loan Association>", "<Banque Varenne et
/// Fontanier Reunis>", "<Halbeck und Sohne AG>": inside newswire brackets
/// opened right before `start`, a connector at `end` (rules/bracket-connectors.txt:
/// "and", "et", "und", "e", "y"), then only capitalised
/// words and name particles up to the closing bracket: the bracket holds one
/// name. Gives the closing bracket's index (one past the name).
fn bracketed_rest(
    cx: &Cx,
    material: &[bool],
    start: usize,
    end: usize,
    sent_last: usize,
) -> Option<usize> {
    let toks = &cx.tokens.tokens;
    if start == 0
        || !toks[start - 1].is_punct('<')
        || !cx
            .rules
            .is_cue_as_written("bracket-connectors", cx.word(end))
    {
        return None;
    }
    let part = |k: usize| material[k] || cx.is_particle(k);
    let close = (end + 1..sent_last).find(|&k| !part(k))?;
    (close > end + 1 && toks[close].is_punct('>') && material[close - 1]).then_some(close)
}

/// "B and W", "A and P": one capital letter, "and" at `end` and one capital
/// letter are one name (a firm's initials), never two.
pub(super) fn initials_and(cx: &Cx, start: usize, end: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let letter = |k: usize| {
        toks[k].kind == TokKind::Word
            && toks[k].end - toks[k].start == 1
            && cx.word(k).bytes().all(|b| b.is_ascii_uppercase())
    };
    end == start + 1
        && cx.word(end) == "and"
        && letter(start)
        && letter(end + 1)
        && !toks.get(end + 2).is_some_and(|t| t.is_punct('.'))
}

/// "Heck's Inc", "Claire's Stores Inc", "Lowe's Cos Inc": a one-word
/// owner `at` in the possessive, then at most three words of trade
/// (designators, organisation words) and capitalised legal suffixes, is one
/// company's name. After a longer name, a place, a nationality, an acronym
/// or a listed company (taken before) the possessive says whose unit follows
/// ("Acme Corp's Acme Chemical Co", "Japan's Kirana Co Ltd", "ACX's
/// Steel Corp"). Gives one past the last suffix.
pub(super) fn possessive_shop_name(
    cx: &Cx,
    material: &[bool],
    at: usize,
    sent_last: usize,
) -> Option<usize> {
    let toks = &cx.tokens.tokens;
    let pos = at + 1;
    if toks[pos].kind != TokKind::Possessive || toks[pos].start != toks[at].end {
        return None;
    }
    let owner = cx.word(at);
    let acronym = !owner.chars().any(char::is_lowercase);
    if acronym || cx.is(at, ListKind::Place) || has_class(cx, at, ListKind::Nationality) {
        return None;
    }
    let trade = |k: usize| cx.is(k, ListKind::Designator) || has_class(cx, k, ListKind::OrgWord);
    let mut k = pos + 1;
    while k < sent_last
        && k <= pos + 3
        && material[k]
        && !cx.is(k, ListKind::LegalSuffix)
        && trade(k)
    {
        k += 1;
    }
    let suffix = |k: usize| cap_suffix(cx, k, sent_last);
    if !suffix(k) {
        return None;
    }
    while suffix(k + 1) {
        k += 1;
    }
    Some(k + 1)
}

/// "Mansion House Securities (F.E.) Ltd", "Capel (Far East) Ltd": one to
/// three capitalised words in brackets at `end`, then a legal suffix, stay
/// in the name. Gives one past the suffix.
pub(super) fn parenthesised_qualifier(
    cx: &Cx,
    material: &[bool],
    end: usize,
    sent_last: usize,
) -> Option<usize> {
    let toks = &cx.tokens.tokens;
    if !toks.get(end).is_some_and(|t| t.is_punct('(')) {
        return None;
    }
    let close = (end + 1..(end + 5).min(sent_last)).find(|&k| !material[k])?;
    let suffix = close + 1;
    (close > end + 1
        && toks[close].is_punct(')')
        && suffix < sent_last
        && cx.is(suffix, ListKind::LegalSuffix)
        && toks[suffix].is_cap(cx.text))
    .then_some(suffix + 1)
}

/// A word at `end` joining more name: a particle ("de"), "of" after a
/// designator, or "and"/"&" before designators and a legal suffix ("Mitsui
/// and Co Ltd", "Pacific Gas and Electric Co").
pub(super) fn joining_word(
    cx: &Cx,
    material: &[bool],
    end: usize,
    sent_last: usize,
) -> Option<usize> {
    let toks = &cx.tokens.tokens;
    let w = cx.word(end);
    let joins = cx.is_particle(end) && material[end + 1];
    // "Bank of Arizona" names a bank; "Motors of Japan" only says where.
    let bank = matches!(cx.word(end - 1), "Bank" | "Bancorp");
    let of_join = w == "of"
        && cx.is(end - 1, ListKind::Designator)
        && material[end + 1]
        && (bank || !cx.is(end + 1, ListKind::Place));
    let and_co = (w == "and" || toks[end].is_punct('&')) && {
        let mut k = end + 1;
        while k < sent_last && cx.is(k, ListKind::Designator) && !cx.is(k, ListKind::LegalSuffix) {
            k += 1;
        }
        k < sent_last && cx.is(k, ListKind::LegalSuffix) && toks[k].is_cap(cx.text)
    };
    // "Talbot Federal Savings and Loan Association": a thrift's name.
    if thrift_and(cx, end) && material[end + 1] {
        return Some(end + 2);
    }
    if let Some(next) = and_trade_name(cx, material, end, sent_last) {
        return Some(next);
    }
    if w == "of"
        && let Some(next) = place_then_suffix(cx, end + 1, sent_last)
    {
        return Some(next);
    }
    if and_co {
        let mut end = end + 1;
        while end < sent_last && !cx.is(end, ListKind::LegalSuffix) {
            end += 1;
        }
        return Some(end + 1);
    }
    if two_particles(cx, material, end, sent_last) {
        return Some(end + 3);
    }
    (joins || of_join).then_some(end + 2)
}

/// "Coulson of Texas Inc", "Vantor Corp of South Africa Ltd": after "of", a
/// place (one word or a listed run) and a capitalised legal suffix end the
/// name; alone the place and suffix ("Texas Inc") are no company's name.
/// Gives one past the suffix.
pub(super) fn place_then_suffix(cx: &Cx, at: usize, sent_last: usize) -> Option<usize> {
    if at >= sent_last {
        return None;
    }
    let after = if cx.is(at, ListKind::Place) {
        at + 1
    } else {
        cx.lexed
            .spans_at(at, cx.rules, ListKind::Place)
            .map(|s| s.last)
            .max()?
    };
    (after < sent_last
        && cx.is(after, ListKind::LegalSuffix)
        && cx.tokens.tokens[after].is_cap(cx.text))
    .then_some(after + 1)
}

/// "Tessel Tire and Rubber Co", "Oslo and Leeds Banking Corp": the "and"
/// at `end` joins the name before it to capitalised name material ended by
/// a legal suffix (at most four words on), when the word after "and" is a
/// noun of trade (rules/company-and-words.txt) or it and the word before
/// "and" are both places. Alone the suffixed part ("Rubber Co") is no name.
/// Gives one past the suffix.
pub(super) fn and_trade_name(
    cx: &Cx,
    material: &[bool],
    end: usize,
    sent_last: usize,
) -> Option<usize> {
    let toks = &cx.tokens.tokens;
    let next = end + 1;
    if cx.word(end) != "and" || next >= sent_last || !material[next] || end == 0 {
        return None;
    }
    let place_before = cx.is(end - 1, ListKind::Place)
        || end >= 2
            && cx
                .lexed
                .spans_at(end - 2, cx.rules, ListKind::Place)
                .any(|s| s.last == end);
    let trade =
        cx.is_cue("company-and-words", next) || place_before && cx.is(next, ListKind::Place);
    // "Holiday Corp and Comsat Corp": two suffixed names.
    if !trade || cx.is(end - 1, ListKind::LegalSuffix) {
        return None;
    }
    let mut k = next;
    while k < sent_last && k - next < 4 && material[k] && !cx.is(k, ListKind::LegalSuffix) {
        k += 1;
    }
    // "Exxon and Oil India Ltd": a listed company before "and" is a name of
    // its own, unless only nouns of trade follow ("Firestone Tire and
    // Rubber Co").
    let listed = (end.saturating_sub(3)..end).any(|j| {
        [ListKind::Company, ListKind::Outlet]
            .iter()
            .any(|&kind| cx.lexed.spans_at(j, cx.rules, kind).any(|s| s.last == end))
    });
    if listed
        && !(next..k).all(|j| cx.is_cue("company-and-words", j) || cx.is(j, ListKind::Designator))
    {
        return None;
    }
    (k > next && k < sent_last && cx.is(k, ListKind::LegalSuffix) && toks[k].is_cap(cx.text))
        .then_some(k + 1)
}

/// "Jeroen van der Veer", "Rosa de la Cruz": two lower-case particles at
/// `end` before more name join it as one particle does.
pub(super) fn two_particles(cx: &Cx, material: &[bool], end: usize, sent_last: usize) -> bool {
    end + 2 < sent_last
        && lower_particle(cx, end)
        && lower_particle(cx, end + 1)
        && material[end + 2]
}

/// Token `k` is a lower-case name particle ("van", "de", "bin").
pub(super) fn lower_particle(cx: &Cx, k: usize) -> bool {
    let t = &cx.tokens.tokens[k];
    t.kind == TokKind::Word && t.is_lower(cx.text) && cx.is_particle(k)
}

/// Token `k` is the "and" of "Savings and Loan".
pub(super) fn thrift_and(cx: &Cx, k: usize) -> bool {
    k > 0
        && k + 1 < cx.tokens.tokens.len()
        && cx.word(k) == "and"
        && cx.word(k - 1) == "Savings"
        && cx.word(k + 1) == "Loan"
}

/// "Savings and Loan Association" (or "Bank") ending `start..end`: a
/// thrift, a business though "Association" ends it.
pub(super) fn is_thrift(cx: &Cx, start: usize, end: usize) -> bool {
    end - start >= 5
        && thrift_and(cx, end - 3)
        && matches!(cx.word(end - 1), "Association" | "Assn" | "Bank")
}

/// "Harrow and Kestrel (H&K)", "Shanghai Automotive Industry Corporation
/// (SAIC)": capitalised words right before a parenthesised acronym of their
/// initials form one name, "and", "of" and "&" included. It is a company
/// (rule `company-acronym`) when it ends in a legal suffix or a designator,
/// or joins names with "and"/"&"; a public body ("Internal Revenue Service
/// (IRS)") is no one's name; any other gloss ("Search Engine Optimization
/// (SEO)") is a capitalised chunk of unknown kind, left to the context cues.
pub(super) fn acronym_glosses(cx: &Cx, taken: &mut [bool], out: &mut Vec<Mention>) {
    let toks = &cx.tokens.tokens;
    for p in 1..toks.len().saturating_sub(2) {
        if !toks[p].is_punct('(') || !toks[p + 2].is_punct(')') || toks[p + 1].kind != TokKind::Word
        {
            continue;
        }
        let Some(start) = gloss_start(cx, p) else {
            continue;
        };
        if taken[start..p].iter().any(|&t| t) || cx.is(start, ListKind::NotName) {
            continue;
        }
        taken[start..p].fill(true);
        if is_public_body(cx, start, p) {
            // "(CCC)" then names the body too, no company of like initials.
            taken[p + 1] = true;
            continue;
        }
        let last = p - 1;
        let company = cx.is(last, ListKind::LegalSuffix)
            || cx.is(last, ListKind::Designator)
            || (start..p).any(|k| matches!(cx.word(k), "and" | "&"));
        let (kind, rule) = if company {
            (Kind::Company, "company-acronym")
        } else {
            (Kind::Unknown, "capitalised")
        };
        out.push(Mention {
            first: start,
            last: p,
            kind,
            rule: rule.to_string(),
            possessive: false,
            entry: None,
        });
    }
}

/// The first token of the capitalised words (two or more) before the
/// parenthesis at `p` whose initials spell the acronym inside it.
pub(super) fn gloss_start(cx: &Cx, p: usize) -> Option<usize> {
    let toks = &cx.tokens.tokens;
    let acr: Vec<char> = cx
        .word(p + 1)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    if acr.len() < 2 || acr.len() > 6 || acr.iter().any(|c| c.is_lowercase()) {
        return None;
    }
    // Walk left over the name, matching initials from the last.
    let sent_first = cx.tokens.sentences[cx.tokens.sentence_of[p]].first;
    let (mut k, mut matched) = (p, acr.len());
    while k > sent_first && matched > 0 {
        let t = toks[k - 1];
        let w = t.text(cx.text);
        if t.is_cap(cx.text)
            && w.chars().next().map(|c| c.to_ascii_uppercase()) == Some(acr[matched - 1])
        {
            matched -= 1;
        } else if !(matches!(w, "and" | "of" | "&") && matched < acr.len()) {
            break;
        }
        k -= 1;
    }
    (matched == 0 && p - k >= 2).then_some(k)
}

/// Whether a capitalised word stands right before or after token `i`.
pub(super) fn capitalised_beside(text: &str, tokens: &Tokens, i: usize) -> bool {
    let cap = |k: usize| {
        tokens
            .tokens
            .get(k)
            .is_some_and(|t| t.kind == TokKind::Word && t.is_cap(text))
    };
    i.checked_sub(1).is_some_and(cap) || cap(i + 1)
}

pub(super) fn name_material(
    text: &str,
    tokens: &Tokens,
    lexed: &Lexed,
    rules: &Rules,
    i: usize,
    sentence_first: usize,
) -> bool {
    let t = tokens.tokens[i];
    let w = t.text(text);
    // "al-Rifa'i", "bin-Laden": a lower-case particle joined to a name;
    // "d'Epargne", "l'Equipement": an elided one ("Caisse d'Epargne").
    // (Its hyphen or apostrophe is the word's first and within its first
    // four bytes.)
    let particle_name = || {
        let b = w.as_bytes();
        b[..b.len().min(4)]
            .iter()
            .position(|&c| c == b'-' || c == b'\'')
            .is_some_and(|d| w[d + 1..].chars().next().is_some_and(char::is_uppercase))
    };
    if t.kind != TokKind::Word || !(t.is_cap(text) || particle_name()) {
        return false;
    }
    if lexed.is(i, ListKind::Title) && !lexed.is(i, ListKind::Designator) {
        return false;
    }
    if lexed.is(i, ListKind::Honorific) || lexed.is(i, ListKind::SpeechVerb) {
        return false;
    }
    // "Beijing-based", "Mercedes-owned": an adjective, not a name; but
    // "Kim Jong-un", "Jae-soon Chang": a romanised given name beside another
    // capitalised word.
    if let Some((_, tail)) = w.rsplit_once('-')
        && tail.chars().next().is_some_and(char::is_lowercase)
        && !(romanised_given(rules, w) && capitalised_beside(text, tokens, i))
    {
        return false;
    }
    if i == sentence_first && !lexed.is(i, ListKind::LegalSuffix) {
        // A sentence opener is a name only when it is not an ordinary word.
        // "Only", "Early": an adverb; "Emily", "Kelly": a given name.
        let adverb = w.ends_with("ly") && !lexed.is(i, ListKind::GivenName);
        if lexed.is(i, ListKind::NotName)
            || adverb
            || question_opener(text, tokens, lexed, rules, i)
            || plural_title_opener(text, tokens, rules, lexed, i, w)
        {
            return false;
        }
    }
    true
}

/// "Actors Jane Roe and Jon Doe star": token `i` (text `w`), a sentence's
/// first word, is the plural of a job title ("actors", "prosecutors",
/// "economists": a singular of `roles::singulars` is a title or role-title
/// word), no given name and no word of organisations' names
/// (rules/org-words.txt), and no capitalised word ("Economists said") or
/// people's names ([`names_follow`]) follow it: "Engineers Ltd said",
/// "Directors Guild" keep the word in the name.
fn plural_title_opener(
    text: &str,
    tokens: &Tokens,
    rules: &Rules,
    lexed: &Lexed,
    i: usize,
    w: &str,
) -> bool {
    if w.len() <= 4 {
        return false;
    }
    let lower = w.to_lowercase();
    let title = |s: &str| rules.word_class(s) & TITLE_BITS != 0;
    !title(&lower)
        && !lexed.is(i, ListKind::GivenName)
        && !lexed.is(i, ListKind::OrgWord)
        && singulars(&lower).any(|s| title(&s))
        && (!capitalised_at(text, tokens, i + 1) || names_follow(text, tokens, lexed, i + 1))
}

/// Whether token `k` is a capitalised word.
fn capitalised_at(text: &str, tokens: &Tokens, k: usize) -> bool {
    tokens
        .tokens
        .get(k)
        .is_some_and(|t| t.kind == TokKind::Word && t.is_cap(text))
}

/// Whether people's names open at token `k`: a run of capitalised words
/// with no legal suffix, designator or company noun in it ("Ltd", "Guild",
/// "Partners") that opens with a listed given name ("Jane Roe") or is
/// followed (after "of" and a place or firm, if any) by "," or "and" and
/// another capitalised word ("Orrin Valt and Pim Sorensen", "Ibrahim
/// Babangida of Nigeria and ...").
fn names_follow(text: &str, tokens: &Tokens, lexed: &Lexed, k: usize) -> bool {
    let toks = &tokens.tokens;
    let cap = |j: usize| capitalised_at(text, tokens, j);
    let end = (k..).find(|&j| !cap(j)).unwrap_or(k);
    let firm = |j: usize| {
        [
            ListKind::LegalSuffix,
            ListKind::Designator,
            ListKind::CompanyNoun,
        ]
        .iter()
        .any(|&kind| lexed.is(j, kind))
    };
    if end == k || (k..end).any(firm) {
        return false;
    }
    // "Ibrahim Babangida of Nigeria and ...": a place or firm after "of".
    let end = if toks.get(end).is_some_and(|t| t.text(text) == "of") && cap(end + 1) {
        (end + 1..).find(|&j| !cap(j)).unwrap_or(end)
    } else {
        end
    };
    let joined = toks
        .get(end)
        .is_some_and(|t| t.is_punct(',') || t.text(text) == "and")
        && cap(end + 1);
    lexed.is(k, ListKind::GivenName) || joined
}

/// "Does Orlov Mining plan a sale?": token `i`, a sentence's first word, is
/// a verb that opens a question (rules/question-openers.txt) and its
/// sentence ends with "?". Not in "Can Holding agreed to buy Pelton Ltd.",
/// where the word opens the name.
fn question_opener(text: &str, tokens: &Tokens, lexed: &Lexed, rules: &Rules, i: usize) -> bool {
    let sentence = &tokens.sentences[tokens.sentence_of[i]];
    lexed.is_cue(i, rules, "question-openers", tokens.tokens[i].text(text))
        && text[sentence.start..sentence.end]
            .trim_end_matches(|c: char| {
                c.is_whitespace() || matches!(c, '"' | '\'' | ')' | '\u{201d}')
            })
            .ends_with('?')
}
