"""Reference values for Lantern's report statistics, computed independently of the Java code.

Run:  python3 src/test/resources/reports/reference_statistics.py
(needs scipy >= 1.11 and numpy; the values in the Java tests were printed by scipy 1.17.1, numpy 2.4.6).
Its output is pasted into NoncentralTTest, EffectSizesTest, MultiplicityTest and ScaleReliabilityTest
(src/test/java/org/lantern/reports/stats), and its attrition section into AttritionFiguresTest
(src/test/java/org/lantern/reports).

How each value is computed here:
- noncentral t CDF: scipy.stats.nct.cdf (Boost's non_central_t), not Lenth's series used in Java;
- d_z CI: scipy.optimize.brentq on nct.cdf(t_obs, n - 1, delta) = 0.975 and 0.025, divided by sqrt(n);
- paired t: scipy.stats.ttest_rel; d_z = mean / sd(ddof=1) of the differences;
- Hedges' g_z = d_z * J(n - 1), J(m) = gamma(m/2) / (sqrt(m/2) gamma((m-1)/2)) from scipy.special.gammaln;
- rank-biserial: zero differences dropped, scipy.stats.rankdata of |d| (average ranks for ties),
  r = (W+ - W-) / (W+ + W-);
- Benjamini-Hochberg: scipy.stats.false_discovery_control(method='bh');
- Holm: from its definition with numpy (scipy has no Holm);
- Cronbach's alpha from numpy variances (ddof=1); Feldt CI with scipy.stats.f.isf as pingouin does;
  corrected item-total r with numpy.corrcoef; alpha if deleted by dropping the column;
- McDonald's omega: one-factor loadings minimising the off-diagonal squared residuals of the correlation
  matrix with scipy.optimize.least_squares (Lantern iterates the stationary equations instead);
  omega = (sum l)^2 / ((sum l)^2 + sum(1 - l^2)); None with < 3 questions, a constant question, or |l| >= 1;
- attrition's Cohen's d: numpy means and variances (ddof=1), pooled weighting each by n - 1; Hedges' g = d * J(n1 + n2 - 2).
- unlinked responses' independent-samples comparison (IndependentSamplesTest): see its section at the end.
"""
import numpy as np
from scipy import optimize, special, stats


def show(label, value):
    print(f"{label} = {value!r}")


print("# noncentral t CDF: (t, df, delta)")
for t, df, delta in [(2.0, 5, 1.0), (-1.5, 3, 0.5), (0.0, 10, 2.0), (3.2, 1, 4.0), (10.0, 20, 12.0),
                     (-4.0, 8, -3.0), (25.0, 40, 30.0), (1.0, 2, -2.0), (2.5, 9, 0.0), (-0.3, 30, 0.8)]:
    show(f"cdf({t}, {df}, {delta})", float(stats.nct.cdf(t, df, delta)))


def dz_interval(t, n):
    df = n - 1
    lo = optimize.brentq(lambda d: stats.nct.cdf(t, df, d) - 0.975, t - 30, t + 30, xtol=1e-14)
    hi = optimize.brentq(lambda d: stats.nct.cdf(t, df, d) - 0.025, t - 30, t + 30, xtol=1e-14)
    return lo / np.sqrt(n), hi / np.sqrt(n)


def j(m):
    return float(np.exp(special.gammaln(m / 2) - special.gammaln((m - 1) / 2) - 0.5 * np.log(m / 2)))


def rank_biserial(d):
    d = np.asarray(d, dtype=float)
    d = d[d != 0]
    ranks = stats.rankdata(np.abs(d))
    w_plus = ranks[d > 0].sum()
    w_minus = ranks[d < 0].sum()
    return float((w_plus - w_minus) / (w_plus + w_minus))


