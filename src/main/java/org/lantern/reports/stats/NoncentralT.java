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
        return new AtT(t, df).cdf(delta);
    }

    /**
     * The CDF at one t and df, for any δ. Root finding asks for it at one t over and over with another δ each
     * time, and most of Lenth's series does not depend on δ: x, the two regularized incomplete beta values that
     * start it and every term of their recurrences. These are worked out once, at first need, and kept; each δ
     * then only weighs them with its Poisson terms. The same operations on the same numbers as a fresh series,
     * so the same result to the last bit.
     */
    static final class AtT {

        private final double df;
        /** |t|, and whether t is negative (then P(T ≤ t | δ) = 1 − P(T ≤ |t| | −δ)). */
        private final double tt;
        private final boolean negative;
        private final double x;
        /** The series' δ-free values at term 0 (index 0) and after each later term (index j): I_x(a_j, b) and its kin. */
        private double[] xOdd;
        private double[] xEven;
        private double[] gOdd;
        /** How many terms are worked out (0 before the first need). */
        private int terms;
        /** State of the recurrences after the last term worked out. */
        private double a;
        private double gEven;
        /** The last few δ asked for and their answers. */
        private final double[] asked = new double[4];
        private final double[] answered = new double[4];
        private int remembered;
        private int next;

        AtT(double t, double df) {
            this.df = df;
            this.negative = t < 0;
            this.tt = negative ? -t : t;
            this.x = tt * tt / (tt * tt + df);
        }

        double cdf(double delta) {
            // the root finder asks again for the ends of the bracket it was given, and both roots start at δ = t
            for (int i = 0; i < remembered; i++) {
                if (Double.compare(asked[i], delta) == 0) {
                    return answered[i];
                }
            }
            double p = fresh(delta);
            asked[next] = delta;
            answered[next] = p;
            next = (next + 1) % asked.length;
            remembered = Math.max(remembered, next == 0 ? asked.length : next);
            return p;
        }

        private double fresh(double delta) {
            if (Double.isInfinite(tt)) {
                return negative ? 0 : 1;
            }
            double del = negative ? -delta : delta;
            double lower = negative && delta > 40 ? 1 : upperHalfCdf(del);
            double p = negative ? 1 - lower : lower;
            return Math.min(1, Math.max(0, p));
        }

        /** P(T ≤ |t|) at noncentrality {@code del}. */
        private double upperHalfCdf(double del) {
            double lambda = del * del;
            if (df > 4e5 || lambda > LARGE_LAMBDA) {
                double s = 1 / (4 * df);
                return STANDARD_NORMAL.cumulativeProbability((tt * (1 - s) - del) / Math.sqrt(1 + tt * tt * 2 * s));
            }
            double series = 0;
            if (x > 0) {
                double p = 0.5 * Math.exp(-0.5 * lambda);
                double q = Math.sqrt(2 / Math.PI) * p * del;
                double s = 0.5 - p;
                term(0);
                series = p * xOdd[0] + q * xEven[0];
                for (int j = 1; j <= MAX_TERMS; j++) {
                    term(j);
                    p *= lambda / (2 * j);
                    q *= lambda / (2 * j + 1);
                    series += p * xOdd[j] + q * xEven[j];
                    s -= p;
                    if (s < -1e-10 || (s <= 0 && j > 1) || Math.abs(2 * s * (xOdd[j] - gOdd[j])) < ERROR) {
                        break;
                    }
                }
            }
            return series + STANDARD_NORMAL.cumulativeProbability(-del);
        }

        /** Works out the δ-free values up to term {@code j}, if not yet done (terms come in order). */
        private void term(int j) {
            if (j < terms) {
                return;
            }
            if (j == 0) {
                xOdd = new double[16];
                xEven = new double[16];
                gOdd = new double[16];
                a = 0.5;
                double b = 0.5 * df;
                double rxb = Math.pow(1 - x, b);
                double logBeta = LogBeta.value(a, b);
                xOdd[0] = RegularizedBeta.value(x, a, b);
                gOdd[0] = 2 * rxb * Math.exp(a * Math.log(x) - logBeta);
                double bx = b * x;
                xEven[0] = bx < Math.ulp(1.0) ? bx : 1 - rxb;
                gEven = bx * rxb;
                terms = 1;
                return;
            }
            if (j == xOdd.length) {
                xOdd = java.util.Arrays.copyOf(xOdd, 2 * j);
                xEven = java.util.Arrays.copyOf(xEven, 2 * j);
                gOdd = java.util.Arrays.copyOf(gOdd, 2 * j);
            }
            double b = 0.5 * df;
            a += 1;
            xOdd[j] = xOdd[j - 1] - gOdd[j - 1];
            xEven[j] = xEven[j - 1] - gEven;
            gOdd[j] = gOdd[j - 1] * (x * (a + b - 1) / a);
            gEven *= x * (a + b - 0.5) / (a + 0.5);
            terms = j + 1;
        }
    }

    /**
     * The noncentrality parameters δ_low, δ_high with P(T ≤ t | δ_low) = 1 − α/2 and
     * P(T ≤ t | δ_high) = α/2: the 1 − α confidence interval of δ for an observed t (Steiger &amp;
     * Fouladi 1997, Cumming &amp; Finch 2001).
     */
    static double[] noncentralityInterval(double t, double df, double alpha) {
        AtT distributions = new AtT(t, df);
        return new double[]{solve(distributions, t, df, 1 - alpha / 2), solve(distributions, t, df, alpha / 2)};
    }

    /**
     * The δ with P(T ≤ t | δ) = probability. The CDF falls as δ grows, so the root lies above δ = t
     * when the CDF there is still above the target; it is bracketed by doubling steps away from t and
     * then found by Brent's method.
     */
    private static double solve(AtT distributions, double t, double df, double probability) {
        java.util.function.DoubleUnaryOperator f = d -> distributions.cdf(d) - probability;
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
