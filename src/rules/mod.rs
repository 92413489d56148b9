//! Stage 0: rules. Loads the human-edited rule files, validates them, and
//! compiles them once into matchers that every document shares.
//!
//! Takes: a [`RuleSource`] (the embedded defaults, a folder, or defaults plus
//! an extra folder). Gives: [`Rules`], holding one Aho-Corasick automaton for
//! every literal (all name lists, trigger cues and status cues) and the
//! boilerplate regexes. Guarantees: a broken rule set yields
//! [`Error::Rules`] listing every problem with file, line and column; nothing
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

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use regex::Regex;
use regex_syntax::hir::Look;
use serde::Deserialize;

use crate::error::{Error, Result, RuleProblem};

/// The default rule files, embedded in the binary.
pub const DEFAULT_RULES: &[(&str, &str)] = &[
    ("lexicons.toml", include_str!("../../rules/lexicons.toml")),
    ("triggers.toml", include_str!("../../rules/triggers.toml")),
    ("status.toml", include_str!("../../rules/status.toml")),
    (
        "boilerplate.toml",
        include_str!("../../rules/boilerplate.toml"),
    ),
    ("companies.txt", include_str!("../../rules/companies.txt")),
    ("outlets.txt", include_str!("../../rules/outlets.txt")),
    ("not-names.txt", include_str!("../../rules/not-names.txt")),
    ("places.txt", include_str!("../../rules/places.txt")),
    ("titles.txt", include_str!("../../rules/titles.txt")),
    (
        "given-names.txt",
        include_str!("../../rules/given-names.txt"),
    ),
    ("honorifics.txt", include_str!("../../rules/honorifics.txt")),
    (
        "legal-suffixes.txt",
        include_str!("../../rules/legal-suffixes.txt"),
    ),
    (
        "designators.txt",
        include_str!("../../rules/designators.txt"),
    ),
    ("anaphors.txt", include_str!("../../rules/anaphors.txt")),
    (
        "anaphors-two.txt",
        include_str!("../../rules/anaphors-two.txt"),
    ),
    (
        "speech-verbs.txt",
        include_str!("../../rules/speech-verbs.txt"),
    ),
    (
        "public-bodies.txt",
        include_str!("../../rules/public-bodies.txt"),
    ),
    (
        "company-nouns.txt",
        include_str!("../../rules/company-nouns.txt"),
    ),
    (
        "public-titles.txt",
        include_str!("../../rules/public-titles.txt"),
    ),
    (
        "clause-words.txt",
        include_str!("../../rules/clause-words.txt"),
    ),
    (
        "object-stops.txt",
        include_str!("../../rules/object-stops.txt"),
    ),
    (
        "prepositions.txt",
        include_str!("../../rules/prepositions.txt"),
    ),
    (
        "list-openers.txt",
        include_str!("../../rules/list-openers.txt"),
    ),
    (
        "name-particles.txt",
        include_str!("../../rules/name-particles.txt"),
    ),
    (
        "title-modifiers.txt",
        include_str!("../../rules/title-modifiers.txt"),
    ),
];

/// Where rule files come from: a set of layers, each a map from file name to
/// text. Later layers add to earlier ones (`--rules-extra`).
#[derive(Debug, Clone, Default)]
pub struct RuleSource {
    layers: Vec<Layer>,
}

#[derive(Debug, Clone)]
struct Layer {
    /// How file names of this layer are shown in messages (`rules/` or a path).
    prefix: String,
    files: BTreeMap<String, String>,
}

impl RuleSource {
    /// The rules embedded in the binary.
    pub fn embedded() -> Self {
        let files = DEFAULT_RULES
            .iter()
            .map(|(name, text)| (name.to_string(), text.to_string()))
            .collect();
        RuleSource {
            layers: vec![Layer {
                prefix: "rules/".to_string(),
                files,
            }],
        }
    }

    /// Every `.toml` and `.txt` file of a folder (not recursive).
    pub fn from_dir(dir: &Path) -> Result<Self> {
        let mut source = RuleSource::default();
        source.add_dir(dir)?;
        Ok(source)
    }

    /// Adds a folder of rules on top of what is already here.
    pub fn add_dir(&mut self, dir: &Path) -> Result<()> {
        let io = |source| Error::Io {
            path: dir.to_path_buf(),
            source,
        };
        let mut files = BTreeMap::new();
        for entry in std::fs::read_dir(dir).map_err(io)? {
            let entry = entry.map_err(io)?;
            let path = entry.path();
            let is_rule_file = matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("toml") | Some("txt")
            );
            if !is_rule_file || !path.is_file() {
                continue;
            }
            let text = std::fs::read_to_string(&path).map_err(|source| Error::Io {
                path: path.clone(),
                source,
            })?;
            files.insert(entry.file_name().to_string_lossy().into_owned(), text);
        }
        let mut prefix = dir.display().to_string();
        if !prefix.ends_with('/') {
            prefix.push('/');
        }
        self.layers.push(Layer { prefix, files });
        Ok(())
    }

    /// The text of a file by the name messages show it under (an
    /// [`Origin::file`], e.g. `rules/triggers.toml`); the last layer wins.
    pub fn file_text(&self, shown: &str) -> Option<&str> {
        self.layers.iter().rev().find_map(|layer| {
            let name = shown.strip_prefix(layer.prefix.as_str())?;
            layer.files.get(name).map(String::as_str)
        })
    }

    /// Adds one file from memory (tests, `rules test` on a single rule).
    pub fn with_file(mut self, name: &str, text: &str) -> Self {
        self.layers.push(Layer {
            prefix: "rules/".to_string(),
            files: BTreeMap::from([(name.to_string(), text.to_string())]),
        });
        self
    }
}

/// What a name list holds, and so how the spotter uses its entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ListKind {
    /// Companies: `Canonical | alias | ...`.
    Company,
    /// News outlets and sites: not companies when cited as a source.
    Outlet,
    /// Capitalised words that are never a name by themselves.
    NotName,
    /// Countries, regions, cities.
    Place,
    /// Job titles.
    Title,
    /// Common given names, evidence of a person.
    GivenName,
    /// Mr, Ms, Dr, ...
    Honorific,
    /// Legal-form suffixes: Inc, Corp, AG, ... (strong company evidence).
    LegalSuffix,
    /// Words that end company names: Motors, Group, Airlines, ...
    Designator,
    /// "the company", "the carmaker": refers back to one company.
    AnaphorOne,
    /// "the two companies", "both firms": refers back to two.
    AnaphorTwo,
    /// said, says, told: speech verbs next to person names.
    SpeechVerb,
    /// Words that end names of public bodies (Commission, Ministry): such a
    /// name is never a company.
    PublicBody,
    /// Nouns that, after "the" and a few modifiers, describe a company
    /// ("the Italian car maker", "the South Korean electronics giant").
    CompanyNoun,
    /// Words of titles held outside companies (minister, union leader): such
    /// a title never takes a company from the sentence around it.
    PublicTitle,
    /// Words that open a new clause (that, which, while): the search for a
    /// trigger's subject stops at them.
    ClauseWord,
    /// Words that end a trigger's object list (to, for, said, is).
    ObjectStop,
    /// Words after a comma that continue an object list (including, such).
    ListOpener,
    /// Prepositions: a company right after one is no sentence subject.
    Preposition,
    /// Lower-case words inside names (de, van, bin): "Societe Generale de
    /// Belgique".
    NameParticle,
    /// Words that may stand inside or before a job title (senior, global).
    TitleModifier,
}

