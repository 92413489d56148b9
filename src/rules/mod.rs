//! Stage 0: rules. Loads the human-edited rule files, validates them, and
//! compiles them once into matchers that every document shares.
//!
//! Takes: a [`RuleSource`] (the embedded defaults, a folder, or defaults plus
//! an extra folder). Gives: [`Rules`], holding one Aho-Corasick automaton for
//! every literal (all name lists, trigger cues and status cues) and the
//! boilerplate regexes. Guarantees: a broken rule set yields
//! [`Error::Rules`](crate::Error::Rules) listing every problem with file, line and column; nothing
//! here panics on user input, and nothing is compiled per document.
//!
//! Files (see `docs/rules.md`):
//! - `lexicons.toml` declares the name lists (`[[list]]`), each a line-based
//!   `.txt` file beside it: one entry a line, `Canonical | alias | alias`,
//!   `#` starts a comment.
//! - `triggers.toml` (`[[trigger]]`): cue phrases that state a tie between
//!   companies, with the event type and status they imply.
//! - `status.toml` (`[[status]]`): cue phrases that modify an event's status
//!   (hedges, talks, denial, ending).
//! - `boilerplate.toml` (`[[boilerplate]]`): regexes for page chrome to mask.
//! - `patterns.toml` (`[[pattern]]`): extraction patterns, word sequences
//!   with company slots (`pattern.rs`).
//!
//! Layout of this folder:
//! - `source.rs`: [`RuleSource`], its layers, the embedded default files;
//! - `load.rs`: the `Loader` in named steps (`load` → `load_layer` →
//!   `load_toml` → a kind's `add_*` → `finish`) and `KINDS`, the table of
//!   rule kinds (file, `[[key]]`, add step);
//! - `meta.rs`: the header every rule shares ([`RuleMeta`]: id,
//!   description, examples), `raw_rule!` and its checks;
//! - one file per rule kind, holding its public type, its raw TOML shape and
//!   its `add_*` step: `lists.rs`, `triggers.rs`, `status.rs`,
//!   `boilerplate.rs`, `pattern.rs`;
//! - `compile.rs`: the automaton and word classes built at the end;
//!   `gate.rs`: the boilerplate regexes' literal prefilter;
//! - `location.rs`: line and column in rule files;
//! - this file: [`Rules`] (the compiled set, its automata, look-ups) and
//!   [`RuleRef`].
//!
//! # Adding a rule kind
//! 1. `src/rules/<kind>.rs`: the public rule type (with `meta: RuleMeta`),
//!    its raw TOML shape declared with `raw_rule!(Raw<Kind> { own keys })`
//!    (the header keys are added), and
//!    `impl Loader { fn add_<kind>(&mut self, value, at, layer) }` that parses
//!    with `self.parse_rule`, builds the header with `self.meta`, reads
//!    shared keys with `self.event_type_at`/`status_at`, reports problems
//!    with `self.problem(file, line, col, msg)` and pushes the rule (literal
//!    cues go to `self.add_cues`; a cue rule's header and cue checks are
//!    `self.cue_rule`); add `mod <kind>;` and a `pub use` here.
//! 2. `load.rs`: a row in `KINDS` (`("<kind>s.toml", "<kind>",
//!    Loader::add_<kind>)`) and a field in `Loader`; `finish` moves it into
//!    [`Rules`].
//! 3. This file: the field in [`Rules`], a [`RuleRef`] variant (so `rules
//!    list`, `rules test` and `find` see it), and a [`Payload`] variant if
//!    its literals go into the automaton.
//! 4. `rules/<kind>s.toml` and a line in `source.rs`'s `DEFAULT_RULES` to
//!    embed it; document it in `docs/rules.md`; a unit test beside the code.

