//! Stage 4b, title-case and caps: names written in capitals ("ACME CORP"),
//! where a caps name starts, and names joined or titled elsewhere in the text.

use super::*;

/// Whether the sentence `first..last` is written in capitals only (four or
/// more words, no lower-case letter): its capitals say nothing.
pub(super) fn all_caps(cx: &Cx, first: usize, last: usize) -> bool {
    let words = (first..last).filter(|&i| cx.tokens.tokens[i].kind == TokKind::Word);
    words.clone().count() >= 4
        && words
            .clone()
            .any(|i| cx.word(i).chars().any(char::is_alphabetic))
        && words
            .clone()
            .all(|i| !cx.word(i).chars().any(char::is_lowercase))
}

/// In an ALL-CAPS sentence ("VARNHOLT AG SAID IT WOULD BUY A STAKE IN
/// PELLORY CORP") a name is read only before a legal suffix or a designator
/// (rule `company-legal-suffix`, or `company-designator` for a name opening
/// the sentence or following a comma): up to three
/// words back, stopping at a function word, a common word, a number, a
/// trigger or status cue, a speech verb, a title, a place or punctuation.
/// Other names come from lists and, later, from the forms of these.
pub(super) fn caps_suffixed_names(
    cx: &Cx,
    cued: &[bool],
    first: usize,
    last: usize,
    taken: &mut [bool],
    out: &mut Vec<Mention>,
) {
    let toks = &cx.tokens.tokens;
    let open = caps_open(cx, cued, false);
    for k in first + 1..last {
        let suffix = cx.is(k, ListKind::LegalSuffix);
        if taken[k] || !(suffix || cx.is(k, ListKind::Designator)) {
            continue;
        }
        // "UNITED COS FINANCIAL CORP": a suffix one or two words before
        // another is inside the name the later one ends.
        let inner = suffix
            && (k + 1..(k + 3).min(last))
                .take_while(|&j| open(j) || cx.is(j, ListKind::LegalSuffix))
                .any(|j| cx.is(j, ListKind::LegalSuffix));
        if inner {
            continue;
        }
        let start = caps_name_start(cx, first, k, taken, &open);
        let start = place_opened(cx, first, start, k, suffix, taken);
        if !suffix && designator_inside(cx, (first, last), (start, k), taken, &open) {
            continue;
        }
        // A designator names only a name that opens the line or follows a
        // comma ("VANTERRA ENERGY, HALCYON SOLAR END TALKS"); inside a
        // caps headline it is often a plain noun ("TO FORM JOINT STEEL UNIT").
        let opens = start == first || toks[start - 1].is_punct(',');
        // "WORLD BANK", "SWISS NATIONAL BANK", "COMMODITY CREDIT CORP": a
        // public body; "CO LTD" after a listed name: no name of its own.
        let body = listed_body_opening(cx, start, k + 1)
            || !suffix && (is_public_body(cx, start, k + 1) || national_bank(cx, start, k + 1));
        let suffixes_only = (start..=k).all(|j| cx.is(j, ListKind::LegalSuffix));
        if start < k && (suffix || opens) && !body && !suffixes_only {
            taken[start..=k].fill(true);
            out.push(caps_mention(start, k, suffix));
        }
    }
}

/// Whether token `j` may be part of a caps name: a word with no cue and no
/// word of the caps stop lists; with `no_slash`, no slash in it ("S/P").
fn caps_open<'c>(cx: &'c Cx, cued: &'c [bool], no_slash: bool) -> impl Fn(usize) -> bool + 'c {
    let stops = CAPS_STOPS.iter().fold(0, |acc, k| acc | k.bit());
    move |j: usize| {
        cx.tokens.tokens[j].kind == TokKind::Word
            && !cued[j]
            && !(no_slash && cx.word(j).contains('/'))
            && (cx.lexed.classes[j] | cx.word_class(j)) & stops == 0
    }
}

