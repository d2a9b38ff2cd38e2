#!/usr/bin/env python3
"""The library tables of docs/VALIDATION.md from a `gpsim compare` of the baseline and the library:

    ./gpsim compare scenarios/baseline.yaml scenarios/<library files> --replicates 20 --out output/library
    python3 docs/tools/library_table.py output/library [YEAR]
    python3 docs/tools/library_table.py output/library YEAR output/library-posterior   # fixed against --posterior

Prints, for the end of YEAR (default 2035): the headline table (share without a GP and its paired
difference from the base with 95 % intervals, GPs, recruits, entrants, on-call hours, offers
accepted, months to fill, long vacancies) and the cost table (on-call hours in class 6 and the
yearly state and municipal costs, as differences). With a second run directory, the share and the
difference of both runs side by side and the ratio of their interval widths. Scenarios in the order
of the comparison. Only the Python standard library is used.
"""
import csv
import sys

run = sys.argv[1]
year = sys.argv[2] if len(sys.argv) > 2 else "2035"
other = sys.argv[3] if len(sys.argv) > 3 else None


def read(d):
    summary, diffs, order = {}, {}, []
    for r in csv.DictReader(open(f"{d}/summary.csv", encoding="utf-8")):
        if r["year"] == year:
            summary[(r["scenario"], r["group_type"], r["group"], r["metric"])] = r
            if r["scenario"] not in order:
                order.append(r["scenario"])
    for r in csv.DictReader(open(f"{d}/differences.csv", encoding="utf-8")):
        if r["year"] == year:
            diffs[(r["scenario"], r["group_type"], r["group"], r["metric"])] = r
    return summary, diffs, order


def pct(r):
    return f"{100 * float(r['mean']):.2f} [{100 * float(r['ci_low']):.2f}, {100 * float(r['ci_high']):.2f}]"


def pp(r):
    return f"{100 * float(r['mean']):+.2f} [{100 * float(r['ci_low']):+.2f}, {100 * float(r['ci_high']):+.2f}]" \
        .replace("[+", "[").replace(", +", ", ")


def plain(r, scale=1.0, digits=1):
    return f"{float(r['mean']) * scale:.{digits}f}"


def signed(r, scale=1.0, digits=0):
    m, lo, hi = (float(r[k]) * scale for k in ("mean", "ci_low", "ci_high"))
    return f"{m:+.{digits}f} [{lo:.{digits}f}, {hi:.{digits}f}]".replace("-0 ", "0 ").replace("[-0,", "[0,")


s, d, order = read(run)
base = order[0]
N = ("national", "all")
print(f"End of {year}, {run}:\n")
print("| scenario | without a GP % | difference (pp) | GPs | recruits | entrants | on-call h/week | offers accepted % "
      "| months to fill | vacant >12 months % |")
print("|---|---|---|---|---|---|---|---|---|---|")
for sc in order:
    g = lambda m: s[(sc, *N, m)]
    diff = pp(d[(sc, *N, "share_without_gp")]) if sc != base else ""
    print(f"| {sc} | {pct(g('share_without_gp'))} | {diff} | {plain(g('gps'), digits=0)} | {plain(g('recruits'), digits=0)} "
          f"| {plain(g('entrants'), digits=0)} | {plain(g('mean_oncall_hours'))} | {plain(g('acceptance_rate'), 100)} "
          f"| {plain(g('mean_months_to_fill'))} | {plain(g('vacancies_over_12m_share'), 100)} |")
print()
print("| scenario | without a GP % | difference (pp) | on-call h/week, class 6: difference | state cost: difference (M NOK) "
      "| municipal cost: difference (M NOK) |")
print("|---|---|---|---|---|---|")
for sc in order:
    if sc == base:
        print(f"| {sc} | {pct(s[(sc, *N, 'share_without_gp')])} |  |  |  |  |")
        continue
    print(f"| {sc} | {pct(s[(sc, *N, 'share_without_gp')])} | {pp(d[(sc, *N, 'share_without_gp')])} "
          f"| {signed(d[(sc, 'centrality', '6', 'mean_oncall_hours')], digits=2)} "
          f"| {signed(d[(sc, *N, 'state_cost_nok')], 1e-6)} | {signed(d[(sc, *N, 'municipal_cost_nok')], 1e-6)} |")

if other:
    s2, d2, _ = read(other)
    width = lambda r: float(r["ci_high"]) - float(r["ci_low"])
    print()
    print("| scenario | without a GP %, fixed parameters | with --posterior | difference (pp), fixed | with --posterior "
          "| interval width, posterior / fixed |")
    print("|---|---|---|---|---|---|")
    for sc in order:
        a, b = s[(sc, *N, "share_without_gp")], s2[(sc, *N, "share_without_gp")]
        if sc == base:
            print(f"| {sc} | {pct(a)} | {pct(b)} | | | x{width(b) / width(a):.1f} (the level) |")
            continue
        da, db = d[(sc, *N, "share_without_gp")], d2[(sc, *N, "share_without_gp")]
        print(f"| {sc} | {pct(a)} | {pct(b)} | {pp(da)} | {pp(db)} | x{width(db) / width(da):.1f} |")
