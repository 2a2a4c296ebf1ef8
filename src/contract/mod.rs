//! The public contract, told once: the records a resident sends ([`ResidentIn`]) and gets back
//! ([`CheckAnswer`]: a [`DecisionOut`] or an [`ErrorOut`]), and the clerk's [`BudgetOut`].
//!
//! Decimals are strings, codes are the core's own enums (serialized snake_case). The CLI
//! writes these records as JSON and the JS API hands the same records to JavaScript, so both
//! return identical objects by construction. The JSON Schemas in `www/schema/` and the
//! TypeScript declarations in `www/js/contract.d.ts` are generated from these types (feature
//! `schema`; `tests/contract.rs` fails when the committed files are stale). Serde derives are
//! behind the `serde` feature; the page does not need them.

use crate::budget::{Budget, Fiscal, Level};
use crate::input::{MedicalScheme, Month, Pension, Resident, RowId, Status};
use crate::money::{fmt_plain, fmt_yuan};
use crate::policy::clauses::Clause;
use crate::policy::readings::Reading;
use crate::rules::{Decision, Hint, Reason, ReasonCode};
use crate::shell::Problem;
use crate::text::Lang;
use rust_decimal::Decimal;
#[cfg(feature = "schema")]
use schemars::JsonSchema;
#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
#[cfg(feature = "schema")]
use ts_rs::TS;

/// Declares a record of the contract: the derives every record has (serde with unknown fields
/// refused; JsonSchema and TS, under its TypeScript name, behind `schema`), told once.
macro_rules! record {
    ($ts:literal, $item:item) => {
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[cfg_attr(
            feature = "serde",
            derive(Serialize, Deserialize),
            serde(deny_unknown_fields)
        )]
        #[cfg_attr(feature = "schema", derive(JsonSchema, TS), ts(rename = $ts))]
        $item
    };
}

/// A text of the contract: borrowed from the rule data when written, owned when read back.
pub type Text = Cow<'static, str>;

/// An amount in 元: a decimal string with exactly two places (`"100.00"`), never a number.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(TS))]
pub struct Yuan(pub String);

impl From<Decimal> for Yuan {
    fn from(d: Decimal) -> Yuan {
        Yuan(fmt_yuan(d))
    }
}

/// A share of a contribution: a decimal string (`"1"`, `"0.6"`, `"0"`), never a number.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(TS))]
pub struct Rate(pub String);

/// A row id, echoed back as it came: a whole number or a text.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize), serde(untagged))]
#[cfg_attr(feature = "schema", derive(JsonSchema, TS), ts(rename = "Id"))]
pub enum IdOut {
    /// Whole number.
    Int(#[cfg_attr(feature = "schema", ts(type = "number"))] i64),
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

record! {
    "Resident",
    /// One resident, one policy year: a line of `daijiao check`, the argument of `evaluate`.
    /// Unknown fields and values are errors. `exited_on` is required with, and only with,
    /// `registered_poor_exited`, and lies between the earliest exit date and the end of `year`.
    /// Exactly one of `age` and `born` is given.
    pub struct ResidentIn {
        /// Optional; echoed back unchanged.
        #[cfg_attr(
            feature = "serde",
            serde(default, skip_serializing_if = "Option::is_none")
        )]
        #[cfg_attr(feature = "schema", ts(optional = nullable))]
        pub id: Option<IdOut>,
        /// Policy year; other years are answered as not covered by the encoded policy.
        #[cfg_attr(feature = "schema", schemars(schema_with = "schema::year"))]
        pub year: u16,
        /// Completed years (周岁), taken to hold all year; or give `born` instead.
        #[cfg_attr(
            feature = "serde",
            serde(default, skip_serializing_if = "Option::is_none")
        )]
        #[cfg_attr(feature = "schema", schemars(schema_with = "schema::age_or_null"))]
        #[cfg_attr(feature = "schema", ts(optional = nullable))]
        pub age: Option<u8>,
        /// `YYYY-MM`, the birth month, instead of `age`: the age then changes in that month of
        /// the year (aged 16–59 at any time in the year is enough for the payment).
        #[cfg_attr(
            feature = "serde",
            serde(default, skip_serializing_if = "Option::is_none")
        )]
        #[cfg_attr(feature = "schema", schemars(schema_with = "schema::month_or_null"))]
        #[cfg_attr(feature = "schema", ts(optional = nullable))]
        pub born: Option<String>,
        /// Statuses held at any time in the year (JRS-2018-3 二(一)2), each at most once, any order.
        #[cfg_attr(feature = "schema", schemars(schema_with = "schema::statuses"))]
        pub statuses: Vec<Status>,
        /// `YYYY-MM-DD`: the exit from the 建档立卡 register.
        #[cfg_attr(
            feature = "serde",
            serde(default, skip_serializing_if = "Option::is_none")
        )]
        #[cfg_attr(feature = "schema", schemars(schema_with = "schema::date_or_null"))]
        #[cfg_attr(feature = "schema", ts(optional = nullable))]
        pub exited_on: Option<String>,
        /// The situation in the residents' pension scheme.
        pub pension: Pension,
        /// The medical insurance scheme; `residents` when not given.
        #[cfg_attr(
            feature = "serde",
            serde(default, skip_serializing_if = "Option::is_none")
        )]
        #[cfg_attr(feature = "schema", ts(optional = nullable))]
        pub medical_scheme: Option<MedicalScheme>,
    }
}

