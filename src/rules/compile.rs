//! Compiling the loaded rules into the matchers [`Rules`](super::Rules)
//! holds: the trie over every literal (walked anchored), the first
//! bytes it can start with, and the word classes of one-word list entries.
//! Runs once, at start-up. (The boilerplate regexes' literal gate is built
//! in `gate.rs`.)

use std::hash::BuildHasher;

use hashbrown::{DefaultHashBuilder, HashTable, hash_table};

use super::{Entry, ListKind, NameList, Strings};

/// A trie over every literal (ASCII case-insensitive), walked anchored
/// from a token start: an Aho-Corasick automaton's failure links are never
/// needed there, and building them dominated loading (a 200,000-entry list:
/// seconds and hundreds of MB). Built from the sorted literals depth first,
/// in time and memory linear in their total length. Where only one literal
/// continues below a branch, the rest of it is kept as a tail (its bytes in
/// one array) instead of one node per byte, so a list of long names costs
/// about one node per branching point. Pattern ids are indexes into
/// `patterns`.
///
/// Laid out for the walk, which is bound by memory latency: a node's edge
/// range and pattern sit side by side, an edge's label and target too,
/// nodes are numbered depth first (a child lies near its parent), and the
/// edges of the root and of every node with many of them are a dense row
/// indexed by the byte's column (no search among up to 40 labels on the
/// second byte of nearly every word); a node with few is searched in a short
/// run.
#[derive(Debug, Clone)]
pub struct LiteralTrie {
    /// Per node, its first edge and 1 + the pattern ending there (or 0);
    /// node `n`'s edges are `edges[nodes[n].edges..nodes[n + 1].edges]`,
    /// sorted by label (a last node closes the range).
    nodes: Vec<Node>,
    /// Every edge.
    edges: Vec<Edge>,
    /// Per byte, its column in a dense row: ASCII capitals that of their
    /// lower case; 0 for a byte no edge has.
    columns: Box<[u8; 256]>,
    /// The dense rows, each `width` long: the target of the edge of each
    /// column, or `NO_EDGE` (column 0: always).
    rows: Vec<u32>,
    /// The length of a dense row: 1 + the number of labels.
    width: usize,
    /// Every tail: the bytes still to come (ASCII lower case), then
    /// `TAIL_END` (never a byte of UTF-8 text) and the pattern's id (4
    /// bytes, little endian).
    tails: Vec<u8>,
}

#[derive(Debug, Clone, Copy)]
struct Node {
    edges: u32,
    pattern: u32,
    /// The start of its dense row in `rows`, or `NO_ROW`.
    row: u32,
}

/// An edge: its byte (ASCII lower case) and the node it leads to, or
/// `TAIL | i`: the walk goes on along `tails[i..]`.
#[derive(Debug, Clone, Copy)]
struct Edge {
    target: u32,
    label: u8,
}

/// The bit that marks a walk state as a position in [`LiteralTrie::tails`].
const TAIL: u32 = 1 << 31;
/// The byte that ends a tail (0xFF is never part of UTF-8).
const TAIL_END: u8 = 0xFF;
/// No edge for this byte in a dense row.
const NO_EDGE: u32 = u32::MAX;
/// A node whose edges have no dense row.
const NO_ROW: u32 = u32::MAX;
/// The fewest edges a node (other than the root) has a dense row for: below,
/// a search of its sorted edges costs about as much as the row's look-up.
const DENSE_EDGES: usize = 6;

impl LiteralTrie {
    /// The node of the empty prefix.
    pub const ROOT: u32 = 0;

