package org.lantern.reflection;

import lombok.RequiredArgsConstructor;

import org.lantern.base.privacy.PersonalDataHolder;
import org.lantern.base.privacy.PersonalDataSection;
import org.lantern.people.Directory;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reflective sessions' part of people's data rights: the sessions a person attended in "Download my
 * data"; on erasure their attendance goes. Session feedback is stored without any link to its giver.
 */
@Component
@RequiredArgsConstructor
class SessionPersonalData implements PersonalDataHolder {

    private final SessionRepository repository;
    private final Directory directory;

    record Attended(OffsetDateTime startsAt, long teamId, String focus) {
    }

    record SessionAttended(OffsetDateTime startsAt, String team, String focus) {
    }

    @Override
    public List<PersonalDataSection> export(long accountId) {
        List<Attended> attended = repository.attendedBy(accountId);
        Map<Long, String> teams = directory.teamNames(attended.stream().map(Attended::teamId).collect(Collectors.toSet()));
        List<SessionAttended> sessions = attended.stream()
                .map(a -> new SessionAttended(a.startsAt(), teams.getOrDefault(a.teamId(), ""), a.focus())).toList();
        String readme = sessions.isEmpty() ? "None.\n" : sessions.stream()
                .map(s -> "- " + s.startsAt().toLocalDate() + ", " + s.team() + ": " + s.focus())
                .collect(Collectors.joining("\n")) + "\n";
        return List.of(PersonalDataSection.of(80, "sessions-attended", sessions, "Reflective sessions you attended", readme));
    }

    @Override
    public List<String> erase(long accountId) {
        repository.forgetAttendanceOf(accountId);
        return List.of();
    }

    @Override
    public int erasureOrder() {
        return 60;
    }
}
