//! The decision document (docs/domain.md §2.9) of the example plan, with figures computed by
//! hand from the example's inputs (docs/domain.md §5.11 for the first initiative).

use beredning::core::content::example::example_plan;
use beredning::core::document::{
    decision_document, proposed_ids, rank_runs, word_file_name, DocumentSettings, ProposedSet,
};
use beredning::core::format::{from_json, to_json};

const SIGNING: &str = "Digital signering och ankomstregistrering för socialjouren";
const LIBRARY: &str = "Gemensamt biblioteksdatasystem med självbetjäning";
const MEETINGS: &str = "Digitala möten som förstahandsval";

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 0.01
}

#[test]
fn by_default_the_document_proposes_every_ranked_initiative() {
    let doc = decision_document(&example_plan());
    let titles: Vec<&str> = doc.proposed.iter().map(|p| p.title.as_str()).collect();
    assert_eq!(titles, vec![SIGNING, LIBRARY, MEETINGS]);
    assert_eq!(doc.line, None);
    assert_eq!((doc.considered, doc.ranked), (5, 3));
    // 300 000 + (1 200 000 + 300 000) + 250 000 kr; running 0 + 150 000 + 40 000 kr a year.
    assert_eq!(doc.totals.count, 3);
    assert!(
        close(doc.totals.investment, 2_050_000.0),
        "{}",
        doc.totals.investment
    );
    assert!(close(doc.totals.running, 190_000.0));
    // The signing initiative's NPV is the worked example's 693 344,94 kr; without freed time
    // it is only its investment.
    let signing = &doc.proposed[0];
    assert!(close(signing.npv, 693_344.94), "{}", signing.npv);
    assert!(close(signing.npv_cash_only, -300_000.0));
    let sum: f64 = doc.proposed.iter().map(|p| p.npv).sum();
    assert!(close(doc.totals.npv, sum));
    assert!(doc.totals.npv_cash_only < doc.totals.npv);
    // Freed time: 2 000 × 15 / 60 = 500 h and 60 000 × 2 / 60 = 2 000 h a year.
    assert!(
        close(doc.totals.freed_hours, 2_500.0),
        "{}",
        doc.totals.freed_hours
    );
    // The forum is the one the plan names in its decision on the library system.
    assert_eq!(doc.forum.as_deref(), Some("Regionala ledningsgruppen"));
    assert_eq!(doc.base_year, 2019);
}

#[test]
fn the_economics_per_year_keep_cash_and_freed_time_apart() {
    let doc = decision_document(&example_plan());
    let years: Vec<i32> = doc.by_year.iter().map(|y| y.year).collect();
    assert_eq!(years, vec![2019, 2020, 2021, 2022, 2023, 2024]);
    let y2019 = &doc.by_year[0];
    // Year 0 of all three: 300 000 + 1 200 000 + 250 000 kr, no running cost or benefit.
    assert!(close(y2019.investment, 1_750_000.0));
    assert!(close(y2019.running, 0.0));
    assert!(close(y2019.cash_net, -1_750_000.0));
    assert!(close(y2019.freed_value, 0.0));
    let y2020 = &doc.by_year[1];
    // The library's second instalment; its and the meetings' running cost; their cash benefit.
    assert!(close(y2020.investment, 300_000.0));
    assert!(close(y2020.running, 190_000.0));
    assert!(close(y2020.cash_benefit, 450_000.0 + 180_000.0));
    assert!(close(y2020.cash_net, 630_000.0 - 300_000.0 - 190_000.0));
    // 500 h fully realised (216 901,41 kr) and 2 000 h half realised at 433,8028 kr/h.
    assert!(close(y2020.freed_hours, 2_500.0), "{}", y2020.freed_hours);
    let hourly = 40_000.0 / 142.0 * 1.54;
    assert!(
        close(y2020.freed_value, 500.0 * hourly + 2_000.0 * hourly * 0.5),
        "{}",
        y2020.freed_value
    );
}

#[test]
fn a_line_proposes_the_top_of_the_ranking_and_a_chosen_set_its_own() {
    let mut plan = example_plan();
    plan.document.proposed = Some(ProposedSet::Line { count: 2 });
    let doc = decision_document(&plan);
    assert_eq!(doc.line, Some(2));
    assert_eq!(doc.proposed.len(), 2);
    assert!(close(doc.totals.investment, 1_800_000.0));
    assert!(close(doc.totals.running, 150_000.0));
    // Only the library system serves the first goal of the two proposed.
    assert_eq!(doc.goals[0].proposed, 1);
    assert_eq!(doc.goals[3].proposed, 2);

    // A line below the ranking stops at its end.
    plan.document.proposed = Some(ProposedSet::Line { count: 10 });
    assert_eq!(decision_document(&plan).line, Some(3));

    let library = plan.initiatives[1].id.clone();
    let meetings = plan.initiatives[3].id.clone();
    let archive = plan.initiatives[4].id.clone();
    plan.document.proposed = Some(ProposedSet::Chosen {
        ids: vec![
            archive.clone(),
            meetings.clone(),
            library.clone(),
            "gone".into(),
        ],
    });
    // In ranking order: the blocked archive comes after the ranked ones.
    assert_eq!(proposed_ids(&plan), vec![library, meetings, archive]);
    let doc = decision_document(&plan);
    assert_eq!(doc.proposed[2].rank, None);
    assert!(close(
        doc.totals.investment,
        1_500_000.0 + 250_000.0 + 2_000_000.0
    ));
}

