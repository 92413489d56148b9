//! The cue lists the code reads by id: one registry, so a rules folder
//! lacking one (copied before the list was added) borrows the built-in
//! list with a warning instead of silently reading an empty one, and a
//! test checks every id the code passes is declared in rules/lexicons.toml.

/// One cue list the code reads: its id in rules/lexicons.toml and what
/// it is for (the first words of its `description`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CodeCueList {
    /// The list's id (`[[list]] id = ...`, kind `cue`).
    pub id: &'static str,
    /// What the code reads it for.
    pub purpose: &'static str,
}

/// Every cue list the code reads, by id (sorted).
pub const CODE_CUE_LISTS: &[CodeCueList] = &[
    CodeCueList {
        id: "affiliate-nouns",
        purpose: "Words, beside unit-nouns, that make the words before a company a part of the ...",
    },
    CodeCueList {
        id: "agreement-nouns",
        purpose: "Agreement nouns before 'with Y'",
    },
    CodeCueList {
        id: "based-name-followers",
        purpose: "Words after a name that follows a place's '-based' which make it a company",
    },
    CodeCueList {
        id: "before-month-words",
        purpose: "Words before a month name",
    },
    CodeCueList {
        id: "bracket-connectors",
        purpose: "Connectors of a company's name inside newswire brackets",
    },
    CodeCueList {
        id: "broker-cues",
        purpose: "Nouns of a broking house",
    },
    CodeCueList {
        id: "business-head-nouns",
        purpose: "Head nouns of a business after an unknown name",
    },
    CodeCueList {
        id: "central-bank-words",
        purpose: "Words of central banking that make a name opening with a company opener a ...",
    },
    CodeCueList {
        id: "clause-owner-openers",
        purpose: "Words right before a company that make it a new clause's subject, so an 'its' ...",
    },
    CodeCueList {
        id: "clause-owner-stops",
        purpose: "Words that may not stand between a company and the 'its' it owns",
    },
    CodeCueList {
        id: "company-and-words",
        purpose: "Nouns of trade that, right after 'and' inside a name ended by a legal suffix, ...",
    },
    CodeCueList {
        id: "company-division-words",
        purpose: "Words after a listed company's name that name a unit of it, its own company",
    },
    CodeCueList {
        id: "company-job-cut-verbs",
        purpose: "Verbs of cutting jobs right after an unknown name",
    },
    CodeCueList {
        id: "company-job-nouns",
        purpose: "Nouns of jobs and staff after a job-cut verb and a number",
    },
    CodeCueList {
        id: "company-launch-verbs",
        purpose: "Verbs of a business bringing out a product right after an unknown name",
    },
    CodeCueList {
        id: "company-modified-heads",
        purpose: "Nouns that, after a name and one or two lower-case modifiers, make it a company ...",
    },
    CodeCueList {
        id: "company-opener-legal-forms",
        purpose: "Words that, right after a company opener, spell out a legal form, no name",
    },
    CodeCueList {
        id: "company-opener-particles",
        purpose: "Particles besides rules/name-particles.txt that may stand between a company ...",
    },
    CodeCueList {
        id: "company-openers",
        purpose: "Words that open company names in other languages",
    },
    CodeCueList {
        id: "company-possessive-heads",
        purpose: "Words after an unknown name's possessive, and only there, that make it a company",
    },
    CodeCueList {
        id: "company-possessives",
        purpose: "Possessives the words before 'and' must hold to read one described company",
    },
    CodeCueList {
        id: "company-relative-stops",
        purpose: "Words after a verb of company-relative-verbs that make it no trade",
    },
    CodeCueList {
        id: "company-relative-verbs",
        purpose: "Verbs of a business's trade after ', which' that make the name before them a ...",
    },
    CodeCueList {
        id: "company-sectors",
        purpose: "Sector words that end company names without being designators",
    },
    CodeCueList {
        id: "company-staff-titles",
        purpose: "Occupations between an unknown name and a person's name that make the name a ...",
    },
    CodeCueList {
        id: "company-stock-nouns",
        purpose: "Share nouns right after an unknown name, with a preposition, 'the' or a number ...",
    },
    CodeCueList {
        id: "company-stock-stops",
        purpose: "Words after a share noun that make the name before it a market, no company",
    },
    CodeCueList {
        id: "company-term-heads",
        purpose: "Designators that also end terms of a trade in headings and menus",
    },
    CodeCueList {
        id: "company-unit-nouns",
        purpose: "Unit nouns that make an owned name a company",
    },
    CodeCueList {
        id: "complementisers",
        purpose: "Words that open a reported clause after a verb",
    },
    CodeCueList {
        id: "conjunct-cue-verbs",
        purpose: "Cue words shaped like a verb that do not end in -ed",
    },
    CodeCueList {
        id: "conjunct-predicate-openers",
        purpose: "Words that open a predicate with no subject of its own after and",
    },
    CodeCueList {
        id: "contest-words",
        purpose: "Words after which 'with' names a rival, not a partner",
    },
    CodeCueList {
        id: "country-names",
        purpose: "One-word country names in English, French, Italian, Spanish, Portuguese, German ...",
    },
    CodeCueList {
        id: "country-variant-adjectives",
        purpose: "The words of regional-adjectives.txt that are a country's adjective, present or ...",
    },
    CodeCueList {
        id: "cue-noun-prepositions",
        purpose: "Prepositions",
    },
    CodeCueList {
        id: "deal-form-heads",
        purpose: "Words after a deal noun that make it a job, holding or rating",
    },
    CodeCueList {
        id: "deal-form-modifiers",
        purpose: "Words before a deal noun that make it a legal form or a job",
    },
    CodeCueList {
        id: "deal-negations",
        purpose: "Words that deny a deal noun among the four words after them",
    },
    CodeCueList {
        id: "deal-nouns",
        purpose: "Deal nouns",
    },
    CodeCueList {
        id: "descriptor-participles",
        purpose: "Participles of place or trade that open a phrase saying what a business does ...",
    },
    CodeCueList {
        id: "employer-prepositions",
        purpose: "Prepositions that tie a job title to its employer",
    },
    CodeCueList {
        id: "event-name-stops",
        purpose: "Lower-case nouns that, right after an event word of event-name-words, make the ...",
    },
    CodeCueList {
        id: "event-name-words",
        purpose: "Words that end a sports event's or competition's name that a listed company's ...",
    },
    CodeCueList {
        id: "follow-line-objects",
        purpose: "Objects after a follow verb that make its line an author's follow line",
    },
    CodeCueList {
        id: "follow-line-platforms",
        purpose: "Social platforms an author is followed on (Twitter, X, Facebook, LinkedIn): a listed company ...",
    },
    CodeCueList {
        id: "follow-line-verbs",
        purpose: "Verbs of a follow line",
    },
    CodeCueList {
        id: "fraction-heads",
        purpose: "Fractions before 'of' that take a part of the company after it",
    },
    CodeCueList {
        id: "fronted-clause-failures",
        purpose: "Gerunds opening a fronted clause that say its tie failed or ended",
    },
    CodeCueList {
        id: "fronted-clause-openers",
        purpose: "Prepositions opening a sentence-initial gerund clause",
    },
    CodeCueList {
        id: "given-name-clause-verbs",
        purpose: "Modals, auxiliaries and verbs that, right after a name opening with a given ...",
    },
    CodeCueList {
        id: "given-name-company-nouns",
        purpose: "Nouns of a business's kind that, right before a name opening with a given name, ...",
    },
    CodeCueList {
        id: "goods-count-stops",
        purpose: "Words after a number that make it an amount, share or stake, no count of goods",
    },
    CodeCueList {
        id: "goods-nouns",
        purpose: "Nouns of goods bought from their maker or a seller",
    },
    CodeCueList {
        id: "group-anaphor-stops",
        purpose: "Words between a bare plural group anaphor and a tie cue that keep the anaphor ...",
    },
    CodeCueList {
        id: "group-kind-words",
        purpose: "What makes 'the X group'",
    },
    CodeCueList {
        id: "group-nouns",
        purpose: "Nouns of a group of investors",
    },
    CodeCueList {
        id: "holder-adjectives",
        purpose: "Words before a holder noun that opens a company's name in an event pattern slot",
    },
    CodeCueList {
        id: "holder-appositive-stops",
        purpose: "Pronouns and relative words that keep an appositive from naming the holder ...",
    },
    CodeCueList {
        id: "holder-nouns",
        purpose: "Holder nouns before a company's name in an event pattern slot",
    },
    CodeCueList {
        id: "hyphen-particles",
        purpose: "Phrasal-verb particles that, after a hyphen, make a noun of a verb",
    },
    CodeCueList {
        id: "ing-non-participles",
        purpose: "Long '-ing' words that open no phrase saying what a business does",
    },
    CodeCueList {
        id: "inner-caps-refusers",
        purpose: "Words",
    },
    CodeCueList {
        id: "inner-caps-words",
        purpose: "Lower-case forms of company entries with inner capitals that are English words",
    },
    CodeCueList {
        id: "irregular-participles",
        purpose: "Irregular past participles",
    },
    CodeCueList {
        id: "job-cut-auxiliaries",
        purpose: "Words between a name and its job-cut verb, at most two",
    },
    CodeCueList {
        id: "kin-nouns",
        purpose: "Words of kin after a name's possessive",
    },
    CodeCueList {
        id: "labour-modifiers",
        purpose: "Words between a trigger and a noun of labour-nouns",
    },
    CodeCueList {
        id: "labour-nouns",
        purpose: "Nouns of a labour union or work force as the other side of talks",
    },
    CodeCueList {
        id: "led-verbs",
        purpose: "Verbs before 'by' that make the company after it a group's leader",
    },
    CodeCueList {
        id: "market-words",
        purpose: "Words before Exchange that name a market",
    },
    CodeCueList {
        id: "merged-unit-nouns",
        purpose: "Plural nouns of a company's parts merged into a venture",
    },
    CodeCueList {
        id: "month-names",
        purpose: "The twelve month names, for time phrases the segmenter reads past",
    },
    CodeCueList {
        id: "national-bank-words",
        purpose: "Words for 'national' that make a company-opener name a central bank when only ...",
    },
    CodeCueList {
        id: "newco-modifiers",
        purpose: "Words after 'merge into' that make the named object the company the merger ...",
    },
    CodeCueList {
        id: "newco-namers",
        purpose: "Words that introduce the name of the company a merger or venture makes",
    },
    CodeCueList {
        id: "other-possessives",
        purpose: "Possessives that make the words before a company a person's thing",
    },
    CodeCueList {
        id: "owned-leads",
        purpose: "Determiners and quantifiers",
    },
    CodeCueList {
        id: "owned-modifiers",
        purpose: "Words between an owner determiner and an owned unit's name",
    },
    CodeCueList {
        id: "owned-nouns",
        purpose: "Nouns of what a company owns",
    },
    CodeCueList {
        id: "owner-company-noun-heads",
        purpose: "Nouns",
    },
    CodeCueList {
        id: "owner-determiners",
        purpose: "Determiners that refer back to a company as owner or client",
    },
    CodeCueList {
        id: "owner-possessives",
        purpose: "Possessives",
    },
    CodeCueList {
        id: "partner-nouns",
        purpose: "The noun partner: a cue a person may hold as a job title",
    },
    CodeCueList {
        id: "partners-firm-nouns",
        purpose: "Head nouns of a descriptor after partners' names that make them one firm",
    },
    CodeCueList {
        id: "person-clue-words",
        purpose: "Words",
    },
    CodeCueList {
        id: "place-links",
        purpose: "Prepositions of place",
    },
    CodeCueList {
        id: "place-name-heads",
        purpose: "Words that end names of places, streets, buildings and shows",
    },
    CodeCueList {
        id: "place-openers",
        purpose: "Words that open names of places",
    },
    CodeCueList {
        id: "possessed-gap-stops",
        purpose: "Words that may not stand in a pattern gap right after a possessive mark",
    },
    CodeCueList {
        id: "possessed-organ-nouns",
        purpose: "Company organs right after a possessive mark",
    },
    CodeCueList {
        id: "price-unit-nouns",
        purpose: "Nouns a price is quoted per",
    },
    CodeCueList {
        id: "public-body-last-words",
        purpose: "Public-body words that count only as a name's last word or before 'of'/'at'",
    },
    CodeCueList {
        id: "purpose-openers",
        purpose: "Words after a deal cue that open a purpose phrase closed by 'with'",
    },
    CodeCueList {
        id: "quantity-heads",
        purpose: "Quantity words before 'of' that take a part of the company after it",
    },
    CodeCueList {
        id: "question-openers",
        purpose: "Verbs and 'How' that open a question",
    },
    CodeCueList {
        id: "regional-adjective-words",
        purpose: "The words of regional-adjectives.txt again, as cues",
    },
    CodeCueList {
        id: "regulator-verbs",
        purpose: "Verbs of a regulator's ruling on another's deal",
    },
    CodeCueList {
        id: "role-adjective-title-stops",
        purpose: "Words before an adjective-like title that make it describe a firm or a trade",
    },
    CodeCueList {
        id: "role-adjective-titles",
        purpose: "Role titles that are also adjectives or common nouns before a name",
    },
    CodeCueList {
        id: "role-anaphor-stops",
        purpose: "Title words that give no role to the person the sentence before names when a ...",
    },
    CodeCueList {
        id: "role-appointing-verbs",
        purpose: "Verbs that give a title to their object or passive subject",
    },
    CodeCueList {
        id: "role-auxiliaries",
        purpose: "Words between a person and the verb that gives a title",
    },
    CodeCueList {
        id: "role-back-pronouns",
        purpose: "Third-person pronouns for one person (he, she, him, her, his): a quotation holding one ...",
    },
    CodeCueList {
        id: "role-bare-serving-verbs",
        purpose: "Verbs after which a title follows with no as",
    },
    CodeCueList {
        id: "role-becoming-verbs",
        purpose: "Verbs after which the subject holds the title",
    },
    CodeCueList {
        id: "role-body-words",
        purpose: "Lower-case words naming a body, place or branch that may open a Title Case ...",
    },
    CodeCueList {
        id: "role-byline-heads",
        purpose: "Words that end an author's title after 'By NAME' though no job title elsewhere",
    },
    CodeCueList {
        id: "role-company-heads",
        purpose: "Words of a company's own offices",
    },
    CodeCueList {
        id: "role-copula-verbs",
        purpose: "The copula before a title",
    },
    CodeCueList {
        id: "role-departments",
        purpose: "Fields and departments of job titles",
    },
    CodeCueList {
        id: "role-employer-name-stops",
        purpose: "Words of names of membership bodies and of chambers of a parliament",
    },
    CodeCueList {
        id: "role-employer-stops",
        purpose: "Last words of a title after which the capitalised name before the title is no ...",
    },
    CodeCueList {
        id: "role-epithets",
        purpose: "Words of fame or wealth that are no job title",
    },
    CodeCueList {
        id: "role-field-plurals",
        purpose: "Words in -s naming a field, no verb, before a plural title",
    },
    CodeCueList {
        id: "role-field-stops",
        purpose: "Quantifiers and number words that name no field after of in a title",
    },
    CodeCueList {
        id: "role-founding-verbs",
        purpose: "Verbs of founding a company",
    },
    CodeCueList {
        id: "role-heading-verbs",
        purpose: "Verbs whose subject heads the company after them",
    },
    CodeCueList {
        id: "role-ing-field-openers",
        purpose: "Determiners, possessive pronouns, 'as' and clause-opening conjunctions (when, while) after which a word of ...",
    },
    CodeCueList {
        id: "role-ing-fields",
        purpose: "Words in -ing that name a field of work and may open a title right before a name",
    },
    CodeCueList {
        id: "role-not-plural-titles",
        purpose: "Plurals read as no title before names joined by and",
    },
    CodeCueList {
        id: "role-not-title-words",
        purpose: "Lower-case words that are no part of a title",
    },
    CodeCueList {
        id: "role-observer-titles",
        purpose: "Last words of titles held by people who judge or fund a company from outside it",
    },
    CodeCueList {
        id: "role-participles",
        purpose: "Words in -ed that may stand in a title",
    },
    CodeCueList {
        id: "role-passing-words",
        purpose: "Words of time, rank or fame before a title that are no part of it",
    },
    CodeCueList {
        id: "role-portfolio-titles",
        purpose: "Public titles that keep one or two Title Case portfolio words before them",
    },
    CodeCueList {
        id: "role-portfolio-words",
        purpose: "Lower-case portfolio words (finance, foreign, interior) that keep a Title Case title after them",
    },
    CodeCueList {
        id: "role-position-particles",
        purpose: "Particles after a name that make a team position before it a verb",
    },
    CodeCueList {
        id: "role-position-stops",
        purpose: "Words before a team position that make it no title",
    },
    CodeCueList {
        id: "role-position-words",
        purpose: "Team positions that are also common words",
    },
    CodeCueList {
        id: "role-post-nominals",
        purpose: "Post-nominal letters",
    },
    CodeCueList {
        id: "role-serving-verbs",
        purpose: "Verbs whose subject holds the title after 'as'",
    },
    CodeCueList {
        id: "role-speaking-verbs",
        purpose: "Verbs besides the speech verbs that make a person opening a sentence its speaker ...",
    },
    CodeCueList {
        id: "role-succeeding-verbs",
        purpose: "Verbs whose object held the title after 'as' and whose subject takes it",
    },
    CodeCueList {
        id: "role-superlatives",
        purpose: "Superlatives after 'one of the' that open no title",
    },
    CodeCueList {
        id: "role-taking-verbs",
        purpose: "Forms of 'take', a serving verb only with 'over'",
    },
    CodeCueList {
        id: "role-verb-forms",
        purpose: "Third-person '-s' forms of verbs that are no noun, adjective or adverb",
    },
    CodeCueList {
        id: "seats-of-government",
        purpose: "Seats of government named for the government",
    },
    CodeCueList {
        id: "secrecy-agreement-modifiers",
        purpose: "Words right before an agreement cue that make it a promise of secrecy",
    },
    CodeCueList {
        id: "sector-market-nouns",
        purpose: "Nouns of a market or trade",
    },
    CodeCueList {
        id: "service-nouns",
        purpose: "Nouns of a company acting for another as a service provider",
    },
    CodeCueList {
        id: "service-openers",
        purpose: "Words before a service noun that make it a role",
    },
    CodeCueList {
        id: "service-ties",
        purpose: "Words that make the object of with, by or from within five words after them a ...",
    },
    CodeCueList {
        id: "share-class-words",
        purpose: "Words opening a share class's name, no company, before a share noun",
    },
    CodeCueList {
        id: "staff-desk-words",
        purpose: "Words of a trading desk or market",
    },
    CodeCueList {
        id: "stake-nouns",
        purpose: "Stake nouns after a company's name",
    },
    CodeCueList {
        id: "status-but-nouns",
        purpose: "Nouns that take up the tie after but",
    },
    CodeCueList {
        id: "status-ending-auxiliaries",
        purpose: "Auxiliaries and adverbs between which",
    },
    CodeCueList {
        id: "status-light-verbs",
        purpose: "Light verbs that hand a negation on to the deal noun they take",
    },
    CodeCueList {
        id: "status-month-names",
        purpose: "Month names and abbreviations that date a sentence after in or since",
    },
    CodeCueList {
        id: "status-noun-modifiers",
        purpose: "Words between a possessive and the deal noun it opens",
    },
    CodeCueList {
        id: "status-participle-objects",
        purpose: "Nouns of the tie itself",
    },
    CodeCueList {
        id: "status-past-time-words",
        purpose: "Words that date an ending before a reopening told earlier in the article",
    },
    CodeCueList {
        id: "subject-auxiliaries",
        purpose: "Words passed over between a cue's subject and the cue, at most two",
    },
    CodeCueList {
        id: "subject-pronouns",
        purpose: "Subject pronouns a status-stage 'and <speech verb>' may be followed by before a ...",
    },
    CodeCueList {
        id: "surname-prefixes",
        purpose: "Surname prefixes of three or more letters glued to the surname with a capital",
    },
    CodeCueList {
        id: "tie-compound-heads",
        purpose: "Nouns a tie noun premodifies as a longer compound's head",
    },
    CodeCueList {
        id: "time-nouns",
        purpose: "Nouns of time",
    },
    CodeCueList {
        id: "time-zone-abbrevs",
        purpose: "Time-zone abbreviations",
    },
    CodeCueList {
        id: "unit-nouns",
        purpose: "Nouns naming a part of a company right after its name",
    },
];

