//! Strategies as lenses (docs/domain.md §3.6): an initiative's areas under the plan's lens,
//! directly or through the mapping table, read both ways; removing an area with its links;
//! mapping rows that point at areas the plan lacks; the migration of the old fixed list.

use beredning::core::content::strategies::{default_mapping, national_strategies};
use beredning::core::content::templates::Template;
use beredning::core::format;
use beredning::core::format::migrations::strategies_as_lenses;
use beredning::core::model::ids::SequentialIds;
use beredning::core::model::strategy::{MappingProblem, MappingSide};
use beredning::core::model::strategy_edit::{set_links_in, AreaLinks, StrategyError};
use beredning::core::model::{AreaMapping, LensArea, Via};
use beredning::core::portfolio::{apply, group_by_lens, rows, Filter};
use beredning::core::{GoalKind, Initiative, Plan};
use serde_json::{json, Value};

fn plan_with(links: &[&[&str]]) -> Plan {
    let mut p = Template::Blank.create(&mut SequentialIds::new("t"), "Plan", "2026-01-01");
    for (n, l) in links.iter().enumerate() {
        let mut i = Initiative::new(format!("i{n}"), &format!("Initiativ {n}"), "2026-01-01");
        i.analysis.area_ids = l.iter().map(|s| s.to_string()).collect();
        p.initiatives.push(i);
    }
    p
}

fn direct(id: &str) -> LensArea {
    LensArea {
        area_id: id.into(),
        via: Via::Direct,
    }
}

fn mapped(id: &str, from: &str) -> LensArea {
    LensArea {
        area_id: id.into(),
        via: Via::Mapping { from: from.into() },
    }
}

#[test]
fn every_new_plan_has_both_national_strategies_and_the_suggested_mapping() {
    for template in Template::ALL {
        let p = template.create(&mut SequentialIds::new("t"), "Plan", "2026-01-01");
        let names: Vec<Vec<&str>> = p
            .framework
            .strategies
            .iter()
            .map(|s| s.areas.iter().map(|a| a.name.as_str()).collect())
            .collect();
        assert_eq!(
            names,
            vec![
                vec![
                    "Digital kompetens",
                    "Digital trygghet",
                    "Digital innovation",
                    "Digital ledning",
                    "Digital infrastruktur"
                ],
                vec![
                    "Konnektivitet",
                    "Digital kompetens",
                    "Digitalisering av näringslivet",
                    "Den offentliga förvaltningen",
                    "Välfärden"
                ],
            ]
        );
        assert_eq!(p.framework.area_mapping, default_mapping());
        assert!(p.framework.mapping_problems().is_empty());
    }
    // The national template's effektmål sit under the 2017 delmål they are named after.
    let p = Template::NationalStrategy.create(&mut SequentialIds::new("t"), "N", "2026-01-01");
    let under: Vec<&str> = p
        .framework
        .goals
        .iter()
        .map(|g| {
            g.area_id
                .as_deref()
                .and_then(|a| p.framework.area(a))
                .map_or("", |(_, a)| a.name.as_str())
        })
        .collect();
    let goals: Vec<&str> = p.framework.goals.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(under, goals);
    assert_eq!(
        p.framework.lens_strategy().map(|s| s.id.as_str()),
        Some("ds2017")
    );
}

#[test]
fn an_initiative_linked_only_to_2017_shows_under_the_mapped_2025_areas_and_back() {
    let mut p = plan_with(&[
        &["ds2017-ledning", "ds2017-trygghet"],
        &["ds2025-konnektivitet"],
    ]);
    p.set_lens("ds2025").unwrap();
    let fw = &p.framework;
    assert_eq!(
        fw.areas_under_lens(&p.initiatives[0].analysis.area_ids),
        vec![
            mapped("ds2025-forvaltning", "ds2017-ledning"),
            mapped("ds2025-valfard", "ds2017-ledning")
        ],
        "ledning maps to two areas; trygghet has no row in the suggestion"
    );
    assert_eq!(
        fw.areas_under_lens(&p.initiatives[1].analysis.area_ids),
        vec![direct("ds2025-konnektivitet")]
    );
    // The same table read the other way.
    p.set_lens("ds2017").unwrap();
    let fw = &p.framework;
    assert_eq!(
        fw.areas_under_lens(&p.initiatives[0].analysis.area_ids),
        vec![direct("ds2017-trygghet"), direct("ds2017-ledning")]
    );
    assert_eq!(
        fw.areas_under_lens(&p.initiatives[1].analysis.area_ids),
        vec![mapped("ds2017-infrastruktur", "ds2025-konnektivitet")]
    );
}

