//! Stage 4b, company-vs-person typing by form: a chunk's [`Verdict`] from
//! its designators, suffixes, initials, sector words, public bodies and places.

use super::*;

/// What a chunk is, once classified.
pub(super) enum Verdict {
    /// A mention of this kind, by this rule.
    Mention(Kind, &'static str),
    /// No mention, but its tokens are no one's name (a public body).
    Reserved,
    /// No mention.
    Nothing,
}

/// "Former", "Then", "Onetime": a capitalised word that dates a title
/// ("Former Wrenfield CEO", "FORMER Halvick chairman").
pub(super) fn past_time_opener(w: &str) -> bool {
    matches!(
        w,
        "Former" | "FORMER" | "Then" | "THEN" | "Onetime" | "Erstwhile" | "Outgoing"
    )
}

/// The verdict on a trimmed chunk: company by form (suffix, ticker,
/// brackets), a public body, a company by designator, a place, a person by
/// cue, or a capitalised chunk of unknown kind.
pub(super) fn classify(cx: &Cx, start: usize, end: usize) -> Verdict {
    let len = end - start;
    // "Federal Savings and Loan Insurance Corp": the thrifts' insurer, public.
    if (start + 1..end.saturating_sub(2))
        .any(|k| thrift_and(cx, k) && cx.word(k + 2) == "Insurance")
    {
        return Verdict::Reserved;
    }
    // "the New York Stock Exchange": a market, a company only as a party.
    if context::is_market_venue(cx, start, end) {
        return Verdict::Mention(Kind::Unknown, context::VENUE);
    }
    // "Inc", "Co Ltd" cut off a name (after a possessive, a comma or a
    // listed name): legal forms alone name no one.
    if cut_off_suffixes(cx, start, end) {
        return Verdict::Nothing;
    }
    // "Commodity Credit Corp", "Federal Deposit Insurance Corp": a listed
    // public body's name, though a legal form ends it.
    if listed_body_opening(cx, start, end) || national_bank(cx, start, end) {
        return Verdict::Reserved;
    }
    if let Some(rule) = company_by_form(cx, start, end) {
        return Verdict::Mention(Kind::Company, rule);
    }
    if context::after_ticker(cx, start, end) {
        return Verdict::Reserved;
    }
    if is_thrift(cx, start, end) {
        return Verdict::Mention(Kind::Company, "company-designator");
    }
    // "Bank of England": a central bank, or a bank named only by its place.
    let central = cx.word(start) == "Bank" && bank_of_place(cx, start, end);
    // "its Milling Division": a company's division, no public body.
    if context::owned_division(cx, start, end) {
        return Verdict::Mention(Kind::Company, context::RULE);
    }
    if central || is_public_body(cx, start, end) {
        return Verdict::Reserved;
    }
    let all_place = (start..end).all(|j| cx.is(j, ListKind::Place))
        || cx
            .lexed
            .spans_at(start, cx.rules, ListKind::Place)
            .any(|s| s.last == end);
    // "West Bank" is a place, "TVs" a plural, "Sunnyvale, Calif.," a town.
    let plural = len == 1 && is_acronym_plural(cx.word(start));
    if all_place || plural {
        return Verdict::Nothing;
    }
    let designated = len >= 2 && designator_at(cx, end - 1) || bank_of_place(cx, start, end);
    let given = cx.is(start, ListKind::GivenName);
    if designated && !given {
        return Verdict::Mention(Kind::Company, "company-designator");
    }
    if len >= 2 && !given && sector_ended(cx, start, end) {
        return Verdict::Mention(Kind::Company, SECTOR);
    }
    // "Banco de Espana said": a central bank is no company and, whatever
    // follows it, no person either.
    let opened = if len >= 2 && !given {
        foreign_opened(cx, start, end)
    } else {
        None
    };
    if opened == Some(true) {
        return Verdict::Mention(Kind::Company, OPENER);
    }
    if (len == 1 && (cx.is(start, ListKind::NotName) || before_byline_trailer(cx, end)))
        || (town_of_state(cx, end) && !post_nominal_after(cx, start, end))
        || dateline_place(cx, start, end)
    {
        return Verdict::Nothing;
    }
    if initials_firm(cx, start, end) {
        return Verdict::Mention(Kind::Company, INITIALS_FIRM);
    }
    if !designated
        && opened.is_none()
        && let Some((kind, rule)) = person_by_cue(cx, start, end)
    {
        return Verdict::Mention(kind, rule);
    }
    if designated {
        return Verdict::Mention(Kind::Company, "company-designator");
    }
    if len >= 2 && sector_ended(cx, start, end) {
        return Verdict::Mention(Kind::Company, SECTOR);
    }
    Verdict::Mention(Kind::Unknown, "capitalised")
}

/// Token `k` is a designator ("Group", "Ventures"), alone or closing a
/// word written as one ([`compound_designator`]: "Televentures").
pub(super) fn designator_at(cx: &Cx, k: usize) -> bool {
    cx.is(k, ListKind::Designator) || compound_designator(cx.rules, cx.word(k))
}

/// "Televentures", "Microsystems", "Biotechnologies": a capitalised word of
/// three letters or more and a lower-case designator of seven letters or
/// more written as one word, itself in no list ("Telecommunications" is an
/// organisation word of its own).
pub(super) fn compound_designator(rules: &Rules, w: &str) -> bool {
    let b = w.as_bytes();
    b.first().is_some_and(u8::is_ascii_uppercase)
        && b.len() >= 10
        && rules.word_class(w) == 0
        && (3..=b.len() - 7).any(|i| {
            b[i..].iter().all(u8::is_ascii_lowercase)
                && rules.lower_word_class(&w[i..]) & ListKind::Designator.bit() != 0
        })
}

/// "Hollis Group", "Brooks Drug": a name of two or more words ending in a
/// designator or a sector word; a given name opening it makes no person by
/// its shape or a speech verb alone (a title, an honorific or an
/// apposition still does).
pub(super) fn business_ended(cx: &Cx, start: usize, end: usize, len: usize) -> bool {
    len >= 2 && (designator_at(cx, end - 1) || sector_ended(cx, start, end))
}

/// The rule id of a firm named by initials and a surname after a person
/// and "of" / "at" ([`initials_firm`]).
pub(super) const INITIALS_FIRM: &str = "company-initials-firm";

/// "analyst Ann Lee of K.T. Marlow said": dotted initials and one
/// capitalised word (a firm named after its founder, as brokerages are)
/// right after a name and "of" or "at": the person's employer, no second
/// person. Not a place's initials ("Vellan Gas Corp of U.S. Plans to").
pub(super) fn initials_firm(cx: &Cx, start: usize, end: usize) -> bool {
    let toks = &cx.tokens.tokens;
    end == start + 2
        && start >= 2
        && crate::pipeline::segment::dotted_initials(cx.word(start))
        && !cx.is(start, ListKind::Place)
        && toks[start + 1].is_cap(cx.text)
        && matches!(cx.word(start - 1), "of" | "at")
        && toks[start - 2].is_cap(cx.text)
        && !cx.is(start - 2, ListKind::Title)
}

/// The rule id of a name ended by a sector word ("Kestrel Mining").
pub(super) const SECTOR: &str = "company-sector";

/// "Kestrel Mining", "Halvick Brewing": the chunk `start..end` ends in a
/// sector word (rules/company-sectors.txt), written with a capital. Unlike
/// a designator, the word stays in the company's key (resolve strips only
/// designators and legal suffixes), so "Acme Bottling" gets no short alias
/// "Acme" and stays apart from a company "Acme". Not when "and" or "&" and
/// a capitalised word follow (the sector word is inside a longer name:
/// "Sun Refining and Marketing", "Textiles and Supplies unit"), nor when
/// only countries and nationality words stand before it ("U.K. Cement
/// demand", "U.S. Semiconductors", "CANADIAN METALS" prices): a market, no
/// company. A city or region before it opens a company's name ("Cochabamba
/// Mining", "Minnesota Mining"), unless the words around make it a market
/// or a portfolio ([`regional_market`]: "Ontario Lumber prices").
pub(super) fn sector_ended(cx: &Cx, start: usize, end: usize) -> bool {
    let w = cx.word(end - 1);
    let toks = &cx.tokens.tokens;
    let and_more = matches!(toks.get(end).map(|t| t.text(cx.text)), Some("and" | "&"))
        && toks
            .get(end + 1)
            .is_some_and(|t| t.text(cx.text).starts_with(|c: char| c.is_uppercase()));
    let placed = (start..end - 1).all(|k| country_word(cx, k));
    let regional = (start..end - 1).all(|k| country_word(cx, k) || cx.is(k, ListKind::Place))
        && regional_market(cx, start, end);
    w.starts_with(|c: char| c.is_uppercase())
        && cx.is_cue("company-sectors", end - 1)
        && !and_more
        && !placed
        && !regional
}

/// "Ontario Lumber prices", "Output of Nevada Copper fell", "Ontario
/// Lumber Minister Jane Roe": the chunk `start..end` of a place and a
/// sector word reads as a market or a portfolio. A market noun
/// (rules/sector-market-nouns.txt) follows it or stands before "of"/"for"
/// right before it, or a capitalised title word follows it.
fn regional_market(cx: &Cx, start: usize, end: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let market = |k: usize| toks[k].kind == TokKind::Word && cx.is_cue("sector-market-nouns", k);
    let title = |k: usize| {
        toks[k].is_cap(cx.text) && (cx.is(k, ListKind::Title) || cx.is(k, ListKind::PublicTitle))
    };
    let after = end < toks.len() && (market(end) && toks[end].is_lower(cx.text) || title(end));
    let before = start >= 2 && matches!(cx.word(start - 1), "of" | "for") && market(start - 2);
    after || before
}

/// "Canada", "Canadian", "U.K.", "US": a country's name
/// (rules/country-names.txt), a nationality word, or a listed place written
/// as an abbreviation (capitals and dots, at most four characters). Not a
/// city or region ("Cochabamba", "Minnesota").
fn country_word(cx: &Cx, k: usize) -> bool {
    let w = cx.word(k);
    let abbreviation = w.len() <= 4 && w.chars().all(|c| c.is_ascii_uppercase() || c == '.');
    cx.is_cue("country-names", k) || cx.demonym(k) || (abbreviation && cx.is(k, ListKind::Place))
}

/// The rule id of a name opened by a company word of another language.
pub(super) const OPENER: &str = "company-opener";

/// "Banque Tessard", "Banca Orvani Italiana", "Grupo Varela": whether the
/// chunk `start..end`, opening with a word of rules/company-openers.txt
/// written with a capital, is a company (`Some(true)`), or a central bank
/// or spelt-out legal form (`Some(false)`): only particles and places or
/// country names follow the opener ("Banco de Portugal", "Banco de
/// Espana"), a word of central banking stands in it ("Banco Central do
/// Brasil", "Banco Nacional de Angola"), or a legal form follows it
/// ("Sociedad Anonima de Capital Variable"). `None` without an opener.
pub(super) fn foreign_opened(cx: &Cx, start: usize, end: usize) -> Option<bool> {
    let w = cx.word(start);
    if !w.starts_with(|c: char| c.is_uppercase()) || !cx.is_cue("company-openers", start) {
        return None;
    }
    let cue = |list: &str, k: usize| cx.is_cue(list, k);
    // "Banco do Brasil", "Banque d'Algerie": particles of rules/name-particles.txt
    // and rules/company-opener-particles.txt.
    let particle = |k: usize| cx.is_particle(k) || cue("company-opener-particles", k);
    // "Banco de Espana": a place or a country named in its own language;
    // "Banque d'Algerie": one elided after a particle, written as one word.
    let place_word = |w: &str| {
        cx.rules.word_class(w) & ListKind::Place.bit() != 0 || cx.rules.is_cue("country-names", w)
    };
    let elided_place = |k: usize| {
        let w = cx.word(k);
        w.find('\'').is_some_and(|i| {
            cx.rules.is_cue("company-opener-particles", &w[..=i]) && place_word(&w[i + 1..])
        })
    };
    let place = |k: usize| cx.is(k, ListKind::Place) || cue("country-names", k) || elided_place(k);
    // "Banco Central", "Banco Nacional de Angola": a word of central banking
    // (rules/central-bank-words.txt), or a national one
    // (rules/national-bank-words.txt) followed only by particles and country
    // names ("Banque Nationale de Paris" is a company).
    let central = |k: usize| {
        cue("central-bank-words", k)
            || (cue("national-bank-words", k)
                && (k + 1..end).all(|j| particle(j) || cue("country-names", j)))
    };
    // "Sociedad Anonima de Capital Variable", "Societe Anonyme": a legal
    // form spelt out after a name, no name itself.
    let legal_form = start + 1 < end && cue("company-opener-legal-forms", start + 1);
    Some(
        !legal_form
            && !(start + 1..end).all(|k| particle(k) || place(k))
            && !(start + 1..end).any(central),
    )
}

/// "First Published 3 hours ago", "Last Updated": a byline trailer word
/// (rules/clean/trailer-leads.txt) follows the word ending at `end` on its
/// line.
pub(super) fn before_byline_trailer(cx: &Cx, end: usize) -> bool {
    let toks = &cx.tokens.tokens;
    toks.get(end).is_some_and(|t| {
        cx.rules.clean.lists.is_trailer_lead(t.text(cx.text))
            && !cx.text[toks[end - 1].end..t.start].contains('\n')
    })
}

/// "BEVERLY HILLS, June 18 -", "LAKE FOREST, Ill., March 3 -": a chunk in
/// capitals opening its line, then a comma and, before any lower-case
/// word, a month or weekday name and a number: a newswire dateline's place.
pub(super) fn dateline_place(cx: &Cx, start: usize, end: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let shouted = (start..end).all(|k| !cx.word(k).chars().any(char::is_lowercase));
    if !shouted
        || !toks.get(end).is_some_and(|t| t.is_punct(','))
        || !opens_line(cx.text, cx.tokens, start)
    {
        return false;
    }
    let number = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.text(cx.text).starts_with(|c: char| c.is_ascii_digit()))
    };
    let dates = &cx.rules.clean.lists;
    (end + 1..toks.len().min(end + 8))
        .take_while(|&k| !toks[k].is_lower(cx.text))
        .any(|k| dates.is_date_word(cx.word(k)) && number(k + 1))
}

