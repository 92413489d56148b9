//! The boilerplate gate: a literal prefilter that runs each boilerplate
//! regex only where a literal every one of its matches contains occurs.

use std::collections::HashMap;
use std::ops::Range;

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind};
use regex::Regex;
use regex_syntax::hir::Look;

use super::Boilerplate;
#[cfg(test)]
use super::Rules;
use super::anchored::LazyAnchored;

/// Where a boilerplate regex has to be run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Scope {
    /// Everywhere: no required literal is known.
    Everywhere,
    /// Over the whole text, but only when one of its literals occurs.
    Text,
    /// Only on the lines holding one of its literals (it never matches `\n`).
    Lines,
    /// Anchored at the starts of the lines holding one of its literals: it
    /// starts with a multi-line `^` and the literals come from a part before
    /// anything that can match `\n`, so they lie on a match's first line.
    LineStarts,
    /// A `Lines` regex that is an alternation of line-start branches, each
    /// gated by its own literals ([`line_branches`]).
    Branches,
}

/// A literal prefilter over the boilerplate regexes, compiled once.
#[derive(Debug)]
pub(super) struct BoilerGate {
    /// Every required literal of every gated regex (overlapping search).
    pub(super) automaton: Option<DFA>,
    /// Pattern of `automaton` -> the regexes that require it.
    pub(super) owners: Vec<Vec<usize>>,
    /// Per regex.
    pub(super) scopes: Vec<Scope>,
    /// Per regex of scope `Lines` whose every match starts at a line start:
    /// the regex anchored at the start of the haystack (a line), which stops
    /// as soon as the line cannot match.
    pub(super) anchored: Vec<Option<LazyAnchored>>,
    /// Per regex of scope `Lines` of the shape `^[^\n]{0,A} M [^\n]{0,B}$`
    /// (a line holding `M` within `A` chars of its start and `B` of its
    /// end): on a line of at most min(A, B) chars the regex matches the
    /// whole line exactly when `M` occurs in it, which `M` alone (no
    /// counted padding, a small automaton) tells fast.
    pub(super) padded: Vec<Option<PaddedLine>>,
    /// Per regex of scope `Branches`: the slots of its branches, in order.
    /// A branch slot (past the regexes in `scopes`, `anchored`, `padded`
    /// and the literals' owners) is searched as a `Lines` regex.
    pub(super) branches: Vec<Range<usize>>,
}

/// A line pattern `^[^\n]{0,A} M [^\n]{0,B}$`: its middle `M`, and
/// what a line longer than min(A, B) chars is searched with.
#[derive(Debug)]
pub(super) struct PaddedLine {
    /// min(A, B), in chars.
    pad: usize,
    /// A, in chars.
    before: usize,
    /// A + B + the most bytes `M` matches: no longer line (in chars)
    /// matches (`None`: `M` is unbounded).
    longest: Option<usize>,
    /// `M` alone, unanchored.
    middle: LazyAnchored,
    /// `M [^\n]{0,B}$` anchored at the start of the haystack, when `M` has
    /// no look-around at its start (a haystack that starts inside a line
    /// then reads the same as the line); else `None`.
    tail: Option<LazyAnchored>,
    /// `M` as parsed, for [`PaddedLine::first`].
    hir: regex_syntax::hir::Hir,
    /// The bytes a match of `M` can start with (`None`: any byte), found
    /// on first use.
    first: std::sync::OnceLock<Option<Box<[bool; 256]>>>,
}

/// Where a boilerplate regex (parsed as `hir`) can match and the literals
/// one of which every match holds (`None`: none found): within one line,
/// from a line's start (its first line's literals), or anywhere in the text.
fn scope_and_literals(hir: &regex_syntax::hir::Hir) -> (Scope, Option<Vec<Vec<u8>>>) {
    let non_empty = hir.properties().minimum_len().is_some_and(|n| n > 0);
    let text_anchors = [Look::Start, Look::End]
        .iter()
        .any(|&l| hir.properties().look_set().contains(l));
    let usable = non_empty && !text_anchors;
    if usable && !can_match_newline(hir) {
        (Scope::Lines, required_literals(&fold_case(hir)))
    } else if let Some(lits) = first_line_literals(hir).filter(|_| usable) {
        (Scope::LineStarts, Some(lits))
    } else {
        (Scope::Text, required_literals(&fold_case(hir)))
    }
}

/// The case-blind automaton over the regexes' `literals` (owner lists in
/// `owners`, one per literal), with the non-ASCII letters that fold to ASCII
/// added as literals of no regex; `None` when no regex gave a literal or
/// the automaton cannot be built.
fn literal_automaton(literals: &mut Vec<Vec<u8>>, owners: &mut Vec<Vec<usize>>) -> Option<DFA> {
    for special in FOLDS_TO_ASCII {
        literals.push(special.as_bytes().to_vec());
        owners.push(Vec::new());
    }
    // No prefilter: [`BoilerGate::literal_hits`] walks the DFA byte by
    // byte itself (a start state is then no special state).
    (literals.len() > FOLDS_TO_ASCII.len())
        .then(|| {
            aho_corasick::dfa::Builder::new()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::Standard)
                .prefilter(false)
                .build(&*literals)
                .ok()
        })
        .flatten()
}

