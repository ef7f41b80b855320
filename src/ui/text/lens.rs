//! Texts of the strategies a plan is read by: the overview's section for strategies, areas and
//! the mapping table, the lens choice, the analysis step's links, and the lens in the views.

use crate::core::model::strategy::MappingSide;
use crate::core::model::strategy_edit::{AreaLinks, StrategyError};

pub struct LensTexts {
    pub section: &'static str,
    pub intro: &'static str,
    pub lens_label: &'static str,
    pub lens_hint: &'static str,
    pub strategy_legend: fn(&str) -> String,
    pub strategy_name: &'static str,
    pub areas_heading: fn(&str) -> String,
    pub no_areas: &'static str,
    pub area_legend: fn(usize, &str) -> String,
    pub area_name: &'static str,
    pub area_description: &'static str,
    pub remove_area: &'static str,
    pub add_area_label: fn(&str) -> String,
    pub add_area: &'static str,
    pub area_added: fn(&str) -> String,
    pub add_strategy_heading: &'static str,
    pub add_strategy_label: &'static str,
    pub add_strategy_hint: &'static str,
    pub add_strategy: &'static str,
    pub strategy_added: fn(&str) -> String,
    pub remove_strategy: &'static str,
    pub confirm_area_title: fn(&str) -> String,
    pub confirm_strategy_title: fn(&str) -> String,
    pub links: fn(AreaLinks) -> String,
    pub no_links: &'static str,
    pub confirm_remove: &'static str,
    pub removed: fn(&str) -> String,
    pub empty_name: &'static str,
    pub duplicate_strategy: &'static str,
    pub duplicate_area: &'static str,
    pub gone: &'static str,

    pub mapping_heading: &'static str,
    pub mapping_intro: &'static str,
    pub mapping_from: &'static str,
    pub mapping_to: &'static str,
    pub mapping_caption: fn(&str, &str) -> String,
    pub mapping_cell: fn(&str, &str) -> String,
    pub mapping_same: &'static str,
    pub mapping_needs_two: &'static str,
    pub suggestion_heading: &'static str,
    pub suggestion: &'static [&'static str],
    pub restore_suggestion: &'static str,
    pub suggestion_restored: &'static str,
    pub mapping_problems_heading: &'static str,
    pub mapping_problem: fn(usize, MappingSide, &str) -> String,
    pub remove_row: fn(usize) -> String,
    pub row_removed: fn(usize) -> String,
    pub as_is: fn(&str) -> String,

    pub analysis_hint: &'static str,
    pub no_strategies: &'static str,

    pub goal_area_label: &'static str,
    pub goal_area_hint: &'static str,
    pub goal_area_none: &'static str,

    pub filter_area: &'static str,
    pub group_label: &'static str,
    pub group_none: &'static str,
    pub group_by_area: &'static str,
    pub grouped_heading: fn(&str) -> String,
    pub outside_lens: &'static str,
    pub group_empty: &'static str,
    pub via: fn(&str) -> String,
    pub group_more: fn(usize) -> String,
    pub group_rank: fn(&str) -> String,
    pub reads_by: fn(&str) -> String,
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

