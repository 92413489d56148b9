//! Stage 6 tests: the roles read from whole sentences.

use crate::{Article, Extractor, Rules};

/// (person, title, org) of every role in `text`.
pub(super) fn roles(text: &str) -> Vec<(String, String, Option<String>)> {
    let extractor = Extractor::new(Rules::default_rules().unwrap());
    let r = extractor.extract(&Article::from_text("t", "", text));
    r.entities
        .into_iter()
        .flat_map(|e| {
            let name = e.name.clone();
            e.roles
                .into_iter()
                .flatten()
                .map(move |r| (name.clone(), r.title, r.org))
        })
        .collect()
}

pub(super) fn role(p: &str, t: &str, o: Option<&str>) -> (String, String, Option<String>) {
    (p.into(), t.into(), o.map(String::from))
}

#[test]
fn only_one_entity_in_the_slots() {
    use super::only_one;
    assert_eq!(only_one(&[None, Some(2), Some(2), None]), Some(2));
    assert_eq!(only_one(&[Some(1), None, Some(2)]), None);
    assert_eq!(only_one(&[None, None]), None);
    assert_eq!(only_one(&[]), None);
}

#[test]
fn a_name_ending_in_jr_keeps_its_apposition_and_clause() {
    let got = roles(
        "Story\n\nThe sale was led by Dorvan Pellick Jr., chairman of Brenhall Corp. \
         Ada Brun Sr., who co-founded Quillet Inc, did not comment.",
    );
    assert!(
        got.contains(&role(
            "Dorvan Pellick Jr",
            "chairman",
            Some("Brenhall Corp")
        )),
        "{got:?}"
    );
    assert!(
        got.contains(&role("Ada Brun Sr", "co-founder", Some("Quillet Inc"))),
        "{got:?}"
    );
    // "Jr." with no apposition after it gives nothing.
    let none = roles("Story\n\nDorvan Pellick Jr. met Brenhall Corp staff in May.");
    assert!(none.iter().all(|r| r.0 != "Dorvan Pellick Jr"), "{none:?}");
}

#[test]
fn post_nominal_letters_between_name_and_apposition_are_passed_over() {
    let got = roles(
        "Story\n\nThe unit is led by Maria Tenbrook, MD, FACS, chief of surgery at \
         Veltrina Health Group. \"It works,\" said David Quellet, PhD, director of \
         research at Pravell Labs Inc.",
    );
    assert!(
        got.contains(&role(
            "Maria Tenbrook",
            "chief of surgery",
            Some("Veltrina Health Group")
        )),
        "{got:?}"
    );
    assert!(
        got.contains(&role(
            "David Quellet",
            "director of research",
            Some("Pravell Labs Inc")
        )),
        "{got:?}"
    );
    // Letters with no apposition after them give nothing.
    let none = roles("Story\n\nLinda Ondrick, MD, met Veltrina Health Group staff.");
    assert!(none.is_empty(), "{none:?}");
}

#[test]
fn listed_participles_stand_in_a_title() {
    let got = roles(
        "Story\n\nThe plan was made by Maria Penwright, a registered nurse at \
         Harlow Clinics Inc, and David Orrell, a retired lawyer for the county.",
    );
    assert!(
        got.contains(&role(
            "Maria Penwright",
            "registered nurse",
            Some("Harlow Clinics Inc")
        )),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|r| r.0 == "David Orrell" && r.1 == "retired lawyer"),
        "{got:?}"
    );
    // Other "-ed" words stay verbs: "Jane Roe, named director".
    let none = roles("Story\n\nLinda Crane, who retired in May, met Harlow Clinics Inc staff.");
    assert!(none.is_empty(), "{none:?}");
}

#[test]
fn a_title_of_epithets_alone_is_no_role() {
    let got = roles(
        "Story\n\nBillionaire James Vellacourt and casino mogul Thomas Lintrope \
         met Hollywood star Laura Marrow.",
    );
    assert_eq!(got, [role("Thomas Lintrope", "casino mogul", None)]);
}

#[test]
fn a_company_noun_opens_a_title_in_apposition() {
    let got = roles(
        "Story\n\n\"Fares will rise,\" said Jon Lestra, an airline analyst at Brenhall Corp.\n\n\
         Ada Brun, company spokesman, said Quillet Inc had no plans.",
    );
    assert!(
        got.contains(&role(
            "Jon Lestra",
            "airline analyst",
            Some("Brenhall Corp")
        )),
        "{got:?}"
    );
    assert!(
        got.contains(&role("Ada Brun", "company spokesman", Some("Quillet Inc"))),
        "{got:?}"
    );
    // No title after the noun: no role ("a company insider").
    let none = roles("Story\n\nAda Brun, a company insider, said Quillet Inc had no plans.");
    assert!(none.is_empty(), "{none:?}");
}

