#!/usr/bin/env python3
"""How much narrower a paired interval is than an unpaired one, from a comparison's national.csv:

    ./gpsim compare scenarios/baseline.yaml my-scenario.yaml --replicates 20 --out output/paired
    python3 docs/tools/paired_precision.py output/paired baseline my-scenario [STEP ...]

For each step (default 24, 60 and 120: the end of 2027, 2030 and 2035) and a few national
metrics, prints the mean difference, the 95 % half-width of the paired difference (replicate r
against replicate r) and of the unpaired one (Welch, the same runs taken as independent), and
their ratio. Only the Python standard library is used.
"""
import csv
import math
import statistics
import sys
from statistics import NormalDist


def t975(df):
    """The 0.975 quantile of Student's t (Cornish-Fisher expansion; within 0.001 from 5 degrees of freedom)."""
    z = NormalDist().inv_cdf(0.975)
    return z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df ** 2)


run, base, other = sys.argv[1:4]
steps = sys.argv[4:] or ["24", "60", "120"]
rows = {}
for r in csv.DictReader(open(f"{run}/national.csv")):
    if r["step"] in steps and r["scenario"] in (base, other):
        rows[(r["scenario"], r["step"], int(r["replicate"]))] = r
print("| step | metric | difference | paired half-width | unpaired half-width | unpaired / paired |")
print("|---|---|---|---|---|---|")
for step in steps:
    reps = sorted(k[2] for k in rows if k[0] == base and k[1] == step)
    n = len(reps)
    for metric in ("share_without_gp", "patients_without_gp", "lists_vacant", "gps"):
        b = [float(rows[(base, step, k)][metric]) for k in reps]
        o = [float(rows[(other, step, k)][metric]) for k in reps]
        d = [x - y for x, y in zip(o, b)]
        paired = t975(n - 1) * statistics.stdev(d) / math.sqrt(n)
        vb, vo = statistics.variance(b) / n, statistics.variance(o) / n
        df = (vb + vo) ** 2 / (vb ** 2 / (n - 1) + vo ** 2 / (n - 1))
        unpaired = t975(df) * math.sqrt(vb + vo)
        print(f"| {step} | {metric} | {statistics.mean(d):.6g} | {paired:.4g} | {unpaired:.4g} | {unpaired / paired:.2f} |")
