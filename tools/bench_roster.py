#!/usr/bin/env python3
"""Roster benchmark: `daijiao roster` against the OpenFisca peer, in the same run.

Usage: tools/bench_roster.py [ROWS ...]      (default: 1000000 10000000)

Generates each roster with the peer's gen_roster.py (seed 1, cached under target/bench/),
runs the peer's bench.py 3 times and `daijiao roster` 5 times on it, checks that every
aggregate is equal, and prints medians: OpenFisca's end-to-end persons/s (its total_s:
load + build + compute, interpreter start-up excluded, as the peer reports it), ours (wall
clock of the whole process, start-up included), the ratio, and our peak RSS. The end-to-end
ratio compares whole processes on both sides (OpenFisca's wall clock includes its ~0.9 s of
interpreter start-up and imports); the in-process ratio uses OpenFisca's own total_s.
"""
import json, os, statistics, subprocess, sys, time, resource

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PEER = os.path.join(ROOT, "..", "shared", "peers", "openfisca")
PY = os.environ.get("OPENFISCA_PYTHON", os.path.expanduser("~/.venvs/openfisca/bin/python"))
BIN = os.path.join(ROOT, "target", "release", "daijiao")
OUT = os.path.join(ROOT, "target", "bench")


def roster(rows):
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, f"roster-{rows}.csv")
    if not os.path.exists(path):
        with open(path + ".tmp", "wb") as f:
            subprocess.run([PY, os.path.join(PEER, "gen_roster.py"), "--rows", str(rows), "--seed", "1"],
                           stdout=f, check=True)
        os.rename(path + ".tmp", path)
    return path


def ours(path):
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    p = subprocess.run([BIN, "roster", path, "--rejects", path + ".rejects.csv"],
                       stdout=subprocess.PIPE, check=True)
    wall = time.perf_counter() - t0
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, peak_kb, json.loads(p.stdout), before


def peer(path):
    t0 = time.perf_counter()
    p = subprocess.run([PY, "bench.py", path], cwd=PEER, stdout=subprocess.PIPE, check=True)
    out = json.loads(p.stdout)
    out["wall_s"] = time.perf_counter() - t0
    return out


def main():
    sizes = [int(a) for a in sys.argv[1:]] or [1_000_000, 10_000_000]
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    print("| rows | OpenFisca wall s (end to end) | OpenFisca total_s (in process) | daijiao wall s | daijiao persons/s | ratio end to end | ratio vs total_s | daijiao peak RSS |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for rows in sizes:
        path = roster(rows)
        runs = [peer(path) for _ in range(3)]
        theirs = runs[0]["aggregates"]
        of_total = statistics.median(r["timings"]["total_s"] for r in runs)
        of_wall = statistics.median(r["wall_s"] for r in runs)
        mine = [ours(path) for _ in range(5)]
        wall = statistics.median(m[0] for m in mine)
        y = mine[0][2]["years"][0]
        checks = {
            "persons": y["persons"], "is_poor_count": y["is_poor_count"],
            "government_pays_pension_count": y["government_pays_pension_count"],
            "direct_claim_count": y["direct_claim_count"],
            "medical_full_rate_count": y["medical_full_rate_count"],
            "medical_dibao_rate_count": y["medical_partial_rate_count"],
            "government_pension_amount_sum": float(y["government_pension_amount_sum"]),
            "medical_subsidy_amount_sum": float(y["medical_subsidy_amount_sum"]),
        }
        diff = {k: (v, theirs[k]) for k, v in checks.items() if v != theirs[k]}
        if diff:
            print(f"MISMATCH at {rows} rows: {diff}")
            sys.exit(1)
        # ru_maxrss of children is the largest child so far; our runs follow the peer's, so
        # measure ours alone in a fresh process for an honest figure.
        rss = subprocess.run(["/usr/bin/time", "-f", "%M", BIN, "roster", path, "--rejects", path + ".rejects.csv"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True).stderr.strip().splitlines()[-1]
        print(f"| {rows:,} | {of_wall:.3f} | {of_total:.3f} | {wall:.3f} | {rows/wall/1e6:.1f} M | "
              f"{of_wall/wall:.1f}x | {of_total/wall:.1f}x | {int(rss)/1024:.0f} MB |")
    print("\naggregates equal to OpenFisca's at every size")


if __name__ == "__main__":
    main()
