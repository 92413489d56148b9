//! A word → flags table for the line features' one-word look-ups, built
//! once when the clean lists are parsed: the words the lists hold that are
//! ASCII and at most [`PACKED`] bytes long sit in a map keyed by the word
//! packed into a `u128`, so a line's ASCII word is looked up without
//! lower-casing it into a buffer or hashing a string; any other word
//! (non-ASCII, or longer) goes through a string map.
//!
//! Takes: `(lower-case word, flags)` pairs. Gives: the flags of a word
//! compared lower-case (0 for a word of no list). Guarantees: the same
//! answer as a `HashMap<String, u8>` of the pairs looked up with the word
//! lower-cased by `str::to_lowercase`.

use hashbrown::HashMap;

/// Longest word, in bytes, that the packed table holds.
pub const PACKED: usize = 16;

/// The flags of the lists' words.
#[derive(Debug, Default)]
pub struct WordTable {
    /// The words that pack ([`pack`]), by packed key.
    packed: PackedMap,
    /// The words that do not pack (non-ASCII or longer than [`PACKED`]).
    other: HashMap<String, u8>,
}

/// `w` (ASCII, 1 to [`PACKED`] bytes) lower-cased, little-endian in a
/// `u128`, zero-padded: distinct words give distinct keys, none 0.
#[inline]
pub fn pack(w: &[u8]) -> u128 {
    let mut buf = [0u8; PACKED];
    buf[..w.len()].copy_from_slice(w);
    lower_ascii(u128::from_le_bytes(buf))
}

/// [`pack`] of `line[start..end]` (ASCII, 1 to [`PACKED`] bytes): one
/// 16-byte load, masked, when the line holds 16 bytes from `start`.
#[inline]
pub fn pack_at(line: &[u8], start: usize, end: usize) -> u128 {
    match line.get(start..start + PACKED) {
        Some(b16) => {
            let mut buf = [0u8; PACKED];
            buf.copy_from_slice(b16);
            lower_ascii(u128::from_le_bytes(buf) & MASKS[end - start])
        }
        None => pack(&line[start..end]),
    }
}

/// Per length from 0 to [`PACKED`], the mask of that many low bytes of a
/// `u128`: one load, not a 128-bit shift, per word.
static MASKS: [u128; PACKED + 1] = {
    let mut t = [0u128; PACKED + 1];
    let mut len = 1;
    while len <= PACKED {
        t[len] = u128::MAX >> (8 * (PACKED - len));
        len += 1;
    }
    t
};

/// The ASCII bytes of `x` lower-cased, all 16 at once: a byte from `A` to
/// `Z` gets `0x20` (bytes below `0x80`, so no sum carries into the next).
#[inline]
fn lower_ascii(x: u128) -> u128 {
    const ONES: u128 = u128::MAX / 0xff;
    let at_least_a = x + ONES * (0x80 - u128::from(b'A'));
    let above_z = x + ONES * (0x80 - u128::from(b'Z') - 1);
    let upper = at_least_a & !above_z & (ONES * 0x80);
    x | (upper >> 2)
}

impl WordTable {
    /// The table of `pairs` (lower-case words; flags of a repeated word
    /// are or-ed). Words holding a space (phrases) never match a word and
    /// are left out.
    pub fn new<'w>(pairs: impl IntoIterator<Item = (&'w str, u8)>) -> WordTable {
        let mut packed: HashMap<u128, u8> = HashMap::new();
        let mut other: HashMap<String, u8> = HashMap::new();
        for (w, f) in pairs.into_iter().filter(|(w, _)| !w.contains(' ')) {
            if !w.is_empty() && w.is_ascii() && w.len() <= PACKED {
                *packed.entry(pack(w.as_bytes())).or_default() |= f;
            } else {
                *other.entry(w.to_string()).or_default() |= f;
            }
        }
        WordTable {
            packed: PackedMap::new(&packed),
            other,
        }
    }

    /// The flags of packed key `k` ([`pack`]).
    #[inline]
    pub fn packed(&self, k: u128) -> u8 {
        self.packed.get(k)
    }

    /// [`WordTable::get`] of the ASCII word `line[start..end]`.
    #[inline]
    pub fn get_ascii(&self, line: &[u8], start: usize, end: usize, scratch: &mut String) -> u8 {
        if end - start <= PACKED {
            return self.packed(pack_at(line, start, end));
        }
        if self.other.is_empty() {
            return 0;
        }
        let w = std::str::from_utf8(&line[start..end]).unwrap_or_default();
        self.get(w, scratch)
    }

    /// The flags of word `w` (any case, as written): packed when it is
    /// ASCII and short, else lower-cased into `scratch` and looked up as
    /// a string.
    pub fn get(&self, w: &str, scratch: &mut String) -> u8 {
        if w.is_ascii() && !w.is_empty() && w.len() <= PACKED {
            return self.packed(pack(w.as_bytes()));
        }
        if w.is_ascii() && self.other.is_empty() {
            return 0;
        }
        scratch.clear();
        if w.is_ascii() {
            scratch.push_str(w);
            scratch.make_ascii_lowercase();
        } else {
            scratch.push_str(&w.to_lowercase());
        }
        self.get_lower(scratch)
    }

    /// The flags of `lower`, a word already lower-cased.
    fn get_lower(&self, lower: &str) -> u8 {
        if lower.is_ascii() && !lower.is_empty() && lower.len() <= PACKED {
            self.packed(pack(lower.as_bytes()))
        } else {
            self.other.get(lower).copied().unwrap_or(0)
        }
    }
}