    /// The trie of `patterns` (each ASCII-lower-cased here).
    ///
    /// # Panics
    /// If the trie would need 2^31 nodes or tail bytes (over 2 GB of
    /// literals).
    pub fn build<'p>(patterns: impl IntoIterator<Item = &'p str>) -> Self {
        let patterns: Vec<&str> = patterns.into_iter().collect();
        Self::build_with(&patterns, DENSE_EDGES)
    }

    /// [`LiteralTrie::build`], with a dense row for the root and each node
    /// of `dense_edges` edges or more.
    fn build_with(patterns: &[&str], dense_edges: usize) -> Self {
        let lowered: Vec<String>;
        let lowered_refs: Vec<&str>;
        let patterns = if patterns
            .iter()
            .any(|p| p.bytes().any(|b| b.is_ascii_uppercase()))
        {
            lowered = patterns.iter().map(|p| p.to_ascii_lowercase()).collect();
            lowered_refs = lowered.iter().map(String::as_str).collect();
            &lowered_refs
        } else {
            patterns // the loader's literals are lower case already
        };
        // Sorted by their first eight bytes read as one number first (the
        // same order as the bytes', see `prefix_key`), which spares most
        // comparisons a call to compare the bytes.
        let mut keyed: Vec<(u64, &[u8], u32)> = patterns
            .iter()
            .enumerate()
            .map(|(id, p)| (prefix_key(p.as_bytes()), p.as_bytes(), id as u32))
            .collect();
        keyed.sort(); // (stable: the lists are runs already sorted, which it merges)
        let sorted: Vec<(&[u8], u32)> = keyed.into_iter().map(|(_, p, id)| (p, id)).collect();
        // Room for the most it can take (each literal a tail, and a node
        // and an edge a literal), so no table grows.
        let bytes: usize = sorted.iter().map(|(p, _)| p.len()).sum();
        let mut t = LiteralTrie {
            nodes: Vec::with_capacity(sorted.len() + 2),
            edges: Vec::with_capacity(2 * sorted.len()),
            columns: Box::new([0; 256]),
            rows: Vec::new(),
            width: 1,
            tails: Vec::with_capacity(bytes + 5 * sorted.len()),
        };
        // Nodes are numbered as expanded, depth first, children in label
        // order; each node's edges are pushed together when it is expanded
        // and its children's targets filled in when they are. Stack items:
        // (the edge to the node, its literals as a range of `sorted`, depth).
        let mut stack: Vec<(Option<usize>, usize, usize, usize)> = vec![(None, 0, sorted.len(), 0)];
        while let Some((parent, lo, hi, depth)) = stack.pop() {
            if let Some(e) = parent {
                t.edges[e].target = t.nodes.len() as u32;
            }
            let children = stack.len();
            t.expand(&sorted[lo..hi], depth, |e, a, b| {
                stack.push((Some(e), lo + a, lo + b, depth + 1))
            });
            stack[children..].reverse();
        }
        t.nodes.push(Node {
            edges: t.edges.len() as u32,
            pattern: 0,
            row: NO_ROW,
        });
        assert!(t.nodes.len() < TAIL as usize && t.tails.len() < (TAIL - 1) as usize);
        t.add_rows(dense_edges);
        t
    }

    /// Numbers the labels (columns, in byte order) and gives the root and
    /// every node of `dense_edges` edges or more a dense row.
    fn add_rows(&mut self, dense_edges: usize) {
        let mut used = [false; 256];
        for e in &self.edges {
            used[usize::from(e.label)] = true;
        }
        for b in 0..=255u8 {
            if used[usize::from(b)] {
                self.columns[usize::from(b)] = self.width as u8;
                self.width += 1;
            }
        }
        for b in b'A'..=b'Z' {
            self.columns[usize::from(b)] = self.columns[usize::from(b.to_ascii_lowercase())];
        }
        for n in 0..self.nodes.len() - 1 {
            let (a, b) = (
                self.nodes[n].edges as usize,
                self.nodes[n + 1].edges as usize,
            );
            if n != Self::ROOT as usize && b - a < dense_edges {
                continue;
            }
            let row = self.rows.len();
            self.rows.resize(row + self.width, NO_EDGE);
            for e in &self.edges[a..b] {
                self.rows[row + usize::from(self.columns[usize::from(e.label)])] = e.target;
            }
            self.nodes[n].row = u32::try_from(row).expect("dense rows under 4 G entries");
        }
    }

    /// Pushes the next node: the literals `group` (sorted) share their
    /// first `depth` bytes. Each byte that two or more of them continue
    /// with gets an edge to a child node (`child(edge, lo, hi)`: its
    /// literals, as a range of `group`), each byte that only one continues
    /// with a tail.
    fn expand(
        &mut self,
        group: &[(&[u8], u32)],
        depth: usize,
        mut child: impl FnMut(usize, usize, usize),
    ) {
        let mut pattern = 0;
        let mut i = 0;
        // Sorted: the literals that end here come first (the last one
        // stands for them all: equal literals share one id).
        while i < group.len() && group[i].0.len() == depth {
            pattern = group[i].1 + 1;
            i += 1;
        }
        self.nodes.push(Node {
            edges: self.edges.len() as u32,
            pattern,
            row: NO_ROW,
        });
        while i < group.len() {
            let b = group[i].0[depth];
            let mut j = i + 1;
            while j < group.len() && group[j].0[depth] == b {
                j += 1;
            }
            if j == i + 1 {
                let (rest, id) = (&group[i].0[depth + 1..], group[i].1);
                self.edges.push(Edge {
                    target: TAIL | self.tails.len() as u32,
                    label: b,
                });
                self.tails.extend_from_slice(rest);
                self.tails.push(TAIL_END);
                self.tails.extend_from_slice(&id.to_le_bytes());
            } else {
                child(self.edges.len(), i, j);
                self.edges.push(Edge {
                    target: 0, // set when the child is expanded
                    label: b,
                });
            }
            i = j;
        }
    }

    /// For each byte, whether some pattern starts with it (in either ASCII
    /// case): the labels of the root's edges, which are the patterns' first
    /// bytes in lower case (no pass over the patterns).
    pub(super) fn first_bytes(&self) -> [bool; 256] {
        let mut first_bytes = [false; 256];
        let root = Self::ROOT as usize;
        let (a, b) = (self.nodes[root].edges, self.nodes[root + 1].edges);
        for e in &self.edges[a as usize..b as usize] {
            first_bytes[usize::from(e.label)] = true;
            first_bytes[usize::from(e.label.to_ascii_uppercase())] = true;
        }
        first_bytes
    }

    /// The node after `byte` (compared in ASCII lower case) from `node`.
    #[inline]
    pub fn next(&self, node: u32, byte: u8) -> Option<u32> {
        if node & TAIL != 0 {
            let expected = self.tails[(node & !TAIL) as usize];
            return (expected == byte.to_ascii_lowercase() && expected != TAIL_END)
                .then_some(node + 1);
        }
        let n = self.nodes[node as usize];
        if n.row != NO_ROW {
            let column = usize::from(self.columns[usize::from(byte)]);
            let target = self.rows[n.row as usize + column];
            return (target != NO_EDGE).then_some(target);
        }
        // A few edges, sorted by label.
        let byte = byte.to_ascii_lowercase();
        let end = self.nodes[node as usize + 1].edges as usize;
        for e in &self.edges[n.edges as usize..end] {
            if e.label >= byte {
                return (e.label == byte).then_some(e.target);
            }
        }
        None
    }

    /// Walks `text` from the root, feeding a run of white space (space,
    /// line break, tab) as one space, and calls `found(len, pattern)` for
    /// each pattern spelt by the bytes fed from the start, `len` the bytes of
    /// `text` consumed (shortest first). The same as stepping with
    /// [`LiteralTrie::next`] and asking [`LiteralTrie::pattern`] after each
    /// byte, in one loop: a node's pattern read with its step, a tail
    /// compared byte by byte without going back through the node table.
    #[inline]
    pub fn walk(&self, text: &[u8], mut found: impl FnMut(usize, usize)) {
        let mut fed = Fed {
            text,
            at: 0,
            after_space: false,
        };
        let mut node = Self::ROOT;
        while let Some(b) = fed.next() {
            let target = self.step(node, b);
            if target == NO_EDGE {
                return;
            }
            if target & TAIL != 0 {
                return self.walk_tail((target & !TAIL) as usize, &mut fed, found);
            }
            node = target;
            if let Some(p) = self.nodes[node as usize].pattern.checked_sub(1) {
                found(fed.at, p as usize);
            }
        }
    }

    /// The rest of [`LiteralTrie::walk`] once it is on the tail at
    /// `tails[at..]`: the tail's one pattern, if `fed` spells the tail.
    #[inline]
    fn walk_tail(&self, mut at: usize, fed: &mut Fed<'_>, mut found: impl FnMut(usize, usize)) {
        loop {
            let expected = self.tails[at];
            if expected == TAIL_END {
                let id: [u8; 4] = self.tails[at + 1..at + 5].try_into().expect("4 id bytes");
                return found(fed.at, u32::from_le_bytes(id) as usize);
            }
            match fed.next() {
                Some(b) if b.to_ascii_lowercase() == expected => at += 1,
                _ => return,
            }
        }
    }

    /// The target of `node`'s edge for `byte` (`NO_EDGE` when none); `node`
    /// is no tail position.
    #[inline]
    fn step(&self, node: u32, byte: u8) -> u32 {
        let n = self.nodes[node as usize];
        if n.row != NO_ROW {
            let column = usize::from(self.columns[usize::from(byte)]);
            return self.rows[n.row as usize + column];
        }
        let byte = byte.to_ascii_lowercase();
        let end = self.nodes[node as usize + 1].edges as usize;
        for e in &self.edges[n.edges as usize..end] {
            if e.label >= byte {
                return if e.label == byte { e.target } else { NO_EDGE };
            }
        }
        NO_EDGE
    }

    /// The pattern whose every byte leads from the root to `node`, if any.
    #[inline]
    pub fn pattern(&self, node: u32) -> Option<usize> {
        if node & TAIL != 0 {
            let at = (node & !TAIL) as usize;
            if self.tails[at] != TAIL_END {
                return None;
            }
            let id: [u8; 4] = self.tails[at + 1..at + 5].try_into().ok()?;
            return Some(u32::from_le_bytes(id) as usize);
        }
        self.nodes[node as usize]
            .pattern
            .checked_sub(1)
            .map(|p| p as usize)
    }
}

