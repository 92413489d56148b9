//! Spot step 4: companies known only from the words around them (rule
//! `company-context`), for names on no list and without a legal suffix or a
//! designator.
//!
//! Takes: the classified mentions. Changes: an unknown capitalised chunk, or
//! a lone name next to a speech verb that no person of the article bears,
//! becomes a company when
//! - a `company-cue` entry stands right before it, in lower case
//!   ("chipmaker Quellon", "rival Brannick", "shares of Pellory", "Finnish
//!   company Arvane", "Record company Velmor" opening a sentence); a cue
//!   that opens the chunk ("Chipmaker Quellon") is dropped from it; so does
//!   "company" after a lower-case word that is no determiner ("holding
//!   company Quellon") or after an owner's "whose", "his", "her", "their"
//!   ("whose company Vaxotrope"); not when
//!   the chunk modifies a noun ("a stake in Italian car maker");
//! - a `company-head` entry follows it or its possessive ("Marwick's chief
//!   executive", "Halvery (NYSE: HLV)", "Zentoro said it would"), or "said
//!   it"/"says it" and any word but "was"/"is", or "said its" (then also a
//!   speech-verb name of two or three words without a given name: "Orlov
//!   Dynamics said it has"; "has said it", "said on Tuesday that it" with
//!   "it" alone; not after a body's noun, "union"); without a
//!   possessive the head must be two or more tokens or a job title, so that
//!   "Halsey shares his view" is no cue;
//! - a descriptor stands in apposition (or after "is"/"was"): ", a/an/the"
//!   ("is a/an/the") and at most six words
//!   ending in a cue or "company" before a comma, full stop, clause word
//!   or participle phrase ("Tessaro, a Seattle-based software maker,",
//!   "Kestrel, the Dutch brewing group,", "Novara, a payments company
//!   focused on", "Quorra, the company behind"), with no job title among
//!   them ("X, the chief executive of the firm," is a person's apposition);
//! - it stands in a list (joined by commas, "and", "or") with a company, or
//!   in a list that ends in "and other" and a cue ("Halvery, Zentoro and
//!   other chipmakers"); a cue before "such as", "like" or "including"
//!   marks the name after it ("firms such as Quellon and Brannick",
//!   "Companies such as Quellon" opening a sentence, "companies with names
//!   like Quellon");
//! - a business's head noun follows it ("the Dellmoor chain", "Dellmoor
//!   chain of hotels"), or, after "from", "at", "with" or "by", a company
//!   cue ending in a company noun and a mark ("from Veldergrun Brockhaus
//!   investment bank,"), or it reports results or share moves ("Brackwell
//!   reported a loss", "Hestova shares rose", "Dorvik had operating income
//!   of"; not "Irish shares rose", "Ordinary shares were");
//! - a share noun follows it after a preposition, "the" or a number ("of
//!   Halvery shares", "500,000 Tessaro shares", [`stock_noun_after`]);
//! - a verb of bringing out a product follows it (rules/company-launch-verbs.txt,
//!   "has" allowed) before a determiner or a capitalised word ("Tessaro has
//!   launched a bond", "Quellon unveils a service"), and it is no surname of a
//!   person of the article;
//! - it is "Air" and a place ("Air Astana");
//! - it follows a place's "-based" and a verb, a clause word or a mark
//!   follows it ("Montreal-based Brellan called", [`place_based`]).
//!
//! A market ("Pacific Stock Exchange", rule `market-venue`) is never made a
//! company here; only a party to a tie is one (the events stage). This file
//! also holds the spotter's joins of "and"-names ([`and_one_word`]: "Fenwold
//! and Larch Plc", "Dunmore, Pellick and Jassard Securities Corp"), the
//! division after a cue ("sister company Dexia Cable"), the words after a
//! ticker ("Dexia <DXB> Capital Markets", no person) and, for the list
//! step, a listed name that opens a longer suffixed name in capitals
//! ([`caps_listed_suffix_end`]: "OTTER TAIL POWER CO").
//!
//! Guarantees: mentions keep their order and never grow; only `Unknown`
//! and speech-verb `Surname` mentions change. Linear in the mentions.

use hashbrown::{HashMap, HashSet};

use super::{BRANDS, Cx, Kind, Mention};
use crate::pipeline::lexicon::{Span, TokenWords};
use crate::pipeline::segment::TokKind;
use crate::rules::{ListKind, Payload};

/// The rule id of the companies found here.
pub(super) const RULE: &str = "company-context";

/// The rule id of a market's name ("New York Stock Exchange"): a chunk of
/// unknown kind that no context cue makes a company; only a party to a tie
/// is one (the events stage promotes it).
pub(super) const VENUE: &str = "market-venue";

/// Whether `start..end` (two or more words) names a market: it ends in
/// a market word (rules/market-words.txt) and "Exchange" ("Cocoa Exchange"), "Bourse", or "Stock
/// Market", a legal suffix after them allowed ("Metal Exchange Ltd").
pub(super) fn is_market_venue(cx: &Cx, start: usize, end: usize) -> bool {
    let mut last = end - 1;
    if last > start && cx.is(last, ListKind::LegalSuffix) {
        last -= 1;
    }
    if last <= start {
        return false;
    }
    match cx.word(last) {
        "Exchange" => cx.is_cue("market-words", last - 1),
        "Bourse" | "Boerse" | "B\u{f6}rse" => true,
        "Market" => cx.word(last - 1) == "Stock",
        _ => false,
    }
}

/// "Fenwold and Larch Plc", "Harrowgate Telephone and\nTelegraph Co": "and"
/// at `end`, one capitalised word and a capitalised legal suffix join the
/// name `start..end` into one (designators may stand before the suffix after
/// a comma-led list of partners: "Donaldson, Lufkin and Jenrette Securities
/// Corp"). Not when the part before is a
/// whole name already (it ends in a designator or a legal suffix, or opens
/// with a given name: "Orvane Chemicals and Tessaly Corp"), nor when a
/// listed company stands in it ("Boeing and Tessaly Corp"; a listed brand
/// opening a longer name before "and" does not count). Without a suffix,
/// partners' names before a firm's descriptor join too ([`partners_firm`]).
/// Gives one past the suffix (or the last name word).
pub(super) fn and_one_word(
    cx: &Cx,
    material: &[bool],
    start: usize,
    end: usize,
    sent_last: usize,
) -> Option<usize> {
    let toks = &cx.tokens.tokens;
    let word = end + 1;
    let open = |k: usize| {
        k < sent_last
            && material[k]
            && toks[k].is_cap(cx.text)
            && !cx.is(k, ListKind::LegalSuffix)
            && !cx.is(k, ListKind::Designator)
    };
    // "Donaldson, Lufkin and Jenrette Securities Corp", "Kidder, Peabody
    // and Co Inc": three one-word names of partners.
    if toks[end].is_punct(',') && end - start == 1 && open(start) && open(word) {
        let and = end + 2;
        return (and + 1 < sent_last && cx.word(and) == "and")
            .then(|| {
                and_one_word(cx, material, start, and, sent_last)
                    .or_else(|| super::joining_word(cx, material, and, sent_last))
                    .or_else(|| partners_firm(cx, start, and, sent_last))
            })
            .flatten();
    }
    if cx.word(end) != "and" || !open(word) {
        return None;
    }
    // "Wessel Arnott and Hale, a Tulsa brokerage": two words before "and".
    let two_before = end - start == 2 && (start..end).all(open);
    let Some(k) = suffix_after_and(cx, start, end, sent_last) else {
        return two_before
            .then(|| partners_firm(cx, start, end, sent_last))
            .flatten();
    };
    (!whole_before_and(cx, start, end) && !listed_inside(cx, start, end, k)).then_some(k + 1)
}

/// "Pelling, Marsh and Oddie, a Dallas brokerage": the partners' names
/// `start..and` and one capitalised word after "and" (at `and`), then a
/// comma and a singular descriptor ending in a company noun or cue
/// ([`descriptor_apposition`]) of a partners' trade ([`partners_head`])
/// name one firm, not three. Not when a word is
/// a place, a given name opens the names, or a listed company stands in
/// them. Gives one past the last name word (the comma).
fn partners_firm(cx: &Cx, start: usize, and: usize, sent_last: usize) -> Option<usize> {
    let toks = &cx.tokens.tokens;
    let comma = and + 2;
    let singular = |k: usize| matches!(cx.word(k), "a" | "an");
    let names_only = (start..comma).all(|k| {
        k == and || toks[k].is_punct(',') || (toks[k].is_cap(cx.text) && !cx.is(k, ListKind::Place))
    });
    let firm = comma + 1 < sent_last
        && toks[comma].is_punct(',')
        && singular(comma + 1)
        && names_only
        && !cx.is(start, ListKind::GivenName)
        && !listed_inside(cx, start, and, and + 1)
        && descriptor_apposition(cx, start, comma)
        && partners_head(cx, comma + 2, sent_last);
    firm.then_some(comma)
}

/// A noun of rules/partners-firm-nouns.txt ("brokerage", "firm") as the
/// head of the descriptor opening at token `from`: its last word before
/// punctuation, a preposition, "that"/"which" or a participle taking an
/// object (at most eight words; [`descriptor_end`]), so "a Dallas
/// brokerage" and "a Boston law firm" name a firm of partners but "a group
/// backed by a German bank" does not.
fn partners_head(cx: &Cx, from: usize, sent_last: usize) -> bool {
    let end = descriptor_end(cx, from, sent_last);
    end > from
        && cx
            .rules
            .is_cue_as_written("partners-firm-nouns", cx.word(end - 1))
}

/// One past the last word of the descriptor opening at token `from`
/// (token indices, at most eight words, before `sent_last`): it ends before
/// punctuation other than "-", a preposition or clause word ("of", "in",
/// "that", "which"), or a lower-case "-ed"/"-ing" word that a preposition or
/// article follows ("backed by", "formed by", "owning a").
fn descriptor_end(cx: &Cx, from: usize, sent_last: usize) -> usize {
    let toks = &cx.tokens.tokens;
    let stop_bits = ListKind::Preposition.bit() | ListKind::ClauseWord.bit();
    let function = |k: usize| cx.word_class(k) & stop_bits != 0;
    let participle = |k: usize| {
        let w = cx.word(k);
        toks[k].is_lower(cx.text)
            && (w.ends_with("ed") || w.ends_with("ing"))
            && k + 1 < sent_last
            && (function(k + 1) || matches!(cx.word(k + 1), "a" | "an" | "the"))
    };
    (from..(from + 8).min(sent_last))
        .find(|&k| {
            (matches!(toks[k].kind, TokKind::Punct(_)) && !toks[k].is_punct('-'))
                || function(k)
                || participle(k)
        })
        .unwrap_or((from + 8).min(sent_last))
}

/// A word of two or more capitals: an acronym.
fn acronym(cx: &Cx, k: usize) -> bool {
    let w = cx.word(k);
    w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase())
}

/// Whether the part `start..end` before "and" (at `end`) is a whole name
/// already: it ends in a designator or a legal suffix, or opens with a
/// given name ("Orvane Chemicals and Tessaly Corp"); an acronym or the
/// first word again after "and" opens a name of its own ("Brown and AFG
/// Industries Inc", "Macintosh II and Macintosh SE").
fn whole_before_and(cx: &Cx, start: usize, end: usize) -> bool {
    let word = end + 1;
    cx.is(end - 1, ListKind::Designator)
        || cx.is(end - 1, ListKind::LegalSuffix)
        || (end - start >= 2 && cx.is(start, ListKind::GivenName))
        || (acronym(cx, word) && !acronym(cx, end - 1))
        || cx.word(word) == cx.word(start)
}

/// The capitalised legal suffix after "and" (at `end`) and one word, with
/// designators before it when the part `start..end` before "and" is a
/// comma-led list of partners or one word ("Harper and Mull Publishers
/// Inc", "B and W Electric Supply Co"), unless something before it lists
/// two names ("between Kappa and Radiation Systems Inc", "Hicks and Haas
/// and Acadia Partners LP", "Delta Corp, Kappa and ..."); a place's "of" or
/// an acronym before the part does too ("SA of France and Juster Steel
/// Corp", "SCI and Gillett Holdings Inc").
fn suffix_after_and(cx: &Cx, start: usize, end: usize, sent_last: usize) -> Option<usize> {
    let toks = &cx.tokens.tokens;
    let lists_two = start > 0
        && (matches!(cx.word(start - 1), "between" | "and" | "both" | "&")
            || cx.word(start - 1) == "of" && cx.is(start, ListKind::Place)
            || toks[start - 1].is_punct(','))
        || acronym(cx, start);
    let partners = (start + 1..end).any(|j| toks[j].is_punct(','))
        || (end - start == 1 && (!lists_two || cx.word(start).chars().count() == 1));
    let mut k = end + 2;
    while partners
        && k < sent_last
        && cx.is(k, ListKind::Designator)
        && !cx.is(k, ListKind::LegalSuffix)
    {
        k += 1;
    }
    (k < sent_last && cx.is(k, ListKind::LegalSuffix) && toks[k].is_cap(cx.text)).then_some(k)
}

/// Whether a listed company stands in `start..=k` ("Boeing and Tessaly
/// Corp"). A listed brand followed by more capitalised words inside the
/// part before "and" (at `end`) is no mention (`brand_inside_longer_name`)
/// but a parent's name opening a unit's ("Zipcar Refining and Marketing
/// Co"): it does not count.
fn listed_inside(cx: &Cx, start: usize, end: usize, k: usize) -> bool {
    let word = end + 1;
    let brand_inside = |s: &Span| {
        s.first < word
            && s.last < end
            && matches!(s.payload, Payload::Entry { entry, .. }
                if cx.rules.lists[cx.rules.entries[entry as usize].list].meta.id == BRANDS)
    };
    (start..=k).any(|j| {
        cx.lexed
            .spans_at(j, cx.rules, ListKind::Company)
            .any(|s| !brand_inside(s))
    })
}

/// Promotes the mentions that a context cue marks as companies.
pub(super) fn companies_by_context(cx: &Cx, out: &mut [Mention]) {
    firms_named_like_people(cx, out);
    // "Harrow and Kestrel (H&K)": the acronym is the glossed company's.
    let glossed: HashSet<&str> = out
        .iter()
        .filter(|m| m.rule == "company-acronym")
        .filter_map(|m| cx.tokens.tokens.get(m.last + 1))
        .map(|t| t.text(cx.text))
        .collect();
    let surnames: HashSet<String> = out
        .iter()
        .filter(|m| m.kind == Kind::Person)
        .map(|m| cx.word(m.last - 1).to_string())
        .collect();
    let named_earlier = FullNames::new(cx, out);
    for m in out.iter_mut() {
        if !open_to_context(cx, m, &surnames, &glossed) {
            continue;
        }
        if m.last - m.first == 1
            && named_earlier.surname_before(cx.word(m.first), m.first)
            && !strong_cue(cx, m.first, m.last)
        {
            continue;
        }
        let opened = opening_cue(cx, m.first, m.last);
        if opened || business_context(cx, m, &surnames) {
            if opened {
                m.first += 1;
            }
            m.kind = Kind::Company;
            m.rule = RULE.to_string();
        }
    }
    companies_in_lists(cx, out, &surnames);
}

