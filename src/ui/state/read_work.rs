//! Starting the state: storage opened, the plan list drawn from its index, and the plans read
//! by the chunk that holds their reader, which hands over the repository and the state's work
//! once they are read ([`ReadWork`]). Named only here and by that chunk, so the work's code is
//! in the chunk (`work.rs`).

use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;

use super::app_state::{AppState, Reading};
use super::preview::read_preview;
use super::work::ReadWork;
use crate::persistence::browser::BrowserStore;
use crate::persistence::plan_repo::Opened;
use crate::persistence::{KeyValueStore, MemoryStore};
use crate::ui::shell::lazy::{lazy, LoadFailed};

// The plans' reader: the repository, the stored layout, the plan's whole serde and the example
// plan, with the state's work once they are read. Fetched at start, after the first screen.
lazy!(store, open_plans(state: AppState, store: Box<dyn KeyValueStore>) -> (Opened, Rc<dyn ReadWork>) => (Opened::open(store), Rc::new(Work(state))));

/// The state's work, built where the plans are read.
struct Work(AppState);

impl ReadWork for Work {
    fn write(&self, ids: &std::collections::BTreeSet<String>) {
        self.0.write_now(ids);
    }
    fn reload(&self) {
        self.0.reload_now();
    }
    fn undo_step(&self, id: &str, back: bool) -> bool {
        self.0.undo_step_now(id, back)
    }
    fn refresh_backup(&self) {
        self.0.refresh_backup_now();
    }
}

/// The browser's storage, or memory when the browser blocks it.
fn open_store() -> Box<dyn KeyValueStore> {
    match BrowserStore::open() {
        Ok(store) => Box::new(store),
        Err(_) => Box::new(MemoryStore::new()),
    }
}

impl AppState {
    /// Opens storage (or memory when the browser blocks it), draws the plan list from its
    /// index, and reads every plan once the repository's chunk is here (starting on the example
    /// plan when nothing was ever stored).
    ///
    /// The chunk is asked for after the first screen has been painted: starting its fetch (and
    /// the views' stylesheet with it) cost the first screen's task about 12 ms at 4× CPU, and
    /// the chunk takes far longer than a frame to arrive either way (docs/performance.md).
    pub fn init() -> Self {
        let store = open_store();
        let state = Self::empty(store.is_persistent());
        state.preview.set(read_preview(&*store));
        let read = move || {
            set_timeout(
                move || {
                    // The state may have gone (a test unmounted the app) before the frame.
                    if state.reading.try_get_untracked().is_some() {
                        state.read_plans(store);
                    }
                },
                Duration::ZERO,
            );
        };
        // A tab opened in the background paints no frame until it is shown: its plans are read
        // at once instead of when the person first looks at it.
        if document().hidden() {
            read();
        } else {
            request_animation_frame(read);
        }
        state
    }

    /// Reads the plans from `store` at once, without the chunk: for tests of the state.
    pub fn with_store(store: Box<dyn KeyValueStore>) -> Self {
        let state = Self::empty(store.is_persistent());
        state.take_opened(Opened::open(store), Rc::new(Work(state)));
        state
    }

    /// Fetches the repository's chunk and reads the plans with it.
    fn read_plans(&self, store: Box<dyn KeyValueStore>) {
        let this = *self;
        leptos::task::spawn_local(async move {
            match open_plans(this, store).await {
                Ok((opened, work)) => this.take_opened(opened, work),
                Err(LoadFailed) => {
                    let _ = this.reading.try_set(Reading::Failed);
                }
            }
        });
    }

    /// "Försök igen" after the repository's chunk could not be fetched.
    pub fn retry_reading(&self) {
        // Set here, not in `read_plans`: at start the state is already `Started`, and setting it
        // again would draw the list from the index a second time after the first screen was
        // painted (its largest element painted again, 70 ms later).
        self.reading.set(Reading::Started);
        self.read_plans(open_store());
    }
}
