//! Company coreference: grouping company mentions by exact key, then folding
//! each group into a longer one it is a variant of.
//!
//! Takes: the mentions (only companies are grouped). Gives: [`Groups`], a
//! union-find over name groups, with each group's distinct keys and which
//! mentions are misspellings of their group's name. Guarantees: a group only
//! ever folds into a group with at least as many words in its longest name,
//! and into the first such group in that order that accepts it; the work is
//! linear in the number of mentions and of distinct keys (candidate groups
//! come from hash indexes, [`VariantIndex`], never from a scan of all).

use std::hash::BuildHasher;

use hashbrown::{DefaultHashBuilder, HashMap, HashSet, HashTable};

use crate::pipeline::segment::Tokens;
use crate::pipeline::spot::{Kind, Mention};
use crate::rules::{ListKind, Rules};

use super::key;

/// Name groups of one article's company mentions.
#[derive(Debug, Default)]
pub(super) struct Groups {
    /// The groups; a folded group keeps its keys (its root owns them too).
    pub groups: Vec<Group>,
    /// For each mention, the group it was first put in.
    pub group_of: Vec<Option<usize>>,
    /// Union-find parents: a root is its own parent.
    pub parent: Vec<usize>,
    /// For each mention, whether it is a misspelling of its group's name.
    pub misspelt: Vec<bool>,
}

impl Groups {
    /// The root group of mention `i`, if it is a company.
    pub fn root_of(&self, i: usize) -> Option<usize> {
        self.group_of[i].map(|g| self.root(g))
    }

    /// The root of group `g`.
    pub fn root(&self, mut g: usize) -> usize {
        while self.parent[g] != g {
            g = self.parent[g];
        }
        g
    }

    /// Whether mention `i` is a misspelling of its group's name.
    pub fn is_misspelt(&self, i: usize) -> bool {
        self.misspelt[i]
    }
}

/// Mentions known to name one company.
#[derive(Debug, Default)]
pub(super) struct Group {
    /// Its mentions' distinct keys, in order of first use.
    pub keys: Vec<Key>,
    /// Its mentions (indices into the mention list), each with the index of
    /// its key in `keys`.
    pub mentions: Vec<(usize, usize)>,
}

/// A mention's key with what the merge rules derive from it, computed once.
#[derive(Debug)]
pub(super) struct Key {
    /// [`key`] of the mention.
    pub key: String,
    /// [`core_of`] the key.
    pub core: Option<String>,
    /// Some mention of it has a lower-case letter (not only a capitals line).
    pub mixed: bool,
}

impl Key {
    fn new(key: String, rules: &Rules) -> Self {
        let core = core_of(&key, rules);
        Key {
            key,
            core,
            mixed: false,
        }
    }

    /// Notes how one of its mentions is written.
    fn written(&mut self, written: &str) {
        self.mixed |= written.chars().any(char::is_lowercase);
    }
}

impl Group {
    fn longest_words(&self) -> usize {
        self.keys
            .iter()
            .map(|k| k.key.split(' ').count())
            .max()
            .unwrap_or(0)
    }

    /// Adds mention `i` with key `k` (a new key unless the group has it),
    /// `written` as in the text.
    fn add(&mut self, i: usize, k: String, written: &str, rules: &Rules) {
        let at = match self.keys.iter().position(|known| known.key == k) {
            Some(at) => at,
            None => {
                let mut known = Key::new(k, rules);
                if known.core.is_none() {
                    known.core = domain_stem(written, rules);
                }
                self.keys.push(known);
                self.keys.len() - 1
            }
        };
        self.keys[at].written(written);
        self.mentions.push((i, at));
    }
}

/// Step 1: company mentions that share a list entry or a key form one group
/// (the first group holding either, when both exist).
pub(super) fn group_by_exact_key(
    text: &str,
    tokens: &Tokens,
    rules: &Rules,
    mentions: &[Mention],
) -> Groups {
    let mut out = Groups {
        group_of: vec![None; mentions.len()],
        misspelt: vec![false; mentions.len()],
        ..Groups::default()
    };
    let mut group_by_key: HashMap<String, usize> = HashMap::new();
    let mut group_by_entry: HashMap<u32, usize> = HashMap::new();
    for (i, m) in mentions.iter().enumerate() {
        if m.kind != Kind::Company {
            continue;
        }
        let k = key(text, tokens, m.first, m.last);
        let by_entry = m.entry.and_then(|e| group_by_entry.get(&e).copied());
        let by_key = group_by_key.get(&k).copied();
        let found = match (by_entry, by_key) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        let g = found.unwrap_or_else(|| {
            out.groups.push(Group::default());
            out.groups.len() - 1
        });
        if let Some(e) = m.entry {
            group_by_entry.entry(e).or_insert(g);
        }
        group_by_key.entry(k.clone()).or_insert(g);
        // A group holds few distinct keys: those of one list entry.
        let written = &text[tokens.tokens[m.first].start..tokens.tokens[m.last - 1].end];
        out.groups[g].add(i, k, written, rules);
        out.group_of[i] = Some(g);
    }
    out.parent = (0..out.groups.len()).collect();
    out
}

