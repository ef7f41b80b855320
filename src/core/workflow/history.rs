//! Undo and redo for a plan: each change keeps the state before it, so every change, including
//! removing a benefit, a risk, an activity or a criterion, can be taken back. A burst of typing
//! in one field is one step, not one per keystroke. Generic over the state so it is tested
//! natively on small values.

/// How many steps are kept at most, and how many whole-plan states in total: a very large plan
/// keeps fewer steps, so that the history never holds more than about this many initiatives.
pub const MAX_STEPS: usize = 100;
pub const MAX_KEPT_ITEMS: usize = 50_000;
/// Changes to the same field less than this far apart are one step.
pub const BURST_MS: f64 = 1_500.0;

/// One step: the state before a change (or, on the redo side, after it) and what it was.
#[derive(Debug, Clone, PartialEq)]
pub struct Step<T> {
    pub state: T,
    /// What the change was, as the person saw it (the field's label, the button's text).
    pub label: String,
}

#[derive(Debug, Clone)]
pub struct History<T> {
    undo: Vec<Step<T>>,
    redo: Vec<Step<T>>,
    /// The field and time of the last recorded change, to join a burst of typing.
    last: Option<(String, f64)>,
    /// The most steps to keep for states of the current size.
    limit: usize,
}

impl<T> Default for History<T> {
    fn default() -> Self {
        Self {
            undo: Vec::new(),
            redo: Vec::new(),
            last: None,
            limit: MAX_STEPS,
        }
    }
}

impl<T> History<T> {
    /// Records a change about to be made. `before` is the state before it; `field` names what
    /// was edited (changes to the same field within [`BURST_MS`] join the step already there);
    /// `items` is the size of the state (a plan's initiatives), which sets how many steps are
    /// kept. A new change clears what could be redone.
    pub fn record(
        &mut self,
        before: T,
        label: &str,
        field: Option<&str>,
        now_ms: f64,
        items: usize,
    ) {
        let joins = self.joins(field, now_ms);
        self.touch(field, now_ms);
        if joins {
            return;
        }
        self.limit = (MAX_KEPT_ITEMS / items.max(1)).clamp(1, MAX_STEPS);
        self.undo.push(Step {
            state: before,
            label: label.to_string(),
        });
        if self.undo.len() > self.limit {
            let excess = self.undo.len() - self.limit;
            self.undo.drain(..excess);
        }
    }

    /// Whether a change to `field` at `now_ms` would join the step already there: then the
    /// caller need not copy the state before it, and calls [`Self::touch`].
    pub fn joins(&self, field: Option<&str>, now_ms: f64) -> bool {
        match (&self.last, field) {
            (Some((last, at)), Some(field)) => {
                last == field && now_ms - at < BURST_MS && !self.undo.is_empty()
            }
            _ => false,
        }
    }

    /// A change that joined the current step: it only moves the burst on and clears redo.
    pub fn touch(&mut self, field: Option<&str>, now_ms: f64) {
        self.redo.clear();
        self.last = field.map(|f| (f.to_string(), now_ms));
    }

    /// Goes one step back: gives the state to show and what was undone; `current` is kept for
    /// redo.
    pub fn undo(&mut self, current: T) -> Option<Step<T>> {
        let step = self.undo.pop()?;
        self.redo.push(Step {
            state: current,
            label: step.label.clone(),
        });
        self.last = None;
        Some(step)
    }

    /// Goes one step forward again after an undo.
    pub fn redo(&mut self, current: T) -> Option<Step<T>> {
        let step = self.redo.pop()?;
        self.undo.push(Step {
            state: current,
            label: step.label.clone(),
        });
        self.last = None;
        Some(step)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// What an undo would take back, for the button's name.
    pub fn next_undo(&self) -> Option<&str> {
        self.undo.last().map(|s| s.label.as_str())
    }

    /// The state an undo (`back`) or a redo would give, to share unchanged parts with.
    pub fn latest(&self, back: bool) -> Option<&T> {
        if back {
            self.undo.last()
        } else {
            self.redo.last()
        }
        .map(|s| &s.state)
    }

    pub fn next_redo(&self) -> Option<&str> {
        self.redo.last().map(|s| s.label.as_str())
    }

    pub fn steps(&self) -> usize {
        self.undo.len()
    }
}
