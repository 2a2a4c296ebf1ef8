#!/usr/bin/env bash
# The WebAssembly features each built module needs, and a check that no other appears.
# Allowed (README, "Supported engines"): mutable-globals, sign-ext, non-trapping float-to-int,
# multi-value, bulk-memory, reference-types: Chrome / Android WebView 96+, Safari / iOS 15+,
# Firefox 79+.
# wabt's wasm-validate (Debian's wabt) validates with everything else switched off: a module
# that starts using SIMD, threads, tail calls, exceptions, GC,
# memory64, … fails here. Usage: tools/wasm-features.sh dist
set -euo pipefail
cd "$(dirname "$0")/.."
DIST="${1:-dist}"
status=0
# The check itself can fail: a module that uses SIMD must be refused.
tmp=$(mktemp -d)
printf '(module (func (export "f") (result v128) v128.const i32x4 0 0 0 0))' > "$tmp/simd.wat"
wat2wasm "$tmp/simd.wat" -o "$tmp/simd.wasm"
if wasm-validate --disable-simd "$tmp/simd.wasm" 2>/dev/null; then
  echo "FAIL the feature check accepts a SIMD module"; exit 1
fi
rm -rf "$tmp"
for wasm in "$DIST"/*.wasm "$DIST"/js/*.wasm; do
  [ -e "$wasm" ] || continue
  declared=$(tools/e2e/node_modules/.bin/wasm-opt "$wasm" --detect-features --print-features -o /dev/null 2>/dev/null | sed 's/--enable-//' | tr '\n' ' ')
  if wasm-validate --disable-simd "$wasm"; then
    echo "ok   $(basename "$wasm"): uses only the allowed features (declared by the toolchain: $declared)"
  else
    echo "FAIL $(basename "$wasm"): needs a feature outside the supported engines' list"
    status=1
  fi
  # and it does need the ones the README names (so the list stays true, not only sufficient)
  for f in reference-types multi-value sign-extension; do
    if wasm-validate "--disable-$f" "$wasm" 2>/dev/null; then
      echo "note $(basename "$wasm"): no longer needs $f (README's engine list could be widened)"
    fi
  done
done
exit $status
