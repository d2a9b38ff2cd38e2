#!/usr/bin/env python3
"""Sets a history run (scenarios/history-2019.yaml) against the observed national series
(scenarios/data/gp_national_by_year.csv), year by year. Only the Python standard library is used:

    ./gpsim run scenarios/history-2019.yaml --replicates 20 --out output/history
    python3 docs/tools/history_table.py output/history

Model figures are year-end values, the mean of the replicates with the 95 % half-width (t); the
observed figures (2023 and 2024: the share worked out from the counts) are those of the last day of the year (2023: 31 December; 2024: 1 May, the last
figure before 2025).
"""
import csv
import math
import statistics
import sys
from collections import defaultdict

run = sys.argv[1]
observed = {}
for r in csv.DictReader(open("scenarios/data/gp_national_by_year.csv", encoding="utf-8")):
    observed[r["period"]] = r
OBS_PERIOD = {2019: "2019Q4", 2020: "2020Q4", 2021: "2021Q4", 2022: "2022Q4", 2023: "2023Q4", 2024: "2024-05",
              2025: "2025Q4"}

values = defaultdict(list)
for r in csv.DictReader(open(f"{run}/national.csv", encoding="utf-8")):
    step = int(r["step"])
    if step % 12:
        continue
    year = int(r["date"][:4])
    values[year].append(r)


def est(year, col, scale=1.0):
    xs = [float(r[col]) * scale for r in values[year] if r[col] not in ("", "NaN")]
    if not xs:
        return ""
    m = statistics.mean(xs)
    if len(xs) < 2:
        return f"{m:.1f}"
    h = 2.09 * statistics.stdev(xs) / math.sqrt(len(xs))
    return f"{m:.1f} ± {h:.1f}"


def obs(year, col, scale=1.0):
    r = observed.get(OBS_PERIOD.get(year, ""), {})
    v = r.get(col, "")
    return "" if v in ("", None) else f"{float(v) * scale:.1f}"


def obs_share(year):
    """Share without a GP, % of the list population: the published figure, else from the counts."""
    r = observed.get(OBS_PERIOD.get(year, ""), {})
    if r.get("share_list_pop_without_gp_pct") not in ("", None):
        return f"{float(r['share_list_pop_without_gp_pct']):.1f}"
    if r.get("list_pop_without_gp") in ("", None) or r.get("list_pop_with_gp") in ("", None):
        return ""
    w, h = float(r["list_pop_without_gp"]), float(r["list_pop_with_gp"])
    return f"{100 * w / (w + h):.1f}"


def obs_ratio(year, num, den, scale=100.0):
    r = observed.get(OBS_PERIOD.get(year, ""), {})
    if r.get(num) in ("", None) or r.get(den) in ("", None):
        return ""
    return f"{float(r[num]) / float(r[den]) * scale:.1f}"


print("| year | % without a GP: observed | model | lists without a GP: observed | model | GPs: observed | model "
      "| mean list: observed | model | salaried %: observed | model | vacant 12 m+ % of vacant: observed | model "
      "| spare capacity: observed | model |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
for year in sorted(values):
    print(f"| {year} | {obs_share(year)} | {est(year, 'share_without_gp', 100)} "
          f"| {obs(year, 'lists_without_gp')} | {est(year, 'lists_vacant')} "
          f"| {obs(year, 'n_gps') or obs(year, 'lists_with_gp')} | {est(year, 'gps')} "
          f"| {obs(year, 'avg_list_length_fixed_gps')} | {est(year, 'mean_list_length')} "
          f"| {obs(year, 'share_salaried_of_lists_with_gp_pct')} | {est(year, 'salaried_share', 100)} "
          f"| {obs_ratio(year, 'lists_without_gp_over_1yr', 'lists_without_gp')} | {est(year, 'vacancies_over_12m_share', 100)} "
          f"| {obs(year, 'avg_cap_minus_length_fixed_gps')} | {est(year, 'mean_spare_capacity')} |")