impl From<&Resident> for ResidentIn {
    fn from(r: &Resident) -> ResidentIn {
        ResidentIn {
            id: None,
            year: r.year,
            age: r.born.is_none().then_some(r.age),
            born: r.born.map(|b| b.to_string()),
            statuses: r.statuses.iter().collect(),
            exited_on: r.exited_on.map(|d| d.to_string()),
            pension: r.pension,
            medical_scheme: (r.medical_scheme != MedicalScheme::Residents)
                .then_some(r.medical_scheme),
        }
    }
}

record! {
    "Clause",
    /// A cited clause: which document, which clause, and its Chinese text.
    pub struct ClauseOut {
        /// Document id from the policy page, e.g. `JRS-2018-3`.
        #[cfg_attr(feature = "schema", schemars(schema_with = "schema::doc"))]
        #[cfg_attr(feature = "schema", ts(as = "String"))]
        pub doc: Text,
        /// How the document is named: its number, or its title when no number was found
        /// (the 2021 transition notice is cited by title).
        #[cfg_attr(feature = "schema", ts(as = "String"))]
        pub document: Text,
        /// Clause number inside the document, e.g. `二(一)1`.
        #[cfg_attr(feature = "schema", ts(as = "String"))]
        pub clause: Text,
        /// The clause text in Chinese.
        #[cfg_attr(feature = "schema", ts(as = "String"))]
        pub text_zh: Text,
        /// True when `text_zh` is quoted word for word from the source text; false when it is the
        /// policy page's summary.
        pub verbatim: bool,
    }
}

impl From<&Clause> for ClauseOut {
    fn from(c: &Clause) -> ClauseOut {
        ClauseOut {
            doc: Cow::Borrowed(c.doc),
            document: Cow::Borrowed(crate::text::doc_number(c.doc)),
            clause: Cow::Borrowed(c.clause),
            text_zh: Cow::Borrowed(c.text_zh),
            verbatim: c.verbatim,
        }
    }
}

fn clauses_out(clauses: &[Clause]) -> Vec<ClauseOut> {
    clauses.iter().map(ClauseOut::from).collect()
}

/// What alone would change a no into a yes.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(Serialize, Deserialize),
    serde(tag = "kind", rename_all = "snake_case")
)]
#[cfg_attr(feature = "schema", derive(JsonSchema, TS), ts(rename = "Hint"))]
pub enum HintOut {
    /// Enrolling (参保) in the residents' scheme.
    Enrol,
    /// Enrolling in the residents' medical insurance.
    EnrolMedical,
    /// Reaching this age (周岁).
    ReachAge {
        /// The age.
        age: u8,
    },
}