use std::borrow::Cow;
use std::collections::BTreeMap;

use super::load::Loader;
use super::source::{DEFAULT_RULES, Layer};

/// The warning for a cue list of [`CODE_CUE_LISTS`] that the rules folder
/// does not declare, so the built-in copy is read instead (one line).
pub fn borrowed_list_warning(id: &str) -> String {
    let file = builtin_list(id).map_or("", |(_, file)| file);
    format!(
        "warning: cue list `{id}` is read by the code but not declared in the rules folder: \
the built-in copy is used (to change it, copy rules/{file} and its [[list]] from rules/lexicons.toml)"
    )
}

/// The embedded text of default rule file `name`, if any.
fn embedded(name: &str) -> Option<&'static str> {
    DEFAULT_RULES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, t)| *t)
}

/// The `[[list]]` item of list `id` in the built-in rules/lexicons.toml
/// (its text from its header to the next one) and the file it names.
fn builtin_list(id: &str) -> Option<(&'static str, &'static str)> {
    let lexicons = embedded("lexicons.toml")?;
    let id_line = format!("id = \"{id}\"");
    let item = lexicons
        .split("[[list]]\n")
        .skip(1)
        .find(|item| item.lines().any(|l| l.trim() == id_line))?;
    let file = item
        .lines()
        .find_map(|l| l.trim().strip_prefix("file = \"")?.strip_suffix('"'))?;
    Some((item, file))
}

