#!/usr/bin/env bash
# Runs every cargo-fuzz target RUNS times (default 2000: the short run of the test command;
# BENCHMARKS.md records the 10-million-run campaigns) from its corpus in fuzz/corpus/.
# Needs the nightly toolchain and cargo-fuzz (tools/setup.sh installs both).
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
RUNS="${1:-2000}"
for target in check_line roster budget_args; do
  mkdir -p "corpus/$target"
  echo "fuzz $target: $RUNS runs"
  log="$(mktemp)"
  # a crash exits non-zero and leaves the input in fuzz/artifacts/$target/
  if ! cargo +nightly fuzz run "$target" "corpus/$target" -- -runs="$RUNS" -max_len=4096 -print_final_stats=1 >"$log" 2>&1; then
    tail -40 "$log"
    echo "fuzz $target: FAILED (see fuzz/artifacts/$target/)"
    exit 1
  fi
  grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb)' "$log"
  rm -f "$log"
done
