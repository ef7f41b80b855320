//! How a page reaches one plan: by its id, through the app state, tracked or not.

use leptos::prelude::*;

use super::app_state::AppState;
use crate::core::Plan;

/// Reads one plan, tracked: each section derives only what it shows.
pub fn plan_memo<T: PartialEq + Send + Sync + Clone + 'static>(
    id: StoredValue<String>,
    read: impl Fn(&Plan) -> T + Send + Sync + 'static,
) -> Memo<Option<T>> {
    let state = expect_context::<AppState>();
    Memo::new(move |_| {
        state
            .plans
            .with(|p| p.iter().find(|p| p.id == id.get_value()).map(&read))
    })
}
