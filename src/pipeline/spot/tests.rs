//! Stage 4b tests: the mentions and entities spotted in whole sentences.

use crate::{Article, Extractor, Rules};

/// (type, name) of every entity in `text` (shared with the context
/// cue tests).
pub(super) fn entities(text: &str) -> Vec<(String, String)> {
    let extractor = Extractor::new(Rules::default_rules().unwrap());
    let r = extractor.extract(&Article::from_text("t", "", text));
    r.entities.into_iter().map(|e| (e.kind, e.name)).collect()
}

/// The names of the companies in `text` (shared like `entities`).
pub(super) fn companies(text: &str) -> Vec<String> {
    let got = entities(text);
    got.into_iter()
        .filter(|(k, _)| k == "company")
        .map(|(_, n)| n)
        .collect()
}

#[test]
fn a_short_given_name_is_no_demonym_made_from_a_place() {
    let rules = Rules::default_rules().unwrap();
    assert!(!super::demonym(&rules, "Yali"));
    assert!(super::demonym(&rules, "Thai"));
    assert!(super::demonym(&rules, "Iraqi"));
    let got = entities("Yali Thorncastle, who founded Brindle Labs, said on Monday it was hiring.");
    assert!(has(&got, "person", "Yali Thorncastle"), "{got:?}");
}

fn has(got: &[(String, String)], kind: &str, name: &str) -> bool {
    got.iter().any(|(k, n)| k == kind && n == name)
}

#[test]
fn a_credit_with_a_department_title_may_end_the_text() {
    // "- Name, title, Company" as the text's last words: the company
    // mention has no token after it (was an index past the tokens).
    let got = entities(
        "Our view on the market is simple and we said so often. \u{2013} Ann Vole, \
         lead technical engineer, Quillbright",
    );
    assert!(has(&got, "person", "Ann Vole"), "{got:?}");
}

#[test]
fn a_company_word_of_another_language_opens_a_company_name() {
    // rules/company-openers.txt: no person, though a speech verb follows.
    let got = entities(
        "Banque Tessard said it would lend the money, and Banca Orvani Italiana said \
         the group had agreed. Grupo Varela declined to comment on the loan.",
    );
    for name in ["Banque Tessard", "Banca Orvani Italiana", "Grupo Varela"] {
        assert!(has(&got, "company", name), "{name}: {got:?}");
    }
    // A central bank: only a place after the word, or "Central" in it.
    let got = entities(
        "The Banque de France said rates were steady. Economists at Banco Central \
         de Tarvia expected no change this year.",
    );
    assert!(!has(&got, "company", "Banque de France"), "{got:?}");
    assert!(
        !got.iter().any(|(_, n)| n.starts_with("Banco Central")),
        "{got:?}"
    );
    // A country in its own language (rules/country-names.txt), a
    // national word before a country, a spelt-out legal form: no
    // company and no person; a national word before another name is.
    let got = entities(
        "Banco de Espana said rates would stay. Banco Nacional de Angola said so \
         too. Sociedad Anonima said on Monday it had won. Banque Nationale de \
         Vellmont said it would lend.",
    );
    assert_eq!(
        got,
        [(
            "company".to_string(),
            "Banque Nationale de Vellmont".to_string()
        )]
    );
    let got = entities(
        "The venture is with Mexico's Tarvos Tecnicos, Sociedad Anonima de Capital \
         Variable, the company said.",
    );
    assert!(
        !got.iter().any(|(_, n)| n.starts_with("Sociedad")),
        "{got:?}"
    );
}

#[test]
fn romanised_given_names_are_two_hyphened_syllables() {
    let rules = Rules::default_rules().unwrap();
    for w in [
        "Jong-un",
        "Myung-bak",
        "Chao-ming",
        "Mahn-je",
        "Ji-youn",
        "Kwang-tae",
    ] {
        assert!(super::romanised_given(&rules, w), "{w}");
    }
    let not = [
        "Pop-up",
        "Long-term",
        "Mid-week",
        "Drop-in",
        "Blu-ray",
        "Sign-up",
    ];
    for w in not
        .into_iter()
        .chain(["Beijing-based", "Jean-Pierre", "al-Rifa", "Hwan"])
    {
        assert!(!super::romanised_given(&rules, w), "{w}");
    }
    // Beside a surname (listed, or one romanised syllable) it names a
    // person, in either order; the surname-first form's surname alone
    // is that person.
    let got = entities(
        "Tarvell Steel Co named Pyo Hwan-sok as chief. Pyo said analyst Seon-gyu Tam \
         agreed. A Pop-up Store and the Long-term Price plan stay.",
    );
    for name in ["Pyo Hwan-sok", "Seon-gyu Tam"] {
        assert!(has(&got, "person", name), "{name}: {got:?}");
    }
    assert_eq!(
        got.iter().filter(|(k, _)| k == "person").count(),
        2,
        "{got:?}"
    );
}

#[test]
fn suffixes_designators_tickers_and_brackets_mark_companies() {
    let got = entities(
        "Greyhound Corp <G> and <Mitsui and Co Ltd> met Brilliance Auto and Zeta Holdings today.",
    );
    for name in [
        "Greyhound Corp",
        "Mitsui and Co Ltd",
        "Brilliance Auto",
        "Zeta Holdings",
    ] {
        assert!(has(&got, "company", name), "{name}: {got:?}");
    }
}

