//! Rule kind `[[trigger]]` (`triggers.toml`): cue phrases that state a tie
//! between companies, with the event type and status they imply.

use serde::Deserialize;

use super::load::Loader;
use super::location::ItemAt;
use super::meta::raw_rule;
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

raw_rule!(RawTrigger {
    cues: Vec<String>,
    #[serde(rename = "type")]
    event_type: String,
    status: String,
    #[serde(default)]
    weak: bool,
    #[serde(default)]
    noun: bool,
});

impl Loader {
    pub(super) fn add_trigger(&mut self, value: toml::Value, at: &ItemAt<'_>, _: &Layer) {
        let Some((header, raw)) = self.parse_rule::<RawTrigger>(value, at) else {
            return;
        };
        let event_type = self.event_type_at(&raw.event_type, at);
        let status = self.status_at(&raw.status, at);
        let payload = Payload::Trigger(self.triggers.len() as u16);
        let own = event_type.zip(status);
        let Some((meta, cues, (event_type, status))) =
            self.cue_rule(header, raw.cues, own, at, payload)
        else {
            return;
        };
        self.triggers.push(Trigger {
            meta,
            cues,
            event_type,
            status,
            weak: raw.weak,
            noun: raw.noun,
        });
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn bad_trigger_is_located() {
        super::super::meta::assert_problems_in(
            "more.toml",
            "[[trigger]]\nid = \"x-y\"\ndescription = \"d\"\ncues = [\"pact\"]\ntype = \"merger\"\nstatus = \"talks\"\n",
            &["rules/more.toml:5:1: error: unknown type `merger`"],
        );
    }
}