impl From<Hint> for HintOut {
    fn from(h: Hint) -> HintOut {
        match h {
            Hint::Enrol => HintOut::Enrol,
            Hint::EnrolMedical => HintOut::EnrolMedical,
            Hint::ReachAge(age) => HintOut::ReachAge { age },
        }
    }
}

record! {
    "Reason",
    /// Why an answer is what it is.
    pub struct ReasonOut {
        /// The rule that said yes, or the first condition that failed.
        pub code: ReasonCode,
        /// The status that decided, when several are held.
        pub decided_by: Option<Status>,
        /// What alone would change a no into a yes.
        pub hint: Option<HintOut>,
        /// The clauses behind the answer, most specific first.
        pub clauses: Vec<ClauseOut>,
        /// Our readings this answer relies on (their sentences: the decision's
        /// `interpretations`).
        pub interpretations: Vec<Reading>,
    }
}

impl From<&Reason> for ReasonOut {
    fn from(r: &Reason) -> Self {
        ReasonOut {
            code: r.code,
            decided_by: r.decided_by,
            hint: r.hint.map(HintOut::from),
            clauses: clauses_out(&r.clauses),
            interpretations: r.readings.iter().collect(),
        }
    }
}

record! {
    "Tier",
    /// A tier and its subsidy.
    pub struct TierOut {
        /// The tier, 元/年.
        pub tier_yuan: Yuan,
        /// 缴费补贴 on that tier, 元.
        pub subsidy_yuan: Yuan,
        /// The 100 元 tier kept for 贫困人员 (from 2019), listed only for those it is kept for.
        pub kept: bool,
    }
}

record! {
    "PensionAnswer",
    /// The pension contribution answer (政府代缴).
    pub struct PensionOut {
        /// False when the encoded documents leave the question open for the status held
        /// (`reason.code` is `not_determined`): `government_pays` is then false and means "not
        /// said", neither a yes nor a no.
        pub determined: bool,
        /// Whether the government pays this year's contribution.
        pub government_pays: bool,
        /// The tier paid, or null.
        pub tier_yuan: Option<Yuan>,
        /// The floor: the year's minimum tier, which the government pays at least
        /// (JRS-2018-3 二(一)1 "不低于最低缴费档次"); `tier_yuan` is what this deployment pays.
        pub minimum_tier_yuan: Option<Yuan>,
        /// What the government pays: 0.00 when it does not, null when it pays and the year's
        /// amount was not found (unknown: ask the local office).
        pub government_amount_yuan: Option<Yuan>,
        /// What the resident pays on that tier, or null when they choose their own tier.
        pub resident_amount_yuan: Option<Yuan>,
        /// 缴费补贴 on the paid tier, or null.
        pub subsidy_yuan: Option<Yuan>,
        /// The tiers this resident may choose from (the kept 100 元 tier only for those it is
        /// kept for).
        pub tiers: Vec<TierOut>,
        /// The payment (the tier paid) is unverified for the year.
        pub provisional: bool,
        /// The tier table and its subsidies are unverified.
        pub tiers_provisional: bool,
        /// Why.
        pub reason: ReasonOut,
    }
}

/// When an eligible resident's direct claim starts paying.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(Serialize, Deserialize),
    serde(rename_all = "snake_case")
)]
#[cfg_attr(feature = "schema", derive(JsonSchema, TS), ts(rename = "Starts"))]
pub enum Starts {
    /// The month after the application is processed (自办理手续次月起).
    MonthAfterProcessing,
}

