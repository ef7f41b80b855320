//! The fields that depend on a benefit's class (docs/domain.md, "Benefit classes"): kronor for
//! ekonomisk nytta, cases × minutes or hours for frigjord tid, a description for kvalitativ nytta.

use leptos::prelude::*;

use super::estimate::EstimateInputs;
use super::freed_time::FreedTimeFields;
use crate::core::model::initiative::{BenefitKind, Estimate, TimeBasis};
use crate::ui::pages::walkthrough::ctx::WalkCtx;
use crate::ui::text::t;
use crate::ui::widgets::fields::TextInput;
use crate::ui::widgets::focus::release_text_focus;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    Ekonomisk,
    FrigjordTid,
    Kvalitativ,
}

impl Class {
    pub const ALL: [Class; 3] = [Class::Ekonomisk, Class::FrigjordTid, Class::Kvalitativ];

    pub fn of(kind: &BenefitKind) -> Self {
        match kind {
            BenefitKind::Ekonomisk { .. } => Class::Ekonomisk,
            BenefitKind::FrigjordTid { .. } => Class::FrigjordTid,
            BenefitKind::Kvalitativ { .. } => Class::Kvalitativ,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Class::Ekonomisk => "ekonomisk",
            Class::FrigjordTid => "frigjord_tid",
            Class::Kvalitativ => "kvalitativ",
        }
    }

    pub fn label(self) -> &'static str {
        t().analysis().benefit_class(&self.fresh())
    }

    fn from_key(key: &str) -> Option<Self> {
        Class::ALL.into_iter().find(|c| c.key() == key)
    }

    /// An empty benefit of this class; freed time starts fully realised, as Inera's template does.
    fn fresh(self) -> BenefitKind {
        match self {
            Class::Ekonomisk => BenefitKind::Ekonomisk {
                kronor_per_year: Estimate::default(),
            },
            Class::FrigjordTid => BenefitKind::FrigjordTid {
                time: TimeBasis::Cases {
                    cases_per_year: Estimate::default(),
                    minutes_per_case: Estimate::default(),
                },
                realised_share_percent: 100.0,
                use_of_time: String::new(),
            },
            Class::Kvalitativ => BenefitKind::Kvalitativ {
                description: String::new(),
            },
        }
    }
}

/// Switches a benefit's class. The figures of one class mean nothing in another, so the old kind
/// is kept in `stash` and brought back if the user switches back while the page is open.
pub fn change_class(
    ctx: WalkCtx,
    id: StoredValue<String>,
    stash: StoredValue<Vec<BenefitKind>>,
    key: &str,
) {
    let Some(to) = Class::from_key(key) else {
        return;
    };
    release_text_focus();
    ctx.edit_benefit(id, |b| {
        let from = Class::of(&b.kind);
        if from == to {
            return;
        }
        let new = stash
            .with_value(|s| s.iter().find(|k| Class::of(k) == to).cloned())
            .unwrap_or_else(|| to.fresh());
        let old = std::mem::replace(&mut b.kind, new);
        stash.update_value(|s| {
            s.retain(|k| Class::of(k) != from);
            s.push(old);
        });
    });
}

#[component]
pub fn ClassFields(class: Class, id: StoredValue<String>) -> impl IntoView {
    let ctx = expect_context::<WalkCtx>();
    let Some(kind) = ctx
        .with_untracked(|_, i| i.benefit(&id.get_value()).map(|b| b.kind.clone()))
        .flatten()
    else {
        return ().into_any();
    };
    let a = t().analysis();
    let field = move |name: &str| format!("benefit-{}-{name}", id.get_value());
    match (class, kind) {
        (Class::Ekonomisk, BenefitKind::Ekonomisk { kronor_per_year }) => view! {
            <EstimateInputs id=field("kronor") label=a.kronor_per_year unit=a.unit_kr initial=kronor_per_year
                on_change={move |e: Estimate| ctx.edit_benefit(id, |b| {
                    if let BenefitKind::Ekonomisk { kronor_per_year } = &mut b.kind { *kronor_per_year = e }
                })} />
        }
        .into_any(),
        (Class::FrigjordTid, BenefitKind::FrigjordTid { time, realised_share_percent, use_of_time }) => {
            view! { <FreedTimeFields id=id time=time share=realised_share_percent use_of_time=use_of_time /> }
                .into_any()
        }
        (Class::Kvalitativ, BenefitKind::Kvalitativ { description }) => view! {
            <TextInput id=field("description") label=a.description hint=a.description_hint initial=description
                multiline=true
                on_change={move |v: String| ctx.edit_benefit(id, |b| {
                    if let BenefitKind::Kvalitativ { description } = &mut b.kind { *description = v }
                })} />
        }
        .into_any(),
        _ => ().into_any(),
    }
}