/// Step 2: longest names first, each group folds into the first longer root
/// group one of whose names it is a variant of ([`is_variant`]). Mentions
/// that are no short form or acronym of the longer names are marked
/// misspelt.
pub(super) fn merge_variants(groups: &mut Groups, rules: &Rules) {
    let mut order: Vec<usize> = (0..groups.groups.len()).collect();
    order.sort_by_key(|&g| std::cmp::Reverse(groups.groups[g].longest_words()));
    let mut position = vec![0; order.len()];
    for (pos, &g) in order.iter().enumerate() {
        position[g] = pos;
    }
    // The keys of the groups already passed, by the forms they answer to.
    let mut index = VariantIndex::default();
    for &g in &order {
        let target = groups.groups[g]
            .keys
            .iter()
            .flat_map(|short| {
                index
                    .candidates(short)
                    .filter(|&(o, k)| is_variant(short, &groups.groups[o].keys[k], rules))
                    .map(|(o, _)| groups.root(o))
            })
            .min_by_key(|&t| position[t]);
        if let Some(t) = target {
            mark_misspelt(groups, &index, g, t, rules);
            groups.parent[g] = t;
        }
        for (k, key) in groups.groups[g].keys.iter().enumerate() {
            index.add(g, k, key, rules);
        }
    }
}

/// Step 2b: a short form that opens longer names ("Tamura" of "Tamura
/// Cells Ltd"; of several words: "K and V" of "K and V Electric Supply Co")
/// folds into the one company those names start with:
/// the only one, or the parent, whose core (or name) is a word-prefix of
/// every other's ("Tamura Cells Ltd" beside "Tamura Cells Thailand"). Not a
/// listed name (a company of its own: "Fiat" beside "Fiat Powertrain"), nor
/// a generic word ("General", a place, a designator), nor when no parent
/// stands out ("Virgin Trains" beside "Virgin Megastores"). A given name or
/// common word ("Arlen" of "Arlen Mining Corp") folds only as
/// [`PersonWords::may_join`] allows.
pub(super) fn join_first_words(
    text: &str,
    tokens: &Tokens,
    groups: &mut Groups,
    mentions: &[Mention],
    rules: &Rules,
) {
    let person = PersonWords::new(text, tokens, groups, mentions, rules);
    // Names of two or more words by their first word, each with its root.
    let mut by_first: HashMap<&str, Vec<(usize, &Key)>> = HashMap::new();
    for (g, group) in groups.groups.iter().enumerate() {
        for k in &group.keys {
            if let Some((first, _)) = k.key.split_once(' ') {
                by_first.entry(first).or_default().push((groups.root(g), k));
            }
        }
    }
    let joins: Vec<(usize, usize)> = lone_unlisted_roots(groups, mentions)
        .filter(|(_, only)| !generic(&only.key, rules) || person.open_to_join(&only.key))
        .filter_map(|(g, only)| {
            let (first, _) = only.key.split_once(' ').unwrap_or((&only.key, ""));
            let names = by_first.get(first)?;
            if first.len() == only.key.len() {
                let p = parent_of(names, g, rules)?;
                let plain = !generic(&only.key, rules);
                return (plain || person.may_join(g, p)).then_some((g, p));
            }
            opened_parent(only, g, names, rules).map(|p| (g, p))
        })
        .collect();
    for (g, parent) in joins {
        groups.parent[g] = parent;
    }
}

/// Step 2b for a short form of several words ("K and V" of "K and V
/// Electric Supply Co", or hyphened "Vexo-Kerrat" of "Vexo-Kerrat Data
/// Systems Inc"): the parent among the names it opens; not by a place
/// ("Vexo and Co USA Inc", a regional unit), not a name whole already
/// ("Vexo and Co" of "Vexo and Co USA Inc"), and not a line of capitals
/// without a legal suffix ("VEXO-KERRAT RAISES CAPITAL", a headline).
fn opened_parent(only: &Key, g: usize, names: &[(usize, &Key)], rules: &Rules) -> Option<usize> {
    let last_word = |k: &str| k.rsplit(' ').next().unwrap_or_default().to_string();
    let suffixed = |k: &str| word_is(&last_word(k), &[ListKind::LegalSuffix], rules);
    if suffixed(&only.key) {
        return None;
    }
    let opens = |k: &Key| {
        k.key.strip_prefix(only.key.as_str()).is_some_and(|rest| {
            rest.starts_with(' ')
                && (k.mixed || suffixed(&k.key))
                && !rest
                    .split(' ')
                    .any(|w| word_is(w, &[ListKind::Place], rules))
        })
    };
    let longer: Vec<(usize, &Key)> = names.iter().filter(|(_, k)| opens(k)).copied().collect();
    if longer.is_empty() {
        return None;
    }
    parent_of(&longer, g, rules)
}

/// What says a one-word short form that is a given name or common word
/// ("Arlen", "Morgan") is a person rather than the company it opens: the
/// words of the article's person names, a title or honorific before a
/// mention of it; and where each root group is first named.
struct PersonWords {
    /// Lower-case words of person and surname mentions.
    words: HashSet<String>,
    /// One-word keys that are a given name or common word only
    /// ([`given_or_common`]).
    person_like: HashSet<String>,
    /// Groups with a mention after a title or honorific ("Mr Morgan").
    titled: Vec<bool>,
    /// Each group's first mention's first token.
    first_at: Vec<usize>,
    /// Each root's first mention's first token, over the groups folded in.
    root_first_at: Vec<usize>,
}

