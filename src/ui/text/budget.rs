//! Texts of the plan view "Budgetscenario".

use super::pager::PageSpan;
use crate::core::calc::numfmt::kronor;
use crate::core::portfolio::{Method, Objective};
use crate::ui::pages::plan_views::budget::Status;

/// A calendar year and an amount in kronor.
pub type YearAmount = (i32, f64);

pub struct BudgetTexts {
    pub intro: &'static str,
    pub state_note: &'static str,
    pub inputs_heading: &'static str,
    pub investment_label: &'static str,
    pub running_label: &'static str,
    pub running_hint: &'static str,
    pub kr: &'static str,
    pub kr_per_year: &'static str,
    pub objective_legend: &'static str,
    pub objective_score: &'static str,
    pub objective_npv: &'static str,
    pub proposal_heading: &'static str,
    pub no_budget: &'static str,
    /// Initiatives chosen, their investment, the investment budget, the objective's name
    /// ([`Self::objective`]) and the value reached, as the tables show it.
    pub summary: fn(usize, f64, f64, &str, &str) -> String,
    /// The running costs chosen and their budget, both a year.
    pub summary_running: fn(f64, f64) -> String,
    pub method_all_fit: &'static str,
    pub method_exact: &'static str,
    pub method_rounded: &'static str,
    pub method_greedy: &'static str,
    pub chosen_caption: &'static str,
    pub left_out_caption: &'static str,
    pub none_chosen: &'static str,
    pub none_left_out: &'static str,
    /// Initiatives that cannot be chosen.
    pub cannot_choose: fn(usize) -> String,
    pub col_initiative: &'static str,
    pub col_investment: &'static str,
    pub col_running: &'static str,
    pub col_status: &'static str,
    pub total: &'static str,
    /// The comparison's row of the objective's sum, with its name ([`Self::objective`]).
    pub total_of: fn(&str) -> String,
    pub remaining: &'static str,
    pub status_chosen: &'static str,
    pub status_left_out: &'static str,
    pub status_blocked: &'static str,
    pub status_unscored: &'static str,
    pub status_no_value: &'static str,
    pub forum_heading: &'static str,
    pub forum_intro: &'static str,
    pub forum_caption: &'static str,
    pub forum_col: &'static str,
    pub forum_from_proposal: &'static str,
    pub compare_caption: &'static str,
    pub col_proposal: &'static str,
    pub col_forum: &'static str,
    pub row_count: &'static str,
    pub row_within: &'static str,
    pub yes: &'static str,
    /// By how much the investment budget is exceeded.
    pub over_investment: fn(f64) -> String,
    /// By how much the yearly budget for running costs is exceeded.
    pub over_running: fn(f64) -> String,
    pub only_proposal: &'static str,
    pub only_forum: &'static str,
    pub same_selection: &'static str,
    pub unscored_in_forum: &'static str,
    /// The status line of the tables' pagers.
    pub page_status: fn(&PageSpan) -> String,
    pub how_body: &'static [&'static str],
    pub objective_npv_cash: &'static str,
    pub objective_npv_per_krona: &'static str,
    pub objective_score_note: &'static str,
    pub objective_npv_note: &'static str,
    pub objective_npv_cash_note: &'static str,
    pub objective_npv_per_krona_note: &'static str,
    pub yearly_label: &'static str,
    pub yearly_hint: &'static str,
    pub keep_prioritised_label: &'static str,
    pub keep_prioritised_hint: &'static str,
    /// The proposal's investment per calendar year, and the limit a year when one is set.
    pub summary_yearly: fn(&[YearAmount], Option<f64>) -> String,
    pub method_search: &'static str,
    pub method_search_stopped: &'static str,
    pub method_ratio: &'static str,
    pub status_rejected: &'static str,
    pub status_prioritised_apart: &'static str,
    /// Added after the title of an initiative whose decision in force is Prioriterad.
    pub prioritised_mark: &'static str,
    /// By how much the worst calendar year exceeds the yearly limit.
    pub over_yearly: fn(f64) -> String,
}

