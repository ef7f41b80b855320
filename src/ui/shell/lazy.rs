//! Pages fetched when first opened: the rarely used views live in their own wasm chunks, so the
//! first visit downloads only the plan list and what every page needs (docs/performance.md).
//! With the cargo feature `split` each `*_chunk` function below is a split point
//! (`wasm_split_helpers`, cut by `scripts/split.mjs` after cargo); without it (tests, clippy) it
//! is a plain async function, so the same code runs unsplit.
//!
//! A chunk hands back a plain function that renders its pages. Once a chunk is here, its pages
//! render synchronously from the router, exactly as if they were in the main module: the page's
//! reactive owner, its re-mount on a route change and on a reload from another tab are the
//! router's, never an async boundary's.
//!
//! A chunk that cannot be fetched (offline before it was cached, a deploy that replaced the
//! files, a flaky network) gives a message with "Försök igen"; the rest of the app keeps
//! working and nothing typed is lost, as the plans live in the app state, not in the page.

use std::time::Duration;

use leptos::prelude::*;

use super::conflict::{render_conflict_panel, ConflictMerge};
use super::route::Route;
use super::update::downloads_settled;
use crate::core::format::problem::Problem;
use crate::core::format::shared::{open_bytes, warm_up, warm_up_file, Shared};
use crate::ui::browser::idle::next_idle;
use crate::ui::pages::import::notice::render_import_notice;
use crate::ui::pages::plans::read_list::render_read_list;
use crate::ui::pages::{
    about, accessibility, import, overview, plan_views, proposal, samverkan, walkthrough,
};
use crate::ui::text::t;
use crate::ui::widgets::focus::focus_page_heading_if_pending;

/// A part of the app could not be fetched.
#[derive(Debug, Clone, Copy)]
pub struct LoadFailed;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for LoadFailed {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        LoadFailed
    }
}

/// Renders the pages of one chunk; `None` for a route the chunk does not hold.
pub type Render = fn(&Route) -> Option<AnyView>;

/// Declares an async `$name(args) -> Result<$out, LoadFailed>` whose body runs in the chunk
/// `$chunk` when split.
macro_rules! lazy {
    ($chunk:ident, $name:ident ( $($arg:ident : $ty:ty),* ) -> $out:ty => $body:expr) => {
        #[cfg(feature = "split")]
        #[leptos::wasm_split::wasm_split($chunk, fallible, wasm_split_path = ::leptos::wasm_split)]
        pub fn $name($($arg: $ty),*) -> Result<$out, LoadFailed> {
            Ok($body)
        }

        #[cfg(not(feature = "split"))]
        pub async fn $name($($arg: $ty),*) -> Result<$out, LoadFailed> {
            Ok($body)
        }
    };
}
/// For a split point declared beside the code it needs (`ui::state::read_work`).
pub(crate) use lazy;

lazy!(plan_work, plan_work_chunk() -> Render => render_plan_work);
lazy!(plan_views, plan_views_chunk() -> Render => render_plan_views);
lazy!(import, import_chunk() -> Render => render_import);
lazy!(import, read_import(bytes: Vec<u8>) -> Result<Shared, Vec<Problem>> => open_bytes(&bytes));
lazy!(import, warm_import_file(initiatives: usize) -> Vec<u8> => warm_up_file(initiatives));
lazy!(import, warm_import(file: Vec<u8>) -> bool => warm_up(&file));
lazy!(samverkan, samverkan_chunk() -> Render => render_samverkan);
// The plans' reader is `ui::state::read_work::open_plans`, in this chunk too.
// The plan list once read, with its actions (rename, create, import, …): shown only then.
lazy!(store, plan_list_chunk() -> fn() -> AnyView => render_read_list);
// The choice when two tabs' versions clash: only once the plans are read.
lazy!(store, conflict_panel_chunk() -> fn() -> AnyView => render_conflict_panel);
// The notice after an import or a merge, which only the import's chunk makes.
lazy!(import, import_notice_chunk() -> fn(ReadSignal<Route>) -> AnyView => render_import_notice);
// The merge of two tabs' versions is the import's merge view.
lazy!(import, conflict_merge_chunk() -> fn(String) -> AnyView => render_conflict_merge);
lazy!(about, about_chunk() -> Render => render_about);

fn render_plan_work(route: &Route) -> Option<AnyView> {
    Some(match route.clone() {
        Route::Plan { id } => view! { <overview::PlanOverviewPage id=id /> }.into_any(),
        Route::Initiative {
            plan,
            initiative,
            step,
        } => view! {
            <walkthrough::WalkthroughPage plan_id=plan initiative_id=initiative step=step />
        }
        .into_any(),
        _ => return None,
    })
}

fn render_plan_views(route: &Route) -> Option<AnyView> {
    match route.clone() {
        Route::PlanView { id, view } => {
            Some(view! { <plan_views::PlanViewPage id=id view=view /> }.into_any())
        }
        _ => None,
    }
}

