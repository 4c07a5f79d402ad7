package org.lantern.surveys;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.lantern.people.Directory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/** Surveys' part in people's data rights and in retention: their own answers, erasure, and old drafts. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SurveyDataRights {

    private final ProgrammeRepository programmes;
    private final ResponseRepository responses;
    private final ParticipantLinks links;
    private final Directory directory;

    /**
     * The account's own participant codes, responses and answers, found through its keyed links: for
     * "Download my data" only, never for anyone else.
     */
    @Transactional(readOnly = true)
    public List<MyAnswers> myAnswers(long accountId) {
        return links.myAnswers(accountId, programmes.programmes(), directory::teamNames);
    }

    /**
     * Erasure: deletes the account's unsubmitted responses and its links in every programme. Its
     * submitted answers stay under their random codes, which nothing ties to anyone any more.
     */
    @Transactional
    public AccountForgotten forgetAccount(long accountId) {
        return links.forget(accountId, programmes.programmes());
    }

    /** Retention: deletes unsubmitted responses not touched since before the given day; returns how many. */
    @Transactional
    public int purgeDrafts(LocalDate untouchedBefore) {
        return responses.purgeDrafts(untouchedBefore);
    }
}
