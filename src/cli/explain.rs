//! `tieup explain FILE [--sentence N]`: a human-readable trace of one
//! article: per sentence the spans found and the rule behind each, the
//! events with the rule behind each piece of evidence, and the candidates
//! that were dropped, with the reason.

use std::fmt::Write as _;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;
use tieup::pipeline::spot::Kind;
use tieup::rules::{ListKind, Payload, Rules};
use tieup::{Analysis, Article, Extractor};

use crate::RuleArgs;

#[derive(Args)]
pub(crate) struct ExplainArgs {
    /// The article (a text file)
    file: PathBuf,
    /// Only this sentence (0-based index, as printed)
    #[arg(long, value_name = "N")]
    sentence: Option<usize>,
    /// Colour: auto (on a terminal), always or never
    #[arg(long, default_value = "auto", value_parser = ["auto", "always", "never"])]
    color: String,
    #[command(flatten)]
    rules: RuleArgs,
}

/// ANSI styles, or nothing when the output is not a terminal.
struct Style {
    on: bool,
}

impl Style {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

const COMPANY: &str = "1;32";
const PERSON: &str = "1;36";
const TITLE: &str = "33";
const TRIGGER: &str = "1;35";
const STATUS: &str = "34";
const DIM: &str = "2";
const HEAD: &str = "1";

pub(crate) fn run(args: ExplainArgs) -> ExitCode {
    let rules = match crate::load_rules(&args.rules) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let bytes = match std::fs::read(&args.file) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("tieup: {}: {e}", args.file.display());
            return ExitCode::from(1);
        }
    };
    let id = args
        .file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let article = match Article::from_bytes(id, args.file.display().to_string(), &bytes) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("tieup: {}: {e}", args.file.display());
            return ExitCode::from(1);
        }
    };
    let extractor = Extractor::new(rules);
    let analysis = extractor.analyze(&article);
    let n = analysis.tokens.sentences.len();
    if let Some(s) = args.sentence
        && s >= n
    {
        eprintln!("tieup: --sentence {s}: the article has {n} sentences (0..{n})");
        return ExitCode::from(2);
    }
    let on = match args.color.as_str() {
        "always" => true,
        "never" => false,
        _ => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    let out = explain(
        &analysis,
        extractor.rules(),
        &args.file,
        args.sentence,
        &Style { on },
    );
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(out.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tieup: {e}");
            ExitCode::from(1)
        }
    }
}

fn snake<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default()
}

/// One highlighted stretch of a sentence.
struct Mark {
    start: usize,
    end: usize,
    style: &'static str,
    line: String,
}

