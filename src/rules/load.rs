//! The loader: reads every layer of a [`RuleSource`], hands each `[[kind]]`
//! item to its rule kind's `add_*` step (one file per kind), collects every
//! problem, and compiles the result into [`Rules`].

use std::hash::BuildHasher;

use hashbrown::{DefaultHashBuilder, HashMap, HashTable, hash_table};

use super::compile;
use super::compile::WordClasses;
use super::lists::CueBits;
use super::lists::Cues;
use super::words::LiteralWords;
use toml::Spanned;
use toml::de::{DeTable, ValueDeserializer};

use super::location::{ItemAt, Lines, line_col};
use super::source::{Layer, RuleSource};
use super::strings::Strings;
use super::{Boilerplate, Entry, NameList, Origin, Payload, Rules, StatusCue, Trigger};
use crate::error::{Error, Result, RuleProblem};

/// Adds one `[[key]]` item of a rule file to the loader (each rule kind's
/// `add_*` step, in its own file).
type AddItem = fn(&mut Loader, RawItem<'_>, &ItemAt<'_>, &Layer);

/// One parsed `[[key]]` item, read by its kind's raw shape straight from
/// the parser's tree (no `toml::Value` made of it first: that copy and its
/// drop were 7% of start-up).
pub(super) type RawItem<'d> = ValueDeserializer<'d>;

/// The rule kinds: the standard TOML file of each, the array-of-tables key
/// its items stand under, and the step that adds one item. Files are loaded
/// in this order. A new rule kind is one row here.
pub(super) const KINDS: &[(&str, &str, AddItem)] = &[
    ("lexicons.toml", LIST_KEY, Loader::add_list),
    ("triggers.toml", "trigger", Loader::add_trigger),
    ("status.toml", "status", Loader::add_status),
    ("boilerplate.toml", "boilerplate", Loader::add_boilerplate),
    ("patterns.toml", "pattern", Loader::add_extraction_pattern),
];

/// The key of word lists' items (`[[list]]`).
const LIST_KEY: &str = "list";

/// The rule files that must exist in some layer.
const MANDATORY: [&str; 2] = ["lexicons.toml", "triggers.toml"];

/// Everything read so far, and every problem found; [`Loader::finish`]
/// compiles it into [`Rules`].
#[derive(Default)]
pub(super) struct Loader {
    pub(super) problems: Vec<RuleProblem>,
    pub(super) lists: Vec<NameList>,
    pub(super) entries: Vec<Entry>,
    /// The canonical form of each entry.
    pub(super) canonicals: Strings,
    pub(super) surfaces: Strings,
    pub(super) triggers: Vec<Trigger>,
    pub(super) statuses: Vec<StatusCue>,
    pub(super) boilerplate: Vec<Boilerplate>,
    pub(super) extraction_patterns: Vec<super::PatternRule>,
    /// Every literal (ASCII lower case), in the order first added: the
    /// pattern ids.
    pub(super) pattern_order: Strings,
    /// The id of each literal, hashed by its text in `pattern_order`.
    pub(super) pattern_ids: HashTable<u32>,
    /// (pattern id, payload), in the order added (duplicates dropped at
    /// [`Loader::finish`]).
    pub(super) payloads: Vec<(u32, Payload)>,
    pub(super) ids: HashMap<String, Origin>,
    /// Each company alias (exact) as `(surface, entry)`: hashed by its
    /// text in `surfaces`, the entry whose company it names.
    pub(super) company_aliases: HashTable<(u32, u32)>,
    /// The hasher of the tables above.
    pub(super) hasher: DefaultHashBuilder,
    /// The clean stage's lists and weights, once loaded without a problem.
    pub(super) clean: Option<crate::pipeline::clean::CleanConfig>,
    /// Scratch space for the lower-cased literal of [`Loader::add_pattern`].
    pub(super) key_buffer: String,
    /// The ids of the code's cue lists no layer declared, loaded from the
    /// built-in rules ([`Loader::borrow_code_cue_lists`]).
    pub(super) borrowed: Vec<String>,
    /// Whether some word list may be missing because a problem was
    /// reported where lists are read: a `[[list]]` item or its file, a
    /// file that could not be read, or a TOML file that does not parse
    /// (`lexicons.toml`, or an extra file whose kind is then unknown). An
    /// `@id` naming no list is then not reported again at each pattern.
    pub(super) lists_incomplete: bool,
}

