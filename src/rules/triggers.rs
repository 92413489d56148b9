//! Rule kind `[[trigger]]` (`triggers.toml`): cue phrases that state a tie
//! between companies, with the event type and status they imply.

use serde::Deserialize;

use super::load::Loader;
use super::location::ItemAt;
use super::source::Layer;
use super::{Payload, RuleMeta, Status};

/// The event types of the output contract.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize,
)]
#[serde(rename_all = "snake_case")]
pub enum EventType {
    /// Cooperation, alliance, agreements.
    Partnership,
    /// A stake without control.
    Investment,
    /// A jointly owned new company.
    JointVenture,
    /// One buys (part of) the other, merger, takeover.
    Acquisition,
}

impl EventType {
    /// The vocabulary, as written in rules and output.
    pub const NAMES: &'static [&'static str] =
        &["partnership", "joint_venture", "acquisition", "investment"];
}

/// A partnership trigger.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Trigger {
    /// Header.
    pub meta: RuleMeta,
    /// Literal cue phrases (case-insensitive, whole words).
    pub cues: Vec<String>,
    /// Event type it implies.
    pub event_type: EventType,
    /// Status it implies when no status cue says otherwise.
    pub status: Status,
    /// A weak trigger (a bare noun such as "partnership") only sets the
    /// status of an event that no other evidence supports.
    pub weak: bool,
    /// The cue is a noun: a company right before it is its object ("to
    /// evade a Fiat buyout"), and the subject stands further left.
    pub noun: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawTrigger {
    pub(super) id: String,
    pub(super) description: String,
    pub(super) cues: Vec<String>,
    #[serde(rename = "type")]
    pub(super) event_type: String,
    pub(super) status: String,
    #[serde(default)]
    pub(super) weak: bool,
    #[serde(default)]
    pub(super) noun: bool,
    #[serde(default)]
    pub(super) examples: Vec<toml::Value>,
    #[serde(default)]
    pub(super) counterexamples: Vec<toml::Value>,
}

impl Loader {
    pub(super) fn add_trigger(&mut self, value: toml::Value, at: &ItemAt<'_>, _: &Layer) {
        let Some(raw) = self.parse_item::<RawTrigger>(value, at) else {
            return;
        };
        let type_line = at.key_line("type").unwrap_or(at.line);
        let status_line = at.key_line("status").unwrap_or(at.line);
        let event_type = self.vocab(
            &raw.event_type,
            EventType::NAMES,
            "type",
            at.file,
            type_line,
        );
        let status = self.vocab(&raw.status, Status::NAMES, "status", at.file, status_line);
        let meta = self.meta(
            raw.id,
            raw.description,
            raw.examples,
            raw.counterexamples,
            at,
        );
        let cues_ok = self.cues(&meta.id, &raw.cues, at);
        let (Some(event_type), Some(status), true) = (event_type, status, cues_ok) else {
            return;
        };
        let index = self.triggers.len() as u16;
        for cue in &raw.cues {
            self.add_pattern(cue, Payload::Trigger(index));
        }
        self.triggers.push(Trigger {
            meta,
            cues: raw.cues,
            event_type,
            status,
            weak: raw.weak,
            noun: raw.noun,
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::{RuleSource, Rules};

    #[test]
    fn bad_trigger_is_located() {
        let source = RuleSource::embedded().with_file(
            "more.toml",
            "[[trigger]]\nid = \"x-y\"\ndescription = \"d\"\ncues = [\"pact\"]\ntype = \"merger\"\nstatus = \"talks\"\n",
        );
        let err = Rules::load(&source).unwrap_err().to_string();
        assert!(
            err.contains("rules/more.toml:5:1: error: unknown type `merger`"),
            "{err}"
        );
    }
}
