//! The policy as data: the clauses we cite and every parameter with its source.
//!
//! Nothing here computes; [`crate::rules`] and [`crate::budget`] read these tables.

pub mod clauses;
pub mod params;

/// A short digest of the rule data (every parameter row, every clause text, the rules'
/// version): 8 hex digits of FNV-1a 64. Printed on a resident's result so that a clerk can
/// check later that the same rules would give the same answer.
///
/// ```
/// let d = daijiao::policy::rules_digest();
/// assert_eq!(d.len(), 8);
/// assert_eq!(d, daijiao::policy::rules_digest());
/// ```
pub fn rules_digest() -> String {
    use std::fmt::Write;
    let mut text = String::new();
    let _ = write!(
        text,
        "{}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{}|{}|{:?}|{}",
        crate::rules::POLICY_VERSION,
        params::GOVERNMENT_PAYMENT_TIER,
        params::TIERS,
        params::SPLIT_ORDINARY,
        params::SPLIT_PROVINCE_DIRECT,
        params::BASIC_PENSION_MONTHLY,
        params::MEDICAL_CONTRIBUTION,
        params::MEDICAL_FULL_RATE,
        params::MEDICAL_PARTIAL_RATE,
        params::MEDICAL_EXIT_CUTOFF,
        params::ENROL_MIN_AGE,
        params::PENSION_AGE,
        params::EARLIEST_EXIT,
        params::MAX_AGE,
    );
    for c in clauses::ALL {
        let _ = write!(text, "|{}|{}|{}", c.doc, c.clause, c.text_zh);
    }
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    format!("{:08x}", hash >> 32)
}
