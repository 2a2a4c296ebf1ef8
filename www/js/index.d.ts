// Types of the daijiao JavaScript API. The records (Resident, Decision, Budget, …) are generated
// from the Rust contract into ./contract.d.ts, with the JSON Schemas in www/schema/: money is a
// decimal string in 元 with two places, never a number.

import type { Budget, Decision, Fiscal, Resident } from './contract';
export type * from './contract';

/** What evaluate and budget throw on bad input (name "DaijiaoError"). */
export interface DaijiaoError extends Error {
  name: 'DaijiaoError';
  /** The field's path, e.g. "age" or "statuses[1]"; "$" for the whole value. */
  field: string;
  /** A stable code of the core: "missing", "wrong_type", "out_of_range", "unknown_value", …;
   *  importing the module rejects with "wasm_unavailable" or "wasm_failed" where WebAssembly
   *  cannot run. */
  code: string;
  /** Chinese message. */
  messageZh: string;
}

/** Evaluates one resident. Throws DaijiaoError on bad input; the module stays usable. */
export function evaluate(resident: Resident): Decision;
/** The government payment for `people` people in `year`, split province / city / county. */
export function budget(year: number, people: number, fiscal?: Fiscal): Budget;
/** The policy years the rules encode: [2018, 2019, …, 2026] (policy/data/years.toml). */
export function policyYears(): number[];
/** "0.2.0 (JRS-2018-3+TRANSITION-2021/daijiao-rules-2)". */
export function version(): string;
/** Mounts the resident's page into `host` inside a shadow root, styled by `css`; `lang` "en" opens it in English (Chinese otherwise). */
export function mount(host: HTMLElement, css: string, lang?: "en" | "zh-CN"): void;
