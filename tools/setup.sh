#!/usr/bin/env bash
# Installs every tool the project needs, skipping what is already present. Safe to re-run.
# Registries only (rustup, crates.io, Debian, npm): nothing is downloaded from elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."

TOOLCHAIN=1.96.1          # trunk 0.22.1 needs rustc >= 1.96.1 (rust-toolchain.toml pins it)
TRUNK_VERSION=0.22.1
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/"/, "", $3); print $3; exit}' Cargo.lock)
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '[setup] %s\n' "$*"; }

# 1. Rust toolchain and the wasm32 target.
if ! rustup toolchain list | grep -q "^$TOOLCHAIN"; then
  say "installing Rust $TOOLCHAIN"
  rustup toolchain install "$TOOLCHAIN" --profile minimal -c rustfmt -c clippy -t wasm32-unknown-unknown
fi
if ! rustup +"$TOOLCHAIN" target list --installed | grep -q wasm32-unknown-unknown; then
  rustup +"$TOOLCHAIN" target add wasm32-unknown-unknown
fi
for c in rustfmt clippy; do
  rustup +"$TOOLCHAIN" component list --installed | grep -q "^$c" || rustup +"$TOOLCHAIN" component add "$c"
done

# 2. Trunk, exactly 0.22.1 (about 18 minutes the first time on 2 cores).
if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (slow, once)"
  cargo +"$TOOLCHAIN" install trunk --version "$TRUNK_VERSION" --locked --force
fi

# 3. wasm-bindgen-cli at exactly Cargo.lock's wasm-bindgen version (without --locked: see README).
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo +"$TOOLCHAIN" install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION" --force
fi

# 4. Debian's chromium and chromedriver, for wasm-bindgen-test and the end-to-end specs.
#    A CJK font so that screenshots for review show Chinese (phones have their own; we ship none).
#    wabt's wasm-validate, for the check of the WebAssembly features the pages need.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || ! fc-list 2>/dev/null | grep -qi microhei \
   || ! command -v wasm-validate >/dev/null; then
  say "installing chromium, chromium-driver, a CJK font and wabt"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q chromium chromium-driver fonts-wqy-microhei wabt
fi

# 5. npm packages: playwright-core (no browser download) and binaryen 132 (wasm-opt for Trunk).
if [ ! -x tools/e2e/node_modules/.bin/wasm-opt ] || [ ! -d tools/e2e/node_modules/playwright-core ] \
   || [ tools/e2e/package-lock.json -nt tools/e2e/node_modules/.package-lock.json ]; then
  say "installing npm packages"
  (cd tools/e2e && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
fi

# 6. The peer OpenFisca model's virtualenv (outside the repo), for the cross-check test and benchmarks.
VENV="${OPENFISCA_VENV:-$HOME/.venvs/openfisca}"
if ! "$VENV/bin/python" -c 'import openfisca_core, numpy, pandas' 2>/dev/null; then
  say "installing the OpenFisca peer into $VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q openfisca-core==46.0.1 numpy==2.4.6 pandas==3.1.1
fi

# 6b. openpyxl and xlwt, which write the real Excel files the list tests read (generated at test
#     time by tests/fixtures/make_lists.py, never committed).
FIXTURES="${DAIJIAO_FIXTURES_VENV:-$HOME/.venvs/fixtures}"
if ! "$FIXTURES/bin/python" -c 'import openpyxl, xlwt' 2>/dev/null; then
  say "installing openpyxl and xlwt into $FIXTURES"
  python3 -m venv "$FIXTURES"
  "$FIXTURES/bin/pip" install -q openpyxl==3.1.5 xlwt==1.3.0
fi

# 7. The nightly toolchain and cargo-fuzz, for the fuzz targets in fuzz/.
if ! rustup toolchain list | grep -q '^nightly'; then
  say "installing the nightly toolchain (for cargo-fuzz)"
  rustup toolchain install nightly --profile minimal
fi
if ! cargo fuzz --version 2>/dev/null | grep -q '0\.13'; then
  say "installing cargo-fuzz"
  cargo +"$TOOLCHAIN" install cargo-fuzz --version 0.13.2 --locked
fi

say "ready: rustc $(rustc +"$TOOLCHAIN" --version | cut -d' ' -f2), $(trunk --version), $(wasm-bindgen --version), $(tools/e2e/node_modules/.bin/wasm-opt --version), $(/usr/bin/chromium --version)"
