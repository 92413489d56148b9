//! Step 4 of resolve: people, and the "people" that are companies.
//!
//! Takes: the merged mentions with their company groups. Gives: kinds
//! corrected (a speech-verb or weakly cued name that is a company's, a
//! speech name that is no name at all, a name pair used later by its
//! surname, a name listed beside a person) and,
//! per mention, its person. Guarantees: person numbers follow the order of
//! first full-name mention; no choice depends on hash order.

use hashbrown::{HashMap, HashSet};

use crate::pipeline::segment::{Lower, Tokens};
use crate::pipeline::spot::{Kind, Mention, ROMANISED, demonym, romanised_given};
use crate::rules::{ListKind, Rules};

use super::companies::{each_one_deletion, edit_distance_at_most_one, is_misspelling};
use super::{Resolution, Resolving, key};

/// A "person" known only from a speech verb ("Diamant Boart said") that
/// bears a company's name (or a misspelling of it) is that company. So is a
/// person from any weaker cue (an apposition "a Kestrel spokeswoman", a
/// title word before the name) whose name is exactly a company form of the
/// article: the article already types the name as a company. A name with
/// stronger person evidence in the article (an honorific "Mr", a listed
/// given name) stays a person.
pub(super) fn speech_names_of_companies(
    text: &str,
    tokens: &Tokens,
    forms: &HashMap<String, usize>,
    all: &mut [Resolving],
) {
    let strong = strong_person_keys(text, tokens, all);
    let mut near: Option<NearIndex> = None;
    for r in all {
        let m = &mut r.mention;
        if m.kind != Kind::Person {
            continue;
        }
        let k = key(text, tokens, m.first, m.last);
        let found = if m.rule == "person-speech" {
            forms.get(&k).map(|&f| (f, false)).or_else(|| {
                // The smallest matching form, so that the choice never
                // depends on hash order.
                near.get_or_insert_with(|| NearIndex::new(forms.keys().map(String::as_str)))
                    .candidates(&k)
                    .filter(|f| is_misspelling(f, &k))
                    .min()
                    .map(|f| (forms[f], true))
            })
        } else if !strong.contains(&k) {
            forms.get(&k).map(|&f| (f, false))
        } else {
            None
        };
        if let Some((f, typo)) = found {
            m.kind = Kind::Company;
            m.rule = "company-alias".into();
            r.group = Some(f);
            r.misspelt = typo;
        }
    }
}

/// A lone word taken for a speaker's surname with no full name ("Qorvane
/// said it would ...") or found with no evidence at all ("Qorvane has
/// sought ...") that is the first word of one company name of the article
/// written with a legal suffix after two or more words ("Qorvane Mining
/// Explorations Ltd") is that company's short form. Not a word common as a
/// name part (a place, a nationality, a given name, a title: "American
/// Vexo Products Inc" gives no "American"), nor one that the article's
/// people end in ("Ann Qorvane") or that it also writes in lower case, nor
/// one beside "and" or "&" (part of a name around it).
pub(super) fn first_words_of_companies(
    text: &str,
    tokens: &Tokens,
    rules: &Rules,
    forms: &HashMap<String, usize>,
    all: &mut [Resolving],
) {
    let toks = &tokens.tokens;
    let and = |i: usize| {
        toks.get(i)
            .is_some_and(|t| matches!(t.text(text), "and" | "&"))
    };
    let lone = |m: &Mention| {
        m.last - m.first == 1
            && (m.kind == Kind::Unknown || (m.kind == Kind::Surname && m.rule == "person-speech"))
    };
    // "British and Qorvane": one name of its own around "and".
    let joined = |m: &Mention| (m.first > 0 && and(m.first - 1)) || and(m.last);
    if !all.iter().any(|r| lone(&r.mention)) {
        return;
    }
    let firsts = suffixed_first_words(forms, rules);
    if firsts.is_empty() {
        return;
    }
    // Last words of the article's people, and surnames cued otherwise.
    let people: HashSet<String> = all
        .iter()
        .map(|r| &r.mention)
        .filter(|m| m.kind == Kind::Person || (m.kind == Kind::Surname && !lone(m)))
        .map(|m| key(text, tokens, m.last - 1, m.last))
        .collect();
    let mut lower: Option<HashSet<&str>> = None;
    for r in all.iter_mut() {
        if !lone(&r.mention) || joined(&r.mention) {
            continue;
        }
        let k = key(text, tokens, r.mention.first, r.mention.last);
        let Some(&Some(root)) = firsts.get(&k) else {
            continue;
        };
        let lower = lower.get_or_insert_with(|| lower_case_words(text, tokens));
        if people.contains(&k) || lower.contains(k.as_str()) {
            continue;
        }
        r.mention.kind = Kind::Company;
        r.mention.rule = "company-alias".into();
        r.group = Some(root);
    }
}

/// The article's words written all in lower case.
fn lower_case_words<'t>(text: &'t str, tokens: &Tokens) -> HashSet<&'t str> {
    tokens
        .tokens
        .iter()
        .filter(|t| t.is_lower(text))
        .map(|t| t.text(text))
        .collect()
}

/// First words of the forms of three or more words that end in a legal
/// suffix, with their root (`None` when a form of another root holds the
/// word anywhere: "Man" of "Man Pacific Holdings Ltd" beside "F. Man
/// Ltd"), leaving out words common in names ([`FIRST_WORD_STOPS`]).
fn suffixed_first_words(
    forms: &HashMap<String, usize>,
    rules: &Rules,
) -> HashMap<String, Option<usize>> {
    let stops = FIRST_WORD_STOPS.iter().fold(0, |acc, k| acc | k.bit());
    let mut firsts: HashMap<String, Option<usize>> = HashMap::new();
    let mut shared = |w: &str, root: usize, first: bool| match firsts.get_mut(w) {
        Some(r) if *r != Some(root) => *r = None,
        Some(_) => {}
        None if first => {
            firsts.insert(w.to_string(), Some(root));
        }
        None => {}
    };
    // First words first, then any word of another company takes it back.
    for (form, &root) in forms {
        let mut words = form.split(' ');
        let (Some(first), Some(last)) = (words.next(), form.rsplit(' ').next()) else {
            continue;
        };
        let suffixed = rules.word_class(last) & ListKind::LegalSuffix.bit() != 0;
        if words.count() < 2 || !suffixed || first.chars().count() < 3 {
            continue;
        }
        if rules.word_class(first) & stops == 0 {
            shared(first, root, true);
        }
    }
    for (form, &root) in forms {
        for w in form.split(' ') {
            shared(w, root, false);
        }
    }
    firsts
}

