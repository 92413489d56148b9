//! Rule kind `[[trigger]]` (`triggers.toml`): cue phrases that state a tie
//! between companies, with the event type and status they imply.

use serde::Deserialize;

use super::load::{Loader, RawItem};
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
    /// escape a Borealis buyout"), and the subject stands further left.
    pub noun: bool,
    /// The parties are the members listed after the cue only ("a consortium
    /// of X and Y"): no pair with a subject, none from a lone member.
    pub members: bool,
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
    #[serde(default)]
    members: bool,
});

impl Loader {
    pub(super) fn add_trigger(&mut self, value: RawItem<'_>, at: &ItemAt<'_>, _: &Layer) {
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
            members: raw.members,
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

/// A trigger cue that never fires for its rule: an earlier trigger (in load
/// order: built-in rules, then `--rules-extra` folders) lists the same cue
/// and wins it (see docs/rules.md, "Precedence").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShadowedCue {
    /// The cue as the later rule writes it.
    pub cue: String,
    /// The later rule: its id and where it is defined.
    pub rule: String,
    /// Where the later rule is defined.
    pub origin: super::Origin,
    /// The earlier rule that takes the cue.
    pub winner: String,
    /// Where the earlier rule is defined.
    pub winner_origin: super::Origin,
}

impl std::fmt::Display for ShadowedCue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (o, w) = (&self.origin, &self.winner_origin);
        write!(
            f,
            "{}:{}:1: warning: cue `{}` of trigger `{}` never fires: trigger `{}` ({}:{}) lists it first and wins it",
            o.file, o.line, self.cue, self.rule, self.winner, w.file, w.line
        )
    }
}

/// The cues of `triggers` (in load order) that an earlier trigger already
/// lists, compared as the automaton compares them (typography folded,
/// ASCII case ignored). Linear in the number of cues.
pub fn shadowed_cues(triggers: &[Trigger]) -> Vec<ShadowedCue> {
    let mut first: std::collections::HashMap<String, usize> = Default::default();
    let mut out = Vec::new();
    for (t, trigger) in triggers.iter().enumerate() {
        for cue in &trigger.cues {
            let key = super::lists::matching_form(cue).to_ascii_lowercase();
            let w = *first.entry(key).or_insert(t);
            if w != t {
                out.push(ShadowedCue {
                    cue: cue.clone(),
                    rule: trigger.meta.id.clone(),
                    origin: trigger.meta.origin.clone(),
                    winner: triggers[w].meta.id.clone(),
                    winner_origin: triggers[w].meta.origin.clone(),
                });
            }
        }
    }
    out
}
