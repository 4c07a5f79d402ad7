package org.lantern.reports;

/**
 * How one question's answers moved for the people who answered both waves, as percentages of them
 * (after reverse scoring): lower by two or more points, lower by one, the same, higher by one,
 * higher by two or more.
 */
public record ChangeShares(double lowerByTwoOrMore, double lowerByOne, double same, double higherByOne,
                           double higherByTwoOrMore) {

    public double[] asArray() {
        return new double[]{lowerByTwoOrMore, lowerByOne, same, higherByOne, higherByTwoOrMore};
    }

    public static final java.util.List<String> LABELS = java.util.List.of(
            "Lower by 2 or more", "Lower by 1", "No change", "Higher by 1", "Higher by 2 or more");
}