/// Whether mention `m` may become a company by its context in
/// [`companies_by_context`]: an unknown name (not a market venue), a
/// surname that only a speech verb made one and no person of the article
/// bears (`surnames`), or a speaking name with no given name that speaks
/// of itself as "it"; not the pronoun "I", an acronym a gloss explains
/// (`glossed`), nor a nationality modifier.
fn open_to_context(
    cx: &Cx,
    m: &Mention,
    surnames: &HashSet<String>,
    glossed: &HashSet<&str>,
) -> bool {
    let open = match m.kind {
        Kind::Unknown => m.rule != VENUE,
        Kind::Surname => m.rule == "person-speech" && !surnames.contains(cx.word(m.first)),
        // "Orlov Dynamics said it has ...": a name that speaks of
        // itself as "it", with no given name, is no person.
        Kind::Person => {
            m.rule == "person-speech"
                && !cx.is(m.first, ListKind::GivenName)
                && says_it(cx, m.last)
                && !attached(cx, m.first, m.last)
        }
        _ => false,
    };
    // "I", "I've", "I'd": a pronoun, never a name ("a division I made").
    let pronoun = m.last - m.first == 1 && {
        let w = cx.word(m.first);
        w == "I" || w.starts_with("I'") || w.starts_with("I\u{2019}")
    };
    let glossed_acronym = m.last - m.first == 1 && glossed.contains(cx.word(m.first));
    open && !pronoun && !glossed_acronym && !nationality_modifier(cx, m)
}

/// Whether the words around mention `m` mark a business (the cues other
/// than an opening one, [`opening_cue`]): a cue before it, a business head
/// or noun after it, "said it", a descriptor apposition, a business
/// relative clause, and the rest of this file's tests.
fn business_context(cx: &Cx, m: &Mention, surnames: &HashSet<String>) -> bool {
    cue_before(cx, m.first, m.last)
        || (head_after(cx, m.last)
            && !region_name(cx, m)
            && !title_premodifier(cx, m)
            && !market_adjective(cx, m.first, m.last)
            && !trade_plural(cx, m.first, m.last)
            && !share_class(cx, m.first, m.last))
        || head_noun_after(cx, m.first, m.last)
        || cue_noun_after(cx, m.first, m.last)
        || (says_it(cx, m.last)
            && !attached(cx, m.first, m.last)
            && !body_noun_before(cx, m.first)
            // "Sociedad Anonima said on Monday it": a legal form, no name.
            && super::classify::foreign_opened(cx, m.first, m.last) != Some(false))
        || descriptor_apposition(cx, m.first, m.last)
        || business_relative(cx, m.first, m.last)
        || brings_out(cx, m.first, m.last, surnames)
        || airline_name(cx, m.first, m.last)
        || owned_unit(cx, m.first, m.last)
        || modified_head_after(cx, m.first, m.last)
        || place_based(cx, m.first, m.last)
        || staff_title_after(cx, m.first, m.last)
        || executive_title_after(cx, m.first, m.last)
        || stock_noun_after(cx, m.first, m.last)
        || cuts_jobs(cx, m.first, m.last)
}

/// "retailer Marisa Fenwick", "the Arthur D. Little consultancy", "shares
/// of Marisa Fenwick", "Marisa Fenwick, the clothing retailer,": a name
/// that is a person's by its shape alone (rule `person-given-name` or
/// `person-speech`: a given name opens it, a speech verb follows it) but
/// stands where only a business does ([`firm_slot`]) is a company named
/// after its founder; so are the article's other mentions of the same
/// words that only their shape made a person's. A title, an honorific or
/// an apposition with a title keeps a person.
fn firms_named_like_people(cx: &Cx, out: &mut [Mention]) {
    let shaped = |m: &Mention| {
        m.kind == Kind::Person && matches!(m.rule.as_str(), "person-given-name" | "person-speech")
    };
    let words = |m: &Mention| -> Vec<&str> { (m.first..m.last).map(|k| cx.word(k)).collect() };
    let firms: HashSet<Vec<&str>> = out
        .iter()
        .filter(|m| shaped(m) && m.last - m.first >= 2 && firm_slot(cx, m))
        .map(words)
        .collect();
    if firms.is_empty() {
        return;
    }
    for m in out.iter_mut().filter(|m| shaped(m)) {
        if firms.contains(&words(m)) {
            m.kind = Kind::Company;
            m.rule = RULE.to_string();
        }
    }
}

/// Whether only a business stands at mention `m`: a noun of a business's
/// kind that names no one's trade right before the name
/// ([`super::person::business_noun_before`]: "carmaker"; not "film maker"),
/// with no bare "the"/"a" before the noun when a speech verb made the
/// person ("of the firm Gordon Vell said"), a business head noun after
/// it with "the" before it ("the ... consultancy": [`head_noun_after`]), or
/// its shares ("shares of ...", "... shares": [`stock_noun_after`]). Not an
/// apposition ("..., the publisher of the Post,") nor a name followed by a
/// possessive ("shares of Anna Lund's bakery", "...'s headquarters"): a
/// person has them too.
fn firm_slot(cx: &Cx, m: &Mention) -> bool {
    let (first, last) = (m.first, m.last);
    if possessive_at(cx, last) {
        return false;
    }
    // "security firm Network Vell said"; "of the firm Gordon Vell said" is
    // the firm's chairman speaking (an article: rules/articles.txt).
    let bare_noun = first >= 2 && !cx.is_cue("articles", first - 2);
    let noun_before = (m.rule == "person-given-name" || bare_noun)
        && super::person::business_noun_before(cx, first, last);
    noun_before
        || head_noun_after(cx, first, last)
        || shares_of(cx, first)
        || stock_noun_after(cx, first, last)
}

/// Whether token `k` (the token right after a name) is a possessive mark.
fn possessive_at(cx: &Cx, k: usize) -> bool {
    cx.tokens
        .tokens
        .get(k)
        .is_some_and(|t| t.kind == TokKind::Possessive)
}

/// "Shares of Marsh", "stock of Marsh": a noun of rules/company-stock-nouns.txt
/// and "of" right before the name opening at token `first`.
fn shares_of(cx: &Cx, first: usize) -> bool {
    first >= 2 && cx.word(first - 1) == "of" && cx.is_cue("company-stock-nouns", first - 2)
}

/// The surnames of the people named in full (two words or more) and the
/// token where each is first so named, for "Kenji Arakawa ... the two firms
/// Arakawa has proposed": a lone word a person was named by before is that
/// person, whatever weak company cue stands beside it (a strong one,
/// [`strong_cue`], still makes it a company). A company name of the
/// article that holds the word ("Arakawa Shipping Co", "Ken Arakawa
/// Studios Inc": a company named after the person) keeps it open.
struct FullNames<'t> {
    first_at: HashMap<&'t str, usize>,
}

impl<'t> FullNames<'t> {
    fn new(cx: &Cx<'t>, out: &[Mention]) -> Self {
        let word = |i: usize| cx.tokens.tokens[i].text(cx.text);
        let mut first_at: HashMap<&'t str, usize> = HashMap::new();
        for m in out
            .iter()
            .filter(|m| m.kind == Kind::Person && m.last - m.first >= 2)
        {
            first_at.entry(word(m.last - 1)).or_insert(m.first);
        }
        let company_words: Vec<&str> = out
            .iter()
            .filter(|m| m.kind == Kind::Company)
            .flat_map(|m| (m.first..m.last).map(word))
            .collect();
        first_at.retain(|w, _| !company_words.iter().any(|c| c.eq_ignore_ascii_case(w)));
        FullNames { first_at }
    }

    /// Whether `word` at token `at` is the surname of a person named in
    /// full before it.
    fn surname_before(&self, word: &str, at: usize) -> bool {
        self.first_at.get(word).is_some_and(|&p| p < at)
    }
}

/// A cue strong enough to make a name a company even when a person of that
/// surname was named in full before it (a firm named after its founder:
/// "Hollis Marsh founded it ... Shares of Marsh rose", "Marsh, the computer
/// maker,", "Marsh's shares", "500,000 Marsh shares"); weak cues ("the firm
/// Marsh has proposed", a speech verb, ", a New York investor,", "was a
/// controller") leave the surname a person's.
fn strong_cue(cx: &Cx, first: usize, last: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let the_apposition = toks.get(last).is_some_and(|t| t.is_punct(','))
        && toks.get(last + 1).is_some_and(|t| t.text(cx.text) == "the");
    shares_of(cx, first)
        || (possessive_at(cx, last) && head_after(cx, last))
        || (the_apposition && descriptor_apposition(cx, first, last))
        || stock_noun_after(cx, first, last)
}

/// "North America had sales of", "Western Europe had operating income": a
/// name ending in a listed place is a company's region, not a company, before
/// a business head ("Orvale Kitchens had sales of" is one).
fn region_name(cx: &Cx, m: &Mention) -> bool {
    m.last - m.first >= 2 && cx.is(m.last - 1, ListKind::Place)
}

/// "the French CEO Luc Roy", "Former chief executive Tom Ray", "Then CEO
/// Ivo Pratt": one word before a company head or an officer's title that
/// describes the person, not an employer: a nationality or a place's
/// adjective ([`adjective_word`]'s people's adjectives: rules/nationalities.txt,
/// rules/regional-adjectives.txt, demonyms), a title modifier
/// (rules/title-modifiers.txt: former, interim, acting, deputy) or a word of
/// time or rank the roles stage passes over (rules/roles-passing.txt:
/// outgoing, then, new); no company.
/// A one-word sentence opener that describes the person ([`describing_opener`])
/// counts too when a title word follows ("Ousted CEO Tom Ray"; not
/// "Amalgamated reported net income").
fn title_premodifier(cx: &Cx, m: &Mention) -> bool {
    if m.last - m.first != 1 {
        return false;
    }
    let sentence_first = cx.tokens.sentences[cx.tokens.sentence_of[m.first]].first;
    let title_after = m.last < cx.tokens.tokens.len()
        && (cx.word_class(m.last) & (ListKind::Title.bit() | ListKind::TitleModifier.bit()) != 0
            || is_executive_title(cx, m.last..m.last + 1));
    title_premodifier_word(cx, m.first)
        || (title_after && describing_opener(cx, m.first, sentence_first))
}

/// Token `k` is a word of [`title_premodifier`]'s lists.
fn title_premodifier_word(cx: &Cx, k: usize) -> bool {
    let w = cx.word(k);
    let class = cx.rules.word_class(w);
    super::has_class(cx, k, ListKind::Nationality)
        || super::demonym(cx.rules, w)
        || class & ListKind::TitleModifier.bit() != 0
        || cx.rules.is_cue("role-passing-words", w)
}

/// "Disgraced CEO Tom Ray", "Departing chief executive Ann Bell", "Meanwhile
/// CFO ...", "Likewise managing director ...": token `k`, opening its
/// sentence (token `sentence_first`), is a participle ("-ed", an "-ing"
/// participle of [`crate::rules::Rules::is_ing_participle`],
/// rules/irregular-participles.txt), an adverb in "-ly", a word opening a
/// fronted phrase (rules/roles-fronted-openers.txt: "Instead", "Tonight") or
/// a common word (rules/not-names.txt), which describes the person there or
/// the sentence.
fn describing_opener(cx: &Cx, k: usize, sentence_first: usize) -> bool {
    let w = cx.word(k);
    k == sentence_first
        && (w.ends_with("ed")
            || w.ends_with("ly")
            || cx.rules.is_ing_participle(w)
            || cx.is_cue("irregular-participles", k)
            || cx.is_cue("role-fronted-openers", k)
            || cx.is(k, ListKind::NotName))
}

/// Whether token `k`'s word is written, as it is, at another token (of the
/// 1,000 either side) that does not open its sentence: "Harlowe" again in "shares of Harlowe rose",
/// so a sentence-opening "Harlowe" is a name, not an adverb or a place
/// opening the sentence ("Next managing director ...").
fn capitalised_mid_sentence(cx: &Cx, k: usize) -> bool {
    // Within 1,000 tokens either side, as a look-up in the article's
    // index of words written mid-sentence ([`Cx::written_mid_sentence`]).
    cx.written_mid_sentence(k, 1000)
}

/// "Corvin Foods Inc and Brazilian meat packer Dalby SA": a nationality
/// word alone before a lower-case word describes what follows; no company.
fn nationality_modifier(cx: &Cx, m: &Mention) -> bool {
    // The cheap tests first: one word, a lower-case word after it.
    let before_lower = m.last - m.first == 1
        && cx.tokens.tokens.get(m.last).is_some_and(|t| {
            t.kind == TokKind::Word
                && t.text(cx.text).starts_with(|c: char| c.is_lowercase())
                && same_sentence(cx, m.first, m.last)
        });
    before_lower && { super::has_class(cx, m.first, ListKind::Nationality) || cx.demonym(m.first) }
}