/// The import and everything that arrives from outside: proposals and links go through the
/// import's checks, which live in this chunk.
fn render_import(route: &Route) -> Option<AnyView> {
    Some(match route.clone() {
        Route::Import => view! { <import::ImportPage /> }.into_any(),
        Route::Proposal => view! { <proposal::ProposalPage /> }.into_any(),
        Route::ProposalLink { data } | Route::PlanLink { data } => {
            view! { <proposal::open::OpenLinkPage data=data /> }.into_any()
        }
        Route::ProposalFile => view! { <proposal::open::ProposalFilePage /> }.into_any(),
        _ => return None,
    })
}

fn render_conflict_merge(id: String) -> AnyView {
    view! { <ConflictMerge id=id /> }.into_any()
}

fn render_samverkan(route: &Route) -> Option<AnyView> {
    matches!(route, Route::Samverkan).then(|| view! { <samverkan::SamverkanPage /> }.into_any())
}

fn render_about(route: &Route) -> Option<AnyView> {
    match route {
        Route::About => Some(view! { <about::AboutPage /> }.into_any()),
        Route::Accessibility => Some(view! { <accessibility::AccessibilityPage /> }.into_any()),
        _ => None,
    }
}

/// Said while a part of the app is fetched.
pub fn loading() -> AnyView {
    view! { <p class="loading" role="status">{t().lazy_loading}</p> }.into_any()
}

/// Said when a part of the app could not be fetched: `message`, and "Försök igen" runs `retry`.
pub fn load_failed(message: &'static str, retry: impl Fn() + 'static) -> AnyView {
    view! {
        <div class="message error" role="alert">
            <p>{message}</p>
            <button type="button" on:click=move |_| retry()>{t().lazy_retry}</button>
        </div>
    }
    .into_any()
}

/// A view whose code lives in a chunk: "Hämtar sidan …" until `fetch` hands over its render
/// function, then `show(render)`; the reason and "Försök igen" when the fetch failed.
pub fn chunk_view<R, Fut>(
    fetch: impl Fn() -> Fut + Copy + Send + Sync + 'static,
    show: impl Fn(R) -> AnyView + Send + Sync + 'static,
) -> AnyView
where
    R: Copy + Send + Sync + 'static,
    Fut: std::future::Future<Output = Result<R, LoadFailed>> + 'static,
{
    let got = RwSignal::new(None::<Result<R, LoadFailed>>);
    let load = move || {
        leptos::task::spawn_local(async move {
            let _ = got.try_set(Some(fetch().await));
        })
    };
    load();
    (move || match got.get() {
        None => loading(),
        Some(Ok(render)) => show(render),
        Some(Err(LoadFailed)) => load_failed(t().lazy_failed, move || {
            got.set(None);
            load();
        }),
    })
    .into_any()
}

/// The choice when two tabs' versions of a plan clash (`shell::conflict`), drawn once the plans
/// are read: its code is in their reader's chunk, here by then.
pub fn lazy_conflict_panel() -> AnyView {
    chunk_view(conflict_panel_chunk, |render| render())
}

/// The notice after an import or a merge (`pages::import::notice`), drawn while the app's
/// notice is one of theirs: only the import's chunk makes one, so that chunk is here.
pub fn lazy_import_notice(route: ReadSignal<Route>) -> AnyView {
    chunk_view(import_notice_chunk, move |render| render(route))
}

/// The merge view of two tabs' versions of plan `id`, shown instead of the page; it lives in
/// the import chunk, beside the import's merge.
pub fn lazy_conflict_merge(id: String) -> AnyView {
    chunk_view(conflict_merge_chunk, move |render| render(id.clone()))
}

/// The chunks, in the order they are fetched at idle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Chunk {
    PlanWork,
    PlanViews,
    Import,
    Samverkan,
    About,
}

impl Chunk {
    /// Every chunk, in the order [`Chunks::prefetch_at_idle`] fetches them.
    const ALL: [Chunk; 5] = [
        Chunk::PlanWork,
        Chunk::PlanViews,
        Chunk::Import,
        Chunk::Samverkan,
        Chunk::About,
    ];

    /// The chunk that holds `route`'s page; None for pages in the main module.
    pub fn of(route: &Route) -> Option<Chunk> {
        match route {
            Route::Plan { .. } | Route::Initiative { .. } => Some(Chunk::PlanWork),
            Route::PlanView { .. } => Some(Chunk::PlanViews),
            Route::Import
            | Route::Proposal
            | Route::ProposalLink { .. }
            | Route::PlanLink { .. }
            | Route::ProposalFile => Some(Chunk::Import),
            Route::Samverkan => Some(Chunk::Samverkan),
            Route::About | Route::Accessibility => Some(Chunk::About),
            Route::PlanList | Route::NotFound => None,
        }
    }

