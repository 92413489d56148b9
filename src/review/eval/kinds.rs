//! Errors counted by kind (`tieup eval --kinds`): which stage a miss or a
//! spurious item comes from, so that rules can be fixed by kind of error and
//! a set-aside gold part can be diagnosed from counts alone, without reading
//! its articles.
//!
//! Kinds (each a short label, counted per article and summed):
//! - `company missed: typed person` (the name was found as the other kind),
//!   `company missed: one word`, `company missed: several words`;
//!   `company spurious: a gold person`, `company spurious: not in gold`;
//!   the same for `person`;
//! - `role missed: person missed`, `role missed: person has no role`,
//!   `role missed: other title` (no title word shared),
//!   `role missed: title right, other org`; `role spurious: person in gold`,
//!   `role spurious: person not in gold`;
//! - `pair missed: a party missed`, `pair missed: parties found, an event
//!   holds one`, `pair missed: parties found, no event holds either`, and
//!   `pair missed, gold type: TYPE`; `pair spurious: both gold companies`,
//!   `pair spurious: a party not a gold company`;
//! - `strict: type differs`, `strict: status differs` (pair right).

use std::collections::{BTreeMap, HashSet};

use super::{DocReport, Gold, GoldEntity, GoldEvent, SysEntity, gold_forms, norm, words};
use crate::pipeline::record::{EventOut, Record, RoleOut};

/// Sums the per-article error kinds of `reports`: label -> count.
pub fn error_kinds(reports: &[DocReport]) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for r in reports {
        for (k, n) in &r.kinds {
            *out.entry(k.clone()).or_default() += n;
        }
    }
    out
}

/// Counts the missed and spurious entities of one kind (`what`, "company"
/// or "person"), looking at the other kind's system entities and gold to
/// tell a wrong type from a miss.
pub(super) fn entity_errors(
    gold: &[GoldEntity],
    matches: &[Option<usize>],
    sys: &[SysEntity<'_>],
    (what, other_sys, other_gold): (&str, &[SysEntity<'_>], &[GoldEntity]),
    rep: &mut DocReport,
) {
    let other = if what == "company" {
        "person"
    } else {
        "company"
    };
    for (g, m) in matches.iter().enumerate() {
        if m.is_some() {
            continue;
        }
        let forms = gold_forms(&gold[g]);
        let kind = if other_sys.iter().any(|s| !s.forms.is_disjoint(&forms)) {
            format!("typed {other}")
        } else if gold[g].name.split_whitespace().count() == 1 {
            "one word".to_string()
        } else {
            "several words".to_string()
        };
        rep.count(format!("{what} missed: {kind}"));
    }
    let used: HashSet<usize> = matches.iter().flatten().copied().collect();
    let other_forms: Vec<HashSet<String>> = other_gold.iter().map(gold_forms).collect();
    for (s, se) in sys.iter().enumerate() {
        if used.contains(&s) {
            continue;
        }
        let is_other = other_forms.iter().any(|f| !f.is_disjoint(&se.forms));
        let kind = if is_other {
            format!("a gold {other}")
        } else {
            "not in gold".to_string()
        };
        rep.count(format!("{what} spurious: {kind}"));
    }
}

/// The kind of a missed gold role whose title words are `title`, given the
/// matched system person (if any) and that person's roles.
pub(super) fn role_miss(
    person: Option<usize>,
    roles: &[RoleOut],
    title: &HashSet<String>,
) -> &'static str {
    match person {
        None => "role missed: person missed",
        Some(_) if roles.is_empty() => "role missed: person has no role",
        Some(_) if roles.iter().any(|r| !words(&r.title).is_disjoint(title)) => {
            "role missed: title right, other org"
        }
        Some(_) => "role missed: other title",
    }
}

/// The kind of a spurious role.
pub(super) fn role_spurious(person_in_gold: bool) -> &'static str {
    if person_in_gold {
        "role spurious: person in gold"
    } else {
        "role spurious: person not in gold"
    }
}

/// Counts a missed gold event: whether its parties were found as companies
/// and whether an output event holds either of them; and its gold type.
pub(super) fn pair_miss(
    ge: &GoldEvent,
    rec: &Record,
    sys_to_gold: &BTreeMap<&str, &str>,
    rep: &mut DocReport,
) {
    let found: HashSet<String> = sys_to_gold.values().map(|g| norm(g)).collect();
    let parties = ge.parties.clone().map(|p| norm(&p));
    let kind = if !parties.iter().all(|p| found.contains(p)) {
        "a party missed"
    } else if rec
        .events
        .iter()
        .any(|e| holds_any(e, &parties, sys_to_gold))
    {
        "parties found, an event holds one"
    } else {
        "parties found, no event holds either"
    };
    rep.count(format!("pair missed: {kind}"));
    rep.count(format!("pair missed, gold type: {}", ge.event_type));
}

/// Whether one of the event's parties (mapped to its gold name) is among
/// `parties` (normalised gold names).
fn holds_any(e: &EventOut, parties: &[String; 2], sys_to_gold: &BTreeMap<&str, &str>) -> bool {
    e.parties.iter().any(|p| {
        let g = sys_to_gold.get(p.as_str()).copied().unwrap_or(p);
        parties.contains(&norm(g))
    })
}

/// The kind of a spurious event pair whose parties are `mapped` (gold names
/// where the company matched).
pub(super) fn pair_spurious(mapped: &[String; 2], gold: &Gold) -> &'static str {
    let gold_names: HashSet<String> = gold.companies.iter().map(|c| norm(&c.name)).collect();
    if mapped.iter().all(|p| gold_names.contains(&norm(p))) {
        "pair spurious: both gold companies"
    } else {
        "pair spurious: a party not a gold company"
    }
}