/// "Symantec, McAfee, Trend Micro and others", "firms such as Quellon and
/// Brannick", "Halvery, Zentoro and other chipmakers": unknown names in a
/// list (three or more names joined by commas, "and" or "or", or two joined
/// by "and"/"or") with a company, or in a list that ends in "and other" and
/// a company cue, are companies too; not a one-word sentence opener
/// ("Overall,") nor a title's modifier ("Global VP"), nor the surname of a
/// person of the article alone ("Musk and SpaceX"). One pass over the
/// mentions (in text order) finds the lists, one more over each list.
fn companies_in_lists(cx: &Cx, out: &mut [Mention], surnames: &HashSet<String>) {
    let mut start = 0;
    while start < out.len() {
        let mut end = start + 1;
        while end < out.len() && list_joined(cx, out[end - 1].last, out[end].first) {
            end += 1;
        }
        let list = &mut out[start..end];
        let tail = list.last().is_some_and(|m| others_tail(cx, m.last));
        // Two names joined by a comma alone are no list ("Chapter 11 of the
        // Bankruptcy Code, Halvery said").
        let listed =
            end - start >= 3 || (end - start == 2 && !cx.tokens.tokens[list[0].last].is_punct(','));
        // "Gmail and Google Docs": a company's name opening a longer
        // capitalised name is a product's, no company of the list.
        let product = |m: &Mention| {
            cx.tokens.tokens.get(m.last).is_some_and(|t| {
                t.kind == TokKind::Word
                    && t.is_cap(cx.text)
                    && same_sentence(cx, m.first, m.last)
                    && !cx.tokens.sentences[cx.tokens.sentence_of[m.first]].headline_case
            })
        };
        let with_company = listed
            && list.iter().any(|m| m.kind == Kind::Company && !product(m))
            && !staff_firm_pair(cx, list);
        if tail || with_company {
            // "Overall, Halvery saw ...": a sentence opener stays out; not
            // one joined by "and" to an others tail ("Velmora and other
            // firms have").
            let opener = |m: &Mention| {
                m.last - m.first == 1
                    && cx.tokens.sentences[cx.tokens.sentence_of[m.first]].first == m.first
                    && !(tail && matches!(cx.word(m.last), "and" | "or"))
            };
            // "co-founder of Quellon and Global VP of Quellon": a title's modifier.
            let titled = |m: &Mention| {
                cx.tokens.tokens.get(m.last).is_some()
                    && (cx.is(m.last, ListKind::Title)
                        || cx
                            .lexed
                            .spans_at(m.last, cx.rules, ListKind::Title)
                            .next()
                            .is_some())
            };
            // "Musk and SpaceX" beside "Elon Musk": a person's surname.
            let surname =
                |m: &Mention| m.last - m.first == 1 && surnames.contains(cx.word(m.first));
            // "Kestrom and Lomberg said": a name before a speech verb that
            // no person of the article bears is open as in the cues above.
            // Not when a title follows the list: "Presk, Bollan and Turvey
            // analyst Jo Tam said" names one partners' firm.
            let one_firm = list.last().is_some_and(&titled);
            let speaker =
                |m: &Mention| m.kind == Kind::Surname && m.rule == "person-speech" && !one_firm;
            let open = |m: &Mention| {
                (m.kind == Kind::Unknown && m.rule != VENUE || speaker(m))
                    && !nationality_modifier(cx, m)
                    && !opener(m)
                    && !titled(m)
                    && !surname(m)
            };
            for m in list.iter_mut().filter(|m| open(m)) {
                m.kind = Kind::Company;
                m.rule = RULE.to_string();
            }
        }
        start = end;
    }
}

/// Whether the name ending at token `k` (inclusive) is whole: it ends in a
/// designator or a legal suffix ("Ardley Holdings Corp").
fn whole_name_at(cx: &Cx, k: usize) -> bool {
    cx.is(k, ListKind::Designator) || cx.is(k, ListKind::LegalSuffix)
}

/// "an analyst with Dravel and Quist", "analyst at K.L. and M. Tarrow",
/// "brokers Pellam and Drove": two names joined by "and" right after a
/// singular cue ending in "at" or "with" (one analyst's firm) or a broker
/// cue (rules/broker-cues.txt) are one partners' firm as often as two; the
/// second is no company by the list alone. Not after a plural cue
/// ("analysts at Kestrom and Lomberg": several analysts, two firms), nor
/// when the first name is whole (it ends in a designator or a legal
/// suffix: "an analyst at Mervane Securities and Dorlan").
fn staff_firm_pair(cx: &Cx, list: &[Mention]) -> bool {
    let [a, b] = list else {
        return false;
    };
    let whole = whole_name_at(cx, a.last - 1);
    let singular_staff = |s: Span| {
        s.last - s.first == 2
            && matches!(cx.word(s.last - 1), "at" | "with")
            && !cx.word(s.first).ends_with('s')
    };
    let broker = a.first > 0
        && cx
            .rules
            .is_cue_as_written("broker-cues", cx.word(a.first - 1));
    cx.word(a.last) == "and"
        && b.first == a.last + 1
        && !whole
        && (broker
            || cx
                .lexed
                .span_ending(a.first, cx.rules, ListKind::CompanyCue)
                .is_some_and(singular_staff))
}

/// Whether the tokens `a..b` between two mentions join a list: ",", "and",
/// "or", ", and", ", or" (in one sentence).
fn list_joined(cx: &Cx, a: usize, b: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let word = |i: usize| matches!(cx.word(i), "and" | "or");
    let joined = match b.checked_sub(a) {
        Some(1) => toks[a].is_punct(',') || word(a),
        Some(2) => toks[a].is_punct(',') && word(a + 1),
        _ => false,
    };
    joined && same_sentence(cx, a, b)
}

/// ", and other leading firms", "and many other companies" after `last`:
/// "and"/"or", at most one lower-case quantifier that is no function word
/// ("many", "several"), "other", at most two lower-case words, and a
/// company cue (after a quantifier, a plural one).
fn others_tail(cx: &Cx, last: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let mut i = last;
    if toks.get(i).is_some_and(|t| t.is_punct(',')) {
        i += 1;
    }
    let quantifier = i + 2 < toks.len() && {
        toks[i + 1].is_lower(cx.text)
            && cx.word(i + 2) == "other"
            && cx.word_class(i + 1) & ListKind::ObjectStop.bit() == 0
    };
    if quantifier {
        i += 1;
    }
    if i + 2 >= toks.len()
        || !matches!(cx.word(i - usize::from(quantifier)), "and" | "or")
        || cx.word(i + 1) != "other"
        || !same_sentence(cx, last, i + 2)
    {
        return false;
    }
    let run: Vec<usize> = (i + 2..(i + 5).min(toks.len()))
        .take_while(|&j| toks[j].is_lower(cx.text))
        .collect();
    // After a quantifier the cue must be a plural ("many other companies"):
    // "and two other bank officials" are people.
    let plural = |j: usize| !quantifier || cx.word(j).ends_with('s');
    run.iter()
        .any(|&j| cx.is(j, ListKind::CompanyCue) && plural(j))
}

/// A one-word cue that is a company noun and no designator opening a chunk
/// of two or more words: "Chipmaker Quellon" (not "Bank Leumi", nor the
/// adjective in "Rival Ruritanian factions").
fn opening_cue(cx: &Cx, first: usize, last: usize) -> bool {
    last - first >= 2
        && cx.is(first, ListKind::CompanyCue)
        && cx.is(first, ListKind::CompanyNoun)
        && !cx.is(first, ListKind::Designator)
        && !cx.is(first + 1, ListKind::Place)
        && !cx.is(first + 1, ListKind::GivenName)
        && !modifies_a_noun(cx, last)
}

/// "Irish shares were", "Bank shares fell", "Ordinary shares rose": one
/// word before a share noun (rules/company-stock-nouns.txt) that is a common word, a designator or
/// a people's adjective ([`adjective_word`]) names a market or a class of
/// shares, no company.
fn market_adjective(cx: &Cx, first: usize, last: usize) -> bool {
    last - first == 1 && cx.is_cue("company-stock-nouns", last) && adjective_word(cx, first)
}

/// Token `k` is a common word, a designator or a people's adjective (a
/// listed nationality, even one that is also a name like "German", or a
/// place's demonym: [`super::demonym`]): before a
/// noun, it names a trade, a market or a people, no company ("Energy",
/// "European", "German"). A bare ending is no test: "Chapman", "Tolbach"
/// and "Vulcan" are names.
fn adjective_word(cx: &Cx, k: usize) -> bool {
    cx.is(k, ListKind::NotName)
        || cx.is(k, ListKind::Designator)
        || cx.word_class(k) & ListKind::Nationality.bit() != 0
        || cx.demonym(k)
}

/// "Brewers' profits", "Manufacturers' earnings": one word ending in "ers"
/// before a bare apostrophe is a trade's plural, no company.
fn trade_plural(cx: &Cx, first: usize, last: usize) -> bool {
    last - first == 1
        && cx.word(first).ends_with("ers")
        && cx.tokens.tokens.get(last).is_some_and(|t| {
            t.kind == TokKind::Possessive && matches!(t.text(cx.text), "'" | "\u{2019}")
        })
}

/// A lower-case `company-cue` entry ending right before `first`, or before
/// a comma there ("its Thai unit, Tamsin Cells,"), or before "like",
/// "including" or "such as" there ("firms such as Quellon"), which is no job
/// title ("producer" is both).
fn cue_before(cx: &Cx, first: usize, last: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let name = first;
    let comma = first >= 2 && toks[first - 1].is_punct(',');
    let first = if comma { first - 1 } else { first };
    // "firms such as Quellon", "rivals like Brannick", "suppliers including X".
    let linked = match first.checked_sub(1).map(|p| cx.word(p)) {
        Some("like" | "including") => first - 1,
        Some("as") if first >= 2 && cx.word(first - 2) == "such" => first - 2,
        _ => first,
    };
    // "companies with names like Quellon": the cue stands before "with names".
    let linked = if linked < first
        && linked >= 3
        && cx.word(linked - 1) == "names"
        && cx.word(linked - 2) == "with"
    {
        linked - 2
    } else {
        linked
    };
    let Some(p) = linked.checked_sub(1) else {
        return false;
    };
    let (such, first, t) = (linked < first, linked, cx.tokens.tokens[p]);
    // "Companies such as Quellon": a capitalised cue opening the sentence.
    let opens =
        such && t.is_cap(cx.text) && cx.tokens.sentences[cx.tokens.sentence_of[p]].first == p;
    // "lead manager Brisal Bank": a cue of two words or more ending in a
    // title word is a role only firms hold.
    let title = cx.is(p, ListKind::Title) && !super::person::firm_role_at(cx, p, last);
    if !(t.is_lower(cx.text) || opens) || title || !same_sentence(cx, p, first) {
        return false;
    }
    (cx.is(p, ListKind::CompanyCue)
        || (modified_company(cx, p) && !attached(cx, name, last))
        || (owners_company(cx, p) && !attached(cx, name, last) && !owner_noun_modifier(cx, last))
        || cx
            .lexed
            .span_ending(first, cx.rules, ListKind::CompanyCue)
            .is_some())
        && !modifies_a_noun(cx, last)
        && !only_a_suffix(cx, name, last)
        && !opens_an_of_name(cx, last)
}

/// "chief executive of Empire of Carolina Inc", "Circle of One Marketing":
/// "of" and a capitalised word after the chunk continue a longer name; the
/// chunk alone is a cut of it. A place that ends there is the company's
/// seat, no part of its name ("Norvell Associates of New York said").
fn opens_an_of_name(cx: &Cx, last: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let k = last + 1;
    if k >= toks.len() || cx.word(last) != "of" || !toks[k].is_cap(cx.text) {
        return false;
    }
    let place_end = cx
        .lexed
        .spans_at(k, cx.rules, ListKind::Place)
        .map(|s| s.last)
        .max()
        .or_else(|| cx.is(k, ListKind::Place).then_some(k + 1));
    let continued = |e: usize| e < toks.len() && toks[e].is_cap(cx.text) && same_sentence(cx, k, e);
    same_sentence(cx, last, k) && place_end.is_none_or(continued)
}

/// Whether `first..last` is a legal suffix and nothing more, before a
/// capitalised word ("chemical group N.V. ⏎ Dexam": the suffix of a name
/// broken by a line end; "brokers TOV." stays a name).
fn only_a_suffix(cx: &Cx, first: usize, last: usize) -> bool {
    let suffix = (last - first == 1 && cx.is(first, ListKind::LegalSuffix))
        || cx
            .lexed
            .span_ending(last, cx.rules, ListKind::LegalSuffix)
            .is_some_and(|s| s.first == first);
    suffix
        && cx
            .tokens
            .tokens
            .get(last)
            .is_some_and(|t| t.is_cap(cx.text))
}

/// "sister company Acme Cable", "its unit Acme Cable": a lower-case company
/// cue right before the listed name at `first`, so the capitalised words
/// after the name name a division of it, not a second name.
pub(super) fn cued_division(cx: &Cx, first: usize) -> bool {
    let Some(p) = first.checked_sub(1) else {
        return false;
    };
    cx.tokens.tokens[p].is_lower(cx.text)
        && !cx.is(p, ListKind::Title)
        && same_sentence(cx, p, first)
        && (cx.is(p, ListKind::CompanyCue)
            || modified_company(cx, p)
            || cx
                .lexed
                .span_ending(first, cx.rules, ListKind::CompanyCue)
                .is_some())
}

/// "Merrill Lynch <MER> Capital Markets said": one to three capitalised
/// words right after a name's newswire ticker, opening with no given name,
/// are the rest of that name (a division), no one's name of their own.
pub(super) fn after_ticker(cx: &Cx, start: usize, end: usize) -> bool {
    let toks = &cx.tokens.tokens;
    start >= 4
        && end - start <= 3
        && toks[start - 1].is_punct('>')
        && toks[start - 3].is_punct('<')
        && toks[start - 4].is_cap(cx.text)
        && same_sentence(cx, start - 4, start)
        && !cx.is(start, ListKind::GivenName)
}

/// "OTTER TAIL POWER CO <OTR> SETS DIVIDEND": in capitals, a listed name
/// ("Otter Tail") followed by one or two more capitalised words and a legal
/// suffix is the start of a longer name (a unit or another company): the
/// end of that name, if so. Stops at a function word, a place, a title or
/// punctuation, as the suffix reading of capitals lines does.
pub(super) fn caps_listed_suffix_end(cx: &Cx, first: usize, last: usize) -> Option<usize> {
    let toks = &cx.tokens.tokens;
    let caps = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.kind == TokKind::Word
                && cx.word(k).chars().any(char::is_uppercase)
                && !cx.word(k).chars().any(char::is_lowercase)
        })
    };
    if !caps(last - 1) || cx.is(last, ListKind::LegalSuffix) {
        return None;
    }
    // The capitals stops, and another listed name.
    let stops = super::CAPS_STOPS.iter().fold(0, |acc, k| acc | k.bit())
        | ListKind::Company.bit()
        | ListKind::Outlet.bit();
    for k in last..(last + 3).min(toks.len()) {
        if !caps(k) || !same_sentence(cx, first, k) {
            return None;
        }
        if k > last && cx.is(k, ListKind::LegalSuffix) {
            return Some(k + 1);
        }
        if (cx.lexed.classes[k] | cx.word_class(k)) & stops != 0 || cue_at(cx, k) {
            return None;
        }
    }
    None
}

