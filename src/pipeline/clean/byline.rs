//! Bylines on web pages: the line naming the article's author ("By Ann
//! Lee", "Written by Ann Lee in News on 1 June"), which the line classifier
//! drops as chrome (short, capitalised). The guidelines annotate the byline's
//! person, so the first byline-shaped line of a page, and the author lines
//! of the lead-in under the headline ("By ANN LEE", "Ann Lee | March 4,
//! 2024"), when dropped, are handed on to the name stage as
//! [`LineKind::Byline`] lines: the author is read from the page's lines
//! whatever the line classifier kept. They stay dropped for the main text
//! ([`Layout::kept_spans`](super::Layout::kept_spans) leaves them out) and
//! in [`Layout::decisions`].

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
/// One pass over the decisions until the first byline. Then the author's
/// title on the line under a handed-on byline ([`hand_on_byline_titles`]).
pub fn hand_on_byline(text: &str, rules: &Rules, layout: &mut Layout) {
    hand_on_author(text, rules, layout);
    hand_on_byline_titles(text, &rules.clean.lists, layout);
}

/// The author lines of [`hand_on_byline`].
fn hand_on_author(text: &str, rules: &Rules, layout: &mut Layout) {
    hand_on_post_authors(text, &rules.clean.lists, layout);
    hand_on_lead_in(text, rules, layout);
    let given = |w: &str| rules.word_class(w) & ListKind::GivenName.bit() != 0;
    let known = |w: &str| given(w) || !rules.clean.lists.is_stopword(w);
    let ds = &layout.decisions;
    let line = |i: usize| &text[ds[i].start..ds[i].end];
    // "By" alone on its line, the name on the next.
    let under_by = |i: usize| {
        let by_alone = matches!(line(i).trim(), "By" | "by" | "By:" | "by:");
        (by_alone && i + 1 < ds.len() && is_name_line(line(i + 1), known)).then(|| &ds[i + 1])
    };
    let (lo, hi) = reach(ds);
    // A "By NAME" line first, else a name under "By", else an author line.
    let found = (lo..hi)
        .find(|&i| is_byline(line(i), &rules.clean.lists, known))
        .map(|i| &ds[i])
        .or_else(|| (lo..hi).find_map(under_by))
        .or_else(|| {
            ds[lo..hi]
                .iter()
                .find(|d| is_author_line(&text[d.start..d.end], &rules.clean.lists, given))
        })
        .or_else(|| {
            // "Ann Lee ⏎ 9 min read": a name line over a byline trailer.
            (lo..hi.min(ds.len().saturating_sub(1)))
                .find(|&i| is_name_line(line(i), given) && is_byline_trailer(line(i + 1), rules))
                .map(|i| &ds[i])
        });
    let Some(d) = found else {
        return;
    };
    let at = layout.lines.partition_point(|l| l.start < d.start);
    if layout
        .lines
        .get(at)
        .is_some_and(|l| l.start == d.start && l.kind == LineKind::Byline)
    {
        // Handed on already (an author line of the lead-in).
        return;
    }
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
    insert_byline(layout, at, d.start, d.end);
}

/// Puts the byline line `start..end` (bytes) into `layout.lines` at index
/// `at`, the place that keeps the lines in text order.
fn insert_byline(layout: &mut Layout, at: usize, start: usize, end: usize) {
    let line = Line {
        start,
        end,
        kind: LineKind::Byline,
        paragraph_start: true,
    };
    layout.lines.insert(at, line);
}

/// Adds the author's title under each byline line ([`LineKind::Byline`])
/// as a byline line too, when the line classifier dropped it: the next line
/// (past one repeat of the byline line: "Ann Lee ⏎ Ann Lee ⏎ Reporter")
/// when it is a title line ([`is_byline_title_line`]: "Tribune staff
/// reporter", "Senior Life and Trends Reporter"). The roles stage reads a
/// byline title alone on the line after the name.
fn hand_on_byline_titles(text: &str, lists: &Lists, layout: &mut Layout) {
    let ds = &layout.decisions;
    let line = |i: usize| text[ds[i].start..ds[i].end].trim();
    let mut found = Vec::new();
    for l in layout.lines.iter().filter(|l| l.kind == LineKind::Byline) {
        let i = ds.partition_point(|d| d.start < l.start);
        if ds.get(i).is_none_or(|d| d.start != l.start) {
            continue;
        }
        let mut j = i + 1;
        if j < ds.len() && line(j) == line(i) {
            j += 1;
        }
        if j < ds.len() && !ds[j].kept && is_byline_title_line(line(j), lists) {
            found.push((ds[j].start, ds[j].end));
        }
    }
    for (start, end) in found {
        let at = layout.lines.partition_point(|l| l.start < start);
        if layout.lines.get(at).is_none_or(|l| l.start != start) {
            insert_byline(layout, at, start, end);
        }
    }
}