impl Loader {
    /// After every layer: each list of [`CODE_CUE_LISTS`] that no layer
    /// declared (a folder copied before the list was added) is loaded from
    /// the built-in rules and its id noted in `borrowed`. A source with the
    /// embedded layer declares them all (a test checks), so it borrows none.
    pub(super) fn borrow_code_cue_lists(&mut self, embedded_layer: bool) {
        if embedded_layer {
            return;
        }
        let declared: hashbrown::HashSet<&str> =
            self.lists.iter().map(|l| l.meta.id.as_str()).collect();
        let missing: Vec<&'static str> = CODE_CUE_LISTS
            .iter()
            .map(|c| c.id)
            .filter(|id| !declared.contains(id))
            .collect();
        drop(declared);
        let mut toml = String::new();
        let mut files = BTreeMap::new();
        for id in &missing {
            let Some((item, file)) = builtin_list(id) else {
                continue; // not built in: the registry test fails first
            };
            toml.push_str("[[list]]\n");
            toml.push_str(item);
            files.insert(
                file.to_string(),
                Cow::Borrowed(embedded(file).unwrap_or("")),
            );
        }
        if missing.is_empty() {
            return;
        }
        files.insert("lexicons.toml".to_string(), Cow::Owned(toml));
        let layer = Layer {
            prefix: "rules/".to_string(),
            files,
            faults: Vec::new(),
            embedded: true,
        };
        self.load_layer(&layer);
        self.borrowed
            .extend(missing.iter().map(|id| id.to_string()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{RuleSource, Rules};

    #[test]
    fn every_registered_list_is_built_in_with_its_file() {
        for list in CODE_CUE_LISTS {
            let (item, file) = builtin_list(list.id).unwrap_or_else(|| panic!("{}", list.id));
            assert!(item.contains("kind = \"cue\""), "{}", list.id);
            assert!(embedded(file).is_some_and(|t| !t.is_empty()), "{file}");
        }
    }

    #[test]
    fn the_defaults_borrow_nothing_and_a_lexicon_without_a_list_borrows_it() {
        assert!(
            Rules::default_rules()
                .unwrap()
                .borrowed_cue_lists()
                .is_empty()
        );
        let source = RuleSource::embedded();
        let mut folder = RuleSource::embedded();
        folder.layers[0].embedded = false;
        let lexicons = embedded("lexicons.toml").unwrap();
        let (item, file) = builtin_list("month-names").unwrap();
        let without = lexicons.replace(&format!("[[list]]\n{item}"), "");
        folder.layers[0]
            .files
            .insert("lexicons.toml".into(), Cow::Owned(without));
        folder.layers[0].files.remove(file);
        let rules = Rules::load(&folder).unwrap();
        assert_eq!(rules.borrowed_cue_lists(), ["month-names"]);
        assert!(rules.is_cue("month-names", "May"));
        assert!(Rules::load(&source).unwrap().is_cue("month-names", "May"));
        let warning = borrowed_list_warning("month-names");
        assert!(warning.contains("`month-names`") && warning.contains("rules/month-names.txt"));
    }
}
