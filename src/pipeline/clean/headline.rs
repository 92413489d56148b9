//! The headline of a scraped web page. A page's first line is most often its
//! `<title>` ("Acme buys Borealis | Daily Vardle"), and the article's own
//! headline stands a few lines before its first paragraph, among date lines,
//! bylines, captions, share buttons and menus. The headline is the line
//! before the article that reads as one and whose words are the title's,
//! else one whose words recur in the first paragraphs, else the title line.
//!
//! Takes: the lines' visible texts, their own features and the smoothed
//! decisions. Gives: the headline's index (kept; the byline and date lines
//! between it and the article stay as the smoothing left them: web article
//! bodies leave them out, and the byline stage reads a dropped byline for
//! the author). Linear in the lines.

use std::borrow::Cow;
use std::cell::OnceCell;

use hashbrown::HashSet;

use super::features::{Lists, Own, SHORT, words};
use super::smoothing::{HEADLINE, TITLE_WORDS};

/// Lines before the article's first paragraph searched for its headline.
const REACH: usize = 40;
/// Paragraphs of the article whose words the headline's may recur in.
const BODY_LINES: usize = 3;
/// Share of a line's words that are the title's for it to be the headline.
const TITLE_SHARE: f64 = 0.75;
/// Share of the title's words the headline holds at least.
const TITLE_COVER: f64 = 0.3;
/// Share of a line's content words that recur in the first paragraphs for
/// it to be the headline when no line repeats the title.
const BODY_SHARE: f64 = 0.5;
/// A time-ago line ("2 hours ago") has at most this many words ("Used
/// Rocket Flew 1 Year Ago Today" is a headline).
const AGO_WORDS: usize = 6;
/// A date line has at most this many words.
const DATE_WORDS: usize = 12;

/// A set of lower-cased words, each borrowed from its line when it is
/// lower-case already (most words of prose: no allocation).
type WordSet<'t> = HashSet<Cow<'t, str>>;

/// Lower-cased words of `s`.
fn word_set(s: &str) -> WordSet<'_> {
    words(s).into_iter().map(lower).collect()
}

/// The distinct lower-cased words of `s`, as [`word_set`] holds them: for a
/// short line (a headline's shape), a linear search a word, no hashing.
fn distinct_words(s: &str) -> Vec<Cow<'_, str>> {
    let mut out: Vec<Cow<'_, str>> = Vec::new();
    for w in words(s).into_iter().map(lower) {
        if !out.contains(&w) {
            out.push(w);
        }
    }
    out
}

/// `w` lower-cased (`str::to_lowercase`), borrowed when that is `w`: an
/// ASCII word without a capital.
fn lower(w: &str) -> Cow<'_, str> {
    if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(w)
    } else {
        Cow::Owned(w.to_lowercase())
    }
}

/// A date or time line ("December 29, 2007", "Updated: Dec 31, 2025 8:51pm
/// UTC", "1/30/09 at 5:50 PM", "2 hours ago"): a short line with a number
/// next to a month or weekday name (`date-words.txt`), a clock time, a
/// number and "ago" ("Middlesbrough 2-2 Charlton" is no date line).
pub fn is_date_line(s: &str, o: &Own, lists: &Lists) -> bool {
    // The cheap tests first (same answer): more than DATE_WORDS words, or
    // no ASCII digit, so no word opens with one; only then split the words.
    if o.n > DATE_WORDS || !s.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let ws = words(s);
    let number = |i: usize| {
        ws.get(i)
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
    };
    let any_number = (0..ws.len()).any(number);
    let month_day = (0..ws.len())
        .any(|i| lists.is_date_word(ws[i]) && ((i > 0 && number(i - 1)) || number(i + 1)));
    let ago = o.n <= AGO_WORDS && ws.iter().any(|w| w.eq_ignore_ascii_case("ago"));
    o.n <= DATE_WORDS && any_number && (month_day || ago || super::features::has_clock(s))
}

