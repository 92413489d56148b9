//! Stage 6: roles. Attaches job titles and their companies to people.
//!
//! Takes: the resolved mentions. Gives: per person entity, its [`Role`]s.
//! Guarantees: titles are lower-cased as written, without the company;
//! `org` is always a company entity of the same article.
//!
//! Forms read: apposition ("Hubertus Troska, chairman and COO of Daimler
//! Greater China"; "Ding Lei, co-founder of LeEco Super Car and Global VP of
//! LeEco"; "Name, 45, president of X"; "Name, X's chief executive"), and
//! pre-modifiers ("Xiaomi VP Li Wanqiang", "GM's chief executive Rick
//! Wagoner", "CEO Lei Jun"). A title with no company takes the sentence's one
//! company when it names exactly one.
//!
//! Submodules (the entry is [`find_roles`]):
//! - `title` / `phrase`: where a title starts and ends.
//! - `apposition`: titles set beside a name after a comma.
//! - `premodifier`: titles and companies before a name.
//! - `around`: the titles around one person mention, and their companies.
//! - `org`: the company a title names after it.
//! - `verbs`: verb-given titles ("named Y chief executive").
//! - `as_title`: titles after "as" with no verb ("As chairman of X, Y",
//!   "the exit of Y as chief") and "he"/"she" before a copula.
//! - `plural`, `byline`, `anaphor`: plural titles, bylines, "the company's".
//! - `tests`: unit tests of whole sentences.

use crate::pipeline::lexicon::{Lexed, Span, TokenWords};
use crate::pipeline::resolve::Resolution;
use crate::pipeline::segment::{Lower, TokKind, Tokens};
use crate::pipeline::spot::{Kind, Mention};
use crate::rules::{ListKind, Rules};

mod anaphor;
mod apposition;
mod around;
mod as_title;
mod byline;
mod org;
mod phrase;
mod plural;
pub(crate) use plural::{singulars, title_or_byline_head};
mod premodifier;
#[cfg(test)]
mod tests;
mod title;
pub(crate) use title::is_affixed_title;
mod verbs;

/// A (title, company) pair held by a person.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Role {
    /// Lower-cased title.
    pub title: String,
    /// The company entity, if the article names one.
    pub org: Option<usize>,
}

/// A role as read, and whether its org may be guessed from the sentence
/// (not when the text ties the title to a name that is no company: "a
/// scientist at the Ohio Space Agency", "NASA scientist").
/// With `anaphor`, "the company's" owns the title: with no company in the
/// sentence, the article's main company is meant.
#[derive(Debug, Clone)]
struct Found {
    role: Role,
    guess: bool,
    anaphor: bool,
}

impl Found {
    fn new(title: String, org: Option<usize>) -> Self {
        Found {
            role: Role { title, org },
            guess: true,
            anaphor: false,
        }
    }
}

/// What a verb [`Reader::verb_roles`] reads does.
#[derive(Debug, Clone, Copy)]
enum RoleVerb {
    /// `role-appointing-verbs` or `role-becoming-verbs`.
    Appointing,
    /// `role-serving-verbs` (or `role-taking-verbs` with "over").
    Serving,
    /// `role-copula-verbs` ("is", "was"): a title after the copula.
    Copula,
    /// `role-founding-verbs` ("founded", "co-founded").
    Founding,
    /// `role-heading-verbs` ("heads", "runs", "chairs"): the subject heads
    /// the company after it.
    Heading,
    /// `role-succeeding-verbs` ("succeeds", "replaced"): the object held
    /// the title after "as", the subject takes it.
    Succeeding,
}

/// The role verbs and their kinds (the `role-*-verbs` cue lists, compiled
/// once with the rules), with a cheap test that turns away most words
/// before they are lower-cased and hashed.
#[derive(Debug)]
pub(crate) struct RoleVerbs {
    kinds: hashbrown::HashMap<String, RoleVerb>,
    /// Per first and last byte (their low five bits: a letter's in either
    /// case, see [`shape_of`]), a bit per length in bytes (31: 31 or more)
    /// of the verbs: an ASCII word (whose lower case is ASCII of the same
    /// length) can be a verb only if its bit is set.
    shapes: Box<[u32; 1024]>,
}

impl Default for RoleVerbs {
    fn default() -> Self {
        RoleVerbs {
            kinds: hashbrown::HashMap::new(),
            shapes: Box::new([0; 1024]),
        }
    }
}

/// The cue lists of role verbs and their kinds; a verb in two lists takes
/// the first one's.
const VERB_LISTS: [(&str, RoleVerb); 8] = [
    ("role-appointing-verbs", RoleVerb::Appointing),
    ("role-becoming-verbs", RoleVerb::Appointing),
    ("role-serving-verbs", RoleVerb::Serving),
    ("role-taking-verbs", RoleVerb::Serving),
    ("role-copula-verbs", RoleVerb::Copula),
    ("role-founding-verbs", RoleVerb::Founding),
    ("role-heading-verbs", RoleVerb::Heading),
    ("role-succeeding-verbs", RoleVerb::Succeeding),
];

