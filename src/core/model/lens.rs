//! A plan read through its lens (docs/domain.md §3.6): the areas of the chosen strategy an
//! initiative sits under, directly or through the mapping table, and the mapping rows that
//! point at areas the plan does not have. Kept apart from the types so neither file imports the
//! other.

use super::framework::Framework;
use super::strategy::{Area, LensArea, MappingProblem, MappingSide, Strategy, Via};

impl Framework {
    pub fn strategy(&self, id: &str) -> Option<&Strategy> {
        self.strategies.iter().find(|s| s.id == id)
    }

    /// The area with `id` and the strategy it belongs to.
    pub fn area(&self, id: &str) -> Option<(&Strategy, &Area)> {
        self.strategies
            .iter()
            .find_map(|s| s.areas.iter().find(|a| a.id == id).map(|a| (s, a)))
    }

    /// The area's name, or the id itself when the plan has no such area (a link or mapping end
    /// from a file), so that a view always has something to show.
    pub fn area_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.area(id).map_or(id, |(_, a)| a.name.as_str())
    }

    /// The strategy the plan reads by: the chosen one, or the first when the choice names a
    /// strategy the plan no longer has (the plan is then still readable).
    pub fn lens_strategy(&self) -> Option<&Strategy> {
        self.lens
            .as_deref()
            .and_then(|id| self.strategy(id))
            .or_else(|| self.strategies.first())
    }

    /// The areas of the lens that an initiative with `links` sits under, in the lens's order:
    /// each area it links to directly, and each one the mapping table ties to an area it links
    /// to (a direct link wins). Links and mapping ends that name no area of the plan are
    /// ignored.
    pub fn areas_under_lens(&self, links: &[String]) -> Vec<LensArea> {
        let Some(lens) = self.lens_strategy() else {
            return Vec::new();
        };
        let known = |id: &str| self.area(id).is_some();
        let linked = |id: &str| known(id) && links.iter().any(|l| l == id);
        lens.areas
            .iter()
            .filter_map(|area| {
                let via = if linked(&area.id) {
                    Via::Direct
                } else {
                    let from = self
                        .area_mapping
                        .iter()
                        .filter(|row| known(&row.from))
                        .find_map(|row| {
                            if row.to.contains(&area.id) && linked(&row.from) {
                                Some(row.from.clone())
                            } else if row.from == area.id {
                                row.to.iter().find(|t| linked(t)).cloned()
                            } else {
                                None
                            }
                        })?;
                    Via::Mapping { from }
                };
                Some(LensArea {
                    area_id: area.id.clone(),
                    via,
                })
            })
            .collect()
    }

    /// Every end of a mapping row that names an area the plan does not have.
    pub fn mapping_problems(&self) -> Vec<MappingProblem> {
        let mut problems = Vec::new();
        for (row, mapping) in self.area_mapping.iter().enumerate() {
            let ends = std::iter::once((MappingSide::From, &mapping.from))
                .chain(mapping.to.iter().map(|t| (MappingSide::To, t)));
            for (side, id) in ends {
                if self.area(id).is_none() {
                    problems.push(MappingProblem {
                        row,
                        side,
                        area_id: id.clone(),
                    });
                }
            }
        }
        problems
    }

    /// Whether the mapping table ties `from` to `to` (one row, read as stored).
    pub fn maps(&self, from: &str, to: &str) -> bool {
        self.area_mapping
            .iter()
            .any(|row| row.from == from && row.to.iter().any(|t| t == to))
    }
}
