//! Lookups from the core's codes (reasons, statuses, errors, levels) to catalogue sentences.

use super::{fill, ClerkText, ShellText, Text};
use crate::budget::{Fiscal, Level};
use crate::contract::BudgetOut;
use crate::input::{ErrorCode, Expected, MedicalScheme, Pension, Status};
use crate::policy::readings::Reading;
use crate::rules::{Hint, ReasonCode};
use crate::shell::ShellCode;

/// The policy's own values, for the catalogues' placeholders (no policy figure is written in
/// a catalogue: `{min_age}`, `{pension_age}`, `{cutoff}` … are filled from the data).
fn policy_values(date_long: &str) -> Vec<(&'static str, String)> {
    use crate::policy::params::{
        ENROL_MIN_AGE, MAX_AGE, MEDICAL_EXIT_CUTOFF, MEDICAL_PARTIAL_RATE, PENSION_AGE, PERIODS,
        TIERS,
    };
    let (first, last) = (&PERIODS[0], &PERIODS[PERIODS.len() - 1]);
    let (y, m, d) = MEDICAL_EXIT_CUTOFF;
    let cutoff = fill(
        date_long,
        &[
            ("y", &y.to_string()),
            ("m", &m.to_string()),
            ("d", &d.to_string()),
            ("mm", &format!("{m:02}")),
            ("dd", &format!("{d:02}")),
        ],
    );
    let partial = MEDICAL_PARTIAL_RATE
        .rows
        .iter()
        .find_map(|r| r.value)
        .map(|r| crate::money::fmt_plain(r * rust_decimal::Decimal::ONE_HUNDRED))
        .unwrap_or_default();
    // The first year with a kept tier, and that tier.
    let kept = TIERS.rows.iter().find_map(|r| {
        r.value
            .and_then(|tiers| tiers.iter().find(|t| t.kept))
            .map(|t| (r.from.0, t.yuan))
    });
    vec![
        ("min_age", ENROL_MIN_AGE.to_string()),
        ("first_from", first.from.to_string()),
        ("first_to", first.to.to_string()),
        ("last_from", last.from.to_string()),
        ("last_to", last.to.to_string()),
        ("after_last", (last.to + 1).to_string()),
        ("max_contrib_age", (PENSION_AGE - 1).to_string()),
        ("pension_age", PENSION_AGE.to_string()),
        ("max_age", MAX_AGE.to_string()),
        ("cutoff", cutoff),
        ("partial_percent", partial),
        (
            "kept_from",
            kept.map(|k| k.0.to_string()).unwrap_or_default(),
        ),
        (
            "kept_tier",
            kept.map(|k| crate::money::fmt_plain(k.1))
                .unwrap_or_default(),
        ),
    ]
}

/// `template` with the policy's values and `extra` filled in.
fn fill_policy(template: &str, date_long: &str, extra: &[(&str, &str)]) -> String {
    let values = policy_values(date_long);
    let mut all: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
    all.extend_from_slice(extra);
    fill(template, &all)
}

impl Text {
    /// A catalogue sentence with the policy's values filled in from the data.
    pub fn policy(&self, template: &str) -> String {
        fill_policy(template, self.date_long, &[])
    }

