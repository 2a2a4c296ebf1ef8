#!/usr/bin/env bash
# Every test: lint, native tests (unit, cases, CLI, doc), wasm tests in headless Chromium,
# the release build, and the end-to-end specs in Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
. tools/env.sh
step() { printf '\n==> %s\n' "$*"; }

step "format and lint"
cargo fmt --all -- --check
cargo clippy --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --no-default-features --features clerk,js --lib --bins --tests -- -D warnings
cargo clippy --target wasm32-unknown-unknown --no-default-features --features web,lazy_en --lib --bins -- -D warnings
cargo clippy --target wasm32-unknown-unknown --no-default-features --features sheets-worker --lib --bins -- -D warnings

step "the core alone (no features: no JSON, no web, no CLI)"
cargo build --no-default-features --lib

step "native tests"
cargo test

step "fuzz targets, short run (the 10M-run campaigns are in BENCHMARKS.md)"
tools/fuzz.sh 2000

step "wasm tests in headless Chromium"
cargo test --target wasm32-unknown-unknown --no-default-features --features clerk --test web

step "release builds (page, and the CLI the specs compare with)"
tools/build.sh
cargo build --release --bin daijiao

step "page size budget"
node tools/e2e/size.mjs dist 100

step "WebAssembly features: only those of the supported engines (README)"
tools/wasm-features.sh dist

step "Lighthouse (mobile): accessibility 100, best practices 100, performance at least 98"
node tools/e2e/lighthouse.mjs dist

step "measured, not gated: time to a usable form on a throttled mobile profile (README's figure)"
node tools/e2e/time-to-form.mjs

step "end-to-end specs (the clerk spec prints, ungated, the browser roster's time for 1,000,000 rows)"
(cd tools/e2e && node --test --test-concurrency=1 specs/*.spec.mjs)