/// "United Bank of Arizona": a name ending in "Bank of" (or "Bancorp of")
/// and a place (see [`joining_word`]).
pub(super) fn bank_of_place(cx: &Cx, start: usize, end: usize) -> bool {
    (start + 1..end).any(|k| {
        cx.word(k) == "of"
            && matches!(cx.word(k - 1), "Bank" | "Bancorp")
            && (k + 1..end).all(|j| cx.is(j, ListKind::Place))
    })
}

/// "TVs", "CEOs": the plural of an acronym, no one's name.
pub(super) fn is_acronym_plural(w: &str) -> bool {
    w.strip_suffix('s')
        .is_some_and(|stem| stem.len() >= 2 && stem.bytes().all(|b| b.is_ascii_uppercase()))
}

/// "Sunnyvale, Calif., defense firm": a chunk ending at `end` followed by a
/// comma, a listed place and a punctuation mark names a town of that state
/// or country.
pub(super) fn town_of_state(cx: &Cx, end: usize) -> bool {
    let toks = &cx.tokens.tokens;
    if !toks.get(end).is_some_and(|t| t.is_punct(',')) || end + 2 >= toks.len() {
        return false;
    }
    let place_end = if cx.is(end + 1, ListKind::Place) {
        end + 2
    } else {
        match cx
            .lexed
            .spans_at(end + 1, cx.rules, ListKind::Place)
            .map(|s| s.last)
            .max()
        {
            Some(last) => last,
            None => return false,
        }
    };
    toks.get(place_end)
        .is_some_and(|t| t.is_punct(',') || t.is_punct('.'))
        && cx.tokens.sentence_of.get(place_end) == cx.tokens.sentence_of.get(end)
}

