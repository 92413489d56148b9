//! The extraction stages, one module each, in the order the data flows.
//!
//! | stage | takes | gives |
//! |---|---|---|
//! | [`read`] | bytes of one file | an [`Article`](read::Article) (text, diagnostics) |
//! | [`clean`] | the article text | a [`Layout`](clean::Layout): headline, kept lines, boilerplate masks |
//! | [`segment`] | text + layout | [`Tokens`](segment::Tokens) and sentences |
//! | [`lexicon`] | tokens | gazetteer hits ([`Lexed`](lexicon::Lexed)) |
//! | [`spot`] | tokens + gazetteer hits | candidate [`Mention`](spot::Mention)s of companies and people |
//! | [`resolve`] | mentions | entities: coreference of short forms, acronyms, surnames ([`Resolution`](resolve::Resolution)) |
//! | [`roles`] | entities | (person, title, company) [`Role`](roles::Role)s |
//! | [`events`] | entities | trigger + argument [`Event`](events::Event)s between companies |
//! | [`record`] | every stage's result | the output [`Record`](record::Record) (JSON schema v1) |
//!
//! Every stage is linear in the article's size; byte offsets always slice the
//! original text. [`crate::Extractor::analyze`] runs them in this order.

pub mod read;

pub mod clean;

pub mod segment;

pub mod lexicon;

pub mod spot;

pub mod resolve;

pub mod roles;

pub mod events;

pub mod record;
