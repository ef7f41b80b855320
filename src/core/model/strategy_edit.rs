//! Editing a plan's strategies, their areas and the mapping table between them. A plan owns its
//! framework (docs/domain.md §3), so areas can be renamed, described, added and removed and a
//! third lens added. Removing an area removes its mapping rows and links; the page asks first,
//! saying how many there are (`Plan::area_links`), and offers undo.

use super::plan::Plan;
use super::strategy::{Area, AreaMapping, Strategy};

/// Why a strategy edit was refused; the plan is left as it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum StrategyError {
    #[error("the name is empty")]
    EmptyName,
    #[error("another strategy, or another area of this strategy, has this name")]
    DuplicateName,
    #[error("the plan has no such strategy")]
    NoSuchStrategy,
    #[error("the plan has no such area")]
    NoSuchArea,
    #[error("an area cannot be mapped to an area of its own strategy")]
    SameStrategy,
}

/// What links to an area, counted: said before the area is removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AreaLinks {
    pub initiatives: usize,
    pub goals: usize,
    /// Mapping rows that name the area at either end.
    pub mappings: usize,
}

impl AreaLinks {
    pub fn total(&self) -> usize {
        self.initiatives + self.goals + self.mappings
    }
}

/// Trimmed, not empty, and not among `taken` (case and surrounding spaces aside).
fn clean<'a>(
    name: &str,
    mut taken: impl Iterator<Item = &'a str>,
) -> Result<String, StrategyError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(StrategyError::EmptyName);
    }
    let key = name.to_lowercase();
    if taken.any(|t| t.trim().to_lowercase() == key) {
        return Err(StrategyError::DuplicateName);
    }
    Ok(name.to_string())
}

impl Plan {
    fn strategy_mut(&mut self, id: &str) -> Result<&mut Strategy, StrategyError> {
        self.framework
            .strategies
            .iter_mut()
            .find(|s| s.id == id)
            .ok_or(StrategyError::NoSuchStrategy)
    }

    fn area_mut(&mut self, id: &str) -> Result<&mut Area, StrategyError> {
        self.framework
            .strategies
            .iter_mut()
            .flat_map(|s| s.areas.iter_mut())
            .find(|a| a.id == id)
            .ok_or(StrategyError::NoSuchArea)
    }

    /// Adds a strategy last, without areas (a region's own goals as a third lens).
    pub fn add_strategy(&mut self, id: String, name: &str) -> Result<(), StrategyError> {
        let strategies = &self.framework.strategies;
        let name = clean(name, strategies.iter().map(|s| s.name.as_str()))?;
        self.framework.strategies.push(Strategy {
            id,
            name,
            description: String::new(),
            areas: Vec::new(),
        });
        Ok(())
    }

    pub fn rename_strategy(&mut self, id: &str, name: &str) -> Result<(), StrategyError> {
        let others = self.framework.strategies.iter().filter(|s| s.id != id);
        let name = clean(name, others.map(|s| s.name.as_str()))?;
        self.strategy_mut(id)?.name = name;
        Ok(())
    }

    /// Chooses the strategy the plan reads by.
    pub fn set_lens(&mut self, id: &str) -> Result<(), StrategyError> {
        if self.framework.strategy(id).is_none() {
            return Err(StrategyError::NoSuchStrategy);
        }
        self.framework.lens = Some(id.to_string());
        Ok(())
    }

    /// Adds an area last in its strategy. Names are unique within a strategy only: both
    /// national strategies have a *digital kompetens*.
    pub fn add_area(
        &mut self,
        strategy: &str,
        id: String,
        name: &str,
    ) -> Result<(), StrategyError> {
        let s = self.strategy_mut(strategy)?;
        let name = clean(name, s.areas.iter().map(|a| a.name.as_str()))?;
        s.areas.push(Area {
            id,
            name,
            description: String::new(),
        });
        Ok(())
    }

    pub fn rename_area(&mut self, id: &str, name: &str) -> Result<(), StrategyError> {
        let (strategy, _) = self.framework.area(id).ok_or(StrategyError::NoSuchArea)?;
        let others = strategy.areas.iter().filter(|a| a.id != id);
        let name = clean(name, others.map(|a| a.name.as_str()))?;
        self.area_mut(id)?.name = name;
        Ok(())
    }

    pub fn describe_area(&mut self, id: &str, description: &str) -> Result<(), StrategyError> {
        self.area_mut(id)?.description = description.to_string();
        Ok(())
    }

    /// How many initiatives, goals and mapping rows name the area.
    pub fn area_links(&self, id: &str) -> AreaLinks {
        AreaLinks {
            initiatives: self
                .initiatives
                .iter()
                .filter(|i| i.analysis.area_ids.iter().any(|a| a == id))
                .count(),
            goals: self
                .framework
                .goals
                .iter()
                .filter(|g| g.area_id.as_deref() == Some(id))
                .count(),
            mappings: self
                .framework
                .area_mapping
                .iter()
                .filter(|m| m.from == id || m.to.iter().any(|t| t == id))
                .count(),
        }
    }

