package org.lantern.surveys;

import lombok.RequiredArgsConstructor;

import org.lantern.base.security.Account;
import org.lantern.base.security.Role;
import org.springframework.stereotype.Service;

/**
 * Printable surveys, for organisations whose staff cannot use a screen at work: the programme's survey on
 * paper, whose answers are typed into a CSV with the same columns in the same order and imported.
 */
@Service
@RequiredArgsConstructor
public class PaperSurveys {

    private final Programmes programmes;

    /** A printable survey: its file name and the PDF. */
    public record PrintableSurvey(String fileName, byte[] pdf) {
    }

    /**
     * The programme's survey as a PDF to print: participant code box, team and round, instructions, one
     * question per row with its item key, and the CSV header for data entry. Evaluators and administrators.
     *
     * @throws SurveyException NOT_FOUND for an unknown programme; INVALID when the caller may not, or the
     *                         survey is no longer loaded
     */
    public PrintableSurvey printable(Account by, String programmeKey) {
        SurveyCallers.requireRole(by, Role.EVALUATOR, Role.ADMIN);
        Programme programme = programmes.programme(programmeKey)
                .orElseThrow(() -> new SurveyException(SurveyException.Kind.NOT_FOUND, "No programme with the key '" + programmeKey + "'."));
        SurveyDefinition survey = programmes.survey(programme.surveyKey())
                .orElseThrow(() -> new SurveyException("The programme's survey '" + programme.surveyKey() + "' is not loaded."));
        return new PrintableSurvey(fileName(programme.key()), PaperSurveyPdf.render(survey, programme));
    }

    /** The name a programme's printable survey is saved under. */
    public static String fileName(String programmeKey) {
        return programmeKey + "-survey.pdf";
    }
}
