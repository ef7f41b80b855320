//! The domain core. Nothing in this tree may depend on the browser: it is tested natively and
//! shared by every view, import path and benchmark.

pub mod activity;
pub mod calc;
pub mod example;
pub mod exchange;
pub mod format;
pub mod format_indent;
pub mod framework;
pub mod ids;
pub mod initiative;
pub mod numfmt;
pub mod params;
pub mod plan;
pub mod portfolio;
#[cfg(feature = "schema")]
pub mod schema;
pub mod templates;
pub mod walkthrough;

pub use activity::{Activity, ActivityStatus, YearOutcome};
pub use framework::{Criterion, Framework, Goal, GoalKind};
pub use initiative::{Benefit, BenefitKind, Costs, Decision, Initiative, Need, Stage};
pub use params::{CalcParams, Sourced};
pub use plan::{OrgKind, Organisation, Period, Plan};
