//! The header every rule kind shares (id, description, examples,
//! counterexamples, origin) and its validation, and the reading steps every
//! kind's `add_*` uses: [`raw_rule!`] declares a kind's raw TOML shape with
//! the header keys, [`Loader::parse_rule`] parses an item into its header
//! and the kind's own keys, [`Loader::meta`] checks the header, and
//! `event_type_at`, `status_at`, `add_cues` and `cue_rule` read the keys
//! that several kinds share.

use serde::Deserialize;

use super::load::{Loader, RawItem};
use super::location::{ItemAt, locate_item_error};
use super::{EventType, Payload, Status};

/// A rule example: a sentence, optionally with what must be extracted.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Example {
    /// The text run through the pipeline.
    pub text: String,
    /// Expected parties of an event (any order).
    pub parties: Vec<String>,
    /// Expected event type.
    pub event_type: Option<EventType>,
    /// Expected event status.
    pub status: Option<Status>,
    /// Expected entity name.
    pub entity: Option<String>,
}

/// Where a rule was defined.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Origin {
    /// File as shown in messages.
    pub file: String,
    /// 1-based line.
    pub line: usize,
}

/// Where a value is written in its rule file.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Place {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in bytes.
    pub column: usize,
}

/// A sentence a rule must not fire on, and where it is written.
#[derive(Debug, Clone, serde::Serialize)]
#[serde(transparent)]
pub struct Counterexample {
    /// The sentence.
    pub text: String,
    /// Its opening quote in the rule file; none for a rule built in code.
    #[serde(skip)]
    pub place: Option<Place>,
}

/// Common header of every rule.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RuleMeta {
    /// Stable kebab-case id.
    pub id: String,
    /// One line.
    pub description: String,
    /// Must fire on these.
    pub examples: Vec<Example>,
    /// Must not fire on these.
    pub counterexamples: Vec<Counterexample>,
    /// Where it was defined.
    pub origin: Origin,
}

/// The header keys of a rule item as read, before their checks.
#[derive(Debug, Default)]
pub(super) struct RawHeader {
    pub(super) id: String,
    pub(super) description: String,
    pub(super) examples: Vec<toml::Value>,
    pub(super) counterexamples: Vec<toml::Value>,
}

/// A rule kind's raw TOML shape (declared with [`raw_rule!`]): the header
/// keys plus the kind's own.
pub(super) trait RawRule: for<'de> Deserialize<'de> {
    /// Moves the header keys out, leaving the kind's own.
    fn take_header(&mut self) -> RawHeader;
}