#[test]
fn a_direct_link_wins_over_a_mapped_one() {
    let mut p = plan_with(&[&["ds2017-kompetens", "ds2025-kompetens"]]);
    p.set_lens("ds2025").unwrap();
    assert_eq!(
        p.framework
            .areas_under_lens(&p.initiatives[0].analysis.area_ids),
        vec![direct("ds2025-kompetens")]
    );
}

#[test]
fn the_lens_groups_and_filters_the_list() {
    let mut p = plan_with(&[&["ds2017-infrastruktur"], &["ds2025-valfard"], &[]]);
    p.set_lens("ds2025").unwrap();
    let all = rows(&p);
    let order: Vec<usize> = (0..all.len()).collect();
    let groups = group_by_lens(&p.framework, &all, &order, "Utan område");
    let summary: Vec<(String, Vec<String>)> = groups
        .iter()
        .map(|g| {
            (
                g.name.clone(),
                g.members
                    .iter()
                    .map(|(at, _)| all[*at].title.clone())
                    .collect(),
            )
        })
        .collect();
    assert_eq!(
        summary[0],
        ("Konnektivitet".into(), vec!["Initiativ 0".into()])
    );
    assert_eq!(summary[4], ("Välfärden".into(), vec!["Initiativ 1".into()]));
    assert_eq!(
        summary[5],
        ("Utan område".into(), vec!["Initiativ 2".into()])
    );
    let filter = Filter {
        area_id: Some("ds2025-konnektivitet".into()),
        ..Filter::default()
    };
    let shown: Vec<&str> = apply(&all, &filter)
        .iter()
        .map(|r| r.title.as_str())
        .collect();
    assert_eq!(shown, vec!["Initiativ 0"]);

    // Switching the lens changes the grouping.
    p.set_lens("ds2017").unwrap();
    let all = rows(&p);
    let groups = group_by_lens(&p.framework, &all, &order, "Utan område");
    let names: Vec<&str> = groups
        .iter()
        .filter(|g| !g.members.is_empty())
        .map(|g| g.name.as_str())
        .collect();
    assert_eq!(
        names,
        vec!["Digital ledning", "Digital infrastruktur", "Utan område"]
    );
    assert_eq!(p.set_lens("nope"), Err(StrategyError::NoSuchStrategy));
}

#[test]
fn removing_an_area_counts_then_removes_its_links_mappings_and_goal_placement() {
    let mut p = plan_with(&[
        &["ds2017-ledning", "ds2025-valfard"],
        &["ds2017-ledning"],
        &["ds2017-kompetens"],
    ]);
    p.add_goal("g".into(), "Effektivare handläggning", GoalKind::Effektmal)
        .unwrap();
    p.set_goal_area("g", Some("ds2017-ledning")).unwrap();
    assert_eq!(
        p.area_links("ds2017-ledning"),
        AreaLinks {
            initiatives: 2,
            goals: 1,
            mappings: 1
        }
    );
    let before = p.clone();
    let removed = p.remove_area("ds2017-ledning").unwrap();
    assert_eq!(removed.name, "Digital ledning");
    assert_eq!(p.initiatives[0].analysis.area_ids, vec!["ds2025-valfard"]);
    assert!(p.initiatives[1].analysis.area_ids.is_empty());
    assert_eq!(p.framework.goals[0].area_id, None);
    assert!(p
        .framework
        .area_mapping
        .iter()
        .all(|r| r.from != "ds2017-ledning"));
    assert_eq!(
        p.framework.area_mapping.len(),
        before.framework.area_mapping.len() - 1
    );
    assert!(p.framework.mapping_problems().is_empty());
    // Nothing else changed.
    assert_eq!(p.initiatives[2], before.initiatives[2]);
    assert_eq!(
        p.remove_area("ds2017-ledning"),
        Err(StrategyError::NoSuchArea)
    );

    // A target removed from a row leaves the rest of the row.
    p.remove_area("ds2025-valfard").unwrap();
    assert!(p
        .framework
        .area_mapping
        .iter()
        .all(|r| !r.to.contains(&"ds2025-valfard".to_string())));
}