impl RoleVerbs {
    /// The verbs of the loaded rules' `role-*-verbs` lists.
    pub(crate) fn build(rules: &Rules) -> Self {
        let mut verbs = RoleVerbs::default();
        for (id, kind) in VERB_LISTS {
            for v in rules.cue_words(id) {
                verbs.kinds.entry(v.to_owned()).or_insert(kind);
            }
        }
        for v in verbs.kinds.keys() {
            if let Some((at, bit)) = shape_of(v) {
                verbs.shapes[at] |= bit;
            }
        }
        verbs
    }

    /// The kind of the lower-case word `w` as a role verb: one hash
    /// look-up per word.
    fn kind(&self, w: &str) -> Option<RoleVerb> {
        self.kinds.get(w).copied()
    }

    /// Whether `word` (any case) may be a role verb: false for an ASCII word
    /// whose first letter and length no verb has (most words), so that it
    /// is neither lower-cased nor hashed.
    fn may_be(&self, word: &str) -> bool {
        let Some((at, bit)) = shape_of(word) else {
            return false;
        };
        !word.is_ascii() || self.shapes[at] & bit != 0
    }
}

/// The place of `word` in [`RoleVerbs::shapes`] (from the low five bits of
/// its first and last bytes, the same for an ASCII letter in either case)
/// and the bit of its length; `None` for the empty word.
fn shape_of(word: &str) -> Option<(usize, u32)> {
    let (&first, &last) = (word.as_bytes().first()?, word.as_bytes().last()?);
    let at = usize::from(first & 31) << 5 | usize::from(last & 31);
    Some((at, 1 << word.len().min(31)))
}

/// Whether `w` is no part of a title though lower case ("new chief
/// executive"): a word of rules/roles-not-title.txt, a hash look-up, since
/// the title readers ask it of most lower-case words.
fn not_title(rules: &Rules, w: &str) -> bool {
    rules.is_cue("role-not-title-words", w)
}

/// The list kinds whose entries are titles to the roles stage: the spotters'
/// titles and the roles-only ones.
const TITLE_KINDS: [ListKind; 2] = [ListKind::Title, ListKind::RoleTitle];
/// The word classes of job titles: the spotters' titles and the role-only
/// titles ("prosecutor", "farmer").
pub(crate) const TITLE_BITS: u32 = ListKind::Title.bit() | ListKind::RoleTitle.bit();
/// Word classes of function words that never stand inside a free-word
/// title or a company phrase: clause words, object stops, prepositions,
/// speech verbs and "one".
const FUNCTION_BITS: u32 = ListKind::ClauseWord.bit()
    | ListKind::ObjectStop.bit()
    | ListKind::Preposition.bit()
    | ListKind::SpeechVerb.bit()
    | ListKind::AnaphorOne.bit();

struct Reader<'a> {
    text: &'a str,
    tokens: &'a Tokens,
    lexed: &'a Lexed,
    rules: &'a Rules,
    res: &'a Resolution,
    company_at: Vec<Option<usize>>,
    /// Per token: the person entity of the mention covering it.
    person_at: Vec<Option<usize>>,
    /// Per token `i`: the first mention (in `res.mentions` order) whose
    /// first token is `i`, and the first whose end (exclusive) is `i`
    /// (one longer than the tokens): a mention found in O(1), not by a
    /// scan of the article's mentions per name.
    starting_at: Vec<Option<u32>>,
    ending_at: Vec<Option<u32>>,
}

/// Per token: the first mention starting there, and (over one more slot)
/// the first ending there; see [`Reader::starting_at`].
fn mention_bounds(res: &Resolution, n: usize) -> (Vec<Option<u32>>, Vec<Option<u32>>) {
    let mut starting = vec![None; n];
    let mut ending = vec![None; n + 1];
    for (i, m) in res.mentions.iter().enumerate() {
        starting[m.first].get_or_insert(i as u32);
        ending[m.last].get_or_insert(i as u32);
    }
    (starting, ending)
}

/// Finds the roles of every person entity (indexed like `res.entities`).
pub fn find_roles(
    text: &str,
    tokens: &Tokens,
    lexed: &Lexed,
    rules: &Rules,
    res: &Resolution,
) -> Vec<Vec<Role>> {
    let (company_at, person_at) = entities_at(res, tokens.tokens.len());
    let (starting_at, ending_at) = mention_bounds(res, tokens.tokens.len());
    let reader = Reader {
        text,
        tokens,
        lexed,
        rules,
        res,
        company_at,
        person_at,
        starting_at,
        ending_at,
    };
    let main_company = main_company(res);
    let dominant = dominant_company(res, main_company);
    let mut found = reader.person_roles();
    found.extend(reader.verb_roles());
    found.extend(reader.as_title_roles());
    let mut roles: Vec<Vec<Role>> = vec![Vec::new(); res.entities.len()];
    for (p, at, f) in found {
        let r = reader.with_org(at, f, main_company, dominant);
        if !roles[p].contains(&r) {
            roles[p].push(r);
        }
    }
    // "Jane Roe resigned. The chancellor said": only for people with no role.
    for (p, at, f) in reader.sentence_anaphor_roles() {
        if roles[p].is_empty() {
            roles[p].push(reader.with_org(at, f, main_company, dominant));
        }
    }
    for rs in &mut roles {
        drop_epithets(rs, &reader);
        drop_orgless_twins(rs);
        drop_general_extras(rs, |t| reader.is_general(t));
    }
    roles
}

