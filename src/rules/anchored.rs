//! Boilerplate regexes searched anchored at a known start (a line start):
//! a forward lazy DFA alone tells where such a match ends, so the reverse
//! program the `regex` crate also compiles (to find match starts) is not
//! built for them.

use std::sync::{Mutex, OnceLock};

use regex::Regex;
use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::nfa::thompson;
use regex_automata::util::syntax;
use regex_automata::{Anchored, HalfMatch, Input, MatchError};
use regex_syntax::hir::{Hir, Look};

use super::boilerplate::SIZE_LIMIT;

/// A boilerplate regex, compiled on first use: a short run (one `--stdin`
/// article) then compiles only the ones its text needs, which keeps
/// start-up short. Compiled once per process, never per document.
///
/// Searched anchored ([`LazyAnchored::end`]) it runs a forward lazy DFA;
/// the `regex` crate's regex of the same pattern (compiled when first
/// needed) answers for a pattern with a Unicode word boundary, or where the
/// DFA quits or does not compile.
#[derive(Debug)]
pub(super) struct LazyAnchored {
    pattern: String,
    /// `pattern` as parsed (multi-line), when the caller had parsed it
    /// already: the forward DFA is then compiled from it, not parsed again.
    hir: Option<Hir>,
    forward: OnceLock<Option<Forward>>,
    regex: OnceLock<Option<Regex>>,
}

/// A forward lazy DFA and its caches (one per thread searching at once).
#[derive(Debug)]
struct Forward {
    dfa: DFA,
    caches: Mutex<Vec<Cache>>,
}

impl LazyAnchored {
    /// `pattern` anchored at the start of the haystack.
    pub(super) fn new(pattern: &str) -> Self {
        Self::as_written(format!("\\A(?:{pattern})"))
    }

    /// `pattern` itself, not anchored.
    pub(super) fn as_written(pattern: String) -> Self {
        LazyAnchored {
            pattern,
            hir: None,
            forward: OnceLock::new(),
            regex: OnceLock::new(),
        }
    }

    /// [`LazyAnchored::new`] of `pattern`, given as parsed (`hir`, parsed
    /// multi-line as [`Forward::build`] parses): `\A` then `hir`.
    pub(super) fn parsed(pattern: &str, hir: &Hir) -> Self {
        let anchored = Hir::concat(vec![Hir::look(Look::Start), hir.clone()]);
        LazyAnchored {
            hir: Some(anchored),
            ..Self::new(pattern)
        }
    }

    /// [`LazyAnchored::as_written`] of `hir` (its pattern written out for
    /// the `regex` crate's regex).
    pub(super) fn written_parsed(hir: &Hir) -> Self {
        LazyAnchored {
            hir: Some(hir.clone()),
            ..Self::as_written(hir.to_string())
        }
    }

    /// The `regex` crate's regex (compiling it on the first call); `None`
    /// if it does not compile.
    pub(super) fn get(&self) -> Option<&Regex> {
        self.regex
            .get_or_init(|| {
                regex::RegexBuilder::new(&self.pattern)
                    .multi_line(true)
                    .size_limit(SIZE_LIMIT)
                    .build()
                    .ok()
            })
            .as_ref()
    }

    /// Whether [`LazyAnchored::end`] can be asked: the forward DFA or the
    /// regex compiles (compiling the DFA on the first call).
    pub(super) fn ready(&self) -> bool {
        self.forward().is_some() || self.get().is_some()
    }

    /// The end of the match found at the start of `hay` (leftmost-first,
    /// as `find`), if any. For an anchored pattern (made by
    /// [`LazyAnchored::new`]); only after [`LazyAnchored::ready`].
    pub(super) fn end(&self, hay: &str) -> Option<usize> {
        match self.forward().map(|f| f.end(hay)) {
            Some(Ok(end)) => end,
            _ => self.get().and_then(|re| re.find(hay)).map(|m| m.end()),
        }
    }

    /// Whether the pattern matches anywhere in `hay` (unanchored: for a
    /// pattern made by [`LazyAnchored::as_written`]); only after
    /// [`LazyAnchored::ready`]. The forward DFA alone answers a yes/no
    /// question, so the `regex` crate's regex (its reverse program, its
    /// literal prefilter) is built only for a pattern the DFA cannot take.
    pub(super) fn is_match(&self, hay: &str) -> bool {
        match self.forward().map(|f| f.is_match(hay)) {
            Some(Ok(found)) => found,
            _ => self.get().is_some_and(|re| re.is_match(hay)),
        }
    }

    fn forward(&self) -> Option<&Forward> {
        self.forward
            .get_or_init(|| match &self.hir {
                Some(hir) => Forward::from_hir(hir),
                None => Forward::build(&self.pattern),
            })
            .as_ref()
    }
}

impl Forward {
    /// The DFA of `pattern` as `regex` reads it (multi-line), without
    /// capture groups (a DFA reports none). `None` for a pattern with a
    /// Unicode word boundary: the DFA would quit on every non-ASCII byte
    /// near one, common on web pages, and the regex would search again.
    fn build(pattern: &str) -> Option<Forward> {
        let hir = syntax::parse_with(pattern, &syntax::Config::new().multi_line(true)).ok()?;
        Self::from_hir(&hir)
    }

