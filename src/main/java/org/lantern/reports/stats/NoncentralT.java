package org.lantern.reports.stats;

import org.apache.commons.numbers.gamma.LogBeta;
import org.apache.commons.numbers.gamma.RegularizedBeta;
import org.apache.commons.numbers.rootfinder.BrentSolver;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The noncentral t distribution's cumulative probability, and the confidence interval of a
 * noncentrality parameter found by inverting it. Neither Commons Statistics 1.1 nor Commons Math
 * has a noncentral t, so the CDF is the documented series of Lenth (1989), "Algorithm AS 243:
 * cumulative distribution function of the non-central t distribution", Applied Statistics 38,
 * 185–189: P(T ≤ t) = Φ(−δ) + ½ Σ_j [P_j I_x(j + ½, ν/2) + Q_j I_x(j + 1, ν/2)] with x = t²/(t² + ν)
 * and Poisson weights P_j, Q_j of δ²/2; only its first two regularized incomplete beta values come
 * from Commons Numbers, the rest follow by the standard recurrences. Φ is Commons Statistics' normal
 * distribution and the root finder is Commons Numbers' Brent solver. For δ² &gt; 1415 (where the
 * Poisson weights underflow) the normal approximation of Abramowitz &amp; Stegun 26.7.10 is used, as R's
 * {@code pnt} does. Checked against {@code scipy.stats.nct} (Boost) in {@code NoncentralTTest}.
 */
final class NoncentralT {

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);
    private static final double ERROR = 1e-12;
    private static final int MAX_TERMS = 1000;
    /** Above this δ², e^(−δ²/2) underflows: 2 ln 2 × 1021, as R. */
    private static final double LARGE_LAMBDA = 2 * Math.log(2) * 1021;
    private static final BrentSolver SOLVER = new BrentSolver(1e-10, 1e-12, 1e-15);

    private NoncentralT() {
    }

    /** P(T ≤ t) for T noncentral t with {@code df} degrees of freedom and noncentrality {@code delta}. */
    static double cdf(double t, double df, double delta) {
        if (Double.isInfinite(t)) {
            return t > 0 ? 1 : 0;
        }
        boolean negative = t < 0;
        double tt = negative ? -t : t;
        double del = negative ? -delta : delta;
        double lower = negative && delta > 40 ? 1 : upperHalfCdf(tt, df, del);
        double p = negative ? 1 - lower : lower;
        return Math.min(1, Math.max(0, p));
    }

    /** P(T ≤ t) for t ≥ 0. */
    private static double upperHalfCdf(double t, double df, double del) {
        double lambda = del * del;
        if (df > 4e5 || lambda > LARGE_LAMBDA) {
            double s = 1 / (4 * df);
            return STANDARD_NORMAL.cumulativeProbability((t * (1 - s) - del) / Math.sqrt(1 + t * t * 2 * s));
        }
        double series = 0;
        double x = t * t / (t * t + df);
        if (x > 0) {
            double p = 0.5 * Math.exp(-0.5 * lambda);
            double q = Math.sqrt(2 / Math.PI) * p * del;
            double s = 0.5 - p;
            double a = 0.5;
            double b = 0.5 * df;
            double rxb = Math.pow(1 - x, b);
            double logBeta = LogBeta.value(a, b);
            double xOdd = RegularizedBeta.value(x, a, b);
            double gOdd = 2 * rxb * Math.exp(a * Math.log(x) - logBeta);
            double bx = b * x;
            double xEven = bx < Math.ulp(1.0) ? bx : 1 - rxb;
            double gEven = bx * rxb;
            series = p * xOdd + q * xEven;
            for (int j = 1; j <= MAX_TERMS; j++) {
                a += 1;
                xOdd -= gOdd;
                xEven -= gEven;
                gOdd *= x * (a + b - 1) / a;
                gEven *= x * (a + b - 0.5) / (a + 0.5);
                p *= lambda / (2 * j);
                q *= lambda / (2 * j + 1);
                series += p * xOdd + q * xEven;
                s -= p;
                if (s < -1e-10 || (s <= 0 && j > 1) || Math.abs(2 * s * (xOdd - gOdd)) < ERROR) {
                    break;
                }
            }
        }
        return series + STANDARD_NORMAL.cumulativeProbability(-del);
    }

    /**
     * The noncentrality parameters δ_low, δ_high with P(T ≤ t | δ_low) = 1 − α/2 and
     * P(T ≤ t | δ_high) = α/2: the 1 − α confidence interval of δ for an observed t (Steiger &amp;
     * Fouladi 1997, Cumming &amp; Finch 2001).
     */
    static double[] noncentralityInterval(double t, double df, double alpha) {
        return new double[]{solve(t, df, 1 - alpha / 2), solve(t, df, alpha / 2)};
    }

    /**
     * The δ with P(T ≤ t | δ) = probability. The CDF falls as δ grows, so the root lies above δ = t
     * when the CDF there is still above the target; it is bracketed by doubling steps away from t and
     * then found by Brent's method.
     */
    private static double solve(double t, double df, double probability) {
        java.util.function.DoubleUnaryOperator f = d -> cdf(t, df, d) - probability;
        double atT = f.applyAsDouble(t);
        if (atT == 0) {
            return t;
        }
        int direction = atT > 0 ? 1 : -1;
        double near = t;
        double step = 1 + Math.abs(t) / Math.sqrt(df + 1);
        double far = t + direction * step;
        for (int i = 0; i < 64 && f.applyAsDouble(far) * direction > 0; i++) {
            near = far;
            step *= 2;
            far = t + direction * step;
        }
        return SOLVER.findRoot(f, Math.min(near, far), Math.max(near, far));
    }
}
