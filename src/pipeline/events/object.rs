//! Stage 7, object search: reads the object list right of a cue ("with A,
//! B and C", "between A and B", "by A"), passing descriptive words but not
//! into a phrase that modifies another noun.

use super::list_appositives::PastAppositive;
use super::*;

impl<'a> Finder<'a> {
    /// The object list right of the cue ending at token `cue_end`, and
    /// whether it may pair within itself ("between A and B").
    pub(super) fn right(
        &self,
        sent: &Sentence,
        cue_first: usize,
        cue_end: usize,
        mentions: &[Mention],
        opts: RightOpts,
    ) -> (Vec<Arg>, bool) {
        let RightOpts {
            seller_from,
            purpose,
        } = opts;
        let mut within = cue_end > cue_first && pairs_within(&self.lower(cue_end - 1));
        // "A and B agreed to merge into a new company called C": C is what
        // the merger makes, no party; A and B pair with each other.
        if cue_end > cue_first
            && self.lower(cue_end - 1) == "into"
            && self.newco_named(sent, cue_end)
        {
            return (Vec::new(), within);
        }
        // "regulators cleared the merger, between A and B, after a review": an
        // aside after a comma that names the parties.
        let cue_end = self.comma_before_between(sent, cue_end);
        let mut found = self.first_object(sent, cue_end, mentions, seller_from, &mut within);
        // "a partnership to explore two blocks with Y": past a purpose phrase.
        if found.is_none()
            && purpose
            && let Some(k) = self.with_after_purpose(sent, cue_end)
        {
            found = self.first_object(sent, k, mentions, seller_from, &mut within);
        }
        let Some((first, j)) = found else {
            return (Vec::new(), within);
        };
        let mut members = vec![first];
        self.more_objects(sent, j, mentions, &mut members, &mut within);
        (members, within)
    }

    /// Token `j`, or the token after it when `j` is a comma followed by
    /// "between" or "among" (", between A and B"): where the object list
    /// of a cue ending at `j` starts.
    pub(super) fn comma_before_between(&self, sent: &Sentence, j: usize) -> usize {
        let aside = j + 1 < sent.last
            && self.tokens.tokens[j].is_punct(',')
            && matches!(self.lower(j + 1).as_str(), "between" | "among");
        if aside { j + 1 } else { j }
    }

    /// Whether tokens from `j` are up to five lower-case words, one a word
    /// of rules/newco-modifiers.txt ("new", "combined"), then a word of
    /// rules/newco-namers.txt ("called", "named") or a comma right before a
    /// company ("into a new company, C"): "into a new holding company called
    /// C" names the company a merger makes.
    pub(super) fn newco_named(&self, sent: &Sentence, j: usize) -> bool {
        let mut new = false;
        for k in j..sent.last.min(j + 6) {
            if self.tokens.tokens[k].is_punct(',') {
                return new && k > j && k + 1 < sent.last && self.party_at(k + 1).is_some();
            }
            if !self.lower_word(k) || self.party_at(k).is_some() {
                return false;
            }
            let w = self.lower(k);
            if self.rules.is_cue("newco-namers", &w) {
                return new;
            }
            new |= self.rules.is_cue("newco-modifiers", &w);
        }
        false
    }

