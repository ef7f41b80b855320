//! How alike two needs are: TF-IDF weighted cosine over word stems and the character 4-grams of
//! those stems (so that compounds such as "arkivlösning" and "e-arkiv" still meet), plus a small
//! weight for shared target groups and national areas (docs/domain.md §7.1).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::normalise::{terms, Term};
use crate::core::model::initiative::TargetGroup;

/// What the similarity reads of one initiative; built by the caller from any plan.
#[derive(Clone, Debug, Default)]
pub struct NeedText {
    pub title: String,
    /// Problem and current situation.
    pub body: String,
    pub target_groups: BTreeSet<TargetGroup>,
    /// Ids of national strategy areas (shared by every plan, content/strategies.rs).
    pub areas: BTreeSet<String>,
}

/// A title word counts this much more than a word of the problem text.
const TITLE_WEIGHT: f64 = 2.5;
/// Character 4-grams count this much of a whole word.
const GRAM_WEIGHT: f64 = 0.25;
/// What a shared target group or national area adds to the text similarity, at most.
const STRUCTURE_WEIGHT: f64 = 0.08;

/// One initiative prepared for comparison: its weighted features and the words it was built from.
#[derive(Clone, Debug, Default)]
pub struct Profile {
    features: HashMap<String, f64>,
    /// Stem → the word as first written (title first), for the reason text.
    surfaces: BTreeMap<String, String>,
    title_stems: BTreeSet<String>,
    target_groups: BTreeSet<TargetGroup>,
    areas: BTreeSet<String>,
    norm: f64,
}

impl Profile {
    /// The word stems of this initiative; used to find candidate pairs without comparing all.
    pub fn stems(&self) -> impl Iterator<Item = &String> {
        self.surfaces.keys()
    }
}

/// The result of comparing two initiatives.
#[derive(Clone, Debug, PartialEq)]
pub struct Similarity {
    /// 0 (nothing in common) to 1 (the same text).
    pub score: f64,
    /// Shared words as written, strongest first (at most five).
    pub shared_words: Vec<String>,
    pub shared_target_groups: Vec<TargetGroup>,
    pub shared_areas: Vec<String>,
    /// Whether a shared word is in both titles.
    pub title_in_common: bool,
}

fn grams(stem: &str) -> Vec<String> {
    let padded: Vec<char> = format!("_{stem}_").chars().collect();
    if padded.len() < 4 {
        return vec![padded.iter().collect()];
    }
    padded.windows(4).map(|w| w.iter().collect()).collect()
}

fn add_terms(raw: &mut HashMap<String, f64>, found: &[Term], weight: f64) {
    for term in found {
        let weight = weight * term.weight;
        *raw.entry(format!("w:{}", term.stem)).or_default() += weight;
        for gram in grams(&term.stem) {
            *raw.entry(format!("c:{gram}")).or_default() += weight * GRAM_WEIGHT;
        }
    }
}

/// Builds the profiles of a set of initiatives together, as the weights of words depend on how
/// many of them use each word (a word every plan uses tells little).
pub fn profiles(needs: &[NeedText]) -> Vec<Profile> {
    let mut raws = Vec::with_capacity(needs.len());
    let mut document_frequency: HashMap<String, usize> = HashMap::new();
    for need in needs {
        let title = terms(&need.title);
        let body = terms(&need.body);
        let mut raw = HashMap::new();
        add_terms(&mut raw, &title, TITLE_WEIGHT);
        add_terms(&mut raw, &body, 1.0);
        for feature in raw.keys() {
            *document_frequency.entry(feature.clone()).or_default() += 1;
        }
        let mut surfaces = BTreeMap::new();
        for term in title.iter().chain(&body) {
            surfaces
                .entry(term.stem.clone())
                .or_insert_with(|| term.surface.clone());
        }
        let title_stems = title.into_iter().map(|t| t.stem).collect();
        raws.push((raw, surfaces, title_stems));
    }
    let count = needs.len() as f64;
    raws.into_iter()
        .zip(needs)
        .map(|((raw, surfaces, title_stems), need)| {
            let features: HashMap<String, f64> = raw
                .into_iter()
                .map(|(feature, tf)| {
                    let df = document_frequency.get(&feature).copied().unwrap_or(1) as f64;
                    let idf = ((count + 1.0) / (df + 1.0)).ln() + 1.0;
                    (feature, (1.0 + tf.ln().max(-1.0)) * idf)
                })
                .collect();
            let norm = features.values().map(|v| v * v).sum::<f64>().sqrt();
            Profile {
                features,
                surfaces,
                title_stems,
                target_groups: need.target_groups.clone(),
                areas: need.areas.clone(),
                norm,
            }
        })
        .collect()
}

/// How alike two prepared initiatives are, and why.
pub fn compare(a: &Profile, b: &Profile) -> Similarity {
    let (small, large) = if a.features.len() <= b.features.len() {
        (a, b)
    } else {
        (b, a)
    };
    let mut dot = 0.0;
    let mut words: Vec<(f64, String)> = Vec::new();
    for (feature, weight) in &small.features {
        if let Some(other) = large.features.get(feature) {
            dot += weight * other;
            if let Some(stem) = feature.strip_prefix("w:") {
                words.push((weight * other, stem.to_string()));
            }
        }
    }
    let text = if a.norm > 0.0 && b.norm > 0.0 {
        (dot / (a.norm * b.norm)).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let shared_target_groups: Vec<TargetGroup> = a
        .target_groups
        .intersection(&b.target_groups)
        .copied()
        .collect();
    let shared_areas: Vec<String> = a.areas.intersection(&b.areas).cloned().collect();
    let structure = (f64::from(u8::from(!shared_target_groups.is_empty()))
        + f64::from(u8::from(!shared_areas.is_empty())))
        / 2.0;
    words.sort_by(|x, y| y.0.total_cmp(&x.0).then_with(|| x.1.cmp(&y.1)));
    let title_in_common = words
        .iter()
        .any(|(_, stem)| a.title_stems.contains(stem) && b.title_stems.contains(stem));
    let shared_words = words
        .iter()
        .take(5)
        .map(|(_, stem)| {
            a.surfaces
                .get(stem)
                .cloned()
                .unwrap_or_else(|| stem.clone())
        })
        .collect();
    Similarity {
        score: (text * (1.0 - STRUCTURE_WEIGHT) + structure * STRUCTURE_WEIGHT * text.sqrt())
            .clamp(0.0, 1.0),
        shared_words,
        shared_target_groups,
        shared_areas,
        title_in_common,
    }
}
