//! "the company's TITLE, NAME": which company "the company" stands for.

use super::{Found, Reader, only_one};
use crate::pipeline::lexicon::TokenWords;
use crate::pipeline::segment::TokKind;
use crate::rules::ListKind;

impl Reader<'_> {
    /// The company of tokens `a..b` a sentence is about: its first company
    /// that is not a possessive ("X's Y Corp said": Y Corp), else its first.
    fn subject_company(&self, a: usize, b: usize) -> Option<usize> {
        let toks = &self.tokens.tokens;
        // A mention starting at `i` whose last token takes "'s".
        let possessive = |i: usize| {
            toks.get(self.company_end(i))
                .is_some_and(|t| t.kind == TokKind::Possessive)
        };
        let starts = |i: usize| i == a || self.company_at[i - 1] != self.company_at[i];
        (a..b)
            .filter(|&i| starts(i))
            .find_map(|i| self.company_at[i].filter(|_| !possessive(i)))
            .or_else(|| (a..b).find_map(|i| self.company_at[i]))
    }

    /// The company "the company's" at a person mention at `at` means,
    /// when the text gives one: the subject company before it in its
    /// sentence (`None` when its sentence names none before it).
    pub(super) fn company_before(&self, at: usize) -> Option<usize> {
        let (start, _) = self.sentence_around(at);
        self.subject_company(start, at)
    }

    /// The subject company of the sentence before the one holding `at`
    /// ("Acme Corp's Zeta Ltd unit cut jobs. The company's chief executive,
    /// Jane Roe, said": the unit), named among its first eight tokens.
    pub(super) fn company_of_sentence_before(&self, at: usize) -> Option<usize> {
        let s = self.tokens.sentence_of[at];
        let prev = self.tokens.sentences.get(s.checked_sub(1)?)?;
        // Its subject: a company among its first words ("Analysts at Zeta
        // Securities said" is about no company of Zeta's).
        self.subject_company(prev.first, prev.last.min(prev.first + 8))
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{role, roles};

    #[test]
    fn a_speech_tag_title_goes_to_the_speaker_of_the_sentence_before() {
        let got = roles(
            "Crowds came at dawn. Jane Roe of Ruritania said it was \"moving\" to see the hall. \
             The old hall looked \"calm,\" the bishop said. Ann Poe spoke to the crowd on Monday.\n\
             \"We stay,\" said the city treasurer. Jon Doe said it was good to see Ann Poe. \
             \"It was moving,\" the mayor said.",
        );
        assert!(got.contains(&role("Jane Roe", "bishop", None)), "{got:?}");
        // Two people named before the tag: neither is sure to be the mayor.
        assert!(!got.iter().any(|r| r.1 == "mayor"), "{got:?}");
        assert!(
            got.contains(&role("Ann Poe", "city treasurer", None)),
            "{got:?}"
        );
        assert!(!got.iter().any(|r| r.0 == "Jon Doe"), "{got:?}");
    }

    #[test]
    fn no_speech_tag_title_for_the_person_a_story_is_about() {
        // Named as an object, not speaking: a court, a match, an arrest.
        for text in [
            "Crowds came at dawn. A court sent Pavel Ostrin to prison for nine years.\n\n\
             \"This was a long and cruel scheme,\" the judge said.",
            "Crowds came at dawn. Pavel Ostrin netted three goals in the cup tie.\n\n\
             \"The lads were brilliant,\" said the coach.",
            "Crowds came at dawn. Pavel Ostrin said officers had detained Mira Lund at the dock.\n\n\
             \"The town is safer today,\" the police chief said.",
            "Crowds came at dawn. Pavel Ostrin spoke outside the court.\n\n\
             \"He showed no remorse,\" the judge said.",
            "Crowds came at dawn. Pavel Ostrin's lawyer said an appeal would follow.\n\n\
             \"We will appeal,\" the barrister said.",
        ] {
            let got = roles(text);
            assert!(got.is_empty(), "{text}: {got:?}");
        }
    }

    #[test]
    fn no_speech_tag_title_without_a_quotation_or_after_a_byline() {
        let got = roles(
            "Crowds came at dawn. By Jane Roe, Ruritania. \
             Banks will propose a plan, the federation secretary said.",
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_gerund_subject_place_or_clause_opens_no_fronted_phrase() {
        // A gerund subject, a place, "according" or a clause opens no
        // fronted phrase.
        for text in [
            "Story\n\nLena Moss spoke on Monday. Dealing was slow, the broker said.",
            "Story\n\nLena Moss spoke on Monday. Reading was calm, the teacher added.",
            "Story\n\nLena Moss spoke on Monday. Sterling dipped, the analyst said.",
            "Story\n\nLena Moss was held. According to police, the mayor said she left.",
            "Story\n\nLena Moss wrote to the board. When it met, the director had left.",
        ] {
            let got = roles(text);
            assert!(got.is_empty(), "{text}: {got:?}");
        }
        // A participle or prepositional phrase still counts, before a
        // speech verb too ("However, the coach added").
        let got = roles("Story\n\nLena Moss came home. Smiling at fans, the singer waved.");
        assert_eq!(got, [role("Lena Moss", "singer", None)]);
        let got = roles("Story\n\nLena Moss came home. In the clip, the singer said little.");
        assert_eq!(got, [role("Lena Moss", "singer", None)]);
    }

    #[test]
    fn a_fronted_phrase_may_stand_before_the_title_of_a_sentence_anaphor() {
        let got = roles(
            "Story\n\nJane Roe moved to Brenton in 1990. \
             Within five years, the tax lawyer had opened three offices.",
        );
        assert_eq!(got, [role("Jane Roe", "tax lawyer", None)]);
        // A person named in the sentence itself may be the one meant.
        let got = roles(
            "Story\n\nJane Roe missed the vote. \
             On Monday, the party chairman said Jane Roe had erred.",
        );
        assert!(got.is_empty(), "{got:?}");
        // A company in the fronted phrase: the title may be its.
        let got = roles(
            "Story\n\nJane Roe missed the vote. \
             At Acme Corp, the chairman said the vote was lost.",
        );
        assert!(got.iter().all(|r| r.0 != "Jane Roe"), "{got:?}");
    }

    #[test]
    fn the_company_s_title_goes_to_the_unit_named_just_before() {
        let got = roles(
            "Acme Corp grew. Acme Corp's Zeta Tools Inc unit cut jobs. \
             The company's chief executive, Jane Roe, said so. Acme Corp agreed.",
        );
        assert!(
            got.contains(&role("Jane Roe", "chief executive", Some("Zeta Tools Inc"))),
            "{got:?}"
        );
    }

    #[test]
    fn the_company_s_title_takes_the_company_before_it_in_its_sentence() {
        let got = roles(
            "Acme Corp grew. Acme Corp sold goods. Zeta Tools Inc's bid failed, \
             the company's chief executive Jane Roe said.",
        );
        assert_eq!(
            got,
            [role("Jane Roe", "chief executive", Some("Zeta Tools Inc"))]
        );
    }
}

impl Reader<'_> {
    /// Whether every mention of the company entity `e` is a place name
    /// ("Quebec", "Ruritania"): a place is no employer.
    pub(super) fn is_place(&self, e: usize) -> bool {
        let place = crate::rules::ListKind::Place;
        self.res.entities[e].mentions.iter().all(|&m| {
            let m = &self.res.mentions[m];
            (m.last == m.first + 1 && self.lexed.is(m.first, place))
                || self
                    .lexed
                    .spans_at(m.first, self.rules, place)
                    .any(|s| s.last == m.last)
        })
    }
}

#[cfg(test)]
mod place_tests {
    use super::super::tests::{role, roles};

    #[test]
    fn a_place_is_no_employer() {
        let got = roles("Jane Roe, president of France, said Acme Corp grew.");
        assert_eq!(got, [role("Jane Roe", "president", None)]);
    }
}

impl Reader<'_> {
    /// "Jane Roe has resigned. The chancellor said ...", "The Acme Corp
    /// manager will ...": a sentence that opens with "The" (or with a
    /// fronted phrase and ", the": "By May, the banker had ..."), a title
    /// and a verb gives the title to the one person the sentence before
    /// names (the person, the token the title starts at, the role).
    pub(super) fn sentence_anaphor_roles(&self) -> Vec<(usize, usize, Found)> {
        let sents = &self.tokens.sentences;
        let mut out = Vec::new();
        for (s, sent) in sents.iter().enumerate().skip(1) {
            let (start, end) = (sent.first, sent.last);
            let the = self.anaphor_opening(start, end);
            let Some((p, the)) = the.and_then(|t| Some((self.one_person_in(s - 1)?, t))) else {
                continue;
            };
            // The title ends at the first verb-like word past it, or at an
            // aside ("The former midfielder -- who ... -- believes").
            let found = (the + 2..end.min(the + 9))
                .filter(|&v| self.is_verb_like(v) || self.opens_who_aside(v))
                .find_map(|v| self.anaphor_title(v, the));
            if let Some((f, found)) = found.filter(|(_, found)| self.fresh_title(s - 1, found)) {
                out.push((p, f, found));
            }
        }
        out.extend((1..sents.len()).filter_map(|s| self.speech_tag_anaphor(s)));
        out
    }

    /// The "the" opening the subject of a sentence `start..end`: its first
    /// token when that is "The", else the lower-case "the" right after the
    /// first comma within twelve tokens when the sentence opens with a word
    /// of `role-fronted-openers` or a participle ([`Reader::opens_participle`]),
    /// the phrase before it names no company and the sentence no person
    /// ("Within five years, the lawyer had opened ...").
    fn anaphor_opening(&self, start: usize, end: usize) -> Option<usize> {
        let toks = &self.tokens.tokens;
        if toks[start].text(self.text) == "The" {
            return Some(start);
        }
        // A fronted phrase, not a clause ("Banks will act, the chief said").
        let fronted = self.opens_participle(start) || self.is_cue("role-fronted-openers", start);
        if !fronted {
            return None;
        }
        let comma = (start + 1..end.min(start + 12)).find(|&k| toks[k].is_punct(','))?;
        // A person anywhere in the sentence may be the one meant ("On
        // Monday, the party's chief said Jon Doe erred").
        let named = (start..comma).any(|k| self.company_at[k].is_some())
            || self.person_at[start..end].iter().any(Option::is_some);
        (!named && toks.get(comma + 1)?.text(self.text) == "the").then_some(comma + 1)
    }

    /// "Jane Roe said the plan was fair. \"It works,\" the chancellor
    /// said." (or "..., said the chancellor."): a speech tag "the TITLE
    /// said" in sentence `s`, which quotes and names no person, gives the
    /// title to the speaker of the sentence before when that speaker is
    /// the one person it names, and the quotation holds no pronoun of
    /// `role-back-pronouns` ("he", "her") that would point back at them
    /// ("The court jailed Jon Doe. \"He lied,\" the judge said.": none).
    fn speech_tag_anaphor(&self, s: usize) -> Option<(usize, usize, Found)> {
        let sent = &self.tokens.sentences[s];
        let (start, end) = (sent.first, sent.last);
        // A tag on a quotation: the speaker goes on quoting.
        let quoted = self.text[sent.start..sent.end].contains(['"', '\u{201c}', '\u{201d}']);
        if !quoted || self.person_at[start..end].iter().any(Option::is_some) {
            return None;
        }
        let back = |k: usize| self.is_cue("role-back-pronouns", k);
        if (start..end).any(back) {
            return None;
        }
        let p = self
            .speaker_of(s - 1)
            .filter(|&p| self.one_person_in(s - 1) == Some(p))?;
        let (f, found) = (start + 1..end)
            .filter(|&k| self.word(k) == "the")
            .find_map(|k| self.speech_tag_title(k, end))?;
        self.fresh_title(s - 1, &found).then_some((p, f, found))
    }

    /// The title of a speech tag whose "the" is token `k` (sentence ending
    /// at `end`): "the [names] TITLE said" closing the sentence or a clause,
    /// or "said the [names] TITLE" before punctuation or the end.
    fn speech_tag_title(&self, k: usize, end: usize) -> Option<(usize, Found)> {
        let toks = &self.tokens.tokens;
        let speech = |v: usize| {
            toks[v].kind == TokKind::Word
                && toks[v].is_lower(self.text)
                && self.word_class(v) & ListKind::SpeechVerb.bit() != 0
        };
        let closes = |v: usize| {
            v >= end || matches!(toks[v].kind, TokKind::Punct(c) if ",.;:!?".contains(c))
        };
        let after_speech = speech(k - 1);
        let after_quote = matches!(toks[k - 1].kind, TokKind::Punct(_));
        (k + 2..end.min(k + 6)).find_map(|v| {
            let tag = if after_speech {
                closes(v) && !closes(v - 1)
            } else {
                after_quote && speech(v) && closes(v + 1)
            };
            tag.then(|| self.anaphor_title(v, k)).flatten()
        })
    }

    /// The speaker of sentence `s`: a person mention opening it, not as a
    /// possessive ("Jon Doe's lawyer said"), with a speech verb or one of
    /// `role-speaking-verbs` after it before any other person ("Jane Roe
    /// of Ruritania said it was good to see Jon Doe", "Ann Poe spoke").
    fn speaker_of(&self, s: usize) -> Option<usize> {
        let sent = &self.tokens.sentences[s];
        let p = self.person_at[sent.first]?;
        let toks = &self.tokens.tokens;
        let speaks = |k: usize| {
            let w = self.word(k);
            toks[k].is_lower(self.text)
                && (self.rules.word_class(&w) & ListKind::SpeechVerb.bit() != 0
                    || self.rules.is_cue("role-speaking-verbs", &w))
        };
        let end = sent.last.min(sent.first + 10);
        let after = (sent.first..end).find(|&k| self.person_at[k] != Some(p))?;
        if toks[after].kind == TokKind::Possessive {
            return None;
        }
        (sent.first..end)
            .take_while(|&k| self.person_at[k].is_none_or(|q| q == p))
            .any(speaks)
            .then_some(p)
    }

    /// Whether the sentence-opening token `k` opens a participle phrase
    /// ("Waving to fans, the actress ..."): a word of
    /// [`crate::Rules::is_ing_participle`] ("According" is none), no
    /// mention, place or given name ("Sterling", "Beijing"), and no gerund
    /// subject before a verb ("Trading was thin, ...").
    fn opens_participle(&self, k: usize) -> bool {
        let w = self.word(k);
        let name = self.person_at[k].is_some()
            || self.company_at[k].is_some()
            || [ListKind::Place, ListKind::GivenName]
                .into_iter()
                .any(|kind| self.lexed.is(k, kind));
        self.rules.is_ing_participle(&w)
            && !name
            && !(k + 1 < self.tokens.tokens.len() && self.is_verb_like(k + 1))
    }

    /// The title of "The [names] TITLE" ending right before `v` in the
    /// sentence starting at `start`: (its first token, its role), when only
    /// names, possessives and modifiers stand between "The" and it.
    fn anaphor_title(&self, v: usize, start: usize) -> Option<(usize, Found)> {
        let mut out = Vec::new();
        let f = self.premodifier_to(v, v, start, &mut out)?;
        let toks = &self.tokens.tokens;
        let named = |k: usize| {
            let t = toks[k];
            t.kind == TokKind::Possessive
                || self.company_at[k].is_some()
                || (t.kind == TokKind::Word
                    && self.person_at[k].is_none()
                    && (!t.is_lower(self.text) || self.is_modifier(&self.word(k))))
        };
        if f <= start || !(start + 1..f).all(named) {
            return None;
        }
        out.pop().map(|r| (f, r))
    }

    /// Whether token `v` is a dash or comma opening a "who" aside after a
    /// sentence's subject ("The defender -- who ...", "The chief, who ...").
    fn opens_who_aside(&self, v: usize) -> bool {
        let toks = &self.tokens.tokens;
        // "--" may be two dash tokens.
        let mut k = v;
        while toks[k].is_dash() && toks.get(k + 1).is_some_and(|t| t.is_dash()) {
            k += 1;
        }
        (toks[v].is_dash() || toks[v].is_punct(','))
            && toks
                .get(k + 1)
                .is_some_and(|t| t.kind == TokKind::Word && t.text(self.text) == "who")
    }

    /// Whether the token at `v` may be the verb after a sentence's subject:
    /// a possessive, an auxiliary, a speech verb ("said"), or a lower-case
    /// word ending in "-ed" or "-s" ("replaces"; not "search").
    fn is_verb_like(&self, v: usize) -> bool {
        let t = self.tokens.tokens[v];
        if t.kind == TokKind::Possessive {
            return true;
        }
        let w = self.word(v);
        t.kind == TokKind::Word
            && t.is_lower(self.text)
            && (self.rules.is_cue("role-auxiliaries", &w)
                || self.rules.word_class(&w) & ListKind::SpeechVerb.bit() != 0
                || w.ends_with("ed")
                || (w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")))
    }

    /// Whether the title `found` names someone new: its last word is none
    /// of `role-anaphor-stops` ("the official", "the spokesman" mostly stand
    /// for an unnamed source), not in sentence `s` ("a senior official
    /// said. The official ...") and not after "a", "an", "one" or "another"
    /// in the two sentences before it ("one actor says ...").
    fn fresh_title(&self, s: usize, found: &Found) -> bool {
        let head = found.role.title.rsplit(' ').next().unwrap_or_default();
        let sents = &self.tokens.sentences;
        let (lo, mid) = (sents[s.saturating_sub(2)].first, sents[s].first);
        let unnamed = |k: usize| {
            (k.saturating_sub(4).max(lo)..k)
                .any(|j| matches!(self.word(j).as_str(), "a" | "an" | "one" | "another"))
        };
        !self.rules.is_cue("role-anaphor-stops", head)
            && !(mid..sents[s].last).any(|k| self.word(k) == head)
            && !(lo..mid).any(|k| self.word(k) == head && unnamed(k))
    }

    /// The one person entity sentence `s` names, if it names exactly one.
    fn one_person_in(&self, s: usize) -> Option<usize> {
        let sent = &self.tokens.sentences[s];
        only_one(&self.person_at[sent.first..sent.last])
    }
}