    /// Seeks the first object from token `j`, over up to six descriptive
    /// words but not into a phrase that modifies one of them ("a rival of
    /// Y": modifier_pp.rs); returns it with the token after it. Sets
    /// `within` when a word passed lets the list pair within itself.
    pub(super) fn first_object(
        &self,
        sent: &Sentence,
        mut j: usize,
        mentions: &[Mention],
        seller_from: bool,
        within: &mut bool,
    ) -> Option<(Arg, usize)> {
        let ceiling = sent.last;
        let start = j;
        let mut desc = 0;
        while j < ceiling {
            j = self.skip_ticker(j, ceiling);
            if j >= ceiling {
                return None;
            }
            let mut step = self.object_at(sent, j, mentions);
            // "Peru's second biggest zinc producer - Y", "its former parent
            // and chip pioneer Y": the company the descriptive words describe.
            if step.is_none() && desc > 0 {
                let named = self
                    .named_after_descriptors(start, j, ceiling, mentions)
                    .or_else(|| self.named_after_and_description(start, j, ceiling, mentions));
                step = named.map(|named| Ahead::Done(Some(named)));
            }
            match step.or_else(|| self.object_modifier(j, ceiling)) {
                Some(Ahead::Next(k, descs)) => {
                    j = k;
                    desc += descs;
                    continue;
                }
                Some(Ahead::Done(found)) => return found,
                None => {}
            }
            // "buy a hotel in Santa Fe from Y": a place phrase before the seller.
            if seller_from && let Some(from) = self.place_before_from(j, ceiling) {
                // ("buy oil in Rotterdam from Y": goods, no part of Y.)
                if j == start || self.seller_pp_blocked(start, j - 1) {
                    return None;
                }
                desc += 1;
                j = from;
                continue;
            }
            // "a merger with a rival of Y", "aircraft made by Y": Y
            // modifies another noun (modifier_pp.rs).
            if self.opens_modifier_pp(start, j, seller_from) {
                return None;
            }
            // "acquired last year along with Y": Y was acquired too.
            if !self.object_lead_in(j, seller_from) || desc >= 6 || self.co_object(j) {
                return None;
            }
            // "buy 10 A320 aircraft from X": goods bought from a maker.
            if seller_from && self.counted_goods(j) {
                return None;
            }
            *within |= pairs_within(&self.lower(j));
            desc += 1;
            j += 1;
        }
        None
    }

    /// What starts at token `j` while seeking an object in `sent`: a
    /// bracket to step into ("<Automobili Lamborghini SpA>", "(Borealis
    /// Inc)"), the two companies, a described company, a party (or a
    /// party's name modifying the object, or goods: no object).
    pub(super) fn object_at(
        &self,
        sent: &Sentence,
        j: usize,
        mentions: &[Mention],
    ) -> Option<Ahead> {
        let ceiling = sent.last;
        if self.tokens.tokens[j].is_punct('<') || self.paren_party_opening(j, mentions) {
            return Some(Ahead::Next(j + 1, 0));
        }
        if let Some(end) = self.anaphor_two_starting(sent, j, ceiling) {
            return Some(Ahead::Done(Some((Arg::AnaphorTwo(j), end))));
        }
        if let Some(end) = self.description_starting(j, ceiling) {
            let named = self.named_after_description(j, end, ceiling, mentions);
            return Some(Ahead::Done(Some(named)));
        }
        if j + 2 <= ceiling && self.latter_ending(j + 2) == Some(j) {
            return Some(Ahead::Done(Some((Arg::Described(j), j + 2))));
        }
        let m = self.party_at(j)?;
        Some(match self.object_reading(m, ceiling, mentions) {
            Object::Modifier(k) => Ahead::Next(k, 1),
            Object::Goods => Ahead::Done(None),
            Object::Party => Ahead::Done(Some((Arg::Mention(m), mentions[m].last))),
        })
    }

    /// A comma at token `j` (before `ceiling`) ends the search for an
    /// object unless a list opener follows it; a place or a possessive
    /// modifies the object ("with Japan's Kirana Steel Corp", "small New
    /// York software firm Y").
    pub(super) fn object_modifier(&self, j: usize, ceiling: usize) -> Option<Ahead> {
        let toks = &self.tokens.tokens;
        if toks[j].is_punct(',') {
            let opener = j + 1 < ceiling && self.is_word_at(j + 1, ListKind::ListOpener);
            return Some(if opener {
                Ahead::Next(j + 1, 0)
            } else {
                Ahead::Done(None)
            });
        }
        if self.lexed.is(j, ListKind::Place) || toks[j].kind == TokKind::Possessive {
            return Some(Ahead::Next(j + 1, 1));
        }
        let place = self.lexed.spans_at(j, self.rules, ListKind::Place).next()?;
        Some(Ahead::Next(place.last.min(ceiling), 1))
    }

    /// "the two companies", "both firms" (rules/anaphors-two.txt) starting
    /// at token `j` as an object ("a merger of the two companies", "an
    /// agreement between the companies"), when the sentence names two
    /// companies before it, or names none before it and the sentence before
    /// names exactly two ("X and Y reported losses. Analysts expect a merger
    /// of the two companies."; an antecedent further back is often another
    /// pair): its end. The parties are counted only once the words match,
    /// so the search stays linear in the sentence.
    pub(super) fn anaphor_two_starting(
        &self,
        sent: &Sentence,
        j: usize,
        ceiling: usize,
    ) -> Option<usize> {
        let end = (j + 1..=(j + 4).min(ceiling)).rev().find(|&end| {
            self.lexed
                .span_ending(end, self.rules, ListKind::AnaphorTwo)
                .is_some_and(|s| s.first == j)
        })?;
        match self.parties_between(sent.first, j) {
            0 => (self.names_before(sent) == 2).then_some(end),
            n => (n >= 2).then_some(end),
        }
    }

