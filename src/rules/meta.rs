//! The header every rule kind shares (id, description, examples,
//! counterexamples, origin) and its validation.

use serde::Deserialize;

use super::load::Loader;
use super::location::{ItemAt, locate_item_error};
use super::{EventType, Status};

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
    pub counterexamples: Vec<String>,
    /// Where it was defined.
    pub origin: Origin,
}

impl Loader {
    pub(super) fn parse_item<T: for<'de> Deserialize<'de>>(
        &mut self,
        value: toml::Value,
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

    pub(super) fn meta(
        &mut self,
        id: String,
        description: String,
        examples: Vec<toml::Value>,
        counterexamples: Vec<toml::Value>,
        at: &ItemAt<'_>,
    ) -> RuleMeta {
        let origin = Origin {
            file: at.file.to_string(),
            line: at.line,
        };
        let id_line = at.key_line("id").unwrap_or(at.line);
        if id.trim().is_empty() {
            self.problem(at.file, id_line, 1, "empty id");
        } else if !id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            self.problem(
                at.file,
                id_line,
                1,
                format!("id `{id}` must be kebab-case (a-z, 0-9, -)"),
            );
        }
        if let Some(first) = self.ids.get(&id) {
            let msg = format!(
                "duplicate id `{id}` (first defined at {}:{})",
                first.file, first.line
            );
            self.problem(at.file, id_line, 1, msg);
        } else {
            self.ids.insert(id.clone(), origin.clone());
        }
        if description.trim().is_empty() {
            let line = at.key_line("description").unwrap_or(at.line);
            self.problem(
                at.file,
                line,
                1,
                format!("rule `{id}` has an empty description"),
            );
        }
        let examples = examples
            .into_iter()
            .filter_map(|v| self.example(v, at, "examples"))
            .collect();
        let counterexamples = counterexamples
            .into_iter()
            .filter_map(|v| match v {
                toml::Value::String(s) => Some(s),
                other => {
                    let line = at.key_line("counterexamples").unwrap_or(at.line);
                    self.problem(
                        at.file,
                        line,
                        1,
                        format!(
                            "rule `{id}`: a counterexample must be a string, found {}",
                            other.type_str()
                        ),
                    );
                    None
                }
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
            toml::Value::Table(t) => {
                let mut ex = Example::default();
                for (k, v) in t {
                    match (k.as_str(), v) {
                        ("text", toml::Value::String(s)) => ex.text = s,
                        ("entity", toml::Value::String(s)) => ex.entity = Some(s),
                        ("parties", toml::Value::Array(a)) => {
                            for p in a {
                                match p {
                                    toml::Value::String(s) => ex.parties.push(s),
                                    _ => self.problem(
                                        at.file,
                                        line,
                                        1,
                                        "example `parties` must be strings",
                                    ),
                                }
                            }
                        }
                        ("type", toml::Value::String(s)) => {
                            ex.event_type = self.vocab(&s, EventType::NAMES, "type", at.file, line)
                        }
                        ("status", toml::Value::String(s)) => {
                            ex.status = self.vocab(&s, Status::NAMES, "status", at.file, line)
                        }
                        (k, v) => self.problem(
                            at.file,
                            line,
                            1,
                            format!(
                                "example key `{k}` ({}) is not one of text, parties, type, status, entity (strings)",
                                v.type_str()
                            ),
                        ),
                    }
                }
                if ex.text.is_empty() {
                    self.problem(at.file, line, 1, "example without `text`");
                    return None;
                }
                Some(ex)
            }
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
