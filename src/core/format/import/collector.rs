//! The problems of one file as they are found.

use super::limits::MAX_PROBLEMS;
use crate::core::format::problem::{Problem, ProblemKind};

/// Problems in the order found, without repeats (the shape and the types can both see a
/// duplicate key), cut at [`MAX_PROBLEMS`] with a count of the rest.
#[derive(Default)]
pub(super) struct Collector {
    list: Vec<Problem>,
    omitted: usize,
}

impl Collector {
    pub(super) fn push(&mut self, problem: Problem) {
        if self.list.contains(&problem) {
            return;
        }
        if self.list.len() < MAX_PROBLEMS {
            self.list.push(problem);
        } else {
            self.omitted += 1;
        }
    }

    pub(super) fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub(super) fn finish(mut self) -> Vec<Problem> {
        if self.omitted > 0 {
            self.list.push(Problem::whole_file(ProblemKind::Omitted {
                count: self.omitted,
            }));
        }
        self.list
    }
}