    /// How many companies the sentence before `sent` names (distinct
    /// names, case ignored; three or more count as 3); 0 for the first.
    pub(super) fn names_before(&self, sent: &Sentence) -> usize {
        let s = self.tokens.sentence_of[sent.first];
        let Some(prev) = s.checked_sub(1).map(|p| &self.tokens.sentences[p]) else {
            return 0;
        };
        let mut names: Vec<String> = Vec::new();
        let mut k = prev.first;
        while k < prev.last {
            match self.party_at(k) {
                Some(m) => {
                    let m = &self.mentions[m];
                    let name: Vec<String> = (m.first..m.last)
                        .map(|t| self.lower(t).to_string())
                        .collect();
                    let name = name.join(" ");
                    if !names.contains(&name) {
                        if names.len() == 2 {
                            return 3;
                        }
                        names.push(name);
                    }
                    k = m.last.max(k + 1);
                }
                None => k += 1,
            }
        }
        names.len()
    }

    /// A description starting at `j` and ending at `end` ("the French group"):
    /// the company named right after it ("the French group <Borealis SA>"),
    /// else the description itself (it stands for a company named before).
    pub(super) fn named_after_description(
        &self,
        j: usize,
        end: usize,
        ceiling: usize,
        mentions: &[Mention],
    ) -> (Arg, usize) {
        let toks = &self.tokens.tokens;
        let k = if toks.get(end).is_some_and(|t| t.is_punct('<')) {
            end + 1
        } else {
            end
        };
        let named = (k < ceiling).then(|| self.party_at(k)).flatten();
        match named.filter(|&m| mentions[m].first == k) {
            Some(m) => (Arg::Mention(m), mentions[m].last),
            None => self
                .named_after_complement(end, ceiling, mentions)
                .unwrap_or((Arg::Described(j), end)),
        }
    }

    /// "the maker of industrial pumps, Tressel Pumps Corp, for ...": after a
    /// description ending at `end`, up to eight lower-case words (no clause
    /// word), a comma or dash and a company that closes the phrase (a comma,
    /// dash, full stop or preposition after it, or the sentence end) name
    /// the thing described: that company and the token after it.
    pub(super) fn named_after_complement(
        &self,
        end: usize,
        ceiling: usize,
        mentions: &[Mention],
    ) -> Option<(Arg, usize)> {
        let toks = &self.tokens.tokens;
        let stop = (end + 8).min(ceiling);
        let k = (end..stop)
            .find(|&k| !self.lower_word(k) || self.is_word_at(k, ListKind::ClauseWord))
            .unwrap_or(stop);
        let dash = |t: &crate::pipeline::segment::Token| t.is_punct(',') || t.is_dash();
        if k + 1 >= ceiling || !dash(&toks[k]) {
            return None;
        }
        let m = self
            .party_at(k + 1)
            .filter(|&m| mentions[m].first == k + 1)?;
        let after = mentions[m].last;
        let closes = after >= ceiling
            || dash(&toks[after])
            || toks[after].is_punct('.')
            || self.is_word_at(after, ListKind::Preposition);
        closes.then_some((Arg::Mention(m), after))
    }

    /// How the party mention `m` met while seeking an object reads: a
    /// modifier of the object ("with Xiaomi's rival Huawei", "buy Acme cloud
    /// security firm Borealis"), goods ("ordered 20 Acme jets"), or the object.
    pub(super) fn object_reading(&self, m: usize, ceiling: usize, mentions: &[Mention]) -> Object {
        let m_end = mentions[m].last;
        if self
            .tokens
            .tokens
            .get(m_end)
            .is_some_and(|t| t.kind == TokKind::Possessive)
        {
            // "40 pct of Borealis's 8.4 mln outstanding shares": the owner
            // of the shares is the object; a newswire ticker after the mark
            // is stepped over ("all of Borealis's <BRL> common stock").
            let after = self.skip_ticker(m_end + 1, ceiling);
            if self.shares_after(after, ceiling) || self.part_after(after, ceiling) {
                return Object::Party;
            }
            return Object::Modifier(m_end + 1);
        }
        if let Some(k) = self.described_after(m_end, ceiling) {
            return Object::Modifier(k);
        }
        if self.is_goods(mentions[m].first, m_end) {
            return Object::Goods;
        }
        Object::Party
    }

