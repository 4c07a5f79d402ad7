package org.lantern.reports;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.lantern.base.security.Account;
import org.lantern.base.security.Role;
import org.lantern.surveys.Programme;
import org.lantern.surveys.Programmes;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.stream.Collectors;

import static org.lantern.reports.ReportException.Kind.INVALID;
import static org.lantern.reports.ReportException.Kind.NOT_ALLOWED;
import static org.lantern.reports.ReportException.Kind.NOT_FOUND;

/**
 * Who may see which reports: evaluators and administrators every programme and team; managers the
 * teams they manage, one at a time, never programme totals; nobody else anything. Also resolves the
 * programme, waves and team a request names, with plain messages.
 */
@Component
@RequiredArgsConstructor
class ReportAccess {

    private final Programmes programmes;

    /** Who is asking and which teams they may see. */
    record Reader(Account account, boolean everything, Set<Long> managed) {

        boolean mayOpen(Programme programme) {
            return everything || programme.teams().stream().anyMatch(this::maySee);
        }

        boolean maySee(Programme.TeamRef team) {
            return everything || managed.contains(team.id());
        }
    }

    /** A disabled account sees nothing, whatever its roles. */
    Reader reader(Account account) {
        boolean everything = account.enabled() && (account.hasRole(Role.EVALUATOR) || account.hasRole(Role.ADMIN));
        Set<Long> managed = account.enabled() && account.hasRole(Role.MANAGER)
                ? account.managedTeams().stream().map(Account.TeamMembership::teamId).collect(Collectors.toSet()) : Set.of();
        if (!everything && managed.isEmpty()) {
            throw new ReportException(NOT_ALLOWED, "Reports are for evaluators, administrators and team managers.");
        }
        return new Reader(account, everything, managed);
    }

    /** Evaluators and administrators only: releasing figures and seeing what releases there are. */
    Reader evaluator(Account account) {
        Reader reader = reader(account);
        if (!reader.everything()) {
            throw new ReportException(NOT_ALLOWED, "Only evaluators and administrators can release figures.");
        }
        return reader;
    }

    Programme programme(String key, Reader reader) {
        Programme programme = programmes.programme(key)
                .orElseThrow(() -> new ReportException(NOT_FOUND, "No programme with the key '" + key + "'."));
        if (!reader.mayOpen(programme)) {
            throw new ReportException(NOT_ALLOWED, "You can only see reports for programmes that include a team you manage.");
        }
        return programme;
    }

    /** The two waves to compare: the first and last unless named; the before wave must come first. */
    Programme.Wave[] pair(Programme programme, @Nullable String beforeKey, @Nullable String afterKey) {
        Programme.Wave before = wave(programme, beforeKey, true);
        Programme.Wave after = wave(programme, afterKey, false);
        if (before.id() == after.id()) {
            throw new ReportException(INVALID, "Choose two different waves to compare.");
        }
        if (before.position() > after.position()) {
            throw new ReportException(INVALID, "The before wave ('" + before.key() + "') must come earlier than the after wave ('"
                    + after.key() + "').");
        }
        return new Programme.Wave[]{before, after};
    }

    private static Programme.Wave wave(Programme programme, @Nullable String key, boolean first) {
        if (key == null || key.isBlank()) {
            if (programme.waves().size() < 2) {
                throw new ReportException(INVALID, "This programme has fewer than two waves.");
            }
            return first ? programme.waves().getFirst() : programme.waves().getLast();
        }
        return programme.wave(key.trim()).orElseThrow(() -> new ReportException(INVALID, "This programme has no wave '" + key
                + "'. Its waves are: " + programme.waves().stream().map(Programme.Wave::key).collect(Collectors.joining(", ")) + "."));
    }

    /** The team a report is limited to: null (all teams) for evaluators unless named; managers always one of theirs. */
    Programme.@Nullable TeamRef team(Programme programme, @Nullable String name, Reader reader) {
        if (name == null || name.isBlank()) {
            if (reader.everything()) {
                return null;
            }
            return programme.teams().stream().filter(reader::maySee).findFirst().orElseThrow();
        }
        Programme.TeamRef team = programme.team(name)
                .orElseThrow(() -> new ReportException(INVALID, "This programme has no team called '" + name + "'."));
        if (!reader.maySee(team)) {
            throw new ReportException(NOT_ALLOWED, "You can only see reports for teams you manage.");
        }
        return team;
    }
}
