#!/usr/bin/env python3
"""The municipal panel of a history run, as the calibration fits it (docs/CALIBRATION.md): for each
year and centrality class, the share of patients on lists without a GP in the municipalities SSB
table 12005 covers that year (gp_trend_by_municipality.csv), weighted by residents, observed
against simulated (mean over replicates and its 5-95 % band over replicates). 2020-2022 are in the
fit; 2023-2025 are held out. Also the GPs who left the scheme over 2020-2021 (about 510 observed,
fitted). Only the Python standard library is used:

    ./gpsim run scenarios/history-2019.yaml --replicates 40 --out output/history
    python3 docs/tools/history_panel.py output/history
"""
import csv
import statistics
import sys
from collections import defaultdict

run = sys.argv[1]
years = ["2020", "2021", "2022", "2023", "2024", "2025"]
residents = {}
centrality = {}
for r in csv.DictReader(open("scenarios/data/municipalities_2019.csv", encoding="utf-8")):
    residents[r["kommunenummer"]] = float(r["population"])
    centrality[r["kommunenummer"]] = int(r["centrality"])
panel = defaultdict(dict)
for r in csv.DictReader(open("scenarios/data/gp_trend_by_municipality.csv", encoding="utf-8")):
    if r["year"] in years and r["share_patients_on_lists_without_gp_pct"] not in ("", None) \
            and r["kommunenummer"] in residents:
        panel[r["year"]][r["kommunenummer"]] = float(r["share_patients_on_lists_without_gp_pct"]) / 100
sim = defaultdict(dict)  # (year, replicate) -> code -> share
for r in csv.DictReader(open(f"{run}/municipalities.csv", encoding="utf-8")):
    if r["year"] in years:
        sim[(r["year"], r["replicate"])][r["kommunenummer"]] = float(r["share_without_gp"])
reps = sorted({k[1] for k in sim}, key=int)


def weighted(shares, codes):
    den = sum(residents[c] for c in codes)
    return sum(residents[c] * shares[c] for c in codes) / den


def q(xs, p):
    xs = sorted(xs)
    i = p * (len(xs) - 1)
    lo = int(i)
    return xs[lo] + (xs[min(lo + 1, len(xs) - 1)] - xs[lo]) * (i - lo)


print("| year | class | municipalities | observed % | gpsim % mean [5-95 %] |")
print("|---|---|---|---|---|")
for y in years:
    for c in range(1, 7):
        codes = [m for m in panel[y] if centrality[m] == c]
        if not codes:
            continue
        vals = [weighted(sim[(y, r)], codes) for r in reps if (y, r) in sim]
        if not vals:
            continue
        tag = "" if y <= "2022" else " (held out)"
        print(f"| {y}{tag} | {c} | {len(codes)} | {100 * weighted(panel[y], codes):.1f} | "
              f"{100 * statistics.mean(vals):.1f} [{100 * q(vals, 0.05):.1f}, {100 * q(vals, 0.95):.1f}] |")

exits = defaultdict(float)
for r in csv.DictReader(open(f"{run}/national.csv", encoding="utf-8")):
    if 1 <= int(r["step"]) <= 24:
        exits[r["replicate"]] += float(r["exits_retirement"]) + float(r["exits_other"])
vals = list(exits.values())
print()
print(f"GPs who left the scheme 2020-2021: observed about 510; gpsim {statistics.mean(vals):.0f} "
      f"[{q(vals, 0.05):.0f}, {q(vals, 0.95):.0f}] ({len(vals)} replicates)")