impl Loader {
    /// Records a problem at `file:line:column`.
    pub(super) fn problem(
        &mut self,
        file: &str,
        line: usize,
        column: usize,
        message: impl Into<String>,
    ) {
        self.problems.push(RuleProblem {
            file: file.to_string(),
            line,
            column,
            message: message.into(),
        });
    }

    /// Step 1: every layer in turn, then the check for mandatory files.
    pub(super) fn load(&mut self, source: &RuleSource) {
        if source.layers.is_empty() {
            self.problem("rules/", 1, 1, "no rule files given");
        }
        self.reserve_lists(source);
        for layer in &source.layers {
            self.problems.extend(layer.faults.iter().cloned());
            self.lists_incomplete |= !layer.faults.is_empty();
            self.load_layer(layer);
        }
        self.borrow_code_cue_lists(source.layers.iter().any(|l| l.embedded));
        self.check_mandatory(source);
        match crate::pipeline::clean::CleanConfig::load(source) {
            Ok(clean) => self.clean = Some(clean),
            Err(problems) => self.problems.extend(problems),
        }
    }

    /// Room in the list tables for every line of every list file (the
    /// `.txt` files outside `clean/`) of `source`: they grow once, not list
    /// by list (growing and rehashing them list by list was 3% of start-up).
    fn reserve_lists(&mut self, source: &RuleSource) {
        let (mut lines, mut bytes) = (0, 0);
        for layer in &source.layers {
            let lists = layer.files.iter().filter(|(name, _)| {
                name.ends_with(".txt") && !name.starts_with(super::source::CLEAN_DIR)
            });
            for (_, text) in lists {
                lines += text.bytes().filter(|&b| b == b'\n').count() + 1;
                bytes += text.len();
            }
        }
        self.entries.reserve(lines);
        self.canonicals.reserve(lines, bytes);
        self.surfaces.reserve(lines, bytes);
        self.pattern_order.reserve(lines, bytes);
        self.payloads.reserve(lines);
        let (order, hasher) = (&self.pattern_order, &self.hasher);
        self.pattern_ids
            .reserve(lines, |&id| hasher.hash_one(&order[id as usize]));
        let (surfaces, hasher) = (&self.surfaces, &self.hasher);
        self.company_aliases
            .reserve(lines, |&(s, _)| hasher.hash_one(&surfaces[s as usize]));
    }

    /// The standard files first (in [`KINDS`] order), then the others by
    /// name: a duplicate id is reported in the file added later.
    pub(super) fn load_layer(&mut self, layer: &Layer) {
        let mut files: Vec<(&String, &str)> =
            layer.files.iter().map(|(n, t)| (n, t.as_ref())).collect();
        files.sort_by_key(|(name, _)| {
            let rank = KINDS.iter().position(|(f, _, _)| f == name);
            (rank.unwrap_or(KINDS.len()), name.as_str())
        });
        for (name, text) in files {
            if name.starts_with(super::source::CLEAN_DIR) {
                continue; // the clean stage's files: see `load`
            }
            let shown = format!("{}{}", layer.prefix, name);
            if let Some((_, key, _)) = KINDS.iter().find(|(f, _, _)| f == name) {
                self.load_toml(&shown, text, key, layer);
            } else if name.ends_with(".toml") {
                self.load_extra_toml(&shown, text, layer);
            }
        }
    }

    /// An extra TOML file: its rule kind is the first of [`KINDS`] whose
    /// key the parsed file holds at its top level (so any valid spelling of
    /// the header counts: `[[ trigger ]]`, `[[trigger]] # note`).
    fn load_extra_toml(&mut self, shown: &str, text: &str, layer: &Layer) {
        let Some(doc) = self.parse_toml(shown, text) else {
            self.lists_incomplete = true;
            return;
        };
        let key = KINDS
            .iter()
            .map(|(_, k, _)| *k)
            .find(|k| doc.get_ref().contains_key(*k));
        match key {
            Some(key) => self.load_items(shown, text, &doc, key, layer),
            None => self.problem(
                shown,
                1,
                1,
                "holds none of [[list]], [[trigger]], [[status]], [[boilerplate]], [[pattern]]",
            ),
        }
    }

