//! The "Uppdaterat från föregående version" text written from a comparison: counts per kind of
//! change in Swedish and English, singular and plural, and a sentence when nothing changed.
#![cfg(not(target_arch = "wasm32"))]

use beredning::core::calc::numfmt::Language;
use beredning::core::content::example::example_plan;
use beredning::core::model::initiative::DecisionOutcome;
use beredning::core::workflow::changes::{
    plan_changes, replacing_loses_text, write_summary, DecisionChange, Figures, FiguresMoved,
    InitiativeChange, Named, PlanChanges, Renamed, StatusChange, WeightChange,
};
use beredning::core::ActivityStatus;

fn named(n: usize) -> Vec<Named> {
    (0..n)
        .map(|i| Named {
            id: format!("id-{i}"),
            name: format!("Namn {i}"),
        })
        .collect()
}

fn status(new: ActivityStatus) -> StatusChange {
    StatusChange {
        id: "a".into(),
        title: "Aktivitet".into(),
        old: ActivityStatus::Beslutad,
        new,
    }
}

fn decision(old: Option<DecisionOutcome>) -> DecisionChange {
    DecisionChange {
        initiative_id: "i".into(),
        initiative_title: "Initiativ".into(),
        old: old.map(|o| (o, "2019-01-01".into())),
        new: (DecisionOutcome::Prioriterad, "2020-01-01".into()),
    }
}

fn figures() -> FiguresMoved {
    let f = Figures {
        rank: Some(1),
        score: Some(50.0),
        npv: 0.0,
    };
    FiguresMoved {
        id: "i".into(),
        title: "Initiativ".into(),
        old: f.clone(),
        new: Figures { rank: Some(2), ..f },
    }
}

#[test]
fn nothing_changed_says_so_in_both_languages() {
    let c = PlanChanges::default();
    assert_eq!(
        write_summary(&c, Language::Swedish),
        "Inga ändringar sedan föregående version."
    );
    assert_eq!(
        write_summary(&c, Language::English),
        "No changes since the previous version."
    );
    let p = example_plan();
    assert_eq!(
        write_summary(&plan_changes(&p, &p), Language::Swedish),
        "Inga ändringar sedan föregående version."
    );
}

#[test]
fn initiatives_and_activities_are_counted_in_one_sentence_each() {
    let c = PlanChanges {
        initiatives_added: named(3),
        initiatives_removed: named(1),
        initiatives_changed: vec![
            InitiativeChange {
                id: "a".into(),
                title: "A".into(),
                fields: Vec::new(),
            };
            2
        ],
        activity_status: vec![
            status(ActivityStatus::Genomford),
            status(ActivityStatus::Genomford),
            status(ActivityStatus::Avbruten),
        ],
        ..PlanChanges::default()
    };
    assert_eq!(
        write_summary(&c, Language::Swedish),
        "3 initiativ tillkom, 1 togs bort och 2 ändrades. \
         2 aktiviteter genomfördes och 1 avbröts."
    );
    assert_eq!(
        write_summary(&c, Language::English),
        "3 initiatives were added, 1 was removed and 2 were changed. \
         2 activities were completed and 1 was cancelled."
    );
}

#[test]
fn the_noun_follows_the_first_count_singular_or_plural() {
    let c = PlanChanges {
        activities_added: named(1),
        activities_removed: named(2),
        criteria_weights: vec![
            WeightChange {
                id: "k".into(),
                name: "Nytta".into(),
                old: 1.0,
                new: 2.0,
            };
            2
        ],
        ..PlanChanges::default()
    };
    assert_eq!(
        write_summary(&c, Language::Swedish),
        "1 aktivitet tillkom och 2 togs bort. 2 prioriteringskriterier fick ny vikt."
    );
    assert_eq!(
        write_summary(&c, Language::English),
        "1 activity was added and 2 were removed. \
         2 prioritisation criteria were given a new weight."
    );
}

#[test]
fn decisions_goals_renames_and_figures_each_have_their_sentence() {
    let renamed = Renamed {
        id: "g".into(),
        old: "Gammalt".into(),
        new: "Nytt".into(),
    };
    let c = PlanChanges {
        decisions: vec![
            decision(None),
            decision(None),
            decision(Some(DecisionOutcome::Vilande)),
        ],
        activity_status: vec![status(ActivityStatus::Pagar)],
        activities_renamed: vec![renamed.clone()],
        goals_added: named(1),
        goals_renamed: vec![renamed.clone()],
        criteria_removed: named(1),
        figures: vec![figures(); 4],
        ..PlanChanges::default()
    };
    assert_eq!(
        write_summary(&c, Language::Swedish),
        "2 beslut fattades och 1 ändrades. 1 aktivitet påbörjades och 1 bytte namn. \
         1 mål tillkom och 1 bytte namn. 1 prioriteringskriterium togs bort. \
         Rang, viktad poäng eller nettonuvärde ändrades för 4 initiativ."
    );
    assert_eq!(
        write_summary(&c, Language::English),
        "2 decisions were taken and 1 was changed. 1 activity was started and 1 was renamed. \
         1 goal was added and 1 was renamed. 1 prioritisation criterion was removed. \
         The rank, weighted score or net present value changed for 4 initiatives."
    );
}

#[test]
fn a_real_comparison_counts_what_plan_changes_found() {
    let old = example_plan();
    let mut new = old.clone();
    new.initiatives.remove(0);
    new.initiatives[0].title = "Ny titel".into();
    let open = new
        .activities
        .iter_mut()
        .find(|a| a.status != ActivityStatus::Genomford)
        .expect("the example has an open activity");
    open.status = ActivityStatus::Genomford;
    let text = write_summary(&plan_changes(&old, &new), Language::Swedish);
    assert!(
        text.starts_with("1 initiativ togs bort och 1 ändrades. 1 aktivitet genomfördes."),
        "{text}"
    );
}

#[test]
fn only_a_text_of_ones_own_is_asked_about_before_it_is_replaced() {
    let generated = "1 initiativ tillkom.";
    assert!(!replacing_loses_text("", generated));
    assert!(!replacing_loses_text("  \n ", generated));
    assert!(!replacing_loses_text("1 initiativ tillkom.\n", generated));
    assert!(replacing_loses_text(
        "Vi har lagt till e-arkivet.",
        generated
    ));
    assert!(replacing_loses_text(
        "1 initiativ tillkom. Och e-arkivet.",
        generated
    ));
}
