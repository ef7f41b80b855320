//! The plan's totals for the year per benefit class, and the freed-time ledger from planned hours
//! to kronor. Figures come from `core::portfolio::followup`; this file only formats them.

use leptos::prelude::*;

use crate::core::calc::hourly_cost;
use crate::core::portfolio::{freed_time_ledger, totals, ClassTotals, FreedTimeLedger};
use crate::ui::state::{AppState, PlanHandle};
use crate::ui::text::num::{decimal, kronor, percent};
use crate::ui::text::t;

/// Everything both tables show, derived in one pass when the plan or the year changes.
#[derive(Clone, PartialEq)]
struct Summary {
    year: i32,
    totals: ClassTotals,
    ledger: FreedTimeLedger,
    hourly: f64,
}

fn hours(h: f64) -> String {
    format!("{}\u{a0}h", decimal(h, 1))
}

/// Realised as a share of expected, or "–" when nothing was expected (a share of zero means
/// nothing).
fn share(realised: f64, expected: f64) -> String {
    if expected > 0.0 {
        percent(realised / expected * 100.0, 0)
    } else {
        "–".to_string()
    }
}

#[component]
pub fn Totals(plan_id: StoredValue<String>, year: RwSignal<i32>) -> impl IntoView {
    let f = t().followup();
    let a = t().analysis();
    let state = expect_context::<AppState>();
    let summary = Memo::new(move |_| {
        let year = year.get();
        PlanHandle::on(state, plan_id).with(|p| Summary {
            year,
            totals: totals(p, year),
            ledger: freed_time_ledger(p, year),
            hourly: hourly_cost(&p.params),
        })
    });
    move || {
        let Some(s) = summary.get() else {
            return ().into_any();
        };
        let tt = &s.totals;
        let l = &s.ledger;
        let qualitative = (f.qualitative_count)(tt.qualitative_count);
        let with_results = (f.qualitative_results)(tt.qualitative_with_results);
        view! {
            <section class="fu-totals" aria-labelledby="fu-totals-heading">
                <h2 id="fu-totals-heading">{f.section_totals}</h2>
                <div class="table-scroll" role="region" tabindex="0" aria-labelledby="fu-totals-caption">
                <table id="fu-totals-table">
                    <caption id="fu-totals-caption">{(f.totals_caption)(s.year)}</caption>
                    <thead><tr>
                        <th scope="col">{f.col_class}</th>
                        <th scope="col" class="num">{f.col_expected}</th>
                        <th scope="col" class="num">{f.col_realised}</th>
                        <th scope="col" class="num">{f.col_share}</th>
                    </tr></thead>
                    <tbody>
                        <tr>
                            <th scope="row">{a.class_ekonomisk}</th>
                            <td class="num">{kronor(tt.expected_cash)}</td>
                            <td class="num">{kronor(tt.realised_cash)}</td>
                            <td class="num">{share(tt.realised_cash, tt.expected_cash)}</td>
                        </tr>
                        <tr>
                            <th scope="row">{a.class_frigjord_tid}</th>
                            <td class="num">{hours(tt.expected_freed_hours)}</td>
                            <td class="num">{hours(tt.realised_freed_hours)}</td>
                            <td class="num">{share(tt.realised_freed_hours, tt.expected_freed_hours)}</td>
                        </tr>
                        <tr>
                            <th scope="row">{a.class_kvalitativ}</th>
                            <td class="num">{qualitative}</td>
                            <td class="num">{with_results}</td>
                            <td class="num">{share(tt.qualitative_with_results as f64, tt.qualitative_count as f64)}</td>
                        </tr>
                    </tbody>
                </table>
                </div>
                <p class="hint">{f.totals_hint}</p>
            </section>
            <section class="fu-ledger" aria-labelledby="fu-ledger-heading">
                <h2 id="fu-ledger-heading">{f.section_ledger}</h2>
                <p class="fu-why">{f.ledger_why}</p>
                <div class="table-scroll" role="region" tabindex="0" aria-labelledby="fu-ledger-caption">
                <table id="fu-ledger-table">
                    <caption id="fu-ledger-caption">{(f.ledger_caption)(s.year)}</caption>
                    <thead><tr>
                        <th scope="col">{f.ledger_step}</th>
                        <th scope="col" class="num">{t().col_value}</th>
                    </tr></thead>
                    <tbody>
                        <tr><th scope="row">{f.ledger_planned}</th><td class="num">{hours(l.planned_hours)}</td></tr>
                        <tr><th scope="row">{f.ledger_freed}</th><td class="num">{hours(l.freed_hours)}</td></tr>
                        <tr><th scope="row">{f.ledger_redeployed}</th><td class="num">{l.redeployed_hours.map(hours).unwrap_or_else(|| f.ledger_not_recorded.to_string())}</td></tr>
                        <tr><th scope="row">{f.ledger_kronor}</th><td class="num">{l.realised_kronor.map(kronor).unwrap_or_else(|| f.ledger_not_recorded.to_string())}</td></tr>
                    </tbody>
                </table>
                </div>
                <details class="how">
                    <summary>{f.ledger_how}</summary>
                    <p>{(f.ledger_formula)(s.hourly)}</p>
                </details>
            </section>
        }
        .into_any()
    }
}