    fn check_mandatory(&mut self, source: &RuleSource) {
        for name in MANDATORY {
            if !source.layers.iter().any(|l| l.files.contains_key(name)) {
                let prefix = source.layers.first().map_or("rules/", |l| &l.prefix);
                self.problem(&format!("{prefix}{name}"), 1, 1, "missing rule file");
            }
        }
    }

    /// Step 2: one TOML file, whose items stand under `key`; each item goes
    /// to its kind's `add_*` step.
    fn load_toml(&mut self, shown: &str, text: &str, key: &str, layer: &Layer) {
        match self.parse_toml(shown, text) {
            Some(doc) => self.load_items(shown, text, &doc, key, layer),
            None => self.lists_incomplete |= key == LIST_KEY,
        }
    }

    /// The parsed document with the spans of every key and value, or `None`
    /// after reporting where its syntax fails.
    fn parse_toml<'t>(&mut self, shown: &str, text: &'t str) -> Option<Spanned<DeTable<'t>>> {
        match DeTable::parse(text) {
            Ok(doc) => Some(doc),
            Err(e) => {
                let (line, col) = e.span().map(|s| line_col(text, s.start)).unwrap_or((1, 1));
                let msg = e.message().trim().replace('\n', " ");
                self.problem(shown, line, col, format!("TOML syntax: {msg}"));
                None
            }
        }
    }

    /// The `[[key]]` items of a parsed file, each to its kind's `add_*`
    /// step with its location ([`ItemAt`], from the parser's spans), noting
    /// whether a problem was reported while it read `[[list]]` items
    /// ([`Loader::lists_incomplete`]).
    fn load_items(
        &mut self,
        shown: &str,
        text: &str,
        doc: &Spanned<DeTable<'_>>,
        key: &str,
        layer: &Layer,
    ) {
        let before = self.problems.len();
        let lines = Lines::new(text);
        self.check_keys(shown, doc, &lines, key);
        let add = KINDS.iter().find(|(_, k, _)| *k == key).map(|(_, _, f)| *f);
        if let (Some(items), Some(add)) = (self.items_array(shown, doc, &lines, key), add) {
            for item in items.iter() {
                let at = ItemAt::new(shown, text, item, &lines);
                add(self, ValueDeserializer::from(item.clone()), &at, layer);
            }
        }
        self.lists_incomplete |= key == LIST_KEY && self.problems.len() > before;
    }

    /// The array under `key` of a parsed file; `None` when the file has no
    /// such key, or (reported) when its value is no array of tables.
    fn items_array<'d, 't>(
        &mut self,
        shown: &str,
        doc: &'d Spanned<DeTable<'t>>,
        lines: &Lines,
        key: &str,
    ) -> Option<&'d toml::de::DeArray<'t>> {
        let (name, items) = doc.get_ref().get_key_value(key)?;
        let items = items.get_ref().as_array();
        if items.is_none() {
            let msg = format!("`{key}` must be an array of tables [[{key}]]");
            let (line, col) = lines.line_col(name.span().start);
            self.problem(shown, line, col, msg);
        }
        items
    }

    /// Every top-level key of a file other than its kind's is a problem.
    fn check_keys(&mut self, shown: &str, doc: &Spanned<DeTable<'_>>, lines: &Lines, key: &str) {
        for (k, _) in doc.get_ref().iter() {
            if k.get_ref() != key {
                let (line, col) = lines.line_col(k.span().start);
                self.problem(
                    shown,
                    line,
                    col,
                    format!(
                        "unknown key `{}` (this file holds [[{key}]] tables)",
                        k.get_ref()
                    ),
                );
            }
        }
    }

    pub(super) fn cues(&mut self, id: &str, cues: &[String], at: &ItemAt<'_>) -> bool {
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

    /// Adds `payload` to the literal `text` (typography folded as the
    /// matching view folds an article's, then ASCII-lower-cased), which gets
    /// the next pattern id if it is new.
    pub(super) fn add_pattern(&mut self, text: &str, payload: Payload) {
        self.add_folded_pattern(&super::lists::matching_form(text), payload);
    }

    /// [`Loader::add_pattern`] for a literal already in its matching form
    /// (the list loader has folded it): only ASCII-lower-cased here, into a
    /// buffer reused from literal to literal, and copied only when new.
    pub(super) fn add_folded_pattern(&mut self, folded: &str, payload: Payload) {
        let id = self.literal_id(folded);
        self.payloads.push((id, payload));
    }

    /// The pattern id of the literal `folded` (ASCII-lower-cased here),
    /// the next one if it is new.
    fn literal_id(&mut self, folded: &str) -> u32 {
        let mut key = std::mem::take(&mut self.key_buffer);
        key.clear();
        key.push_str(folded);
        key.make_ascii_lowercase();
        let (order, hasher) = (&self.pattern_order, &self.hasher);
        let entry = self.pattern_ids.entry(
            hasher.hash_one(key.as_str()),
            |&id| order[id as usize] == *key,
            |&id| hasher.hash_one(&order[id as usize]),
        );
        let id = match entry {
            hash_table::Entry::Occupied(e) => *e.get(),
            hash_table::Entry::Vacant(e) => {
                let id = self.pattern_order.push(&key);
                e.insert(id);
                id
            }
        };
        self.key_buffer = key;
        id
    }

    /// Adds every ASCII anchor word of `set` as a literal with no payload
    /// (it lets the look-up's walk, which reads every word, note the
    /// anchor words), and gives per literal the anchor id of `set` it is, or
    /// [`super::NO_ANCHOR`].
    fn add_anchor_literals(&mut self, set: &super::pattern::PatternSet) -> Vec<u32> {
        let ids: Vec<(u32, u32)> = set
            .anchor_words()
            .filter(|(word, _)| word.is_ascii())
            .map(|(word, anchor)| (self.literal_id(word), anchor))
            .collect();
        let mut anchors = vec![super::NO_ANCHOR; self.pattern_order.len()];
        for (literal, anchor) in ids {
            anchors[literal as usize] = anchor;
        }
        anchors
    }

    /// Step 3: the problems if any (sorted by place), else the compiled
    /// rule set.
    pub(super) fn finish(mut self) -> Result<Rules> {
        if !self.problems.is_empty() {
            let mut problems = std::mem::take(&mut self.problems);
            problems.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
            return Err(Error::Rules(problems));
        }
        let pattern_set = super::pattern::PatternSet::new(
            self.extraction_patterns
                .iter()
                .map(|p| p.compiled.clone())
                .collect(),
        );
        // The literals with a payload come first; the anchor words that are
        // no such literal follow, for the trie only.
        let scanned = self.pattern_order.len();
        let literal_anchors = self.add_anchor_literals(&pattern_set);
        let words = self.add_word_literals();
        Ok(self.into_rules(pattern_set, scanned, literal_anchors, words))
    }

    /// Adds every ASCII word of the one-word list entries and of the cue
    /// lists as a literal with no payload (the look-up's walk then notes
    /// the word a token spells), and gives the classes, cue lists and
    /// word facts of every literal.
    fn add_word_literals(&mut self) -> (WordClasses, Cues, LiteralWords) {
        let classes = WordClasses::build(&self.lists, &self.entries, &self.canonicals);
        let cues = Cues::build(&self.lists, &self.entries, &self.canonicals);
        // A word with a space is a literal too, but no token's: no facts.
        let classed: Vec<(u32, u32)> = classes
            .ascii_entries()
            .map(|(word, bits)| {
                let bits = if word.contains(' ') { 0 } else { bits };
                (self.literal_id(word), bits)
            })
            .collect();
        let cued: Vec<(u32, &CueBits)> = cues
            .ascii_entries()
            .map(|(word, bits)| (self.literal_id(word), bits))
            .collect();
        let words = LiteralWords::build(&self.pattern_order, &classed, &cued, &classes, &cues);
        (classes, cues, words)
    }

    /// The compiled rule set of a load without problems: `scanned` literals
    /// with a payload, then the anchor words of `pattern_set` (ids
    /// `literal_anchors`) and the list words, for the trie only.
    fn into_rules(
        self,
        pattern_set: super::pattern::PatternSet,
        scanned: usize,
        literal_anchors: Vec<u32>,
        (word_classes, cues, literal_words): (WordClasses, Cues, LiteralWords),
    ) -> Rules {
        let Loader {
            problems: _,
            lists,
            entries,
            canonicals,
            surfaces,
            triggers,
            statuses,
            boilerplate,
            extraction_patterns,
            mut pattern_order,
            pattern_ids,
            payloads,
            ids,
            company_aliases,
            hasher: _,
            clean,
            key_buffer: _,
            borrowed,
            lists_incomplete: _,
        } = self;
        // Only what the compiled set keeps stays in memory while it is built.
        drop((pattern_ids, ids, company_aliases));
        let (payload_starts, payloads) = group_payloads(pattern_order.len(), payloads);
        let anchored = compile::LiteralTrie::build(pattern_order.iter());
        let first_bytes = anchored.first_bytes();
        pattern_order.truncate(scanned);
        let reopening = reopening_ids(&statuses);
        let mut rules = Rules {
            anchored,
            first_bytes,
            entry_kinds: entries.iter().map(|e| lists[e.list].kind).collect(),
            boiler_gate: std::sync::OnceLock::new(),
            word_classes,
            cues,
            literal_words,
            lists,
            entries,
            canonicals,
            surfaces,
            triggers,
            statuses,
            reopening,
            boilerplate,
            pattern_set,
            literal_anchors,
            pattern_rules: extraction_patterns,
            patterns: pattern_order,
            scan: std::sync::OnceLock::new(),
            payload_starts,
            payloads,
            clean: clean.unwrap_or_else(default_clean),
            role_verbs: Default::default(),
            borrowed_cue_lists: borrowed,
        };
        rules.role_verbs = crate::pipeline::roles::RoleVerbs::build(&rules);
        rules
    }
}

