//! Rule kind `[[pattern]]` (`patterns.toml`): extraction patterns, word
//! sequences with company slots that state a tie ("{buyer:subject} agreed to
//! buy|acquire ...2 stake in {target}"), compiled once here and matched per
//! sentence by `pipeline::events` (see `docs/rules.md` for the language).
//!
//! | element | matches |
//! |---|---|
//! | `stake` | the word, case ignored |
//! | `sell\|sells\|sold` | one of the words |
//! | `@purchase-verbs` | a word of that list (a per-word `[[list]]` of lexicons.toml), resolved at load into the same element as its words written out; `@id\|other\|words` adds words |
//! | `acqui*` | a word starting with `acqui` |
//! | `'s` | a possessive mark (`'s`, `’s`, `'`) |
//! | `,` `(` `:` ... | that punctuation character |
//! | `#` | a number |
//! | `...3` | a gap of 0 to 3 tokens (`...` is `...4`; at most 12): no company, no clause break inside; right after `'s` only the possessed noun's modifiers (see `pipeline::events::patterns`) |
//! | `{buyer}` | a company (or an anaphor: "the company", "the two firms") starting there, bound to role `buyer` |
//! | `{partner}+` | a list of companies ("A, B and C"), all bound to `partner` |
//! | `{buyer:subject}` | first element only: the subject the trigger finder reads left of the rest |
//! | `{target:object}` | last element only: the object list the trigger finder reads right of it |
//! | `{round:event}` | no words: the event the sentence continues ("the round was led by ..."; see `pipeline::events::continuation`) |
//! | suffix `?` | the element is optional (`its?`, `{seller}?`) |
//!
//! Every pattern holds at least one required plain word (no `*`); the first
//! is its anchor, looked up in a hash map per token, so a sentence costs one
//! look-up per word plus a bounded match at each anchor hit. A hit is tried
//! only when the sentence also holds a word of each of the pattern's other
//! required plain-word elements (most hits of a pattern anchored on "is" or
//! "a" end there); the anchor stays the first required word, which decides
//! the order matches are taken in.

use super::load::{Loader, RawItem};
use super::location::ItemAt;
use super::meta::raw_rule;
use super::source::Layer;
use super::{EventType, RuleMeta, Status};

/// The longest gap a pattern may ask for.
pub const MAX_GAP: usize = 12;
/// Tokens a plain slot may span, for the window of match starts.
const SLOT_SPAN: usize = 8;
/// Companies a slot list may hold.
pub const LIST_MAX: usize = 16;

/// One element of a compiled pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Elem {
    /// One of these words (lower case).
    Words(Vec<String>),
    /// A word with this prefix (lower case).
    Prefix(String),
    /// A number token.
    Number,
    /// A possessive mark.
    Possessive,
    /// A punctuation character.
    Punct(char),
    /// A gap of 0..=n tokens.
    Gap(usize),
    /// A gap of 0..=n tokens holding no preposition (`...Nnp`): one noun
    /// phrase ("a leading wool spinner", not "a bidder for the mill").
    PhraseGap(usize),
    /// A company slot: role index, whether a list.
    Slot(usize, bool),
    /// The subject read leftwards by the trigger finder (first element).
    Subject(usize),
    /// The object list read rightwards by the trigger finder (last element).
    Object(usize),
    /// The event an earlier sentence stated, which this one continues
    /// ("The round was led by ..."): matches no words.
    Event(usize),
}

/// An element and whether it may be left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Element {
    /// What it matches.
    pub elem: Elem,
    /// Whether it may match nothing.
    pub optional: bool,
}

/// A compiled pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compiled {
    /// Its elements in order.
    pub elements: Vec<Element>,
    /// Role names, indexed by the slots.
    pub roles: Vec<String>,
    /// Index of the anchor element (a plain required word).
    pub anchor: usize,
    /// The most tokens the elements before the anchor may span.
    pub window: usize,
}

impl Compiled {
    /// Whether the pattern has an `{x:event}` slot.
    pub fn has_event_slot(&self) -> bool {
        self.elements
            .iter()
            .any(|e| matches!(e.elem, Elem::Event(_)))
    }
}

