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

use crate::pipeline::lexicon::{Lexed, Span};
use crate::pipeline::resolve::Resolution;
use crate::pipeline::segment::{Lower, TokKind, Tokens};
use crate::pipeline::spot::{Kind, Mention};
use crate::rules::{ListKind, Rules};

mod anaphor;
mod byline;
mod phrase;
mod plural;

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
const TITLE_BITS: u32 = ListKind::Title.bit() | ListKind::RoleTitle.bit();

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

impl Reader<'_> {
    fn word(&self, i: usize) -> Lower<'_> {
        self.tokens.lower(i, self.text)
    }

    /// The first mention whose first token is `i`.
    fn mention_from(&self, i: usize) -> Option<&Mention> {
        let m = (*self.starting_at.get(i)?)?;
        Some(&self.res.mentions[m as usize])
    }

    /// The first mention whose end (exclusive) is `last`.
    fn mention_to(&self, last: usize) -> Option<&Mention> {
        let m = (*self.ending_at.get(last)?)?;
        Some(&self.res.mentions[m as usize])
    }

    /// A word that may stand before or inside a title ("Global", "senior").
    fn is_modifier(&self, w: &str) -> bool {
        self.rules.word_class(w) & ListKind::TitleModifier.bit() != 0
    }

    fn is_title_word(&self, i: usize) -> bool {
        self.lexed.is(i, ListKind::Title)
            || self.lexed.is(i, ListKind::RoleTitle)
            || self.is_prefixed_title(i)
    }

    /// The longest title span (of either title kind) ending just before
    /// token `end`.
    fn title_span_ending(&self, end: usize) -> Option<Span> {
        TITLE_KINDS
            .iter()
            .filter_map(|&k| self.lexed.span_ending(end, self.rules, k))
            .max_by_key(|s| s.last - s.first)
    }

    /// A one-word title after "vice-", "co-", "ex-" or "deputy-" written as
    /// one word: "vice-president", "co-chairman", "ex-chairman"; or two
    /// titles joined by a hyphen: "actor-director", "player-coach".
    fn is_prefixed_title(&self, i: usize) -> bool {
        if self.tokens.tokens[i].kind != TokKind::Word {
            return false;
        }
        let w = self.word(i);
        w.split_once('-').is_some_and(|(prefix, rest)| {
            let title = |w: &str| self.rules.word_class(w) & TITLE_BITS != 0;
            (matches!(prefix, "vice" | "co" | "ex" | "deputy") || title(prefix)) && title(rest)
        })
    }

    /// Length of a title span starting at `i` (multi-word list entries included).
    fn title_at(&self, i: usize) -> usize {
        let span = TITLE_KINDS
            .iter()
            .flat_map(|&k| self.lexed.spans_at(i, self.rules, k))
            .map(|s| s.last - s.first)
            .max()
            .unwrap_or(0);
        if span > 0 {
            span
        } else {
            usize::from(self.is_title_word(i))
        }
    }

    /// Reads `title [and title]*` from `i`; returns (first, last) tokens.
    /// A title listed after a comma that is part of a person's name or
    /// opens the next person's ("Jane Roe, chairman, and chief executive
    /// Jon Doe", "chairman, and Bishop Kent") is no part of it: the phrase
    /// ends before that comma. After a bare "and", only a title inside a
    /// name ends it ("chairman and chief executive Jon Doe" is all his).
    fn title_phrase(&self, i: usize, end: usize) -> Option<(usize, usize)> {
        let mut j = i;
        let mut has_title = false;
        let mut last = i;
        // The phrase's end before the latest listing comma or "and", and
        // whether it was a comma.
        let mut joint = None;
        while j < end {
            let n = self.title_at(j);
            if n > 0 {
                j += n;
                last = j;
                has_title = true;
                continue;
            }
            let w = self.word(j);
            if self.is_modifier(&w) {
                j += 1;
                continue;
            }
            // "chief strategy officer", "chief marketing officer": free
            // words (or "-ing" fields) between title words.
            if has_title
                && let Some(n) = (1..=2).find(|&n| {
                    j + n < end
                        && (j..j + n).all(|k| {
                            self.is_free_word(k, usize::MAX)
                                || self.word(k).ends_with("ing")
                                    && self.is_field_word(k, usize::MAX)
                        })
                        && self.title_at(j + n) > 0
                })
            {
                j += n;
                continue;
            }
            // "Senior Digital Marketing Manager": Title Case free words.
            if let Some(n) = self.caps_free_run(i, j, end) {
                j += n;
                continue;
            }
            // "president, chief executive and chairman": a list of titles
            // closed by "and".
            if has_title
                && self.tokens.tokens[j].is_punct(',')
                && let Some(l) = self.listed_titles_end(j, end)
            {
                joint = Some((last, true));
                j = l;
                last = l;
                continue;
            }
            if has_title
                && (w == "and" || w == "&")
                && j + 1 < end
                && (self.title_at(j + 1) > 0 || self.is_modifier(&self.word(j + 1)))
            {
                joint = Some((last, false));
                j += 1;
                continue;
            }
            break;
        }
        if let Some((before, comma)) = joint {
            let meets = if comma {
                self.list_meets_person(before, last, end)
            } else {
                (before..last).any(|k| self.person_at[k].is_some())
            };
            if meets {
                return Some((i, before));
            }
        }
        // "deputy leader", "chief mechanic": a head noun ends the title.
        if has_title && last == j && self.is_head_noun(j, end) {
            last = j + 1;
        }
        has_title.then_some((i, last))
    }

    /// Whether the titles listed at `from..to` (before `end`) hold a
    /// person's name or end right before one, spotted or not ("and Bishop
    /// Kent"): the list has run into the next person.
    fn list_meets_person(&self, from: usize, to: usize, end: usize) -> bool {
        (from..to).any(|k| self.person_at[k].is_some())
            || (to < end && (self.before_person(to) || self.is_bare_name_word(to)))
    }

    /// A capitalised word at `k` that no list knows as a title, company,
    /// place or nationality: after a title, mostly a name ("Bishop Kent").
    fn is_bare_name_word(&self, k: usize) -> bool {
        let raw = self.tokens.tokens[k].text(self.text);
        self.is_capitalised(k)
            && !self.is_title_word(k)
            && self.company_at[k].is_none()
            && !self.lexed.is(k, ListKind::Place)
            && self.rules.word_class(raw) & ListKind::Nationality.bit() == 0
    }

    /// After a title, at the comma `j`: the end of the titles listed after
    /// it when "and" closes the list (", chief executive and chairman",
    /// ", chief executive, and chairman").
    fn listed_titles_end(&self, j: usize, end: usize) -> Option<usize> {
        let k = if j + 1 < end && self.is_lower_and(j + 1) {
            j + 2
        } else {
            j + 1
        };
        let (_, l) = self.title_phrase(k, end)?;
        (k > j + 1 || (k..l).any(|x| self.is_lower_and(x))).then_some(l)
    }

    fn lower_text(&self, first: usize, last: usize) -> String {
        let toks = &self.tokens.tokens;
        let mut s = String::new();
        for t in &toks[first..last] {
            let w = t.text(self.text).to_lowercase();
            if !s.is_empty() && !matches!(t.kind, TokKind::Possessive | TokKind::Punct(',')) {
                s.push(' ');
            }
            s.push_str(&w);
        }
        s
    }

    /// A word that may open a title though in no list: "equity" in "equity
    /// strategist", "auto" in "auto analyst". Lower case (or the first word
    /// of the sentence at `start`), letters only, no function word, verb
    /// form or speech verb, no age ("18-year-old actress").
    fn is_free_word(&self, i: usize, start: usize) -> bool {
        let w = self.word(i);
        self.is_field_word(i, start) && !w.ends_with("ing") && !w.ends_with("-old")
    }

    /// An "-ing" field word opening a title right before a title word, after
    /// a comma or determiner ("a banking analyst", "X's marketing director";
    /// not before a name, where it is mostly a verb: "criticising chancellor").
    fn is_ing_field(&self, i: usize) -> bool {
        self.word(i).ends_with("ing")
            && self.is_field_word(i, usize::MAX)
            && i + 1 < self.tokens.tokens.len()
            && self.is_title_word(i + 1)
            && self.rules.word_class(&self.word(i)) & ListKind::ListOpener.bit() == 0
    }

    /// A word that may name a field after "of" in a title ("purchasing" in
    /// "head of purchasing"): as [`Reader::is_free_word`], "-ing" allowed.
    fn is_field_word(&self, i: usize, start: usize) -> bool {
        let t = self.tokens.tokens[i];
        if t.kind != TokKind::Word || self.company_at[i].is_some() || self.person_at[i].is_some() {
            return false;
        }
        let raw = t.text(self.text);
        let title_case = raw.chars().skip(1).all(char::is_lowercase);
        // "Wales hooker Jon Doe", "Welsh First Minister": a place or
        // nationality opening the sentence says whose, and is no title word.
        let place = || {
            self.lexed.is(i, ListKind::Place)
                || self.rules.word_class(raw) & ListKind::Nationality.bit() != 0
        };
        if !(t.is_lower(self.text) || (i == start && title_case && !place())) {
            return false;
        }
        let w = self.word(i);
        let function = ListKind::ClauseWord.bit()
            | ListKind::ObjectStop.bit()
            | ListKind::Preposition.bit()
            | ListKind::SpeechVerb.bit()
            | ListKind::AnaphorOne.bit();
        w.chars().all(|c| c.is_alphabetic() || c == '-')
            && self.rules.word_class(&w) & function == 0
            && (!w.ends_with("ed") || self.rules.is_cue("role-participles", &w))
            && !w.ends_with("ly")
            && !not_title(self.rules, &w)
            && !self.lexed.is(i, ListKind::CompanyNoun)
            && !self.rules.is_cue("role-appointing-verbs", &w)
    }

    /// A title phrase at `i`, or one after one or two free words ("equity
    /// strategist"): returns (first, last) with the free words included.
    fn free_title_phrase(&self, i: usize, end: usize) -> Option<(usize, usize)> {
        // "Jane Roe, Finance Minister Jon Doe": the next person's title.
        self.free_title_phrase_any(i, end)
            .filter(|&(_, l)| !self.before_person(l))
    }

    /// [`Reader::free_title_phrase`] before any word.
    fn free_title_phrase_any(&self, i: usize, end: usize) -> Option<(usize, usize)> {
        if let Some(p) = self.title_phrase(i, end) {
            return Some(p);
        }
        // "a freelance design and branding consultant", "a breaking news
        // reporter", "a board-certified child sleep therapist".
        let lower = (1..=4)
            .take_while(|&n| i + n < end && self.is_lower_run_word(i, i + n - 1))
            .filter(|&n| n <= 2 || !self.is_lower_and(i + n - 1))
            .find_map(|n| self.title_phrase(i + n, end));
        // "Marketing Director at X": Title Case free words, a Title Case
        // title; "Commerce and Industry Minister": joined by "and".
        let caps = || {
            (1..=4)
                .take_while(|&n| {
                    i + n < end
                        && (self.is_caps_free(i + n - 1) || (n > 1 && self.is_lower_and(i + n - 1)))
                })
                .filter(|&n| self.is_capitalised(i + n))
                .find_map(|n| self.title_phrase(i + n, end))
        };
        lower.or_else(caps).map(|(_, l)| (i, l))
    }

    /// A word of a lower-case run opening a title at `i`, at `k`: a free
    /// word; an "-ing" field word first before a title word or a free
    /// word ("banking analyst", "breaking news reporter"); a hyphenated
    /// "-ed" word ("board-certified"); "and" between free words past the
    /// first ("content and messaging strategist").
    fn is_lower_run_word(&self, i: usize, k: usize) -> bool {
        if self.is_free_word(k, usize::MAX) {
            return true;
        }
        let w = self.word(k);
        let next_free = k + 1 < self.tokens.tokens.len()
            && (self.is_free_word(k + 1, usize::MAX) || self.is_field_word(k + 1, usize::MAX));
        let ing = w.ends_with("ing")
            && (k == i || self.is_lower_and(k - 1))
            && self.is_field_word(k, usize::MAX)
            && self.rules.word_class(&w) & ListKind::ListOpener.bit() == 0;
        (k == i && self.is_ing_field(k))
            || (ing && next_free)
            || (ing && k > i && self.is_title_word(k + 1))
            || self.is_compound_adjective(k)
            || (k > i && self.is_lower_and(k) && next_free)
    }

    /// A lower-case hyphenated "-ed" word at `k` ("board-certified",
    /// "award-winning" is an "-ing" one) that is no name.
    fn is_compound_adjective(&self, k: usize) -> bool {
        let t = self.tokens.tokens[k];
        let w = self.word(k);
        t.kind == TokKind::Word
            && t.is_lower(self.text)
            && self.company_at[k].is_none()
            && w.contains('-')
            && w.ends_with("ed")
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
    }

    /// Whether the token at `i` is "and" in lower case.
    fn is_lower_and(&self, i: usize) -> bool {
        self.tokens.tokens[i].is_lower(self.text) && self.word(i) == "and"
    }

    /// Roles in apposition after a comma at `i`: "[45 ,] [the] TITLES [of ORG] [and TITLES of ORG]".
    fn apposition(&self, i: usize, end: usize, out: &mut Vec<Found>) {
        let (mut i, former) = self.apposition_start(i, end);
        if self.company_at.get(i).copied().flatten().is_some() {
            self.company_apposition(i, i, end, out);
            return;
        }
        // "Name, a former Acme Corp finance director,": modifiers, then a company.
        if i < end && self.is_article(i) {
            let mut c = i + 1;
            while c < end && self.is_modifier(&self.word(c)) {
                c += 1;
            }
            if c < end && self.company_at[c].is_some() {
                self.company_apposition(i + 1, c, end, out);
                return;
            }
        }
        // "... and Global VP of LeEco": another role.
        while let Some(j) = self.appositive_role(i, end, former, out) {
            i = j;
        }
    }

    /// After the comma at `i` of an apposition: the token after an age
    /// ("45,"), a party and state ("R-Texas") and words of time
    /// ("formerly", "now"), and whether "formerly" or "previously" made the
    /// title a former one.
    fn apposition_start(&self, mut i: usize, end: usize) -> (usize, bool) {
        let toks = &self.tokens.tokens;
        if i < end
            && toks[i].kind == TokKind::Number
            && toks.get(i + 1).is_some_and(|t| t.is_punct(','))
        {
            i += 2;
        }
        i = self.over_party_state(i, end);
        // "Name, formerly chief executive of X": a former title.
        let mut former = false;
        while i < end
            && matches!(
                self.word(i).as_str(),
                "formerly" | "previously" | "now" | "currently" | "presently" | "also"
            )
        {
            former |= matches!(self.word(i).as_str(), "formerly" | "previously");
            i += 1;
        }
        (i, former)
    }

    /// One role of an apposition at `i` ("the company's chief strategy
    /// officer of X"), pushed on `out`; the token after "and" when another
    /// title follows its company ("chief executive of X and chairman of Y").
    fn appositive_role(
        &self,
        mut i: usize,
        end: usize,
        former: bool,
        out: &mut Vec<Found>,
    ) -> Option<usize> {
        // "Jane Roe, one of the founders of X".
        if let Some(j) = self.one_of_plural(i, end, out) {
            return j;
        }
        let the = i < end && self.word(i) == "the";
        let its = i < end && self.is_its(i);
        let det = i < end && (self.is_article(i) || its);
        if det {
            i += 1;
        }
        // "Jane Roe, a 58-year-old business owner": past the age.
        i = self.over_age(i, end);
        // "Jane Roe, current chairman", "a top official": past "current".
        i = self.over_passing(i, end);
        // "Jane Roe, the Ruritania Institute's legislative director", "the
        // government's communications minister": a name that is no company
        // (or a lower-case noun after "the") owns the title; none is guessed.
        let owner = self
            .name_possessive(i, end)
            .or_else(|| self.noun_possessive(the, i, end));
        i = owner.unwrap_or(i);
        // "Jane Roe, the company's chief strategy officer".
        let anaphor = self.is_company_possessive(i);
        if anaphor {
            i += 2;
        }
        // "the company's new chief executive", "the band's new drummer".
        if anaphor || owner.is_some() {
            i = self.over_passing(i, end);
        }
        let (f, l, named) = self
            .company_noun_title(i, end)
            .or_else(|| self.appositive_title(i, end))
            .or_else(|| det.then(|| self.fellow_title(i, end)).flatten())?;
        let mut title = self.lower_text(f, l);
        if former && !title.starts_with("former") {
            title.insert_str(0, "former ");
        }
        let (mut found, j) = self.title_org(title, l, end);
        found.guess &= owner.is_none() && !named;
        found.anaphor |= anaphor;
        if its {
            self.its_owner(&mut found, i);
        }
        let org = found.role.org;
        out.push(found);
        // "chief executive of X and Bishop Kent, ...": the next person.
        (org.is_some()
            && j + 1 < end
            && self.word(j) == "and"
            && self
                .title_phrase(j + 1, end)
                .is_some_and(|(f, l)| !self.list_meets_person(f, l, end)))
        .then_some(j + 1)
    }

    /// "Acme Corp grew. Jane Roe, its chief executive, said Zeta Ltd
    /// would pay": with no company named in the apposition at `i`, "its"
    /// stands for the company named before it in the sentence, else for the
    /// one company of the sentence before; none is guessed from the words
    /// after. With neither, the usual guess stands.
    fn its_owner(&self, found: &mut Found, i: usize) {
        if found.role.org.is_some() {
            return;
        }
        let (start, _) = self.sentence_around(i);
        if let Some(c) = self
            .its_company(start, i)
            .or_else(|| self.one_company_before(start))
        {
            found.role.org = Some(c);
            found.guess = false;
        }
    }

    /// "Jane Roe, an airline analyst at X", "Jane Roe, company spokesman":
    /// at `i` in an apposition, a lower-case company noun
    /// (rules/company-nouns.txt) right before a title phrase opens it (a
    /// company noun is no free word elsewhere: "the company chief").
    fn company_noun_title(&self, i: usize, end: usize) -> Option<(usize, usize, bool)> {
        let t = self.tokens.tokens.get(i).filter(|_| i + 1 < end)?;
        if t.kind != TokKind::Word
            || !t.is_lower(self.text)
            || !self.lexed.is(i, ListKind::CompanyNoun)
        {
            return None;
        }
        let (_, l) = self.free_title_phrase(i + 1, end)?;
        Some((i, l, false))
    }

    /// At `i` after "a" or "the" in an apposition: "[senior research]
    /// fellow" before "at", "of" or "with" ("Jane Roe, a senior fellow at
    /// the Acme Institute"). "fellow" is on no title list: before a name it
    /// is mostly an adjective ("fellow Ruritanian Jon Doe").
    fn fellow_title(&self, i: usize, end: usize) -> Option<(usize, usize, bool)> {
        let mut k = i;
        while k < end.min(i + 3)
            && self.word(k) != "fellow"
            && (self.is_modifier(&self.word(k)) || self.is_free_word(k, usize::MAX))
        {
            k += 1;
        }
        let lower = k < end && self.tokens.tokens[k].is_lower(self.text);
        (lower
            && self.word(k) == "fellow"
            && k + 1 < end
            && matches!(self.word(k + 1).as_str(), "at" | "of" | "with"))
        .then_some((i, k + 1, false))
    }

    /// At `i` after "a": past an age ("69-year-old": a number, "-" and a
    /// word in "-old"), else `i`.
    fn over_age(&self, i: usize, end: usize) -> usize {
        let toks = &self.tokens.tokens;
        let aged = i + 2 < end
            && toks[i].kind == TokKind::Number
            && toks[i + 1].is_punct('-')
            && self.word(i + 2).ends_with("-old");
        if aged { i + 3 } else { i }
    }

    /// After "the" (`the`), at `i`: a lower-case noun and its possessive
    /// that are no company noun ("the government's", "the team's"): the
    /// token after it.
    fn noun_possessive(&self, the: bool, i: usize, end: usize) -> Option<usize> {
        let toks = &self.tokens.tokens;
        (the && i + 2 < end
            && toks[i].kind == TokKind::Word
            && toks[i].is_lower(self.text)
            && !self.lexed.is(i, ListKind::CompanyNoun)
            && toks[i + 1].kind == TokKind::Possessive)
            .then_some(i + 2)
    }

    /// "Jane Roe, one of the founders of X", "one of his editors at X": at
    /// `i`, "one of", a determiner, passing words, up to two free words and
    /// a plural title: its singular (with the company after it) is pushed
    /// on `out`. Returns `Some(None)` then (no further role).
    fn one_of_plural(&self, i: usize, end: usize, out: &mut Vec<Found>) -> Option<Option<usize>> {
        if !(i + 3 < end && self.word(i) == "one" && self.word(i + 1) == "of") {
            return None;
        }
        let mut k = i + 2;
        if matches!(
            self.word(k).as_str(),
            "the" | "his" | "her" | "its" | "their"
        ) {
            k += 1;
        }
        // "one of Acme's founders", "one of the company's founders".
        let owner = self.possessive_owner(k, end);
        k = owner.map_or(k, |(_, j)| j);
        k = self.over_passing(k, end);
        // "one of the most famous American painters": a superlative
        // (rules/roles-superlatives.txt) and
        // nationality words are no part of the title.
        // "one of the best lawyers": a plural right after it is the title.
        if k + 2 < end && self.rules.is_cue("role-superlatives", &self.word(k)) {
            k += 1;
            if self.plural_title_at(k).is_none() {
                k += 1;
            }
        }
        // "one of the best-known", "one of the famous", "one of five".
        while k + 1 < end && {
            let w = self.word(k);
            w.ends_with("-known")
                || self.rules.is_cue("role-field-stops", &w)
                || (not_title(self.rules, &w) && self.is_open_adjective(k))
        } {
            k += 1;
        }
        while k + 1 < end
            && self.is_capitalised(k)
            && self.rules.word_class(&self.word(k)) & ListKind::Nationality.bit() != 0
        {
            k += 1;
        }
        let f = k;
        let lim = end.min(k + 3);
        while k < lim && self.plural_title_at(k).is_none() && self.is_free_word(k, usize::MAX) {
            k += 1;
        }
        let singular = self.plural_title_at(k.min(end - 1))?;
        // "one of the world's landscape photographers": free words join.
        let title = if f < k {
            format!("{} {singular}", self.lower_text(f, k))
        } else {
            singular
        };
        let (mut found, _) = self.title_org(title, k + 1, end);
        if let Some((org, _)) = owner.filter(|_| found.role.org.is_none()) {
            found.role.org = org;
            found.anaphor = org.is_none();
        }
        out.push(found);
        Some(None)
    }

    /// At `k`, a company's possessive ("Acme's") or "company's" of "the
    /// company's": the company (none for the noun, an anaphor) and the
    /// token after the possessive.
    fn possessive_owner(&self, k: usize, end: usize) -> Option<(Option<usize>, usize)> {
        let toks = &self.tokens.tokens;
        if self.is_company_possessive(k) {
            return Some((None, k + 2));
        }
        let org = self.company_at.get(k).copied().flatten()?;
        let j = self.company_end(k);
        (j + 1 < end && toks[j].kind == TokKind::Possessive).then_some((Some(org), j + 1))
    }

    /// A lower-case word at `k` that is no determiner or function word
    /// ("famous", "prominent" of rules/roles-not-title.txt).
    fn is_open_adjective(&self, k: usize) -> bool {
        let t = self.tokens.tokens[k];
        t.kind == TokKind::Word
            && t.is_lower(self.text)
            && self.word(k).len() > 4
            && !matches!(self.word(k).as_str(), "would" | "their")
    }

    /// A title phrase at `i` ([`Reader::free_title_phrase`]), else one after
    /// one to three capitalised words that name no company or person ("a
    /// Houston lawyer", "the Swiss investor", "Canadian secretary of
    /// state"): (first, last, whether such words stand before it; then no
    /// company may be guessed).
    fn appositive_title(&self, i: usize, end: usize) -> Option<(usize, usize, bool)> {
        if let Some((f, l)) = self.free_title_phrase(i, end) {
            return Some((f, l, false));
        }
        let toks = &self.tokens.tokens;
        let function = ListKind::ClauseWord.bit()
            | ListKind::ObjectStop.bit()
            | ListKind::Preposition.bit()
            | ListKind::SpeechVerb.bit()
            | ListKind::AnaphorOne.bit();
        let named = |k: usize| {
            toks[k].kind == TokKind::Word
                && toks[k].text(self.text).starts_with(char::is_uppercase)
                && self.company_at[k].is_none()
                && self.person_at[k].is_none()
                && self.rules.word_class(&self.word(k)) & function == 0
        };
        // "a former Chicago banker": modifiers before the names.
        let mut m = i;
        while m < end && toks[m].is_lower(self.text) && self.is_modifier(&self.word(m)) {
            m += 1;
        }
        let n = (1..=3).take_while(|&n| m + n < end && named(m + n - 1));
        n.filter(|&n| toks[m + n].is_lower(self.text))
            .find_map(|n| self.free_title_phrase(m + n, end))
            .map(|(_, l)| (i, l, true))
    }

    /// After "Jane Roe," at `i`: past a party and state ("R-Ohio,",
    /// "D-N.Y.,"), else `i`.
    fn over_party_state(&self, i: usize, end: usize) -> usize {
        let toks = &self.tokens.tokens;
        let party = i < end
            && toks[i].kind == TokKind::Word
            && matches!(toks[i].text(self.text).as_bytes(),
                [b'R' | b'D' | b'I', b'-', c, ..] if c.is_ascii_uppercase());
        if !party {
            return i;
        }
        let mut k = i + 1;
        if k < end && toks[k].is_punct('.') {
            k += 1;
        }
        if k + 1 < end && toks[k].is_punct(',') {
            k + 1
        } else {
            i
        }
    }

    /// After capitalised words at `i` that are no company, their possessive
    /// ("the Ruritania Institute's", "Bush's"): the token after it.
    fn name_possessive(&self, i: usize, end: usize) -> Option<usize> {
        let toks = &self.tokens.tokens;
        let mut k = i;
        while k < end.min(i + 5)
            && toks[k].kind == TokKind::Word
            && !toks[k].is_lower(self.text)
            && self.company_at[k].is_none()
        {
            k += 1;
        }
        (k > i && k < end && toks[k].kind == TokKind::Possessive).then_some(k + 1)
    }

    /// "Name, X's chief executive" / "Name, X spokesman": the company at `i`
    /// and the title after it; modifiers at `m0..i` ("former") open the title.
    fn company_apposition(&self, m0: usize, i: usize, end: usize, out: &mut Vec<Found>) {
        let toks = &self.tokens.tokens;
        let org = self.company_at[i];
        let Some(m) = self.mention_from(i) else {
            return;
        };
        let mut j = m.last;
        if toks.get(j).is_some_and(|t| t.kind == TokKind::Possessive) {
            j += 1;
        }
        // "Name, Acme Corp's new chief executive".
        j = self.over_passing(j, end);
        if let Some((f, l)) = self.free_title_phrase(j, end) {
            let mut title = self.lower_text(m0, i);
            if !title.is_empty() {
                title.push(' ');
            }
            title.push_str(&self.lower_text(f, l));
            // "X's head of purchasing": the field joins the title (not a
            // company after "of": "X's vice president for Y Communications").
            if l + 1 < end && self.company_at[l + 1].is_none() {
                title = self.title_org(title, l, end).0.role.title;
            }
            out.push(Found::new(title, org));
        }
    }

    /// The end token (exclusive) of the company mention starting at `i`.
    fn company_end(&self, i: usize) -> usize {
        self.res
            .mentions
            .iter()
            .find(|m| m.first == i)
            .map_or(i + 1, |m| m.last)
    }

    /// The company a title ending at `l` names after "of", "at", "for" or
    /// "with" (rules/employer-prepositions.txt), and the title grown by what
    /// it governs: returns the role and the token after the phrase.
    fn title_org(&self, title: String, l: usize, end: usize) -> (Found, usize) {
        // "Jane Roe (chief executive, Acme Corp)": the company closing the
        // bracket after a comma.
        let toks = &self.tokens.tokens;
        if l + 2 < end
            && toks[l].is_punct(',')
            && let Some(org) = self.company_at[l + 1]
            && (l == 0 || self.company_at[l - 1] != Some(org))
        {
            let j = self.company_end(l + 1);
            if toks.get(j).is_some_and(|t| t.is_punct(')')) {
                return (Found::new(title, Some(org)), j);
            }
        }
        if l + 1 >= end
            || !self
                .rules
                .is_cue("employer-prepositions", toks[l].text(self.text))
        {
            return (Found::new(title, None), l);
        }
        // "chair of the firm,": the company named last before (an anaphor).
        if self.the_company_noun_at(l + 1, end) {
            let mut found = Found::new(title, None);
            found.anaphor = true;
            return (found, l + 3);
        }
        let Some(org) = self.company_at[l + 1] else {
            return self.department_of(title, l, end);
        };
        let j = self.company_end(l + 1);
        // "head of Daimler's Chinese R&D facilities".
        if toks.get(j).is_some_and(|t| t.kind == TokKind::Possessive) {
            // "president of X's Y Corp": the unit Y is the employer.
            if let Some(unit) = self.company_at.get(j + 1).copied().flatten() {
                return (Found::new(title, Some(unit)), self.company_end(j + 1));
            }
            let c0 = j + 1;
            let mut c = c0;
            while c < end
                && toks[c].kind == TokKind::Word
                && self.company_at[c].is_none()
                && !matches!(self.word(c).as_str(), "and" | "said" | "says")
            {
                c += 1;
            }
            if c > c0 {
                let title = format!("{title} of {}", self.lower_text(c0, c));
                return (Found::new(title, Some(org)), c);
            }
        }
        (Found::new(title, Some(org)), j)
    }

    /// After a title ending at `l` and "of"/"at" not followed by a company:
    /// "general manager of research and planning department of Acme" (the
    /// department joins the title), "head of purchasing," (kept whole, no
    /// company), "a scientist at the Ohio Space Agency" (tied to a name that
    /// is no company: no company may be guessed).
    fn department_of(&self, title: String, l: usize, end: usize) -> (Found, usize) {
        let c0 = l + 1;
        if let Some(c) = self.department_before_company(c0, end) {
            let title = format!("{title} of {}", self.lower_text(c0, c));
            return (
                Found::new(title, self.company_at[c + 1]),
                self.company_end(c + 1),
            );
        }
        // "head of purchasing,", "head of sales in 2019", "Head of
        // Marketing,": one to three field words closed by a stop, a
        // preposition or a clause word.
        let f = self.field_run(c0, end);
        if self.described_business(c0, f, end) {
            return (
                Found {
                    role: Role { title, org: None },
                    guess: false,
                    anaphor: false,
                },
                l,
            );
        }
        if self.word(l) == "of" && f > c0 && f - c0 <= 3 && self.closes_field(f, end) {
            return (
                Found::new(format!("{title} of {}", self.lower_text(c0, f)), None),
                f,
            );
        }
        self.company_in_words(title, l, end)
    }

    /// "research and planning department of Acme": up to six words from
    /// `c0` that hold no company, then "of"/"at" and a company; the token
    /// of that "of"/"at".
    fn department_before_company(&self, c0: usize, end: usize) -> Option<usize> {
        let toks = &self.tokens.tokens;
        let mut c = c0;
        while c < end
            && c - c0 < 6
            && toks[c].kind == TokKind::Word
            && self.company_at[c].is_none()
            && !matches!(self.word(c).as_str(), "of" | "at")
        {
            c += 1;
        }
        (c + 1 < end
            && c > c0
            && matches!(self.word(c).as_str(), "of" | "at")
            && self.company_at[c + 1].is_some())
        .then_some(c)
    }

    /// "chief executive of Global Music, a record label": capitalised
    /// field words `c0..f` that a following apposition describes name a
    /// business, not a department; no company is guessed.
    fn described_business(&self, c0: usize, f: usize, end: usize) -> bool {
        f > c0
            && self.is_capitalised(c0)
            && f + 1 < end
            && self.tokens.tokens[f].is_punct(',')
            && self.is_article(f + 1)
    }

    /// Whether an article at `k` opens a description of the title's
    /// employer as another body than a company of the text: "a"/"an" ("head
    /// of a group lobbying", "founder of a clinic") or a new company ("of
    /// the new company", "of the combined group": rules/newco-modifiers.txt)
    /// in the lower-case words after it. "of the company", "of the board",
    /// "of the holding company" keep their guess.
    fn described_employer(&self, k: usize, end: usize) -> bool {
        if k >= end || !self.is_article(k) {
            return false;
        }
        if self.word(k) != "the" {
            return true;
        }
        let toks = &self.tokens.tokens;
        (k + 1..end.min(k + 4))
            .take_while(|&j| toks[j].kind == TokKind::Word && toks[j].is_lower(self.text))
            .any(|j| self.rules.is_cue("newco-modifiers", &self.word(j)))
    }

    /// After a title ending at `l` and "of"/"at": "chairman of The Hallwood
    /// Group Inc" (a company named with "The"); "at brokerage Aton", "of
    /// bankrupt US phone company WorldCom" (the first company of the words
    /// up to a comma or a preposition); "of the old Ruritania Bank", "of
    /// <Valhi Inc>" (a name, no company, none guessed); else no company, a
    /// guess.
    fn company_in_words(&self, title: String, l: usize, end: usize) -> (Found, usize) {
        let toks = &self.tokens.tokens;
        let mut name = l + 1;
        if self.word(name) == "the" && name + 1 < end {
            name += 1;
        }
        if let Some(org) = self.company_at[name] {
            return (Found::new(title, Some(org)), self.company_end(name));
        }
        let function = ListKind::Preposition.bit() | ListKind::ClauseWord.bit();
        let words = (name..end.min(name + 6)).take_while(|&k| {
            k == name
                || toks[k].kind == TokKind::Word
                    && self.rules.word_class(&self.word(k)) & function == 0
                || toks[k].is_punct('<')
        });
        let mut named = false;
        for k in words {
            if let Some(org) = self.company_at[k] {
                return (Found::new(title, Some(org)), self.company_end(k));
            }
            named |= toks[k].kind == TokKind::Word
                && !toks[k].is_lower(self.text)
                && self.word(k) != "the";
        }
        let described = self.described_employer(l + 1, end);
        (
            Found {
                role: Role { title, org: None },
                guess: !named && !described,
                anaphor: false,
            },
            l,
        )
    }

    /// After "of" at `c0 - 1`: the token after a run of field words
    /// ("purchasing", "sales and marketing"; capitalised, listed departments
    /// and title modifiers: "Global Sales"), at most four tokens; no
    /// quantifier or number word (`role-field-stops`: "member of two").
    fn field_run(&self, c0: usize, end: usize) -> usize {
        let field = |k: usize| {
            (self.is_field_word(k, usize::MAX) || self.is_caps_department(k))
                && !self.rules.is_cue("role-field-stops", &self.word(k))
        };
        let mut c = c0;
        while c < end && c - c0 < 4 {
            if field(c) && !(self.word(c) == "and" && c == c0) {
                c += 1;
            } else if self.word(c) == "and" && c > c0 && c + 1 < end && field(c + 1) {
                c += 2;
            } else {
                break;
            }
        }
        c
    }

    /// A capitalised word of a department after "of" ("Marketing", "Global"
    /// before "Sales"): a listed department (`role-departments`), or a title
    /// modifier before one; no company or person of the spotter.
    fn is_caps_department(&self, k: usize) -> bool {
        let department = |k: usize| {
            self.is_capitalised(k)
                && self.company_at[k].is_none()
                && self.person_at[k].is_none()
                && self.rules.is_cue("role-departments", &self.word(k))
        };
        department(k)
            || (self.is_capitalised(k)
                && self.company_at[k].is_none()
                && self.is_modifier(&self.word(k))
                && k + 1 < self.tokens.tokens.len()
                && department(k + 1))
    }

    /// Whether a field run closes at `c`: the sentence's end, a stop, a
    /// preposition, a clause word or a speech verb ("head of sales said").
    fn closes_field(&self, c: usize, end: usize) -> bool {
        let toks = &self.tokens.tokens;
        if c >= end || matches!(toks[c].kind, TokKind::Punct(_)) {
            return true;
        }
        let stop =
            ListKind::Preposition.bit() | ListKind::ClauseWord.bit() | ListKind::SpeechVerb.bit();
        toks[c].kind == TokKind::Word
            && toks[c].is_lower(self.text)
            && self.rules.word_class(&self.word(c)) & stop != 0
    }

    /// The first token of an honorific right before the name at `first`
    /// ("chairman Sir Jon Doe", "research director Dr. Jane Roe"), else `first`.
    fn before_honorific(&self, first: usize, start: usize) -> usize {
        match self
            .lexed
            .span_ending(first, self.rules, ListKind::Honorific)
        {
            Some(s) if s.first >= start && s.first < first => s.first,
            _ => first,
        }
    }

    /// Whether token `k` is inside a company mention of two or more words
    /// (not its first), within the sentence from `start`. A one-word company
    /// form ("Vice" of "Vice Governor", "Group") does not count: it is more
    /// often a title word taken for a name.
    fn ends_longer_company(&self, k: usize, start: usize) -> bool {
        k > start && self.company_at[k].is_some() && self.company_at[k - 1] == self.company_at[k]
    }

    /// Roles before the name: "[ORG['s]] [free words] TITLES Name"; returns
    /// the title's first token.
    fn premodifier(&self, name: usize, start: usize, out: &mut Vec<Found>) -> Option<usize> {
        // "head of purchasing Jane Roe": the title ends at "of".
        self.of_field_before(name, start)
            .and_then(|of| self.premodifier_to(of, name, start, out))
            .or_else(|| self.premodifier_to(name, name, start, out))
    }

    /// Roles before the name at `name` whose title phrase ends at `first`
    /// (`name`, or the "of" of "head of purchasing").
    fn premodifier_to(
        &self,
        first: usize,
        name: usize,
        start: usize,
        out: &mut Vec<Found>,
    ) -> Option<usize> {
        let j = self.title_phrase_start(first, start);
        // Trim modifiers and "and" that do not lead to a title.
        let (mut f, _) =
            (j..first).find_map(|k| self.title_phrase(k, first).filter(|&(_, l)| l == first))?;
        // "auto analyst Jane Roe", "Acme Corp equity strategist Jane Roe".
        if f == j {
            f = self.free_words_before(f, start);
            // "singer and animal welfare campaigner Jane Roe"; the first
            // title keeps its own free words ("vineyard owner and ...").
            let g = self.joined_title_before(f, start);
            if g < f {
                f = self.free_words_before(g, start);
            }
        }
        if first > start && !self.position_shape(first - 1, start) {
            return None;
        }
        // "said Home Secretary Jane Roe", "Shadow Trade Minister Jon Doe".
        if f == j {
            f = self.portfolio_before(f, start);
        }
        // "Chief Privacy Officer Jane Roe": Title Case free words after a
        // capitalised title word or modifier.
        if f == j {
            f = self.caps_title_before(f, first, start);
        }
        let (org, mut guess) = self.premodifier_org(f, start);
        // "Cardiff manager Jon Doe": the title is the named body's.
        guess &= !(f.saturating_sub(1).max(start)..name).any(|k| self.names_body(k, start, name));
        // "the company's research director Jane Roe", "the company's new
        // research director".
        let g = self.passing_before(f, start);
        let anaphor = g >= 2 && self.is_company_possessive(g - 2);
        out.push(Found {
            role: Role {
                title: self.lower_text(f, name),
                org,
            },
            guess,
            anaphor,
        });
        Some(f)
    }

    /// The first token of the title phrase ending at `first`, walking left
    /// (not before `start`) over title spans, title words, modifiers, "and"
    /// inside the phrase and a head noun right before `first`; it stops at
    /// the end of a company's name ("Acme Media Group chief executive":
    /// the company is the title's org, never part of it) and at a team
    /// position that is not right before the name ("right wing prime
    /// minister Jon Doe").
    fn title_phrase_start(&self, first: usize, start: usize) -> usize {
        let mut j = first;
        while j > start {
            let prev = j - 1;
            if self.ends_longer_company(prev, start) || (j < first && self.is_position(prev)) {
                break;
            }
            let ends_span = self
                .title_span_ending(j)
                .filter(|s| !(s.first..j).any(|k| self.ends_longer_company(k, start)));
            if let Some(s) = ends_span {
                j = s.first;
                continue;
            }
            let w = self.word(prev);
            if self.is_title_word(prev)
                || self.is_modifier(&w)
                || ((w == "and" || w == "&") && j < first)
                || (j == first && self.is_head_noun(prev, first))
            {
                j = prev;
                continue;
            }
            break;
        }
        j
    }

    /// The first token of a title joined by "and" to the title phrase that
    /// opens at token `f` with free words ("singer and animal welfare
    /// campaigner Jane Roe": the token of "singer"), not before `start`;
    /// `f` itself when the word before its "and" is no lower-case title
    /// word ("Billy the Singer and pop star Jane Roe": a stage name).
    fn joined_title_before(&self, f: usize, start: usize) -> usize {
        let lower_title =
            |k: usize| self.tokens.tokens[k].is_lower(self.text) && self.is_title_word(k);
        if f < start + 2 || !self.is_lower_and(f - 1) || !lower_title(f - 2) {
            return f;
        }
        self.title_phrase_start(f - 1, start)
    }

    /// The first of up to two free words right before token `f` (not
    /// before `start`, no team position) that open its title phrase:
    /// "auto analyst", "vineyard owner"; `f` when there is none.
    fn free_words_before(&self, mut f: usize, start: usize) -> usize {
        let lo = f.saturating_sub(2).max(start);
        while f > lo && self.is_free_word(f - 1, start) && !self.is_position(f - 1) {
            f -= 1;
        }
        f
    }

    /// Whether token `k` is a team position that is also a common word
    /// ("lock", "forward", "wing", "centre": rules/roles-position-words.txt).
    fn is_position(&self, k: usize) -> bool {
        self.tokens.tokens[k].kind == TokKind::Word
            && self.rules.is_cue("role-position-words", &self.word(k))
    }

    /// Whether a title ending at token `p` right before a name is no team
    /// position, or one in the position shape: lower case or opening the
    /// sentence ("Keeper Jon Doe"; not "the Policy Centre Mr Doe"), after
    /// no stop word ("looking forward Jon Doe said").
    fn position_shape(&self, p: usize, start: usize) -> bool {
        if !self.is_position(p) {
            return true;
        }
        let lower = self.tokens.tokens[p].is_lower(self.text) || p == start;
        lower && (p == start || !self.rules.is_cue("role-position-stops", &self.word(p - 1)))
    }

    /// Whether the title `f..l` after a copula ends in a team position that
    /// is no title: after a stop word ("is looking forward to") or before
    /// "of" ("was a strong defender of").
    fn position_misread(&self, f: usize, l: usize, end: usize) -> bool {
        l > f
            && self.is_position(l - 1)
            && ((l - 1 > f && self.rules.is_cue("role-position-stops", &self.word(l - 2)))
                || (l < end && self.word(l) == "of"))
    }

    /// Whether "the" and a company noun ("firm", "company", "group") start
    /// at token `i` and close the phrase (punctuation or `end` after them).
    fn the_company_noun_at(&self, i: usize, end: usize) -> bool {
        let toks = &self.tokens.tokens;
        i + 1 < end
            && self.word(i) == "the"
            && self.lexed.is(i + 1, ListKind::CompanyNoun)
            && (i + 2 >= end || matches!(toks[i + 2].kind, TokKind::Punct(_)))
    }

    /// "company's" of "the company's" (or another company noun: "the
    /// carmaker's") at `i`.
    fn is_company_possessive(&self, i: usize) -> bool {
        let toks = &self.tokens.tokens;
        i > 0
            && i + 1 < toks.len()
            && self.word(i - 1) == "the"
            && self.lexed.is(i, ListKind::CompanyNoun)
            && toks[i + 1].kind == TokKind::Possessive
    }

    /// The company before a title starting at `f` ("X's", "X", "its" for
    /// the sentence's subject, the company of a person joined by "and"), and
    /// whether a company may be guessed (not after a capitalised name that is
    /// no company: "NASA scientist").
    fn premodifier_org(&self, f: usize, start: usize) -> (Option<usize>, bool) {
        let toks = &self.tokens.tokens;
        // "Acme Corp's new chief executive": past "new".
        let mut k = self.passing_before(f, start);
        let owned = k > start && toks[k - 1].kind == TokKind::Possessive;
        if owned {
            k -= 1;
        }
        if k <= start {
            return (None, true);
        }
        if let Some(org) = self.company_at[k - 1] {
            return (Some(org), true);
        }
        // "Acme Corp <ACM> analyst Jane Roe", "Acme Corp (ACM) analyst";
        // "<Acme Corp> analyst Jane Roe": a company in angle brackets.
        let bracketed = (k >= start + 2 && toks[k - 1].is_punct('>'))
            .then(|| self.company_at[k - 2])
            .flatten();
        if let Some(org) = bracketed.or_else(|| {
            self.ticker_before(k, start)
                .and_then(|b| self.company_at[b - 1])
        }) {
            return (Some(org), true);
        }
        // "X's Brandt Oil Co said its chairman Henry Orwin": the nearest
        // company before "its" that is not itself a possessive.
        // "X reported a loss. Its chief executive, Jane Roe, said": with no
        // company before "its" in its sentence, the one of the sentence before.
        if self.is_its(k - 1) {
            let org = self.its_company(start, k - 1).or_else(|| {
                self.business_title_at(f)
                    .then(|| self.one_company_before(start))
                    .flatten()
            });
            return (org, true);
        }
        // "its chairman Henry Orwin and chief executive officer Ruth
        // Orwin": a title joined to the previous person's shares its company.
        if self.word(k - 1) == "and"
            && let Some(p) = self
                .res
                .mentions
                .iter()
                .find(|m| m.kind == Kind::Person && m.last == k - 1)
        {
            let mut before = Vec::new();
            self.premodifier(p.first, start, &mut before);
            return (before.last().and_then(|r| r.role.org), true);
        }
        // "the band's manager Jon Doe", "his lawyer Jane Roe": the title is
        // a person's or a body's that the text names by a noun, no company's.
        if self.rules.is_cue("other-possessives", &self.word(k - 1))
            || (owned
                && toks[k - 1].is_lower(self.text)
                && !self.lexed.is(k - 1, ListKind::CompanyNoun))
        {
            return (None, false);
        }
        // A capitalised word opening the sentence is a name when a
        // possessive follows it or it is an acronym ("IOC president").
        let t = toks[k - 1];
        let named = t.kind == TokKind::Word
            && !t.is_lower(self.text)
            && (k - 1 > start || owned || self.is_acronym(k - 1))
            && self.person_at[k - 1].is_none();
        (None, !named)
    }

    /// A ticker or short form in brackets ending right before token `k`
    /// ("<ACM>", "(ACM)", "<ACM.N>"): one to three capitalised words or
    /// dots between "<" and ">" or "(" and ")", not before `start + 1`;
    /// returns the opening bracket's token.
    fn ticker_before(&self, k: usize, start: usize) -> Option<usize> {
        let toks = &self.tokens.tokens;
        let close = toks[k.checked_sub(1)?];
        let open = if close.is_punct('>') {
            '<'
        } else if close.is_punct(')') {
            '('
        } else {
            return None;
        };
        let inner = |j: usize| {
            toks[j].is_punct('.') || (toks[j].kind == TokKind::Word && !toks[j].is_lower(self.text))
        };
        let mut j = k - 1;
        while j > start + 1 && k - 1 - j < 4 && inner(j - 1) {
            j -= 1;
        }
        (j < k - 1 && j > start + 1 && toks[j - 1].is_punct(open)).then_some(j - 1)
    }

    /// Whether the word at `k`, in or right before a title ending at `name`
    /// (a sentence from `start`), names a body that is no company the title
    /// could be guessed to belong to: a place ("Cardiff manager") or an
    /// outlet, or, not opening the sentence, a capitalised word that is no
    /// title word or modifier before a lower-case title ("said Ruritel
    /// spokesman Jon Doe").
    fn names_body(&self, k: usize, start: usize, name: usize) -> bool {
        let t = self.tokens.tokens[k];
        if t.kind != TokKind::Word || t.is_lower(self.text) || k + 1 >= name {
            return false;
        }
        if self.company_at[k].is_some() || self.person_at[k].is_some() {
            return false;
        }
        let outlet = |m: &Mention| m.kind == Kind::Outlet;
        self.lexed.is(k, ListKind::Place)
            || self.mention_from(k).is_some_and(outlet)
            || (k > start
                && self.tokens.tokens[name - 1].is_lower(self.text)
                && !self.is_title_word(k)
                && !self.is_modifier(&self.word(k)))
    }

    /// Whether the lower-case title words from token `f` (at most four) hold
    /// no public title ("governor", "mayor") and no occupation of the
    /// roles-only lists ("coach"): only such a title takes its "its" from
    /// the sentence before ("Acme Corp sued the state. Its governor, ..."
    /// gives the governor no company).
    fn business_title_at(&self, f: usize) -> bool {
        let toks = &self.tokens.tokens;
        (f..toks.len().min(f + 4))
            .take_while(|&j| toks[j].kind == TokKind::Word && toks[j].is_lower(self.text))
            .all(|j| {
                let class = self.rules.word_class(&self.word(j));
                let public = class & ListKind::PublicTitle.bit() != 0;
                let general =
                    class & ListKind::RoleTitle.bit() != 0 && class & ListKind::Title.bit() == 0;
                !public && !general
            })
    }

    /// Whether the word at `i` is written in capitals, two letters or more.
    fn is_acronym(&self, i: usize) -> bool {
        let t = self.tokens.tokens[i];
        let w = &self.text[t.start..t.end];
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(|c| c.is_lowercase())
    }
}