mod anchored;
mod boilerplate;
mod code_cues;
pub use code_cues::{CODE_CUE_LISTS, borrowed_list_warning};
mod compile;
pub use compile::LiteralTrie;
mod gate;
mod lists;
mod load;
mod location;
mod meta;
pub mod pattern;
mod source;
mod status;
mod strings;
mod triggers;
mod words;
pub use words::{NO_CUES, WordFacts};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

pub use boilerplate::Boilerplate;
pub use lists::{Entry, ListKind, NameList};
pub use location::line_col;
pub use meta::{Counterexample, Example, Origin, Place, RuleMeta};
pub use pattern::PatternRule;
pub use source::{DEFAULT_RULES, RuleSource};
pub use status::{Status, StatusCue};
pub use strings::Strings;
pub use triggers::{EventType, ShadowedCue, Trigger, shadowed_cues};

use crate::error::Result;
use gate::BoilerGate;
use load::Loader;

/// What an automaton pattern stands for. One pattern string may stand for
/// several things (a word can be both a title and a designator).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Payload {
    /// An entry of a name list, with the surface form index.
    Entry {
        /// Index into [`Rules::entries`].
        entry: u32,
        /// Index into [`Rules::surfaces`]: the form as written in the list.
        surface: u32,
        /// Whether case must match.
        case_sensitive: bool,
    },
    /// A cue of a trigger.
    Trigger(u16),
    /// A cue of a status rule.
    Status(u16),
}

/// In [`Rules::literal_anchor`]'s table: a literal that is no anchor word.
const NO_ANCHOR: u32 = u32::MAX;

/// A compiled rule set.
#[derive(Debug)]
pub struct Rules {
    /// Name lists.
    pub lists: Vec<NameList>,
    /// Their entries.
    pub entries: Vec<Entry>,
    /// The canonical form of each entry (indexed like `entries`): see
    /// [`Rules::canonical`].
    pub canonicals: Strings,
    /// Surface forms as written (for case-sensitive checks), of the forms
    /// matched in the text (a words-only list's entries have none).
    pub surfaces: Strings,
    /// Triggers.
    pub triggers: Vec<Trigger>,
    /// Status cues.
    pub statuses: Vec<StatusCue>,
    /// The ids of the status cues that reopen a tie ([`Rules::reopens`]).
    reopening: hashbrown::HashSet<String>,
    /// Boilerplate patterns.
    pub boilerplate: Vec<Boilerplate>,
    /// Extraction patterns (`[[pattern]]`).
    pub pattern_rules: Vec<PatternRule>,
    /// Their anchor index.
    pattern_set: pattern::PatternSet,
    /// Per literal of the trie: the anchor id of the extraction patterns'
    /// anchor word it is ([`pattern::PatternSet::anchor_id`]), or
    /// [`NO_ANCHOR`].
    literal_anchors: Vec<u32>,
    /// Every literal with a payload (lower-cased), indexed like the
    /// payloads; the trie also holds the anchor words that are none of
    /// them, with the ids after these.
    patterns: Strings,
    /// A whole-text scanner over `patterns`, built only when asked for (the
    /// benchmark floor); extraction walks `anchored` from token starts.
    scan: std::sync::OnceLock<AhoCorasick>,
    anchored: compile::LiteralTrie,
    first_bytes: [bool; 256],
    entry_kinds: Vec<ListKind>,
    /// Pattern `p`'s payloads are `payloads[payload_starts[p]..payload_starts[p + 1]]`.
    payload_starts: Vec<u32>,
    payloads: Vec<Payload>,
    word_classes: compile::WordClasses,
    cues: lists::Cues,
    /// Per trie literal, its facts as a word ([`Rules::literal_word`]).
    literal_words: words::LiteralWords,
    /// The boilerplate regexes' literal gate, built on the first text
    /// cleaned (a run that reads no article never needs it: 15% of
    /// start-up).
    boiler_gate: std::sync::OnceLock<BoilerGate>,
    /// The clean stage's word lists and line classifier (`clean/` files).
    pub clean: crate::pipeline::clean::CleanConfig,
    /// The roles stage's verbs (the `role-*-verbs` cue lists), compiled.
    role_verbs: crate::pipeline::roles::RoleVerbs,
    /// The ids of the lists of [`CODE_CUE_LISTS`] the rules folder did not
    /// declare, read from the built-in rules instead.
    borrowed_cue_lists: Vec<String>,
}