impl BoilerGate {
    pub(super) fn build(boilerplate: &[Boilerplate]) -> Self {
        let mut parts = GateParts::new(boilerplate.len());
        let mut branches = vec![0..0; boilerplate.len()];
        let mut split = Vec::new();
        for (i, b) in boilerplate.iter().enumerate() {
            if let Some(alternatives) = parts.add_regex(i, b) {
                split.push((i, alternatives));
            }
        }
        for (i, alternatives) in split {
            branches[i] = parts.add_branches(alternatives);
        }
        let GateParts {
            mut literals,
            mut owners,
            mut scopes,
            anchored,
            padded,
            ..
        } = parts;
        let automaton = literal_automaton(&mut literals, &mut owners);
        if automaton.is_none() {
            scopes.iter_mut().for_each(|s| *s = Scope::Everywhere);
        }
        BoilerGate {
            automaton,
            owners,
            scopes,
            anchored,
            padded,
            branches,
        }
    }

    /// Every non-empty match of every boilerplate regex in `text`, as
    /// sorted `(start, end, regex index)` byte ranges: the same as running
    /// each regex over the whole text, but each runs only where its
    /// literals occur.
    pub(super) fn matches(
        &self,
        boilerplate: &[Boilerplate],
        text: &str,
    ) -> Vec<(usize, usize, usize)> {
        let mut hits = self.literal_hits(text, self.scopes.len());
        let mut out = Vec::new();
        for (i, b) in boilerplate.iter().enumerate() {
            let Some(hits) = hits.as_mut() else {
                find_all(&mut out, b.regex(), i, 0, text);
                continue;
            };
            let anchored = || self.anchored[i].as_ref().filter(|a| a.ready());
            match self.scopes[i] {
                Scope::Everywhere => find_all(&mut out, b.regex(), i, 0, text),
                Scope::Text if hits.in_text[i] => find_all(&mut out, b.regex(), i, 0, text),
                Scope::Text => {}
                Scope::Branches => self.branch_matches(&mut out, (b, i), text, hits),
                // No line holds a literal: no match, and nothing compiled
                // (a one-article run then builds only the regexes it needs).
                Scope::LineStarts | Scope::Lines if !hits.in_text[i] => {}
                Scope::LineStarts => match anchored() {
                    Some(re) => at_line_starts(&mut out, (re, i), text, hits.lines_of(i), true),
                    None => find_all(&mut out, b.regex(), i, 0, text),
                },
                Scope::Lines => {
                    let mut lines = hits.lines_of(i);
                    if let Some(p) = &self.padded[i] {
                        lines = p.search(&mut out, i, text, lines);
                    }
                    if lines.is_empty() {
                        // Nothing left to search: compile nothing more.
                        continue;
                    }
                    match anchored() {
                        Some(re) => at_line_starts(&mut out, (re, i), text, lines, false),
                        None => {
                            for (s, e) in lines {
                                find_all(&mut out, b.regex(), i, s, &text[s..e]);
                            }
                        }
                    }
                }
            }
        }
        out.sort_unstable();
        out
    }

    /// The matches of regex `i` (`b`) of scope `Branches`: on each line
    /// holding a literal of some of its branches, the first of those
    /// branches in order that matches at the line start gives the match, as
    /// the whole alternation's leftmost-first match there (a branch whose
    /// literals are not on the line cannot match it). The whole regex
    /// searches the text if a branch does not compile.
    fn branch_matches(
        &self,
        out: &mut Vec<(usize, usize, usize)>,
        (b, i): (&Boilerplate, usize),
        text: &str,
        hits: &mut LiteralHits,
    ) {
        let slots = self.branches[i].clone();
        if !slots
            .clone()
            .all(|k| self.anchored[k].as_ref().is_some_and(|a| a.ready()))
        {
            return find_all(out, b.regex(), i, 0, text);
        }
        let mut lines: Vec<(usize, usize, usize)> = Vec::new();
        for k in slots {
            lines.extend(hits.lines_of(k).into_iter().map(|(s, e)| (s, k, e)));
        }
        lines.sort_unstable();
        let mut decided = None;
        for (s, k, e) in lines {
            if decided == Some(s) {
                continue;
            }
            if let Some(end) = self.branch_end(k, &text[s..e]) {
                decided = Some(s);
                if end > 0 {
                    out.push((s, s + end, i));
                }
            }
        }
    }

    /// The end of branch `k`'s match at the start of `line` (its `\n`
    /// included), if any: its padded form decides when it can, else its
    /// anchored regex.
    fn branch_end(&self, k: usize, line: &str) -> Option<usize> {
        let padded = self.padded[k].as_ref().and_then(|p| p.decide(line));
        match padded {
            Some(hit) => hit.then(|| line.strip_suffix('\n').unwrap_or(line).len()),
            None => self.anchored[k].as_ref()?.end(line),
        }
    }

    /// Where the gate's literals occur in `text`: per regex, whether any of
    /// its literals does and the lines (byte ranges, `\n` included) that
    /// hold one. `None` when the text must be searched ungated (no
    /// automaton, or a character that folds to ASCII occurs). The DFA is
    /// walked byte by byte here, every literal ending at a byte reported
    /// in pattern order (the matches, in the order, of an overlapping
    /// search), in a loop that keeps its state in registers.
    fn literal_hits(&self, text: &str, n: usize) -> Option<LiteralHits> {
        let dfa = self.automaton.as_ref()?;
        let mut hits = LiteralHits {
            in_text: vec![false; n],
            lines: vec![Vec::new(); n],
        };
        let bytes = text.as_bytes();
        let mut line = (0, 0);
        let (mut sid, mut at) = (dfa.start_state(Anchored::No).ok()?, 0);
        while let Some((next, end)) = next_special(dfa, sid, bytes, at) {
            (sid, at) = (next, end);
            if !dfa.is_match(sid) {
                break; // dead: never with standard matching
            }
            for k in 0..dfa.match_len(sid) {
                let pattern = dfa.match_pattern(sid, k);
                let start = end - dfa.pattern_len(pattern);
                let found = (pattern.as_usize(), start);
                if !self.note_literal(&mut hits, &mut line, bytes, found) {
                    return None;
                }
            }
        }
        Some(hits)
    }

