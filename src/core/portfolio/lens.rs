//! The plan read through its lens (docs/domain.md §3.6): initiatives grouped by the areas of the
//! chosen strategy, directly linked or through the mapping table, for the ranked list, the
//! beslutsunderlag and the exports.

use std::borrow::Cow;

use crate::core::model::{Framework, Via};
use crate::core::Plan;

use super::row::PortfolioRow;

/// One area of the lens with the initiatives under it.
#[derive(Clone, Debug, PartialEq)]
pub struct LensGroup {
    /// None for the initiatives under no area of the lens.
    pub area_id: Option<String>,
    pub name: String,
    /// Positions in the rows, in the order given, with how each comes under the area.
    pub members: Vec<(usize, Via)>,
}

/// The lens's areas as (id, name), in order: the choices of the "Område" filter.
pub fn lens_areas(framework: &Framework) -> Vec<(String, String)> {
    framework
        .lens_strategy()
        .map(|s| {
            s.areas
                .iter()
                .map(|a| (a.id.clone(), a.name.clone()))
                .collect()
        })
        .unwrap_or_default()
}

/// The rows at `order` grouped by the areas of the lens, in the lens's order, every area
/// present even when empty; then, when there are any, the rows under no area (`area_id`
/// None, named `none_name`). A row under two areas is in both groups.
pub fn group_by_lens(
    framework: &Framework,
    rows: &[PortfolioRow],
    order: &[usize],
    none_name: &str,
) -> Vec<LensGroup> {
    let mut groups: Vec<LensGroup> = lens_areas(framework)
        .into_iter()
        .map(|(id, name)| LensGroup {
            area_id: Some(id),
            name,
            members: Vec::new(),
        })
        .collect();
    let mut outside = Vec::new();
    for &at in order {
        let Some(row) = rows.get(at) else { continue };
        if row.areas.is_empty() {
            outside.push((at, Via::Direct));
        }
        for area in &row.areas {
            let group = groups
                .iter_mut()
                .find(|g| g.area_id.as_deref() == Some(area.area_id.as_str()));
            if let Some(group) = group {
                group.members.push((at, area.via.clone()));
            }
        }
    }
    if !outside.is_empty() {
        groups.push(LensGroup {
            area_id: None,
            name: none_name.to_string(),
            members: outside,
        });
    }
    groups
}

/// The names of the lens's areas an initiative sits under, each followed by `via(name of the
/// area it was mapped from)` when it came through the mapping table: the text of an export's
/// area column and the brief's.
pub fn area_names(
    framework: &Framework,
    row: &PortfolioRow,
    via: impl Fn(&str) -> String,
) -> Vec<String> {
    row.areas
        .iter()
        .filter_map(|a| {
            let (_, area) = framework.area(&a.area_id)?;
            Some(match &a.via {
                Via::Direct => area.name.clone(),
                Via::Mapping { from } => {
                    let from = framework.area_name(from);
                    format!("{} {}", area.name, via(from))
                }
            })
        })
        .collect()
}

/// The plan with only the initiatives under `area` of its lens (directly or through the
/// mapping table), for the views that filter by area (matrix, budget scenario); the plan itself
/// when no area is chosen.
pub fn restrict<'p>(plan: &'p Plan, area: Option<&str>) -> Cow<'p, Plan> {
    let Some(area) = area else {
        return Cow::Borrowed(plan);
    };
    let framework = &plan.framework;
    let initiatives = plan
        .initiatives
        .iter()
        .filter(|i| {
            framework
                .areas_under_lens(&i.analysis.area_ids)
                .iter()
                .any(|a| a.area_id == area)
        })
        .cloned()
        .collect();
    // Cloning the whole plan first keeps this free of the plan's field list; it runs only
    // while an area filter is chosen.
    Cow::Owned(Plan {
        initiatives,
        ..plan.clone()
    })
}
