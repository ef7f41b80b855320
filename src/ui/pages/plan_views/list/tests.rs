//! The list's derivations on the example plan: order, blocked part, weights, filters, paging,
//! breakdown and sensitivity texts.

use super::model::*;
use crate::core::content::example::example_plan;
use crate::core::portfolio::{Filter, SortDir, SortKey};
use crate::core::{Plan, Stage};
use crate::ui::widgets::pager::{page_count, page_range_sized};

fn titles(d: &Derived, list: &[usize]) -> Vec<String> {
    list.iter().map(|&i| d.rows[i].title.clone()).collect()
}

fn set_weight(plan: &mut Plan, name: &str, weight: f64) {
    let c = plan.framework.criteria.iter_mut().find(|c| c.name == name);
    c.expect("criterion in the example").weight = weight;
}

const SIGNING: &str = "Digital signering och ankomstregistrering för socialjouren";
const LIBRARY: &str = "Gemensamt biblioteksdatasystem med självbetjäning";
const MEETINGS: &str = "Digitala möten som förstahandsval";
const ARCHIVE: &str = "Gemensamt e-arkiv för länets kommuner";

#[test]
fn ranked_by_score_with_blocked_apart() {
    let d = derive(&example_plan());
    let v = visible(&d, &Filter::default(), SortKey::Rank, SortDir::Asc);
    let ranked = titles(&d, &v.ranked);
    assert_eq!(ranked[..3], [SIGNING, LIBRARY, MEETINGS]);
    assert!(titles(&d, &v.blocked).contains(&ARCHIVE.to_string()));
    assert_eq!(v.ranked.len() + v.blocked.len(), 5);
    assert_eq!(v.total, 5);
    let archive = d.rows.iter().position(|r| r.title == ARCHIVE).unwrap();
    let row = row_view(&d, archive, "exempelplan").unwrap();
    assert!(
        row.gates.contains("Namngiven verksamhetsägare"),
        "{}",
        row.gates
    );
}

#[test]
fn a_weight_changes_the_order() {
    let mut plan = example_plan();
    set_weight(&mut plan, "Kostnad", 100.0);
    let d = derive(&plan);
    let v = visible(&d, &Filter::default(), SortKey::Rank, SortDir::Asc);
    assert_eq!(titles(&d, &v.ranked)[..3], [MEETINGS, SIGNING, LIBRARY]);
}

#[test]
fn sorts_and_filters() {
    let d = derive(&example_plan());
    let v = visible(&d, &Filter::default(), SortKey::Score, SortDir::Asc);
    assert_eq!(titles(&d, &v.ranked)[..3], [MEETINGS, LIBRARY, SIGNING]);
    let analys = Filter {
        stage: Some(Stage::Analys),
        ..Filter::default()
    };
    let v = visible(&d, &analys, SortKey::Rank, SortDir::Asc);
    assert_eq!(titles(&d, &v.ranked), [SIGNING]);
    assert_eq!(titles(&d, &v.blocked), [ARCHIVE]);
}

#[test]
fn breakdown_names_criterion_score_weight_and_points() {
    let d = derive(&example_plan());
    let row = row_view(&d, 0, "exempelplan").unwrap();
    assert_eq!(row.title, SIGNING);
    assert_eq!(row.score, "71,25");
    assert_eq!(row.rank, "1");
    let first = row.parts[0].replace('\u{a0}', " ");
    assert_eq!(first, "Angelägenhet: bedömning 4, vikt 25 % → 18,75 poäng");
    assert_eq!(
        row.href,
        "#/plan/exempelplan/initiativ/".to_string() + &row.id
    );
}

#[test]
fn sensitivity_is_stable_in_the_example_and_marks_close_places() {
    let d = derive(&example_plan());
    let row = row_view(&d, 0, "p").unwrap();
    assert_eq!(row.sensitivity, Some(("Stabil".to_string(), false)));
    assert_eq!(stability_counts(&d), (0, 3));

    let mut plan = example_plan();
    set_weight(&mut plan, "Kostnad", 2.0);
    let d = derive(&plan);
    let v = visible(&d, &Filter::default(), SortKey::Rank, SortDir::Asc);
    let marks: Vec<_> = v
        .ranked
        .iter()
        .filter_map(|&i| row_view(&d, i, "p").and_then(|r| r.sensitivity))
        .collect();
    assert_eq!(marks[0], ("Instabil: rang 1–2".to_string(), true));
    assert_eq!(marks[1], ("Instabil: rang 1–2".to_string(), true));
    assert_eq!(marks[2], ("Stabil".to_string(), false));
}

/// A page of the list as the list's pager shows it: the page, the page count and the rows.
fn page_of(list: &[usize], page: usize, size: usize) -> (usize, usize, &[usize]) {
    let (page, range) = page_range_sized(list.len(), page, size);
    (page, page_count(list.len(), size), &list[range])
}

#[test]
fn pages_are_clamped() {
    let list: Vec<usize> = (0..120).collect();
    let (page, pages, shown) = page_of(&list, 9, 50);
    assert_eq!((page, pages, shown.len(), shown[0]), (2, 3, 20, 100));
    let (page, pages, shown) = page_of(&list, 1, BLOCKED_PAGE);
    assert_eq!((page, pages, shown), (1, 12, &list[10..20]));
    let (page, pages, shown) = page_of(&[], 3, RANKED_PAGE);
    assert_eq!((page, pages, shown.len()), (0, 1, 0));
    let (_, _, shown) = page_of(&list, 0, 0);
    assert_eq!(shown, [0], "a page is never empty by its size");
}

#[test]
fn sorting_toggles_and_starts_best_first() {
    let next = next_sort((SortKey::Rank, SortDir::Asc), SortKey::Rank);
    assert_eq!(next, (SortKey::Rank, SortDir::Desc));
    let next = next_sort(next, SortKey::Score);
    assert_eq!(next, (SortKey::Score, SortDir::Desc));
    assert_eq!(
        next_sort(next, SortKey::Score),
        (SortKey::Score, SortDir::Asc)
    );
}