print("\n# paired effect sizes")
paired = {
    "ties_and_zeros_12": ([3, 4, 2, 5, 3, 4, 3, 2, 4, 5, 3, 4], [4, 5, 3, 5, 4, 4, 5, 3, 4, 5, 4, 5]),
    "five_pairs": ([2.0, 3.5, 4.0, 1.5, 3.0], [3.1, 3.4, 5.5, 2.9, 4.7]),
    "three_pairs": ([1, 2, 3], [2, 4, 3.5]),
    "decline_8": ([5, 4, 5, 3, 4, 5, 4, 4], [4, 4, 3, 3, 2, 4, 3, 2]),
    "two_pairs": ([1, 2], [2, 4]),
    "forty_pairs": ([(i * 7) % 5 + 1 for i in range(40)], [(i * 7) % 5 + 1 + (i * 3) % 4 - 1 for i in range(40)]),
}
for name, (before, after) in paired.items():
    b = np.asarray(before, dtype=float)
    a = np.asarray(after, dtype=float)
    d = a - b
    n = len(d)
    t = float(stats.ttest_rel(a, b).statistic)
    dz = float(d.mean() / d.std(ddof=1))
    lo, hi = dz_interval(t, n)
    show(f"{name}.t", t)
    show(f"{name}.dz", dz)
    show(f"{name}.dzCiLow", float(lo))
    show(f"{name}.dzCiHigh", float(hi))
    show(f"{name}.hedgesGz", dz * j(n - 1) if n >= 3 else None)
    show(f"{name}.rankBiserial", rank_biserial(d))

print("\n# large samples: noncentrality beyond 37.62, where Lantern uses the normal approximation (A&S 26.7.10)")
for t, n in [(60.0, 25000), (-45.0, 25000)]:
    lo = optimize.brentq(lambda d: stats.nct.cdf(t, n - 1, d) - 0.975, t - 10, t + 10, xtol=1e-14)
    hi = optimize.brentq(lambda d: stats.nct.cdf(t, n - 1, d) - 0.025, t - 10, t + 10, xtol=1e-14)
    show(f"t={t}, n={n}: dz interval", (float(lo / np.sqrt(n)), float(hi / np.sqrt(n))))

print("\n# Hedges' J")
for m in [2, 4, 9, 29, 199]:
    show(f"J({m})", j(m))

print("\n# multiplicity (None = test not run)")
families = {
    "mixed": [0.01, 0.04, 0.03, 0.005, None, 0.5, 0.04, 0.0, 1.0],
    "one": [0.2],
    "large": [0.3, 0.6, 0.9, 0.45],
}


def holm(p):
    p = np.asarray(p, dtype=float)
    m = len(p)
    order = np.argsort(p, kind="stable")
    scaled = np.minimum(1.0, (m - np.arange(m)) * p[order])
    adjusted = np.empty(m)
    adjusted[order] = np.maximum.accumulate(scaled)
    return adjusted


for name, ps in families.items():
    present = [i for i, p in enumerate(ps) if p is not None]
    values = [ps[i] for i in present]
    h = holm(values)
    bh = stats.false_discovery_control(values, method="bh")
    full_h = [None] * len(ps)
    full_bh = [None] * len(ps)
    for k, i in enumerate(present):
        full_h[i] = float(h[k])
        full_bh[i] = float(bh[k])
    show(f"{name}.holm", full_h)
    show(f"{name}.bh", full_bh)

print("\n# reliability: rows are people, columns questions")
scales = {
    "four_questions_8": [[4, 5, 4, 3], [2, 3, 2, 2], [5, 5, 4, 5], [3, 3, 4, 2], [4, 4, 5, 4], [1, 2, 2, 1], [3, 4, 3, 3],
                         [5, 4, 5, 5]],
    "three_questions_5": [[3, 4, 3], [2, 2, 3], [5, 4, 4], [4, 5, 5], [1, 2, 1]],
    "constant_question": [[4, 3, 5], [4, 2, 3], [4, 5, 5], [4, 1, 2], [4, 4, 4], [4, 3, 2]],
    "two_questions": [[1, 2], [2, 2], [3, 4], [4, 5], [5, 4], [2, 1]],
    "inconsistent": [[1, 5, 3], [5, 1, 2], [2, 4, 5], [4, 2, 1], [3, 3, 4], [1, 4, 2]],
}


