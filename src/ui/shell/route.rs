//! Hash routing (`#/plan/<id>`): works on any static host and under any sub-path without server
//! rewrite rules, which intranet hosts often cannot add. leptos_router has no hash mode.

use leptos::prelude::*;

use crate::core::workflow::walkthrough::Step;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    PlanList,
    Plan {
        id: String,
    },
    /// One of the plan-wide views (prioritisation list, matrix, budget, …).
    PlanView {
        id: String,
        view: PlanView,
    },
    /// An initiative in the walkthrough; without a step it resumes where the initiative is.
    Initiative {
        plan: String,
        initiative: String,
        step: Option<Step>,
    },
    /// Checking an imported file: its problems, or a preview with "new plan" or "merge".
    Import,
    /// Several plans side by side, with the initiatives that overlap grouped.
    Samverkan,
    /// "Lämna ett förslag": anyone fills in a need and sends it as a file or a link.
    Proposal,
    /// A proposal carried in the link itself (`#/forslag/oppna/<data>`, docs/domain.md §7.4).
    ProposalLink {
        data: String,
    },
    /// A proposal read from a file, waiting in memory.
    ProposalFile,
    /// A small plan carried in the link itself (`#/oppna/<data>`); it goes on to the import.
    PlanLink {
        data: String,
    },
    About,
    Accessibility,
    NotFound,
}

impl Route {
    /// Parses the part of the URL after `#`. Unknown paths give [`Route::NotFound`].
    pub fn parse(hash: &str) -> Self {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        match parts.as_slice() {
            [] | ["planer"] => Route::PlanList,
            ["plan", id] => Route::Plan { id: id.to_string() },
            ["plan", id, view] => match PlanView::from_slug(view) {
                Some(view) => Route::PlanView {
                    id: id.to_string(),
                    view,
                },
                None => Route::NotFound,
            },
            ["plan", plan, "initiativ", initiative] => Route::Initiative {
                plan: plan.to_string(),
                initiative: initiative.to_string(),
                step: None,
            },
            ["plan", plan, "initiativ", initiative, step] => match Step::from_slug(step) {
                Some(step) => Route::Initiative {
                    plan: plan.to_string(),
                    initiative: initiative.to_string(),
                    step: Some(step),
                },
                None => Route::NotFound,
            },
            ["importera"] => Route::Import,
            ["samverkan"] => Route::Samverkan,
            ["forslag"] => Route::Proposal,
            ["forslag", "fil"] => Route::ProposalFile,
            ["forslag", "oppna", data] => Route::ProposalLink {
                data: data.to_string(),
            },
            ["oppna", data] => Route::PlanLink {
                data: data.to_string(),
            },
            ["om"] => Route::About,
            ["tillganglighet"] => Route::Accessibility,
            _ => Route::NotFound,
        }
    }

    /// The plan the page is about, if any: undo and redo act on it.
    pub fn plan_id(&self) -> Option<&str> {
        match self {
            Route::Plan { id } | Route::PlanView { id, .. } => Some(id),
            Route::Initiative { plan, .. } => Some(plan),
            _ => None,
        }
    }

    /// Whether the page reads or changes the plans, so waits until they are read: every page
    /// but the list (drawn from the index meanwhile) and the pages about the app.
    pub fn needs_plans(&self) -> bool {
        !matches!(
            self,
            Route::PlanList | Route::About | Route::Accessibility | Route::NotFound
        )
    }

    pub fn href(&self) -> String {
        match self {
            Route::PlanList => "#/".to_string(),
            Route::Plan { id } => format!("#/plan/{id}"),
            Route::PlanView { id, view } => format!("#/plan/{id}/{}", view.slug()),
            Route::Initiative {
                plan,
                initiative,
                step: None,
            } => format!("#/plan/{plan}/initiativ/{initiative}"),
            Route::Initiative {
                plan,
                initiative,
                step: Some(step),
            } => {
                format!("#/plan/{plan}/initiativ/{initiative}/{}", step.slug())
            }
            Route::Import => "#/importera".to_string(),
            Route::Samverkan => "#/samverkan".to_string(),
            Route::Proposal => "#/forslag".to_string(),
            Route::ProposalFile => "#/forslag/fil".to_string(),
            Route::ProposalLink { data } => format!("#/forslag/oppna/{data}"),
            Route::PlanLink { data } => format!("#/oppna/{data}"),
            Route::About => "#/om".to_string(),
            Route::Accessibility => "#/tillganglighet".to_string(),
            Route::NotFound => "#/saknas".to_string(),
        }
    }
}

/// The views of a plan as a whole, each under its own address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanView {
    List,
    Matrix,
    Budget,
    Handlingsplan,
    FollowUp,
    /// The yearly follow-up report for the forum, print-ready.
    FollowUpReport,
    /// What changed since a fastställd version, or between two, and the summary of it.
    Changes,
    DecisionBrief,
    /// Export (JSON, CSV, Excel) and when the plan was last exported.
    Share,
    /// "Räkna om med våra siffror": the plan's key figures under another plan's parameters.
    Compare,
}

impl PlanView {
    pub const ALL: [PlanView; 10] = [
        PlanView::List,
        PlanView::Matrix,
        PlanView::Budget,
        PlanView::Handlingsplan,
        PlanView::FollowUp,
        PlanView::FollowUpReport,
        PlanView::Changes,
        PlanView::DecisionBrief,
        PlanView::Share,
        PlanView::Compare,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            PlanView::List => "prioritering",
            PlanView::Matrix => "matris",
            PlanView::Budget => "budget",
            PlanView::Handlingsplan => "handlingsplan",
            PlanView::FollowUp => "uppfoljning",
            PlanView::FollowUpReport => "uppfoljningsrapport",
            PlanView::Changes => "andringar",
            PlanView::DecisionBrief => "beslutsunderlag",
            PlanView::Share => "dela",
            PlanView::Compare => "jamfor",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.slug() == slug)
    }
}

fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

thread_local! {
    /// The route signal's setter, so that [`navigate`] can draw the new page in the same task
    /// rather than one `hashchange` later (a frame on a slow machine). Set by [`use_route`].
    static SET_ROUTE: std::cell::Cell<Option<WriteSignal<Route>>> = const { std::cell::Cell::new(None) };
}

/// The current route as a signal, kept in step with `hashchange` (links, back and forward) and
/// set at once by [`navigate`].
pub fn use_route() -> ReadSignal<Route> {
    let (route, set_route) = signal(Route::parse(&current_hash()));
    SET_ROUTE.with(|cell| cell.set(Some(set_route)));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        // After `navigate` the route is already this one: no second render.
        show(set_route, Route::parse(&current_hash()));
    });
    on_cleanup(move || {
        handle.remove();
        SET_ROUTE.with(|cell| cell.set(None));
    });
    route
}

/// Navigates by setting the hash, which adds a history entry like a link would, and shows the
/// route at once.
pub fn navigate(route: &Route) {
    let _ = window().location().set_hash(&route.href());
    if let Some(set_route) = SET_ROUTE.with(std::cell::Cell::get) {
        // The hash as the browser now holds it, parsed: the same route `hashchange` would give.
        show(set_route, Route::parse(&current_hash()));
    }
}

/// Sets the route, notifying only when it changed: the same route again redraws nothing, as
/// the same hash fires no `hashchange`.
fn show(set_route: WriteSignal<Route>, parsed: Route) {
    set_route.maybe_update(|current| {
        let changed = *current != parsed;
        if changed {
            *current = parsed;
        }
        changed
    });
}
