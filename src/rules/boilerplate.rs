//! Rule kind `[[boilerplate]]` (`boilerplate.toml`): regexes for page
//! chrome to mask. Their literal prefilter is in `gate.rs`.
//!
//! Loading checks each pattern the way compiling it would fail (syntax, the
//! size limit of its forward NFA, matching the empty string) but builds the
//! full regex only on first use: most runs need only the gate's anchored
//! forms (`gate.rs`), and building all seven default regexes (Unicode
//! `[^\n]{0,200}` forward and reverse) was 40% of start-up. The embedded
//! defaults skip even the check (its forward program was a quarter of
//! start-up): they are fixed in the binary, and a unit test checks them.

use std::sync::OnceLock;

use regex::Regex;
use regex_automata::nfa::thompson::{self, pikevm::PikeVM};

use super::RuleMeta;
use super::load::{Loader, RawItem};
use super::location::ItemAt;
use super::meta::raw_rule;
use super::source::Layer;

/// The size limit of a boilerplate regex's compiled program, in bytes.
pub(super) const SIZE_LIMIT: usize = 1 << 22;

/// A boilerplate pattern.
#[derive(Debug, Clone)]
pub struct Boilerplate {
    /// Header.
    pub meta: RuleMeta,
    /// The regex as written.
    pub pattern: String,
    /// Compiled on first use (see [`Boilerplate::regex`]).
    regex: OnceLock<Regex>,
}

impl Boilerplate {
    /// The compiled regex (multi-line mode: `^`/`$` match at line ends),
    /// built on the first call, once per process.
    ///
    /// # Panics
    /// Never for a rule that loaded: loading checked that the pattern
    /// parses and that its program stays within the size limit (this build
    /// allows four times that, for the reverse program).
    pub fn regex(&self) -> &Regex {
        self.regex.get_or_init(|| {
            regex::RegexBuilder::new(&self.pattern)
                .multi_line(true)
                .size_limit(SIZE_LIMIT * 4)
                .build()
                .expect("boilerplate patterns are checked when loaded")
        })
    }
}

/// Why `pattern` would not make a usable boilerplate regex, as the message
/// after `rule ID: `, or `None`. The same errors, worded the same, as
/// compiling it with `regex` (syntax; the size limit of the forward
/// program); and a pattern that matches the empty string.
fn pattern_fault(pattern: &str) -> Option<String> {
    let hir = match regex_syntax::ParserBuilder::new()
        .multi_line(true)
        .build()
        .parse(pattern)
    {
        Ok(hir) => hir,
        Err(e) => return Some(compile_fault(regex::Error::Syntax(e.to_string()))),
    };
    // The forward program as `regex` configures it (captures kept, not shrunk).
    let config = thompson::Config::new()
        .utf8(true)
        .shrink(false)
        .nfa_size_limit(Some(SIZE_LIMIT));
    let nfa = match thompson::Compiler::new()
        .configure(config)
        .build_from_hir(&hir)
    {
        Ok(nfa) => nfa,
        Err(e) => {
            let err = match e.size_limit() {
                Some(limit) => regex::Error::CompiledTooBig(limit),
                None => regex::Error::Syntax(e.to_string()),
            };
            return Some(compile_fault(err));
        }
    };
    let vm = PikeVM::new_from_nfa(nfa).ok()?;
    vm.is_match(&mut vm.create_cache(), "")
        .then(|| "pattern matches the empty string".to_string())
}

fn compile_fault(e: regex::Error) -> String {
    format!(
        "pattern does not compile: {}",
        e.to_string().replace('\n', " ")
    )
}

raw_rule!(RawBoilerplate { pattern: String });

impl Loader {
    pub(super) fn add_boilerplate(&mut self, value: RawItem<'_>, at: &ItemAt<'_>, layer: &Layer) {
        let Some((header, raw)) = self.parse_rule::<RawBoilerplate>(value, at) else {
            return;
        };
        let meta = self.meta(header, at);
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
        let fault = (!layer.embedded).then(|| pattern_fault(&raw.pattern));
        if let Some(fault) = fault.flatten() {
            self.problem(at.file, line, 1, format!("rule `{}`: {fault}", meta.id));
            return;
        }
        self.boilerplate.push(Boilerplate {
            meta,
            pattern: raw.pattern,
            regex: OnceLock::new(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::pattern_fault;

    /// The load-time check reports what building the regex would, in the
    /// same words.
    #[test]
    fn faults_are_those_of_compiling_the_regex() {
        let built = |p: &str| {
            regex::RegexBuilder::new(p)
                .multi_line(true)
                .size_limit(super::SIZE_LIMIT)
                .build()
        };
        for bad in [
            "(unclosed",
            "[z-a]",
            r"\p{Nonsense}",
            r"[^\n]{0,900}{0,900}",
        ] {
            let err = built(bad).expect_err(bad).to_string().replace('\n', " ");
            assert_eq!(
                pattern_fault(bad),
                Some(format!("pattern does not compile: {err}")),
                "{bad}"
            );
        }
        for empty in ["(?m)^$", "a*", r"\b|x?"] {
            assert!(built(empty).unwrap().is_match(""), "{empty}");
            assert_eq!(
                pattern_fault(empty).as_deref(),
                Some("pattern matches the empty string")
            );
        }
        for fine in [r"(?im)^[ \t]*share\b[^\n]{0,40}$", r"\bAP Photo\b", "^a"] {
            assert!(!built(fine).unwrap().is_match(""), "{fine}");
            assert_eq!(pattern_fault(fine), None, "{fine}");
        }
    }

    /// Loading skips the check for the embedded defaults: they pass it.
    #[test]
    fn the_embedded_patterns_pass_the_load_check() {
        let rules = crate::rules::Rules::default_rules().unwrap();
        assert!(!rules.boilerplate.is_empty());
        for b in &rules.boilerplate {
            assert_eq!(pattern_fault(&b.pattern), None, "{}", b.meta.id);
        }
    }
}