record! {
    "DirectClaimAnswer",
    /// The direct-claim answer.
    pub struct DirectClaimOut {
        /// False when the encoded documents have no rule on it for the year (`reason.code` is
        /// `no_rule_for_year`): `eligible` is then false and means "not said".
        pub determined: bool,
        /// True exactly for this route.
        pub eligible: bool,
        /// When payment starts, when eligible.
        pub starts: Option<Starts>,
        /// `YYYY-MM`: with a birth month whose 60th birthday falls in the year, the earliest
        /// month the pension can start (the month after that birthday month; later if the
        /// procedure is done later).
        #[cfg_attr(feature = "schema", schemars(schema_with = "schema::month_or_null"))]
        pub earliest_start_month: Option<String>,
        /// Hebei's minimum basic pension, 元/月, or null when unknown.
        pub monthly_pension_yuan: Option<Yuan>,
        /// The national minimum basic pension, 元/月: a floor under Hebei's figure, never Hebei's
        /// figure itself; null when unknown.
        pub national_floor_yuan: Option<Yuan>,
        /// The monthly amount is unverified or unknown.
        pub provisional: bool,
        /// Why.
        pub reason: ReasonOut,
    }
}

record! {
    "MedicalAnswer",
    /// The medical subsidy answer.
    pub struct MedicalOut {
        /// False when the encoded documents do not decide the question for this resident
        /// (`reason.code` is `not_determined`, or `no_rule_for_year` from 2021): rate and amounts
        /// are then null, neither a yes nor a no.
        pub determined: bool,
        /// The share of the individual contribution paid for the resident, or null.
        pub rate: Option<Rate>,
        /// The year's individual contribution, or null when not found.
        pub contribution_yuan: Option<Yuan>,
        /// Paid for the resident, or null.
        pub amount_yuan: Option<Yuan>,
        /// Left for the resident, or null.
        pub resident_pays_yuan: Option<Yuan>,
        /// The contribution figure is unverified.
        pub provisional: bool,
        /// Why.
        pub reason: ReasonOut,
    }
}

record! {
    "Decision",
    /// The answer for one resident: a line of `daijiao check`, the result of `evaluate`.
    pub struct DecisionOut {
        /// The row's id, when one was given.
        #[cfg_attr(
            feature = "serde",
            serde(default, skip_serializing_if = "Option::is_none")
        )]
        #[cfg_attr(feature = "schema", ts(optional))]
        pub id: Option<IdOut>,
        /// Policy year.
        pub year: u16,
        /// The policy period whose rules answered (`poverty_alleviation` 2018–2020,
        /// `transition` 2021–2025 …, the data's `years.toml`).
        #[cfg_attr(feature = "schema", ts(as = "String"))]
        pub period: Text,
        /// True when no document for the year was found and the period's rules are taken to
        /// continue (reading `period_continues`; every figure provisional).
        pub period_continued: bool,
        /// 政府代缴.
        pub pension_contribution: PensionOut,
        /// Drawing the pension directly, without back contributions.
        pub direct_claim: DirectClaimOut,
        /// The medical insurance contribution subsidy.
        pub medical_subsidy: MedicalOut,
        /// Version of the rules.
        #[cfg_attr(feature = "schema", ts(as = "String"))]
        pub policy_version: Text,
        /// Every reading of ours the answers rely on, where the documents' words leave a
        /// choice: shown as the calculator's reading, never as the documents' words.
        pub interpretations: Vec<InterpretationOut>,
    }
}

record! {
    "Interpretation",
    /// A reading of ours (`crate::policy::readings`), in both languages.
    pub struct InterpretationOut {
        /// Stable code.
        pub code: Reading,
        /// The reading, in Chinese.
        #[cfg_attr(feature = "schema", ts(as = "String"))]
        pub text_zh: Text,
        /// The reading, in English.
        #[cfg_attr(feature = "schema", ts(as = "String"))]
        pub text_en: Text,
    }
}

impl From<Reading> for InterpretationOut {
    fn from(r: Reading) -> InterpretationOut {
        InterpretationOut {
            code: r,
            text_zh: Cow::Owned(crate::text::Lang::Zh.text().reading(r)),
            text_en: Cow::Owned(crate::text::Lang::En.text().reading(r)),
        }
    }
}