/// The bytes [`LiteralTrie::walk`] feeds: those of `text` from `at`, a run
/// of white space as one space.
struct Fed<'t> {
    text: &'t [u8],
    /// The next byte's offset in `text`.
    at: usize,
    /// Whether the last byte fed was white space.
    after_space: bool,
}

impl Fed<'_> {
    #[inline]
    fn next(&mut self) -> Option<u8> {
        loop {
            let b = *self.text.get(self.at)?;
            self.at += 1;
            let space = matches!(b, b' ' | b'\n' | b'\r' | b'\t');
            if space && self.after_space {
                continue;
            }
            self.after_space = space;
            return Some(if space { b' ' } else { b });
        }
    }
}

/// The first eight bytes of `bytes` (zeros after its end) as a big-endian
/// number: numbers in the order of the byte strings, ties left open.
fn prefix_key(bytes: &[u8]) -> u64 {
    let mut key = [0u8; 8];
    let n = bytes.len().min(8);
    key[..n].copy_from_slice(&bytes[..n]);
    u64::from_be_bytes(key)
}

/// For each byte, whether some pattern starts with it (in either ASCII case).
#[cfg(test)]
pub(super) fn first_bytes<'p>(patterns: impl IntoIterator<Item = &'p str>) -> [bool; 256] {
    let mut first_bytes = [false; 256];
    for p in patterns {
        if let Some(&b) = p.as_bytes().first() {
            first_bytes[b.to_ascii_lowercase() as usize] = true;
            first_bytes[b.to_ascii_uppercase() as usize] = true;
        }
    }
    first_bytes
}

