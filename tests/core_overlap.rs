//! The overlap measure of the samverkan view: normalisation, fixed cases on both sides of the
//! line, the user's choices, and precision and recall on a hand-made corpus
//! (tests/fixtures/overlap_corpus.json).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};

use beredning::core::model::initiative::TargetGroup;
use beredning::core::overlap::groups::{find_overlaps, pair_key, Choice, Choices};
use beredning::core::overlap::normalise::{fold, stem, terms};
use beredning::core::overlap::similarity::{compare, profiles, NeedText};
use beredning::core::{Initiative, Plan};
use proptest::prelude::*;
use serde::Deserialize;

fn stems(text: &str) -> Vec<String> {
    terms(text).into_iter().map(|t| t.stem).collect()
}

#[test]
fn spellings_of_one_word_meet() {
    assert_eq!(stems("e-arkiv"), stems("E-arkivet"));
    assert_eq!(stems("earkiv"), stems("e-arkivet"));
    assert_eq!(stems("Äldreboenden"), stems("äldreboende"));
    assert_eq!(stems("skolor"), stems("skolan"));
    assert_eq!(
        fold("Förskola, på Öster-Mälarstrand!"),
        "forskola pa ostermalarstrand"
    );
}

#[test]
fn stop_words_and_numbers_are_dropped_but_the_written_word_is_kept() {
    let found = terms("Wifi i äldreboenden och på 12 skolor");
    let surfaces: Vec<&str> = found.iter().map(|t| t.surface.as_str()).collect();
    assert_eq!(surfaces, ["Wifi", "äldreboenden", "skolor"]);
    assert_eq!(stem("ab"), "ab");
}

fn need(title: &str, body: &str) -> NeedText {
    NeedText {
        title: title.into(),
        body: body.into(),
        ..NeedText::default()
    }
}

/// Scores of the first text against each of the others, in one corpus (the weights of words
/// depend on the whole set, as in the view).
fn scores(texts: &[NeedText]) -> Vec<f64> {
    let p = profiles(texts);
    p[1..]
        .iter()
        .map(|other| compare(&p[0], other).score)
        .collect()
}

#[test]
fn same_need_in_other_words_scores_above_the_line_and_same_word_other_need_below() {
    let corpus = [
        need(
            "Wifi i äldreboenden",
            "Boende och personal på äldreboenden saknar trådlöst nätverk för välfärdsteknik.",
        ),
        need(
            "Trådlöst nätverk på särskilda boenden",
            "Äldre på särskilda boenden och personalen saknar nätverk för välfärdsteknik.",
        ),
        need(
            "Wifi på skolor",
            "Elever och lärare i grundskolan har svag täckning i klassrummen.",
        ),
        need("Byte av lönesystem", "Lönesystemets avtal löper ut."),
    ];
    let s = scores(&corpus);
    let line = beredning::core::overlap::groups::MATCH_THRESHOLD;
    assert!(s[0] >= line, "same need, other words: {}", s[0]);
    assert!(s[1] < line, "same word, other need: {}", s[1]);
    assert!(s[2] < 0.05, "nothing in common: {}", s[2]);
}

#[test]
fn a_match_says_which_words_it_shares() {
    let p = profiles(&[
        need("Införa e-arkiv", "Handlingar ska bevaras."),
        need(
            "E-arkivet för slutarkivering",
            "Digitala handlingar bevaras inte.",
        ),
    ]);
    let s = compare(&p[0], &p[1]);
    assert!(s.title_in_common);
    assert_eq!(s.shared_words.first().map(String::as_str), Some("e-arkiv"));
    assert!(s.shared_words.iter().any(|w| w == "Handlingar"));
}

#[derive(Deserialize)]
struct Corpus {
    initiatives: Vec<Entry>,
}

#[derive(Deserialize)]
struct Entry {
    id: String,
    org: String,
    title: String,
    problem: String,
    situation: String,
    target_groups: Vec<TargetGroup>,
    same_need: Option<String>,
}

fn corpus() -> (Vec<Plan>, Vec<Entry>) {
    let text = include_str!("fixtures/overlap_corpus.json");
    let corpus: Corpus = serde_json::from_str(text).expect("the corpus fixture is valid JSON");
    let mut plans: BTreeMap<String, Plan> = BTreeMap::new();
    for e in &corpus.initiatives {
        let plan = plans
            .entry(e.org.clone())
            .or_insert_with(|| Plan::blank(format!("plan-{}", e.org), &e.org, "2026-01-01"));
        let mut i = Initiative::new(e.id.clone(), &e.title, "2026-01-01");
        i.need.problem = e.problem.clone();
        i.need.current_situation = e.situation.clone();
        i.need.target_groups = e.target_groups.clone();
        plan.initiatives.push(i);
    }
    (plans.into_values().collect(), corpus.initiatives)
}

type PairSet = BTreeSet<(String, String)>;

fn ordered(a: &str, b: &str) -> (String, String) {
    if a < b {
        (a.into(), b.into())
    } else {
        (b.into(), a.into())
    }
}

/// By initiative id: every pair the grouping puts together (a group of three is three pairs),
/// and the pairs proposed directly, each with its reason.
fn predicted(plans: &[Plan], choices: &Choices) -> (PairSet, PairSet) {
    let refs: Vec<&Plan> = plans.iter().collect();
    let mut grouped = PairSet::new();
    let mut direct = PairSet::new();
    for g in find_overlaps(&refs, choices).groups {
        for (n, a) in g.members.iter().enumerate() {
            for b in &g.members[n + 1..] {
                grouped.insert(ordered(&a.initiative_id, &b.initiative_id));
            }
        }
        for p in &g.pairs {
            direct.insert(ordered(&p.a.initiative_id, &p.b.initiative_id));
        }
    }
    (grouped, direct)
}

