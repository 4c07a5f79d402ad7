package org.lantern.surveys;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.lantern.base.security.Account;
import org.lantern.surveys.SurveyDefinition.Item;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A staff member answering a survey: the waves open to them, their own draft (resumed on any device),
 * saving answers as they go and submitting once. Answers are kept against a random per-programme
 * participant code, reached only through the person's keyed link ({@link PseudonymKey}); no method
 * returns one person's answers to anyone else.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SurveyAnswering {

    private final SurveyCatalogue catalogue;
    private final ProgrammeRepository programmes;
    private final ResponseRepository repository;
    private final ParticipantLinks links;
    private final Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The waves open today in programmes that include one of the person's teams, with their status.
     * Archived programmes are not shown.
     */
    @Transactional(readOnly = true)
    public List<OpenSurvey> openSurveysFor(Account account) {
        Set<Long> teams = new HashSet<>(account.teams().stream().map(Account.TeamMembership::teamId).toList());
        LocalDate today = today();
        List<OpenSurvey> result = new ArrayList<>();
        for (Programme p : programmes.programmes()) {
            Optional<SurveyDefinition> survey = catalogue.survey(p.surveyKey());
            if (p.archived() || survey.isEmpty() || p.teams().stream().noneMatch(t -> teams.contains(t.id()))
                    || p.waves().stream().noneMatch(w -> w.isOpen(today))) {
                continue;
            }
            Optional<Long> participant = links.participant(p.id(), account.id());
            for (Programme.Wave w : p.waves()) {
                if (!w.isOpen(today)) {
                    continue;
                }
                var response = participant.flatMap(pid -> repository.response(pid, w.id()));
                OpenSurvey.Status status = response.isEmpty() ? OpenSurvey.Status.NOT_STARTED
                        : response.get().submitted() ? OpenSurvey.Status.SUBMITTED : OpenSurvey.Status.DRAFT;
                result.add(new OpenSurvey(p, w, survey.get(), status,
                        response.map(ResponseRepository.ResponseRow::submittedOn).orElse(null)));
            }
        }
        result.sort(Comparator.comparing((OpenSurvey o) -> o.wave().closes()));
        return result;
    }

    /**
     * Opens the person's own response to a wave, creating their pseudonym and a draft the first
     * time. Coming back later (any device) resumes the same draft.
     */
    @Transactional
    public MyResponse startOrResume(Account account, String programmeKey, String waveKey) {
        Context c = context(account, programmeKey, waveKey);
        Programme programme = programmes.programme(programmeKey).orElseThrow(() -> new SurveyException("No such survey."));
        LocalDate today = today();
        Optional<Long> existing = links.participant(c.programmeId, c.account.id());
        if (existing.isEmpty() && !c.wave.isOpen(today)) {
            throw new SurveyException(closedMessage(c.wave));
        }
        long participant = existing.orElseGet(() -> links.participantOrNew(c.programmeId, c.account.id(), teamFor(programme, account)));
        var response = repository.response(participant, c.wave.id());
        if (response.isEmpty() && !c.wave.isOpen(today)) {
            throw new SurveyException(closedMessage(c.wave));
        }
        ResponseRepository.ResponseRow row = response.orElseGet(() -> repository.draft(participant, c.wave.id(), today));
        return new MyResponse(programme, c.wave, c.survey, repository.answers(row.id()), row.submitted(), row.submittedOn());
    }

    /**
     * Saves (or clears, when blank) one answer of the person's draft as they go. A likert answer is a
     * number on the scale, or {@link SurveyDefinition#NOT_APPLICABLE} where the question offers it. The
     * commonest request of a survey morning, so one short transaction of four statements: the programme
     * and wave, the draft, the answer and the draft's date.
     */
    @Transactional
    public void saveAnswer(Account account, String programmeKey, String waveKey, String itemKey, String value) {
        Context c = context(account, programmeKey, waveKey);
        ResponseRepository.ResponseRow row = ownDraft(c);
        Item item = c.survey.item(itemKey).or(() -> c.survey.thenTestItem(itemKey))
                .orElseThrow(() -> new SurveyException("The survey has changed. Please reload the page."));
        if (c.firstWave && AnswerRules.isThenTest(item)) {
            throw new SurveyException(AnswerRules.THEN_TEST_FIRST_WAVE);
        }
        LocalDate today = today();
        if (value == null || value.isBlank()) {
            repository.deleteAnswer(row.id(), itemKey, today);
            return;
        }
        switch (item.type()) {
            case LIKERT -> repository.saveAnswer(row.id(), itemKey, AnswerRules.notApplicable(c.survey, item, value) ? null
                    : AnswerRules.parseScale(c.survey, value), null, today);
            case CHOICE -> repository.saveAnswer(row.id(), itemKey, null, AnswerRules.matchOption(item, value)
                    .orElseThrow(() -> new SurveyException("That is not one of the options.")), today);
            case TEXT -> {
                if (value.length() > AnswerRules.MAX_TEXT) {
                    throw new SurveyException("Answers are at most " + AnswerRules.MAX_TEXT + " characters.");
                }
                repository.saveAnswer(row.id(), itemKey, null, value.strip(), today);
            }
        }
    }

    /**
     * Submits the person's response. Final: once submitted it cannot change, and a second submit
     * (double click, another tab) is refused by the database. Waits while a report release or an
     * import of the programme is under way ({@link ResponseReleases#lockProgramme}).
     */
    @Transactional
    public MyResponse submit(Account account, String programmeKey, String waveKey) {
        Context c = context(account, programmeKey, waveKey);
        ResponseRepository.ResponseRow row = ownDraft(c);
        programmes.lockProgrammeShared(c.programmeId);
        repository.lock(row.id());
        Map<String, String> answers = repository.answers(row.id());
        if (answers.isEmpty()) {
            throw new SurveyException("Answer at least one question before submitting.");
        }
        if (repository.submit(row.id(), today()) == 0) {
            throw new SurveyException("You have already submitted this survey.");
        }
        return startOrResume(account, programmeKey, waveKey);
    }

    private ResponseRepository.ResponseRow ownDraft(Context c) {
        ResponseRepository.ResponseRow row = links.response(c.programmeId, c.account.id(), c.wave.id())
                .orElseThrow(() -> new SurveyException("Open the survey first."));
        if (row.submitted()) {
            throw new SurveyException("You have already submitted this survey.");
        }
        if (!c.wave.isOpen(today())) {
            throw new SurveyException(closedMessage(c.wave));
        }
        return row;
    }

    /** The person's first team that takes part in the programme. */
    private static long teamFor(Programme programme, Account account) {
        return programme.teams().stream().map(Programme.TeamRef::id)
                .filter(account::belongsTo).findFirst()
                .orElseThrow(() -> new SurveyException("This survey is for teams you are not in."));
    }

    private static String closedMessage(Programme.Wave wave) {
        return "This survey is open from " + AnswerRules.day(wave.opens()) + " to " + AnswerRules.day(wave.closes()) + ".";
    }

    /** What answering a wave needs, checked: the programme is not archived, the wave and survey exist, the person may answer. */
    private record Context(Account account, long programmeId, Programme.Wave wave, boolean firstWave, SurveyDefinition survey) {
    }

    private Context context(Account account, String programmeKey, String waveKey) {
        ProgrammeRepository.WaveInProgramme found = programmes.waveInProgramme(programmeKey, waveKey,
                account.teams().stream().map(Account.TeamMembership::teamId).toList())
                .orElseThrow(() -> new SurveyException("No such survey."));
        if (found.archivedOn() != null) {
            throw new SurveyException("This programme has finished and was archived on " + AnswerRules.day(found.archivedOn())
                    + ": its surveys can no longer be opened.");
        }
        Programme.Wave wave = found.wave();
        if (wave == null) {
            throw new SurveyException("No such survey wave.");
        }
        SurveyDefinition survey = catalogue.survey(found.surveyKey())
                .orElseThrow(() -> new SurveyException("This survey is not available at the moment."));
        if (!found.forTheirTeams()) {
            throw new SurveyException("This survey is for teams you are not in.");
        }
        return new Context(account, found.programmeId(), wave, found.firstWave(), survey);
    }
}
