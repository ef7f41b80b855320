//! Export of a plan: the sheets (prioritisation list, handlingsplan, follow-up), CSV the way
//! Swedish Excel reads it, the Excel workbook, file names, and the JSON export file.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

use beredning::core::calc::Gate;
use beredning::core::content::example::example_plan;
use beredning::core::format;
use beredning::core::format::csv::{number, to_csv};
use beredning::core::format::indent::indent_json;
use beredning::core::format::sheets::{
    file_name, follow_up_sheet, handlingsplan_sheet, ranked_sheet, sheet_name, slug, workbook,
    workbook_from_json, Cell, FollowUpLabels, HandlingsplanLabels, RankedLabels, Sheet,
    WorkbookError,
};
use beredning::core::{ActivityStatus, Plan, Stage};

fn stage(s: Stage) -> &'static str {
    match s {
        Stage::Behov => "Behov",
        Stage::Analys => "Analys",
        Stage::Beslut => "Beslut",
        Stage::Handlingsplan => "Handlingsplan",
        _ => "Senare",
    }
}

fn gate(g: Gate) -> &'static str {
    match g {
        Gate::VerifiedNeed => "behov",
        Gate::NamedOwner => "ägare",
        Gate::FinancingPlan => "finansiering",
        Gate::GoalLink => "mål",
    }
}

fn status(s: ActivityStatus) -> &'static str {
    match s {
        ActivityStatus::Ny => "Ny",
        ActivityStatus::Pagar => "Pågår",
        _ => "Annan",
    }
}

fn ranked(plan: &Plan) -> Sheet {
    ranked_sheet(
        plan,
        &RankedLabels {
            sheet: "Lista",
            columns: ["P", "T", "S", "M", "V", "N", "H", "I", "D", "R", "K", "C"],
            untitled: "(utan titel)",
            gates_met: "Uppfyllda",
            stage: &stage,
            gate: &gate,
        },
    )
}

fn handlingsplan(plan: &Plan) -> Sheet {
    handlingsplan_sheet(
        plan,
        &HandlingsplanLabels {
            sheet: "Plan",
            columns: ["Mål", "Aktivitet", "Period", "Ansvarig", "Status"],
            outcome_year: |year| format!("Utfall {year}"),
            outside_goals: "Utanför målen",
            untitled: "(utan namn)",
            status: &status,
        },
    )
}

fn follow_up(plan: &Plan) -> Sheet {
    follow_up_sheet(
        plan,
        &FollowUpLabels {
            sheet: "Uppföljning",
            columns: [
                "Initiativ",
                "Nytta",
                "Klass",
                "Enhet",
                "Ägare",
                "Från",
                "Mål",
            ],
            expected_year: |year| format!("Förväntat {year}"),
            realised_year: |year| format!("Realiserat {year}"),
            classes: ["Pengar", "Tid", "Kvalitet"],
            units: ["kr", "h"],
            untitled_initiative: "(initiativ)",
            untitled_benefit: "(nytta)",
        },
    )
}

fn text(s: &str) -> Cell {
    Cell::Text(s.to_string())
}

// ---- Sheets from the example plan ----

#[test]
fn ranked_sheet_shows_the_list_rows_in_rank_order_with_the_blocked_last() {
    let sheet = ranked(&example_plan());
    assert_eq!(sheet.name, "Lista");
    assert_eq!(sheet.columns.len(), 12);
    assert_eq!(sheet.rows.len(), 5);
    assert_eq!(
        sheet.rows[0],
        vec![
            Cell::Number(1.0),
            text("Digital signering och ankomstregistrering för socialjouren"),
            text("Analys"),
            text("Främja implementering av digitala lösningar"),
            Cell::Number(71.25),
            Cell::Number(693_344.94),
            Cell::Number(500.0),
            Cell::Number(300_000.0),
            Cell::Number(0.0),
            Cell::Number(6.0),
            text("Uppfyllda"),
            // All of its benefit is freed time: in cash, only the investment.
            Cell::Number(-300_000.0),
        ]
    );
    assert_eq!(
        sheet.rows[1][3],
        text("Främja samverkan mellan aktörerna i länet; Främja implementering av digitala lösningar")
    );
    // The e-arkiv misses two must-pass requirements: no rank, and the gates say what is missing.
    let archive = &sheet.rows[3];
    assert_eq!(archive[1], text("Gemensamt e-arkiv för länets kommuner"));
    assert_eq!(archive[0], Cell::Empty);
    assert_eq!(archive[10], text("ägare, finansiering"));
    // The unscored initiative has neither score nor risk.
    assert_eq!(sheet.rows[4][4], Cell::Empty);
    assert_eq!(sheet.rows[4][9], Cell::Empty);
}