pub const BUDGET_SV: BudgetTexts = BudgetTexts {
    intro: "Ange hur mycket som finns att investera. Beredning föreslår den kombination av initiativ som ger mest inom budgeten, och du kan jämföra förslaget med forumets eget urval.",
    state_note: "Budget, mål och forumets urval sparas inte i planen. De finns kvar medan fliken är öppen.",
    inputs_heading: "Budget och mål",
    investment_label: "Investeringsbudget",
    running_label: "Budget för driftkostnader per år (frivillig)",
    running_hint: "Lämna tomt om driftkostnaderna inte begränsar urvalet.",
    kr: "kr",
    kr_per_year: "kr/år",
    objective_legend: "Välj de initiativ som ger högst summa av",
    objective_score: "Viktad poäng",
    objective_npv: "Nettonuvärde",
    proposal_heading: "Förslag",
    no_budget: "Ange en investeringsbudget så visas förslaget här.",
    summary: |n, investment, budget, objective, value| {
        format!(
            "Förslaget: {n} initiativ för {} av {}. Summa {}: {value}.",
            kronor(investment),
            kronor(budget),
            objective.to_lowercase()
        )
    },
    summary_running: |running, budget| {
        format!(
            "Driftkostnader: {} per år av {}.",
            kronor(running),
            kronor(budget)
        )
    },
    method_all_fit: "Alla initiativ som kan väljas ryms i budgeten, så alla ingår.",
    method_exact: "Metod: exakt. Förslaget är den kombination som ger högst summa inom budgeten. Beredning prövar kombinationerna med dynamisk programmering (kappsäcksmetoden) och räknar kostnaderna i en enhet som delar alla belopp jämnt, så ingen kombination missas.",
    method_rounded: "Metod: ungefärlig. För att beräkningen ska gå snabbt avrundades kostnaderna uppåt till en grövre enhet innan kombinationerna prövades. Förslaget håller budgeten, men en något bättre kombination kan finnas.",
    method_greedy: "Metod: ungefärlig. Med så här många initiativ och en så stor budget skulle en exakt beräkning ta för lång tid. Initiativen valdes efter mest värde per budgetkrona, och sedan prövades byten ett mot ett. Förslaget håller budgeten, men en bättre kombination kan finnas.",
    chosen_caption: "Föreslagna initiativ",
    left_out_caption: "Kan väljas men ryms inte i förslaget",
    none_chosen: "Inget initiativ ryms i budgeten.",
    none_left_out: "Inga initiativ som kan väljas lämnas utanför.",
    cannot_choose: |n| {
        format!("{n} initiativ kan inte väljas av Beredning (ska-krav saknas, poängen är ofullständig eller värdet är inte positivt). Forumet kan ändå ta med dem i sitt urval nedan.")
    },
    col_initiative: "Initiativ",
    col_investment: "Investering",
    col_running: "Driftkostnad per år",
    col_status: "I förslaget",
    total: "Summa",
    total_of: |objective| format!("Summa {}", objective.to_lowercase()),
    remaining: "Kvar av investeringsbudgeten:",
    status_chosen: "Ja",
    status_left_out: "Nej, ryms inte",
    status_blocked: "Kan inte väljas: ska-krav saknas",
    status_unscored: "Kan inte väljas: poängen är ofullständig",
    status_no_value: "Kan inte väljas: värdet är inte positivt",
    forum_heading: "Jämför med forumets urval",
    forum_intro: "Kryssa i de initiativ som forumet vill ta med. Från början är de initiativ ikryssade som redan har beslutet Prioriterad.",
    forum_caption: "Forumets urval",
    forum_col: "Forumets urval",
    forum_from_proposal: "Utgå från förslaget",
    compare_caption: "Förslaget och forumets urval sida vid sida",
    col_proposal: "Förslaget",
    col_forum: "Forumets urval",
    row_count: "Antal initiativ",
    row_within: "Inom budget",
    yes: "Ja",
    over_investment: |amount| format!("Nej, {} över investeringsbudgeten", kronor(amount)),
    over_running: |amount| {
        format!(
            "Nej, {} per år över budgeten för driftkostnader",
            kronor(amount)
        )
    },
    only_proposal: "Bara i förslaget:",
    only_forum: "Bara i forumets urval:",
    same_selection: "Forumets urval är detsamma som förslaget.",
    unscored_in_forum: "Initiativ utan fullständig poäng räknas med 0 poäng i forumets summa.",
    page_status: |s| {
        format!(
            "Sida {} av {}: initiativ {}–{} av {}",
            s.page, s.pages, s.from, s.to, s.total
        )
    },
    how_body: &[
        "Beredning väljer bland initiativ som uppfyller alla ska-krav, har fullständig poäng och ett positivt värde. Värdet är den viktade poängen eller det förväntade nettonuvärdet, beroende på vad du valt.",
        "Investeringen är summan av initiativets förväntade investeringar under kalkylperioden, utan diskontering. Driftkostnaden är kostnaden per år.",
        "Förslaget är den kombination som ger högst summa värde utan att investeringarna tillsammans överstiger investeringsbudgeten, och, om du angett en sådan, utan att driftkostnaderna tillsammans överstiger budgeten för driftkostnader. Att gå nedåt i rangordningen tills pengarna tar slut kan lämna en stor del av budgeten oanvänd; därför prövas kombinationer.",
        "Initiativ utan kostnad tas alltid med. Ett initiativ som ensamt kostar mer än budgeten kan inte väljas.",
        "Med en högsta investering per kalenderår får inget år i förslaget investera mer än så. Investeringens år räknas som planperiodens första år plus investeringens år i kalkylen.",
        "Initiativ med beslutet Avslagen föreslås aldrig. Initiativ med beslutet Prioriterad märks som redan prioriterade; du väljer om de ska räknas in i förslaget (deras kostnader tas då från budgeten) eller hållas utanför det.",
    ],
    objective_npv_cash: "Nettonuvärde utan frigjord tid",
    objective_npv_per_krona: "Nettonuvärdeskvot (nettonuvärde per investerad krona)",
    objective_score_note: "Viktad poäng är ett index från 0 till 100 för varje initiativ, oavsett hur stort det är. En summa av index gynnar därför många små initiativ framför ett stort: två små initiativ med 60 poäng vardera ger mer än ett stort med 100. Summan visar vad forumets kriterier värderar, inte vad budgeten ger i kronor.",
    objective_npv_note: "Nettonuvärdet räknar med värdet av frigjord tid. Frigjord tid blir en verklig vinst bara om tiden används till annat.",
    objective_npv_cash_note: "Bara ekonomisk nytta räknas, inte frigjord tid: det som når en budgetrad.",
    objective_npv_per_krona_note: "Så rangordnar svensk praxis (Trafikverkets ASEK) när budgeten är fast: initiativen tas i ordning efter nettonuvärde per investerad krona så länge de ryms, och ett initiativ som inte ryms hoppas över. Summan är nettonuvärdet med frigjord tid. Ordningen är en regel, så en annan kombination kan ge högre nettonuvärde; välj Nettonuvärde för att se den.",
    yearly_label: "Högsta investering per kalenderår (frivillig)",
    yearly_hint: "Gäller varje kalenderår för sig. Lämna tomt om bara den totala budgeten begränsar urvalet.",
    keep_prioritised_label: "Räkna in redan prioriterade initiativ i förslaget",
    keep_prioritised_hint: "Ikryssad: initiativ med beslutet Prioriterad ingår alltid i förslaget och deras kostnader tas från budgeten. Inte ikryssad: de hålls utanför förslaget som redan beslutade.",
    summary_yearly: |years, limit| {
        let parts: Vec<String> = years
            .iter()
            .map(|(year, amount)| format!("{year}: {}", kronor(*amount)))
            .collect();
        let list = if parts.is_empty() {
            "ingen".to_string()
        } else {
            parts.join(", ")
        };
        match limit {
            Some(l) => format!("Investering per kalenderår: {list} (högst {} per år).", kronor(l)),
            None => format!("Investering per kalenderår: {list}."),
        }
    },
    method_search: "Metod: exakt. Med en gräns per kalenderår prövas kombinationerna med gren och gräns (branch and bound) i hela kronor, så ingen bättre kombination missas.",
    method_search_stopped: "Metod: ungefärlig. Med så här många initiativ avbröts sökningen efter en stund. Förslaget håller alla gränser, men en bättre kombination kan finnas.",
    method_ratio: "Metod: nettonuvärdeskvot. Initiativen togs i ordning efter nettonuvärde per investerad krona så länge de rymdes inom gränserna; ett initiativ som inte rymdes hoppades över.",
    status_rejected: "Kan inte väljas: avslagen",
    status_prioritised_apart: "Redan prioriterad, utanför förslaget",
    prioritised_mark: " (redan prioriterad)",
    over_yearly: |amount| format!("Nej, {} över gränsen per kalenderår", kronor(amount)),
};