/// Per token (of `n`): the entity of the company mention and of the person
/// mention covering it, if any.
fn entities_at(res: &Resolution, n: usize) -> (Vec<Option<usize>>, Vec<Option<usize>>) {
    let mut company_at = vec![None; n];
    let mut person_at = vec![None; n];
    for (i, m) in res.mentions.iter().enumerate() {
        let Some(e) = res.entity_of[i] else { continue };
        match m.kind {
            Kind::Company => company_at[m.first..m.last].fill(Some(e)),
            Kind::Person => person_at[m.first..m.last].fill(Some(e)),
            _ => {}
        }
    }
    (company_at, person_at)
}

/// The article's main company: the one mentioned most (the first of
/// those, on a tie).
fn main_company(res: &Resolution) -> Option<usize> {
    (0..res.entities.len())
        .filter(|&e| res.entities[e].kind == Kind::Company)
        .max_by_key(|&e| (res.entities[e].mentions.len(), std::cmp::Reverse(e)))
}

/// Drops the epithets that are no job title: "billionaire Jane Roe",
/// "Hollywood star Jon Doe" (rules/role-epithets.txt); modifiers
/// ("former") make no epithet a title ("formerly a star").
fn drop_epithets(rs: &mut Vec<Role>, reader: &Reader<'_>) {
    rs.retain(|r| {
        let mut words = r
            .title
            .split(' ')
            .filter(|w| !reader.is_modifier(w))
            .peekable();
        words.peek().is_none() || !words.all(|w| reader.rules.is_cue("role-epithets", w))
    });
}

impl Reader<'_> {
    /// The roles written around each person mention: (person entity, the
    /// mention's first token, role).
    fn person_roles(&self) -> Vec<(usize, usize, Found)> {
        let (res, tokens) = (self.res, self.tokens);
        let mut found = Vec::new();
        for (i, m) in res.mentions.iter().enumerate() {
            let Some(p) = res.entity_of[i] else { continue };
            if m.kind != Kind::Person {
                continue;
            }
            let sent = &tokens.sentences[tokens.sentence_of[m.first]];
            for f in self.roles_at(m.first, m.last, sent.first, sent.last) {
                found.push((p, m.first, f));
            }
        }
        found
    }
}

/// The article's main company when it clearly dominates: named at least
/// three times and at least twice as often as any other company.
/// The one entity the token slots `slots` hold (each any number of times),
/// if they hold exactly one: the one company or person a sentence names.
fn only_one(slots: &[Option<usize>]) -> Option<usize> {
    let mut one = None;
    for &slot in slots {
        match (one, slot) {
            (None, Some(e)) => one = Some(e),
            (Some(a), Some(e)) if a != e => return None,
            _ => {}
        }
    }
    one
}

fn dominant_company(res: &Resolution, main_company: Option<usize>) -> Option<usize> {
    let main = main_company?;
    let count = |e: usize| res.entities[e].mentions.len();
    let next = (0..res.entities.len())
        .filter(|&e| e != main && res.entities[e].kind == Kind::Company)
        .map(count)
        .max()
        .unwrap_or(0);
    (count(main) >= 3 && count(main) >= 2 * next).then_some(main)
}

/// The company a title with none takes: the sentence's one company, or the
/// article's main company when the sentence names it.
fn org_by_context(companies: &[usize], main_company: Option<usize>) -> Option<usize> {
    match companies {
        [one] => Some(*one),
        many => main_company.filter(|c| many.contains(c)),
    }
}

/// A general occupation word beside a job title describes the person ("CEO
/// Jane Roe ... the company's leader Jane Roe", "president ... a strong
/// critic"): only the job title stays. An abbreviated title ("Sen.") is no
/// job title here: "Sen. Jane Roe, a member of the committee" keeps both.
fn drop_general_extras(rs: &mut Vec<Role>, is_general: impl Fn(&str) -> bool) {
    if rs
        .iter()
        .any(|r| !is_general(&r.title) && !r.title.ends_with('.'))
    {
        rs.retain(|r| !is_general(&r.title));
    }
}

/// "sens." -> "sen.": the title of one person of "Sens. Jane Roe and Jon Doe".
fn singular_abbreviation(title: &str) -> String {
    match title.strip_suffix("s.") {
        Some(stem) if matches!(stem.rsplit(' ').next(), Some("sen" | "rep" | "gov")) => {
            format!("{stem}.")
        }
        _ => title.to_owned(),
    }
}

/// An org-less title that also appears with a company is the same role: drop it.
fn drop_orgless_twins(rs: &mut Vec<Role>) {
    let with_org: Vec<String> = rs
        .iter()
        .filter(|r| r.org.is_some())
        .map(|r| r.title.clone())
        .collect();
    rs.retain(|r| r.org.is_some() || !with_org.contains(&r.title));
}