/// `f` of `word` in lower case (`str::to_lowercase`), without allocating
/// when it is lower case already or ASCII of up to 32 bytes (lowered on the
/// stack): for look-ups made once per token.
pub(crate) fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    if !word
        .bytes()
        .any(|b| b.is_ascii_uppercase() || !b.is_ascii())
    {
        f(word)
    } else if word.is_ascii() && word.len() <= buf.len() {
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        f(std::str::from_utf8(lower).expect("ASCII is UTF-8"))
    } else {
        f(&word.to_lowercase())
    }
}

/// [`with_lower`] for a look-up by bytes: an ASCII word lowered on the
/// stack is passed as it is (no UTF-8 check to make it a `str` again).
pub(crate) fn with_lower_bytes<R>(word: &str, f: impl FnOnce(&[u8]) -> R) -> R {
    let mut buf = [0u8; 32];
    let bytes = word.as_bytes();
    if !bytes
        .iter()
        .any(|b| b.is_ascii_uppercase() || !b.is_ascii())
    {
        f(bytes)
    } else if word.is_ascii() && word.len() <= buf.len() {
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(bytes);
        lower.make_ascii_lowercase();
        f(lower)
    } else {
        f(word.to_lowercase().as_bytes())
    }
}

/// Calls `f` with `word` in lower case and without its full stops ("M.D."
/// gives "md"), in a stack buffer when `word` is short ASCII (no
/// allocation), else in a new `String`.
pub(crate) fn with_lower_undotted<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    if word.is_ascii() && word.len() <= buf.len() {
        let mut n = 0;
        for b in word.bytes().filter(|&b| b != b'.') {
            buf[n] = b.to_ascii_lowercase();
            n += 1;
        }
        f(std::str::from_utf8(&buf[..n]).expect("ASCII is UTF-8"))
    } else {
        f(&word.replace('.', "").to_lowercase())
    }
}

impl Rules {
    /// Bits of the [`ListKind`]s whose one-word entries equal `word`
    /// (compared in lower case, a final full stop ignored).
    pub fn word_class(&self, word: &str) -> u32 {
        let w = word.trim_end_matches('.');
        with_lower_bytes(w, |lower| self.word_classes.get(lower))
    }

    /// [`Rules::word_class`] of an ASCII word with no upper-case letter:
    /// looked up as it is, with no copy.
    pub fn lower_word_class(&self, lower: &str) -> u32 {
        self.lower_word_class_bytes(lower.as_bytes())
    }

    /// [`Rules::lower_word_class`] of the bytes of an ASCII word with no
    /// upper-case letter.
    pub(crate) fn lower_word_class_bytes(&self, lower: &[u8]) -> u32 {
        let end = lower.len() - lower.iter().rev().take_while(|&&b| b == b'.').count();
        self.word_classes.get(&lower[..end])
    }

    /// Whether some one-word place entry may start with the bytes `three`
    /// (ASCII lower case, as [`Rules::lower_word_class`] looks words up):
    /// false means no place does, so no word made from them is one.
    pub(crate) fn may_start_place(&self, three: [u8; 3]) -> bool {
        self.word_classes.may_start_place(three)
    }

    /// Whether `word` (compared in lower case) is an entry of the `cue`
    /// list with id `id`; false when no such list is loaded.
    #[inline(always)]
    pub fn is_cue(&self, id: &str, word: &str) -> bool {
        match code_cues::code_cue_index(id) {
            Some(k) => self.is_code_cue(k, word),
            None => with_lower_bytes(word, |lower| self.cues.contains(id, lower)),
        }
    }

