package org.lantern.surveys;

/**
 * What {@link SurveyService#forgetAccount} removed: the account's keyed links (its submitted answers
 * stay, tied to nobody) and its unsubmitted responses.
 */
public record AccountForgotten(int linksDeleted, int draftsDeleted) {
}