/// One-word entries (lower case, a final full stop dropped) -> the bits of
/// the [`ListKind`](super::ListKind)s that hold them. The words stand in one
/// string (one allocation for them all, not one a word).
#[derive(Debug, Clone, Default)]
pub(super) struct WordClasses {
    /// Every word, one after the other.
    words: String,
    /// (start, end in `words`, class bits), hashed by the word.
    table: HashTable<(u32, u32, u32)>,
    hasher: DefaultHashBuilder,
    /// A filter over the first three bytes of the words of the place
    /// lists (bit [`prefix_bit`] of each, 65,536 bits, or none while no
    /// place is added): a clear bit says no place starts with those bytes;
    /// a set one may be another prefix's.
    place_prefixes: Vec<u64>,
}

/// The `u64`s of [`WordClasses::place_prefixes`] (2^16 bits, 8 KB).
const PREFIX_WORDS: usize = 1 << 10;

/// The bit of [`WordClasses::place_prefixes`] of a word's first three
/// bytes: a multiplicative hash to 16 bits.
fn prefix_bit(three: [u8; 3]) -> usize {
    let n = u32::from_le_bytes([three[0], three[1], three[2], 0]);
    (n.wrapping_mul(0x9E37_79B1) >> 16) as usize
}

impl WordClasses {
    /// The classes of the one-word entries among `entries` (canonical
    /// forms `canonicals`).
    pub(super) fn build(lists: &[NameList], entries: &[Entry], canonicals: &Strings) -> Self {
        let mut classes = WordClasses {
            words: String::with_capacity(entries.len() * 8),
            table: HashTable::with_capacity(entries.len()),
            hasher: DefaultHashBuilder::default(),
            place_prefixes: Vec::new(),
        };
        let mut lowered = String::new();
        // Cue words are asked for by list (`lists::Cues`), never by class:
        // "News" or "Remained" would be a listed word to every stage.
        let one_words = entries
            .iter()
            .zip(canonicals.iter())
            .filter(|(e, canonical)| {
                !canonical.as_bytes().contains(&b' ') && lists[e.list].kind != ListKind::Cue
            });
        for (e, canonical) in one_words {
            let word = canonical.trim_end_matches('.');
            let key = if word
                .bytes()
                .any(|b| b.is_ascii_uppercase() || !b.is_ascii())
            {
                lowered.clear();
                if word.is_ascii() {
                    lowered.push_str(word);
                    lowered.make_ascii_lowercase();
                } else {
                    lowered.push_str(&word.to_lowercase());
                }
                lowered.as_str()
            } else {
                word
            };
            classes.add(key, lists[e.list].kind.bit());
        }
        classes
    }