impl ListKind {
    /// Bit used in per-token class masks.
    pub fn bit(self) -> u32 {
        1 << (self as u32)
    }

    /// Function-word lists are looked up word by word, never searched for in
    /// the text: they hold the commonest words of the language.
    pub fn words_only(self) -> bool {
        matches!(
            self,
            ListKind::ClauseWord
                | ListKind::ObjectStop
                | ListKind::ListOpener
                | ListKind::Preposition
                | ListKind::NameParticle
                | ListKind::TitleModifier
        )
    }
    fn case_sensitive_default(self) -> bool {
        matches!(self, ListKind::Company | ListKind::Outlet)
    }
}

/// The event types of the output contract.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize,
)]
#[serde(rename_all = "snake_case")]
pub enum EventType {
    /// Cooperation, alliance, agreements.
    Partnership,
    /// A stake without control.
    Investment,
    /// A jointly owned new company.
    JointVenture,
    /// One buys (part of) the other, merger, takeover.
    Acquisition,
}

impl EventType {
    /// The vocabulary, as written in rules and output.
    pub const NAMES: &'static [&'static str] =
        &["partnership", "joint_venture", "acquisition", "investment"];
}

/// The event statuses of the output contract, weakest first.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Only reported or speculated.
    Rumored,
    /// In talks, considering, planning.
    Talks,
    /// Agreed, signed, formed (a fact stated by the article).
    Announced,
    /// A party denies it.
    Denied,
    /// Called off, terminated, collapsed.
    Ended,
}

impl Status {
    /// The vocabulary, as written in rules and output.
    pub const NAMES: &'static [&'static str] =
        &["announced", "talks", "rumored", "denied", "ended"];

    /// Precedence of a status cue within one sentence: a denial or an ending
    /// outweighs a hedge, which outweighs "talks".
    pub fn cue_precedence(self) -> u8 {
        match self {
            Status::Denied => 5,
            Status::Ended => 4,
            Status::Rumored => 3,
            Status::Talks => 2,
            Status::Announced => 1,
        }
    }
}

/// A rule example: a sentence, optionally with what must be extracted.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Example {
    /// The text run through the pipeline.
    pub text: String,
    /// Expected parties of an event (any order).
    pub parties: Vec<String>,
    /// Expected event type.
    pub event_type: Option<EventType>,
    /// Expected event status.
    pub status: Option<Status>,
    /// Expected entity name.
    pub entity: Option<String>,
}

/// Where a rule was defined.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Origin {
    /// File as shown in messages.
    pub file: String,
    /// 1-based line.
    pub line: usize,
}

/// Common header of every rule.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RuleMeta {
    /// Stable kebab-case id.
    pub id: String,
    /// One line.
    pub description: String,
    /// Must fire on these.
    pub examples: Vec<Example>,
    /// Must not fire on these.
    pub counterexamples: Vec<String>,
    /// Where it was defined.
    pub origin: Origin,
}

/// A declared name list.
#[derive(Debug, Clone, serde::Serialize)]
pub struct NameList {
    /// Header.
    pub meta: RuleMeta,
    /// What the entries are.
    pub kind: ListKind,
    /// Whether matching respects case.
    pub case_sensitive: bool,
    /// The line-based file holding the entries.
    pub file: String,
}

/// One entry of a name list (one line).
#[derive(Debug, Clone)]
pub struct Entry {
    /// Index of its list in [`Rules::lists`].
    pub list: usize,
    /// The canonical form (first field of the line).
    pub canonical: String,
    /// Line in the list file.
    pub line: usize,
}

/// A partnership trigger.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Trigger {
    /// Header.
    pub meta: RuleMeta,
    /// Literal cue phrases (case-insensitive, whole words).
    pub cues: Vec<String>,
    /// Event type it implies.
    pub event_type: EventType,
    /// Status it implies when no status cue says otherwise.
    pub status: Status,
    /// A weak trigger (a bare noun such as "partnership") only sets the
    /// status of an event that no other evidence supports.
    pub weak: bool,
    /// The cue is a noun: a company right before it is its object ("to
    /// evade a Fiat buyout"), and the subject stands further left.
    pub noun: bool,
}

/// A status cue.
#[derive(Debug, Clone, serde::Serialize)]
pub struct StatusCue {
    /// Header.
    pub meta: RuleMeta,
    /// Literal cue phrases.
    pub cues: Vec<String>,
    /// Status it sets.
    pub status: Status,
    /// Whether the cue also counts after the trigger in the sentence
    /// ("talks with Y collapsed").
    pub after_trigger: bool,
}

/// A boilerplate pattern.
#[derive(Debug, Clone)]
pub struct Boilerplate {
    /// Header.
    pub meta: RuleMeta,
    /// The regex as written.
    pub pattern: String,
    /// Compiled (multi-line mode: `^`/`$` match at line ends).
    pub regex: Regex,
}

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

/// A compiled rule set.
#[derive(Debug)]
pub struct Rules {
    /// Name lists.
    pub lists: Vec<NameList>,
    /// Their entries.
    pub entries: Vec<Entry>,
    /// Surface forms as written (for case-sensitive checks).
    pub surfaces: Vec<String>,
    /// Triggers.
    pub triggers: Vec<Trigger>,
    /// Status cues.
    pub statuses: Vec<StatusCue>,
    /// Boilerplate patterns.
    pub boilerplate: Vec<Boilerplate>,
    /// Every literal (lower-cased), indexed like the payloads.
    patterns: Vec<String>,
    /// A whole-text scanner over `patterns`, built only when asked for (the
    /// benchmark floor); extraction walks `anchored` from token starts.
    scan: std::sync::OnceLock<AhoCorasick>,
    anchored: aho_corasick::nfa::contiguous::NFA,
    first_bytes: [bool; 256],
    entry_kinds: Vec<ListKind>,
    payloads: Vec<Vec<Payload>>,
    word_classes: HashMap<String, u32>,
    boiler_gate: BoilerGate,
}

impl Rules {
    /// Bits of the [`ListKind`]s whose one-word entries equal `word`
    /// (compared in lower case, a final full stop ignored).
    pub fn word_class(&self, word: &str) -> u32 {
        let w = word.trim_end_matches('.');
        let found = if w.bytes().any(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
            self.word_classes.get(&w.to_lowercase())
        } else {
            self.word_classes.get(w) // already lower case: no allocation
        };
        found.copied().unwrap_or(0)
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
    /// [`Rules::anchored_automaton`].
    pub fn automaton(&self) -> &AhoCorasick {
        self.scan.get_or_init(|| {
            AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::Standard)
                .build(&self.patterns)
                .expect("the same literals built into the anchored automaton at load")
        })
    }

    /// How many literals the automata hold (pattern ids run below this).
    pub fn patterns_len(&self) -> usize {
        self.patterns.len()
    }

