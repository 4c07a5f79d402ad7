package org.lantern.audit;

import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.lantern.surveys.NewProgramme;
import org.lantern.surveys.Programmes;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A programme of its own for one person, so committed answers never show up in other tests. */
final class SurveyFixture {

    private SurveyFixture() {
    }

    /** Puts the person in a new team and creates a programme for it with two open waves; returns its key. */
    static String programmeFor(PeopleService people, Programmes programmes, String username) {
        Account account = people.findByUsername(username).orElseThrow();
        String key = "privacy-" + account.id();
        String teamName = "Privacy Team " + account.id();
        long team = people.createTeam(teamName, null).id();
        people.updateAccount(account.id(), account.displayName(), true, account.roles(), Set.of(team), Set.of());
        LocalDate today = LocalDate.now();
        programmes.createProgramme(people.findByUsername("evaluator").orElseThrow(), new NewProgramme(key, "Privacy " + account.id(), "recovery-knowledge",
                List.of(teamName), List.of(new NewProgramme.NewWave("before", today.minusDays(1), today.plusDays(1)),
                new NewProgramme.NewWave("after", today.minusDays(1), today.plusDays(2)))));
        return key;
    }
}
