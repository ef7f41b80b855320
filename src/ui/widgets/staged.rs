//! A long page drawn in parts: its top in the task that opens it, each later part in a task of
//! its own once the part before it has been painted.
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

/// How far a page drawn in parts has come: part 0 is drawn at once, part `n` once `n` frames
/// have been painted after it.
#[derive(Clone, Copy)]
pub struct Stages {
    shown: RwSignal<u8>,
    last: u8,
}

impl Stages {
    /// A page of parts `0..=last`. Every part is drawn at once when a link asked for focus on a
    /// part of the page (its target must exist when the page arrives), and when the page is
    /// drawn again in place ([`redraw_whole`]).
    pub fn new(last: u8) -> Self {
        let whole = part_asked() || REDRAW.with(Cell::get);
        let shown = RwSignal::new(if whole { last } else { 0 });
        let stages = Self { shown, last };
        stages.after_paint();
        stages
    }

    /// Shows the next part after the next frame: the timeout runs after that frame's paint, as a
    /// task of its own.
    fn after_paint(self) {
        if self.shown.get_untracked() >= self.last {
            return;
        }
        request_animation_frame(move || {
            set_timeout(
                move || {
                    // The page may have been left in between: its signal is gone then.
                    let Some(now) = self.shown.try_get_untracked() else {
                        return;
                    };
                    self.shown.set(now.saturating_add(1));
                    self.after_paint();
                },
                Duration::ZERO,
            );
        });
    }

    /// Whether part `n` is drawn yet.
    pub fn shown(self, n: u8) -> bool {
        self.shown.get() >= n
    }

    /// `"true"` while a part is still to be drawn, for `aria-busy`: assistive technology (and
    /// the tests' accessibility scan) waits for the whole page.
    pub fn busy(self) -> Option<&'static str> {
        (self.shown.get() < self.last).then_some("true")
    }
}