    /// Whether the noun phrase possessed at token `k` (at most six
    /// lower-case words) is headed by a noun of a company's part
    /// (rules/possessed-part-nouns.txt: "unit", "assets", "business") that no
    /// company names right after it (no "Y's unit Z", "Y's unit, Z,"): "an
    /// agreement with Borealis's engineering unit", "buy most of Borealis's
    /// loan portfolio" make the owner the object. Only modifiers stand
    /// before the noun: the phrase ends at a [`Self::phrase_stop`]
    /// ("Borealis's lenders to sell its plant", "Borealis's chief executive
    /// to expand" are headed by no part).
    pub(super) fn part_after(&self, k: usize, ceiling: usize) -> bool {
        let toks = &self.tokens.tokens;
        let part = |i: usize| self.is_cue("possessed-part-nouns", i);
        // "business assets": the last of two part nouns heads the phrase.
        let Some(noun) = (k..(k + 6).min(ceiling))
            .take_while(|&i| self.lower_word(i) && !self.phrase_stop(i))
            .find(|&i| part(i) && !(i + 1 < ceiling && self.lower_word(i + 1) && part(i + 1)))
        else {
            return false;
        };
        let next = noun + 1;
        let named = |i: usize| i < ceiling && self.party_at(i).is_some();
        !(named(next) || (next < ceiling && toks[next].is_punct(',') && named(next + 1)))
    }

    /// Whether word `i` ends the modifiers of a possessed part noun: a
    /// preposition, a clause word, a word of possessed-gap-stops (a
    /// determiner, a verb), a company organ of possessed-organ-nouns
    /// ("lenders", "shareholders") or a job title ("chief executive").
    fn phrase_stop(&self, i: usize) -> bool {
        let w = self.lower(i);
        self.is_word(&w, ListKind::Preposition)
            || self.is_word(&w, ListKind::ClauseWord)
            || self.rules.is_cue("possessed-gap-stops", &w)
            || self.rules.is_cue("possessed-organ-nouns", &w)
            || self.lexed.is(i, ListKind::Title)
    }

    /// Whether token `j` is a count of goods: a number (not an amount after
    /// "$") followed by a word that is no measure, share or stake noun
    /// (rules/goods-count-stops.txt) ("10 A320 aircraft", "20 trucks"; not
    /// "20 pct", "1.3 mln shares").
    pub(super) fn counted_goods(&self, j: usize) -> bool {
        let toks = &self.tokens.tokens;
        if toks[j].kind != TokKind::Number || (j > 0 && toks[j - 1].is_punct('$')) {
            return false;
        }
        toks.get(j + 1).is_some_and(|t| {
            t.kind == TokKind::Word
                && self.party_at(j + 1).is_none()
                && !self.is_cue("goods-count-stops", j + 1)
        })
    }

    /// Whether a share noun ("shares", "stock", "common", "capital") ends up
    /// to five lower-case words or numbers from token `k`.
    pub(super) fn shares_after(&self, k: usize, ceiling: usize) -> bool {
        (k..(k + 6).min(ceiling))
            .take_while(|&i| self.lower_word(i) || self.tokens.tokens[i].is_punct('.'))
            .any(|i| {
                matches!(
                    self.lower(i).as_str(),
                    "shares" | "stock" | "common" | "capital" | "equity"
                )
            })
    }