    /// The word for how sure the data is of a value.
    pub fn confidence(&self, c: crate::policy::params::Confidence) -> &'static str {
        use crate::policy::params::Confidence;
        match c {
            Confidence::Verified => self.confidence_verified,
            Confidence::Secondary => self.confidence_secondary,
            Confidence::Recalled => self.confidence_recalled,
            Confidence::Unknown => self.confidence_unknown,
        }
    }

    /// The name of a figure of the policy data (its parameter name when it has none).
    pub fn figure(&self, name: &'static str) -> &'static str {
        match name {
            "government_payment_tier" => self.figure_government_payment_tier,
            "tiers" => self.figure_tiers,
            "enrol_min_age" => self.figure_enrol_min_age,
            "pension_age" => self.figure_pension_age,
            "basic_pension_monthly" => self.figure_basic_pension_monthly,
            "medical_contribution" => self.figure_medical_contribution,
            "medical_full_rate" => self.figure_medical_full_rate,
            "medical_partial_rate" => self.figure_medical_partial_rate,
            "medical_exit_cutoff" => self.figure_medical_exit_cutoff,
            other => other,
        }
    }

    /// The sentence of a core error code.
    pub fn error_template(&self, code: ErrorCode) -> &'static str {
        match code {
            ErrorCode::NotAnObject => self.err_not_an_object,
            ErrorCode::Missing => self.err_missing,
            ErrorCode::UnknownField => self.err_unknown_field,
            ErrorCode::DuplicateField => self.err_duplicate_field,
            ErrorCode::WrongType { .. } => self.err_wrong_type,
            ErrorCode::UnknownValue => self.err_unknown_value,
            ErrorCode::DuplicateValue => self.err_duplicate_value,
            ErrorCode::OutOfRange => self.err_out_of_range,
            ErrorCode::YearNotCovered => self.err_year_not_covered,
            ErrorCode::ValueUnknown => self.err_value_unknown,
            ErrorCode::BadDate => self.err_bad_date,
            ErrorCode::RequiredWith => self.err_required_with,
            ErrorCode::NotAllowedWithout => self.err_not_allowed_without,
            ErrorCode::BadMonth => self.err_bad_month,
            ErrorCode::ExclusiveWith => self.err_exclusive_with,
        }
    }

    /// The name of the kind of value given (`Field::kind`), inside a type error.
    pub fn kind(&self, kind: &str) -> &'static str {
        match kind {
            "null" => self.kind_null,
            "boolean" => self.kind_boolean,
            "number" => self.kind_number,
            "string" => self.kind_string,
            "array" => self.kind_array,
            "object" => self.kind_object,
            _ => self.kind_getter,
        }
    }

    /// The name of an expected type, inside a type error.
    pub fn expected(&self, e: Expected) -> &'static str {
        match e {
            Expected::Integer => self.type_integer,
            Expected::Age => self.type_age,
            Expected::Count => self.type_count,
            Expected::IntegerOrString => self.type_integer_or_string,
            Expected::String => self.type_string,
            Expected::ArrayOfStrings => self.type_array_of_strings,
            Expected::Date => self.type_date,
            Expected::Month => self.type_month,
            Expected::PlainValue => self.type_plain_value,
        }
    }

    /// The sentence of one of our readings.
    pub fn reading(&self, r: Reading) -> String {
        self.policy(match r {
            Reading::Until2020Inclusive => self.reading_until_2020_inclusive,
            Reading::PoorPersonsAsListed => self.reading_poor_persons_as_listed,
            Reading::SevereDisabilityWholeMinimum => self.reading_severe_disability_whole_minimum,
            Reading::KeptTierOnlyForThem => self.reading_kept_tier_only_for_them,
            Reading::ExitDateOnOrAfter => self.reading_exit_date_on_or_after,
            Reading::ExitedBeforeCutoffNoSubsidy => self.reading_exited_before_cutoff_no_subsidy,
            Reading::WholeYearForMedical => self.reading_whole_year_for_medical,
            Reading::AgeHeldAllYear => self.reading_age_held_all_year,
            Reading::AgeAtAnyTimeInYear => self.reading_age_at_any_time_in_year,
            Reading::DirectClaimFromMonthAfter => self.reading_direct_claim_from_month_after,
            Reading::TransitionGroupsAsListed => self.reading_transition_groups_as_listed,
            Reading::RelapseRiskOneStatus => self.reading_relapse_risk_one_status,
            Reading::WholeMinimumInTransition => self.reading_whole_minimum_in_transition,
            Reading::PeriodContinues => self.reading_period_continues,
        })
    }

    /// The name of a status, as used in a sentence.
    pub fn status_name(&self, s: Status) -> &'static str {
        match s {
            Status::RegisteredPoor => self.name_registered_poor,
            Status::RegisteredPoorExited => self.name_registered_poor_exited,
            Status::Dibao => self.name_dibao,
            Status::Tekun => self.name_tekun,
            Status::OtherHardship => self.name_other_hardship,
            Status::SevereDisability => self.name_severe_disability,
            Status::RelapseRisk => self.name_relapse_risk,
        }
    }

    /// The checkbox label of a status.
    pub fn status_label(&self, s: Status) -> &'static str {
        match s {
            Status::RegisteredPoor => self.label_registered_poor,
            Status::RegisteredPoorExited => self.label_registered_poor_exited,
            Status::Dibao => self.label_dibao,
            Status::Tekun => self.label_tekun,
            Status::OtherHardship => self.label_other_hardship,
            Status::SevereDisability => self.label_severe_disability,
            Status::RelapseRisk => self.label_relapse_risk,
        }
    }

    /// The label of a medical insurance scheme.
    pub fn scheme_label(&self, m: MedicalScheme) -> &'static str {
        match m {
            MedicalScheme::Residents => self.scheme_residents,
            MedicalScheme::Employee => self.scheme_employee,
            MedicalScheme::None => self.scheme_none,
        }
    }

    /// The label of a pension situation.
    pub fn pension_label(&self, p: Pension) -> &'static str {
        match p {
            Pension::NotEnrolled => self.pension_not_enrolled,
            Pension::Enrolled => self.pension_enrolled,
            Pension::Receiving => self.pension_receiving,
            Pension::EmployeeScheme => self.pension_employee_scheme,
        }
    }

    /// An amount for people: `100 元`, `33.34 yuan`.
    pub fn yuan(&self, amount: &str) -> String {
        fill(self.yuan, &[("amount", amount)])
    }

    /// One plain sentence of why, for the pension-contribution card.
    pub fn pension_why(&self, code: ReasonCode, by: Option<Status>) -> String {
        let who = by.map_or("", |s| self.status_name(s));
        let template = match code {
            ReasonCode::GovernmentPays => self.why_government_pays,
            ReasonCode::NoQualifyingStatus => self.why_pension_no_status,
            ReasonCode::TooYoung => self.why_pension_too_young,
            ReasonCode::TooOld => self.why_pension_too_old,
            ReasonCode::NotEnrolled => self.why_pension_not_enrolled,
            ReasonCode::AlreadyReceiving => self.why_pension_receiving,
            ReasonCode::InEmployeeScheme => self.why_pension_employee_scheme,
            ReasonCode::NotDetermined => self.why_pension_not_determined,
            _ => "",
        };
        fill_policy(template, self.date_long, &[("who", who)])
    }

    /// One plain sentence of why, for the direct-claim card.
    pub fn direct_why(&self, code: ReasonCode) -> String {
        self.policy(match code {
            ReasonCode::DirectClaimAllowed => self.why_direct_allowed,
            ReasonCode::NotRegisteredPoor => self.why_direct_not_registered_poor,
            ReasonCode::TooYoung => self.why_direct_too_young,
            ReasonCode::AlreadyEnrolled => self.why_direct_enrolled,
            ReasonCode::AlreadyReceiving => self.why_direct_receiving,
            ReasonCode::InEmployeeScheme => self.why_direct_employee_scheme,
            ReasonCode::NoRuleForYear => self.why_direct_no_rule,
            _ => "",
        })
    }

    /// One plain sentence of why, for the medical card.
    pub fn medical_why(&self, code: ReasonCode, by: Option<Status>) -> String {
        let who = by.map_or("", |s| self.status_name(s));
        let template = match code {
            ReasonCode::FullSubsidy => self.why_medical_full,
            ReasonCode::PartialSubsidy => self.why_medical_partial,
            ReasonCode::ExitedBeforeCutoff => self.why_medical_exited_before_cutoff,
            ReasonCode::NoQualifyingStatus => self.why_medical_no_status,
            ReasonCode::NotDetermined => self.why_medical_not_determined,
            ReasonCode::InEmployeeMedicalScheme => self.why_medical_employee_scheme,
            ReasonCode::NotInMedicalScheme => self.why_medical_not_in_scheme,
            ReasonCode::NoRuleForYear => self.why_medical_no_rule,
            _ => "",
        };
        fill_policy(template, self.date_long, &[("who", who)])
    }

    /// The "what would change the answer" line; `direct` for the direct-claim card.
    pub fn hint(&self, h: Hint, direct: bool) -> String {
        match h {
            Hint::Enrol => self.hint_enrol.into(),
            Hint::EnrolMedical => self.hint_enrol_medical.into(),
            Hint::ReachAge(a) => {
                let template = if direct {
                    self.hint_age_direct
                } else {
                    self.hint_age_pension
                };
                fill(template, &[("age", &a.to_string())])
            }
        }
    }
}