/// A pattern that does not compile: the byte offset into the pattern string
/// and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternError {
    /// Byte offset of the faulty element in the pattern string.
    pub offset: usize,
    /// What is wrong.
    pub message: String,
    /// Whether the fault is an `@id` that names no declared list
    /// ([`ListRefError::Unknown`]): the loader holds that one back when a
    /// list file has a problem of its own.
    pub unknown_list: bool,
}

impl PatternError {
    /// A fault at byte `offset` that is not an unknown list.
    fn at(offset: usize, message: impl Into<String>) -> Self {
        PatternError {
            offset,
            message: message.into(),
            unknown_list: false,
        }
    }
}

/// Why an `@id` of a pattern gives no words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListRefError {
    /// No list of that id is declared (the id).
    Unknown(String),
    /// The list is declared but a pattern cannot name it (why).
    Unfit(String),
}

impl std::fmt::Display for ListRefError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ListRefError::Unknown(id) => write!(
                f,
                "unknown word list `@{id}`: no [[list]] of that id is declared in lexicons.toml (or an earlier layer)"
            ),
            ListRefError::Unfit(why) => f.write_str(why),
        }
    }
}

/// The words of a named word list (`@id` in a pattern), or why there are
/// none; [`compile_with`] asks it once per reference, at load.
pub type WordLists<'a> = dyn Fn(&str) -> Result<Vec<String>, ListRefError> + 'a;

/// Compiles a pattern string that names no word list (`@id` is an error).
/// Errors carry the byte offset of the element.
pub fn compile(src: &str) -> Result<Compiled, PatternError> {
    compile_with(src, &|id| Err(ListRefError::Unknown(id.to_string())))
}

/// Compiles a pattern string, `lists` giving the words of each `@id` it
/// names (resolved here, into the same [`Elem::Words`] an inline
/// alternation compiles to). Errors carry the byte offset of the element
/// (of the `@id` in an alternation).
pub fn compile_with(src: &str, lists: &WordLists<'_>) -> Result<Compiled, PatternError> {
    let mut elements = Vec::new();
    let mut roles: Vec<String> = Vec::new();
    let err = |offset: usize, message: String| PatternError::at(offset, message);
    let pieces: Vec<(usize, &str)> = src
        .split_whitespace()
        .map(|p| (p.as_ptr() as usize - src.as_ptr() as usize, p))
        .collect();
    let n = pieces.len();
    for (i, &(offset, piece)) in pieces.iter().enumerate() {
        let (body, optional) = match piece.strip_suffix('?') {
            Some(b) if !b.is_empty() => (b, true),
            _ => (piece, false),
        };
        let elem = parse_element(body, &mut roles, lists).map_err(|e| PatternError {
            offset: offset + e.offset,
            ..e
        })?;
        check_place(&elem, optional, i, n, &elements).map_err(|m| err(offset, m.into()))?;
        elements.push(Element { elem, optional });
    }
    let anchor = elements
        .iter()
        .position(|e| !e.optional && matches!(e.elem, Elem::Words(_)))
        .ok_or_else(|| {
            err(
                0,
                "a pattern needs a required plain word (its anchor)".into(),
            )
        })?;
    if roles.len() < 2
        && !elements
            .iter()
            .any(|e| matches!(e.elem, Elem::Slot(_, true)))
    {
        return Err(err(
            0,
            "a pattern needs two company slots (or a slot list)".into(),
        ));
    }
    let window = elements[..anchor].iter().map(span_of).sum();
    Ok(Compiled {
        elements,
        roles,
        anchor,
        window,
    })
}

/// Where a slot may stand: a subject first, an object last, neither (nor an
/// event slot) optional, and one event slot per pattern. `i` is the
/// element's index among `n`; `before` holds the elements already read.
fn check_place(
    elem: &Elem,
    optional: bool,
    i: usize,
    n: usize,
    before: &[Element],
) -> Result<(), &'static str> {
    match elem {
        Elem::Subject(_) if i != 0 => Err("a `:subject` slot must come first"),
        Elem::Object(_) if i + 1 != n => Err("an `:object` slot must come last"),
        Elem::Subject(_) | Elem::Object(_) | Elem::Event(_) if optional => {
            Err("a `:subject`, `:object` or `:event` slot cannot be optional")
        }
        Elem::Event(_) if before.iter().any(|e| matches!(e.elem, Elem::Event(_))) => {
            Err("a pattern holds one `:event` slot at most")
        }
        _ => Ok(()),
    }
}