    /// "in Santa Fe from", "near the Ohio River from": given a word of
    /// rules/place-phrase-prepositions.txt ("in", "near", "at") at token
    /// `j`, an optional "the", one to four capitalised words
    /// that name no party (commas between them allowed: "in Austin, Texas"),
    /// then "from": the position of that "from" (the place says where the
    /// thing bought stands; the seller follows).
    pub(super) fn place_before_from(&self, j: usize, ceiling: usize) -> Option<usize> {
        let toks = &self.tokens.tokens;
        if !self.is_cue("place-phrase-prepositions", j) {
            return None;
        }
        let mut k = j + 1;
        if k < ceiling && self.lower(k) == "the" {
            k += 1;
        }
        let mut words = 0;
        while k < ceiling && words < 4 {
            let cap =
                toks[k].kind == TokKind::Word && !self.lower_word(k) && self.party_at(k).is_none();
            if cap {
                words += 1;
            } else if !(toks[k].is_punct(',') && words > 0) {
                break;
            }
            k += 1;
        }
        (words > 0 && k < ceiling && self.lower(k) == "from").then_some(k)
    }

    /// Whether token `j` may stand between a cue and its object: "between",
    /// "by", a descriptor, a number, "$", "%"; "from" for a seller.
    pub(super) fn object_lead_in(&self, j: usize, seller_from: bool) -> bool {
        let w = self.lower(j);
        match self.tokens.tokens[j].kind {
            TokKind::Word => {
                pairs_within(&w)
                    || (seller_from && w == "from")
                    || (self.descriptor(j) && !self.is_word(&w, ListKind::ObjectStop))
            }
            TokKind::Number => true,
            TokKind::Punct(c) => c == '%' || c == '$',
            TokKind::Possessive => false,
        }
    }

    /// Collects the rest of an object list after token `j`: "A, B and C",
    /// "A as well as B", "60 pct by A and 40 pct by B".
    pub(super) fn more_objects(
        &self,
        sent: &Sentence,
        mut j: usize,
        mentions: &[Mention],
        members: &mut Vec<Arg>,
        within: &mut bool,
    ) {
        let toks = &self.tokens.tokens;
        let ceiling = sent.last;
        loop {
            // "buy X, the Ohio chipmaker, and Y": past X's appositive.
            match self.object_appositive_after(j, ceiling) {
                PastAppositive::Close(close) => j = close,
                PastAppositive::None => {}
                PastAppositive::ClauseNext => return,
            }
            let Some((mut k, by)) = self.list_joiner(j, ceiling) else {
                return;
            };
            if self.joins_no_item(k, ceiling) {
                return;
            }
            let bare_comma = toks[k - 1].is_punct(',');
            // "merge with Y, forming Z", "..., known as Z"
            // (rules/newco-namers.txt): Z is the company the tie makes (or
            // another name), no further party.
            if bare_comma && k < ceiling && self.is_cue("newco-namers", k) {
                return;
            }
            *within |= by;
            let mut d = 0;
            while d < 4
                && k < ceiling
                && (self.descriptor(k) || toks[k].is_punct('%') || toks[k].is_punct('<'))
                && !self.is_word_at(k, ListKind::ObjectStop)
                // "Acme, maker of the Borealis brand": an appositive, not
                // a list item.
                && (self.lower(k) == "by" || !self.is_word_at(k, ListKind::Preposition))
                // "A, the airline owned by B": "by" after other words than a
                // share ("40 pct by B") opens an appositive, not a list item.
                && (self.lower(k) != "by" || d == 0 || self.share_before_by(k - d, k))
            {
                k += 1;
                d += 1;
            }
            match (k < ceiling).then(|| self.party_at(k)).flatten() {
                // ", Reuters quoted sources": a speaker starts a new clause.
                Some(m) if self.lexed.is(mentions[m].last, ListKind::SpeechVerb) => return,
                // "bought A, and B agreed to buy C": after one object, a name
                // behind ", and" that a verb follows opens a new clause.
                Some(m) if self.comma_and_clause(j, &mentions[m], members.len(), *within) => {
                    return;
                }
                // "As X set out to buy A, B takes a look": a name after a
                // bare comma that a verb follows is the main clause's subject.
                Some(m) if bare_comma && self.verb_after_item(&mentions[m], ceiling) => return,
                // "allied with A, B, which is linked with C": an item after a
                // bare comma that opens a relative clause heads that clause.
                Some(m) if bare_comma && self.comma_relative_after(mentions[m].last, ceiling) => {
                    return;
                }
                Some(m)
                    if !toks
                        .get(mentions[m].last)
                        .is_some_and(|t| t.kind == TokKind::Possessive) =>
                {
                    members.push(Arg::Mention(m));
                    j = mentions[m].last;
                }
                _ => return,
            }
        }
    }