fn explain(
    a: &Analysis<'_>,
    rules: &Rules,
    path: &Path,
    only: Option<usize>,
    st: &Style,
) -> String {
    let text = a.view.text();
    let toks = &a.tokens.tokens;
    let res = &a.resolution;
    let (_, ids) = tieup::pipeline::record::entity_order(a);
    // Event numbers as in the output record: by first evidence, then parties.
    let mut event_order: Vec<usize> = (0..a.events.len()).collect();
    let sorted_parties = |e: usize| {
        let (p, q) = a.events[e].parties;
        let mut names = [&res.entities[p].name, &res.entities[q].name];
        names.sort();
        names
    };
    event_order.sort_by_key(|&e| {
        (
            a.events[e].evidence.first().map_or(usize::MAX, |x| x.start),
            sorted_parties(e),
        )
    });
    let mut event_no = vec![0; a.events.len()];
    for (n, &e) in event_order.iter().enumerate() {
        event_no[e] = n + 1;
    }
    let range = |first: usize, last: usize| (toks[first].start, toks[last - 1].end);
    let quote = |s: usize, e: usize| format!("{:?}", &text[s..e]);
    let mut out = String::new();

    let _ = writeln!(
        out,
        "{}: {} bytes, {} sentences, {} entities, {} events",
        st.paint(HEAD, &path.display().to_string()),
        text.len(),
        a.tokens.sentences.len(),
        res.entities.len(),
        a.events.len()
    );
    for d in &a.article.diagnostics {
        let _ = writeln!(out, "  {}: {} ({})", d.level, d.message, d.code);
    }

    if only.is_none() && !a.layout.dropped.is_empty() {
        let _ = writeln!(out, "\n{}", st.paint(HEAD, "Dropped text"));
        for d in &a.layout.dropped {
            let why = if d.reason == "chrome" {
                "chrome line (short line outside the prose, no rule)".to_string()
            } else {
                format!("boilerplate, rule {}", d.reason)
            };
            let shown: String = text[d.start..d.end].chars().take(70).collect();
            let _ = writeln!(
                out,
                "  [{}..{}] {}: {}",
                d.start,
                d.end,
                why,
                st.paint(DIM, &format!("{shown:?}"))
            );
        }
    }

    for (si, sent) in a.tokens.sentences.iter().enumerate() {
        if only.is_some_and(|o| o != si) {
            continue;
        }
        let in_sent = |first: usize| a.tokens.sentence_of.get(first) == Some(&si);
        let mut marks: Vec<Mark> = Vec::new();
        let mut dropped: Vec<String> = Vec::new();

        // Mentions: kept (entity), merged (alias) or dropped.
        for (mi, m) in res.mentions.iter().enumerate() {
            if !in_sent(m.first) {
                continue;
            }
            let (s, e) = range(m.first, m.last);
            match res.entity_of[mi] {
                Some(ent) => {
                    let entity = &res.entities[ent];
                    let (kind, style) = if entity.kind == Kind::Person {
                        ("person ", PERSON)
                    } else {
                        ("company", COMPANY)
                    };
                    let mut line = format!(
                        "{kind} {} -> {} {:?}, rule {}",
                        quote(s, e),
                        ids[ent],
                        entity.name,
                        m.rule
                    );
                    if !text[s..e].eq_ignore_ascii_case(&entity.name) {
                        let _ = write!(line, " (alias of {})", ids[ent]);
                    }
                    marks.push(Mark {
                        start: s,
                        end: e,
                        style,
                        line,
                    });
                }
                None => {
                    let why = match m.kind {
                        Kind::Unknown => "capitalised, no company or person evidence".to_string(),
                        Kind::Outlet => format!(
                            "news outlet (rule {}): a company only when it acts in an event",
                            m.rule
                        ),
                        Kind::Surname => {
                            format!("surname (rule {}) with no full name in the article", m.rule)
                        }
                        Kind::Company | Kind::Person => {
                            format!("rule {} gave no entity", m.rule)
                        }
                    };
                    dropped.push(format!("{}: {why}", quote(s, e)));
                }
            }
        }
        // Spotted mentions the resolver replaced.
        for m in &a.spotted {
            if !in_sent(m.first) {
                continue;
            }
            let kept = res
                .mentions
                .iter()
                .any(|r| r.first == m.first && r.last == m.last);
            if kept {
                continue;
            }
            let (s, e) = range(m.first, m.last);
            let over = res
                .mentions
                .iter()
                .enumerate()
                .find(|(_, r)| r.first < m.last && m.first < r.last);
            let why = match over {
                Some((ri, r)) => {
                    let (rs, re) = range(r.first, r.last);
                    match res.entity_of[ri] {
                        Some(ent) => format!(
                            "became {} ({} of {})",
                            quote(rs, re),
                            if m.kind == Kind::Company && r.kind == Kind::Company {
                                "alias"
                            } else {
                                "part"
                            },
                            ids[ent]
                        ),
                        None => format!("became {}", quote(rs, re)),
                    }
                }
                None => format!("dropped by the resolver (rule {})", m.rule),
            };
            dropped.push(format!("{}: {why}", quote(s, e)));
        }
        // Titles and anaphors.
        for span in &a.lexed.names {
            if !in_sent(span.first) {
                continue;
            }
            let Payload::Entry { entry, .. } = span.payload else {
                continue;
            };
            let label = match rules.entry_kind(entry) {
                ListKind::Title => "title  ",
                ListKind::AnaphorOne | ListKind::AnaphorTwo => "anaphor",
                _ => continue,
            };
            let (s, e) = range(span.first, span.last);
            let list = &rules.lists[rules.entries[entry as usize].list];
            // Only the longest span at a position.
            if marks
                .iter()
                .any(|m| m.style == TITLE && m.start <= s && e <= m.end)
            {
                continue;
            }
            marks.push(Mark {
                start: s,
                end: e,
                style: TITLE,
                line: format!("{label} {}, rule {}", quote(s, e), list.meta.id),
            });
        }
        // Cues.
        for span in &a.lexed.triggers {
            if !in_sent(span.first) {
                continue;
            }
            if let Payload::Trigger(t) = span.payload {
                let (s, e) = range(span.first, span.last);
                let tr = &rules.triggers[t as usize];
                marks.push(Mark {
                    start: s,
                    end: e,
                    style: TRIGGER,
                    line: format!(
                        "trigger {}, rule {} ({}, {}{})",
                        quote(s, e),
                        tr.meta.id,
                        snake(&tr.event_type),
                        snake(&tr.status),
                        if tr.weak { ", weak" } else { "" }
                    ),
                });
            }
        }
        for span in &a.lexed.statuses {
            if !in_sent(span.first) {
                continue;
            }
            if let Payload::Status(i) = span.payload {
                let (s, e) = range(span.first, span.last);
                let sc = &rules.statuses[i as usize];
                marks.push(Mark {
                    start: s,
                    end: e,
                    style: STATUS,
                    line: format!(
                        "status  {}, rule {} ({})",
                        quote(s, e),
                        sc.meta.id,
                        snake(&sc.status)
                    ),
                });
            }
        }
        for d in a.dropped_cues.iter().filter(|d| d.sentence == si) {
            dropped.push(format!(
                "trigger {:?} (rule {}): {}",
                d.trigger, d.rule, d.reason
            ));
        }
        marks.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));

        let _ = writeln!(
            out,
            "\n{} [{}..{}]{}",
            st.paint(HEAD, &format!("Sentence {si}")),
            sent.start,
            sent.end,
            if sent.title { " (headline)" } else { "" }
        );
        let _ = writeln!(
            out,
            "  {}",
            highlight(text, sent.start, sent.end, &marks, st)
        );
        for m in &marks {
            let _ = writeln!(out, "    {}", st.paint(m.style, &m.line));
        }
        for d in &dropped {
            let _ = writeln!(out, "    {}", st.paint(DIM, &format!("dropped {d}")));
        }
        for &ei in &event_order {
            let ev = &a.events[ei];
            for x in ev.evidence.iter().filter(|x| x.sentence == si) {
                let _ = writeln!(
                    out,
                    "    event E{} {} + {}: trigger {:?} rule {}{}",
                    event_no[ei],
                    res.entities[ev.parties.0].name,
                    res.entities[ev.parties.1].name,
                    x.trigger,
                    x.rule,
                    x.status_rule
                        .as_deref()
                        .map(|r| format!(", status rule {r}"))
                        .unwrap_or_default()
                );
            }
        }
    }

    // Events with every piece of evidence.
    let events: Vec<(usize, &tieup::pipeline::events::Event)> = event_order
        .iter()
        .map(|&e| (e, &a.events[e]))
        .filter(|(_, ev)| only.is_none_or(|o| ev.evidence.iter().any(|x| x.sentence == o)))
        .collect();
    let _ = writeln!(out, "\n{}", st.paint(HEAD, "Events"));
    if events.is_empty() {
        let _ = writeln!(out, "  (none)");
    }
    for (ei, ev) in events {
        let (p, q) = ev.parties;
        let _ = writeln!(
            out,
            "  E{} {} {}: {} ({}) + {} ({})",
            event_no[ei],
            snake(&ev.event_type),
            snake(&ev.status),
            st.paint(COMPANY, &res.entities[p].name),
            ids[p],
            st.paint(COMPANY, &res.entities[q].name),
            ids[q]
        );
        for x in &ev.evidence {
            let _ = writeln!(
                out,
                "     sentence {} [{}..{}]: trigger {} rule {} -> {} {}{}{}",
                x.sentence,
                x.start,
                x.end,
                st.paint(TRIGGER, &format!("{:?}", x.trigger)),
                x.rule,
                snake(&x.event_type),
                snake(&x.status),
                x.status_rule
                    .as_deref()
                    .map(|r| format!(" (status rule {r})"))
                    .unwrap_or_default(),
                if x.strong { "" } else { " (weak)" }
            );
        }
    }
    out
}

/// The sentence text with the marked spans coloured (outermost wins).
fn highlight(text: &str, start: usize, end: usize, marks: &[Mark], st: &Style) -> String {
    let plain = |s: &str| s.replace('\n', " ");
    if !st.on {
        return plain(&text[start..end]);
    }
    let mut out = String::new();
    let mut pos = start;
    for m in marks {
        if m.start < pos || m.end > end {
            continue;
        }
        out.push_str(&plain(&text[pos..m.start]));
        out.push_str(&st.paint(m.style, &plain(&text[m.start..m.end])));
        pos = m.end;
    }
    out.push_str(&plain(&text[pos..end]));
    out
}