/// How rare a word element's words are, by its shortest word: short words
/// ("is", "a", "the") stand in most sentences, "shareholder" in few.
fn rarity(ws: &[String]) -> usize {
    ws.iter().map(String::len).min().unwrap_or(0)
}

fn span_of(e: &Element) -> usize {
    match e.elem {
        Elem::Gap(n) | Elem::PhraseGap(n) => n,
        Elem::Slot(_, true) => SLOT_SPAN * 4,
        Elem::Slot(..) => SLOT_SPAN,
        Elem::Subject(_) | Elem::Event(_) => 0,
        _ => 1,
    }
}

/// One element; an error's offset is a byte offset in `body`.
fn parse_element(
    body: &str,
    roles: &mut Vec<String>,
    lists: &WordLists<'_>,
) -> Result<Elem, PatternError> {
    if let Some(inner) = body.strip_prefix('{') {
        return parse_slot(body, inner, roles).map_err(|m| PatternError::at(0, m));
    }
    if let Some(n) = body.strip_prefix("...") {
        return parse_gap(body, n).map_err(|m| PatternError::at(0, m));
    }
    match body {
        "#" => return Ok(Elem::Number),
        "'s" | "’s" => return Ok(Elem::Possessive),
        _ => {}
    }
    let mut chars = body.chars();
    if let (Some(c), None) = (chars.next(), chars.next())
        && c.is_ascii_punctuation()
        && c != '|'
        && c != '*'
    {
        return Ok(Elem::Punct(c));
    }
    if let Some(prefix) = body.strip_suffix('*') {
        if !is_word(prefix) {
            return Err(PatternError::at(0, format!("bad prefix `{body}`")));
        }
        return Ok(Elem::Prefix(prefix.to_string()));
    }
    parse_words(body, lists)
}

/// An alternation `buy|buys|@purchase-verbs`: each part a lower-case word
/// or `@id`, the words of the named list.
fn parse_words(body: &str, lists: &WordLists<'_>) -> Result<Elem, PatternError> {
    let mut words = Vec::new();
    let mut at = 0;
    for part in body.split('|') {
        match part.strip_prefix('@') {
            Some(id) => words.extend(lists(id).map_err(|e| PatternError {
                unknown_list: matches!(e, ListRefError::Unknown(_)),
                ..PatternError::at(at, e.to_string())
            })?),
            None if is_word(part) => words.push(part.to_string()),
            None => {
                let m = format!("`{part}` is not a lower-case word (in `{body}`)");
                return Err(PatternError::at(at, m));
            }
        }
        at += part.len() + 1;
    }
    Ok(Elem::Words(words))
}

/// A slot `{role}`, `{role}+`, `{role:subject}`, `{role:object}` or
/// `{role:event}`; `inner` is `body` after its `{`. A new role name is
/// appended to `roles`, and the slot carries the role's index there.
fn parse_slot(body: &str, inner: &str, roles: &mut Vec<String>) -> Result<Elem, String> {
    let (inner, list) = match inner.strip_suffix('+') {
        Some(i) => (i, true),
        None => (inner, false),
    };
    let inner = inner
        .strip_suffix('}')
        .ok_or_else(|| format!("unclosed slot `{body}`"))?;
    let (role, how) = inner.split_once(':').unwrap_or((inner, ""));
    if role.is_empty() || !role.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
        return Err(format!(
            "slot role `{role}` must be lower-case letters and `_`"
        ));
    }
    let r = match roles.iter().position(|x| x == role) {
        Some(r) => r,
        None => {
            roles.push(role.to_string());
            roles.len() - 1
        }
    };
    match (how, list) {
        ("", _) => Ok(Elem::Slot(r, list)),
        ("subject", false) => Ok(Elem::Subject(r)),
        ("object", false) => Ok(Elem::Object(r)),
        ("event", false) => Ok(Elem::Event(r)),
        _ => Err(format!(
            "unknown slot form `{body}` (use {{role}}, {{role}}+, {{role:subject}}, {{role:object}} or {{role:event}})"
        )),
    }
}