/// Whether a listed brand at `first..last` is part of a longer capitalised
/// name in mixed-case text: a capitalised word that is no sentence opener
/// ("The", "But") stands right before it ("Swiss Volksbank"), or a
/// title-case word right after it ("Esso Exploration", "Bupa Great Ireland
/// Run") unless a model number follows within three words ("Bose
/// QuietComfort 20": the brand of a product).
pub(super) fn brand_inside_longer_name(cx: &Cx, first: usize, last: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let title_case = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.kind == TokKind::Word
                && t.is_cap(cx.text)
                && cx.word(k).chars().any(char::is_lowercase)
                && same_sentence(cx, first, k)
        })
    };
    if first > 0 && title_case(first - 1) && !cx.is(first - 1, ListKind::NotName) {
        return true;
    }
    // After a brand in title case any capitalised word continues the name
    // ("Diamond Shamrock R and M Inc"); in a line of capitals only a
    // title-case word does ("SOBEYS STOCK" is a headline).
    let brand_title_case = cx.word(last - 1).chars().any(char::is_lowercase);
    let next_cap = toks.get(last).is_some_and(|t| {
        t.kind == TokKind::Word && t.is_cap(cx.text) && same_sentence(cx, first, last)
    });
    if !(title_case(last) || (brand_title_case && next_cap)) {
        return false;
    }
    // The model number ends the run of capitalised words ("QuietComfort
    // 20"), not a later phrase ("Bowl at 6:30").
    let digits = |k: usize| cx.word(k).chars().any(|c| c.is_ascii_digit());
    let model = (last + 1..(last + 3).min(toks.len()))
        .take_while(|&k| same_sentence(cx, first, k))
        .take_while(|&k| toks[k].kind == TokKind::Number || toks[k].is_cap(cx.text) || digits(k))
        .any(|k| toks[k].kind == TokKind::Number || digits(k));
    !model
}

/// Whether a trigger or status cue covers token `k` ("ACME BUYS ...").
fn cue_at(cx: &Cx, k: usize) -> bool {
    [&cx.lexed.triggers, &cx.lexed.statuses]
        .iter()
        .any(|spans| {
            let p = spans.partition_point(|s| s.last <= k);
            spans.get(p).is_some_and(|s| s.first <= k)
        })
}

/// "holding company", "parent company", "oil company" at `p`: "company"
/// after a lower-case word that is no determiner ("the company Monday"),
/// or after a capitalised modifier ([`capitalised_company_modifier`]:
/// "Finnish company", "Record company" opening a sentence).
fn modified_company(cx: &Cx, p: usize) -> bool {
    p > 0
        && cx.word(p) == "company"
        && ((cx.tokens.tokens[p - 1].is_lower(cx.text) && !company_determiner(cx.word(p - 1)))
            || capitalised_company_modifier(cx, p - 1))
}

/// A word before "company" that picks out a firm without saying its kind
/// ("the company Monday", "a company", "which company", "said company").
fn company_determiner(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "its"
            | "his"
            | "her"
            | "their"
            | "our"
            | "your"
            | "my"
            | "same"
            | "each"
            | "every"
            | "any"
            | "no"
            | "which"
            | "whose"
            | "and"
            | "or"
            | "of"
            | "to"
            | "by"
            | "for"
            | "in"
            | "said"
            | "new"
    )
}

/// "Finnish company F", "the Yorkshire company F", "Record company F" at
/// the start of a sentence: the capitalised word `j` before "company" is a
/// place, nationality or demonym ([`place_word`]), or a word opening its
/// sentence that is no determiner ("The company", "Another company", "One
/// company", "Each company") nor a pronoun or quantity word of
/// rules/company-modifier-stops.txt.
fn capitalised_company_modifier(cx: &Cx, j: usize) -> bool {
    let toks = &cx.tokens.tokens;
    if !toks[j].is_cap(cx.text) || !same_sentence(cx, j, j + 1) {
        return false;
    }
    let opens = cx.tokens.sentences[cx.tokens.sentence_of[j]].first == j;
    let lower = cx.tokens.lower(j, cx.text);
    place_word(cx, j)
        || (opens && !company_determiner(lower.as_str()) && !cx.is_cue("company-modifier-stops", j))
}

/// "whose company Vaxotrope", "his company Delmar": "company" at `p` after
/// an owner's possessive (rules/owner-possessives.txt: "whose", "his",
/// "her", "their"), naming the firm a person owns or runs ("its company" is
/// the firm itself: no name follows).
fn owners_company(cx: &Cx, p: usize) -> bool {
    p > 0
        && cx.word(p) == "company"
        && cx
            .rules
            .is_cue_as_written("owner-possessives", cx.word(p - 1))
}

/// "their company Web site", "his company Pell account": after an owner's
/// "company" the chunk ending before token `last` modifies the lower-case
/// noun there (rules/owner-company-noun-heads.txt), no company's name
/// ("whose company Vaxotrope won a contract" stays one).
fn owner_noun_modifier(cx: &Cx, last: usize) -> bool {
    cx.tokens
        .tokens
        .get(last)
        .is_some_and(|t| t.kind == TokKind::Word && t.is_lower(cx.text))
        && cx.is_cue("owner-company-noun-heads", last)
}

/// "a stake in Italian car maker ...": a company noun or cue among the
/// three lower-case words after the chunk makes it a modifier, not a name;
/// not after "and"/"or" ("drugmaker Pellicorn and refiner Sarvoni").
fn modifies_a_noun(cx: &Cx, last: usize) -> bool {
    let toks = &cx.tokens.tokens;
    (last..(last + 3).min(toks.len()))
        .take_while(|&j| toks[j].is_lower(cx.text) && !matches!(cx.word(j), "and" | "or" | "but"))
        .any(|j| cx.is(j, ListKind::CompanyNoun) || cx.is(j, ListKind::CompanyCue))
}

/// "Halvard analyst Brenna Tolliver", "Trevane chief economist Oskar
/// Lindqvist": a `company-staff-titles` word at `last` (or after one title
/// modifier or "chief" there), then a capitalised word, in one sentence that
/// is not in headline case. Not a one-word name opening its sentence
/// ("Nickel analyst Tom Pike"), nor one word of two letters or that
/// [`adjective_word`] finds ("Energy analyst", "European economist").
fn staff_title_after(cx: &Cx, first: usize, last: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let sentence = &cx.tokens.sentences[cx.tokens.sentence_of[first]];
    // "Energy analyst", "European economist", "PR strategist": a trade, a
    // nationality or an abbreviation.
    let trade = last - first == 1 && (adjective_word(cx, first) || cx.word(first).len() <= 2);
    if trade
        || sentence.headline_case
        || (last - first == 1 && sentence.first == first)
        || staff_name_no_business(cx, first, last)
    {
        return false;
    }
    let lower = |k: usize| toks.get(k).is_some_and(|t| t.is_lower(cx.text));
    let modifier = |k: usize| cx.is(k, ListKind::TitleModifier) || cx.word(k) == "chief";
    let at = if lower(last) && modifier(last) {
        last + 1
    } else {
        last
    };
    lower(at)
        && cx.is_cue("company-staff-titles", at)
        && toks
            .get(at + 1)
            .is_some_and(|t| t.kind == TokKind::Word && t.is_cap(cx.text))
        && same_sentence(cx, first, at + 1)
}

/// "Qorvane CEO Ann Bell", "Qorvane chief executive Ann Bell", "Ledwick's
/// managing director Tom Ray": one to three words at `last` (after a
/// possessive there) that a `company-executive-titles` entry holds, as a
/// whole, then a capitalised word, under the guards of [`staff_title_after`];
/// a one-word sentence opener only when it is no word that describes the
/// person ([`describing_opener`]: "Dellamor managing director Tom Ray
/// resigned", not "Former managing director Tom Ray") and the article
/// writes it capitalised in the middle of a sentence too
/// ([`capitalised_mid_sentence`]; not "Next managing director ...").
fn executive_title_after(cx: &Cx, first: usize, last: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let sentence = &cx.tokens.sentences[cx.tokens.sentence_of[first]];
    let one = last - first == 1;
    let trade = one && (adjective_word(cx, first) || cx.word(first).len() <= 2);
    if trade
        || sentence.headline_case
        || (one
            && (title_premodifier_word(cx, first) || describing_opener(cx, first, sentence.first)))
        || staff_name_no_business(cx, first, last)
    {
        return false;
    }
    let possessive = toks
        .get(last)
        .is_some_and(|t| t.kind == TokKind::Possessive);
    let at = last + usize::from(possessive);
    // The whole-article look last: few names stand before such a title.
    let titled = (1..=3).rev().any(|n| {
        let words = at..at + n;
        words
            .clone()
            .all(|k| toks.get(k).is_some_and(|t| t.kind == TokKind::Word))
            && is_executive_title(cx, words)
            && toks
                .get(at + n)
                .is_some_and(|t| t.kind == TokKind::Word && t.is_cap(cx.text))
            && same_sentence(cx, first, at + n)
    });
    titled && !(one && first == sentence.first && !capitalised_mid_sentence(cx, first))
}

/// Whether tokens `words` (lower case, or a capitals acronym: "CEO") join,
/// space-separated, into a `company-executive-titles` entry.
fn is_executive_title(cx: &Cx, words: std::ops::Range<usize>) -> bool {
    let toks = &cx.tokens.tokens;
    let written = |k: usize| {
        let w = cx.word(k);
        toks[k].is_lower(cx.text) || (w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase()))
    };
    if !words.clone().all(written) {
        return false;
    }
    if words.len() == 1 {
        return cx.is_cue("company-executive-titles", words.start);
    }
    // Word tokens side by side: only white space stands between them.
    let phrase = &cx.text[toks[words.start].start..toks[words.end - 1].end];
    cx.rules.is_cue_phrase("company-executive-titles", phrase)
}

/// The name `first..last` before a staff title names no business: a desk or
/// market word anywhere in it ("Fixed Income", "Wall Street"), a title
/// modifier opening it ("Senior Halvard"), or an organisation word, a labour
/// noun, a non-business word or a place ending it ("Kestrel Federation",
/// "Kestrel Union").
fn staff_name_no_business(cx: &Cx, first: usize, last: usize) -> bool {
    let end = last - 1;
    let class = |k: usize, kind: ListKind| cx.word_class(k) & kind.bit() != 0;
    (first..last).any(|k| cx.is_cue("staff-desk-words", k))
        || class(first, ListKind::TitleModifier)
        || class(end, ListKind::OrgWord)
        || cx.is_cue("labour-nouns", end)
        || cx.is(end, ListKind::PublicBody)
        || cx.is(end, ListKind::Place)
}

/// A `company-head` entry at `last` or after a possessive there, or a
/// `company-possessive-heads` word after a possessive.
fn head_after(cx: &Cx, last: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let possessive = toks
        .get(last)
        .is_some_and(|t| t.kind == TokKind::Possessive);
    let at = if possessive { last + 1 } else { last };
    if at >= toks.len() || !same_sentence(cx, last.saturating_sub(1), at) {
        return false;
    }
    let long = cx
        .lexed
        .spans_at(at, cx.rules, ListKind::CompanyHead)
        .any(|s| s.last - s.first >= 2);
    let one = cx.is(at, ListKind::CompanyHead);
    // "Tri Vale's board", "Easyjet's founder": after a possessive only.
    let owned = possessive
        && cx.tokens.tokens[at].is_lower(cx.text)
        && cx.is_cue("company-possessive-heads", at);
    long || owned || (one && (possessive || cx.is(at, ListKind::Title)))
}

/// "the Dellmoor chain", "Dellmoor chain of hotels", "the Bassano
/// conglomerate", "the busy Varnby chain": a business's head noun
/// (rules/business-head-nouns.txt) right after the name `first..last`,
/// with "the" before the name (and no capital after the noun), or "of" and a
/// lower-case word after it. Not "group": "the G8 group", "the Swedish
/// group" are as common. One lower-case word may stand between "the" and
/// the name.
fn head_noun_after(cx: &Cx, first: usize, last: usize) -> bool {
    let toks = &cx.tokens.tokens;
    if last + 1 >= toks.len() || !same_sentence(cx, first, last) || !toks[last].is_lower(cx.text) {
        return false;
    }
    let end = last + 1;
    if !cx.is_cue("business-head-nouns", last) {
        return false;
    }
    let the = |k: usize| cx.word(k).eq_ignore_ascii_case("the");
    let the = (first > 0 && the(first - 1))
        || (first > 1 && toks[first - 1].is_lower(cx.text) && the(first - 2));
    let of_lower =
        cx.word_or_empty(end) == "of" && toks.get(end + 1).is_some_and(|t| t.is_lower(cx.text));
    (the && toks.get(end).is_none_or(|t| !t.is_cap(cx.text))) || of_lower
}

/// "a note from Veldergrun Brockhaus investment bank,", "an analyst at
/// Tesmer brokerage.": "from", "at", "with" or "by" before the name
/// `first..last` (rules/cue-noun-prepositions.txt), then a lower-case
/// company cue of one or two words that
/// ends in a company noun ("bank", "investment bank", "lender"), then a
/// mark. Not when a word of central banking stands in the name ("U.S.
/// Central bank": rules/central-bank-words.txt).
fn cue_noun_after(cx: &Cx, first: usize, last: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let before = first.checked_sub(1).map(|p| cx.word(p));
    if !before.is_some_and(|w| cx.rules.is_cue_as_written("cue-noun-prepositions", w))
        || (first..last).any(|k| cx.is_cue("central-bank-words", k))
    {
        return false;
    }
    let lower = |k: usize| toks.get(k).is_some_and(|t| t.is_lower(cx.text));
    // One past the cue: "bank" alone, or a listed pair ("investment bank").
    let one = cx.is(last, ListKind::CompanyCue).then_some(last + 1);
    let two = cx
        .lexed
        .spans_at(last, cx.rules, ListKind::CompanyCue)
        .find(|s| s.last - s.first == 2)
        .map(|s| s.last);
    [one, two].into_iter().flatten().any(|end| {
        (last..end).all(lower)
            && cx.is(end - 1, ListKind::CompanyNoun)
            && toks
                .get(end)
                .is_some_and(|t| matches!(t.kind, TokKind::Punct(_)))
            && same_sentence(cx, first, end)
    })
}

/// "Air Astana", "Air Jamaica": "Air" and a listed place, an airline's name.
fn airline_name(cx: &Cx, first: usize, last: usize) -> bool {
    last - first == 2 && cx.word(first) == "Air" && cx.is(first + 1, ListKind::Place)
}

/// "whose Halvard Trucks unit builds", "its Sable Radio division",
/// "Orvane's Tessly Foods subsidiary": a unit word
/// (rules/company-unit-nouns.txt, in lower case) right after the name and
/// an owner right before it ("its", "whose", "their", a possessive) name a
/// company's unit, a company itself; not a place's ("its West German
/// subsidiary", "its San Francisco division").
fn owned_unit(cx: &Cx, first: usize, last: usize) -> bool {
    unit_noun_at(cx, last)
        && owner_before(cx, first)
        && same_sentence(cx, first - 1, last)
        && !(first..last).any(|j| place_word_at(cx, j))
}