/// "Jane Roe, MD, an internist": a name of two or more words opening with a
/// given name, then a comma and post-nominal letters (the `role-post-nominals`
/// list, full stops removed) that a place list also holds ("MD" is Maryland).
pub(super) fn post_nominal_after(cx: &Cx, start: usize, end: usize) -> bool {
    end - start >= 2
        && cx.is(start, ListKind::GivenName)
        && cx.tokens.tokens[end + 1].is_cap(cx.text)
        && cx
            .rules
            .is_cue_undotted("role-post-nominals", cx.word(end + 1))
}

/// A company by its form: two or more words ending in a legal suffix, a
/// newswire ticker after it ("<GM>"), or newswire brackets around a name
/// with lower-case letters ("<Mitsui and Co Ltd>"). Gives the rule.
pub(super) fn company_by_form(cx: &Cx, start: usize, end: usize) -> Option<&'static str> {
    let (toks, text) = (&cx.tokens.tokens, cx.text);
    if end - start >= 2 && cx.is(end - 1, ListKind::LegalSuffix) && !edition_label(cx, end) {
        return Some("company-legal-suffix");
    }
    let ticker = end + 2 < toks.len()
        && toks[end].is_punct('<')
        && toks[end + 2].is_punct('>')
        && cx
            .word(end + 1)
            .chars()
            .all(|c| c.is_ascii_uppercase() || c == '.');
    // Newswire marks unlisted companies as <Name Corp>.
    let bracketed = start > 0
        && toks[start - 1].is_punct('<')
        && toks.get(end).is_some_and(|t| t.is_punct('>'));
    let has_lower = text[toks[start].start..toks[end - 1].end]
        .chars()
        .any(char::is_lowercase);
    (ticker || (bracketed && has_lower)).then_some("company-ticker")
}