    /// Whether `word` reads as an "-ing" participle: six bytes or more,
    /// ending in "ing" as written, and no word of `ing-non-participles`
    /// ("during", "according"; "bring" is too short).
    pub fn is_ing_participle(&self, word: &str) -> bool {
        word.len() >= 6 && word.ends_with("ing") && !self.is_cue("ing-non-participles", word)
    }

    /// [`Rules::is_cue`] of the list at place `k` of [`CODE_CUE_LISTS`].
    fn is_code_cue(&self, k: usize, word: &str) -> bool {
        with_lower_bytes(word, |lower| self.cues.contains_code(k, lower))
    }

    /// Whether `word` as written is an entry of the `cue` list with id
    /// `id`: entries are lower case, so a word with a capital ("His",
    /// "And") is none. For cues a construction reads in lower case only.
    pub fn is_cue_as_written(&self, id: &str, word: &str) -> bool {
        self.cues.contains(id, word.as_bytes())
    }

    /// Whether the status cue with id `id` reopens a tie an ending had
    /// stopped ("resumed talks"): one look-up in the ids compiled at load.
    pub fn reopens(&self, id: &str) -> bool {
        self.reopening.contains(id)
    }

    /// Whether `phrase`, its words joined by one space whatever space or
    /// line break stands between them ("White\nHouse"), is an entry of the
    /// `cue` list with id `id`.
    pub fn is_cue_phrase(&self, id: &str, phrase: &str) -> bool {
        // `id` is rarely a literal here (this is not inlined): the phrase
        // is looked up first and the id hashed only for a listed phrase,
        // rather than compared with every code list's id.
        let listed = |p: &str| with_lower_bytes(p, |lower| self.cues.contains(id, lower));
        if phrase.contains(|c: char| c.is_whitespace() && c != ' ') || phrase.contains("  ") {
            let joined = phrase.split_whitespace().collect::<Vec<_>>().join(" ");
            return listed(&joined);
        }
        listed(phrase)
    }

    /// Whether `word` without its full stops ("M.D." as "MD", compared in
    /// lower case) is an entry of the `cue` list with id `id`.
    pub(crate) fn is_cue_undotted(&self, id: &str, word: &str) -> bool {
        with_lower_undotted(word, |w| self.cues.contains(id, w.as_bytes()))
    }

    /// The lower-case words of the `cue` list with id `id`, in no order;
    /// none when no such list is loaded.
    pub fn cue_words(&self, id: &str) -> Vec<&str> {
        self.cues.words_of(id)
    }

    /// The ids of the code's cue lists ([`CODE_CUE_LISTS`]) that the rules
    /// folder lacks and that were read from the built-in rules instead, in
    /// registry order; each deserves a [`borrowed_list_warning`].
    pub fn borrowed_cue_lists(&self) -> &[String] {
        &self.borrowed_cue_lists
    }

    /// The roles stage's verbs, compiled from the `role-*-verbs` lists.
    pub(crate) fn role_verbs(&self) -> &crate::pipeline::roles::RoleVerbs {
        &self.role_verbs
    }

    /// The embedded default rules.
    pub fn default_rules() -> Result<Self> {
        Rules::load(&RuleSource::embedded())
    }

    /// Loads, validates and compiles a rule set, reporting every problem.
    pub fn load(source: &RuleSource) -> Result<Self> {
        let mut loader = Loader::default();
        loader.load(source);
        loader.finish()
    }