/// List kinds of words that open many names and so stand for no one company
/// alone: places, nationalities, given names, common words, titles,
/// designators, legal suffixes, public bodies, business words.
const FIRST_WORD_STOPS: [ListKind; 10] = [
    ListKind::Place,
    ListKind::Nationality,
    ListKind::GivenName,
    ListKind::NotName,
    ListKind::Title,
    ListKind::TitleModifier,
    ListKind::Designator,
    ListKind::LegalSuffix,
    ListKind::PublicBody,
    ListKind::OrgWord,
];

/// A given-name "person" of two or more words that is the leading words of
/// a longer company name of the article ("Dorian Vale" beside "Dorian Vale
/// Capital Partners", "Mabel Ridge" beside "Mabel Ridge Corp") is that
/// company's short form: the article itself writes the name as a company.
/// It stays a person with other person evidence: a mention by a stronger cue
/// (an honorific, a title, an apposition), a lone use of its last word
/// ("Orla Quennick" ... "Quennick said") or a title word right before it ("trader
/// Orla Quennick").
pub(super) fn leading_words_of_companies(
    text: &str,
    tokens: &Tokens,
    rules: &Rules,
    forms: &HashMap<String, usize>,
    all: &mut [Resolving],
) {
    let weak = |m: &Mention| {
        m.kind == Kind::Person
            && m.last - m.first >= 2
            && matches!(m.rule.as_str(), "person-given-name" | "person-speech")
    };
    if !all.iter().any(|r| weak(&r.mention)) {
        return;
    }
    let longer = LongerForms::new(forms);
    // The cheap test first: most weak mentions open no company name, and
    // most articles then need no person-backed keys.
    let rooted: Vec<(usize, String, usize)> = (all.iter().enumerate())
        .filter(|(_, r)| weak(&r.mention))
        .filter_map(|(i, r)| {
            let k = key(text, tokens, r.mention.first, r.mention.last);
            longer.root(&k).map(|root| (i, k, root))
        })
        .collect();
    if rooted.is_empty() {
        return;
    }
    let backed = person_backed_keys(text, tokens, all);
    for (i, k, root) in rooted {
        let r = &mut all[i];
        let m = &r.mention;
        let last = key(text, tokens, m.last - 1, m.last);
        if backed.contains(&k)
            || backed.contains(&last)
            || titled(text, tokens, rules, m.first)
            || speaks_as_person(text, tokens, rules, m)
        {
            continue;
        }
        r.mention.kind = Kind::Company;
        r.mention.rule = "company-alias".into();
        r.group = Some(root);
    }
}

/// Whether a weak person mention reads as a person where it stands, so that
/// it is no company short form: a mention right after or before a speech
/// verb (or found by one) opened by a listed
/// given name and closed by a word listed only as a surname ("Marcus Fenwick said the deal ...") that no "it"/"its" follows
/// within three words ("Dorian Vale said it would"), or any mention that a
/// person clue follows within eight words of its sentence: ", who", or a
/// word of rules/person-clue-words.txt ("founder", "owner", "his", "herself").
fn speaks_as_person(text: &str, tokens: &Tokens, rules: &Rules, m: &Mention) -> bool {
    let toks = &tokens.tokens;
    let after: Vec<&str> = toks[m.last..]
        .iter()
        .map(|t| t.text(text))
        .take_while(|w| !matches!(*w, "." | "!" | "?"))
        .take(8)
        .collect();
    let clue = after.iter().enumerate().any(|(i, w)| {
        rules.is_cue("person-clue-words", w)
            || (w.eq_ignore_ascii_case("who") && i > 0 && after[i - 1] == ",")
    });
    let is = |i: usize, kind: ListKind| rules.word_class(toks[i].text(text)) & kind.bit() != 0;
    let speech = m.rule == "person-speech"
        || (m.last < toks.len() && is(m.last, ListKind::SpeechVerb))
        || (m.first > 0 && is(m.first - 1, ListKind::SpeechVerb));
    let its = after
        .iter()
        .take(3)
        .any(|w| w.eq_ignore_ascii_case("it") || w.eq_ignore_ascii_case("its"));
    // A surname-only last word: "Amos River said", "Nevada Power said" are
    // companies' short forms.
    let surname = rules.word_class(toks[m.last - 1].text(text)) == ListKind::Surname.bit();
    clue || (speech && is(m.first, ListKind::GivenName) && surname && !its)
}

/// Keys of the person names the article backs by more than a given name or
/// a speech verb (an honorific, a title, an apposition), and of every
/// capitalised word it uses alone: outside every mention, or as a one-word
/// mention that is no company's ("Quennick said").
fn person_backed_keys(text: &str, tokens: &Tokens, all: &[Resolving]) -> HashSet<String> {
    let toks = &tokens.tokens;
    let mut in_name = vec![false; toks.len()];
    let mut keys = HashSet::new();
    for m in all.iter().map(|r| &r.mention) {
        let lone = m.last - m.first == 1 && m.kind != Kind::Company;
        let strong = m.kind == Kind::Person
            && !matches!(m.rule.as_str(), "person-given-name" | "person-speech");
        if strong || lone {
            keys.insert(key(text, tokens, m.first, m.last));
        }
        if !lone {
            in_name[m.first..m.last].fill(true);
        }
    }
    for (i, t) in toks.iter().enumerate() {
        if !in_name[i] && t.text(text).starts_with(|c: char| c.is_uppercase()) {
            keys.insert(key(text, tokens, i, i + 1));
        }
    }
    keys
}

/// Whether a lower-case job-title word stands right before token `first`
/// ("trader Orla Quennick").
fn titled(text: &str, tokens: &Tokens, rules: &Rules, first: usize) -> bool {
    first > 0 && {
        let t = tokens.tokens[first - 1];
        t.is_lower(text) && rules.word_class(t.text(text)) & ListKind::RoleTitle.bit() != 0
    }
}

