//! Stage 7, anaphora: what "it", "the company" and "the two companies"
//! stand for, from the companies and subjects of the sentences before.

use super::*;

/// How many sentences before its own an anaphor ("it", "the company", "the
/// two companies") may find its antecedent in. A news paragraph holds one
/// to three sentences, and a pronoun stands for a company of its own or the
/// last paragraph or two; further back another company has most often been
/// the topic since, and the paragraph breaks of hard-wrapped text are not
/// reliably known, so the limit counts sentences.
pub(super) const ANTECEDENT_SENTENCES: usize = 6;

/// The most companies a bare plural anaphor ("the firms", "the companies")
/// may stand for. A larger named group is a list of a market's players
/// ("A, B, C, D and E make chips"), not a set of partners.
pub(super) const BARE_GROUP_MAX: usize = 4;

/// What anaphors resolve against: the companies of each sentence and each
/// sentence's subject.
pub(super) struct Anaphora<'r> {
    pub(super) res: &'r Resolution,
    /// Companies of each sentence, in order: (token, entity).
    pub(super) by_sentence: Vec<Vec<(usize, usize)>>,
    /// The subject of each sentence: its first company, unless a preposition
    /// stands just before it ("an order of 30 Boeing jets").
    pub(super) subjects: Vec<Option<(usize, usize)>>,
    /// The named groups ("X and Y") of each sentence.
    pub(super) groups: Vec<Vec<groups::Group>>,
    /// Whether each sentence's subject opens a named group ("X and Y
    /// reported losses"): a later "the company" does not say which.
    pub(super) group_subject: Vec<bool>,
}

impl<'r> Anaphora<'r> {
    pub(super) fn new(
        text: &str,
        tokens: &Tokens,
        rules: &Rules,
        res: &'r Resolution,
        is_party: &[bool],
    ) -> Self {
        let mut by_sentence: Vec<Vec<(usize, usize)>> = vec![Vec::new(); tokens.sentences.len()];
        let mut subjects: Vec<Option<(usize, usize)>> = vec![None; tokens.sentences.len()];
        for (i, m) in res.mentions.iter().enumerate() {
            if is_party[i]
                && let Some(e) = res.entity_of[i]
            {
                let s = tokens.sentence_of[m.first];
                if by_sentence[s].is_empty() {
                    let first = tokens.sentences[s].first;
                    let lo = m.first.saturating_sub(3).max(first);
                    // ("Shares of X jumped on talk that it ...": the shares'
                    // company is what a later "it" stands for.)
                    let governed = (lo..m.first).any(|k| {
                        rules.word_class(tokens.tokens[k].text(text)) & ListKind::Preposition.bit()
                            != 0
                            && !shares_of(text, tokens, k, first)
                            && !group_led_by(text, tokens, rules, k, first)
                    });
                    // "In 2003 it bought X": the subject is the pronoun's,
                    // from an earlier sentence.
                    let pronoun = (first..m.first.min(first + 5))
                        .any(|k| tokens.tokens[k].text(text).eq_ignore_ascii_case("it"));
                    if !governed && !pronoun {
                        subjects[s] = Some((m.first, e));
                    }
                }
                by_sentence[s].push((m.first, e));
            }
        }
        let groups = groups::named_groups(text, tokens, res, is_party);
        let group_subject = subjects
            .iter()
            .zip(&groups)
            .map(|(subject, gs)| {
                subject.is_some_and(|(_, e)| {
                    gs.first()
                        .is_some_and(|g| g.entities.len() >= 2 && g.entities[0] == e)
                })
            })
            .collect();
        Anaphora {
            res,
            by_sentence,
            subjects,
            groups,
            group_subject,
        }
    }

    /// Whether "the company" / "it" at token `at` of sentence `s` would
    /// take its antecedent from an earlier sentence whose subject is a
    /// named group ("X and Y reported losses. The company said ..."): it
    /// does not say which of them, so it stands for none ("the group" or
    /// "the consortium" still stands for the group's first: the caller
    /// asks only for the other anaphors).
    fn group_antecedent(&self, s: usize, at: usize) -> bool {
        if self.subjects[s].is_some_and(|(tok, _)| tok < at) {
            return false;
        }
        (0..s)
            .rev()
            .take(ANTECEDENT_SENTENCES)
            .find(|&p| self.subjects[p].is_some())
            .is_some_and(|p| self.group_subject[p])
    }