/// A gap `...` (4 tokens) or `...N` (1 to [`MAX_GAP`] tokens), or with
/// `np` after it (`...6np`) a gap holding no preposition; `n` is `body`
/// after its dots.
fn parse_gap(body: &str, n: &str) -> Result<Elem, String> {
    if let Some(n) = n.strip_suffix("np") {
        return match parse_gap(body, n)? {
            Elem::Gap(n) => Ok(Elem::PhraseGap(n)),
            other => Ok(other),
        };
    }
    let n: usize = if n.is_empty() {
        4
    } else {
        n.parse()
            .map_err(|_| format!("bad gap `{body}`: `...` or `...N`"))?
    };
    if n == 0 || n > MAX_GAP {
        return Err(format!("gap `{body}` must be 1 to {MAX_GAP} tokens"));
    }
    Ok(Elem::Gap(n))
}

fn is_word(w: &str) -> bool {
    !w.is_empty()
        && w.chars()
            .all(|c| c.is_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '\'' | '&' | '.'))
}

/// Every compiled pattern and the anchor index.
#[derive(Debug, Clone)]
pub struct PatternSet {
    /// Compiled patterns, in rule order.
    pub patterns: Vec<Compiled>,
    /// Anchor word -> its index in `anchored`.
    anchors: hashbrown::HashMap<String, u32>,
    /// Per anchor word, the patterns it anchors (in rule order); empty for
    /// a word that only one of `needs` holds.
    anchored: Vec<Vec<usize>>,
    /// Per pattern, its other required plain-word elements as word ids
    /// (rarest first, by [`rarity`]): a sentence that lacks every word of
    /// one of them holds no match of the pattern (see
    /// [`PatternSet::may_match`]).
    needs: Vec<Vec<Box<[u32]>>>,
    /// Per first byte (ASCII lower case), a bit per length in bytes (63:
    /// 63 or more) of the ASCII anchors: an ASCII word (which lower-cases
    /// to an ASCII word of the same length) can be an anchor only if its
    /// bit is set. Most words are turned away on it, unhashed.
    ascii_shapes: Vec<u64>,
}

impl Default for PatternSet {
    fn default() -> Self {
        PatternSet::new(Vec::new())
    }
}

impl PatternSet {
    /// A set over compiled patterns (in rule order).
    pub fn new(patterns: Vec<Compiled>) -> Self {
        let mut set = PatternSet {
            patterns: Vec::new(),
            anchors: hashbrown::HashMap::new(),
            anchored: Vec::new(),
            needs: Vec::new(),
            ascii_shapes: vec![0u64; 256],
        };
        for (i, p) in patterns.iter().enumerate() {
            if let Elem::Words(ws) = &p.elements[p.anchor].elem {
                for w in ws {
                    let id = set.word_id(w);
                    set.anchored[id as usize].push(i);
                }
            }
        }
        set.needs = patterns.iter().map(|p| set.needs_of(p)).collect();
        set.patterns = patterns;
        set
    }

    /// The id of word `w` (lower case), added if new.
    fn word_id(&mut self, w: &str) -> u32 {
        if let Some(&id) = self.anchors.get(w) {
            return id;
        }
        let id = self.anchored.len() as u32;
        self.anchors.insert(w.to_string(), id);
        self.anchored.push(Vec::new());
        if let Some(&b) = w.as_bytes().first()
            && w.is_ascii()
        {
            self.ascii_shapes[usize::from(b.to_ascii_lowercase())] |= 1 << w.len().min(63);
        }
        id
    }

    /// The required plain-word elements of `p` other than its anchor whose
    /// words are all ASCII letters (a token that is one is a word token the
    /// look-up notes), as word ids, rarest first.
    fn needs_of(&mut self, p: &Compiled) -> Vec<Box<[u32]>> {
        let mut needs: Vec<(usize, Box<[u32]>)> = Vec::new();
        for (el, e) in p.elements.iter().enumerate() {
            let Elem::Words(ws) = &e.elem else { continue };
            if e.optional || el == p.anchor {
                continue;
            }
            if !ws.iter().all(|w| w.bytes().all(|b| b.is_ascii_lowercase())) {
                continue;
            }
            let ids = ws.iter().map(|w| self.word_id(w)).collect();
            needs.push((rarity(ws), ids));
        }
        // Stable: equals keep their order in the pattern.
        needs.sort_by_key(|(r, _)| std::cmp::Reverse(*r));
        needs.into_iter().map(|(_, ids)| ids).collect()
    }

