//! The example plan a new user meets: Region Västmanland's handlingsplan 2019–2021 for the
//! regional digital agenda (seed 002), with a handful of initiatives at different stages.
//! It is real enough to learn the tool on, and its first initiative is docs/domain.md's worked example.

use std::collections::BTreeMap;

use crate::core::content::criteria::default_criteria;
use crate::core::content::strategies::{default_mapping, national_strategies, STRATEGY_2017};
use crate::core::model::activity::{Activity, ActivityStatus, YearOutcome};
use crate::core::model::ids::{IdSource, SequentialIds};
use crate::core::model::initiative::*;
use crate::core::{Framework, Goal, GoalKind, OrgKind, Organisation, Period, Plan};

/// The example plan's id on first start. Copies get fresh ids.
pub const EXAMPLE_PLAN_ID: &str = "exempelplan";
const CREATED: &str = "2019-01-15T09:00:00.000Z";

/// The four inriktningsmål of seed 002, in the document's order.
pub const INRIKTNINGSMAL: [&str; 4] = [
    "Främja samverkan mellan aktörerna i länet",
    "Öka kunskapen om och användningen av digitaliseringen och dess möjligheter",
    "Främja samverkan och samarbete för bredbandsfrågor",
    "Främja implementering av digitala lösningar",
];

/// (inriktningsmål index, Aktivitet, Period, Ansvarig, Status) exactly as seed 002 gives them.
const ACTIVITIES: [(usize, &str, &str, &str, ActivityStatus); 10] = [
    (0, "Införa e-hälsa som en punkt på Socialchefsnätverket", "2019", "Region Västmanland", ActivityStatus::Ny),
    (0, "Samordna och sammankalla digitaliseringsstrateger eller motsvarande inom kommunernas Socialförvaltningar för att utbyta information och erfarenheter samt främja samverkan inom e-hälsa", "2019", "Region Västmanland", ActivityStatus::Ny),
    (0, "Sammankalla länets IT-strateger inom kommuner och regionen för att utbyta erfarenheter, behov och idéer", "2019", "Region Västmanland", ActivityStatus::Ny),
    (0, "Erbjuda kommunövergripande analys av LIKA Skola", "2019", "Region Västmanland", ActivityStatus::Ny),
    (1, "Arrangera presidiekonferens till politiker och chefstjänstemän inom Socialförvaltningarna", "2019", "", ActivityStatus::Ny),
    (1, "Sprida information om goda exempel om nyttan med digitalisering och relevanta initiativ som pågår via deladigitalt samt webbar", "2019", "Region Västmanland", ActivityStatus::Ny),
    (2, "Digital informationstjänst om bredband: samla och samordna information om bredband på en gemensam webbplats i regionen, \"en väg in\" för invånare och företag", "2019", "Region Västmanland", ActivityStatus::Pagar),
    (3, "Verka för att flera möten genomförs digitalt", "2019", "", ActivityStatus::Ny),
    (3, "Kartlägga befintliga IT-lösningar i syfte att facilitera samverkan inom exempelvis utveckling, upphandling och användning", "2019", "Respektive kommun", ActivityStatus::Ny),
    (3, "Verka för gemensamma upphandlingar", "2019", "", ActivityStatus::Ny),
];

/// Bilaga 1: ongoing work in the county, outside the four goals.
const ONGOING: [(&str, &str, &str, ActivityStatus, &str); 4] = [
    ("Genomföra en pilot för Sammanhållen journalföring med Västerås stad", "2018–2019", "Centrum för digitalisering, Region Västmanland och Västerås stad", ActivityStatus::Pagar, ""),
    ("Etablera ett kontaktcenter i Västerås sjukhus som bland annat kan ge support för digitala tjänster", "2018–2019", "Centrum för kommunikation, Region Västmanland", ActivityStatus::Pagar, ""),
    ("Förslag pilotprojekt för att utreda digital signering och ankomstregistrering av dokument för att ersätta fysisk underskrift", "2018", "Socialjouren, Västerås stad och Fagersta kommun", ActivityStatus::Beslutad, "Beslutad? Är detta genomfört under 2018?"),
    ("Bibliotek i Västmanland: gemensamt biblioteksdatasystem, gemensam webb och RFID-teknik med självbetjäningsautomater", "2018–2019 (med fortsättning)", "Kulturutveckling, Region Västmanland i samarbete med alla kommunerna", ActivityStatus::Pagar, ""),
];

