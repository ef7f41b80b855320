//! The plan as a whole: the prioritisation list, the budget scenario, how firm the ranking is
//! under other weights, and the yearly follow-up. Built on `calc`, never on the UI, so every
//! view of the portfolio shows the same figures and each can be tested natively.

pub mod activity_groups;
pub mod budget;
pub mod followup;
pub mod followup_report;
pub mod joint_share;
mod knapsack;
pub mod lens;
mod multi;
pub mod order;
pub mod row;
pub mod scenario;
pub mod sensitivity;
pub mod split;
pub mod table;

pub use budget::{
    candidates, evaluate, prioritised_items, select, BudgetInput, BudgetItem, Method, Objective,
    Selection,
};
pub use followup::{
    expected_in_year, freed_time_ledger, in_follow_up, totals, ClassTotals, FreedTimeLedger,
};
pub use lens::{area_names, group_by_lens, lens_areas, restrict, LensGroup};
pub use order::{compare_text, sort, SortDir, SortKey};
pub use row::PortfolioRow;
pub use sensitivity::{sensitivity, Sensitivity, WEIGHT_FACTORS};
pub use table::{
    apply, filtered_order, rows, split_blocked, split_blocked_positions, units, Filter,
};
