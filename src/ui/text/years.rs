//! Texts of an initiative's years in the analysis step: its start year and its running cost's
//! first and last year, with the messages for a refused year (docs/domain.md §5.5).

use crate::core::model::YearError;

pub struct YearTexts {
    pub start_year: &'static str,
    /// The plan's first and last year.
    pub start_year_hint: fn(i32, i32) -> String,
    pub running_first_year: &'static str,
    pub running_last_year: &'static str,
    /// The first and last calendar year the running cost is counted in.
    pub running_years: fn(i32, i32) -> String,
    pub running_years_none: &'static str,
    pub running_years_hint: &'static str,
    /// The first and last calendar year a benefit is counted in.
    pub benefit_years: fn(i32, i32) -> String,
    pub benefit_years_none: &'static str,
    /// The calendar year an investment falls in.
    pub investment_year: fn(i32) -> String,
    pub investment_year_none: &'static str,
    /// The year NPVs are discounted to, in the plan views that show them.
    pub npv_note: fn(i32) -> String,
    pub not_a_year: &'static str,
    /// The plan's first and last year.
    pub outside_period: fn(i32, i32) -> String,
    /// The horizon in years.
    pub outside_horizon: fn(u32) -> String,
    /// The running cost's last year.
    pub first_after_last: fn(u32) -> String,
    /// The running cost's first year.
    pub last_before_first: fn(u32) -> String,
    pub gone: &'static str,
}

pub const YEARS_SV: YearTexts = YearTexts {
    start_year: "Startår",
    start_year_hint: |first, last| {
        format!("Kalenderåret som är initiativets år 0: investeringar, driftkostnad och nyttor räknas från det. Ett år inom planens period, {first}–{last}.")
    },
    running_first_year: "Första år (0 = startår)",
    running_last_year: "Sista år",
    running_years: |first, last| format!("Driftkostnaden räknas {}.", span(first, last)),
    running_years_none: "Driftkostnaden räknas inte något år inom kalkylperioden.",
    running_years_hint: "År räknas från startåret, som är år 0, och ligger inom kalkylperioden.",
    benefit_years: |first, last| format!("Nyttan räknas {}.", span(first, last)),
    benefit_years_none: "Nyttan räknas inte något år inom kalkylperioden.",
    investment_year: |year| format!("Investeringen räknas {year}."),
    investment_year_none: "Året ligger efter kalkylperioden; investeringen räknas inte.",
    npv_note: |year| {
        format!("Nettonuvärdet räknas från varje initiativs eget startår och är diskonterat till {year}, planens första år, så att initiativ som startar olika år kan jämföras och summeras.")
    },
    not_a_year: "Ange ett helt år med siffror.",
    outside_period: |first, last| {
        format!("Startåret måste ligga inom planens period, {first}–{last}.")
    },
    outside_horizon: |horizon| {
        format!("Året måste ligga inom kalkylperioden, år 0–{horizon} räknat från startåret.")
    },
    first_after_last: |last| format!("Första år kan inte vara efter sista år ({last})."),
    last_before_first: |first| format!("Sista år kan inte vara före första år ({first})."),
    gone: "Initiativet finns inte längre; ändringen sparades inte.",
};

/// "2027–2029", or "2027" for a single year.
fn span(first: i32, last: i32) -> String {
    if first == last {
        first.to_string()
    } else {
        format!("{first}–{last}")
    }
}

impl YearTexts {
    /// Why a typed year was refused, for the message tied to its field.
    pub fn error(&self, e: YearError) -> String {
        match e {
            YearError::NotAYear => self.not_a_year.into(),
            YearError::OutsidePeriod { first, last } => (self.outside_period)(first, last),
            YearError::OutsideHorizon { horizon } => (self.outside_horizon)(horizon),
            YearError::FirstAfterLast { last } => (self.first_after_last)(last),
            YearError::LastBeforeFirst { first } => (self.last_before_first)(first),
            YearError::Gone => self.gone.into(),
        }
    }
}