    /// Notes literal `pattern` found at byte `at` of `bytes` (`line`: the
    /// line of the last one noted, updated): its regexes occur, on its
    /// line. `false` for a character that folds to ASCII.
    fn note_literal(
        &self,
        hits: &mut LiteralHits,
        line: &mut (usize, usize),
        bytes: &[u8],
        (pattern, at): (usize, usize),
    ) -> bool {
        if pattern >= self.owners.len() - FOLDS_TO_ASCII.len() {
            return false;
        }
        if !(line.0 <= at && at < line.1) {
            *line = line_around(bytes, at);
        }
        for &i in &self.owners[pattern] {
            hits.in_text[i] = true;
            if hits.lines[i].last() != Some(line) {
                hits.lines[i].push(*line);
            }
        }
        true
    }
}

/// Walks `dfa` from state `sid` over `bytes` from `at` to the first byte
/// after which it is in a special state (a match, or dead; no start state
/// is special without a prefilter): that state and the position after the
/// byte (`None`: none before the end). A tight loop of its own.
#[inline(never)]
fn next_special(
    dfa: &DFA,
    mut sid: aho_corasick::automaton::StateID,
    bytes: &[u8],
    at: usize,
) -> Option<(aho_corasick::automaton::StateID, usize)> {
    for (i, &b) in bytes.get(at..)?.iter().enumerate() {
        sid = dfa.next_state(Anchored::No, sid, b);
        if dfa.is_special(sid) {
            return Some((sid, at + i + 1));
        }
    }
    None
}

/// Per boilerplate regex: whether one of its literals occurs in the text,
/// and the lines holding one.
struct LiteralHits {
    in_text: Vec<bool>,
    lines: Vec<Vec<(usize, usize)>>,
}

impl LiteralHits {
    /// The lines of regex `i`, sorted and distinct (taken: asked once).
    fn lines_of(&mut self, i: usize) -> Vec<(usize, usize)> {
        let mut ls = std::mem::take(&mut self.lines[i]);
        ls.sort_unstable();
        ls.dedup();
        ls
    }
}

impl PaddedLine {
    /// Matches on `lines`: the whole line when `M` occurs in it at most A
    /// chars from its start and B chars from its end. A short line (at
    /// most min(A, B) chars before the `\n`) asks `M` alone; one longer
    /// than A + B + the longest `M` cannot match; any other one
    /// asks `M [^\n]{0,B}$` at each of its first A + 1 chars where `M` can
    /// start (the whole regex's lazy DFA would build new states for about
    /// every byte of a long line, counting both paddings). Gives back the
    /// lines it could not decide, for the whole regex (all of them if a
    /// part does not compile).
    fn search(
        &self,
        out: &mut Vec<(usize, usize, usize)>,
        i: usize,
        text: &str,
        lines: Vec<(usize, usize)>,
    ) -> Vec<(usize, usize)> {
        if !self.middle.ready() {
            return lines;
        }
        let mut left = Vec::new();
        for (s, e) in lines {
            match self.decide(&text[s..e]) {
                Some(true) => {
                    let line = text[s..e].strip_suffix('\n').unwrap_or(&text[s..e]);
                    out.push((s, s + line.len(), i));
                }
                Some(false) => {}
                None => left.push((s, e)),
            }
        }
        left
    }

    /// Whether the pattern matches `whole` (a line, its `\n` included),
    /// when `M` alone, the line's length or `M` with its tail can tell
    /// (`None`: the whole regex has to).
    fn decide(&self, whole: &str) -> Option<bool> {
        if !self.middle.ready() {
            return None;
        }
        let line = whole.strip_suffix('\n').unwrap_or(whole);
        if line.len() <= self.pad || line.chars().count() <= self.pad {
            return Some(self.middle.is_match(line));
        }
        if self
            .longest
            .is_some_and(|n| line.len() > n && line.chars().count() > n)
        {
            return Some(false);
        }
        let tail = self.tail.as_ref().filter(|t| t.ready())?;
        Some(self.long_line_matches(tail, whole))
    }

    /// Whether the line `whole` (its `\n` included), longer than min(A, B)
    /// chars and no longer than A + B + the longest `M`, matches: some
    /// match of `M [^\n]{0,B}$` starts within its first A chars.
    fn long_line_matches(&self, tail: &LazyAnchored, whole: &str) -> bool {
        let bytes = whole.as_bytes();
        let first = self.first();
        whole
            .char_indices()
            .take(self.before + 1)
            .filter(|&(p, _)| first.is_none_or(|f| f[usize::from(bytes[p])]))
            .any(|(p, _)| tail.end(&whole[p..]).is_some())
    }

    /// The bytes a match of `M` can start with (`None`: any byte).
    fn first(&self) -> Option<&[bool; 256]> {
        self.first.get_or_init(|| first_bytes(&self.hir)).as_deref()
    }
}

