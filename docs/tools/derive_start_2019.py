#!/usr/bin/env python3
"""Derives scenarios/data/municipalities_2019.csv, the start state of the history run (31 December
2019), from the project's own data files (only the Python standard library is used):

    python3 docs/tools/derive_start_2019.py > scenarios/data/municipalities_2019.csv

The file has the columns of municipalities.csv, so the simulation reads it the same way. The 2025
municipal structure is kept (357 municipalities, 2024 codes); the 2019 figures come from:

- list population: each municipality's 2025 list population (patients on lists with and without
  a GP) times the national ratio 2019Q4 / 2025Q4 (5,387,334 / 5,622,286); residents and their
  age groups likewise (no municipal population by age for 2019 is carried);
- share of patients without a GP: the municipality's 2019 figure (gp_trend_by_municipality.csv,
  112 municipalities); else its 2020 figure times the national 2019/2020 ratio (1.4 / 2.0); else
  the median 2019 share of its centrality class. All shares are then scaled by one factor so that
  the national total is 2019Q4's 75,542 patients;
- mean list length of lists with a GP: the 2019 figure; else 2020's times 1,088 / 1,069; else the
  2025 figure times 1,088 / 958 (national means);
- lists with a GP: patients with a GP over the mean list; lists without a GP: patients without a
  GP over the mean list, at least one where there are any;
- list capacity: patients with a GP times the 2019 reserve-capacity index where known, else
  1,122 / 1,088 (national caps over lengths);
- women GPs: the 2025 share of the municipality times 44.4 % over the 2025 national share.

The six municipalities without GP data in 2025 keep gp_data = no: the simulation imputes them
from their centrality class, as for the 2025 start.
"""
import csv
import statistics
import sys
from collections import defaultdict

DATA = "scenarios/data/"
NATIONAL_2019 = {"patients": 5_387_334, "without": 75_542, "mean_list": 1088, "mean_cap": 1122,
                 "female_pct": 44.4}
NATIONAL_2020_SHARE_RATIO = 1.4 / 2.0
MEAN_LIST_2020_TO_2019 = 1088 / 1069

rows = list(csv.DictReader(open(DATA + "municipalities.csv", encoding="utf-8")))
trend = defaultdict(dict)
for r in csv.DictReader(open(DATA + "gp_trend_by_municipality.csv", encoding="utf-8")):
    trend[r["kommunenummer"]][int(r["year"])] = r

have = [r for r in rows if r["gp_data"] == "yes"]
patients_2025 = sum(int(r["patients_on_lists_with_gp"]) + int(r["patients_on_lists_without_gp"]) for r in have)
lists_2025 = sum(int(r["lists_with_gp"]) for r in have)
mean_list_2025 = sum(int(r["patients_on_lists_with_gp"]) for r in have) / lists_2025
female_share_2025 = sum(int(r["female_gps"]) for r in have) / lists_2025
k = NATIONAL_2019["patients"] / patients_2025


def num(x):
    return float(x) if x not in ("", None) else None


by_class = defaultdict(list)
for r in have:
    t = trend[r["kommunenummer"]].get(2019)
    if t and num(t["share_patients_on_lists_without_gp_pct"]) is not None:
        by_class[r["centrality"]].append(num(t["share_patients_on_lists_without_gp_pct"]) / 100)
class_median = {c: statistics.median(v) for c, v in by_class.items()}

share = {}
mean_list = {}
reserve = {}
for r in have:
    code = r["kommunenummer"]
    t19, t20 = trend[code].get(2019), trend[code].get(2020)
    s19 = num(t19["share_patients_on_lists_without_gp_pct"]) if t19 else None
    s20 = num(t20["share_patients_on_lists_without_gp_pct"]) if t20 else None
    if s19 is not None:
        share[code] = s19 / 100
    elif s20 is not None:
        share[code] = s20 / 100 * NATIONAL_2020_SHARE_RATIO
    else:
        share[code] = class_median.get(r["centrality"], 0.014)
    l19 = num(t19["avg_list_length"]) if t19 else None
    l20 = num(t20["avg_list_length"]) if t20 else None
    lists = int(r["lists_with_gp"])
    own_2025 = int(r["patients_on_lists_with_gp"]) / lists if lists else mean_list_2025
    if l19:
        mean_list[code] = l19
    elif l20:
        mean_list[code] = l20 * MEAN_LIST_2020_TO_2019
    else:
        mean_list[code] = own_2025 * NATIONAL_2019["mean_list"] / mean_list_2025
    rc = num(t19["reserve_capacity_index"]) if t19 else None
    reserve[code] = rc / 100 if rc else NATIONAL_2019["mean_cap"] / NATIONAL_2019["mean_list"]

patients = {r["kommunenummer"]: (int(r["patients_on_lists_with_gp"]) + int(r["patients_on_lists_without_gp"])) * k
            for r in have}
raw_without = sum(patients[c] * share[c] for c in patients)
scale = NATIONAL_2019["without"] / raw_without

out = csv.writer(sys.stdout, lineterminator="\n")
header = list(rows[0].keys())
out.writerow(header)
totals = defaultdict(float)
for r in rows:
    o = dict(r)
    ages = ("pop_0_17", "pop_18_66", "pop_67_79", "pop_80plus")
    for col in ages:
        o[col] = str(round(int(r[col]) * k))
    o["population"] = str(sum(int(o[col]) for col in ages))
    if r["gp_data"] == "yes":
        code = r["kommunenummer"]
        p = patients[code]
        without = min(p, p * share[code] * scale)
        with_gp = p - without
        lists_with = max(1, round(with_gp / mean_list[code])) if with_gp > 0 else 0
        lists_without = max(1, round(without / mean_list[code])) if round(without) > 0 else 0
        female_own = int(r["female_gps"]) / int(r["lists_with_gp"]) if int(r["lists_with_gp"]) else female_share_2025
        o["lists_with_gp"] = str(lists_with)
        o["lists_without_gp"] = str(lists_without)
        o["patients_on_lists_with_gp"] = str(round(with_gp))
        o["patients_on_lists_without_gp"] = str(round(without))
        o["list_capacity_sum"] = str(round(with_gp * reserve[code]))
        o["female_gps"] = str(min(lists_with, round(lists_with * female_own * NATIONAL_2019["female_pct"] / 100
                                                     / female_share_2025)))
        for col in ("lists_with_gp", "lists_without_gp", "patients_on_lists_with_gp", "patients_on_lists_without_gp"):
            totals[col] += int(o[col])
    out.writerow([o[h] for h in header])
print("totals over municipalities with data:", dict(totals), "share scale", round(scale, 3), file=sys.stderr)