/// A lower-case unit word (rules/company-unit-nouns.txt) at token `k`.
fn unit_noun_at(cx: &Cx, k: usize) -> bool {
    cx.tokens.tokens.get(k).is_some_and(|t| {
        t.is_lower(cx.text) && cx.rules.is_cue("company-unit-nouns", t.text(cx.text))
    })
}

/// An owner right before token `first`: a possessive, "its", "whose" or
/// "their".
fn owner_before(cx: &Cx, first: usize) -> bool {
    first > 0
        && (cx.tokens.tokens[first - 1].kind == TokKind::Possessive
            || matches!(cx.word(first - 1), "its" | "whose" | "their"))
}

/// A place, a nationality or a people's word at token `j`, or a listed
/// place of more words opening there ("Salt Lake City").
fn place_word_at(cx: &Cx, j: usize) -> bool {
    let class = ListKind::Place.bit() | ListKind::Nationality.bit();
    cx.is(j, ListKind::Place)
        || cx.word_class(j) & class != 0
        || cx.demonym(j)
        || cx
            .lexed
            .spans_at(j, cx.rules, ListKind::Place)
            .next()
            .is_some()
}

/// "its Pellman and Hobb subsidiary", "its Coating and Sealant division",
/// "its Fluid Controls Division": after an owner ("its", "whose",
/// "their", a possessive), the capitalised name `start..end` joined by
/// "and" or "&" (at `end`) to one to four capitalised words that a
/// lower-case unit word (rules/company-unit-nouns.txt) or a capitalised
/// "Division" follows names one unit. Gives one past the name (past
/// "Division", which is part of it). Not when a word is a place or a
/// people's ("its Canadian and U.S. unit"), nor when either name ends in a
/// designator or legal suffix, nor when both have two words or more ("its Marlow
/// Works and Borvane Tools unit": two units), nor when every word is a
/// department's ("its Research and Development division").
pub(super) fn owned_unit_and(
    cx: &Cx,
    material: &[bool],
    start: usize,
    end: usize,
    sent_last: usize,
) -> Option<usize> {
    let toks = &cx.tokens.tokens;
    let joins = cx.word(end) == "and" || toks[end].is_punct('&');
    // "Vexo's Ardley Holdings Corp and Tessin Metals unit":
    // a whole name before "and" lists two.
    let whole = whole_name_at(cx, end - 1);
    // "its Frank's Garden and Patio unit": the possessive is inside the name.
    let inner_possessive = toks[start.saturating_sub(1)].kind == TokKind::Possessive
        && start >= 3
        && matches!(cx.word(start - 3), "its" | "their" | "whose");
    if !joins
        || whole
        || inner_possessive
        || !owner_before(cx, start)
        || !same_sentence(cx, start - 1, end)
    {
        return None;
    }
    let cap = |k: usize| k < sent_last && toks[k].is_cap(cx.text) && toks[k].kind == TokKind::Word;
    let mut k = end + 1;
    while k <= end + 4 && cap(k) && material[k] && cx.word(k) != "Division" {
        k += 1;
    }
    let named = k > end + 1 && (start..end).all(cap);
    let placed = (start..k).any(|j| j != end && place_word_at(cx, j));
    if !named || placed || k >= sent_last || two_units_or_departments(cx, start, end, k) {
        return None;
    }
    if unit_noun_at(cx, k) {
        Some(k)
    } else {
        (cx.word(k) == "Division").then(|| k + 1)
    }
}

/// For [`owned_unit_and`]: whether the names `start..end` and `end + 1..k`
/// joined at `end` are two units (both of two words or more, a final legal
/// suffix not counted: "its Occidental Fire and Casualty Co unit" is one),
/// or every word of them is a department's (rules/roles-departments.txt:
/// "Research and Development"). A second name ending in a designator or a
/// legal suffix may be one unit ("its Superior Coffee and Foods unit").
fn two_units_or_departments(cx: &Cx, start: usize, end: usize, k: usize) -> bool {
    let second = k - end - 1 - usize::from(cx.is(k - 1, ListKind::LegalSuffix));
    let two = end - start >= 2 && second >= 2;
    two || (start..k).all(|j| j == end || cx.is_cue("role-departments", j))
}

/// "its Milling Division", "whose Fluid Controls Division": a
/// name ending in a capitalised "Division" right after "its" or "whose"
/// names a company's division, a company itself, not a public body; not
/// when another word of it is a public body's, a place's or a people's
/// ("its Seattle Division", "its Antitrust Division"), nor when the owner
/// before "its" is a public body ("The ministry said its Trade Division").
pub(super) fn owned_division(cx: &Cx, start: usize, end: usize) -> bool {
    end - start >= 2
        && cx.word(end - 1) == "Division"
        && start > 0
        && matches!(cx.word(start - 1), "its" | "whose")
        && same_sentence(cx, start - 1, end - 1)
        && !(start..end - 1).any(|j| cx.is(j, ListKind::PublicBody) || place_word_at(cx, j))
        && !public_body_owner(cx, start - 1)
}

/// A word of rules/public-bodies.txt other than a unit noun ("Ministry",
/// "agency", not "division"), or of rules/roles-non-company-bodies.txt.
fn public_body_word(cx: &Cx, j: usize) -> bool {
    (cx.is(j, ListKind::PublicBody) && !cx.is_cue("company-unit-nouns", j))
        || cx.is_cue("role-non-company-bodies", j)
}

/// Whether the nearest owner before the owner word at `its`, in its
/// sentence and at most eight tokens back, is a public body: a word of
/// rules/public-bodies.txt or rules/roles-non-company-bodies.txt ("The
/// agency said its", "the ministry, which sued, said its") met before any
/// capitalised word or company noun ("Vexo said its", "The company said
/// its": a firm's).
fn public_body_owner(cx: &Cx, its: usize) -> bool {
    let toks = &cx.tokens.tokens;
    for j in (its.saturating_sub(8)..its).rev() {
        if !same_sentence(cx, j, its) {
            return false;
        }
        if toks[j].kind != TokKind::Word {
            continue;
        }
        // "the bargaining division at its": a unit noun is a firm's.
        if toks[j].is_cap(cx.text) || cx.is(j, ListKind::CompanyNoun) || unit_noun_at(cx, j) {
            return toks[j].is_cap(cx.text) && public_body_word(cx, j);
        }
        if public_body_word(cx, j) {
            return true;
        }
    }
    false
}

/// "their Halden Row holding vehicle", "its Harrow Pike packaging
/// business", "director of Brant Moss survey company Ana Vell": one or two
/// lower-case modifiers right after the name `first..last` (token indices,
/// `last` exclusive), then a noun of rules/company-modified-heads.txt; the
/// name follows an owner or a preposition. Owners are a possessive token or
/// a word of rules/owner-determiners.txt ("its", "their") or
/// rules/owner-possessives.txt ("whose", "their", "his", "her"); a one-word
/// name takes no "its" ("its Windows software unit", "its Medicare claims
/// processing arm": products and programmes more often than firms). Not
/// after "the" or "a" ("the Big Four accounting firm", "a Texas oil
/// company"), not before another name than a person's ("of Wall Street
/// investment firm Dellory"), not a name that ends in a place or a people's
/// word ("its Ohio packaging business"), and no modifier may be a function
/// word, a verb of speech or a clause opener ("Orvane said the company").
fn modified_head_after(cx: &Cx, first: usize, last: usize) -> bool {
    let Some(end) = modified_head_end(cx, last) else {
        return false;
    };
    if first == 0 || !same_sentence(cx, first - 1, end) || short_acronym(cx, first, last) {
        return false;
    }
    // After a preposition only a company noun heads ("of Nine Mile Point
    // Two nuclear power unit" is a plant's).
    let opened = modified_head_owner(cx, first, last)
        || (cx.word_class(first - 1) & ListKind::Preposition.bit() != 0
            && cx.is(end, ListKind::CompanyNoun));
    // "accounting firm Dellory" after the head: the phrase describes the
    // next name; only a person's ("survey company Ana Vell") leaves ours.
    let toks = &cx.tokens.tokens;
    let next_named = toks.get(end + 1).is_some_and(|t| {
        t.kind == TokKind::Word && t.is_cap(cx.text) && same_sentence(cx, end, end + 1)
    }) && !cx.is(end + 1, ListKind::GivenName);
    let placed = place_word(cx, last - 1) || (first..last).all(|j| place_word(cx, j));
    opened && !next_named && !placed
}

/// Whether an owner stands right before the name `first..last`: a
/// possessive token or a word of rules/owner-possessives.txt ("whose",
/// "their", "his", "her") before any name, a word of
/// rules/owner-determiners.txt ("its") only before a name of two or more
/// words ("its Harrow Pike packaging business", not "its Windows software
/// unit").
fn modified_head_owner(cx: &Cx, first: usize, last: usize) -> bool {
    let before = first - 1;
    let word = cx.word(before);
    cx.tokens.tokens[before].kind == TokKind::Possessive
        || cx.rules.is_cue_as_written("owner-possessives", word)
        || (last - first > 1 && cx.rules.is_cue_as_written("owner-determiners", word))
}

/// The token index of the head noun (rules/company-modified-heads.txt) that
/// ends one or two lower-case modifiers starting at `last`, the token right
/// after a name: "packaging business" gives the index of "business".
/// `None` without a modifier, without a head, or when the head modifies a
/// noun after it ("multi-user business systems").
fn modified_head_end(cx: &Cx, last: usize) -> Option<usize> {
    let toks = &cx.tokens.tokens;
    let stops = ListKind::NotName.bit()
        | ListKind::Preposition.bit()
        | ListKind::ClauseWord.bit()
        | ListKind::ObjectStop.bit()
        | ListKind::SpeechVerb.bit()
        | ListKind::ListOpener.bit();
    let modifier = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.kind == TokKind::Word
                && t.is_lower(cx.text)
                && cx
                    .word(k)
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'-')
                && cx.word_class(k) & stops == 0
        })
    };
    // A listed head ("business") or a listed pair ending the modifiers
    // ("investment vehicle").
    let head = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.is_lower(cx.text)
                && (cx.is_cue("company-modified-heads", k)
                    || (k > last
                        && cx.rules.is_cue_phrase(
                            "company-modified-heads",
                            &format!("{} {}", cx.word(k - 1), cx.word(k)),
                        )))
        })
    };
    let mods = (last..last + 2)
        .take_while(|&k| modifier(k) && !head(k))
        .count();
    let end = last + mods;
    (mods > 0 && head(end) && !modifier(end + 1)).then_some(end)
}

/// "its PC hardware division", "its AI consulting unit": a one-word name of
/// one or two capitals is a trade's term as often as a firm's.
fn short_acronym(cx: &Cx, first: usize, last: usize) -> bool {
    let w = cx.word(first);
    last - first == 1 && w.len() <= 2 && w.bytes().all(|b| b.is_ascii_uppercase())
}

/// A word of a place or a people: a listed place, nationality or demonym.
fn place_word(cx: &Cx, j: usize) -> bool {
    let class = ListKind::Place.bit() | ListKind::Nationality.bit();
    cx.is(j, ListKind::Place) || cx.word_class(j) & class != 0 || cx.demonym(j)
}

/// "said it has", "says it will", "added its" (a speech verb of
/// rules/speech-verbs.txt, then "it" or "its"): a name right before these
/// speaks of itself as a thing. Not before "was", "is" or "'s" ("Halsey
/// said it was hard"), which people say as often. "has"/"had" may open it
/// and a time phrase or "that" may stand between ("has said it plans",
/// "said on Tuesday that it would": [`spoken_of_it`]), then with "it" alone.
fn says_it(cx: &Cx, last: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let verb = last + usize::from(matches!(cx.word_or_empty(last), "has" | "had"));
    if verb + 2 >= toks.len()
        || !toks[verb].is_lower(cx.text)
        || !cx.is(verb, ListKind::SpeechVerb)
        || !same_sentence(cx, last, verb)
    {
        return false;
    }
    let end = cx.tokens.sentences[cx.tokens.sentence_of[verb]].last;
    let k = spoken_of_it(cx, verb + 1, end);
    if k + 1 >= end {
        return false;
    }
    // "Uefa has said its", "the union said that its members": bodies and
    // unions speak of their own things as often; a gap takes "it" alone.
    let gap = verb > last || k > verb + 1;
    match cx.word(k) {
        "its" => !gap,
        "it" => {
            let next = toks[k + 1];
            // "said that it would be hard": after a gap, a modal and "be"
            // is a person's view as often.
            let view = k > verb + 1
                && matches!(cx.word(k + 1), "would" | "will" | "could" | "may" | "might")
                && cx.word_or_empty(k + 2) == "be";
            next.kind == TokKind::Word && !matches!(next.text(cx.text), "was" | "is") && !view
        }
        _ => false,
    }
}

/// "the metalworkers union Kestrel said it": a lower-case noun of a body
/// that is no company (rules/roles-non-company-bodies.txt: union, party,
/// council) right before the name at `first`.
fn body_noun_before(cx: &Cx, first: usize) -> bool {
    first.checked_sub(1).is_some_and(|p| {
        same_sentence(cx, p, first)
            && cx.tokens.tokens[p].is_lower(cx.text)
            && cx.is_cue("role-non-company-bodies", p)
    })
}

/// From `k`, right after a speech verb, the token after a time phrase
/// ("on Tuesday", "last week", "yesterday": rules/time-nouns.txt) and a
/// "that" (either may be missing), before `end`.
fn spoken_of_it(cx: &Cx, k: usize, end: usize) -> usize {
    let on_day = k + 2 < end && cx.word(k) == "on" && cx.is_cue("time-nouns", k + 1);
    let k = if on_day {
        k + 2
    } else {
        cx.tokens.over_time(cx.text, cx.rules, k, end)
    };
    k + usize::from(k < end && cx.word(k) == "that")
}