/// An article's company forms (keys: lower-case words joined by one space)
/// by their first word, built once per article: a mention's key is compared
/// with the forms that open with its own first word only, not with all.
struct LongerForms<'f> {
    /// First word -> `(form, group root)` of each form opening with it.
    by_first: HashMap<&'f str, Vec<(&'f str, usize)>>,
}

impl<'f> LongerForms<'f> {
    fn new(forms: &'f HashMap<String, usize>) -> Self {
        let mut by_first: HashMap<&str, Vec<(&str, usize)>> = HashMap::new();
        for (f, &root) in forms {
            by_first.entry(first_word(f)).or_default().push((f, root));
        }
        LongerForms { by_first }
    }

    /// The group root of the shortest known company form that starts with
    /// the words of key `k` and goes on ("dorian vale" -> "dorian vale
    /// capital partners"; the smaller root on a tie); none when no form does.
    fn root(&self, k: &str) -> Option<usize> {
        let longer =
            |f: &str| f.len() > k.len() + 1 && f.starts_with(k) && f.as_bytes()[k.len()] == b' ';
        self.by_first
            .get(first_word(k))?
            .iter()
            .filter(|(f, _)| longer(f))
            .map(|&(f, root)| (f.len(), root))
            .min()
            .map(|(_, root)| root)
    }
}

/// The words of key `k` up to its first space (all of it when none).
fn first_word(k: &str) -> &str {
    k.split(' ').next().unwrap_or(k)
}

/// Keys of the person names the article gives strong person evidence: an
/// honorific or a listed given name.
fn strong_person_keys(text: &str, tokens: &Tokens, all: &[Resolving]) -> HashSet<String> {
    all.iter()
        .map(|r| &r.mention)
        .filter(|m| m.kind == Kind::Person)
        .filter(|m| {
            matches!(
                m.rule.as_str(),
                "person-honorific" | "person-given-name" | ROMANISED
            )
        })
        .map(|m| key(text, tokens, m.first, m.last))
        .collect()
}

/// A "person" known only from a speech verb whose words are no name's: a
/// word in capitals or without lower-case letters ("US TV said", "When I
/// said"), a listed word ("Shipping Intelligence said", "Columbia Gas
/// said"), or a word the article also writes in lower case ("Car Talk said"
/// beside "car"). Left of unknown kind, unless the same name has other
/// person evidence in the article.
pub(super) fn speech_names_of_things(
    text: &str,
    tokens: &Tokens,
    rules: &Rules,
    all: &mut [Resolving],
) {
    let toks = &tokens.tokens;
    let speech_only = |m: &Mention| {
        m.kind == Kind::Person && m.rule == "person-speech" && (2..=3).contains(&(m.last - m.first))
    };
    if !all.iter().any(|r| speech_only(&r.mention)) {
        return;
    }
    let other: HashSet<String> = all
        .iter()
        .map(|r| &r.mention)
        .filter(|m| m.kind == Kind::Person && m.rule != "person-speech")
        .map(|m| key(text, tokens, m.first, m.last))
        .collect();
    let lower: HashSet<&str> = toks
        .iter()
        .filter(|t| t.is_lower(text))
        .map(|t| t.text(text))
        .collect();
    let name_words = ListKind::RoleTitle.bit()
        | ListKind::Surname.bit()
        | ListKind::GivenName.bit()
        | ListKind::Nationality.bit()
        | ListKind::OrgWord.bit();
    let odd = |i: usize| {
        let w = toks[i].text(text);
        rules.word_class(w) & !name_words != 0 || lower.contains(&*Lower::new(w))
    };
    for r in all.iter_mut() {
        let m = &mut r.mention;
        if !speech_only(m) {
            continue;
        }
        // A lower-case particle inside the name is no odd word ("Orla el Quennick").
        let particle = |i: usize| {
            i > m.first
                && i + 1 < m.last
                && toks[i].is_lower(text)
                && rules.word_class(toks[i].text(text)) & ListKind::NameParticle.bit() != 0
        };
        let words = || (m.first..m.last).filter(|&i| !particle(i));
        let shaped = words().all(|i| name_shaped(toks[i].text(text), i + 1 == m.last));
        if (!shaped || words().any(odd)) && !other.contains(&key(text, tokens, m.first, m.last)) {
            m.kind = Kind::Unknown;
            m.rule = "capitalised".into();
        }
    }
}

/// Words by each form made by deleting at most one char from them
/// ([`each_one_deletion`]): two words one edit apart share such a form, so
/// the words near a given one are looked up, not searched for. Only words of
/// [`NEAR_MIN`] or more bytes are indexed (no shorter one is ever near).
struct NearIndex<'a> {
    by_form: HashMap<String, Vec<&'a str>>,
}

/// The shortest word, in bytes, that a misspelling is looked for in.
const NEAR_MIN: usize = 5;

impl<'a> NearIndex<'a> {
    fn new(words: impl Iterator<Item = &'a str>) -> Self {
        let mut by_form: HashMap<String, Vec<&'a str>> = HashMap::new();
        for w in words.filter(|w| w.len() >= NEAR_MIN) {
            each_one_deletion(w, |form| {
                let list = by_form.entry_ref(form).or_default();
                if list.last() != Some(&w) {
                    list.push(w);
                }
            });
        }
        NearIndex { by_form }
    }

    /// The indexed words that may be one edit from `k` (a superset: callers
    /// check), each at most once per deletion form.
    fn candidates(&self, k: &str) -> impl Iterator<Item = &'a str> + use<'a, '_> {
        let mut found: Vec<&Vec<&'a str>> = Vec::new();
        each_one_deletion(k, |form| found.extend(self.by_form.get(form)));
        found.into_iter().flatten().copied()
    }
}

/// Two or three capitalised words of unknown kind, the last no business
/// word ("Dunmore Associates", "Harbeck Realty": see `org-words`).
fn name_like(text: &str, tokens: &Tokens, rules: &Rules, m: &Mention) -> bool {
    m.kind == Kind::Unknown
        && (2..=3).contains(&(m.last - m.first))
        && tokens.tokens[m.first..m.last]
            .iter()
            .all(|t| t.is_cap(text))
        && rules.word_class(tokens.tokens[m.last - 1].text(text)) & ListKind::OrgWord.bit() == 0
}