    /// Whether what follows a list joiner ending at token `k` is no further
    /// item: an appositive after a bare comma ("Cirex, a Philips wax
    /// moulding unit": the unit's owner is no object), or a verb after "and"
    /// ("a pact to buy Borealis and sued Cirrus": a second predicate).
    pub(super) fn joins_no_item(&self, k: usize, ceiling: usize) -> bool {
        if k == 0 || k >= ceiling {
            return false;
        }
        let toks = &self.tokens.tokens;
        if toks[k - 1].is_punct(',') {
            return match self.lower(k).as_str() {
                "a" | "an" => true,
                "the" => self.party_at(k + 1).is_none(),
                _ => false,
            };
        }
        matches!(self.lower(k - 1).as_str(), "and" | "or") && self.opens_predicate(k)
    }

    /// Whether a verb follows the name `name` (past its ticker and bracket):
    /// a predicate opener ([`Finder::opens_predicate`]: "agreed", "will",
    /// "bought", "said"), a listed "-s" verb form (`role-verb-forms`, speech
    /// verbs: "warns", "says") or a lower-case present-tense verb shape of
    /// four or more letters ending in one "s" ("takes", "looks") that is no
    /// plural noun: no preposition, clause word, object stop or owned or
    /// goods noun ("units", "plants"), and no "and" / "or" / mark after it.
    pub(super) fn verb_after_item(&self, name: &Mention, ceiling: usize) -> bool {
        let toks = &self.tokens.tokens;
        let mut k = self.skip_ticker(name.last, ceiling);
        k = self.skip_paren(k, ceiling);
        if k >= ceiling || !self.lower_word(k) {
            return false;
        }
        if self.opens_predicate(k) {
            return true;
        }
        // The word as written: the look-ups below ignore case themselves.
        let w = toks[k].text(self.text);
        if self.rules.is_cue("role-verb-forms", w) || self.is_word(w, ListKind::SpeechVerb) {
            return true;
        }
        let stop = [
            ListKind::Preposition,
            ListKind::ClauseWord,
            ListKind::ObjectStop,
        ];
        let ends = |tail: &str| {
            w.len() >= tail.len()
                && w.as_bytes()[w.len() - tail.len()..].eq_ignore_ascii_case(tail.as_bytes())
        };
        toks[k].is_lower(self.text)
            && w.len() >= 4
            && ends("s")
            && !ends("ss")
            && !stop.iter().any(|&l| self.is_word(w, l))
            && !["owned-nouns", "goods-nouns"]
                .iter()
                .any(|l| self.rules.is_cue(l, w))
            && !self.ends_noun_list(k + 1, ceiling)
    }

    /// Whether token `k` closes or continues a list of nouns rather than
    /// opening a verb's object: the ceiling, a mark or "and" / "or".
    fn ends_noun_list(&self, k: usize, ceiling: usize) -> bool {
        k >= ceiling
            || !self.tokens.tokens[k]
                .text(self.text)
                .starts_with(char::is_alphanumeric)
            || matches!(self.lower(k).as_str(), "and" | "or")
    }

    /// Whether ", which" / ", who" / ", whose" follows the name ending at
    /// `end` (past its ticker).
    pub(super) fn comma_relative_after(&self, end: usize, ceiling: usize) -> bool {
        let k = self.skip_ticker(end, ceiling);
        k + 1 < ceiling
            && self.tokens.tokens[k].is_punct(',')
            && matches!(self.lower(k + 1).as_str(), "which" | "who" | "whose")
    }

    /// Whether a share stands among tokens `from..k` before the "by" at
    /// token `k` ("40 pct by", "30 pct each by", "46 pct owned by", "half
    /// by").
    pub(super) fn share_before_by(&self, from: usize, k: usize) -> bool {
        (from..k).any(|i| {
            let t = self.tokens.tokens[i];
            t.kind == TokKind::Number
                || t.is_punct('%')
                || matches!(
                    self.lower(i).as_str(),
                    "pct" | "percent" | "cent" | "half" | "rest" | "remainder" | "each"
                )
        })
    }

