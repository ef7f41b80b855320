//! Texts of the plan view "Matris".

use super::pager::PageSpan;
use crate::core::calc::numfmt::{decimal, kronor, number};
use crate::ui::pages::plan_views::matrix::{CostAxis, Quadrant, ValueAxis};

pub struct MatrixTexts {
    pub intro: &'static str,
    pub value_legend: &'static str,
    pub value_score: &'static str,
    pub value_npv: &'static str,
    pub cost_legend: &'static str,
    pub cost_cost: &'static str,
    /// The name of the plan's feasibility criterion.
    pub cost_effort: fn(&str) -> String,
    pub effort_missing: &'static str,
    /// The names of the chosen axes ([`Self::value_axis`], [`Self::cost_axis`]).
    pub chart_title: fn(&str, &str) -> String,
    /// Where the split lines are, as the table shows a value and a cost.
    pub chart_desc: fn(&str, &str) -> String,
    pub skip_chart: &'static str,
    pub chart_heading: &'static str,
    pub axis_score: &'static str,
    pub axis_npv: &'static str,
    pub axis_cost: &'static str,
    pub axis_effort: &'static str,
    pub quadrant_quick_win: &'static str,
    pub quadrant_big_bet: &'static str,
    pub quadrant_filler: &'static str,
    pub quadrant_question: &'static str,
    pub quadrant_quick_win_hint: &'static str,
    pub quadrant_big_bet_hint: &'static str,
    pub quadrant_filler_hint: &'static str,
    pub quadrant_question_hint: &'static str,
    // A point's figures in its accessible name.
    pub label_score: fn(f64) -> String,
    pub label_npv: fn(f64) -> String,
    pub label_cost: fn(f64) -> String,
    pub label_effort: fn(f64) -> String,
    /// Title, value and cost ([`Self::value_label`], [`Self::cost_label`]), freed hours a year,
    /// the quadrant's name.
    pub point_label: fn(&str, &str, &str, f64, &str) -> String,
    pub blocked: &'static str,
    pub hours_unit: &'static str,
    /// An effort, 1–5, as the table shows it.
    pub effort_of: fn(f64) -> String,
    pub table_caption: &'static str,
    pub col_number: &'static str,
    pub col_initiative: &'static str,
    pub col_hours: &'static str,
    pub col_quadrant: &'static str,
    /// The status line of the table's pager.
    pub page_status: fn(&PageSpan) -> String,
    pub unscored: &'static str,
    pub not_placed: &'static str,
    pub empty: &'static str,
    pub how_body: &'static [&'static str],
}