/// A capitalised pair whose last word the article later uses alone
/// ("Taylor Swift" ... "Swift said", "Swift's") names a person, unless it
/// opens its sentence or holds a listed word.
pub(super) fn pairs_used_by_surname(
    text: &str,
    tokens: &Tokens,
    rules: &Rules,
    all: &mut [Resolving],
) {
    let toks = &tokens.tokens;
    if !all.iter().any(|r| {
        r.mention.kind == Kind::Unknown && (2..=3).contains(&(r.mention.last - r.mention.first))
    }) {
        return;
    }
    let singles = lone_uses(text, tokens, rules, all);
    // Words the article writes in lower case: "Open Climate" ... "climate"
    // (gathered only once a name needs them: most articles have none).
    let lower: std::cell::OnceCell<HashSet<&str>> = std::cell::OnceCell::new();
    let lower_words = || {
        toks.iter()
            .filter(|t| t.is_lower(text))
            .map(|t| t.text(text))
            .collect()
    };
    let common = |i: usize| {
        lower
            .get_or_init(lower_words)
            .contains(&*Lower::new(toks[i].text(text)))
    };
    for r in all {
        let m = &mut r.mention;
        if !name_like(text, tokens, rules, m) {
            continue;
        }
        if let Some(first) = surname_pair(text, tokens, rules, m, &singles, &common) {
            m.first = first;
            m.kind = Kind::Person;
            m.rule = "person-surname".into();
        }
    }
}

/// The lone uses of a word that may be a surname, by key: whether some
/// lone use had a cue. A lone word of unknown kind counts only if it is a
/// listed surname ("Steam Linux" ... "Linux" is no person); a lone surname
/// by its cue ("Mr Quennick", "Quennick said", "Prime Minister Quennick")
/// always does, and is enough for a pair that opens its sentence.
fn lone_uses(
    text: &str,
    tokens: &Tokens,
    rules: &Rules,
    all: &[Resolving],
) -> HashMap<String, bool> {
    let toks = &tokens.tokens;
    let listed =
        |m: &Mention| rules.word_class(toks[m.first].text(text)) & ListKind::Surname.bit() != 0;
    let mut singles: HashMap<String, bool> = HashMap::new();
    for m in all
        .iter()
        .map(|r| &r.mention)
        .filter(|m| m.last - m.first == 1)
    {
        let cued = matches!(m.kind, Kind::Surname | Kind::Person);
        if cued || (m.kind == Kind::Unknown && listed(m)) {
            *singles
                .entry(key(text, tokens, m.first, m.last))
                .or_default() |= cued;
        }
    }
    singles
}

/// The first token of the person's name in the name-like pair `m` whose
/// last word has a lone use in `singles` ([`lone_uses`]), if it is one: its
/// words are name-shaped, none listed or `common` (written in lower case
/// too), and it does not open its sentence unless a cued lone use and its
/// first word allow it.
fn surname_pair(
    text: &str,
    tokens: &Tokens,
    rules: &Rules,
    m: &Mention,
    singles: &HashMap<String, bool>,
    common: &impl Fn(usize) -> bool,
) -> Option<usize> {
    let toks = &tokens.tokens;
    // "Australian Orla Quennick": a nationality word is no given name;
    // the name is what follows it ("Australian Quennick" is none).
    let first = m.first + usize::from(demonym(rules, toks[m.first].text(text)));
    if m.last - first < 2 {
        return None;
    }
    let last = key(text, tokens, m.last - 1, m.last);
    // Any list word but the roles stage's own titles, surnames and
    // nationality words (a listed surname, "Welsh", is no listed word
    // here).
    let own = ListKind::RoleTitle.bit()
        | ListKind::Surname.bit()
        | ListKind::TitleAbbrev.bit()
        | ListKind::Nationality.bit()
        | ListKind::OrgWord.bit();
    let listed = |i: usize| rules.word_class(toks[i].text(text)) & !own != 0;
    let odd = |i: usize| listed(i) || common(i);
    let shaped = (first..m.last).all(|i| name_shaped(toks[i].text(text), i + 1 == m.last));
    let opens_sentence = tokens.sentences[tokens.sentence_of[first]].first == first;
    // "Tashoma Wubeshet won ... Wubeshet said": a cued lone use is
    // evidence enough for a pair opening its sentence, unless its first
    // word is a title or a participle ("Boss Quennick", "Fuming Quennick").
    let opener = || {
        let w = toks[first].text(text);
        rules.word_class(w) & (ListKind::RoleTitle.bit() | ListKind::Title.bit()) == 0
            && !(w.len() > 5 && w.ends_with("ing"))
    };
    let used = singles
        .get(&last)
        .is_some_and(|&cued| !opens_sentence || (cued && opener()));
    (shaped && used && !(first..m.last).any(odd)).then_some(first)
}

/// A person's name does not start with a nationality word: "Australian
/// Orla Quennick" is "Orla Quennick"; "Australian Quennick", "Japanese
/// Finance" are no person's names (left of unknown kind).
pub(super) fn demonyms_before_people(
    text: &str,
    tokens: &Tokens,
    rules: &Rules,
    all: &mut [Resolving],
) {
    for r in all.iter_mut() {
        let m = &mut r.mention;
        if m.kind != Kind::Person
            || m.last - m.first < 2
            || !demonym(rules, tokens.tokens[m.first].text(text))
        {
            continue;
        }
        if m.last - m.first >= 3 {
            m.first += 1;
        } else {
            m.kind = Kind::Unknown;
            m.rule = "capitalised".into();
        }
    }
}

/// A word shaped like a name: "Quennick", "O'Hara", "Whish-Wilson", or an
/// initial before the surname ("K.J."); not "I", "AKG", "M4U".
fn name_shaped(w: &str, last: bool) -> bool {
    let word = w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().any(char::is_lowercase)
        && w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '\u{2019}'));
    let initials = w.contains('.') && w.chars().all(|c| c.is_uppercase() || c == '.');
    word || (!last && initials)
}