def alpha(x):
    k = x.shape[1]
    total = x.sum(axis=1)
    if total.var(ddof=1) == 0:
        return None
    return float(k / (k - 1) * (1 - x.var(axis=0, ddof=1).sum() / total.var(ddof=1)))


for name, rows in scales.items():
    x = np.asarray(rows, dtype=float)
    n, k = x.shape
    a = alpha(x)
    show(f"{name}.cronbachAlpha", a)
    df1, df2 = n - 1, (n - 1) * (k - 1)
    show(f"{name}.alphaCiLow", float(1 - (1 - a) * stats.f.isf(0.025, df1, df2)))
    show(f"{name}.alphaCiHigh", float(1 - (1 - a) * stats.f.isf(0.975, df1, df2)))
    item_total = []
    if_deleted = []
    for i in range(k):
        rest = np.delete(x, i, axis=1).sum(axis=1)
        if x[:, i].std() == 0 or rest.std() == 0:
            item_total.append(None)
        else:
            item_total.append(float(np.corrcoef(x[:, i], rest)[0, 1]))
        if_deleted.append(alpha(np.delete(x, i, axis=1)) if k >= 3 else None)
    show(f"{name}.itemTotal", item_total)
    show(f"{name}.alphaIfDeleted", if_deleted)

print("\n# McDonald's omega (one factor, minimum residuals on the correlation matrix)")
scales["five_questions_10"] = [[4, 4, 3, 5, 4], [2, 3, 2, 2, 3], [5, 4, 5, 4, 4], [3, 2, 3, 3, 2], [4, 5, 4, 4, 5], [1, 2, 1, 2, 2],
                               [3, 3, 4, 3, 3], [2, 1, 2, 3, 1], [5, 5, 4, 5, 5], [3, 4, 3, 2, 3]]
for name, rows in scales.items():
    x = np.asarray(rows, dtype=float)
    k = x.shape[1]
    if k < 3 or (x.std(axis=0) == 0).any():
        show(f"{name}.omega", None)
        continue
    r = np.corrcoef(x, rowvar=False)
    upper = np.triu_indices(k, 1)
    fit = optimize.least_squares(lambda l: (r - np.outer(l, l))[upper], np.full(k, 0.7), xtol=1e-15, ftol=1e-15, gtol=1e-15)
    loadings = fit.x if fit.x.sum() >= 0 else -fit.x
    if (np.abs(loadings) >= 1).any():
        show(f"{name}.omega", None)
        continue
    show(f"{name}.omega", float(loadings.sum() ** 2 / (loadings.sum() ** 2 + (1 - loadings ** 2).sum())))

# everyone's total is the same: alpha is undefined (Lantern says so and writes no number)
x = np.asarray([[1, 5], [2, 4], [3, 3], [5, 1]], dtype=float)
show("constant_total.cronbachAlpha", alpha(x))


print("\n# attrition: completers vs drop-outs at baseline; Cohen's d with the pooled SD (variances ddof=1,")
print("# weighted by n - 1), Hedges' g = d * J(n1 + n2 - 2); None when either group has < 2 people or no spread")


def cohen_d(a, b):
    a, b = np.asarray(a, float), np.asarray(b, float)
    if len(a) < 2 or len(b) < 2:
        return None
    pooled = np.sqrt(((len(a) - 1) * np.var(a, ddof=1) + (len(b) - 1) * np.var(b, ddof=1)) / (len(a) + len(b) - 2))
    return None if pooled == 0 else float((a.mean() - b.mean()) / pooled)


