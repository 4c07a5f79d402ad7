package org.lantern.surveys;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.lantern.base.security.Account;
import org.lantern.base.security.Role;
import org.lantern.people.PeopleService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who is invited to answer which wave, for invitations and reminders (the notifications feature asks
 * here; surveys knows nothing of notifications). Account ids only: never what anyone answered, and
 * whether one person has submitted only to decide whether to remind that person.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SurveyInvitations {

    private final ProgrammeRepository programmes;
    private final ParticipantLinks links;
    private final PeopleService people;

    /** Waves of programmes not archived that are open on the day, with their programmes' reminder days. */
    @Transactional(readOnly = true)
    public List<OpenWave> openOn(LocalDate day) {
        List<Programme> open = programmes.withWaveOpenOn(day);
        if (open.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Integer>> days = programmes.reminderDays(open.stream().map(Programme::id).toList());
        List<OpenWave> result = new ArrayList<>();
        for (Programme p : open) {
            List<Integer> reminders = days.getOrDefault(p.id(), List.of()).stream().sorted().distinct().toList();
            p.waves().stream().filter(w -> w.isOpen(day)).forEach(w -> result.add(
                    new OpenWave(w.id(), p.key(), p.title(), w.key(), w.opens(), w.closes(), reminders)));
        }
        return result;
    }

    /**
     * The accounts invited to answer the programme: the staff of its teams in Lantern (enabled, with the
     * staff role, not the team's managers), as the response rates count them.
     */
    @Transactional(readOnly = true)
    public List<Long> invited(String programmeKey) {
        Programme programme = programme(programmeKey);
        Set<Long> ids = new LinkedHashSet<>();
        programme.teams().forEach(t -> people.teamStaff(t.id()).forEach(a -> ids.add(a.id())));
        return List.copyOf(ids);
    }

    /**
     * Of the accounts invited to the programme, those who have not submitted the wave (yet); none when
     * the programme is archived or gone, or has no such wave.
     */
    @Transactional(readOnly = true)
    public List<Long> notSubmitted(String programmeKey, String waveKey) {
        Optional<Programme> found = programmes.programme(programmeKey);
        Optional<Programme.Wave> wave = found.filter(p -> !p.archived()).flatMap(p -> p.wave(waveKey));
        if (wave.isEmpty()) {
            return List.of();
        }
        List<Long> invited = invited(programmeKey);
        if (invited.isEmpty()) {
            return List.of();
        }
        Set<Long> done = links.submitted(found.get().id(), wave.get().id(), invited);
        return invited.stream().filter(id -> !done.contains(id)).toList();
    }

    /**
     * The days after a wave opens on which people who have not submitted it are reminded.
     *
     * @throws SurveyException when the programme is unknown
     */
    @Transactional(readOnly = true)
    public List<Integer> reminderDays(String programmeKey) {
        Programme programme = programme(programmeKey);
        return programmes.reminderDays(List.of(programme.id())).getOrDefault(programme.id(), List.of());
    }

    /**
     * Sets the days after each wave opens on which people who have not submitted it are reminded
     * (none: no reminders). Each day is reminded once; a change applies to reminders not yet sent.
     *
     * @throws SurveyException when the caller is not an evaluator or administrator, or a day is out of range
     */
    @Transactional
    public List<Integer> setReminderDays(Account by, String programmeKey, List<Integer> days) {
        SurveyCallers.requireRole(by, Role.EVALUATOR, Role.ADMIN);
        Programme programme = programme(programmeKey);
        List<Integer> sorted = days.stream().distinct().sorted().toList();
        if (sorted.size() > 10 || sorted.stream().anyMatch(d -> d == null || d < 1 || d > 365)) {
            throw new SurveyException("Reminder days are whole numbers of days after a wave opens, from 1 to 365, at most ten of them.");
        }
        programmes.setReminderDays(programme.id(), sorted);
        return sorted;
    }

    private Programme programme(String programmeKey) {
        return Optional.ofNullable(programmeKey).flatMap(programmes::programme)
                .orElseThrow(() -> new SurveyException(SurveyException.Kind.NOT_FOUND, "No such programme."));
    }
}
