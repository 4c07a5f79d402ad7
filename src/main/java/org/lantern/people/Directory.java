package org.lantern.people;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.Map;

/**
 * Names of accounts and teams for other features to show beside their own records, each list in one
 * query: features keep team and account ids and ask here for the names rather than reading people's tables.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Directory {

    private final PeopleRepository repository;

    /**
     * The display names of these accounts, by id (an erased account reads "Erased account"); ids of no
     * account are left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> accountIds) {
        return accountIds.isEmpty() ? Map.of() : repository.displayNames(accountIds);
    }

    /**
     * The work e-mail addresses of these accounts, by id, for sending them notifications: enabled
     * accounts with an address only.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> emails(Collection<Long> accountIds) {
        return accountIds.isEmpty() ? Map.of() : repository.emails(accountIds);
    }

    /**
     * The names of these teams, by id, iterating in the order the database sorts team names (ties by
     * id), so callers that list teams by name sort as a query ordered by name would; ids of no team are
     * left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> teamNames(Collection<Long> teamIds) {
        return teamIds.isEmpty() ? Map.of() : repository.teamNames(teamIds);
    }
}
