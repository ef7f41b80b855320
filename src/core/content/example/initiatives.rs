//! The example plan's initiatives: five needs at different stages, the first of them
//! docs/domain.md's worked example (§5.11), the others from seed 002's activities and bilaga 1.

use std::collections::BTreeMap;

use crate::core::model::ids::IdSource;
use crate::core::model::initiative::*;
use crate::core::Goal;

/// When the example's 2019–2021 plan and its initiatives were made.
pub(super) const CREATED: &str = "2019-01-15T09:00:00.000Z";

fn scores(criteria: &[crate::core::Criterion], values: [u8; 5]) -> BTreeMap<String, u8> {
    criteria
        .iter()
        .zip(values)
        .map(|(c, v)| (c.id.clone(), v))
        .collect()
}

fn freed_time(
    ids: &mut dyn IdSource,
    title: &str,
    cases: f64,
    minutes: f64,
    share: f64,
    use_of_time: &str,
) -> Benefit {
    let time = TimeBasis::Cases {
        cases_per_year: Estimate::new(cases),
        minutes_per_case: Estimate {
            expected: minutes,
            low: Some(minutes * 0.6),
            high: Some(minutes * 1.2),
        },
    };
    let kind = BenefitKind::FrigjordTid {
        time,
        realised_share_percent: share,
        use_of_time: use_of_time.into(),
    };
    Benefit::new(ids.next_id(), title, kind)
}

/// The plan's first year, year 0 of every example initiative unless it says otherwise.
pub(super) const FIRST_YEAR: i32 = 2019;

/// An example initiative starting in the plan's first year.
fn started(id: String, title: &str, created: &str) -> Initiative {
    let mut initiative = Initiative::new(id, title, created);
    initiative.start_year = FIRST_YEAR;
    initiative
}