#[test]
fn a_word_of_past_time_opening_a_chunk_is_no_part_of_the_name() {
    let got = entities(
        "Board news\n\nFormer Wrenfield CEO Dana Okoro joined on Monday. \
         Then Brasko Group chairman Ivo Brandt left.",
    );
    assert!(has(&got, "company", "Wrenfield"), "{got:?}");
    assert!(has(&got, "company", "Brasko Group"), "{got:?}");
    assert!(
        got.iter()
            .all(|(_, n)| !n.starts_with("Former") && !n.starts_with("Then")),
        "{got:?}"
    );
}

#[test]
fn an_edition_label_after_a_model_number_is_no_legal_suffix() {
    let got = entities("Review\n\nWe tried the Vexa C180 SE for a week. Brenmark SE makes it.");
    assert!(!has(&got, "company", "Vexa C180 SE"), "{got:?}");
    assert!(has(&got, "company", "Brenmark SE"), "{got:?}");
}

#[test]
fn a_listed_name_opening_a_longer_and_name_gives_the_longer_name() {
    // "Weis Markets" is listed (rules/companies-sec.txt).
    let got = companies("Deal\n\nWeis Markets and Chemical Corp said it would merge.");
    assert_eq!(got, ["Weis Markets and Chemical Corp"]);
}

#[test]
fn a_listed_brand_is_a_company_but_not_inside_a_longer_name() {
    let got = entities("Zipcar said it would grow. We tried the Sennheiser Momentum 4 today.");
    assert!(has(&got, "company", "Zipcar"), "{got:?}");
    assert!(has(&got, "company", "Sennheiser"), "{got:?}");
    let got = entities("The Esso Pelmar Refining unit will close in March.");
    assert!(!has(&got, "company", "Esso"), "{got:?}");
    let got = entities("Fans will watch the Betfair Bowl at 6:30 p.m. on Monday.");
    assert!(!has(&got, "company", "Betfair"), "{got:?}");
}

#[test]
fn a_listed_brand_opening_a_unit_name_with_and_keeps_it_whole() {
    // The brand is no mention of its own there: "and" joins the unit's
    // name as for an unlisted one; a listed name before "and" still
    // stands alone ("Boeing and Tessaly Corp").
    let got = entities("Ann Bell heads Zipcar Fleet Sales and Leasing Co, it said.");
    assert!(
        has(&got, "company", "Zipcar Fleet Sales and Leasing Co"),
        "{got:?}"
    );
    let got = entities("Zipcar and Tessaly Corp made rival offers on Monday.");
    assert!(has(&got, "company", "Zipcar"), "{got:?}");
    assert!(has(&got, "company", "Tessaly Corp"), "{got:?}");
}

#[test]
fn a_line_of_business_after_a_listed_name_names_a_unit() {
    // rules/company-unit-lines.txt: one capitalised word after the name.
    let got =
        companies("Plans\n\nThe Fiat Powertrain plant will close, and Volvo Trucks will hire.");
    assert_eq!(got, ["Fiat Powertrain", "Volvo Trucks"]);
    // A product's word is no line; lower case is a verb.
    let got = companies("Plans\n\nApple Music grew, and Fiat trains its staff.");
    assert_eq!(got, ["Apple", "Fiat"]);
}

#[test]
fn a_line_of_business_opening_a_longer_coordinated_name_is_no_unit() {
    let got = companies("Plans\n\nIt was built by Airbus Defence and Space last year.");
    assert_eq!(got, ["Airbus"]);
    let got = companies("Plans\n\nIt heads launch at Boeing Defense, Space, and Security now.");
    assert_eq!(got, ["Boeing"]);
}

#[test]
fn public_bodies_and_places_are_no_companies() {
    let got = entities(
        "The Securities and Exchange Commission and the University of Ohio met in Beijing.",
    );
    assert!(got.iter().all(|(k, _)| k != "company"), "{got:?}");
}

#[test]
fn a_middle_initial_stays_in_the_name() {
    let got = entities("Shares of Del E. Webb Corp rose on Monday after the results.");
    assert!(has(&got, "company", "Del E. Webb Corp"), "{got:?}");
}

#[test]
fn an_acronym_gloss_makes_one_company() {
    let got = entities("Harrow and Kestrel (H&K) is to buy a stake. H&K said it was pleased.");
    assert!(has(&got, "company", "Harrow and Kestrel"), "{got:?}");
    assert_eq!(
        got.iter().filter(|(k, _)| k == "company").count(),
        1,
        "{got:?}"
    );
}

#[test]
fn person_cues() {
    let got = entities(
        "Hubertus Troska, chairman of Zeta AG, met CEO Lei Jun and Mr Okafor, said Robert Jones.",
    );
    for name in ["Hubertus Troska", "Lei Jun", "Okafor", "Robert Jones"] {
        assert!(has(&got, "person", name), "{name}: {got:?}");
    }
}