/// For a pattern `^[^\n]{0,A} M [^\n]{0,B}$` (multi-line anchors, greedy
/// padding of any char but `\n`, a middle `M` that matches neither `\n` nor
/// the empty string): `M` and min(A, B).
pub(super) fn padded_line(hir: &regex_syntax::hir::Hir) -> Option<PaddedLine> {
    use regex_syntax::hir::{Class, Hir, HirKind};
    let HirKind::Concat(parts) = hir.kind() else {
        return None;
    };
    let n = parts.len();
    let anchors = n >= 5
        && matches!(parts[0].kind(), HirKind::Look(Look::StartLF))
        && matches!(parts[n - 1].kind(), HirKind::Look(Look::EndLF));
    if !anchors {
        return None;
    }
    let all_but_newline = [('\0', '\t'), ('\x0B', char::MAX)];
    let pad = |h: &Hir| match h.kind() {
        HirKind::Repetition(r) if r.min == 0 && r.greedy => match r.sub.kind() {
            HirKind::Class(Class::Unicode(c))
                if c.ranges()
                    .iter()
                    .map(|r| (r.start(), r.end()))
                    .eq(all_but_newline) =>
            {
                r.max.and_then(|m| usize::try_from(m).ok())
            }
            _ => None,
        },
        _ => None,
    };
    let (before, after) = (pad(&parts[1])?, pad(&parts[n - 2])?);
    let middle = Hir::concat(parts[2..n - 2].to_vec());
    let non_empty = middle.properties().minimum_len().is_some_and(|l| l > 0);
    if !non_empty || can_match_newline(&middle) {
        return None;
    }
    let props = middle.properties();
    let tail = props.look_set_prefix_any().is_empty().then(|| {
        let hir = Hir::concat(vec![
            middle.clone(),
            parts[n - 2].clone(),
            parts[n - 1].clone(),
        ]);
        LazyAnchored::parsed(&format!("(?:{middle})[^\\n]{{0,{after}}}$"), &hir)
    });
    Some(PaddedLine {
        pad: before.min(after),
        before,
        longest: props.maximum_len().map(|m| before + after + m),
        middle: LazyAnchored::written_parsed(&middle),
        tail,
        hir: middle,
        first: std::sync::OnceLock::new(),
    })
}

/// The bytes a match of `hir` can start with (`None`: any byte, or it can
/// match the empty string), read off its structure: a literal's first
/// byte, the UTF-8 lead bytes of a class, the union over an alternation's
/// branches and over a concatenation's parts up to the first that cannot
/// match the empty string. A superset where a class spans lead bytes it
/// does not use, which only costs a tried start.
fn first_bytes(hir: &regex_syntax::hir::Hir) -> Option<Box<[bool; 256]>> {
    let mut first = Box::new([false; 256]);
    let empty = add_first_bytes(hir, &mut first);
    (!empty && first.iter().any(|&b| !b)).then_some(first)
}

/// Adds the bytes a match of `hir` can start with to `first`; gives
/// whether `hir` can match the empty string (then what follows it adds
/// its own).
fn add_first_bytes(hir: &regex_syntax::hir::Hir, first: &mut [bool; 256]) -> bool {
    use regex_syntax::hir::{Class, HirKind};
    fn mark(first: &mut [bool; 256], lo: u8, hi: u8) {
        first[usize::from(lo)..=usize::from(hi)].fill(true);
    }
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => true,
        HirKind::Literal(l) => match l.0.first() {
            Some(&b) => {
                mark(first, b, b);
                false
            }
            None => true,
        },
        HirKind::Class(Class::Unicode(c)) => {
            let lead = |ch: char| ch.encode_utf8(&mut [0; 4]).as_bytes()[0];
            c.ranges()
                .iter()
                .for_each(|r| mark(first, lead(r.start()), lead(r.end())));
            false
        }
        HirKind::Class(Class::Bytes(c)) => {
            c.ranges()
                .iter()
                .for_each(|r| mark(first, r.start(), r.end()));
            false
        }
        HirKind::Repetition(r) => add_first_bytes(&r.sub, first) || r.min == 0,
        HirKind::Capture(c) => add_first_bytes(&c.sub, first),
        HirKind::Concat(hs) => hs.iter().all(|h| add_first_bytes(h, first)),
        HirKind::Alternation(hs) => {
            // Every branch adds its bytes: no short cut.
            let mut empty = false;
            for h in hs {
                empty |= add_first_bytes(h, first);
            }
            empty
        }
    }
}