fn precision_recall(found: &PairSet, truth: &PairSet) -> (f64, f64) {
    let hits = found.intersection(truth).count() as f64;
    (
        hits / found.len().max(1) as f64,
        hits / truth.len().max(1) as f64,
    )
}

fn truth(entries: &[Entry]) -> PairSet {
    let mut out = PairSet::new();
    for (n, a) in entries.iter().enumerate() {
        for b in &entries[n + 1..] {
            if a.same_need.is_some() && a.same_need == b.same_need && a.org != b.org {
                out.insert(ordered(&a.id, &b.id));
            }
        }
    }
    out
}

/// The figures reached when the threshold was chosen (0,23; grouped: precision 0,71, recall
/// 0,83; direct pairs: precision 0,83, recall 0,83); the test holds them so a change to the
/// measure that makes matching worse fails here. Printed with `--nocapture`.
#[test]
fn precision_and_recall_on_the_corpus() {
    let (plans, entries) = corpus();
    assert!(entries.len() >= 40 && plans.len() >= 5);
    let truth = truth(&entries);
    let (grouped, direct) = predicted(&plans, &Choices::new());
    let (group_precision, group_recall) = precision_recall(&grouped, &truth);
    let (pair_precision, pair_recall) = precision_recall(&direct, &truth);
    println!(
        "overlap corpus: {} initiatives in {} plans, {} true pairs; grouped: {} pairs, \
         precision {:.2}, recall {:.2}; direct: {} pairs, precision {:.2}, recall {:.2}",
        entries.len(),
        plans.len(),
        truth.len(),
        grouped.len(),
        group_precision,
        group_recall,
        direct.len(),
        pair_precision,
        pair_recall
    );
    for pair in grouped.difference(&truth) {
        println!("  false match: {pair:?}");
    }
    for pair in truth.difference(&grouped) {
        println!("  missed: {pair:?}");
    }
    assert!(
        group_precision >= 0.70,
        "grouped precision {group_precision}"
    );
    assert!(group_recall >= 0.83, "grouped recall {group_recall}");
    assert!(pair_precision >= 0.83, "direct precision {pair_precision}");
    assert!(pair_recall >= 0.83, "direct recall {pair_recall}");
}

fn plan_of(id: &str, initiatives: &[(&str, &str, &str)]) -> Plan {
    let mut plan = Plan::blank(id.into(), id, "2026-01-01");
    for (iid, title, problem) in initiatives {
        let mut i = Initiative::new((*iid).into(), title, "2026-01-01");
        i.need.problem = (*problem).into();
        plan.initiatives.push(i);
    }
    plan
}

#[test]
fn the_users_choice_wins_over_the_measure_and_is_kept_by_key() {
    let ours = plan_of(
        "ours",
        &[
            ("a", "Införa e-arkiv", "Handlingar ska bevaras digitalt."),
            ("b", "Byte av lönesystem", "Avtalet löper ut."),
        ],
    );
    let theirs = plan_of(
        "theirs",
        &[
            ("x", "E-arkivet", "Digitala handlingar bevaras inte."),
            ("y", "Nytt HR-system", "Chefer saknar självservice."),
        ],
    );
    let plans = [&ours, &theirs];
    let none = find_overlaps(&plans, &Choices::new());
    assert_eq!(none.groups.len(), 1, "only the archive pair: {none:?}");
    assert_eq!(
        none.groups[0].pairs[0].key,
        pair_key("theirs", "x", "ours", "a")
    );

    let mut choices = Choices::new();
    choices.insert(pair_key("ours", "a", "theirs", "x"), Choice::Dismissed);
    choices.insert(pair_key("ours", "b", "theirs", "y"), Choice::Confirmed);
    let chosen = find_overlaps(&plans, &choices);
    assert_eq!(chosen.dismissed.len(), 1);
    assert_eq!(chosen.groups.len(), 1);
    let ids: Vec<&str> = chosen.groups[0]
        .members
        .iter()
        .map(|m| m.initiative_id.as_str())
        .collect();
    assert_eq!(ids, ["b", "y"]);
}

#[test]
fn initiatives_of_one_plan_are_never_paired() {
    let one = plan_of(
        "one",
        &[
            ("a", "Införa e-arkiv", "Handlingar ska bevaras."),
            ("b", "Införa e-arkiv", "Handlingar ska bevaras."),
        ],
    );
    assert!(find_overlaps(&[&one], &Choices::new()).groups.is_empty());
}

proptest! {
    #[test]
    fn any_text_is_normalised_without_panic(a in ".{0,200}", b in ".{0,200}") {
        let p = profiles(&[need(&a, &b), need(&b, &a)]);
        let s = compare(&p[0], &p[1]);
        prop_assert!((0.0..=1.0).contains(&s.score));
        prop_assert_eq!(pair_key("p", &a, "q", &b), pair_key("q", &b, "p", &a));
    }

    #[test]
    fn a_text_is_most_like_itself(words in proptest::collection::vec("[a-zåäö]{3,10}", 1..12)) {
        let text = words.join(" ");
        let p = profiles(&[need(&text, ""), need(&text, ""), need("Byte av lönesystem", "")]);
        let same = compare(&p[0], &p[1]).score;
        let other = compare(&p[0], &p[2]).score;
        prop_assert!(same >= other);
    }
}