    /// Whether pattern `p` may match in a sentence whose words hold those
    /// of the ids `present` has set (a bit per id, as
    /// [`PatternSet::word_count`] counts them): some word of each of its
    /// required plain-word elements other than the anchor stands there.
    pub fn may_match(&self, p: usize, present: &[u64]) -> bool {
        let has = |id: u32| present[id as usize / 64] >> (id % 64) & 1 != 0;
        self.needs[p]
            .iter()
            .all(|ids| ids.iter().any(|&id| has(id)))
    }

    /// How many words hold an id ([`PatternSet::anchor_id`]).
    pub fn word_count(&self) -> usize {
        self.anchored.len()
    }

    /// The patterns anchored on `word` (any case).
    pub fn anchored(&self, word: &str) -> &[usize] {
        self.anchor_id(word).map_or(&[], |id| self.anchored_by(id))
    }

    /// Every word that holds an id (lower case: the anchor words and the
    /// words of the needs) and its id.
    pub fn anchor_words(&self) -> impl Iterator<Item = (&str, u32)> {
        self.anchors.iter().map(|(w, &id)| (w.as_str(), id))
    }

    /// The anchor word `word` is (any case), as an id for
    /// [`PatternSet::anchored_by`] and [`PatternSet::may_match`], or `None`
    /// when it is no word of a pattern's anchor or needs.
    pub fn anchor_id(&self, word: &str) -> Option<u32> {
        let &b = word.as_bytes().first()?;
        if word.is_ascii()
            && self.ascii_shapes[usize::from(b.to_ascii_lowercase())] & (1 << word.len().min(63))
                == 0
        {
            return None;
        }
        super::with_lower(word, |lower| self.anchors.get(lower).copied())
    }

    /// The patterns anchored on the anchor word of id `id`.
    ///
    /// # Panics
    /// If `id` is not one [`PatternSet::anchor_id`] of this set gave.
    pub fn anchored_by(&self, id: u32) -> &[usize] {
        &self.anchored[id as usize]
    }
}

/// An extraction pattern rule.
#[derive(Debug, Clone, serde::Serialize)]
pub struct PatternRule {
    /// Header.
    pub meta: RuleMeta,
    /// The pattern as written.
    pub pattern: String,
    /// Compiled form.
    #[serde(skip)]
    pub compiled: Compiled,
    /// Event type it states.
    pub event_type: EventType,
    /// Status it states when no status cue governs its anchor.
    pub status: Status,
    /// Role pairs that make events (indices into `compiled.roles`); every two
    /// distinct roles when the rule gives no `pairs`; none for `pairs = []`:
    /// the pattern states no tie and only claims its words, so no trigger cue
    /// inside them is read ("its wholly owned unit", "had it bought X").
    #[serde(skip)]
    pub pairs: Vec<(usize, usize)>,
    /// For a pattern with an `{x:event}` slot: how many sentences before its
    /// own the event it continues may stand in (0 to [`MAX_EVENT_REACH`];
    /// the key `reach`, default [`MAX_EVENT_REACH`]).
    pub reach: usize,
}

/// The most sentences back an `{x:event}` slot looks for its event, and the
/// default of a pattern's `reach`.
pub const MAX_EVENT_REACH: usize = 3;

raw_rule!(RawPattern {
    pattern: String,
    #[serde(rename = "type")]
    event_type: String,
    status: String,
    #[serde(default)]
    pairs: Option<Vec<[String; 2]>>,
    #[serde(default)]
    reach: Option<usize>,
});

impl Loader {
    pub(super) fn add_extraction_pattern(
        &mut self,
        value: RawItem<'_>,
        at: &ItemAt<'_>,
        _: &Layer,
    ) {
        let Some((header, raw)) = self.parse_rule::<RawPattern>(value, at) else {
            return;
        };
        let event_type = self.event_type_at(&raw.event_type, at);
        let status = self.status_at(&raw.status, at);
        let meta = self.meta(header, at);
        let compiled = match compile_with(&raw.pattern, &|id| self.list_words(id)) {
            Ok(c) => Some(c),
            // (A list file or lexicons.toml with a problem, a TOML syntax
            // error say, has been reported: its lists are not all there, and
            // naming them again at each `@id` would bury that one line.)
            Err(e) if e.unknown_list && self.lists_incomplete => None,
            Err(e) => {
                let (line, col) = pattern_position(at, e.offset);
                self.problem(at.file, line, col, format!("bad pattern: {}", e.message));
                None
            }
        };
        let (Some(event_type), Some(status), Some(compiled)) = (event_type, status, compiled)
        else {
            return;
        };
        let Some(pairs) = self.role_pairs(raw.pairs.as_deref(), &compiled, at) else {
            return;
        };
        let Some(reach) = self.event_reach(raw.reach, &compiled, at) else {
            return;
        };
        self.extraction_patterns.push(PatternRule {
            meta,
            pattern: raw.pattern,
            compiled,
            event_type,
            status,
            pairs,
            reach,
        });
    }