impl Reader<'_> {
    /// The company "its" at `k` stands for: the nearest company of
    /// `start..k` that is not itself a possessive ("X's Brandt Oil Co said
    /// its chairman").
    fn its_company(&self, start: usize, k: usize) -> Option<usize> {
        let toks = &self.tokens.tokens;
        (start..k).rev().find_map(|i| {
            let possessive = toks
                .get(i + 1)
                .is_some_and(|t| t.kind == TokKind::Possessive);
            self.company_at[i].filter(|_| !possessive)
        })
    }
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
    let mut company_at = vec![None; tokens.tokens.len()];
    let mut person_at = vec![None; tokens.tokens.len()];
    for (i, m) in res.mentions.iter().enumerate() {
        let Some(e) = res.entity_of[i] else { continue };
        match m.kind {
            Kind::Company => company_at[m.first..m.last].fill(Some(e)),
            Kind::Person => person_at[m.first..m.last].fill(Some(e)),
            _ => {}
        }
    }
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
    // The article's main company: the one mentioned most.
    let main_company = (0..res.entities.len())
        .filter(|&e| res.entities[e].kind == Kind::Company)
        .max_by_key(|&e| (res.entities[e].mentions.len(), std::cmp::Reverse(e)));
    let dominant = dominant_company(res, main_company);
    let mut found: Vec<(usize, usize, Found)> = Vec::new();
    for (i, m) in res.mentions.iter().enumerate() {
        let Some(p) = res.entity_of[i] else { continue };
        if m.kind != Kind::Person {
            continue;
        }
        let sent = &tokens.sentences[tokens.sentence_of[m.first]];
        for f in reader.roles_at(m.first, m.last, sent.first, sent.last) {
            found.push((p, m.first, f));
        }
    }
    found.extend(reader.verb_roles());
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
        // "billionaire Jane Roe", "Hollywood star Jon Doe": no job title.
        // "formerly a star": modifiers ("former") make no epithet a title.
        rs.retain(|r| {
            let mut words = r
                .title
                .split(' ')
                .filter(|w| !reader.is_modifier(w))
                .peekable();
            words.peek().is_none() || !words.all(|w| rules.is_cue("role-epithets", w))
        });
        drop_orgless_twins(rs);
        drop_general_extras(rs, |t| reader.is_general(t));
    }
    roles
}

