//! Every parameter of the policy, in one place, with its dates, source and confidence.
//!
//! The values are data: `src/policy/data/*.toml` (one file per group), turned into the
//! constants below by the build script `src/policy/build.rs` (no parser at run time). The rows
//! mirror the table "Parameters, with sources" of `shared/policy/README.md`. A value whose
//! confidence is anything but *verified* is provisional, and every answer built on it carries
//! `provisional: true` so that the page shows it as such.
//!
//! The years are cut into periods ([`PERIODS`], `data/years.toml`), each answered by one rule set
//! of [`crate::rules`] with its own lists of whom each rule names. Asking for a year outside
//! [`POLICY_YEARS`] is an error (`None`), never a default.

use super::clauses::Clause;
use crate::input::Status;
use rust_decimal::Decimal;

include!(concat!(env!("OUT_DIR"), "/policy_data.rs"));

/// The first policy year the core encodes.
pub const FIRST_YEAR: u16 = POLICY_YEARS[0];
/// The last policy year the core encodes.
pub const LAST_YEAR: u16 = POLICY_YEARS[POLICY_YEARS.len() - 1];

/// The encoded year nearest to `year` (a device clock's year): the year itself when encoded,
/// else the first or the last encoded year. The page preselects it; the clock is the shell's.
///
/// ```
/// use daijiao::policy::params::{nearest_policy_year, FIRST_YEAR, LAST_YEAR};
/// assert_eq!(nearest_policy_year(2022), 2022);
/// assert_eq!(nearest_policy_year(2031), LAST_YEAR);
/// assert_eq!(nearest_policy_year(1970), FIRST_YEAR);
/// ```
pub fn nearest_policy_year(year: i32) -> u16 {
    let y = year.clamp(i32::from(FIRST_YEAR), i32::from(LAST_YEAR));
    u16::try_from(y).unwrap_or(LAST_YEAR)
}

/// A rule set of [`crate::rules`]: which questions a period's documents answer, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleSet {
    /// JRS-2018-3 (2018–2020): the payment, the direct claim and the medical subsidy.
    Jrs2018,
    /// The 2021 transition-period notice: the payment only; the direct claim and the medical
    /// subsidy are not determined by the encoded documents.
    Transition2021,
}

/// A policy period: its years, its document, its rule set and whom each rule names, in the
/// clause's order (`data/years.toml`, `data/categories.toml`). A list its rule set does not use
/// is empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    /// Stable name, e.g. `transition`.
    pub name: &'static str,
    /// The rule set that answers it.
    pub rules: RuleSet,
    /// First year.
    pub from: u16,
    /// Last year its documents name.
    pub to: u16,
    /// The period's document (policy-page id).
    pub doc: &'static str,
    /// Whose contribution the government pays.
    pub pension_payment: &'static [Status],
    /// 重度残疾人 paid for under 国发〔2014〕8号 三(三) when they hold no status of the list above.
    pub pension_payment_other_route: &'static [Status],
    /// Statuses the period's documents leave open for the payment (not determined).
    pub pension_not_determined: &'static [Status],
    /// Who may draw the pension directly.
    pub direct_claim: &'static [Status],
    /// The full medical subsidy.
    pub medical_full: &'static [Status],
    /// The partial medical subsidy.
    pub medical_partial: &'static [Status],
}

impl Period {
    /// Why these years (`PERIOD_NOTES`).
    pub fn note(&self) -> &'static str {
        PERIOD_NOTES
            .iter()
            .find(|(n, _)| *n == self.name)
            .map_or("", |(_, note)| note)
    }
}