    /// Every non-empty match of every boilerplate regex in `text`, as
    /// `(start, end, rule index)`, sorted. The same matches as running each
    /// regex's `find_iter` over the whole text, found faster: a regex runs
    /// only where a literal every one of its matches must contain occurs (on
    /// those lines only, when it can never match a line break).
    pub fn boilerplate_matches(&self, text: &str) -> Vec<(usize, usize, usize)> {
        self.boiler_gate.matches(&self.boilerplate, text)
    }

    /// The same patterns as [`Rules::automaton`] (same ids), as a compact
    /// (cache-friendly) contiguous NFA for anchored walks, which never follow
    /// failure transitions: every pattern matching at one position, found by
    /// stepping from [`Automaton::start_state`]`(Anchored::Yes)` until a dead
    /// state. A match state's patterns include shorter ones that started
    /// later; keep those whose length is the distance walked.
    ///
    /// [`Automaton::start_state`]: aho_corasick::automaton::Automaton::start_state
    pub fn anchored_automaton(&self) -> &aho_corasick::nfa::contiguous::NFA {
        &self.anchored
    }

    /// For each byte, whether some automaton pattern starts with it (in
    /// either ASCII case).
    pub fn pattern_first_bytes(&self) -> &[bool; 256] {
        &self.first_bytes
    }

    /// What pattern `id` of the automaton stands for.
    pub fn payloads(&self, pattern: usize) -> &[Payload] {
        &self.payloads[pattern]
    }

    /// The kind of an entry's list.
    pub fn entry_kind(&self, entry: u32) -> ListKind {
        self.entry_kinds[entry as usize]
    }

    /// Looks up any rule by id.
    pub fn find(&self, id: &str) -> Option<RuleRef<'_>> {
        self.lists
            .iter()
            .map(RuleRef::List)
            .chain(self.triggers.iter().map(RuleRef::Trigger))
            .chain(self.statuses.iter().map(RuleRef::Status))
            .chain(self.boilerplate.iter().map(RuleRef::Boilerplate))
            .find(|r| r.meta().id == id)
    }

    /// Every rule, in file order.
    pub fn all(&self) -> Vec<RuleRef<'_>> {
        self.lists
            .iter()
            .map(RuleRef::List)
            .chain(self.triggers.iter().map(RuleRef::Trigger))
            .chain(self.statuses.iter().map(RuleRef::Status))
            .chain(self.boilerplate.iter().map(RuleRef::Boilerplate))
            .collect()
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
}

impl<'a> RuleRef<'a> {
    /// The rule's header.
    pub fn meta(&self) -> &'a RuleMeta {
        match self {
            RuleRef::List(r) => &r.meta,
            RuleRef::Trigger(r) => &r.meta,
            RuleRef::Status(r) => &r.meta,
            RuleRef::Boilerplate(r) => &r.meta,
        }
    }
    /// The rule's category, as shown by `rules list`.
    pub fn category(&self) -> &'static str {
        match self {
            RuleRef::List(_) => "list",
            RuleRef::Trigger(_) => "trigger",
            RuleRef::Status(_) => "status",
            RuleRef::Boilerplate(_) => "boilerplate",
        }
    }
}

