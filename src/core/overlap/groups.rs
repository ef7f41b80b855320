//! Initiatives of several plans grouped where they overlap (docs/domain.md §7.1). Pairs are only
//! made across plans: two initiatives of one plan are that plan's own business.
//!
//! The user's word wins over the measure: a confirmed pair is grouped whatever its score, a
//! dismissed pair never is (it is listed apart so the choice can be taken back).

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use super::similarity::{compare, profiles, NeedText, Similarity};
use crate::core::{Initiative, Plan};

/// Pairs scoring at least this are proposed as overlapping. Chosen on the corpus in
/// `tests/fixtures/overlap_corpus.json` (precision and recall in tests/core_overlap.rs).
pub const MATCH_THRESHOLD: f64 = 0.23;
/// Pairs scoring at least this are called strong.
pub const STRONG_THRESHOLD: f64 = 0.35;
/// A word used by more than this share of all initiatives does not by itself make a candidate.
const COMMON_WORD_SHARE: f64 = 0.25;

/// The user's verdict on a proposed pair, kept between visits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Choice {
    Confirmed,
    Dismissed,
}

/// The user's verdicts, by [`pair_key`].
pub type Choices = BTreeMap<String, Choice>;

/// One initiative of one of the compared plans.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Member {
    /// Position of the plan in the slice given to [`find_overlaps`].
    pub plan: usize,
    pub initiative_id: String,
}

/// How strong a proposed pair is, in words the user reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Strength {
    Strong,
    Likely,
}

/// Two initiatives of different plans that look like the same need.
#[derive(Clone, Debug, PartialEq)]
pub struct Pair {
    pub a: Member,
    pub b: Member,
    /// The key the user's choice is kept under.
    pub key: String,
    pub similarity: Similarity,
    pub choice: Option<Choice>,
}

impl Pair {
    pub fn strength(&self) -> Strength {
        if self.similarity.score >= STRONG_THRESHOLD || self.choice == Some(Choice::Confirmed) {
            Strength::Strong
        } else {
            Strength::Likely
        }
    }
}

/// Initiatives that overlap, with the pairs that tie them together.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    pub members: Vec<Member>,
    pub pairs: Vec<Pair>,
}

/// What the samverkan view shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Overlaps {
    /// Strongest group first.
    pub groups: Vec<Group>,
    /// Pairs the user dismissed, so the choice can be undone.
    pub dismissed: Vec<Pair>,
}

/// The key a choice is kept under: both plan ids and initiative ids, in a fixed order, so the
/// choice survives reordering the plans and re-imports of the same plans.
pub fn pair_key(plan_a: &str, initiative_a: &str, plan_b: &str, initiative_b: &str) -> String {
    let one = format!("{plan_a}/{initiative_a}");
    let two = format!("{plan_b}/{initiative_b}");
    if one <= two {
        format!("{one}|{two}")
    } else {
        format!("{two}|{one}")
    }
}

/// What the similarity reads of an initiative.
pub fn need_text(initiative: &Initiative) -> NeedText {
    NeedText {
        title: initiative.title.clone(),
        body: format!(
            "{}\n{}",
            initiative.need.problem, initiative.need.current_situation
        ),
        target_groups: initiative.need.target_groups.iter().copied().collect(),
        areas: initiative.analysis.area_ids.iter().cloned().collect(),
    }
}