impl DecisionOut {
    /// The record for a decision.
    pub fn new(d: &Decision, id: Option<RowId>) -> DecisionOut {
        let p = &d.pension_contribution;
        let c = &d.direct_claim;
        let m = &d.medical_subsidy;
        DecisionOut {
            id: id.map(IdOut::from),
            year: d.year,
            period: Cow::Borrowed(d.period.name),
            period_continued: d.continued,
            pension_contribution: PensionOut {
                determined: p.determined,
                government_pays: p.government_pays,
                tier_yuan: p.tier_yuan.map(Yuan::from),
                minimum_tier_yuan: p.minimum_tier_yuan.map(Yuan::from),
                government_amount_yuan: p.government_amount_yuan.map(Yuan::from),
                resident_amount_yuan: p.resident_amount_yuan.map(Yuan::from),
                subsidy_yuan: p.subsidy_yuan.map(Yuan::from),
                tiers: p
                    .tiers_offered()
                    .map(|t| TierOut {
                        tier_yuan: t.yuan.into(),
                        subsidy_yuan: t.subsidy_yuan.into(),
                        kept: t.kept,
                    })
                    .collect(),
                provisional: p.provisional,
                tiers_provisional: p.tiers_provisional,
                reason: (&p.reason).into(),
            },
            direct_claim: DirectClaimOut {
                determined: c.determined,
                eligible: c.eligible,
                starts: c.eligible.then_some(Starts::MonthAfterProcessing),
                earliest_start_month: c
                    .earliest_start_month
                    .map(|(year, month)| Month { year, month }.to_string()),
                monthly_pension_yuan: c.monthly_pension_yuan.map(Yuan::from),
                national_floor_yuan: c.national_floor_yuan.map(Yuan::from),
                provisional: c.provisional,
                reason: (&c.reason).into(),
            },
            medical_subsidy: MedicalOut {
                determined: m.determined,
                rate: m.rate.map(|r| Rate(fmt_plain(r))),
                contribution_yuan: m.contribution_yuan.map(Yuan::from),
                amount_yuan: m.amount_yuan.map(Yuan::from),
                resident_pays_yuan: m.resident_pays_yuan.map(Yuan::from),
                provisional: m.provisional,
                reason: (&m.reason).into(),
            },
            policy_version: Cow::Borrowed(d.policy_version),
            interpretations: d.readings().iter().map(InterpretationOut::from).collect(),
        }
    }
}

record! {
    "ErrorBody",
    /// What went wrong, naming the field, in English and Chinese.
    pub struct ErrorBody {
        /// 1-based input line, when the error is about a line of a batch.
        #[cfg_attr(
            feature = "serde",
            serde(default, skip_serializing_if = "Option::is_none")
        )]
        #[cfg_attr(feature = "schema", schemars(range(min = 1)))]
        #[cfg_attr(feature = "schema", ts(optional, as = "Option<u32>"))]
        pub line: Option<u64>,
        /// The field's path (`age`, `statuses[1]`), `$` for the whole line.
        pub field: String,
        /// A stable code: the core's (`missing`, `wrong_type`, `out_of_range`, …) or a shell's
        /// (`syntax`, `invalid_utf8`, `columns`, `bad_argument`, `io`, `internal`).
        #[cfg_attr(feature = "schema", ts(as = "String"))]
        pub code: Text,
        /// English.
        pub message: String,
        /// Chinese.
        pub message_zh: String,
    }
}

record! {
    "ErrorAnswer",
    /// `{"error": ErrorBody}`: one bad input line's answer.
    pub struct ErrorOut {
        /// The error.
        pub error: ErrorBody,
    }
}