impl Reader<'_> {
    /// The role of `f` found at token `at`, its company guessed when the
    /// text names none: for "the company's", the company named before;
    /// else the sentence's, else the main (or dominant) company.
    fn with_org(
        &self,
        at: usize,
        f: Found,
        main_company: Option<usize>,
        dominant: Option<usize>,
    ) -> Role {
        let mut r = f.role;
        // "the company's leader": the text names the company, none is guessed.
        let no_guess =
            self.is_public(&r.title) || self.is_general(&r.title) || self.is_observer(&r.title);
        if r.org.is_none() && f.guess && (f.anaphor || !no_guess) {
            let sent = &self.tokens.sentences[self.tokens.sentence_of[at]];
            let by_sentence =
                || org_by_context(&self.companies_in(sent.first, sent.last), main_company);
            r.org = if f.anaphor {
                // "the company's": the company named last before it.
                self.company_before(at)
                    .or_else(by_sentence)
                    .or_else(|| self.company_of_sentence_before(at))
                    .or(main_company)
            } else {
                let companies = self.companies_in(sent.first, sent.last);
                org_by_context(&companies, main_company).or_else(|| {
                    // "said chief executive Jane Roe" in a report on one firm.
                    let head = |w: &str| self.rules.is_cue("role-company-heads", w);
                    dominant.filter(|_| companies.is_empty() && r.title.split([' ', '-']).any(head))
                })
            };
        }
        // A place is no employer ("president of Quebec").
        r.org = r.org.filter(|&e| !self.is_place(e));
        r
    }
}