/// The line around byte `at`: from after the previous `\n` to after the
/// next one (or the end).
fn line_around(bytes: &[u8], at: usize) -> (usize, usize) {
    let start = bytes[..at]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    let end = bytes[at..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(bytes.len(), |p| at + p + 1);
    (start, end)
}

/// What [`BoilerGate::build`] gathers regex by regex: the required
/// literals with their owners, and per regex (then per branch slot) its
/// scope, anchored form and padded-line form.
struct GateParts {
    literals: Vec<Vec<u8>>,
    owners: Vec<Vec<usize>>,
    index: HashMap<Vec<u8>, usize>,
    scopes: Vec<Scope>,
    anchored: Vec<Option<LazyAnchored>>,
    padded: Vec<Option<PaddedLine>>,
}

/// A `Lines` regex's line-start branches, each with its literals
/// ([`line_branches`]).
type Alternatives = Vec<(regex_syntax::hir::Hir, Vec<Vec<u8>>)>;

impl GateParts {
    /// No literal yet; no anchored or padded form for any of `regexes`.
    fn new(regexes: usize) -> Self {
        GateParts {
            literals: Vec::new(),
            owners: Vec::new(),
            index: HashMap::new(),
            scopes: Vec::with_capacity(regexes),
            anchored: (0..regexes).map(|_| None).collect(),
            padded: (0..regexes).map(|_| None).collect(),
        }
    }

    /// Adds regex `i` (`b`): its scope, literals and forms; or, for a
    /// `Lines` regex of line-start branches, scope `Branches` and the
    /// branches, which [`GateParts::add_branches`] adds after every regex.
    fn add_regex(&mut self, i: usize, b: &Boilerplate) -> Option<Alternatives> {
        let hir = regex_syntax::ParserBuilder::new()
            .multi_line(true)
            .build()
            .parse(&b.pattern);
        let Ok(hir) = hir else {
            self.scopes.push(Scope::Everywhere);
            return None;
        };
        let (scope, lits) = scope_and_literals(&hir);
        let line_start = starts_at_line_start(&hir);
        if let Some(parts) = line_branches(&hir).filter(|_| scope == Scope::Lines && line_start) {
            self.scopes.push(Scope::Branches);
            return Some(parts);
        }
        let Some(lits) = lits else {
            self.scopes.push(Scope::Everywhere);
            return None;
        };
        for lit in lits {
            self.add_literal(lit, i);
        }
        self.scopes.push(scope);
        if scope == Scope::LineStarts || (scope == Scope::Lines && line_start) {
            self.anchored[i] = Some(LazyAnchored::parsed(&b.pattern, &hir));
        }
        if scope == Scope::Lines {
            self.padded[i] = padded_line(&hir);
        }
        None
    }

    /// Adds `lit` to the gate's literals (`index`: literal -> its number in
    /// `literals` and `owners`), once, with `owner` (a pattern or branch
    /// slot) among its owners.
    fn add_literal(&mut self, lit: Vec<u8>, owner: usize) {
        let at = *self.index.entry(lit.clone()).or_insert_with(|| {
            self.literals.push(lit);
            self.owners.push(Vec::new());
            self.owners.len() - 1
        });
        self.owners[at].push(owner);
    }

    /// Adds one `Lines` slot per branch of `alternatives`; gives the
    /// slots' range.
    fn add_branches(&mut self, alternatives: Alternatives) -> Range<usize> {
        let first = self.scopes.len();
        for (hir, lits) in alternatives {
            let slot = self.scopes.len();
            for lit in lits {
                self.add_literal(lit, slot);
            }
            self.scopes.push(Scope::Lines);
            self.anchored
                .push(Some(LazyAnchored::parsed(&hir.to_string(), &hir)));
            self.padded.push(padded_line(&hir));
        }
        first..self.scopes.len()
    }
}

/// The branches of a line pattern `^B1|^B2|...` (parsed as `^(?:B1|B2|...)`
/// when every branch opens with `^`), each with its `^` and the literals
/// one of which its every match holds, when every branch has some. The
/// pattern's leftmost-first match at a line start is that of its first
/// branch in order that matches there, so each branch can be gated by its
/// own literals and searched alone ([`BoilerGate::branch_matches`]): a
/// long alternation makes a large lazy DFA, which builds states on most
/// lines it is asked about.
fn line_branches(hir: &regex_syntax::hir::Hir) -> Option<Alternatives> {
    use regex_syntax::hir::{Hir, HirKind};
    let alts: Vec<Hir> = match hir.kind() {
        HirKind::Alternation(alts) => alts.clone(),
        HirKind::Concat(parts) if parts.len() == 2 => match (parts[0].kind(), parts[1].kind()) {
            (HirKind::Look(Look::StartLF), HirKind::Alternation(alts)) => alts
                .iter()
                .map(|a| Hir::concat(vec![parts[0].clone(), a.clone()]))
                .collect(),
            _ => return None,
        },
        _ => return None,
    };
    alts.into_iter()
        .map(|b| required_literals(&fold_case(&b)).map(|lits| (b, lits)))
        .collect()
}

/// Every non-empty match of `re` in `hay`, which starts at byte `base`.
fn find_all(out: &mut Vec<(usize, usize, usize)>, re: &Regex, i: usize, base: usize, hay: &str) {
    for m in re.find_iter(hay) {
        if m.start() < m.end() {
            out.push((base + m.start(), base + m.end(), i));
        }
    }
}

/// Matches of `re` (anchored at the haystack start) at the starts of
/// `lines`. `to_end`: a match may run past its line to the end of the text,
/// and, as in `find_iter`, the next search starts where the last match
/// ended; else at most one match a line, within it.
fn at_line_starts(
    out: &mut Vec<(usize, usize, usize)>,
    (re, i): (&LazyAnchored, usize),
    text: &str,
    lines: Vec<(usize, usize)>,
    to_end: bool,
) {
    let mut searched_to = 0;
    for (s, e) in lines {
        if s < searched_to {
            continue;
        }
        let hay = if to_end { &text[s..] } else { &text[s..e] };
        if let Some(end) = re.end(hay).filter(|&end| end > 0) {
            out.push((s, s + end, i));
            if to_end {
                searched_to = s + end;
            }
        }
    }
}

/// The non-ASCII characters that match an ASCII letter under Unicode
/// simple case folding (KELVIN SIGN, LATIN SMALL LETTER LONG S). The gate
/// folds case to ASCII, so a text holding one of them is searched ungated.
pub(super) const FOLDS_TO_ASCII: [&str; 2] = ["\u{212A}", "\u{17F}"];

/// `hir` with every class that only holds the case variants of one ASCII
/// letter (`(?i)k` is `[Kk\u{212A}]`) replaced by the lower-case letter, and
/// literals lower-cased: literal extraction then stays small and the gate
/// automaton matches ASCII case-insensitively.
pub(super) fn fold_case(hir: &regex_syntax::hir::Hir) -> regex_syntax::hir::Hir {
    use regex_syntax::hir::{Capture, Class, Hir, HirKind, Repetition};
    match hir.kind() {
        HirKind::Class(Class::Unicode(c)) => {
            let ranges = c.ranges().iter().map(|r| (r.start(), r.end()));
            single_letter(ranges, 3).map_or_else(|| hir.clone(), |l| Hir::literal([l]))
        }
        HirKind::Class(Class::Bytes(c)) => {
            let ranges = c
                .ranges()
                .iter()
                .map(|r| (char::from(r.start()), char::from(r.end())));
            single_letter(ranges, 2).map_or_else(|| hir.clone(), |l| Hir::literal([l]))
        }
        HirKind::Literal(l) => Hir::literal(l.0.to_ascii_lowercase()),
        HirKind::Repetition(r) => Hir::repetition(Repetition {
            sub: Box::new(fold_case(&r.sub)),
            ..r.clone()
        }),
        HirKind::Capture(c) => Hir::capture(Capture {
            sub: Box::new(fold_case(&c.sub)),
            ..c.clone()
        }),
        HirKind::Concat(hs) => Hir::concat(hs.iter().map(fold_case).collect()),
        HirKind::Alternation(hs) => Hir::alternation(hs.iter().map(fold_case).collect()),
        HirKind::Empty | HirKind::Look(_) => hir.clone(),
    }
}

/// The lower-case ASCII letter a class of at most `max` characters stands
/// for, when every character of it is a case variant of that one letter
/// (KELVIN SIGN counts as `k`, LONG S as `s`).
fn single_letter(ranges: impl Iterator<Item = (char, char)>, max: u32) -> Option<u8> {
    let ranges: Vec<(char, char)> = ranges.collect();
    let n: u32 = ranges.iter().map(|&(s, e)| e as u32 - s as u32 + 1).sum();
    if n > max {
        return None;
    }
    let mut found: Option<u8> = None;
    for c in ranges.into_iter().flat_map(|(s, e)| s..=e) {
        let l = match c {
            '\u{212A}' => 'k',
            '\u{17F}' => 's',
            c if c.is_ascii_alphabetic() => c.to_ascii_lowercase(),
            _ => return None,
        };
        if found.is_some_and(|f| f != l as u8) {
            return None;
        }
        found = Some(l as u8);
    }
    found
}

/// A literal this long (in bytes) is rare enough in text that a longer one
/// gates no better: between sets whose shortest literal is at least this
/// long, [`required_literals`] takes the one with fewer literals (the
/// cookie notice's alternation gave 257 literals, the cross product of its
/// words, where its suffixes give 91; the automaton's build was most of
/// the gate's).
const RARE_ENOUGH: usize = 12;

/// A set of literals one of which every match of `hir` contains, if known
/// (none empty). Between sets found, the one whose shortest literal is
/// longest (up to [`RARE_ENOUGH`]), then the one with fewer literals.
pub(super) fn required_literals(hir: &regex_syntax::hir::Hir) -> Option<Vec<Vec<u8>>> {
    use regex_syntax::hir::literal::{ExtractKind, Extractor};
    use regex_syntax::hir::{Hir, HirKind};
    fn score(l: &[Vec<u8>]) -> (usize, std::cmp::Reverse<usize>) {
        (
            l.iter().map(Vec::len).min().unwrap_or(0).min(RARE_ENOUGH),
            std::cmp::Reverse(l.len()),
        )
    }
    fn best(a: Option<Vec<Vec<u8>>>, b: Option<Vec<Vec<u8>>>) -> Option<Vec<Vec<u8>>> {
        match (a, b) {
            (Some(a), Some(b)) => Some(if score(&b) > score(&a) { b } else { a }),
            (a, b) => a.or(b),
        }
    }
    let prefixes = |h: &Hir| {
        Extractor::new()
            .kind(ExtractKind::Prefix)
            .limit_literal_len(RARE_ENOUGH)
            .extract(h)
            .literals()
            .filter(|ls| !ls.is_empty() && ls.iter().all(|l| !l.is_empty()))
            .map(|ls| ls.iter().map(|l| l.as_bytes().to_vec()).collect::<Vec<_>>())
    };
    // A capture's prefixes are its inner part's, and the best of a set
    // and one its search began from is that search's: its inner part's.
    if let HirKind::Capture(c) = hir.kind() {
        return required_literals(&c.sub);
    }
    let mut found = prefixes(hir);
    match hir.kind() {
        HirKind::Repetition(r) if r.min >= 1 => found = best(found, required_literals(&r.sub)),
        HirKind::Concat(parts) => {
            for i in 0..parts.len() {
                // From 0, the concatenation rebuilt is `hir` (its parts are
                // simplified already): its prefixes are `found`'s.
                if i > 0 {
                    found = best(found, prefixes(&Hir::concat(parts[i..].to_vec())));
                }
                found = best(found, required_literals(&parts[i]));
            }
        }
        HirKind::Alternation(alts) => {
            let all = alts
                .iter()
                .map(required_literals)
                .collect::<Option<Vec<_>>>()
                .map(|v| v.concat());
            found = best(found, all);
        }
        _ => {}
    }
    found
}

/// For a pattern `^ A B C` whose leading parts `A B` cannot match `\n`:
/// literals one of which every match of `A B` contains (so they lie on the
/// line where the whole match starts).
pub(super) fn first_line_literals(hir: &regex_syntax::hir::Hir) -> Option<Vec<Vec<u8>>> {
    use regex_syntax::hir::{Hir, HirKind};
    let HirKind::Concat(parts) = hir.kind() else {
        return None;
    };
    if !matches!(parts.first()?.kind(), HirKind::Look(Look::StartLF)) {
        return None;
    }
    let k = parts
        .iter()
        .position(can_match_newline)
        .unwrap_or(parts.len());
    if k <= 1 {
        return None;
    }
    required_literals(&fold_case(&Hir::concat(parts[..k].to_vec())))
}

/// Whether every match of `hir` starts with a multi-line `^` (a line start).
pub(super) fn starts_at_line_start(hir: &regex_syntax::hir::Hir) -> bool {
    use regex_syntax::hir::HirKind;
    match hir.kind() {
        HirKind::Look(Look::StartLF) => true,
        HirKind::Capture(c) => starts_at_line_start(&c.sub),
        HirKind::Concat(hs) => hs.first().is_some_and(starts_at_line_start),
        HirKind::Alternation(hs) => hs.iter().all(starts_at_line_start),
        _ => false,
    }
}

/// Whether some match of `hir` may contain a line feed.
pub(super) fn can_match_newline(hir: &regex_syntax::hir::Hir) -> bool {
    use regex_syntax::hir::{Class, HirKind};
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => false,
        HirKind::Literal(l) => l.0.contains(&b'\n'),
        HirKind::Class(Class::Unicode(c)) => c
            .ranges()
            .iter()
            .any(|r| r.start() <= '\n' && '\n' <= r.end()),
        HirKind::Class(Class::Bytes(c)) => c
            .ranges()
            .iter()
            .any(|r| r.start() <= b'\n' && b'\n' <= r.end()),
        HirKind::Repetition(r) => r.max != Some(0) && can_match_newline(&r.sub),
        HirKind::Capture(c) => can_match_newline(&c.sub),
        HirKind::Concat(hs) | HirKind::Alternation(hs) => hs.iter().any(can_match_newline),
    }
}

