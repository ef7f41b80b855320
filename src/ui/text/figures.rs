//! Texts of the key figures and their formulas ("Hur räknas detta?"), with the figures
//! formatted the Swedish way.

use crate::core::calc::numfmt::{decimal, kronor, number, percent};

pub struct FigureTexts {
    pub title: &'static str,
    pub how: &'static str,
    pub hourly_cost: &'static str,
    /// Monthly salary, working hours a month, uplift, and the hourly cost they give.
    pub hourly_formula: fn(f64, f64, f64, f64) -> String,
    pub freed_hours: &'static str,
    /// Freed hours a year.
    pub freed_hours_formula: fn(f64) -> String,
    pub freed_value: &'static str,
    pub freed_value_formula: &'static str,
    pub freed_value_note: &'static str,
    pub cash_benefit: &'static str,
    pub cash_benefit_formula: &'static str,
    pub investment: &'static str,
    pub npv: &'static str,
    /// The horizon in years, the discount rate in percent, the price year.
    pub npv_formula: fn(u32, f64, i32) -> String,
    /// The calendar year the NPV is discounted to (the plan's base year), shown next to it.
    pub npv_discounted_to: fn(i32) -> String,
    /// The initiative's start year, its NPV at that year, the plan's base year, the discount
    /// rate in percent and the NPV at the base year.
    pub npv_base_formula: fn(i32, f64, i32, f64, f64) -> String,
    pub npv_cash_only: &'static str,
    pub npv_cash_only_formula: &'static str,
    /// The low and the high net present value.
    pub npv_range: fn(f64, f64) -> String,
    pub payback: &'static str,
    /// The calendar year, and the same year counted from the start year (0).
    pub payback_year: fn(i32, u32) -> String,
    pub payback_never: &'static str,
    pub payback_formula: &'static str,
    pub bcr: &'static str,
    pub bcr_none: &'static str,
    /// Discounted benefits and discounted costs.
    pub bcr_formula: fn(f64, f64) -> String,
    pub per_year: &'static str,
    pub hours_unit: &'static str,
    pub kr_per_hour: &'static str,
    pub table_title: &'static str,
    pub col_year: &'static str,
    pub col_cash: &'static str,
    pub col_freed_hours: &'static str,
    pub col_freed_value: &'static str,
    pub col_investment: &'static str,
    pub col_running: &'static str,
    pub col_net: &'static str,
    pub col_cumulative: &'static str,
    /// The calendar year present values are discounted to.
    pub col_pv: fn(i32) -> String,
    pub figure: &'static str,
    pub value: &'static str,
}

pub const FIGURES_SV: FigureTexts = FigureTexts {
    title: "Nyckeltal",
    how: "Hur räknas detta?",
    hourly_cost: "Timkostnad",
    hourly_formula: |salary, hours, uplift, result| {
        format!(
            "Medelmånadslön {} kr ÷ {} arbetstimmar per månad × påslag {} = {} kr/h (Ineras nyttokalkyl).",
            number(salary, 0),
            decimal(hours, 2),
            decimal(uplift, 4),
            number(result, 2)
        )
    },
    freed_hours: "Frigjord tid",
    freed_hours_formula: |result| {
        format!(
            "Ärenden per år × minuter som sparas per ärende ÷ 60, eller timmar per år, summerat över nyttorna: {} h per år.",
            decimal(result, 1)
        )
    },
    freed_value: "Värde av frigjord tid (andel som förväntas realiseras)",
    freed_value_formula: "Timmar per år × timkostnad × andel som förväntas realiseras:",
    freed_value_note: "Frigjord tid är inte pengar i budgeten: den blir nytta först när tiden används till något annat. Den hålls därför isär från ekonomisk nytta.",
    cash_benefit: "Ekonomisk nytta",
    cash_benefit_formula: "Minskade kostnader eller ökade intäkter i kronor per år, summerat över nyttorna.",
    investment: "Investering (totalt)",
    npv: "Nettonuvärde (NNV)",
    npv_formula: |horizon, rate, price_year| {
        format!(
            "NNV = Σ (nytta − kostnad) ÷ (1 + r)^t för år t = 0 … {horizon}, med diskonteringsränta r = {}. Nyttan omfattar ekonomisk nytta och värdet av frigjord tid, allt i {price_year} års priser.",
            percent(rate, 2)
        )
    },
    npv_discounted_to: |year| format!("diskonterat till {year}, planens första år"),
    npv_base_formula: |start, own, base, rate, shown| {
        if start == base {
            format!("Initiativet startar {start}, planens första år, och nuvärdet räknas till det året.")
        } else {
            format!(
                "Initiativet startar {start}; år t = 0 är {start}, och NNV vid startåret är {}. För att kunna jämföras och summeras med planens övriga initiativ diskonteras det till planens första år, {base}: {} ÷ (1 + {})^({start} − {base}) = {}.",
                kronor(own),
                kronor(own),
                percent(rate, 2),
                kronor(shown)
            )
        }
    },
    npv_cash_only: "Nettonuvärde utan frigjord tid",
    npv_cash_only_formula: "Samma beräkning med enbart ekonomisk nytta: det som syns i budgeten.",
    npv_range: |low, high| {
        format!(
            "Osäkerhetsintervall: {} (lågt: låga nyttor, höga kostnader) till {} (högt).",
            kronor(low),
            kronor(high)
        )
    },
    payback: "Återbetalningsår",
    payback_year: |year, index| format!("{year} (år {index})"),
    payback_never: "inom kalkylperioden: nej",
    payback_formula: "Första året då det ackumulerade nettot (nytta − kostnad, odiskonterat) blir större än noll.",
    bcr: "Nyttokostnadskvot",
    bcr_none: "–",
    bcr_formula: |benefits, costs| {
        format!(
            "Diskonterade nyttor {} ÷ diskonterade kostnader {}.",
            kronor(benefits),
            kronor(costs)
        )
    },
    per_year: "per år",
    hours_unit: "h",
    kr_per_hour: "kr/h",
    table_title: "Nyttor och kostnader per år",
    col_year: "År",
    col_cash: "Ekonomisk nytta",
    col_freed_hours: "Frigjord tid (h/år)",
    col_freed_value: "Värde av frigjord tid (kr/år)",
    col_investment: "Investering",
    col_running: "Driftkostnad",
    col_net: "Netto",
    col_cumulative: "Ackumulerat netto",
    col_pv: |year| format!("Nuvärde ({year})"),
    figure: "Nyckeltal",
    value: "Värde",
};
