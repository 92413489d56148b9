//! Context smoothing of the line classifier's decisions, after jusText
//! (Pomikálek 2011, "Removing Boilerplate and Duplicate Content from Web
//! Corpora", ch. 3): a short line takes the class of the article around it,
//! so that a byline, a sub-heading or a one-line paragraph between article
//! lines stays, and a stray short line amid chrome goes.
//!
//! Takes: the lines' own features and the classifier's probabilities.
//! Gives: per line, kept or not, and the rule that overrode the classifier
//! (`None` when the classifier's decision stands). Linear in the lines.

use super::features::{Own, SHORT};

/// Rule: a short line between two kept lines is kept.
pub const BETWEEN_KEPT: &str = "smoothing: short line between kept lines";
/// Rule: a short line between two dropped lines is dropped.
pub const BETWEEN_DROPPED: &str = "smoothing: short line between dropped lines";
/// Rule: a near-good long line next to the article is kept.
pub const NEAR_GOOD: &str = "smoothing: near-good line next to kept text";
/// Rule: kept text after the article, past a gap or a comment marker, that
/// is much smaller than the article (teaser boxes, reader comments, bios).
pub const AFTER_ARTICLE: &str = "smoothing: small block after the article";
/// Rule: a tiny kept block before the article (a teaser box above it).
pub const BEFORE_ARTICLE: &str = "smoothing: tiny block before the article";
/// Rule: kept text from a signed reader post on, when two or more posts
/// follow the article (a comment thread, however large).
pub const COMMENT_THREAD: &str = "smoothing: comment thread after the article";
/// Rule: a kept line holding a photo credit is a picture's caption.
pub const CAPTION: &str = "smoothing: caption with a photo credit";
/// Rule: a dateline lead ([`Own::dateline`]) is kept.
pub const DATELINE_LEAD: &str = "smoothing: dateline lead paragraph";
/// Rule: a kept long line repeating the words of an earlier kept line.
pub const REPEAT: &str = "smoothing: repeat of an earlier kept line";
/// Rule: a short sub-heading between two kept paragraphs is kept.
pub const SUBHEADING: &str = "smoothing: sub-heading between kept paragraphs";
/// Rule: a short run of plain short lines between kept lines is kept.
pub const SHORT_RUN: &str = "smoothing: short lines between kept lines";
/// Rule: nothing was kept, so the likeliest line is.
pub const NOT_EMPTY: &str = "smoothing: the likeliest line of a page that kept none";