/// "Vexa C180 SE", "Truline 3 SE": "SE" (a legal suffix, and a product's
/// edition label) after a word with a digit, a model number, ends a
/// product's name, no company's ("Orvane SE" stays one).
pub(super) fn edition_label(cx: &Cx, end: usize) -> bool {
    cx.word(end - 1) == "SE" && cx.word(end - 2).bytes().any(|b| b.is_ascii_digit())
}

/// "Heck's Inc", "Tyvak Systems, Inc", "Hudson's Bay Co": legal forms
/// only, right after a possessive, a comma or a name: the tail of a name
/// read short, no name of its own ("brokers TOV" is one).
pub(super) fn cut_off_suffixes(cx: &Cx, start: usize, end: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let after_name = start > 0
        && (toks[start - 1].kind == TokKind::Possessive
            || toks[start - 1].is_punct(',')
            || toks[start - 1].is_cap(cx.text) && !cx.is(start - 1, ListKind::NotName));
    after_name && (start..end).all(|k| cx.is(k, ListKind::LegalSuffix))
}

/// `start..end` is a listed public body of two or more words, alone or
/// before legal forms only ("World Bank", "Commodity Credit Corp"); "Central
/// Bank and Trust Co" is a bank's name.
pub(super) fn listed_body_opening(cx: &Cx, start: usize, end: usize) -> bool {
    listed_bodies(cx, start, end).any(|s| (s.last..end).all(|k| cx.is(k, ListKind::LegalSuffix)))
}