/// Names listed beside a person are people too: "the likes of Justin
/// Bieber, Demi Lovato and Ariana Grande" (not a possessive after a comma
/// alone: "Ann Lee, Acme's chief"; not a chunk right before a capitalised
/// title word: "Senior Political Advisor"). A name joins its listed
/// neighbour; one pass rightwards and one leftwards reach every name joined
/// to a person through a chain of listed names (the same people as
/// repeating until nothing changes, in linear time).
pub(super) fn names_listed_beside_people(
    text: &str,
    tokens: &Tokens,
    rules: &Rules,
    all: &mut [Resolving],
) {
    let toks = &tokens.tokens;
    let listed: Vec<bool> = (1..all.len())
        .map(|i| {
            let (a, b) = (&all[i - 1].mention, &all[i].mention);
            let between = &toks[a.last..b.first];
            let joined = between.iter().any(|t| matches!(t.text(text), "and" | "or"));
            // "Ann Lee, Acme's chief breaks officer": a possessive after a
            // comma alone owns an apposition's title; it lists no one.
            b.first > a.last
                && tokens.sentence_of[a.first] == tokens.sentence_of[b.first]
                && between
                    .iter()
                    .all(|t| t.is_punct(',') || matches!(t.text(text), "and" | "or"))
                && (joined || !b.possessive)
        })
        .collect();
    // "Governor Ann Lee and Senior Political Advisor Mary Poe": a chunk
    // right before a capitalised title word is the title's opening words,
    // not a listed name.
    let before_title = |m: &Mention| {
        toks.get(m.last).is_some_and(|t| {
            t.is_cap(text)
                && rules.word_class(t.text(text))
                    & (ListKind::RoleTitle.bit() | ListKind::Title.bit())
                    != 0
        })
    };
    let promote = |all: &mut [Resolving], from: usize, to: usize| {
        if all[from].mention.kind == Kind::Person
            && name_like(text, tokens, rules, &all[to].mention)
            && !before_title(&all[to].mention)
        {
            all[to].mention.kind = Kind::Person;
            all[to].mention.rule = "person-list".into();
        }
    };
    for i in 1..all.len() {
        if listed[i - 1] {
            promote(all, i - 1, i);
        }
    }
    for i in (1..all.len()).rev() {
        if listed[i - 1] {
            promote(all, i, i - 1);
        }
    }
}

/// People: full names first (a name equal to, or the last words of, an
/// earlier one is that person), then surnames and short unknown chunks
/// equal to (or one edit from) a known person's last name; a lone surname
/// after an honorific is a person of its own. Returns each mention's person.
pub(super) fn group_people(
    text: &str,
    tokens: &Tokens,
    rules: &Rules,
    all: &mut [Resolving],
) -> Vec<Option<usize>> {
    let FullNames {
        person_keys,
        surname_first,
        mut person_of,
    } = full_names(text, tokens, rules, all);
    let mut surnames = Surnames::new(&person_keys);
    for (w, p) in &surname_first {
        surnames.last.entry(w.as_str()).or_insert(*p);
    }
    surname_people(
        text,
        tokens,
        &surnames,
        person_keys.len(),
        all,
        &mut person_of,
    );
    person_of
}

/// The people of an article's full-name mentions ([`full_names`]).
struct FullNames {
    /// Each person's words (lower case), by person.
    person_keys: Vec<Vec<String>>,
    /// "Kim Jong-un" ... "Kim": a romanised name's surname, which comes
    /// first, and its person.
    surname_first: Vec<(String, usize)>,
    /// Each mention's person (`None`: no person mention).
    person_of: Vec<Option<usize>>,
}

/// Full names first: a person mention equal to, or the last words of, an
/// earlier one is that person; any other is a new one.
fn full_names(text: &str, tokens: &Tokens, rules: &Rules, all: &[Resolving]) -> FullNames {
    let mut person_keys: Vec<Vec<String>> = Vec::new(); // words, by person
    // Every full name and each of its last-word runs, with the first person
    // it belongs to.
    let mut by_words: HashMap<Vec<String>, usize> = HashMap::new();
    let mut person_of: Vec<Option<usize>> = vec![None; all.len()];
    // "Kim Jong-un" ... "Kim": a romanised name's surname comes first.
    let mut surname_first: Vec<(String, usize)> = Vec::new();
    for (i, r) in all.iter().enumerate() {
        let m = &r.mention;
        if m.kind != Kind::Person {
            continue;
        }
        let given_second = m.rule == ROMANISED
            && m.last == m.first + 2
            && romanised_given(rules, tokens.tokens[m.first + 1].text(text));
        let words: Vec<String> = key(text, tokens, m.first, m.last)
            .split(' ')
            .map(String::from)
            .collect();
        let p = match by_words.get(&words) {
            Some(&p) => p,
            None => {
                let p = person_keys.len();
                for from in 0..words.len() {
                    by_words.entry(words[from..].to_vec()).or_insert(p);
                }
                if given_second {
                    surname_first.push((words[0].clone(), p));
                }
                person_keys.push(words);
                p
            }
        };
        person_of[i] = Some(p);
    }
    FullNames {
        person_keys,
        surname_first,
        person_of,
    }
}

/// Then surnames and short unknown chunks that are a known person's last
/// name (`surnames`) take that person; a lone surname after an honorific
/// that matches no full name is one person per surname ("Mr Blair" ...
/// "Mr. Blair"), numbered on from `people`.
fn surname_people(
    text: &str,
    tokens: &Tokens,
    surnames: &Surnames,
    mut people: usize,
    all: &mut [Resolving],
    person_of: &mut [Option<usize>],
) {
    let mut lone: HashMap<String, usize> = HashMap::new();
    for (i, r) in all.iter_mut().enumerate() {
        let m = &mut r.mention;
        if !matches!(m.kind, Kind::Surname | Kind::Unknown) || m.last - m.first > 2 {
            continue;
        }
        let k = key(text, tokens, m.first, m.last);
        if let Some(p) = surnames.person(&k) {
            person_of[i] = Some(p);
            m.kind = Kind::Person;
            m.rule = "person-surname".into();
        } else if m.kind == Kind::Surname && m.rule == "person-honorific" {
            let p = *lone.entry(k).or_insert_with(|| {
                people += 1;
                people - 1
            });
            person_of[i] = Some(p);
            m.kind = Kind::Person;
        }
    }
}