pub const LENS_SV: LensTexts = LensTexts {
    section: "Strategier och områden",
    intro: "Strategierna planen kan läsas efter, med sina områden: digitaliseringsstrategin 2017 (fem delmål) och 2025–2030 (fem områden), och egna, till exempel regionens mål. Initiativ kopplas till områden i analysen.",
    lens_label: "Läs planen efter",
    lens_hint: "Prioriteringslistan, matrisen, budgetscenariot, beslutsunderlaget och exporterna filtrerar och grupperar efter områdena i den här strategin. Initiativ som bara är kopplade till en annan strategi visas under de områden som jämförelsetabellen på planens sida anger.",
    strategy_legend: |name| format!("Strategi: {name}"),
    strategy_name: "Strategins namn",
    areas_heading: |name| format!("Områden i {name}"),
    no_areas: "Strategin har inga områden ännu.",
    area_legend: |n, name| format!("Område {n}: {name}"),
    area_name: "Namn",
    area_description: "Beskrivning",
    remove_area: "Ta bort",
    add_area_label: |name| format!("Nytt område i {name}"),
    add_area: "Lägg till område",
    area_added: |name| format!("Området ”{name}” lades till."),
    add_strategy_heading: "Lägg till en strategi",
    add_strategy_label: "Den nya strategins namn",
    add_strategy_hint: "Till exempel regionens egna mål, som en tredje lins.",
    add_strategy: "Lägg till strategi",
    strategy_added: |name| format!("Strategin ”{name}” lades till."),
    remove_strategy: "Ta bort strategin",
    confirm_area_title: |name| format!("Ta bort området ”{name}”?"),
    confirm_strategy_title: |name| format!("Ta bort strategin ”{name}” och alla dess områden?"),
    links: |l| {
        format!(
            "{}, {} och {} pekar på det. De kopplingarna tas bort tillsammans med området.",
            count(l.initiatives, "initiativ", "initiativ"),
            count(l.goals, "mål", "mål"),
            count(l.mappings, "rad i jämförelsetabellen", "rader i jämförelsetabellen"),
        )
    },
    no_links: "Inga initiativ, mål eller rader i jämförelsetabellen pekar på det.",
    confirm_remove: "Ta bort",
    removed: |name| format!("”{name}” togs bort."),
    empty_name: "Skriv ett namn.",
    duplicate_strategy: "Planen har redan en strategi med det namnet.",
    duplicate_area: "Strategin har redan ett område med det namnet.",
    gone: "Det finns inte längre i planen.",

    mapping_heading: "Jämförelsetabell mellan strategierna",
    mapping_intro: "En markering betyder att ett initiativ som är kopplat till raden också visas under kolumnens område, och tvärtom. Så kan en plan som gjordes efter 2017 års delmål läsas efter 2025 års områden.",
    mapping_from: "Rader: strategi",
    mapping_to: "Kolumner: strategi",
    mapping_caption: |from, to| format!("{from} jämförd med {to}"),
    mapping_cell: |from, to| format!("{from} motsvarar {to}"),
    mapping_same: "Välj två olika strategier.",
    mapping_needs_two: "Jämförelsetabellen behöver två strategier med områden.",
    suggestion_heading: "Förslag",
    suggestion: &[
        "Digital kompetens (2017) motsvarar Digital kompetens (2025–2030).",
        "Digital innovation motsvarar Digitalisering av näringslivet.",
        "Digital ledning motsvarar Den offentliga förvaltningen och Välfärden: båda handlar om hur offentlig verksamhet leds och effektiviseras.",
        "Digital infrastruktur motsvarar Konnektivitet.",
        "Digital trygghet har inget eget område 2025–2030, eftersom säkerhet går genom alla fem områden. Markera själv de områden som passar planen.",
    ],
    restore_suggestion: "Återställ förslaget",
    suggestion_restored: "Jämförelsetabellen är återställd till förslaget.",
    mapping_problems_heading: "Rader som inte räknas",
    mapping_problem: |row, side, id| {
        let end = match side {
            MappingSide::From => "från",
            MappingSide::To => "till",
        };
        format!("Rad {row} pekar {end} ”{id}”, som inte är ett område i planen. Den delen räknas inte.")
    },
    remove_row: |row| format!("Ta bort rad {row}"),
    row_removed: |row| format!("Rad {row} i jämförelsetabellen togs bort."),
    as_is: |text| text.to_string(),

    analysis_hint: "Koppla initiativet till områden i en eller flera strategier. Planen läses efter den strategi som valts på planens sida.",
    no_strategies: "Planen har inga strategier. Lägg till en på planens sida.",

    goal_area_label: "Område",
    goal_area_hint: "Effektmål kan ligga under ett område i en strategi.",
    goal_area_none: "Inget område",

    filter_area: "Område",
    group_label: "Gruppera",
    group_none: "Ingen gruppering",
    group_by_area: "Efter område",
    grouped_heading: |name| format!("Initiativ per område i {name}"),
    outside_lens: "Utan område",
    group_empty: "Inga initiativ.",
    via: |from| format!("(via {from})"),
    group_more: |n| format!("… och {n} till. Filtrera på området för att se alla."),
    group_rank: |rank| format!("Rang {rank}"),
    reads_by: |name| format!("Planen läses efter {name}."),
};

impl LensTexts {
    pub fn error(&self, e: StrategyError, area: bool) -> &'static str {
        match e {
            StrategyError::EmptyName => self.empty_name,
            StrategyError::DuplicateName if area => self.duplicate_area,
            StrategyError::DuplicateName => self.duplicate_strategy,
            StrategyError::NoSuchStrategy
            | StrategyError::NoSuchArea
            | StrategyError::SameStrategy => self.gone,
        }
    }
}