/// A listed public body of two or more words starts at `k` and ends by `end`.
pub(super) fn listed_body_at(cx: &Cx, k: usize, end: usize) -> bool {
    listed_bodies(cx, k, end).next().is_some()
}

/// The listed public bodies of two or more words from `k` that end by `end`.
pub(super) fn listed_bodies<'a>(
    cx: &'a Cx,
    k: usize,
    end: usize,
) -> impl Iterator<Item = &'a crate::pipeline::lexicon::Span> + 'a {
    cx.lexed
        .spans_at(k, cx.rules, ListKind::PublicBody)
        .filter(move |s| s.last - s.first >= 2 && s.last <= end)
}

/// A capitalised legal suffix at `k`, before `sent_last` ("Co", "Ltd").
pub(super) fn cap_suffix(cx: &Cx, k: usize, sent_last: usize) -> bool {
    k < sent_last && cx.is(k, ListKind::LegalSuffix) && cx.tokens.tokens[k].is_cap(cx.text)
}

/// Whether token `k` is a one-word entry of `kind`, whether its list is
/// looked up per token (the automaton's) or per word (word classes).
pub(super) fn has_class(cx: &Cx, k: usize, kind: ListKind) -> bool {
    cx.is(k, kind) || cx.word_class(k) & kind.bit() != 0
}

