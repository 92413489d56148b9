//! The word facts of each trie literal, worked out at load: the look-up's
//! walk, which already steps through every word's bytes, notes the literal
//! a whole token spells, so the stages read a token's one-word list classes
//! and code cue lists from an array instead of lower-casing and hashing the
//! word again at each question ([`crate::pipeline::lexicon::Lexed::word_class`],
//! [`crate::pipeline::lexicon::Lexed::is_cue`]).

use super::compile::WordClasses;
use super::lists::{CueBits, Cues};
use super::{CODE_CUE_LISTS, Strings};

/// `u64`s of a set of [`CODE_CUE_LISTS`] places (one bit each).
const CODE_WORDS: usize = CODE_CUE_LISTS.len().div_ceil(64);

/// A set of [`CODE_CUE_LISTS`] places: bit `k` for the list at place `k`.
type CodeBits = [u64; CODE_WORDS];

/// In a [`WordFacts::cues`]: the word is in no code cue list.
pub const NO_CUES: u32 = u32::MAX;

/// What a word (lower case) is: the shape the walk notes per token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WordFacts {
    /// [`super::Rules::word_class`] bits of the word.
    pub class: u32,
    /// The index of its set of code cue lists in
    /// [`LiteralWords::cue_sets`], or [`NO_CUES`].
    pub cues: u32,
}

impl WordFacts {
    /// The facts of a word in no list.
    pub const NONE: WordFacts = WordFacts {
        class: 0,
        cues: NO_CUES,
    };
}

/// Per trie literal (by pattern id), its [`WordFacts`] as a word; the code
/// cue sets, each once.
#[derive(Debug, Clone, Default)]
pub(super) struct LiteralWords {
    facts: Vec<WordFacts>,
    cue_sets: Vec<CodeBits>,
}

impl LiteralWords {
    /// The facts of each of `literals` (ASCII lower case; one with a space
    /// or a non-ASCII byte is no token's lower case here: none). Only a
    /// word of `classes` or of `cues` (their literal ids and bits, as their
    /// tables hold them: `classed`, `cued`) or a literal ending in a full
    /// stop (looked up without it) can have facts, so the facts are set
    /// from the tables' own bits, with no look-up per literal; only the
    /// few literals ending in a full stop are looked up, and every other
    /// literal (most: the names of the lists) keeps none.
    pub(super) fn build(
        literals: &Strings,
        classed: &[(u32, u32)],
        cued: &[(u32, &CueBits)],
        classes: &WordClasses,
        cues: &Cues,
    ) -> Self {
        let mut words = LiteralWords {
            facts: vec![WordFacts::NONE; literals.len()],
            cue_sets: Vec::new(),
        };
        let mut set_ids: hashbrown::HashMap<CodeBits, u32> = hashbrown::HashMap::new();
        let mut set_id = |set: Option<CodeBits>, sets: &mut Vec<CodeBits>| {
            set.map_or(NO_CUES, |set| {
                *set_ids.entry(set).or_insert_with(|| {
                    sets.push(set);
                    (sets.len() - 1) as u32
                })
            })
        };
        let places = cues.code_places();
        for &(id, class) in classed {
            words.facts[id as usize].class = class;
        }
        for &(id, bits) in cued {
            let set = Cues::code_of::<CODE_WORDS>(bits, &places);
            words.facts[id as usize].cues = set_id(set, &mut words.cue_sets);
        }
        for (id, literal) in literals.iter().enumerate() {
            if literal.ends_with('.') && literal.is_ascii() && !literal.contains(' ') {
                let bytes = literal.as_bytes();
                let end = bytes.len() - bytes.iter().rev().take_while(|&&b| b == b'.').count();
                let set = cues.code_bits::<CODE_WORDS>(bytes, &places);
                words.facts[id] = WordFacts {
                    class: classes.get(&bytes[..end]),
                    cues: set_id(set, &mut words.cue_sets),
                };
            }
        }
        words
    }

    /// The facts of literal `pattern` as a word ([`WordFacts::NONE`] past
    /// the literals).
    #[inline]
    pub(super) fn facts(&self, pattern: usize) -> WordFacts {
        self.facts.get(pattern).copied().unwrap_or(WordFacts::NONE)
    }

    /// Whether cue set `set` (a [`WordFacts::cues`]) holds the list at
    /// place `k` of [`CODE_CUE_LISTS`].
    #[inline]
    pub(super) fn has(&self, set: u32, k: usize) -> bool {
        set != NO_CUES && self.cue_sets[set as usize][k / 64] >> (k % 64) & 1 != 0
    }
}