    /// The named group a sentence-opening "they" at token `at` of sentence
    /// `s` stands for: the last one of the sentence before ("X and Y held
    /// talks. They agreed to merge"). A "they" inside a sentence is as often
    /// analysts or officials, or sits in a condition ("if they merge").
    pub(super) fn they_group(&self, finder: &Finder<'_>, s: usize, at: usize) -> Option<&[usize]> {
        let first = finder.tokens.sentences[s].first;
        let opens = (first..at).all(|k| {
            matches!(
                finder.tokens.tokens[k].kind,
                TokKind::Punct('"' | '\u{201c}')
            )
        });
        if !opens || s == 0 {
            return None;
        }
        self.groups[s - 1].last().map(|g| &g.entities[..])
    }

    /// The company "the company" / "it" at token `at` of sentence `s` stands
    /// for: the subject before it ([`subject_before`]), unless that is the
    /// tie's other side (`not`): then the subject of an earlier sentence
    /// that is not ("Y's shares rose. X owns 12.4% of the company's shares":
    /// a tie of X's own is none). Not when a speech verb follows it ("sell
    /// shares to Z, the company said": the attribution's subject).
    pub(super) fn other_subject(
        &self,
        finder: &Finder<'_>,
        s: usize,
        at: usize,
        not: &[usize],
    ) -> Option<usize> {
        let by = &self.by_sentence;
        // "The group" / "the consortium" (rules/group-nouns.txt), or an "it"
        // a few words after one ("The group said it"), may stand for the
        // named group itself.
        let first = finder.tokens.sentences[s].first;
        let end = (at + 3).min(finder.tokens.tokens.len());
        let collective = (at.saturating_sub(6).max(first)..end)
            .any(|k| finder.rules.is_cue("group-nouns", &finder.lower(k)));
        if !collective && self.group_antecedent(s, at) {
            return None;
        }
        let e = subject_before(&self.subjects, by, s, at)?;
        let last = finder.tokens.sentences[s].last;
        let speaks = (at + 1..last.min(at + 4))
            .any(|k| finder.is_word(&finder.lower(k), ListKind::SpeechVerb));
        if !not.contains(&e) || speaks {
            return Some(e);
        }
        (0..s).rev().take(ANTECEDENT_SENTENCES).find_map(|p| {
            self.subjects[p]
                .map(|(_, e)| e)
                .filter(|e| !not.contains(e))
        })
    }

    /// The companies a group anaphor at token `at` of sentence `s` stands
    /// for. A stated size ("the two firms", "both banks", "all three")
    /// takes the named group of that size before it, else the last `n`
    /// companies named ([`two_before`]); a bare plural ("the firms", "the
    /// companies") takes the group named last, of at most
    /// [`BARE_GROUP_MAX`] companies, in its own
    /// sentence or the nearest sentence before that names a company
    /// ([`nearest_group`]: "A, B, C and D are building X. The firms formed
    /// an alliance" is all four), else the last two named.
    fn group_for(&self, finder: &Finder<'_>, s: usize, at: usize) -> Vec<usize> {
        let by = &self.by_sentence;
        match stated_size(finder, at) {
            Some(n) => match groups::group_before(&self.groups, s, at) {
                Some(g) if g.entities.len() == n => g.entities.clone(),
                _ => two_before(by, &self.groups, s, at, n),
            },
            None => match nearest_group(by, &self.groups, s, at) {
                Some(g) if g.len() <= BARE_GROUP_MAX => g,
                Some(_) => Vec::new(),
                None => two_before(by, &self.groups, s, at, 2),
            },
        }
    }

    /// The entities arguments of sentence `s` stand for; `not`: entities a
    /// description must not resolve to (the other side's).
    pub(super) fn resolve(
        &self,
        finder: &Finder<'_>,
        s: usize,
        args: &[Arg],
        not: &[usize],
    ) -> Vec<usize> {
        let by = &self.by_sentence;
        let mut out = Vec::new();
        for a in args {
            match *a {
                Arg::Mention(m) => out.extend(self.res.entity_of[m]),
                Arg::AnaphorOne(at) => out.extend(
                    owner_before(finder, by, s, at)
                        .or_else(|| self.other_subject(finder, s, at, not)),
                ),
                Arg::AnaphorTwo(at) => out.extend(self.group_for(finder, s, at)),
                Arg::They(at) => match self.they_group(finder, s, at) {
                    Some(g) => out.extend(g),
                    None => out.extend(two_before(by, &self.groups, s, at, 2)),
                },
                Arg::Described(at) => out.extend(last_other(by, s, at, not)),
                Arg::Event(_) => {}
            }
        }
        out.dedup();
        out
    }
}