impl ShellText {
    /// The sentence of a shell's error code.
    pub fn shell_template(&self, code: ShellCode) -> &'static str {
        match code {
            ShellCode::InvalidUtf8 => self.err_invalid_utf8,
            ShellCode::BadEncoding => self.err_bad_encoding,
            ShellCode::EmptyLine => self.err_empty_line,
            ShellCode::Syntax => self.err_syntax,
            ShellCode::UnclosedQuote => self.err_unclosed_quote,
            ShellCode::Columns => self.err_columns,
            ShellCode::Header => self.err_header,
            ShellCode::UnknownArgument => self.err_unknown_argument,
            ShellCode::ArgumentValue => self.err_argument_value,
            ShellCode::Io => self.err_io,
            ShellCode::Internal => self.err_internal,
        }
    }
}

impl ClerkText {
    /// The name of a level of government in a budget under `fiscal`.
    pub fn level_name(&self, level: Level, fiscal: Fiscal) -> &'static str {
        match (level, fiscal) {
            (Level::Province, _) => self.level_province,
            (Level::City, Fiscal::ProvinceDirect) => self.level_city_by_province,
            (Level::City, Fiscal::Ordinary) => self.level_city,
            (Level::County, _) => self.level_county,
        }
    }

    /// The name of a fiscal arrangement.
    pub fn fiscal_name(&self, fiscal: Fiscal) -> String {
        use crate::policy::params::SPLIT_ORDINARY;
        let split = SPLIT_ORDINARY
            .rows
            .iter()
            .find_map(|r| r.value)
            .map(|[a, b, c]| format!("{a}:{b}:{c}"))
            .unwrap_or_default();
        match fiscal {
            Fiscal::Ordinary => fill(self.fiscal_ordinary, &[("split_ordinary", &split)]),
            Fiscal::ProvinceDirect => self.fiscal_province_direct.to_string(),
        }
    }

    /// A medical figure's label with the partial rate filled in from the data.
    pub fn medical_partial_label(&self) -> String {
        fill_policy(self.fig_medical_partial, "", &[])
    }

    /// The budget's one-line summary (year, people, per person, total).
    pub fn budget_summary_of(&self, b: &BudgetOut) -> String {
        fill(
            self.budget_summary,
            &[
                ("year", &b.year.to_string()),
                ("people", &b.people.to_string()),
                ("per", &b.per_person_yuan.0),
                ("total", &b.total_yuan.0),
            ],
        )
    }
}
