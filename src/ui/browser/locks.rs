//! Running a plan's compare-and-write while holding a Web Lock (`navigator.locks`), so that two
//! tabs saving in the same millisecond take turns: the second then reads the first one's
//! revision and refuses to write over it (`persistence::repository`). Where the browser has no
//! Web Locks, or refuses the request, the work runs at once, as it always did.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

type Work = Rc<RefCell<Option<Box<dyn FnOnce()>>>>;

/// `navigator.locks` and its `request` method, where the browser has them.
fn lock_manager() -> Option<(JsValue, Function)> {
    let navigator = web_sys::window()?.navigator();
    let locks = Reflect::get(&navigator, &JsValue::from_str("locks"))
        .ok()
        .filter(JsValue::is_object)?;
    let request = Reflect::get(&locks, &JsValue::from_str("request"))
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    Some((locks, request))
}

/// Whether this browser has Web Locks.
pub fn available() -> bool {
    lock_manager().is_some()
}

/// Runs `work` exactly once: holding the lock `name` once it is granted (true), or at once
/// where there are no Web Locks (false). A request the browser rejects runs the work anyway,
/// so a write is never lost to a missing lock.
pub fn with_lock(name: &str, work: impl FnOnce() + 'static) -> bool {
    let work: Work = Rc::new(RefCell::new(Some(Box::new(work))));
    let Some((locks, request)) = lock_manager() else {
        run(&work);
        return false;
    };
    let granted_work = Rc::clone(&work);
    let granted = Closure::once_into_js(move |_lock: JsValue| {
        run(&granted_work);
        JsValue::UNDEFINED
    });
    match request.call2(&locks, &JsValue::from_str(name), &granted) {
        Ok(promise) => {
            if let Ok(promise) = promise.dyn_into::<Promise>() {
                wasm_bindgen_futures::spawn_local(async move {
                    if JsFuture::from(promise).await.is_err() {
                        run(&work);
                    }
                });
            }
            true
        }
        Err(_) => {
            run(&work);
            false
        }
    }
}

/// Takes the work out before running it, so that it runs once and never inside a borrow.
fn run(work: &Work) {
    let task = work.borrow_mut().take();
    if let Some(task) = task {
        task();
    }
}
