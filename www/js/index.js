// daijiao: the rules of 冀人社发〔2018〕3号 as a JavaScript API (see index.d.ts and INTEGRATION.md).
// The module loads its wasm once (top-level await); every function below is then synchronous.
// Where WebAssembly is missing (iOS Lockdown Mode, a locked-down WebView) or the module cannot
// be loaded, importing this module rejects with a DaijiaoError whose code says which
// ("wasm_unavailable", "wasm_failed"), never with a bare ReferenceError.
import init, * as wasm from './daijiao.js';

// The catalogue's words for those two errors, written here at build time (`daijiao summary
// --format messages`, tools/build.sh).
const UNAVAILABLE = __DJ_UNAVAILABLE__;

function daijiaoError(code, cause) {
  const m = UNAVAILABLE[code];
  const e = new Error(m.en, { cause });
  e.name = 'DaijiaoError';
  e.field = '$';
  e.code = code;
  e.messageZh = m.zh;
  return e;
}

if (typeof WebAssembly !== 'object') throw daijiaoError('wasm_unavailable');
try {
  await init({ module_or_path: new URL('./daijiao_bg.wasm', import.meta.url) });
} catch (cause) {
  throw daijiaoError('wasm_failed', cause);
}

/** Evaluates one resident; throws a DaijiaoError on bad input. */
export function evaluate(resident) {
  return wasm.evaluate(resident);
}

/** The government payment for `people` people in `year`, split by level. */
export function budget(year, people, fiscal) {
  return wasm.budget(year, people, fiscal);
}

/** The policy years the rules encode. */
export function policyYears() {
  return Array.from(wasm.policyYears());
}

/** The package and rules version. */
export function version() {
  return wasm.version();
}

/** Mounts the resident's page into `host` (inside a shadow root), with the given CSS text;
 *  `lang` "en" opens it in English, anything else in Chinese. */
export function mount(host, css, lang) {
  wasm.mount(host, css, lang);
}