impl PersonWords {
    fn new(
        text: &str,
        tokens: &Tokens,
        groups: &Groups,
        mentions: &[Mention],
        rules: &Rules,
    ) -> Self {
        let n = groups.groups.len();
        let mut p = PersonWords {
            words: HashSet::new(),
            person_like: HashSet::new(),
            titled: vec![false; n],
            first_at: vec![usize::MAX; n],
            root_first_at: vec![usize::MAX; n],
        };
        let word = |t: usize| tokens.lower(t, text).as_str().to_string();
        for (i, m) in mentions.iter().enumerate() {
            if matches!(m.kind, Kind::Person | Kind::Surname) {
                p.words.extend((m.first..m.last).map(word));
            }
            let Some(g) = groups.group_of[i] else {
                continue;
            };
            p.first_at[g] = p.first_at[g].min(m.first);
            let r = groups.root(g);
            p.root_first_at[r] = p.root_first_at[r].min(m.first);
            // Word classes ignore case and a final full stop: the words as
            // written are asked, and only a kept key is copied.
            let as_written = |t: usize| tokens.tokens[t].text(text);
            let before = m.first.checked_sub(1).map(as_written);
            let titles = [ListKind::Title, ListKind::Honorific];
            p.titled[g] |= before.is_some_and(|w| word_is(w, &titles, rules));
            if m.last == m.first + 1 && given_or_common(as_written(m.first), rules) {
                p.person_like.insert(word(m.first));
            }
        }
        p
    }

    /// Whether generic `key` is a one-word given name or common word, no
    /// word of a person's name in the article, that [`Self::may_join`]
    /// may fold.
    fn open_to_join(&self, key: &str) -> bool {
        self.person_like.contains(key) && !self.words.contains(key)
    }

    /// Whether group `g`, a given name or common word, may fold into root
    /// `p`: `p` is named before it, and no mention of `g` follows a title.
    fn may_join(&self, g: usize, p: usize) -> bool {
        !self.titled[g] && self.root_first_at[p] < self.first_at[g]
    }
}

/// Lists whose words never make a company's short form by themselves.
const NOT_SHORT_FORMS: [ListKind; 6] = [
    ListKind::Place,
    ListKind::Title,
    ListKind::TitleModifier,
    ListKind::Designator,
    ListKind::LegalSuffix,
    ListKind::PublicBody,
];

/// A given name or a common word, and no place, title, designator, legal
/// suffix or public-body word.
fn given_or_common(word: &str, rules: &Rules) -> bool {
    word_is(word, &[ListKind::GivenName, ListKind::NotName], rules)
        && !word_is(word, &NOT_SHORT_FORMS, rules)
}

