//! The output side of the public contract: the decision and the budget as plain records
//! (decimals as strings, codes as snake_case), ready for any serializer.
//!
//! The CLI writes these as JSON and the JS API hands the same records to JavaScript, so both
//! return identical objects by construction. The schema is `www/schema/check-output.schema.json`.
//! Serde derives are behind the `serde` feature; the page does not need them.

use crate::budget::Budget;
use crate::input::{InputError, RowId};
use crate::money::{fmt_plain, fmt_yuan};
use crate::policy::clauses::Clause;
use crate::rules::{Decision, Hint, Reason};
#[cfg(feature = "serde")]
use serde::Serialize;

/// A row id, echoed back as it came.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize), serde(untagged))]
pub enum IdOut {
    /// Whole number.
    Int(i64),
    /// Text.
    Str(String),
}

impl From<RowId> for IdOut {
    fn from(id: RowId) -> Self {
        match id {
            RowId::Int(i) => IdOut::Int(i),
            RowId::Str(s) => IdOut::Str(s),
        }
    }
}

/// What would change the answer.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
pub struct HintOut {
    /// `enrol` or `reach_age`.
    pub kind: &'static str,
    /// The age, for `reach_age`.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub age: Option<u8>,
}

/// A reason.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
pub struct ReasonOut {
    /// The reason code (`government_pays`, `too_young`, …).
    pub code: &'static str,
    /// The status that decided, if any.
    pub decided_by: Option<&'static str>,
    /// What alone would change a no into a yes.
    pub hint: Option<HintOut>,
    /// The clauses behind the answer.
    pub clauses: Vec<Clause>,
}

impl From<&Reason> for ReasonOut {
    fn from(r: &Reason) -> Self {
        ReasonOut {
            code: r.code.code(),
            decided_by: r.decided_by.map(|s| s.code()),
            hint: r.hint.map(|h| match h {
                Hint::Enrol => HintOut {
                    kind: "enrol",
                    age: None,
                },
                Hint::ReachAge(a) => HintOut {
                    kind: "reach_age",
                    age: Some(a),
                },
            }),
            clauses: r.clauses.clone(),
        }
    }
}

/// A tier and its subsidy.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
pub struct TierOut {
    /// 元/年.
    pub tier_yuan: String,
    /// 缴费补贴, 元.
    pub subsidy_yuan: String,
}

/// The pension contribution answer.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
pub struct PensionOut {
    /// Whether the government pays.
    pub government_pays: bool,
    /// The tier paid, or null.
    pub tier_yuan: Option<String>,
    /// What the government pays.
    pub government_amount_yuan: String,
    /// What the resident pays on that tier, or null when they choose their own tier.
    pub resident_amount_yuan: Option<String>,
    /// 缴费补贴 on the paid tier, or null.
    pub subsidy_yuan: Option<String>,
    /// The year's tiers.
    pub tiers: Vec<TierOut>,
    /// The payment (the tier paid) is unverified for the year.
    pub provisional: bool,
    /// The tier table and its subsidies are unverified.
    pub tiers_provisional: bool,
    /// Why.
    pub reason: ReasonOut,
}

/// The direct-claim answer.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
pub struct DirectClaimOut {
    /// True exactly for this route.
    pub eligible: bool,
    /// When payment starts, when eligible: the month after the application is processed.
    pub starts: Option<&'static str>,
    /// Basic pension, 元/月, or null when unknown.
    pub monthly_pension_yuan: Option<String>,
    /// The monthly amount is unverified or unknown.
    pub provisional: bool,
    /// Why.
    pub reason: ReasonOut,
}

/// The medical subsidy answer.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
pub struct MedicalOut {
    /// `1`, `0.6` or `0`.
    pub rate: String,
    /// The year's individual contribution.
    pub contribution_yuan: String,
    /// Paid for the resident.
    pub amount_yuan: String,
    /// Left for the resident.
    pub resident_pays_yuan: String,
    /// The contribution figure is unverified.
    pub provisional: bool,
    /// Why.
    pub reason: ReasonOut,
}

/// One answered line of `daijiao check` (and the JS API's `evaluate`).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
pub struct DecisionOut {
    /// The row's id, when one was given.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub id: Option<IdOut>,
    /// Policy year.
    pub year: u16,
    /// 政府代缴.
    pub pension_contribution: PensionOut,
    /// Direct claim.
    pub direct_claim: DirectClaimOut,
    /// Medical subsidy.
    pub medical_subsidy: MedicalOut,
    /// Version of the rules.
    pub policy_version: &'static str,
}

/// The value of `direct_claim.starts` for an eligible resident.
pub const STARTS_MONTH_AFTER_PROCESSING: &str = "month_after_processing";

