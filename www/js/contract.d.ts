// Generated from the Rust types of src/contract.rs by tests/contract.rs; do not edit.
// Regenerate: DAIJIAO_BLESS=1 cargo test --test contract
// Money is a decimal string in 元 with two places (Yuan), never a number.

/**
 * An amount in 元: a decimal string with exactly two places (`"100.00"`), never a number.
 */
export type Yuan = string;

/**
 * A share of a contribution: a decimal string (`"1"`, `"0.6"`, `"0"`), never a number.
 */
export type Rate = string;

/**
 * A row id, echoed back as it came: a whole number or a text.
 */
export type Id = number | string;

/**
 * A status held at any time in the policy year (JRS-2018-3 一, 二(一)2).
 */
export type Status = "registered_poor" | "registered_poor_exited" | "dibao" | "tekun" | "other_hardship" | "severe_disability" | "relapse_risk";

/**
 * The resident's situation in the residents' pension scheme (城乡居民基本养老保险).
 */
export type PensionSituation = "not_enrolled" | "enrolled" | "receiving" | "employee_scheme";

/**
 * The medical insurance scheme the resident is in (JRS-2018-3 二(二)1 covers people in the
 * residents' scheme: 参加城乡居民基本医疗保险).
 */
export type MedicalScheme = "residents" | "employee" | "none";

/**
 * One resident, one policy year: a line of `daijiao check`, the argument of `evaluate`.
 * Unknown fields and values are errors. `exited_on` is required with, and only with,
 * `registered_poor_exited`, and lies between the earliest exit date and the end of `year`.
 * Exactly one of `age` and `born` is given.
 */
export type Resident = { 
/**
 * Optional; echoed back unchanged.
 */
id?: Id | null, 
/**
 * Policy year; other years are answered as not covered by the encoded policy.
 */
year: number, 
/**
 * Completed years (周岁), taken to hold all year; or give `born` instead.
 */
age?: number | null, 
/**
 * `YYYY-MM`, the birth month, instead of `age`: the age then changes in that month of
 * the year (aged 16–59 at any time in the year is enough for the payment).
 */
born?: string | null, 
/**
 * Statuses held at any time in the year (JRS-2018-3 二(一)2), each at most once, any order.
 */
statuses: Array<Status>, 
/**
 * `YYYY-MM-DD`: the exit from the 建档立卡 register.
 */
exited_on?: string | null, 
/**
 * The situation in the residents' pension scheme.
 */
pension: PensionSituation, 
/**
 * The medical insurance scheme; `residents` when not given.
 */
medical_scheme?: MedicalScheme | null, };

/**
 * A cited clause: which document, which clause, and its Chinese text.
 */
export type Clause = { 
/**
 * Document id from the policy page, e.g. `JRS-2018-3`.
 */
doc: string, 
/**
 * How the document is named: its number, or its title when no number was found
 * (the 2021 transition notice is cited by title).
 */
document: string, 
/**
 * Clause number inside the document, e.g. `二(一)1`.
 */
clause: string, 
/**
 * The clause text in Chinese.
 */
text_zh: string, 
/**
 * True when `text_zh` is quoted word for word from the source text; false when it is the
 * policy page's summary.
 */
verbatim: boolean, };

/**
 * Why an answer is what it is: the first condition that failed, or the rule that said yes.
 */
export type ReasonCode = "government_pays" | "direct_claim_allowed" | "full_subsidy" | "partial_subsidy" | "no_qualifying_status" | "not_registered_poor" | "exited_before_cutoff" | "too_young" | "too_old" | "not_enrolled" | "already_enrolled" | "already_receiving" | "in_employee_scheme" | "not_determined" | "no_rule_for_year" | "in_employee_medical_scheme" | "not_in_medical_scheme";

/**
 * One reading of a clause that its words leave open.
 */
export type Reading = "until_2020_inclusive" | "poor_persons_as_listed" | "severe_disability_whole_minimum" | "kept_tier_only_for_them" | "exit_date_on_or_after" | "exited_before_cutoff_no_subsidy" | "whole_year_for_medical" | "age_held_all_year" | "age_at_any_time_in_year" | "direct_claim_from_month_after" | "transition_groups_as_listed" | "relapse_risk_one_status" | "whole_minimum_in_transition" | "period_continues";

/**
 * A reading of ours (`crate::policy::readings`), in both languages.
 */