    /// Adds `bit` to the classes of `word` (lower case).
    fn add(&mut self, word: &str, bit: u32) {
        if bit == ListKind::Place.bit()
            && let Some(&three) = word.as_bytes().first_chunk::<3>()
        {
            self.place_prefixes.resize(PREFIX_WORDS, 0);
            let at = prefix_bit(three);
            self.place_prefixes[at / 64] |= 1 << (at % 64);
        }
        let (words, hasher) = (self.words.as_bytes(), &self.hasher);
        let key = word.as_bytes();
        let entry = self.table.entry(
            hasher.hash_one(key),
            |&(a, b, _)| &words[a as usize..b as usize] == key,
            |&(a, b, _)| hasher.hash_one(&words[a as usize..b as usize]),
        );
        match entry {
            hash_table::Entry::Occupied(mut e) => e.get_mut().2 |= bit,
            hash_table::Entry::Vacant(e) => {
                let start = self.words.len() as u32;
                self.words.push_str(word);
                e.insert((start, self.words.len() as u32, bit));
            }
        }
    }

    /// Every ASCII word of the table, with its class bits.
    pub(super) fn ascii_entries(&self) -> impl Iterator<Item = (&str, u32)> {
        self.table
            .iter()
            .map(|&(a, b, bits)| (&self.words[a as usize..b as usize], bits))
            .filter(|(w, _)| w.is_ascii())
    }

    /// Whether some place word (a one-word entry of a place list, lower
    /// case) may start with the bytes `three`: false means none does.
    #[inline]
    pub(super) fn may_start_place(&self, three: [u8; 3]) -> bool {
        let at = prefix_bit(three);
        self.place_prefixes
            .get(at / 64)
            .is_some_and(|w| w >> (at % 64) & 1 != 0)
    }

    /// The class bits of `word` (lower case, as bytes: a word lower-cased
    /// on the stack needs no UTF-8 check), 0 if no one-word entry.
    #[inline]
    pub(super) fn get(&self, word: &[u8]) -> u32 {
        let words = self.words.as_bytes();
        self.table
            .find(self.hasher.hash_one(word), |&(a, b, _)| {
                &words[a as usize..b as usize] == word
            })
            .map_or(0, |&(_, _, bits)| bits)
    }
}

#[cfg(test)]
mod tests {
    use super::{LiteralTrie, WordClasses};

    #[test]
    fn a_word_has_the_classes_of_every_list_holding_it() {
        let mut classes = WordClasses::default();
        classes.add("quennick", 1);
        classes.add("varn", 2);
        classes.add("quennick", 8);
        assert_eq!(classes.get(b"quennick"), 9);
        assert_eq!(classes.get(b"varn"), 2);
        assert_eq!(classes.get(b"quenn"), 0);
        assert_eq!(classes.get(b""), 0);
    }

    #[test]
    fn the_place_prefix_filter_lets_every_place_through() {
        use super::super::ListKind;
        let mut classes = WordClasses::default();
        assert!(!classes.may_start_place(*b"qua"), "no place yet");
        classes.add("quarvenia", ListKind::Place.bit());
        classes.add("ostrelle", ListKind::Place.bit());
        classes.add("ya", ListKind::Place.bit()); // too short to have a prefix
        classes.add("thornwick", ListKind::Surname.bit());
        assert!(classes.may_start_place(*b"qua"));
        assert!(classes.may_start_place(*b"ost"));
        assert!(!classes.may_start_place(*b"tho"), "a surname is no place");
        assert!(!classes.may_start_place(*b"OST"), "compared as written");
    }

    /// Every pattern equal (in ASCII case) to a prefix of `text`.
    fn prefixes(t: &LiteralTrie, text: &str) -> Vec<usize> {
        let mut node = LiteralTrie::ROOT;
        let mut out = Vec::new();
        for &b in text.as_bytes() {
            let Some(next) = t.next(node, b) else { break };
            node = next;
            out.extend(t.pattern(node));
        }
        out
    }

