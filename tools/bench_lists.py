#!/usr/bin/env python3
"""Benchmark of `daijiao lists` (issue 14): 1,000,000 made-up people across three departments'
CSV lists (civil affairs' 低保 list in GBK, the 特困 list and the disabled persons' federation's
list in UTF-8 with a BOM; 5 % of the people on two lists), merged into one 代缴名单. Prints the
wall time, rows/s, people/s and the peak RSS of 3 runs (median), and checks the people count.

Identity numbers are made up (address code 000000, which no region has) with the GB 11643 check
character, so that they pass the check without looking like anyone's."""
import os
import random
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "target", "bench", "lists")
PEOPLE = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def made_up_id(n):
    # a birth date from n (every 20th day from 1950-01-01, so ages run over the whole range) and
    # a sequence number: distinct for n < 1,000,000
    import datetime
    day = datetime.date(1950, 1, 1) + datetime.timedelta(days=(n // 1000) * 20 % 20000)
    body = f"000000{day:%Y%m%d}{n % 1000:03d}"
    s = sum(int(d) * w for d, w in zip(body, W))
    return body + "10X98765432"[s % 11]


def generate():
    os.makedirs(OUT, exist_ok=True)
    rng = random.Random(1)
    files = {
        "dibao.csv": ("gbk", "某县2018年低保对象花名册\n序号,姓名,公民身份号码,救助类别,参保状态\n", "农村低保"),
        "tekun.csv": ("utf-8-sig", "序号,姓名,身份证号,人员类别,参保状态\n", "特困供养"),
        "disabled.csv": ("utf-8-sig", "序号,姓名,证件号码,人员类别,参保状态\n", "重度残疾"),
    }
    out = {name: open(os.path.join(OUT, name), "w", encoding=enc, newline="") for name, (enc, _, _) in files.items()}
    for name, (_, head, _) in files.items():
        out[name].write(head)
    seq = {name: 0 for name in files}
    names = list(files)
    for n in range(PEOPLE):
        idn = made_up_id(n)
        first = names[n % 3]
        lists = [first]
        if rng.random() < 0.05:
            lists.append(names[(n + 1) % 3])
        for name in lists:
            seq[name] += 1
            category = files[name][2]
            out[name].write(f"{seq[name]},某{n % 97},{idn},{category},已参保\n")
    for f in out.values():
        f.close()
    return [os.path.join(OUT, n) for n in names], sum(seq.values())


def main():
    paths, rows = generate()
    subprocess.run(["cargo", "build", "-q", "--release", "--bin", "daijiao"], cwd=ROOT, check=True)
    exe = os.path.join(ROOT, "target", "release", "daijiao")
    walls, rss = [], []
    for _ in range(3):
        start = time.perf_counter()
        # the lists named as a clerk would, relative to where they are (the sources column
        # repeats the name on every row)
        r = subprocess.run(["/usr/bin/time", "-f", "%M", exe, "lists",
                            *[os.path.basename(p) for p in paths], "--year", "2018",
                            "--out", "list.csv"], capture_output=True, text=True, cwd=OUT)
        walls.append(time.perf_counter() - start)
        if r.returncode != 0:
            sys.exit(r.stdout + r.stderr)
        rss.append(int(r.stderr.strip().splitlines()[-1]))
        assert f'"people": {PEOPLE}' in r.stdout, r.stdout
    wall = statistics.median(walls)
    print(f"daijiao lists: {PEOPLE:,} people in {rows:,} rows across 3 CSV files: "
          f"{wall:.2f} s (median of 3), {rows / wall / 1e6:.2f} M rows/s, "
          f"{PEOPLE / wall / 1e6:.2f} M people/s, peak RSS {max(rss) / 1024:.0f} MB")


if __name__ == "__main__":
    main()