/// The company in subject position before token `at` of sentence `s`: this
/// sentence's subject if it comes before, else the subject of the nearest
/// earlier sentence that has one, else the nearest earlier first company,
/// both at most [`ANTECEDENT_SENTENCES`] sentences back.
pub(super) fn subject_before(
    subjects: &[Option<(usize, usize)>],
    by_sentence: &[Vec<(usize, usize)>],
    s: usize,
    at: usize,
) -> Option<usize> {
    if let Some((tok, e)) = subjects[s]
        && tok < at
    {
        return Some(e);
    }
    let before = || (0..s).rev().take(ANTECEDENT_SENTENCES);
    before()
        .find_map(|p| subjects[p].map(|(_, e)| e))
        .or_else(|| before().find_map(|p| by_sentence[p].first().map(|&(_, e)| e)))
}

/// "X, the founder of Y, said his firm bought Z": a person's "his / her /
/// their firm" at token `at` stands for the company named last before it
/// in its sentence (the person's employer), if any.
pub(super) fn owner_before(
    finder: &Finder<'_>,
    by_sentence: &[Vec<(usize, usize)>],
    s: usize,
    at: usize,
) -> Option<usize> {
    if !matches!(finder.lower(at).as_str(), "his" | "her" | "their") {
        return None;
    }
    by_sentence[s]
        .iter()
        .rev()
        .find(|&&(tok, _)| tok < at)
        .map(|&(_, e)| e)
}

/// Whether token `k` is the "of" of "Shares of" / "Stock of" opening the
/// sentence that starts at token `first` (not "bought 5 pct of the shares of").
pub(super) fn shares_of(text: &str, tokens: &Tokens, k: usize, first: usize) -> bool {
    k == first + 1
        && tokens.tokens[k].text(text).eq_ignore_ascii_case("of")
        && matches!(
            Lower::new(tokens.tokens[k - 1].text(text)).as_str(),
            "shares" | "stock"
        )
}

/// Whether token `k` is the "by" of "led by" / "headed by" (rules/led-verbs.txt)
/// after a group noun (rules/group-nouns.txt) near the start of the sentence
/// (from token `first`): "A group of firms led by X said it raised its
/// stake": the group's leader is the subject a later "it" stands for.
pub(super) fn group_led_by(
    text: &str,
    tokens: &Tokens,
    rules: &Rules,
    k: usize,
    first: usize,
) -> bool {
    let word = |i: usize| tokens.tokens[i].text(text);
    if k < first + 2
        || Lower::new(word(k)).as_str() != "by"
        || !rules.is_cue("led-verbs", word(k - 1))
    {
        return false;
    }
    (k.saturating_sub(7).max(first)..k - 1).any(|i| rules.is_cue("group-nouns", word(i)))
}

/// The company named last before token `at` of sentence `s` (or earlier
/// sentences) that is none of `not`.
pub(super) fn last_other(
    by_sentence: &[Vec<(usize, usize)>],
    s: usize,
    at: usize,
    not: &[usize],
) -> Option<usize> {
    (0..=s).rev().take(8).find_map(|p| {
        by_sentence[p]
            .iter()
            .rev()
            .filter(|&&(tok, e)| (p < s || tok < at) && !not.contains(&e))
            .map(|&(_, e)| e)
            .next()
    })
}

