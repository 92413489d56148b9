//! Bylines on web pages: the line naming the article's author ("By Ann
//! Lee", "Written by Ann Lee in News on 1 June"), which the line classifier
//! drops as chrome (short, capitalised). The guidelines annotate the byline's
//! person, so the first byline-shaped line of a page, when dropped, is handed
//! on to the name stage as a [`LineKind::Byline`] line; it stays dropped for
//! the main text ([`Layout::kept_spans`](super::Layout::kept_spans) leaves it
//! out) and in [`Layout::decisions`].

use super::features::Lists;
use super::{Layout, Line, LineKind};
use crate::rules::{ListKind, Rules};

/// A byline line is at most this many bytes long.
const MAX_BYTES: usize = 120;

/// Adds the page's first byline-shaped line ([`is_byline`], or an author
/// line: [`is_author_line`], a name under a lone "By") to `layout.lines` as
/// a [`LineKind::Byline`] line, when the line classifier dropped it (a kept
/// body line becomes a byline line: a name line in title case is read for
/// names only as a byline). Web-page layouts only: it reads `layout.decisions`.
/// One pass over the decisions until the first byline.
pub fn hand_on_byline(text: &str, rules: &Rules, layout: &mut Layout) {
    hand_on_post_authors(text, &rules.clean.lists, layout);
    let given = |w: &str| rules.word_class(w) & ListKind::GivenName.bit() != 0;
    let known = |w: &str| given(w) || !rules.clean.lists.is_stopword(w);
    let ds = &layout.decisions;
    let line = |i: usize| &text[ds[i].start..ds[i].end];
    // "By" alone on its line, the name on the next.
    let under_by = |i: usize| {
        let by_alone = matches!(line(i).trim(), "By" | "by" | "By:" | "by:");
        (by_alone && i + 1 < ds.len() && is_name_line(line(i + 1), known)).then(|| &ds[i + 1])
    };
    // A "By NAME" line first, else a name under "By", else an author line.
    let found = (0..ds.len())
        .find(|&i| is_byline(line(i), &rules.clean.lists, known))
        .map(|i| &ds[i])
        .or_else(|| (0..ds.len()).find_map(under_by))
        .or_else(|| {
            ds.iter()
                .find(|d| is_author_line(&text[d.start..d.end], &rules.clean.lists, given))
        })
        .or_else(|| {
            // "Ann Lee ⏎ 9 min read": a name line over a byline trailer.
            (0..ds.len().saturating_sub(1))
                .find(|&i| is_name_line(line(i), given) && is_byline_trailer(line(i + 1), rules))
                .map(|i| &ds[i])
        });
    let Some(d) = found else {
        return;
    };
    let at = layout.lines.partition_point(|l| l.start < d.start);
    if d.kept {
        // Kept as a lead-in ("Ann Lee, Business Editor" under the headline):
        // read as the byline it is, for the author's name.
        if let Some(l) = layout
            .lines
            .get_mut(at)
            .filter(|l| l.start == d.start && l.kind == LineKind::Body)
        {
            l.kind = LineKind::Byline;
        }
        return;
    }
    let line = Line {
        start: d.start,
        end: d.end,
        kind: LineKind::Byline,
        paragraph_start: true,
    };
    layout.lines.insert(at, line);
}

/// Adds each dropped line that signs a quoted social post ("— Ann Lee
/// (@annlee) March 2, 2017", [`is_post_author`]) as a [`LineKind::Byline`]
/// line: the guidelines annotate the post's author.
fn hand_on_post_authors(text: &str, lists: &Lists, layout: &mut Layout) {
    let found: Vec<(usize, usize)> = layout
        .decisions
        .iter()
        .filter(|d| {
            let line = &text[d.start..d.end];
            !d.kept && (is_post_author(line) || is_contributor_credit(line, lists))
        })
        .map(|d| (d.start, d.end))
        .collect();
    for (start, end) in found {
        let at = layout.lines.partition_point(|l| l.start < start);
        let line = Line {
            start,
            end,
            kind: LineKind::Byline,
            paragraph_start: true,
        };
        layout.lines.insert(at, line);
    }
}