#[test]
fn the_verb_shape_test_turns_away_no_verb() {
    let rules = Rules::default_rules().unwrap();
    let verbs = rules.role_verbs();
    assert!(verbs.kind("appointed").is_some() && verbs.kind("succeeded").is_some());
    let listed = verbs.kinds.keys().map(String::as_str);
    let cased = listed.clone().map(str::to_uppercase);
    for w in listed.map(String::from).chain(cased) {
        assert!(verbs.may_be(&w), "{w}");
    }
    for w in [
        "Zorblat",
        "x",
        "",
        "acquisitions",
        "NAMED",
        "Kelvin\u{212A}",
    ] {
        let kind = verbs.kind(&w.to_lowercase());
        assert!(kind.is_none() || verbs.may_be(w), "{w}");
    }
    assert!(!verbs.may_be("Zorblat"));
    // The first letter and length of "stay" and "is", not the last.
    assert!(!verbs.may_be("said") && !verbs.may_be("In"));
    assert!(verbs.may_be("\u{212A}"), "non-ASCII: always looked up");
}

#[test]
fn an_abbreviated_title_before_the_name_is_the_title() {
    let got = roles("Sen. Jane Roe, a member of the committee, spoke.");
    assert_eq!(
        got,
        [
            role("Jane Roe", "sen.", None),
            role("Jane Roe", "member", None)
        ]
    );
    let got = roles("Acme Corp agreed, Lt. Gov. Jon Doe said.");
    assert_eq!(got, [role("Jon Doe", "lt. gov.", None)]);
    let got = roles("Sens. Ann Poe and Jon Doe agreed.");
    assert_eq!(got[0], role("Ann Poe", "sen.", None));
}

#[test]
fn roles_only_titles_give_roles_and_take_no_guessed_company() {
    let got = roles("Acme Corp said sales rose, said coach Jane Roe.");
    assert_eq!(got, [role("Jane Roe", "coach", None)]);
    let got = roles("Jon Doe, a consultant at Acme Corp, said so.");
    assert_eq!(got, [role("Jon Doe", "consultant", Some("Acme Corp"))]);
}

#[test]
fn a_general_word_beside_a_job_title_is_no_second_role() {
    let got = roles("Acme Corp chairman Jon Doe, a keen author, said so.");
    assert_eq!(got, [role("Jon Doe", "chairman", Some("Acme Corp"))]);
    let got = roles("Acme Corp grew. The company's leader Jon Doe said so.");
    assert_eq!(got, [role("Jon Doe", "leader", Some("Acme Corp"))]);
}

