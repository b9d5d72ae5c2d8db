#!/usr/bin/env python3
"""Prints the benchmarks' figures beside their baselines as one Markdown table.

Each benchmark (tests/bench) measures the floor of its own work in the same run and keeps each
pair in bench-data/report/<benchmark>.tsv (TestSupport::reportBaseline): measure, Comptoir,
baseline, unit, target ratio. This reads them all:

    python3 tests/bench/bench_report.py build/ci/bench-data/report

The `bench_report` target runs the benchmarks (ctest -L bench) and then this.
"""
import glob
import os
import sys


def figure(value: float) -> str:
    """Small figures (a page's milliseconds) with two decimals, as the benchmarks print them."""
    return f"{value:.2f}" if abs(value) < 10 else f"{value:.1f}"


def main() -> int:
    folder = sys.argv[1] if len(sys.argv) > 1 else "build/ci/bench-data/report"
    files = sorted(glob.glob(os.path.join(folder, "*.tsv")))
    if not files:
        print(f"No benchmark figures in {folder}: run the benchmarks first (ctest -L bench).")
        return 1
    print("| Benchmark | Measure | Comptoir | Baseline | Ratio | Target |")
    print("|---|---|---|---|---|---|")
    missed = 0
    for path in files:
        bench = os.path.splitext(os.path.basename(path))[0]
        with open(path, encoding="utf-8") as f:
            for line in f:
                fields = line.rstrip("\n").split("\t")
                if len(fields) != 5:
                    continue
                measure, comptoir, baseline, unit, target = fields
                ours, floor, limit = float(comptoir), float(baseline), float(target)
                ratio = ours / floor if floor > 0 else 0.0
                verdict = ""
                if limit > 0:
                    met = ratio < limit
                    missed += 0 if met else 1
                    verdict = f"< {limit:g}" + ("" if met else " **not met**")
                print(f"| {bench} | {measure} | {figure(ours)} {unit} | {figure(floor)} {unit} "
                      f"| {ratio:.2f} | {verdict} |")
    if missed:
        print(f"\n{missed} ratio(s) above their target.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