    /// Removes an area and gives it back, with its links: initiatives lose the link, goals no
    /// longer sit under it, and mapping rows drop it (a row left without either end goes).
    pub fn remove_area(&mut self, id: &str) -> Result<Area, StrategyError> {
        let strategy = self
            .framework
            .strategies
            .iter_mut()
            .find(|s| s.areas.iter().any(|a| a.id == id))
            .ok_or(StrategyError::NoSuchArea)?;
        let at = strategy.areas.iter().position(|a| a.id == id);
        let area = at
            .map(|at| strategy.areas.remove(at))
            .ok_or(StrategyError::NoSuchArea)?;
        self.forget_area(id);
        Ok(area)
    }

    /// Removes a strategy with all its areas and their links; the lens falls back to the first
    /// strategy left when it was this one.
    pub fn remove_strategy(&mut self, id: &str) -> Result<Strategy, StrategyError> {
        let strategies = &mut self.framework.strategies;
        let at = strategies
            .iter()
            .position(|s| s.id == id)
            .ok_or(StrategyError::NoSuchStrategy)?;
        let strategy = strategies.remove(at);
        for area in &strategy.areas {
            self.forget_area(&area.id);
        }
        if self.framework.lens.as_deref() == Some(id) {
            self.framework.lens = self.framework.strategies.first().map(|s| s.id.clone());
        }
        Ok(strategy)
    }

    /// How many links the strategy's areas have together, said before it is removed.
    pub fn strategy_links(&self, id: &str) -> AreaLinks {
        let areas = self.framework.strategy(id).map(|s| s.areas.as_slice());
        areas
            .unwrap_or_default()
            .iter()
            .map(|a| self.area_links(&a.id))
            .fold(AreaLinks::default(), |sum, l| AreaLinks {
                initiatives: sum.initiatives + l.initiatives,
                goals: sum.goals + l.goals,
                mappings: sum.mappings + l.mappings,
            })
    }

    fn forget_area(&mut self, id: &str) {
        for initiative in &mut self.initiatives {
            initiative.analysis.area_ids.retain(|a| a != id);
        }
        for goal in &mut self.framework.goals {
            if goal.area_id.as_deref() == Some(id) {
                goal.area_id = None;
            }
        }
        let mapping = &mut self.framework.area_mapping;
        for row in mapping.iter_mut() {
            row.to.retain(|t| t != id);
        }
        mapping.retain(|row| row.from != id && !row.to.is_empty());
    }

    /// Ties `from` to `to` in the mapping table, or unties them (`on` false). Both must be areas
    /// of the plan, of different strategies. Untying the last target of a row removes the row.
    pub fn set_mapping(&mut self, from: &str, to: &str, on: bool) -> Result<(), StrategyError> {
        let (a, _) = self.framework.area(from).ok_or(StrategyError::NoSuchArea)?;
        let (b, _) = self.framework.area(to).ok_or(StrategyError::NoSuchArea)?;
        if a.id == b.id {
            return Err(StrategyError::SameStrategy);
        }
        let mapping = &mut self.framework.area_mapping;
        match mapping.iter_mut().find(|row| row.from == from) {
            Some(row) if on && !row.to.iter().any(|t| t == to) => row.to.push(to.to_string()),
            Some(_) if on => {}
            Some(row) => row.to.retain(|t| t != to),
            None if on => mapping.push(AreaMapping {
                from: from.to_string(),
                to: vec![to.to_string()],
            }),
            None => {}
        }
        mapping.retain(|row| !row.to.is_empty());
        Ok(())
    }

    /// Removes one row of the mapping table (a row pointing at an area the plan lacks, say);
    /// false when there is no such row.
    pub fn remove_mapping_row(&mut self, row: usize) -> bool {
        if row < self.framework.area_mapping.len() {
            self.framework.area_mapping.remove(row);
            true
        } else {
            false
        }
    }

    /// Puts the given mapping table back (the page's "Återställ förslaget").
    pub fn replace_mapping(&mut self, rows: Vec<AreaMapping>) {
        self.framework.area_mapping = rows;
    }
}

/// An initiative's links after the person chose `chosen` among `strategy`'s areas: links to
/// other strategies (and to ids the plan does not know, kept rather than dropped silently) stay
/// as they were; the strategy's own follow its order; chosen ids that are not its areas are
/// ignored.
pub fn set_links_in(links: &mut Vec<String>, strategy: &Strategy, chosen: &[String]) {
    links.retain(|l| !strategy.areas.iter().any(|a| a.id == *l));
    links.extend(
        strategy
            .areas
            .iter()
            .filter(|a| chosen.contains(&a.id))
            .map(|a| a.id.clone()),
    );
}