    /// [`LiteralTrie::walk`]'s finds, as (bytes consumed, pattern).
    fn walked(t: &LiteralTrie, text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        t.walk(text.as_bytes(), |len, p| out.push((len, p)));
        out
    }

    /// The same by single steps: a run of white space fed as one space.
    fn stepped(t: &LiteralTrie, text: &str) -> Vec<(usize, usize)> {
        let mut node = LiteralTrie::ROOT;
        let mut out = Vec::new();
        let mut after_space = false;
        for (at, &b) in text.as_bytes().iter().enumerate() {
            let space = matches!(b, b' ' | b'\n' | b'\r' | b'\t');
            if space && after_space {
                continue;
            }
            after_space = space;
            let Some(next) = t.next(node, if space { b' ' } else { b }) else {
                break;
            };
            node = next;
            out.extend(t.pattern(node).map(|p| (at + 1, p)));
        }
        out
    }

    #[test]
    fn a_walk_reads_a_run_of_white_space_as_one_space() {
        let pats: Vec<String> = ["vexo labs", "vexo", "vexo labs group"]
            .map(String::from)
            .to_vec();
        let t = LiteralTrie::build(pats.iter().map(String::as_str));
        assert_eq!(walked(&t, "Vexo\n  Labs Group"), [(4, 1), (11, 0), (17, 2)]);
        assert_eq!(walked(&t, "vexo  labs"), [(4, 1), (10, 0)]);
        assert!(walked(&t, "vex").is_empty());
    }

    #[test]
    fn the_trie_finds_every_literal_that_starts_here() {
        let pats: Vec<String> = ["zentrix", "zen", "zentrix ag", "kerrat", "zéa"]
            .map(String::from)
            .to_vec();
        let t = LiteralTrie::build(pats.iter().map(String::as_str));
        assert_eq!(prefixes(&t, "Zentrix AG said"), [1, 0, 2]);
        assert_eq!(prefixes(&t, "KERRAT"), [3]);
        assert_eq!(prefixes(&t, "zéa"), [4]);
        assert_eq!(prefixes(&t, "ZÉA"), Vec::<usize>::new(), "only ASCII folds");
        assert!(prefixes(&t, "vexo").is_empty());
        assert!(prefixes(&LiteralTrie::build([]), "zen").is_empty());
    }

    /// The patterns a brute-force search finds: every literal equal (ASCII
    /// case) to a prefix of `text`, shortest first; of equal literals the
    /// last.
    fn brute_force(pats: &[String], text: &str) -> Vec<usize> {
        let text = text.to_ascii_lowercase();
        let mut found: Vec<(usize, usize)> = Vec::new();
        for (id, p) in pats.iter().enumerate() {
            let p = p.to_ascii_lowercase();
            if !p.is_empty() && text.starts_with(&p) {
                found.retain(|&(len, _)| len != p.len());
                found.push((p.len(), id));
            }
        }
        found.sort();
        found.into_iter().map(|(_, id)| id).collect()
    }

    proptest::proptest! {
        /// Tails and nodes together find what a brute-force search finds,
        /// on literals that share long prefixes and end inside each other.
        #[test]
        fn the_trie_agrees_with_a_brute_force_search(
            pats in proptest::collection::vec("[abAB é]{0,7}", 0..12),
            texts in proptest::collection::vec("[abAB é]{0,9}", 1..6),
            spaced in proptest::collection::vec("[abAB é\n\t]{0,12}", 1..6),
        ) {
            // Dense rows for every node, for the default few, for the root only.
            for dense_edges in [1, super::DENSE_EDGES, usize::MAX] {
                let refs: Vec<&str> = pats.iter().map(String::as_str).collect();
                let t = LiteralTrie::build_with(&refs, dense_edges);
                for text in &texts {
                    proptest::prop_assert_eq!(prefixes(&t, text), brute_force(&pats, text));
                }
                for p in &pats {
                    proptest::prop_assert_eq!(prefixes(&t, p), brute_force(&pats, p));
                }
                for text in &spaced {
                    proptest::prop_assert_eq!(walked(&t, text), stepped(&t, text));
                }
                let first = super::first_bytes(pats.iter().map(String::as_str));
                proptest::prop_assert_eq!(t.first_bytes(), first);
            }
        }
    }
}
