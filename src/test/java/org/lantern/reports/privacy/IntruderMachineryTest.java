package org.lantern.reports.privacy;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.BitSet;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The intruder's own arithmetic, on cases small enough to check by hand (no application, no database). */
class IntruderMachineryTest {

    private static BigInteger[] ones(int n) {
        BigInteger[] v = new BigInteger[n];
        java.util.Arrays.fill(v, BigInteger.ONE);
        return v;
    }

    @Test
    void theEchelonDerivesExactlyWhatTheEquationsGiveAndNothingElse() {
        // x0 + x1 + x2 = 12 (all), x0 + x1 = 7 (a team): x2 = 5 follows, x0 does not
        Echelon e = new Echelon(true);
        e.add(new int[]{0, 1, 2}, ones(3), BigInteger.valueOf(12), 0);
        e.add(new int[]{0, 1}, ones(2), BigInteger.valueOf(7), 1);
        Echelon.Derivation x2 = e.derive(new int[]{2}, ones(1));
        assertThat(x2).isNotNull();
        assertThat(x2.value()).isEqualTo(Fraction.of(5));
        assertThat(x2.origin()).containsEntry(0, BigInteger.ONE).containsEntry(1, BigInteger.ONE.negate());
        assertThat(e.value(new int[]{0}, ones(1))).isNull();
        assertThat(e.value(new int[]{0, 1}, new BigInteger[]{BigInteger.TWO, BigInteger.TWO})).isEqualTo(Fraction.of(14));
        // a contradiction is the model's error, never rounded away
        assertThatThrownBy(() -> e.add(new int[]{2}, ones(1), BigInteger.valueOf(6), 2)).isInstanceOf(Echelon.Inconsistent.class);
        // thirds stay thirds
        Echelon t = new Echelon(false);
        t.add(new int[]{0}, new BigInteger[]{BigInteger.valueOf(3)}, BigInteger.valueOf(7), 0);
        assertThat(t.value(new int[]{0}, ones(1))).isEqualTo(Fraction.of(BigInteger.valueOf(7), BigInteger.valueOf(3)));
    }

    @Test
    void theSearchFindsASmallGroupThatNoDifferenceOfTwoFiguresShows() {
        // big groups X, Y, Z, W of 10 people and two people p, q: R1 = X+Y+p, R2 = Z+W+q, R3 = X+Z, R4 = Y+W.
        // No two rows are nested, but R1 + R2 − R3 − R4 = p + q: a figure about 2 people.
        int[] weights = {10, 10, 10, 10, 1, 1};
        List<BitSet> rows = List.of(set(0, 1, 4), set(2, 3, 5), set(0, 2), set(1, 3));
        SmallSupport.Result found = SmallSupport.find(rows, weights, 5, 1_000_000, new Random(1));
        assertThat(found.complete()).isTrue();
        assertThat(found.candidates()).anySatisfy(z -> assertThat(z).containsExactlyInAnyOrder(4, 5));
        // with the Y+W row hidden there is nothing small to find
        SmallSupport.Result none = SmallSupport.find(rows.subList(0, 3), weights, 5, 1_000_000, new Random(1));
        assertThat(none.candidates()).isEmpty();
        assertThat(none.complete()).isTrue();
        // a group of 3 + 2 = 5 people is not small at k = 5, one of 4 is
        assertThat(SmallSupport.find(List.of(set(0, 2), set(0)), new int[]{10, 0, 5}, 5, 1_000, new Random(1)).candidates()).isEmpty();
        assertThat(SmallSupport.find(List.of(set(0, 2), set(0)), new int[]{10, 0, 4}, 5, 1_000, new Random(1)).candidates())
                .singleElement().satisfies(z -> assertThat(z).containsExactly(2));
    }

    @Test
    void theFieldArithmeticIsRight() {
        long a = SmallSupport.P - 2;
        assertThat(SmallSupport.mul(a, SmallSupport.inverse(a))).isEqualTo(1);
        assertThat(SmallSupport.mul(SmallSupport.P - 1, SmallSupport.P - 1)).isEqualTo(1);
        assertThat(SmallSupport.sub(3, 5)).isEqualTo(SmallSupport.P - 2);
        assertThat(LinkTableAttackTest.atLeastFixedPoints(6, 6)).isEqualTo(1.0 / 720);
        assertThat(LinkTableAttackTest.atLeastFixedPoints(6, 0)).isEqualTo(1.0);
    }

    private static BitSet set(int... columns) {
        BitSet b = new BitSet();
        for (int c : columns) {
            b.set(c);
        }
        return b;
    }
}
