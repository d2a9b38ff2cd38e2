#!/usr/bin/env python3
"""Prints the baseline's first-year figures next to the validation targets of the model
specification (targets 1-5), from the outputs of a run:

    ./gpsim run scenarios/baseline.yaml --replicates 10 --out output/validation
    python3 docs/tools/validation_table.py output/validation

Only the Python standard library is used. The targets are the 2025 figures in
scenarios/data (target 1-2) and the published figures quoted in docs/MODEL.md (targets 3-5).
"""
import csv
import math
import statistics
import sys
from collections import defaultdict

run = sys.argv[1]
year = int(sys.argv[2]) if len(sys.argv) > 2 else 2026
groups = list(csv.DictReader(open(f"{run}/groups.csv")))
# a comparison holds several scenarios: keep the named one, else the first (the base)
scenario = sys.argv[3] if len(sys.argv) > 3 else groups[0]["scenario"]
groups = [r for r in groups if r["scenario"] == scenario]
reps = sorted({r["replicate"] for r in groups})
step_end = (year - 2025) * 12


def stock(gt, g, step, col):
    vals = [float(r[col]) for r in groups if r["group_type"] == gt and r["group"] == g and int(r["step"]) == step]
    return statistics.mean(vals), (statistics.stdev(vals) / math.sqrt(len(vals)) if len(vals) > 1 else 0)


def flow(gt, g, col, first, last):
    per = defaultdict(float)
    for r in groups:
        if r["group_type"] == gt and r["group"] == g and first < int(r["step"]) <= last:
            per[r["replicate"]] += float(r[col])
    vals = list(per.values())
    return statistics.mean(vals), (statistics.stdev(vals) / math.sqrt(len(vals)) if len(vals) > 1 else 0)


def fmt(m, se, d=1):
    return f"{m:.{d}f} ± {1.96 * se:.{d}f}" if se else f"{m:.{d}f}"


print(f"Run {run}, scenario {scenario}: {len(reps)} replicates; model values are year-end {year} (mean ± 95 % half-width)\n")
print("### 1. Gradient by centrality class\n")
print("| class | list length: data 2025 | model | % without a GP: data 2025 | model | GPs per 10,000: data 2025 | model |")
print("|---|---|---|---|---|---|---|")
targets = {"1": (1237, 0.0, 8.5), "2": (1071, 1.3, 9.3), "3": (965, 0.9, 10.1), "4": (850, 4.7, 11.0),
           "5": (712, 6.0, 12.7), "6": (539, 6.8, 16.2)}
for c, (ll, sh, gp) in targets.items():
    m_ll = stock("centrality", c, step_end, "mean_list_length")
    m_sh = stock("centrality", c, step_end, "share_without_gp")
    m_gp = stock("centrality", c, step_end, "gps_per_10k")
    print(f"| {c} | {ll} | {fmt(*m_ll, 0)} | {sh} | {fmt(100 * m_sh[0], 100 * m_sh[1], 1)} | {gp} | {fmt(*m_gp, 1)} |")

print("\n### 2. Lists without a GP by municipality size\n")
print("| size | data 2025 | model |")
print("|---|---|---|")
for label, target in (("<2000", 7.4), ("50000+", 1.3)):
    vac = [float(r["lists_vacant"]) / float(r["lists"]) for r in groups
           if r["group_type"] == "size" and r["group"] == label and int(r["step"]) == step_end]
    se = statistics.stdev(vac) / math.sqrt(len(vac)) if len(vac) > 1 else 0
    print(f"| {label} | {target} % | {fmt(100 * statistics.mean(vac), 100 * se)} % |")

print("\n### 3. National flows in the year\n")
gps0 = stock("national", "all", step_end - 12, "gps")[0]
ret = flow("national", "all", "exits_retirement", step_end - 12, step_end)
oth = flow("national", "all", "exits_other", step_end - 12, step_end)
ent = flow("national", "all", "entrants", step_end - 12, step_end)
rel = flow("national", "all", "relocations", step_end - 12, step_end)
print("| flow | target | model |")
print("|---|---|---|")
print(f"| GPs leaving the scheme (retirement + other) | about 6 % a year | {100 * (ret[0] + oth[0]) / gps0:.1f} % ({ret[0] + oth[0]:.0f}) |")
print(f"| entrants (new to the scheme) | about 500 a year | {fmt(*ent, 0)} |")
print(f"| relocations (GPs moving post) | | {fmt(*rel, 0)} |")

