//! The English texts of the strategies a plan is read by.

use super::count;
use crate::core::model::strategy::MappingSide;
use crate::ui::text::lens::LensTexts;

pub const LENS_EN: LensTexts = LensTexts {
    section: "Strategies and areas",
    intro: "The strategies the plan can be read by, with their areas: the national digitalisation strategy of 2017 (five sub-goals) and of 2025–2030 (five areas), and your own, for example the region's goals. Initiatives are linked to areas in the analysis.",
    lens_label: "Read the plan by",
    lens_hint: "The priority list, the matrix, the budget scenario, the decision brief and the exports filter and group by the areas of this strategy. Initiatives linked only to another strategy are shown under the areas that the mapping table on the plan's page gives.",
    strategy_legend: |name| format!("Strategy: {name}"),
    strategy_name: "Name of the strategy",
    areas_heading: |name| format!("Areas in {name}"),
    no_areas: "The strategy has no areas yet.",
    area_legend: |n, name| format!("Area {n}: {name}"),
    area_name: "Name",
    area_description: "Description",
    remove_area: "Remove",
    add_area_label: |name| format!("New area in {name}"),
    add_area: "Add area",
    area_added: |name| format!("The area “{name}” was added."),
    add_strategy_heading: "Add a strategy",
    add_strategy_label: "Name of the new strategy",
    add_strategy_hint: "For example the region's own goals, as a third lens.",
    add_strategy: "Add strategy",
    strategy_added: |name| format!("The strategy “{name}” was added."),
    remove_strategy: "Remove the strategy",
    confirm_area_title: |name| format!("Remove the area “{name}”?"),
    confirm_strategy_title: |name| format!("Remove the strategy “{name}” and all its areas?"),
    links: |l| {
        format!(
            "{}, {} and {} point to it. Those links are removed together with the area.",
            count(l.initiatives, "initiative", "initiatives"),
            count(l.goals, "goal", "goals"),
            count(l.mappings, "row in the mapping table", "rows in the mapping table"),
        )
    },
    no_links: "No initiatives, goals or rows in the mapping table point to it.",
    confirm_remove: "Remove",
    removed: |name| format!("“{name}” was removed."),
    empty_name: "Enter a name.",
    duplicate_strategy: "The plan already has a strategy with that name.",
    duplicate_area: "The strategy already has an area with that name.",
    gone: "It is no longer in the plan.",

    mapping_heading: "Mapping table between the strategies",
    mapping_intro: "A mark means that an initiative linked to the row is also shown under the column's area, and the other way round. This way a plan made by the 2017 sub-goals can be read by the 2025–2030 areas.",
    mapping_from: "Rows: strategy",
    mapping_to: "Columns: strategy",
    mapping_caption: |from, to| format!("{from} compared with {to}"),
    mapping_cell: |from, to| format!("{from} corresponds to {to}"),
    mapping_same: "Choose two different strategies.",
    mapping_needs_two: "The mapping table needs two strategies with areas.",
    suggestion_heading: "Suggestion",
    suggestion: &[
        "Digital kompetens (digital competence, 2017) corresponds to Digital kompetens (2025–2030).",
        "Digital innovation corresponds to Digitalisering av näringslivet (the digitalisation of business).",
        "Digital ledning (digital leadership) corresponds to Den offentliga förvaltningen (public administration) and Välfärden (welfare): both are about how public services are led and made more efficient.",
        "Digital infrastruktur (digital infrastructure) corresponds to Konnektivitet (connectivity).",
        "Digital trygghet (digital security) has no area of its own in 2025–2030, because security runs through all five areas. Mark the areas that suit the plan yourself.",
    ],
    restore_suggestion: "Restore the suggestion",
    suggestion_restored: "The mapping table has been restored to the suggestion.",
    mapping_problems_heading: "Rows that are not counted",
    mapping_problem: |row, side, id| {
        let end = match side {
            MappingSide::From => "from",
            MappingSide::To => "to",
        };
        format!("Row {row} points {end} “{id}”, which is not an area in the plan. That part is not counted.")
    },
    remove_row: |row| format!("Remove row {row}"),
    row_removed: |row| format!("Row {row} of the mapping table was removed."),
    as_is: |text| text.to_string(),

    analysis_hint: "Link the initiative to areas in one or more strategies. The plan is read by the strategy chosen on the plan's page.",
    no_strategies: "The plan has no strategies. Add one on the plan's page.",

    goal_area_label: "Area",
    goal_area_hint: "An impact goal can sit under an area of a strategy.",
    goal_area_none: "No area",

    filter_area: "Area",
    group_label: "Group",
    group_none: "No grouping",
    group_by_area: "By area",
    grouped_heading: |name| format!("Initiatives by area in {name}"),
    outside_lens: "Without an area",
    group_empty: "No initiatives.",
    via: |from| format!("(via {from})"),
    group_more: |n| format!("… and {n} more. Filter by the area to see them all."),
    group_rank: |rank| format!("Rank {rank}"),
    reads_by: |name| format!("The plan is read by {name}."),
};
