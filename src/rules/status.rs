//! Rule kind `[[status]]` (`status.toml`): cue phrases that set an event's
//! status (hedges, talks, denial, ending).

use serde::Deserialize;

use super::load::{Loader, RawItem};
use super::location::ItemAt;
use super::meta::raw_rule;
use super::source::Layer;
use super::{Payload, RuleMeta};

/// The event statuses of the output contract, weakest first.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Only reported or speculated.
    Rumored,
    /// In talks, considering, planning.
    Talks,
    /// Agreed, signed, formed (a fact stated by the article).
    Announced,
    /// A party denies it.
    Denied,
    /// Called off, terminated, collapsed.
    Ended,
}

impl Status {
    /// The vocabulary, as written in rules and output.
    pub const NAMES: &'static [&'static str] =
        &["announced", "talks", "rumored", "denied", "ended"];

    /// Precedence of a status cue within one sentence: a denial or an ending
    /// outweighs a hedge, which outweighs "talks".
    pub fn cue_precedence(self) -> u8 {
        match self {
            Status::Denied => 5,
            Status::Ended => 4,
            Status::Rumored => 3,
            Status::Talks => 2,
            Status::Announced => 1,
        }
    }
}

/// A status cue.
#[derive(Debug, Clone, serde::Serialize)]
pub struct StatusCue {
    /// Header.
    pub meta: RuleMeta,
    /// Literal cue phrases.
    pub cues: Vec<String>,
    /// Status it sets.
    pub status: Status,
    /// Whether the cue also counts after the trigger in the sentence
    /// ("talks with Y collapsed").
    pub after_trigger: bool,
    /// When set, the cue counts only when at most this many words stand
    /// between it and the trigger ("would not bid": a negation governs the
    /// verb it stands next to).
    pub within: Option<u32>,
    /// A cue that reopens a tie an ending had stopped ("resumed talks",
    /// "renewed its offer"): in its sentence an ending cue does not count, and
    /// across the article the pair's ended evidence gives way to it.
    pub reopens: bool,
    /// When not empty, the cue counts only for a trigger holding one of
    /// these words (lower case): "renewed" reopens an offer or a bid, while
    /// a renewed contract or agreement is a tie that never ended.
    pub objects: Vec<String>,
}

raw_rule!(RawStatus {
    cues: Vec<String>,
    status: String,
    #[serde(default)]
    after_trigger: bool,
    #[serde(default)]
    within: Option<u32>,
    #[serde(default)]
    reopens: bool,
    #[serde(default)]
    objects: Vec<String>,
});

impl Loader {
    pub(super) fn add_status(&mut self, value: RawItem<'_>, at: &ItemAt<'_>, _: &Layer) {
        let Some((header, raw)) = self.parse_rule::<RawStatus>(value, at) else {
            return;
        };
        let status = self.status_at(&raw.status, at);
        let payload = Payload::Status(self.statuses.len() as u16);
        let Some((meta, cues, status)) = self.cue_rule(header, raw.cues, status, at, payload)
        else {
            return;
        };
        self.statuses.push(StatusCue {
            meta,
            cues,
            status,
            after_trigger: raw.after_trigger,
            within: raw.within,
            reopens: raw.reopens,
            objects: raw.objects.iter().map(|w| w.to_lowercase()).collect(),
        });
    }
}