#[test]
fn ranked_sheet_names_an_untitled_initiative() {
    let mut plan = example_plan();
    plan.initiatives[0].title = "  ".into();
    let sheet = ranked(&plan);
    assert!(sheet.rows.iter().any(|r| r[1] == text("(utan titel)")));
}

#[test]
fn handlingsplan_sheet_groups_by_goal_with_the_outside_work_last_and_outcome_years() {
    let plan = example_plan();
    let sheet = handlingsplan(&plan);
    assert_eq!(
        sheet.columns,
        [
            "Mål",
            "Aktivitet",
            "Period",
            "Ansvarig",
            "Status",
            "Utfall 2018"
        ]
    );
    assert_eq!(sheet.rows.len(), plan.activities.len());
    let goals: Vec<&Cell> = sheet.rows.iter().map(|r| &r[0]).collect();
    // Goal 1's activities come together, although e-blomman (goal 1) is last in the plan.
    assert_eq!(goals[0], &text("Främja samverkan mellan aktörerna i länet"));
    assert_eq!(goals[4], &text("Främja samverkan mellan aktörerna i länet"));
    assert!(
        matches!(&sheet.rows[4][1], Cell::Text(t) if t.starts_with("Utvärdera hur kommunerna kan använda e-blomman"))
    );
    assert!(matches!(&sheet.rows[4][5], Cell::Text(t) if t.starts_with("Under hösten kartlades")));
    assert_eq!(sheet.rows[0][5], Cell::Empty);
    let last = sheet.rows.last().map(|r| r[0].clone());
    assert_eq!(last, Some(text("Utanför målen")));
    assert_eq!(sheet.rows[0][4], text("Ny"));
}

#[test]
fn handlingsplan_sheet_takes_the_latest_outcome_of_a_year_and_keeps_a_deleted_goals_work() {
    let mut plan = example_plan();
    plan.activities[0]
        .outcomes
        .push(beredning::core::YearOutcome {
            year: 2020,
            text: "Först".into(),
        });
    plan.activities[0]
        .outcomes
        .push(beredning::core::YearOutcome {
            year: 2020,
            text: "Rättat".into(),
        });
    plan.framework.goals.remove(2);
    let sheet = handlingsplan(&plan);
    assert_eq!(sheet.columns[6], "Utfall 2020");
    assert_eq!(sheet.rows[0][6], text("Rättat"));
    let outside = sheet
        .rows
        .iter()
        .filter(|r| r[0] == text("Utanför målen"))
        .count();
    assert_eq!(
        outside,
        8 + 3,
        "bilaga 1's eight outside the goals and the three whose goal was removed"
    );
}

#[test]
fn follow_up_sheet_lists_benefits_in_follow_up_with_expected_and_realised_per_year() {
    let sheet = follow_up(&example_plan());
    // The period 2019–2021 and the benefits' years 1–5 (2020–2024).
    let years: Vec<String> = (2019..=2024)
        .flat_map(|y| [format!("Förväntat {y}"), format!("Realiserat {y}")])
        .collect();
    assert_eq!(sheet.columns[7..], years[..]);
    // Only the library is in the follow-up (in the handlingsplan); its two benefits.
    assert_eq!(sheet.rows.len(), 2);
    let cash = &sheet.rows[0];
    assert_eq!(
        cash[0],
        text("Gemensamt biblioteksdatasystem med självbetjäning")
    );
    assert_eq!(cash[2], text("Pengar"));
    assert_eq!(cash[3], text("kr"));
    assert_eq!(
        cash[7],
        Cell::Empty,
        "2019 is year 0, before the first benefit year"
    );
    assert_eq!(cash[9], Cell::Number(450_000.0), "expected 2020");
    assert_eq!(cash[10], Cell::Number(380_000.0), "realised 2020");
    assert_eq!(cash[12], Cell::Empty, "nothing realised 2021");
    let time = &sheet.rows[1];
    assert_eq!(time[3], text("h"));
    assert_eq!(time[11], Cell::Number(2_000.0), "60 000 loans × 2 minutes");
}

#[test]
fn follow_up_sheet_shows_a_qualitative_result_as_text() {
    use beredning::core::model::initiative::{Benefit, BenefitKind, RealisedValue};
    let mut plan = example_plan();
    let mut b = Benefit::new(
        "kv".into(),
        "Nöjdare låntagare",
        BenefitKind::Kvalitativ {
            description: "Enkät".into(),
        },
    );
    b.realised.push(RealisedValue {
        year: 2021,
        value: 0.0,
        comment: "Nöjdheten ökade".into(),
    });
    plan.initiatives[1].analysis.benefits.push(b);
    let sheet = follow_up(&plan);
    let row = &sheet.rows[2];
    assert_eq!(row[2], text("Kvalitet"));
    assert_eq!(row[3], Cell::Empty);
    assert_eq!(
        row[11],
        Cell::Empty,
        "a qualitative benefit has no expected figure"
    );
    assert_eq!(row[12], text("Nöjdheten ökade"));
}