pub const MATRIX_SV: MatrixTexts = MatrixTexts {
    intro: "Varje fullständigt bedömt initiativ visas som en bubbla: högre värde längre upp, högre kostnad eller insats längre till höger. Bubblans yta motsvarar frigjord tid per år. Initiativ som saknar ett ska-krav visas med streckad kant. Välj en bubbla för att öppna initiativet.",
    value_legend: "Värde",
    value_score: "Viktad poäng",
    value_npv: "Nettonuvärde",
    cost_legend: "Kostnad eller insats",
    cost_cost: "Kostnad: investering och driftkostnad under kalkylperioden",
    cost_effort: |name| format!("Insats: 6 minus bedömningen på {name}"),
    effort_missing: "Insats kan väljas när ett av planens kriterier mäter genomförbarhet (väljs under Prioriteringskriterier på planens översikt).",
    chart_title: |value, cost| {
        format!(
            "Matris: {} mot {}",
            value.to_lowercase(),
            cost.to_lowercase()
        )
    },
    chart_desc: |value, cost| {
        format!("Linjerna delar vid medianen på varje axel: värde {value}, kostnad eller insats {cost}. Ett värde exakt på medianen räknas som lågt.")
    },
    skip_chart: "Hoppa förbi diagrammet till tabellen",
    chart_heading: "Initiativen i matrisen",
    axis_score: "Viktad poäng (0–100)",
    axis_npv: "Nettonuvärde, kr",
    axis_cost: "Kostnad under kalkylperioden, kr",
    axis_effort: "Insats (1 = lätt, 5 = svårt)",
    quadrant_quick_win: "Snabba vinster",
    quadrant_big_bet: "Större satsningar",
    quadrant_filler: "Utfyllnad",
    quadrant_question: "Ifrågasätt",
    quadrant_quick_win_hint: "högt värde, låg kostnad",
    quadrant_big_bet_hint: "högt värde, hög kostnad",
    quadrant_filler_hint: "lågt värde, låg kostnad",
    quadrant_question_hint: "lågt värde, hög kostnad",
    label_score: |v| format!("poäng {}", decimal(v, 1)),
    label_npv: |v| format!("nettonuvärde {}", kronor(v)),
    label_cost: |v| format!("kostnad {}", kronor(v)),
    label_effort: |v| format!("insats {} av 5", decimal(v, 0)),
    point_label: |title, value, cost, hours, quadrant| {
        format!(
            "{title}: {value}, {cost}, frigjord tid {} h/år, {}",
            number(hours, 0),
            quadrant.to_lowercase()
        )
    },
    blocked: "spärrad, ska-krav saknas",
    hours_unit: "h/år",
    effort_of: |effort| format!("{} av 5", decimal(effort, 1)),
    table_caption: "Matrisens uppgifter i tabellform",
    col_number: "Nr",
    col_initiative: "Initiativ",
    col_hours: "Frigjord tid (h/år)",
    col_quadrant: "Kvadrant",
    page_status: |s| {
        format!(
            "Sida {} av {}: initiativ {}–{} av {}",
            s.page, s.pages, s.from, s.to, s.total
        )
    },
    unscored: "Visas inte eftersom initiativet inte är fullständigt bedömt:",
    not_placed: "Kan inte placeras med det här valet:",
    empty: "Inget initiativ är fullständigt bedömt ännu. Bedöm initiativen i genomgångens steg Prioritering, så visas de här.",
    how_body: &[
        "Värde är antingen den viktade poängen (0–100, från planens kriterier och vikter) eller nettonuvärdet, med värdet av frigjord tid, under kalkylperioden med planens diskonteringsränta.",
        "Kostnad är investeringarna plus driftkostnaden per år gånger kalkylperiodens antal år, utan diskontering: det som budgeten ska bära. Insats är 6 minus bedömningen på kriteriet som mäter genomförbarhet, vad det än heter, så att 1 betyder lätt och 5 svårt.",
        "Kvadranterna delas vid medianen av de initiativ som visas, på varje axel för sig. Hälften av initiativen hamnar alltså på var sida om varje linje; ett värde exakt på medianen räknas som lågt. Medianen flyttar sig när initiativ läggs till, så kvadranten säger hur ett initiativ står sig mot de andra i planen, inte mot en fast gräns.",
        "Bubblans yta är proportionell mot den frigjorda tiden per år (året med mest frigjord tid, före andelen som förväntas realiseras). Initiativ utan frigjord tid får en minsta storlek så att de syns.",
        "Initiativ som saknar ett ska-krav visas med streckad kant: de kan inte prioriteras förrän kravet är uppfyllt.",
    ],
};

impl MatrixTexts {
    /// The value axis as the choice and the table's column name it.
    pub fn value_axis(&self, axis: ValueAxis) -> &'static str {
        match axis {
            ValueAxis::Score => self.value_score,
            ValueAxis::Npv => self.value_npv,
        }
    }

    /// The value axis's title on the chart, with its scale or unit.
    pub fn value_axis_title(&self, axis: ValueAxis) -> &'static str {
        match axis {
            ValueAxis::Score => self.axis_score,
            ValueAxis::Npv => self.axis_npv,
        }
    }

    pub fn cost_axis(&self, axis: CostAxis) -> &'static str {
        match axis {
            CostAxis::Cost => self.axis_cost,
            CostAxis::Effort => self.axis_effort,
        }
    }

    pub fn quadrant(&self, q: Quadrant) -> &'static str {
        match q {
            Quadrant::QuickWin => self.quadrant_quick_win,
            Quadrant::BigBet => self.quadrant_big_bet,
            Quadrant::Filler => self.quadrant_filler,
            Quadrant::Question => self.quadrant_question,
        }
    }

    pub fn quadrant_hint(&self, q: Quadrant) -> &'static str {
        match q {
            Quadrant::QuickWin => self.quadrant_quick_win_hint,
            Quadrant::BigBet => self.quadrant_big_bet_hint,
            Quadrant::Filler => self.quadrant_filler_hint,
            Quadrant::Question => self.quadrant_question_hint,
        }
    }

    /// A point's value in its accessible name: "poäng 71,3".
    pub fn value_label(&self, axis: ValueAxis, value: f64) -> String {
        match axis {
            ValueAxis::Score => (self.label_score)(value),
            ValueAxis::Npv => (self.label_npv)(value),
        }
    }

    /// A point's cost in its accessible name: "kostnad 300 000 kr".
    pub fn cost_label(&self, axis: CostAxis, cost: f64) -> String {
        match axis {
            CostAxis::Cost => (self.label_cost)(cost),
            CostAxis::Effort => (self.label_effort)(cost),
        }
    }
}