/// Counts what a matched pair got wrong in type and status.
pub(super) fn strict_errors(ge: &GoldEvent, e: &EventOut, rep: &mut DocReport) {
    if ge.event_type != e.event_type {
        rep.count("strict: type differs");
    }
    if ge.status != e.status {
        rep.count("strict: status differs");
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{gold, record};
    use super::super::{score, score_doc};
    use super::*;

    #[test]
    fn counts_each_error_by_kind() {
        let rep = score_doc(&gold(), Some(&record()));
        let k = |s: &str| rep.kinds.get(s).copied().unwrap_or(0);
        assert_eq!(k("company missed: several words"), 1);
        assert_eq!(k("company spurious: not in gold"), 1);
        assert_eq!(k("person missed: several words"), 1);
        assert_eq!(k("role missed: person has no role"), 0);
        assert_eq!(k("role missed: other title"), 1);
        assert_eq!(k("role spurious: person in gold"), 1);
        assert_eq!(k("pair missed: a party missed"), 1);
        assert_eq!(k("pair missed, gold type: investment"), 1);
        assert_eq!(k("pair spurious: a party not a gold company"), 1);
        assert_eq!(k("strict: status differs"), 1);
        assert_eq!(k("strict: type differs"), 0);
    }

    #[test]
    fn a_name_found_as_the_other_kind_is_typed_not_missed() {
        let mut g = gold();
        g.people.push(GoldEntity {
            name: "LeEco".into(),
            aliases: vec![],
            roles: vec![],
        });
        let rep = score_doc(&g, Some(&record()));
        assert_eq!(rep.kinds.get("person missed: typed company"), Some(&1));
    }

    #[test]
    fn sums_over_articles() {
        let mut other = gold();
        other.doc = "e".into();
        let (_, reports) = score(&[gold(), other], &[record()]);
        let all = error_kinds(&reports);
        // The second gold article has no record: all its items are missed.
        assert_eq!(all.get("pair missed: a party missed"), Some(&3));
        assert_eq!(all.get("role missed: person missed"), Some(&2));
    }
}