    /// Whether the list item after the one ending at `j` (the name `name`)
    /// is rather the subject of a new clause: one item read so far, no
    /// "between" list, and either the joiner is ", and" and a verb follows
    /// the name ("Tennick Corp bought Varden Inc, and Broxley Inc agreed to
    /// buy ...") or a lower-case trigger follows it ("and B bought C").
    pub(super) fn comma_and_clause(
        &self,
        j: usize,
        name: &Mention,
        read: usize,
        within: bool,
    ) -> bool {
        let toks = &self.tokens.tokens;
        if read != 1 || within {
            return false;
        }
        let joined = (j..name.first).find(|&k| self.word(k).eq_ignore_ascii_case("and"));
        let comma_and = joined.is_some_and(|a| a > j && toks[a - 1].is_punct(','));
        let mut k = self.skip_ticker(name.last, toks.len());
        k = self.skip_paren(k, toks.len());
        if k < toks.len() && toks[k].is_punct('>') {
            k += 1;
        }
        // "took over A and B bought C": a lower-case trigger right after the
        // name opens B's own clause, with or without a comma.
        let cue_next = self.lower_word(k.min(toks.len() - 1))
            && self
                .lexed
                .triggers
                .binary_search_by_key(&k, |s| s.first)
                .is_ok();
        (comma_and && self.opens_predicate(k)) || (joined.is_some() && cue_next)
    }

    /// What joins the list item ending at `j` to the next: tickers, a stock
    /// code, a bracket, a comma, "and", "&", "plus", "or", "by", "as well
    /// as". Returns the token after it and whether the joiner was "by"; none
    /// when nothing joins.
    pub(super) fn list_joiner(&self, j: usize, ceiling: usize) -> Option<(usize, bool)> {
        let toks = &self.tokens.tokens;
        let mut k = self.skip_ticker(j, ceiling);
        k = self.skip_paren(k, ceiling);
        if k < ceiling && (toks[k].is_punct('>') || toks[k].is_punct(')')) {
            k += 1;
        }
        if k < ceiling && toks[k].is_punct(',') {
            k += 1;
        }
        let w = if k < ceiling {
            self.lower(k)
        } else {
            Lower::Borrowed("")
        };
        match w.as_str() {
            "and" | "&" | "plus" | "or" | "by" => k += 1,
            "as" if k + 2 < ceiling && self.lower(k + 1) == "well" && self.lower(k + 2) == "as" => {
                k += 3
            }
            _ if k > j => {}
            _ => return None,
        }
        Some((k, w == "by"))
    }
}

/// How `Finder::right` reads the object list.
#[derive(Clone, Copy, Default)]
pub(super) struct RightOpts {
    /// An acquisition cue: "from" may lead to the object (the seller:
    /// "bought from Y"), and counted goods before it are no object ("buy 10
    /// aircraft from Y").
    pub(super) seller_from: bool,
    /// Past a purpose phrase: "a partnership to explore two blocks with Y".
    pub(super) purpose: bool,
}

/// Words after which an object list pairs within itself ("between A and B").
pub(super) fn pairs_within(w: &str) -> bool {
    matches!(w, "between" | "by" | "of" | "among")
}

/// How a party met while seeking an object reads.
pub(super) enum Object {
    /// A modifier of the object; where the search goes on.
    Modifier(usize),
    /// Goods after a count: no object.
    Goods,
    /// The object.
    Party,
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{assert_pairs, pairs};
    use super::super::tests::{names, tok, with_finder};
    use super::*;
    use crate::Extractor;

    /// The seller and buyer of the tests below.
    const OQ: (&str, &str) = ("Orvane Corp", "Quillet Foods Inc");

    #[test]
    fn a_party_met_while_seeking_an_object_may_be_goods_or_a_modifier() {
        with_finder(
            "Zeta Ltd ordered 20 Acme Corp jets and talked with Borealis Inc's rival Cirrus Motors.",
            |f, sent| {
                let acme = f.party_at(tok(f, "Acme")).unwrap();
                assert!(matches!(
                    f.object_reading(acme, sent.last, f.mentions),
                    Object::Goods
                ));
                let borealis = f.party_at(tok(f, "Borealis")).unwrap();
                assert!(matches!(
                    f.object_reading(borealis, sent.last, f.mentions),
                    Object::Modifier(_)
                ));
                let cirrus = f.party_at(tok(f, "Cirrus")).unwrap();
                assert!(matches!(
                    f.object_reading(cirrus, sent.last, f.mentions),
                    Object::Party
                ));
            },
        );
    }