/// The groups that are their own root, have a single key and no mention
/// from a list: the names steps 2b and 2c may fold into another company.
fn lone_unlisted_roots<'g>(
    groups: &'g Groups,
    mentions: &'g [Mention],
) -> impl Iterator<Item = (usize, &'g Key)> + 'g {
    groups
        .groups
        .iter()
        .enumerate()
        .filter_map(move |(g, group)| {
            let [only] = group.keys.as_slice() else {
                return None;
            };
            let listed = group
                .mentions
                .iter()
                .any(|&(m, _)| mentions[m].entry.is_some());
            (groups.parent[g] == g && !listed).then_some((g, only))
        })
}

/// Step 2c: an unlisted name of two letters ("BA", known from its context:
/// "BA's chief executive") folds into the company whose initials it is
/// ("British Airways"), as the rescan of step 3 reads the uncovered ones;
/// into the first such company in text order when two share the initials.
pub(super) fn join_two_letter_acronyms(groups: &mut Groups, mentions: &[Mention]) {
    let mut by_initials: HashMap<String, usize> = HashMap::new();
    for (g, group) in groups.groups.iter().enumerate() {
        let root = groups.root(g);
        for k in &group.keys {
            if let Some(a) = acronym_of(&k.key).filter(|a| a.chars().count() == 2) {
                by_initials
                    .entry(a)
                    .and_modify(|r| *r = (*r).min(root))
                    .or_insert(root);
            }
        }
    }
    let joins: Vec<(usize, usize)> = lone_unlisted_roots(groups, mentions)
        .filter_map(|(g, only)| {
            let &r = by_initials.get(only.key.as_str())?;
            (r != g).then_some((g, r))
        })
        .collect();
    for (g, r) in joins {
        groups.parent[g] = r;
    }
}

/// A word too common to stand for one company alone.
fn generic(word: &str, rules: &Rules) -> bool {
    word_is(word, &[ListKind::NotName, ListKind::GivenName], rules)
        || word_is(word, &NOT_SHORT_FORMS, rules)
}

/// Among the names (with their root groups) that start with one word, the
/// root other than `g` whose shortest core (or name) there is a
/// word-prefix of a name of each other root, and names no regional
/// division ("Lycos Europe": the short form is the company itself).
fn parent_of(names: &[(usize, &Key)], g: usize, rules: &Rules) -> Option<usize> {
    let stem = |r: usize| {
        names
            .iter()
            .filter(|&&(o, _)| o == r)
            .map(|(_, k)| k.core.as_deref().unwrap_or(&k.key))
            .min_by_key(|s| s.len())
    };
    let extends = |name: &str, stem: &str| {
        name.strip_prefix(stem)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    };
    names
        .iter()
        .map(|&(r, _)| r)
        .filter(|&r| r != g)
        .find(|&r| {
            let Some(s) = stem(r) else { return false };
            let regional = s
                .split(' ')
                .skip(1)
                .all(|w| word_is(w, &[ListKind::Place], rules));
            if regional {
                return false;
            }
            names
                .iter()
                .filter(|&&(o, _)| o != r && o != g)
                .all(|&(o, _)| names.iter().any(|&(p, k)| p == o && extends(&k.key, s)))
        })
}

/// Marks the mentions of group `g`, about to fold into root `t`, whose keys
/// are neither a short form nor an acronym of one of `t`'s keys.
fn mark_misspelt(groups: &mut Groups, index: &VariantIndex, g: usize, t: usize, rules: &Rules) {
    let exact: Vec<bool> = groups.groups[g]
        .keys
        .iter()
        .map(|short| {
            index.exact_candidates(short).any(|(o, k)| {
                let long = &groups.groups[o].keys[k].key;
                groups.root(o) == t
                    && (is_short_form(&short.key, long, rules) || is_acronym(&short.key, long))
            })
        })
        .collect();
    for &(m, k) in &groups.groups[g].mentions {
        if !exact[k] {
            groups.misspelt[m] = true;
        }
    }
}

/// A key of a group: (group, index in its `keys`).
type KeyRef = (usize, usize);

/// Keys by every form under which a shorter name may refer to them, so that
/// the candidates of [`is_variant`] are looked up, not searched for. Each
/// index holds a superset of the true matches; callers check them.
#[derive(Debug, Default)]
struct VariantIndex {
    /// The key and each prefix of it whose remaining words are legal
    /// suffixes, designators, "and" or "&" ([`is_short_form`]).
    prefixes: HashMap<String, Vec<KeyRef>>,
    /// Its initials, and its initials without the last ([`is_acronym`]).
    initials: HashMap<String, Vec<KeyRef>>,
    /// The key and its core, and each with one char deleted
    /// ([`is_misspelling`]: one edit apart share one of these).
    near: NearIndex,
    /// The last word of its core (or key) of two or more words
    /// ([`is_head_word`]).
    heads: HashMap<String, Vec<KeyRef>>,
    /// Its core, when of two or more words ([`same_core`]).
    cores: HashMap<String, Vec<KeyRef>>,
}

impl VariantIndex {
    fn add(&mut self, g: usize, k: usize, key: &Key, rules: &Rules) {
        let r = (g, k);
        let l = key.key.as_str();
        let mut end = l.len();
        push(&mut self.prefixes, l, r);
        while let Some(space) = l[..end].rfind(' ') {
            let w = &l[space + 1..end];
            let dropped = matches!(w, "and" | "&")
                || word_is(w, &[ListKind::LegalSuffix, ListKind::Designator], rules);
            if !dropped {
                break;
            }
            end = space;
            push(&mut self.prefixes, &l[..end], r);
        }
        if let Some(a) = acronym_of(l) {
            if let Some(shorter) = a.strip_suffix(|_| true) {
                push(&mut self.initials, shorter, r);
            }
            push(&mut self.initials, &a, r);
        }
        for form in std::iter::once(l).chain(key.core.as_deref()) {
            if form.len() >= 6 {
                each_one_deletion(form, |near| self.near.push(near, r));
            }
        }
        let core = key.core.as_deref().unwrap_or(l);
        if let Some((_, head)) = core.rsplit_once(' ') {
            push(&mut self.heads, head, r);
        }
        if let Some(core) = key.core.as_deref().filter(|c| c.contains(' ')) {
            push(&mut self.cores, core, r);
        }
    }

    /// Keys `short` may be a short form or acronym of.
    fn exact_candidates<'a>(&'a self, short: &Key) -> impl Iterator<Item = KeyRef> + 'a {
        let s = short.key.as_str();
        let alnum: String = s.chars().filter(|c| c.is_alphanumeric()).collect();
        let by_initials = (!s.contains(' ') && alnum.len() >= 3)
            .then(|| self.initials.get(&alnum))
            .flatten();
        [self.prefixes.get(s), by_initials]
            .into_iter()
            .flatten()
            .flatten()
            .copied()
    }

    /// Keys `short` may be a variant of.
    fn candidates<'a>(&'a self, short: &Key) -> impl Iterator<Item = KeyRef> + 'a {
        let s = short.key.as_str();
        let mut near: Vec<KeyRef> = Vec::new();
        if s.len() >= 6 {
            each_one_deletion(s, |n| near.extend(self.near.get(n)));
        }
        let head = (!s.contains(' ')).then(|| self.heads.get(s)).flatten();
        let core = short
            .core
            .as_deref()
            .filter(|c| c.contains(' '))
            .and_then(|c| self.cores.get(c));
        self.exact_candidates(short)
            .chain(near)
            .chain(head.into_iter().chain(core).flatten().copied())
    }
}