impl ErrorOut {
    /// The record for an error, its messages from both catalogues.
    pub fn new(p: &Problem, line: Option<u64>) -> ErrorOut {
        ErrorOut {
            error: ErrorBody {
                line,
                field: p.field().to_string(),
                code: Cow::Borrowed(p.code()),
                message: Lang::En.message(p),
                message_zh: Lang::Zh.message(p),
            },
        }
    }
}

/// The answer for one line of `daijiao check`: a decision or an error.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize), serde(untagged))]
#[cfg_attr(feature = "schema", derive(JsonSchema, TS), ts(rename = "CheckAnswer"))]
pub enum CheckAnswer {
    /// The resident's answers.
    Decision(Box<DecisionOut>),
    /// What was wrong with the line.
    Error(ErrorOut),
}

record! {
    "BudgetLevel",
    /// One level of a budget.
    pub struct LevelOut {
        /// Which level.
        pub level: Level,
        /// Its weight in the split.
        pub weight: u32,
        /// Its exact part, to the fen.
        pub exact_yuan: Yuan,
        /// Budgeted per person, whole yuan.
        pub per_person_budgeted_yuan: Yuan,
        /// Budgeted.
        pub budgeted_yuan: Yuan,
        /// Budgeted, in 万元 (a decimal string).
        pub budgeted_wan_yuan: String,
        /// Left for the year-end settlement.
        pub settlement_yuan: Yuan,
    }
}

record! {
    "Budget",
    /// The clerk's budget: the government payment for N people, split by level.
    pub struct BudgetOut {
        /// Policy year.
        pub year: u16,
        /// People.
        #[cfg_attr(feature = "schema", ts(type = "number"))]
        pub people: u64,
        /// Who bears the city's part.
        pub fiscal: Fiscal,
        /// Government payment per person.
        pub per_person_yuan: Yuan,
        /// Total, exact.
        pub total_yuan: Yuan,
        /// Province, city, county.
        pub levels: Vec<LevelOut>,
        /// Σ budgeted.
        pub budgeted_total_yuan: Yuan,
        /// Σ settlement.
        pub settlement_total_yuan: Yuan,
        /// The rounding of the budgeted figures.
        #[cfg_attr(feature = "schema", ts(as = "String"))]
        pub budget_rounding: Text,
        /// The rounding of the exact split.
        #[cfg_attr(feature = "schema", ts(as = "String"))]
        pub exact_rounding: Text,
        /// The per-person payment is unverified for the year.
        pub provisional: bool,
        /// Clauses.
        pub clauses: Vec<ClauseOut>,
        /// Version of the rules.
        #[cfg_attr(feature = "schema", ts(as = "String"))]
        pub policy_version: Text,
    }
}

impl BudgetOut {
    /// The record for a budget.
    pub fn new(b: &Budget) -> BudgetOut {
        BudgetOut {
            year: b.year,
            people: b.people,
            fiscal: b.fiscal,
            per_person_yuan: b.per_person_yuan.into(),
            total_yuan: b.total_yuan.into(),
            levels: b
                .levels
                .iter()
                .map(|l| LevelOut {
                    level: l.level,
                    weight: l.weight,
                    exact_yuan: l.exact_yuan.into(),
                    per_person_budgeted_yuan: l.per_person_budgeted_yuan.into(),
                    budgeted_yuan: l.budgeted_yuan.into(),
                    budgeted_wan_yuan: fmt_plain(crate::budget::wan_yuan(l.budgeted_yuan)),
                    settlement_yuan: l.settlement_yuan.into(),
                })
                .collect(),
            budgeted_total_yuan: b.budgeted_total_yuan.into(),
            settlement_total_yuan: b.settlement_total_yuan.into(),
            budget_rounding: Cow::Borrowed(crate::money::BUDGET_ROUNDING),
            exact_rounding: Cow::Borrowed(crate::money::EXACT_ROUNDING),
            provisional: b.provisional,
            clauses: clauses_out(&b.clauses),
            policy_version: Cow::Borrowed(crate::rules::POLICY_VERSION),
        }
    }
}

#[cfg(feature = "schema")]
pub mod schema;