/// "the National Bank", "the Swiss National Bank": a central bank, named
/// alone or by its country's adjective ("Pittsburgh National Bank" is a
/// bank's name, and so is "American National Bank": the United States have
/// no national bank). The adjective must be a country's: one of
/// rules/nationalities.txt, or one of rules/regional-adjectives.txt that is
/// a country's, present or former, in another spelling
/// (rules/country-variant-adjectives.txt: "Yugoslav", "Soviet", "Rumanian");
/// another region's adjective ("Alsatian National Bank") names a bank.
pub(super) fn national_bank(cx: &Cx, start: usize, end: usize) -> bool {
    let n = end - start;
    let country = |k: usize| {
        let w = cx.word(k);
        has_class(cx, k, ListKind::Nationality)
            && !w.eq_ignore_ascii_case("American")
            && (!cx.is_cue("regional-adjective-words", k)
                || cx.is_cue("country-variant-adjectives", k))
    };
    (n == 2 || n == 3 && country(start))
        && cx.word(end - 2).eq_ignore_ascii_case("National")
        && cx.word(end - 1).eq_ignore_ascii_case("Bank")
}

/// "Securities and Exchange Commission", "Ministry of Finance": not a
/// business; "Securities" of "Securities and Exchange Commission" neither.
pub(super) fn is_public_body(cx: &Cx, start: usize, end: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let joined_to_public_body = toks.get(end).is_some_and(|t| t.text(cx.text) == "and")
        && (end + 1..(end + 4).min(toks.len()))
            .take_while(|&k| toks[k].is_cap(cx.text))
            .any(|k| cx.is(k, ListKind::PublicBody));
    let listed_whole = || {
        cx.lexed
            .spans_at(start, cx.rules, ListKind::PublicBody)
            .any(|s| s.last <= end && (s.last - s.first >= 2 || body_word_holds(cx, start, end)))
            || cx
                .lexed
                .span_ending(end, cx.rules, ListKind::PublicBody)
                .is_some_and(|s| s.first >= start)
    };
    // "New York Federal Reserve Bank": a listed body inside the name.
    let listed_inside = || (start + 1..end).any(|k| listed_body_at(cx, k, end));
    cx.is(end - 1, ListKind::PublicBody)
        || (cx.is(start, ListKind::PublicBody) && body_word_holds(cx, start, end))
        || seat_of_government(cx, start, end)
        || joined_to_public_body
        || listed_whole()
        || listed_inside()
}

/// The list of public-body words that hold only at a name's end
/// ([`body_word_holds`]).
pub(super) const LAST_WORD_BODIES: &str = "public-body-last-words";

/// Whether the public-body word at `k` in the name `..end` makes it a public
/// body: any word does, but those of rules/public-body-last-words.txt
/// ("Academy", "Polytechnic") only as the name's last word or before "of" /
/// "at" ("the Corvell Institution", "Academy of Arts"), never before another
/// word of the name, a designator or legal suffix among them ("Polytechnic
/// Partners", "Observatory Capital Inc").
pub(super) fn body_word_holds(cx: &Cx, k: usize, end: usize) -> bool {
    if !cx.is_cue(LAST_WORD_BODIES, k) || k + 1 >= end {
        return true;
    }
    let next = k + 1;
    matches!(cx.word(next), "of" | "at")
        && !cx.is(next, ListKind::Designator)
        && !cx.is(next, ListKind::LegalSuffix)
}

/// "Whitehall", "the White House": a seat of government named alone stands
/// for the government; a longer name opening or ending with one is a name
/// of its own ("Whitehall Jewellers", "Capitol Hill Bank").
pub(super) fn seat_of_government(cx: &Cx, start: usize, end: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let name = &cx.text[toks[start].start..toks[end - 1].end];
    cx.rules.is_cue_phrase("seats-of-government", name)
}
