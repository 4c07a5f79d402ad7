package org.lantern.reports.api;

import org.jspecify.annotations.Nullable;
import org.lantern.base.api.ApiException;
import org.lantern.reports.ExportFormat;
import org.lantern.reports.Report;
import org.lantern.reports.ReportException;
import org.lantern.reports.ReportFile;
import org.lantern.reports.ReportService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;

/**
 * {@code GET /api/programmes/{key}/report?before=&after=&team=} as JSON, and the same report as
 * {@code report.csv}, {@code report.xlsx} or {@code report.pdf}.
 */
@RestController
class ReportController {

    private final ReportService reports;

    ReportController(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/api/programmes/{key}/report")
    ReportJson report(@AuthenticationPrincipal UserDetails user, @PathVariable String key,
                      @RequestParam(required = false) @Nullable String before, @RequestParam(required = false) @Nullable String after,
                      @RequestParam(required = false) @Nullable String team) {
        return ReportJson.of(load(user, key, before, after, team));
    }

    @GetMapping("/api/programmes/{key}/report.{format}")
    ResponseEntity<byte[]> file(@AuthenticationPrincipal UserDetails user, @PathVariable String key, @PathVariable String format,
                                @RequestParam(required = false) @Nullable String before,
                                @RequestParam(required = false) @Nullable String after,
                                @RequestParam(required = false) @Nullable String team) {
        ExportFormat exportFormat = ExportFormat.fromExtension(format)
                .orElseThrow(() -> ApiException.notFound("Reports come as report (JSON), report.csv, report.xlsx or report.pdf."));
        ReportFile file = reports.export(load(user, key, before, after, team), exportFormat);
        MediaType type = MediaType.parseMediaType(file.contentType()
                + (exportFormat == ExportFormat.CSV ? ";charset=UTF-8" : ""));
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    private Report load(UserDetails user, String key, @Nullable String before, @Nullable String after, @Nullable String team) {
        try {
            return reports.report(user.getUsername(), key, before, after, team);
        } catch (ReportException e) {
            throw new ApiException(switch (e.kind()) {
                case NOT_FOUND -> HttpStatus.NOT_FOUND;
                case NOT_ALLOWED -> HttpStatus.FORBIDDEN;
                case INVALID -> HttpStatus.BAD_REQUEST;
            }, e.getMessage());
        }
    }
}
