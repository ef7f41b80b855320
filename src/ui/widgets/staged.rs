//! A long page drawn in two parts: its top in the task that opens it, the rest in a task of its
//! own once the top has been painted.
//!
//! Why: the first render of a page builds every section in one task, and the first run of a
//! chunk's code pays for compiling each function it calls. At 4× CPU the example plan's overview
//! took one 300 ms task (a third of it compiling) before anything of it was painted; drawn in
//! parts, its heading is on screen after the first part and no part blocks input for long.

use leptos::prelude::*;
use std::cell::Cell;
use std::time::Duration;

use crate::ui::widgets::focus::part_asked;

thread_local! {
    /// The open page is being drawn again in place, until the next frame.
    static REDRAW: Cell<bool> = const { Cell::new(false) };
}

/// Asks the page about to be drawn again in place (undo, redo, another tab's write: its forms
/// re-read what is stored) to draw every part at once. The person is somewhere on that page:
/// a page drawn in parts would lose the field that had focus, and the scroll position would be
/// clamped to its first part.
pub fn redraw_whole() {
    REDRAW.with(|r| r.set(true));
    request_animation_frame(|| REDRAW.with(|r| r.set(false)));
}

/// Whether the rest of a page drawn in two parts is drawn yet: its top is drawn in the task
/// that opens it, the rest in a task of its own once the top has been painted.
#[derive(Clone, Copy)]
pub struct Stages {
    rest: RwSignal<bool>,
}

impl Stages {
    /// Starts a page drawn in parts. The rest is drawn at once when a link asked for focus on a
    /// part of the page (its target must exist when the page arrives), and when the page is
    /// drawn again in place ([`redraw_whole`]).
    pub fn begin() -> Self {
        let rest = RwSignal::new(part_asked() || REDRAW.with(Cell::get));
        if !rest.get_untracked() {
            // The timeout runs after the next frame's paint, as a task of its own. The page may
            // have been left in between: its signal is gone then, and setting it does nothing.
            request_animation_frame(move || {
                set_timeout(
                    move || {
                        let _ = rest.try_set(true);
                    },
                    Duration::ZERO,
                );
            });
        }
        Self { rest }
    }

    /// Whether the rest of the page is drawn yet.
    pub fn rest_shown(self) -> bool {
        self.rest.get()
    }

    /// `"true"` while the rest is still to be drawn, for `aria-busy`: assistive technology (and
    /// the tests' accessibility scan) waits for the whole page.
    pub fn busy(self) -> Option<&'static str> {
        (!self.rest.get()).then_some("true")
    }
}
