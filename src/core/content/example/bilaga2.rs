//! The example's previous plan: Region Västmanland's handlingsplan 2018–2019, fastställd, with
//! its follow-up for 2018 exactly as seed 002's bilaga 2 records it (docs/domain.md §6).
//!
//! Aktivitet, Period and Utfall are the document's words, its line wraps joined; a line break is
//! kept where a cell starts a list item or a new paragraph. Footnote markers are left out.
//! Bilaga 2 is one table: the inriktningsmål each row stands under is ours, the goal under which
//! the 2019–2021 plan continues its work. Bilaga 2 gives no status either: each row's status is
//! our reading of its Utfall.

use std::sync::Arc;

use crate::core::model::ids::{IdSource, SequentialIds};
use crate::core::model::{FixedVersion, RevisedFrom};
use crate::core::{
    Activity, ActivityStatus, CalcParams, Framework, Goal, OrgKind, Organisation, Period, Plan,
    YearOutcome,
};

/// One row of bilaga 2's table *Aktivitet / Period / Utfall*.
pub(super) struct FollowedUp {
    /// Index into the four inriktningsmål.
    pub goal: usize,
    pub aktivitet: &'static str,
    pub period: &'static str,
    pub utfall: &'static str,
    pub status: ActivityStatus,
}

/// The year bilaga 2 follows up.
pub const FOLLOWED_UP_YEAR: i32 = 2018;

/// Bilaga 2 – Uppföljning handlingsplan 2018-2019: all seven rows, in the document's order.
pub(super) const BILAGA_2: [FollowedUp; 7] = [
    FollowedUp {
        goal: 0,
        aktivitet: "Utvärdera hur kommunerna kan använda e-blomman, LIKA eller annat verktyg i syfte att kartlägga nuläget av digital service och verksamhetsutveckling. Nuläget kan därefter utgöra underlag för prioritering av insatser för att främja införande av lösningar från användarnas perspektiv.",
        period: "2018",
        utfall: "Under hösten kartlades digitaliseringen inom socialtjänsten inkl omsorg med hjälp av SKLs verktyg LIKA Socialtjänst. Samtliga 10 kommuner genomförde utvärderingen.",
        status: ActivityStatus::Genomford,
    },
    FollowedUp {
        goal: 0,
        aktivitet: "Identifiera en gemensam process inom socialtjänst och omsorg som kan effektiviseras och digitaliseras för att underlätta kvalitet och kostnadseffektivitet för invånarna. Ett antal möjliga exempel finns bland annat inom ekonomiskt bistånd, trygghetslarm, avgiftshantering, etc.",
        period: "2018–2019",
        utfall: "Utifrån analys av resultatet från LIKA har ett antal förslag på samverkansmöjligheter identifierats och presenteras för socialchefsnätverket",
        status: ActivityStatus::Pagar,
    },
    FollowedUp {
        goal: 1,
        aktivitet: "Dela erfarenheter mellan länets aktörer via deladigitalt.se",
        period: "2018–2019",
        utfall: "Under 2018 har inte deladigitalt.se utnyttjats för att dela egna erfarenheter. Däremot är flera kommuner användare av verktyget.",
        status: ActivityStatus::Ny,
    },
    FollowedUp {
        goal: 1,
        aktivitet: "Öka kompetensen inom länets offentliga organisationer genom att anordna seminarier gällande\n• systematiskt informationssäkerhetsarbete (GDPR)\n• tjänstedesign\n• Inloggningstjänst (nationell plattform)\n• Upphandling\n• e-arkiv\nI samband med seminarierna kan även pågående utvecklingsinitiativ presenteras.",
        period: "2018",
        utfall: "Kommunerna erbjöds att deltaga på den möten angående GDPR som hölls av Region Västmanlands informationssäkerhetsansvarige under våren 2018.\nEn temadag angående tidig dialog/tjänstedesign och upphandling anordnades för länets kommuner och regionen den 12 oktober.\nInga seminarier arrangerades för inloggningstjänst och e-arkiv",
        status: ActivityStatus::Genomford,
    },
    FollowedUp {
        goal: 2,
        aktivitet: "Undersöka möjligheter och förutsättningar för regionen och kommunerna att göra en gemensam regional kartläggning av mobiltäckning i områden där människor normalt befinner sig och rör sig utanför bostäder och arbetsplatser. Genom att göra faktiska mätningar av mobiltäckningen är att utifrån det nationella bredbandsmålet för god mobiltäckning identifiera geografiska områden i länet där mobila trådlösa uppkopplingar idag inte fungerar tillfredsställande, s.k. vita fläckar.",
        period: "2018",
        utfall: "Planeras att genomföras under 2019 och är därför även med i handlingsplanen för 2019-2021.",
        status: ActivityStatus::Ny,
    },
    FollowedUp {
        goal: 2,
        aktivitet: "Kartläggning Jämlik tillgång till bredband för olika grupper i Västmanland",
        period: "2018",
        utfall: "Aktivitet som tillkom under året. Region Västmanland beställde under april 2018 en analys på hur tillgången till bredband och internet skiljer sig åt i olika delar av Västmanlands län och vilket samband som finns med demografiska och socioekonomiska faktorer.",
        status: ActivityStatus::Genomford,
    },
    FollowedUp {
        goal: 1,
        aktivitet: "Bevaka pågående utvecklingsinitiativ",
        period: "2018",
        utfall: "För exempel på pågående utvecklingsinitiativ se bilaga till handlingsplanen för 2018-2019",
        status: ActivityStatus::Genomford,
    },
];