    /// An automaton over every literal of the rule set (ASCII
    /// case-insensitive, overlapping search) for scanning whole texts; built
    /// on first use, since extraction itself uses
    /// [`Rules::literal_trie`].
    pub fn automaton(&self) -> &AhoCorasick {
        self.scan.get_or_init(|| {
            AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::Standard)
                .build(self.patterns.iter())
                .expect("the same literals built into the anchored automaton at load")
        })
    }

    /// How many literals with a payload there are: the automaton's, whose
    /// ids run below this (the trie's are the same, then its anchor words).
    pub fn patterns_len(&self) -> usize {
        self.patterns.len()
    }

    /// Every non-empty match of every boilerplate regex in `text`, as
    /// `(start, end, rule index)`, sorted. The same matches as running each
    /// regex's `find_iter` over the whole text, found faster: a regex runs
    /// only where a literal every one of its matches must contain occurs (on
    /// those lines only, when it can never match a line break).
    pub fn boilerplate_matches(&self, text: &str) -> Vec<(usize, usize, usize)> {
        self.boiler_gate().matches(&self.boilerplate, text)
    }

    /// The boilerplate gate, built on the first call.
    fn boiler_gate(&self) -> &BoilerGate {
        self.boiler_gate
            .get_or_init(|| BoilerGate::build(&self.boilerplate))
    }

    /// The same patterns as [`Rules::automaton`] (same ids), as a trie for
    /// anchored walks: every pattern matching at one position is found by
    /// stepping from [`LiteralTrie::ROOT`] with
    /// [`LiteralTrie::next`] until it gives `None`.
    pub fn literal_trie(&self) -> &LiteralTrie {
        &self.anchored
    }

    /// For each byte, whether some automaton pattern starts with it (in
    /// either ASCII case).
    pub fn pattern_first_bytes(&self) -> &[bool; 256] {
        &self.first_bytes
    }

    /// The anchor id ([`pattern::PatternSet::anchor_id`]) of the anchor
    /// word that trie literal `pattern` is, if it is one: an ASCII word's
    /// anchor id without hashing it.
    #[inline]
    pub fn literal_anchor(&self, pattern: usize) -> Option<u32> {
        self.literal_anchors
            .get(pattern)
            .copied()
            .filter(|&a| a != NO_ANCHOR)
    }

    /// The facts ([`Rules::word_class`], code cue lists) of trie literal
    /// `pattern` as a word: those of any ASCII token that spells it in
    /// either case, without hashing the token.
    #[inline]
    pub fn literal_word(&self, pattern: usize) -> WordFacts {
        self.literal_words.facts(pattern)
    }

    /// [`Rules::is_cue`] of a word whose facts are `cues` (a
    /// [`WordFacts::cues`] the look-up noted): a bit test for a code list;
    /// another id is looked up by `word`.
    #[inline(always)]
    pub fn is_cue_noted(&self, cues: u32, id: &str, word: &str) -> bool {
        match code_cues::code_cue_index(id) {
            Some(k) => self.literal_words.has(cues, k),
            None => self.is_cue(id, word),
        }
    }

    /// What pattern `id` of the automaton or the trie stands for (nothing
    /// for an anchor word that is no other literal).
    pub fn payloads(&self, pattern: usize) -> &[Payload] {
        &self.payloads
            [self.payload_starts[pattern] as usize..self.payload_starts[pattern + 1] as usize]
    }

    /// The compiled extraction patterns, indexed like
    /// [`Rules::pattern_rules`], with their anchor words.
    pub fn pattern_set(&self) -> &pattern::PatternSet {
        &self.pattern_set
    }

    /// The canonical form of entry `entry` (its line's first field), as
    /// written in the list.
    ///
    /// # Panics
    /// If there is no such entry.
    pub fn canonical(&self, entry: u32) -> &str {
        &self.canonicals[entry as usize]
    }

    /// The kind of an entry's list.
    pub fn entry_kind(&self, entry: u32) -> ListKind {
        self.entry_kinds[entry as usize]
    }

    /// Looks up any rule by id.
    pub fn find(&self, id: &str) -> Option<RuleRef<'_>> {
        self.each_rule().find(|r| r.meta().id == id)
    }

    /// Every rule, in file order.
    pub fn all(&self) -> Vec<RuleRef<'_>> {
        self.each_rule().collect()
    }

    /// Every rule, in file order, kind by kind.
    fn each_rule(&self) -> impl Iterator<Item = RuleRef<'_>> {
        self.lists
            .iter()
            .map(RuleRef::List)
            .chain(self.triggers.iter().map(RuleRef::Trigger))
            .chain(self.statuses.iter().map(RuleRef::Status))
            .chain(self.pattern_rules.iter().map(RuleRef::Pattern))
            .chain(self.boilerplate.iter().map(RuleRef::Boilerplate))
    }
}