/// A line shaped like a headline: 2 to [`TITLE_WORDS`] words, not a
/// byline, a teaser, a menu (separators) or a date line, not ending a
/// sentence with a full stop or a colon.
fn shaped(s: &str, o: &Own, lists: &Lists) -> bool {
    (2..=TITLE_WORDS).contains(&o.n)
        && !markup_or_path(s)
        && !o.byline
        && o.teaser == 0.0
        && o.separators == 0.0
        && !s.trim_end().ends_with(['.', ':', ','])
        && !is_date_line(s, o, lists)
}

/// Page source or a path, not prose: markup characters (`<>{}=`) or a
/// breadcrumb ("Home / Insights / Title").
fn markup_or_path(s: &str) -> bool {
    s.contains(['<', '>', '{', '}', '=']) || s.matches(" / ").nth(1).is_some()
}

/// Share of `line`'s words in `of`, and how many.
fn share(line: &WordSet<'_>, of: &WordSet<'_>) -> (f64, usize) {
    ratio(line.iter().filter(|w| of.contains(*w)).count(), line.len())
}

/// `n` of `len` words: their share (0 when there are none) and `n`.
fn ratio(n: usize, len: usize) -> (f64, usize) {
    (n as f64 / len.max(1) as f64, n)
}

/// The headline among `lines` (the visible texts of the lines with words,
/// `own` their features), given the smoothed decisions `out`: marks it kept
/// and gives its index. None when no line reads as the headline.
pub fn pick(
    lines: &[&str],
    own: &[Own],
    lists: &Lists,
    out: &mut [(bool, Option<&'static str>)],
) -> Option<usize> {
    let first = out.iter().position(|d| d.0)?;
    let body = (first..own.len())
        .find(|&i| out[i].0 && own[i].n >= SHORT && own[i].sentence_end == 1.0)
        .unwrap_or(first);
    // Built on the first echo asked for (most pages ask for none).
    let prose = OnceCell::new();
    let echo = |j: usize| {
        let prose = prose.get_or_init(|| prose_words(lines, own, out, body));
        share(&content_words(lines[j], lists), prose)
    };
    let h = repeats_title(lines, own, lists, body, echo)
        .or_else(|| recurs_in_body(lines, own, lists, body, echo))
        .or_else(|| (body > 0 && title_line(lines[0], &own[0], lists)).then_some(0))?;
    if !out[h].0 {
        out[h] = (true, Some(HEADLINE));
    }
    Some(h)
}

/// The words of the first [`BODY_LINES`] kept lines of [`SHORT`] or more
/// words from `body` on (`out`: the decisions), lower-cased.
fn prose_words<'t>(
    lines: &[&'t str],
    own: &[Own],
    out: &[(bool, Option<&'static str>)],
    body: usize,
) -> WordSet<'t> {
    let mut prose = WordSet::new();
    for i in (body..own.len())
        .filter(|&i| out[i].0 && own[i].n >= SHORT)
        .take(BODY_LINES)
    {
        // Straight into the one set: no set per line, each word hashed once.
        prose.extend(words(lines[i]).into_iter().map(lower));
    }
    prose
}

/// The lower-cased words of `s` that are neither stopwords nor numbers.
fn content_words<'t>(s: &'t str, lists: &Lists) -> WordSet<'t> {
    words(s)
        .into_iter()
        .map(lower)
        .filter(|w| !lists.is_stopword(w) && !w.starts_with(|c: char| c.is_ascii_digit()))
        .collect()
}

/// Among the headline-shaped lines before `body` whose words are mostly the
/// page title's (the first line's), the one with the most words of the
/// title, less its other words, plus content words recurring in the first
/// paragraphs (`echo`: share and count of a line's content words found
/// there), the nearest of equals. A short line of capitalised words
/// ([`name_shaped`]) scores its echo only: a site's or section's name in
/// the title repeats on the page too, but rarely in the article.
fn repeats_title(
    lines: &[&str],
    own: &[Own],
    lists: &Lists,
    body: usize,
    echo: impl Fn(usize) -> (f64, usize),
) -> Option<usize> {
    if body < 2 {
        return None;
    }
    let title = word_set(lines[0]);
    let from = body.saturating_sub(REACH).max(1);
    let mut best: Option<(usize, usize)> = None; // (score, line)
    for j in (from..body).rev() {
        if !shaped(lines[j], &own[j], lists) {
            continue;
        }
        let ws = distinct_words(lines[j]);
        let (s, n) = ratio(ws.iter().filter(|w| title.contains(*w)).count(), ws.len());
        if s < TITLE_SHARE || n < 2 || (n as f64) < TITLE_COVER * title.len() as f64 {
            continue;
        }
        let echoed = echo(j).1;
        // A name may be the site's: only its echo in the article counts.
        let score = if name_shaped(lines[j], &own[j]) {
            echoed
        } else {
            (2 * n + echoed).saturating_sub(ws.len())
        };
        if score > 0 && best.is_none_or(|b| score > b.0) {
            best = Some((score, j));
        }
    }
    best.map(|b| b.1)
}

/// Words of a line that may be a site's or section's name.
const NAME_WORDS: usize = 4;

/// A site's or section's name: at most [`NAME_WORDS`] words, all
/// capitalised ("Kansas City Business Journal", "SPORTS WIRE").
fn name_shaped(s: &str, o: &Own) -> bool {
    o.n <= NAME_WORDS
        && words(s)
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
}

/// Content words a headline that only echoes the article holds at least.
const ECHO_WORDS: usize = 3;
/// Words such a headline holds at most (a longer line is a caption or a
/// teaser's sentence).
const ECHO_MAX_WORDS: usize = 20;

/// The nearest headline-shaped line before `body` opening with a capital,
/// free of chrome words, of at most [`ECHO_MAX_WORDS`] words, not ending in
/// a bracket (a caption's credit), with [`ECHO_WORDS`] or more content words
/// of which most recur in the article's first paragraphs (`echo`).
fn recurs_in_body(
    lines: &[&str],
    own: &[Own],
    lists: &Lists,
    body: usize,
    echo: impl Fn(usize) -> (f64, usize),
) -> Option<usize> {
    let from = body.saturating_sub(REACH).max(1);
    (from..body).rev().find(|&j| {
        let line = lines[j].trim();
        let capital = line.starts_with(char::is_uppercase);
        if !capital
            || own[j].chrome > 0.0
            || own[j].n > ECHO_MAX_WORDS
            || line.ends_with([')', ']'])
            || !shaped(line, &own[j], lists)
            || content_words(line, lists).len() < ECHO_WORDS
        {
            return false;
        }
        let (s, n) = echo(j);
        s >= BODY_SHARE && n >= 2
    })
}

/// The first line as the headline: the page title, 3 or more words, not a
/// date line, a byline or a sentence.
fn title_line(s: &str, o: &Own, lists: &Lists) -> bool {
    (3..=TITLE_WORDS * 2).contains(&o.n)
        && !o.byline
        && !markup_or_path(s)
        && !s.trim_end().ends_with(['.', ':', ','])
        && !is_date_line(s, o, lists)
}

/// Separators between a page title's parts ("Headline | Site", "Site -
/// Section - Headline").
const TITLE_SEPARATORS: [&str; 8] = [
    " | ",
    " - ",
    " \u{2013} ",
    " \u{2014} ",
    " :: ",
    " \u{bb} ",
    " \u{b7} ",
    " \u{2022} ",
];

/// The headline part of a page title `s`: the part between separators with
/// the most words (the first of equals), as a trimmed byte range of `s`.
pub fn title_part(s: &str) -> (usize, usize) {
    let mut cuts: Vec<(usize, usize)> = TITLE_SEPARATORS
        .iter()
        .flat_map(|sep| s.match_indices(sep).map(|(i, m)| (i, i + m.len())))
        .collect();
    cuts.sort_unstable();
    let mut best = (0, s.len(), 0);
    let mut pos = 0;
    for (a, b) in cuts.into_iter().chain([(s.len(), s.len())]) {
        if a < pos {
            continue;
        }
        let n = words(&s[pos..a]).len();
        if n > best.2 {
            best = (pos, a, n);
        }
        pos = b;
    }
    let part = &s[best.0..best.1];
    let lead = part.len() - part.trim_start().len();
    (best.0 + lead, best.0 + part.trim_end().len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::clean::features::own;

    fn pick_of(lines: &[&str], kept: &[bool]) -> (Option<usize>, Vec<bool>) {
        let lists = Lists::builtin();
        let o: Vec<Own> = lines.iter().map(|l| own(l, lists)).collect();
        let mut d: Vec<(bool, Option<&'static str>)> = kept.iter().map(|&k| (k, None)).collect();
        let h = pick(lines, &o, lists, &mut d);
        (h, d.iter().map(|x| x.0).collect())
    }

    #[test]
    fn a_word_is_lower_cased_as_to_lowercase_does_borrowed_when_it_is_already() {
        for w in [
            "acme",
            "Acme",
            "ACME",
            "42x",
            "don't",
            "\u{c9}t\u{c9}",
            "\u{3a3}\u{391}\u{3a3}",
            "\u{212a}",
        ] {
            assert_eq!(lower(w), w.to_lowercase(), "{w}");
        }
        assert!(matches!(lower("acme's"), Cow::Borrowed(_)));
        assert!(matches!(lower("Acme"), Cow::Owned(_)));
        assert!(matches!(lower("\u{e9}t\u{e9}"), Cow::Owned(_)));
    }

    const PROSE: &str = "Zorblax Dynamics said on Tuesday that it had agreed to buy Quenton Freight, a maker of trucks, for cash.";

    #[test]
    fn the_line_repeating_the_title_is_the_headline_not_the_date() {
        let lines = [
            "Zorblax agrees to buy Quenton Freight | Daily Vardle",
            "Home",
            "Business",
            "Zorblax agrees to buy Quenton Freight",
            "By Mira Vell",
            "December 29, 2007",
            PROSE,
        ];
        let (h, kept) = pick_of(&lines, &[false, false, false, false, false, true, true]);
        assert_eq!(h, Some(3));
        // The byline under it is no article text (web bodies leave it out;
        // the byline stage reads it for the author): it stays dropped.
        assert_eq!(kept, [false, false, false, true, false, true, true]);
    }

    #[test]
    fn without_a_repeat_a_line_echoing_the_article_then_the_title() {
        let lines = [
            "Freight deal | Daily Vardle",
            "Menu",
            "Zorblax to buy Quenton trucks",
            "Updated: Dec 31, 2025 8:51pm UTC",
            PROSE,
        ];
        assert_eq!(
            pick_of(&lines, &[false, false, false, true, true]).0,
            Some(2)
        );
        let lines = [
            "Zorblax strikes a freight deal - Daily Vardle",
            "Menu",
            "18 shares",
            "Yesterday 1:14PM",
            PROSE,
        ];
        assert_eq!(
            pick_of(&lines, &[false, false, false, true, true]).0,
            Some(0)
        );
        // No title, nothing echoing the article: no headline.
        let lines = ["Menu", "Photo Galleries", "December 29, 2007", PROSE];
        assert_eq!(pick_of(&lines, &[false, false, true, true]).0, None);
    }

    #[test]
    fn date_lines_and_title_parts() {
        let lists = Lists::builtin();
        for yes in [
            "December 29, 2007",
            "1/30/09 at 5:50 PM",
            "2 hours ago",
            "Fri, January 18, 2008",
        ] {
            assert!(is_date_line(yes, &own(yes, lists), lists), "{yes}");
        }
        for no in [
            "May Industries cuts 300 jobs in Tollmouth",
            "Zorblax buys Quenton",
            "On December 29, 2007 the Zorblax board met in Tollmouth to vote on the offer",
        ] {
            assert!(!is_date_line(no, &own(no, lists), lists), "{no}");
        }
        let t = "Zorblax buys Quenton Freight - Daily Vardle";
        let (s, e) = title_part(t);
        assert_eq!(&t[s..e], "Zorblax buys Quenton Freight");
        let t = "Vardle | Zorblax buys Quenton Freight";
        let (s, e) = title_part(t);
        assert_eq!(&t[s..e], "Zorblax buys Quenton Freight");
        let (s, e) = title_part("Zorblax buys Quenton");
        assert_eq!((s, e), (0, 20));
    }
}