pub(super) fn example_initiatives(
    ids: &mut dyn IdSource,
    goals: &[Goal],
    criteria: &[crate::core::Criterion],
) -> Vec<Initiative> {
    let mut list = Vec::new();

    // 1. The worked example of docs/domain.md: 2 000 cases × 15 min, 300 000 kr in year 0.
    let mut signing = started(
        ids.next_id(),
        "Digital signering och ankomstregistrering för socialjouren",
        CREATED,
    );
    signing.stage = Stage::Analys;
    signing.need = Need {
        problem: "Handlingar till den gemensamma socialjouren skrivs ut, signeras för hand och skannas in igen. Det tar tid och handlingar kommer bort.".into(),
        current_situation: "Cirka 2 000 handlingar om året hanteras på papper; varje handling tar omkring 15 minuter extra att signera, skanna och registrera.".into(),
        target_groups: vec![TargetGroup::Medarbetare, TargetGroup::Invanare],
        proposing_unit: "Socialjouren, Västerås stad och Fagersta kommun".into(),
        contact: "Enhetschef socialjouren".into(),
        equality_considerations: "Tjänsten används av handläggare; e-legitimation kräver alternativ för medarbetare med funktionsnedsättning som inte kan använda mobilt BankID.".into(),
        user_participation: "Två handläggare från jouren deltar i kravställning och test.".into(),
        verified: true,
    };
    signing.analysis.goal_ids = vec![goals[3].id.clone()];
    signing.analysis.area_ids = vec!["ds2017-trygghet".into(), "ds2017-innovation".into()];
    signing.analysis.agenda2030 = vec![Sustainability::Ekonomisk, Sustainability::Ekologisk];
    let mut benefit = freed_time(
        ids,
        "Mindre tid för signering och registrering",
        2_000.0,
        15.0,
        100.0,
        "Mer tid för akuta ärenden under jourpass",
    );
    benefit.owner = "Enhetschef socialjouren".into();
    benefit.baseline = "15 minuter per handling".into();
    benefit.target = "Under 1 minut per handling".into();
    benefit.measure = "Tidsstudie en vecka per halvår".into();
    signing.analysis.benefits = vec![benefit];
    signing.analysis.costs = Costs {
        investments: vec![Investment {
            year: 0,
            amount: Estimate {
                expected: 300_000.0,
                low: Some(250_000.0),
                high: Some(400_000.0),
            },
        }],
        running_per_year: Estimate::new(0.0),
        ..Costs::default()
    };
    signing.analysis.risks = vec![Risk {
        id: ids.next_id(),
        description: "E-underskrift godtas inte av alla mottagare".into(),
        probability: 2,
        consequence: 3,
        mitigation: "Stäm av med jurist och arkivarie före upphandling".into(),
    }];
    signing.analysis.owner = "Socialchef, Västerås stad".into();
    signing.analysis.financing_plan = "Investering inom socialförvaltningens utvecklingsbudget; förvaltning i ordinarie IT-budget.".into();
    signing.scores = scores(criteria, [4, 4, 4, 3, 4]);
    list.push(signing);

    // 2. Prioritised: the shared library system (bilaga 1).
    let mut library = started(
        ids.next_id(),
        "Gemensamt biblioteksdatasystem med självbetjäning",
        CREATED,
    );
    library.stage = Stage::Handlingsplan;
    library.need = Need {
        problem: "Länets tio folkbibliotek har olika system; invånare kan inte låna ur hela länets bestånd på lika villkor.".into(),
        current_situation: "Tio separata avtal, manuella fjärrlån och utlåning i disk.".into(),
        target_groups: vec![TargetGroup::Invanare, TargetGroup::Medarbetare],
        proposing_unit: "Kulturutveckling, Region Västmanland".into(),
        contact: "Länsbibliotekarie".into(),
        equality_considerations: "Självbetjäningsautomater väljs med tillgänglighetskrav (höjd, skärmläsare, kontrast).".into(),
        user_participation: "Låntagarenkät och testgrupp på två bibliotek.".into(),
        verified: true,
    };
    library.analysis.goal_ids = vec![goals[0].id.clone(), goals[3].id.clone()];
    library.analysis.area_ids = vec!["ds2017-infrastruktur".into()];
    library.analysis.agenda2030 = vec![Sustainability::Social];
    library.analysis.benefits = vec![
        Benefit {
            id: ids.next_id(),
            title: "Lägre licens- och driftkostnad med ett gemensamt avtal".into(),
            kind: BenefitKind::Ekonomisk {
                kronor_per_year: Estimate {
                    expected: 450_000.0,
                    low: Some(300_000.0),
                    high: Some(520_000.0),
                },
            },
            owner: "Kulturutveckling".into(),
            baseline: "Tio avtal".into(),
            target: "Ett avtal".into(),
            measure: "Fakturerade licenskostnader".into(),
            first_year: 1,
            last_year: 5,
            realised: vec![RealisedValue {
                year: 2020,
                value: 380_000.0,
                comment: "Två kommuner anslöt först 2021".into(),
            }],
        },
        freed_time(
            ids,
            "Mindre tid för utlåning i disk",
            60_000.0,
            2.0,
            50.0,
            "Programverksamhet och digital handledning",
        ),
    ];
    library.analysis.costs = Costs {
        investments: vec![
            Investment {
                year: 0,
                amount: Estimate::new(1_200_000.0),
            },
            Investment {
                year: 1,
                amount: Estimate::new(300_000.0),
            },
        ],
        running_per_year: Estimate::new(150_000.0),
        ..Costs::default()
    };
    library.analysis.owner = "Kulturchef, Region Västmanland".into();
    library.analysis.financing_plan =
        "Delas mellan kommunerna efter invånarantal; förvaltning via gemensam nämnd.".into();
    library.scores = scores(criteria, [3, 4, 5, 2, 4]);
    library.decisions = vec![Decision {
        id: ids.next_id(),
        outcome: DecisionOutcome::Prioriterad,
        date: "2019-02-20".into(),
        forum: "Regionala ledningsgruppen".into(),
        reason: "Stor nytta för invånare i hela länet och gemensam upphandling.".into(),
        responsible: "Kulturutveckling, Region Västmanland".into(),
        period: "2019–2020".into(),
        budget: Some(1_500_000.0),
    }];
    list.push(library);

    // 3. A fresh need: mobile coverage (bilaga 2).
    let mut coverage = started(
        ids.next_id(),
        "Kartläggning av mobiltäckning (vita fläckar)",
        CREATED,
    );
    coverage.need = Need {
        problem: "Invånare och företag saknar stabil mobiltäckning där de rör sig utanför bostad och arbetsplats.".into(),
        current_situation: "Operatörernas täckningskartor stämmer inte med upplevelsen; inga egna mätningar finns.".into(),
        target_groups: vec![TargetGroup::Invanare, TargetGroup::Foretag, TargetGroup::Resenarer],
        proposing_unit: "Bredbandskoordinatorerna i länet".into(),
        ..Need::default()
    };
    coverage.analysis.goal_ids = vec![goals[2].id.clone()];
    // Mapping comes first: the survey is meant to start in the plan's second year.
    coverage.start_year = 2020;
    list.push(coverage);

    // 4. Digital meetings, decided and ongoing.
    let mut meetings = started(ids.next_id(), "Digitala möten som förstahandsval", CREATED);
    meetings.stage = Stage::Beslut;
    meetings.need = Need {
        problem: "Många samverkansmöten i länet kräver resor på en till två timmar.".into(),
        current_situation: "Omkring 1 500 resor om året till möten i Västerås.".into(),
        target_groups: vec![TargetGroup::Medarbetare, TargetGroup::AndraOrganisationer],
        proposing_unit: "Regionala ledningsgruppen".into(),
        contact: "Digitaliseringsstrateg".into(),
        equality_considerations: "Mötesrum utrustas med hörslinga och textning.".into(),
        user_participation: "Pilot i socialchefsnätverket.".into(),
        verified: true,
    };
    meetings.analysis.goal_ids = vec![goals[0].id.clone(), goals[3].id.clone()];
    meetings.analysis.agenda2030 = vec![Sustainability::Ekologisk, Sustainability::Ekonomisk];
    let mut travel = Benefit::new(
        ids.next_id(),
        "Lägre resekostnader",
        BenefitKind::Ekonomisk {
            kronor_per_year: Estimate::new(180_000.0),
        },
    );
    travel.owner = "Regionala ledningsgruppen".into();
    travel.baseline = "1 500 resor om året".into();
    travel.target = "Hälften av mötena digitala".into();
    travel.measure = "Reseräkningar".into();
    meetings.analysis.benefits = vec![travel];
    meetings.analysis.costs = Costs {
        investments: vec![Investment {
            year: 0,
            amount: Estimate::new(250_000.0),
        }],
        running_per_year: Estimate::new(40_000.0),
        ..Costs::default()
    };
    meetings.analysis.owner = "Regiondirektör".into();
    meetings.analysis.financing_plan = "Utrustning inom ordinarie investeringsram.".into();
    meetings.scores = scores(criteria, [3, 5, 3, 4, 3]);
    list.push(meetings);

    // 5. E-archive, analysed but missing an owner: a gate-blocked initiative.
    let mut archive = started(
        ids.next_id(),
        "Gemensamt e-arkiv för länets kommuner",
        CREATED,
    );
    archive.stage = Stage::Analys;
    // Prepared now for a procurement in the plan's second year: its year 0 is 2020, so its
    // figures are discounted one year further to the plan's base year 2019 (docs/domain.md §5.6).
    archive.start_year = 2020;
    archive.need = Need {
        problem: "Samtliga kommuner behöver en e-arkivlösning; i dag bevaras digitala handlingar på papper eller i verksamhetssystem.".into(),
        current_situation: "Västerås stad och Region Västmanland inför e-arkiv var för sig.".into(),
        target_groups: vec![TargetGroup::Medarbetare, TargetGroup::Invanare, TargetGroup::AndraOrganisationer],
        proposing_unit: "Arkivnätverket i länet".into(),
        verified: true,
        ..Need::default()
    };
    archive.analysis.goal_ids = vec![goals[3].id.clone()];
    archive.analysis.risks = vec![Risk {
        id: ids.next_id(),
        description: "Migrering från äldre verksamhetssystem blir dyrare än beräknat".into(),
        probability: 4,
        consequence: 4,
        mitigation: "Förstudie av tre system före beslut".into(),
    }];
    archive.analysis.costs = Costs {
        investments: vec![Investment {
            year: 0,
            amount: Estimate {
                expected: 2_000_000.0,
                low: Some(1_500_000.0),
                high: Some(3_000_000.0),
            },
        }],
        running_per_year: Estimate::new(350_000.0),
        ..Costs::default()
    };
    archive.scores = scores(criteria, [4, 2, 4, 2, 3]);
    list.push(archive);

    list
}