print("\n### 4. Contract duration by municipality size\n")
print("| size | target median | model turnover | implied median (ln 2 / turnover) |")
print("|---|---|---|---|")
for label, target in (("<2000", 2.75), ("50000+", 8.4)):
    g0 = stock("size", label, step_end - 12, "gps")[0]
    out = sum(flow("size", label, c, step_end - 12, step_end)[0] for c in ("exits_retirement", "exits_other", "relocations"))
    rate = out / g0
    print(f"| {label} | {target} years | {100 * rate:.1f} % a year | {math.log(2) / -math.log(1 - rate):.1f} years |")

print("\n### 5. Hours\n")
tot = stock("national", "all", step_end, "mean_total_hours")
share = stock("national", "all", step_end, "share_gps_on_call")
on = stock("national", "all", step_end, "mean_oncall_hours")
print("| measure | target | model |")
print("|---|---|---|")
print(f"| total hours per GP per week | about 55 (55.6) | {fmt(*tot)} |")
print(f"| share of GPs on call in a given week | about one in three | {fmt(100 * share[0], 100 * share[1])} % |")
print(f"| on-call hours in a week on call | about 20 | {on[0] / share[0]:.1f} |")
print(f"| mean on-call hours per GP per week | | {fmt(*on)} |")


def weighted(gt, g, col, weight, first, last):
    """A rate over a flow (acceptance rate, months to fill) over steps (first, last]: per replicate the
    flow-weighted mean of the months, then mean and standard error over replicates."""
    num = defaultdict(float)
    den = defaultdict(float)
    for r in groups:
        if r["group_type"] == gt and r["group"] == g and first < int(r["step"]) <= last and r[col] != "NaN":
            num[r["replicate"]] += float(r[col]) * float(r[weight])
            den[r["replicate"]] += float(r[weight])
    vals = [num[k] / den[k] for k in den if den[k] > 0]
    return statistics.mean(vals), (statistics.stdev(vals) / math.sqrt(len(vals)) if len(vals) > 1 else 0)


print("\n### 7-9. Vacancy duration, spare capacity and candidates' choices\n")
print("| group | vacant 12 months or more, share of vacant lists | mean months to fill | mean spare capacity | offers accepted |")
print("|---|---|---|---|---|")
for gt, g in [("national", "all")] + [("centrality", str(c)) for c in range(1, 7)]:
    o12 = stock(gt, g, step_end, "vacancies_over_12m_share")
    mtf = weighted(gt, g, "mean_months_to_fill", "recruits", step_end - 12, step_end)
    spare = stock(gt, g, step_end, "mean_spare_capacity")
    acc = weighted(gt, g, "acceptance_rate", "offers", step_end - 12, step_end)
    label = "national" if gt == "national" else f"class {g}"
    print(f"| {label} | {fmt(100 * o12[0], 100 * o12[1])} % | {fmt(*mtf)} | {fmt(*spare)} | {fmt(100 * acc[0], 100 * acc[1])} % |")
print("\nTargets: 30-45 % of vacant lists vacant 12 months or more; mean spare capacity 8-36; an acceptance")
print("rate well below 100 %, lower for rural posts than central ones.")

print("\n### 10. No month without lists without a GP\n")
national = [r for r in groups if r["group_type"] == "national" and int(r["step"]) > 0]
least = min(national, key=lambda r: float(r["lists_vacant"]))
print(f"Fewest lists without a GP in any month of any replicate: {least['lists_vacant']} "
      f"(replicate {least['replicate']}, {least['date']}); lowest share without a GP: "
      f"{100 * min(float(r['share_without_gp']) for r in national):.2f} %.")