    /// A pattern's `pairs` as role index pairs: each named pair, or every
    /// two distinct roles when the rule gives none; `None` after reporting
    /// a pair that names no two slots.
    fn role_pairs(
        &mut self,
        named: Option<&[[String; 2]]>,
        c: &Compiled,
        at: &ItemAt<'_>,
    ) -> Option<Vec<(usize, usize)>> {
        let Some(named) = named else {
            let n = c.roles.len();
            return Some(
                (0..n)
                    .flat_map(|x| (x + 1..n).map(move |y| (x, y)))
                    .collect(),
            );
        };
        let role = |r: &str| c.roles.iter().position(|x| x == r);
        let mut pairs = Vec::new();
        for [a, b] in named {
            match (role(a), role(b)) {
                (Some(x), Some(y)) if x != y => pairs.push((x, y)),
                _ => {
                    let line = at.key_line("pairs").unwrap_or(at.line);
                    let message = format!("pair [{a}, {b}] names no two slots of the pattern");
                    self.problem(at.file, line, 1, message);
                    return None;
                }
            }
        }
        Some(pairs)
    }

    /// A pattern's `reach`: at most [`MAX_EVENT_REACH`], and only given
    /// with an `{x:event}` slot; `None` after reporting a problem.
    fn event_reach(
        &mut self,
        reach: Option<usize>,
        c: &Compiled,
        at: &ItemAt<'_>,
    ) -> Option<usize> {
        let Some(n) = reach else {
            return Some(MAX_EVENT_REACH);
        };
        let problem = if !c.has_event_slot() {
            "reach is for a pattern with an {x:event} slot".to_string()
        } else if n > MAX_EVENT_REACH {
            format!("reach {n} is more than {MAX_EVENT_REACH} sentences")
        } else {
            return Some(n);
        };
        let line = at.key_line("reach").unwrap_or(at.line);
        self.problem(at.file, line, 1, problem);
        None
    }

    /// The words of list `id` for a pattern's `@id`: a list declared
    /// before the pattern (in `lexicons.toml`, or an earlier layer) whose
    /// entries are looked up per word, each entry's canonical form one
    /// word, lower-cased.
    fn list_words(&self, id: &str) -> Result<Vec<String>, ListRefError> {
        let Some(k) = self.lists.iter().rposition(|l| l.meta.id == id) else {
            return Err(ListRefError::Unknown(id.to_string()));
        };
        let unfit = |why: String| Err(ListRefError::Unfit(why));
        let list = &self.lists[k];
        if !list.kind.words_only() {
            return unfit(format!(
                "list `@{id}` is not looked up per word: a pattern names only such lists (kind = \"cue\", or a function-word kind)"
            ));
        }
        // Entries are pushed list by list, so each list's are one run.
        let from = self.entries.partition_point(|e| e.list < k);
        let to = self.entries.partition_point(|e| e.list <= k);
        let mut words = Vec::with_capacity(to - from);
        for (e, entry) in self.entries[from..to].iter().enumerate() {
            let word = self.canonicals[from + e].to_lowercase();
            if !is_word(&word) {
                return unfit(format!(
                    "list `@{id}` holds `{word}` ({}:{}), not one lower-case word",
                    list.file, entry.line
                ));
            }
            words.push(word);
        }
        if words.is_empty() {
            return unfit(format!("list `@{id}` holds no words"));
        }
        Ok(words)
    }
}

/// Line and column of byte `offset` of the `pattern = "..."` string (a
/// one-line string: the column counts from its opening quote).
fn pattern_position(at: &ItemAt<'_>, offset: usize) -> (usize, usize) {
    let Some(line) = at.key_line("pattern") else {
        return (at.line, 1);
    };
    let text = at.text.lines().nth(line - 1).unwrap_or("");
    let quote = text.find(['"', '\'']).map_or(0, |q| q + 1);
    (
        line,
        text[..quote].chars().count() + raw_chars(text, quote, offset) + 1,
    )
}

