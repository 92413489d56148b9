//! Compiling the loaded rules into the matchers [`Rules`](super::Rules)
//! holds: the trie over every literal (walked anchored), the first
//! bytes it can start with, and the word classes of one-word list entries.
//! Runs once, at start-up. (The boilerplate regexes' literal gate is built
//! in `gate.rs`.)

use std::collections::HashMap;

use super::{Entry, NameList};

/// A trie over every literal (ASCII case-insensitive), walked anchored
/// from a token start: an Aho-Corasick automaton's failure links are never
/// needed there, and building them dominated loading (a 200,000-entry list:
/// seconds and hundreds of MB). Built from the sorted literals breadth
/// first, in time and memory linear in their total length. Pattern ids are
/// indexes into `patterns`.
#[derive(Debug, Clone)]
pub struct LiteralTrie {
    /// Per node, its first edge; node `n`'s edges are
    /// `edges[n]..edges[n + 1]`, sorted by label.
    edges: Vec<u32>,
    /// Per node, 1 + the pattern ending there, or 0.
    pattern: Vec<u32>,
    /// Per edge, its byte (ASCII lower case).
    labels: Vec<u8>,
    /// Per edge, the node it leads to.
    targets: Vec<u32>,
}

impl LiteralTrie {
    /// The node of the empty prefix.
    pub const ROOT: u32 = 0;

    /// The trie of `patterns` (each ASCII-lower-cased here).
    pub fn build(patterns: &[String]) -> Self {
        let byte = |p: u32, at: usize| patterns[p as usize].as_bytes()[at].to_ascii_lowercase();
        let len = |p: u32| patterns[p as usize].len();
        let mut order: Vec<u32> = (0..patterns.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| {
            let (a, b) = (
                patterns[a as usize].as_bytes(),
                patterns[b as usize].as_bytes(),
            );
            a.iter()
                .map(u8::to_ascii_lowercase)
                .cmp(b.iter().map(u8::to_ascii_lowercase))
        });
        let mut t = LiteralTrie {
            edges: Vec::new(),
            pattern: vec![0],
            labels: Vec::new(),
            targets: Vec::new(),
        };
        // Nodes are numbered as created and expanded in that order (breadth
        // first), so each node's edges are pushed together.
        let mut queue = std::collections::VecDeque::from([(0, order.len(), 0)]);
        while let Some((mut i, hi, depth)) = queue.pop_front() {
            let node = t.edges.len();
            t.edges.push(t.labels.len() as u32);
            // Sorted: the pattern that ends here comes first.
            while i < hi && len(order[i]) == depth {
                t.pattern[node] = order[i] + 1;
                i += 1;
            }
            while i < hi {
                let b = byte(order[i], depth);
                let mut j = i;
                while j < hi && byte(order[j], depth) == b {
                    j += 1;
                }
                t.labels.push(b);
                t.targets.push(t.pattern.len() as u32);
                t.pattern.push(0);
                queue.push_back((i, j, depth + 1));
                i = j;
            }
        }
        t.edges.push(t.labels.len() as u32);
        t
    }

    /// The node after `byte` (compared in ASCII lower case) from `node`.
    pub fn next(&self, node: u32, byte: u8) -> Option<u32> {
        let (a, b) = (
            self.edges[node as usize] as usize,
            self.edges[node as usize + 1] as usize,
        );
        let labels = &self.labels[a..b];
        let at = labels.binary_search(&byte.to_ascii_lowercase()).ok()?;
        Some(self.targets[a + at])
    }

    /// The pattern whose every byte leads from the root to `node`, if any.
    pub fn pattern(&self, node: u32) -> Option<usize> {
        self.pattern[node as usize]
            .checked_sub(1)
            .map(|p| p as usize)
    }
}

/// For each byte, whether some pattern starts with it (in either ASCII case).
pub(super) fn first_bytes(patterns: &[String]) -> [bool; 256] {
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
/// the [`ListKind`](super::ListKind)s that hold them.
pub(super) fn word_classes(lists: &[NameList], entries: &[Entry]) -> HashMap<String, u32> {
    let mut word_classes: HashMap<String, u32> = HashMap::new();
    for e in entries {
        if !e.canonical.contains(' ') {
            *word_classes
                .entry(e.canonical.trim_end_matches('.').to_lowercase())
                .or_default() |= lists[e.list].kind.bit();
        }
    }
    word_classes
}

#[cfg(test)]
mod tests {
    use super::LiteralTrie;

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

    #[test]
    fn the_trie_finds_every_literal_that_starts_here() {
        let pats: Vec<String> = ["zentrix", "zen", "zentrix ag", "kerrat", "zéa"]
            .map(String::from)
            .to_vec();
        let t = LiteralTrie::build(&pats);
        assert_eq!(prefixes(&t, "Zentrix AG said"), [1, 0, 2]);
        assert_eq!(prefixes(&t, "KERRAT"), [3]);
        assert_eq!(prefixes(&t, "zéa"), [4]);
        assert_eq!(prefixes(&t, "ZÉA"), Vec::<usize>::new(), "only ASCII folds");
        assert!(prefixes(&t, "vexo").is_empty());
        assert!(prefixes(&LiteralTrie::build(&[]), "zen").is_empty());
    }
}
