//! The policy as data: the clauses we cite and every parameter with its source.
//!
//! Nothing here computes; [`crate::rules`] and [`crate::budget`] read these tables.

pub mod clauses;
pub mod params;