/// Whether `first..last` is only the end of a longer name or no name: a
/// lone legal suffix ("Investors Service Inc", cut after a possessive) or
/// letter, or a chunk
/// after a capitalised word, a possessive, or "of"/"and"/"&" after one
/// ("Association of Accountants", "Duff and Phelps").
fn attached(cx: &Cx, first: usize, last: usize) -> bool {
    let toks = &cx.tokens.tokens;
    // A lone suffix, or a letter ("company Y", "I've said it").
    if last - first == 1
        && (cx.is(first, ListKind::LegalSuffix) || cx.word(first).chars().count() == 1)
    {
        return true;
    }
    let Some(p) = first
        .checked_sub(1)
        .filter(|&p| same_sentence(cx, p, first))
    else {
        return false;
    };
    let joined = matches!(cx.word(p), "of" | "and" | "&")
        && p > 0
        && same_sentence(cx, p - 1, p)
        && (toks[p - 1].is_cap(cx.text) || toks[p - 1].kind == TokKind::Possessive);
    // "Merrill Lynch <MER> Capital Markets": after a ticker.
    let ticker = toks[p].is_punct('>');
    joined || ticker || toks[p].is_cap(cx.text) || toks[p].kind == TokKind::Possessive
}

/// Where the descriptor after the name `first..last` opens: `at`, the
/// token after the name's comma or copula (past "one of"), and the first
/// word after its article or place possessive (none if neither stands
/// there). "Rostavik, Sweden's biggest lender,": a place's possessive opens
/// it too; so does "one of" before either ("Dalvini, one of the largest
/// caterers,", "is one of Ohio's top lenders"), but not after a lone
/// surname or given name, more often one of the people ("Calder, one of the
/// leading software developers at"): then `None`.
fn descriptor_opening(cx: &Cx, first: usize, last: usize) -> Option<(usize, Option<usize>)> {
    let article = |i: usize| {
        cx.tokens
            .tokens
            .get(i)
            .is_some_and(|t| matches!(t.text(cx.text), "a" | "an" | "the"))
    };
    let person_word = ListKind::Surname.bit() | ListKind::GivenName.bit();
    let lone_person_word = last == first + 1 && cx.word_class(first) & person_word != 0;
    let one_of = cx.word_or_empty(last + 1) == "one" && cx.word_or_empty(last + 2) == "of";
    if one_of && lone_person_word {
        return None;
    }
    let at = if one_of { last + 3 } else { last + 1 };
    let open = if article(at) {
        Some(at + 1)
    } else {
        place_possessive(cx, at)
    };
    Some((at, open))
}

/// ", a Seattle-based software maker,", ", Sweden's biggest lender,": a
/// descriptor ending in a company noun, in apposition after `last`; or said of it: "is a tax software
/// provider that"; or ending in a cue and "of" after a whole name
/// (", a unit of", ", the world's largest maker of").
fn descriptor_apposition(cx: &Cx, first: usize, last: usize) -> bool {
    let (toks, text) = (&cx.tokens.tokens, cx.text);
    let Some((at, open)) = descriptor_opening(cx, first, last) else {
        return false;
    };
    let apposition = toks.get(last).is_some_and(|t| t.is_punct(',')) && open.is_some();
    let copula = toks
        .get(last)
        .is_some_and(|t| matches!(t.text(text), "is" | "was"))
        && open.is_some();
    let (true, Some(from)) = (apposition || copula, open) else {
        return false;
    };
    let sent_last = cx.tokens.sentences[cx.tokens.sentence_of[last]].last;
    for j in from..(at + 8).min(sent_last) {
        let t = toks[j];
        if matches!(t.kind, TokKind::Punct(_)) && !t.is_punct('-') {
            return false;
        }
        if cx.is(j, ListKind::Title)
            || cx
                .lexed
                .spans_at(j, cx.rules, ListKind::Title)
                .next()
                .is_some()
        {
            return false;
        }
        if t.is_lower(text)
            && (cx.is(j, ListKind::CompanyCue)
                || t.text(text) == "company"
                || multi_word_cue(cx, at + 1, j))
        {
            // "Quadram, a unit of Orvane Corp,": a cue and "of" in
            // apposition (not "Process is the true unit of"), when the
            // name is whole ("Pratt and Whitney, a unit of", "Mafina BV of
            // Voorburg, a subsidiary of" end longer names).
            let of = apposition && toks.get(j + 1).is_some_and(|n| n.text(text) == "of");
            return (of && !attached(cx, first, last))
                || descriptor_participle(cx, j + 1)
                || toks.get(j + 1).is_none_or(|n| {
                    n.is_punct(',')
                        || n.is_punct('.')
                        || n.is_punct(';')
                        || matches!(
                            n.text(text),
                            "that" | "which" | "whose" | "with" | "based" | "in" | "and"
                        )
                });
        }
    }
    false
}

/// "Sweden's", "South Korea's": a listed place opening at token `i` and its
/// possessive; the token after the possessive.
fn place_possessive(cx: &Cx, i: usize) -> Option<usize> {
    let end = cx
        .lexed
        .spans_at(i, cx.rules, ListKind::Place)
        .map(|s| s.last)
        .max()
        .or_else(|| cx.is(i, ListKind::Place).then_some(i + 1))?;
    let possessive = cx.tokens.tokens.get(end)?.kind == TokKind::Possessive;
    (possessive && same_sentence(cx, i, end)).then_some(end + 1)
}

/// ", a payments company focused on", ", a firm specialising in", ", the
/// company behind": after the descriptor's cue at `k - 1`, a participle
/// phrase that says what the business does: an "-ing" word of six letters
/// or more ("bring", "during" are none), a passive "-ed" word before "by"
/// ("founded by", "owned by"), a participle of place or trade
/// ("headquartered", "focused") or "behind"
/// (rules/descriptor-participles.txt, rules/ing-non-participles.txt); no speech verb and no finite
/// verb before "to" ("Later, the bank proposed to ...").
fn descriptor_participle(cx: &Cx, k: usize) -> bool {
    let (toks, text) = (&cx.tokens.tokens, cx.text);
    let Some(t) = toks.get(k).filter(|t| t.is_lower(text)) else {
        return false;
    };
    let w = t.text(text);
    if cx.is(k, ListKind::SpeechVerb) {
        return false;
    }
    let by = toks.get(k + 1).is_some_and(|n| n.text(text) == "by");
    cx.rules.is_ing_participle(w)
        || (w.ends_with("ed") && by)
        || cx.rules.is_cue("descriptor-participles", w)
}

/// "Ulmera, which makes headphones,", "Tesk, which owns the Larch chain":
/// a comma, "which" and a verb of a business's trade
/// (rules/company-relative-verbs.txt: makes, owns, operates, employs) right
/// after the name `first..last`, no object pronoun after the verb ("which
/// makes it easy": a product's) nor "for" ("which sells for $225";
/// rules/company-relative-stops.txt), the
/// name whole ("BT Retail, which sells": no "Retail"); a person is "who",
/// and a place is rarely said to make or own.
fn business_relative(cx: &Cx, first: usize, last: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let (comma, which, verb) = (last, last + 1, last + 2);
    verb + 1 < toks.len()
        && toks[comma].is_punct(',')
        && cx.word(which) == "which"
        && toks[verb].is_lower(cx.text)
        && cx.is_cue("company-relative-verbs", verb)
        && !cx.is_cue("company-relative-stops", verb + 1)
        && same_sentence(cx, first, verb + 1)
        && !attached(cx, first, last)
}

/// "of Halvery shares", "in Pellory stock", "500,000 Tessaro shares": a
/// share noun (rules/company-stock-nouns.txt: shares, stock) right after
/// the name `first..last`, with a preposition, "the" or a number right
/// before it, names the company whose shares they are. Not a share class
/// ([`share_class`]: "of Class A shares"), not a place's or nationality's
/// market ("in Tokyo stock", "of Swiss shares"), nor a market after the noun ("in Halvery stock
/// exchange": rules/company-stock-stops.txt).
fn stock_noun_after(cx: &Cx, first: usize, last: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let noun_ok = toks.get(last).is_some_and(|t| {
        t.is_lower(cx.text) && cx.rules.is_cue("company-stock-nouns", t.text(cx.text))
    });
    if !noun_ok || first == 0 || !same_sentence(cx, first - 1, last) {
        return false;
    }
    let before = first - 1;
    let before_ok = toks[before].kind == TokKind::Number
        || cx.word(before) == "the"
        || (toks[before].is_lower(cx.text)
            && cx.word_class(before) & ListKind::Preposition.bit() != 0);
    let stop_after = toks.get(last + 1).is_some_and(|t| {
        same_sentence(cx, last, last + 1) && cx.rules.is_cue("company-stock-stops", t.text(cx.text))
    });
    // "Asia-Pacific shares": a place in a hyphened word counts too.
    let place = |k: usize| {
        let class = ListKind::Place.bit() | ListKind::Nationality.bit();
        cx.is(k, ListKind::Place)
            || cx
                .word(k)
                .split('-')
                .any(|w| cx.rules.word_class(w) & class != 0 || super::demonym(cx.rules, w))
    };
    before_ok && !stop_after && !share_class(cx, first, last) && !(first..last).any(place)
}

/// "Quorlin cut 200 jobs", "Aldemar will shed 1,500 workers", "Corvina
/// laid off 120 staff": a job-cut verb (rules/company-job-cut-verbs.txt;
/// "lay"/"laid" before "off") right after the name `first..last`, past at
/// most two words of rules/job-cut-auxiliaries.txt, then a number and a job noun
/// (rules/company-job-nouns.txt), one lower-case word allowed before it
/// ("300 more jobs"). Only an employer cuts its own staff; not the end of a
/// longer name.
fn cuts_jobs(cx: &Cx, first: usize, last: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let lower = |k: usize| toks.get(k).is_some_and(|t| t.is_lower(cx.text));
    let mut k = last;
    while k < last + 2
        && lower(k)
        && cx
            .rules
            .is_cue_as_written("job-cut-auxiliaries", cx.word(k))
    {
        k += 1;
    }
    if !lower(k) || !cx.is_cue("company-job-cut-verbs", k) {
        return false;
    }
    let lay = matches!(cx.word(k), "lay" | "lays" | "laid");
    k += 1;
    if lay {
        if !lower(k) || cx.word(k) != "off" {
            return false;
        }
        k += 1;
    }
    if toks.get(k).is_none_or(|t| t.kind != TokKind::Number) {
        return false;
    }
    let noun = |j: usize| lower(j) && cx.is_cue("company-job-nouns", j);
    let end = if noun(k + 1) { k + 1 } else { k + 2 };
    noun(end)
        && same_sentence(cx, first, end)
        && !attached(cx, first, last)
        && !trade_word(cx, first, last)
        && !abstract_opener(cx, first, last)
}

/// "Automation will cut 2,000 jobs", "Globalisation shed 900 jobs",
/// "Recession eliminated 300 posts": one word opening its sentence or
/// following a dateline's dash or a colon (its capital says nothing) in the
/// shape of an abstract noun, ending in "tion", "sion" or "ment" (seven
/// letters or more) or "ism" (six or more), and no listed company, names a
/// cause, no company. Named forces in other shapes ("Brexit", "Tariffs",
/// "Restructuring") are in rules/not-names.txt.
fn abstract_opener(cx: &Cx, first: usize, last: usize) -> bool {
    // No "-ity" nor "-ing": "Fidelity", "Verity", "Harbling" name firms.
    // Seven letters at least: "Vision", "Fusion", "Nation" name firms too.
    const ENDINGS: &[(&str, usize)] = &[("tion", 7), ("sion", 7), ("ism", 6), ("ment", 7)];
    let w = cx.word(first);
    // After a dateline's dash ("DETROIT, May 2 - Automation will") too.
    let opens = cx.tokens.sentences[cx.tokens.sentence_of[first]].first == first
        || first
            .checked_sub(1)
            .is_some_and(|p| cx.tokens.tokens[p].is_dash() || matches!(cx.word(p), ":" | "\""));
    let n = w.chars().count();
    // A listed company ("Cablevision") is no abstract noun.
    let listed = || {
        cx.lexed
            .spans_at(first, cx.rules, ListKind::Company)
            .next()
            .is_some()
    };
    last - first == 1
        && opens
        && w.chars().skip(1).all(|c| c.is_lowercase())
        && ENDINGS
            .iter()
            .any(|&(end, min)| n >= min && w.ends_with(end))
        && !listed()
}

/// "Employers have shed 2.3 million jobs", "Carmakers cut 500 jobs": one
/// word that is a company cue or ends in "ers" names a trade's members, no
/// company.
fn trade_word(cx: &Cx, first: usize, last: usize) -> bool {
    last - first == 1 && (cx.is(first, ListKind::CompanyCue) || cx.word(first).ends_with("ers"))
}

/// "Class A", "Ordinary", "B", "A and B": the name `first..last` of a class
/// of shares (rules/share-class-words.txt opening it, or single letters
/// joined by "and"), no company: "of Class A shares", "the A and B stock".
fn share_class(cx: &Cx, first: usize, last: usize) -> bool {
    let letter_or_and = |k: usize| {
        let w = cx.word(k);
        w.chars().count() == 1 || w == "and"
    };
    cx.is_cue("share-class-words", first) || (first..last).all(letter_or_and)
}

/// "Montreal-based Brellan called", "US-based Quimby said": a name right
/// after a place's "-based" (a place, nationality or other title-case word
/// before the hyphen: "Santa Monica-based"; an all-capitals one only when
/// listed, so "SQL-based", "ARM-based" are technologies) is a business
/// when a mark, a verb or a clause word follows it. Not one word in
/// capitals ("Paris-based OECD", "US-based AI"), not a name opening or
/// ending in an organisation word (rules/org-words.txt: "Council",
/// "Institute", "Agency"), holding a nationality word ("London-based
/// Nordic banking expert"), one listed surname ("London-based Smith
/// said": a person as likely) or followed by a noun it modifies
/// ("Chennai-based Tata group", "Geneva-based Tarrow agency"). A verb
/// after it is a word of rules/based-name-followers.txt or one of five
/// letters or more ending in "-ed" ("called"; not "seed", "shed").
fn place_based(cx: &Cx, first: usize, last: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let Some(p) = first
        .checked_sub(1)
        .filter(|&p| same_sentence(cx, p, first))
    else {
        return false;
    };
    let Some(head) = based_head(cx, p) else {
        return false;
    };
    let caps = head.chars().all(|c| !c.is_lowercase());
    let place = ListKind::Place.bit() | ListKind::Nationality.bit();
    let listed = cx.rules.word_class(head) & place != 0 || super::demonym(cx.rules, head);
    let head_ok = head.starts_with(|c: char| c.is_uppercase()) && (listed || !caps);
    let one_caps = last - first == 1 && cx.word(first).chars().all(|c| !c.is_lowercase());
    let org_word = |k: usize| cx.word_class(k) & ListKind::OrgWord.bit() != 0;
    // What follows the name: a mark, a verb or clause word ("Brellan
    // called", "Tovarro is", "Sabine, predicted"), not a noun it modifies
    // ("the Geneva-based Tarrow agency", "Khartoum-based Western experts").
    let next_ok = match toks.get(last) {
        None => true,
        Some(t) if t.kind == TokKind::Word => {
            let w = cx.word(last);
            let verb = w.len() > 4 && w.ends_with("ed");
            t.is_lower(cx.text) && (verb || cx.is_cue("based-name-followers", last))
        }
        // "Vereins- und Westbank": a name cut at a hyphen.
        Some(t) => t.kind != TokKind::Possessive && !t.is_punct('-'),
    };
    let nationality = |k: usize| super::has_class(cx, k, ListKind::Nationality) || cx.demonym(k);
    head_ok
        && next_ok
        && !one_caps
        && !org_word(first)
        && !org_word(last - 1)
        && !(first..last).any(nationality)
        && !cx.is(first, ListKind::GivenName)
        && !(last - first == 1 && super::has_class(cx, first, ListKind::Surname))
}

