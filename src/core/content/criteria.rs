//! The criteria a new plan starts with: SKR's four plus strategic fit, each with the rubric
//! that explains its five levels.

use crate::core::model::framework::CriterionRole;
use crate::core::model::ids::IdSource;
use crate::core::Criterion;

/// SKR's criteria (angelägenhet, genomförbarhet, nytta, kostnader) plus strategic fit, each with
/// a rubric so that every score can be explained to the forum.
pub fn default_criteria(ids: &mut dyn IdSource) -> Vec<Criterion> {
    let spec: [(&str, f64, &str, [&str; 5]); 5] = [
        (
            "Angelägenhet",
            25.0,
            "Hur bråttom är det och hur stort är problemet i dag?",
            [
                "Kan vänta, litet problem",
                "Bör göras inom några år",
                "Tydligt behov inom planperioden",
                "Stort behov, bör göras snart",
                "Akut: lagkrav eller allvarlig brist",
            ],
        ),
        (
            "Genomförbarhet",
            20.0,
            "Finns kompetens, teknik, resurser och mognad för att genomföra?",
            [
                "Mycket svårt, stora okända faktorer",
                "Svårt, flera beroenden",
                "Genomförbart med insats",
                "Goda förutsättningar",
                "Mycket goda förutsättningar, beprövad lösning",
            ],
        ),
        (
            "Nytta",
            25.0,
            "Hur stor är den samlade nyttan (ekonomisk, frigjord tid, kvalitet)?",
            [
                "Liten nytta",
                "Viss nytta för en mindre grupp",
                "Tydlig nytta",
                "Stor nytta för många",
                "Mycket stor nytta, mätbar",
            ],
        ),
        (
            "Kostnad",
            15.0,
            "Hur låg är kostnaden för att införa och förvalta? 5 = lägst kostnad.",
            [
                "Mycket hög kostnad",
                "Hög kostnad",
                "Måttlig kostnad",
                "Låg kostnad",
                "Mycket låg kostnad",
            ],
        ),
        (
            "Strategisk koppling",
            15.0,
            "Hur väl bidrar initiativet till planens mål?",
            [
                "Ingen tydlig koppling",
                "Svag koppling",
                "Bidrar till ett mål",
                "Bidrar tydligt till flera mål",
                "Avgörande för målen",
            ],
        ),
    ];
    spec.iter()
        .map(|(name, weight, description, rubric)| Criterion {
            id: ids.next_id(),
            name: (*name).to_string(),
            weight: *weight,
            description: (*description).to_string(),
            rubric: rubric.iter().map(|r| (*r).to_string()).collect(),
            inverted_wording: *name == "Kostnad",
            role: CriterionRole::from_name(name),
        })
        .collect()
}
