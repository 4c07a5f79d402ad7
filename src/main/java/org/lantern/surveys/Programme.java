package org.lantern.surveys;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An evaluation programme: a survey asked of several teams in two or more waves.
 *
 * @param archivedOn the day it was archived (its links and drafts deleted, no longer shown to staff), or null
 */
public record Programme(long id, String key, String title, String surveyKey, List<TeamRef> teams, List<Wave> waves,
                        @Nullable LocalDate archivedOn) {

    public Optional<Wave> wave(String waveKey) {
        return waves.stream().filter(w -> w.key().equals(waveKey)).findFirst();
    }

    public Optional<TeamRef> team(String name) {
        return teams.stream().filter(t -> t.name().equalsIgnoreCase(name.trim())).findFirst();
    }

    public boolean archived() {
        return archivedOn != null;
    }

    public record TeamRef(long id, String name) {
    }

    /** A survey round, e.g. "before" or "after", open between two dates (inclusive). */
    public record Wave(long id, String key, int position, LocalDate opens, LocalDate closes) {

        public boolean isOpen(LocalDate today) {
            return !today.isBefore(opens) && !today.isAfter(closes);
        }

        public boolean isClosed(LocalDate today) {
            return today.isAfter(closes);
        }
    }
}