// ---- CSV ----

#[test]
fn csv_is_bom_semicolons_crlf_decimal_comma_with_quoting_and_defused_formulas() {
    let sheet = Sheet {
        name: "x".into(),
        columns: vec!["Titel".into(), "Belopp".into(), "Not".into()],
        rows: vec![
            vec![text("Vanlig"), Cell::Number(693_344.94), Cell::Empty],
            vec![text("a;b"), Cell::Number(-1.5), text("säger \"hej\"")],
            vec![
                text("=HYPERLINK(\"x\")"),
                Cell::Number(12.0),
                text("två\r\nrader"),
            ],
            vec![text("+1"), Cell::Number(f64::NAN), text("-2")],
            vec![text("@SUM(A1)"), Cell::Number(0.1), text("\tflik")],
        ],
    };
    let expected = "\u{feff}Titel;Belopp;Not\r\n\
                    Vanlig;693344,94;\r\n\
                    \"a;b\";-1,5;\"säger \"\"hej\"\"\"\r\n\
                    \"'=HYPERLINK(\"\"x\"\")\";12;\"två\r\nrader\"\r\n\
                    '+1;;'-2\r\n\
                    '@SUM(A1);0,1;'\tflik\r\n";
    assert_eq!(to_csv(&sheet), expected);
}

#[test]
fn csv_numbers_are_exact_plain_decimals() {
    assert_eq!(number(693_344.94), "693344,94");
    assert_eq!(number(3.0), "3");
    assert_eq!(number(-0.0), "0");
    assert_eq!(number(0.0), "0");
    assert_eq!(number(-2.5), "-2,5");
    assert_eq!(number(1e20), "100000000000000000000");
    assert_eq!(number(1.5e-7), "0,00000015");
    assert_eq!(number(-1.25e16), "-12500000000000000");
    assert_eq!(number(123_456_789.012_5), "123456789,0125");
    assert_eq!(number(f64::INFINITY), "");
    assert_eq!(number(f64::NAN), "");
}

#[test]
fn csv_of_the_example_list_has_the_worked_example_on_its_first_row() {
    let csv = to_csv(&ranked(&example_plan()));
    let second_line = csv.split("\r\n").nth(1).unwrap_or_default();
    assert_eq!(
        second_line,
        "1;Digital signering och ankomstregistrering för socialjouren;Analys;\
         Främja implementering av digitala lösningar;71,25;693344,94;500;300000;0;6;Uppfyllda;-300000"
    );
    assert!(csv.ends_with("\r\n"));
    assert_eq!(csv.matches("\r\n").count(), 6, "header and five rows");
}

// ---- Excel ----

#[test]
fn workbook_is_a_zip_file_for_every_sheet_of_the_example() {
    let plan = example_plan();
    let bytes = workbook(&[ranked(&plan), handlingsplan(&plan), follow_up(&plan)]);
    let bytes = bytes.unwrap_or_default();
    assert!(bytes.starts_with(b"PK"), "an XLSX file is a zip archive");
    assert!(bytes.len() > 5_000);
}

#[test]
fn workbook_from_json_reads_what_the_app_sends_and_refuses_anything_else() {
    let sheets = vec![ranked(&example_plan())];
    let json = serde_json::to_string(&sheets).unwrap_or_default();
    assert!(workbook_from_json(&json)
        .unwrap_or_default()
        .starts_with(b"PK"));
    for bad in [
        "",
        "null",
        "{}",
        "[{\"name\":1}]",
        "[{\"rows\":[[{\"Number\":\"x\"}]]}]",
    ] {
        assert!(
            matches!(workbook_from_json(bad), Err(WorkbookError::BadInput(_))),
            "{bad:?}"
        );
    }
    assert!(workbook_from_json("[]")
        .unwrap_or_default()
        .starts_with(b"PK"));
}

#[test]
fn workbook_takes_odd_names_texts_and_numbers_without_failing() {
    let long = "å".repeat(40_000);
    let sheet = |name: &str| Sheet {
        name: name.into(),
        columns: vec!["=A1".into()],
        rows: vec![
            vec![text(&long), Cell::Number(f64::NAN), text("\u{1}\u{0}<&>")],
            vec![],
        ],
    };
    let sheets: Vec<Sheet> = [
        "Plan: [2019/2021]*?",
        "plan  2019 2021",
        "",
        "'",
        "x".repeat(40).as_str(),
    ]
    .iter()
    .map(|n| sheet(n))
    .collect();
    assert!(workbook(&sheets).unwrap_or_default().starts_with(b"PK"));
}

