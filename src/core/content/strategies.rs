//! The strategies every new plan starts with: the national digitalisation strategy of 2017
//! (five *delmål*) and of 2025–2030 (five *områden*), and the suggested mapping between them
//! (docs/domain.md §3.6, which gives the reasoning for each row). Ids are fixed, so plans from
//! several municipalities, and files migrated from the old fixed list, name the same areas.

use crate::core::model::{Area, AreaMapping, Strategy};

pub const STRATEGY_2017: &str = "ds2017";
pub const STRATEGY_2025: &str = "ds2025";

/// The 2017 delmål: (file name of the old fixed list, id, name, description).
const AREAS_2017: [(&str, &str, &str, &str); 5] = [
    (
        "digital_kompetens",
        "ds2017-kompetens",
        "Digital kompetens",
        "Alla i Sverige ska kunna och vilja ta del av digitaliseringen.",
    ),
    (
        "digital_trygghet",
        "ds2017-trygghet",
        "Digital trygghet",
        "Alla ska kunna ha tillit till att använda digitala tjänster.",
    ),
    (
        "digital_innovation",
        "ds2017-innovation",
        "Digital innovation",
        "Digitalt drivna innovationer ska utvecklas, spridas och användas.",
    ),
    (
        "digital_ledning",
        "ds2017-ledning",
        "Digital ledning",
        "Relevant, ändamålsenlig och rättssäker effektivisering genom digitalisering.",
    ),
    (
        "digital_infrastruktur",
        "ds2017-infrastruktur",
        "Digital infrastruktur",
        "Infrastruktur för snabbt bredband och stabila mobila tjänster.",
    ),
];

const AREAS_2025: [(&str, &str, &str); 5] = [
    (
        "ds2025-konnektivitet",
        "Konnektivitet",
        "Bredband och mobil uppkoppling i hela landet.",
    ),
    (
        "ds2025-kompetens",
        "Digital kompetens",
        "Kompetens att använda och utveckla digitala lösningar.",
    ),
    (
        "ds2025-naringsliv",
        "Digitalisering av näringslivet",
        "Företagens digitala omställning och konkurrenskraft.",
    ),
    (
        "ds2025-forvaltning",
        "Den offentliga förvaltningen",
        "En effektiv, digital och sammanhållen offentlig förvaltning.",
    ),
    (
        "ds2025-valfard",
        "Välfärden",
        "Digitalisering av vård, omsorg, skola och andra välfärdstjänster.",
    ),
];

/// The suggested mapping, 2017 → 2025. *Digital trygghet* has no row: säkerhet runs through all
/// five areas of 2025, so no single area is its heir (docs/domain.md §3.6).
const MAPPING: [(&str, &[&str]); 4] = [
    ("ds2017-kompetens", &["ds2025-kompetens"]),
    ("ds2017-innovation", &["ds2025-naringsliv"]),
    ("ds2017-ledning", &["ds2025-forvaltning", "ds2025-valfard"]),
    ("ds2017-infrastruktur", &["ds2025-konnektivitet"]),
];

fn area(id: &str, name: &str, description: &str) -> Area {
    Area {
        id: id.to_string(),
        name: name.to_string(),
        description: description.to_string(),
    }
}

/// Both national strategies, 2017 first.
pub fn national_strategies() -> Vec<Strategy> {
    vec![
        Strategy {
            id: STRATEGY_2017.to_string(),
            name: "Digitaliseringsstrategin 2017".to_string(),
            description: "För ett hållbart digitaliserat Sverige – en digitaliseringsstrategi (regeringen, maj 2017): fem delmål.".to_string(),
            areas: AREAS_2017
                .iter()
                .map(|(_, id, name, description)| area(id, name, description))
                .collect(),
        },
        Strategy {
            id: STRATEGY_2025.to_string(),
            name: "Digitaliseringsstrategin 2025–2030".to_string(),
            description: "Regeringens digitaliseringsstrategi 2025–2030: fem områden. AI, säkerhet och data går genom alla fem.".to_string(),
            areas: AREAS_2025
                .iter()
                .map(|(id, name, description)| area(id, name, description))
                .collect(),
        },
    ]
}

/// The suggested mapping between the two national strategies.
pub fn default_mapping() -> Vec<AreaMapping> {
    MAPPING
        .iter()
        .map(|(from, to)| AreaMapping {
            from: (*from).to_string(),
            to: to.iter().map(|t| (*t).to_string()).collect(),
        })
        .collect()
}

/// The id of the 2017 delmål that the old fixed list wrote as `key` (`digital_kompetens` …).
pub fn area_2017_for_key(key: &str) -> Option<&'static str> {
    AREAS_2017.iter().find(|a| a.0 == key).map(|a| a.1)
}

/// The 2017 delmål's ids in order, for the template whose effektmål sit under them.
pub fn areas_2017() -> impl Iterator<Item = &'static str> {
    AREAS_2017.iter().map(|a| a.1)
}