/// "brothers Tom and David Gardner": a person named only by a given name
/// that shares the surname of the name after it (rule
/// `person-shared-surname`) is named in full, "Tom Gardner". Its mentions
/// stay the text's words.
pub(super) fn shared_surname_names(text: &str, tokens: &Tokens, out: &mut Resolution) {
    let Resolution {
        mentions, entities, ..
    } = out;
    for e in entities.iter_mut().filter(|e| e.kind == Kind::Person) {
        let shared = e
            .mentions
            .iter()
            .map(|&i| &mentions[i])
            .find(|m| m.rule == "person-shared-surname" && m.last == m.first + 1);
        let Some(m) = shared else { continue };
        // The name after "and"/"&": two words, its last the surname.
        // Mentions are in text order: a binary search, not a scan.
        let at = mentions.partition_point(|n| n.first <= m.last);
        let next = mentions
            .get(at)
            .filter(|n| n.first == m.last + 1 && n.last == n.first + 2 && n.kind == Kind::Person);
        if let Some(n) = next
            && !e.name.contains(' ')
        {
            let surname = tokens.tokens[n.first + 1].text(text);
            e.name = format!("{} {surname}", e.name);
        }
    }
}

/// The people of two or more words indexed for [`is_surname_of`]: the first
/// person a key refers to is looked up, not searched for.
struct Surnames<'a> {
    /// Full name (words joined by a space): first person.
    full: HashMap<String, usize>,
    /// Last word: first person.
    last: HashMap<&'a str, usize>,
    /// Last words of [`NEAR_MIN`] or more bytes, when few: compared one by
    /// one (cheaper than building the index for a handful).
    few: Vec<&'a str>,
    /// Last words by their one-deletion forms, when more than [`SCAN_MAX`].
    near: Option<NearIndex<'a>>,
}

/// The most last words [`Surnames::person`] compares one by one.
const SCAN_MAX: usize = 24;

impl<'a> Surnames<'a> {
    fn new(person_keys: &'a [Vec<String>]) -> Self {
        let mut full = HashMap::new();
        let mut last = HashMap::new();
        for (p, w) in person_keys.iter().enumerate().filter(|(_, w)| w.len() >= 2) {
            full.entry(w.join(" ")).or_insert(p);
            last.entry(w[w.len() - 1].as_str()).or_insert(p);
        }
        let mut lasts: Vec<(&str, usize)> = last.iter().map(|(&w, &p)| (w, p)).collect();
        lasts.sort_by_key(|&(_, p)| p);
        let mut few: Vec<&str> = lasts.into_iter().map(|(w, _)| w).collect();
        let near = (few.len() > SCAN_MAX).then(|| NearIndex::new(few.drain(..)));
        few.retain(|w| w.len() >= NEAR_MIN);
        Surnames {
            full,
            last,
            few,
            near,
        }
    }

    /// The first person `k` refers to by [`is_surname_of`].
    fn person(&self, k: &str) -> Option<usize> {
        // The same words either way: the index gives a superset of the
        // indexed words one edit away, `few` is every such word.
        let near = (k.len() >= NEAR_MIN)
            .then(|| match &self.near {
                Some(index) => index
                    .candidates(k)
                    .filter(|l| edit_distance_at_most_one(l, k))
                    .map(|l| self.last[l])
                    .min(),
                None => self
                    .few
                    .iter()
                    .filter(|l| l.len().abs_diff(k.len()) <= 4 && edit_distance_at_most_one(l, k))
                    .map(|l| self.last[l])
                    .min(),
            })
            .flatten();
        [self.full.get(k).copied(), self.last.get(k).copied(), near]
            .into_iter()
            .flatten()
            .min()
    }
}