#[test]
fn a_mapping_row_pointing_at_an_unknown_area_is_reported_and_ignored() {
    let mut p = plan_with(&[&["ds2017-trygghet"], &["ds2017-kompetens"]]);
    p.set_lens("ds2025").unwrap();
    p.framework.area_mapping.push(AreaMapping {
        from: "ds2017-trygghet".into(),
        to: vec!["borttaget".into(), "ds2025-forvaltning".into()],
    });
    p.framework.area_mapping.push(AreaMapping {
        from: "finns-inte".into(),
        to: vec!["ds2025-valfard".into()],
    });
    assert_eq!(
        p.framework.mapping_problems(),
        vec![
            MappingProblem {
                row: 4,
                side: MappingSide::To,
                area_id: "borttaget".into()
            },
            MappingProblem {
                row: 5,
                side: MappingSide::From,
                area_id: "finns-inte".into()
            },
        ]
    );
    // The known part of row 4 still counts; row 5 does not count at all.
    assert_eq!(
        p.framework
            .areas_under_lens(&p.initiatives[0].analysis.area_ids),
        vec![mapped("ds2025-forvaltning", "ds2017-trygghet")]
    );
    let mut links = vec!["finns-inte".to_string()];
    assert!(
        p.framework.areas_under_lens(&links).is_empty(),
        "an unknown link counts nowhere"
    );
    assert!(p.remove_mapping_row(5));
    assert!(!p.remove_mapping_row(5));
    // A link to an unknown id is kept when the person ticks areas of a strategy.
    set_links_in(
        &mut links,
        &p.framework.strategies[1],
        &["ds2025-valfard".into()],
    );
    assert_eq!(links, vec!["finns-inte", "ds2025-valfard"]);
}

#[test]
fn names_are_checked_and_a_third_lens_can_be_added() {
    let mut p = plan_with(&[]);
    assert_eq!(
        p.add_strategy("r".into(), "  "),
        Err(StrategyError::EmptyName)
    );
    assert_eq!(
        p.add_strategy("r".into(), "digitaliseringsstrategin 2017"),
        Err(StrategyError::DuplicateName)
    );
    p.add_strategy("r".into(), "Regionens mål").unwrap();
    p.add_area("r", "r1".into(), "Ökad tillgänglighet").unwrap();
    assert_eq!(
        p.add_area("r", "r2".into(), "ökad tillgänglighet "),
        Err(StrategyError::DuplicateName)
    );
    // Both national strategies have a Digital kompetens: names are unique per strategy only.
    assert_eq!(
        p.rename_area("ds2017-trygghet", "Digital kompetens"),
        Err(StrategyError::DuplicateName)
    );
    p.rename_area("ds2025-kompetens", "Digital kompetens och AI")
        .unwrap();
    p.set_mapping("r1", "ds2025-forvaltning", true).unwrap();
    assert_eq!(
        p.set_mapping("r1", "r1", true),
        Err(StrategyError::SameStrategy)
    );
    p.set_lens("r").unwrap();
    let links = vec!["ds2025-forvaltning".to_string()];
    assert_eq!(
        p.framework.areas_under_lens(&links),
        vec![mapped("r1", "ds2025-forvaltning")]
    );
    p.set_mapping("r1", "ds2025-forvaltning", false).unwrap();
    assert!(
        p.framework.area_mapping.iter().all(|r| r.from != "r1"),
        "an empty row goes"
    );
    let removed = p.remove_strategy("r").unwrap();
    assert_eq!(removed.areas.len(), 1);
    assert_eq!(
        p.framework.lens_strategy().map(|s| s.id.as_str()),
        Some("ds2017")
    );
}

#[test]
fn an_effektmal_sits_only_under_an_area_the_plan_has() {
    let mut p = plan_with(&[]);
    p.add_goal("g".into(), "Fler e-tjänster", GoalKind::Effektmal)
        .unwrap();
    assert_eq!(
        p.set_goal_area("g", Some("finns-inte")),
        Err(beredning::core::model::goal_edit::GoalError::NoSuchArea)
    );
    assert_eq!(
        p.framework.goals[0].area_id, None,
        "the last valid value is kept"
    );
    p.set_goal_area("g", Some("ds2025-forvaltning")).unwrap();
    assert_eq!(
        p.framework.goals[0].area_id.as_deref(),
        Some("ds2025-forvaltning")
    );
    p.set_goal_area("g", None).unwrap();
    assert_eq!(p.framework.goals[0].area_id, None);
}

