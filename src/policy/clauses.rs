//! The clauses the calculator cites, quoted from `shared/policy/source-text.zh.txt`: the data
//! of `data/clauses.toml`, compiled in by `build.rs` (the constants live in the generated file
//! that `params.rs` includes, and are named here).
//!
//! Document ids are those of the policy page (`shared/policy/README.md`, "The document chain").
//! `verbatim` is false only where the original text is not in our source file and the Chinese
//! is the policy page's summary of it; the page shows such a quote as a summary.

/// A cited clause: which document, which clause, and its Chinese text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Clause {
    /// Document id from the policy page, e.g. `JRS-2018-3`.
    pub doc: &'static str,
    /// Clause number inside the document, e.g. `二(一)1`.
    pub clause: &'static str,
    /// The clause text in Chinese.
    pub text_zh: &'static str,
    /// True when `text_zh` is quoted word for word from the source text.
    pub verbatim: bool,
}

pub use super::params::{
    ALL_CLAUSES as ALL, GF_2014_8_AGES, GF_2014_8_SEVERE_DISABILITY, HEBEI_2021_PRACTICE,
    JRS_1_POOR_PERSONS, JRS_2_1_1_DIRECT_CLAIM, JRS_2_1_1_PAYMENT, JRS_2_1_2_WHOLE_YEAR,
    JRS_2_2_1_MEDICAL, TGRS_2018_4_BUDGET, TRANSITION_PAYMENT,
};