/// The example plan, the same every time it is built.
pub fn example_plan() -> Plan {
    let mut ids = SequentialIds::new("ex");
    let goals: Vec<Goal> = INRIKTNINGSMAL
        .iter()
        .map(|name| Goal {
            id: ids.next_id(),
            name: (*name).to_string(),
            kind: GoalKind::Inriktningsmal,
            description: String::new(),
            area_id: None,
        })
        .collect();
    let criteria = default_criteria(&mut ids);

    let mut activities: Vec<Activity> = ACTIVITIES
        .iter()
        .map(|(goal, title, period, responsible, status)| Activity {
            id: ids.next_id(),
            goal_id: Some(goals[*goal].id.clone()),
            title: (*title).to_string(),
            period: (*period).to_string(),
            responsible: (*responsible).to_string(),
            status: *status,
            initiative_id: None,
            outcomes: Vec::new(),
            note: String::new(),
            closed_in_previous_plan: false,
        })
        .collect();
    activities.extend(
        ONGOING
            .iter()
            .map(|(title, period, responsible, status, note)| Activity {
                id: ids.next_id(),
                goal_id: None,
                title: (*title).to_string(),
                period: (*period).to_string(),
                responsible: (*responsible).to_string(),
                status: *status,
                initiative_id: None,
                outcomes: Vec::new(),
                note: (*note).to_string(),
                closed_in_previous_plan: false,
            }),
    );
    // Bilaga 2: a follow-up of the previous plan, with its Utfall.
    activities.push(Activity {
        id: ids.next_id(),
        goal_id: Some(goals[0].id.clone()),
        title: "Utvärdera hur kommunerna kan använda e-blomman, LIKA eller annat verktyg för att kartlägga nuläget av digital service och verksamhetsutveckling".into(),
        period: "2018".into(),
        responsible: "Region Västmanland".into(),
        status: ActivityStatus::Genomford,
        initiative_id: None,
        outcomes: vec![YearOutcome {
            year: 2018,
            text: "Under hösten kartlades digitaliseringen inom socialtjänsten inkl omsorg med hjälp av SKLs verktyg LIKA Socialtjänst. Samtliga 10 kommuner genomförde utvärderingen.".into(),
        }],
        note: String::new(),
        closed_in_previous_plan: false,
    });

    let initiatives = example_initiatives(&mut ids, &goals, &criteria);
    // The prioritised library initiative already has an activity in the plan.
    if let (Some(activity), Some(lib)) = (activities.get_mut(13), initiatives.get(1)) {
        activity.initiative_id = Some(lib.id.clone());
    }

    let mut params = crate::core::CalcParams::default();
    params.price_year.value = 2019;
    params.price_year.year = Some(2019);

    Plan {
        id: EXAMPLE_PLAN_ID.to_string(),
        name: "Handlingsplan regional digital agenda 2019–2021".into(),
        organisation: Organisation {
            name: "Region Västmanland".into(),
            kind: OrgKind::Region,
        },
        period: Period {
            start_year: FIRST_YEAR,
            end_year: 2021,
        },
        created: CREATED.into(),
        modified: CREATED.into(),
        last_exported: None,
        // A 2019 plan, made under the 2017 strategy: it reads by 2017.
        framework: Framework {
            goals,
            criteria,
            strategies: national_strategies(),
            lens: Some(STRATEGY_2017.to_string()),
            area_mapping: default_mapping(),
        },
        params,
        initiatives,
        activities,
        revised_from: None,
        params_to_review: None,
        redeployments: Vec::new(),
        versions: Vec::new(),
        change_summary: String::new(),
        document: Default::default(),
    }
}

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
const FIRST_YEAR: i32 = 2019;

/// An example initiative starting in the plan's first year.
fn started(id: String, title: &str, created: &str) -> Initiative {
    let mut initiative = Initiative::new(id, title, created);
    initiative.start_year = FIRST_YEAR;
    initiative
}

fn example_initiatives(
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

/// A plan of `n` initiatives made from the example's, with varied scores and figures (seeded, so
/// always the same), for the benchmark and for tests that need a big plan with every benefit
/// class many times over. Unused by the app, so it costs the bundle nothing.
pub fn large_plan(n: usize) -> Plan {
    let mut plan = example_plan();
    let templates = plan.initiatives.clone();
    let criteria: Vec<String> = plan
        .framework
        .criteria
        .iter()
        .map(|c| c.id.clone())
        .collect();
    let mut seed: u64 = 0x5eed;
    let mut next = move |m: u64| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) % m
    };
    plan.initiatives = (0..n)
        .map(|k| {
            let mut i = templates[k % templates.len()].clone();
            i.id = format!("gen-{k}");
            i.title = format!("{} ({k})", i.title);
            for c in &criteria {
                i.scores.insert(c.clone(), 1 + next(5) as u8);
            }
            for b in &mut i.analysis.benefits {
                b.id = format!("gen-{k}-{}", b.id);
            }
            if let Some(inv) = i.analysis.costs.investments.first_mut() {
                inv.amount.expected = 50_000.0 + next(2_000) as f64 * 1_000.0;
            }
            i
        })
        .collect();
    plan
}
