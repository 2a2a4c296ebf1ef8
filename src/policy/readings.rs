//! Our readings: every choice the documents do not settle, made by this calculator.
//!
//! A rule that relies on one names it in its answer ([`crate::rules::Reason::readings`]), so
//! every answer lists the readings behind it (`interpretations` in the contract; 本计算器的理解
//! on the page), never presented as the documents' words. README's "Interpretations we chose"
//! is tested against this list and the catalogues' sentences (`tests/cases.rs`).

use super::clauses::{
    Clause, GF_2014_8_AGES, GF_2014_8_SEVERE_DISABILITY, HEBEI_2021_PRACTICE, JRS_1_POOR_PERSONS,
    JRS_2_1_1_DIRECT_CLAIM, JRS_2_1_1_PAYMENT, JRS_2_1_2_WHOLE_YEAR, JRS_2_2_1_MEDICAL,
    TRANSITION_PAYMENT,
};

/// One reading of a clause that its words leave open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "snake_case")
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema, ts_rs::TS))]
pub enum Reading {
    /// JRS-2018-3 二(一)1 "2020年前" read as including the whole of 2020.
    #[cfg_attr(feature = "serde", serde(rename = "until_2020_inclusive"))]
    Until2020Inclusive,
    /// JRS-2018-3 一: the 贫困人员 of the payment are the four groups it lists; its "等" is not
    /// widened to other hardship groups (重度残疾人 come in under 国发〔2014〕8号).
    PoorPersonsAsListed,
    /// 国发〔2014〕8号 三(三) "部分或全部": read as the whole minimum tier (Hebei practice).
    SevereDisabilityWholeMinimum,
    /// JRS-2018-3 二(一)1 "对其保留100元缴费档次": from 2019 the kept 100 元 tier is offered only to
    /// those it is kept for (贫困人员, and 重度残疾人 the government pays for), not to others.
    KeptTierOnlyForThem,
    /// JRS-2018-3 二(二)1 "2016年8月1日后" read as on or after 1 August 2016.
    ExitDateOnOrAfter,
    /// JRS-2018-3 二(二)1: lifted out before the cut-off, with no other status: no subsidy (the
    /// parenthesis limits the exited; they are not read as "other hardship").
    ExitedBeforeCutoffNoSubsidy,
    /// JRS-2018-3 二(一)2 (written for the pension) applied to the medical subsidy as well: a
    /// status held at any time in the year counts for the whole year.
    WholeYearForMedical,
    /// With an age only: the age is taken to hold all year.
    AgeHeldAllYear,
    /// With a birth month: aged 16–59 at any time in the year (a status held that year counts
    /// for the whole year, 二(一)2) is enough for that year's payment; 60 at any time in the
    /// year for the direct claim. 周岁 changes in the birth month.
    AgeAtAnyTimeInYear,
    /// JRS-2018-3 二(一)1 "自办理手续次月起": with a birth month, the pension starts at the
    /// earliest in the month after the 60th birthday month (the procedure needs the age), or
    /// the month after the procedure if that is later.
    DirectClaimFromMonthAfter,
    /// The transition notice's "低保对象、特困人员、返贫致贫人口、重度残疾人等" is read as those four
    /// groups; its "等" is not widened (other hardship groups, other 已脱贫人口).
    TransitionGroupsAsListed,
    /// The transition notice's 返贫致贫人口 and the Hebei pages' 易返贫致贫人口 are taken as one
    /// status (`relapse_risk`).
    RelapseRiskOneStatus,
    /// The transition notice's "部分或全部最低缴费档次" read as the whole minimum tier (Hebei
    /// practice, local pages).
    WholeMinimumInTransition,
    /// A year after the last period's own years, with no document of its own found: the last
    /// period's rules are taken to continue until a later document is encoded.
    PeriodContinues,
}

impl Reading {
    /// Every reading, in the order answers and README list them.
    pub const ALL: [Reading; 14] = [
        Reading::Until2020Inclusive,
        Reading::PoorPersonsAsListed,
        Reading::SevereDisabilityWholeMinimum,
        Reading::KeptTierOnlyForThem,
        Reading::ExitDateOnOrAfter,
        Reading::ExitedBeforeCutoffNoSubsidy,
        Reading::WholeYearForMedical,
        Reading::AgeHeldAllYear,
        Reading::AgeAtAnyTimeInYear,
        Reading::DirectClaimFromMonthAfter,
        Reading::TransitionGroupsAsListed,
        Reading::RelapseRiskOneStatus,
        Reading::WholeMinimumInTransition,
        Reading::PeriodContinues,
    ];

