//! tieup: who is teaming up with whom, from raw news text.
//!
//! The crate is laid out by role (see `docs/architecture.md`):
//!
//! - [`rules`]: loading, validating and compiling the rule files;
//! - [`pipeline`]: the stages, one module each, in the order the data flows;
//! - [`batch`]: ordered, parallel, streaming processing of many articles;
//! - [`review`]: scoring and comparing outputs (eval, diff, graph, rule tests).
//!
//! The stages, in the order the data flows:
//!
//! 0. [`rules`]: load and compile the rule files once (one Aho-Corasick
//!    automaton for every literal, regexes built once).
//! 1. [`read`](pipeline::read): bytes to an [`Article`] (lossy UTF-8, BOM dropped).
//! 2. [`clean`](pipeline::clean): find the headline and body lines; mask boilerplate and chrome.
//! 3. [`segment`](pipeline::segment): tokens and abbreviation-aware sentences.
//! 4. [`lexicon`](pipeline::lexicon) then [`spot`](pipeline::spot): list look-up, then candidate companies and people.
//! 5. [`resolve`](pipeline::resolve): one entity per real company or person in the article.
//! 6. [`roles`](pipeline::roles): (person, title, company).
//! 7. [`events`](pipeline::events): ties between companies, with type, status and evidence.
//! 8. [`record`](pipeline::record): the normalized output record (JSON schema v1).
//!
//!
//! ```
//! use tieup::{Article, Extractor, Rules};
//! let extractor = Extractor::new(Rules::default_rules().unwrap());
//! let article = Article::from_text("x", "", "Acme Corp is in talks with Borealis Inc.");
//! let record = extractor.extract(&article);
//! assert_eq!(record.events[0].parties, ["Acme Corp", "Borealis Inc"]);
//! ```

#![warn(missing_docs)]
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod batch;
pub mod error;
pub mod pipeline;
pub mod review;
pub mod rules;

pub use error::{Error, Result, RuleProblem};
pub use pipeline::read::{Article, Diagnostic};
pub use pipeline::record::Record;
pub use rules::{RuleSource, Rules};

use pipeline::{clean, events, lexicon, resolve, roles, segment, spot};

/// Every intermediate result of one article, for `explain` and tests.
#[derive(Debug)]
pub struct Analysis<'a> {
    /// The input.
    pub article: &'a Article,
    /// The text every stage matched on (typography folded) and its map back
    /// to the article's offsets: every offset below indexes `view.text()`.
    pub view: pipeline::read::View<'a>,
    /// Kept lines and masks.
    pub layout: clean::Layout,
    /// Tokens and sentences.
    pub tokens: segment::Tokens,
    /// List look-up results.
    pub lexed: lexicon::Lexed,
    /// Mentions as spotted (before resolution); left empty by
    /// [`Extractor::extract`], whose record does not read them.
    pub spotted: Vec<spot::Mention>,
    /// Entities.
    pub resolution: resolve::Resolution,
    /// Roles per entity.
    pub roles: Vec<Vec<roles::Role>>,
    /// Events.
    pub events: Vec<events::Event>,
    /// Trigger cues that gave no event, with the reason.
    pub dropped_cues: Vec<events::DroppedCue>,
    /// Warnings of the event stage (`pair-cap`).
    pub event_diagnostics: Vec<Diagnostic>,
}

/// The compiled extractor: share one across threads.
#[derive(Debug)]
pub struct Extractor {
    rules: Rules,
    main_text: bool,
}

impl Extractor {
    /// An extractor over a compiled rule set.
    pub fn new(rules: Rules) -> Self {
        Extractor {
            rules,
            main_text: false,
        }
    }

    /// Also put the kept article text and its byte spans into every record
    /// ([`Record::main_text`], `tieup extract --text`).
    pub fn with_main_text(mut self, on: bool) -> Self {
        self.main_text = on;
        self
    }

    /// The rules in use.
    pub fn rules(&self) -> &Rules {
        &self.rules
    }

    /// Runs every stage and keeps the intermediate results.
    pub fn analyze<'a>(&self, article: &'a Article) -> Analysis<'a> {
        self.analyze_keeping(article, true)
    }

    /// [`Extractor::analyze`]; `keep_spotted`: whether
    /// [`Analysis::spotted`] keeps the mentions as spotted (a copy of them
    /// all, which only `explain` reads: a record is made without it, and
    /// they are then moved into the resolve stage, left empty there).
    fn analyze_keeping<'a>(&self, article: &'a Article, keep_spotted: bool) -> Analysis<'a> {
        let rules = &self.rules;
        let view = pipeline::read::View::new(&article.text);
        let text = view.text();
        let layout = clean::clean(text, rules);
        let tokens = segment::segment(text, &layout, segment::RuleWords(rules));
        let lexed = lexicon::lookup(text, &tokens, rules);
        let mut spotted = spot::spot(text, &tokens, &lexed, rules);
        events::promote_slots(text, &tokens, &lexed, rules, &mut spotted);
        let mentions = if keep_spotted {
            spotted.clone()
        } else {
            std::mem::take(&mut spotted)
        };
        let resolution = resolve::resolve(text, &tokens, &lexed, rules, mentions);
        let roles = roles::find_roles(text, &tokens, &lexed, rules, &resolution);
        let (events, dropped_cues, event_diagnostics) =
            events::find_events(text, &tokens, &lexed, rules, &resolution);
        Analysis {
            article,
            view,
            layout,
            tokens,
            lexed,
            spotted,
            resolution,
            roles,
            events,
            dropped_cues,
            event_diagnostics,
        }
    }

    /// Extracts the record of one article.
    pub fn extract(&self, article: &Article) -> Record {
        // The record reads no mention as spotted: none is copied.
        let a = self.analyze_keeping(article, false);
        let mut record = Record::from_analysis(&a);
        if self.main_text {
            record.main_text = Some(pipeline::record::MainText::from_analysis(&a));
        }
        record
    }
}