#[test]
fn the_consequences_come_from_the_walkthrough() {
    let mut plan = example_plan();
    plan.initiatives[0]
        .analysis
        .safe_digitalisation
        .personal_data = "  Personnummer behandlas  ".into();
    let doc = decision_document(&plan);
    let c = &doc.proposed[0].consequences;
    assert!(c.equality.contains("funktionsnedsättning"));
    assert_eq!(c.safe.personal_data, "Personnummer behandlas");
    assert_eq!(c.safe.legal_ethical, "");
    assert_eq!(c.risks.len(), 1);
    assert_eq!(c.risks[0].score, 6);
    let areas: Vec<&str> = c.areas.iter().map(|a| a.area.as_str()).collect();
    assert_eq!(areas.len(), 2, "{areas:?}");
    assert!(c.areas.iter().all(|a| !a.strategy.is_empty()));
    assert_eq!(c.agenda2030.len(), 2);
    assert_eq!(c.readiness.ownership.score, 0);
}

#[test]
fn the_criteria_and_weights_are_shown_with_their_shares() {
    let doc = decision_document(&example_plan());
    assert_eq!(doc.criteria.len(), 5);
    let shares: f64 = doc.criteria.iter().map(|c| c.share).sum();
    assert!(close(shares, 100.0));
}

#[test]
fn the_settings_survive_the_file_and_are_left_out_while_empty() {
    let mut plan = example_plan();
    let json = to_json(&plan, None, false);
    assert!(!json.contains("\"document\""));
    plan.document = DocumentSettings {
        proposed: Some(ProposedSet::Line { count: 2 }),
        summary: None,
        decision: DocumentSettings::own_text("Vi föreslår att …\n"),
    };
    let json = to_json(&plan, None, false);
    let back = from_json(&json).expect("and reads back");
    assert_eq!(back.document, plan.document);
    assert_eq!(back.document.decision.as_deref(), Some("Vi föreslår att …"));
    assert_eq!(DocumentSettings::own_text("  \n"), None);
}

#[test]
fn ranks_read_as_runs() {
    assert_eq!(rank_runs(&[3, 1, 2, 5]), vec![(1, 3), (5, 5)]);
    assert_eq!(rank_runs(&[]), vec![]);
}

/// Natively only: the XML parser that reads the file back is not built for wasm.
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn the_word_file_is_well_formed_and_holds_every_heading() {
    use beredning::core::document::{word_html, Block, Section, Table};
    let table = Table {
        caption: "Per år".into(),
        head: vec!["År".into(), "Investering".into()],
        rows: vec![vec!["2019".into(), "1 750 000 kr".into()]],
        numeric: vec![false, true],
    };
    let sections = vec![
        Section::new("summary", "Sammanfattning")
            .paragraph("Första stycket\nAndra <stycket> & mer"),
        Section::new("economy", "Ekonomiska konsekvenser")
            .with(Block::Table(table))
            .child(
                Section::new("c-1", "1. Signering")
                    .with(Block::Facts(vec![(
                        "Personuppgifter".into(),
                        "\"Ja\"".into(),
                    )]))
                    .with(Block::List(vec!["Risk\u{1}".into()])),
            ),
    ];
    let html = word_html(
        "Beslutsunderlag: Plan",
        "Region Västmanland",
        "sv",
        &sections,
    );
    let doc = roxmltree::Document::parse(&html).expect("well-formed");
    let headings: Vec<(String, String)> = doc
        .descendants()
        .filter(|n| matches!(n.tag_name().name(), "h1" | "h2" | "h3" | "h4"))
        .map(|n| {
            (
                n.tag_name().name().to_string(),
                n.text().unwrap_or_default().to_string(),
            )
        })
        .collect();
    assert_eq!(
        headings,
        vec![
            ("h1".into(), "Beslutsunderlag: Plan".into()),
            ("h2".into(), "Sammanfattning".into()),
            ("h2".into(), "Ekonomiska konsekvenser".into()),
            ("h3".into(), "1. Signering".into()),
        ]
    );
    let paragraphs: Vec<String> = doc
        .descendants()
        .filter(|n| n.has_tag_name("p"))
        .map(|n| {
            n.descendants()
                .filter(|t| t.is_text())
                .filter_map(|t| t.text())
                .collect()
        })
        .collect();
    assert!(paragraphs.contains(&"Andra <stycket> & mer".to_string()));
    assert!(paragraphs.contains(&"Personuppgifter: \"Ja\"".to_string()));
    assert!(
        html.contains("@page WordSection1")
            && html.contains("urn:schemas-microsoft-com:office:word")
    );
    assert_eq!(
        doc.descendants().filter(|n| n.has_tag_name("td")).count(),
        1
    );
}

#[test]
fn the_file_name_comes_from_the_plan_and_the_date() {
    assert_eq!(
        word_file_name("Handlingsplan 2019/2021: IT", "2026-12-04"),
        "Handlingsplan 2019-2021- IT 2026-12-04.doc"
    );
    assert_eq!(
        word_file_name(" .. ", "2026-12-04"),
        "beslutsunderlag 2026-12-04.doc"
    );
}
