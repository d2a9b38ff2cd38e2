#!/usr/bin/env python3
"""Municipal test of a history run: the rank correlation (Spearman) across municipalities between
the simulated share of residents without a GP at the end of 2025 (mean over replicates) and the
observed one (scenarios/data/municipalities.csv, SSB 2025), against two benchmarks that use no
model: each municipality predicted by its centrality class's observed 2025 mean (the pattern the
model must at least carry), and by its own observed share in 2019 or 2020 (persistence,
gp_trend_by_municipality.csv). Only the Python standard library is used:

    ./gpsim run scenarios/history-2019.yaml --replicates 20 --outputs municipalities --out output/history
    python3 docs/tools/history_municipal.py output/history
"""
import csv
import statistics
import sys
from collections import defaultdict

run = sys.argv[1]
year = sys.argv[2] if len(sys.argv) > 2 else "2025"

sim = defaultdict(list)
for r in csv.DictReader(open(f"{run}/municipalities.csv", encoding="utf-8")):
    if r["year"] == year:
        sim[r["kommunenummer"]].append(float(r["share_without_gp"]))
observed = {}
centrality = {}
for r in csv.DictReader(open("scenarios/data/municipalities.csv", encoding="utf-8")):
    if r["gp_data"] != "yes":
        continue
    w = int(r["patients_on_lists_without_gp"])
    h = int(r["patients_on_lists_with_gp"])
    observed[r["kommunenummer"]] = w / (w + h) if w + h else 0
    centrality[r["kommunenummer"]] = r["centrality"]
past = {}
for r in csv.DictReader(open("scenarios/data/gp_trend_by_municipality.csv", encoding="utf-8")):
    if r["year"] in ("2019", "2020") and r["share_patients_on_lists_without_gp_pct"] not in ("", None):
        code = r["kommunenummer"]
        if r["year"] == "2019" or code not in past:
            past[code] = float(r["share_patients_on_lists_without_gp_pct"]) / 100


def ranks(xs):
    order = sorted(range(len(xs)), key=lambda i: xs[i])
    out = [0.0] * len(xs)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and xs[order[j + 1]] == xs[order[i]]:
            j += 1
        for k in range(i, j + 1):
            out[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return out


def spearman(a, b):
    ra, rb = ranks(a), ranks(b)
    return statistics.correlation(ra, rb)


codes = sorted(c for c in observed if c in sim)
obs = [observed[c] for c in codes]
model = [statistics.mean(sim[c]) for c in codes]
by_class = defaultdict(list)
for c in codes:
    by_class[centrality[c]].append(observed[c])
class_mean = {k: statistics.mean(v) for k, v in by_class.items()}
bench_class = [class_mean[centrality[c]] for c in codes]
print(f"| predictor of the {year} share without a GP | municipalities | Spearman rank correlation with the observed |")
print("|---|---|---|")
print(f"| gpsim history run (mean of {len(next(iter(sim.values())))} replicates) | {len(codes)} | {spearman(model, obs):.2f} |")
print(f"| centrality class's observed mean | {len(codes)} | {spearman(bench_class, obs):.2f} |")
pc = [c for c in codes if c in past]
print(f"| persistence: own 2019 (else 2020) share | {len(pc)} | {spearman([past[c] for c in pc], [observed[c] for c in pc]):.2f} |")
print(f"| gpsim, the same municipalities | {len(pc)} | {spearman([statistics.mean(sim[c]) for c in pc], [observed[c] for c in pc]):.2f} |")