/// At most this many words on an author's title line ("Senior Life and
/// Trends Reporter").
const MAX_TITLE_WORDS: usize = 6;

/// Whether `line` (trimmed) is an author's title alone on its line: at most
/// [`MAX_TITLE_WORDS`] words of letters (a dot or hyphen inside: "Example.com
/// Staff"), each capitalised, an author word (`rules/clean/author-words.txt`,
/// in any case, a plural too: "Staff Writers") or "and", "&" or "of"
/// between, the first capitalised and the last an author word.
/// "Reporter", "Tribune staff reporter"; not "Read more from our reporter"
/// (lower-case words that are no author words).
fn is_byline_title_line(line: &str, lists: &Lists) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let letters = |w: &&str| {
        w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '&'))
    };
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    let capital = |w: &str| {
        let mut c = w.chars();
        c.next().map(|f| {
            f.to_uppercase()
                .chain(c.flat_map(char::to_lowercase))
                .collect::<String>()
        })
    };
    let author = |w: &str| capital(w).is_some_and(|c| lists.is_author_word(&c));
    let head = |w: &str| author(w) || w.strip_suffix('s').is_some_and(author);
    let part =
        |w: &&str| w.starts_with(char::is_uppercase) || head(w) || matches!(*w, "and" | "&" | "of");
    words.len() <= MAX_TITLE_WORDS
        && words.iter().all(|w| letters(w) && part(w))
        && first.starts_with(char::is_uppercase)
        && head(last)
}

/// Lines after the last kept line searched for the byline ([`reach`]).
const REACH_AFTER: usize = 15;

/// The lines of `ds` (a page's line decisions, in text order) searched for
/// its byline, as a range `lo..hi` of indices: from the page's first line
/// to [`REACH_AFTER`] lines after the last kept line, all of them when
/// none is kept. Far below the article the bylines are those of teasers
/// and comments, not its author's (over corpora/web-news, 87 of 930
/// bylines found lay after the last kept line); the search no longer
/// reads the whole page's footer.
fn reach(ds: &[super::LineDecision]) -> (usize, usize) {
    match ds.iter().rposition(|d| d.kept) {
        Some(last) => (0, (last + 1 + REACH_AFTER).min(ds.len())),
        None => (0, ds.len()),
    }
}

/// Lines before the article's first kept line after the headline searched
/// for its author ([`hand_on_lead_in`]).
const LEAD_IN_REACH: usize = 4;

/// Adds the author lines of the lead-in as [`LineKind::Byline`] lines: each
/// line the line classifier dropped between the headline and the first
/// kept line after it, at most [`LEAD_IN_REACH`] lines before that one,
/// that names an author ([`is_lead_in_author`]: "By ANN LEE", "Ann Lee",
/// "Ann Lee | March 4, 2024", "Ann Lee, Daily Vardle"). Web article bodies
/// leave the lead-in out; its author is read whether it is kept or not.
fn hand_on_lead_in(text: &str, rules: &Rules, layout: &mut Layout) {
    let Some((t, _)) = layout.title() else {
        return;
    };
    let ds = &layout.decisions;
    let h = ds.partition_point(|d| d.end <= t);
    let Some(first) = (h + 1..ds.len()).find(|&i| ds[i].kept) else {
        return;
    };
    let names = NameTest {
        given: |w: &str| rules.word_class(w) & ListKind::GivenName.bit() != 0,
        word: |w: &str| rules.word_class(w) & NOT_NAME_PARTS == 0 && !has_lower_word(text, w),
    };
    // Far from the headline, a byline only ("By Ann Lee"): the lines
    // between are the page's, not the article's.
    let near = first - h <= LEAD_IN_REACH;
    let found: Vec<(usize, usize)> = ds[(h + 1).max(first.saturating_sub(LEAD_IN_REACH))..first]
        .iter()
        .filter(|d| {
            let line = &text[d.start..d.end];
            !d.kept
                && match is_lead_in_author(line, &rules.clean.lists, &names) {
                    Some(LeadIn::By) => true,
                    Some(LeadIn::Name) => near,
                    None => false,
                }
        })
        .map(|d| (d.start, d.end))
        .collect();
    for (start, end) in found {
        let at = layout.lines.partition_point(|l| l.start < start);
        insert_byline(layout, at, start, end);
    }
}

