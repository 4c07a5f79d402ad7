package org.lantern.surveys;

import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.lantern.base.security.Role;
import org.springframework.stereotype.Component;

/** Who is asking: the signed-in account behind a user name, and whether it holds a role a survey job needs. */
@Component
class SurveyCallers {

    private final PeopleService people;

    SurveyCallers(PeopleService people) {
        this.people = people;
    }

    Account account(String username) {
        return people.findByUsername(username).orElseThrow(() -> new SurveyException("Account not found."));
    }

    Account requireRole(String username, Role... roles) {
        Account account = account(username);
        for (Role role : roles) {
            if (account.hasRole(role)) {
                return account;
            }
        }
        throw new SurveyException("Your account is not allowed to do this.");
    }
}