for label, a, b in [("typical", [3.25, 4.0, 3.5, 4.25, 2.75, 3.75, 4.5], [2.5, 3.0, 3.25, 2.75, 3.5]),
                    ("n < 6 with ties", [4, 4, 5, 3], [3, 3]),
                    ("drop-outs all alike", [3.5, 4.0, 4.5], [3.0, 3.0, 3.0]),
                    ("both constant", [4, 4, 4], [2, 2]),
                    ("one drop-out", [3, 4, 5], [2])]:
    d = cohen_d(a, b)
    show(f"{label}: d", d)
    show(f"{label}: g", None if d is None or len(a) + len(b) < 4 else d * j(len(a) + len(b) - 2))

# Friedman test across waves (FriedmanTest): rows are people, columns waves, scipy.stats.friedmanchisquare
# (average ranks within a person, tie correction); Kendall's W = chi2 / (n (k - 1)).
# Cases: ties within people, n < 6 (four people), a wave at which everyone gave the same score (constant column),
# theme scores that are means (thirds), and four waves.
print("\n# Friedman across waves: (chi2, p, kendall W)")
friedman = {
    "ties_8": [[3, 4, 4], [2, 3, 4], [4, 4, 5], [3, 3, 3], [2, 4, 3], [5, 5, 4], [3, 4, 5], [1, 2, 2]],
    "four_people": [[1, 3, 2], [2, 4, 3], [1, 2, 3], [3, 5, 4]],
    "constant_column": [[4, 3, 5], [4, 2, 3], [4, 5, 5], [4, 1, 2], [4, 4, 4], [4, 3, 2]],
    "thirds_6": [[10 / 3, 11 / 3, 4], [2, 8 / 3, 3], [3, 3, 11 / 3], [4, 13 / 3, 13 / 3], [7 / 3, 3, 8 / 3], [3, 10 / 3, 4]],
    "four_waves_7": [[2, 3, 4, 4], [3, 3, 4, 5], [1, 2, 2, 3], [4, 4, 5, 4], [2, 4, 3, 5], [3, 4, 4, 4], [2, 2, 3, 3]],
}
for name, rows in friedman.items():
    x = np.asarray(rows, dtype=float)
    n, k = x.shape
    result = stats.friedmanchisquare(*[x[:, w] for w in range(k)])
    show(f"{name}.friedman", (float(result.statistic), float(result.pvalue), float(result.statistic / (n * (k - 1)))))

# Then-test (retrospective pre-test; ThenTestFiguresTest): theme sums of two questions per person (scores are
# sum / 2) before, then-test (asked after, looking back) and after. Three paired comparisons of the same people:
# then-test -> after (after - then), before -> after (after - before) and the response shift before -> then-test
# (then - before). Each: (mean change, sd of change, CI low, CI high, t, t-test p, Wilcoxon p, d_z) from
# scipy.stats.ttest_rel and scipy.stats.wilcoxon (zero differences dropped, exact without ties, else the normal
# approximation with tie correction and no continuity correction, as Lantern). Cases: ties and zero differences
# (seven people) and n < 6 without ties (five people).
print("\n# then-test: (mean change, sd, ci low, ci high, t, t p, wilcoxon p, dz)")
then_test = {
    "ties_zeros_7": ([5, 6, 4, 7, 6, 5, 8], [4, 5, 4, 6, 4, 5, 6], [8, 7, 6, 9, 9, 6, 9]),
    "small_5": ([4, 6, 5, 7, 3], [3, 4, 5, 4, 2], [7, 9, 6, 8, 10]),
}


def compare(first, second):
    x = np.asarray(first, dtype=float) / 2
    y = np.asarray(second, dtype=float) / 2
    d = y - x
    n = len(d)
    mean = float(d.mean())
    sd = float(d.std(ddof=1))
    half = float(stats.t.ppf(0.975, n - 1) * sd / np.sqrt(n))
    t = stats.ttest_rel(y, x)
    nonzero = d[d != 0]
    ties = len(np.unique(np.abs(nonzero))) < len(nonzero)
    w = stats.wilcoxon(nonzero, method="approx" if ties else "exact", correction=False)
    return (mean, sd, mean - half, mean + half, float(t.statistic), float(t.pvalue), float(w.pvalue), mean / sd)


