//! Editing a plan's prioritisation criteria (docs/domain.md §2.5). A municipality owns its
//! criteria: names, weights, roles and the rubric text that explains each of the five levels.
//! A refused edit leaves the plan as it was, so the last valid value is kept.

use super::framework::Criterion;
use super::names::{unique_name, NameProblem};
use super::plan::Plan;

/// The number of levels a criterion is rated on; `rubric[i]` explains level `i + 1`.
pub const LEVELS: usize = 5;

/// Why a criterion edit was refused; the plan is left as it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CriterionError {
    #[error("the criterion's name is empty")]
    EmptyName,
    #[error("another criterion has this name")]
    DuplicateName,
    #[error("a rubric text is empty")]
    EmptyRubric,
    #[error("there is no such level")]
    NoSuchLevel,
    #[error("the plan has no such criterion")]
    NoSuchCriterion,
}

impl Plan {
    /// The name as it will be kept: trimmed, not empty, and not another criterion's (case and
    /// surrounding spaces do not make two criteria different to a reader).
    fn criterion_name(&self, name: &str, except: Option<&str>) -> Result<String, CriterionError> {
        let others = self
            .framework
            .criteria
            .iter()
            .filter(|c| Some(c.id.as_str()) != except)
            .map(|c| c.name.as_str());
        unique_name(name, others).map_err(|problem| match problem {
            NameProblem::Empty => CriterionError::EmptyName,
            NameProblem::Taken => CriterionError::DuplicateName,
        })
    }

    /// A name no criterion has yet: `base`, or `base 2`, `base 3`… for a new criterion, so
    /// adding two in a row never makes a duplicate.
    pub fn free_criterion_name(&self, base: &str) -> String {
        (1..)
            .map(|n| {
                if n == 1 {
                    base.to_string()
                } else {
                    format!("{base} {n}")
                }
            })
            .find(|name| self.criterion_name(name, None).is_ok())
            .unwrap_or_else(|| base.to_string())
    }

    /// Adds a criterion last, named `base` or the first free `base N`, with the given rubric
    /// (the generic texts for a new criterion), weight 10 and no role. Gives back its name.
    pub fn add_criterion(&mut self, id: String, base: &str, rubric: &[&str; LEVELS]) -> String {
        let name = self.free_criterion_name(base);
        self.framework.criteria.push(Criterion {
            id,
            name: name.clone(),
            weight: 10.0,
            description: String::new(),
            rubric: rubric.iter().map(|r| (*r).to_string()).collect(),
            inverted_wording: false,
            role: None,
        });
        name
    }

    pub fn rename_criterion(&mut self, id: &str, name: &str) -> Result<(), CriterionError> {
        let name = self.criterion_name(name, Some(id))?;
        self.criterion_mut(id)?.name = name;
        Ok(())
    }

    /// Sets the text that explains `level` (1–5). The text is trimmed and may not be empty: a
    /// level without an explanation cannot be defended to the forum. A rubric shorter than five
    /// texts (an older or imported plan) is filled with empty texts up to the level.
    pub fn set_rubric_text(
        &mut self,
        id: &str,
        level: usize,
        text: &str,
    ) -> Result<(), CriterionError> {
        if !(1..=LEVELS).contains(&level) {
            return Err(CriterionError::NoSuchLevel);
        }
        let text = text.trim();
        if text.is_empty() {
            return Err(CriterionError::EmptyRubric);
        }
        let rubric = &mut self.criterion_mut(id)?.rubric;
        if rubric.len() < level {
            rubric.resize(level, String::new());
        }
        rubric[level - 1] = text.to_string();
        Ok(())
    }

    /// How many initiatives have a rating on the criterion: said before it is removed.
    pub fn criterion_ratings(&self, id: &str) -> usize {
        self.initiatives
            .iter()
            .filter(|i| i.scores.contains_key(id))
            .count()
    }

    /// Removes a criterion and the ratings on it, and gives the criterion back.
    pub fn remove_criterion(&mut self, id: &str) -> Result<Criterion, CriterionError> {
        let at = self
            .framework
            .criteria
            .iter()
            .position(|c| c.id == id)
            .ok_or(CriterionError::NoSuchCriterion)?;
        for initiative in &mut self.initiatives {
            initiative.scores.remove(id);
        }
        Ok(self.framework.criteria.remove(at))
    }

    fn criterion_mut(&mut self, id: &str) -> Result<&mut Criterion, CriterionError> {
        self.framework
            .criteria
            .iter_mut()
            .find(|c| c.id == id)
            .ok_or(CriterionError::NoSuchCriterion)
    }
}
