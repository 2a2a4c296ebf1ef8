// Types of the daijiao JavaScript API. They mirror www/schema/check-input.schema.json and
// check-output.schema.json: money is a decimal string in 元 with two places, never a number.

export type Status = 'registered_poor' | 'registered_poor_exited' | 'dibao' | 'tekun' | 'other_hardship';
export type PensionSituation = 'not_enrolled' | 'enrolled' | 'receiving' | 'employee_scheme';
export type Fiscal = 'ordinary' | 'province-direct';
/** A decimal amount in 元, e.g. "100.00". */
export type Yuan = string;

export interface Resident {
  /** Policy year, 2018–2020. */
  year: number;
  /** Completed years (周岁), 0–130. */
  age: number;
  /** Statuses held at any time in the year, each at most once. */
  statuses: Status[];
  /** YYYY-MM-DD; required with, and only with, registered_poor_exited. */
  exited_on?: string | null;
  pension: PensionSituation;
  /** Echoed back unchanged. */
  id?: number | string | null;
}

export interface Clause {
  doc: 'JRS-2018-3' | 'TGRS-2018-4' | 'GF-2014-8';
  clause: string;
  text_zh: string;
  verbatim: boolean;
}

export type ReasonCode =
  | 'government_pays' | 'direct_claim_allowed' | 'full_subsidy' | 'partial_subsidy'
  | 'no_qualifying_status' | 'not_registered_poor' | 'exited_before_cutoff' | 'too_young'
  | 'too_old' | 'not_enrolled' | 'already_enrolled' | 'already_receiving' | 'in_employee_scheme';

export interface Reason {
  code: ReasonCode;
  decided_by: Status | null;
  hint: { kind: 'enrol' } | { kind: 'reach_age'; age: number } | null;
  clauses: Clause[];
}

export interface Decision {
  id?: number | string;
  year: number;
  pension_contribution: {
    government_pays: boolean;
    tier_yuan: Yuan | null;
    government_amount_yuan: Yuan;
    resident_amount_yuan: Yuan | null;
    subsidy_yuan: Yuan | null;
    tiers: { tier_yuan: Yuan; subsidy_yuan: Yuan }[];
    provisional: boolean;
    tiers_provisional: boolean;
    reason: Reason;
  };
  direct_claim: {
    eligible: boolean;
    starts: 'month_after_processing' | null;
    monthly_pension_yuan: Yuan | null;
    provisional: boolean;
    reason: Reason;
  };
  medical_subsidy: {
    rate: '1' | '0.6' | '0';
    contribution_yuan: Yuan;
    amount_yuan: Yuan;
    resident_pays_yuan: Yuan;
    provisional: boolean;
    reason: Reason;
  };
  policy_version: string;
}

export interface BudgetLevel {
  level: 'province' | 'city' | 'county';
  weight: number;
  exact_yuan: Yuan;
  per_person_budgeted_yuan: Yuan;
  budgeted_yuan: Yuan;
  budgeted_wan_yuan: string;
  settlement_yuan: Yuan;
}

export interface Budget {
  year: number;
  people: number;
  fiscal: Fiscal;
  per_person_yuan: Yuan;
  total_yuan: Yuan;
  levels: BudgetLevel[];
  budgeted_total_yuan: Yuan;
  settlement_total_yuan: Yuan;
  budget_rounding: string;
  exact_rounding: string;
  provisional: boolean;
  clauses: Clause[];
  policy_version: string;
}

/** What evaluate and budget throw on bad input (name "DaijiaoError"). */
export interface DaijiaoError extends Error {
  name: 'DaijiaoError';
  /** The field's path, e.g. "age" or "statuses[1]"; "$" for the whole value. */
  field: string;
  code: string;
  /** Chinese message. */
  messageZh: string;
}

/** Evaluates one resident. Throws DaijiaoError on bad input; the module stays usable. */
export function evaluate(resident: Resident): Decision;
/** The government payment for `people` people in `year`, split province / city / county. */
export function budget(year: number, people: number, fiscal?: Fiscal): Budget;
/** The policy years the rules encode: [2018, 2019, 2020]. */
export function policyYears(): number[];
/** "0.1.0 (JRS-2018-3/daijiao-rules-1)". */
export function version(): string;
/** Mounts the resident's page into `host` inside a shadow root, styled by `css`; `lang` "en" opens it in English (Chinese otherwise). */
export function mount(host: HTMLElement, css: string, lang?: "en" | "zh-CN"): void;