/// The place word before the "-based" that ends at token `p`: "Montreal"
/// in "Montreal-based", "Monica" in "Santa Monica-based", "U.S." in
/// "U.S.-based" (written as its own token before the hyphen).
fn based_head<'c>(cx: &'c Cx, p: usize) -> Option<&'c str> {
    let toks = &cx.tokens.tokens;
    let w = cx.word(p);
    if let Some(head) = w.strip_suffix("-based").filter(|h| !h.is_empty()) {
        return Some(head.rsplit('-').next().unwrap_or(head));
    }
    // "U.S." "-based" or "U.S." "-" "based", each touching the next.
    let mut k = p;
    if w == "based" && k > 0 && toks[k - 1].is_punct('-') && toks[k - 1].end == toks[k].start {
        k -= 1;
    } else if w != "-based" {
        return None;
    }
    let h = k.checked_sub(1).filter(|&h| toks[h].end == toks[k].start)?;
    (toks[h].kind == TokKind::Word).then(|| cx.word(h))
}

/// "Tessaro has launched a bond", "Quellon unveils a service", "Brannick
/// introduced Vela Play": a verb of bringing out a product
/// (rules/company-launch-verbs.txt), "has" allowed before it, right after the
/// name `first..last` and before a determiner or a capitalised word. Not a
/// name with a given name or a person's surname of the article ("Ada Quenby
/// ... Quenby unveiled a plan"), nor the end of a longer name, nor a lone
/// word opening a sentence.
fn brings_out(cx: &Cx, first: usize, last: usize, surnames: &HashSet<String>) -> bool {
    let toks = &cx.tokens.tokens;
    // A lone word opening a sentence may be a plural noun ("Researchers
    // published a study"), unless "its" follows the verb ("Quellon
    // launched its phone": plural nouns say "their").
    let opens = cx.tokens.sentences[cx.tokens.sentence_of[first]].first == first;
    if last + 1 >= toks.len() || (opens && last - first == 1 && !launches_its(cx, last)) {
        return false;
    }
    // "the Taliban launched an attack", "the Greens launched a petition": a
    // name right after "the" is a group, a party or an outlet, not a firm.
    if first > 0 && same_sentence(cx, first - 1, first) && cx.word(first - 1) == "the" {
        return false;
    }
    let verb = if matches!(cx.word(last), "has" | "have") {
        last + 1
    } else {
        last
    };
    let Some(next) = toks.get(verb + 1) else {
        return false;
    };
    toks[verb].is_lower(cx.text)
        && cx.is_cue("company-launch-verbs", verb)
        // "Tessel introduced Ada Brun": a person; a capitalised product
        // only after launch, unveil and debut verbs.
        && ((next.is_cap(cx.text)
            && !matches!(cx.word(verb), "introduced" | "introduces" | "published" | "publishes"))
            || matches!(
                next.text(cx.text),
                "a" | "an" | "the" | "its" | "their" | "new"
            ))
        && same_sentence(cx, first, verb + 1)
        && !cx.is(first, ListKind::GivenName)
        && !(first..last).any(|k| surnames.contains(cx.word(k)))
        && !attached(cx, first, last)
}

/// Whether a launch verb (rules/company-launch-verbs.txt) at `last`, or
/// after "has" there, has "its" right after it ("Quellon launched its").
fn launches_its(cx: &Cx, last: usize) -> bool {
    let verb = last + usize::from(matches!(cx.word(last), "has" | "have"));
    cx.word_or_empty(verb + 1) == "its" && cx.is_cue("company-launch-verbs", verb)
}

/// "the Dutch brewing group", "a digital marketing agency": a company cue
/// of two or more words ending at `j` and starting at `from` or later, in a
/// descriptor whose last word alone is no cue ("group", "agency").
fn multi_word_cue(cx: &Cx, from: usize, j: usize) -> bool {
    cx.lexed
        .span_ending(j + 1, cx.rules, ListKind::CompanyCue)
        .is_some_and(|s| s.first >= from && s.last - s.first >= 2)
}

