//! Plans the app ships: the templates a new plan starts from and the example plan a first
//! visit opens on.

pub mod criteria;
pub mod example;
pub mod strategies;
pub mod templates;