/// "— Ann Lee (@annlee) March 2, 2017": a dash, two or three capitalised
/// words and a bracketed handle.
pub fn is_post_author(line: &str) -> bool {
    let Some(rest) = ["\u{2014} ", "\u{2013} ", "- "]
        .iter()
        .find_map(|d| line.trim().strip_prefix(d))
    else {
        return false;
    };
    let Some((name, handle)) = rest.split_once(" (@") else {
        return false;
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    line.len() <= MAX_BYTES
        && (2..=3).contains(&words.len())
        && words.iter().all(|w| name_word(w))
        && handle.contains(')')
}

/// "Ann Lee in Tollmouth contributed to this report.": a closing line
/// crediting a contributor, at most 200 bytes, opening with a capital and
/// ending with an entry of `rules/clean/credit-endings.txt` and a full stop.
pub fn is_contributor_credit(line: &str, lists: &Lists) -> bool {
    let line = line.trim();
    line.len() <= 200
        && line.chars().next().is_some_and(char::is_uppercase)
        && line
            .strip_suffix('.')
            .is_some_and(|l| lists.ends_with_credit(l))
}

/// The line under an author's name on a web page: a reading time ("9 min
/// read"), an e-mail address alone, a time ago ("2 days ago") or a date
/// ("Updated October 8, 2025", "March 4, 2024": a lead word of
/// `rules/clean/trailer-leads.txt` or a listed
/// not-name word, a month or a weekday, opening a line with a year); at
/// most 60 bytes.
fn is_byline_trailer(line: &str, rules: &Rules) -> bool {
    let line = line.trim();
    if line.len() > 60 {
        return false;
    }
    let first = line.split_whitespace().next().unwrap_or("");
    let email = !line.contains(char::is_whitespace) && line.contains('@') && line.contains('.');
    let reading = line.ends_with("min read");
    let date_lead = rules.clean.lists.is_trailer_lead(first)
        || (name_word(first)
            && rules.word_class(first.trim_end_matches([',', '.'])) & ListKind::NotName.bit() != 0);
    let year = line
        .split(|c: char| !c.is_ascii_digit())
        .any(|n| n.len() == 4 && (n.starts_with("19") || n.starts_with("20")));
    email || reading || line.ends_with(" ago") || (date_lead && year)
}

/// Whether `line` names an author without "By": "Author: Ann Lee", "Ann
/// Lee, Staff Writer" (an author word of `rules/clean/author-words.txt` in
/// the few words after the comma),
/// "Ann Lee @annlee" (a handle ending the line). The name's first word is
/// a `given` name.
pub fn is_author_line(line: &str, lists: &Lists, given: impl Fn(&str) -> bool) -> bool {
    let line = line.trim();
    if line.len() > MAX_BYTES {
        return false;
    }
    if let Some(rest) = line.strip_prefix("Author:") {
        let mut words = rest.split_whitespace();
        return words.next().is_some_and(|w| name_word(w) && given(w))
            && words.next().is_some_and(name_word);
    }
    let (name, rest) = match line.find([',', '@']) {
        Some(k) => (&line[..k], &line[k..]),
        None => return false,
    };
    let names: Vec<&str> = name.split_whitespace().collect();
    // "Ann Lee" but not a glued address ("Leeann.lee@...").
    let shaped = (2..=3).contains(&names.len())
        && names
            .iter()
            .all(|w| name_word(w) && !w.trim_end_matches('.').contains('.'))
        && given(names[0]);
    let role = rest.starts_with(',')
        && rest[1..]
            .split_whitespace()
            .take(4)
            .any(|w| lists.is_author_word(w.trim_end_matches([',', '.'])));
    let handle = rest.starts_with('@') && !rest.trim_end().contains(char::is_whitespace);
    shaped && (role || handle)
}

/// A line of two or three capitalised words, the first passing `name`:
/// "Ann Lee" (the name under a lone "By").
fn is_name_line(line: &str, name: impl Fn(&str) -> bool) -> bool {
    // At most four words are read: a prose line is not split whole.
    let mut words = line.split_whitespace();
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    let third = words.next();
    words.next().is_none()
        && [Some(first), Some(second), third]
            .into_iter()
            .flatten()
            .all(name_word)
        && name(first)
}

/// Whether `line` (trimmed) reads as a byline: an optional lead word
/// (`rules/clean/byline-words.txt`: [`Lists::is_byline_lead`]), "By" or "by" (a colon may follow), then two capitalised
/// words (upper-case letter, then a lower-case one: ALL-CAPS bylines are not
/// read), the first passing `name` (a given name or no stopword), in at most
/// [`MAX_BYTES`] bytes. "Photo by Ann Lee" is a credit, not a byline; "By Use
/// Case" a menu entry.
pub fn is_byline(line: &str, lists: &Lists, name: impl Fn(&str) -> bool) -> bool {
    if line.len() > MAX_BYTES {
        return false;
    }
    let mut words = line.split_whitespace();
    let mut w = words.next();
    if w.is_some_and(|x| lists.is_byline_lead(x)) {
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
    use super::{
        Lists, is_author_line, is_byline, is_contributor_credit, is_name_line, is_post_author,
    };

    #[test]
    fn author_lines_and_not() {
        let given = |w: &str| matches!(w, "Ann" | "Tom");
        for yes in [
            "Author: Ann Lee",
            "Ann Lee, Staff Writer",
            "Tom Vell Orry, Daily Post Staff",
            "Ann Lee, Senior Editor, Travel",
            "Ann Lee @annlee",
            "Ann Lee@annlee",
        ] {
            assert!(is_author_line(yes, Lists::builtin(), given), "{yes}");
        }
        for no in [
            "Author: the team",
            "Privacy Policy, Editor",
            "Ann Lee, who writes",
            "Ann Lee @annlee and friends",
            "Ann Leeann.lee@example.com",
            "Ann Lee",
        ] {
            assert!(!is_author_line(no, Lists::builtin(), given), "{no}");
        }
        assert!(is_post_author("\u{2014} Ann Lee (@annlee) March 2, 2017"));
        assert!(!is_post_author("\u{2014} the team (@annlee)"));
        assert!(!is_post_author("Ann Lee (@annlee)"));
        let lists = Lists::builtin();
        assert!(is_contributor_credit(
            "Ann Lee in Tollmouth contributed to this report.",
            lists
        ));
        assert!(!is_contributor_credit(
            "the team contributed to this report.",
            lists
        ));
        assert!(!is_contributor_credit(
            "Ann Lee contributed to this report",
            lists
        ));
        assert!(!is_contributor_credit(
            "Ann Lee contributed to the fund.",
            lists
        ));
        assert!(is_name_line("Ann Lee", given));
        assert!(!is_name_line("Ann", given));
        assert!(!is_name_line("Great Day", given));
    }

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
            assert!(is_byline(yes, Lists::builtin(), given), "{yes}");
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
            assert!(!is_byline(no, Lists::builtin(), given), "{no}");
        }
    }
}