/// Characters in the `offset` bytes after byte `from` of `text`.
fn raw_chars(text: &str, from: usize, offset: usize) -> usize {
    text.get(from..).map_or(0, |t| {
        t.char_indices().take_while(|&(i, _)| i < offset).count()
    })
}

#[cfg(test)]
mod tests {
    use super::{Elem, ListRefError, PatternSet, compile, compile_with};

    #[test]
    fn anchors_are_found_in_any_case_and_nothing_else() {
        let set = PatternSet::new(vec![
            compile("{a:subject} sold|sells its stake in {b}").unwrap(),
            compile("{a} émet {b}").unwrap(),
        ]);
        for w in ["sold", "SOLD", "Sells", "sells"] {
            assert_eq!(set.anchored(w), [0], "{w}");
        }
        assert_eq!(set.anchored("ÉMET"), [1]);
        assert_eq!(set.anchored("émet"), [1]);
        for w in [
            "",
            "sol",
            "soldier",
            "stake",
            "xsold",
            "Émettre",
            "a-long-word-of-more-than-32-bytes",
        ] {
            assert!(set.anchored(w).is_empty(), "{w}");
        }
    }

    #[test]
    fn a_pattern_compiles_with_its_anchor_and_roles() {
        let c =
            compile("{seller:subject} sold|sells its? stake in {target} ...4 to {buyer}").unwrap();
        assert_eq!(c.roles, ["seller", "target", "buyer"]);
        assert_eq!(c.anchor, 1);
        assert!(c.elements[2].optional);
        assert_eq!(c.elements[6].elem, Elem::Gap(4));
    }

    #[test]
    fn broken_patterns_are_refused_with_their_offset() {
        let e = compile("{buyer} buys {target").unwrap_err();
        assert_eq!(e.offset, 13);
        assert!(compile("{a} ...99 {b} buys").is_err());
        assert!(
            compile("{a} acqui* {b}")
                .unwrap_err()
                .message
                .contains("anchor")
        );
        assert!(
            compile("{a} buys")
                .unwrap_err()
                .message
                .contains("two company slots")
        );
        assert!(compile("buys {a:subject} {b}").is_err());
        assert!(compile("{a}+ joined {r:event}? the round").is_err());
        assert!(compile("{a:event} {b}+ joined {r:event}").is_err());
    }

    #[test]
    fn an_event_slot_matches_no_words_and_counts_as_a_role() {
        let c = compile("the? round {round:event} was led by {investor}+").unwrap();
        assert_eq!(c.roles, ["round", "investor"]);
        assert_eq!(c.elements[2].elem, Elem::Event(0));
        assert_eq!((c.anchor, c.window), (1, 1));
    }

    #[test]
    fn a_named_word_list_compiles_to_its_words_with_the_others_of_its_element() {
        let lists = |id: &str| match id {
            "verbs" => Ok(vec!["buy".to_string(), "bought".to_string()]),
            _ => Err(ListRefError::Unknown(id.to_string())),
        };
        let named = compile_with("{a:subject} @verbs|takeover {b}", &lists).unwrap();
        let inline = compile("{a:subject} buy|bought|takeover {b}").unwrap();
        assert_eq!(named, inline);
        let e = compile_with("{a} buys|@nouns {b}", &lists).unwrap_err();
        assert_eq!((e.offset, e.unknown_list), (9, true));
        assert!(e.message.starts_with("unknown word list `@nouns`"));
        let e = compile("{a} buys|Big {b}").unwrap_err();
        assert_eq!((e.offset, e.unknown_list), (9, false));
        assert!(compile("{a} @verbs {b}").is_err());
    }

    #[test]
    fn the_default_word_lists_resolve_at_load() {
        let rules = super::super::Rules::load(&super::super::RuleSource::embedded()).unwrap();
        let p = rules
            .pattern_rules
            .iter()
            .find(|p| p.meta.id == "bought-holders-named-unit")
            .expect("the default pattern");
        assert!(p.pattern.contains("@purchase-verbs"));
        let Elem::Words(ws) = &p.compiled.elements[1].elem else {
            panic!("a word element");
        };
        for w in ["buy", "bought", "acquiring", "purchasing"] {
            assert!(ws.iter().any(|x| x == w), "{w}");
        }
    }

