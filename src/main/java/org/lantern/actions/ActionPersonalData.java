package org.lantern.actions;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.lantern.base.privacy.PersonalDataHolder;
import org.lantern.base.privacy.PersonalDataSection;
import org.lantern.people.Directory;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The action log's part of people's data rights: the team actions a person owns and the updates they
 * wrote, in "Download my data" (with CSV tables); on erasure the actions they owned become the team's.
 */
@Component
@RequiredArgsConstructor
class ActionPersonalData implements PersonalDataHolder {

    private final ActionRepository repository;
    private final Directory directory;

    record Owned(long id, long teamId, String description, @Nullable LocalDate due, String status,
                 @Nullable String droppedReason, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    record Written(OffsetDateTime at, long teamId, String action, @Nullable String oldStatus, String newStatus, String note) {
    }

    record ActionOwned(long id, String team, String description, @Nullable LocalDate due, String status,
                       @Nullable String droppedReason, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    /** An update the person wrote on a team action (a status change, a note, or both). */
    record ActionUpdateWritten(OffsetDateTime at, String team, String action, @Nullable String oldStatus, String newStatus,
                               String note) {
    }

    @Override
    public List<PersonalDataSection> export(long accountId) {
        List<Owned> owned = repository.ownedBy(accountId);
        List<Written> written = repository.updatesWrittenBy(accountId);
        Map<Long, String> teams = directory.teamNames(Stream.concat(owned.stream().map(Owned::teamId),
                written.stream().map(Written::teamId)).collect(Collectors.toSet()));
        List<ActionOwned> actions = owned.stream().map(a -> new ActionOwned(a.id(), teams.getOrDefault(a.teamId(), ""),
                a.description(), a.due(), a.status(), a.droppedReason(), a.createdAt(), a.updatedAt())).toList();
        List<ActionUpdateWritten> updates = written.stream().map(u -> new ActionUpdateWritten(u.at(),
                teams.getOrDefault(u.teamId(), ""), u.action(), u.oldStatus(), u.newStatus(), u.note())).toList();
        return List.of(
                PersonalDataSection.of(70, "actions", actions, "Team actions you own", actions.size() + " (`actions.csv`)\n")
                        .withTable("actions.csv", List.of("team", "description", "due", "status", "dropped_reason"),
                                actions.stream().map(a -> List.of(a.team(), a.description(),
                                        a.due() == null ? "" : a.due().toString(), a.status(),
                                        Objects.requireNonNullElse(a.droppedReason(), ""))).toList()),
                PersonalDataSection.of(90, "action-updates", updates, "Updates you wrote on team actions",
                                updates.size() + " (`action-updates.csv`)\n")
                        .withTable("action-updates.csv", List.of("at", "team", "action", "old_status", "new_status", "note"),
                                updates.stream().map(u -> List.of(u.at().toString(), u.team(), u.action(),
                                        Objects.requireNonNullElse(u.oldStatus(), ""), u.newStatus(), u.note())).toList()));
    }

    @Override
    public List<String> erase(long accountId) {
        repository.detachOwner(accountId);
        return List.of();
    }

    @Override
    public int erasureOrder() {
        return 70;
    }
}