#[test]
fn a_title_after_a_determiner_before_the_name() {
    let got = roles("The Turkish economics minister, Jon Doe, said so.");
    assert_eq!(got, [role("Jon Doe", "economics minister", None)]);
    let got = roles("Acme Corp grew, the chief executive, Jane Roe, said.");
    assert_eq!(
        got,
        [role("Jane Roe", "chief executive", Some("Acme Corp"))]
    );
    let got = roles("Acme Corp sued him, but his lawyer, Jane Roe, said no.");
    assert_eq!(got, [role("Jane Roe", "lawyer", None)]);
    // A clause, not an apposition: "met the chairman, Jon Doe said".
    let got = roles("When Acme Corp met the chairman, Jon Doe said no.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_company_after_the_name_is_the_employer() {
    let got = roles("Zeta Corp grew, said analyst Jane Roe of Acme Securities Inc.");
    assert_eq!(
        got,
        [role("Jane Roe", "analyst", Some("Acme Securities Inc"))]
    );
    // Not a possessive after "of" (and an analyst takes no guessed
    // company), nor "with".
    let got = roles("Zeta Corp grew, said analyst Jane Roe of Acme Corp's sale.");
    assert_eq!(got, [role("Jane Roe", "analyst", None)]);
    let got = roles("Zeta Corp got a bid by chairman Jon Doe with Acme Corp.");
    assert_eq!(got, [role("Jon Doe", "chairman", Some("Zeta Corp"))]);
}

#[test]
fn a_title_of_a_company_before_the_name() {
    let got = roles("The chief executive of Acme Corp, Jane Roe, said so.");
    assert_eq!(
        got,
        [role("Jane Roe", "chief executive", Some("Acme Corp"))]
    );
    let got = roles("A spokesman for Acme Corp, Jon Doe, declined to comment.");
    assert_eq!(got, [role("Jon Doe", "spokesman", Some("Acme Corp"))]);
}

#[test]
fn roles_only_titles_are_no_titles_to_the_spotters() {
    let rules = crate::Rules::default_rules().unwrap();
    let class = rules.word_class("coach");
    assert_ne!(class & crate::rules::ListKind::RoleTitle.bit(), 0);
    assert_eq!(class & crate::rules::ListKind::Title.bit(), 0);
}

#[test]
fn two_roles_in_one_apposition() {
    let got = roles("Ding Lei, co-founder of LeEco Super Car and Global VP of LeEco, said so.");
    assert!(
        got.contains(&role("Ding Lei", "co-founder", Some("LeEco Super Car"))),
        "{got:?}"
    );
    assert!(
        got.contains(&role("Ding Lei", "global vp", Some("LeEco"))),
        "{got:?}"
    );
}

#[test]
fn hyphenated_prefixes_make_titles() {
    let got = roles("Jane Roe, senior vice-president of Acme Corp, said so.");
    assert_eq!(
        got,
        [role("Jane Roe", "senior vice-president", Some("Acme Corp"))]
    );
    let got = roles("Acme Corp co-chairman Jon Doe said so.");
    assert_eq!(got, [role("Jon Doe", "co-chairman", Some("Acme Corp"))]);
    // A prefix before a word that is no title gives none.
    let got = roles("Acme Corp ex-wife Jane Roe said so.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_title_joined_by_and_before_free_words_is_kept() {
    let got = roles("Acclaimed singer and animal welfare campaigner Jane Roe spoke.");
    assert_eq!(
        got,
        [role(
            "Jane Roe",
            "singer and animal welfare campaigner",
            None
        )]
    );
    // A word before "and" that is no title, or a capitalised one (a
    // stage name), stays out.
    let got = roles("Dogs and animal welfare campaigner Jane Roe spoke.");
    assert_eq!(got, [role("Jane Roe", "animal welfare campaigner", None)]);
    let got = roles("Billy the Singer and animal welfare campaigner Jane Roe spoke.");
    assert_eq!(got, [role("Jane Roe", "animal welfare campaigner", None)]);
    // The first title keeps its free words.
    let got = roles("Vineyard owner and property developer Jane Roe spoke.");
    assert_eq!(
        got,
        [role(
            "Jane Roe",
            "vineyard owner and property developer",
            None
        )]
    );
}

#[test]
fn a_company_name_s_last_word_is_not_part_of_the_title() {
    let got = roles("Acme Media Group chief executive Jane Roe said so.");
    assert_eq!(
        got,
        [role(
            "Jane Roe",
            "chief executive",
            Some("Acme Media Group")
        )]
    );
    let got = roles("Zeta Tools Co chairman Jon Doe said so.");
    assert_eq!(got, [role("Jon Doe", "chairman", Some("Zeta Tools Co"))]);
    // A title word after the whole name stays: "group treasurer".
    let got = roles("Acme Corp group treasurer Ann Poe said so.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, "group treasurer");
}

#[test]
fn an_honorific_may_stand_between_title_and_name() {
    let got = roles("Acme Corp research director Dr Jane Roe said so.");
    assert_eq!(
        got,
        [role("Jane Roe", "research director", Some("Acme Corp"))]
    );
}

#[test]
fn a_possessive_name_owns_the_title_and_no_company_is_guessed() {
    let got = roles("Jon Doe, the Ruritania Institute's senior economist, said Acme Corp grew.");
    assert_eq!(got, [role("Jon Doe", "senior economist", None)]);
    let got = roles("Ruritania's finance minister, Jon Doe, said Acme Corp grew.");
    assert_eq!(got, [role("Jon Doe", "finance minister", None)]);
}

#[test]
fn a_copula_gives_a_title() {
    let got = roles("Jane Roe is a senior analyst at Acme Corp.");
    assert_eq!(got, [role("Jane Roe", "senior analyst", Some("Acme Corp"))]);
    let got = roles("Jon Doe, who is currently chief operating officer of Acme Corp, agreed.");
    assert_eq!(
        got,
        [role(
            "Jon Doe",
            "chief operating officer",
            Some("Acme Corp")
        )]
    );
    // The title of the next person, or a possessive, is none of hers.
    let got = roles("Jane Roe is the chief executive's daughter.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_copula_gives_no_judgement_and_reads_past_no_longer() {
    let got = roles("Jon Doe said Jane Roe was a good prime minister.");
    assert!(got.iter().all(|r| r.1 != "good prime minister"), "{got:?}");
    let got = roles("Jane Roe is no longer president of Acme Corp.");
    assert_eq!(got, [role("Jane Roe", "president", Some("Acme Corp"))]);
}

#[test]
fn a_unit_named_after_its_parent_s_possessive_is_the_employer() {
    let got = roles("Jane Roe was president of Acme Corp's Zeta Tools Inc.");
    assert_eq!(got, [role("Jane Roe", "president", Some("Zeta Tools Inc"))]);
}

#[test]
fn a_name_after_the_and_an_adjective_is_no_company_of_the_sentence() {
    let got = roles(
        "Jane Roe was chief executive of the old Ruritania Institute, which sold assets to Acme Corp.",
    );
    assert_eq!(got, [role("Jane Roe", "chief executive", None)]);
}

#[test]
fn free_words_between_title_words() {
    let got = roles("Jane Roe, Acme Corp's chief strategy officer, said so.");
    assert_eq!(
        got,
        [role(
            "Jane Roe",
            "chief strategy officer",
            Some("Acme Corp")
        )]
    );
}

#[test]
fn the_company_s_title_is_the_main_company_s() {
    let got = roles(
        "Acme Corp cut jobs. Sales fell, said Jane Roe, the company's chief financial officer.",
    );
    assert_eq!(
        got,
        [role(
            "Jane Roe",
            "chief financial officer",
            Some("Acme Corp")
        )]
    );
}

#[test]
fn leaving_a_post_gives_its_title() {
    let got = roles("Acme Corp said Jane Roe has stepped down as chairman.");
    assert_eq!(got, [role("Jane Roe", "chairman", Some("Acme Corp"))]);
    let got = roles("Jon Doe resigned from Acme Corp as chief executive.");
    assert_eq!(got, [role("Jon Doe", "chief executive", Some("Acme Corp"))]);
}

#[test]
fn a_company_before_the_title_is_the_employer() {
    let got = roles("Acme Corp spokesman Frank Cronin said the plants stopped.");
    assert_eq!(got, [role("Frank Cronin", "spokesman", Some("Acme Corp"))]);
}

#[test]
fn its_chairman_works_for_the_subject_and_shares_it() {
    let got = roles(
        "Brandt Oil Co said its chairman Henry Orwin and chief executive officer Ruth Orwin had both stepped down.",
    );
    assert!(
        got.contains(&role("Henry Orwin", "chairman", Some("Brandt Oil Co"))),
        "{got:?}"
    );
    assert!(
        got.contains(&role(
            "Ruth Orwin",
            "chief executive officer",
            Some("Brandt Oil Co")
        )),
        "{got:?}"
    );
}

#[test]
fn an_acronym_opening_the_sentence_owns_the_title() {
    let got = roles("FTU president Orla Dembrook said the union would study the Acme Corp deal.");
    assert_eq!(got, [role("Orla Dembrook", "president", None)]);
    let got = roles("Chief executive Jane Roe said Acme Corp expected more sales.");
    assert_eq!(
        got,
        [role("Jane Roe", "chief executive", Some("Acme Corp"))]
    );
}

#[test]
fn a_public_title_takes_no_company_by_guess() {
    let got = roles("Acme Corp will close the plant, said union leader Vincenzo Rossi.");
    assert_eq!(got, [role("Vincenzo Rossi", "union leader", None)]);
}

#[test]
fn a_title_before_a_comma_tied_to_a_company_is_a_role() {
    let got =
        roles("Sales rose, and Acme Corp's chief executive, Jane Roe, said demand was strong.");
    assert!(
        got.contains(&role("Jane Roe", "chief executive", Some("Acme Corp"))),
        "{got:?}"
    );
    let got = roles(
        "Sales rose in the quarter, and the former chief executive, Jane Roe, said demand was strong.",
    );
    assert!(
        got.iter()
            .all(|r| r.2.is_none() || r.1 != "chief executive"),
        "{got:?}"
    );
}

#[test]
fn a_title_of_a_department_of_a_company_keeps_the_department() {
    let got = roles("Jane Roe, general manager of research and planning of Acme Corp, said so.");
    assert_eq!(
        got,
        [role(
            "Jane Roe",
            "general manager of research and planning",
            Some("Acme Corp")
        )]
    );
}

#[test]
fn a_title_tied_to_another_body_takes_no_guessed_company() {
    let text = "Corvane Inc said Jon Doe will be president of the new company. \
        Corvane Inc said Jane Roe will stay treasurer of the company. \
        Ada Pell, founder of a clinic, praised Corvane Inc. \
        Leeds manager Ian Holt thanked Corvane Inc. \
        Finance director Ola Brink said Corvane Inc had cash. \
        The band's manager Eli Sand said Corvane Inc paid. \
        The company's chairman Roy Vale said Corvane Inc grew.";
    let got = roles(text);
    for want in [
        role("Jon Doe", "president", None),
        role("Jane Roe", "treasurer", Some("Corvane Inc")),
        role("Ada Pell", "founder", None),
        role("Ian Holt", "manager", None),
        role("Ola Brink", "finance director", Some("Corvane Inc")),
        role("Eli Sand", "manager", None),
        role("Roy Vale", "chairman", Some("Corvane Inc")),
    ] {
        assert!(got.contains(&want), "{want:?} not in {got:?}");
    }
}

#[test]
fn a_title_with_no_company_takes_the_one_of_its_sentence_or_the_main_one() {
    use super::org_by_context;
    assert_eq!(org_by_context(&[4], None), Some(4));
    assert_eq!(org_by_context(&[1, 4], Some(4)), Some(4));
    assert_eq!(org_by_context(&[1, 4], Some(2)), None);
    assert_eq!(org_by_context(&[], Some(2)), None);
}

#[test]
fn a_company_title_with_no_company_takes_a_dominant_main_company() {
    let news = "Brennick Tools Corp raised its forecast. Brennick Tools Corp said sales rose.";
    let ceo = "Chief executive Jane Roe spoke at a fair in Lyon.";
    let got = roles(&format!("{news} Brennick Tools Corp shares rose. {ceo}"));
    let named = role("Jane Roe", "chief executive", Some("Brennick Tools Corp"));
    assert_eq!(got, std::slice::from_ref(&named));
    // Named only twice: the main company only when the sentence before (or
    // the one before it on the same line) is about it (see roles/around.rs).
    assert_eq!(roles(&format!("{news} {ceo}")), [named]);
    let bare = [role("Jane Roe", "chief executive", None)];
    assert_eq!(roles(&format!("{news}\n\nThe fair was busy. {ceo}")), bare);
    // Beside another company named as often: no guess.
    let rival = format!("{news} Brennick Tools Corp shares rose. Orlan Saws Inc fell. {ceo}");
    assert_eq!(roles(&format!("{rival} Orlan Saws Inc cut jobs.")), bare);
}

#[test]
fn an_orgless_title_held_with_a_company_too_is_dropped() {
    use super::{Role, drop_orgless_twins};
    let role = |t: &str, org| Role {
        title: t.into(),
        org,
    };
    let mut rs = vec![
        role("chairman", None),
        role("chairman", Some(1)),
        role("director", None),
    ];
    drop_orgless_twins(&mut rs);
    assert_eq!(rs, [role("chairman", Some(1)), role("director", None)]);
}

#[test]
fn founders_after_a_date_between_verb_and_by() {
    for text in [
        "Vexo Tronics AG was founded in 2009 by Jane Roe.",
        "Vexo Tronics AG was founded in March 2009 by Jane Roe.",
    ] {
        let got = roles(text);
        assert_eq!(
            got,
            [role("Jane Roe", "founder", Some("Vexo Tronics AG"))],
            "{text}"
        );
    }
    // Not a date: no founder taken across it.
    let got = roles("Vexo Tronics AG was founded in secret talks by Jane Roe.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn free_words_before_a_title_join_it_but_new_does_not() {
    let got = roles("Jane Roe, an equity strategist at Acme Corp, said so.");
    assert_eq!(
        got,
        [role("Jane Roe", "equity strategist", Some("Acme Corp"))]
    );
    let got = roles("Acme Corp said new chief executive Jane Roe starts in May.");
    assert_eq!(
        got,
        [role("Jane Roe", "chief executive", Some("Acme Corp"))]
    );
}

#[test]
fn a_verb_gives_a_title_to_the_person_a_pronoun_stands_for() {
    let got =
        roles("Jane Roe joined Acme Corp in 2015. In 2019 Acme Corp named her chief executive.");
    assert_eq!(
        got,
        [role("Jane Roe", "chief executive", Some("Acme Corp"))]
    );
    let got = roles("Acme Corp named a new plant after its founder in 2019.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_title_tied_to_a_public_body_takes_no_company_by_guess() {
    let got =
        roles("John Doe, an economist at the Ohio Monetary Authority, said Acme Corp was sound.");
    assert_eq!(got, [role("John Doe", "economist", None)]);
    let got = roles("John Doe, head of purchasing, said prices would rise.");
    assert_eq!(got, [role("John Doe", "head of purchasing", None)]);
}

#[test]
fn a_title_after_as_in_a_clause_goes_to_the_person_before_the_verb() {
    let got = roles("Vexo Tronics AG was founded by Jane Roe, who will stay on as its president.");
    assert!(
        got.contains(&role("Jane Roe", "president", Some("Vexo Tronics AG"))),
        "{got:?}"
    );
    let got = roles("John Doe joined Vexo Tronics AG as chief executive in May.");
    assert_eq!(
        got,
        [role("John Doe", "chief executive", Some("Vexo Tronics AG"))]
    );
    // A pronoun is not followed to a name: "he worked as".
    let got = roles("Jane Roe praised Acme Corp. He has worked as a strategist for years.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn taking_over_and_joining_past_a_date_give_the_title_after_as() {
    let got = roles("Jane Roe took over as chief executive of Acme Corp in May.");
    assert_eq!(
        got,
        [role("Jane Roe", "chief executive", Some("Acme Corp"))]
    );
    let got = roles("John Doe joined Acme Corp in 2019 as treasurer.");
    assert_eq!(got, [role("John Doe", "treasurer", Some("Acme Corp"))]);
    let got = roles("Acme Corp said John Doe joined the company last year as treasurer.");
    assert_eq!(got, [role("John Doe", "treasurer", Some("Acme Corp"))]);
    // "take" without "over" serves no title; a company taken over is no post.
    let got = roles("Jane Roe will take as long as she needs, Acme Corp said.");
    assert!(got.is_empty(), "{got:?}");
    let got = roles("Acme Corp took over Vexo Tronics AG as part of a plan, said Jane Roe.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn words_of_fame_and_modifiers_before_place_words_keep_the_title() {
    let got = roles("Jane Roe, a prominent lawyer, said so.");
    assert_eq!(got, [role("Jane Roe", "lawyer", None)]);
    let got = roles("John Doe, a well-known economist, said so.");
    assert_eq!(got, [role("John Doe", "economist", None)]);
    let got = roles("John Doe, a former Chicago banker, said so.");
    assert_eq!(got, [role("John Doe", "former chicago banker", None)]);
    // "leading" is no word of fame here: "a leading advocate of" is no post.
    let got = roles("Jane Roe has been a leading advocate of the plan.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn the_title_of_a_body_before_a_comma_and_the_name() {
    let got = roles("The chairman of the Ruritania Monetary Board, Jane Roe, said so.");
    assert_eq!(got, [role("Jane Roe", "chairman", None)]);
    let got = roles("Sales fell, the head of Acme Corp's trade division, John Doe, said.");
    assert_eq!(got, [role("John Doe", "head", Some("Acme Corp"))]);
    // No title before "of": no role.
    let got = roles("A friend of the family, Jane Roe, said so.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn title_case_words_joined_by_and_before_a_title_join_it() {
    let got = roles("Ann Poe, Commerce and Industry Minister, said so.");
    assert_eq!(
        got,
        [role("Ann Poe", "commerce and industry minister", None)]
    );
    let got = roles("Jon Doe, Sales and Marketing Director at Acme Corp, said so.");
    assert_eq!(
        got,
        [role(
            "Jon Doe",
            "sales and marketing director",
            Some("Acme Corp")
        )]
    );
}

#[test]
fn the_subject_before_an_apposition_or_an_adverb_holds_the_title() {
    let got = roles("Acme Corp said Jane Roe, a former banker, was named its chairman.");
    assert!(
        got.contains(&role("Jane Roe", "chairman", Some("Acme Corp"))),
        "{got:?}"
    );
    let got = roles("Jon Doe, who joined Acme Corp in 2015, serves as its treasurer.");
    assert!(
        got.contains(&role("Jon Doe", "treasurer", Some("Acme Corp"))),
        "{got:?}"
    );
    let got = roles("Ann Poe currently serves as treasurer of Acme Corp.");
    assert_eq!(got, [role("Ann Poe", "treasurer", Some("Acme Corp"))]);
}

#[test]
fn an_apposition_between_the_name_and_as_is_passed_over() {
    let got = roles(
        "Acme Corp has appointed Jane Roe, a former Vexo Tronics AG treasurer, as its chief financial officer.",
    );
    assert!(
        got.contains(&role(
            "Jane Roe",
            "chief financial officer",
            Some("Acme Corp")
        )),
        "{got:?}"
    );
    assert!(
        got.contains(&role(
            "Jane Roe",
            "former treasurer",
            Some("Vexo Tronics AG")
        )),
        "{got:?}"
    );
}

#[test]
fn an_apposition_between_dashes_gives_the_role() {
    let got = roles("Acme Corp grew. Jane Roe -- chief executive of Acme Corp -- said so.");
    assert_eq!(
        got,
        [role("Jane Roe", "chief executive", Some("Acme Corp"))]
    );
    let got =
        roles("Acme Corp grew. Jane Roe \u{2014} the company's head of sales \u{2014} said so.");
    assert_eq!(got, [role("Jane Roe", "head of sales", Some("Acme Corp"))]);
    // One dash only: a byline or a list, no apposition.
    let got = roles("Acme Corp grew. Jane Roe - chief executive of Acme Corp said so.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn titles_listed_with_commas_and_closed_by_and_are_one_title() {
    let got = roles("Jane Roe, president, chief executive and chairman of Acme Corp, said so.");
    assert_eq!(
        got,
        [role(
            "Jane Roe",
            "president, chief executive and chairman",
            Some("Acme Corp")
        )]
    );
    let got = roles("Jane Roe, Acme Corp's treasurer, secretary, and controller, said so.");
    assert_eq!(
        got,
        [role(
            "Jane Roe",
            "treasurer, secretary, and controller",
            Some("Acme Corp")
        )]
    );
    // No "and" closes the list: the first title alone.
    let got = roles("Jane Roe, chairman, chief executive, said so at Acme Corp.");
    assert!(got.iter().all(|r| r.1 == "chairman"), "{got:?}");
}

#[test]
fn passing_words_after_an_owner_s_possessive_are_no_title() {
    let got = roles("Acme Corp grew. Jane Roe, the company's new chairman, said so.");
    assert_eq!(got, [role("Jane Roe", "chairman", Some("Acme Corp"))]);
    let got = roles("Acme Corp grew. Jane Roe, the firm's incoming chief executive, said so.");
    assert_eq!(
        got,
        [role("Jane Roe", "chief executive", Some("Acme Corp"))]
    );
}

#[test]
fn one_of_a_company_s_plural_titles() {
    let got = roles("Jane Roe, one of Acme Corp's founders, said so.");
    assert_eq!(got, [role("Jane Roe", "founder", Some("Acme Corp"))]);
    let got = roles("Acme Corp grew. Jane Roe, one of the company's engineers, said so.");
    assert_eq!(got, [role("Jane Roe", "engineer", Some("Acme Corp"))]);
}

#[test]
fn until_ends_a_title() {
    let got = roles("Jane Roe, who was Acme Corp's chief executive until 2015, said so.");
    assert_eq!(
        got,
        [role("Jane Roe", "chief executive", Some("Acme Corp"))]
    );
}

#[test]
fn a_former_epithet_is_no_title() {
    let got = roles("Story\n\nJane Roe, formerly a star at Acme Corp, won.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_person_s_possessive_of_the_list_takes_no_company() {
    let got = roles("Acme Corp grew. The deal was done, said my lawyer Jane Roe.");
    assert_eq!(got, [role("Jane Roe", "lawyer", None)]);
}

#[test]
fn a_listed_rank_before_a_name_is_its_title_and_no_part_of_it() {
    let got = roles("Story\n\nThe plan is sound, Colonel Helen Varga said on Sunday.");
    assert_eq!(got, [role("Helen Varga", "colonel", None)]);
    let got = roles("Story\n\nThe plan is sound, said Walter Bishop.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn an_observer_takes_no_guessed_company_but_a_stated_one() {
    let got = roles("Acme Corp shares fell 5 percent, said analyst Jane Roe.");
    assert_eq!(got, [role("Jane Roe", "analyst", None)]);
    let got = roles("Jon Doe, an investor, said Acme Corp was cheap.");
    assert_eq!(got, [role("Jon Doe", "investor", None)]);
    let got = roles("Zeta Securities Inc analyst Jane Roe said Acme Corp was cheap.");
    assert_eq!(
        got,
        [role("Jane Roe", "analyst", Some("Zeta Securities Inc"))]
    );
    let got = roles("Zeta Securities Inc <ZSI> analyst Jane Roe said Acme Corp was cheap.");
    assert_eq!(
        got,
        [role("Jane Roe", "analyst", Some("Zeta Securities Inc"))]
    );
    let got = roles("<Zeta Securities Inc> economist Jane Roe said Acme Corp was cheap.");
    assert_eq!(
        got,
        [role("Jane Roe", "economist", Some("Zeta Securities Inc"))]
    );
}

#[test]
fn a_title_list_stops_at_the_next_person() {
    let got = roles("Jane Roe, chairman, and chief executive Jon Doe said Acme Corp grew.");
    assert!(
        got.contains(&role("Jane Roe", "chairman", Some("Acme Corp"))),
        "{got:?}"
    );
    assert!(
        got.contains(&role("Jon Doe", "chief executive", Some("Acme Corp"))),
        "{got:?}"
    );
    // An unspotted name after "and" ends the list too.
    let got = roles("Jane Roe, treasurer, and Bishop Kent, controller, joined Acme Corp.");
    assert!(
        got.contains(&role("Jane Roe", "treasurer", Some("Acme Corp"))),
        "{got:?}"
    );
    assert!(got.iter().all(|r| !r.1.contains("bishop")), "{got:?}");
}

#[test]
fn a_title_before_a_name_between_dashes() {
    let got = roles("Acme Corp's finance director – Jane Roe – said Zeta Ltd would pay.");
    assert_eq!(
        got,
        [role("Jane Roe", "finance director", Some("Acme Corp"))]
    );
}

#[test]
fn its_in_an_apposition_is_the_company_before_not_the_one_after() {
    let got = roles("Acme Corp grew. Jane Roe — its chief executive — said Zeta Ltd would pay.");
    assert_eq!(
        got,
        [role("Jane Roe", "chief executive", Some("Acme Corp"))]
    );
    let got = roles("Acme Corp grew. Jane Roe, its chief executive, said Zeta Ltd would pay.");
    assert_eq!(
        got,
        [role("Jane Roe", "chief executive", Some("Acme Corp"))]
    );
}

#[test]
fn an_apposition_title_stops_before_a_capitalised_title_word_opening_a_name() {
    // "Dean" is a title word and the next person's given name.
    let got = roles("Story\n\nCritics liked Rita Holm, director Dean Parrow told the paper.");
    assert_eq!(got, [role("Dean Parrow", "director", None)]);
    let got = roles("Story\n\nCritics liked Rita Holm, chairman Dean Quorly of the club said.");
    assert_eq!(got, [role("Dean Quorly", "chairman", None)]);
}

#[test]
fn a_scope_word_between_a_company_and_its_title_keeps_the_company() {
    let got = roles(
        "Story\n\nBrightwave Inc said sales rose. \
         \"It works,\" said Nadia Fell, Brightwave's European product manager. \
         Brightwave's Asian sales chief Omar Till said demand was strong. \
         Brightwave's UK sales director Rhea Sand agreed. \
         Spanish coach Dario Lenz watched.",
    );
    for want in [
        role(
            "Nadia Fell",
            "european product manager",
            Some("Brightwave Inc"),
        ),
        role("Omar Till", "asian sales chief", Some("Brightwave Inc")),
        role("Rhea Sand", "uk sales director", Some("Brightwave Inc")),
        role("Dario Lenz", "coach", None),
    ] {
        assert!(got.contains(&want), "{want:?}: {got:?}");
    }
}

#[test]
fn a_title_ending_in_general_is_one_title() {
    let got = roles(
        "Story\n\nThe guild's secretary general Paul Brennick spoke first. \
         Surgeon General Helen Marsk and the secretary-general, Carl Ostby, followed.",
    );
    for (p, t) in [
        ("Paul Brennick", "secretary general"),
        ("Helen Marsk", "surgeon general"),
        ("Carl Ostby", "secretary-general"),
    ] {
        assert!(got.contains(&role(p, t, None)), "{got:?}");
    }
    // "General" after such a title opens no person's name.
    assert!(got.iter().all(|r| !r.0.starts_with("General")), "{got:?}");
}

#[test]
fn two_word_team_positions_are_titles() {
    let got = roles(
        "Story\n\nThe club signed running back Peter Quillane and second baseman Mark Orrell. \
         Fans saw tight-head David Venn leave.",
    );
    for (p, t) in [
        ("Peter Quillane", "running back"),
        ("Mark Orrell", "second baseman"),
        ("David Venn", "tight-head"),
    ] {
        assert!(got.contains(&role(p, t, None)), "{got:?}");
    }
    // The words of a position apart from a name give nothing.
    let none = roles("Story\n\nFans were running back to their seats as Peter Quillane scored.");
    assert!(none.is_empty(), "{none:?}");
}

#[test]
fn former_before_a_title_case_title_stays_in_it() {
    let got = roles(
        "Story\n\nHe takes over from the former High Commissioner, Susan Marlowe. \
         The plan was backed by former Home Secretary Peter Caddick.",
    );
    assert!(
        got.contains(&role("Susan Marlowe", "former high commissioner", None)),
        "{got:?}"
    );
    assert!(
        got.contains(&role("Peter Caddick", "former home secretary", None)),
        "{got:?}"
    );
}
