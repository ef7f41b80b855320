//! Texts of the plan view "Handlingsplan", and of the pager it shares with "Uppföljning".

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
    /// Read after [`Self::add`] by screen readers only: "under {goal}".
    pub add_under: &'static str,
    pub remove: &'static str,
    pub confirm_remove: &'static str,
    pub group_empty: &'static str,
    pub group_count: &'static str,
    pub page_nav: &'static str,
    pub page_status: &'static str,
    pub page_previous: &'static str,
    pub page_next: &'static str,
    /// After the heading of a goal whose activities began on an earlier page.
    pub continued: &'static str,
    /// `{group}` of [`Self::page_nav`] for the one pager of the whole handlingsplan.
    pub plan_pages: &'static str,
    /// The list of goals with the page each is on, shown when there is more than one page.
    pub index_label: &'static str,
    /// `{n}` activities, on `{pages}` ("2" or "2–3").
    pub index_where: &'static str,
}

pub const HANDLINGSPLAN_SV: HandlingsplanTexts = HandlingsplanTexts {
    intro: "Det som beslutats blir aktiviteter, grupperade under planens inriktningsmål som i en handlingsplan. Ändra aktivitet, period, ansvarig och status direkt i listan; allt sparas automatiskt. Årets utfall skrivs i vyn Uppföljning.",
    no_goals: "Planen har inga inriktningsmål ännu. Alla aktiviteter visas därför under övrigt arbete; mål läggs till i planens översikt.",
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
    add_under: "under {goal}",
    remove: "Ta bort aktiviteten",
    confirm_remove: "Ta bort aktiviteten ”{title}” ur handlingsplanen? Dess utfall tas också bort.",
    group_empty: "Inga aktiviteter i gruppen ännu.",
    group_count: "{n} aktiviteter",
    page_nav: "Sidor för {group}",
    page_status: "Visar {from}–{to} av {total}",
    page_previous: "Föregående sida",
    page_next: "Nästa sida",
    continued: "(forts.)",
    plan_pages: "handlingsplanen",
    index_label: "Mål i handlingsplanen",
    index_where: "{n} aktiviteter, sida {pages}",
};