/// "ORMAND WIDGETS <OWG> SETS PLAN": in an ALL-CAPS sentence, the caps
/// words right before a newswire ticker name a company (rule
/// `company-ticker`): up to four `open` words back, as for a suffix, and
/// the stop words before them while the text writes the whole name in
/// title case ("TEXAS ORMAND <TXO>" with "Texas Ormand Inc"). The name is the
/// whole run when the text writes it elsewhere, in title case or in
/// capitals ("GROUP BUYS STAKE IN TARVELL <TRV>": "Tarvell"); none when
/// it is not, when it opens with a designator or legal suffix or follows
/// one, a place, a word with a slash, "AND", "OF", "THE" or punctuation
/// other than a comma ("SAVINGS", "FIRST FEDERAL DORNBY", "GAS AND OIL",
/// "U.S. WIDGETS": the rest of a name cut short),
/// or is a single letter; no words with a slash ("S/P").
pub(super) fn caps_ticker_names(
    cx: &Cx,
    cued: &[bool],
    (first, last): (usize, usize),
    taken: &mut [bool],
    out: &mut Vec<Mention>,
) {
    let toks = &cx.tokens.tokens;
    let open = caps_open(cx, cued, true);
    for t in first + 1..last.saturating_sub(2) {
        let k = t - 1;
        let spaced = cx.text[toks[k].end..toks[t].start]
            .bytes()
            .all(|b| b == b' ');
        if !caps_ticker_at(cx, t) || !spaced || taken[k] || !open(k) {
            continue;
        }
        let start = caps_name_start(cx, first, k, taken, &open);
        // "NEW WESSEX CARE" with "New Wessex Care Inc": the stop word
        // before the run is part of the name.
        let mut start = start;
        while start > first
            && k - start < 4
            && !taken[start - 1]
            && toks[start - 1].kind == TokKind::Word
            && titled_in_text(cx, start - 1, k + 1)
        {
            start -= 1;
        }
        let form = |j: usize| cx.is(j, ListKind::Designator) || cx.is(j, ListKind::LegalSuffix);
        // "GAS AND OIL", "OF THE ROCKIES", "DREYER'S GRAND": a run cut
        // short inside a longer name.
        let cut = start > first
            && (form(start - 1)
                || toks[start - 1].kind != TokKind::Word && !toks[start - 1].is_punct(',')
                || cx.is(start - 1, ListKind::Place)
                || cx.word(start - 1).contains('/')
                || matches!(cx.word(start - 1), "AND" | "OF" | "THE" | "DE" | "DU"));
        let name_start = Some(start).filter(|&s| {
            !cut && !form(s)
                && written_elsewhere(cx, s, k + 1)
                && (s < k || cx.word(k).chars().count() > 1)
                && !listed_body_opening(cx, s, k + 1)
        });
        if let Some(s) = name_start {
            taken[s..=k].fill(true);
            out.push(Mention {
                rule: "company-ticker".to_string(),
                ..caps_mention(s, k, true)
            });
        }
    }
}

/// Whether the text writes the caps words `first..end` in title case
/// ([`titled_in_text`]) or, in the same capitals, a second time as whole
/// words ("UVX <UVX> SAID" and "UVX Inc"): the places where their first
/// run of letters and digits stands as a whole run, from the article's
/// [`WordRuns`], each compared there.
pub(super) fn written_elsewhere(cx: &Cx, first: usize, end: usize) -> bool {
    let toks = &cx.tokens.tokens;
    let caps = &cx.text[toks[first].start..toks[end - 1].end];
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let whole = |at: usize| {
        !alnum(cx.text[..at].chars().next_back())
            && !alnum(cx.text[at + caps.len()..].chars().next())
    };
    if titled_in_text(cx, first, end) {
        return true;
    }
    let head = caps
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(caps.len());
    let head = &caps[..head];
    let runs = cx.word_runs();
    // A run with no lower-case letter stands in `exact` as a whole; one with
    // some (" McDONALD") where its tail from its last capital stands.
    let lower = head.chars().any(char::is_lowercase);
    let exact = (!lower).then(|| runs.exact.get(head)).flatten();
    let titled = lower.then(|| runs.titled_places(head));
    let places = exact.into_iter().flatten().copied();
    places
        .chain(titled.into_iter().flatten())
        .filter(|&at| cx.text[at..].starts_with(caps) && whole(at))
        .nth(1)
        .is_some()
}

/// Whether a newswire ticker ("<OWG>", "<OWG.O>") opens at token `t`.
fn caps_ticker_at(cx: &Cx, t: usize) -> bool {
    let toks = &cx.tokens.tokens;
    toks[t].is_punct('<')
        && toks.get(t + 2).is_some_and(|x| x.is_punct('>'))
        && cx
            .word(t + 1)
            .chars()
            .all(|c| c.is_ascii_uppercase() || c == '.')
}

