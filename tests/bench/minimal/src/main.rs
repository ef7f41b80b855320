//! One page: the names of the plans stored under Beredning's index key, or a text when there
//! are none. Enough to make the first screen depend on wasm, storage and serde, as Beredning's
//! plan list does.

use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;
use serde::Deserialize;

#[derive(Deserialize)]
struct Entry {
    name: String,
}

#[derive(Deserialize, Default)]
struct Index {
    plans: Vec<Entry>,
}

#[component]
fn App() -> impl IntoView {
    let index: Index = LocalStorage::get("beredning.index").unwrap_or_default();
    let names: Vec<String> = index.plans.into_iter().map(|e| e.name).collect();
    view! {
        <main>
            <h1>"Planer"</h1>
            <p>"Planer som finns sparade i den här webbläsaren."</p>
            <ul>{names.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
        </main>
    }
}

fn main() {
    mount_to_body(App);
}
