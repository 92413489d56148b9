//! Stage 6, verb-given titles: "X named Y chief executive", "Y, who serves
//! as ...", "Y is the founder of X".

use super::*;

impl Reader<'_> {
    /// Titles given by verbs: "appointed Jane Roe chief financial officer",
    /// "named her chief executive", "Jane Roe was named president of X",
    /// "became chairman"; and founders: "Jane Roe, who co-founded X", "X,
    /// founded by Jane Roe". Returns (person, token, role).
    pub(super) fn verb_roles(&self) -> Vec<(usize, usize, Found)> {
        let mut out = Vec::new();
        let verbs = self.rules.role_verbs();
        for i in 0..self.tokens.tokens.len() {
            let token = &self.tokens.tokens[i];
            // "He's head of Acme Corp": a contracted copula.
            if self.is_pronoun_copula(i) {
                out.extend(self.copula(i).map(|(p, f)| (p, i, f)));
                continue;
            }
            // "Jane Roe and Jon Doe are analysts at X".
            if matches!(token.text(self.text), "are" | "were") {
                let found = self.plural_copula(i);
                out.extend(found.into_iter().map(|(p, f)| (p, i, f)));
                continue;
            }
            if token.kind != TokKind::Word || !verbs.may_be(token.text(self.text)) {
                continue;
            }
            match verbs.kind(&self.word(i)) {
                Some(RoleVerb::Appointing) => {
                    out.extend(self.appointment(i).map(|(p, f)| (p, i, f)));
                }
                Some(RoleVerb::Serving) => out.extend(self.serving(i).map(|(p, f)| (p, i, f))),
                Some(RoleVerb::Copula) => out.extend(self.copula(i).map(|(p, f)| (p, i, f))),
                Some(RoleVerb::Founding) => self.founding(i, &mut out),
                Some(RoleVerb::Heading) => out.extend(self.heading(i).map(|(p, f)| (p, i, f))),
                Some(RoleVerb::Succeeding) => self.succeeding(i, &mut out),
                None => {}
            }
        }
        out
    }

    /// The person the pronoun at `i` stands for: the last person named in
    /// this sentence or the two before.
    pub(super) fn person_before(&self, i: usize) -> Option<usize> {
        let s = self.tokens.sentence_of[i];
        let lo = self.tokens.sentences[s.saturating_sub(2)].first;
        (lo..i).rev().find_map(|k| self.person_at[k])
    }

    /// The person a verb at `i` is said of: the mention right before it,
    /// over auxiliaries and ", who" ("Jane Roe, who has been named"), or
    /// with `pronouns` the person "he"/"she" stands for.
    pub(super) fn person_ending(&self, i: usize, pronouns: bool) -> Option<usize> {
        let start = self.tokens.sentences[self.tokens.sentence_of[i]].first;
        let mut k = i;
        while k > start
            && (self.is_cue("role-auxiliaries", k - 1) || self.tokens.tokens[k - 1].is_punct(','))
        {
            k -= 1;
        }
        if k == i || k == start {
            return (k > start).then(|| self.person_closing(k)).flatten();
        }
        match self.word(k - 1).as_str() {
            "he" | "she" if pronouns => self.person_before(k - 1),
            _ => self
                .person_closing(k)
                .or_else(|| self.person_before_apposition(k, start)),
        }
    }

    /// "Jane Roe, general manager of Acme Corp's plant, was named", "Jane
    /// Roe, who joined Acme Corp in 2015, serves as": when the comma at `k`
    /// closes an apposition, the person right before the comma that opens
    /// it (at most 16 tokens before).
    pub(super) fn person_before_apposition(&self, k: usize, start: usize) -> Option<usize> {
        let toks = &self.tokens.tokens;
        if !toks[k].is_punct(',') {
            return None;
        }
        let lo = k.saturating_sub(16).max(start + 1);
        let open = (lo..k).rev().find(|&c| toks[c].is_punct(','))?;
        self.person_closing(open)
    }

    /// "appointed Jane Roe [as] chief executive [of X]", "named him CFO",
    /// "Jane Roe was named president", "became chairman": the person and the
    /// role the verb at `i` gives.
    pub(super) fn appointment(&self, i: usize) -> Option<(usize, Found)> {
        let end = self.tokens.sentences[self.tokens.sentence_of[i]].last;
        let passive = i > 0
            && (self.is_cue("role-becoming-verbs", i)
                || matches!(
                    self.word(i - 1).as_str(),
                    "was" | "is" | "been" | "be" | "were"
                ));
        let (person, mut k) = if passive {
            (self.person_ending(i, true)?, i + 1)
        } else if i + 1 < end && matches!(self.word(i + 1).as_str(), "him" | "her") {
            (self.person_before(i)?, i + 2)
        } else {
            let p = self.person_at.get(i + 1).copied().flatten()?;
            let m = self.mention_from(i + 1)?;
            (p, self.over_apposition(m.last, end))
        };
        // "chosen to serve as", "picked to act as" (role-serving-infinitives):
        // the title after "as".
        if k + 2 < end && self.word(k) == "to" && self.is_cue("role-serving-infinitives", k + 1) {
            k += 2;
        }
        // "as chief executive", "promoted Jane Roe to president".
        if k < end && matches!(self.word(k).as_str(), "as" | "to") {
            k += 1;
        }
        // "was named Acme Corp's chief executive", "the company's".
        let o = self.owned_start(k, end);
        let (f, l) = self.free_title_phrase(o.k, end)?;
        let mut found = self.owned_found(f, l, end, &o);
        // "Acme Corp has appointed": the appointing company; "Acme Corp
        // said its board elected Jane Roe as its chairman": the one "its"
        // stands for.
        if found.role.org.is_none() && !passive && !o.anaphor {
            let lo = i.saturating_sub(3);
            found.role.org = (lo..i).rev().find_map(|j| self.company_at[j]);
        }
        let start = self.tokens.sentences[self.tokens.sentence_of[i]].first;
        self.its_fallback(&mut found, &o, start, i);
        Some((person, found))
    }

    /// The first token and the end (exclusive) of the sentence holding token `i`.
    pub(super) fn sentence_around(&self, i: usize) -> (usize, usize) {
        let sent = &self.tokens.sentences[self.tokens.sentence_of[i]];
        (sent.first, sent.last)
    }

    /// "Jane Roe, who will stay on as its president", "who works as a
    /// cabin cleaner", "joined Acme Corp as chief executive": the person
    /// before the verb at `i` and the title after "as"; the company is the
    /// one the title names, else the one between verb and "as", else the
    /// one "its" stands for.
    pub(super) fn serving(&self, i: usize) -> Option<(usize, Found)> {
        let (start, end) = self.sentence_around(i);
        let mut k = i + 1;
        // "took over as chief executive": "take" only with "over".
        if self.is_cue("role-taking-verbs", i) {
            if k >= end || self.word(k) != "over" {
                return None;
            }
            k += 1;
        } else if k < end && matches!(self.word(k).as_str(), "on" | "down" | "in") {
            k += 1;
        }
        if k + 1 < end && matches!(self.word(k).as_str(), "at" | "for" | "from") {
            k += 1;
        }
        let between = self.company_at.get(k).copied().flatten();
        // "has joined the company as managing director": the company "the
        // company" stands for.
        let the_noun = between.is_none() && self.the_company_noun_before_as(k, end);
        if between.is_some() {
            k = self.company_end(k);
        } else if the_noun {
            k += 2;
        }
        // "joined Acme Corp in 2019 as", "joined the bank last year as",
        // "resigned yesterday as", "will retire April 21 as".
        k = self.over_time(k, end);
        // "Jane Roe will remain chairman": no "as" after "remain" or "stay"
        // (the `role-bare-serving-verbs` list).
        let bare = k == i + 1 && self.is_cue("role-bare-serving-verbs", i);
        if k < end && self.word(k) == "as" {
            k += 1;
        } else if !bare {
            return None;
        }
        // "as Acme Corp's president", "as the company's president".
        let o = self.owned_start(k, end);
        let (f, l) = self.free_title_phrase(o.k, end)?;
        // "as the president's top aide": the title is another's.
        if self.is_possessive(l) {
            return None;
        }
        let person = self.person_ending(i, false)?;
        let mut found = self.owned_found(f, l, end, &o);
        found.anaphor |= the_noun && found.role.org.is_none();
        if found.role.org.is_none() && !found.anaphor {
            found.role.org = between;
            self.its_fallback(&mut found, &o, start, i);
        }
        Some((person, found))
    }

    /// "Jane Roe is a senior analyst at X", "Jane Roe, who is currently
    /// chairman of X", "Jane Roe is to be president": the person right
    /// before the copula at `i` (or the one a sentence-opening "he"/"she"
    /// stands for, [`Reader::pronoun_subject`]) and the title after it. No
    /// title when the phrase is a possessive ("is the chairman's son") or
    /// comes before a name.
    pub(super) fn copula(&self, i: usize) -> Option<(usize, Found)> {
        let (start, end) = self.sentence_around(i);
        let mut k = self.skip_words(i + 1, end, COPULA_ADVERBS);
        // "is no longer president": a title held before.
        if k + 1 < end && self.word(k) == "no" && self.word(k + 1) == "longer" {
            k += 2;
        }
        // "is Acme Corp's chief executive", "is the company's new chairman".
        let o = self.owned_start(k, end);
        let (f, l, named) = self.appositive_title(o.k, end)?;
        if self.position_misread(f, l, end) {
            return None;
        }
        // "is President Jon Roe's brother": the title is the next person's.
        let toks = &self.tokens.tokens;
        if toks.get(l).is_some_and(|t| t.kind == TokKind::Possessive)
            || self.person_at.get(l).copied().flatten().is_some()
        {
            return None;
        }
        // "is to be": the person before "is".
        let verb = if i >= start + 2 && self.word(i) == "be" && self.word(i - 1) == "to" {
            i - 2
        } else {
            i
        };
        // "He is head of": the pronoun right before the copula itself (not
        // "She hoped to be a judge").
        let person = self
            .person_ending(verb, false)
            .or_else(|| (verb == i).then(|| self.pronoun_subject(i)).flatten())?;
        let mut found = self.owned_found(f, l, end, &o);
        found.guess &= !named;
        self.its_fallback(&mut found, &o, start, i);
        Some((person, found))
    }

    /// After a name ending at `k`: the token after an apposition that
    /// leads to "as" ("appointed Jane Roe, a former Acme Corp finance
    /// director, as its chief financial officer"), else `k`.
    pub(super) fn over_apposition(&self, k: usize, end: usize) -> usize {
        let toks = &self.tokens.tokens;
        if !toks.get(k).is_some_and(|t| t.is_punct(',')) {
            return k;
        }
        let lim = end.min(k + 14);
        (k + 1..lim)
            .find(|&c| toks[c].is_punct(','))
            .filter(|&c| c + 1 < end && self.word(c + 1) == "as")
            .map_or(k, |c| c + 1)
    }

    /// "Jane Roe, who co-founded X" (co-founder of X) and "X, founded by
    /// Jane Roe and John Doe" (founders of X) around the verb at `i`.
    pub(super) fn founding(&self, i: usize, out: &mut Vec<(usize, usize, Found)>) {
        let title = if self.word(i).starts_with("co") {
            "co-founder"
        } else {
            "founder"
        };
        let end = self.tokens.sentences[self.tokens.sentence_of[i]].last;
        if let Some(by) = self.by_after_founding(i, end) {
            let start = self.tokens.sentences[self.tokens.sentence_of[i]].first;
            let lo = i.saturating_sub(5).max(start);
            let org = (lo..i).rev().find_map(|j| self.company_at[j]);
            let mut k = by + 1;
            while let Some(p) = self.person_at.get(k).copied().flatten() {
                out.push((p, k, Found::new(title.into(), org)));
                let Some(m) = self.mention_from(k) else {
                    return;
                };
                k = m.last;
                if k + 1 < end && matches!(self.word(k).as_str(), "and" | ",") {
                    k += 1;
                } else {
                    return;
                }
            }
            return;
        }
        let mut k = i + 1;
        if k < end && self.word(k) == "the" {
            k += 1;
        }
        if let Some(org) = self.company_at.get(k).copied().flatten()
            && let Some(p) = self.person_ending(i, true)
        {
            out.push((p, i, Found::new(title.into(), Some(org))));
        }
    }

    /// The "by" of "founded by", right after the verb at `i` or after a
    /// date between them ("founded in 2009 by", "founded in March 2009 by"):
    /// "in" and up to two words that are numbers or capitalised (a month).
    pub(super) fn by_after_founding(&self, i: usize, end: usize) -> Option<usize> {
        let mut k = i + 1;
        if k < end && self.word(k) == "in" {
            k += 1;
            let date_word = |t: usize| {
                let w = self.tokens.tokens[t].text(self.text);
                w.starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase())
            };
            let mut n = 0;
            while n < 2 && k < end && date_word(k) {
                k += 1;
                n += 1;
            }
            if n == 0 {
                return None;
            }
        }
        (k < end && self.word(k) == "by").then_some(k)
    }

    /// The distinct company entities of tokens `start..end`, sorted.
    pub(super) fn companies_in(&self, start: usize, end: usize) -> Vec<usize> {
        let mut companies: Vec<usize> = self.company_at[start..end]
            .iter()
            .flatten()
            .copied()
            .collect();
        companies.sort_unstable();
        companies.dedup();
        companies
    }

    /// Whether a title ends in a word that only the roles-only lists hold
    /// ("leader", "author", "consultant"): an occupation, that takes no
    /// company by guess. A hyphenated last word counts by its last part
    /// ("co-chairman", "actor-director"), or whole when that part is on no
    /// list ("scrum-half", "full-back").
    pub(super) fn is_general(&self, title: &str) -> bool {
        let last = title.rsplit(' ').next().unwrap_or(title);
        let part = last.rsplit('-').next().unwrap_or(last);
        let class = match self.rules.word_class(part) {
            0 => self.rules.word_class(last),
            c => c,
        };
        class & ListKind::RoleTitle.bit() != 0 && class & ListKind::Title.bit() == 0
    }

    /// Whether a title's last word names an observer from outside the
    /// company ("analyst", "economist", "investor" of
    /// rules/roles-observer-titles.txt): it takes no company by guess.
    pub(super) fn is_observer(&self, title: &str) -> bool {
        let last = title.rsplit([' ', '-']).next().unwrap_or(title);
        self.rules.is_cue("role-observer-titles", last)
    }

    /// Whether a title is a public one ("minister", "senator"): it takes no
    /// company by guess.
    pub(super) fn is_public(&self, title: &str) -> bool {
        title
            .split([' ', '-'])
            .any(|w| self.rules.word_class(w) & ListKind::PublicTitle.bit() != 0)
    }
}