/// "HALVERN BANK SYSTEMS CORP", "KESTREL ENERGY GROUP INC": whether the
/// designator at `k`, its caps name opening at `start`, is inside a longer
/// name of the sentence `first..last`: one or two words before a legal
/// suffix whose name opens at the same word; before a designator only when
/// a ticker follows it or the text writes the joined name in title case
/// ("Halvern Bank Systems"), else it ends a name of its own ("HALVERN BANK
/// TORNBY GROUP": Halvern Bank, Tornby Group).
fn designator_inside(
    cx: &Cx,
    (first, last): (usize, usize),
    (start, k): (usize, usize),
    taken: &[bool],
    open: &impl Fn(usize) -> bool,
) -> bool {
    (k + 1..(k + 3).min(last))
        .take_while(|&j| open(j) || cx.is(j, ListKind::LegalSuffix))
        .any(|j| {
            // The cheap test first: joined_elsewhere scans the text.
            caps_name_start(cx, first, j, taken, open) == start
                && (cx.is(j, ListKind::LegalSuffix)
                    || cx.is(j, ListKind::Designator) && joined_elsewhere(cx, start, j))
        })
}

/// The company mention of caps words `start..=k`, ended by a legal suffix
/// (`suffix`) or a designator.
fn caps_mention(start: usize, k: usize, suffix: bool) -> Mention {
    let rule = if suffix {
        "company-legal-suffix"
    } else {
        "company-designator"
    };
    Mention {
        first: start,
        last: k + 1,
        kind: Kind::Company,
        rule: rule.to_string(),
        possessive: false,
        entry: None,
    }
}

/// The caps name's first token: `start`, or the place word right before it
/// that opens the line when a legal suffix at `k` ends the run and the text
/// writes the whole name in title case ("QUEBEC TIMBER INC" with "Quebec
/// Timber Inc said": one name, no tail "TIMBER INC").
pub(super) fn place_opened(
    cx: &Cx,
    first: usize,
    start: usize,
    k: usize,
    suffix: bool,
    taken: &[bool],
) -> usize {
    let place = start == first + 1 && !taken[first] && cx.is(first, ListKind::Place);
    if suffix && place && (titled_in_text(cx, first, k) || titled_in_text(cx, first, k + 1)) {
        first
    } else {
        start
    }
}

/// Whether the caps words `first..=last` read as one name: a ticker
/// follows them ("SANDOR ENERGY PARTNERS <SEP>") or the text writes them in
/// title case ([`titled_in_text`]).
pub(super) fn joined_elsewhere(cx: &Cx, first: usize, last: usize) -> bool {
    cx.word_or_empty(last + 1) == "<" || titled_in_text(cx, first, last + 1)
}

/// Whether the text writes tokens `first..end` (caps words) in title case
/// somewhere, any blanks between the words ("KESTREL ENERGY GROUP" found as
/// "Kestrel Energy\nGroup"): where the first word's leading letters and
/// digits, in title case, end a run of the text from its last capital
/// (the article's [`WordRuns`]), the words are compared there (a first
/// word with no capital in title case, "3DX" or "٣DX", where a run of the
/// text is its head: [`WordRuns::titled_places`]).
pub(super) fn titled_in_text(cx: &Cx, first: usize, end: usize) -> bool {
    let words = || (first..end).map(|k| cx.word(k));
    let head: String = titled(cx.word(first))
        .take_while(|c| c.is_alphanumeric())
        .collect();
    cx.word_runs()
        .titled_places(&head)
        .any(|at| titled_at(cx.text, at, words()))
}

/// Whether `text` at byte `at` writes `words` in title case, one or more
/// blanks between them, and no letter or digit (nor, after two words or
/// more, a NUL) right after the last.
fn titled_at<'w>(text: &str, at: usize, words: impl Iterator<Item = &'w str>) -> bool {
    let mut rest = &text[at..];
    let mut count = 0;
    for w in words {
        if count > 0 {
            let trimmed = rest.trim_start();
            if trimmed.len() == rest.len() {
                return false;
            }
            rest = trimmed;
        }
        let mut chars = rest.chars();
        if !titled(w).all(|c| chars.next() == Some(c)) {
            return false;
        }
        rest = chars.as_str();
        count += 1;
    }
    !(rest.starts_with(char::is_alphanumeric) || count > 1 && rest.starts_with('\0'))
}

