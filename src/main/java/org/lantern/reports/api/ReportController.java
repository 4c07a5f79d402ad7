package org.lantern.reports.api;

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
class ReportController {

    private final ReportService reports;
    private final ReleaseService releases;

    @GetMapping("/api/programmes/{key}/report")
    ReportJson report(Account account, @PathVariable String key,
                      @RequestParam(required = false) @Nullable String before, @RequestParam(required = false) @Nullable String after,
                      @RequestParam(required = false) @Nullable String team, @RequestParam(required = false) @Nullable Integer release) {
        return ReportJson.of(call(() -> reports.report(account, key, before, after, team, release)));
    }

    @GetMapping("/api/programmes/{key}/report.{format}")
    ResponseEntity<byte[]> file(Account account, @PathVariable String key, @PathVariable String format,
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

    @GetMapping("/api/programmes/{key}/releases")
    List<ListedJson> releases(Account account, @PathVariable String key) {
        return call(() -> reports.releases(account, key)).stream()
                .map(r -> new ListedJson(r.before(), r.after(), ReportJson.ReleaseJson.of(r.release()))).toList();
    }

    @GetMapping("/api/programmes/{key}/releases/comments")
    List<ReleaseService.PendingComment> pending(Account account, @PathVariable String key,
                                                @RequestParam(required = false) @Nullable String before,
                                                @RequestParam(required = false) @Nullable String after) {
        return call(() -> releases.pendingComments(account, key, before, after));
    }

    private static <T> T call(Supplier<T> action) {
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
