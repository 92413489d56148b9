//! Bylines on web pages: the line naming the article's author ("By Ann
//! Lee", "Written by Ann Lee in News on 1 June"), which the line classifier
//! drops as chrome (short, capitalised). The guidelines annotate the byline's
//! person, so the first byline-shaped line of a page, when dropped, is handed
//! on to the name stage as a [`LineKind::Byline`] line; it stays dropped for
//! the main text ([`Layout::kept_spans`](super::Layout::kept_spans) leaves it
//! out) and in [`Layout::decisions`].

use super::{Layout, Line, LineKind};
use crate::rules::{ListKind, Rules};

/// Words that may stand before "by" in a byline ("Written by Ann Lee").
pub const LEAD_WORDS: &[&str] = &["Written", "Posted", "Reported", "Words", "Story", "Text"];

/// A byline line is at most this many bytes long.
const MAX_BYTES: usize = 120;

/// Adds the page's first byline-shaped line ([`is_byline`]) to
/// `layout.lines` as a [`LineKind::Byline`] line, when the line classifier
/// dropped it (a kept one is read anyway). Web-page layouts only: it reads
/// `layout.decisions`. One pass over the decisions until the first byline.
pub fn hand_on_byline(text: &str, rules: &Rules, layout: &mut Layout) {
    let known = |w: &str| {
        rules.word_class(w) & ListKind::GivenName.bit() != 0 || !rules.clean.lists.is_stopword(w)
    };
    let Some(d) = layout
        .decisions
        .iter()
        .find(|d| is_byline(&text[d.start..d.end], known))
    else {
        return;
    };
    if d.kept {
        return;
    }
    let at = layout.lines.partition_point(|l| l.start < d.start);
    let line = Line {
        start: d.start,
        end: d.end,
        kind: LineKind::Byline,
        paragraph_start: true,
    };
    layout.lines.insert(at, line);
}

/// Whether `line` (trimmed) reads as a byline: an optional lead word
/// ([`LEAD_WORDS`]), "By" or "by" (a colon may follow), then two capitalised
/// words (upper-case letter, then a lower-case one: ALL-CAPS bylines are not
/// read), the first passing `name` (a given name or no stopword), in at most
/// [`MAX_BYTES`] bytes. "Photo by Ann Lee" is a credit, not a byline; "By Use
/// Case" a menu entry.
pub fn is_byline(line: &str, name: impl Fn(&str) -> bool) -> bool {
    if line.len() > MAX_BYTES {
        return false;
    }
    let mut words = line.split_whitespace();
    let mut w = words.next();
    if w.is_some_and(|x| LEAD_WORDS.contains(&x)) {
        w = words.next().filter(|x| matches!(*x, "by" | "by:"));
    } else {
        w = w.filter(|x| matches!(*x, "By" | "by" | "By:" | "by:"));
    }
    let first = words.next().filter(|x| name_word(x));
    w.is_some() && first.is_some_and(name) && words.next().is_some_and(name_word)
}

/// "Lee", "McInnes", "Whish-Wilson,": an upper-case letter then a lower-case one.
fn name_word(w: &str) -> bool {
    let mut c = w.chars();
    c.next().is_some_and(char::is_uppercase) && c.next().is_some_and(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::is_byline;

    #[test]
    fn bylines_and_not() {
        let given = |w: &str| w != "Use";
        for yes in [
            "By Ann Lee",
            "By John Lee",
            "by Ann Lee, Staff Writer",
            "Written by Ann Lee in News on 1 June 2019",
            "By: Ann Lee | March 4, 2024",
            "By Ann Lee @annlee November 2, 2016",
        ] {
            assert!(is_byline(yes, given), "{yes}");
        }
        for no in [
            "Photo by Ann Lee/Agency",
            "By ANN LEE",
            "By the way, it rained",
            "Ann Lee",
            "Stand by Ann Lee",
            "Posted in News",
            "By Use Case",
        ] {
            assert!(!is_byline(no, given), "{no}");
        }
    }
}
