package org.lantern.surveys.api;

import lombok.RequiredArgsConstructor;

import org.lantern.base.api.ApiException;
import org.lantern.base.security.Account;
import org.lantern.surveys.ImportResult;
import org.lantern.surveys.NewProgramme;
import org.jspecify.annotations.Nullable;
import org.lantern.surveys.Programme;
import org.lantern.surveys.ProgrammeArchived;
import org.lantern.surveys.SurveyException;
import org.lantern.surveys.Programmes;
import org.lantern.surveys.ResponseImport;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Programmes, CSV import and archiving for evaluators' scripts. Never returns anyone's answers. */
@RestController
@RequiredArgsConstructor
class ProgrammeController {

    private final Programmes programmes;
    private final ResponseImport responseImport;

    record WaveJson(String key, String opens, String closes) {
    }

    record ProgrammeRequest(String key, String title, String survey, List<String> teams, List<WaveJson> waves) {
    }

    /** @param archivedOn the day the programme was archived, or null */
    record ProgrammeJson(String key, String title, String survey, List<String> teams, List<WaveJson> waves,
                         @Nullable String archivedOn) {
        static ProgrammeJson of(Programme p) {
            return new ProgrammeJson(p.key(), p.title(), p.surveyKey(), p.teams().stream().map(Programme.TeamRef::name).toList(),
                    p.waves().stream().map(w -> new WaveJson(w.key(), w.opens().toString(), w.closes().toString())).toList(),
                    p.archivedOn() == null ? null : p.archivedOn().toString());
        }
    }

    record ArchivedJson(String programme, String archivedOn, int linksDeleted, int draftsDeleted) {
    }

    @PostMapping(value = "/api/programmes", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ProgrammeJson> create(Account account, @RequestBody ProgrammeRequest request) {
        if (request == null) {
            throw ApiException.badRequest("Send the programme as JSON.");
        }
        List<NewProgramme.NewWave> waves = request.waves() == null ? List.of() : request.waves().stream()
                .map(w -> new NewProgramme.NewWave(w.key(), date(w.opens(), "opens"), date(w.closes(), "closes"))).toList();
        try {
            Programme created = programmes.createProgramme(account,
                    new NewProgramme(request.key(), request.title(), request.survey(), request.teams(), waves));
            return ResponseEntity.status(HttpStatus.CREATED).body(ProgrammeJson.of(created));
        } catch (SurveyException e) {
            throw api(e);
        }
    }

    @GetMapping("/api/programmes")
    List<ProgrammeJson> list() {
        return programmes.programmes().stream().map(ProgrammeJson::of).toList();
    }

    @GetMapping("/api/programmes/{key}")
    ProgrammeJson get(@PathVariable String key) {
        return programmes.programme(key).map(ProgrammeJson::of)
                .orElseThrow(() -> ApiException.notFound("No programme with the key '" + key + "'."));
    }

    // CSV only: text/plain is what a cross-site HTML form can send, so it is never taken (see README, Browser and API protections)
    @PostMapping(value = "/api/programmes/{key}/responses", consumes = "text/csv")
    ImportResult importResponses(Account account, @PathVariable String key,
                                 @RequestParam(defaultValue = "false") boolean replace,
                                 jakarta.servlet.http.HttpServletRequest request) throws java.io.IOException {
        if (programmes.programme(key).isEmpty()) {
            throw ApiException.notFound("No programme with the key '" + key + "'.");
        }
        try (Reader csv = new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8)) {
            return responseImport.importCsv(account, key, csv, replace, rows -> { });
        } catch (SurveyException e) {
            throw api(e);
        }
    }

    /**
     * Archives a programme whose last wave has closed: links and drafts are deleted, staff no longer
     * see it. 409 while a wave is open or not yet closed, or when it is already archived.
     */
    @PostMapping("/api/programmes/{key}/archive")
    ArchivedJson archive(Account account, @PathVariable String key) {
        try {
            ProgrammeArchived archived = programmes.archiveProgramme(account, key);
            return new ArchivedJson(archived.programme(), archived.archivedOn().toString(), archived.linksDeleted(),
                    archived.draftsDeleted());
        } catch (SurveyException e) {
            throw api(e);
        }
    }

    private static ApiException api(SurveyException e) {
        return switch (e.kind()) {
            case INVALID -> ApiException.badRequest(e.getMessage());
            case NOT_FOUND -> ApiException.notFound(e.getMessage());
            case CONFLICT -> new ApiException(HttpStatus.CONFLICT, e.getMessage());
        };
    }

    private static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("Each wave needs '" + field + "' as a date, YYYY-MM-DD.");
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("'" + text + "' is not a date in the form YYYY-MM-DD.");
        }
    }
}
