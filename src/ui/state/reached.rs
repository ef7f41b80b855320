//! Which initiatives the edits to each plan reached since this tab last wrote it: the save's
//! hint (`persistence::write::Changed`), so that it compares only those initiatives with what is
//! stored. A plan not listed may have changed anywhere, and every save of it compares all its
//! initiatives; only an edit given one initiative or the framework alone keeps a plan listed.
//!
//! A short list, not a map: a person has a handful of plans, and a map of a new type was 7 KB
//! of the first download (its sort and tree code).

use std::collections::BTreeSet;

use crate::persistence::write::Changed;

#[derive(Debug, Default)]
pub struct Reached(Vec<(String, BTreeSet<String>)>);

impl Reached {
    /// Every plan in `ids` was just read or written: nothing reached since.
    pub fn read(ids: impl IntoIterator<Item = String>) -> Self {
        Self(ids.into_iter().map(|id| (id, BTreeSet::new())).collect())
    }

    /// The plan was written as it is: nothing reached since.
    pub fn written(&mut self, plan: &str) {
        self.forget(plan);
        self.0.push((plan.to_string(), BTreeSet::new()));
    }

    /// The plan changed in a way no edit named: it may have changed anywhere.
    pub fn forget(&mut self, plan: &str) {
        self.0.retain(|(id, _)| id != plan);
    }

    /// An edit reached what `changed` says: only some initiatives of the plan (and its own
    /// fields), which are added to those reached since the last write, or anything.
    pub fn note(&mut self, plan: &str, changed: Changed) {
        let Changed::Initiatives(initiatives) = changed else {
            return self.forget(plan);
        };
        if let Some((_, reached)) = self.0.iter_mut().find(|(id, _)| id == plan) {
            for initiative in initiatives {
                reached.insert(initiative);
            }
        }
    }

    /// What the save of the plan may take as unchanged.
    pub fn hint(&self, plan: &str) -> Changed {
        match self.0.iter().find(|(id, _)| id == plan) {
            Some((_, reached)) => Changed::Initiatives(reached.clone()),
            None => Changed::Anything,
        }
    }
}