    /// The stable code (the contract's `interpretations[].code`).
    pub fn code(self) -> &'static str {
        match self {
            Reading::Until2020Inclusive => "until_2020_inclusive",
            Reading::PoorPersonsAsListed => "poor_persons_as_listed",
            Reading::SevereDisabilityWholeMinimum => "severe_disability_whole_minimum",
            Reading::KeptTierOnlyForThem => "kept_tier_only_for_them",
            Reading::ExitDateOnOrAfter => "exit_date_on_or_after",
            Reading::ExitedBeforeCutoffNoSubsidy => "exited_before_cutoff_no_subsidy",
            Reading::WholeYearForMedical => "whole_year_for_medical",
            Reading::AgeHeldAllYear => "age_held_all_year",
            Reading::AgeAtAnyTimeInYear => "age_at_any_time_in_year",
            Reading::DirectClaimFromMonthAfter => "direct_claim_from_month_after",
            Reading::TransitionGroupsAsListed => "transition_groups_as_listed",
            Reading::RelapseRiskOneStatus => "relapse_risk_one_status",
            Reading::WholeMinimumInTransition => "whole_minimum_in_transition",
            Reading::PeriodContinues => "period_continues",
        }
    }

    /// The clause whose words the reading settles.
    pub fn clause(self) -> Clause {
        match self {
            Reading::Until2020Inclusive | Reading::KeptTierOnlyForThem => JRS_2_1_1_PAYMENT,
            Reading::PoorPersonsAsListed => JRS_1_POOR_PERSONS,
            Reading::SevereDisabilityWholeMinimum => GF_2014_8_SEVERE_DISABILITY,
            Reading::ExitDateOnOrAfter | Reading::ExitedBeforeCutoffNoSubsidy => JRS_2_2_1_MEDICAL,
            Reading::WholeYearForMedical => JRS_2_1_2_WHOLE_YEAR,
            Reading::AgeHeldAllYear | Reading::AgeAtAnyTimeInYear => GF_2014_8_AGES,
            Reading::DirectClaimFromMonthAfter => JRS_2_1_1_DIRECT_CLAIM,
            Reading::TransitionGroupsAsListed
            | Reading::WholeMinimumInTransition
            | Reading::PeriodContinues => TRANSITION_PAYMENT,
            Reading::RelapseRiskOneStatus => HEBEI_2021_PRACTICE,
        }
    }

    fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

/// A set of readings (the ones an answer relies on).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Readings(u16);

impl Readings {
    /// No reading.
    pub const NONE: Readings = Readings(0);

    /// This set with `r` added.
    #[must_use]
    pub fn with(self, r: Reading) -> Readings {
        Readings(self.0 | r.bit())
    }

    /// This set with `r` added when `on`.
    #[must_use]
    pub fn with_if(self, r: Reading, on: bool) -> Readings {
        if on {
            self.with(r)
        } else {
            self
        }
    }

    /// Both sets.
    #[must_use]
    pub fn union(self, other: Readings) -> Readings {
        Readings(self.0 | other.0)
    }

    /// Whether `r` is in the set.
    pub fn has(self, r: Reading) -> bool {
        self.0 & r.bit() != 0
    }

    /// The readings in the set, in [`Reading::ALL`] order.
    pub fn iter(self) -> impl Iterator<Item = Reading> {
        Reading::ALL.into_iter().filter(move |r| self.has(*r))
    }

    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reading_is_listed_once_with_its_own_code_and_bit() {
        for (i, r) in Reading::ALL.into_iter().enumerate() {
            assert_eq!(r as usize, i, "ALL is in declaration order");
            assert_eq!(Readings::NONE.with(r).iter().collect::<Vec<_>>(), vec![r]);
        }
        let codes: std::collections::BTreeSet<_> = Reading::ALL.iter().map(|r| r.code()).collect();
        assert_eq!(codes.len(), Reading::ALL.len());
        assert!(Reading::ALL.len() <= 16, "Readings is a u16");
    }
}
