#!/usr/bin/env python3
"""Smallest shift of each checked metric that `gpsim check --tolerance statistical` catches about
9 times in 10, from an expected file (Python standard library only).

    python3 docs/tools/detectable_shifts.py scenarios/expected/baseline.json [--alpha 0.01] [--all]

For a metric with replicate sd s and n replicates on each side, Welch's test compares the shift d
with se = s * sqrt(2 / n) on df = 2n - 2. The first metric Holm tests must reach p <= alpha / K (K =
metrics in the file), so a shift alone in the file is caught 9 times in 10 when
d >= (t(1 - alpha / 2K, df) + t(0.9, df)) * se (approximately; further metrics that also moved only
lower the bar), and never when d is at most the metric's floor. The table gives that shift in
percent of the mean, for the national metrics (all groups with --all); metrics whose 20 % shift is no
more than the floor are marked 'floor'.
"""
import json
import math
import sys

FLOORS = {"gps": 1, "lists_vacant": 1, "share_without_gp": 0.0005, "mean_list_length": 1,
          "mean_oncall_hours": 0.05, "recruits": 1, "exits_retirement": 1, "exits_other": 1,
          "municipal_cost_nok": 1e6, "state_cost_nok": 1e6}  # CheckedMetric.floor()


def betacf(a, b, x):
    """Continued fraction of the incomplete beta function (modified Lentz)."""
    tiny = 1e-300
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1)
    d = 1 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 500):
        for num in (m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
                    -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))):
            d = 1 + num * d
            d = 1 / (d if abs(d) > tiny else tiny)
            c = 1 + num / c
            c = c if abs(c) > tiny else tiny
            h *= d * c
        if abs(d * c - 1) < 1e-15:
            break
    return h


def t_upper(t, df):
    """P(T_df > t) for t >= 0."""
    x = df / (df + t * t)
    a, b = df / 2, 0.5
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log(1 - x))
    ib = front * betacf(a, b, x) / a if x < (a + 1) / (a + b + 2) else 1 - front * betacf(b, a, 1 - x) / b
    return ib / 2


def t_quantile(p_upper, df):
    """t with P(T_df > t) = p_upper, by bisection."""
    lo, hi = 0.0, 1000.0
    for _ in range(200):
        mid = (lo + hi) / 2
        if t_upper(mid, df) > p_upper:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def main(argv):
    if not argv or argv[0].startswith("-"):
        sys.exit(__doc__)
    alpha = float(argv[argv.index("--alpha") + 1]) if "--alpha" in argv else 0.01
    everything = "--all" in argv
    with open(argv[0], encoding="utf-8") as f:
        data = json.load(f)
    if data.get("format") != "gpsim-expected/2":
        sys.exit(argv[0] + ": needs format gpsim-expected/2 (mean, sd, n); refresh it with gpsim check ... --update")
    metrics = data["metrics"]
    k = len(metrics)
    print(f"{argv[0]}: {k} metrics, n = {data['replicates']}, family-wise alpha {alpha}")
    print(f"{'metric':18s} {'group':5s} {'year':4s} {'mean':>14s} {'sd':>12s} {'90% shift':>12s} {'% of mean':>9s}")
    for m in metrics:
        if m["group_type"] != "national" and not everything:
            continue
        n, sd, mean = m["n"], float(m["sd"]), float(m["mean"])
        df = 2 * n - 2
        shift = (t_quantile(alpha / (2 * k), df) + t_quantile(0.1, df)) * sd * math.sqrt(2 / n)
        floor = FLOORS[m["metric"]]
        shift = max(shift, floor)
        pct = f"{100 * shift / abs(mean):9.1f}" if mean else "        -"
        note = "  floor" if 0.2 * abs(mean) <= floor else ""
        print(f"{m['metric']:18s} {m['group']:5s} {m['year']:4d} {mean:14.6g} {sd:12.4g} {shift:12.4g} {pct}{note}")


if __name__ == "__main__":
    main(sys.argv[1:])
