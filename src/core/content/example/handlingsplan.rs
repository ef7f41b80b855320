//! The example's handlingsplan 2019–2021 as seed 002 writes it: the activities under the four
//! inriktningsmål, and bilaga 1, the ongoing development work in the county (all eight rows).
//!
//! Texts are the document's own, its line wraps joined; a line break is kept where the document
//! starts a list item or a new paragraph inside a cell. Footnote markers are left out.

use crate::core::model::ids::{IdSource, SequentialIds};
use crate::core::{Activity, ActivityStatus, Goal};

/// One row of a table *Aktivitet / Period / Ansvarig / Status* (seed 002).
pub(super) struct Row {
    /// Index into the four inriktningsmål; None for bilaga 1, outside the goals.
    pub goal: Option<usize>,
    pub aktivitet: &'static str,
    pub period: &'static str,
    pub ansvarig: &'static str,
    pub status: ActivityStatus,
    /// The Status cell's own words where they say more than the status: an open question
    /// of the draft, or "Beslutad, ska påbörjas".
    pub anmarkning: &'static str,
}

impl Row {
    /// The row as an activity of the plan, its goal looked up among `goals`.
    pub(super) fn activity(&self, id: String, goals: &[Goal]) -> Activity {
        let mut activity = Activity::new(
            id,
            self.goal.and_then(|g| goals.get(g)).map(|g| g.id.clone()),
        );
        activity.title = self.aktivitet.to_string();
        activity.period = self.period.to_string();
        activity.responsible = self.ansvarig.to_string();
        activity.status = self.status;
        activity.note = self.anmarkning.to_string();
        activity
    }
}

const fn row(
    goal: usize,
    aktivitet: &'static str,
    period: &'static str,
    ansvarig: &'static str,
    status: ActivityStatus,
) -> Row {
    Row {
        goal: Some(goal),
        aktivitet,
        period,
        ansvarig,
        status,
        anmarkning: "",
    }
}

/// The activities under the four inriktningsmål (goal index, Aktivitet, Period, Ansvarig,
/// Status). Three cells are shortened: the presidiekonferens to its first sentence, the
/// broadband service to its point, and "se bilaga 1" left out of the spreading of examples.
pub(super) const UNDER_GOALS: [Row; 10] = [
    row(0, "Införa e-hälsa som en punkt på Socialchefsnätverket", "2019", "Region Västmanland", ActivityStatus::Ny),
    row(0, "Samordna och sammankalla digitaliseringsstrateger eller motsvarande inom kommunernas Socialförvaltningar för att utbyta information och erfarenheter samt främja samverkan inom e-hälsa", "2019", "Region Västmanland", ActivityStatus::Ny),
    row(0, "Sammankalla länets IT-strateger inom kommuner och regionen för att utbyta erfarenheter, behov och idéer", "2019", "Region Västmanland", ActivityStatus::Ny),
    row(0, "Erbjuda kommunövergripande analys av LIKA Skola", "2019", "Region Västmanland", ActivityStatus::Ny),
    row(1, "Arrangera presidiekonferens till politiker och chefstjänstemän inom Socialförvaltningarna", "2019", "", ActivityStatus::Ny),
    row(1, "Sprida information om goda exempel om nyttan med digitalisering och relevanta initiativ som pågår via deladigitalt samt webbar", "2019", "Region Västmanland", ActivityStatus::Ny),
    row(2, "Digital informationstjänst om bredband: samla och samordna information om bredband på en gemensam webbplats i regionen, \"en väg in\" för invånare och företag", "2019", "Region Västmanland", ActivityStatus::Pagar),
    row(3, "Verka för att flera möten genomförs digitalt", "2019", "", ActivityStatus::Ny),
    row(3, "Kartlägga befintliga IT-lösningar i syfte att facilitera samverkan inom exempelvis utveckling, upphandling och användning", "2019", "Respektive kommun", ActivityStatus::Ny),
    row(3, "Verka för gemensamma upphandlingar", "2019", "", ActivityStatus::Ny),
];

/// Bilaga 1's row on the libraries, which the prioritised library initiative carries out.
pub(super) const LIBRARY_ROW: usize = 4;

