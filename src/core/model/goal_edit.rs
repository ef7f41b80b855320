//! Editing a plan's goals. A municipality writes its own goals (docs/domain.md §3.5), so every
//! goal can be added, renamed, described, given a kind, reordered and removed. Initiatives and
//! activities link to goals by id; removing a goal moves its links to another goal or to the
//! work outside the goals, as the user chose, and never drops one silently.

use super::framework::{Goal, GoalKind};
use super::names::{unique_name, NameProblem};
use super::plan::Plan;

/// Why a goal edit was refused; the plan is left as it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum GoalError {
    #[error("the goal's name is empty")]
    EmptyName,
    #[error("another goal has this name")]
    DuplicateName,
    #[error("the plan has no such goal")]
    NoSuchGoal,
    #[error("the plan has no such initiative")]
    NoSuchInitiative,
    #[error("links cannot be moved to the goal being removed, or to one that is not there")]
    BadTarget,
    #[error("the plan has no such strategy area")]
    NoSuchArea,
}

/// What links to a goal, counted: said before the goal is removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GoalLinks {
    pub initiatives: usize,
    pub activities: usize,
}

impl GoalLinks {
    pub fn total(&self) -> usize {
        self.initiatives + self.activities
    }
}

impl Plan {
    /// The name as it will be kept: trimmed, not empty, and not another goal's (case and
    /// surrounding spaces do not make two goals different to a reader).
    fn goal_name(&self, name: &str, except: Option<&str>) -> Result<String, GoalError> {
        let others = self
            .framework
            .goals
            .iter()
            .filter(|g| Some(g.id.as_str()) != except)
            .map(|g| g.name.as_str());
        unique_name(name, others).map_err(|problem| match problem {
            NameProblem::Empty => GoalError::EmptyName,
            NameProblem::Taken => GoalError::DuplicateName,
        })
    }

    /// Adds a goal last.
    pub fn add_goal(&mut self, id: String, name: &str, kind: GoalKind) -> Result<(), GoalError> {
        let name = self.goal_name(name, None)?;
        self.framework.goals.push(Goal {
            id,
            name,
            kind,
            description: String::new(),
            area_id: None,
        });
        Ok(())
    }

    pub fn rename_goal(&mut self, id: &str, name: &str) -> Result<(), GoalError> {
        let name = self.goal_name(name, Some(id))?;
        self.goal_mut(id)?.name = name;
        Ok(())
    }

    pub fn set_goal_kind(&mut self, id: &str, kind: GoalKind) -> Result<(), GoalError> {
        self.goal_mut(id)?.kind = kind;
        Ok(())
    }

    pub fn describe_goal(&mut self, id: &str, description: &str) -> Result<(), GoalError> {
        self.goal_mut(id)?.description = description.to_string();
        Ok(())
    }

    /// Places an effektmål under a strategy area of the plan, or under none (docs/domain.md
    /// §3.5: seed 003 sets effektmål per national area).
    pub fn set_goal_area(&mut self, id: &str, area: Option<&str>) -> Result<(), GoalError> {
        if area.is_some_and(|a| self.framework.area(a).is_none()) {
            return Err(GoalError::NoSuchArea);
        }
        self.goal_mut(id)?.area_id = area.map(str::to_string);
        Ok(())
    }

    /// Moves a goal one place up (`up`) or down; false at either end or when it is gone. The
    /// order is the handlingsplan's order and its numbering.
    pub fn move_goal(&mut self, id: &str, up: bool) -> bool {
        let goals = &mut self.framework.goals;
        let Some(at) = goals.iter().position(|g| g.id == id) else {
            return false;
        };
        let to = if up { at.checked_sub(1) } else { Some(at + 1) };
        match to.filter(|&to| to < goals.len()) {
            Some(to) => {
                goals.swap(at, to);
                true
            }
            None => false,
        }
    }

    /// How many initiatives and activities link to the goal.
    pub fn goal_links(&self, id: &str) -> GoalLinks {
        GoalLinks {
            initiatives: self
                .initiatives
                .iter()
                .filter(|i| i.analysis.goal_ids.iter().any(|g| g == id))
                .count(),
            activities: self
                .activities
                .iter()
                .filter(|a| a.goal_id.as_deref() == Some(id))
                .count(),
        }
    }

    /// Removes a goal and gives it back. Its links move to `move_to` (another goal of the plan)
    /// or, with `None`, to the work outside the goals: activities join "övrigt arbete" and
    /// initiatives lose only this link. An initiative already linked to the target keeps one
    /// link.
    pub fn remove_goal(&mut self, id: &str, move_to: Option<&str>) -> Result<Goal, GoalError> {
        let at = self
            .framework
            .goals
            .iter()
            .position(|g| g.id == id)
            .ok_or(GoalError::NoSuchGoal)?;
        if let Some(target) = move_to {
            if target == id || self.framework.goal(target).is_none() {
                return Err(GoalError::BadTarget);
            }
        }
        for initiative in &mut self.initiatives {
            let links = &mut initiative.analysis.goal_ids;
            if !links.iter().any(|g| g == id) {
                continue;
            }
            match move_to {
                Some(target) if !links.iter().any(|g| g == target) => {
                    if let Some(first) = links.iter().position(|g| g == id) {
                        links[first] = target.to_string();
                    }
                    links.retain(|g| g != id);
                }
                _ => links.retain(|g| g != id),
            }
        }
        for activity in &mut self.activities {
            if activity.goal_id.as_deref() == Some(id) {
                activity.goal_id = move_to.map(str::to_string);
            }
        }
        Ok(self.framework.goals.remove(at))
    }

    /// Sets the goals an initiative links to, in the plan's goal order. A chosen goal that is no
    /// longer in the plan (removed in another view or tab while the form was open) refuses the
    /// whole change, so the form can say so and no link to a missing goal is ever written. Links
    /// the plan's goals cannot show (an imported link to an unknown id) are kept as they were.
    pub fn set_goal_links(
        &mut self,
        initiative_id: &str,
        chosen: &[String],
    ) -> Result<(), GoalError> {
        if chosen.iter().any(|id| self.framework.goal(id).is_none()) {
            return Err(GoalError::NoSuchGoal);
        }
        let ordered: Vec<String> = self
            .framework
            .goals
            .iter()
            .filter(|g| chosen.contains(&g.id))
            .map(|g| g.id.clone())
            .collect();
        let goals = &self.framework.goals;
        let initiative = self
            .initiatives
            .iter_mut()
            .find(|i| i.id == initiative_id)
            .ok_or(GoalError::NoSuchInitiative)?;
        let links = &mut initiative.analysis.goal_ids;
        links.retain(|id| !goals.iter().any(|g| &g.id == id));
        links.extend(ordered);
        Ok(())
    }

    fn goal_mut(&mut self, id: &str) -> Result<&mut Goal, GoalError> {
        self.framework
            .goals
            .iter_mut()
            .find(|g| g.id == id)
            .ok_or(GoalError::NoSuchGoal)
    }
}