/// Whether `text` holds `word` in lower case as a word of its own ("case"
/// for "Case"): a common word, not a name. `word` without a capital is
/// taken as it is.
fn has_lower_word(text: &str, word: &str) -> bool {
    let lower = word.to_lowercase();
    // Between spaces or marks of prose, not in an address ("ann.lee@").
    let apart = |c: Option<char>| {
        c.is_none_or(|c| c.is_whitespace() || matches!(c, ',' | ';' | '"' | '(' | ')'))
    };
    text.match_indices(lower.as_str()).any(|(i, m)| {
        let next = &text[i + m.len()..];
        let ends = apart(next.chars().next())
            || (next.starts_with(['.', '!', '?']) && apart(next[1..].chars().next()));
        apart(text[..i].chars().next_back()) && ends
    })
}

/// Word classes a word of a name alone on its line is not of (a line of
/// capitalised words naming a title or a thing: "Ann Lee Bureau Chief" is
/// a heading, not a byline; places stay: many surnames are place names).
const NOT_NAME_PARTS: u32 = ListKind::NotName.bit()
    | ListKind::Title.bit()
    | ListKind::RoleTitle.bit()
    | ListKind::Designator.bit()
    | ListKind::PublicBody.bit()
    | ListKind::OrgWord.bit()
    | ListKind::Nationality.bit();

/// The word tests of a name on a lead-in line ([`is_lead_in_author`]).
pub struct NameTest<G, W> {
    /// A given name (the name's first word, compared in any case).
    pub given: G,
    /// A word after the first of a name alone on its line: in the pipeline
    /// not of [`NOT_NAME_PARTS`] and not written in lower case elsewhere on
    /// the page ([`has_lower_word`]: "Ann Lee Shooting" is a heading).
    pub word: W,
}

/// What names the author on a lead-in line ([`is_lead_in_author`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeadIn {
    /// "By" and a capital: "By ANN LEE, AP Writer".
    By,
    /// A name opening the line: "Ann Lee", "Ann Lee | March 4, 2024".
    Name,
}