// ---------------------------------------------------------------------------
// Loading

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawList {
    id: String,
    description: String,
    kind: ListKind,
    file: String,
    case: Option<String>,
    #[serde(default)]
    examples: Vec<toml::Value>,
    #[serde(default)]
    counterexamples: Vec<toml::Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTrigger {
    id: String,
    description: String,
    cues: Vec<String>,
    #[serde(rename = "type")]
    event_type: String,
    status: String,
    #[serde(default)]
    weak: bool,
    #[serde(default)]
    noun: bool,
    #[serde(default)]
    examples: Vec<toml::Value>,
    #[serde(default)]
    counterexamples: Vec<toml::Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStatus {
    id: String,
    description: String,
    cues: Vec<String>,
    status: String,
    #[serde(default)]
    after_trigger: bool,
    #[serde(default)]
    examples: Vec<toml::Value>,
    #[serde(default)]
    counterexamples: Vec<toml::Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBoilerplate {
    id: String,
    description: String,
    pattern: String,
    #[serde(default)]
    examples: Vec<toml::Value>,
    #[serde(default)]
    counterexamples: Vec<toml::Value>,
}

/// The TOML rule files and the array-of-tables key each must hold.
const TOML_FILES: &[(&str, &str)] = &[
    ("lexicons.toml", "list"),
    ("triggers.toml", "trigger"),
    ("status.toml", "status"),
    ("boilerplate.toml", "boilerplate"),
];

#[derive(Default)]
struct Loader {
    problems: Vec<RuleProblem>,
    lists: Vec<NameList>,
    entries: Vec<Entry>,
    surfaces: Vec<String>,
    triggers: Vec<Trigger>,
    statuses: Vec<StatusCue>,
    boilerplate: Vec<Boilerplate>,
    /// pattern (lower-cased) -> payloads
    patterns: HashMap<String, Vec<Payload>>,
    pattern_order: Vec<String>,
    ids: HashMap<String, Origin>,
    /// company alias (exact) -> (canonical, origin)
    company_aliases: HashMap<String, (String, Origin)>,
}

impl Loader {
    fn problem(&mut self, file: &str, line: usize, column: usize, message: impl Into<String>) {
        self.problems.push(RuleProblem {
            file: file.to_string(),
            line,
            column,
            message: message.into(),
        });
    }

    fn load(&mut self, source: &RuleSource) {
        if source.layers.is_empty() {
            self.problem("rules/", 1, 1, "no rule files given");
        }
        for layer in &source.layers {
            // The standard files first (in TOML_FILES order), then the others
            // by name: a duplicate id is reported in the file added later.
            let mut files: Vec<(&String, &String)> = layer.files.iter().collect();
            files.sort_by_key(|(name, _)| {
                let rank = TOML_FILES.iter().position(|(f, _)| f == name);
                (rank.unwrap_or(TOML_FILES.len()), name.as_str())
            });
            for (name, text) in files {
                let shown = format!("{}{}", layer.prefix, name);
                if let Some((_, key)) = TOML_FILES.iter().find(|(f, _)| f == name) {
                    self.load_toml(&shown, text, key, layer);
                } else if name.ends_with(".toml") {
                    // Extra TOML files: detected by their table key.
                    let key = TOML_FILES
                        .iter()
                        .map(|(_, k)| *k)
                        .find(|k| text.lines().any(|l| l.trim() == format!("[[{k}]]")));
                    match key {
                        Some(key) => self.load_toml(&shown, text, key, layer),
                        None => self.problem(
                            &shown,
                            1,
                            1,
                            "holds none of [[list]], [[trigger]], [[status]], [[boilerplate]]",
                        ),
                    }
                }
            }
        }
        let mandatory = ["lexicons.toml", "triggers.toml"];
        for name in mandatory {
            if !source.layers.iter().any(|l| l.files.contains_key(name)) {
                self.problem(
                    &format!(
                        "{}{}",
                        source.layers.first().map_or("rules/", |l| &l.prefix),
                        name
                    ),
                    1,
                    1,
                    "missing rule file",
                );
            }
        }
    }

    fn load_toml(&mut self, shown: &str, text: &str, key: &str, layer: &Layer) {
        let table: toml::Table = match toml::from_str(text) {
            Ok(t) => t,
            Err(e) => {
                let (line, col) = e.span().map(|s| line_col(text, s.start)).unwrap_or((1, 1));
                let msg = e.message().trim().replace('\n', " ");
                self.problem(shown, line, col, format!("TOML syntax: {msg}"));
                return;
            }
        };
        let headers = header_lines(text, key);
        for (k, _) in table.iter() {
            if k != key {
                let line = key_line(text, k, 1, usize::MAX).unwrap_or(1);
                self.problem(
                    shown,
                    line,
                    1,
                    format!("unknown key `{k}` (this file holds [[{key}]] tables)"),
                );
            }
        }
        let Some(items) = table.get(key) else {
            return;
        };
        let Some(items) = items.as_array() else {
            self.problem(
                shown,
                1,
                1,
                format!("`{key}` must be an array of tables [[{key}]]"),
            );
            return;
        };
        for (i, item) in items.iter().enumerate() {
            let line = headers.get(i).copied().unwrap_or(1);
            let next = headers.get(i + 1).copied().unwrap_or(usize::MAX);
            let at = ItemAt {
                file: shown,
                text,
                line,
                next,
            };
            match key {
                "list" => self.add_list(item.clone(), &at, layer),
                "trigger" => self.add_trigger(item.clone(), &at),
                "status" => self.add_status(item.clone(), &at),
                _ => self.add_boilerplate(item.clone(), &at),
            }
        }
    }

    fn parse_item<T: for<'de> Deserialize<'de>>(
        &mut self,
        value: toml::Value,
        at: &ItemAt<'_>,
    ) -> Option<T> {
        match T::deserialize(value) {
            Ok(v) => Some(v),
            Err(e) => {
                let msg = e.message().trim().replace('\n', " ");
                // Point at the offending value: parse the item's own lines
                // again, typed, for a located error; else at the key serde
                // names; else at the item's header.
                let (line, col) = locate_item_error::<T>(at)
                    .or_else(|| {
                        msg.split('`')
                            .nth(1)
                            .and_then(|k| at.key_line(k))
                            .map(|l| (l, 1))
                    })
                    .unwrap_or((at.line, 1));
                self.problem(at.file, line, col, msg);
                None
            }
        }
    }

    fn meta(
        &mut self,
        id: String,
        description: String,
        examples: Vec<toml::Value>,
        counterexamples: Vec<toml::Value>,
        at: &ItemAt<'_>,
    ) -> RuleMeta {
        let origin = Origin {
            file: at.file.to_string(),
            line: at.line,
        };
        let id_line = at.key_line("id").unwrap_or(at.line);
        if id.trim().is_empty() {
            self.problem(at.file, id_line, 1, "empty id");
        } else if !id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            self.problem(
                at.file,
                id_line,
                1,
                format!("id `{id}` must be kebab-case (a-z, 0-9, -)"),
            );
        }
        if let Some(first) = self.ids.get(&id) {
            let msg = format!(
                "duplicate id `{id}` (first defined at {}:{})",
                first.file, first.line
            );
            self.problem(at.file, id_line, 1, msg);
        } else {
            self.ids.insert(id.clone(), origin.clone());
        }
        if description.trim().is_empty() {
            let line = at.key_line("description").unwrap_or(at.line);
            self.problem(
                at.file,
                line,
                1,
                format!("rule `{id}` has an empty description"),
            );
        }
        let examples = examples
            .into_iter()
            .filter_map(|v| self.example(v, at, "examples"))
            .collect();
        let counterexamples = counterexamples
            .into_iter()
            .filter_map(|v| match v {
                toml::Value::String(s) => Some(s),
                other => {
                    let line = at.key_line("counterexamples").unwrap_or(at.line);
                    self.problem(
                        at.file,
                        line,
                        1,
                        format!(
                            "rule `{id}`: a counterexample must be a string, found {}",
                            other.type_str()
                        ),
                    );
                    None
                }
            })
            .collect();
        RuleMeta {
            id,
            description,
            examples,
            counterexamples,
            origin,
        }
    }

    fn example(&mut self, value: toml::Value, at: &ItemAt<'_>, key: &str) -> Option<Example> {
        let line = at.key_line(key).unwrap_or(at.line);
        match value {
            toml::Value::String(text) => Some(Example {
                text,
                ..Example::default()
            }),
            toml::Value::Table(t) => {
                let mut ex = Example::default();
                for (k, v) in t {
                    match (k.as_str(), v) {
                        ("text", toml::Value::String(s)) => ex.text = s,
                        ("entity", toml::Value::String(s)) => ex.entity = Some(s),
                        ("parties", toml::Value::Array(a)) => {
                            for p in a {
                                match p {
                                    toml::Value::String(s) => ex.parties.push(s),
                                    _ => self.problem(
                                        at.file,
                                        line,
                                        1,
                                        "example `parties` must be strings",
                                    ),
                                }
                            }
                        }
                        ("type", toml::Value::String(s)) => {
                            ex.event_type = self.vocab(&s, EventType::NAMES, "type", at.file, line)
                        }
                        ("status", toml::Value::String(s)) => {
                            ex.status = self.vocab(&s, Status::NAMES, "status", at.file, line)
                        }
                        (k, v) => self.problem(
                            at.file,
                            line,
                            1,
                            format!(
                                "example key `{k}` ({}) is not one of text, parties, type, status, entity (strings)",
                                v.type_str()
                            ),
                        ),
                    }
                }
                if ex.text.is_empty() {
                    self.problem(at.file, line, 1, "example without `text`");
                    return None;
                }
                Some(ex)
            }
            other => {
                self.problem(
                    at.file,
                    line,
                    1,
                    format!(
                        "an example must be a string or a table with `text`, found {}",
                        other.type_str()
                    ),
                );
                None
            }
        }
    }

    fn vocab<T: for<'de> Deserialize<'de>>(
        &mut self,
        word: &str,
        names: &[&str],
        what: &str,
        file: &str,
        line: usize,
    ) -> Option<T> {
        if names.contains(&word) {
            T::deserialize(toml::Value::String(word.to_string())).ok()
        } else {
            self.problem(
                file,
                line,
                1,
                format!(
                    "unknown {what} `{word}` (expected one of: {})",
                    names.join(", ")
                ),
            );
            None
        }
    }

    fn cues(&mut self, id: &str, cues: &[String], at: &ItemAt<'_>) -> bool {
        let line = at.key_line("cues").unwrap_or(at.line);
        if cues.is_empty() {
            self.problem(at.file, line, 1, format!("rule `{id}` has no cues"));
            return false;
        }
        let mut ok = true;
        for cue in cues {
            if cue.trim().is_empty() {
                self.problem(at.file, line, 1, format!("rule `{id}` has an empty cue"));
                ok = false;
            } else if cue.trim() != cue {
                self.problem(
                    at.file,
                    line,
                    1,
                    format!("rule `{id}`: cue `{cue}` has leading or trailing spaces"),
                );
                ok = false;
            }
        }
        ok
    }

    fn add_pattern(&mut self, text: &str, payload: Payload) {
        let key = text.to_ascii_lowercase();
        let slot = self.patterns.entry(key.clone()).or_insert_with(|| {
            self.pattern_order.push(key);
            Vec::new()
        });
        if !slot.contains(&payload) {
            slot.push(payload);
        }
    }

    fn add_list(&mut self, value: toml::Value, at: &ItemAt<'_>, layer: &Layer) {
        let Some(raw) = self.parse_item::<RawList>(value, at) else {
            return;
        };
        let meta = self.meta(
            raw.id,
            raw.description,
            raw.examples,
            raw.counterexamples,
            at,
        );
        let case_sensitive = match raw.case.as_deref() {
            None => raw.kind.case_sensitive_default(),
            Some("sensitive") => true,
            Some("insensitive") => false,
            Some(other) => {
                let line = at.key_line("case").unwrap_or(at.line);
                self.problem(
                    at.file,
                    line,
                    1,
                    format!("unknown case `{other}` (expected sensitive or insensitive)"),
                );
                raw.kind.case_sensitive_default()
            }
        };
        let list_index = self.lists.len();
        let shown_file = format!("{}{}", layer.prefix, raw.file);
        match layer.files.get(&raw.file) {
            None => {
                let line = at.key_line("file").unwrap_or(at.line);
                self.problem(
                    at.file,
                    line,
                    1,
                    format!("list file `{}` not found beside this file", raw.file),
                );
            }
            Some(text) => {
                self.add_entries(&shown_file, text, list_index, raw.kind, case_sensitive);
            }
        }
        self.lists.push(NameList {
            meta,
            kind: raw.kind,
            case_sensitive,
            file: shown_file,
        });
    }

    fn add_entries(
        &mut self,
        file: &str,
        text: &str,
        list: usize,
        kind: ListKind,
        case_sensitive: bool,
    ) {
        let mut seen: HashSet<String> = HashSet::new();
        for (n, raw_line) in text.lines().enumerate() {
            let line_no = n + 1;
            let content = raw_line.split('#').next().unwrap_or("").trim();
            if content.is_empty() {
                continue;
            }
            let forms: Vec<&str> = content.split('|').map(str::trim).collect();
            if let Some(pos) = forms.iter().position(|f| f.is_empty()) {
                let col = raw_line.find('|').map_or(1, |c| c + 1);
                self.problem(
                    file,
                    line_no,
                    col,
                    format!("empty name in entry (field {})", pos + 1),
                );
                continue;
            }
            if kind != ListKind::Company && forms.len() > 1 && kind != ListKind::Outlet {
                self.problem(
                    file,
                    line_no,
                    1,
                    "aliases (`|`) are only allowed in company and outlet lists",
                );
                continue;
            }
            if forms
                .iter()
                .any(|f| f.chars().all(|c| !c.is_alphanumeric()))
            {
                self.problem(
                    file,
                    line_no,
                    1,
                    "a name needs at least one letter or digit",
                );
                continue;
            }
            let entry = self.entries.len() as u32;
            self.entries.push(Entry {
                list,
                canonical: forms[0].to_string(),
                line: line_no,
            });
            for form in forms {
                let key = if case_sensitive {
                    form.to_string()
                } else {
                    form.to_lowercase()
                };
                if !seen.insert(key) {
                    self.problem(
                        file,
                        line_no,
                        1,
                        format!("`{form}` is listed twice in this file"),
                    );
                    continue;
                }
                if kind == ListKind::Company {
                    let origin = Origin {
                        file: file.to_string(),
                        line: line_no,
                    };
                    if let Some((other, first)) = self.company_aliases.get(form)
                        && other != &self.entries[entry as usize].canonical
                    {
                        let msg = format!(
                            "alias `{form}` is given to two companies: `{other}` ({}:{}) and `{}`",
                            first.file, first.line, self.entries[entry as usize].canonical
                        );
                        self.problem(file, line_no, 1, msg);
                        continue;
                    }
                    let canonical = self.entries[entry as usize].canonical.clone();
                    self.company_aliases
                        .insert(form.to_string(), (canonical, origin));
                }
                let surface = self.surfaces.len() as u32;
                self.surfaces.push(form.to_string());
                if kind.words_only() {
                    continue;
                }
                self.add_pattern(
                    form,
                    Payload::Entry {
                        entry,
                        surface,
                        case_sensitive,
                    },
                );
            }
        }
    }

    fn add_trigger(&mut self, value: toml::Value, at: &ItemAt<'_>) {
        let Some(raw) = self.parse_item::<RawTrigger>(value, at) else {
            return;
        };
        let type_line = at.key_line("type").unwrap_or(at.line);
        let status_line = at.key_line("status").unwrap_or(at.line);
        let event_type = self.vocab(
            &raw.event_type,
            EventType::NAMES,
            "type",
            at.file,
            type_line,
        );
        let status = self.vocab(&raw.status, Status::NAMES, "status", at.file, status_line);
        let meta = self.meta(
            raw.id,
            raw.description,
            raw.examples,
            raw.counterexamples,
            at,
        );
        let cues_ok = self.cues(&meta.id, &raw.cues, at);
        let (Some(event_type), Some(status), true) = (event_type, status, cues_ok) else {
            return;
        };
        let index = self.triggers.len() as u16;
        for cue in &raw.cues {
            self.add_pattern(cue, Payload::Trigger(index));
        }
        self.triggers.push(Trigger {
            meta,
            cues: raw.cues,
            event_type,
            status,
            weak: raw.weak,
            noun: raw.noun,
        });
    }

    fn add_status(&mut self, value: toml::Value, at: &ItemAt<'_>) {
        let Some(raw) = self.parse_item::<RawStatus>(value, at) else {
            return;
        };
        let status_line = at.key_line("status").unwrap_or(at.line);
        let status = self.vocab(&raw.status, Status::NAMES, "status", at.file, status_line);
        let meta = self.meta(
            raw.id,
            raw.description,
            raw.examples,
            raw.counterexamples,
            at,
        );
        let cues_ok = self.cues(&meta.id, &raw.cues, at);
        let (Some(status), true) = (status, cues_ok) else {
            return;
        };
        let index = self.statuses.len() as u16;
        for cue in &raw.cues {
            self.add_pattern(cue, Payload::Status(index));
        }
        self.statuses.push(StatusCue {
            meta,
            cues: raw.cues,
            status,
            after_trigger: raw.after_trigger,
        });
    }

    fn add_boilerplate(&mut self, value: toml::Value, at: &ItemAt<'_>) {
        let Some(raw) = self.parse_item::<RawBoilerplate>(value, at) else {
            return;
        };
        let meta = self.meta(
            raw.id,
            raw.description,
            raw.examples,
            raw.counterexamples,
            at,
        );
        let line = at.key_line("pattern").unwrap_or(at.line);
        if raw.pattern.is_empty() {
            self.problem(
                at.file,
                line,
                1,
                format!("rule `{}` has an empty pattern", meta.id),
            );
            return;
        }
        let regex = match regex::RegexBuilder::new(&raw.pattern)
            .multi_line(true)
            .size_limit(1 << 22)
            .build()
        {
            Ok(r) => r,
            Err(e) => {
                let msg = format!(
                    "rule `{}`: pattern does not compile: {}",
                    meta.id,
                    e.to_string().replace('\n', " ")
                );
                self.problem(at.file, line, 1, msg);
                return;
            }
        };
        if regex.is_match("") {
            self.problem(
                at.file,
                line,
                1,
                format!("rule `{}`: pattern matches the empty string", meta.id),
            );
            return;
        }
        self.boilerplate.push(Boilerplate {
            meta,
            pattern: raw.pattern,
            regex,
        });
    }

    fn finish(self) -> Result<Rules> {
        let Loader {
            mut problems,
            lists,
            entries,
            surfaces,
            triggers,
            statuses,
            boilerplate,
            mut patterns,
            pattern_order,
            ..
        } = self;
        if !problems.is_empty() {
            problems.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
            return Err(Error::Rules(problems));
        }
        let payloads: Vec<Vec<Payload>> = pattern_order
            .iter()
            .map(|p| patterns.remove(p).unwrap_or_default())
            .collect();
        let anchored = aho_corasick::nfa::contiguous::NFA::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&pattern_order)
            .map_err(|e| {
                Error::Rules(vec![RuleProblem {
                    file: "rules/".to_string(),
                    line: 1,
                    column: 1,
                    message: format!("the anchored name automaton could not be built: {e}"),
                }])
            })?;
        let mut first_bytes = [false; 256];
        for p in &pattern_order {
            if let Some(&b) = p.as_bytes().first() {
                first_bytes[b.to_ascii_lowercase() as usize] = true;
                first_bytes[b.to_ascii_uppercase() as usize] = true;
            }
        }
        let mut word_classes: HashMap<String, u32> = HashMap::new();
        for e in &entries {
            if !e.canonical.contains(' ') {
                *word_classes
                    .entry(e.canonical.trim_end_matches('.').to_lowercase())
                    .or_default() |= lists[e.list].kind.bit();
            }
        }
        let boiler_gate = BoilerGate::build(&boilerplate);
        let entry_kinds = entries.iter().map(|e| lists[e.list].kind).collect();
        Ok(Rules {
            anchored,
            first_bytes,
            entry_kinds,
            boiler_gate,
            word_classes,
            lists,
            entries,
            surfaces,
            triggers,
            statuses,
            boilerplate,
            patterns: pattern_order,
            scan: std::sync::OnceLock::new(),
            payloads,
        })
    }
}

/// One `[[key]]` item of a TOML file: its header line and the next one.
struct ItemAt<'a> {
    file: &'a str,
    text: &'a str,
    line: usize,
    next: usize,
}

