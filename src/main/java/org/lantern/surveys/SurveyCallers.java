package org.lantern.surveys;

import org.lantern.base.security.Account;
import org.lantern.base.security.Role;

/** Whether the signed-in account holds a role a survey job needs. */
final class SurveyCallers {

    private SurveyCallers() {
    }

    /** The account itself, once it holds one of the roles. */
    static Account requireRole(Account account, Role... roles) {
        for (Role role : roles) {
            if (account.hasRole(role)) {
                return account;
            }
        }
        throw new SurveyException("Your account is not allowed to do this.");
    }
}