/// Declares a rule kind's raw TOML shape: `id` and `description` first,
/// then the kind's own keys, then the optional `examples` and
/// `counterexamples` (the order serde lists them in an unknown-key
/// message); unknown keys are errors. Implements [`RawRule`].
macro_rules! raw_rule {
    ($(#[$attr:meta])* $name:ident { $($(#[$fattr:meta])* $field:ident : $ty:ty),* $(,)? }) => {
        $(#[$attr])*
        #[derive(serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        pub(super) struct $name {
            id: String,
            description: String,
            $($(#[$fattr])* pub(super) $field: $ty,)*
            #[serde(default)]
            examples: Vec<toml::Value>,
            #[serde(default)]
            counterexamples: Vec<toml::Value>,
        }

        impl $crate::rules::meta::RawRule for $name {
            fn take_header(&mut self) -> $crate::rules::meta::RawHeader {
                $crate::rules::meta::RawHeader {
                    id: std::mem::take(&mut self.id),
                    description: std::mem::take(&mut self.description),
                    examples: std::mem::take(&mut self.examples),
                    counterexamples: std::mem::take(&mut self.counterexamples),
                }
            }
        }
    };
}
pub(super) use raw_rule;

impl Loader {
    /// Parses one item of a rule kind into its header (checked later by
    /// [`Loader::meta`]) and its own keys; `None`, with the problem
    /// reported at the offending key, when the item does not parse.
    pub(super) fn parse_rule<T: RawRule>(
        &mut self,
        value: RawItem<'_>,
        at: &ItemAt<'_>,
    ) -> Option<(RawHeader, T)> {
        let mut raw = self.parse_item::<T>(value, at)?;
        Some((raw.take_header(), raw))
    }

    /// The item's `type` key as an [`EventType`] (a problem at its line when
    /// it is not one).
    pub(super) fn event_type_at(&mut self, word: &str, at: &ItemAt<'_>) -> Option<EventType> {
        let line = at.key_line("type").unwrap_or(at.line);
        self.vocab(word, EventType::NAMES, "type", at.file, line)
    }

    /// The item's `status` key as a [`Status`] (a problem at its line when
    /// it is not one).
    pub(super) fn status_at(&mut self, word: &str, at: &ItemAt<'_>) -> Option<Status> {
        let line = at.key_line("status").unwrap_or(at.line);
        self.vocab(word, Status::NAMES, "status", at.file, line)
    }

    /// Every cue phrase into the automaton, each carrying `payload`.
    pub(super) fn add_cues(&mut self, cues: &[String], payload: Payload) {
        for cue in cues {
            self.add_pattern(cue, payload);
        }
    }

    /// The steps every cue rule (trigger, status) shares once its own keys
    /// are read (`own`, `None` when one was wrong): the header checked, the
    /// cues checked, and when all is sound the cues added to the automaton
    /// carrying `payload`. Gives the header, the cues and `own`.
    pub(super) fn cue_rule<K>(
        &mut self,
        header: RawHeader,
        cues: Vec<String>,
        own: Option<K>,
        at: &ItemAt<'_>,
        payload: Payload,
    ) -> Option<(RuleMeta, Vec<String>, K)> {
        let meta = self.meta(header, at);
        let cues_ok = self.cues(&meta.id, &cues, at);
        let own = own.filter(|_| cues_ok)?;
        self.add_cues(&cues, payload);
        Some((meta, cues, own))
    }

    pub(super) fn parse_item<T: for<'de> Deserialize<'de>>(
        &mut self,
        value: RawItem<'_>,
        at: &ItemAt<'_>,
    ) -> Option<T> {
        match T::deserialize(value) {
            Ok(v) => Some(v),
            Err(e) => {
                let msg = e.message().trim().replace('\n', " ");
                // Point at the offending value: parse the item's own lines
                // again, typed, for a located error; else at the key serde
                // names; else at the item's header.
                let (line, col) = locate_item_error::<T>(at)
                    .or_else(|| {
                        msg.split('`')
                            .nth(1)
                            .and_then(|k| at.key_line(k))
                            .map(|l| (l, 1))
                    })
                    .unwrap_or((at.line, 1));
                self.problem(at.file, line, col, msg);
                None
            }
        }
    }

    /// Checks a rule's header (kebab-case id, unique across the rule set,
    /// a description, well-formed examples) and builds its [`RuleMeta`].
    pub(super) fn meta(&mut self, header: RawHeader, at: &ItemAt<'_>) -> RuleMeta {
        let RawHeader {
            id,
            description,
            examples,
            counterexamples,
        } = header;
        let origin = Origin {
            file: at.file.to_string(),
            line: at.line,
        };
        self.check_id(&id, &origin, at);
        if description.trim().is_empty() {
            let line = at.key_line("description").unwrap_or(at.line);
            let msg = format!("rule `{id}` has an empty description");
            self.problem(at.file, line, 1, msg);
        }
        let examples = examples
            .into_iter()
            .filter_map(|v| self.example(v, at, "examples"))
            .collect();
        let key_place = Place {
            line: at.key_line("counterexamples").unwrap_or(at.line),
            column: 1,
        };
        let places = at.array_places("counterexamples");
        let counterexamples = counterexamples
            .into_iter()
            .enumerate()
            .filter_map(|(i, v)| {
                let place = places
                    .get(i)
                    .map_or(key_place, |&(line, column)| Place { line, column });
                let text = self.counterexample(v, &id, at)?;
                Some(Counterexample {
                    text,
                    place: Some(place),
                })
            })
            .collect();
        RuleMeta {
            id,
            description,
            examples,
            counterexamples,
            origin,
        }
    }

    /// Checks that `id` is kebab-case and not used by an earlier rule
    /// (whose origin it names); records it with `origin` when new.
    fn check_id(&mut self, id: &str, origin: &Origin, at: &ItemAt<'_>) {
        let id_line = at.key_line("id").unwrap_or(at.line);
        if id.trim().is_empty() {
            self.problem(at.file, id_line, 1, "empty id");
        } else if !id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            let msg = format!("id `{id}` must be kebab-case (a-z, 0-9, -)");
            self.problem(at.file, id_line, 1, msg);
        }
        if let Some(first) = self.ids.get(id) {
            let msg = format!(
                "duplicate id `{id}` (first defined at {}:{})",
                first.file, first.line
            );
            self.problem(at.file, id_line, 1, msg);
        } else {
            self.ids.insert(id.to_string(), origin.clone());
        }
    }

    /// A counterexample is a plain string; anything else is a problem
    /// reported at the `counterexamples` key and dropped.
    fn counterexample(&mut self, value: toml::Value, id: &str, at: &ItemAt<'_>) -> Option<String> {
        match value {
            toml::Value::String(s) => Some(s),
            other => {
                let line = at.key_line("counterexamples").unwrap_or(at.line);
                let msg = format!(
                    "rule `{id}`: a counterexample must be a string, found {}",
                    other.type_str()
                );
                self.problem(at.file, line, 1, msg);
                None
            }
        }
    }

    pub(super) fn example(
        &mut self,
        value: toml::Value,
        at: &ItemAt<'_>,
        key: &str,
    ) -> Option<Example> {
        let line = at.key_line(key).unwrap_or(at.line);
        match value {
            toml::Value::String(text) => Some(Example {
                text,
                ..Example::default()
            }),
            toml::Value::Table(t) => self.example_table(t, at.file, line),
            other => {
                self.problem(
                    at.file,
                    line,
                    1,
                    format!(
                        "an example must be a string or a table with `text`, found {}",
                        other.type_str()
                    ),
                );
                None
            }
        }
    }

    /// Reads an example written as a table (`text` plus optional `parties`,
    /// `type`, `status`, `entity`); `None` when it has no `text`.
    fn example_table(&mut self, table: toml::Table, file: &str, line: usize) -> Option<Example> {
        let mut ex = Example::default();
        for (k, v) in table {
            match (k.as_str(), v) {
                ("text", toml::Value::String(s)) => ex.text = s,
                ("entity", toml::Value::String(s)) => ex.entity = Some(s),
                ("parties", toml::Value::Array(a)) => {
                    for p in a {
                        match p {
                            toml::Value::String(s) => ex.parties.push(s),
                            _ => self.problem(file, line, 1, "example `parties` must be strings"),
                        }
                    }
                }
                ("type", toml::Value::String(s)) => {
                    ex.event_type = self.vocab(&s, EventType::NAMES, "type", file, line)
                }
                ("status", toml::Value::String(s)) => {
                    ex.status = self.vocab(&s, Status::NAMES, "status", file, line)
                }
                (k, v) => {
                    let msg = format!(
                        "example key `{k}` ({}) is not one of text, parties, type, status, entity (strings)",
                        v.type_str()
                    );
                    self.problem(file, line, 1, msg)
                }
            }
        }
        if ex.text.is_empty() {
            self.problem(file, line, 1, "example without `text`");
            return None;
        }
        Some(ex)
    }

    pub(super) fn vocab<T: for<'de> Deserialize<'de>>(
        &mut self,
        word: &str,
        names: &[&str],
        what: &str,
        file: &str,
        line: usize,
    ) -> Option<T> {
        if names.contains(&word) {
            T::deserialize(toml::Value::String(word.to_string())).ok()
        } else {
            self.problem(
                file,
                line,
                1,
                format!(
                    "unknown {what} `{word}` (expected one of: {})",
                    names.join(", ")
                ),
            );
            None
        }
    }
}

/// Loads the default rules plus `toml` as `file` and checks that every one
/// of `expected` is among the problems reported (for the kinds' tests).
#[cfg(test)]
pub(super) fn assert_problems_in(file: &str, toml: &str, expected: &[&str]) {
    let source = super::RuleSource::embedded().with_file(file, toml);
    let err = super::Rules::load(&source).unwrap_err().to_string();
    for want in expected {
        assert!(err.contains(want), "{want}\n{err}");
    }
}

#[cfg(test)]
mod tests {
    fn assert_problems(toml: &str, expected: &[&str]) {
        super::assert_problems_in("more.toml", toml, expected);
    }

    #[test]
    fn unknown_key_lists_header_and_kind_keys_in_order() {
        assert_problems(
            "[[trigger]]\nid = \"x-y\"\ndescription = \"d\"\ncues = [\"pact\"]\ntype = \"partnership\"\nstatus = \"talks\"\npriority = 1\n",
            &[
                "unknown field `priority`, expected one of `id`, `description`, `cues`, `type`, `status`, `weak`, `noun`, `members`, `examples`, `counterexamples`",
            ],
        );
    }

    #[test]
    fn header_checks_apply_to_every_kind() {
        assert_problems(
            "[[status]]\nid = \"Bad_Id\"\ndescription = \" \"\ncues = [\"mulls\"]\nstatus = \"talks\"\ncounterexamples = [3]\n",
            &[
                "more.toml:2:1: error: id `Bad_Id` must be kebab-case",
                "more.toml:3:1: error: rule `Bad_Id` has an empty description",
                "more.toml:6:1: error: rule `Bad_Id`: a counterexample must be a string",
            ],
        );
    }

    #[test]
    fn type_and_status_are_checked_at_their_lines() {
        assert_problems(
            "[[pattern]]\nid = \"p-x\"\ndescription = \"d\"\npattern = \"{a:company} weds {b:company}\"\ntype = \"marriage\"\nstatus = \"maybe\"\n",
            &[
                "more.toml:5:1: error: unknown type `marriage`",
                "more.toml:6:1: error: unknown status `maybe`",
            ],
        );
    }
}