impl ItemAt<'_> {
    fn key_line(&self, key: &str) -> Option<usize> {
        key_line(self.text, key, self.line, self.next)
    }
}

/// Where a typed parse of one `[[key]]` item fails, as a (line, column) of
/// its file: the item's lines are parsed alone, as a one-item document.
fn locate_item_error<T: for<'de> Deserialize<'de>>(at: &ItemAt<'_>) -> Option<(usize, usize)> {
    let first = at.line.checked_sub(1)?;
    let lines: Vec<&str> = at
        .text
        .lines()
        .skip(first)
        .take(at.next.saturating_sub(at.line))
        .collect();
    let item = lines.join("\n");
    let err = toml::from_str::<HashMap<String, Vec<T>>>(&item).err()?;
    let span = err.span()?;
    let (line, col) = line_col(&item, span.start);
    Some((first + line, col))
}

/// 1-based (line, column) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text.as_bytes()[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let col = offset
        - before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1)
        + 1;
    (line, col)
}

/// Lines (1-based) of every `[[key]]` header.
fn header_lines(text: &str, key: &str) -> Vec<usize> {
    let header = format!("[[{key}]]");
    text.lines()
        .enumerate()
        .filter(|(_, l)| l.trim() == header)
        .map(|(i, _)| i + 1)
        .collect()
}