/// jusText's near-good rule over long lines: a long line in the near-good
/// band is kept when the nearest long line on either side was kept by the
/// classifier. Two passes, so linear.
fn near_good(
    own: &[Own],
    probs: &[f64],
    threshold: f64,
    raw: &[bool],
    out: &mut [(bool, Option<&'static str>)],
) {
    let n = own.len();
    // Per line: was the nearest long line before it kept?
    let mut before = vec![false; n];
    let mut last = false;
    for i in 0..n {
        before[i] = last;
        if own[i].n >= SHORT {
            last = raw[i];
        }
    }
    let mut after = false;
    for i in (0..n).rev() {
        let long = own[i].n >= SHORT;
        let band = probs[i] > NEAR_GOOD_SHARE * threshold && !raw[i];
        if long && band && (before[i] || after) {
            out[i] = (true, Some(NEAR_GOOD));
        }
        if long {
            after = raw[i];
        }
    }
}

/// Words a sub-heading ([`subheadings`]) has at least and at most.
const SUBHEADING_WORDS: std::ops::RangeInclusive<usize> = 2..=6;
/// Share of digit-led words above which a short line is a date or a score,
/// not a sub-heading.
const SUBHEADING_DIGITS: f64 = 0.2;
/// Words under which a line of capitalised words only is a name (an
/// author box: "Ann Lee"), not a sub-heading.
const SUBHEADING_NAME_WORDS: usize = 4;

/// The short line reads as a sub-heading rather than chrome: 2 to 6 words,
/// no sentence end, no chrome or teaser words, menu separator, copyright,
/// photo credit, comment marker, signature, byline or credit, not mostly
/// digits (a date) and not a short run of capitalised words (a name).
fn subheading_shape(o: &Own) -> bool {
    let marks = o.chrome + o.teaser + o.separators + o.copyright + o.sentence_end;
    let flags = o.caption || o.comment || o.signature || o.byline || o.credit;
    SUBHEADING_WORDS.contains(&o.n)
        && marks == 0.0
        && !flags
        && o.digits <= SUBHEADING_DIGITS
        && !(o.capitalised >= 1.0 && o.n < SUBHEADING_NAME_WORDS)
}

/// jusText's context rule for short blocks between good ones, for the
/// sub-headings of an article (a CMS puts each on its own line between
/// paragraphs, and the classifier doubts a short line without a stop): a
/// dropped line of [`subheading_shape`] whose neighbours are both kept
/// paragraphs of [`SHORT`] words or more is kept, whatever its probability;
/// but not when the lines two before and two after are short too (short
/// and long lines alternating: a list of teaser titles and blurbs).
fn subheadings(own: &[Own], out: &mut [(bool, Option<&'static str>)]) {
    for i in 1..own.len().saturating_sub(1) {
        let paragraph = |j: usize| out[j].0 && own[j].n >= SHORT;
        let short = |j: Option<usize>| j.and_then(|j| own.get(j)).is_some_and(|o| o.n < SHORT);
        let teasers = short(i.checked_sub(2)) && short(Some(i + 2));
        if !out[i].0
            && paragraph(i - 1)
            && paragraph(i + 1)
            && !teasers
            && subheading_shape(&own[i])
        {
            out[i] = (true, Some(SUBHEADING));
        }
    }
}

/// Rule: the headline just before the article is kept.
pub const HEADLINE: &str = "smoothing: headline before the article";

/// Words a headline has at most.
pub const TITLE_WORDS: usize = 25;

/// A short line overridden toward its context needs at least this share of
/// the threshold to be kept.
const NEAR: f64 = 0.5;
/// A long line is near-good (jusText's middle band) from this share of the
/// threshold: it is kept when the nearest long line before or after it is.
/// (0.8: on the webmain odd pages F1 stays 0.921 while the last paragraph
/// of an article with little chrome after it is kept.)
const NEAR_GOOD_SHARE: f64 = 0.8;

/// Kept lines separated by this many dropped lines or more stand in
/// different blocks.
pub const BLOCK_GAP: usize = 3;
/// Blocks after the article that follow it across runs of at most this many
/// dropped lines, each a [`plain_drop`] (short, no chrome or teaser words,
/// above [`SPLIT_SHARE`] of the threshold), are its tail, not small blocks
/// after it ([`main_block`]): the sub-headings and list items of a how-to
/// or list page, which the classifier doubts, no longer cut it off. Fitted on the even webmain dev pages (one value for every site),
/// see rules/clean/weights.toml.
const PLAIN_GAP: usize = 10;
/// The share of the threshold a [`plain_drop`] line passes: tag and section
/// links under an article ("Opinion", "Media") score lower.
const SPLIT_SHARE: f64 = 0.3;
/// A dateline lead ([`Own::dateline`]) is kept from this share of the
/// threshold: the paragraph opening a news article, which the classifier
/// doubts when a run of share links or a fact box stands around it.
const DATELINE_SHARE: f64 = 0.4;
/// A block after the article's block with fewer words than this share of
/// the article's is dropped (and every block after a comment marker).
const AFTER_SHARE: f64 = 0.25;
/// A run of at least this many dropped lines after the article ends it
/// (jusText: once a long run of bad lines follows the body, a good-looking
/// block past it is suspect): a later block is dropped unless it outweighs
/// the article ([`LONG_GAP_SHARE`]) or is its plain tail. The related-story
/// lists, author boxes and comment threads a page puts under the article
/// stand past its share links and tag lists. Fitted on the even webmain
/// dev pages with [`LONG_GAP_SHARE`] (shorter runs, 8 to 25, cut the
/// second half of articles split by a long box: wcxb recall falls).
const LONG_GAP: usize = 40;
/// A block past a [`LONG_GAP`] run with at least this share of the
/// article's words stays (a second article half or a page of two stories).
const LONG_GAP_SHARE: f64 = 0.6;
/// A block after the article, past a [`quiet_gap`] and no [`LONG_GAP`]
/// run, with fewer words than this share of the article's is dropped (in
/// place of [`AFTER_SHARE`]): the rest of a how-to or list article past
/// its list items and table rows, which carry no chrome words. Chosen on
/// the even webmain dev pages among 0.1 to 0.2 as the best that adds no
/// chrome companies or people (`scripts/chrome-entities.sh`; 0.1 and 0.12
/// keep more related-story teasers).
const QUIET_AFTER_SHARE: f64 = 0.15;
/// A block before the article's block with fewer words than this share of
/// the article's is dropped (an article split by a box keeps both halves).
const BEFORE_SHARE: f64 = 0.05;

/// A comment thread has at least this many signature lines.
const THREAD_SIGNATURES: usize = 2;
/// Kept words before a signature line for it to open a comment thread (an
/// article's own signed byline at the top does not).
const THREAD_AFTER_WORDS: usize = 30;

/// Drops every kept line from the first signature line ([`Own::signature`])
/// that has [`THREAD_AFTER_WORDS`] kept words before it and
/// [`THREAD_SIGNATURES`] signature lines from it on: reader comments, even
/// when they outweigh the article. Two passes, so linear.
fn comment_thread(own: &[Own], out: &mut [(bool, Option<&'static str>)]) {
    let mut left = own.iter().filter(|o| o.signature).count();
    let mut kept_words = 0;
    for i in 0..own.len() {
        if own[i].signature {
            if left >= THREAD_SIGNATURES && kept_words >= THREAD_AFTER_WORDS {
                for d in out[i..].iter_mut().filter(|d| d.0) {
                    *d = (false, Some(COMMENT_THREAD));
                }
                return;
            }
            left -= 1;
        }
        if out[i].0 {
            kept_words += own[i].n;
        }
    }
}

/// A dropped line of a quiet gap before a block ([`QUIET_AFTER_SHARE`]): no
/// chrome or teaser words ("Share", "Related: ..."), menu separators,
/// copyright, signature or link line ([`Own::link`]: "Continue reading",
/// closing a teaser of another story): the lines that stand between an
/// article and the teasers, bios and comments under it. Lines without
/// words pass.
fn quiet_drop(o: &Own) -> bool {
    let marks = o.chrome + o.teaser + o.separators + o.copyright;
    o.n == 0 || (marks == 0.0 && !o.signature && !o.link)
}

/// The dropped line could be a sub-heading or list item inside the article
/// ([`SPLIT_SHARE`], [`PLAIN_GAP`], [`main_block`]): short, without chrome
/// or teaser words, and not far below the threshold.
fn plain_drop(o: &Own, p: f64, threshold: f64) -> bool {
    o.n < SHORT && o.chrome == 0.0 && o.teaser == 0.0 && p > SPLIT_SHARE * threshold
}

/// The article as the block of kept lines holding the most words: blocks are
/// runs of kept lines with fewer than [`BLOCK_GAP`] dropped lines between
/// them and no comment marker among those. Small blocks after it (under
/// [`AFTER_SHARE`] of its words, or anything past a comment marker) and tiny
/// blocks before it (under [`BEFORE_SHARE`], unless a dateline lead opens
/// the article there) are dropped, and past a run of [`LONG_GAP`] dropped
/// lines after it, blocks under [`LONG_GAP_SHARE`] of its words; but the blocks that follow the article
/// across runs of at most [`PLAIN_GAP`] [`plain_drop`] lines (the
/// sub-headings and list items of a how-to or list article), each opening
/// with a line the classifier keeps on its own, are its tail and stay.
/// Linear.
fn main_block(
    own: &[Own],
    probs: &[f64],
    threshold: f64,
    out: &mut [(bool, Option<&'static str>)],
) {
    // Blocks: (first, last, words, opened by a comment marker, after a
    // plain gap).
    let mut blocks: Vec<(usize, usize, usize, bool, bool)> = Vec::new();
    // Per block: the dropped lines before it, and whether they are quiet.
    let mut gaps: Vec<(usize, bool)> = Vec::new();
    let (mut prev, mut gap, mut marker, mut plain) = (None::<usize>, 0usize, false, true);
    let mut quiet = true;
    for i in 0..own.len() {
        if !out[i].0 {
            gap += 1;
            marker |= own[i].comment;
            plain &= plain_drop(&own[i], probs[i], threshold);
            quiet &= quiet_drop(&own[i]);
            continue;
        }
        match blocks.last_mut() {
            Some(b) if prev.is_some() && gap < BLOCK_GAP && !marker => {
                b.1 = i;
                b.2 += own[i].n;
            }
            _ => {
                let plain = plain && !marker && gap <= PLAIN_GAP && prev.is_some();
                blocks.push((i, i, own[i].n, marker && prev.is_some(), plain));
                gaps.push((gap, quiet));
            }
        }
        (prev, gap, marker, plain, quiet) = (Some(i), 0, false, true, true);
    }
    let Some(main) = (0..blocks.len()).max_by_key(|&k| (blocks[k].2, std::cmp::Reverse(k))) else {
        return;
    };
    let words = blocks[main].2 as f64;
    let (mut comments, mut tail, mut ended) = (false, true, false);
    for (k, &(first, last, w, opened_by_marker, plain)) in blocks.iter().enumerate() {
        comments |= k > main && opened_by_marker;
        ended |= k > main && gaps[k].0 >= LONG_GAP;
        tail &= k <= main || (plain && probs[first] > threshold);
        let lead = || own[first..=last].iter().any(|o| o.dateline);
        let rule = if k < main && (w as f64) < BEFORE_SHARE * words && !lead() {
            BEFORE_ARTICLE
        } else if k > main
            && !tail
            && (comments || (w as f64) < after_share(ended, gaps[k].1) * words)
        {
            AFTER_ARTICLE
        } else {
            continue;
        };
        for d in &mut out[first..=last] {
            if d.0 {
                *d = (false, Some(rule));
            }
        }
    }
}

/// The share of the article's words under which a block after it is
/// dropped: [`LONG_GAP_SHARE`] once a [`LONG_GAP`] run of dropped lines
/// has ended the article, else [`QUIET_AFTER_SHARE`] after a quiet gap
/// (its dropped lines all [`quiet_drop`]) and [`AFTER_SHARE`] after any
/// other.
fn after_share(ended: bool, quiet: bool) -> f64 {
    match (ended, quiet) {
        (true, _) => LONG_GAP_SHARE,
        (false, true) => QUIET_AFTER_SHARE,
        (false, false) => AFTER_SHARE,
    }
}

/// Keeps each dropped dateline lead ([`Own::dateline`]) from
/// [`DATELINE_SHARE`] of the threshold on: "OSLO: ..." opens a news
/// article's first paragraph, which a run of share links or a fact box
/// next to it makes the classifier doubt. Before the main-block rule, which
/// then keeps it with the article (or as its own block, see [`main_block`]).
fn dateline_leads(
    own: &[Own],
    probs: &[f64],
    threshold: f64,
    out: &mut [(bool, Option<&'static str>)],
) {
    for ((o, &p), d) in own.iter().zip(probs).zip(out.iter_mut()) {
        if o.dateline && !d.0 && p > DATELINE_SHARE * threshold {
            *d = (true, Some(DATELINE_LEAD));
        }
    }
}

/// Drops every kept line that holds a photo credit ([`Own::caption`]:
/// "The bench at dusk. Photo: Ann Lee", "(AP Photo/Ann Lee)"): a caption,
/// which article bodies leave out. After the main-block rule, so that a
/// caption inside the article neither splits nor weighs its block.
fn drop_captions(own: &[Own], out: &mut [(bool, Option<&'static str>)]) {
    for (o, d) in own.iter().zip(out.iter_mut()) {
        if o.caption && d.0 {
            *d = (false, Some(CAPTION));
        }
    }
}

/// Drops each kept long line whose words repeat an earlier kept line's
/// ([`Own::words_key`]): a page repeats the article's sub-headings in a
/// table of contents above it, a paragraph in a pull quote or teaser, the
/// headline in a further-stories list; the article body holds each once.
/// After the caption rule, so that the repeat neither splits nor weighs
/// the article's block. Linear (one hash set of the kept long lines).
fn drop_repeats(own: &[Own], out: &mut [(bool, Option<&'static str>)]) {
    let mut seen = hashbrown::HashSet::new();
    for (o, d) in own.iter().zip(out.iter_mut()) {
        if d.0 && o.words_key != 0 && !seen.insert(o.words_key) {
            *d = (false, Some(REPEAT));
        }
    }
}

/// Lines with words a run of dropped short lines ([`short_runs`]) has at
/// most.
const RUN_LINES: usize = 6;
/// The share of the threshold each line of such a run passes.
const RUN_SHARE: f64 = 0.6;

/// A dropped line [`short_runs`] may keep: short, no chrome or teaser
/// words, menu separator, copyright, comment marker or signature, not
/// mostly digits (a price, a date) nor a short run of capitalised words (a
/// name: an author list), above [`RUN_SHARE`] of the threshold, and
/// dropped by the classifier or by the between-dropped rule, not by a
/// block, caption or repeat rule.
fn run_line(o: &Own, p: f64, threshold: f64, d: (bool, Option<&'static str>)) -> bool {
    let marks = o.chrome + o.teaser + o.separators + o.copyright;
    let own_drop = matches!(d.1, None | Some(BETWEEN_DROPPED));
    let name = o.capitalised >= 1.0 && o.n < SUBHEADING_NAME_WORDS;
    o.n < SHORT
        && !names_beyond_opener(o)
        && marks == 0.0
        && !o.comment
        && !o.signature
        && o.digits <= SUBHEADING_DIGITS
        && !name
        && p > RUN_SHARE * threshold
        && own_drop
}

/// Capitalised words a [`names_beyond_opener`] line has at least.
const RUN_CAPITALS: f64 = 1.5;

/// A line naming someone or something beyond its first word: about
/// [`RUN_CAPITALS`] capitalised words or more (share times letter words).
/// Related-story headlines ("Jo Lee wins the Vardle Open"), shop and ad
/// lines ("Read on Shopname") and credit lines ("Icons by Jo Lee") are of
/// this shape; the list items and sub-headings a run keeps mostly are not.
fn names_beyond_opener(o: &Own) -> bool {
    o.capitalised * o.n as f64 * (1.0 - o.digits) >= RUN_CAPITALS
}

/// jusText's context rule over runs, after the block rules: a run of 1 to
/// [`RUN_LINES`] dropped lines with words between two kept lines, at least
/// one of them a paragraph of [`SHORT`] words or more, each a
/// [`run_line`], is kept: the list items, labels ("Price:") and
/// sub-headings inside an article, which the short lines' threshold drops
/// one by one (the single-line rule of [`smooth`] needs both neighbours
/// kept by the classifier). Lines without words neither count nor break a
/// run. Linear.
fn short_runs(
    own: &[Own],
    probs: &[f64],
    threshold: f64,
    out: &mut [(bool, Option<&'static str>)],
) {
    let mut i = 0;
    while i < own.len() {
        if out[i].0 || own[i].n == 0 {
            i += 1;
            continue;
        }
        let end = (i..own.len()).find(|&j| out[j].0).unwrap_or(own.len());
        let run: Vec<usize> = (i..end).filter(|&j| own[j].n > 0).collect();
        let before = (0..i).rev().find(|&j| own[j].n > 0 || out[j].0);
        let paragraph = match before {
            Some(b) if out[b].0 && end < own.len() => own[b].n >= SHORT || own[end].n >= SHORT,
            _ => false,
        };
        let plain = run
            .iter()
            .all(|&j| run_line(&own[j], probs[j], threshold, out[j]));
        if paragraph && run.len() <= RUN_LINES && plain {
            for &j in &run {
                out[j] = (true, Some(SHORT_RUN));
            }
        }
        i = end;
    }
}

/// A short line ending as a sentence with this many words or more keeps
/// the threshold of long lines ("Smith added a second after 68 minutes.").
const SENTENCE_WORDS: usize = 5;

/// The threshold each line's probability must pass: `short` for a short
/// line (captions, names, teaser titles need more evidence than a
/// sentence), else `threshold`. Short sentences, bylines, contributor
/// credits and the line
/// just after a byline (the author's title) keep `threshold`.
pub fn thresholds(own: &[Own], threshold: f64, short: f64) -> Vec<f64> {
    (0..own.len())
        .map(|i| {
            let o = &own[i];
            let after_byline = i > 0 && own[i - 1].byline;
            let sentence = o.sentence_end > 0.0 && o.n >= SENTENCE_WORDS;
            if o.n < SHORT && !o.byline && !o.credit && !after_byline && !sentence {
                short
            } else {
                threshold
            }
        })
        .collect()
}

/// The smoothed decisions: `(kept, overriding rule)` per line; `short` is
/// the threshold of short lines ([`thresholds`]).
pub fn smooth(
    own: &[Own],
    probs: &[f64],
    threshold: f64,
    short: f64,
) -> Vec<(bool, Option<&'static str>)> {
    let limits = thresholds(own, threshold, short);
    let raw: Vec<bool> = probs.iter().zip(&limits).map(|(&p, &t)| p > t).collect();
    let mut out: Vec<(bool, Option<&'static str>)> = raw.iter().map(|&k| (k, None)).collect();
    for i in 1..raw.len().saturating_sub(1) {
        if own[i].n >= SHORT {
            continue;
        }
        let (before, after) = (raw[i - 1], raw[i + 1]);
        if !raw[i] && before && after && probs[i] > NEAR * limits[i] {
            out[i] = (true, Some(BETWEEN_KEPT));
        } else if raw[i] && !before && !after && own[i - 1].n < SHORT && own[i + 1].n < SHORT {
            out[i] = (false, Some(BETWEEN_DROPPED));
        }
    }
    near_good(own, probs, threshold, &raw, &mut out);
    subheadings(own, &mut out);
    dateline_leads(own, probs, threshold, &mut out);
    comment_thread(own, &mut out);
    main_block(own, probs, threshold, &mut out);
    drop_captions(own, &mut out);
    drop_repeats(own, &mut out);
    short_runs(own, probs, threshold, &mut out);
    if !out.iter().any(|d| d.0) {
        let best = (0..probs.len()).max_by(|&a, &b| probs[a].total_cmp(&probs[b]));
        if let Some(b) = best {
            out[b] = (true, Some(NOT_EMPTY));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    use super::super::features::own_of_words as own;

    #[test]
    fn short_near_good_line_between_kept_lines_is_kept() {
        let d = smooth(&own(&[20, 3, 20]), &[0.9, 0.3, 0.9], 0.5, 0.5);
        assert_eq!(d[1], (true, Some(BETWEEN_KEPT)));
        assert_eq!(d[0], (true, None));
        // Far below the threshold: the classifier's decision stands (for a
        // line not shaped as a sub-heading: a date).
        let mut o = own(&[20, 3, 20]);
        o[1].digits = 0.67;
        let d = smooth(&o, &[0.9, 0.1, 0.9], 0.5, 0.5);
        assert_eq!(d[1], (false, None));
        // Long lines are not smoothed.
        let d = smooth(&own(&[20, 30, 20]), &[0.9, 0.3, 0.9], 0.5, 0.5);
        assert_eq!(d[1], (false, None));
    }

    #[test]
    fn a_block_past_a_long_run_of_dropped_lines_is_dropped_unless_large() {
        // Article (60 words), a run of dropped link lines, then a block of
        // 30 words (an author box or a teaser list).
        let page = |gap: usize, tail: usize| {
            let mut words = vec![20, 20, 20];
            words.extend(std::iter::repeat_n(3, gap));
            words.extend([15, tail]);
            let mut p = vec![0.9; 3];
            p.extend(std::iter::repeat_n(0.05, gap));
            p.extend([0.9, 0.9]);
            smooth(&own(&words), &p, 0.5, 0.5)
        };
        let d = page(LONG_GAP, 15);
        assert!(d[..3].iter().all(|&x| x == (true, None)));
        assert!(
            d[LONG_GAP + 3..]
                .iter()
                .all(|&x| x == (false, Some(AFTER_ARTICLE)))
        );
        // A short run: half the article's words stay.
        let d = page(5, 15);
        assert!(d[8..].iter().all(|&x| x == (true, None)));
        // As large as the article past the long run: a second half, kept.
        let d = page(LONG_GAP, 45);
        assert!(d[LONG_GAP + 3..].iter().all(|&x| x == (true, None)));
    }

    #[test]
    fn a_comment_thread_after_the_article_is_dropped_however_large() {
        // Article (40 words), then two signed posts with their text.
        let mut o = own(&[20, 20, 12, 30, 12, 30]);
        let mut p = vec![0.9; 6];
        o[2].signature = true;
        o[4].signature = true;
        let d = smooth(&o, &p, 0.5, 0.5);
        assert_eq!(&d[..2], &[(true, None), (true, None)]);
        assert!(d[2..].iter().all(|&x| x == (false, Some(COMMENT_THREAD))));
        // One signed line only: no thread.
        o[4].signature = false;
        assert!(smooth(&o, &p, 0.5, 0.5).iter().all(|x| x.0));
        // A signed byline before the article does not open a thread, nor
        // does the one signed post left after it.
        o[4].signature = true;
        p[0] = 0.1;
        p[1] = 0.1;
        let d = smooth(&o, &p, 0.5, 0.5);
        assert!(d[2..].iter().all(|&x| x == (true, None)));
    }

    #[test]
    fn a_short_subheading_between_kept_paragraphs_is_kept() {
        let mut o = own(&[20, 3, 20]);
        o[1].capitalised = 0.34;
        let d = smooth(&o, &[0.9, 0.05, 0.9], 0.5, 0.8);
        assert_eq!(d[1], (true, Some(SUBHEADING)));
        // Chrome words, a sentence end, a date, a name, a single word or a
        // short neighbour: the classifier's decision stands.
        let cases: [fn(&mut Own); 5] = [
            |o| o.chrome = 0.5,
            |o| o.sentence_end = 1.0,
            |o| o.digits = 0.67,
            |o| o.capitalised = 1.0,
            |o| o.n = 1,
        ];
        for change in cases {
            let mut o = o.clone();
            change(&mut o[1]);
            assert_eq!(smooth(&o, &[0.9, 0.05, 0.9], 0.5, 0.8)[1], (false, None));
        }
        let d = smooth(&own(&[20, 3, 4, 20]), &[0.9, 0.05, 0.9, 0.9], 0.5, 0.8);
        assert!(!d[1].0);
        // Teaser titles and blurbs alternating: not sub-headings.
        let mut o = own(&[3, 20, 3, 20, 3]);
        o[2].capitalised = 0.34;
        let d = smooth(&o, &[0.05, 0.9, 0.05, 0.9, 0.05], 0.5, 0.8);
        assert_eq!(d[2], (false, None));
    }

    #[test]
    fn short_line_amid_short_chrome_is_dropped() {
        let d = smooth(
            &own(&[20, 2, 3, 2, 20]),
            &[0.9, 0.1, 0.6, 0.1, 0.9],
            0.5,
            0.5,
        );
        assert_eq!(d[2], (false, Some(BETWEEN_DROPPED)));
        // A long dropped neighbour does not count as chrome context.
        let d = smooth(&own(&[2, 40, 3, 2]), &[0.1, 0.4, 0.6, 0.1], 0.5, 0.5);
        assert_eq!(d[2], (true, None));
    }

    #[test]
    fn near_good_long_line_next_to_the_article_is_kept() {
        let d = smooth(&own(&[30, 3, 30, 2]), &[0.9, 0.1, 0.45, 0.1], 0.5, 0.5);
        assert_eq!(d[2], (true, Some(NEAR_GOOD)));
        // Below the band, or amid dropped long lines: dropped.
        let d = smooth(&own(&[30, 30, 2]), &[0.9, 0.3, 0.1], 0.5, 0.5);
        assert_eq!(d[1], (false, None));
        let d = smooth(&own(&[30, 30, 30, 40]), &[0.1, 0.45, 0.1, 0.9], 0.5, 0.5);
        assert_eq!(d[1], (false, None));
    }

    fn kept(d: &[(bool, Option<&'static str>)]) -> Vec<bool> {
        d.iter().map(|x| x.0).collect()
    }

    #[test]
    fn a_kept_long_line_repeating_an_earlier_kept_one_is_dropped() {
        // A table of contents line, the article, then the same line as
        // the article's own sub-heading and once more below it.
        let mut o = own(&[12, 40, 12, 40, 12]);
        for (i, key) in [(0, 7), (1, 1), (2, 7), (3, 2), (4, 7)] {
            o[i].words_key = key;
        }
        let d = smooth(&o, &[0.9; 5], 0.5, 0.5);
        assert_eq!(kept(&d), [true, true, false, true, false]);
        assert_eq!(d[2], (false, Some(REPEAT)));
        // Only kept lines count: a dropped first copy leaves the next kept.
        let d = smooth(&o, &[0.1, 0.9, 0.9, 0.9, 0.9], 0.5, 0.5);
        assert_eq!(kept(&d), [false, true, true, true, false]);
        // Short lines carry no key: "Read more" under every teaser stays.
        let d = smooth(&own(&[40, 3, 40, 3]), &[0.9; 4], 0.5, 0.5);
        assert!(d.iter().all(|x| x.0));
    }

    #[test]
    fn small_block_after_the_article_is_dropped() {
        // Article of 3 long lines, 3 dropped menu lines (chrome words),
        // then a teaser box of 20 words (under a quarter of the article's
        // 120).
        let menu = |words: &[usize]| {
            let mut o = own(words);
            o[3..6].iter_mut().for_each(|o| o.chrome = 1.0);
            o
        };
        let o = menu(&[40, 40, 40, 2, 2, 2, 20]);
        let p = [0.9, 0.9, 0.9, 0.1, 0.1, 0.1, 0.9];
        let d = smooth(&o, &p, 0.5, 0.5);
        assert_eq!(kept(&d), [true, true, true, false, false, false, false]);
        assert_eq!(d[6], (false, Some(AFTER_ARTICLE)));
        // Two dropped lines are no gap: the line stays with the article.
        let d = smooth(&o[1..], &p[1..], 0.5, 0.5);
        assert_eq!(d[5], (true, None));
        // A block as large as a third of the article stays.
        let o = menu(&[40, 40, 40, 2, 2, 2, 45]);
        assert_eq!(smooth(&o, &p, 0.5, 0.5)[6], (true, None));
    }

    #[test]
    fn a_block_after_a_quiet_gap_needs_less_of_the_article() {
        // Article of 120 words, 3 dropped table cells without chrome words
        // ("Model", "$40-$60", "Steel frame, two wheels"), then a closing
        // paragraph of 20 words: a sixth of the article, past a quiet gap,
        // stays; under QUIET_AFTER_SHARE (15 words) it goes.
        let p = [0.9, 0.9, 0.9, 0.1, 0.1, 0.1, 0.9];
        let d = smooth(&own(&[40, 40, 40, 1, 2, 4, 20]), &p, 0.5, 0.5);
        assert_eq!(kept(&d), [true, true, true, false, false, false, true]);
        let d = smooth(&own(&[40, 40, 40, 1, 2, 4, 15]), &p, 0.5, 0.5);
        assert_eq!(d[6], (false, Some(AFTER_ARTICLE)));
        // A teaser opener in the gap ("Related: ...") makes it no quiet
        // one, and so does a link line ("Continue reading") closing a
        // teaser of another story before it.
        for mark in [|o: &mut Own| o.teaser = 1.0, |o: &mut Own| o.link = true] {
            let mut o = own(&[40, 40, 40, 1, 2, 4, 20]);
            mark(&mut o[4]);
            assert_eq!(smooth(&o, &p, 0.5, 0.5)[6], (false, Some(AFTER_ARTICLE)));
        }
    }

    #[test]
    fn a_link_line_inside_the_article_does_not_cut_its_second_half() {
        // Article of 120 words, a dropped "Continue reading the main story"
        // line (a link line, no chrome words, p 0.3) and two dropped short
        // lines, then the article's second half of 20 words: the plain
        // tail stays.
        let mut o = own(&[40, 40, 40, 5, 2, 3, 20]);
        o[3].link = true;
        let p = [0.9, 0.9, 0.9, 0.3, 0.3, 0.3, 0.9];
        let d = smooth(&o, &p, 0.5, 0.5);
        assert_eq!(kept(&d), [true, true, true, false, false, false, true]);
        // Past a chrome line ("Share this") the 20 words go.
        o[3].chrome = 0.5;
        assert_eq!(smooth(&o, &p, 0.5, 0.5)[6], (false, Some(AFTER_ARTICLE)));
    }

    #[test]
    fn plain_short_lines_do_not_split_the_article() {
        // Article of 3 long lines, 4 dropped sub-headings (short, no chrome
        // words, p 0.3), then 20 words of the article's tail.
        let mut o = own(&[40, 40, 40, 3, 4, 2, 5, 20]);
        let mut p = [0.9, 0.9, 0.9, 0.3, 0.3, 0.3, 0.3, 0.9];
        let d = smooth(&o, &p, 0.5, 0.5);
        assert_eq!(d[7], (true, None));
        assert!(d[3..7].iter().all(|&x| x == (false, None)));
        // A tag link far below the threshold splits it off as before: the
        // tail then needs QUIET_AFTER_SHARE of the article's words (the gap
        // has no chrome words), which 15 words are not.
        p[5] = 0.1;
        let small = own(&[40, 40, 40, 3, 4, 2, 5, 15]);
        assert_eq!(
            smooth(&small, &p, 0.5, 0.5)[7],
            (false, Some(AFTER_ARTICLE))
        );
        assert_eq!(smooth(&o, &p, 0.5, 0.5)[7], (true, None));
        // So does a line with chrome words ("Share this").
        p[5] = 0.3;
        o[4].chrome = 0.5;
        assert_eq!(smooth(&o, &p, 0.5, 0.5)[7], (false, Some(AFTER_ARTICLE)));
        // And a plain run longer than PLAIN_GAP (a quiet gap: the tail
        // needs QUIET_AFTER_SHARE of the article's words).
        let mut o = own(&[40, 40, 40]);
        o.extend(own(&[3; PLAIN_GAP + 1]));
        o.extend(own(&[15]));
        let mut p = vec![0.9; 3];
        p.extend([0.3; PLAIN_GAP + 1]);
        p.push(0.9);
        let d = smooth(&o, &p, 0.5, 0.5);
        assert_eq!(d[PLAIN_GAP + 4], (false, Some(AFTER_ARTICLE)));
    }

    #[test]
    fn kept_text_past_a_comment_marker_is_dropped() {
        // One dropped comment marker ("12 Comments") splits off what
        // follows, however long.
        let mut o = own(&[80, 80, 2, 60, 50]);
        o[2].comment = true;
        o[2].digits = 0.5;
        let p = [0.9, 0.9, 0.1, 0.9, 0.9];
        let d = smooth(&o, &p, 0.5, 0.5);
        assert_eq!(kept(&d), [true, true, false, false, false]);
        assert_eq!(d[4], (false, Some(AFTER_ARTICLE)));
        // Without the marker the lines are one block.
        o[2].comment = false;
        assert_eq!(
            kept(&smooth(&o, &p, 0.5, 0.5)),
            [true, true, false, true, true]
        );
    }

    #[test]
    fn only_a_tiny_block_before_the_article_is_dropped() {
        // A 4-word box before an article of 200 words goes; the first half
        // of an article split by a box (40 of 200 words) stays.
        let o = own(&[4, 2, 2, 2, 100, 100]);
        let p = [0.9, 0.1, 0.1, 0.1, 0.9, 0.9];
        let d = smooth(&o, &p, 0.5, 0.5);
        assert_eq!(d[0], (false, Some(BEFORE_ARTICLE)));
        let o = own(&[40, 2, 2, 2, 100, 100]);
        assert_eq!(smooth(&o, &p, 0.5, 0.5)[0], (true, None));
    }

    #[test]
    fn a_kept_line_with_a_photo_credit_is_dropped_as_a_caption() {
        let mut o = own(&[40, 12, 40]);
        o[1].caption = true;
        let d = smooth(&o, &[0.9, 0.9, 0.9], 0.5, 0.5);
        assert_eq!(kept(&d), [true, false, true]);
        assert_eq!(d[1], (false, Some(CAPTION)));
        // A dropped caption keeps its decision and reason.
        let d = smooth(&o, &[0.9, 0.1, 0.9], 0.5, 0.5);
        assert_eq!(d[1], (false, None));
    }

    #[test]
    fn a_page_never_ends_empty() {
        let d = smooth(&own(&[5, 6, 7]), &[0.1, 0.3, 0.2], 0.5, 0.5);
        assert_eq!(d[1], (true, Some(NOT_EMPTY)));
        assert!(smooth(&[], &[], 0.5, 0.5).is_empty());
    }

    #[test]
    fn short_lines_other_than_bylines_need_the_short_threshold() {
        let mut o = own(&[20, 3, 2, 20]);
        let p = [0.9, 0.55, 0.1, 0.9];
        // 0.55 passes the threshold but not the short lines' 0.6...
        assert!(!smooth(&o, &p, 0.5, 0.6)[1].0);
        assert!(smooth(&o, &p, 0.5, 0.5)[1].0);
        // ...unless the line is a byline.
        o[1].byline = true;
        assert!(smooth(&o, &p, 0.5, 0.6)[1].0);
        assert_eq!(thresholds(&o, 0.5, 0.6), [0.5, 0.5, 0.5, 0.5]);
    }

    fn dateline(words: &[usize], lead: usize) -> Vec<Own> {
        let mut o = own(words);
        o[lead].dateline = true;
        o
    }

    #[test]
    fn doubted_dateline_lead_is_kept_with_the_article() {
        let words = [12, 3, 3, 3, 30, 40, 40, 40];
        let probs = [0.3, 0.1, 0.1, 0.1, 0.9, 0.9, 0.9, 0.9];
        let d = smooth(&dateline(&words, 0), &probs, 0.5, 0.5);
        assert_eq!(d[0], (true, Some(DATELINE_LEAD)));
        // The same line without a dateline goes, and far below the threshold
        // a dateline lead goes too.
        assert!(!smooth(&own(&words), &probs, 0.5, 0.5)[0].0);
        let low = [0.1, 0.1, 0.1, 0.1, 0.9, 0.9, 0.9, 0.9];
        assert!(!smooth(&dateline(&words, 0), &low, 0.5, 0.5)[0].0);
    }

    #[test]
    fn tiny_block_before_the_article_stays_when_a_dateline_opens_it() {
        let mut words = vec![12, 3, 3, 3];
        words.extend([40; 10]);
        let mut probs = vec![0.9, 0.1, 0.1, 0.1];
        probs.extend([0.9; 10]);
        let d = smooth(&own(&words), &probs, 0.5, 0.5);
        assert_eq!(d[0], (false, Some(BEFORE_ARTICLE)));
        let d = smooth(&dateline(&words, 0), &probs, 0.5, 0.5);
        assert_eq!(d[0], (true, None));
    }

    #[test]
    fn a_short_run_of_plain_lines_between_kept_lines_is_kept() {
        // A paragraph, two list items the short threshold drops (0.5 and
        // 0.45 of 0.8), a paragraph: the run is kept.
        let words = [20, 4, 3, 20];
        let d = smooth(&own(&words), &[0.9, 0.5, 0.45, 0.9], 0.5, 0.8);
        assert_eq!(d[1], (true, Some(SHORT_RUN)));
        assert_eq!(d[2], (true, Some(SHORT_RUN)));
        // One line far below the threshold: the run stays dropped.
        let d = smooth(&own(&words), &[0.9, 0.5, 0.2, 0.9], 0.5, 0.8);
        assert!(!d[1].0 && !d[2].0);
        // Chrome words, a name (an author list), a price, or two
        // capitalised words of three (a teaser "Jo Lee wins", a shop line
        // "Read on Shopname", a credit "Icons by Jo Lee"): dropped.
        let cases: [fn(&mut Own); 4] = [
            |o| o.chrome = 0.5,
            |o| o.capitalised = 1.0,
            |o| o.digits = 0.34,
            |o| o.capitalised = 0.67,
        ];
        for case in cases {
            let mut o = own(&words);
            case(&mut o[2]);
            let d = smooth(&o, &[0.9, 0.5, 0.45, 0.9], 0.5, 0.8);
            assert!(!d[1].0 && !d[2].0);
        }
        // Longer than RUN_LINES, or between short kept lines only: dropped.
        let mut words = vec![20];
        words.extend(std::iter::repeat_n(3, RUN_LINES + 1));
        words.push(20);
        let mut p = vec![0.45; words.len()];
        (p[0], p[RUN_LINES + 2]) = (0.9, 0.9);
        assert!(
            smooth(&own(&words), &p, 0.5, 0.8)[1..=RUN_LINES + 1]
                .iter()
                .all(|x| !x.0)
        );
        let d = smooth(&own(&[5, 4, 3, 5]), &[0.9, 0.5, 0.45, 0.9], 0.5, 0.8);
        assert!(!d[1].0 && !d[2].0);
    }
}