fn migrated(fixture: &str) -> Plan {
    format::from_json(fixture).expect("the fixture opens")
}

#[test]
fn version_1_and_2_files_get_the_strategies_and_their_enum_areas_become_links() {
    for plan in [
        migrated(include_str!("fixtures/plan-v1.json")),
        migrated(include_str!("fixtures/plan-v2.json")),
    ] {
        assert_eq!(plan.framework.strategies, national_strategies());
        assert_eq!(plan.framework.area_mapping, default_mapping());
        assert_eq!(plan.framework.lens.as_deref(), Some("ds2017"));
        assert_eq!(
            plan.initiatives[0].analysis.area_ids,
            vec!["ds2017-ledning", "ds2017-kompetens"]
        );
    }
}

#[test]
fn the_migration_keeps_unknown_names_and_leaves_a_plan_with_strategies_alone() {
    let v2 = json!({"plan": {
        "framework": {"goals": []},
        "initiatives": [
            {"analysis": {"national_areas": ["digital_trygghet", "påhittat", 7]}},
            {"analysis": {}},
            {}
        ]
    }});
    let out = strategies_as_lenses(v2).unwrap();
    assert_eq!(
        out["plan"]["initiatives"][0]["analysis"],
        json!({"area_ids": ["ds2017-trygghet", "påhittat"]})
    );
    assert_eq!(out["plan"]["initiatives"][1]["analysis"], json!({}));
    assert_eq!(out["plan"]["framework"]["lens"], "ds2017");
    let own = json!({"plan": {"framework": {"strategies": [], "lens": "x"}}});
    assert_eq!(strategies_as_lenses(own.clone()).unwrap(), own);
    // Not a plan at all: nothing to do, and no panic.
    assert_eq!(strategies_as_lenses(Value::Null).unwrap(), Value::Null);
}

#[test]
fn the_matrix_and_budget_see_only_the_chosen_area_and_the_export_names_the_lens() {
    use beredning::core::content::example::example_plan;
    use beredning::core::format::sheets::{add_lens_column, Cell, Sheet};
    use beredning::core::portfolio::restrict;

    let mut p = example_plan();
    let all = p.initiatives.len();
    assert_eq!(restrict(&p, None).initiatives.len(), all);
    let under: Vec<String> = restrict(&p, Some("ds2017-infrastruktur"))
        .initiatives
        .iter()
        .map(|i| i.title.clone())
        .collect();
    assert_eq!(
        under,
        vec!["Gemensamt biblioteksdatasystem med självbetjäning"]
    );
    assert!(restrict(&p, Some("finns-inte")).initiatives.is_empty());

    p.set_lens("ds2025").unwrap();
    let mut sheet = Sheet {
        name: "Lista".into(),
        columns: vec!["Initiativ".into()],
        rows: rows(&p)
            .iter()
            .map(|r| vec![Cell::text(r.title.clone())])
            .collect(),
    };
    add_lens_column(&p, &mut sheet, &|from| format!("(via {from})"));
    assert_eq!(sheet.columns[1], "Digitaliseringsstrategin 2025–2030");
    let library = sheet
        .rows
        .iter()
        .find(|r| r[0] == Cell::text("Gemensamt biblioteksdatasystem med självbetjäning"))
        .expect("the library is listed");
    assert_eq!(
        library[1],
        Cell::text("Konnektivitet (via Digital infrastruktur)")
    );
    assert!(sheet.rows.iter().all(|r| r.len() == 2));
}

#[test]
fn a_file_with_two_areas_of_one_id_is_refused_at_the_second() {
    use beredning::core::content::example::example_plan;
    use beredning::core::format::import::import_bytes;
    use beredning::core::format::problem::ProblemKind;

    let text = format::to_json(&example_plan(), None, true);
    let mut file: Value = serde_json::from_str(&text).unwrap();
    file["plan"]["framework"]["strategies"][1]["areas"][2]["id"] = json!("ds2025-konnektivitet");
    let problems = import_bytes(file.to_string().as_bytes()).expect_err("a duplicate id");
    assert!(problems.iter().any(|p| {
        p.place.to_string() == "plan.framework.strategies[1].areas[2].id"
            && matches!(&p.kind, ProblemKind::DuplicateId { id, .. } if id == "ds2025-konnektivitet")
    }), "{problems:?}");
}