    #[test]
    fn an_unknown_or_unfit_word_list_is_located_at_line_and_column() {
        let rule = |pattern: &str| {
            format!(
                "[[pattern]]\nid = \"x-y\"\ndescription = \"d\"\npattern = \"{pattern}\"\ntype = \"acquisition\"\nstatus = \"announced\"\n"
            )
        };
        super::super::meta::assert_problems_in(
            "more-patterns.toml",
            &rule("{a} @no-such-list {b}"),
            &[
                "rules/more-patterns.toml:4:16: error: bad pattern: unknown word list `@no-such-list`",
            ],
        );
        super::super::meta::assert_problems_in(
            "more-patterns.toml",
            &rule("{a} buys|@company-names {b}"),
            &[
                "rules/more-patterns.toml:4:21: error: bad pattern: list `@company-names` is not looked up per word",
            ],
        );
    }

    #[test]
    fn an_unknown_list_is_held_back_only_after_a_problem_where_lists_are_read() {
        use super::super::{RuleSource, Rules};
        let pattern = "[[pattern]]\nid = \"x-y\"\ndescription = \"d\"\npattern = \"{a} @no-such-list {b}\"\ntype = \"acquisition\"\nstatus = \"announced\"\n";
        let errors = |file: &str, text: &str| {
            let source = RuleSource::embedded()
                .with_file(file, text)
                .with_file("more-patterns.toml", pattern);
            Rules::load(&source).unwrap_err().to_string()
        };
        let unknown = "unknown word list `@no-such-list`";
        // lexicons.toml that does not parse: its lists are not there
        let err = errors("lexicons.toml", "[[list]\n");
        assert!(
            err.contains("lexicons.toml:1:") && !err.contains(unknown),
            "{err}"
        );
        // a faulty [[list]] item in a file of any name
        let err = errors("more-lists.toml", "[[list]]\nid = \"Bad_Id\"\n");
        assert!(
            err.contains("more-lists.toml:1:1: error: missing field") && !err.contains(unknown),
            "{err}"
        );
        // a problem where no list is read holds nothing back
        let err = errors("status.toml", "[[status]\n");
        assert!(
            err.contains("status.toml:1:") && err.contains(unknown),
            "{err}"
        );
    }

    #[test]
    fn a_broken_pattern_rule_is_located_at_line_and_column() {
        super::super::meta::assert_problems_in(
            "more-patterns.toml",
            "[[pattern]]\nid = \"x-y\"\ndescription = \"d\"\npattern = \"{a} buys Big {b}\"\ntype = \"acquisition\"\nstatus = \"announced\"\n",
            &["rules/more-patterns.toml:4:21: error: bad pattern"],
        );
    }

    #[test]
    fn a_reach_is_read_and_a_misplaced_or_long_one_is_located() {
        let rule = |pattern: &str, reach: usize| {
            format!(
                "[[pattern]]\nid = \"x-y\"\ndescription = \"d\"\npattern = \"{pattern}\"\ntype = \"investment\"\nstatus = \"announced\"\nreach = {reach}\n"
            )
        };
        let with_slot = "{a:subject} also chipped in . {r:event}";
        super::super::meta::assert_problems_in(
            "more-patterns.toml",
            &rule(with_slot, 4),
            &["rules/more-patterns.toml:7:1: error: reach 4 is more than 3 sentences"],
        );
        super::super::meta::assert_problems_in(
            "more-patterns.toml",
            &rule("{a:subject} chipped in {b}", 1),
            &["rules/more-patterns.toml:7:1: error: reach is for a pattern with an {x:event} slot"],
        );
        let source = super::super::RuleSource::embedded()
            .with_file("more-patterns.toml", &rule(with_slot, 1));
        let rules = super::super::Rules::load(&source).unwrap();
        let reach = |id: &str| {
            rules
                .pattern_rules
                .iter()
                .find(|p| p.meta.id == id)
                .unwrap()
                .reach
        };
        assert_eq!(reach("x-y"), 1);
        assert_eq!(reach("round-continued-led-by"), super::MAX_EVENT_REACH);
    }
}
