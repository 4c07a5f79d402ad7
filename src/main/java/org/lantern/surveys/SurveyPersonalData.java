package org.lantern.surveys;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.lantern.base.privacy.DraftRetention;
import org.lantern.base.privacy.PersonalDataHolder;
import org.lantern.base.privacy.PersonalDataSection;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Surveys' part of people's data rights, through {@link SurveyDataRights}: the person's codes and
 * answers (found through their keyed links) in "Download my data"; on erasure the links and unsubmitted
 * responses go, submitted answers stay tied to nobody. Also the retention of unsubmitted responses.
 */
@Component
@RequiredArgsConstructor
class SurveyPersonalData implements PersonalDataHolder, DraftRetention {

    private final SurveyDataRights dataRights;
    private final Clock clock;

    record SurveyTaking(String programme, String programmeTitle, String survey, String participantCode, String team,
                        List<SurveyResponse> responses) {
    }

    /** Dates only: Lantern keeps the day, not the time, with survey answers. */
    record SurveyResponse(String wave, String status, LocalDate startedOn, @Nullable LocalDate submittedOn,
                          List<SurveyAnswer> answers) {
    }

    /** One answer: a number, a text, or "Not applicable" (then {@code text} says so, and {@code notApplicable} is true). */
    record SurveyAnswer(String item, @Nullable Integer number, @Nullable String text, boolean notApplicable) {
    }

    @Override
    public List<PersonalDataSection> export(long accountId) {
        List<SurveyTaking> surveys = dataRights.myAnswers(accountId).stream().map(SurveyPersonalData::taking).toList();
        String readme = surveys.isEmpty() ? "None.\n" : surveys.stream()
                .map(s -> "- " + s.programmeTitle() + " (your code " + s.participantCode() + "): " + s.responses().stream()
                        .map(r -> r.wave() + " " + r.status()).collect(Collectors.joining(", ")) + "\n")
                .collect(Collectors.joining()) + "\nYour answers are in `survey-answers.csv`. An item ending in `.then` is your looking-back answer to that "
                + "question (how you would have answered it before the training), kept apart from your answer to the question itself.\n";
        return List.of(PersonalDataSection.of(60, "surveys", surveys, "Surveys", readme)
                .withTable("survey-answers.csv", List.of("programme", "wave", "status", "item", "number", "text"),
                        surveys.stream().flatMap(s -> s.responses().stream().flatMap(r -> r.answers().stream()
                                .map(a -> List.of(s.programme(), r.wave(), r.status(), a.item(),
                                        a.number() == null ? "" : a.number().toString(), Objects.requireNonNullElse(a.text(), "")))))
                                .toList()));
    }

    private static SurveyTaking taking(MyAnswers a) {
        return new SurveyTaking(a.programme(), a.programmeTitle(), a.survey(), a.participantCode(), a.team(),
                a.responses().stream().map(r -> new SurveyResponse(r.wave(), r.submitted() ? "submitted" : "draft",
                        r.startedOn(), r.submittedOn(), r.answers().stream()
                        .map(x -> new SurveyAnswer(x.item(), x.number(), x.notApplicable() ? SurveyDefinition.NOT_APPLICABLE_LABEL : x.text(),
                                x.notApplicable())).toList())).toList());
    }

    @Override
    public List<String> erase(long accountId) {
        AccountForgotten forgotten = dataRights.forgetAccount(accountId);
        return List.of(forgotten.linksDeleted() + " survey links and " + forgotten.draftsDeleted()
                + " unsubmitted survey responses deleted");
    }

    @Override
    public int erasureOrder() {
        return 50;
    }

    @Override
    public String drafts() {
        return "unsubmitted survey responses";
    }

    /** Responses keep the day only: those last touched before the cutoff's day go. */
    @Override
    public int purgeDraftsUntouchedSince(Instant cutoff) {
        return dataRights.purgeDrafts(cutoff.atZone(clock.getZone()).toLocalDate());
    }
}
