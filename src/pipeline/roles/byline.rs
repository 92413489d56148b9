//! Bylines: "By Jane Roe, AP Business Writer", "By JANE ROE AP Sports
//! Writer" (no comma), "By Jane Roe - Staff Writer", "By Jane Roe,
//! Example.com Senior Writer", "By Jane Roe and Jon Doe, Times Staff
//! Writers", the title alone on the next line: the capitalised words after
//! the author's names, up to a title
//! word or a byline head (the `role-byline-heads` list: "Staff",
//! "Contributor"), are each author's title. An outlet named there is no
//! employer: no company is guessed.

use super::plural::title_or_byline_head;
use super::{Found, Reader, Role};
use crate::pipeline::segment::TokKind;

/// At most this many tokens of a byline title ("PGATOUR.com Chief of
/// Correspondents" is six).
const MAX_TITLE: usize = 8;

impl Reader<'_> {
    /// The byline title of the person mention at `first..last` of the
    /// sentence `start..end`, when the sentence opens with "By" and names.
    pub(super) fn byline_title(
        &self,
        first: usize,
        last: usize,
        start: usize,
        end: usize,
    ) -> Option<Found> {
        if !self.opens_byline(first, start) {
            return None;
        }
        let toks = &self.tokens.tokens;
        // Past the other authors ("and Jon Doe") and a separator.
        let mut k = last;
        while self.joins_person(k, end) {
            k = self.mention_from(k + 1)?.last;
        }
        let sep = k;
        while k < end && k - sep < 2 && matches!(toks[k].kind, TokKind::Punct(c) if c != '(') {
            k += 1;
        }
        // "By JANE ROE" / "AP White House Correspondent": the title on the
        // next line, filling it.
        let (k, l, singular) = if k < end {
            let (l, singular) = self.byline_title_end(k, end)?;
            (k, l, singular)
        } else {
            let next = self
                .tokens
                .sentences
                .get(self.tokens.sentence_of.get(end).copied()?)?;
            let (l, singular) = self.byline_title_end(end, next.last)?;
            if l != next.last {
                return None;
            }
            (end, l, singular)
        };
        let before = self.text[toks[k].start..toks[l - 1].start].to_lowercase();
        let mut title = before.split_whitespace().collect::<Vec<_>>().join(" ");
        if !title.is_empty() {
            title.push(' ');
        }
        title.push_str(&singular);
        Some(Found {
            role: Role { title, org: None },
            guess: false,
            anaphor: false,
        })
    }

    /// Whether the person mention at `first` is an author of a byline: "By"
    /// opens the sentence at `start` right before it, or before the names
    /// joined to it by "and" or commas; or the mention opens a byline line
    /// the clean stage handed on ("Ann Lee, Kestrel Staff").
    fn opens_byline(&self, first: usize, start: usize) -> bool {
        let toks = &self.tokens.tokens;
        if first == start && self.tokens.sentences[self.tokens.sentence_of[first]].byline {
            return true;
        }
        let mut k = first;
        for _ in 0..4 {
            if k == start + 1 {
                return toks[start].text(self.text) == "By";
            }
            let Some(j) = k.checked_sub(1).filter(|&j| j > start) else {
                return false;
            };
            let joined = toks[j].is_punct(',') || self.word(j) == "and";
            match self.mention_ending(j).filter(|_| joined) {
                Some(f) => k = f,
                None => return false,
            }
        }
        false
    }

    /// From `k`: a run of capitalised words (a word may hold a dot:
    /// "PGATOUR.com"; "of" after a title word: "Chief of Correspondents";
    /// "and" between capitalised words: "Life and Trends Reporter"; a title
    /// word or byline head in lower case: "Tribune staff reporter"), read
    /// up to its last title word or byline head. Returns the end
    /// (exclusive) and that last word in the singular, lower case.
    fn byline_title_end(&self, k: usize, end: usize) -> Option<(usize, String)> {
        let toks = &self.tokens.tokens;
        let mut best = None;
        let mut j = k;
        while j < end && j - k < MAX_TITLE {
            let t = toks[j];
            let word = t.kind == TokKind::Word && self.person_at[j].is_none();
            if word && (self.is_capitalised(j) || self.byline_head(j).is_some()) {
                if let Some(s) = self.byline_head(j) {
                    best = Some((j + 1, s));
                }
                j += 1;
                continue;
            }
            let inner_dot = t.is_punct('.')
                && j > k
                && j + 1 < end
                && toks[j - 1].end == t.start
                && toks[j + 1].start == t.end
                && toks[j + 1].kind == TokKind::Word;
            // "PGATOUR.com": the word after the dot too.
            if inner_dot {
                j += 2;
                continue;
            }
            if self.title_joint(j, k, end) {
                j += 1;
                continue;
            }
            if self.word(j) != "of" || best.as_ref().is_none_or(|b| b.0 != j) {
                break;
            }
            j += 1;
        }
        best
    }

    /// Whether the token at `j`, inside a byline title run from `k` that
    /// ends before `end`, is an "and" or "&" between capitalised words
    /// ("Senior Life and Trends Reporter"), not before a person ("By Ann
    /// Lee and Tom Vell" names two authors).
    fn title_joint(&self, j: usize, k: usize, end: usize) -> bool {
        let joint = self.word(j) == "and" || self.tokens.tokens[j].is_punct('&');
        joint
            && j > k
            && j + 1 < end
            && self.is_capitalised(j - 1)
            && self.is_capitalised(j + 1)
            && self.person_at[j + 1].is_none()
    }

    /// The word at `j` as a byline title's last word, in the singular and
    /// lower case: a title word, a byline head, or the plural of either
    /// ("Writers", "Correspondents").
    fn byline_head(&self, j: usize) -> Option<String> {
        let w = self.word(j);
        if self.is_title_word(j) {
            return Some(w.to_string());
        }
        title_or_byline_head(self.rules, &w)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{role, roles};

    #[test]
    fn the_capitalised_words_after_a_byline_name_are_its_title() {
        let text = "Brolen wins order\n\nBy MARTA QUILLEN AP Sports Writer\n\nBrolen said on Monday it won the order.";
        assert_eq!(
            roles(text),
            vec![role("MARTA QUILLEN", "ap sports writer", None)]
        );
        let text = "Brolen wins order\n\nBy David Vasko, Velmora.com Staff\n\nBrolen said on Monday it won the order.";
        assert_eq!(
            roles(text),
            vec![role("David Vasko", "velmora.com staff", None)]
        );
    }

    #[test]
    fn a_plural_byline_title_is_held_in_the_singular() {
        let text = "Brolen wins order\n\nBy Helen Voss - Railnews.com Chief of Correspondents\n\nBrolen said on Monday it won the order.";
        assert_eq!(
            roles(text),
            vec![role(
                "Helen Voss",
                "railnews.com chief of correspondent",
                None
            )]
        );
    }

    #[test]
    fn a_byline_title_alone_on_the_next_line() {
        let text = "Brolen wins order\n\nBy MARTA QUILLEN\nAP Business Writer\n\nBrolen said on Monday it won the order.";
        assert_eq!(
            roles(text),
            vec![role("MARTA QUILLEN", "ap business writer", None)]
        );
    }

    #[test]
    fn a_date_after_a_byline_name_is_no_title() {
        let text = "Brolen wins order\n\nBy Helen Voss January 18, 2008\n\nBrolen said on Monday it won the order.";
        assert_eq!(roles(text), vec![]);
    }

    #[test]
    fn a_byline_title_may_hold_lower_case_heads_and_an_and() {
        let text = "Brolen wins order\n\nBy MARTA QUILLEN\nLakeport Ledger staff reporter\n\nBrolen said on Monday it won the order.";
        assert_eq!(
            roles(text),
            vec![role(
                "MARTA QUILLEN",
                "lakeport ledger staff reporter",
                None
            )]
        );
        let text = "Brolen wins order\n\nBy Helen Voss, Senior Life and Trends Reporter\n\nBrolen said on Monday it won the order.";
        assert_eq!(
            roles(text),
            vec![role("Helen Voss", "senior life and trends reporter", None)]
        );
        // Lower-case words that are no title words end the run; "and" joins
        // capitalised words only.
        for no in [
            "By Helen Voss, who covers the staff",
            "By Helen Voss and the Ledger Staff",
            "By Helen Voss | sales and staff",
        ] {
            let text =
                format!("Brolen wins order\n\n{no}\n\nBrolen said on Monday it won the order.");
            assert_eq!(roles(&text), vec![], "{no}");
        }
    }
}
