//! The plan's tables with the app's own Swedish headers and names: the core builds the rows,
//! this module only says what the columns are called.

use crate::core::format::sheets::{
    add_lens_column, follow_up_sheet, handlingsplan_sheet, ranked_sheet, FollowUpLabels,
    HandlingsplanLabels, RankedLabels, Sheet,
};
use crate::core::Plan;
use crate::ui::text::t;

pub fn ranked(plan: &Plan) -> Sheet {
    let s = t().share();
    let mut sheet = ranked_sheet(
        plan,
        &RankedLabels {
            sheet: s.sheet_ranked,
            columns: s.ranked_columns,
            untitled: t().no_title,
            gates_met: t().list().gates_met,
            stage: &|stage| t().stage(stage),
            gate: &|gate| t().walk().gate(gate),
        },
    );
    add_lens_column(plan, &mut sheet, &|from| (t().lens().via)(from));
    sheet
}

pub fn handlingsplan(plan: &Plan) -> Sheet {
    let s = t().share();
    handlingsplan_sheet(
        plan,
        &HandlingsplanLabels {
            sheet: s.sheet_handlingsplan,
            columns: s.handlingsplan_columns,
            outcome_year: s.outcome_year,
            outside_goals: t().outside_goals,
            untitled: t().handlingsplan().untitled,
            status: &|status| t().activity_status(status),
        },
    )
}

pub fn follow_up(plan: &Plan) -> Sheet {
    let (s, a) = (t().share(), t().analysis());
    follow_up_sheet(
        plan,
        &FollowUpLabels {
            sheet: s.sheet_followup,
            columns: s.followup_columns,
            expected_year: s.expected_year,
            realised_year: s.realised_year,
            classes: [a.class_ekonomisk, a.class_frigjord_tid, a.class_kvalitativ],
            units: [s.unit_kronor, s.unit_hours],
            untitled_initiative: t().no_title,
            untitled_benefit: t().followup().benefit_untitled,
        },
    )
}

/// Every table, in the order of the plan's navigation: one worksheet each in the workbook.
pub fn all(plan: &Plan) -> Vec<Sheet> {
    vec![ranked(plan), handlingsplan(plan), follow_up(plan)]
}