/// Whether tokens `a` and `b` are in one sentence.
fn same_sentence(cx: &Cx, a: usize, b: usize) -> bool {
    let s = &cx.tokens.sentence_of;
    s.get(a).is_some() && s.get(a) == s.get(b)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{companies, entities};

    #[test]
    fn a_staff_title_between_a_name_and_a_person_makes_the_name_a_company() {
        let got = companies(
            "Outlook\n\nPrices fell, said Halvard analyst Brenna Tolliver and Trevane \
             chief economist Oskar Lindqvist. Nickel analyst Sam Hood and Energy analyst \
             Tom Pike, European economist Jan Vos and PR strategist Ida Fenn disagreed.",
        );
        assert!(got.iter().any(|n| n == "Halvard"), "{got:?}");
        assert!(got.iter().any(|n| n == "Trevane"), "{got:?}");
        for n in ["Nickel", "Energy", "European", "PR"] {
            assert!(!got.iter().any(|g| g == n), "{n}: {got:?}");
        }
        // No person's name after the title: no cue ("Halvard analyst said").
        let got = companies("Outlook\n\nPrices fell, a Corvane analyst said on Monday.");
        assert!(!got.iter().any(|n| n == "Corvane"), "{got:?}");
    }

    #[test]
    fn a_people_adjective_or_title_modifier_before_an_officer_title_is_no_company() {
        let got = companies(
            "Outlook\n\nFormer chief executive Tom Ray was fined. Then CEO Ivo Pratt \
             agreed, said the Welsh CEO Ada Wick, and the Asian managing director Jon \
             Dahl, and Interim CEO Pia Sand. Outgoing chief executive Kai Lunde left.",
        );
        for n in ["Former", "Then", "Welsh", "Asian", "Interim", "Outgoing"] {
            assert!(!got.iter().any(|g| g == n), "{n}: {got:?}");
        }
        // An unknown name opening the sentence is still an employer; a
        // participle opening it describes the person.
        let got = companies(
            "Outlook\n\nDellamor chief executive Rune Dahl resigned. Quenby senior vice \
             president Ann Bell left. Disgraced managing director Ivo Pratt quit. Departing \
             senior vice president Pia Sand stayed. Shares of Quenby fell. Instead managing \
             director Ole Wik took over. Tonight managing director Eva Lind spoke. Ousted \
             CEO Bo Falk sued. Slowly senior vice president Kim Ahl left.",
        );
        for n in ["Dellamor", "Quenby"] {
            assert!(got.iter().any(|g| g == n), "{n}: {got:?}");
        }
        // Nor an adverb, a fronted-phrase opener or a word the article never
        // writes capitalised mid-sentence.
        for n in [
            "Disgraced",
            "Departing",
            "Instead",
            "Tonight",
            "Ousted",
            "Slowly",
        ] {
            assert!(!got.iter().any(|g| g == n), "{n}: {got:?}");
        }
    }

    #[test]
    fn an_executive_title_between_a_name_and_a_person_makes_the_name_a_company() {
        let got = companies(
            "Outlook\n\nSales held up, said Tovrik's managing director Lene Brun, and a \
             view came from Ostmark senior vice president Jon Dahl and Brelle CFO Ada Wick.",
        );
        for n in ["Tovrik", "Ostmark", "Brelle"] {
            assert!(got.iter().any(|g| g == n), "{n}: {got:?}");
        }
        // Not a title alone ("Norvik president"), nor a public body or a
        // title modifier before it.
        let got = companies(
            "Outlook\n\nPrices fell, said Norvik president Jan Ek, Council chief \
             executive Ann Hale and the Senior vice president Tom Lyle.",
        );
        for n in ["Norvik", "Council", "Senior"] {
            assert!(!got.iter().any(|g| g == n), "{n}: {got:?}");
        }
    }

    #[test]
    fn a_person_shaped_name_before_a_possessive_stays_a_person() {
        // "Shares of NAME's ...": the shares are those of NAME's firm.
        let got = entities(
            "Bakers\n\nRosa Tillery founded Crumbwell Inc in 1990. Shares of Rosa \
             Tillery's rival Doughmark Corp fell 3 pct. Shares of Ivo Brandt's bakery rose, \
             said Pia Lenz.",
        );
        for name in ["Rosa Tillery", "Ivo Brandt"] {
            assert!(
                got.iter().any(|(k, n)| k == "person" && n == name),
                "{name}: {got:?}"
            );
        }
        // Without the possessive the slot still makes a firm.
        let got = companies("Bakers\n\nShares of Ivo Brandt slid 4 pct on Monday.");
        assert!(got.iter().any(|n| n == "Ivo Brandt"), "{got:?}");
    }

    #[test]
    fn a_name_before_a_share_noun_or_a_result_is_a_company() {
        let got = companies(
            "Dealers\n\nTraders bought 250,000 Quellamar shares, and demand for Tessaly stock \
             was strong. In 1986, Pemberline Abex had operating income of 9 mln dlrs.",
        );
        for n in ["Quellamar", "Tessaly", "Pemberline Abex"] {
            assert!(got.iter().any(|g| g == n), "{n}: {got:?}");
        }
        // Share classes, markets and places are no companies.
        let got = companies(
            "Dealers\n\nHolders of Class A shares and of Ordinary shares were paid. Trading \
             in Tokyo stock was quiet, and the Harwick stock exchange closed early. The A and \
             B stock pays more than an index of Asia-Pacific shares.",
        );
        for n in [
            "Class A",
            "Ordinary",
            "Tokyo",
            "Harwick",
            "A and B",
            "Asia-Pacific",
        ] {
            assert!(!got.iter().any(|g| g == n), "{n}: {got:?}");
        }
    }

    #[test]
    fn an_employer_cutting_jobs_is_a_company() {
        let got = companies(
            "Cuts\n\nQuorlin cut 200 jobs, Aldemar will shed 1,500 workers and Corvina laid \
             off 120 staff. Dunsford plans to axe 300 more jobs.",
        );
        assert_eq!(got, ["Quorlin", "Aldemar", "Corvina", "Dunsford"]);
        // A trade's plural, "lay" without "off", no number or no job noun.
        let got = companies(
            "Cuts\n\nEmployers have shed 2.3 million jobs. Carmakers cut 500 jobs. \
             Vellan laid 200 bricks. Tosker cut costs. Brimley cut 20 percent.",
        );
        assert!(got.is_empty(), "{got:?}");
        // A cause opening the sentence: an abstract noun's shape or a listed
        // force (rules/not-names.txt).
        let got = companies(
            "Cuts\n\nAutomation will cut 900 jobs. Globalisation shed 400 workers. \
             Downsizing cut 300 posts. Brexit will cut 500 jobs. Tariffs cut 80 jobs. \
             Holvington cut 70 jobs.",
        );
        assert_eq!(got, ["Holvington"]);
    }

    #[test]
    fn an_analysts_house_after_at_or_with_is_a_company() {
        let got = companies(
            "Views\n\nAnalysts at Kestrom said it was fair, and a strategist with Lomberg \
             agreed. Analysts at the bank and economists at Norvale disagreed.",
        );
        assert_eq!(got, ["Kestrom", "Lomberg"]);
        // "A and B" after the cue may be one partners' firm: B is no
        // company by the list alone.
        let got = companies("Views\n\nSaid Jo Tam, an analyst with Dravel and Quist, on Monday.");
        assert!(!got.iter().any(|n| n == "Quist"), "{got:?}");
        // Several analysts, or a whole first name: two firms.
        let got = companies("Views\n\nAnalysts at Dravel and Quist said it was fair.");
        assert_eq!(got, ["Dravel", "Quist"]);
        let got = companies("Views\n\nAn analyst at Dravel Securities and Quist said no.");
        assert_eq!(got, ["Dravel Securities", "Quist"]);
        // A broker's partners: one firm.
        let got = companies("Views\n\nJo Tam of brokers Dravel and Quist said it was fair.");
        assert!(!got.iter().any(|n| n == "Quist"), "{got:?}");
    }

    #[test]
    fn a_places_possessive_opens_a_descriptor() {
        let got = companies(
            "Banks\n\nRostavik, Sweden's biggest lender, grew, and Helmond is South Korea's \
             largest chipmaker. Oslo, Norway's capital, was quiet.",
        );
        assert_eq!(got, ["Rostavik", "Helmond"]);
    }

    #[test]
    fn one_of_opens_a_descriptor() {
        let got = companies(
            "Caterers\n\nDalvini, one of the largest catering companies in Ohio, grew, and \
             Brockhurst is one of Ohio's oldest lenders. Corran Vale is one of the best \
             places for a picnic, and Tam Orrel, one of the company's founders, left.",
        );
        assert_eq!(got, ["Dalvini", "Brockhurst"]);
    }

    #[test]
    fn share_moves_results_and_a_possessive_profit() {
        let got = companies(
            "Moves\n\nImbrola stock jumped after Farrowby reported first-quarter earnings. \
             Vestimo shares tumbled, and Jastrel's profit doubled. Tokyo shares tumbled, \
             Asian stock climbed and Bank shares slumped.",
        );
        assert_eq!(got, ["Imbrola", "Farrowby", "Vestimo", "Jastrel"]);
        // rules/regional-adjectives.txt: a region's or place's adjective.
        let got = companies(
            "Moves\n\nSaudi shares rose, Nordic stock slumped and Iberian shares climbed.",
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_persons_surname_in_a_list_with_companies_is_no_company() {
        let got = companies(
            "Moon race\n\nDara Velmont founded Brasko Launch Corp in 2002. \
             Velmont, Brasko Launch Corp and Halvery Corp could reach the Moon.",
        );
        assert!(!got.iter().any(|n| n == "Velmont"), "{got:?}");
        assert!(got.iter().any(|n| n == "Halvery Corp"), "{got:?}");
    }

    #[test]
    fn a_surname_named_in_full_before_takes_no_company_cue() {
        // "a firm Quenby has proposed": a company cue beside the lone surname
        // of a person named in full before it.
        let got = companies(
            "Carriers\n\nTrade official Daniel Quenby spoke on Monday. Tarlow Cable Corp holds a \
             stake in a firm Quenby has proposed should join.",
        );
        assert!(!got.iter().any(|n| n == "Quenby"), "{got:?}");
        // A company named after the person keeps the word a company's.
        let got = companies(
            "Studios\n\nDaniel Quenby made films. Quenby Studios Inc said profits rose. \
             Tarlow Cable Corp has a stake in a firm Quenby has proposed should join.",
        );
        assert!(got.iter().any(|n| n.starts_with("Quenby")), "{got:?}");
    }

    #[test]
    fn an_owned_unit_named_with_and_is_one_company() {
        let got = companies(
            "Units\n\nVexo Corp said its Pellman and Hobb subsidiary and its Coating and \
             Sealant division grew, and its Fluid Controls Division moved.",
        );
        for name in [
            "Pellman and Hobb",
            "Coating and Sealant",
            "Fluid Controls Division",
        ] {
            assert!(got.iter().any(|n| n == name), "{name}: {got:?}");
        }
        // Places, a whole name before "and", a possessive inside the name,
        // and a public body's division are left alone.
        let got = companies(
            "Units\n\nVexo Corp said its Canadian and Mexican unit grew. Vexo's Ardley \
             Holdings Corp and Tessin Metals unit grew, as did its Frank's Garden and Patio \
             unit. The agency's Antitrust Division and its Seattle Division spoke.",
        );
        assert!(got.iter().any(|n| n == "Ardley Holdings Corp"), "{got:?}");
        assert!(
            !got.iter().any(|n| n.contains(" and ")
                || n.contains("Canadian")
                || n.ends_with("Division")
                || n == "Garden"),
            "{got:?}"
        );
    }

    #[test]
    fn two_units_or_a_department_joined_by_and_are_no_one_company() {
        // Two names of two words each, or a second whole name: two units.
        let got = companies(
            "Units\n\nVexo Corp said its Marlow Works and Borvane Tools unit would be sold \
             to Zentrix Inc.",
        );
        assert!(!got.iter().any(|n| n.contains(" and ")), "{got:?}");
        // One two-word name and a one-word one ending in a designator or a
        // legal suffix: one unit.
        let got = companies(
            "Units\n\nVexo Corp said its Tessin Fire and Casualty Co unit and its Brenner \
             Coffee and Foods unit grew.",
        );
        assert!(
            got.iter().any(|n| n.ends_with("Fire and Casualty Co")),
            "{got:?}"
        );
        assert!(
            got.iter().any(|n| n == "Brenner Coffee and Foods"),
            "{got:?}"
        );
        // Department words only: no company.
        let got = companies(
            "Units\n\nVexo Corp said its Research and Development division grew, and its \
             Sales and Marketing unit moved.",
        );
        assert!(
            !got.iter()
                .any(|n| n.contains("Research") || n.contains("Marketing")),
            "{got:?}"
        );
    }

    #[test]
    fn a_public_bodys_division_after_said_its_is_no_company() {
        let got = companies(
            "Review\n\nThe ministry said its Antitrust Division would review the sale of \
             Vexo Corp. The agency said its Criminal Division charged two men. The \
             department said its Civil Rights Division sued Orvane Corp. The agency, \
             which sued, said its Tessin Division would act. The commission awaits its \
             Public Staff Division's report.",
        );
        assert!(!got.iter().any(|n| n.ends_with("Division")), "{got:?}");
        // A company's own division stays one, also after a unit noun.
        let got = companies(
            "Units\n\nVexo Corp said its Milling Division grew. The company said its \
             Tessin Pumps Division would be sold. Vexo said the sales division at its \
             Brenner Division grew.",
        );
        assert!(got.iter().any(|n| n == "Brenner Division"), "{got:?}");
        assert!(got.iter().any(|n| n == "Milling Division"), "{got:?}");
        assert!(got.iter().any(|n| n == "Tessin Pumps Division"), "{got:?}");
    }

    #[test]
    fn a_named_unit_of_an_owner_is_a_company() {
        let text = "Results\n\nHalvard Group said profits rose. Halvard, whose Halvard \
                    Trucks unit builds lorries, expects more orders. Vexo sold its Dunmore \
                    Foods division and its radio division, Sable Radio, to Orvane Corp.";
        let got = companies(text);
        assert!(got.iter().any(|n| n == "Halvard Trucks"), "{got:?}");
        assert!(got.iter().any(|n| n == "Dunmore Foods"), "{got:?}");
        assert!(got.iter().any(|n| n == "Sable Radio"), "{got:?}");
        // A place's unit is no company: "its West German subsidiary".
        let got =
            companies("Units\n\nOrvane Corp said its Madrid unit and its Canadian unit grew.");
        assert!(
            !got.iter().any(|n| n == "Madrid" || n == "Canadian"),
            "{got:?}"
        );
    }

    #[test]
    fn a_descriptor_ending_in_a_cue_of_several_words() {
        // rules/company-cues.txt: "brewing group", "marketing agency".
        let got = companies(
            "Deal\n\nHarvick, the Dutch brewing group, said sales rose. \
             Lindqvale is a digital marketing agency that works for it.",
        );
        assert_eq!(got, ["Harvick", "Lindqvale"]);
        // "rights group" is no cue.
        let got = companies("Deal\n\nOpen Voice, the rights group, called for a review.");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn results_after_a_possessive_but_not_a_trades_plural() {
        // rules/company-heads.txt: "earnings", "products" after "'s".
        let got = companies(
            "Results\n\nDravmoor's earnings fell, and Kestal's products sold less. \
             Brewers' profits fell too.",
        );
        assert_eq!(got, ["Dravmoor", "Kestal"]);
    }

    #[test]
    fn and_joins_one_word_before_a_legal_suffix() {
        let got = companies(
            "Fenwold buys rival\n\nFenwold and Larch Plc said it would buy Harrowgate Telephone and\nTelegraph Co for cash.",
        );
        assert_eq!(
            got,
            [
                "Fenwold and Larch Plc",
                "Harrowgate Telephone and Telegraph Co"
            ]
        );
    }

    #[test]
    fn caps_listed_name_opens_a_longer_suffixed_name() {
        // "Paychex" is listed (rules/companies-indices.txt).
        let got = companies("PAYCHEX TRAVEL SERVICES INC <PTS> SETS PAYOUT\n\nIt pays.");
        assert_eq!(got, ["PAYCHEX TRAVEL SERVICES INC"]);
        // A verb or a function word between them: two names.
        let got = companies("BRELLWICK BUYS PAYCHEX STAKE\n\nIt pays.");
        assert!(!got.iter().any(|n| n.contains("Buys")), "{got:?}");
        let got = companies("PAYCHEX TO SELL UNIT TO VORLAND CORP\n\nIt pays.");
        assert!(!got.iter().any(|n| n.starts_with("Paychex To")), "{got:?}");
        // The suffix right after the listed name adds nothing.
        let got = companies("BOLIDEN AB SETS PAYOUT\n\nIt pays.");
        assert_eq!(got, ["Boliden"]);
    }

    #[test]
    fn business_cues_of_one_word_names() {
        // rules/company-cues.txt ("<industry> giant", "customers of") and
        // rules/company-heads.txt (after a possessive: subscribers).
        let got = companies(
            "Chip giant Halvory grew fast. Customers of Dravelle pay less. Brennow's subscribers rose.",
        );
        assert_eq!(got, ["Halvory", "Dravelle", "Brennow"]);
        // No cue: "giant" alone is an adjective; "users of" names products,
        // a possessive's app or customers may be a product's or a person's.
        let got = companies(
            "A giant Ferrowheel stood there. Users of Quintara complained. Vorrin's app and Tolsey's customers grew.",
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn and_does_not_join_two_whole_names() {
        // The part before "and" ends in a designator: two companies.
        let got = companies("Orvane Chemicals and Tessaly Corp made rival offers for the unit.");
        assert_eq!(got, ["Orvane Chemicals", "Tessaly Corp"]);
        // Two words after "and": no join.
        let got = companies("Quellon and Marlow Brisket Corp said they agreed to merge.");
        assert!(!got.iter().any(|n| n.starts_with("Quellon and")), "{got:?}");
    }

    #[test]
    fn head_nouns_after_the_name() {
        let got = companies(
            "The Dellmoor chain of hotels is for sale. Buyers eye the Quarrington chain too.",
        );
        assert_eq!(got, ["Dellmoor", "Quarrington"]);
    }

    #[test]
    fn a_capitalised_cue_opening_the_sentence_before_such_as() {
        let got =
            companies("Companies such as Fabbrino, Orstead and Mallowby have shown interest.");
        assert_eq!(got, ["Fabbrino", "Orstead", "Mallowby"]);
    }

    #[test]
    fn a_cue_before_with_names_like() {
        let got = companies(
            "Buyers eye launch companies with names like Vector Orbis, Tallow Lab and Quellon.",
        );
        assert_eq!(got, ["Vector Orbis", "Tallow Lab", "Quellon"]);
    }

    #[test]
    fn air_and_a_place_name_an_airline() {
        let got = companies("The jets were sold to Air Astana and a third buyer.");
        assert_eq!(got, ["Air Astana"]);
    }

    #[test]
    fn a_cue_after_and_is_no_modifier() {
        let got = companies("Drugmaker Pellicorn and refiner Sarvoni reported higher profits.");
        assert_eq!(got, ["Pellicorn", "Sarvoni"]);
    }

    #[test]
    fn a_name_after_a_places_based_and_before_a_verb_is_a_business() {
        let got = companies(
            "Analysts said the Montreal-based Brellan called the report rumours on Monday. \
             Santa Monica-based Tovarro is one firm on the list, the paper said.",
        );
        assert_eq!(got, ["Brellan", "Tovarro"]);
        // A noun after the name, a nationality, a technology in capitals,
        // an organisation word or one word in capitals: no business.
        let got = companies(
            "Delegates said the Geneva-based Tarrow agency met the London-based Nordic \
             banking expert. The SQL-based Vantor Kit was slow, and the Paris-based \
             Orvell Institute and the Paris-based OECD said nothing.",
        );
        assert!(got.is_empty(), "{got:?}");
        // "U.S.-based": the place is its own token; a listed surname alone
        // and a short noun in "-ed" ("seed") make no business.
        let got = companies(
            "Analysts said U.S.-based Quellmar said sales rose. London-based Smith said \
             prices fell, and the Oslo-based Tarrow seed fund declined to comment.",
        );
        assert_eq!(got, ["Quellmar"]);
    }

    #[test]
    fn results_and_share_moves_mark_a_business() {
        let got =
            companies("Brackwell reported a loss for the year. Hestova shares rose 3 percent.");
        assert_eq!(got, ["Brackwell", "Hestova"]);
    }

    #[test]
    fn a_trade_after_which_a_unit_of_and_a_possessive_board_mark_a_business() {
        // rules/company-relative-verbs.txt, rules/company-possessive-heads.txt.
        let got = companies(
            "Units\n\nQuadram, a unit of Orvane Corp, grew. Ulmera, which makes headphones, \
             grew too. Tri Vale's board met.",
        );
        assert_eq!(got, ["Quadram", "Orvane Corp", "Ulmera", "Tri Vale"]);
        // A product's "which makes it easy", a copula's "unit of", a name cut
        // before the relative ("BT Retail"), a title without a possessive.
        let got = companies(
            "Units\n\nFlowbox, which makes it easy to share, is free. Process is the true \
             unit of change. Corvan Retail, which sells phones, grew. Lib Dem chairman spoke.",
        );
        assert!(
            !got.iter()
                .any(|n| ["Flowbox", "Process", "Retail", "Lib Dem"].contains(&n.as_str())),
            "{got:?}"
        );
    }

    #[test]
    fn a_company_opening_a_product_name_makes_no_list_with_it() {
        let got = companies(
            "Apps\n\nZentrix Corp said users reach Quilla and Zentrix Flowbox from one phone.",
        );
        assert!(!got.iter().any(|n| n == "Quilla"), "{got:?}");
    }

    #[test]
    fn an_exchange_is_a_market_not_a_company_or_person() {
        let got = entities("The Pacific Stock Exchange said it halted trading in Vestral Corp.");
        assert_eq!(got, [("company".to_string(), "Vestral Corp".to_string())]);
    }

    #[test]
    fn words_after_a_ticker_are_no_person() {
        let got = entities("Vestral Corp <VST> Capital Markets said it would advise the buyer.");
        assert_eq!(got, [("company".to_string(), "Vestral Corp".to_string())]);
    }

    #[test]
    fn a_capitalised_home_or_trade_before_company_makes_the_name_a_company() {
        let got = companies(
            "Virus\n\nFinnish company Arvane gave it a level. Record company Velmor \
             released it, and the South African company Korrin Wash grew.",
        );
        for n in ["Arvane", "Velmor", "Korrin Wash"] {
            assert!(got.iter().any(|g| g == n), "{n}: {got:?}");
        }
        for n in ["Finnish", "Record", "South African"] {
            assert!(!got.iter().any(|g| g == n), "{n}: {got:?}");
        }
    }

    #[test]
    fn a_determiner_before_company_gives_no_cue() {
        let got = entities(
            "Virus\n\nOne company Ronda Pell founded went bust. The company Dane Hollis \
             set up grew. Another company Velmor bought said so.",
        );
        assert!(got.iter().all(|(k, _)| k == "person"), "{got:?}");
    }

    #[test]
    fn a_name_that_speaks_of_itself_after_a_time_phrase_or_has_is_a_company() {
        let got = companies(
            "Jobs\n\nKestova said on Tuesday that it would cut jobs. Brannox has said it \
             plans a sale. Pellory said last week it had hired advisers.",
        );
        for n in ["Kestova", "Brannox", "Pellory"] {
            assert!(got.iter().any(|g| g == n), "{n}: {got:?}");
        }
    }

    #[test]
    fn after_a_gap_its_or_a_view_or_a_body_noun_gives_no_company() {
        let got = companies(
            "Views\n\nThe regulator Ofrail said that its review ends soon. Tarrow has said \
             its members agree. Marlow said on Monday that it would be a mistake. The \
             metalworkers union Quist has said it plans to strike.",
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_lone_opening_name_launching_its_product_is_a_company() {
        let got = companies("Phones\n\nQuellon launched its new phone on Monday.");
        assert_eq!(got, ["Quellon"]);
        let got = companies("Study\n\nResearchers published their study.");
        assert!(got.is_empty(), "{got:?}");
    }
}
