package org.lantern.surveys;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.lantern.people.PeopleService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;

/**
 * What report releases need from surveys: the programme's lock while a release reads and marks its
 * responses, freezing released responses, and which learning-link group each participant was in.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ResponseReleases {

    private final ProgrammeRepository programmes;
    private final ResponseRepository responses;
    private final ParticipantLinks links;
    private final PeopleService people;

    /**
     * Takes the programme's lock until the caller's transaction ends. A report release takes it so
     * that no import (which takes it too) and no submission (which takes it shared) commits while the
     * release reads and marks its responses.
     *
     * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockProgramme(long programmeId) {
        programmes.lockProgramme(programmeId);
    }

    /**
     * Marks every submitted response of those waves of the programme that no release includes yet as
     * part of release {@code releaseId}: a wave not released before is marked once, on the wave, and a
     * response that arrived after its wave's first release is marked itself ({@code ReleaseMark}). From then
     * on the response and its answers can never change: imports reject rows that would replace it, and the
     * database refuses any change. The caller reads and marks under {@link #lockProgramme} in one
     * transaction, so nothing arrives in between.
     */
    @Transactional
    public void markReleased(long programmeId, Collection<Long> waveIds, long releaseId) {
        if (!waveIds.isEmpty()) {
            responses.markReleased(programmeId, waveIds, releaseId);
        }
    }

    /**
     * For each participant (same order), whether it answered in Lantern and its account is among the
     * given ones, matched with the keyed link inside surveys: 0 when it has no link (answered on
     * paper, erased or archived), 2 when its link is that of one of the {@code accountIds}, 1 otherwise.
     */
    @Transactional(readOnly = true)
    public byte[] trainingGroups(long programmeId, long[] participantIds, Collection<Long> accountIds) {
        return links.groups(programmeId, participantIds, accountIds, people.allAccountIds());
    }
}