impl Reader<'_> {
    /// The roles written around the person mention at tokens `first..last`
    /// of the sentence `start..end`.
    fn roles_at(&self, first: usize, last: usize, start: usize, end: usize) -> Vec<Found> {
        let toks = &self.tokens.tokens;
        let first = self.before_honorific(first, start);
        // "Jane Roe Jr., chairman of X": the name's stop is no sentence end.
        let last = self.over_suffix_stop(last, end);
        let mut found = self.titles_before(first, start);
        self.employer_after(last, end, &mut found);
        // "lock Jon Doe up", "prop Jon Doe up": a verb, no team position.
        if last < end
            && self
                .rules
                .is_cue("role-position-particles", &self.word(last))
        {
            found.retain(|f| {
                let w = f.role.title.rsplit(' ').next().unwrap_or("");
                !self.rules.is_cue("role-position-words", w)
            });
        }
        // "Acme Corp economists Jane Roe and Jon Doe".
        if found.is_empty() {
            found.extend(self.plural_title(first, last, start, end));
        }
        if found.is_empty() && first > start && toks[first - 1].is_punct(',') {
            self.title_before_comma(first, last, start, end, &mut found);
        }
        if toks.get(last).is_some_and(|t| t.is_punct(',')) {
            self.apposition(last + 1, end, &mut found);
            // "Jane Roe, MD, a sports medicine physician at X".
            let comma = self.over_post_nominals(last, end);
            if found.is_empty() && comma > last {
                self.apposition(comma + 1, end, &mut found);
            }
        }
        // "Jane Roe -- chief executive of Acme Corp -- said": an
        // apposition between dashes.
        if found.is_empty()
            && let Some((open, close)) = self.dash_pair(last, end)
        {
            self.apposition(open, close, &mut found);
        }
        // "Acme Corp's chief executive – Jane Roe – said": the title before
        // a name between dashes, read as before a name between commas.
        if found.is_empty() && first > start && self.is_dash(first - 1) && self.is_dash(last) {
            self.title_before_comma(first, last, start, end, &mut found);
        }
        // "Jane Roe (chief executive, Acme Corp)": the bracket names the
        // company or none; none is guessed ("Roe (Fed chairman) said").
        if toks.get(last).is_some_and(|t| t.is_punct('(')) {
            let mut bracket = Vec::new();
            self.apposition(last + 1, end, &mut bracket);
            found.extend(bracket.into_iter().map(|mut f| {
                f.guess = false;
                f.anaphor = false;
                f
            }));
        }
        // "By JANE ROE AP Sports Writer", "By Jane Roe - Staff Writer".
        if found.is_empty() {
            found.extend(self.byline_title(first, last, start, end));
        }
        found
    }

    /// After a name ending at `last`: a dash ("-", "--", en or em dash)
    /// and a second one before `end`; returns the token after the first and
    /// the second dash.
    fn dash_pair(&self, last: usize, end: usize) -> Option<(usize, usize)> {
        let is_dash = |k: usize| self.is_dash(k);
        let mut open = last;
        while open < end && is_dash(open) {
            open += 1;
        }
        if open == last {
            return None;
        }
        let close = (open..end).find(|&k| is_dash(k))?;
        (close > open).then_some((open, close))
    }

    /// Whether token `k` is a dash ("-", one of "--", an en or em dash).
    fn is_dash(&self, k: usize) -> bool {
        self.tokens
            .tokens
            .get(k)
            .is_some_and(|t| matches!(t.kind, TokKind::Punct('-' | '\u{2013}' | '\u{2014}')))
    }

    /// The titles right before the name at `first` (after its honorific),
    /// in the sentence from `start`: an abbreviated title ("Sen. Jane Roe",
    /// "Lt. Gov. Jane Roe") and a title before that or before the name
    /// ("police spokesman Sgt. Jane Roe", "analyst Jane Roe").
    fn titles_before(&self, first: usize, start: usize) -> Vec<Found> {
        let toks = &self.tokens.tokens;
        let mut found = Vec::new();
        if let Some(a) = self.abbreviated_title(first, start) {
            found.push(Found {
                role: Role {
                    title: singular_abbreviation(
                        &self.text[toks[a].start..toks[first - 1].end].to_lowercase(),
                    ),
                    org: None,
                },
                guess: false,
                anaphor: false,
            });
            self.premodifier(a, start, &mut found);
        } else {
            self.premodifier(first, start, &mut found);
        }
        found
    }

    /// "said analyst Jane Roe of Acme Corp": the company right after the
    /// name ending at `last` ("of", "at") is the employer of every role in
    /// `found` with none, none is guessed ("analyst Jane Roe of Acme's sale"
    /// is about the sale; "with" is company kept).
    fn employer_after(&self, last: usize, end: usize, found: &mut [Found]) {
        let toks = &self.tokens.tokens;
        if last + 1 < end
            && matches!(self.word(last).as_str(), "of" | "at")
            && let Some(c) = self.company_at[last + 1]
            && toks
                .get(self.mention_from(last + 1).map_or(last + 2, |m| m.last))
                .is_none_or(|t| t.kind != TokKind::Possessive)
        {
            for f in found.iter_mut().filter(|f| f.role.org.is_none()) {
                f.role.org = Some(c);
                f.guess = false;
                f.anaphor = false;
            }
        }
    }

    /// "Acme's chief executive, Jane Roe, said": a title before the comma
    /// before the name at `first..last` counts when the text ties it to a
    /// company ("Acme's") or to a name by a possessive ("Ruritania's
    /// finance minister, Jane Roe,": no company), to a determiner or to the
    /// sentence's opening when the name closes an apposition; else a title
    /// "of" a company or body before the comma.
    fn title_before_comma(
        &self,
        first: usize,
        last: usize,
        start: usize,
        end: usize,
        found: &mut Vec<Found>,
    ) {
        let toks = &self.tokens.tokens;
        let mut before = Vec::new();
        let f = self.premodifier(first - 1, start, &mut before);
        // "Acme's new chief executive, Jane Roe": past "new".
        let f = f.map(|f| self.passing_before(f, start));
        let owned = f.is_some_and(|f| f > start && toks[f - 1].kind == TokKind::Possessive);
        // "the Turkish economics minister, Jane Roe,": a determiner
        // opens the title when the name closes an apposition.
        let det = f
            .filter(|_| self.closes_apposition(last, end))
            .and_then(|f| self.determiner_before(f, start));
        // "Acme Planning Association chief executive, Jane Roe,": a
        // title opening the sentence, after capitalised words only.
        let opens =
            f.is_some_and(|f| self.caps_open(f, start)) && self.closes_apposition(last, end);
        for mut r in before {
            if r.role.org.is_some() || owned || det.is_some() || opens {
                // "his lawyer, Jane Roe": a person's, no company's.
                r.guess &=
                    !det.is_some_and(|d| d == "their" || self.rules.is_cue("other-possessives", d));
                found.push(r);
            }
        }
        if found.is_empty() && self.closes_apposition(last, end) {
            found.extend(
                self.title_of_org_before(first - 1, start)
                    .or_else(|| self.title_of_body_before(first - 1, start)),
            );
        }
    }

    /// The first token of an abbreviated title right before the name at
    /// `first`: one or two listed abbreviations, each with its full stop
    /// ("Sen.", "Lt. Gov.", "Maj. Gen."), after an optional modifier ("Vice
    /// Adm.", "Staff Sgt.", "former Sen.").
    fn abbreviated_title(&self, first: usize, start: usize) -> Option<usize> {
        let toks = &self.tokens.tokens;
        let abbrev = |k: usize| {
            let (w, dot) = (toks[k - 2], toks[k - 1]);
            dot.is_punct('.')
                && w.kind == TokKind::Word
                && w.end == dot.start
                && !w.is_lower(self.text)
                && self.rules.word_class(w.text(self.text)) & ListKind::TitleAbbrev.bit() != 0
        };
        let mut k = first;
        while k >= start + 2 && first - k < 4 && abbrev(k) {
            k -= 2;
        }
        if k == first {
            return None;
        }
        if k > start
            && toks[k - 1].kind == TokKind::Word
            && (self.is_modifier(&self.word(k - 1))
                || matches!(self.word(k - 1).as_str(), "rear" | "staff" | "master"))
        {
            k -= 1;
        }
        Some(k)
    }

    /// Whether only one to four capitalised words that name no person
    /// stand between the sentence start `start` and a title at `f` (or none).
    fn caps_open(&self, f: usize, start: usize) -> bool {
        let toks = &self.tokens.tokens;
        let mut k = f;
        while k > start
            && f - k < 4
            && self.is_capitalised(k - 1)
            && self.person_at[k - 1].is_none()
        {
            k -= 1;
        }
        // "But last week, Argentine Economy Minister, Jane Roe,": after a
        // comma that follows no name.
        k == start
            || (k > start + 1
                && toks[k - 1].is_punct(',')
                && self.person_at[k - 2].is_none()
                && self.company_at[k - 2].is_none())
    }

    /// After a name ending at `k`: the token after the full stop of a
    /// closing "Jr." or "Sr." ("Jane Roe Jr., chairman of X", "Jane Roe
    /// Sr., who founded X"), else `k`. Not after a lone "Jr" (a name cut
    /// before it: "James T. McAfee Jr.").
    fn over_suffix_stop(&self, k: usize, end: usize) -> usize {
        let toks = &self.tokens.tokens;
        let stop = k > 1
            && k + 1 < end
            && toks[k].is_punct('.')
            && toks[k - 1].end == toks[k].start
            && matches!(self.word(k - 1).as_str(), "jr" | "sr")
            && self.person_at[k - 1].is_some()
            && self.person_at[k - 2] == self.person_at[k - 1];
        k + usize::from(stop)
    }

    /// After a name and its comma at `comma`: the comma closing a run of
    /// post-nominal letters, each capitalised and followed by a comma
    /// ("Jane Roe, MD, FACS, chief of surgery": the comma after "FACS"),
    /// else `comma`.
    fn over_post_nominals(&self, comma: usize, end: usize) -> usize {
        let toks = &self.tokens.tokens;
        let mut c = comma;
        while let Some(k) = self.post_nominal_end(c + 1, end) {
            if !toks[k].is_punct(',') {
                break;
            }
            c = k;
        }
        c
    }

    /// The token after post-nominal letters written from `i` ("MD", "M.D.",
    /// "R.N."): a capitalised word and the words and full stops touching
    /// it, whose letters are on the `role-post-nominals` list.
    fn post_nominal_end(&self, i: usize, end: usize) -> Option<usize> {
        let toks = &self.tokens.tokens;
        if i >= end || toks[i].kind != TokKind::Word || !toks[i].is_cap(self.text) {
            return None;
        }
        let mut k = i + 1;
        while k < end
            && toks[k].start == toks[k - 1].end
            && (toks[k].kind == TokKind::Word || toks[k].is_punct('.'))
        {
            k += 1;
        }
        let letters = &self.text[toks[i].start..toks[k - 1].end];
        (k < end && self.rules.is_cue_undotted("role-post-nominals", letters)).then_some(k)
    }

    /// The person whose mention ends right before token `k` (past the stop
    /// of "Jr." as [`Reader::over_suffix_stop`] reads it).
    fn person_closing(&self, k: usize) -> Option<usize> {
        let k = if k >= 2 && self.over_suffix_stop(k - 1, k + 1) == k {
            k - 1
        } else {
            k
        };
        self.person_at[k - 1]
    }

    /// Whether the name ending at `last` closes an apposition: a comma, full
    /// stop, closing bracket or dash follows, or the sentence ends.
    fn closes_apposition(&self, last: usize, end: usize) -> bool {
        let toks = &self.tokens.tokens;
        last >= end
            || toks[last].is_punct(',')
            || toks[last].is_punct('.')
            || toks[last].is_punct(')')
            || self.is_dash(last)
    }

    /// The determiner before a title starting at `f`, past up to three
    /// capitalised words that are no name ("the Turkish economics
    /// minister", "A US record executive").
    fn determiner_before(&self, f: usize, start: usize) -> Option<&'static str> {
        let toks = &self.tokens.tokens;
        let mut k = f;
        while k > start
            && f - k < 3
            && toks[k - 1].kind == TokKind::Word
            && !toks[k - 1].is_lower(self.text)
            && self.person_at[k - 1].is_none()
            && self.company_at[k - 1].is_none()
            && !matches!(
                self.word(k - 1).as_str(),
                "the" | "a" | "an" | "his" | "her" | "its" | "their"
            )
        {
            k -= 1;
        }
        let k = k.checked_sub(1).filter(|&k| k >= start)?;
        ["the", "a", "an", "his", "her", "its", "their"]
            .into_iter()
            .find(|d| self.word(k) == *d)
    }

    /// "The chief executive of Acme Corp, Jane Roe,": a title of a company
    /// written before the comma at `comma`, after a determiner or at the
    /// sentence start.
    fn title_of_org_before(&self, comma: usize, start: usize) -> Option<Found> {
        let Some(org) = self.company_at[comma.checked_sub(1)?] else {
            return self.title_of_body_before(comma, start);
        };
        let mut m = comma - 1;
        while m > start && self.company_at[m - 1] == Some(org) {
            m -= 1;
        }
        let mut of = m.checked_sub(1).filter(|&k| k > start)?;
        if self.word(of) == "the" {
            of = of.checked_sub(1).filter(|&k| k > start)?;
        }
        if !matches!(self.word(of).as_str(), "of" | "at" | "for") {
            return None;
        }
        let mut before = Vec::new();
        let f = self.premodifier_to(of, of, start, &mut before)?;
        if !self.opens_title_of(f, start) {
            return None;
        }
        let mut found = before.pop()?;
        found.role.org = Some(org);
        Some(found)
    }

    /// Whether a title of a body starting at `f` opens its phrase: after a
    /// determiner, past "new" ("the new chairman of Acme Corp, Jane Roe,"),
    /// or after capitalised words opening the sentence ("Mexican minister of
    /// energy, Jane Roe,").
    fn opens_title_of(&self, f: usize, start: usize) -> bool {
        f == start
            || self
                .determiner_before(self.passing_before(f, start), start)
                .is_some()
            || self.caps_open(f, start)
    }

    /// "The chairman of the Ruritania Monetary Board, Jane Roe,", "the head
    /// of Acme Corp's debt division, Jane Roe,": a title after a determiner
    /// and before "of"/"at"/"for" and a phrase that closes at the comma at
    /// `comma` (at most ten tokens, no clause word). The org is the phrase's
    /// last company; with none, no company is guessed.
    fn title_of_body_before(&self, comma: usize, start: usize) -> Option<Found> {
        let toks = &self.tokens.tokens;
        // "the head of fixed income sales at Acme Corp, Jane Roe,": the "of"
        // nearest the comma that has a title before it.
        let mut before = Vec::new();
        let (of, f) = (comma.saturating_sub(11).max(start + 1)..comma.saturating_sub(1))
            .rev()
            .take_while(|&k| {
                !toks[k].is_punct(',')
                    && self.person_at[k].is_none()
                    && self.rules.word_class(&self.word(k)) & ListKind::ClauseWord.bit() == 0
            })
            .filter(|&k| matches!(self.word(k).as_str(), "of" | "at" | "for"))
            .find_map(|k| Some((k, self.premodifier_to(k, k, start, &mut before)?)))?;
        if !self.opens_title_of(f, start) {
            return None;
        }
        let mut found = before.pop()?;
        let org = (of + 1..comma).rev().find_map(|k| self.company_at[k]);
        found.role.org = org.or(found.role.org);
        found.guess = false;
        Some(found)
    }

    /// Titles given by verbs: "appointed Jane Roe chief financial officer",
    /// "named her chief executive", "Jane Roe was named president of X",
    /// "became chairman"; and founders: "Jane Roe, who co-founded X", "X,
    /// founded by Jane Roe". Returns (person, token, role).
    fn verb_roles(&self) -> Vec<(usize, usize, Found)> {
        let mut out = Vec::new();
        let verbs = self.rules.role_verbs();
        for i in 0..self.tokens.tokens.len() {
            let token = &self.tokens.tokens[i];
            if token.kind != TokKind::Word || !verbs.may_be(token.text(self.text)) {
                continue;
            }
            match verbs.kind(&self.word(i)) {
                Some(RoleVerb::Appointing) => {
                    out.extend(self.appointment(i).map(|(p, f)| (p, i, f)));
                }
                Some(RoleVerb::Serving) => out.extend(self.serving(i).map(|(p, f)| (p, i, f))),
                Some(RoleVerb::Copula) => out.extend(self.copula(i).map(|(p, f)| (p, i, f))),
                Some(RoleVerb::Founding) => self.founding(i, &mut out),
                Some(RoleVerb::Heading) => out.extend(self.heading(i).map(|(p, f)| (p, i, f))),
                Some(RoleVerb::Succeeding) => self.succeeding(i, &mut out),
                None => {}
            }
        }
        out
    }

    /// The person the pronoun at `i` stands for: the last person named in
    /// this sentence or the two before.
    fn person_before(&self, i: usize) -> Option<usize> {
        let s = self.tokens.sentence_of[i];
        let lo = self.tokens.sentences[s.saturating_sub(2)].first;
        (lo..i).rev().find_map(|k| self.person_at[k])
    }

    /// The person a verb at `i` is said of: the mention right before it,
    /// over auxiliaries and ", who" ("Jane Roe, who has been named"), or
    /// with `pronouns` the person "he"/"she" stands for.
    fn person_ending(&self, i: usize, pronouns: bool) -> Option<usize> {
        let start = self.tokens.sentences[self.tokens.sentence_of[i]].first;
        let mut k = i;
        while k > start
            && (self.rules.is_cue("role-auxiliaries", &self.word(k - 1))
                || self.tokens.tokens[k - 1].is_punct(','))
        {
            k -= 1;
        }
        if k == i || k == start {
            return (k > start).then(|| self.person_closing(k)).flatten();
        }
        match self.word(k - 1).as_str() {
            "he" | "she" if pronouns => self.person_before(k - 1),
            _ => self
                .person_closing(k)
                .or_else(|| self.person_before_apposition(k, start)),
        }
    }

    /// "Jane Roe, general manager of Acme Corp's plant, was named", "Jane
    /// Roe, who joined Acme Corp in 2015, serves as": when the comma at `k`
    /// closes an apposition, the person right before the comma that opens
    /// it (at most 16 tokens before).
    fn person_before_apposition(&self, k: usize, start: usize) -> Option<usize> {
        let toks = &self.tokens.tokens;
        if !toks[k].is_punct(',') {
            return None;
        }
        let lo = k.saturating_sub(16).max(start + 1);
        let open = (lo..k).rev().find(|&c| toks[c].is_punct(','))?;
        self.person_closing(open)
    }

    /// "appointed Jane Roe [as] chief executive [of X]", "named him CFO",
    /// "Jane Roe was named president", "became chairman": the person and the
    /// role the verb at `i` gives.
    fn appointment(&self, i: usize) -> Option<(usize, Found)> {
        let end = self.tokens.sentences[self.tokens.sentence_of[i]].last;
        let passive = i > 0
            && (self.rules.is_cue("role-becoming-verbs", &self.word(i))
                || matches!(
                    self.word(i - 1).as_str(),
                    "was" | "is" | "been" | "be" | "were"
                ));
        let (person, mut k) = if passive {
            (self.person_ending(i, true)?, i + 1)
        } else if i + 1 < end && matches!(self.word(i + 1).as_str(), "him" | "her") {
            (self.person_before(i)?, i + 2)
        } else {
            let p = self.person_at.get(i + 1).copied().flatten()?;
            let m = self.mention_from(i + 1)?;
            (p, self.over_apposition(m.last, end))
        };
        // "as chief executive", "promoted Jane Roe to president".
        if k < end && matches!(self.word(k).as_str(), "as" | "to") {
            k += 1;
        }
        // "was named Acme Corp's chief executive", "the company's".
        let o = self.owned_start(k, end);
        let (f, l) = self.free_title_phrase(o.k, end)?;
        let mut found = self.owned_found(f, l, end, &o);
        // "Acme Corp has appointed": the appointing company; "Acme Corp
        // said its board elected Jane Roe as its chairman": the one "its"
        // stands for.
        if found.role.org.is_none() && !passive && !o.anaphor {
            let lo = i.saturating_sub(3);
            found.role.org = (lo..i).rev().find_map(|j| self.company_at[j]);
        }
        let start = self.tokens.sentences[self.tokens.sentence_of[i]].first;
        self.its_fallback(&mut found, &o, start, i);
        Some((person, found))
    }

    /// The first token and the end (exclusive) of the sentence holding token `i`.
    fn sentence_around(&self, i: usize) -> (usize, usize) {
        let sent = &self.tokens.sentences[self.tokens.sentence_of[i]];
        (sent.first, sent.last)
    }

    /// "Jane Roe, who will stay on as its president", "who works as a
    /// cabin cleaner", "joined Acme Corp as chief executive": the person
    /// before the verb at `i` and the title after "as"; the company is the
    /// one the title names, else the one between verb and "as", else the
    /// one "its" stands for.
    fn serving(&self, i: usize) -> Option<(usize, Found)> {
        let (start, end) = self.sentence_around(i);
        let mut k = i + 1;
        // "took over as chief executive": "take" only with "over".
        if self.rules.is_cue("role-taking-verbs", &self.word(i)) {
            if k >= end || self.word(k) != "over" {
                return None;
            }
            k += 1;
        } else if k < end && matches!(self.word(k).as_str(), "on" | "down" | "in") {
            k += 1;
        }
        if k + 1 < end && matches!(self.word(k).as_str(), "at" | "for" | "from") {
            k += 1;
        }
        let between = self.company_at.get(k).copied().flatten();
        // "has joined the company as managing director": the company "the
        // company" stands for.
        let the_noun = between.is_none() && self.the_company_noun_before_as(k, end);
        if between.is_some() {
            k = self.company_end(k);
        } else if the_noun {
            k += 2;
        }
        // "joined Acme Corp in 2019 as", "joined the bank last year as",
        // "resigned yesterday as", "will retire April 21 as".
        k = self.over_time(k, end);
        // "Jane Roe will remain chairman": no "as" after "remain" or "stay"
        // (the `role-bare-serving-verbs` list).
        let bare = k == i + 1 && self.rules.is_cue("role-bare-serving-verbs", &self.word(i));
        if k < end && self.word(k) == "as" {
            k += 1;
        } else if !bare {
            return None;
        }
        // "as Acme Corp's president", "as the company's president".
        let o = self.owned_start(k, end);
        let (f, l) = self.free_title_phrase(o.k, end)?;
        // "as the president's top aide": the title is another's.
        if self.is_possessive(l) {
            return None;
        }
        let person = self.person_ending(i, false)?;
        let mut found = self.owned_found(f, l, end, &o);
        found.anaphor |= the_noun && found.role.org.is_none();
        if found.role.org.is_none() && !found.anaphor {
            found.role.org = between;
            self.its_fallback(&mut found, &o, start, i);
        }
        Some((person, found))
    }

    /// "Jane Roe is a senior analyst at X", "Jane Roe, who is currently
    /// chairman of X", "Jane Roe is to be president": the person right
    /// before the copula at `i` (no pronoun) and the title after it. No
    /// title when the phrase is a possessive ("is the chairman's son") or
    /// comes before a name.
    fn copula(&self, i: usize) -> Option<(usize, Found)> {
        let (start, end) = self.sentence_around(i);
        let mut k = i + 1;
        while k < end
            && matches!(
                self.word(k).as_str(),
                "currently" | "now" | "also" | "still" | "previously" | "formerly" | "once"
            )
        {
            k += 1;
        }
        // "is no longer president": a title held before.
        if k + 1 < end && self.word(k) == "no" && self.word(k + 1) == "longer" {
            k += 2;
        }
        // "is Acme Corp's chief executive", "is the company's new chairman".
        let o = self.owned_start(k, end);
        let (f, l, named) = self.appositive_title(o.k, end)?;
        if self.position_misread(f, l, end) {
            return None;
        }
        // "is President Jon Roe's brother": the title is the next person's.
        let toks = &self.tokens.tokens;
        if toks.get(l).is_some_and(|t| t.kind == TokKind::Possessive)
            || self.person_at.get(l).copied().flatten().is_some()
        {
            return None;
        }
        // "is to be": the person before "is".
        let verb = if i >= start + 2 && self.word(i) == "be" && self.word(i - 1) == "to" {
            i - 2
        } else {
            i
        };
        let person = self.person_ending(verb, false)?;
        let mut found = self.owned_found(f, l, end, &o);
        found.guess &= !named;
        self.its_fallback(&mut found, &o, start, i);
        Some((person, found))
    }

    /// After a name ending at `k`: the token after an apposition that
    /// leads to "as" ("appointed Jane Roe, a former Acme Corp finance
    /// director, as its chief financial officer"), else `k`.
    fn over_apposition(&self, k: usize, end: usize) -> usize {
        let toks = &self.tokens.tokens;
        if !toks.get(k).is_some_and(|t| t.is_punct(',')) {
            return k;
        }
        let lim = end.min(k + 14);
        (k + 1..lim)
            .find(|&c| toks[c].is_punct(','))
            .filter(|&c| c + 1 < end && self.word(c + 1) == "as")
            .map_or(k, |c| c + 1)
    }

    /// "Jane Roe, who co-founded X" (co-founder of X) and "X, founded by
    /// Jane Roe and John Doe" (founders of X) around the verb at `i`.
    fn founding(&self, i: usize, out: &mut Vec<(usize, usize, Found)>) {
        let title = if self.word(i).starts_with("co") {
            "co-founder"
        } else {
            "founder"
        };
        let end = self.tokens.sentences[self.tokens.sentence_of[i]].last;
        if let Some(by) = self.by_after_founding(i, end) {
            let start = self.tokens.sentences[self.tokens.sentence_of[i]].first;
            let lo = i.saturating_sub(5).max(start);
            let org = (lo..i).rev().find_map(|j| self.company_at[j]);
            let mut k = by + 1;
            while let Some(p) = self.person_at.get(k).copied().flatten() {
                out.push((p, k, Found::new(title.into(), org)));
                let Some(m) = self.mention_from(k) else {
                    return;
                };
                k = m.last;
                if k + 1 < end && matches!(self.word(k).as_str(), "and" | ",") {
                    k += 1;
                } else {
                    return;
                }
            }
            return;
        }
        let mut k = i + 1;
        if k < end && self.word(k) == "the" {
            k += 1;
        }
        if let Some(org) = self.company_at.get(k).copied().flatten()
            && let Some(p) = self.person_ending(i, true)
        {
            out.push((p, i, Found::new(title.into(), Some(org))));
        }
    }

    /// The "by" of "founded by", right after the verb at `i` or after a
    /// date between them ("founded in 2009 by", "founded in March 2009 by"):
    /// "in" and up to two words that are numbers or capitalised (a month).
    fn by_after_founding(&self, i: usize, end: usize) -> Option<usize> {
        let mut k = i + 1;
        if k < end && self.word(k) == "in" {
            k += 1;
            let date_word = |t: usize| {
                let w = self.tokens.tokens[t].text(self.text);
                w.starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase())
            };
            let mut n = 0;
            while n < 2 && k < end && date_word(k) {
                k += 1;
                n += 1;
            }
            if n == 0 {
                return None;
            }
        }
        (k < end && self.word(k) == "by").then_some(k)
    }

    /// The distinct company entities of tokens `start..end`, sorted.
    fn companies_in(&self, start: usize, end: usize) -> Vec<usize> {
        let mut companies: Vec<usize> = self.company_at[start..end]
            .iter()
            .flatten()
            .copied()
            .collect();
        companies.sort_unstable();
        companies.dedup();
        companies
    }

    /// Whether a title ends in a word that only the roles-only lists hold
    /// ("leader", "author", "consultant"): an occupation, that takes no
    /// company by guess. A hyphenated last word counts by its last part
    /// ("co-chairman", "actor-director"), or whole when that part is on no
    /// list ("scrum-half", "full-back").
    fn is_general(&self, title: &str) -> bool {
        let last = title.rsplit(' ').next().unwrap_or(title);
        let part = last.rsplit('-').next().unwrap_or(last);
        let class = match self.rules.word_class(part) {
            0 => self.rules.word_class(last),
            c => c,
        };
        class & ListKind::RoleTitle.bit() != 0 && class & ListKind::Title.bit() == 0
    }

    /// Whether a title's last word names an observer from outside the
    /// company ("analyst", "economist", "investor" of
    /// rules/roles-observer-titles.txt): it takes no company by guess.
    fn is_observer(&self, title: &str) -> bool {
        let last = title.rsplit([' ', '-']).next().unwrap_or(title);
        self.rules.is_cue("role-observer-titles", last)
    }

    /// Whether a title is a public one ("minister", "senator"): it takes no
    /// company by guess.
    fn is_public(&self, title: &str) -> bool {
        title
            .split([' ', '-'])
            .any(|w| self.rules.word_class(w) & ListKind::PublicTitle.bit() != 0)
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
#[cfg(test)]
mod tests {
    use crate::{Article, Extractor, Rules};

    /// (person, title, org) of every role in `text`.
    pub(super) fn roles(text: &str) -> Vec<(String, String, Option<String>)> {
        let extractor = Extractor::new(Rules::default_rules().unwrap());
        let r = extractor.extract(&Article::from_text("t", "", text));
        r.entities
            .into_iter()
            .flat_map(|e| {
                let name = e.name.clone();
                e.roles
                    .into_iter()
                    .flatten()
                    .map(move |r| (name.clone(), r.title, r.org))
            })
            .collect()
    }

    pub(super) fn role(p: &str, t: &str, o: Option<&str>) -> (String, String, Option<String>) {
        (p.into(), t.into(), o.map(String::from))
    }

    #[test]
    fn only_one_entity_in_the_slots() {
        use super::only_one;
        assert_eq!(only_one(&[None, Some(2), Some(2), None]), Some(2));
        assert_eq!(only_one(&[Some(1), None, Some(2)]), None);
        assert_eq!(only_one(&[None, None]), None);
        assert_eq!(only_one(&[]), None);
    }

    #[test]
    fn a_name_ending_in_jr_keeps_its_apposition_and_clause() {
        let got = roles(
            "Story\n\nThe sale was led by Dorvan Pellick Jr., chairman of Brenhall Corp. \
             Ada Brun Sr., who co-founded Quillet Inc, did not comment.",
        );
        assert!(
            got.contains(&role(
                "Dorvan Pellick Jr",
                "chairman",
                Some("Brenhall Corp")
            )),
            "{got:?}"
        );
        assert!(
            got.contains(&role("Ada Brun Sr", "co-founder", Some("Quillet Inc"))),
            "{got:?}"
        );
        // "Jr." with no apposition after it gives nothing.
        let none = roles("Story\n\nDorvan Pellick Jr. met Brenhall Corp staff in May.");
        assert!(none.iter().all(|r| r.0 != "Dorvan Pellick Jr"), "{none:?}");
    }

    #[test]
    fn post_nominal_letters_between_name_and_apposition_are_passed_over() {
        let got = roles(
            "Story\n\nThe unit is led by Maria Tenbrook, MD, FACS, chief of surgery at \
             Veltrina Health Group. \"It works,\" said David Quellet, PhD, director of \
             research at Pravell Labs Inc.",
        );
        assert!(
            got.contains(&role(
                "Maria Tenbrook",
                "chief of surgery",
                Some("Veltrina Health Group")
            )),
            "{got:?}"
        );
        assert!(
            got.contains(&role(
                "David Quellet",
                "director of research",
                Some("Pravell Labs Inc")
            )),
            "{got:?}"
        );
        // Letters with no apposition after them give nothing.
        let none = roles("Story\n\nLinda Ondrick, MD, met Veltrina Health Group staff.");
        assert!(none.is_empty(), "{none:?}");
    }

    #[test]
    fn listed_participles_stand_in_a_title() {
        let got = roles(
            "Story\n\nThe plan was made by Maria Penwright, a registered nurse at \
             Harlow Clinics Inc, and David Orrell, a retired lawyer for the county.",
        );
        assert!(
            got.contains(&role(
                "Maria Penwright",
                "registered nurse",
                Some("Harlow Clinics Inc")
            )),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|r| r.0 == "David Orrell" && r.1 == "retired lawyer"),
            "{got:?}"
        );
        // Other "-ed" words stay verbs: "Jane Roe, named director".
        let none = roles("Story\n\nLinda Crane, who retired in May, met Harlow Clinics Inc staff.");
        assert!(none.is_empty(), "{none:?}");
    }

    #[test]
    fn a_title_of_epithets_alone_is_no_role() {
        let got = roles(
            "Story\n\nBillionaire James Vellacourt and casino mogul Thomas Lintrope \
             met Hollywood star Laura Marrow.",
        );
        assert_eq!(got, [role("Thomas Lintrope", "casino mogul", None)]);
    }

    #[test]
    fn a_company_noun_opens_a_title_in_apposition() {
        let got = roles(
            "Story\n\n\"Fares will rise,\" said Jon Lestra, an airline analyst at Brenhall Corp.\n\n\
             Ada Brun, company spokesman, said Quillet Inc had no plans.",
        );
        assert!(
            got.contains(&role(
                "Jon Lestra",
                "airline analyst",
                Some("Brenhall Corp")
            )),
            "{got:?}"
        );
        assert!(
            got.contains(&role("Ada Brun", "company spokesman", Some("Quillet Inc"))),
            "{got:?}"
        );
        // No title after the noun: no role ("a company insider").
        let none = roles("Story\n\nAda Brun, a company insider, said Quillet Inc had no plans.");
        assert!(none.is_empty(), "{none:?}");
    }

    #[test]
    fn the_verb_shape_test_turns_away_no_verb() {
        let rules = Rules::default_rules().unwrap();
        let verbs = rules.role_verbs();
        assert!(verbs.kind("appointed").is_some() && verbs.kind("succeeded").is_some());
        let listed = verbs.kinds.keys().map(String::as_str);
        let cased = listed.clone().map(str::to_uppercase);
        for w in listed.map(String::from).chain(cased) {
            assert!(verbs.may_be(&w), "{w}");
        }
        for w in [
            "Zorblat",
            "x",
            "",
            "acquisitions",
            "NAMED",
            "Kelvin\u{212A}",
        ] {
            let kind = verbs.kind(&w.to_lowercase());
            assert!(kind.is_none() || verbs.may_be(w), "{w}");
        }
        assert!(!verbs.may_be("Zorblat"));
        // The first letter and length of "stay" and "is", not the last.
        assert!(!verbs.may_be("said") && !verbs.may_be("In"));
        assert!(verbs.may_be("\u{212A}"), "non-ASCII: always looked up");
    }

    #[test]
    fn an_abbreviated_title_before_the_name_is_the_title() {
        let got = roles("Sen. Jane Roe, a member of the committee, spoke.");
        assert_eq!(
            got,
            [
                role("Jane Roe", "sen.", None),
                role("Jane Roe", "member", None)
            ]
        );
        let got = roles("Acme Corp agreed, Lt. Gov. Jon Doe said.");
        assert_eq!(got, [role("Jon Doe", "lt. gov.", None)]);
        let got = roles("Sens. Ann Poe and Jon Doe agreed.");
        assert_eq!(got[0], role("Ann Poe", "sen.", None));
    }

    #[test]
    fn roles_only_titles_give_roles_and_take_no_guessed_company() {
        let got = roles("Acme Corp said sales rose, said coach Jane Roe.");
        assert_eq!(got, [role("Jane Roe", "coach", None)]);
        let got = roles("Jon Doe, a consultant at Acme Corp, said so.");
        assert_eq!(got, [role("Jon Doe", "consultant", Some("Acme Corp"))]);
    }

    #[test]
    fn a_general_word_beside_a_job_title_is_no_second_role() {
        let got = roles("Acme Corp chairman Jon Doe, a keen author, said so.");
        assert_eq!(got, [role("Jon Doe", "chairman", Some("Acme Corp"))]);
        let got = roles("Acme Corp grew. The company's leader Jon Doe said so.");
        assert_eq!(got, [role("Jon Doe", "leader", Some("Acme Corp"))]);
    }

    #[test]
    fn a_title_after_a_determiner_before_the_name() {
        let got = roles("The Turkish economics minister, Jon Doe, said so.");
        assert_eq!(got, [role("Jon Doe", "economics minister", None)]);
        let got = roles("Acme Corp grew, the chief executive, Jane Roe, said.");
        assert_eq!(
            got,
            [role("Jane Roe", "chief executive", Some("Acme Corp"))]
        );
        let got = roles("Acme Corp sued him, but his lawyer, Jane Roe, said no.");
        assert_eq!(got, [role("Jane Roe", "lawyer", None)]);
        // A clause, not an apposition: "met the chairman, Jon Doe said".
        let got = roles("When Acme Corp met the chairman, Jon Doe said no.");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_company_after_the_name_is_the_employer() {
        let got = roles("Zeta Corp grew, said analyst Jane Roe of Acme Securities Inc.");
        assert_eq!(
            got,
            [role("Jane Roe", "analyst", Some("Acme Securities Inc"))]
        );
        // Not a possessive after "of" (and an analyst takes no guessed
        // company), nor "with".
        let got = roles("Zeta Corp grew, said analyst Jane Roe of Acme Corp's sale.");
        assert_eq!(got, [role("Jane Roe", "analyst", None)]);
        let got = roles("Zeta Corp got a bid by chairman Jon Doe with Acme Corp.");
        assert_eq!(got, [role("Jon Doe", "chairman", Some("Zeta Corp"))]);
    }

    #[test]
    fn a_title_of_a_company_before_the_name() {
        let got = roles("The chief executive of Acme Corp, Jane Roe, said so.");
        assert_eq!(
            got,
            [role("Jane Roe", "chief executive", Some("Acme Corp"))]
        );
        let got = roles("A spokesman for Acme Corp, Jon Doe, declined to comment.");
        assert_eq!(got, [role("Jon Doe", "spokesman", Some("Acme Corp"))]);
    }

    #[test]
    fn roles_only_titles_are_no_titles_to_the_spotters() {
        let rules = crate::Rules::default_rules().unwrap();
        let class = rules.word_class("coach");
        assert_ne!(class & crate::rules::ListKind::RoleTitle.bit(), 0);
        assert_eq!(class & crate::rules::ListKind::Title.bit(), 0);
    }

    #[test]
    fn two_roles_in_one_apposition() {
        let got = roles("Ding Lei, co-founder of LeEco Super Car and Global VP of LeEco, said so.");
        assert!(
            got.contains(&role("Ding Lei", "co-founder", Some("LeEco Super Car"))),
            "{got:?}"
        );
        assert!(
            got.contains(&role("Ding Lei", "global vp", Some("LeEco"))),
            "{got:?}"
        );
    }

    #[test]
    fn hyphenated_prefixes_make_titles() {
        let got = roles("Jane Roe, senior vice-president of Acme Corp, said so.");
        assert_eq!(
            got,
            [role("Jane Roe", "senior vice-president", Some("Acme Corp"))]
        );
        let got = roles("Acme Corp co-chairman Jon Doe said so.");
        assert_eq!(got, [role("Jon Doe", "co-chairman", Some("Acme Corp"))]);
        // A prefix before a word that is no title gives none.
        let got = roles("Acme Corp ex-wife Jane Roe said so.");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_title_joined_by_and_before_free_words_is_kept() {
        let got = roles("Acclaimed singer and animal welfare campaigner Jane Roe spoke.");
        assert_eq!(
            got,
            [role(
                "Jane Roe",
                "singer and animal welfare campaigner",
                None
            )]
        );
        // A word before "and" that is no title, or a capitalised one (a
        // stage name), stays out.
        let got = roles("Dogs and animal welfare campaigner Jane Roe spoke.");
        assert_eq!(got, [role("Jane Roe", "animal welfare campaigner", None)]);
        let got = roles("Billy the Singer and animal welfare campaigner Jane Roe spoke.");
        assert_eq!(got, [role("Jane Roe", "animal welfare campaigner", None)]);
        // The first title keeps its free words.
        let got = roles("Vineyard owner and property developer Jane Roe spoke.");
        assert_eq!(
            got,
            [role(
                "Jane Roe",
                "vineyard owner and property developer",
                None
            )]
        );
    }

    #[test]
    fn a_company_name_s_last_word_is_not_part_of_the_title() {
        let got = roles("Acme Media Group chief executive Jane Roe said so.");
        assert_eq!(
            got,
            [role(
                "Jane Roe",
                "chief executive",
                Some("Acme Media Group")
            )]
        );
        let got = roles("Zeta Tools Co chairman Jon Doe said so.");
        assert_eq!(got, [role("Jon Doe", "chairman", Some("Zeta Tools Co"))]);
        // A title word after the whole name stays: "group treasurer".
        let got = roles("Acme Corp group treasurer Ann Poe said so.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1, "group treasurer");
    }

    #[test]
    fn an_honorific_may_stand_between_title_and_name() {
        let got = roles("Acme Corp research director Dr Jane Roe said so.");
        assert_eq!(
            got,
            [role("Jane Roe", "research director", Some("Acme Corp"))]
        );
    }

    #[test]
    fn a_possessive_name_owns_the_title_and_no_company_is_guessed() {
        let got =
            roles("Jon Doe, the Ruritania Institute's senior economist, said Acme Corp grew.");
        assert_eq!(got, [role("Jon Doe", "senior economist", None)]);
        let got = roles("Ruritania's finance minister, Jon Doe, said Acme Corp grew.");
        assert_eq!(got, [role("Jon Doe", "finance minister", None)]);
    }

    #[test]
    fn a_copula_gives_a_title() {
        let got = roles("Jane Roe is a senior analyst at Acme Corp.");
        assert_eq!(got, [role("Jane Roe", "senior analyst", Some("Acme Corp"))]);
        let got = roles("Jon Doe, who is currently chief operating officer of Acme Corp, agreed.");
        assert_eq!(
            got,
            [role(
                "Jon Doe",
                "chief operating officer",
                Some("Acme Corp")
            )]
        );
        // The title of the next person, or a possessive, is none of hers.
        let got = roles("Jane Roe is the chief executive's daughter.");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_copula_gives_no_judgement_and_reads_past_no_longer() {
        let got = roles("Jon Doe said Jane Roe was a good prime minister.");
        assert!(got.iter().all(|r| r.1 != "good prime minister"), "{got:?}");
        let got = roles("Jane Roe is no longer president of Acme Corp.");
        assert_eq!(got, [role("Jane Roe", "president", Some("Acme Corp"))]);
    }

    #[test]
    fn a_unit_named_after_its_parent_s_possessive_is_the_employer() {
        let got = roles("Jane Roe was president of Acme Corp's Zeta Tools Inc.");
        assert_eq!(got, [role("Jane Roe", "president", Some("Zeta Tools Inc"))]);
    }

    #[test]
    fn a_name_after_the_and_an_adjective_is_no_company_of_the_sentence() {
        let got = roles(
            "Jane Roe was chief executive of the old Ruritania Institute, which sold assets to Acme Corp.",
        );
        assert_eq!(got, [role("Jane Roe", "chief executive", None)]);
    }

    #[test]
    fn free_words_between_title_words() {
        let got = roles("Jane Roe, Acme Corp's chief strategy officer, said so.");
        assert_eq!(
            got,
            [role(
                "Jane Roe",
                "chief strategy officer",
                Some("Acme Corp")
            )]
        );
    }

    #[test]
    fn the_company_s_title_is_the_main_company_s() {
        let got = roles(
            "Acme Corp cut jobs. Sales fell, said Jane Roe, the company's chief financial officer.",
        );
        assert_eq!(
            got,
            [role(
                "Jane Roe",
                "chief financial officer",
                Some("Acme Corp")
            )]
        );
    }

    #[test]
    fn leaving_a_post_gives_its_title() {
        let got = roles("Acme Corp said Jane Roe has stepped down as chairman.");
        assert_eq!(got, [role("Jane Roe", "chairman", Some("Acme Corp"))]);
        let got = roles("Jon Doe resigned from Acme Corp as chief executive.");
        assert_eq!(got, [role("Jon Doe", "chief executive", Some("Acme Corp"))]);
    }

    #[test]
    fn a_company_before_the_title_is_the_employer() {
        let got = roles("Acme Corp spokesman Frank Cronin said the plants stopped.");
        assert_eq!(got, [role("Frank Cronin", "spokesman", Some("Acme Corp"))]);
    }

    #[test]
    fn its_chairman_works_for_the_subject_and_shares_it() {
        let got = roles(
            "Brandt Oil Co said its chairman Henry Orwin and chief executive officer Ruth Orwin had both stepped down.",
        );
        assert!(
            got.contains(&role("Henry Orwin", "chairman", Some("Brandt Oil Co"))),
            "{got:?}"
        );
        assert!(
            got.contains(&role(
                "Ruth Orwin",
                "chief executive officer",
                Some("Brandt Oil Co")
            )),
            "{got:?}"
        );
    }

    #[test]
    fn an_acronym_opening_the_sentence_owns_the_title() {
        let got =
            roles("FTU president Orla Dembrook said the union would study the Acme Corp deal.");
        assert_eq!(got, [role("Orla Dembrook", "president", None)]);
        let got = roles("Chief executive Jane Roe said Acme Corp expected more sales.");
        assert_eq!(
            got,
            [role("Jane Roe", "chief executive", Some("Acme Corp"))]
        );
    }

    #[test]
    fn a_public_title_takes_no_company_by_guess() {
        let got = roles("Acme Corp will close the plant, said union leader Vincenzo Rossi.");
        assert_eq!(got, [role("Vincenzo Rossi", "union leader", None)]);
    }

    #[test]
    fn a_title_before_a_comma_tied_to_a_company_is_a_role() {
        let got =
            roles("Sales rose, and Acme Corp's chief executive, Jane Roe, said demand was strong.");
        assert!(
            got.contains(&role("Jane Roe", "chief executive", Some("Acme Corp"))),
            "{got:?}"
        );
        let got = roles(
            "Sales rose in the quarter, and the former chief executive, Jane Roe, said demand was strong.",
        );
        assert!(
            got.iter()
                .all(|r| r.2.is_none() || r.1 != "chief executive"),
            "{got:?}"
        );
    }

    #[test]
    fn a_title_of_a_department_of_a_company_keeps_the_department() {
        let got =
            roles("Jane Roe, general manager of research and planning of Acme Corp, said so.");
        assert_eq!(
            got,
            [role(
                "Jane Roe",
                "general manager of research and planning",
                Some("Acme Corp")
            )]
        );
    }

    #[test]
    fn a_title_tied_to_another_body_takes_no_guessed_company() {
        let text = "Corvane Inc said Jon Doe will be president of the new company. \
            Corvane Inc said Jane Roe will stay treasurer of the company. \
            Ada Pell, founder of a clinic, praised Corvane Inc. \
            Leeds manager Ian Holt thanked Corvane Inc. \
            Finance director Ola Brink said Corvane Inc had cash. \
            The band's manager Eli Sand said Corvane Inc paid. \
            The company's chairman Roy Vale said Corvane Inc grew.";
        let got = roles(text);
        for want in [
            role("Jon Doe", "president", None),
            role("Jane Roe", "treasurer", Some("Corvane Inc")),
            role("Ada Pell", "founder", None),
            role("Ian Holt", "manager", None),
            role("Ola Brink", "finance director", Some("Corvane Inc")),
            role("Eli Sand", "manager", None),
            role("Roy Vale", "chairman", Some("Corvane Inc")),
        ] {
            assert!(got.contains(&want), "{want:?} not in {got:?}");
        }
    }

    #[test]
    fn a_title_with_no_company_takes_the_one_of_its_sentence_or_the_main_one() {
        use super::org_by_context;
        assert_eq!(org_by_context(&[4], None), Some(4));
        assert_eq!(org_by_context(&[1, 4], Some(4)), Some(4));
        assert_eq!(org_by_context(&[1, 4], Some(2)), None);
        assert_eq!(org_by_context(&[], Some(2)), None);
    }

    #[test]
    fn a_company_title_with_no_company_takes_a_dominant_main_company() {
        let news = "Brennick Tools Corp raised its forecast. Brennick Tools Corp said sales rose.";
        let ceo = "Chief executive Jane Roe spoke at a fair in Lyon.";
        let got = roles(&format!("{news} Brennick Tools Corp shares rose. {ceo}"));
        let named = role("Jane Roe", "chief executive", Some("Brennick Tools Corp"));
        assert_eq!(got, [named]);
        // Named only twice, or beside another company named as often: no guess.
        let bare = [role("Jane Roe", "chief executive", None)];
        assert_eq!(roles(&format!("{news} {ceo}")), bare);
        let rival = format!("{news} Brennick Tools Corp shares rose. Orlan Saws Inc fell. {ceo}");
        assert_eq!(roles(&format!("{rival} Orlan Saws Inc cut jobs.")), bare);
    }

    #[test]
    fn an_orgless_title_held_with_a_company_too_is_dropped() {
        use super::{Role, drop_orgless_twins};
        let role = |t: &str, org| Role {
            title: t.into(),
            org,
        };
        let mut rs = vec![
            role("chairman", None),
            role("chairman", Some(1)),
            role("director", None),
        ];
        drop_orgless_twins(&mut rs);
        assert_eq!(rs, [role("chairman", Some(1)), role("director", None)]);
    }

    #[test]
    fn founders_after_a_date_between_verb_and_by() {
        for text in [
            "Vexo Tronics AG was founded in 2009 by Jane Roe.",
            "Vexo Tronics AG was founded in March 2009 by Jane Roe.",
        ] {
            let got = roles(text);
            assert_eq!(
                got,
                [role("Jane Roe", "founder", Some("Vexo Tronics AG"))],
                "{text}"
            );
        }
        // Not a date: no founder taken across it.
        let got = roles("Vexo Tronics AG was founded in secret talks by Jane Roe.");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn free_words_before_a_title_join_it_but_new_does_not() {
        let got = roles("Jane Roe, an equity strategist at Acme Corp, said so.");
        assert_eq!(
            got,
            [role("Jane Roe", "equity strategist", Some("Acme Corp"))]
        );
        let got = roles("Acme Corp said new chief executive Jane Roe starts in May.");
        assert_eq!(
            got,
            [role("Jane Roe", "chief executive", Some("Acme Corp"))]
        );
    }

    #[test]
    fn a_verb_gives_a_title_to_the_person_a_pronoun_stands_for() {
        let got = roles(
            "Jane Roe joined Acme Corp in 2015. In 2019 Acme Corp named her chief executive.",
        );
        assert_eq!(
            got,
            [role("Jane Roe", "chief executive", Some("Acme Corp"))]
        );
        let got = roles("Acme Corp named a new plant after its founder in 2019.");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_title_tied_to_a_public_body_takes_no_company_by_guess() {
        let got = roles(
            "John Doe, an economist at the Ohio Monetary Authority, said Acme Corp was sound.",
        );
        assert_eq!(got, [role("John Doe", "economist", None)]);
        let got = roles("John Doe, head of purchasing, said prices would rise.");
        assert_eq!(got, [role("John Doe", "head of purchasing", None)]);
    }

    #[test]
    fn a_title_after_as_in_a_clause_goes_to_the_person_before_the_verb() {
        let got =
            roles("Vexo Tronics AG was founded by Jane Roe, who will stay on as its president.");
        assert!(
            got.contains(&role("Jane Roe", "president", Some("Vexo Tronics AG"))),
            "{got:?}"
        );
        let got = roles("John Doe joined Vexo Tronics AG as chief executive in May.");
        assert_eq!(
            got,
            [role("John Doe", "chief executive", Some("Vexo Tronics AG"))]
        );
        // A pronoun is not followed to a name: "he worked as".
        let got = roles("Jane Roe praised Acme Corp. He has worked as a strategist for years.");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn taking_over_and_joining_past_a_date_give_the_title_after_as() {
        let got = roles("Jane Roe took over as chief executive of Acme Corp in May.");
        assert_eq!(
            got,
            [role("Jane Roe", "chief executive", Some("Acme Corp"))]
        );
        let got = roles("John Doe joined Acme Corp in 2019 as treasurer.");
        assert_eq!(got, [role("John Doe", "treasurer", Some("Acme Corp"))]);
        let got = roles("Acme Corp said John Doe joined the company last year as treasurer.");
        assert_eq!(got, [role("John Doe", "treasurer", Some("Acme Corp"))]);
        // "take" without "over" serves no title; a company taken over is no post.
        let got = roles("Jane Roe will take as long as she needs, Acme Corp said.");
        assert!(got.is_empty(), "{got:?}");
        let got = roles("Acme Corp took over Vexo Tronics AG as part of a plan, said Jane Roe.");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn words_of_fame_and_modifiers_before_place_words_keep_the_title() {
        let got = roles("Jane Roe, a prominent lawyer, said so.");
        assert_eq!(got, [role("Jane Roe", "lawyer", None)]);
        let got = roles("John Doe, a well-known economist, said so.");
        assert_eq!(got, [role("John Doe", "economist", None)]);
        let got = roles("John Doe, a former Chicago banker, said so.");
        assert_eq!(got, [role("John Doe", "former chicago banker", None)]);
        // "leading" is no word of fame here: "a leading advocate of" is no post.
        let got = roles("Jane Roe has been a leading advocate of the plan.");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn the_title_of_a_body_before_a_comma_and_the_name() {
        let got = roles("The chairman of the Ruritania Monetary Board, Jane Roe, said so.");
        assert_eq!(got, [role("Jane Roe", "chairman", None)]);
        let got = roles("Sales fell, the head of Acme Corp's trade division, John Doe, said.");
        assert_eq!(got, [role("John Doe", "head", Some("Acme Corp"))]);
        // No title before "of": no role.
        let got = roles("A friend of the family, Jane Roe, said so.");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn title_case_words_joined_by_and_before_a_title_join_it() {
        let got = roles("Ann Poe, Commerce and Industry Minister, said so.");
        assert_eq!(
            got,
            [role("Ann Poe", "commerce and industry minister", None)]
        );
        let got = roles("Jon Doe, Sales and Marketing Director at Acme Corp, said so.");
        assert_eq!(
            got,
            [role(
                "Jon Doe",
                "sales and marketing director",
                Some("Acme Corp")
            )]
        );
    }

    #[test]
    fn the_subject_before_an_apposition_or_an_adverb_holds_the_title() {
        let got = roles("Acme Corp said Jane Roe, a former banker, was named its chairman.");
        assert!(
            got.contains(&role("Jane Roe", "chairman", Some("Acme Corp"))),
            "{got:?}"
        );
        let got = roles("Jon Doe, who joined Acme Corp in 2015, serves as its treasurer.");
        assert!(
            got.contains(&role("Jon Doe", "treasurer", Some("Acme Corp"))),
            "{got:?}"
        );
        let got = roles("Ann Poe currently serves as treasurer of Acme Corp.");
        assert_eq!(got, [role("Ann Poe", "treasurer", Some("Acme Corp"))]);
    }

    #[test]
    fn an_apposition_between_the_name_and_as_is_passed_over() {
        let got = roles(
            "Acme Corp has appointed Jane Roe, a former Vexo Tronics AG treasurer, as its chief financial officer.",
        );
        assert!(
            got.contains(&role(
                "Jane Roe",
                "chief financial officer",
                Some("Acme Corp")
            )),
            "{got:?}"
        );
        assert!(
            got.contains(&role(
                "Jane Roe",
                "former treasurer",
                Some("Vexo Tronics AG")
            )),
            "{got:?}"
        );
    }

    #[test]
    fn an_apposition_between_dashes_gives_the_role() {
        let got = roles("Acme Corp grew. Jane Roe -- chief executive of Acme Corp -- said so.");
        assert_eq!(
            got,
            [role("Jane Roe", "chief executive", Some("Acme Corp"))]
        );
        let got = roles(
            "Acme Corp grew. Jane Roe \u{2014} the company's head of sales \u{2014} said so.",
        );
        assert_eq!(got, [role("Jane Roe", "head of sales", Some("Acme Corp"))]);
        // One dash only: a byline or a list, no apposition.
        let got = roles("Acme Corp grew. Jane Roe - chief executive of Acme Corp said so.");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn titles_listed_with_commas_and_closed_by_and_are_one_title() {
        let got = roles("Jane Roe, president, chief executive and chairman of Acme Corp, said so.");
        assert_eq!(
            got,
            [role(
                "Jane Roe",
                "president, chief executive and chairman",
                Some("Acme Corp")
            )]
        );
        let got = roles("Jane Roe, Acme Corp's treasurer, secretary, and controller, said so.");
        assert_eq!(
            got,
            [role(
                "Jane Roe",
                "treasurer, secretary, and controller",
                Some("Acme Corp")
            )]
        );
        // No "and" closes the list: the first title alone.
        let got = roles("Jane Roe, chairman, chief executive, said so at Acme Corp.");
        assert!(got.iter().all(|r| r.1 == "chairman"), "{got:?}");
    }

    #[test]
    fn passing_words_after_an_owner_s_possessive_are_no_title() {
        let got = roles("Acme Corp grew. Jane Roe, the company's new chairman, said so.");
        assert_eq!(got, [role("Jane Roe", "chairman", Some("Acme Corp"))]);
        let got = roles("Acme Corp grew. Jane Roe, the firm's incoming chief executive, said so.");
        assert_eq!(
            got,
            [role("Jane Roe", "chief executive", Some("Acme Corp"))]
        );
    }

    #[test]
    fn one_of_a_company_s_plural_titles() {
        let got = roles("Jane Roe, one of Acme Corp's founders, said so.");
        assert_eq!(got, [role("Jane Roe", "founder", Some("Acme Corp"))]);
        let got = roles("Acme Corp grew. Jane Roe, one of the company's engineers, said so.");
        assert_eq!(got, [role("Jane Roe", "engineer", Some("Acme Corp"))]);
    }

    #[test]
    fn until_ends_a_title() {
        let got = roles("Jane Roe, who was Acme Corp's chief executive until 2015, said so.");
        assert_eq!(
            got,
            [role("Jane Roe", "chief executive", Some("Acme Corp"))]
        );
    }

    #[test]
    fn a_former_epithet_is_no_title() {
        let got = roles("Story\n\nJane Roe, formerly a star at Acme Corp, won.");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_person_s_possessive_of_the_list_takes_no_company() {
        let got = roles("Acme Corp grew. The deal was done, said my lawyer Jane Roe.");
        assert_eq!(got, [role("Jane Roe", "lawyer", None)]);
    }

    #[test]
    fn a_listed_rank_before_a_name_is_its_title_and_no_part_of_it() {
        let got = roles("Story\n\nThe plan is sound, Colonel Helen Varga said on Sunday.");
        assert_eq!(got, [role("Helen Varga", "colonel", None)]);
        let got = roles("Story\n\nThe plan is sound, said Walter Bishop.");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn an_observer_takes_no_guessed_company_but_a_stated_one() {
        let got = roles("Acme Corp shares fell 5 percent, said analyst Jane Roe.");
        assert_eq!(got, [role("Jane Roe", "analyst", None)]);
        let got = roles("Jon Doe, an investor, said Acme Corp was cheap.");
        assert_eq!(got, [role("Jon Doe", "investor", None)]);
        let got = roles("Zeta Securities Inc analyst Jane Roe said Acme Corp was cheap.");
        assert_eq!(
            got,
            [role("Jane Roe", "analyst", Some("Zeta Securities Inc"))]
        );
        let got = roles("Zeta Securities Inc <ZSI> analyst Jane Roe said Acme Corp was cheap.");
        assert_eq!(
            got,
            [role("Jane Roe", "analyst", Some("Zeta Securities Inc"))]
        );
        let got = roles("<Zeta Securities Inc> economist Jane Roe said Acme Corp was cheap.");
        assert_eq!(
            got,
            [role("Jane Roe", "economist", Some("Zeta Securities Inc"))]
        );
    }

    #[test]
    fn a_title_list_stops_at_the_next_person() {
        let got = roles("Jane Roe, chairman, and chief executive Jon Doe said Acme Corp grew.");
        assert!(
            got.contains(&role("Jane Roe", "chairman", Some("Acme Corp"))),
            "{got:?}"
        );
        assert!(
            got.contains(&role("Jon Doe", "chief executive", Some("Acme Corp"))),
            "{got:?}"
        );
        // An unspotted name after "and" ends the list too.
        let got = roles("Jane Roe, treasurer, and Bishop Kent, controller, joined Acme Corp.");
        assert!(
            got.contains(&role("Jane Roe", "treasurer", Some("Acme Corp"))),
            "{got:?}"
        );
        assert!(got.iter().all(|r| !r.1.contains("bishop")), "{got:?}");
    }

    #[test]
    fn a_title_before_a_name_between_dashes() {
        let got = roles("Acme Corp's finance director – Jane Roe – said Zeta Ltd would pay.");
        assert_eq!(
            got,
            [role("Jane Roe", "finance director", Some("Acme Corp"))]
        );
    }

    #[test]
    fn its_in_an_apposition_is_the_company_before_not_the_one_after() {
        let got =
            roles("Acme Corp grew. Jane Roe — its chief executive — said Zeta Ltd would pay.");
        assert_eq!(
            got,
            [role("Jane Roe", "chief executive", Some("Acme Corp"))]
        );
        let got = roles("Acme Corp grew. Jane Roe, its chief executive, said Zeta Ltd would pay.");
        assert_eq!(
            got,
            [role("Jane Roe", "chief executive", Some("Acme Corp"))]
        );
    }
}