/// The packed words' flags in an open-addressing table (linear probing,
/// at most half full, so that a word of no list, the common case,
/// ends at an empty slot after a probe or two): a look-up is one multiply
/// and a compare or two, no general-purpose hashing of the key.
#[derive(Debug, Default)]
struct PackedMap {
    /// Per slot its key (0: empty; no packed word is 0).
    keys: Vec<u128>,
    /// Per slot its key's flags.
    flags: Vec<u8>,
    /// 64 less the bits of a slot index.
    shift: u32,
}

impl PackedMap {
    fn new(words: &HashMap<u128, u8>) -> PackedMap {
        let size = (words.len() * 2).next_power_of_two().max(16);
        let mut map = PackedMap {
            keys: vec![0; size],
            flags: vec![0; size],
            shift: 64 - size.trailing_zeros(),
        };
        for (&k, &f) in words {
            let mut i = map.slot(k);
            while map.keys[i] != 0 {
                i = (i + 1) & (size - 1);
            }
            (map.keys[i], map.flags[i]) = (k, f);
        }
        map
    }

    /// The first slot of key `k`: its two halves mixed by a multiply, the
    /// top bits taken (multiplicative hashing).
    #[inline]
    fn slot(&self, k: u128) -> usize {
        const K: u64 = 0x9e37_79b9_7f4a_7c15;
        let h = ((k as u64) ^ ((k >> 64) as u64).rotate_left(29)).wrapping_mul(K);
        (h >> self.shift) as usize
    }

    /// The flags of `k` (0 when no word packs to it).
    #[inline]
    fn get(&self, k: u128) -> u8 {
        if self.keys.is_empty() {
            return 0;
        }
        let mask = self.keys.len() - 1;
        let mut i = self.slot(k);
        loop {
            match self.keys[i] {
                0 => return 0,
                key if key == k => return self.flags[i],
                _ => i = (i + 1) & mask,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn looks_up_as_a_string_map_of_lower_cased_words() {
        let pairs = [
            ("the", 1u8),
            ("of", 1),
            ("newsletter", 2),
            ("share", 2),
            ("share", 4),
            ("sign up", 8),
            ("unsubscribeforever", 16),
            ("caf\u{e9}", 32),
            ("kelvin", 64),
        ];
        let table = WordTable::new(pairs);
        let mut map: HashMap<&str, u8> = HashMap::new();
        for (w, f) in pairs {
            *map.entry(w).or_default() |= f;
        }
        let mut scratch = String::new();
        for w in [
            "The",
            "OF",
            "Newsletter",
            "share",
            "sign",
            "UnsubscribeForever",
            "CAF\u{c9}",
            "\u{212a}elvin",
            "Zorblax",
            "a",
            "",
            "abcdefghijklmnopq",
        ] {
            let want = map.get(w.to_lowercase().as_str()).copied().unwrap_or(0);
            assert_eq!(table.get(w, &mut scratch), want, "{w:?}");
        }
        // A phrase is no word.
        assert_eq!(table.get("sign up", &mut scratch), 0);
    }

    #[test]
    fn the_packed_map_finds_every_word_and_no_other() {
        let words: Vec<String> = (0..700)
            .map(|i| format!("w{i}x{}", "y".repeat(i % 14)))
            .filter(|w| w.len() <= PACKED)
            .collect();
        let table = WordTable::new(words.iter().map(|w| (w.as_str(), 3u8)));
        let mut scratch = String::new();
        for w in &words {
            assert_eq!(table.get(w, &mut scratch), 3, "{w}");
            assert_eq!(table.get(&format!("{w}q"), &mut scratch), 0, "{w}");
        }
        assert_eq!(WordTable::default().get("the", &mut scratch), 0);
    }

    #[test]
    fn packed_keys_are_distinct_and_never_zero() {
        assert_ne!(pack(b"ab"), pack(b"ba"));
        assert_ne!(pack(b"a"), 0);
        assert_eq!(pack(b"ReAd"), pack(b"read"));
        // Every ASCII byte lower-cases as `to_ascii_lowercase` does.
        for b in 1..0x80u8 {
            let want = u128::from(b.to_ascii_lowercase()) << 8;
            assert_eq!(pack(&[b'x', b]) >> 8, want >> 8, "{b}");
        }
        let line = b"Sign UP for the NEWSLETTER of Zorblax Quarterly today";
        let mut start = 0;
        for w in line.split(|&b| b == b' ') {
            let end = start + w.len();
            assert_eq!(pack_at(line, start, end), pack(w), "{w:?}");
            start = end + 1;
        }
    }
}
