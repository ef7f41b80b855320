//! Pass 3: what the types allow but a plan never holds. The rules are those the app's own forms
//! enforce (amounts never negative, shares 0–100 %, scores 1–5, years 2000–2100 …), so a file
//! passes exactly when everything in it could have been typed into Beredning, and ids are unique
//! where the app looks things up by id.

use std::collections::HashMap;

use super::collector::Collector;
use crate::core::format::problem::{Place, Problem, ProblemKind, Segment};
use crate::core::model::initiative::{Analysis, BenefitKind, Estimate, Rating, TimeBasis};
use crate::core::model::FixedVersion;
use crate::core::model::Joint;
use crate::core::workflow::versions::{day_of, is_date};
use crate::core::{Activity, Benefit, CalcParams, Initiative, Plan, Sourced};

/// An inclusive range a number must lie in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Range {
    pub min: f64,
    pub max: f64,
}

const fn range(min: f64, max: f64) -> Range {
    Range { min, max }
}

/// Criterion scores and risk probability and consequence: whole steps 1–5 (`parse_score`).
pub const SCORE: Range = range(1.0, 5.0);
/// Readiness ratings: 1–5, with 0 meaning "not yet rated" (the default of a new initiative).
pub const RATING: Range = range(0.0, 5.0);
/// Shares in percent, such as the realised share of freed time (`parse_percent`).
pub const SHARE: Range = range(0.0, 100.0);
/// Calendar years, as `plan::parse_year` and the parameter form accept them.
pub const YEAR: Range = range(2000.0, 2100.0);
/// Years counted from the start of the calculation (benefit years, investment years, horizon).
pub const YEAR_INDEX: Range = range(0.0, 50.0);
/// The parameter form's ranges for the uplift, working hours a month and discount rate.
pub const UPLIFT: Range = range(1.0, 3.0);
pub const HOURS_PER_MONTH: Range = range(1.0, 300.0);
pub const RATE_PERCENT: Range = range(0.0, 20.0);

/// The range the checks apply at `place`, so that a whole number too large even for its type
/// (a score of 300) is worded with the field's own range rather than the type's.
pub(super) fn range_at(place: &Place) -> Option<Range> {
    let fields: Vec<&str> = place
        .0
        .iter()
        .rev()
        .filter_map(|s| match s {
            Segment::Field(f) => Some(f.as_str()),
            Segment::Index(_) => None,
        })
        .take(2)
        .collect();
    let parent_is_scores =
        matches!(place.0.iter().rev().nth(1), Some(Segment::Field(f)) if f == "scores");
    match fields.as_slice() {
        _ if parent_is_scores => Some(SCORE),
        ["probability" | "consequence", ..] => Some(SCORE),
        ["score", ..] => Some(RATING),
        ["realised_share_percent" | "percent" | "share_percent", ..] => Some(SHARE),
        ["first_year" | "last_year" | "running_first_year" | "running_last_year", ..]
        | ["year", "investments"] => Some(YEAR_INDEX),
        ["value", "horizon_years"] => Some(YEAR_INDEX),
        ["value", "price_year"] | ["start_year" | "end_year" | "year" | "population_year", ..] => {
            Some(YEAR)
        }
        _ => None,
    }
}

#[derive(Clone, Copy)]
enum Step<'p> {
    Field(&'p str),
    Index(usize),
}

struct Check<'p, 'c> {
    path: Vec<Step<'p>>,
    out: &'c mut Collector,
}

/// Checks a typed plan; the problems go to `out` in the order of the file.
pub(super) fn plan(plan: &Plan, out: &mut Collector) {
    let mut check = Check {
        path: vec![Step::Field("plan")],
        out,
    };
    check.plan(plan);
}