/// Keys by string form, like `HashMap<String, Vec<KeyRef>>` (the keys of
/// each form in the order pushed), without an allocation per form: the
/// forms stand in one buffer, the keys in one list (the near index holds
/// some fifteen forms a key, nearly all distinct).
#[derive(Debug, Default)]
struct NearIndex {
    /// The forms, one after the other.
    text: String,
    /// Per form: its byte range in `text`, and its first and last key in
    /// `refs`.
    table: HashTable<(usize, usize, usize, usize)>,
    /// Keys, each with the index of the next one of its form (or `usize::MAX`).
    refs: Vec<(KeyRef, usize)>,
    hasher: DefaultHashBuilder,
}

impl NearIndex {
    /// Adds key `r` under `form`.
    fn push(&mut self, form: &str, r: KeyRef) {
        let NearIndex {
            text,
            table,
            refs,
            hasher,
        } = self;
        let h = hasher.hash_one(form);
        let at = refs.len();
        refs.push((r, usize::MAX));
        if let Some(e) = table.find_mut(h, |e| &text[e.0..e.1] == form) {
            refs[e.3].1 = at;
            e.3 = at;
            return;
        }
        let start = text.len();
        text.push_str(form);
        let entry = (start, text.len(), at, at);
        table.insert_unique(h, entry, |e| hasher.hash_one(&text[e.0..e.1]));
    }

    /// The keys under `form`, in the order pushed.
    fn get(&self, form: &str) -> impl Iterator<Item = KeyRef> + '_ {
        let h = self.hasher.hash_one(form);
        let mut next = self
            .table
            .find(h, |e| &self.text[e.0..e.1] == form)
            .map_or(usize::MAX, |e| e.2);
        std::iter::from_fn(move || {
            let &(r, after) = self.refs.get(next)?;
            next = after;
            Some(r)
        })
    }
}

fn push(index: &mut HashMap<String, Vec<KeyRef>>, form: &str, r: KeyRef) {
    match index.get_mut(form) {
        Some(refs) => refs.push(r),
        None => {
            index.insert(form.to_string(), vec![r]);
        }
    }
}

/// Calls `f` with `s` itself and every string made from it by deleting one
/// char, in that order: two strings one edit apart (substitution,
/// insertion, deletion or swap of neighbours) always share one of these.
/// The forms are made in one reused buffer (no allocation per form).
pub(super) fn each_one_deletion(s: &str, mut f: impl FnMut(&str)) {
    f(s);
    let mut form = String::with_capacity(s.len());
    for (at, c) in s.char_indices() {
        form.clear();
        form.push_str(&s[..at]);
        form.push_str(&s[at + c.len_utf8()..]);
        f(&form);
    }
}

/// Whether `short` names the same company as `long`: a short form, an
/// acronym, a misspelling (of the name or its core), a head word, or the
/// same core.
fn is_variant(short: &Key, long: &Key, rules: &Rules) -> bool {
    let (s, l) = (short.key.as_str(), long.key.as_str());
    is_short_form(s, l, rules)
        || is_acronym(s, l)
        || is_misspelling(s, l)
        || long
            .core
            .as_deref()
            .is_some_and(|core| is_misspelling(s, core))
        || is_head_word(s, long)
        || same_core(short, long)
}

fn word_is(word: &str, kinds: &[ListKind], rules: &Rules) -> bool {
    let class = rules.word_class(word);
    kinds.iter().any(|k| class & k.bit() != 0)
}

/// `short` is `long` minus trailing legal suffixes and designators.
pub(super) fn is_short_form(short: &str, long: &str, rules: &Rules) -> bool {
    if short == long {
        return true;
    }
    let Some(rest) = long.strip_prefix(short).and_then(|r| r.strip_prefix(' ')) else {
        return false;
    };
    if word_is(
        short,
        &[
            ListKind::Place,
            ListKind::NotName,
            ListKind::Title,
            ListKind::Designator,
        ],
        rules,
    ) {
        return false;
    }
    rest.split(' ').all(|w| {
        w == "and" || w == "&" || word_is(w, &[ListKind::LegalSuffix, ListKind::Designator], rules)
    })
}

/// Two names of two or more words that differ only in their designators
/// ("Big Machine Records" ~ "Big Machine Label Group").
fn same_core(a: &Key, b: &Key) -> bool {
    match (&a.core, &b.core) {
        (Some(x), Some(y)) => x == y && x.contains(' '),
        _ => false,
    }
}

/// `short` is one word, the last word of `long`'s name before its legal
/// suffixes ("Lamborghini" ~ "Automobili Lamborghini SpA").
fn is_head_word(short: &str, long: &Key) -> bool {
    if short.contains(' ') || short.chars().count() < 4 {
        return false;
    }
    let core = long.core.as_deref().unwrap_or(&long.key);
    core.split(' ').count() >= 2 && core.rsplit(' ').next() == Some(short)
}