/// How a lead-in line (under the headline) names the article's author, in
/// at most [`MAX_BYTES`] bytes, if it does: [`LeadIn::By`], a byline in any
/// case ("By ANN LEE, AP Writer", "Written by Ann Lee": "by" first, or
/// lower-case after a lead word of `rules/clean/byline-words.txt`, in
/// either case: [`is_lead_word`], then a capital that opens no date:
/// [`is_date_at`]); [`LeadIn::Name`], a date then a name that ends the
/// line ("March 4, 2024 Ann Lee": [`date_then_name`]) or a line
/// opening with a name of [`name_words`] that ends there ("Ann Lee", each
/// word passing `names.word`), goes on with a date ("Ann Lee | March 4,
/// 2024", "Ann Lee - 3/4/2024", "Ann Lee on Mar. 4, 2024": [`is_date_tail`])
/// or a handle ("Ann Lee @annlee"), or names an outlet after a comma in at
/// most [`OUTLET_WORDS`] words ("Ann Lee, Daily Vardle").
pub fn is_lead_in_author<G, W>(line: &str, lists: &Lists, names: &NameTest<G, W>) -> Option<LeadIn>
where
    G: Fn(&str) -> bool,
    W: Fn(&str) -> bool,
{
    let line = line.trim();
    if line.len() > MAX_BYTES {
        return None;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    let by = |w: &str| matches!(w.trim_end_matches(':'), "By" | "by" | "BY");
    let after_lead = words.first().is_some_and(|w| is_lead_word(w, lists))
        && words.get(1).is_some_and(|w| matches!(*w, "by" | "by:"));
    let from = if after_lead { 2 } else { 1 };
    // "By ANN LEE", "By Ann de Vell", "By Acme Staff": a capital after "by"
    // (an outlet's name is read for no one), not a date ("Written By Feb 4").
    let named = words
        .get(from)
        .is_some_and(|w| w.starts_with(char::is_uppercase) && !is_date_at(&words[from..], lists));
    if (after_lead || words.first().is_some_and(|w| by(w))) && named {
        return Some(LeadIn::By);
    }
    if date_then_name(&words, lists, names) {
        return Some(LeadIn::Name);
    }
    let n = name_words(&words, lists, &names.given);
    if n == 0 {
        return None;
    }
    let rest = &words[n..];
    let author = match rest.first() {
        None => words[1..]
            .iter()
            .all(|w| (names.word)(w.trim_end_matches('.'))),
        Some(_) if words[n - 1].ends_with(',') => {
            rest.len() <= OUTLET_WORDS || is_date_tail(rest, lists)
        }
        Some(&("|" | "-" | "--" | "\u{2013}" | "\u{2014}" | "\u{2022}" | "on")) => {
            is_date_tail(&rest[1..], lists)
        }
        // "Ann Lee @annlee": her handle.
        Some(h) if h.starts_with('@') => true,
        Some(_) => is_date_tail(rest, lists),
    };
    author.then_some(LeadIn::Name)
}

/// Words of an outlet after an author's name and a comma ("Ann Lee, Daily
/// Vardle Staff").
const OUTLET_WORDS: usize = 4;

/// A byline's lead word of `rules/clean/byline-words.txt` ("Written"), also
/// in lower case ("written by Ann Lee": a page's own style).
fn is_lead_word(word: &str, lists: &Lists) -> bool {
    if lists.is_byline_lead(word) {
        return true;
    }
    let mut c = word.chars();
    match c.next() {
        Some(f) if f.is_lowercase() && word.chars().all(char::is_lowercase) => {
            lists.is_byline_lead_capitalised(f, c.as_str())
        }
        _ => false,
    }
}

/// Whether `word` (a trailing `,` or `.` cut) can be part of a date or a
/// time: a month or weekday name (`date-words.txt`: "Mar", "Thu"), a day
/// (1 to 31, as "4" or "4th") or a year (four digits), a numeric date
/// ("3/4/2024", "2024-03-04"), a clock time ("10:58", "7:00am") or "am" /
/// "pm" ("a.m.").
fn is_date_part(word: &str, lists: &Lists) -> bool {
    let w = word.trim_end_matches([',', '.']);
    if lists.is_date_word(w)
        || ["am", "pm", "a.m", "p.m"]
            .iter()
            .any(|m| w.eq_ignore_ascii_case(m))
    {
        return true;
    }
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let day =
        |s: &str| digits(s) && s.len() <= 2 && (1..=31).contains(&s.parse::<u8>().unwrap_or(0));
    let ordinal = ["st", "nd", "rd", "th"]
        .iter()
        .any(|o| w.strip_suffix(o).is_some_and(day));
    let numeric_date =
        w.split(['/', '-', '.']).count() == 3 && w.split(['/', '-', '.']).all(digits);
    let meridiem = |m: &str| {
        let cut = w.len().checked_sub(2).filter(|&c| w.is_char_boundary(c));
        cut.filter(|&c| w[c..].eq_ignore_ascii_case(m))
            .map(|c| &w[..c])
    };
    let clock = meridiem("am")
        .or_else(|| meridiem("pm"))
        .unwrap_or(w)
        .split_once(':')
        .is_some_and(|(h, m)| digits(h) && h.len() <= 2 && digits(m) && m.len() == 2);
    day(w) || (digits(w) && w.len() == 4) || ordinal || numeric_date || clock
}

/// Words of a date before an author's name at most ("Mon Mar 4, 2024 |").
const DATE_WORDS: usize = 5;

/// Whether the line is a date, then an author's name that ends it ("March
/// 4, 2024 Ann Lee", "3/4/2024 | Ann Lee"): the date a [`is_date_tail`] of
/// at most [`DATE_WORDS`] words, each a [`is_date_part`] (or a separator
/// between them: "12 Comments Ann Lee" counts comments, it is no date), a
/// separator allowed after it, the name of [`name_words`] with each word
/// passing `names.word`.
fn date_then_name<G, W>(words: &[&str], lists: &Lists, names: &NameTest<G, W>) -> bool
where
    G: Fn(&str) -> bool,
    W: Fn(&str) -> bool,
{
    if !is_date_tail(words, lists) {
        return false;
    }
    let sep = |w: &str| {
        matches!(
            w,
            "|" | "-" | "--" | "\u{2013}" | "\u{2014}" | "\u{2022}" | "\u{b7}"
        )
    };
    (1..=DATE_WORDS.min(words.len().saturating_sub(2))).any(|k| {
        // "3rd May 2019, 11:05pm by Ann Lee": "by" before the name too.
        let by = |w: &str| matches!(w, "by" | "By" | "by:" | "By:");
        if !words[..k]
            .iter()
            .all(|w| sep(w) || by(w) || is_date_part(w, lists))
        {
            return false;
        }
        let from = if sep(words[k]) { k + 1 } else { k };
        let rest = &words[from.min(words.len())..];
        let n = name_words(rest, lists, &names.given);
        n >= 2 && n == rest.len() && rest.iter().all(|w| (names.word)(w.trim_end_matches('.')))
    })
}

/// Words of a name at most ("Ann B. Lee Vell").
const NAME_WORDS: usize = 4;

/// How many of the first words of `words` make a person's name: 2 to
/// [`NAME_WORDS`] words in title case ("Ann", "O'Lee", "McInnes") or all
/// capitals, or initials ("K."), the first a `given` name (compared in any
/// case), the last not an initial, none a month or weekday name; a comma
/// may end the last. 0 when they do not.
fn name_words(words: &[&str], lists: &Lists, given: impl Fn(&str) -> bool) -> usize {
    let initial = |w: &str| {
        let mut c = w.chars();
        c.next().is_some_and(char::is_uppercase) && c.as_str() == "."
    };
    let caps = |w: &str| {
        w.chars().count() > 1
            && w.chars()
                .all(|c| c.is_uppercase() || matches!(c, '\'' | '-'))
    };
    let part = |w: &str| (name_word(w) || caps(w)) && !lists.is_date_word(w);
    let first = |w: &str| (name_word(w) || caps(w)) && given(w) && !is_date_at(words, lists);
    if !words.first().is_some_and(|w| first(w)) {
        return 0;
    }
    let mut n = 1;
    while n < words.len().min(NAME_WORDS) {
        let w = words[n].trim_end_matches(',');
        if !(part(w) || initial(w)) {
            break;
        }
        n += 1;
        if words[n - 1].ends_with(',') {
            break;
        }
    }
    while n > 1 && initial(words[n - 1].trim_end_matches(',')) {
        n -= 1;
    }
    if n < 2 { 0 } else { n }
}

/// Whether `words` open with a month's or weekday's name that is a date
/// there: the line ends after it or a number or another such name follows
/// ("Thu Dec 4", "March 4", not "April Lee": a given name).
fn is_date_at(words: &[&str], lists: &Lists) -> bool {
    let date = |w: &str| lists.is_date_word(w.trim_end_matches([',', '.']));
    words.first().is_some_and(|w| date(w))
        && words
            .get(1)
            .is_none_or(|n| date(n) || n.starts_with(|c: char| c.is_ascii_digit()))
}

/// Words after an author's name that give a date: a number or a month or
/// weekday name (`rules/clean/date-words.txt`) first, and a digit in the
/// first three words ("March 4, 2024", "3/4/2024 10:58 am", "Mon Mar 4").
fn is_date_tail(words: &[&str], lists: &Lists) -> bool {
    let first = words.first().map(|w| w.trim_end_matches([',', '.']));
    let digit = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
    first.is_some_and(|w| lists.is_date_word(w) || digit(w))
        && words
            .iter()
            .take(3)
            .any(|w| w.contains(|c: char| c.is_ascii_digit()))
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
        insert_byline(layout, at, start, end);
    }
}