impl<'p> Check<'p, '_> {
    fn place(&self, leaf: &str) -> Place {
        let mut segments: Vec<Segment> = self
            .path
            .iter()
            .map(|s| match s {
                Step::Field(f) => Segment::Field((*f).to_string()),
                Step::Index(i) => Segment::Index(*i),
            })
            .collect();
        segments.push(Segment::Field(leaf.to_string()));
        Place(segments)
    }

    fn at(&mut self, step: Step<'p>, f: impl FnOnce(&mut Self)) {
        self.path.push(step);
        f(self);
        self.path.pop();
    }

    fn report(&mut self, leaf: &str, kind: ProblemKind) {
        let place = self.place(leaf);
        self.out.push(Problem::new(place, kind));
    }

    fn in_range(&mut self, leaf: &str, value: f64, range: Range) {
        // NaN (impossible from JSON, possible from a migration) is in no range, so it fails too.
        if !(range.min..=range.max).contains(&value) {
            self.report(
                leaf,
                ProblemKind::OutOfRange {
                    min: range.min,
                    max: range.max,
                    found: value,
                },
            );
        }
    }

    fn non_negative(&mut self, leaf: &str, value: f64) {
        if value < 0.0 || value.is_nan() {
            self.report(leaf, ProblemKind::Negative { found: value });
        }
    }

    fn estimate(&mut self, leaf: &'p str, e: &Estimate) {
        self.at(Step::Field(leaf), |c| {
            c.non_negative("expected", e.expected);
            if let Some(low) = e.low {
                c.non_negative("low", low);
            }
            if let Some(high) = e.high {
                c.non_negative("high", high);
            }
        });
    }

    /// Visits each of `items` under `field` with its index on the path.
    fn list<T>(&mut self, field: &'p str, items: &'p [T], mut f: impl FnMut(&mut Self, &'p T)) {
        self.at(Step::Field(field), |c| {
            for (i, item) in items.iter().enumerate() {
                c.at(Step::Index(i), |c| f(c, item));
            }
        });
    }

    /// Like [`Self::list`], reporting each id already used earlier in the same list.
    fn unique<T>(
        &mut self,
        field: &'p str,
        items: &'p [T],
        id: fn(&T) -> &str,
        mut f: impl FnMut(&mut Self, &'p T),
    ) {
        // Most lists (an initiative's benefits, risks, decisions) are a handful of items:
        // looking back is cheaper than hashing. Long ones get a map.
        let long = items.len() > SHORT_LIST;
        let mut first: HashMap<&str, usize> = HashMap::new();
        if long {
            first.reserve(items.len());
        }
        let mut index = 0;
        self.list(field, items, |c, item| {
            let key = id(item);
            if !usable_id(key) {
                c.report(
                    "id",
                    ProblemKind::UnusableId {
                        id: key.to_string(),
                    },
                );
            }
            let earlier = if long {
                first.get(key).copied()
            } else {
                items[..index].iter().position(|other| id(other) == key)
            };
            match earlier {
                Some(earlier) => {
                    let mut place = c.place("id");
                    if let Some(step) = place.0.iter_mut().rev().nth(1) {
                        *step = Segment::Index(earlier);
                    }
                    let kind = ProblemKind::DuplicateId {
                        id: key.to_string(),
                        first: place,
                    };
                    c.report("id", kind);
                }
                None if long => {
                    first.insert(key, index);
                }
                None => {}
            }
            index += 1;
            f(c, item);
        });
    }

    fn plan(&mut self, plan: &'p Plan) {
        self.at(Step::Field("period"), |c| {
            let period = plan.period;
            c.in_range("start_year", f64::from(period.start_year), YEAR);
            c.in_range("end_year", f64::from(period.end_year), YEAR);
            if period.end_year < period.start_year {
                c.report(
                    "end_year",
                    ProblemKind::EndsBeforeStart {
                        start: i64::from(period.start_year),
                        end: i64::from(period.end_year),
                    },
                );
            }
        });
        self.at(Step::Field("framework"), |c| {
            c.unique("goals", &plan.framework.goals, |g| &g.id, |_, _| {});
            c.unique(
                "strategies",
                &plan.framework.strategies,
                |s| &s.id,
                |c, s| c.unique("areas", &s.areas, |a| &a.id, |_, _| {}),
            );
            c.unique(
                "criteria",
                &plan.framework.criteria,
                |k| &k.id,
                |c, k| c.non_negative("weight", k.weight),
            );
        });
        self.at(Step::Field("params"), |c| c.params(&plan.params));
        self.unique(
            "initiatives",
            &plan.initiatives,
            |i| &i.id,
            Self::initiative,
        );
        self.unique("activities", &plan.activities, |a| &a.id, Self::activity);
        self.unique(
            "versions",
            &plan.versions,
            |v| &v.id,
            |c, v| {
                c.version(v, &plan.modified);
            },
        );
    }

    /// A fastställd version: a real date no later than the plan's last change, and a snapshot
    /// that is itself a valid plan without versions of its own.
    fn version(&mut self, v: &'p FixedVersion, modified: &str) {
        if !is_date(&v.decided_on) {
            let found = v.decided_on.clone();
            self.report("decided_on", ProblemKind::NotADate { found });
        } else if !modified.is_empty() && v.decided_on.as_str() > day_of(modified) {
            let kind = ProblemKind::VersionAfterPlan {
                decided_on: v.decided_on.clone(),
                modified: day_of(modified).to_string(),
            };
            self.report("decided_on", kind);
        }
        let snapshot: &'p Plan = &v.plan;
        self.at(Step::Field("plan"), |c| {
            if !snapshot.versions.is_empty() {
                c.report("versions", ProblemKind::NestedVersions);
            }
            c.plan(snapshot);
        });
    }

    fn sourced<T: Copy + Into<f64>>(
        &mut self,
        leaf: &'p str,
        s: &Sourced<T>,
        range: Option<Range>,
    ) {
        self.at(Step::Field(leaf), |c| {
            match range {
                Some(r) => c.in_range("value", s.value.into(), r),
                None => c.non_negative("value", s.value.into()),
            }
            if let Some(year) = s.year {
                c.in_range("year", f64::from(year), YEAR);
            }
        });
    }

    fn params(&mut self, p: &'p CalcParams) {
        self.sourced("monthly_salary", &p.monthly_salary, None);
        self.sourced("uplift", &p.uplift, Some(UPLIFT));
        self.sourced("hours_per_month", &p.hours_per_month, Some(HOURS_PER_MONTH));
        self.sourced(
            "discount_rate_percent",
            &p.discount_rate_percent,
            Some(RATE_PERCENT),
        );
        self.sourced("horizon_years", &p.horizon_years, Some(YEAR_INDEX));
        self.sourced("price_year", &p.price_year, Some(YEAR));
    }

    fn initiative(&mut self, i: &'p Initiative) {
        self.in_range("start_year", f64::from(i.start_year), YEAR);
        self.at(Step::Field("analysis"), |c| c.analysis(&i.analysis));
        self.at(Step::Field("scores"), |c| {
            for (criterion, score) in &i.scores {
                c.in_range(criterion, f64::from(*score), SCORE);
            }
        });
        self.unique(
            "decisions",
            &i.decisions,
            |d| &d.id,
            |c, d| {
                if let Some(budget) = d.budget {
                    c.non_negative("budget", budget);
                }
            },
        );
        if let Some(joint) = &i.joint {
            self.at(Step::Field("joint"), |c| c.joint(joint));
        }
        if let Some(link) = &i.joint_link {
            self.at(Step::Field("joint_link"), |c| {
                c.in_range("share_percent", link.share_percent, SHARE)
            });
        }
    }

    /// The figures the split keys read, as the joint initiative's form accepts them.
    fn joint(&mut self, joint: &'p Joint) {
        self.list("members", &joint.members, |c, m| {
            for (leaf, value) in [("population", m.population), ("users", m.users)] {
                if let Some(v) = value {
                    c.non_negative(leaf, v);
                }
            }
            if let Some(p) = m.percent {
                c.in_range("percent", p, SHARE);
            }
            if let Some(y) = m.population_year {
                c.in_range("population_year", f64::from(y), YEAR);
            }
        });
    }

    fn analysis(&mut self, a: &'p Analysis) {
        self.unique("benefits", &a.benefits, |b| &b.id, Self::benefit);
        self.at(Step::Field("costs"), |c| {
            c.list("investments", &a.costs.investments, |c, inv| {
                c.in_range("year", f64::from(inv.year), YEAR_INDEX);
                c.estimate("amount", &inv.amount);
            });
            c.estimate("running_per_year", &a.costs.running_per_year);
            c.in_range(
                "running_first_year",
                f64::from(a.costs.running_first_year),
                YEAR_INDEX,
            );
            c.in_range(
                "running_last_year",
                f64::from(a.costs.running_last_year),
                YEAR_INDEX,
            );
        });
        self.unique(
            "risks",
            &a.risks,
            |r| &r.id,
            |c, r| {
                c.in_range("probability", f64::from(r.probability), SCORE);
                c.in_range("consequence", f64::from(r.consequence), SCORE);
            },
        );
        self.at(Step::Field("readiness"), |c| {
            let r = &a.readiness;
            let ratings: [(&'p str, &'p Rating); 4] = [
                ("ownership", &r.ownership),
                ("competence", &r.competence),
                ("it_environment", &r.it_environment),
                ("information_handling", &r.information_handling),
            ];
            for (leaf, rating) in ratings {
                c.at(Step::Field(leaf), |c| {
                    c.in_range("score", f64::from(rating.score), RATING)
                });
            }
        });
    }

    fn benefit(&mut self, b: &'p Benefit) {
        self.at(Step::Field("kind"), |c| match &b.kind {
            BenefitKind::Ekonomisk { kronor_per_year } => {
                c.estimate("kronor_per_year", kronor_per_year)
            }
            BenefitKind::FrigjordTid {
                time,
                realised_share_percent,
                ..
            } => {
                c.at(Step::Field("time"), |c| match time {
                    TimeBasis::Cases {
                        cases_per_year,
                        minutes_per_case,
                    } => {
                        c.estimate("cases_per_year", cases_per_year);
                        c.estimate("minutes_per_case", minutes_per_case);
                    }
                    TimeBasis::Hours { hours_per_year } => {
                        c.estimate("hours_per_year", hours_per_year)
                    }
                });
                c.in_range("realised_share_percent", *realised_share_percent, SHARE);
            }
            BenefitKind::Kvalitativ { .. } => {}
        });
        self.in_range("first_year", f64::from(b.first_year), YEAR_INDEX);
        self.in_range("last_year", f64::from(b.last_year), YEAR_INDEX);
        let hours = matches!(b.kind, BenefitKind::FrigjordTid { .. });
        self.list("realised", &b.realised, |c, r| {
            c.in_range("year", f64::from(r.year), YEAR);
            // Freed time is followed up in hours, never negative; kronor can go either way
            // (a benefit can turn out a cost).
            if hours {
                c.non_negative("value", r.value);
            }
        });
    }

    fn activity(&mut self, a: &'p Activity) {
        self.list("outcomes", &a.outcomes, |c, o| {
            c.in_range("year", f64::from(o.year), YEAR)
        });
    }
}

/// Lists up to this long are checked for repeated ids by looking back, longer ones by a map.
const SHORT_LIST: usize = 16;

/// Longest id accepted; the app's own ids are UUIDs (36 characters).
pub const MAX_ID_CHARS: usize = 100;

/// Ids become parts of addresses (`#/plan/<id>/initiativ/<id>`) and element ids, so a file
/// from elsewhere may only use characters that are safe in both. The import page applies the
/// same rule to the plan's own id (which it replaces rather than refuses).
pub fn usable_id(id: &str) -> bool {
    // Every character allowed is one byte, so bytes count characters wherever it matters.
    !id.is_empty()
        && id.len() <= MAX_ID_CHARS
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_'))
}
