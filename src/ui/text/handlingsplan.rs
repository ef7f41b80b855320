//! Texts of the plan view "Handlingsplan", and of the pager it shares with "Uppföljning".

use super::pager::PageSpan;

pub struct HandlingsplanTexts {
    pub intro: &'static str,
    pub no_goals: &'static str,
    pub status_summary: &'static str,
    pub activity_legend: &'static str,
    pub untitled: &'static str,
    pub title_label: &'static str,
    pub period_label: &'static str,
    pub responsible_label: &'static str,
    pub status_label: &'static str,
    pub note: &'static str,
    pub from_initiative: &'static str,
    pub add: &'static str,
    /// Read after [`Self::add`] by screen readers only, with the goal's name.
    pub add_under: fn(&str) -> String,
    pub remove: &'static str,
    /// The activity's title.
    pub confirm_remove: fn(&str) -> String,
    /// How many years of utfall the activity has.
    pub remove_outcomes: fn(usize) -> String,
    /// The activity's title.
    pub confirm_remove_button: fn(&str) -> String,
    /// The activity's title.
    pub removed: fn(&str) -> String,
    pub group_empty: &'static str,
    /// Activities in the group.
    pub group_count: fn(usize) -> String,
    /// The name of a pager's navigation, with what it pages (a group's heading, a caption).
    pub page_nav: fn(&str) -> String,
    /// A pager's status line unless the view gives its own.
    pub page_status: fn(&PageSpan) -> String,
    pub page_previous: &'static str,
    pub page_next: &'static str,
    /// After the heading of a goal whose activities began on an earlier page.
    pub continued: &'static str,
    /// What [`Self::page_nav`] names for the one pager of the whole handlingsplan.
    pub plan_pages: &'static str,
    /// The list of goals with the page each is on, shown when there is more than one page.
    pub index_label: &'static str,
    /// A goal's activities, on the pages from the first to the last (both from 1).
    pub index_where: fn(usize, usize, usize) -> String,
}

pub const HANDLINGSPLAN_SV: HandlingsplanTexts = HandlingsplanTexts {
    intro: "Det som beslutats blir aktiviteter, grupperade under planens mål som i en handlingsplan. Ändra aktivitet, period, ansvarig och status direkt i listan; allt sparas automatiskt. Årets utfall skrivs i vyn Uppföljning.",
    no_goals: "Planen har inga mål ännu. Alla aktiviteter visas därför under övrigt arbete; mål läggs till i planens översikt.",
    status_summary: "Aktiviteter per status:",
    activity_legend: "Aktivitet",
    untitled: "(aktivitet utan namn)",
    title_label: "Aktivitet",
    period_label: "Period",
    responsible_label: "Ansvarig",
    status_label: "Status",
    note: "Anmärkning:",
    from_initiative: "Från initiativet:",
    add: "Lägg till aktivitet",
    add_under: |goal| format!("under {goal}"),
    remove: "Ta bort aktiviteten",
    confirm_remove: |title| format!("Ta bort aktiviteten ”{title}” ur handlingsplanen?"),
    remove_outcomes: |n| match n {
        0 => "Aktiviteten har inget utfall skrivet.".to_string(),
        1 => "Aktiviteten har utfall för 1 år; det tas bort med aktiviteten.".to_string(),
        n => format!("Aktiviteten har utfall för {n} år; de tas bort med aktiviteten."),
    },
    confirm_remove_button: |title| format!("Ja, ta bort aktiviteten ”{title}”"),
    removed: |title| format!("Aktiviteten ”{title}” togs bort."),
    group_empty: "Inga aktiviteter i gruppen ännu.",
    group_count: |n| format!("{n} aktiviteter"),
    page_nav: |group| format!("Sidor för {group}"),
    page_status: |s| format!("Visar {}–{} av {}", s.from, s.to, s.total),
    page_previous: "Föregående sida",
    page_next: "Nästa sida",
    continued: "(forts.)",
    plan_pages: "handlingsplanen",
    index_label: "Mål i handlingsplanen",
    index_where: |n, first, last| {
        if first == last {
            format!("{n} aktiviteter, sida {first}")
        } else {
            format!("{n} aktiviteter, sida {first}–{last}")
        }
    },
};
