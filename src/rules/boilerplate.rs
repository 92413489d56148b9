//! Rule kind `[[boilerplate]]` (`boilerplate.toml`): regexes for page
//! chrome to mask. Their literal prefilter is in `gate.rs`.

use regex::Regex;

use super::RuleMeta;
use super::load::Loader;
use super::location::ItemAt;
use super::meta::raw_rule;
use super::source::Layer;

/// A boilerplate pattern.
#[derive(Debug, Clone)]
pub struct Boilerplate {
    /// Header.
    pub meta: RuleMeta,
    /// The regex as written.
    pub pattern: String,
    /// Compiled (multi-line mode: `^`/`$` match at line ends).
    pub regex: Regex,
}

raw_rule!(RawBoilerplate { pattern: String });

impl Loader {
    pub(super) fn add_boilerplate(&mut self, value: toml::Value, at: &ItemAt<'_>, _: &Layer) {
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
        let regex = match regex::RegexBuilder::new(&raw.pattern)
            .multi_line(true)
            .size_limit(1 << 22)
            .build()
        {
            Ok(r) => r,
            Err(e) => {
                let msg = format!(
                    "rule `{}`: pattern does not compile: {}",
                    meta.id,
                    e.to_string().replace('\n', " ")
                );
                self.problem(at.file, line, 1, msg);
                return;
            }
        };
        if regex.is_match("") {
            self.problem(
                at.file,
                line,
                1,
                format!("rule `{}`: pattern matches the empty string", meta.id),
            );
            return;
        }
        self.boilerplate.push(Boilerplate {
            meta,
            pattern: raw.pattern,
            regex,
        });
    }
}
