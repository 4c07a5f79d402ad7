package org.lantern.surveys;

/**
 * What {@link SurveyDataRights#forgetAccount} removed: the account's keyed links (its submitted answers
 * stay, tied to nobody) and its unsubmitted responses.
 */
public record AccountForgotten(int linksDeleted, int draftsDeleted) {
}
