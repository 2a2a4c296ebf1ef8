//! The roster's aggregate report: per policy year, counts of each decision, the government
//! pension payment (with its province/city/county split, exact and as budgeted) and the
//! medical subsidy, summed exactly. Field names follow the peer model's aggregates where they
//! mean the same thing, so the two can be compared key by key.

use super::{facts_at, Encoding, Tally};
use crate::budget::{budget, Fiscal};
use crate::contract::BudgetOut;

use crate::money::fmt_yuan;
use crate::policy::params::POLICY_YEARS;
use crate::rules::{evaluate_facts, named_by_payment, ReasonCode};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// Aggregates of one policy year.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct YearReport {
    /// Policy year.
    pub year: u16,
    /// Accepted rows of that year.
    pub persons: u64,
    /// Persons with at least one status the year's payment names (2018–2020: 建档立卡, registered
    /// or exited, 低保, 特困).
    pub is_poor_count: u64,
    /// Persons whose pension contribution the government pays.
    pub government_pays_pension_count: u64,
    /// Σ government payments, 元 (of the persons whose amount is known).
    pub government_pension_amount_sum: String,
    /// Persons the government pays for whose amount the year's data does not have (not
    /// found: not in the sum).
    pub government_pension_amount_unknown_count: u64,
    /// Persons who may draw the pension directly.
    pub direct_claim_count: u64,
    /// Persons with the full medical subsidy rate.
    pub medical_full_rate_count: u64,
    /// Persons with the 60% medical subsidy rate.
    pub medical_partial_rate_count: u64,
    /// Σ medical subsidies, 元.
    pub medical_subsidy_amount_sum: String,
    /// Pension-payment decisions by reason code.
    pub pension_reasons: BTreeMap<&'static str, u64>,
    /// Direct-claim decisions by reason code.
    pub direct_claim_reasons: BTreeMap<&'static str, u64>,
    /// Medical decisions by reason code.
    pub medical_reasons: BTreeMap<&'static str, u64>,
    /// The government pension payment for the paid persons, split by level (exact and budgeted).
    pub pension_budget: Option<BudgetOut>,
}

/// The whole report.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct RosterReport {
    /// Detected encoding.
    pub encoding: &'static str,
    /// Data rows read (blank lines excluded).
    pub rows: u64,
    /// Rows accepted.
    pub accepted: u64,
    /// Rows rejected (each written to the rejects file).
    pub rejected: u64,
    /// Blank lines skipped (counted, never silently).
    pub blank_lines: u64,
    /// Fiscal arrangement used for the level split.
    pub fiscal: &'static str,
    /// Per year with at least one accepted row.
    pub years: Vec<YearReport>,
    /// Σ government pension payments over all years, 元.
    pub government_pension_amount_total: String,
    /// Σ medical subsidies over all years, 元.
    pub medical_subsidy_amount_total: String,
    /// What the figures do and do not cover.
    pub notes: Vec<&'static str>,
    /// Version of the rules.
    pub policy_version: &'static str,
}

/// Builds the report from a finished tally. Each distinct `Facts` is evaluated once.
pub fn report(tally: &Tally, encoding: Encoding, fiscal: Fiscal) -> RosterReport {
    #[derive(Default)]
    struct Acc {
        persons: u64,
        poor: u64,
        pays: u64,
        pays_amount_unknown: u64,
        pension_sum: Decimal,
        direct: u64,
        full: u64,
        partial: u64,
        medical_sum: Decimal,
        pension_reasons: BTreeMap<&'static str, u64>,
        direct_reasons: BTreeMap<&'static str, u64>,
        medical_reasons: BTreeMap<&'static str, u64>,
    }
    let mut accs: Vec<Acc> = POLICY_YEARS.iter().map(|_| Acc::default()).collect();
    for (i, n) in tally.counts().enumerate() {
        if n == 0 {
            continue;
        }
        let f = facts_at(i);
        let Some(d) = evaluate_facts(&f) else {
            continue;
        };
        let Some(a) = POLICY_YEARS
            .iter()
            .position(|y| *y == f.year)
            .and_then(|k| accs.get_mut(k))
        else {
            continue;
        };
        let dn = Decimal::from(n);
        a.persons += n;
        // The statuses the year's payment names (贫困人员 of JRS-2018-3 一 for 2018–2020).
        if f.statuses.iter().any(|s| named_by_payment(f.year, s)) {
            a.poor += n;
        }
        let p = &d.pension_contribution;
        if p.government_pays {
            a.pays += n;
            match p.government_amount_yuan {
                Some(amount) => a.pension_sum += amount * dn,
                None => a.pays_amount_unknown += n,
            }
        }
        *a.pension_reasons.entry(p.reason.code.code()).or_default() += n;
        if d.direct_claim.eligible {
            a.direct += n;
        }
        *a.direct_reasons
            .entry(d.direct_claim.reason.code.code())
            .or_default() += n;
        let m = &d.medical_subsidy;
        match m.reason.code {
            ReasonCode::FullSubsidy => a.full += n,
            ReasonCode::PartialSubsidy => a.partial += n,
            _ => {}
        }
        // Not determined (no amount) adds nothing; its count is in `medical_reasons`.
        a.medical_sum += m.amount_yuan.unwrap_or_default() * dn;
        *a.medical_reasons.entry(m.reason.code.code()).or_default() += n;
    }
    let mut pension_total = Decimal::ZERO;
    let mut medical_total = Decimal::ZERO;
    let years = POLICY_YEARS
        .iter()
        .zip(accs)
        .filter(|(_, a)| a.persons > 0)
        .map(|(&year, a)| {
            pension_total += a.pension_sum;
            medical_total += a.medical_sum;
            YearReport {
                year,
                persons: a.persons,
                is_poor_count: a.poor,
                government_pays_pension_count: a.pays,
                government_pension_amount_sum: fmt_yuan(a.pension_sum),
                government_pension_amount_unknown_count: a.pays_amount_unknown,
                direct_claim_count: a.direct,
                medical_full_rate_count: a.full,
                medical_partial_rate_count: a.partial,
                medical_subsidy_amount_sum: fmt_yuan(a.medical_sum),
                pension_reasons: a.pension_reasons,
                direct_claim_reasons: a.direct_reasons,
                medical_reasons: a.medical_reasons,
                pension_budget: budget(i64::from(year), a.pays, fiscal)
                    .ok()
                    .map(|b| BudgetOut::new(&b)),
            }
        })
        .collect();
    RosterReport {
        encoding: encoding.code(),
        rows: tally.rows,
        accepted: tally.accepted(),
        rejected: tally.rejected,
        blank_lines: tally.blank_lines,
        fiscal: fiscal.code(),
        years,
        government_pension_amount_total: fmt_yuan(pension_total),
        medical_subsidy_amount_total: fmt_yuan(medical_total),
        notes: vec![
            "pension_budget splits the government pension payment by JRS-2018-3 二(一)1 (1:1:1, or 2:0:1 for 省财政直管县).",
            "The documents set no province/city/county split for the medical subsidy (JRS-2018-3 二(二)1 says 财政); it is given as a total only.",
            "Rejected rows are not counted in any figure; each is listed in the rejects file with its line, id, field and reason.",
        ],
        policy_version: crate::rules::POLICY_VERSION,
    }
}
