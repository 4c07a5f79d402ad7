package org.lantern.surveys;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.lantern.base.security.Account;
import org.lantern.base.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.Reader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Responses collected elsewhere (for example on paper), imported from CSV files, and the record of each import. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ResponseImport {

    private final SurveyCatalogue catalogue;
    private final ProgrammeRepository programmes;
    private final ImportRepository repository;
    private final Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Imports responses collected elsewhere (e.g. on paper), identified by the evaluator's own
     * participant codes. Valid rows go in even when others are rejected; the file is one transaction,
     * recorded with who imported it, and holds the programme's lock ({@link ResponseReleases#lockProgramme}).
     * A row that would replace a response of a released report is rejected, even with {@code replace}.
     *
     * @param progress told how many rows have been read, every few thousand
     * @throws SurveyException when the caller may not import, the programme is unknown or archived, or the file cannot be read
     */
    @Transactional
    public ImportResult importCsv(Account by, String programmeKey, Reader csv, boolean replace, Consumer<Long> progress) {
        SurveyCallers.requireRole(by, Role.EVALUATOR, Role.ADMIN);
        Programme programme = programmes.programme(programmeKey)
                .orElseThrow(() -> new SurveyException(SurveyException.Kind.NOT_FOUND, "No such programme."));
        if (programme.archived()) {
            throw new SurveyException(SurveyException.Kind.CONFLICT, "This programme was archived on "
                    + AnswerRules.day(programme.archivedOn()) + ": nothing more can be imported into it.");
        }
        SurveyDefinition survey = catalogue.survey(programme.surveyKey())
                .orElseThrow(() -> new SurveyException("The programme's survey '" + programme.surveyKey() + "' is not loaded."));
        programmes.lockProgramme(programme.id());
        return new CsvImporter(repository, programme, survey, replace, new CsvImporter.Importer(by.id(), by.displayName()),
                today(), progress).run(csv);
    }

    /** The imports of a programme, oldest first: when, by whom and how many responses. */
    @Transactional(readOnly = true)
    public List<SurveyImport> imports(long programmeId) {
        return repository.imports(programmeId);
    }
}