/// "— Ann Lee (@annlee) March 2, 2017": a dash, two or three capitalised
/// words and a bracketed handle.
pub fn is_post_author(line: &str) -> bool {
    let line = line.trim();
    // The cheap test first (same answer): no dash, no post author.
    if !line.starts_with(['\u{2014}', '\u{2013}', '-']) {
        return false;
    }
    let Some(rest) = ["\u{2014} ", "\u{2013} ", "- "]
        .iter()
        .find_map(|d| line.strip_prefix(d))
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
    // The cheap test first (same answer): the first word opens with a capital.
    if !line.trim_start().starts_with(char::is_uppercase) {
        return false;
    }
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
/// (`rules/clean/byline-words.txt`, also in lower case: [`is_lead_word`]),
/// "By" or "by" (a colon may follow), then two capitalised
/// words (upper-case letter, then a lower-case one: ALL-CAPS bylines are not
/// read), the first passing `name` (a given name or no stopword), in at most
/// [`MAX_BYTES`] bytes. "Photo by Ann Lee" is a credit, not a byline; "By Use
/// Case" a menu entry.
pub fn is_byline(line: &str, lists: &Lists, name: impl Fn(&str) -> bool) -> bool {
    // The cheap tests first (same answer): a byline holds "by" or "By".
    if line.len() > MAX_BYTES || !holds_by(line) {
        return false;
    }
    let mut words = line.split_whitespace();
    let mut w = words.next();
    if w.is_some_and(|x| is_lead_word(x, lists)) {
        w = words.next().filter(|x| matches!(*x, "by" | "by:"));
    } else {
        w = w.filter(|x| matches!(*x, "By" | "by" | "By:" | "by:"));
    }
    let first = words.next().filter(|x| name_word(x));
    w.is_some() && first.is_some_and(name) && words.next().is_some_and(name_word)
}

/// Whether `line` holds "by" or "By" (a `y` found by `memchr`, a `b` or `B`
/// before it).
fn holds_by(line: &str) -> bool {
    let b = line.as_bytes();
    memchr::memchr_iter(b'y', b).any(|i| i > 0 && b[i - 1] | 0x20 == b'b')
}

/// "Lee", "McInnes", "Whish-Wilson,": an upper-case letter then a lower-case one.
fn name_word(w: &str) -> bool {
    let mut c = w.chars();
    c.next().is_some_and(char::is_uppercase) && c.next().is_some_and(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::{
        LeadIn, Lists, NameTest, REACH_AFTER, hand_on_byline, hand_on_lead_in, is_author_line,
        is_byline, is_byline_title_line, is_contributor_credit, is_lead_in_author, is_name_line,
        is_post_author, reach,
    };
    use crate::pipeline::clean::{Layout, Line, LineDecision, LineKind, clean};
    use crate::rules::Rules;

    #[test]
    fn date_parts_are_dates_days_years_and_times() {
        let lists = Lists::builtin();
        for yes in [
            "Mar.",
            "Thursday,",
            "4",
            "31",
            "4th,",
            "2024",
            "3/4/2024",
            "2024-03-04",
            "10:58",
            "7:00am",
            "PM",
            "a.m.",
        ] {
            assert!(super::is_date_part(yes, lists), "{yes}");
        }
        for no in [
            "Comments", "0", "32", "123", "Shares", "10:5", "2024/03", "am:pm",
        ] {
            assert!(!super::is_date_part(no, lists), "{no}");
        }
    }

    #[test]
    fn lead_in_authors_and_not() {
        let names = NameTest {
            given: |w: &str| matches!(w.to_lowercase().as_str(), "nora" | "tom" | "april" | "thu"),
            word: |w: &str| !matches!(w, "Shooting" | "Editor"),
        };
        let lists = Lists::builtin();
        let read = |l: &str| is_lead_in_author(l, lists, &names);
        for by in [
            "By NORA PENNICK, Vardle Wire Writer",
            "BY Tom Vell",
            "By: Nora Pennick | March 4, 2024",
            "Written by Nora Pennick",
            "by April Orrin",
            "By Vardle Wire Staff",
            "written by Nora Pennick",
            "posted by: Tom Vell",
        ] {
            assert_eq!(read(by), Some(LeadIn::By), "{by}");
        }
        for name in [
            "Nora Pennick",
            "NORA PENNICK",
            "Nora B. Pennick",
            "Nora Pennick | March 4, 2024",
            "Nora Pennick - 3/4/2024 10:58 am",
            "Nora Pennick on Mar. 4, 2024",
            "Nora Pennick March 4, 2024",
            "Nora Pennick, Vardle Daily Post",
            "Nora Pennick @norap",
            "April Orrin",
            "March 4, 2024 Nora Pennick",
            "3/4/2024 | Nora Pennick",
            "Thu Mar 4, 2024 \u{2014} Nora B. Pennick",
            "4th March 2024 | Nora Pennick",
            "2024-03-04 7:00am Nora Pennick",
            "Mar. 4, 10:58 PM Nora Pennick",
            "4th Mar 2024, 09:28am by Nora Pennick.",
        ] {
            assert_eq!(read(name), Some(LeadIn::Name), "{name}");
        }
        for no in [
            "Photo by Nora Pennick",
            "By the way",
            "Written By Feb 4, 2024 \u{b7} 3 min read",
            "Thu Dec 4, 2024 7:00am",
            "Nora Pennick Shooting",
            "Nora Pennick Editor",
            "Nora Pennick | Vardle Wire",
            "Nora",
            "Nora Pennick said the port will reopen",
            "Zed Orrin",
            "Nora Pennick, who writes about the river ports",
            "March 4, 2024 Nora Shooting",
            // A count before the name is no date.
            "12 Comments Nora Pennick",
            "3 Shares | Nora Pennick",
            "March 4, 2024 Zed Orrin",
            "March 4 Nora Pennick and more",
        ] {
            assert_eq!(read(no), None, "{no}");
        }
    }

    /// A layout of `lines` (one a line of the text), kept as `kept` says,
    /// the first the headline.
    /// The byline lines `hand_on_byline` hands on for `text` with `kept`
    /// lines kept.
    fn byline_texts(rules: &Rules, text: &str, kept: &[bool]) -> Vec<String> {
        let mut layout = layout_of(text, kept);
        hand_on_byline(text, rules, &mut layout);
        let by = layout.lines.iter().filter(|l| l.kind == LineKind::Byline);
        by.map(|l| text[l.start..l.end].to_string()).collect()
    }

    fn layout_of(text: &str, kept: &[bool]) -> Layout {
        let mut layout = Layout::default();
        let mut start = 0;
        for (i, line) in text.lines().enumerate() {
            let end = start + line.len();
            layout.decisions.push(LineDecision {
                start,
                end,
                kept: kept[i],
                probability: 0.5,
                reason: "test".into(),
            });
            if kept[i] {
                let kind = if i == 0 {
                    LineKind::Title
                } else {
                    LineKind::Body
                };
                let paragraph_start = true;
                layout.lines.push(Line {
                    start,
                    end,
                    kind,
                    paragraph_start,
                });
            }
            start = end + 1;
        }
        layout
    }

    /// The byline lines `hand_on_lead_in` adds to the layout of `text`.
    fn lead_in_bylines(text: &str, kept: &[bool]) -> Vec<String> {
        let rules = Rules::default_rules().unwrap();
        let mut layout = layout_of(text, kept);
        hand_on_lead_in(text, &rules, &mut layout);
        let bylines = layout.lines.iter().filter(|l| l.kind == LineKind::Byline);
        bylines.map(|l| text[l.start..l.end].to_string()).collect()
    }

    #[test]
    fn dropped_author_lines_under_the_headline_are_read() {
        let body = "Quarrow Freight said on Tuesday that it had bought two barges.";
        // Under the headline, dropped: the name line is read, the date not.
        let text = format!("Quarrow buys two barges\nNora Pennick\nMarch 4, 2024\n{body}");
        let kept = [true, false, false, true];
        assert_eq!(lead_in_bylines(&text, &kept), ["Nora Pennick"]);
        // A kept line stays article text.
        assert!(lead_in_bylines(&text, &[true, true, false, true]).is_empty());
        // Far from the headline, only a byline with "By" is read.
        let far = format!(
            "Quarrow buys two barges\nMarkets\nNora Pennick\nShare\nBY NORA PENNICK\n{body}"
        );
        let kept = [true, false, false, false, false, true];
        assert_eq!(lead_in_bylines(&far, &kept), ["BY NORA PENNICK"]);
        // Names after the article (an author box, a comment) are no lead-in.
        let after =
            format!("Quarrow buys two barges\n{body}\nNora Pennick\nDan Quist | March 5, 2024");
        assert!(lead_in_bylines(&after, &[true, true, false, false]).is_empty());
    }

    #[test]
    fn bylines_far_below_the_article_are_not_searched() {
        let rules = Rules::default_rules().unwrap();
        let body = "Tallow Mills said on Friday that it would open a second bakery in Orrin.";
        let filler = "Weather\n".repeat(REACH_AFTER + 2);
        let bylines = |text: &str, kept: &[bool]| byline_texts(&rules, text, kept);
        // A teaser's byline past the reach after the article's last kept line.
        let far = format!("Tallow opens a bakery\n{body}\n{filler}By Greta Hallow");
        let mut kept = vec![false; far.lines().count()];
        (kept[0], kept[1]) = (true, true);
        assert!(bylines(&far, &kept).is_empty());
        // Within the reach it is read.
        let near = format!("Tallow opens a bakery\n{body}\nWeather\nBy Greta Hallow");
        assert_eq!(
            bylines(&near, &[true, true, false, false]),
            ["By Greta Hallow"]
        );
        // Nothing kept: the whole page is searched.
        assert_eq!(
            reach(&layout_of(&far, &vec![false; kept.len()]).decisions),
            (0, kept.len())
        );
    }

    /// An invented web page: a photo credit above the headline, a byline
    /// under it, an author box and a comment after the article.
    const PAGE: &str = "Quarrow Freight buys two grain barges | Vardle Daily Post\nHome\nNews\n\
        Business\nMarkets\nSport\nOpinion\nSubscribe\nSign in\nPhoto: Dan Quist/Vardle Wire\n\
        Quarrow Freight buys two grain barges\nBy NORA PENNICK, Vardle Wire Writer\nMarch 4, 2024\n\
        Quarrow Freight Ltd said on Tuesday that it had bought two river barges for its grain \
        service on the lower river, its first new vessels in a decade.\n\
        The barges will carry up to two thousand tonnes each and will start work in the spring, \
        once their crews have been trained, the company said.\n\
        Harvests in the region have grown for three years in a row, and the old fleet could no \
        longer keep up with the grain coming down to the port.\n\
        The company expects the barges to pay for themselves within eight years, although it \
        warned that low water in a dry summer could slow the service.\n\
        About the author\nNora Pennick\nNora covers shipping and ports for the paper.\n\
        3 Comments\nDan Quist | March 5, 2024\nGood news for the farmers upriver.\n\
        Related stories\nPort traffic falls for a second month\nAbout us\nContact\nPrivacy policy\n";

    #[test]
    fn a_web_page_hands_on_its_author_not_its_chrome_names() {
        let rules = Rules::default_rules().unwrap();
        let layout = clean(PAGE, &rules);
        let kind = |s: &str| {
            let line = layout.lines.iter().find(|l| &PAGE[l.start..l.end] == s);
            line.map(|l| l.kind)
        };
        // The byline under the headline is read for the author, not kept.
        let byline = "By NORA PENNICK, Vardle Wire Writer";
        assert_eq!(kind(byline), Some(LineKind::Byline));
        assert!(!layout.kept_text(PAGE).contains(byline));
        for chrome in [
            "Photo: Dan Quist/Vardle Wire",
            "Nora Pennick",
            "Dan Quist | March 5, 2024",
        ] {
            assert_eq!(kind(chrome), None, "{chrome}");
        }
    }

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
            "written by Ann Lee",
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
            "wRitten by Ann Lee",
        ] {
            assert!(!is_byline(no, Lists::builtin(), given), "{no}");
        }
    }

    #[test]
    fn an_author_title_line_is_told_from_other_short_lines() {
        let rules = Rules::default_rules().unwrap();
        let lists = &rules.clean.lists;
        for yes in [
            "Reporter",
            "Lakeport Ledger staff reporter",
            "Senior Culture and Trends Reporter",
            "Staff Writers",
            "Velmora.com Contributor",
        ] {
            assert!(is_byline_title_line(yes, lists), "{yes}");
        }
        for no in [
            "Read more from our reporter",
            "Reporter of the Year",
            "Holiday Staff Party",
            "Updated 3 hours ago",
            "Top 10 Writers",
            "Kestrel Sailing Club Members",
            "The newsroom needs a new reporter, the union said, and more staff too",
        ] {
            assert!(!is_byline_title_line(no, lists), "{no}");
        }
    }

    #[test]
    fn the_title_line_under_a_byline_is_handed_on() {
        let rules = Rules::default_rules().unwrap();
        let body = "Quarrow Freight said on Tuesday that it had bought two barges.";
        let bylines = |text: &str, kept: &[bool]| byline_texts(&rules, text, kept);
        let text = format!(
            "Quarrow buys two barges\nBy Nora Pennick\nLakeport Ledger staff reporter\n{body}"
        );
        assert_eq!(
            bylines(&text, &[true, false, false, true]),
            ["By Nora Pennick", "Lakeport Ledger staff reporter"]
        );
        // Past one repeat of the name line under a lone "By".
        let text =
            format!("Quarrow buys two barges\nBy\nNora Pennick\nNora Pennick\nReporter\n{body}");
        assert_eq!(
            bylines(&text, &[true, false, false, false, false, true]),
            ["Nora Pennick", "Reporter"]
        );
        // Not a line of another kind, nor a kept one.
        let text = format!("Quarrow buys two barges\nBy Nora Pennick\nReporting from Kyiv\n{body}");
        assert_eq!(
            bylines(&text, &[true, false, false, true]),
            ["By Nora Pennick"]
        );
        let text = format!("Quarrow buys two barges\nBy Nora Pennick\nBusiness Reporter\n{body}");
        assert_eq!(
            bylines(&text, &[true, false, true, true]),
            ["By Nora Pennick"]
        );
    }
}
