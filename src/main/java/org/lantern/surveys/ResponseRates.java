package org.lantern.surveys;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.lantern.base.ReportingProperties;
import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.lantern.base.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How many have answered: response counts per team and wave, and for a team's manager the names of
 * staff who have not submitted yet (never what anyone answered).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ResponseRates {

    private final ProgrammeRepository programmes;
    private final ResponseRepository responses;
    private final ParticipantLinks links;
    private final PeopleService people;
    private final ReportingProperties reporting;

    /**
     * Response counts per team and wave. Evaluators and administrators see every team of the
     * programme; managers only the teams they manage. Teams smaller than the minimum group size
     * show no counts.
     *
     * @throws SurveyException when the programme is unknown or the caller may not see its rates
     */
    @Transactional(readOnly = true)
    public List<ResponseRate> responseRates(Account account, String programmeKey) {
        Programme programme = programmes.programme(programmeKey).orElseThrow(() -> new SurveyException("No such programme."));
        boolean all = account.hasRole(Role.EVALUATOR) || account.hasRole(Role.ADMIN);
        Set<Long> managed = new HashSet<>(account.managedTeams().stream().map(Account.TeamMembership::teamId).toList());
        if (!all && (!account.hasRole(Role.MANAGER) || programme.teams().stream().noneMatch(t -> managed.contains(t.id())))) {
            throw new SurveyException("You can only see response rates for teams you manage.");
        }
        Map<Long, Map<Long, Integer>> submitted = responses.submittedCounts(programme.id());
        Map<Long, Integer> participants = responses.participantCounts(programme.id());
        List<ResponseRate> rates = new ArrayList<>();
        for (Programme.TeamRef team : programme.teams()) {
            if (!all && !managed.contains(team.id())) {
                continue;
            }
            // Invited: the team's staff in Lantern, or, for teams answering on paper, everyone who took part.
            int invited = Math.max(invitedCount(team.id()), participants.getOrDefault(team.id(), 0));
            for (Programme.Wave wave : programme.waves()) {
                int responded = submitted.getOrDefault(team.id(), Map.of()).getOrDefault(wave.id(), 0);
                boolean suppressed = invited < reporting.minGroupSize();
                rates.add(new ResponseRate(team.id(), team.name(), wave.key(), suppressed ? null : invited,
                        suppressed ? null : responded, suppressed));
            }
        }
        return rates;
    }

    /** Staff in a team who can be asked to answer: enabled accounts with the staff role who do not manage it. */
    private int invitedCount(long teamId) {
        return people.teamStaff(teamId).size();
    }

    /**
     * The names of a managed team's staff who have not yet submitted a wave, so the manager can
     * send a reminder. Never what anyone answered.
     *
     * @throws SurveyException when the caller does not manage the team, or the programme is archived
     */
    @Transactional(readOnly = true)
    public List<String> notYetResponded(Account manager, String programmeKey, String waveKey, long teamId) {
        if (manager.managedTeams().stream().noneMatch(t -> t.teamId() == teamId)) {
            throw new SurveyException("You can only see reminders for teams you manage.");
        }
        Programme programme = programmes.programme(programmeKey).orElseThrow(() -> new SurveyException("No such programme."));
        Programme.Wave wave = programme.wave(waveKey).orElseThrow(() -> new SurveyException("No such wave."));
        if (programme.teams().stream().noneMatch(t -> t.id() == teamId)) {
            throw new SurveyException("That team is not in this programme.");
        }
        if (programme.archived()) {
            throw new SurveyException("This programme is archived: who answered is no longer known.");
        }
        List<Account> staff = people.teamStaff(teamId);
        Set<Long> done = staff.isEmpty() ? Set.of() : links.submitted(programme.id(), wave.id(),
                staff.stream().map(Account::id).toList());
        return staff.stream().filter(a -> !done.contains(a.id())).map(Account::displayName).sorted().toList();
    }
}