/// Adverbs a singular copula may have before its title ("is currently
/// chairman", "was formerly head of X").
const COPULA_ADVERBS: &[&str] = &[
    "currently",
    "now",
    "also",
    "still",
    "previously",
    "formerly",
    "once",
];

impl Reader<'_> {
    /// The first token from `k` (before `end`) whose word is none of
    /// `words`: the copulas step over their adverbs with it.
    pub(super) fn skip_words(&self, mut k: usize, end: usize, words: &[&str]) -> usize {
        while k < end && words.contains(&self.word(k).as_str()) {
            k += 1;
        }
        k
    }
}

#[cfg(test)]
mod company_before_title_tests {
    use super::super::tests::{role, roles};

    #[test]
    fn a_title_after_to_serve_as() {
        let got = roles("Harlow Gears Inc said Jon Doe was picked to serve as its president.");
        assert_eq!(
            got,
            [role("Jon Doe", "president", Some("Harlow Gears Inc"))]
        );
    }

    #[test]
    fn a_company_right_before_the_title_after_a_verb_owns_it() {
        let got =
            roles("Harlow Gears Inc said Jon Doe, who is also an Osk Metal Co director, left.");
        assert_eq!(got, [role("Jon Doe", "director", Some("Osk Metal Co"))]);
        let got = roles("Jon Doe will remain as Osk Metal Co chief executive, it said.");
        assert_eq!(
            got,
            [role("Jon Doe", "chief executive", Some("Osk Metal Co"))]
        );
        // "and" and no title: the company still owns the title.
        let got = roles("Jon Doe is an Osk Metal Co director and owns a farm.");
        assert_eq!(got, [role("Jon Doe", "director", Some("Osk Metal Co"))]);
        // Not before joined titles: the second may name its own company.
        let joined = "Jon Doe is an Osk Metal Co director and chair of the Lune Tools Ltd board.";
        let got = roles(joined);
        // At this writing the sentence gives Jon Doe no role at all (a gap:
        // neither "director" of Osk Metal Co nor "chair" of Lune Tools Ltd
        // is read). Pinned, so that a change which finds roles here fails
        // and is then given a check of the guard.
        assert!(got.is_empty(), "roles now found, check the guard: {got:?}");
    }
}