#[cfg(test)]
mod gate_tests {
    use super::*;

    pub(super) fn naive(rules: &Rules, text: &str) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        for (i, b) in rules.boilerplate.iter().enumerate() {
            for m in b.regex().find_iter(text) {
                if m.start() < m.end() {
                    out.push((m.start(), m.end(), i));
                }
            }
        }
        out.sort_unstable();
        out
    }

    #[test]
    pub(super) fn default_boilerplate_is_gated_by_literals() {
        let rules = Rules::default_rules().unwrap();
        let gate = rules.boiler_gate();
        for (b, scope) in rules.boilerplate.iter().zip(&gate.scopes) {
            assert_ne!(*scope, Scope::Everywhere, "{}", b.meta.id);
        }
        let form = index_of(&rules, "form-notices");
        assert_eq!(gate.scopes[form], Scope::Lines);
        assert!(
            gate.anchored[form]
                .as_ref()
                .is_some_and(LazyAnchored::ready)
        );
        let via = index_of(&rules, "via-source");
        assert_eq!(gate.scopes[via], Scope::LineStarts);
        let padded = gate.padded[form].as_ref().unwrap();
        assert_eq!(padded.pad, 200);
        assert!(padded.middle.ready());
        assert!(padded.tail.as_ref().is_some_and(LazyAnchored::ready));
        assert!(padded.first().is_some_and(|f| f[usize::from(b'C')]));
        assert!(gate.padded[via].is_none());
        // The cookie and JavaScript notices keep a first-byte prefilter of
        // their few opening words (and not every byte).
        let cookie = index_of(&rules, "cookie-notices");
        assert_eq!(gate.scopes[cookie], Scope::Lines);
        let first = gate.padded[cookie].as_ref().unwrap().first().unwrap();
        assert!(first[usize::from(b'c')] && first[usize::from(b'J')]);
        assert!(!first[usize::from(b'x')] && !first[usize::from(b'o')]);
        // The photo credits: four line-start branches, each with its own
        // literals; the first is a padded line.
        let photo = index_of(&rules, "photo-agency-credit");
        assert_eq!(gate.scopes[photo], Scope::Branches);
        let branches = gate.branches[photo].clone();
        assert_eq!(branches.len(), 4);
        assert!(branches.clone().all(|k| gate.scopes[k] == Scope::Lines));
        assert!(gate.padded[branches.start].is_some());
        assert!(gate.branches[form].is_empty());
    }

    #[test]
    fn line_branches_keep_their_order_and_line_start() {
        use super::line_branches;
        let hir = |p: &str| {
            regex_syntax::ParserBuilder::new()
                .multi_line(true)
                .build()
                .parse(p)
                .unwrap()
        };
        let parts = line_branches(&hir(r"(?m)^[^\n]{0,5}ab\b[^\n]*$|(?im)^[ \t]*cd:")).unwrap();
        assert_eq!(parts.len(), 2);
        assert!(parts.iter().all(|(b, _)| starts_at_line_start(b)));
        assert_eq!(parts[0].1, vec![b"ab".to_vec()]);
        assert_eq!(parts[1].1, vec![b"cd:".to_vec()]);
        // A branch without a literal, or no alternation: not split.
        assert!(line_branches(&hir(r"(?m)^ab$|(?m)^[a-z]+$")).is_none());
        assert!(line_branches(&hir(r"(?m)^ab$")).is_none());
    }

    #[test]
    pub(super) fn gated_matches_equal_a_plain_search() {
        let rules = Rules::default_rules().unwrap();
        let mut texts: Vec<String> = std::fs::read_dir("corpus")
            .unwrap()
            .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
            .collect();
        texts.extend(
            [
                "Share\nShare this story\r\nPrint\n  Tweet  \nComments (3)\nShare prices rose.",
                "(Photo : Reuters)\nVia: gizmochina.com\nSource:\n  example.com\n",
                "We use COOKIES. \u{a9} 2020 Acme\nYour email address will not be published.",
                "Coo\u{212A}ie policy here\nUpdated 11:29 AM EDT, Tue, Jun 16, 2020\n",
                "\u{17F}hare this\nMake CT Your Homepage\nmake it your homepage now",
                // A Unicode word boundary next to a non-ASCII byte: the
                // forward DFA quits and the regex answers.
                "Share caf\u{e9} news\nUpdated \u{e9}t\u{e9} 2020\nPhoto: Ren\u{e9}e/Getty Images\n",
                "Print\u{e9}\nTweet \u{2014}\nPosted \u{660}\u{661}\u{662}\u{663}\n",
                "Posted by admin on 2019\nPOSTED 2019\r\nlast updated: 1 2 2021  \n",
                // Photo credits: the branches in order, on short and long
                // lines, with and without the agency.
                "Kim Ode/Getty Images for TAS\nPhoto: Jo Ode/Invision/AP\nGetty Images\n",
                "Photo by Al Ode \u{2014} Getty Images\n2019 Getty Images\nvia Getty Images / x\n",
                "Tom Ode/Reuters, 2021 Getty Images\nImage copyright Getty Images\n(AP Photo)\n",
                "A harbour at dusk (Getty Images)\r\nIn 2019 Getty Images was sold.\nAPPLE/APx\n",
                &format!("{}/AP{}\n{}/AFP\n", "a".repeat(60), "b".repeat(40), "\u{e9}".repeat(61)),
                &format!("{} AP Photo {}\nPhoto: {}\n", "x".repeat(59), "y".repeat(41), "z".repeat(120)),
                &format!("{}|Getty Images{}\n", "\u{e9}".repeat(45), "b".repeat(10)),
                // Longer than the padding and `M` allow, or just not.
                &format!("{} AP Photo {}\n{}/AP{}\n", "x".repeat(50), "y".repeat(60), "a".repeat(50), "b".repeat(62)),
                &format!("{}/Getty Images{}\n", "\u{e9}".repeat(60), "\u{e8}".repeat(40)),
                &format!("{}/Getty Images{}\n", "\u{e9}".repeat(60), "\u{e8}".repeat(41)),
                &format!("{}Cookie{}\n", "a".repeat(200), "b".repeat(200)),
                &format!("{}Cookie{}\n", "a".repeat(201), "b".repeat(10)),
                &format!("{}cookie{}\r\n", "\u{e9}".repeat(150), "b".repeat(200)),
                &format!(
                    "x\n{}\u{a9}\n{} copyright 2024",
                    "\u{e9}".repeat(200),
                    "c".repeat(195)
                ),
                &format!("Terms of Use{}", "-".repeat(250)),
                // Lines longer than the padding: `M` has to start within
                // 200 chars of the line start and end within 200 of its end.
                &format!("{}cookie{}\n", "a".repeat(150), "b".repeat(150)),
                &format!("{}cookie{}\n", "a".repeat(200), "b".repeat(200)),
                &format!("{}cookie{}\n", "a".repeat(200), "b".repeat(201)),
                &format!("{}cookie{}\r\n", "a".repeat(199), "b".repeat(200)),
                &format!("{}Cookie{}\nx", "a".repeat(10), "b".repeat(201)),
                &format!(
                    "{}COOKIE{}cookie{}",
                    "a".repeat(5),
                    "b".repeat(300),
                    "c".repeat(5)
                ),
                &format!(
                    "{}cookie{}cookie{}",
                    "a".repeat(190),
                    "b".repeat(20),
                    "c".repeat(190)
                ),
                &format!("{}\u{a9}{}\n", "\u{e9}".repeat(200), "\u{e8}".repeat(200)),
                &format!("{}\u{a9}{}\n", "\u{e9}".repeat(201), "b".repeat(100)),
                &format!("{}copyright 2024{}", "x ".repeat(100), " y".repeat(100)),
                &format!("{}copyright 20{}", "x ".repeat(100), " y".repeat(100)),
                &format!("{}terms of use{}\n", "t".repeat(120), "e".repeat(150)),
                &format!(
                    "{}store and/or access information on your device{}",
                    "s".repeat(200),
                    "d".repeat(200)
                ),
                &format!("{}terms of service{}", "t".repeat(201), "s".repeat(200)),
                "",
                "\n\n\n",
            ]
            .map(String::from),
        );
        for text in &texts {
            assert_eq!(
                rules.boilerplate_matches(text),
                naive(&rules, text),
                "{text:?}"
            );
        }
    }

    fn index_of(rules: &Rules, id: &str) -> usize {
        rules
            .boilerplate
            .iter()
            .position(|b| b.meta.id == id)
            .unwrap()
    }

    #[test]
    fn single_letter_takes_case_variants_of_one_letter_only() {
        use super::single_letter;
        assert_eq!(
            single_letter(
                [('K', 'K'), ('k', 'k'), ('\u{212A}', '\u{212A}')].into_iter(),
                3
            ),
            Some(b'k')
        );
        assert_eq!(
            single_letter([('S', 'S'), ('s', 's')].into_iter(), 2),
            Some(b's')
        );
        assert_eq!(single_letter([('a', 'b')].into_iter(), 3), None);
        assert_eq!(
            single_letter(
                [('K', 'K'), ('k', 'k'), ('\u{212A}', '\u{212A}')].into_iter(),
                2
            ),
            None
        );
        assert_eq!(single_letter([('1', '1')].into_iter(), 3), None);
    }

    #[test]
    fn line_around_includes_the_newline() {
        use super::line_around;
        let t = b"ab\ncd\nef";
        assert_eq!(line_around(t, 0), (0, 3));
        assert_eq!(line_around(t, 4), (3, 6));
        assert_eq!(line_around(t, 7), (6, 8));
    }

    #[test]
    fn line_start_matches_resume_after_the_last_match() {
        use super::at_line_starts;
        let re = LazyAnchored::new("x[^z]*");
        let text = "x1\nx2\nz\nx3";
        let lines = vec![(0, 3), (3, 6), (8, 10)];
        let mut out = Vec::new();
        at_line_starts(&mut out, (&re, 0), text, lines.clone(), true);
        // The first match runs over two lines: the second line start is
        // inside it and is skipped.
        assert_eq!(out, vec![(0, 6, 0), (8, 10, 0)]);
        out.clear();
        at_line_starts(&mut out, (&re, 1), text, lines, false);
        assert_eq!(out, vec![(0, 3, 1), (3, 6, 1), (8, 10, 1)]);
    }
}