/// The name without trailing legal suffixes and designators, if that leaves
/// a word that is not itself a place, title or common word.
pub(super) fn core_of(k: &str, rules: &Rules) -> Option<String> {
    // The core is `k[..end]`: drop last words while more than one is left.
    let mut end = k.len();
    while let Some(space) = k[..end].rfind(' ') {
        let w = &k[space + 1..end];
        if word_is(w, &[ListKind::LegalSuffix, ListKind::Designator], rules) || w == "and" {
            end = space;
        } else {
            break;
        }
    }
    if end == k.len() {
        return None;
    }
    let core = &k[..end];
    if !core.contains(' ') && word_is(core, &COMMON_CORE_KINDS, rules) {
        return None;
    }
    Some(core.to_string())
}

/// The kinds of one-word list entries that are common words, never a
/// company's core by themselves: a place, a common word, a title, a given
/// name, a designator.
const COMMON_CORE_KINDS: [ListKind; 5] = [
    ListKind::Place,
    ListKind::NotName,
    ListKind::Title,
    ListKind::GivenName,
    ListKind::Designator,
];

/// The web name's stem as a key: "souq" of "Souq.com", "pellory" of
/// "Pellory.co.uk" (one word of letters and digits, capitalised, before an
/// ending of rules/web-name-endings.txt: "com", "co.uk"), unless the stem is
/// a common word: one of [`COMMON_CORE_KINDS`], a common noun's plural
/// ([`plural_noun`]: "Cars" of "Cars.com" is the noun) or an "-ing" participle
/// ("Booking"). The article's bare "Souq" is then a form of the company
/// ([`super::rescan`]).
pub(super) fn domain_stem(written: &str, rules: &Rules) -> Option<String> {
    let (stem, ending) = written.split_once('.')?;
    if !rules.is_cue("web-name-endings", ending) {
        return None;
    }
    let word = stem.len() >= 3
        && stem.starts_with(|c: char| c.is_ascii_uppercase())
        && stem.chars().all(|c| c.is_ascii_alphanumeric());
    let lower = stem.to_ascii_lowercase();
    // "Booking flights online ...": an "-ing" stem opens sentences as a verb.
    let common = word_is(&lower, &COMMON_CORE_KINDS, rules)
        || plural_noun(&lower, rules)
        || rules.is_ing_participle(&lower);
    (word && !common).then_some(lower)
}

/// Whether lower-case `w` is a common noun's plural: "-s" after a letter
/// that is not "s", "u" or "i", and the singular a place, a common word, a
/// title or a designator, or a word of `owner-company-noun-heads` or
/// `goods-nouns` ("cars", "hotels"; not "edmunds": a given name's
/// "-s" is a surname).
fn plural_noun(w: &str, rules: &Rules) -> bool {
    const SINGULAR_KINDS: [ListKind; 4] = [
        ListKind::Place,
        ListKind::NotName,
        ListKind::Title,
        ListKind::Designator,
    ];
    let Some(one) = w.strip_suffix('s') else {
        return false;
    };
    !one.ends_with(['s', 'u', 'i'])
        && (word_is(one, &SINGULAR_KINDS, rules)
            || rules.is_cue("owner-company-noun-heads", one)
            || rules.is_cue("goods-nouns", one))
}

/// The initials of a name of two or more words, "and", "of", "&" and "the"
/// left out.
pub(super) fn acronym_of(k: &str) -> Option<String> {
    let words: Vec<&str> = k
        .split(' ')
        .filter(|w| !matches!(*w, "and" | "of" | "&" | "the"))
        .collect();
    if words.len() < 2 {
        return None;
    }
    Some(words.iter().filter_map(|w| w.chars().next()).collect())
}

/// `short` is one word of three or more letters, the initials of `long`
/// (perhaps without the last).
fn is_acronym(short: &str, long: &str) -> bool {
    let s: String = short.chars().filter(|c| c.is_alphanumeric()).collect();
    s.len() >= 2
        && !short.contains(' ')
        && acronym_of(long).is_some_and(|a| a == s || a.strip_suffix(|_| true) == Some(&s))
        && s.len() >= 3
}

/// Two keys of six or more bytes, same first letter, one edit apart.
pub(super) fn is_misspelling(a: &str, b: &str) -> bool {
    // One edit changes the length in bytes by at most four.
    a.len() >= 6
        && b.len() >= 6
        && a.len().abs_diff(b.len()) <= 4
        && a.chars().next() == b.chars().next()
        && edit_distance_at_most_one(a, b)
}

/// Damerau-Levenshtein (optimal string alignment) distance of at most one.
pub fn edit_distance_at_most_one(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        // One byte is one character: no need to decode.
        return at_most_one_edit(a.as_bytes(), b.as_bytes());
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    at_most_one_edit(&a, &b)
}