export type Interpretation = { 
/**
 * Stable code.
 */
code: Reading, 
/**
 * The reading, in Chinese.
 */
text_zh: string, 
/**
 * The reading, in English.
 */
text_en: string, };

/**
 * What alone would change a no into a yes.
 */
export type Hint = { "kind": "enrol" } | { "kind": "enrol_medical" } | { "kind": "reach_age", 
/**
 * The age.
 */
age: number, };

/**
 * Why an answer is what it is.
 */
export type Reason = { 
/**
 * The rule that said yes, or the first condition that failed.
 */
code: ReasonCode, 
/**
 * The status that decided, when several are held.
 */
decided_by: Status | null, 
/**
 * What alone would change a no into a yes.
 */
hint: Hint | null, 
/**
 * The clauses behind the answer, most specific first.
 */
clauses: Array<Clause>, 
/**
 * Our readings this answer relies on (their sentences: the decision's
 * `interpretations`).
 */
interpretations: Array<Reading>, };

/**
 * A tier and its subsidy.
 */
export type Tier = { 
/**
 * The tier, 元/年.
 */
tier_yuan: Yuan, 
/**
 * 缴费补贴 on that tier, 元.
 */
subsidy_yuan: Yuan, 
/**
 * The 100 元 tier kept for 贫困人员 (from 2019), listed only for those it is kept for.
 */
kept: boolean, };

/**
 * The pension contribution answer (政府代缴).
 */
export type PensionAnswer = { 
/**
 * False when the encoded documents leave the question open for the status held
 * (`reason.code` is `not_determined`): `government_pays` is then false and means "not
 * said", neither a yes nor a no.
 */
determined: boolean, 
/**
 * Whether the government pays this year's contribution.
 */
government_pays: boolean, 
/**
 * The tier paid, or null.
 */
tier_yuan: Yuan | null, 
/**
 * The floor: the year's minimum tier, which the government pays at least
 * (JRS-2018-3 二(一)1 "不低于最低缴费档次"); `tier_yuan` is what this deployment pays.
 */
minimum_tier_yuan: Yuan | null, 
/**
 * What the government pays: 0.00 when it does not, null when it pays and the year's
 * amount was not found (unknown: ask the local office).
 */
government_amount_yuan: Yuan | null, 
/**
 * What the resident pays on that tier, or null when they choose their own tier.
 */
resident_amount_yuan: Yuan | null, 
/**
 * 缴费补贴 on the paid tier, or null.
 */
subsidy_yuan: Yuan | null, 
/**
 * The tiers this resident may choose from (the kept 100 元 tier only for those it is
 * kept for).
 */
tiers: Array<Tier>, 
/**
 * The payment (the tier paid) is unverified for the year.
 */
provisional: boolean, 
/**
 * The tier table and its subsidies are unverified.
 */
tiers_provisional: boolean, 
/**
 * Why.
 */
reason: Reason, };

/**
 * When an eligible resident's direct claim starts paying.
 */
export type Starts = "month_after_processing";

/**
 * The direct-claim answer.
 */
export type DirectClaimAnswer = { 
/**
 * False when the encoded documents have no rule on it for the year (`reason.code` is
 * `no_rule_for_year`): `eligible` is then false and means "not said".
 */
determined: boolean, 
/**
 * True exactly for this route.
 */
eligible: boolean, 
/**
 * When payment starts, when eligible.
 */
starts: Starts | null, 
/**
 * `YYYY-MM`: with a birth month whose 60th birthday falls in the year, the earliest
 * month the pension can start (the month after that birthday month; later if the
 * procedure is done later).
 */
earliest_start_month: string | null, 
/**
 * Hebei's minimum basic pension, 元/月, or null when unknown.
 */
monthly_pension_yuan: Yuan | null, 
/**
 * The national minimum basic pension, 元/月: a floor under Hebei's figure, never Hebei's
 * figure itself; null when unknown.
 */
national_floor_yuan: Yuan | null, 
/**
 * The monthly amount is unverified or unknown.
 */
provisional: boolean, 
/**
 * Why.
 */
reason: Reason, };

/**
 * The medical subsidy answer.
 */