/// Bilaga 2's row that "planeras att genomföras under 2019": the 2019–2021 plan carries it over
/// with that year as its period.
pub(super) const CARRIED_TO_2019: usize = 4;

/// The previous plan's id and name, as the revision remembers them.
const PREVIOUS_ID: &str = "exempelplan-2018-2019";
const PREVIOUS_NAME: &str = "Handlingsplan regional digital agenda 2018–2019";

/// The decision. Seed 002 says the follow-up is reported to the Regionala ledningsgruppen, the
/// steering group, but gives no date or reference for it: both are the example's.
const DECIDED_ON: &str = "2018-12-12";
const FORUM: &str = "Regionala ledningsgruppen";
const REFERENCE: &str = "Exempel: underlaget anger ingen beslutsreferens";
const NOTE: &str =
    "Handlingsplan 2018–2019 med uppföljningen för 2018 (bilaga 2 till handlingsplan 2019–2021).";

/// Bilaga 2's rows as activities of the 2018–2019 plan, each with its Utfall for 2018. Their
/// ids are the same in the version and in the 2019–2021 plan that carries them over.
pub(super) fn activities(goals: &[Goal]) -> Vec<Activity> {
    let mut ids = SequentialIds::new("ex-uppf");
    BILAGA_2
        .iter()
        .map(|row| {
            let mut activity =
                Activity::new(ids.next_id(), goals.get(row.goal).map(|g| g.id.clone()));
            activity.title = row.aktivitet.to_string();
            activity.period = row.period.to_string();
            activity.status = row.status;
            activity.outcomes = vec![YearOutcome {
                year: FOLLOWED_UP_YEAR,
                text: row.utfall.to_string(),
            }];
            activity
        })
        .collect()
}

/// The 2018–2019 plan as the forum decided it after the follow-up: the same goals and criteria
/// as its revision (the comparison matches them by id), parameters set for 2018, no initiatives
/// (those of the example were raised for 2019–2021), and bilaga 2's activities. The strategies
/// and their mapping, which the comparison and the report do not read, are left out so that the
/// example with its version still fits in a link (tests/core_link.rs).
fn previous_plan(framework: &Framework, activities: Vec<Activity>) -> Plan {
    let mut params = CalcParams::default();
    params.price_year.value = FOLLOWED_UP_YEAR;
    params.price_year.year = Some(FOLLOWED_UP_YEAR);
    let mut plan = Plan::blank(
        PREVIOUS_ID.to_string(),
        PREVIOUS_NAME,
        "2018-01-15T09:00:00.000Z",
    );
    plan.modified = "2018-12-10T09:00:00.000Z".into();
    plan.organisation = Organisation {
        name: "Region Västmanland".into(),
        kind: OrgKind::Region,
    };
    plan.period = Period {
        start_year: 2018,
        end_year: 2019,
    };
    plan.framework = Framework {
        goals: framework.goals.clone(),
        criteria: framework.criteria.clone(),
        ..Framework::default()
    };
    plan.params = params;
    plan.activities = activities;
    plan
}

/// The fastställd version "Handlingsplan 2018–2019", and what the 2019–2021 plan remembers of
/// the plan it was revised from.
pub(super) fn decided_version(
    framework: &Framework,
    activities: Vec<Activity>,
) -> (FixedVersion, RevisedFrom) {
    let plan = previous_plan(framework, activities);
    let id = format!("v-{DECIDED_ON}");
    let revised_from = RevisedFrom {
        plan_id: plan.id.clone(),
        name: plan.name.clone(),
        period: plan.period,
        version_id: Some(id.clone()),
    };
    let version = FixedVersion {
        id,
        decided_on: DECIDED_ON.into(),
        forum: FORUM.into(),
        reference: REFERENCE.into(),
        note: NOTE.into(),
        plan: Arc::new(plan),
    };
    (version, revised_from)
}