/// Finds the overlapping initiatives of `plans`, applying the user's `choices`.
pub fn find_overlaps(plans: &[&Plan], choices: &Choices) -> Overlaps {
    let members: Vec<(Member, &str)> = plans
        .iter()
        .enumerate()
        .flat_map(|(plan, p)| {
            p.initiatives.iter().map(move |i| {
                (
                    Member {
                        plan,
                        initiative_id: i.id.clone(),
                    },
                    p.id.as_str(),
                )
            })
        })
        .collect();
    let needs: Vec<NeedText> = plans
        .iter()
        .flat_map(|p| p.initiatives.iter().map(need_text))
        .collect();
    let prepared = profiles(&needs);
    let mut pairs = Vec::new();
    for (i, j) in candidates(&members, &prepared, choices) {
        let (a, plan_a) = &members[i];
        let (b, plan_b) = &members[j];
        let key = pair_key(plan_a, &a.initiative_id, plan_b, &b.initiative_id);
        let choice = choices.get(&key).copied();
        let similarity = compare(&prepared[i], &prepared[j]);
        if similarity.score >= MATCH_THRESHOLD || choice.is_some() {
            pairs.push(Pair {
                a: a.clone(),
                b: b.clone(),
                key,
                similarity,
                choice,
            });
        }
    }
    let (dismissed, kept): (Vec<Pair>, Vec<Pair>) = pairs
        .into_iter()
        .partition(|p| p.choice == Some(Choice::Dismissed));
    Overlaps {
        groups: group(kept),
        dismissed,
    }
}

/// Index pairs (i < j, different plans) that share a telling word or have a user choice.
fn candidates(
    members: &[(Member, &str)],
    prepared: &[super::similarity::Profile],
    choices: &Choices,
) -> Vec<(usize, usize)> {
    let mut postings: HashMap<&String, Vec<usize>> = HashMap::new();
    for (index, profile) in prepared.iter().enumerate() {
        for stem in profile.stems() {
            postings.entry(stem).or_default().push(index);
        }
    }
    let limit = ((members.len() as f64) * COMMON_WORD_SHARE).max(4.0) as usize;
    let mut found = std::collections::BTreeSet::new();
    for list in postings.values().filter(|l| l.len() <= limit) {
        for (n, &i) in list.iter().enumerate() {
            for &j in &list[n + 1..] {
                if members[i].0.plan != members[j].0.plan {
                    found.insert((i.min(j), i.max(j)));
                }
            }
        }
    }
    if !choices.is_empty() {
        for i in 0..members.len() {
            for j in i + 1..members.len() {
                let (a, plan_a) = &members[i];
                let (b, plan_b) = &members[j];
                if a.plan != b.plan
                    && choices.contains_key(&pair_key(
                        plan_a,
                        &a.initiative_id,
                        plan_b,
                        &b.initiative_id,
                    ))
                {
                    found.insert((i, j));
                }
            }
        }
    }
    found.into_iter().collect()
}

/// Connected pairs become one group; strongest group first, then by first member.
fn group(pairs: Vec<Pair>) -> Vec<Group> {
    let mut parent: BTreeMap<Member, Member> = BTreeMap::new();
    fn root(parent: &BTreeMap<Member, Member>, m: &Member) -> Member {
        let mut at = m.clone();
        while let Some(up) = parent.get(&at).filter(|up| **up != at) {
            at = up.clone();
        }
        at
    }
    for pair in &pairs {
        let ra = root(&parent, &pair.a);
        let rb = root(&parent, &pair.b);
        parent.entry(ra.clone()).or_insert_with(|| ra.clone());
        parent.entry(rb.clone()).or_insert_with(|| rb.clone());
        if ra != rb {
            let (low, high) = if ra < rb { (ra, rb) } else { (rb, ra) };
            parent.insert(high, low);
        }
    }
    let mut groups: BTreeMap<Member, Group> = BTreeMap::new();
    for pair in pairs {
        let r = root(&parent, &pair.a);
        let g = groups.entry(r).or_insert_with(|| Group {
            members: Vec::new(),
            pairs: Vec::new(),
        });
        for m in [&pair.a, &pair.b] {
            if !g.members.contains(m) {
                g.members.push(m.clone());
            }
        }
        g.pairs.push(pair);
    }
    let mut out: Vec<Group> = groups.into_values().collect();
    for g in &mut out {
        g.members.sort();
        g.pairs
            .sort_by(|x, y| y.similarity.score.total_cmp(&x.similarity.score));
    }
    out.sort_by(|x, y| {
        let best = |g: &Group| g.pairs.first().map_or(0.0, |p| p.similarity.score);
        best(y)
            .total_cmp(&best(x))
            .then_with(|| x.members.cmp(&y.members))
    });
    out
}