/// The `n` companies a group anaphor at token `at` of sentence `s` stands
/// for: the last `n` its sentence names before it ("X said Y and Z agreed
/// to a merger of the two companies": Y and Z), else those of the nearest
/// sentence before (at most [`ANTECEDENT_SENTENCES`] back) that names `n` or
/// more. That sentence must name exactly
/// `n`, or hold a named group of `n` (its first, most often the subject:
/// "X and Y said they agreed to buy a hotel from Z"): "X, Y and Z fly to
/// Dublin. The two airlines ..." does not say which two, so it stands for
/// none.
pub(super) fn two_before(
    by_sentence: &[Vec<(usize, usize)>],
    groups: &[Vec<groups::Group>],
    s: usize,
    at: usize,
    n: usize,
) -> Vec<usize> {
    let mut sentences = std::iter::once((s, true))
        .chain((0..s).rev().take(ANTECEDENT_SENTENCES).map(|p| (p, false)));
    sentences
        .find_map(|(p, current)| {
            let mut distinct: Vec<usize> = Vec::new();
            for &(tok, e) in &by_sentence[p] {
                if (!current || tok < at) && !distinct.contains(&e) {
                    distinct.push(e);
                }
            }
            match distinct.len() {
                k if k < n => None,
                k if k > n && !current => Some(
                    groups[p]
                        .iter()
                        .find(|g| g.entities.len() == n)
                        .map(|g| g.entities.clone())
                        .unwrap_or_default(),
                ),
                k if k > n => Some(
                    // Its own sentence: a named group of `n` before the
                    // anaphor ("X and Y, parent of Z, said they ..."), else
                    // the last `n` named.
                    groups[p]
                        .iter()
                        .rev()
                        .find(|g| g.end <= at && g.entities.len() == n)
                        .map_or_else(|| distinct[k - n..].to_vec(), |g| g.entities.clone()),
                ),
                _ => Some(distinct),
            }
        })
        .unwrap_or_default()
}

/// How many companies a group anaphor starting at token `at` says it
/// stands for: "all three", "the three companies" three; "the two firms",
/// "both banks" two; None for a bare plural ("the companies", "the
/// partners"), which says no number.
pub(super) fn stated_size(finder: &Finder<'_>, at: usize) -> Option<usize> {
    let end = (at + 3).min(finder.tokens.tokens.len());
    (at..end).find_map(|k| match finder.lower(k).as_str() {
        "two" | "both" => Some(2),
        "three" => Some(3),
        "four" => Some(4),
        _ => None,
    })
}

/// The group a bare plural anaphor at token `at` of sentence `s` stands
/// for: the named group ([`groups::Group`]) last before it in its own
/// sentence; when its sentence names no company before it, the last group
/// of the nearest sentence before that names one (at most
/// [`ANTECEDENT_SENTENCES`] back). None when that sentence names companies
/// but joins none with "and" (the caller then takes the last two named).
pub(super) fn nearest_group(
    by_sentence: &[Vec<(usize, usize)>],
    groups: &[Vec<groups::Group>],
    s: usize,
    at: usize,
) -> Option<Vec<usize>> {
    if let Some(g) = groups[s].iter().rev().find(|g| g.end <= at) {
        return Some(g.entities.clone());
    }
    if by_sentence[s].iter().any(|&(tok, _)| tok < at) {
        return None;
    }
    let p = (0..s)
        .rev()
        .take(ANTECEDENT_SENTENCES)
        .find(|&p| !by_sentence[p].is_empty())?;
    groups[p].last().map(|g| g.entities.clone())
}

/// Whether a bare plural group anaphor ("the firms", "the companies", no
/// stated size) at token `at` may be the subject of a cue starting at token
/// `cue` of sentence `sent`: it opens its clause ([`opens_clause`]) or
/// owns the cue ("the companies' merger"), and no word of
/// rules/group-anaphor-stops.txt stands between it and the cue ("The
/// companies have long resisted pressure to merge", "none plans to
/// merge"). A group anaphor inside another verb's clause ("Analysts doubt
/// the firms will ever form an alliance") is no subject of a tie.
pub(super) fn bare_group_subject(
    finder: &Finder<'_>,
    sent: &Sentence,
    at: usize,
    cue: usize,
) -> bool {
    let owns = cue <= at + 4
        && (at..cue).any(|k| {
            matches!(
                finder.tokens.tokens[k].text(finder.text),
                "'" | "\u{2019}" | "'s" | "\u{2019}s"
            )
        });
    (owns || opens_clause(finder, sent, at))
        && !(at..cue).any(|k| finder.rules.is_cue("group-anaphor-stops", &finder.lower(k)))
}

/// Whether token `at` of sentence `sent` opens a clause: only punctuation
/// before it in the sentence, a comma right before it ("In March, the
/// firms ..."), or a speech verb, with or without "that" ("It said the
/// companies may form a venture").
fn opens_clause(finder: &Finder<'_>, sent: &Sentence, at: usize) -> bool {
    let toks = &finder.tokens.tokens;
    let speech = |k: usize| finder.is_word(&finder.lower(k), ListKind::SpeechVerb);
    (sent.first..at).all(|k| toks[k].kind != TokKind::Word)
        || (at > sent.first && (toks[at - 1].is_punct(',') || speech(at - 1)))
        || (at > sent.first + 1 && finder.lower(at - 1) == "that" && speech(at - 2))
}