/// The period that answers `year`, and whether the year lies after the period's own years
/// (answered under the reading `period_continues` until a later document is encoded).
///
/// ```
/// use daijiao::policy::params::{period_of, RuleSet};
/// assert_eq!(period_of(2020).unwrap().0.rules, RuleSet::Jrs2018);
/// assert_eq!(period_of(2021).unwrap(), (&daijiao::policy::params::PERIODS[1], false));
/// assert!(period_of(2026).unwrap().1);
/// assert!(period_of(2017).is_none());
/// ```
pub fn period_of(year: u16) -> Option<(&'static Period, bool)> {
    if !POLICY_YEARS.contains(&year) {
        return None;
    }
    let p = PERIODS.iter().rev().find(|p| p.from <= year)?;
    Some((p, year > p.to))
}
/// How sure we are of a value (the policy page's confidence).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confidence {
    /// Verified against an official or primary source.
    Verified,
    /// From a secondary text: reposts, one news source, a summary of the original.
    Secondary,
    /// Widely cited or remembered, the original not retrieved.
    Recalled,
    /// Not found in any source: the value is unknown (and shown as such).
    Unknown,
}

impl Confidence {
    /// The data files' word for it.
    pub fn code(self) -> &'static str {
        match self {
            Confidence::Verified => "verified",
            Confidence::Secondary => "secondary",
            Confidence::Recalled => "recalled",
            Confidence::Unknown => "unknown",
        }
    }
}

/// Where a value was read: the document (an id of `documents.toml`), the clause, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    /// Document id (the policy page's), `NEWS` for secondary texts, `NONE` when not found.
    pub doc: &'static str,
    /// Clause inside the document, if any.
    pub clause: &'static str,
    /// Where and how it was read.
    pub read: &'static str,
}

/// A cited document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Document {
    /// The policy page's id.
    pub id: &'static str,
    /// Its number, e.g. 冀人社发〔2018〕3号 (empty for secondary texts).
    pub number: &'static str,
    /// Its title.
    pub title: &'static str,
}

impl Document {
    /// How an answer names it: its number, or its title when it has none.
    pub fn name(&self) -> &'static str {
        if self.number.is_empty() {
            self.title
        } else {
            self.number
        }
    }
}

/// The document with this id.
pub fn document(id: &str) -> Option<&'static Document> {
    DOCUMENTS.iter().find(|d| d.id == id)
}

/// One dated value of a parameter.
#[derive(Debug, Clone, Copy)]
pub struct Row<T: 'static> {
    /// The date the value takes effect; in force until the next row's date.
    pub from: (u16, u8, u8),
    /// The value; `None` is an explicit "not found in any source" (never a guess).
    pub value: Option<T>,
    /// How sure we are.
    pub confidence: Confidence,
    /// Where the value comes from.
    pub source: Source,
}

/// A parameter: a name, a unit and its dated rows.
#[derive(Debug)]
pub struct Param<T: 'static> {
    /// Stable name (the data file's table name).
    pub name: &'static str,
    /// The unit of its values.
    pub unit: &'static str,
    /// Rows in date order.
    pub rows: &'static [Row<T>],
}

/// A value looked up for one year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Value<T> {
    /// The value, or `None` when it is unknown for that year.
    pub value: Option<T>,
    /// True unless the row is verified.
    pub provisional: bool,
    /// The row's source.
    pub source: Source,
    /// The row's confidence.
    pub confidence: Confidence,
}

impl<T: Copy> Param<T> {
    /// The value in force in policy year `year` (the latest row that took effect by the end of
    /// that year), or `None` for a year the policy does not cover.
    pub fn at(&self, year: u16) -> Option<Value<T>> {
        if !POLICY_YEARS.contains(&year) {
            return None;
        }
        self.rows
            .iter()
            .rev()
            .find(|r| r.from.0 <= year)
            .map(|r| Value {
                value: r.value,
                provisional: r.confidence != Confidence::Verified || r.value.is_none(),
                source: r.source,
                confidence: r.confidence,
            })
    }
}

/// A parameter as listed (`daijiao policy`) and digested: every row's value as its data text.
#[derive(Debug)]
pub struct Listed {
    /// Stable name.
    pub name: &'static str,
    /// `yuan`, `rate`, `weights`, `tiers`, `age` or `date`.
    pub kind: &'static str,
    /// Unit.
    pub unit: &'static str,
    /// Rows in date order.
    pub rows: &'static [ListedRow],
}

/// A listed row.
#[derive(Debug)]
pub struct ListedRow {
    /// The date it takes effect.
    pub from: (u16, u8, u8),
    /// The value as written in the data, `None` when unknown.
    pub text: Option<&'static str>,
    /// How sure we are.
    pub confidence: Confidence,
    /// Where it comes from.
    pub source: Source,
}

