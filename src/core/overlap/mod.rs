//! Finding the same need in several municipalities' plans, whatever its words
//! (docs/domain.md §7.1): [`normalise`] turns Swedish text into comparable stems,
//! [`similarity`] weighs two initiatives' texts against each other, and [`groups`] pairs
//! initiatives across plans and groups them, with the user's confirm or dismiss applied.

pub mod facts;
pub mod groups;
pub mod normalise;
pub mod similarity;