impl BudgetTexts {
    pub fn objective(&self, objective: Objective) -> &'static str {
        match objective {
            Objective::Score => self.objective_score,
            Objective::Npv => self.objective_npv,
            Objective::NpvCashOnly => self.objective_npv_cash,
            Objective::NpvPerKrona => self.objective_npv_per_krona,
        }
    }

    /// The name of the figure summed under the objective: the NPV for NPV per krona, whose
    /// ratio orders the list but is not what it adds up.
    pub fn value_name(&self, objective: Objective) -> &'static str {
        match objective {
            Objective::NpvPerKrona => self.objective_npv,
            other => self.objective(other),
        }
    }

    /// What the objective's sum means, shown under the choice so the forum is not misled.
    pub fn objective_note(&self, objective: Objective) -> &'static str {
        match objective {
            Objective::Score => self.objective_score_note,
            Objective::Npv => self.objective_npv_note,
            Objective::NpvCashOnly => self.objective_npv_cash_note,
            Objective::NpvPerKrona => self.objective_npv_per_krona_note,
        }
    }

    /// How the proposal was found: exact, or approximate and why.
    pub fn method(&self, method: Method, exact: bool) -> &'static str {
        match (method, exact) {
            (Method::ExactDynamicProgramming, true) => self.method_exact,
            (Method::ExactDynamicProgramming, false) => self.method_rounded,
            (Method::Greedy, _) => self.method_greedy,
            (Method::Search, true) => self.method_search,
            (Method::Search, false) => self.method_search_stopped,
            (Method::RatioOrder, _) => self.method_ratio,
        }
    }

    /// Whether an initiative is in the proposal, and if not, why.
    pub fn status(&self, status: Status) -> &'static str {
        match status {
            Status::Chosen => self.status_chosen,
            Status::LeftOut => self.status_left_out,
            Status::Blocked => self.status_blocked,
            Status::Unscored => self.status_unscored,
            Status::NoValue => self.status_no_value,
            Status::Rejected => self.status_rejected,
            Status::PrioritisedApart => self.status_prioritised_apart,
        }
    }
}
