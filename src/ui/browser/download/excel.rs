//! The main thread's side of the Excel worker (src/bin/xlsx_worker.rs). The worker, and with it
//! the XLSX writer, is fetched only when someone asks for a workbook, and ended after answering,
//! so the app starts without it and an idle tab holds no worker.
//!
//! Protocol: the worker posts `"ready"` when loaded; we send the sheets as JSON; it answers with
//! the file's bytes (`Uint8Array`) or a string starting `"error:"`.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::{set_timeout_with_handle, TimeoutHandle};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Event, MessageEvent, Worker, WorkerOptions, WorkerType};

use crate::core::format::sheets::Sheet;

/// The loader Trunk writes for the worker (`data-loader-shim`); worker files carry no hash in
/// their names, so the main bundle can name them. Relative, so the app works from a sub-path.
///
/// A module worker (`data-bindgen-target="web"`): its loader awaits the wasm at top level, so a
/// failed wasm download reaches this page as an error event at once. A classic worker's loader
/// would only reject a promise inside the worker, and the page would never hear of it.
const WORKER_URL: &str = "xlsx_worker_loader.js";
/// The last resort if the worker neither loads nor fails (a download that hangs): generous,
/// since an intranet can be slow.
const LOAD_LIMIT: Duration = Duration::from_secs(30);

#[derive(Debug, Clone, PartialEq)]
pub enum ExcelError {
    /// The worker could not be started or loaded (offline, blocked, missing file).
    Unavailable(String),
    /// The worker ran but could not make the workbook.
    Failed(String),
}

type Done = Box<dyn FnOnce(Result<js_sys::Uint8Array, ExcelError>)>;

/// One request in flight: what must stay alive until the answer, and what to call with it.
struct Pending {
    worker: Worker,
    done: Done,
    on_message: Closure<dyn FnMut(MessageEvent)>,
    on_error: Closure<dyn FnMut(Event)>,
    load_timer: Option<TimeoutHandle>,
    /// Whether the worker said it was ready: an error after that is the work failing, not the
    /// download.
    loaded: bool,
}

type Slot = Rc<RefCell<Option<Pending>>>;

/// Makes a workbook of `sheets` in a new worker and calls `done` exactly once with its bytes or
/// the reason it could not.
pub fn make_workbook(
    sheets: &[Sheet],
    done: impl FnOnce(Result<js_sys::Uint8Array, ExcelError>) + 'static,
) {
    let json = match serde_json::to_string(sheets) {
        Ok(json) => json,
        Err(e) => return done(Err(ExcelError::Failed(e.to_string()))),
    };
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let worker = match Worker::new_with_options(WORKER_URL, &options) {
        Ok(worker) => worker,
        Err(e) => return done(Err(ExcelError::Unavailable(describe(&e)))),
    };
    let slot: Slot = Rc::new(RefCell::new(None));
    let on_message = {
        let slot = slot.clone();
        let mut json = Some(json);
        Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
            let data = ev.data();
            if let Some(bytes) = data.dyn_ref::<js_sys::Uint8Array>() {
                return finish(&slot, Ok(bytes.clone()));
            }
            match data.as_string().as_deref() {
                Some("ready") => {
                    let Some(json) = json.take() else {
                        return;
                    };
                    let sent = loaded(&slot).map(|w| w.post_message(&JsValue::from_str(&json)));
                    if let Some(Err(e)) = sent {
                        finish(&slot, Err(ExcelError::Failed(describe(&e))));
                    }
                }
                Some(text) => {
                    let detail = text.strip_prefix("error:").unwrap_or(text).to_string();
                    finish(&slot, Err(ExcelError::Failed(detail)));
                }
                None => finish(&slot, Err(ExcelError::Failed("unexpected answer".into()))),
            }
        })
    };
    let on_error = {
        let slot = slot.clone();
        Closure::<dyn FnMut(Event)>::new(move |ev: Event| {
            // Handled here: the page shows its own message instead of an uncaught error.
            ev.prevent_default();
            let loaded = slot.borrow().as_ref().is_some_and(|p| p.loaded);
            let reason = "the worker reported an error".to_string();
            finish(
                &slot,
                Err(if loaded {
                    ExcelError::Failed(reason)
                } else {
                    ExcelError::Unavailable(reason)
                }),
            );
        })
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let timer = {
        let slot = slot.clone();
        set_timeout_with_handle(
            move || {
                let reason = "the worker did not load in time".to_string();
                finish(&slot, Err(ExcelError::Unavailable(reason)));
            },
            LOAD_LIMIT,
        )
        .ok()
    };
    *slot.borrow_mut() = Some(Pending {
        worker,
        done: Box::new(done),
        on_message,
        on_error,
        load_timer: timer,
        loaded: false,
    });
}

/// Notes that the worker has loaded, so the load limit no longer applies; the worker to send to.
fn loaded(slot: &Slot) -> Option<Worker> {
    let mut slot = slot.borrow_mut();
    let pending = slot.as_mut()?;
    pending.loaded = true;
    if let Some(timer) = pending.load_timer.take() {
        timer.clear();
    }
    Some(pending.worker.clone())
}

/// Ends the worker and answers the caller, once: later events find the slot empty.
fn finish(slot: &Slot, result: Result<js_sys::Uint8Array, ExcelError>) {
    let Some(pending) = slot.borrow_mut().take() else {
        return;
    };
    if let Some(timer) = pending.load_timer {
        timer.clear();
    }
    pending.worker.set_onmessage(None);
    pending.worker.set_onerror(None);
    pending.worker.terminate();
    (pending.done)(result);
    // The closures may be the ones running now: free them after this event has returned.
    let closures = (pending.on_message, pending.on_error);
    leptos::prelude::set_timeout(move || drop(closures), Duration::ZERO);
}

fn describe(e: &JsValue) -> String {
    e.as_string()
        .or_else(|| {
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| "unknown".into())
}
