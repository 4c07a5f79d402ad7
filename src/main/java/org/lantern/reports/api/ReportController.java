package org.lantern.reports.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.lantern.base.api.ApiException;
import org.lantern.base.security.Account;
import org.lantern.base.api.Downloads;
import org.lantern.reports.ExportFormat;
import org.lantern.reports.ReleaseInfo;
import org.lantern.reports.ReleaseService;
import org.lantern.reports.Report;
import org.lantern.reports.ReportException;
import org.lantern.reports.ReportFile;
import org.lantern.reports.ReportService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.ObjectMapper;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Released evaluation reports: {@code GET /api/programmes/{key}/report?before=&after=&team=&release=}
 * as JSON and as {@code report.csv}, {@code report.xlsx}, {@code report.pdf} or {@code report.zip} (analysis files for
 * SPSS/PSPP, R and Stata with a codebook) (the latest release of
 * the pair unless {@code release} names one); {@code POST /api/programmes/{key}/releases?before=&after=}
 * makes a release, {@code GET /api/programmes/{key}/releases} lists them, and
 * {@code GET /api/programmes/{key}/releases/comments?before=&after=} lists the written answers a
 * release would show, so that some can be removed ({@code {"remove": [ids]}} in the POST body).
 */
@RestController
@RequiredArgsConstructor
@Tag(name = "Evaluation reports", description = "Released figures comparing two waves of a programme. Nobody sees figures "
        + "from a wave that is still open: every report is a frozen, numbered release.")
class ReportController {

    private static final String PAIR = "Waves to compare (their keys); without them, the programme's first and last waves.";
    private static final String MANAGERS = "Managers see only programmes and teams they manage (403 otherwise).";

    private final ReportService reports;
    private final ReleaseService releases;
    /** The one the JSON responses are written with, so the kept body reads as the converter would write it. */
    private final ObjectMapper json;