/// Whether key `k` refers to the person of full name `words` (two or more
/// words): the same words, or their last word (perhaps misspelt, five or more
/// bytes each).
#[cfg(test)]
fn is_surname_of(k: &str, words: &[String]) -> bool {
    words.len() >= 2
        && (words.iter().map(String::as_str).eq(k.split(' '))
            || words.last().is_some_and(|l| {
                *l == k || (k.len() >= 5 && l.len() >= 5 && edit_distance_at_most_one(l, k))
            }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::resolve::test_support;

    /// (type, name) of every entity in `text`.
    fn entities(text: &str) -> Vec<(String, String)> {
        test_support::entities(text)
            .into_iter()
            .map(|(kind, name, _)| (kind, name))
            .collect()
    }

    #[test]
    fn a_suffixed_names_first_word_alone_is_that_company() {
        let text = "Qorvane Mining Explorations Ltd said on Monday it had found gold. \
                    Qorvane said it would drill again in June. Qorvane has sought a partner.";
        let got = test_support::entities(text);
        let company = (
            "company".to_string(),
            "Qorvane Mining Explorations Ltd".to_string(),
        );
        assert!(got.iter().all(|(kind, _, _)| kind == "company"), "{got:?}");
        let (_, _, mentions) = got
            .iter()
            .find(|(k, n, _)| (k, n) == (&company.0, &company.1))
            .unwrap();
        assert_eq!(
            mentions.iter().filter(|m| *m == "Qorvane").count(),
            2,
            "{got:?}"
        );
    }

    #[test]
    fn a_first_word_stays_a_persons_or_a_common_words() {
        // A person of the article ends in it.
        let text = "Ann Qorvane joined Qorvane Mining Explorations Ltd in May. \
                    Qorvane said she was glad to be there.";
        let got = entities(text);
        assert!(
            got.contains(&("person".into(), "Ann Qorvane".into())),
            "{got:?}"
        );
        let firsts = test_support::entities(text);
        let company = firsts.iter().find(|(k, _, _)| k == "company").unwrap();
        assert!(!company.2.iter().any(|m| m == "Qorvane"), "{firsts:?}");
        // A nationality opens many names.
        let text = "American Vexo Products Inc said sales rose. American said it was sure.";
        let got = test_support::entities(text);
        assert!(
            got.iter()
                .all(|(_, _, m)| !m.contains(&"American".to_string())),
            "{got:?}"
        );
        // A word the article writes in lower case too.
        let text = "Kestrane Pump Works Ltd said sales rose. Kestrane said kestrane oil was dear.";
        let got = test_support::entities(text);
        assert!(
            got.iter()
                .all(|(_, _, m)| !m.contains(&"Kestrane".to_string())),
            "{got:?}"
        );
        // First words of three or more words with a legal suffix, one root.
        let forms: HashMap<String, usize> = [("kestrane pump works ltd".to_string(), 3)].into();
        let rules = Rules::default_rules().unwrap();
        assert_eq!(
            suffixed_first_words(&forms, &rules).get("kestrane"),
            Some(&Some(3))
        );
        let forms: HashMap<String, usize> = [
            ("qorvane mining ltd".to_string(), 1),
            ("qorvane gold ltd".to_string(), 2),
        ]
        .into();
        assert_eq!(
            suffixed_first_words(&forms, &rules).get("qorvane"),
            Some(&None)
        );
        let forms: HashMap<String, usize> = [("qorvane ltd".to_string(), 1)].into();
        assert!(suffixed_first_words(&forms, &rules).is_empty());
    }

    #[test]
    fn longer_forms_give_the_shortest_form_going_on_from_the_key() {
        let forms: HashMap<String, usize> = [
            ("tamsin orrey capital partners", 4),
            ("tamsin orrey group", 7),
            ("tamsin orreys", 2),
            ("orrey holdings", 9),
        ]
        .into_iter()
        .map(|(f, root)| (f.to_string(), root))
        .collect();
        let longer = LongerForms::new(&forms);
        assert_eq!(longer.root("tamsin orrey"), Some(7));
        assert_eq!(longer.root("tamsin"), Some(2));
        assert_eq!(longer.root("orrey"), Some(9));
        assert_eq!(longer.root("tamsin orrey group"), None);
        assert_eq!(longer.root("tamsin orr"), None);
        assert_eq!(longer.root("holdings"), None);
    }

    #[test]
    fn surnames_and_misspelt_surnames_refer_to_the_full_name() {
        let words = ["ona".to_string(), "kerravane".to_string()];
        assert!(is_surname_of("kerravane", &words));
        assert!(is_surname_of("kerravan", &words));
        assert!(is_surname_of("ona kerravane", &words));
        assert!(!is_surname_of("ona", &words));
        assert!(
            !is_surname_of("kerravane", &words[1..]),
            "one word is no full name"
        );
    }

    #[test]
    fn a_given_name_pair_opening_a_company_name_is_that_company() {
        let got = entities(
            "Dorian Vale Capital Partners closed a fund. Dorian Vale bought Quillmark Records.",
        );
        assert!(
            got.iter().all(|(k, _)| k != "person"),
            "no person expected: {got:?}"
        );
        assert!(
            got.contains(&("company".into(), "Dorian Vale Capital Partners".into())),
            "{got:?}"
        );
    }

    #[test]
    fn a_given_name_pair_opening_a_company_stays_a_person_with_other_evidence() {
        for text in [
            "Marcus Fenwick Associates Inc grew. Marcus Fenwick met buyers. Fenwick said more.",
            "Marcus Fenwick Associates Inc grew. The firm hired banker Marcus Fenwick.",
            "Marcus Fenwick Associates Inc grew. Marcus Fenwick met buyers. By May, Fenwick had left.",
        ] {
            let got = entities(text);
            assert!(
                got.contains(&("person".into(), "Marcus Fenwick".into())),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn a_founder_who_speaks_stays_a_person() {
        for (text, name) in [
            (
                "Marcus Winslow Foods Inc agreed to buy Pell Dairy. Marcus Winslow said the deal \
                 would close.",
                "Marcus Winslow",
            ),
            (
                "Marcus Fenwick Designs Ltd signed a pact with Kerrow Textiles. \"We grew,\" said \
                 Marcus Fenwick, who founded the label in 1998.",
                "Marcus Fenwick",
            ),
        ] {
            let got = entities(text);
            assert!(
                got.contains(&("person".into(), name.into())),
                "{text}: {got:?}"
            );
        }
        // A short form whose last word is a common word stays the company's.
        let got = entities("Amos River Corp sold a mill. Amos River said the price was fair.");
        assert!(got.iter().all(|(k, _)| k != "person"), "{got:?}");
    }

    #[test]
    fn a_speech_name_equal_to_a_company_is_that_company() {
        let got = entities("Vexolith Tronics AG makes parts. \"We grew,\" said Vexolith Tronics.");
        assert_eq!(got, [("company".into(), "Vexolith Tronics AG".into())]);
    }

    #[test]
    fn an_apposition_name_equal_to_a_company_is_that_company() {
        let got = entities(
            "Delvora Group ended talks with Kestrane Air. \"There are no talks with \
             Kestrane Air,\" a Delvora spokeswoman said.",
        );
        assert!(got.iter().all(|(k, _)| k != "person"), "{got:?}");
        assert!(
            got.contains(&("company".into(), "Kestrane Air".into())),
            "{got:?}"
        );
    }

    #[test]
    fn a_given_name_sharing_the_next_name_s_surname_is_named_in_full() {
        let got = entities(
            "It was founded by brothers Martin and Paul Tavistock. The designers Petra & Lionel \
             Brankow joined. Guests were Harlan Voss, Madonna and Felix Ormond.",
        );
        let people: Vec<&str> = got
            .iter()
            .filter(|(k, _)| k == "person")
            .map(|(_, n)| n.as_str())
            .collect();
        assert_eq!(
            people,
            [
                "Martin Tavistock",
                "Paul Tavistock",
                "Petra Brankow",
                "Lionel Brankow",
                "Harlan Voss",
                "Felix Ormond"
            ],
            "{got:?}"
        );
    }

    #[test]
    fn a_pair_used_later_by_its_surname_is_a_person() {
        let got = entities("Analysts met Orla Quennick on Monday. Quennick said more.");
        assert!(
            got.contains(&("person".into(), "Orla Quennick".into())),
            "{got:?}"
        );
    }

    #[test]
    fn a_pair_used_later_by_a_lone_word_is_a_person_only_if_it_is_a_surname() {
        let got =
            entities("Analysts met Orla Takahashi on Monday. Reporters asked Takahashi more.");
        assert!(
            got.contains(&("person".into(), "Orla Takahashi".into())),
            "{got:?}"
        );
        let got = entities("Users ran Brenmoor Linux last year. Most servers run Linux today.");
        assert!(got.iter().all(|(k, _)| k != "person"), "{got:?}");
    }

    #[test]
    fn a_speech_verb_alone_does_not_make_a_person_of_words_no_name_has() {
        for text in [
            "Traders were calm. The car show was busy, Brenmoor Car said on Monday.",
            "Prices rose, Brenmoor TV said on Monday.",
        ] {
            let got = entities(text);
            assert!(got.iter().all(|(k, _)| k != "person"), "{text}: {got:?}");
        }
        let got = entities("Prices rose, Orla el Quennick said on Monday.");
        assert!(
            got.contains(&("person".into(), "Orla el Quennick".into())),
            "{got:?}"
        );
        let got = entities("Prices rose, Orla Quennick said on Monday.");
        assert!(
            got.contains(&("person".into(), "Orla Quennick".into())),
            "{got:?}"
        );
    }

    #[test]
    fn a_pair_opening_its_sentence_is_a_person_by_a_cued_lone_use() {
        for text in [
            "Tashoma Wubeshet won the race. Later, Wubeshet said she was happy.",
            "Prime Minister Oyabe spoke on Monday. Kenzo Oyabe called on his ministers to act.",
        ] {
            let got = entities(text);
            assert!(
                got.iter()
                    .any(|(k, n)| k == "person" && n.split(' ').count() == 2),
                "{text}: {got:?}"
            );
        }
        // Without a cue, a listed surname alone does not make an opening pair a person.
        let got = entities("Brenmoor Takahashi opened a shop. Reporters asked Takahashi more.");
        assert!(got.iter().all(|(k, _)| k != "person"), "{got:?}");
    }

    #[test]
    fn a_nationality_word_is_no_given_name() {
        let got = entities(
            "Australian Tavin Brescott won on Sunday. Brescott said he was happy. \
             Italian Orsolo Marchetti lost; Marchetti said he was tired.",
        );
        for name in ["Tavin Brescott", "Orsolo Marchetti"] {
            assert!(got.contains(&("person".into(), name.into())), "{got:?}");
        }
        let rules = Rules::default_rules().unwrap();
        for w in ["Australian", "Italian", "Japanese", "Iraqi", "Canadian"] {
            assert!(demonym(&rules, w), "{w}");
        }
        // Listed words no place derives: nationality, language, religion.
        for w in [
            "Dutch", "Welsh", "Swiss", "French", "Spanish", "Islamic", "Sunni",
        ] {
            assert!(demonym(&rules, w), "{w}");
        }
        for w in ["Brian", "Adrian", "Julian", "Tavin", "Quennick", "German"] {
            assert!(!demonym(&rules, w), "{w}");
        }
    }

    #[test]
    fn a_pair_of_common_words_or_odd_shapes_is_no_person() {
        for text in [
            "The firm joined Open Climate last year. Climate funds grew; the climate changed.",
            "Reviews praised the AKG K headphones. K models sold well.",
        ] {
            let got = entities(text);
            assert!(got.iter().all(|(k, _)| k != "person"), "{text}: {got:?}");
        }
        assert!(name_shaped("K.J.", false) && !name_shaped("K.J.", true));
        assert!(name_shaped("Whish-Wilson", true) && !name_shaped("M4U", true));
    }

    #[test]
    fn names_listed_before_a_person_are_people_however_long_the_list() {
        let got = entities(
            "The panel drew Kaso Mirren, Tobe Ulland, Orla Venn and Dalvo Preen, the chief \
             executive of Vexolan Motors.",
        );
        for name in ["Kaso Mirren", "Tobe Ulland", "Orla Venn"] {
            assert!(
                got.contains(&("person".into(), name.into())),
                "{name}: {got:?}"
            );
        }
    }

    #[test]
    fn a_misspelt_surname_finds_its_person_through_the_index() {
        let words = vec!["ona".to_string(), "kerravane".to_string()];
        let people = [vec!["tobe".to_string(), "ulland".to_string()], words];
        let surnames = Surnames::new(&people);
        assert_eq!(surnames.person("kerravan"), Some(1));
        assert_eq!(surnames.person("ona kerravane"), Some(1));
        assert_eq!(surnames.person("ulland"), Some(0));
        assert_eq!(surnames.person("ona"), None);
    }

    #[test]
    fn a_repeated_honorific_surname_is_one_person() {
        let got =
            entities("Mr Quennick spoke. Later Mr. Quennick and Ms Ulland left. Mr Quennick sat.");
        let people: Vec<_> = got.iter().filter(|(k, _)| k == "person").collect();
        assert_eq!(people.len(), 2, "{got:?}");
    }

    #[test]
    fn a_misspelt_surname_is_found_the_same_with_or_without_the_index() {
        let person = |first: &str, last: &str| vec![first.to_string(), last.to_string()];
        let mut people: Vec<Vec<String>> = (b'a'..=b'z')
            .map(|c| person("ona", &format!("q{}{}lmore", c as char, c as char)))
            .collect();
        people.push(person("tobe", "ulland"));
        people.push(person("ona", "kerravane"));
        let many = Surnames::new(&people);
        assert!(many.near.is_some(), "more than SCAN_MAX: indexed");
        let few = Surnames::new(&people[people.len() - 2..]);
        assert!(few.near.is_none());
        assert_eq!(many.person("kerravan"), Some(people.len() - 1));
        assert_eq!(few.person("kerravan"), Some(1));
        assert_eq!(many.person("qbbmore"), Some(1), "first of the near ones");
        assert_eq!(many.person("qxxlmore"), Some(23));
        assert_eq!(many.person("ulland"), Some(26));
        assert_eq!(few.person("ulland"), Some(0));
    }

    #[test]
    fn names_listed_beside_a_person_are_people() {
        let got = entities("It drew Mr Dalvo Preen, Kaso Mirren and Tobe Ulland on Friday.");
        for name in ["Kaso Mirren", "Tobe Ulland"] {
            assert!(
                got.contains(&("person".into(), name.into())),
                "{name}: {got:?}"
            );
        }
    }
}