/// Line of `key =` between two lines (inclusive, exclusive).
fn key_line(text: &str, key: &str, from: usize, to: usize) -> Option<usize> {
    text.lines()
        .enumerate()
        .skip(from.saturating_sub(1))
        .take_while(|(i, _)| i + 1 < to)
        .find(|(_, l)| {
            let l = l.trim_start();
            l.strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map(|(i, _)| i + 1)
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
    fn line_col_counts_from_one() {
        assert_eq!(line_col("ab\ncd", 0), (1, 1));
        assert_eq!(line_col("ab\ncd", 4), (2, 2));
    }

    #[test]
    fn bad_trigger_is_located() {
        let source = RuleSource::embedded().with_file(
            "more.toml",
            "[[trigger]]\nid = \"x-y\"\ndescription = \"d\"\ncues = [\"pact\"]\ntype = \"merger\"\nstatus = \"talks\"\n",
        );
        let err = Rules::load(&source).unwrap_err().to_string();
        assert!(
            err.contains("rules/more.toml:5:1: error: unknown type `merger`"),
            "{err}"
        );
    }
}

/// Where a boilerplate regex has to be run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scope {
    /// Everywhere: no required literal is known.
    Everywhere,
    /// Over the whole text, but only when one of its literals occurs.
    Text,
    /// Only on the lines holding one of its literals (it never matches `\n`).
    Lines,
    /// Anchored at the starts of the lines holding one of its literals: it
    /// starts with a multi-line `^` and the literals come from a part before
    /// anything that can match `\n`, so they lie on a match's first line.
    LineStarts,
}

/// A literal prefilter over the boilerplate regexes, compiled once.
#[derive(Debug)]
struct BoilerGate {
    /// Every required literal of every gated regex (overlapping search).
    automaton: Option<AhoCorasick>,
    /// Pattern of `automaton` -> the regexes that require it.
    owners: Vec<Vec<usize>>,
    /// Per regex.
    scopes: Vec<Scope>,
    /// Per regex of scope `Lines` whose every match starts at a line start:
    /// the regex anchored at the start of the haystack (a line), which stops
    /// as soon as the line cannot match.
    anchored: Vec<Option<Regex>>,
}

impl BoilerGate {
    fn build(boilerplate: &[Boilerplate]) -> Self {
        let mut literals: Vec<Vec<u8>> = Vec::new();
        let mut owners: Vec<Vec<usize>> = Vec::new();
        let mut index: HashMap<Vec<u8>, usize> = HashMap::new();
        let mut scopes = Vec::with_capacity(boilerplate.len());
        let mut anchored = vec![None; boilerplate.len()];
        for (i, b) in boilerplate.iter().enumerate() {
            let hir = regex_syntax::ParserBuilder::new()
                .multi_line(true)
                .build()
                .parse(&b.pattern);
            let Ok(hir) = hir else {
                scopes.push(Scope::Everywhere);
                continue;
            };
            let non_empty = hir.properties().minimum_len().is_some_and(|n| n > 0);
            let text_anchors = [Look::Start, Look::End]
                .iter()
                .any(|&l| hir.properties().look_set().contains(l));
            let usable = non_empty && !text_anchors;
            let (scope, lits) = if usable && !can_match_newline(&hir) {
                (Scope::Lines, required_literals(&fold_case(&hir)))
            } else if let Some(lits) = first_line_literals(&hir).filter(|_| usable) {
                (Scope::LineStarts, Some(lits))
            } else {
                (Scope::Text, required_literals(&fold_case(&hir)))
            };
            let Some(lits) = lits else {
                scopes.push(Scope::Everywhere);
                continue;
            };
            for lit in lits {
                let at = *index.entry(lit.clone()).or_insert_with(|| {
                    literals.push(lit);
                    owners.push(Vec::new());
                    owners.len() - 1
                });
                owners[at].push(i);
            }
            scopes.push(scope);
            if scope == Scope::LineStarts || (scope == Scope::Lines && starts_at_line_start(&hir)) {
                anchored[i] = regex::RegexBuilder::new(&format!("\\A(?:{})", b.pattern))
                    .multi_line(true)
                    .size_limit(1 << 22)
                    .build()
                    .ok();
            }
        }
        for special in FOLDS_TO_ASCII {
            literals.push(special.as_bytes().to_vec());
            owners.push(Vec::new());
        }
        let automaton = (literals.len() > FOLDS_TO_ASCII.len())
            .then(|| {
                AhoCorasickBuilder::new()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::Standard)
                    .kind(Some(AhoCorasickKind::DFA))
                    .build(&literals)
                    .ok()
            })
            .flatten();
        if automaton.is_none() {
            scopes.iter_mut().for_each(|s| *s = Scope::Everywhere);
        }
        BoilerGate {
            automaton,
            owners,
            scopes,
            anchored,
        }
    }

    fn matches(&self, boilerplate: &[Boilerplate], text: &str) -> Vec<(usize, usize, usize)> {
        let n = boilerplate.len();
        let mut in_text = vec![false; n];
        let mut lines: Vec<Vec<(usize, usize)>> = vec![Vec::new(); n];
        let mut ungated = self.automaton.is_none();
        if let Some(ac) = &self.automaton {
            let bytes = text.as_bytes();
            let mut line = (0, 0);
            for m in ac.find_overlapping_iter(bytes) {
                if m.pattern().as_usize() >= self.owners.len() - FOLDS_TO_ASCII.len() {
                    ungated = true;
                    break;
                }
                let at = m.start();
                if !(line.0 <= at && at < line.1) {
                    let start = bytes[..at]
                        .iter()
                        .rposition(|&b| b == b'\n')
                        .map_or(0, |p| p + 1);
                    let end = bytes[at..]
                        .iter()
                        .position(|&b| b == b'\n')
                        .map_or(bytes.len(), |p| at + p + 1);
                    line = (start, end);
                }
                for &i in &self.owners[m.pattern().as_usize()] {
                    in_text[i] = true;
                    if lines[i].last() != Some(&line) {
                        lines[i].push(line);
                    }
                }
            }
        }
        let mut out = Vec::new();
        let push_all = |out: &mut Vec<(usize, usize, usize)>, re: &Regex, i, base, hay: &str| {
            for m in re.find_iter(hay) {
                if m.start() < m.end() {
                    out.push((base + m.start(), base + m.end(), i));
                }
            }
        };
        for (i, b) in boilerplate.iter().enumerate() {
            match self.scopes[i] {
                _ if ungated => push_all(&mut out, &b.regex, i, 0, text),
                Scope::Everywhere => push_all(&mut out, &b.regex, i, 0, text),
                Scope::Text if in_text[i] => push_all(&mut out, &b.regex, i, 0, text),
                Scope::Text => {}
                Scope::LineStarts => {
                    let Some(re) = &self.anchored[i] else {
                        push_all(&mut out, &b.regex, i, 0, text);
                        continue;
                    };
                    let mut ls = std::mem::take(&mut lines[i]);
                    ls.sort_unstable();
                    ls.dedup();
                    // Matches start at line starts only; the next search
                    // starts where the last match ended, as in `find_iter`.
                    let mut searched_to = 0;
                    for (s, _) in ls {
                        if s < searched_to {
                            continue;
                        }
                        if let Some(m) = re.find(&text[s..]).filter(|m| !m.is_empty()) {
                            out.push((s + m.start(), s + m.end(), i));
                            searched_to = s + m.end();
                        }
                    }
                }
                Scope::Lines => {
                    let mut ls = std::mem::take(&mut lines[i]);
                    ls.sort_unstable();
                    ls.dedup();
                    for (s, e) in ls {
                        match &self.anchored[i] {
                            // At most one non-empty match per line: the one at its start.
                            Some(re) => {
                                if let Some(m) = re.find(&text[s..e]).filter(|m| !m.is_empty()) {
                                    out.push((s + m.start(), s + m.end(), i));
                                }
                            }
                            None => push_all(&mut out, &b.regex, i, s, &text[s..e]),
                        }
                    }
                }
            }
        }
        out.sort_unstable();
        out
    }
}

