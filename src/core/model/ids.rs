//! Identifiers. The core never generates randomness itself: callers pass in an [`IdSource`] so
//! that native tests are deterministic while the browser uses random UUIDs.

/// Supplies fresh identifiers for plans, initiatives, goals and activities.
pub trait IdSource {
    fn next_id(&mut self) -> String;
}

/// Random v4 UUIDs: ids must not collide when plans from several municipalities are merged.
#[derive(Debug, Default)]
pub struct RandomIds;

impl IdSource for RandomIds {
    fn next_id(&mut self) -> String {
        uuid::Uuid::new_v4().to_string()
    }
}

/// Predictable ids (`prefix-1`, `prefix-2`, …) for tests and for the embedded example plan.
#[derive(Debug)]
pub struct SequentialIds {
    prefix: String,
    next: u32,
}

impl SequentialIds {
    pub fn new(prefix: &str) -> Self {
        Self {
            prefix: prefix.to_string(),
            next: 1,
        }
    }

    /// Ids `prefix-next`, `prefix-(next+1)`, …: for a sequence that must keep numbers already
    /// given out elsewhere.
    pub fn starting_at(prefix: &str, next: u32) -> Self {
        Self {
            prefix: prefix.to_string(),
            next,
        }
    }
}

impl IdSource for SequentialIds {
    fn next_id(&mut self) -> String {
        let id = format!("{}-{}", self.prefix, self.next);
        self.next += 1;
        id
    }
}