fn at_most_one_edit<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    if a == b {
        return true;
    }
    let (la, lb) = (a.len(), b.len());
    if la.abs_diff(lb) > 1 {
        return false;
    }
    let p = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    if la == lb {
        // substitution or transposition
        (a[p + 1..] == b[p + 1..])
            || (p + 1 < la && a[p] == b[p + 1] && a[p + 1] == b[p] && a[p + 2..] == b[p + 2..])
    } else if la > lb {
        a[p + 1..] == b[p..]
    } else {
        b[p + 1..] == a[p..]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::resolve::test_support::{mention, words_as_tokens};

    fn rules() -> Rules {
        Rules::default_rules().unwrap()
    }

    fn k(s: &str) -> Key {
        Key::new(s.to_string(), &rules())
    }

    /// Each name one company mention, its words as tokens.
    fn article(names: &[&str]) -> (String, Tokens, Vec<Mention>) {
        let text = names.join(" ");
        let tokens = words_as_tokens(&text);
        let mut first = 0;
        let mut mentions = Vec::new();
        for name in names {
            let last = first + name.split(' ').count();
            mentions.push(mention(first, last, Kind::Company));
            first = last;
        }
        (text, tokens, mentions)
    }

    /// Mention indices per root group, after both steps.
    fn resolved(names: &[&str]) -> (Vec<Vec<usize>>, Groups) {
        let (text, tokens, mentions) = article(names);
        let rules = rules();
        let mut groups = group_by_exact_key(&text, &tokens, &rules, &mentions);
        merge_variants(&mut groups, &rules);
        join_first_words(&text, &tokens, &mut groups, &mentions, &rules);
        let mut roots: Vec<Vec<usize>> = Vec::new();
        let mut root_index = HashMap::new();
        for i in 0..mentions.len() {
            let r = groups.root_of(i).unwrap();
            let at = *root_index.entry(r).or_insert_with(|| {
                roots.push(Vec::new());
                roots.len() - 1
            });
            roots[at].push(i);
        }
        (roots, groups)
    }

    #[test]
    fn exact_keys_group_whatever_the_case() {
        let (text, tokens, mentions) = article(&["Vexo Tronics", "VEXO TRONICS", "Kerrat"]);
        let groups = group_by_exact_key(&text, &tokens, &rules(), &mentions);
        assert_eq!(groups.group_of, [Some(0), Some(0), Some(1)]);
    }

    #[test]
    fn short_forms_fold_into_the_long_name() {
        assert!(is_short_form("vexo", "vexo ag", &rules()));
        assert!(is_short_form("vexo", "vexo holdings ag", &rules()));
        assert!(!is_short_form("vexo", "vexo tronics", &rules()));
        let (roots, groups) = resolved(&["Vexo", "Vexo AG"]);
        assert_eq!(roots, [vec![0, 1]]);
        assert!(!groups.is_misspelt(0));
    }

    #[test]
    fn acronyms() {
        assert!(is_acronym(
            "saic",
            "shanghai automotive industry corporation"
        ));
        assert!(
            !is_acronym("gm", "general motors"),
            "two letters come from the lists, not from guessing"
        );
        assert_eq!(acronym_of("quarn and vell tronics").as_deref(), Some("qvt"));
        let (roots, _) = resolved(&["Quarn Vell Tronics", "QVT"]);
        assert_eq!(roots, [vec![0, 1]]);
    }

    #[test]
    fn an_unlisted_two_letter_name_joins_the_company_of_its_initials() {
        let (text, tokens, mentions) = article(&["Quarn Vell", "QV", "Dorn", "DX"]);
        let rules = rules();
        let mut groups = group_by_exact_key(&text, &tokens, &rules, &mentions);
        merge_variants(&mut groups, &rules);
        join_two_letter_acronyms(&mut groups, &mentions);
        assert_eq!(groups.root_of(1), groups.root_of(0));
        assert_ne!(groups.root_of(2), groups.root_of(0));
        assert_ne!(
            groups.root_of(3),
            groups.root_of(2),
            "one word has no initials"
        );
    }

    #[test]
    fn misspellings_fold_and_are_marked() {
        assert!(is_misspelling("dailmer ag", "daimler ag"));
        assert!(!is_misspelling("vexo", "vexa"), "too short to tell");
        let (roots, groups) = resolved(&["Zorvath AG", "Zorvaht AG"]);
        assert_eq!(roots, [vec![0, 1]]);
        assert!(groups.is_misspelt(1) && !groups.is_misspelt(0));
    }

    #[test]
    fn a_web_name_has_its_stem_as_core() {
        let r = rules();
        assert_eq!(domain_stem("Trovella.com", &r).as_deref(), Some("trovella"));
        assert_eq!(domain_stem("Pellory.co.uk", &r).as_deref(), Some("pellory"));
        assert_eq!(domain_stem("Nexus.io", &r).as_deref(), Some("nexus"));
        assert_eq!(domain_stem("Edmunds.com", &r).as_deref(), Some("edmunds"));
        // A place, an "-ing" word, lower case, a short stem or no web ending.
        for w in [
            "Paris.com",
            "Booking.com",
            "Cars.com",
            "Cards.net",
            "trovella.com",
            "Ab.com",
            "Trovella",
        ] {
            assert_eq!(domain_stem(w, &r), None, "{w}");
        }
    }

    #[test]
    fn head_words_and_cores() {
        assert!(is_head_word("lamborvex", &k("automobili lamborvex spa")));
        assert!(!is_head_word("automobili", &k("automobili lamborvex spa")));
        assert_eq!(
            core_of("quarn vell holdings ag", &rules()).as_deref(),
            Some("quarn vell")
        );
        assert!(same_core(&k("quarn vell holdings"), &k("quarn vell group")));
        let (roots, _) = resolved(&["Automobili Lamborvex SpA", "Lamborvex"]);
        assert_eq!(roots, [vec![0, 1]]);
    }

    #[test]
    fn a_first_word_joins_the_parent_name_only() {
        let (roots, _) = resolved(&["Vexo Cells Ltd", "Vexo Cells Thailand", "Vexo"]);
        assert_eq!(roots, [vec![0, 2], vec![1]]);
        let (roots, _) = resolved(&["Vexo Cells Ltd", "Vexo Lumen Ltd", "Vexo"]);
        assert_eq!(roots.len(), 3, "no parent stands out");
        let (roots, _) = resolved(&["Vexo Europe", "Vexo"]);
        assert_eq!(roots.len(), 2, "a regional division");
        let (roots, _) = resolved(&["General Vexo Ltd", "General"]);
        assert_eq!(roots.len(), 2, "a generic word");
        // A short form of several words folds into the name it opens.
        let (roots, _) = resolved(&["Q and V Tallow Supply Co", "Q and V"]);
        assert_eq!(roots, [vec![0, 1]]);
        let (roots, _) = resolved(&["Q and V Tallow Supply Co", "Q and Vexo"]);
        assert_eq!(roots.len(), 2, "only whole words open a name");
        let (roots, _) = resolved(&["Vexo and Co Canada Inc", "Vexo and Co"]);
        assert_eq!(roots.len(), 2, "a whole name and its regional unit");
        let (roots, _) = resolved(&["VEXO-KERRAT RAISES CAPITAL", "Vexo-Kerrat"]);
        assert_eq!(roots.len(), 2, "a hyphened word and a line of capitals");
        let (roots, _) = resolved(&["Vexo-Kerrat Data Systems Inc", "Vexo-Kerrat"]);
        assert_eq!(roots, [vec![0, 1]], "a hyphened short form");
        let (roots, _) = resolved(&["VEXO KERRAT RAISES CAPITAL", "Vexo Kerrat"]);
        assert_eq!(roots.len(), 2, "a line of capitals");
        let (roots, _) = resolved(&["Q AND V TALLOW SUPPLY CO", "Q and V"]);
        assert_eq!(roots, [vec![0, 1]], "capitals with a legal suffix");
    }

    #[test]
    fn a_given_name_joins_the_company_named_before_it() {
        let (roots, _) = resolved(&["Arlen Mining Corp", "Dexter Gold Ltd", "Arlen"]);
        assert_eq!(roots, [vec![0, 2], vec![1]]);
        let (roots, _) = resolved(&["Arlen", "Arlen Mining Corp"]);
        assert_eq!(roots.len(), 2, "named before the company");
        let (roots, _) = resolved(&["Arlen Mining Corp", "Arlen Lumen Ltd", "Arlen"]);
        assert_eq!(roots.len(), 3, "no parent stands out");
    }

    /// The groups after step 2b of `text` with mentions `(first, last, kind)`.
    fn joined(text: &str, spans: &[(usize, usize, Kind)]) -> Groups {
        let tokens = words_as_tokens(text);
        let mentions: Vec<Mention> = spans.iter().map(|&(f, l, k)| mention(f, l, k)).collect();
        let rules = rules();
        let mut groups = group_by_exact_key(text, &tokens, &rules, &mentions);
        merge_variants(&mut groups, &rules);
        join_first_words(text, &tokens, &mut groups, &mentions, &rules);
        groups
    }

    #[test]
    fn a_given_name_said_to_be_a_person_stays_apart() {
        let person = (3, 5, Kind::Person);
        let g = joined(
            "Arlen Mining Corp Kiro Arlen said Arlen",
            &[(0, 3, Kind::Company), person, (6, 7, Kind::Company)],
        );
        assert_ne!(g.root_of(0), g.root_of(2), "a person of that name");
        let g = joined(
            "Arlen Mining Corp chairman Arlen",
            &[(0, 3, Kind::Company), (4, 5, Kind::Company)],
        );
        assert_ne!(g.root_of(0), g.root_of(1), "a title before it");
        let g = joined(
            "Arlen Mining Corp said Arlen",
            &[(0, 3, Kind::Company), (4, 5, Kind::Company)],
        );
        assert_eq!(g.root_of(0), g.root_of(1));
    }

    #[test]
    fn unrelated_names_stay_apart() {
        let (roots, _) = resolved(&["Vexo Tronics", "Kerrat Mills"]);
        assert_eq!(roots.len(), 2);
    }

    #[test]
    fn one_edit() {
        assert!(edit_distance_at_most_one("dailmer ag", "daimler ag"));
        assert!(edit_distance_at_most_one("chronin", "cronin"));
        assert!(edit_distance_at_most_one("cronin", "chronin"));
        assert!(!edit_distance_at_most_one("daimler", "renault"));
        assert!(edit_distance_at_most_one("abc", "abd"));
        assert!(edit_distance_at_most_one("zürich", "zurich"));
    }
}