/// The non-ASCII characters that match an ASCII letter under Unicode
/// simple case folding (KELVIN SIGN, LATIN SMALL LETTER LONG S). The gate
/// folds case to ASCII, so a text holding one of them is searched ungated.
const FOLDS_TO_ASCII: [&str; 2] = ["\u{212A}", "\u{17F}"];

/// `hir` with every class that only holds the case variants of one ASCII
/// letter (`(?i)k` is `[Kk\u{212A}]`) replaced by the lower-case letter, and
/// literals lower-cased: literal extraction then stays small and the gate
/// automaton matches ASCII case-insensitively.
fn fold_case(hir: &regex_syntax::hir::Hir) -> regex_syntax::hir::Hir {
    use regex_syntax::hir::{Capture, Class, Hir, HirKind, Repetition};
    let letter = |chars: &mut dyn Iterator<Item = char>| -> Option<u8> {
        let mut found: Option<u8> = None;
        for c in chars {
            let l = match c {
                '\u{212A}' => 'k',
                '\u{17F}' => 's',
                c if c.is_ascii_alphabetic() => c.to_ascii_lowercase(),
                _ => return None,
            };
            if found.is_some_and(|f| f != l as u8) {
                return None;
            }
            found = Some(l as u8);
        }
        found
    };
    match hir.kind() {
        HirKind::Class(Class::Unicode(c)) => {
            let n: u32 = c
                .ranges()
                .iter()
                .map(|r| r.end() as u32 - r.start() as u32 + 1)
                .sum();
            let mut chars = c.ranges().iter().flat_map(|r| r.start()..=r.end());
            match (n <= 3).then(|| letter(&mut chars)).flatten() {
                Some(l) => Hir::literal([l]),
                None => hir.clone(),
            }
        }
        HirKind::Class(Class::Bytes(c)) => {
            let n: u32 = c
                .ranges()
                .iter()
                .map(|r| r.end() as u32 - r.start() as u32 + 1)
                .sum();
            let mut chars = c
                .ranges()
                .iter()
                .flat_map(|r| r.start()..=r.end())
                .map(char::from);
            match (n <= 2).then(|| letter(&mut chars)).flatten() {
                Some(l) => Hir::literal([l]),
                None => hir.clone(),
            }
        }
        HirKind::Literal(l) => Hir::literal(l.0.to_ascii_lowercase()),
        HirKind::Repetition(r) => Hir::repetition(Repetition {
            sub: Box::new(fold_case(&r.sub)),
            ..r.clone()
        }),
        HirKind::Capture(c) => Hir::capture(Capture {
            sub: Box::new(fold_case(&c.sub)),
            ..c.clone()
        }),
        HirKind::Concat(hs) => Hir::concat(hs.iter().map(fold_case).collect()),
        HirKind::Alternation(hs) => Hir::alternation(hs.iter().map(fold_case).collect()),
        HirKind::Empty | HirKind::Look(_) => hir.clone(),
    }
}

