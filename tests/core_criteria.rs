//! Editing a plan's own criteria: names are checked, rubric texts per level are the plan's own
//! and never empty, and removing a criterion says how many initiatives have a rating on it.

use beredning::core::content::criteria::default_criteria;
use beredning::core::model::criterion_edit::{CriterionError, LEVELS};
use beredning::core::model::ids::IdSource;
use beredning::core::{Initiative, Plan};

struct Seq(u32);
impl IdSource for Seq {
    fn next_id(&mut self) -> String {
        self.0 += 1;
        format!("c-{}", self.0)
    }
}

const GENERIC: [&str; LEVELS] = ["Mycket låg", "Låg", "Medel", "Hög", "Mycket hög"];

fn plan() -> Plan {
    let mut p = Plan::blank("p".into(), "Vår plan", "2026-01-01T00:00:00Z");
    p.framework.criteria = default_criteria(&mut Seq(0));
    p
}

fn id_of(p: &Plan, name: &str) -> String {
    p.framework
        .criteria
        .iter()
        .find(|c| c.name == name)
        .map(|c| c.id.clone())
        .unwrap_or_default()
}

#[test]
fn a_new_criterion_starts_with_the_generic_texts_and_a_free_name() {
    let mut p = plan();
    let before = p.framework.criteria.len();
    assert_eq!(
        p.add_criterion("n1".into(), "Nytt kriterium", &GENERIC),
        "Nytt kriterium"
    );
    assert_eq!(
        p.add_criterion("n2".into(), "Nytt kriterium", &GENERIC),
        "Nytt kriterium 2"
    );
    assert_eq!(p.framework.criteria.len(), before + 2);
    let added = &p.framework.criteria[before];
    assert_eq!(added.rubric, GENERIC.map(String::from).to_vec());
    assert_eq!(added.role, None);
    assert_eq!(added.weight, 10.0);
}

#[test]
fn the_skr_criteria_keep_their_own_rubric_texts() {
    let p = plan();
    let urgency = &p.framework.criteria[0];
    assert_eq!(urgency.name, "Angelägenhet");
    assert_eq!(urgency.rubric.len(), LEVELS);
    assert_eq!(urgency.rubric[4], "Akut: lagkrav eller allvarlig brist");
    assert!(p
        .framework
        .criteria
        .iter()
        .all(|c| c.rubric.iter().all(|r| !GENERIC.contains(&r.as_str()))));
}

#[test]
fn a_rubric_text_is_edited_per_level_and_an_empty_one_is_refused() {
    let mut p = plan();
    let id = id_of(&p, "Nytta");
    p.set_rubric_text(&id, 3, "  Tydlig nytta för en förvaltning ")
        .expect("a text");
    let rubric = &p.framework.criteria[2].rubric;
    assert_eq!(rubric[2], "Tydlig nytta för en förvaltning");
    assert_eq!(
        rubric[1], "Viss nytta för en mindre grupp",
        "other levels untouched"
    );

    let kept = p.clone();
    assert_eq!(
        p.set_rubric_text(&id, 3, "   "),
        Err(CriterionError::EmptyRubric)
    );
    assert_eq!(
        p.set_rubric_text(&id, 0, "x"),
        Err(CriterionError::NoSuchLevel)
    );
    assert_eq!(
        p.set_rubric_text(&id, 6, "x"),
        Err(CriterionError::NoSuchLevel)
    );
    assert_eq!(
        p.set_rubric_text("gone", 1, "x"),
        Err(CriterionError::NoSuchCriterion)
    );
    assert_eq!(p, kept, "a refused text keeps the last valid one");
}

#[test]
fn a_short_rubric_is_filled_up_to_the_edited_level() {
    let mut p = plan();
    let id = id_of(&p, "Kostnad");
    p.framework.criteria[3].rubric.clear();
    p.set_rubric_text(&id, 4, "Låg kostnad").expect("a text");
    assert_eq!(
        p.framework.criteria[3].rubric,
        vec!["", "", "", "Låg kostnad"]
    );
}

#[test]
fn names_are_checked_and_a_refused_name_keeps_the_last_valid_one() {
    let mut p = plan();
    let id = id_of(&p, "Genomförbarhet");
    let kept = p.clone();
    assert_eq!(
        p.rename_criterion(&id, "  "),
        Err(CriterionError::EmptyName)
    );
    assert_eq!(
        p.rename_criterion(&id, " nytta "),
        Err(CriterionError::DuplicateName)
    );
    assert_eq!(
        p.rename_criterion("gone", "Ny"),
        Err(CriterionError::NoSuchCriterion)
    );
    assert_eq!(p, kept);
    p.rename_criterion(&id, " Svårighet ").expect("a free name");
    assert_eq!(p.framework.criteria[1].name, "Svårighet");
    p.rename_criterion(&id, "svårighet")
        .expect("its own name in other letters");
    assert_eq!(p.framework.criteria[1].name, "svårighet");
}

#[test]
fn removing_a_criterion_counts_and_drops_its_ratings() {
    let mut p = plan();
    let id = id_of(&p, "Nytta");
    let other = id_of(&p, "Kostnad");
    for (n, rated) in [true, true, false].into_iter().enumerate() {
        let mut i = Initiative::new(format!("i{n}"), "Ett", "2026-01-01T00:00:00Z");
        if rated {
            i.scores.insert(id.clone(), 4);
        }
        i.scores.insert(other.clone(), 2);
        p.initiatives.push(i);
    }
    assert_eq!(p.criterion_ratings(&id), 2);
    assert_eq!(p.criterion_ratings(&other), 3);
    assert_eq!(p.criterion_ratings("gone"), 0);
    let removed = p.remove_criterion(&id).expect("there");
    assert_eq!(removed.name, "Nytta");
    assert!(p.framework.criteria.iter().all(|c| c.id != id));
    assert_eq!(p.criterion_ratings(&id), 0);
    assert_eq!(p.criterion_ratings(&other), 3, "other ratings kept");
    assert_eq!(
        p.remove_criterion(&id),
        Err(CriterionError::NoSuchCriterion)
    );
}
