//! The domain core. Nothing in this tree may depend on the browser: it is tested natively and
//! shared by every view, import path and benchmark.
//!
//! - [`model`]: what a plan is (plan, initiative, activity, framework, parameters, ids);
//! - [`content`]: plans the app ships (templates, the example plan);
//! - [`calc`]: figures of one initiative (benefits, costs, NPV, scores, gates, ranking, numbers);
//! - [`portfolio`]: the plan as a whole (list, budget scenario, matrix axes, follow-up);
//! - [`workflow`]: where an initiative stands and what it lacks (the walkthrough);
//! - [`overlap`]: the same need in several plans (normalisation, similarity, groups);
//! - [`document`]: the decision document (tjänsteskrivelse) computed from the plan;
//! - [`format`]: the file (envelope, migration, import, merge, recompute, exports, schema).

pub mod calc;
pub mod content;
pub mod document;
pub mod format;
pub mod model;
pub mod overlap;
pub mod portfolio;
pub mod workflow;

pub use model::{
    Activity, ActivityStatus, Benefit, BenefitKind, CalcParams, Costs, Criterion, CriterionRole,
    Decision, Framework, Goal, GoalKind, Initiative, Need, OrgKind, Organisation, Period, Plan,
    Redeployment, Sourced, Stage, YearOutcome,
};