/// A set of literals one of which every match of `hir` contains, if known
/// (none empty).
fn required_literals(hir: &regex_syntax::hir::Hir) -> Option<Vec<Vec<u8>>> {
    use regex_syntax::hir::literal::{ExtractKind, Extractor};
    use regex_syntax::hir::{Hir, HirKind};
    fn score(l: &[Vec<u8>]) -> (usize, std::cmp::Reverse<usize>) {
        (
            l.iter().map(Vec::len).min().unwrap_or(0),
            std::cmp::Reverse(l.len()),
        )
    }
    fn best(a: Option<Vec<Vec<u8>>>, b: Option<Vec<Vec<u8>>>) -> Option<Vec<Vec<u8>>> {
        match (a, b) {
            (Some(a), Some(b)) => Some(if score(&b) > score(&a) { b } else { a }),
            (a, b) => a.or(b),
        }
    }
    let prefixes = |h: &Hir| {
        Extractor::new()
            .kind(ExtractKind::Prefix)
            .extract(h)
            .literals()
            .filter(|ls| !ls.is_empty() && ls.iter().all(|l| !l.is_empty()))
            .map(|ls| ls.iter().map(|l| l.as_bytes().to_vec()).collect::<Vec<_>>())
    };
    let mut found = prefixes(hir);
    match hir.kind() {
        HirKind::Capture(c) => found = best(found, required_literals(&c.sub)),
        HirKind::Repetition(r) if r.min >= 1 => found = best(found, required_literals(&r.sub)),
        HirKind::Concat(parts) => {
            for i in 0..parts.len() {
                found = best(found, prefixes(&Hir::concat(parts[i..].to_vec())));
                found = best(found, required_literals(&parts[i]));
            }
        }
        HirKind::Alternation(alts) => {
            let all = alts
                .iter()
                .map(required_literals)
                .collect::<Option<Vec<_>>>()
                .map(|v| v.concat());
            found = best(found, all);
        }
        _ => {}
    }
    found
}

/// For a pattern `^ A B C` whose leading parts `A B` cannot match `\n`:
/// literals one of which every match of `A B` contains (so they lie on the
/// line where the whole match starts).
fn first_line_literals(hir: &regex_syntax::hir::Hir) -> Option<Vec<Vec<u8>>> {
    use regex_syntax::hir::{Hir, HirKind};
    let HirKind::Concat(parts) = hir.kind() else {
        return None;
    };
    if !matches!(parts.first()?.kind(), HirKind::Look(Look::StartLF)) {
        return None;
    }
    let k = parts
        .iter()
        .position(can_match_newline)
        .unwrap_or(parts.len());
    if k <= 1 {
        return None;
    }
    required_literals(&fold_case(&Hir::concat(parts[..k].to_vec())))
}

/// Whether every match of `hir` starts with a multi-line `^` (a line start).
fn starts_at_line_start(hir: &regex_syntax::hir::Hir) -> bool {
    use regex_syntax::hir::HirKind;
    match hir.kind() {
        HirKind::Look(Look::StartLF) => true,
        HirKind::Capture(c) => starts_at_line_start(&c.sub),
        HirKind::Concat(hs) => hs.first().is_some_and(starts_at_line_start),
        HirKind::Alternation(hs) => hs.iter().all(starts_at_line_start),
        _ => false,
    }
}

/// Whether some match of `hir` may contain a line feed.
fn can_match_newline(hir: &regex_syntax::hir::Hir) -> bool {
    use regex_syntax::hir::{Class, HirKind};
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => false,
        HirKind::Literal(l) => l.0.contains(&b'\n'),
        HirKind::Class(Class::Unicode(c)) => c
            .ranges()
            .iter()
            .any(|r| r.start() <= '\n' && '\n' <= r.end()),
        HirKind::Class(Class::Bytes(c)) => c
            .ranges()
            .iter()
            .any(|r| r.start() <= b'\n' && b'\n' <= r.end()),
        HirKind::Repetition(r) => r.max != Some(0) && can_match_newline(&r.sub),
        HirKind::Capture(c) => can_match_newline(&c.sub),
        HirKind::Concat(hs) | HirKind::Alternation(hs) => hs.iter().any(can_match_newline),
    }
}

#[cfg(test)]
mod gate_tests {
    use super::*;

    fn naive(rules: &Rules, text: &str) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        for (i, b) in rules.boilerplate.iter().enumerate() {
            for m in b.regex.find_iter(text) {
                if m.start() < m.end() {
                    out.push((m.start(), m.end(), i));
                }
            }
        }
        out.sort_unstable();
        out
    }

    #[test]
    fn default_boilerplate_is_gated_by_literals() {
        let rules = Rules::default_rules().unwrap();
        let gate = &rules.boiler_gate;
        for (b, scope) in rules.boilerplate.iter().zip(&gate.scopes) {
            assert_ne!(*scope, Scope::Everywhere, "{}", b.meta.id);
        }
        let form = rules
            .boilerplate
            .iter()
            .position(|b| b.meta.id == "form-notices")
            .unwrap();
        assert_eq!(gate.scopes[form], Scope::Lines);
        assert!(gate.anchored[form].is_some());
        let via = rules
            .boilerplate
            .iter()
            .position(|b| b.meta.id == "via-source")
            .unwrap();
        assert_eq!(gate.scopes[via], Scope::LineStarts);
    }

    #[test]
    fn gated_matches_equal_a_plain_search() {
        let rules = Rules::default_rules().unwrap();
        let mut texts: Vec<String> = std::fs::read_dir("corpus")
            .unwrap()
            .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
            .collect();
        texts.extend(
            [
                "Share\nShare this story\r\nPrint\n  Tweet  \nComments (3)\nShare prices rose.",
                "(Photo : Reuters)\nVia: gizmochina.com\nSource:\n  example.com\n",
                "We use COOKIES. \u{a9} 2020 Acme\nYour email address will not be published.",
                "Coo\u{212A}ie policy here\nUpdated 11:29 AM EDT, Tue, Jun 16, 2020\n",
                "\u{17F}hare this\nMake CT Your Homepage\nmake it your homepage now",
                "Posted by admin on 2019\nPOSTED 2019\r\nlast updated: 1 2 2021  \n",
                "",
                "\n\n\n",
            ]
            .map(String::from),
        );
        for text in &texts {
            assert_eq!(
                rules.boilerplate_matches(text),
                naive(&rules, text),
                "{text:?}"
            );
        }
    }
}