    #[test]
    fn a_possessed_part_makes_its_owner_the_object_unless_a_name_follows() {
        with_finder(
            "Zeta Ltd signed a pact with Borealis Inc's test systems unit and Cirrus Motors's unit Delta Co.",
            |f, sent| {
                let borealis = f.party_at(tok(f, "Borealis")).unwrap();
                assert!(matches!(
                    f.object_reading(borealis, sent.last, f.mentions),
                    Object::Party
                ));
                let cirrus = f.party_at(tok(f, "Cirrus")).unwrap();
                assert!(matches!(
                    f.object_reading(cirrus, sent.last, f.mentions),
                    Object::Modifier(_)
                ));
            },
        );
    }

    #[test]
    fn an_object_list_is_joined_by_and_commas_and_as_well_as() {
        with_finder(
            "Acme Corp is in talks with Borealis Inc, Cirrus Motors as well as Delta Group.",
            |f, sent| {
                let with = tok(f, "with");
                let (got, within) = f.right(sent, with, with + 1, f.mentions, RightOpts::default());
                assert_eq!(
                    names(f, &got),
                    ["Borealis Inc", "Cirrus Motors", "Delta Group"]
                );
                assert!(!within);
                let (k, by) = f.list_joiner(tok(f, "Motors") + 1, sent.last).unwrap();
                assert_eq!((f.word(k), by), ("Delta", false));
                assert!(f.list_joiner(tok(f, "talks"), sent.last).is_none());
            },
        );
    }

    #[test]
    fn between_lets_an_object_list_pair_within_itself() {
        with_finder(
            "The venture was set up between Acme Corp and Borealis Inc.",
            |f, sent| {
                let up = tok(f, "up");
                let (got, within) = f.right(sent, up, up + 1, f.mentions, RightOpts::default());
                assert_eq!(names(f, &got), ["Acme Corp", "Borealis Inc"]);
                assert!(within);
            },
        );
    }

    #[test]
    fn a_word_may_lead_to_an_object_only_if_it_can_describe_one() {
        with_finder(
            "Acme Corp bought 5 pct of rival Borealis Inc from them.",
            |f, _| {
                assert!(f.object_lead_in(tok(f, "5"), false));
                assert!(f.object_lead_in(tok(f, "rival"), false));
                assert!(f.object_lead_in(tok(f, "from"), true));
                assert!(!f.object_lead_in(tok(f, "from"), false));
            },
        );
    }

    #[test]
    fn a_description_before_a_name_is_that_name() {
        assert_pairs(
            ("Acme Corp", "Borealis SA"),
            &[
                // "the Belgian group Borealis SA" is Borealis SA, not a company named before.
                "Cirrus Inc made a bid. Acme Corp has teamed up with the Belgian group Borealis SA.",
                "Acme Corp will double its stake in the Perth firm <Borealis SA> to 100 pct.",
                // A description alone still stands for the company named before it.
                "Borealis SA makes trucks. Acme Corp has teamed up with the Belgian group.",
            ],
            &[],
        );
    }

    #[test]
    fn a_place_phrase_before_the_seller_is_stepped_over_for_parts_not_goods() {
        assert_pairs(
            OQ,
            &[
                "Quillet Foods Inc bought a dairy plant in Nantes from Orvane Corp.",
                "Quillet Foods Inc will buy two mills near the Loire Valley from Orvane Corp.",
            ],
            // Goods bought where they stand are no part of the seller.
            &["Quillet Foods Inc bought wheat in Nantes from Orvane Corp."],
        );
    }

    #[test]
    fn a_ticker_after_the_owners_possessive_mark_is_stepped_over() {
        assert_pairs(
            OQ,
            &[
                "Quillet Foods Inc said it would bid for all of Orvane Corp's <ORV> common stock.",
                "Quillet Foods Inc bought 40 pct of Orvane Corp's <ORV.N> outstanding shares.",
            ],
            &[],
        );
        // The owner of a rival named after the ticker is still no party.
        let x = Extractor::new(crate::Rules::default_rules().unwrap());
        assert!(
            pairs(
                &x,
                "Quillet Foods Inc signed a pact with Orvane Corp's <ORV> rival Kessel Labs Inc."
            )
            .iter()
            .all(|(a, b)| a != "Orvane Corp" && b != "Orvane Corp")
        );
    }
}