#[test]
fn a_lower_case_occupation_before_two_words_makes_a_person() {
    let got = entities(
        "Party coordinator Oyelaran Paskvic spoke, and for the Ravens, forward Quillan Marsh played.",
    );
    for name in ["Oyelaran Paskvic", "Quillan Marsh"] {
        assert!(has(&got, "person", name), "{name}: {got:?}");
    }
    // An article or a place before the words: an adjective, no occupation.
    let got = entities("The official Tarnwell Gazette beat official Ontario Forecasts.");
    assert!(!got.iter().any(|(k, _)| k == "person"), "{got:?}");
}

#[test]
fn a_lone_word_of_capitals_after_a_title_or_honorific_is_no_person() {
    let got = entities(
        "Odalys Fenwright earned an Executive MBA. A tip from a researcher I never met came to Mr X.",
    );
    for name in ["MBA", "I", "X"] {
        assert!(!has(&got, "person", name), "{name}: {got:?}");
    }
}

#[test]
fn places_events_plurals_and_towns_are_no_companies() {
    let got = entities(
        "Varnel Corp bought the Lindale, Mass., maker. It sells TVs to NASA, sponsors the Toyota Championship and has an office in the West Bank.",
    );
    let companies: Vec<_> = got.iter().filter(|(k, _)| k == "company").collect();
    assert_eq!(companies.len(), 1, "{got:?}");
}

#[test]
fn bracketed_qualifiers_and_banks_of_places_stay_in_the_name() {
    let got =
        entities("Harrow Tessel (Far East) Ltd sold its stake in Quarro Bank of Ohio on Monday.");
    assert!(
        has(&got, "company", "Harrow Tessel (Far East) Ltd"),
        "{got:?}"
    );
    assert!(has(&got, "company", "Quarro Bank of Ohio"), "{got:?}");
}

#[test]
fn teams_and_things_after_a_determiner_are_no_people() {
    let got = entities(
        "Fans cheered the Melissa Hawks on Sunday. Melissa Hawks owner Quorin Halsey said the Harold Dunmore Arena was full.",
    );
    assert!(has(&got, "person", "Quorin Halsey"), "{got:?}");
    for name in ["Melissa Hawks", "Harold Dunmore Arena"] {
        assert!(!has(&got, "person", name), "{name}: {got:?}");
    }
}

#[test]
fn byline_trailer_and_dateline_words_are_no_people() {
    let got = entities(
        "By Quorin Halsey, AP Sports Writer\nFirst Published 3 hours ago\n\nGRANDVALE, Ohio (AP) - The team won.",
    );
    assert!(has(&got, "person", "Quorin Halsey"), "{got:?}");
    assert!(
        got.iter().all(|(_, n)| n != "First" && n != "GRANDVALE"),
        "{got:?}"
    );
}

#[test]
fn a_byline_name_running_on_into_the_outlet_ends_after_two_words() {
    let got = entities(
        "Brovik sells unit\nBy Dalia Fenwright Riverside Courier\n\nBrovik Energy Corp sold a unit.",
    );
    assert!(has(&got, "person", "Dalia Fenwright"), "{got:?}");
    assert!(got.iter().all(|(_, n)| !n.contains("Courier")), "{got:?}");
    let got = entities(
        "Haldane builds terminal\nBy Tomas Ekwall By Tomas Ekwall March 27\n\nHaldane Resources Inc will build it.",
    );
    assert!(has(&got, "person", "Tomas Ekwall"), "{got:?}");
    let got = entities(
        "Brovik sells unit\nBy Dalia K. Fenwright Riverside Courier\n\nBrovik Energy Corp sold a unit.",
    );
    assert!(has(&got, "person", "Dalia K. Fenwright"), "{got:?}");
}

#[test]
fn a_title_of_a_field_after_a_possessive_introduces_a_name() {
    let got = entities(
        "Velkor Systems opened a plant. Velkor's head of operations, Zebulor Quain, said it would hire 200 people.",
    );
    assert!(has(&got, "person", "Zebulor Quain"), "{got:?}");
}

#[test]
fn an_age_or_a_kin_word_after_a_name_makes_a_person() {
    let got = entities(
        "Oskrey Vantiline, 41, was taken to hospital. Trouble was, Hyvren Taskil's parents were away. The Juvena, 53,351 tonnes, ran aground.",
    );
    for name in ["Oskrey Vantiline", "Hyvren Taskil"] {
        assert!(has(&got, "person", name), "{name}: {got:?}");
    }
    assert!(!has(&got, "person", "Juvena"), "{got:?}");
}

#[test]
fn a_name_with_a_particle_is_one_person_after_a_speech_verb_or_title() {
    let got = entities(
        "Jovaldo Penhir da Silva said the town would help. The law was signed by President Orvan Teliz Mabeno da Silva.",
    );
    for name in ["Jovaldo Penhir da Silva", "Orvan Teliz Mabeno da Silva"] {
        assert!(has(&got, "person", name), "{name}: {got:?}");
    }
    let got = entities("Credit Commercial de France said profits rose.");
    assert!(got.iter().all(|(k, _)| k != "person"), "{got:?}");
}

