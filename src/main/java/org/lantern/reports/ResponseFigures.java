package org.lantern.reports;

/**
 * Who took part: staff invited (the team's staff in Lantern, or everyone who took part if more, as
 * on the survey responses page), submitted responses per wave, matched people who answered both
 * waves, and response rates.
 */
public record ResponseFigures(Count invited, Count respondedBefore, Count respondedAfter, Count matched,
                              Rate rateBefore, Rate rateAfter) {
}