    /// [`Forward::build`] of a pattern already parsed.
    fn from_hir(hir: &Hir) -> Option<Forward> {
        if hir.properties().look_set().contains_word_unicode() {
            return None;
        }
        let nfa = thompson::Compiler::new()
            .configure(
                thompson::Config::new()
                    .which_captures(thompson::WhichCaptures::None)
                    .nfa_size_limit(Some(SIZE_LIMIT)),
            )
            .build_from_hir(hir)
            .ok()?;
        let dfa = DFA::builder()
            .configure(DFA::config().unicode_word_boundary(true))
            .build_from_nfa(nfa)
            .ok()?;
        Some(Forward {
            dfa,
            caches: Mutex::new(Vec::new()),
        })
    }

    /// The end of the leftmost-first match anchored at the start of `hay`.
    fn end(&self, hay: &str) -> Result<Option<usize>, MatchError> {
        let input = Input::new(hay).anchored(Anchored::Yes);
        Ok(self.search(&input)?.map(|m| m.offset()))
    }

    /// Whether some match starts anywhere in `hay` (unanchored, stopping
    /// at the first match state).
    fn is_match(&self, hay: &str) -> Result<bool, MatchError> {
        let input = Input::new(hay).earliest(true);
        Ok(self.search(&input)?.is_some())
    }

    /// A forward search with a cache from the pool (a new one when every
    /// cache is in use), given back after.
    fn search(&self, input: &Input<'_>) -> Result<Option<HalfMatch>, MatchError> {
        let cache = self.caches.lock().ok().and_then(|mut c| c.pop());
        let mut cache = cache.unwrap_or_else(|| self.dfa.create_cache());
        let found = self.dfa.try_search_fwd(&mut cache, input);
        if let Ok(mut caches) = self.caches.lock() {
            caches.push(cache);
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::LazyAnchored;

    #[test]
    fn forward_end_equals_the_regex_match_end() {
        let patterns = [
            r"(?im)^[ \t]*(share|print|comments?)\b[^\n]{0,40}$",
            r"(?im)^[ \t]*(updated|posted)\b[^\n]{0,20}\d{4}[ \t]*$",
            r"(?m)^[ \t]*COLLECTED BY[ \t]*\n(?:[^\n]*\S[^\n]*\n){0,3}?(?:[ \t]*\n|$)",
            r"(?m)^x??",
            r"(?m)^(ab|a)(c|bcd)?",
            r"(?im)^[ \t]*(via|source)\s*:\s*\S+[ \t]*$",
            r"(?im)^caf\x{e9}[^\n]{0,3}$",
        ];
        let hays = [
            "Share this\nmore",
            "share\u{e9} it\n",
            "Comments (3) \u{2014} read\n",
            "Printer\n",
            "Updated 1 June 2020\n",
            "posted caf\u{e9} 2021",
            "Updated \u{660}\u{661}\u{662}\u{663}\n",
            "COLLECTED BY\nOrg: A\nB\n\nrest",
            "COLLECTED BY \nno end",
            "abcd",
            "abc",
            "",
            "\u{e9}",
            "Via: example.com \n",
            "SOURCE :\n  \u{e9}x\n",
            "CAF\u{c9} \u{e9}\u{e9}\n",
            "caf\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}",
        ];
        for p in patterns {
            let lazy = LazyAnchored::new(p);
            assert!(lazy.ready());
            // Only a pattern without a Unicode word boundary has a DFA.
            assert_eq!(lazy.forward().is_some(), !p.contains(r"\b"), "{p:?}");
            let re = regex::RegexBuilder::new(&format!("\\A(?:{p})"))
                .multi_line(true)
                .build()
                .unwrap();
            for hay in hays {
                let want = re.find(hay).map(|m| m.end());
                assert_eq!(lazy.end(hay), want, "{p:?} on {hay:?}");
            }
        }
    }

    #[test]
    fn forward_is_match_equals_the_regex() {
        let patterns = [
            r"(?i)(cookies? (policy|are)|we use cookies|enable javascript)",
            r"(?i)(privacy policy|\x{a9}|copyright \d{4})",
            r"caf\x{e9}",
            r"(?i)\bshare\b",
        ];
        let hays = [
            "We use COOKIES here",
            "the cookie policy",
            "Copyright 2024 Acme",
            "copyright \u{664}\u{660}\u{662}\u{664}",
            "\u{a9} Acme",
            "nothing at all",
            "",
            "CAF\u{c9} caf\u{e9}",
            "share\u{e9} it",
            "Share it",
        ];
        for p in patterns {
            let lazy = LazyAnchored::as_written(p.to_string());
            assert!(lazy.ready());
            let re = regex::RegexBuilder::new(p)
                .multi_line(true)
                .build()
                .unwrap();
            for hay in hays {
                assert_eq!(lazy.is_match(hay), re.is_match(hay), "{p:?} on {hay:?}");
            }
        }
    }
}