#[test]
fn initials_and_jr_count_as_parts_of_a_name() {
    for (text, name) in [
        (
            "The sale was approved by Dorvan Pellick Jr., the chairman of Brenhall Corp.",
            "Dorvan Pellick Jr",
        ),
        (
            "Judge K. Marlow Feddick approved the sale.",
            "K. Marlow Feddick",
        ),
        (
            "E. Marlow Feddick told reporters the sale was approved.",
            "E. Marlow Feddick",
        ),
    ] {
        let got = entities(text);
        assert!(has(&got, "person", name), "{text}: {got:?}");
    }
}

#[test]
fn news_credits_name_their_writers() {
    let got = entities(
        "The council voted on Monday.\n\n(Reporting by Osrin Paldeck in Tollmouth; \
         Additional reporting by Velma Torrisk and Anwen Caradog; Editing by Bertil Maunsey)",
    );
    for name in [
        "Osrin Paldeck",
        "Velma Torrisk",
        "Anwen Caradog",
        "Bertil Maunsey",
    ] {
        assert!(has(&got, "person", name), "{name}: {got:?}");
    }
}

#[test]
fn a_name_ending_in_a_business_word_is_no_person() {
    for text in [
        "Harbeck Realty said it would sell the offices.",
        "The sale was advised by Dunmore Associates, said Ada Brun.",
        "Velsing Weekly said the price was fair.",
        "The fund is run by Quorrel Trust.",
    ] {
        let got = entities(text);
        assert!(
            got.iter().all(|(k, n)| k != "person" || n == "Ada Brun"),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_given_name_before_a_designator_or_sector_word_names_a_company() {
    let got = entities(
        "Shares of Hollis Drug rose after Marla Group said it would buy them. \
         Harlan Televentures said it agreed.",
    );
    for name in ["Hollis Drug", "Marla Group", "Harlan Televentures"] {
        assert!(has(&got, "company", name), "{name}: {got:?}");
    }
    // A listed word is no compound.
    let rules = Rules::default_rules().unwrap();
    assert!(super::compound_designator(&rules, "Televentures"));
    assert!(!super::compound_designator(&rules, "Telecommunications"));
    assert!(!super::compound_designator(&rules, "ventures"));
}

#[test]
fn a_business_noun_before_a_given_name_names_a_company() {
    let got = entities(
        "Pellow Farms still owes money to the Welsh lender Lewis Marchbank. \
         Rowan Tools said chipmaker Morgan Stanmore would supply it.",
    );
    for name in ["Lewis Marchbank", "Morgan Stanmore"] {
        assert!(has(&got, "company", name), "{name}: {got:?}");
    }
    // An occupation a person holds is no business noun.
    let got = entities("The film producer Grace Lindqvist said the studio would close.");
    assert!(has(&got, "person", "Grace Lindqvist"), "{got:?}");
}

#[test]
fn a_worded_given_name_before_a_listed_surname_opens_a_person() {
    // "Dean", "Guy", "Jordan": given names that are also words, titles or
    // places, before a listed surname.
    let got = entities(
        "The firm has hired Dean Maitland to run its plant. The owner, Guy Pegg, \
         backed him after work on Jordan Eichler's team.",
    );
    for name in ["Dean Maitland", "Guy Pegg", "Jordan Eichler"] {
        assert!(has(&got, "person", name), "{name}: {got:?}");
    }
    // No listed surname after the word: a place or a common word stays.
    let got = entities("Staff met in Hunter Valley and walked along the Jordan River on Sunday.");
    assert!(
        !got.iter().any(|(k, _)| k == "person"),
        "no person: {got:?}"
    );
    // Written in capitals, the pair is no given name and surname.
    let got = entities("The firm has hired DEAN MAITLAND to run its plant near the river.");
    assert!(!has(&got, "person", "DEAN MAITLAND"), "{got:?}");
}

#[test]
fn a_verb_after_the_name_past_the_noun_keeps_a_person() {
    // A reduced relative clause or a reported clause: the name is its
    // subject, the noun names another thing.
    for (text, name) in [
        (
            "Tamsin Vale Corp leases jets to the airline Nora Bright set up.",
            "Nora Bright",
        ),
        (
            "Ivo Hart told the bank Owen Tully would quit as chairman.",
            "Owen Tully",
        ),
        (
            "Staff admire the startup Bruno Kettle runs from a barn.",
            "Bruno Kettle",
        ),
        (
            "Fiona Reese warned the insurer Hector Bain had hidden losses.",
            "Hector Bain",
        ),
        (
            "Dace Corp sold the drugmaker Ivan Loft founded.",
            "Ivan Loft",
        ),
    ] {
        let got = entities(text);
        assert!(!has(&got, "company", name), "{text}: {got:?}");
    }
    // Bare, with no determiner, the noun still names the company.
    let got = entities("Rowan Tools said chipmaker Morgan Stanmore would supply it.");
    assert!(has(&got, "company", "Morgan Stanmore"), "{got:?}");
}

#[test]
fn initials_and_a_surname_after_a_person_and_of_name_the_employer() {
    let got = entities("\"Prices will fall,\" analyst Marta Vancell of R.W. Pellham said.");
    assert!(has(&got, "company", "R.W. Pellham"), "{got:?}");
    assert!(has(&got, "person", "Marta Vancell"), "{got:?}");
    // A place's initials are no firm's.
    let got = entities("Vellan Gas Corp of U.S. Plans to hire staff in Lagos, it said.");
    assert!(!got.iter().any(|(_, n)| n.starts_with("U.S.")), "{got:?}");
}

#[test]
fn a_dateline_place_in_capitals_and_a_lone_st_are_no_names() {
    let got = entities(
        "Offer\n\nBEVERLY HILLS, June 18 - Wexford Financial Corp said it agreed to buy \
         Dorrance Savings Corp, St. Paul, Minn.",
    );
    assert!(
        !got.iter().any(|(_, n)| n == "BEVERLY HILLS" || n == "St"),
        "{got:?}"
    );
    assert!(has(&got, "company", "Wexford Financial Corp"), "{got:?}");
}

#[test]
fn a_name_before_a_lower_case_group_is_a_business_group() {
    let got = entities("It allied itself with the Varmani group and the German group.");
    assert!(has(&got, "company", "Varmani group"), "{got:?}");
    assert!(!got.iter().any(|(_, n)| n.contains("German")), "{got:?}");
    let got = entities("A group of investors, the Kotak group of funds, said so.");
    assert!(!got.iter().any(|(_, n)| n.contains("group")), "{got:?}");
}

#[test]
fn a_regions_national_bank_is_a_bank_a_countrys_is_central() {
    // rules/regional-adjectives.txt: "Alsatian", "Bavarian" name no
    // country; rules/country-variant-adjectives.txt: "Yugoslav" does.
    let got = entities("Alsatian National Bank and Bavarian National Bank said so.");
    assert!(has(&got, "company", "Alsatian National Bank"), "{got:?}");
    assert!(has(&got, "company", "Bavarian National Bank"), "{got:?}");
    for text in [
        "The Swiss National Bank said so.",
        "The Yugoslav National Bank said so.",
        "The Soviet National Bank said so.",
    ] {
        let got = entities(text);
        assert!(got.is_empty(), "{text}: {got:?}");
    }
}

#[test]
fn a_group_of_another_kind_is_no_business_group() {
    // rules/group-kind-words.txt: a name's first word, its last word
    // with "group", a kind of group elsewhere in the sentence.
    for text in [
        "The House group wrote to the regulator on Monday.",
        "The Senate group said it would write to the council.",
        "The Pellow Action group met on Monday.",
        "Fighting went on near rebel groups such as the Kessar group.",
        "The Tarvo group, a pressure group, protested outside.",
        "The Velbrook group is a rock group from Leeds.",
    ] {
        let got = entities(text);
        assert!(
            !got.iter().any(|(_, n)| n.contains("group")),
            "{text}: {got:?}"
        );
    }
    for (text, name) in [
        (
            "The Morvane group said it bought 5 pct of Halcott Corp.",
            "Morvane group",
        ),
        // No profession opens a kind of group.
        (
            "Analysts said the Farmers group agreed to buy Kestrel Ltd.",
            "Farmers group",
        ),
        // A kind elsewhere in the sentence, not beside the name.
        (
            "The Varmani group bought 5 pct of Halcott Corp, an industry group said.",
            "Varmani group",
        ),
        (
            "The Varmani group bought 5 pct of Halcott Corp, rights groups said.",
            "Varmani group",
        ),
    ] {
        let got = entities(text);
        assert!(has(&got, "company", name), "{text}: {got:?}");
    }
}

#[test]
fn a_capitalised_occupation_opening_a_name_is_no_part_of_it() {
    for (text, name) in [
        (
            "It sold well. Singer Dana Pellworth said she was glad.",
            "Dana Pellworth",
        ),
        (
            "The talks were led by Ambassador Marla Ostrander.",
            "Marla Ostrander",
        ),
        // After a nationality or place that says whose title it is.
        (
            "The talks were led by Danish Ambassador Marla Ostrander.",
            "Marla Ostrander",
        ),
        // After a body or a chamber, up to three words.
        (
            "The talks were led by Harbour Board Administrator Marla Ostrander.",
            "Marla Ostrander",
        ),
        (
            "It rained. Senate Majority Leader Marla Ostrander said so.",
            "Marla Ostrander",
        ),
        // The Title Case field of an "of" title.
        (
            "It rained. The Secretary of Harbours Marla Ostrander said so.",
            "Marla Ostrander",
        ),
    ] {
        let got = entities(text);
        assert!(has(&got, "person", name), "{text}: {got:?}");
        assert!(
            got.iter().all(|(k, n)| k != "person" || n == name),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_name_joined_by_a_slash_is_no_person() {
    let got = entities("The keepers returned on Saturday. (Laura Marwick/The Carrow Post)");
    assert!(got.iter().all(|(k, _)| k != "person"), "{got:?}");
}

#[test]
fn a_title_case_title_or_a_field_before_the_employer_names_a_company() {
    let got = entities(
        "Orders held, said Tom Pike, Senior Product Manager at Dorvell, on Monday. \
         Ann Rolfe, VP of Platform Engineering at Quarmby, said so. \
         Prices held, said Jane Orr, head of sales, Kestrin. \
         Paul Grey, British Minister of Agriculture, said so. \
         Ruth Lane, Deputy Secretary of Transport, said so.",
    );
    for name in ["Dorvell", "Quarmby", "Kestrin"] {
        assert!(has(&got, "company", name), "{name}: {got:?}");
    }
    for name in [
        "Platform Engineering",
        "Agriculture",
        "Transport",
        "Senior Product",
    ] {
        assert!(!has(&got, "company", name), "{name}: {got:?}");
    }
}

#[test]
fn for_after_a_field_or_a_scope_before_the_title_names_the_employer() {
    let got = entities(
        "Hugo Pell, vice president of business development for Quorrel, told a fair. \
         Ilse Marr, VP of Business Development for Pennock, said so. \
         Prices held, said Tom Rede, US chief economist at Varlen Capital Markets, on Monday. \
         Ana Ruiz, European marketing director for Pellmore Foods, said so. \
         Bo Oka, head of planning for Baltic shipping lanes for Brisco Capital, was there. \
         Sam Ode, head of sales for North America, and Ann Ruel, head of sales for Asia Pacific, came. \
         Paul Grey, Canadian deputy minister, Agriculture Canada, said so.",
    );
    for name in [
        "Quorrel",
        "Pennock",
        "Varlen Capital Markets",
        "Pellmore Foods",
        "Brisco Capital",
    ] {
        assert!(has(&got, "company", name), "{name}: {got:?}");
    }
    for name in [
        "Baltic",
        "North America",
        "Asia Pacific",
        "Agriculture Canada",
        "Business Development",
    ] {
        assert!(!has(&got, "company", name), "{name}: {got:?}");
    }
}

#[test]
fn headline_capitals_are_not_names() {
    let got = entities("Xiaomi Could Be Working With Tesla On Electric Car");
    assert!(got.iter().all(|(_, n)| !n.contains("Could")), "{got:?}");
}

#[test]
fn a_plural_title_opening_the_sentence_is_no_part_of_the_name() {
    let got = entities("The play opens today. Actors Jane Roe and Jon Doe take the leads.");
    assert!(has(&got, "person", "Jane Roe"), "{got:?}");
    assert!(!got.iter().any(|(_, n)| n.starts_with("Actors")), "{got:?}");
    // A given name in "-s" opening the sentence stays a name.
    let got = entities("The play opens today. Marcus Doe takes the lead.");
    assert!(has(&got, "person", "Marcus Doe"), "{got:?}");
}

#[test]
fn a_plural_title_opener_is_cut_only_before_peoples_names() {
    for (text, company) in [
        (
            "Dalvin Corp cut prices. Engineers Ltd said it would buy Orsk Inc.",
            "Engineers Ltd",
        ),
        (
            "Dalvin Corp cut prices. Lawyers Title Insurance said it would grow.",
            "Lawyers Title Insurance",
        ),
        (
            "Dalvin Corp cut prices. Directors Guild said it would strike.",
            "Directors Guild",
        ),
    ] {
        let got = companies(text);
        assert!(got.iter().any(|n| n == company), "{text}: {got:?}");
    }
    let got =
        entities("Dalvin Corp cut prices. Prosecutors Jon Doe and Ann Poe said they would appeal.");
    assert!(has(&got, "person", "Jon Doe"), "{got:?}");
    assert!(
        !got.iter().any(|(_, n)| n.starts_with("Prosecutors")),
        "{got:?}"
    );
}

#[test]
fn a_platform_after_a_follow_verb_is_dropped_only_in_a_follow_line() {
    let got =
        companies("Regulators said they would follow up on Microsoft and Google in the spring.");
    assert!(got.iter().any(|n| n == "Google"), "{got:?}");
    let got = companies("Readers can follow him on Twitter.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_firm_noun_makes_partners_one_firm_only_as_the_descriptors_head() {
    let got = companies(
        "The loan came from Ardent, Belmont and Corvis, a group backed by a German bank.",
    );
    assert!(got.iter().any(|n| n == "Corvis"), "{got:?}");
    let got = companies("The note was sold by Pellam, Drove and Yarrow, a Tulsa law firm.");
    assert!(
        got.iter().any(|n| n == "Pellam, Drove and Yarrow"),
        "{got:?}"
    );
}

#[test]
fn a_person_after_a_firm_role_stays_a_person_before_of_and_the_firm() {
    let got =
        entities("The bond sold well, said joint lead manager Orrick Tamsley of Halvane Bank.");
    assert!(has(&got, "person", "Orrick Tamsley"), "{got:?}");
    let got = entities("The bond sold well, said joint lead manager Brisal Bank.");
    assert!(!got.iter().any(|(k, _)| k == "person"), "{got:?}");
}

#[test]
fn an_elided_particle_name_ending_in_a_venue_or_shaped_like_a_place_is_no_person() {
    // A venue's head word ends the chunk; a given name and an elided
    // particle word whose rest is no surname name a place as often.
    let got = entities(
        "Travel\n\nThe Liane d'Orvel Hotel reopened in June. Walkers crossed Val d'Ombrine \
         on foot.",
    );
    assert!(got.iter().all(|(k, _)| k != "person"), "{got:?}");
    // A surname after the particle or a title keeps a person (a speech verb
    // alone does not yet: "Val d'Ombrine said" gives nothing, as before);
    // "Charge d'Affaires" is a title, no part of the name after it.
    let got = entities(
        "Travel\n\nJoan d'Souza met Iranian Charge d'Affaires Ali Vaziri. Mayor Val \
         d'Ombrine said the road was shut.",
    );
    for name in ["Joan d'Souza", "Ali Vaziri", "Val d'Ombrine"] {
        assert!(has(&got, "person", name), "{name}: {got:?}");
    }
    // Two words stay open: "Tom Ridge" is a person.
    let got = entities("Travel\n\nTom Ridge spoke at the fair on Monday.");
    assert!(has(&got, "person", "Tom Ridge"), "{got:?}");
}

#[test]
fn dotted_initials_alone_are_no_person() {
    // A newswire line ending in the initials cuts the sentence before the
    // surname: the initials alone are no name.
    let text = "OSLO, May 2 - Varnholt Pumps Ltd chairman A.K.\n\nBrennick will retire.";
    let got = entities(text);
    assert!(!has(&got, "person", "A.K."), "{got:?}");
    assert!(has(&got, "company", "Varnholt Pumps Ltd"), "{got:?}");
    let got = entities("Varnholt Pumps Ltd chairman A.K. Brennick will retire.");
    assert!(has(&got, "person", "A.K. Brennick"), "{got:?}");
}

#[test]
fn a_news_outlet_with_a_legal_suffix_is_its_owner_company() {
    // "Le Monde SA" names the company that owns the paper; the paper cited
    // as a source stays no company.
    let got = entities(
        "Brenlow Media Inc bought a stake in Le Monde SA on Tuesday, the Financial Times \
         reported.",
    );
    assert!(has(&got, "company", "Le Monde SA"), "{got:?}");
    assert!(!got.iter().any(|(_, n)| n.contains("Financial")), "{got:?}");
    // A place's word after the suffix: the suffix is none ("SE" for South
    // East), no name runs on over it.
    let got = entities(
        "Brenlow Media Inc bought a stake in Orvane Corp, Le Monde SE Asia editor \
         Tova Rell said.",
    );
    assert!(!got.iter().any(|(_, n)| n.contains(" SE")), "{got:?}");
    // Other capitalised words may go on the owner's longer name.
    let got = entities("Brenlow Media Inc bought Le Monde SA Tessin und Cie on Tuesday.");
    assert!(
        got.iter()
            .any(|(k, n)| k == "company" && n.starts_with("Le Monde SA")),
        "{got:?}"
    );
}

#[test]
fn a_capitalised_function_word_opens_no_person() {
    let got = entities(
        "Vexo Corp Names New Head Of Its U.S.\n\nVexo Corp said chief executive A. Rue \
         Vell and director An Lo would choose the new head.",
    );
    assert!(!got.iter().any(|(_, n)| n.starts_with("Of ")), "{got:?}");
    assert!(has(&got, "person", "A. Rue Vell"), "{got:?}");
    assert!(has(&got, "person", "An Lo"), "{got:?}");
    // Any case of the function word: "And", "WITH", "Its".
    let got = entities(
        "Vexo Corp Talks WITH Its Partner And Orvane Holdings\n\nVexo Corp said chief \
         executive Tova Rell would talk.",
    );
    assert!(
        !got.iter()
            .any(|(k, n)| k == "person" && (n.starts_with("And ") || n.starts_with("Its "))),
        "{got:?}"
    );
    assert!(has(&got, "person", "Tova Rell"), "{got:?}");
}

#[test]
fn a_word_written_mid_sentence_is_found_within_its_reach_only() {
    let text = "Harlowe rose. Shares of Harlowe fell. Next came. Then Next rose.";
    with_cx(text, |cx, at| {
        // "Harlowe" opens the first sentence (token 0) and stands
        // mid-sentence at token 5 ("Harlowe rose . Shares of Harlowe").
        assert!(cx.written_mid_sentence(at("Harlowe"), 1000));
        assert!(!cx.written_mid_sentence(at("Harlowe"), 5));
        assert!(cx.written_mid_sentence(at("Harlowe"), 6));
        // "Next" stands mid-sentence in the last sentence; "rose" only at
        // the asking token's own place and mid-sentence elsewhere.
        assert!(cx.written_mid_sentence(at("Next"), 1000));
        assert!(!cx.written_mid_sentence(at("Then"), 1000));
    });
}

#[test]
fn caps_words_are_found_titled_or_again_in_capitals_through_the_word_index() {
    let text = "KESTREL ENERGY GROUP <KEG> AND TARVELL <TRV> SET 3DX DIVIDEND WITH UVX\n\
                Kestrel Energy\nGroup and McTarvell Co met. The 3dx unit rose. UVX-A fell.\n\
                McVAIN BUYS 4QR OF McVAIN-DORR. Its X4qr rose.";
    with_cx(text, |cx, at| {
        let one = |w: &str| (at(w), at(w) + 1);
        let titled = |(first, end): (usize, usize)| super::titled_in_text(cx, first, end);
        let k = at("KESTREL");
        // Blanks of any kind between the words.
        assert!(titled((k, k + 3)));
        assert!(titled((k + 1, k + 2)));
        assert!(!titled(one("SET")));
        // A run's tail from its last capital ("Tarvell" in "McTarvell").
        assert!(titled(one("TARVELL")));
        // A first word with no capital in title case: where a run of the
        // text is its title case ("3dx"), not inside a longer run ("X4qr").
        assert!(titled(one("3DX")));
        assert!(!titled(one("4QR")));
        // Capitals with a lower-case letter: through the run's tail from its
        // last capital ("McVAIN" twice).
        assert!(super::written_elsewhere(cx, at("McVAIN"), at("McVAIN") + 1));
        // "UVX" a second time as a whole word ("UVX-A": the hyphen is no
        // letter); "DIVIDEND" only once.
        assert!(super::written_elsewhere(cx, at("UVX"), at("UVX") + 1));
        assert!(!super::written_elsewhere(
            cx,
            at("DIVIDEND"),
            at("DIVIDEND") + 1
        ));
    });
}

/// Runs `f` with the spot context of `text` (cleaned, segmented, looked
/// up with the default rules) and a finder of a word's first token index.
fn with_cx(text: &str, f: impl FnOnce(&super::Cx, &dyn Fn(&str) -> usize)) {
    use crate::pipeline::{clean, lexicon, segment};
    let rules = Rules::default_rules().unwrap();
    let layout = clean::clean(text, &rules);
    let tokens = segment::segment(text, &layout, |_: &str| false);
    let lexed = lexicon::lookup(text, &tokens, &rules);
    let cx = super::Cx {
        text,
        tokens: &tokens,
        lexed: &lexed,
        rules: &rules,
        mid_sentence: std::cell::OnceCell::new(),
        word_runs: std::cell::OnceCell::new(),
    };
    let at = |w: &str| {
        (0..tokens.tokens.len())
            .find(|&i| tokens.tokens[i].text(text) == w)
            .unwrap()
    };
    f(&cx, &at);
}

/// (entity name, mention text) of every mention a rule gave in `text`.
fn mentions_by(text: &str, rule: &str) -> Vec<(String, String)> {
    let extractor = Extractor::new(Rules::default_rules().unwrap());
    let r = extractor.extract(&Article::from_text("t", "", text));
    r.entities
        .into_iter()
        .flat_map(|e| {
            let name = e.name;
            e.mentions
                .into_iter()
                .filter(|m| m.rule == rule)
                .map(move |m| (name.clone(), m.text))
        })
        .collect()
}

#[test]
fn caps_words_before_a_headline_ticker_are_the_body_company() {
    let got = mentions_by(
        "QUARLOW WIDGETS <QWD> SETS PLAN\n\n    Quarlow Widgets Inc said it would \
         sell its bakery unit.\n",
        "company-ticker",
    );
    assert_eq!(
        got,
        vec![(
            "Quarlow Widgets Inc".to_string(),
            "QUARLOW WIDGETS".to_string()
        )]
    );
    // Cut inside a longer name, a single letter, a slash, or written
    // nowhere else: no name.
    for head in [
        "DELL GAS AND OIL <DGO> SETS PLAN",
        "JENNET AND T <T> SETS NEW PLAN",
        "S/P RATES QUARLOW <QFD> DEBT",
        "COURT DISMISSES QUARLOW <QFD> SUIT",
    ] {
        let text = format!("{head}\n\n    Quarlow Foods Inc said it would sell its unit.\n");
        let got = mentions_by(&text, "company-ticker");
        assert!(
            got.iter()
                .all(|(_, m)| m != "OIL" && m != "T" && !m.contains(' ')),
            "{head}: {got:?}"
        );
    }
}

#[test]
fn a_field_after_an_institutions_of_or_for_is_no_company() {
    // rules/institution-of-heads.txt: "Supply Chain Management", "Public
    // Health" name the institution's field.
    let got = companies(
        "A survey by the Corvan Institute for Supply Chain Management showed on Tuesday that \
         orders slowed. A report from the Harlow School of Public Health found longer shifts.",
    );
    assert!(got.is_empty(), "{got:?}");
    // A legal suffix ends one firm's name; Committee heads no institution;
    // a company of its own after "of" stays.
    let got = companies(
        "Shares of the Institute of Varden Pharmacology PLC rose. The Protective Committee \
         of Kestrel Savings Bank met on Monday.",
    );
    assert!(
        got.iter().any(|n| n.ends_with("Varden Pharmacology PLC")),
        "{got:?}"
    );
    assert!(got.contains(&"Kestrel Savings Bank".to_string()), "{got:?}");
}

#[test]
fn a_secretary_before_of_keeps_the_company_after_it() {
    // rules/institution-of-heads.txt leaves out Secretary: its "of" often
    // names the employer.
    let got =
        companies("Tom Lake, Company Secretary of Tarvel Group, said the board met on Monday.");
    assert!(got.contains(&"Tarvel Group".to_string()), "{got:?}");
}
