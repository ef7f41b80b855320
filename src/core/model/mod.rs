//! What a plan is: the types that are stored, exported and edited. Plain data with the few
//! methods that keep it consistent; every figure derived from it lives in `calc` or `portfolio`.

pub mod activity;
pub mod criterion_edit;
pub mod framework;
pub mod goal_edit;
pub mod ids;
pub mod initiative;
pub mod joint;
pub mod lens;
pub mod names;
pub mod params;
pub mod plan;
pub mod redeployment;
pub mod strategy;
pub mod strategy_edit;
pub mod summary;
pub mod version;
pub mod years;

pub use activity::{Activity, ActivityStatus, YearOutcome};
pub use framework::{Criterion, CriterionRole, Framework, Goal, GoalKind};
pub use initiative::{Benefit, BenefitKind, Costs, Decision, Initiative, Need, Stage};
pub use joint::{Joint, JointLink, Member, SplitKey};
pub use params::{CalcParams, Sourced};
pub use plan::{OrgKind, Organisation, Period, Plan, RevisedFrom};
pub use redeployment::Redeployment;
pub use strategy::{Area, AreaMapping, LensArea, Strategy, Via};
pub use version::FixedVersion;
pub use years::YearError;