/// The first token of the caps name ending with the suffix or designator
/// at `k` in the sentence from `first`: at most three `open` words before
/// it that are not `taken` (other suffixes not counted), and "ROSE'S
/// STORES INC" opening the line takes in the owner's word and its
/// possessive.
pub(super) fn caps_name_start(
    cx: &Cx,
    first: usize,
    k: usize,
    taken: &[bool],
    open: &impl Fn(usize) -> bool,
) -> usize {
    let toks = &cx.tokens.tokens;
    let mut start = k;
    let mut words = 0;
    while start > first && words < 3 && !taken[start - 1] && open(start - 1) {
        start -= 1;
        words += usize::from(!cx.is(start, ListKind::LegalSuffix));
    }
    let owner = start == first + 2
        && toks[first + 1].kind == TokKind::Possessive
        && toks[first + 1].start == toks[first].end
        && !taken[first]
        && !cx.is(first, ListKind::Place)
        && !has_class(cx, first, ListKind::Nationality)
        && (start..=k).all(|j| {
            cx.is(j, ListKind::LegalSuffix)
                || cx.is(j, ListKind::Designator)
                || has_class(cx, j, ListKind::OrgWord)
        });
    if owner { first } else { start }
}

/// The article's runs of letters and digits, indexed once (on the first
/// caps name asked about, so articles with no ALL-CAPS sentence never build
/// it) for [`titled_in_text`] and [`written_elsewhere`]: a look-up per
/// candidate name, not a scan of the whole text.
pub(super) struct WordRuns<'a> {
    /// The article's text.
    text: &'a str,
    /// Per run with no lower-case letter, as written, the byte offsets
    /// where it starts.
    exact: hashbrown::HashMap<&'a str, Vec<usize>>,
    /// Per run's tail from its last capital, as written ("Tarvell"
    /// in "McTarvell"), the byte offsets where such tails start.
    titled: hashbrown::HashMap<&'a str, Vec<usize>>,
    /// Per run with no capital that opens with no lower-case letter (a
    /// digit or a letter of no case: "3dx", "٣dx"), as written, the byte
    /// offsets where it starts.
    uncased: hashbrown::HashMap<&'a str, Vec<usize>>,
}

impl<'a> WordRuns<'a> {
    /// The index of `text`, in one pass.
    pub(super) fn new(text: &'a str) -> Self {
        let mut runs = WordRuns {
            text,
            exact: hashbrown::HashMap::new(),
            titled: hashbrown::HashMap::new(),
            uncased: hashbrown::HashMap::new(),
        };
        // (run start, its last capital, whether it holds a lower-case
        // letter) while inside a run.
        let mut open: Option<(usize, Option<usize>, bool)> = None;
        for (at, c) in text.char_indices().chain([(text.len(), ' ')]) {
            match (open, c.is_alphanumeric() && at < text.len()) {
                (None, true) => open = Some((at, c.is_uppercase().then_some(at), c.is_lowercase())),
                (Some((start, capital, lower)), true) => {
                    let capital = if c.is_uppercase() { Some(at) } else { capital };
                    open = Some((start, capital, lower || c.is_lowercase()));
                }
                (Some((start, capital, lower)), false) => {
                    if !lower {
                        runs.exact.entry(&text[start..at]).or_default().push(start);
                    }
                    if let Some(cap) = capital {
                        runs.titled.entry(&text[cap..at]).or_default().push(cap);
                    } else if !text[start..].starts_with(char::is_lowercase) {
                        runs.uncased
                            .entry(&text[start..at])
                            .or_default()
                            .push(start);
                    }
                    open = None;
                }
                _ => {}
            }
        }
        runs
    }

    /// The byte offsets where the text may write `head`, a run of letters
    /// and digits: with a capital, where its tail from its last capital
    /// stands as a run's tail, moved back by the letters before it (so
    /// inside a longer run too: "Tarvell" in "McTarvell"); with none, where
    /// a run of the text is `head` itself (none when `head` opens in lower
    /// case). The caller compares the text there.
    pub(super) fn titled_places<'s>(&'s self, head: &'s str) -> impl Iterator<Item = usize> + 's {
        let capital = head.char_indices().rfind(|(_, c)| c.is_uppercase());
        let (map, key, back) = match capital {
            Some((lc, _)) => (&self.titled, &head[lc..], lc),
            None => (&self.uncased, head, 0),
        };
        map.get(key)
            .into_iter()
            .flatten()
            .filter_map(move |&at| at.checked_sub(back))
            .filter(|&at| self.text.is_char_boundary(at))
    }
}

/// Word `w` in title case: its first letter in upper case, the rest in
/// lower case ("KESTREL": "Kestrel").
fn titled(w: &str) -> impl Iterator<Item = char> + '_ {
    let mut cs = w.chars();
    let first = cs.next();
    first
        .into_iter()
        .flat_map(char::to_uppercase)
        .chain(cs.flat_map(char::to_lowercase))
}