for name, (before, then, after) in then_test.items():
    show(f"{name}.thenVsPost", compare(then, after))
    show(f"{name}.preVsPost", compare(before, after))
    show(f"{name}.responseShift", compare(before, then))


# Unlinked responses: the independent-samples comparison of everyone before with everyone after
# (IndependentSamplesTest). after first, as Lantern reports after - before:
# - Welch: scipy.stats.ttest_ind(after, before, equal_var=False), df from the Welch-Satterthwaite formula in numpy;
# - Mann-Whitney: scipy.stats.mannwhitneyu(after, before, method="asymptotic", use_continuity=True): U of the after
#   group, normal approximation with tie correction and continuity correction (Lantern uses it at every n);
# - Hedges' g: pooled SD (ddof=1, weighted by n - 1), d * J(n1 + n2 - 2); its CI: brentq on
#   scipy.stats.nct.cdf(t_pooled, n1 + n2 - 2, delta) = 0.975 / 0.025, times sqrt(1/n1 + 1/n2), times J;
# - common-language effect size U / (n1 n2) and rank-biserial 2 CL - 1.
# Cases: ties, n < 6, a constant group, both groups constant (Welch undefined), means of thirds.
print("\n# independent samples: (welch t, welch df, welch p, U, mann-whitney p, g, g ci low, g ci high, CL, rank-biserial)")


def independent(before, after):
    b, a = np.asarray(before, float), np.asarray(after, float)
    n1, n2 = len(a), len(b)
    v1, v2 = (np.var(a, ddof=1) if n1 > 1 else 0.0), (np.var(b, ddof=1) if n2 > 1 else 0.0)
    if n1 >= 2 and n2 >= 2 and (v1 > 0 or v2 > 0):
        w = stats.ttest_ind(a, b, equal_var=False)
        df = (v1 / n1 + v2 / n2) ** 2 / ((v1 / n1) ** 2 / (n1 - 1) + (v2 / n2) ** 2 / (n2 - 1))
        welch = (float(w.statistic), float(df), float(w.pvalue))
    else:
        welch = (None, None, None)
    mw = stats.mannwhitneyu(a, b, method="asymptotic", use_continuity=True, alternative="two-sided")
    u = float(mw.statistic)
    mp = None if np.all(np.concatenate([a, b]) == a[0]) else float(mw.pvalue)
    df = n1 + n2 - 2
    pooled = np.sqrt(((n1 - 1) * v1 + (n2 - 1) * v2) / df) if df > 0 else 0.0
    if df >= 2 and pooled > 0:
        d = (a.mean() - b.mean()) / pooled
        scale = np.sqrt(1 / n1 + 1 / n2)
        t = d / scale
        lo = optimize.brentq(lambda x: stats.nct.cdf(t, df, x) - 0.975, t - 40, t + 40, xtol=1e-14)
        hi = optimize.brentq(lambda x: stats.nct.cdf(t, df, x) - 0.025, t - 40, t + 40, xtol=1e-14)
        g = (float(d * j(df)), float(lo * scale * j(df)), float(hi * scale * j(df)))
    else:
        g = (None, None, None)
    cl = u / (n1 * n2)
    return welch + (u, mp) + g + (float(cl), float(2 * cl - 1))


for label, before, after in [
        ("ties", [3, 4, 4, 2, 3, 5, 3, 4], [4, 4, 5, 3, 4, 5, 5, 4, 3]),
        ("small", [2, 3, 3], [4, 5]),
        ("after constant", [2, 3, 4, 3, 2], [4, 4, 4, 4]),
        ("both constant", [3, 3, 3], [4, 4, 4, 4]),
        ("thirds", [10 / 3, 11 / 3, 3, 8 / 3, 4, 7 / 3], [11 / 3, 4, 13 / 3, 10 / 3, 3, 14 / 3, 4])]:
    show(label, independent(before, after))