    @Operation(summary = "A released report as JSON", description = MANAGERS + """
             A figure hidden to protect small groups is `null` with `"suppressed": true` on its object and a reason \
            in `hidden`. For a data frame, `report.csv` is simpler (one row per question or theme, team and pair \
            of waves).""", responses = {
            @ApiResponse(responseCode = "200", description = "The release's figures, for the programme or the team.",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ReportJson.class))),
            @ApiResponse(responseCode = "400", description = "No such wave or team in this programme, or the waves are in the wrong order."),
            @ApiResponse(responseCode = "404", description = "No such programme, or nothing released yet for these waves.")})
    @GetMapping("/api/programmes/{key}/report")
    ResponseEntity<byte[]> report(Account account, @PathVariable String key,
                      @Parameter(description = PAIR) @RequestParam(required = false) @Nullable String before,
                      @RequestParam(required = false) @Nullable String after,
                      @Parameter(description = "One team's figures (its name) instead of the whole programme's.")
                      @RequestParam(required = false) @Nullable String team,
                      @Parameter(description = "A release's number; without it, the latest.")
                      @RequestParam(required = false) @Nullable Integer release) {
        Report report = call(() -> reports.report(account, key, before, after, team, release));
        // a release never changes: its JSON is written once per release, team, reader's view and plan
        byte[] body = reports.body(report, "json", () -> json.writeValueAsBytes(ReportJson.of(report)));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @Operation(summary = "A released report as a file: CSV for R or SPSS, XLSX, or a PDF board paper",
            description = MANAGERS + " Same parameters as the JSON report. The CSV is UTF-8 with a header line: "
                    + "tidy data, one row per question or theme, team and pair of waves.",
            responses = {@ApiResponse(responseCode = "200", description = "The file, as an attachment.", content = {
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))}),
                    @ApiResponse(responseCode = "404", description = "No such programme or format, or nothing released yet.")})
    @GetMapping("/api/programmes/{key}/report.{format}")
    ResponseEntity<byte[]> file(Account account, @PathVariable String key,
                                @Parameter(schema = @Schema(allowableValues = {"csv", "xlsx", "pdf"})) @PathVariable String format,
                                @RequestParam(required = false) @Nullable String before,
                                @RequestParam(required = false) @Nullable String after,
                                @RequestParam(required = false) @Nullable String team,
                                @RequestParam(required = false) @Nullable Integer release) {
        ExportFormat exportFormat = ExportFormat.fromExtension(format)
                .orElseThrow(() -> ApiException.notFound("Reports come as report (JSON), report.csv, report.xlsx, report.pdf or report.zip (analysis files for SPSS, R and Stata)."));
        ReportFile file = reports.export(call(() -> reports.report(account, key, before, after, team, release)), exportFormat);
        MediaType type = MediaType.parseMediaType(file.contentType()
                + (exportFormat == ExportFormat.CSV ? ";charset=UTF-8" : ""));
        return Downloads.attachment(file.content(), type, file.fileName());
    }

    /** Comments to leave out of the release, and (optionally) those reviewed: the release is refused if others would show. */
    record ReleaseRequest(@Nullable List<String> remove, @Nullable List<String> reviewed) {
    }

    /** A new release and its figures for all teams. */
    record ReleasedJson(ReportJson.ReleaseJson release, ReportJson report) {
    }

    @Operation(summary = "Release the figures of a pair of waves",
            description = "Works out every figure for the programme and each team once both waves have closed, applies the "
                    + "disclosure rules and stores the release for good. Written answers listed by "
                    + "`GET .../releases/comments` can be left out by their ids.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(value = "{\"remove\": [\"3f1c0a9e42d5b7c6e8a1\"]}"))),
            responses = {@ApiResponse(responseCode = "201", description = "The release's record and its figures for all teams."),
                    @ApiResponse(responseCode = "409", description = "A wave is still open, nothing (or too little) is new since "
                            + "the last release, or new written answers arrived since they were listed.")})
    @PostMapping(value = "/api/programmes/{key}/releases", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ReleasedJson> release(Account account, @PathVariable String key,
                                         @RequestParam(required = false) @Nullable String before,
                                         @RequestParam(required = false) @Nullable String after,
                                         @RequestBody(required = false) @Nullable ReleaseRequest request) {
        Set<String> remove = request == null || request.remove() == null ? Set.of() : Set.copyOf(request.remove());
        Set<String> reviewed = request == null || request.reviewed() == null ? null : Set.copyOf(request.reviewed());
        ReleaseInfo made = call(() -> releases.release(account, key, before, after, remove, reviewed));
        Report report = call(() -> reports.report(account, key, before, after, null, made.version()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new ReleasedJson(ReportJson.ReleaseJson.of(made), ReportJson.of(report)));
    }

    /** One release in the list. */
    record ListedJson(String before, String after, ReportJson.ReleaseJson release) {
    }

    @Operation(summary = "Every release of a programme, newest first", description = "Pass a release's `version` as "
            + "`release` to the report to read that release.", responses = @ApiResponse(responseCode = "200", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, array = @ArraySchema(schema = @Schema(implementation = ListedJson.class)), examples = @ExampleObject(value = """
            [{"before": "before", "after": "after", "release": {"version": 2, "releasedAt": "2027-07-03T09:12:44Z",
              "releasedBy": "Evan Evaluator", "responsesBefore": 118, "responsesAfter": 104, "paperBefore": 20,
              "paperAfter": 18, "newResponses": 6, "hiddenFigures": 0, "previousVersion": 1,
              "imports": [{"importedBy": "Evan Evaluator", "importedOn": "2027-07-02", "responses": 6}]}}]"""))))
    @GetMapping("/api/programmes/{key}/releases")
    List<ListedJson> releases(Account account, @PathVariable String key) {
        return call(() -> reports.releases(account, key)).stream()
                .map(r -> new ListedJson(r.before(), r.after(), ReportJson.ReleaseJson.of(r.release()))).toList();
    }

    @Operation(summary = "The written answers a release would show, each with an id", description = "So that any "
            + "that could identify someone can be left out of the release.",
            responses = {@ApiResponse(responseCode = "200", description = "Each written answer with its id, question and wave."),
                    @ApiResponse(responseCode = "409", description = "The pair cannot be released now.")})
    @GetMapping("/api/programmes/{key}/releases/comments")
    List<ReleaseService.PendingComment> pending(Account account, @PathVariable String key,
                                                @RequestParam(required = false) @Nullable String before,
                                                @RequestParam(required = false) @Nullable String after) {
        return call(() -> releases.pendingComments(account, key, before, after));
    }

    static <T> T call(Supplier<T> action) {
        try {
            return action.get();
        } catch (ReportException e) {
            throw new ApiException(switch (e.kind()) {
                case NOT_FOUND -> HttpStatus.NOT_FOUND;
                case NOT_ALLOWED -> HttpStatus.FORBIDDEN;
                case INVALID -> HttpStatus.BAD_REQUEST;
                case CONFLICT -> HttpStatus.CONFLICT;
            }, e.getMessage());
        }
    }
}