#[test]
fn workbook_refuses_a_sheet_wider_than_excel() {
    let sheet = Sheet {
        name: "Bred".into(),
        columns: vec![String::new(); 16_385],
        rows: vec![],
    };
    assert!(matches!(
        workbook(&[sheet]),
        Err(WorkbookError::TooLarge {
            columns: 16_385,
            ..
        })
    ));
}

#[test]
fn sheet_names_follow_excels_rules_and_are_unique() {
    let mut used = HashSet::new();
    assert_eq!(
        sheet_name("Plan: [2019/2021]", 1, &mut used),
        "Plan   2019 2021"
    );
    assert_eq!(
        sheet_name("PLAN   2019 2021", 2, &mut used),
        "PLAN   2019 2021 (2)"
    );
    assert_eq!(sheet_name("  ", 3, &mut used), "Sheet3");
    assert_eq!(sheet_name("'citat'", 4, &mut used), "citat");
    let long = sheet_name(&"ö".repeat(40), 5, &mut used);
    assert_eq!(long.chars().count(), 31);
    let again = sheet_name(&"ö".repeat(40), 6, &mut used);
    assert_eq!(again, format!("{} (2)", "ö".repeat(27)));
    // Astral characters count twice towards the 31 UTF-16 units.
    let emoji = sheet_name(&"😀".repeat(20), 7, &mut used);
    assert_eq!(emoji.chars().count(), 15);
}

// ---- File names ----

#[test]
fn file_names_are_slug_part_and_date() {
    assert_eq!(
        slug("Handlingsplan regional digital agenda 2019–2021", "plan"),
        "handlingsplan-regional-digital-agenda-2019-2021"
    );
    assert_eq!(
        slug("Åre, Älvdalen & Öckerö!", "plan"),
        "are-alvdalen-ockero"
    );
    assert_eq!(slug("///", "plan"), "plan");
    assert_eq!(slug(&"a".repeat(200), "plan").len(), 60);
    assert_eq!(
        file_name("Plan A", "", "plan", "2024-03-12", "json"),
        "plan-a-2024-03-12.json"
    );
    assert_eq!(
        file_name("Plan A", "Uppföljning", "plan", "2024-03-12", "csv"),
        "plan-a-uppfoljning-2024-03-12.csv"
    );
    assert_eq!(
        file_name("../../etc", "", "plan", "../2024", "xlsx"),
        "etc-2024.xlsx"
    );
}

// ---- The JSON export file ----

/// The existing round-trip test (core_format.rs) writes no export time; this one writes the file
/// exactly as the share page does (compact, re-indented), and checks that exporting the imported plan again gives the
/// same bytes, so a plan passed between organisations does not drift.
#[test]
fn export_file_round_trips_and_re_exports_identically() {
    let now = "2024-05-01T10:00:00.000Z";
    let mut plan = example_plan();
    plan.last_exported = Some(now.into());
    let text = indent_json(&format::to_json(&plan, Some(now), false));
    let back = format::from_json(&text);
    assert_eq!(back.as_ref(), Ok(&plan));
    let again = back.map(|p| indent_json(&format::to_json(&p, Some(now), false)));
    assert_eq!(again.as_deref(), Ok(text.as_str()));
    assert!(text.contains("\n  \"plan\": {\n"), "indented for reading");
}

/// Exports are the compact text re-indented (see `core::format::indent`), so that the bundle
/// does not carry serde_json's pretty writer: the bytes must equal the pretty writer's.
#[test]
fn re_indented_export_equals_serde_jsons_pretty_output() {
    let mut plan = example_plan();
    plan.name = "Plan {med} [klamrar], \"citat\" och \\ \u{1} :,".into();
    plan.initiatives[0].analysis.benefits.clear();
    let now = Some("2024-05-01T10:00:00.000Z");
    let compact = format::to_json(&plan, now, false);
    assert_eq!(indent_json(&compact), format::to_json(&plan, now, true));
    let envelope = format::Envelope {
        format: format::FORMAT_ID.into(),
        format_version: format::FORMAT_VERSION,
        app_version: format::APP_VERSION.into(),
        exported: now.map(str::to_string),
        plan: plan.clone(),
    };
    assert_eq!(
        format::to_json(&plan, now, true),
        serde_json::to_string_pretty(&envelope).unwrap_or_default()
    );
    let odd = serde_json::json!({"a": [], "b": {}, "c": [[], [{}], {"d": [1, -2.5e-8, null, true]}], "": ""});
    let compact = serde_json::to_string(&odd).unwrap_or_default();
    assert_eq!(
        indent_json(&compact),
        serde_json::to_string_pretty(&odd).unwrap_or_default()
    );
}