/// The ids of the status cues of `statuses` that reopen a tie an ending
/// had stopped ([`Rules::reopens`]).
fn reopening_ids(statuses: &[StatusCue]) -> hashbrown::HashSet<String> {
    statuses
        .iter()
        .filter(|st| st.reopens)
        .map(|st| st.meta.id.clone())
        .collect()
}

/// The embedded clean rules, for a rule source without its own.
fn default_clean() -> crate::pipeline::clean::CleanConfig {
    crate::pipeline::clean::CleanConfig::load(&RuleSource::default())
        .expect("the embedded clean rules load (a unit test checks)")
}

/// The payloads of each of `n` patterns, from `(pattern, payload)` pairs:
/// pattern `p`'s are `payloads[starts[p]..starts[p + 1]]`, in the order
/// added, each once. A counting sort: linear in the pairs.
fn group_payloads(n: usize, pairs: Vec<(u32, Payload)>) -> (Vec<u32>, Vec<Payload>) {
    let mut starts = vec![0u32; n + 1];
    for &(p, _) in &pairs {
        starts[p as usize + 1] += 1;
    }
    for p in 0..n {
        starts[p + 1] += starts[p];
    }
    let mut next = starts.clone();
    let mut slots: Vec<Option<Payload>> = vec![None; pairs.len()];
    for (p, payload) in pairs {
        let at = &mut next[p as usize];
        slots[*at as usize] = Some(payload);
        *at += 1;
    }
    // Drop repeats within each pattern's run (runs are a few payloads).
    let mut payloads = Vec::with_capacity(slots.len());
    let mut grouped = vec![0u32; n + 1];
    for p in 0..n {
        let run = starts[p] as usize..starts[p + 1] as usize;
        let first = payloads.len();
        for payload in slots[run].iter().flatten() {
            if !payloads[first..].contains(payload) {
                payloads.push(*payload);
            }
        }
        grouped[p + 1] = payloads.len() as u32;
    }
    (grouped, payloads)
}