impl DecisionOut {
    /// The record for a decision.
    pub fn new(d: &Decision, id: Option<RowId>) -> DecisionOut {
        let p = &d.pension_contribution;
        let c = &d.direct_claim;
        let m = &d.medical_subsidy;
        DecisionOut {
            id: id.map(IdOut::from),
            year: d.year,
            pension_contribution: PensionOut {
                government_pays: p.government_pays,
                tier_yuan: p.tier_yuan.map(fmt_yuan),
                government_amount_yuan: fmt_yuan(p.government_amount_yuan),
                resident_amount_yuan: p.resident_amount_yuan.map(fmt_yuan),
                subsidy_yuan: p.subsidy_yuan.map(fmt_yuan),
                tiers: p
                    .tiers
                    .iter()
                    .map(|t| TierOut {
                        tier_yuan: fmt_yuan(t.yuan),
                        subsidy_yuan: fmt_yuan(t.subsidy_yuan),
                    })
                    .collect(),
                provisional: p.provisional,
                tiers_provisional: p.tiers_provisional,
                reason: (&p.reason).into(),
            },
            direct_claim: DirectClaimOut {
                eligible: c.eligible,
                starts: c.eligible.then_some(STARTS_MONTH_AFTER_PROCESSING),
                monthly_pension_yuan: c.monthly_pension_yuan.map(fmt_yuan),
                provisional: c.provisional,
                reason: (&c.reason).into(),
            },
            medical_subsidy: MedicalOut {
                rate: fmt_plain(m.rate),
                contribution_yuan: fmt_yuan(m.contribution_yuan),
                amount_yuan: fmt_yuan(m.amount_yuan),
                resident_pays_yuan: fmt_yuan(m.resident_pays_yuan),
                provisional: m.provisional,
                reason: (&m.reason).into(),
            },
            policy_version: d.policy_version,
        }
    }
}

/// An input error as a record: `{"error": {...}}` on the wire.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
pub struct ErrorBody {
    /// 1-based input line, when the error is about a line of a batch.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub line: Option<u64>,
    /// The field's path, `$` for the whole line.
    pub field: String,
    /// Stable code.
    pub code: &'static str,
    /// English.
    pub message: String,
    /// Chinese.
    pub message_zh: String,
}

/// `{"error": ErrorBody}`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
pub struct ErrorOut {
    /// The error.
    pub error: ErrorBody,
}

impl ErrorOut {
    /// The record for an input error.
    pub fn new(e: &InputError, line: Option<u64>) -> ErrorOut {
        ErrorOut {
            error: ErrorBody {
                line,
                field: e.field.clone(),
                code: e.code.code(),
                message: e.message.clone(),
                message_zh: e.message_zh.clone(),
            },
        }
    }
}

/// One level of a budget.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
pub struct LevelOut {
    /// `province`, `city`, `county`.
    pub level: &'static str,
    /// Weight in the split.
    pub weight: u32,
    /// Exact part, to the fen.
    pub exact_yuan: String,
    /// Budgeted per person, whole yuan.
    pub per_person_budgeted_yuan: String,
    /// Budgeted.
    pub budgeted_yuan: String,
    /// Budgeted, in 万元.
    pub budgeted_wan_yuan: String,
    /// Left for the year-end settlement.
    pub settlement_yuan: String,
}

/// The budget record.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
pub struct BudgetOut {
    /// Policy year.
    pub year: u16,
    /// People.
    pub people: u64,
    /// `ordinary` or `province-direct`.
    pub fiscal: &'static str,
    /// Government payment per person.
    pub per_person_yuan: String,
    /// Total, exact.
    pub total_yuan: String,
    /// Province, city, county.
    pub levels: Vec<LevelOut>,
    /// Σ budgeted.
    pub budgeted_total_yuan: String,
    /// Σ settlement.
    pub settlement_total_yuan: String,
    /// The rounding of the budgeted figures.
    pub budget_rounding: &'static str,
    /// The rounding of the exact split.
    pub exact_rounding: &'static str,
    /// The per-person payment is unverified for the year.
    pub provisional: bool,
    /// Clauses.
    pub clauses: Vec<Clause>,
    /// Version of the rules.
    pub policy_version: &'static str,
}

impl BudgetOut {
    /// The record for a budget.
    pub fn new(b: &Budget) -> BudgetOut {
        BudgetOut {
            year: b.year,
            people: b.people,
            fiscal: b.fiscal.code(),
            per_person_yuan: fmt_yuan(b.per_person_yuan),
            total_yuan: fmt_yuan(b.total_yuan),
            levels: b
                .levels
                .iter()
                .map(|l| LevelOut {
                    level: l.level.code(),
                    weight: l.weight,
                    exact_yuan: fmt_yuan(l.exact_yuan),
                    per_person_budgeted_yuan: fmt_yuan(l.per_person_budgeted_yuan),
                    budgeted_yuan: fmt_yuan(l.budgeted_yuan),
                    budgeted_wan_yuan: fmt_plain(crate::budget::wan_yuan(l.budgeted_yuan)),
                    settlement_yuan: fmt_yuan(l.settlement_yuan),
                })
                .collect(),
            budgeted_total_yuan: fmt_yuan(b.budgeted_total_yuan),
            settlement_total_yuan: fmt_yuan(b.settlement_total_yuan),
            budget_rounding: "whole_yuan_per_person_per_level_down",
            exact_rounding: "largest_remainder_to_the_fen",
            provisional: b.provisional,
            clauses: b.clauses.clone(),
            policy_version: crate::rules::POLICY_VERSION,
        }
    }
}