    async fn fetch(self) -> Result<Render, LoadFailed> {
        match self {
            Chunk::PlanWork => plan_work_chunk().await,
            Chunk::PlanViews => plan_views_chunk().await,
            Chunk::Import => import_chunk().await,
            Chunk::Samverkan => samverkan_chunk().await,
            Chunk::About => about_chunk().await,
        }
    }
}

/// Where each chunk stands.
#[derive(Clone, Copy, Default)]
enum Status {
    #[default]
    Missing,
    Fetching,
    Here(Render),
    Failed,
}

/// The chunks' states, shared by the router and the prefetch.
#[derive(Clone, Copy)]
pub struct Chunks {
    states: [RwSignal<Status>; Chunk::ALL.len()],
}

impl Chunks {
    pub fn new() -> Self {
        Self {
            states: std::array::from_fn(|_| RwSignal::new(Status::Missing)),
        }
    }

    fn state(&self, chunk: Chunk) -> RwSignal<Status> {
        self.states[chunk as usize]
    }

    /// Starts fetching `chunk` unless it is here or on its way.
    fn ensure(&self, chunk: Chunk) {
        let state = self.state(chunk);
        if matches!(state.get_untracked(), Status::Here(_) | Status::Fetching) {
            return;
        }
        // Not set here: this runs while the router reads the state. A second fetch of the
        // same chunk meanwhile is merged by the loader.
        leptos::task::spawn_local(async move {
            let _ = state.try_set(Status::Fetching);
            let next = match chunk.fetch().await {
                Ok(render) => Status::Here(render),
                Err(LoadFailed) => Status::Failed,
            };
            let _ = state.try_set(next);
        });
    }

    /// The page of `route`: rendered at once when its chunk is here, otherwise a short wait
    /// (the chunk is fetched) or, when the fetch failed, the reason and "Försök igen".
    pub fn page(&self, route: &Route) -> Option<AnyView> {
        let chunk = Chunk::of(route)?;
        let state = self.state(chunk);
        // Tracked: the router renders again when the chunk arrives or fails.
        match state.get() {
            Status::Here(render) => {
                focus_page_heading_if_pending();
                render(route)
            }
            Status::Failed => {
                let this = *self;
                Some(load_failed(t().lazy_failed, move || {
                    state.set(Status::Missing);
                    this.ensure(chunk);
                }))
            }
            Status::Missing | Status::Fetching => {
                self.ensure(chunk);
                Some(loading())
            }
        }
    }

    /// Fetches the chunks one after the other once the first screen is up and the browser is
    /// idle, so opening a plan or a view does not wait for the network. A failure is left for
    /// a click to meet (and say), as the user may never open those pages. When all are here,
    /// the import's code is warmed up ([`warm_up_import`]). Either way, the end lets the service
    /// worker be registered ([`downloads_settled`]).
    pub fn prefetch_at_idle(&self) {
        let this = *self;
        leptos::task::spawn_local(async move {
            // Safari has no requestIdleCallback: a second after start is close enough.
            next_idle(Duration::from_secs(1)).await;
            let mut fetched = true;
            for chunk in Chunk::ALL {
                let state = this.state(chunk);
                if !matches!(state.get_untracked(), Status::Missing) {
                    continue;
                }
                match chunk.fetch().await {
                    Ok(render) => {
                        let _ = state.try_set(Status::Here(render));
                    }
                    Err(LoadFailed) => {
                        fetched = false;
                        break;
                    }
                }
            }
            if fetched {
                warm_up_import().await;
            }
            downloads_settled();
        });
    }
}

/// The import's warm-up at idle ([`warm_up`]): a first read as small as the example plan, which
/// runs cold (every function compiled on its first call: 59–103 ms at 4× CPU throttling, and
/// 52–71 ms to build its file, docs/performance.md), then rounds of a few initiatives, each well under a long task, until
/// about as many initiatives have been read as a large file holds. Ten reads of the example
/// (30 initiatives in all) left most of the reading code unoptimised: the first import of
/// 1 000 initiatives took 141–177 ms after them, 90–132 ms after these.
const WARM_UP_FIRST: usize = 3;
const WARM_UP_EACH: usize = 15;
const WARM_UP_ROUNDS: usize = 60;

/// Runs the import's code at idle, one read per idle period, so that the browser has compiled
/// and optimised it before a large file is chosen. Each size's file is built once.
async fn warm_up_import() {
    for (initiatives, rounds) in [(WARM_UP_FIRST, 1), (WARM_UP_EACH, WARM_UP_ROUNDS)] {
        next_idle(Duration::ZERO).await;
        let Ok(file) = warm_import_file(initiatives).await else {
            return;
        };
        for _ in 0..rounds {
            next_idle(Duration::ZERO).await;
            if !matches!(warm_import(file.clone()).await, Ok(true)) {
                return;
            }
        }
    }
}

impl Default for Chunks {
    fn default() -> Self {
        Self::new()
    }
}