impl Listed {
    /// What the parameter is (`LISTING_DOCS`).
    pub fn doc(&self) -> &'static str {
        LISTING_DOCS
            .iter()
            .find(|(n, _)| *n == self.name)
            .map_or("", |(_, d)| d)
    }

    /// The row in force in `year` (within the covered years).
    pub fn at(&self, year: u16) -> Option<&'static ListedRow> {
        if !POLICY_YEARS.contains(&year) {
            return None;
        }
        self.rows.iter().rev().find(|r| r.from.0 <= year)
    }
}

/// A contribution tier and the contribution subsidy (缴费补贴) paid on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tier {
    /// Annual contribution, 元.
    pub yuan: Decimal,
    /// Contribution subsidy on that tier, 元.
    pub subsidy_yuan: Decimal,
    /// True for the 100 元 tier kept for 贫困人员 after the minimum was raised (JRS-2018-3
    /// 二(一)1 "对其保留100元缴费档次"): offered to them only.
    pub kept: bool,
}

/// Every medical subsidy rate an answer can carry (none, partial, full; every year's value).
pub fn medical_rates() -> Vec<Decimal> {
    let mut rates = vec![Decimal::ZERO];
    for p in [&MEDICAL_PARTIAL_RATE, &MEDICAL_FULL_RATE] {
        for r in p.rows.iter().filter_map(|r| r.value) {
            if !rates.contains(&r) {
                rates.push(r);
            }
        }
    }
    rates
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_parameter_answers_every_policy_year_and_none_outside() {
        for p in LISTING {
            assert!(!p.rows.is_empty(), "{}", p.name);
            for y in POLICY_YEARS {
                assert!(p.at(y).is_some(), "{} has no row for {y}", p.name);
            }
            assert!(
                p.at(FIRST_YEAR - 1).is_none(),
                "{} answers {}",
                p.name,
                FIRST_YEAR - 1
            );
            assert!(
                p.at(LAST_YEAR + 1).is_none(),
                "{} answers {}",
                p.name,
                LAST_YEAR + 1
            );
            for r in p.rows {
                assert!(
                    document(r.source.doc).is_some(),
                    "{}: {}",
                    p.name,
                    r.source.doc
                );
                assert!(
                    !r.source.read.is_empty(),
                    "{} has a row without its source",
                    p.name
                );
                assert_eq!(
                    r.text.is_none(),
                    r.confidence == Confidence::Unknown,
                    "{}",
                    p.name
                );
            }
        }
        assert_eq!(
            GOVERNMENT_PAYMENT_TIER.at(2018).unwrap().confidence,
            Confidence::Verified
        );
        assert!(GOVERNMENT_PAYMENT_TIER.at(2019).unwrap().provisional);
    }

    #[test]
    fn the_government_tier_is_in_every_years_tier_table_where_both_are_known() {
        let mut known = 0;
        for y in POLICY_YEARS {
            let t = GOVERNMENT_PAYMENT_TIER.at(y).and_then(|v| v.value);
            let tiers = TIERS.at(y).and_then(|v| v.value);
            assert_eq!(t.is_some(), tiers.is_some(), "{y}");
            if let (Some(t), Some(tiers)) = (t, tiers) {
                assert!(tiers.iter().any(|x| x.yuan == t), "{y}");
                known += 1;
            }
        }
        assert_eq!(known, 6, "2018–2023 have a tier");
    }

    #[test]
    fn every_value_from_2021_on_is_provisional() {
        for p in LISTING {
            for r in p.rows.iter().filter(|r| r.from.0 >= 2021) {
                assert_ne!(r.confidence, Confidence::Verified, "{}", p.name);
            }
        }
    }

    #[test]
    fn an_unknown_value_is_provisional() {
        let v = BASIC_PENSION_MONTHLY.at(2019).unwrap();
        assert_eq!(v.value, None);
        assert!(v.provisional);
        assert!(!BASIC_PENSION_MONTHLY.at(2018).unwrap().provisional);
    }
}
