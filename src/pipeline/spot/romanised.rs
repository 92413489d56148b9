//! Stage 4b, romanised names: given names written as romanised syllables
//! ("Jin", "Hyun") and the names they pair with.

use super::*;

/// The rule id of a romanised given name beside a surname.
pub(crate) const ROMANISED: &str = "person-romanised-name";

/// "Kim Jong-un", "Jae-soon Chang": tokens `k` and `k + 1` are a romanised
/// given name ([`romanised_given`]) and, before or after it, a listed surname
/// or one capitalised romanised syllable ("Oh", "Li", "Park").
pub(super) fn romanised_pair(cx: &Cx, k: usize) -> bool {
    let surname = |j: usize| {
        let w = cx.word(j);
        let mut b = w.bytes();
        cx.is(j, ListKind::Surname)
            || b.next().is_some_and(|c| c.is_ascii_uppercase())
                && b.all(|c| c.is_ascii_lowercase())
                && crate::rules::with_lower(w, romanised_syllable)
    };
    romanised_given(cx.rules, cx.word(k + 1)) && surname(k)
        || romanised_given(cx.rules, cx.word(k)) && surname(k + 1)
}

/// "Kum-ho Tires", "Doo-san Heavy": a romanised given name in the chunk
/// `start..end` with no surname beside it (no [`romanised_pair`]) names a
/// company as often as a person, so an apposition after it makes no person.
pub(super) fn romanised_unpaired(cx: &Cx, start: usize, end: usize) -> bool {
    (start..end).any(|k| romanised_given(cx.rules, cx.word(k)))
        && !(end == start + 2 && romanised_pair(cx, start))
}

/// "JAMA Psychiatry", "TED Talk", "RIA Match": a given name written in
/// capitals (three letters or more) before a word that is not in capitals
/// is an acronym, no given name (an all-capital name, "JOHN SMITH", still
/// is one).
pub(super) fn shouted_given(cx: &Cx, k: usize, end: usize) -> bool {
    let caps = |w: &str| w.len() >= 3 && w.bytes().all(|b| b.is_ascii_uppercase());
    caps(cx.word(k))
        && (k + 1..end).any(|j| {
            let w = cx.word(j);
            w.bytes().any(|b| b.is_ascii_lowercase())
        })
}

/// Whether token `i` can be part of a name.
/// Syllable onsets of Korean and Chinese romanisations (Revised,
/// McCune-Reischauer, Wade-Giles, pinyin): "Myung", "Kwang", "Chao", "Hsiu".
pub(super) const ONSETS: [&str; 35] = [
    "", "b", "c", "ch", "d", "g", "gw", "gy", "h", "hs", "hw", "hy", "j", "k", "kw", "ky", "l",
    "m", "my", "n", "ny", "p", "py", "q", "r", "s", "sh", "t", "ts", "tz", "w", "x", "y", "z",
    "zh",
];

/// Syllable endings of the same romanisations ("Mahn", "Dong", "Park").
pub(super) const CODAS: [&str; 12] = ["", "h", "hn", "k", "l", "m", "n", "ng", "p", "r", "rk", "t"];

/// One romanised syllable in lower case: an onset, one to three vowels,
/// an ending ("jong", "moon", "youn"; not "drop", "term", "week" is).
pub(super) fn romanised_syllable(s: &str) -> bool {
    let b = s.as_bytes();
    let vowel = |c: &u8| b"aeiou".contains(c);
    let on = b.iter().position(vowel).unwrap_or(b.len());
    let nu = b[on..]
        .iter()
        .position(|c| !vowel(c))
        .map_or(b.len(), |p| on + p);
    ONSETS.contains(&&s[..on]) && (1..=3).contains(&(nu - on)) && CODAS.contains(&&s[nu..])
}

/// "Jong-un", "Myung-bak", "Chao-ming": a Korean or Chinese given name of
/// two romanised syllables joined by a hyphen, the first capitalised ("Pop-up",
/// "Long-term", "Mid-week" are not: a phrasal-verb particle of
/// rules/hyphen-particles.txt after the hyphen makes a noun).
pub(crate) fn romanised_given(rules: &Rules, w: &str) -> bool {
    let Some((head, tail)) = w.split_once('-') else {
        return false;
    };
    let mut hc = head.bytes();
    hc.next().is_some_and(|c| c.is_ascii_uppercase())
        && hc.all(|c| c.is_ascii_lowercase())
        && tail.bytes().all(|c| c.is_ascii_lowercase())
        && !rules.is_cue("hyphen-particles", tail)
        && crate::rules::with_lower(head, romanised_syllable)
        && romanised_syllable(tail)
}