/// Bilaga 1 – Pågående utvecklingsinsatser inom länet: all eight rows, in the document's order.
/// Where the Status cell says more than a status, its words are kept as the activity's remark.
/// The one edit: the two parties the document writes on two lines of one Ansvarig cell (row 7)
/// are separated by a comma, since a responsible is one line.
pub(super) const BILAGA_1: [Row; 8] = [
    Row {
        goal: None,
        aktivitet: "Genomföra en pilot för Sammanhållen journalföring med Västerås stad",
        period: "2018-2019",
        ansvarig: "Centrum för digitalisering, Region Västmanland och Västerås stad",
        status: ActivityStatus::Pagar,
        anmarkning: "",
    },
    Row {
        goal: None,
        aktivitet: "Tillgängliggöra information om Västmanland för invånare och besökare genom bland andra:\n• Kulturarvsportalen\n• Digitalt museum\n• Smaka på Västmanland\n• Evenemangskalender (klar?)",
        period: "2019",
        ansvarig: "Centrum för Regional utveckling, Region Västmanland",
        status: ActivityStatus::Pagar,
        anmarkning: "",
    },
    Row {
        goal: None,
        aktivitet: "Etablera ett kontaktcenter i Västerås sjukhus som bland annat kan ge support för digitala tjänster",
        period: "2018–2019",
        ansvarig: "Centrum för kommunikation, Region Västmanland",
        status: ActivityStatus::Pagar,
        anmarkning: "",
    },
    Row {
        goal: None,
        aktivitet: "Förslag pilotprojekt för att utreda digital signering och ankomstregistrering av dokument för att ersätta fysisk underskrift. Behovet är stort för den gemensamma socialjouren. Ytterligare exempel är digital signering av protokoll, avtal och liknande handlingar.",
        period: "2018",
        ansvarig: "Socialjouren, Västerås stad och Fagersta kommun",
        status: ActivityStatus::Beslutad,
        anmarkning: "Beslutad? Är detta genomfört under 2018?",
    },
    Row {
        goal: None,
        aktivitet: "Bibliotek i Västmanland.\nSamarbete mellan folkbiblioteken i länets tio kommuner. Målet är att upphandla gemensamt biblioteksdatasystem, gemensam webb (inkluderar e-tjänster) samt implementera RFID-teknik med självbetjäningsautomater. Syftet är att länets invånare ska kunna ta del av alla kommuners biblioteksmedier, oavsett var man bor eller arbetar, på lika villkor. Sjukhusbiblioteket ingår i delar av samarbetet.",
        period: "2018–2019 (med fortsättning)",
        ansvarig: "Kulturutveckling, Region Västmanland i samarbete med alla kommunerna",
        status: ActivityStatus::Pagar,
        anmarkning: "",
    },
    Row {
        goal: None,
        aktivitet: "Genomföra ett pilotprojekt i Surahammar för att utveckla samarbetsformer mellan myndigheter, kommun och civilsamhälle kring kunskap och tillgång till utrustning för att invånare ska tillgodogöra sig tjänster",
        period: "2018–2019",
        ansvarig: "Surahammars kommun, Biblioteket och Folkets hus i Surahammar",
        status: ActivityStatus::Beslutad,
        anmarkning: "Beslutad, ska påbörjas",
    },
    Row {
        goal: None,
        aktivitet: "Minska det digitala utanförskapet genom olika satsningar på digital delaktighet, till exempel genom tillgång till utrustning och support för digitala tjänster.",
        period: "2018-2020",
        ansvarig: "Folkbiblioteken i respektive kommun, Kulturutveckling, Region Västmanland",
        status: ActivityStatus::Pagar,
        anmarkning: "",
    },
    Row {
        goal: None,
        aktivitet: "Digitalt först - med användaren i fokus.\nRegeringen avsätter 25 miljoner kr årligen under en treårsperiod, varav 700 000 kr går till Västmanland, för att genomföra en bred satsning på digital kompetenshöjning för hela befolkningen. Arbetet sker i två steg:\n1. Bibliotekspersonal. Självskattningstest och fortbildning\n2. Höja kunskapen hos invånarna; öka förtrogenhet med digital teknik, skapa samhällelig och individuell tillit till myndigheter, e-förvaltning med flera i en snabb teknisk utveckling.\nPengarna distribueras från Kungliga biblioteket via de regionala biblioteksverksamheterna.",
        period: "2018–2020",
        ansvarig: "Kulturutveckling, Region Västmanland i samarbete med alla kommunerna",
        status: ActivityStatus::Beslutad,
        anmarkning: "Beslutad, ska påbörjas",
    },
];

/// The 2019–2021 plan's own activities: those under the goals, then bilaga 1. Ids come from a
/// sequence of their own, so the initiatives' ids (named by links) never shift with them.
pub(super) fn activities(goals: &[Goal]) -> Vec<Activity> {
    let mut ids = SequentialIds::new("ex-akt");
    UNDER_GOALS
        .iter()
        .chain(BILAGA_1.iter())
        .map(|row| row.activity(ids.next_id(), goals))
        .collect()
}
