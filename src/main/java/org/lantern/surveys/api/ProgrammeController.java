package org.lantern.surveys.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Programmes", description = "Survey programmes: a survey, the teams taking part and its waves; answers collected on paper.")
class ProgrammeController {

    static final String PROGRAMME_EXAMPLE = """
            {"key": "pilot-2027", "title": "Pilot 2027", "survey": "recovery-knowledge",
             "teams": ["Community Team North", "Day Service West"],
             "waves": [{"key": "before", "opens": "2027-01-04", "closes": "2027-01-31"},
                       {"key": "after", "opens": "2027-06-01", "closes": "2027-06-30"}]}""";

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

    @Operation(summary = "Create a programme", description = "Waves' dates are YYYY-MM-DD; teams are named as in Lantern.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(value = PROGRAMME_EXAMPLE))),
            responses = {@ApiResponse(responseCode = "201", description = "The programme as stored."),
                    @ApiResponse(responseCode = "400", description = "A field is missing or wrong: an unknown survey or team, "
                            + "a date not in the form YYYY-MM-DD, or a key already in use.")})
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

    @Operation(summary = "Every programme, archived ones included")
    @GetMapping("/api/programmes")
    List<ProgrammeJson> list() {
        return programmes.programmes().stream().map(ProgrammeJson::of).toList();
    }

    @Operation(summary = "One programme: its survey, teams and waves", responses = {
            @ApiResponse(responseCode = "200", description = "The programme; `archivedOn` is null until it is archived."),
            @ApiResponse(responseCode = "404", description = "No programme with that key.")})
    @GetMapping("/api/programmes/{key}")
    ProgrammeJson get(@PathVariable String key) {
        return programmes.programme(key).map(ProgrammeJson::of)
                .orElseThrow(() -> ApiException.notFound("No programme with the key '" + key + "'."));
    }

    // CSV only: text/plain is what a cross-site HTML form can send, so it is never taken (see README, Browser and API protections)
    @Operation(summary = "Import answers collected on paper (CSV)", description = """
            The first line is `participant,team,wave` followed by the survey's item keys, in the order of the \
            printable survey (`GET /api/programmes/{key}/survey.pdf`). `participant` is your own code for each \
            person (the same in every wave), `team` a team of the programme, `wave` a wave key. Answer with a \
            number on the scale, the option text for choice items, or text; an empty cell is no answer; `NA` is \
            "Not applicable" where the item offers it. Valid rows are imported and each rejected row is reported \
            with its line number; a row for a participant and wave already present is rejected unless \
            `replace=true`.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = "text/csv", schema = @Schema(type = "string"), examples = @ExampleObject(value = """
                            participant,team,wave,hope-1,hope-2,hope-3,hope-k1,comments
                            P-01,Community Team North,before,4,5,2,B,
                            P-02,Community Team North,before,3,NA,2,A,More on safety planning please
                            """))),
            responses = {@ApiResponse(responseCode = "200", description = "How many rows went in, and why the others did not.",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ImportResult.class),
                            examples = @ExampleObject(value = """
                            {"imported": 120, "rejected": [{"line": 17, "reason": "'Ward 9' is not a team in this programme."}]}"""))),
                    @ApiResponse(responseCode = "400", description = "The header line is not usable (e.g. an unknown item key)."),
                    @ApiResponse(responseCode = "404", description = "No programme with that key."),
                    @ApiResponse(responseCode = "409", description = "The programme is archived.")})
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
    @Operation(summary = "Archive a programme whose last wave has closed", description = "Deletes every link between "
            + "people and their answers and every unsubmitted answer; cannot be undone. Submitted answers and reports stay.",
            responses = {@ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ArchivedJson.class), examples = @ExampleObject(value = """
                            {"programme": "pilot-2027", "archivedOn": "2027-07-02", "linksDeleted": 41, "draftsDeleted": 3}"""))),
                    @ApiResponse(responseCode = "404", description = "No programme with that key."),
                    @ApiResponse(responseCode = "409", description = "A wave has not closed yet, or the programme is already archived.")})
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