export type MedicalAnswer = { 
/**
 * False when the encoded documents do not decide the question for this resident
 * (`reason.code` is `not_determined`, or `no_rule_for_year` from 2021): rate and amounts
 * are then null, neither a yes nor a no.
 */
determined: boolean, 
/**
 * The share of the individual contribution paid for the resident, or null.
 */
rate: Rate | null, 
/**
 * The year's individual contribution, or null when not found.
 */
contribution_yuan: Yuan | null, 
/**
 * Paid for the resident, or null.
 */
amount_yuan: Yuan | null, 
/**
 * Left for the resident, or null.
 */
resident_pays_yuan: Yuan | null, 
/**
 * The contribution figure is unverified.
 */
provisional: boolean, 
/**
 * Why.
 */
reason: Reason, };

/**
 * The answer for one resident: a line of `daijiao check`, the result of `evaluate`.
 */
export type Decision = { 
/**
 * The row's id, when one was given.
 */
id?: Id, 
/**
 * Policy year.
 */
year: number, 
/**
 * The policy period whose rules answered (`poverty_alleviation` 2018–2020,
 * `transition` 2021–2025 …, the data's `years.toml`).
 */
period: string, 
/**
 * True when no document for the year was found and the period's rules are taken to
 * continue (reading `period_continues`; every figure provisional).
 */
period_continued: boolean, 
/**
 * 政府代缴.
 */
pension_contribution: PensionAnswer, 
/**
 * Drawing the pension directly, without back contributions.
 */
direct_claim: DirectClaimAnswer, 
/**
 * The medical insurance contribution subsidy.
 */
medical_subsidy: MedicalAnswer, 
/**
 * Version of the rules.
 */
policy_version: string, 
/**
 * Every reading of ours the answers rely on, where the documents' words leave a
 * choice: shown as the calculator's reading, never as the documents' words.
 */
interpretations: Array<Interpretation>, };

/**
 * What went wrong, naming the field, in English and Chinese.
 */
export type ErrorBody = { 
/**
 * 1-based input line, when the error is about a line of a batch.
 */
line?: number, 
/**
 * The field's path (`age`, `statuses[1]`), `$` for the whole line.
 */
field: string, 
/**
 * A stable code: the core's (`missing`, `wrong_type`, `out_of_range`, …) or a shell's
 * (`syntax`, `invalid_utf8`, `columns`, `bad_argument`, `io`, `internal`).
 */
code: string, 
/**
 * English.
 */
message: string, 
/**
 * Chinese.
 */
message_zh: string, };

/**
 * `{"error": ErrorBody}`: one bad input line's answer.
 */
export type ErrorAnswer = { 
/**
 * The error.
 */
error: ErrorBody, };

/**
 * The answer for one line of `daijiao check`: a decision or an error.
 */
export type CheckAnswer = Decision | ErrorAnswer;

/**
 * Who bears the city's third.
 */
export type Fiscal = "ordinary" | "province-direct";

/**
 * A level of government.
 */
export type Level = "province" | "city" | "county";

/**
 * One level of a budget.
 */
export type BudgetLevel = { 
/**
 * Which level.
 */
level: Level, 
/**
 * Its weight in the split.
 */
weight: number, 
/**
 * Its exact part, to the fen.
 */
exact_yuan: Yuan, 
/**
 * Budgeted per person, whole yuan.
 */
per_person_budgeted_yuan: Yuan, 
/**
 * Budgeted.
 */
budgeted_yuan: Yuan, 
/**
 * Budgeted, in 万元 (a decimal string).
 */
budgeted_wan_yuan: string, 
/**
 * Left for the year-end settlement.
 */
settlement_yuan: Yuan, };

/**
 * The clerk's budget: the government payment for N people, split by level.
 */
export type Budget = { 
/**
 * Policy year.
 */
year: number, 
/**
 * People.
 */
people: number, 
/**
 * Who bears the city's part.
 */
fiscal: Fiscal, 
/**
 * Government payment per person.
 */
per_person_yuan: Yuan, 
/**
 * Total, exact.
 */
total_yuan: Yuan, 
/**
 * Province, city, county.
 */
levels: Array<BudgetLevel>, 
/**
 * Σ budgeted.
 */
budgeted_total_yuan: Yuan, 
/**
 * Σ settlement.
 */
settlement_total_yuan: Yuan, 
/**
 * The rounding of the budgeted figures.
 */
budget_rounding: string, 
/**
 * The rounding of the exact split.
 */
exact_rounding: string, 
/**
 * The per-person payment is unverified for the year.
 */
provisional: boolean, 
/**
 * Clauses.
 */
clauses: Array<Clause>, 
/**
 * Version of the rules.
 */
policy_version: string, };