/// A reference to any rule.
#[derive(Debug, Clone, Copy)]
pub enum RuleRef<'a> {
    /// A name list.
    List(&'a NameList),
    /// A trigger.
    Trigger(&'a Trigger),
    /// A status cue.
    Status(&'a StatusCue),
    /// A boilerplate pattern.
    Boilerplate(&'a Boilerplate),
    /// An extraction pattern.
    Pattern(&'a PatternRule),
}

impl<'a> RuleRef<'a> {
    /// The rule's header.
    pub fn meta(&self) -> &'a RuleMeta {
        match self {
            RuleRef::List(r) => &r.meta,
            RuleRef::Trigger(r) => &r.meta,
            RuleRef::Status(r) => &r.meta,
            RuleRef::Boilerplate(r) => &r.meta,
            RuleRef::Pattern(r) => &r.meta,
        }
    }
    /// The rule's category, as shown by `rules list`.
    pub fn category(&self) -> &'static str {
        match self {
            RuleRef::List(_) => "list",
            RuleRef::Trigger(_) => "trigger",
            RuleRef::Status(_) => "status",
            RuleRef::Boilerplate(_) => "boilerplate",
            RuleRef::Pattern(_) => "pattern",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_rules_load() {
        let rules = Rules::default_rules().expect("default rules load");
        assert!(!rules.triggers.is_empty());
        assert!(rules.lists.iter().any(|l| l.kind == ListKind::Company));
    }

    #[test]
    fn with_lower_bytes_gives_the_lower_case_of_any_word() {
        let long = "Quennick".repeat(5);
        let words = [
            "",
            "varn",
            "Varn",
            "VARN",
            "v4rn-X",
            "Zo\u{eb}",
            "ZO\u{cb}",
            "\u{130}stanbul",
            "M.D.",
            &long,
            "quennickquennickquennickquennick",
            "QuennickQuennickQuennickQuennick",
        ];
        for w in words {
            let lower = with_lower_bytes(w, <[u8]>::to_vec);
            assert_eq!(lower, w.to_lowercase().as_bytes(), "{w}");
        }
    }

    #[test]
    fn a_lower_case_word_has_the_classes_word_class_gives() {
        let rules = Rules::default_rules().expect("default rules load");
        for w in ["Italy", "italy", "China.", "the", "Inc.", "Quennick", "xq"] {
            let lower = w.to_ascii_lowercase();
            assert_eq!(rules.lower_word_class(&lower), rules.word_class(w), "{w}");
        }
        assert_ne!(rules.lower_word_class("italy") & ListKind::Place.bit(), 0);
    }

    #[test]
    fn a_cue_phrase_matches_across_a_line_break_and_only_whole() {
        let rules = Rules::default_rules().expect("default rules load");
        let id = "seats-of-government";
        for phrase in ["White House", "White\nHouse", "white  house", "Whitehall"] {
            assert!(rules.is_cue_phrase(id, phrase), "{phrase:?}");
        }
        for phrase in ["Whitehall Jewellers", "White", "Capitol Hill Bank"] {
            assert!(!rules.is_cue_phrase(id, phrase), "{phrase:?}");
        }
    }

    #[test]
    fn the_reopening_status_cues_are_looked_up_by_id() {
        let rules = Rules::default_rules().expect("default rules load");
        for st in &rules.statuses {
            assert_eq!(rules.reopens(&st.meta.id), st.reopens, "{}", st.meta.id);
        }
        assert!(rules.reopens("reopened-talks"));
        assert!(!rules.reopens("no-such-cue"));
    }
}
