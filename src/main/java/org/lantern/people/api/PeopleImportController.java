package org.lantern.people.api;

import lombok.RequiredArgsConstructor;

import jakarta.servlet.http.HttpServletRequest;
import org.lantern.base.api.ApiException;
import org.lantern.base.security.Account;
import org.lantern.people.ImportOptions;
import org.lantern.people.ImportPlan;
import org.lantern.people.PeopleException;
import org.lantern.people.PeopleImport;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * {@code POST /api/people/import}: a nightly job sends the HR or rostering system's export as
 * {@code text/csv}; administrators only. {@code dryRun=true} answers what would change and writes nothing.
 */
@RestController
@RequiredArgsConstructor
class PeopleImportController {

    private final PeopleImport imports;

    record Person(long line, String username, String change, List<String> changes) {
    }

    record Rejected(long line, String reason) {
    }

    /** The counts, the teams made, the rejected lines and everyone whose account changes (not the unchanged). */
    record Result(boolean dryRun, int created, int changed, int disabled, int unchanged, List<String> teamsCreated,
                  List<Rejected> rejected, List<Person> people, List<String> ignoredColumns) {

        static Result of(ImportPlan plan) {
            return new Result(!plan.applied(), plan.count(ImportPlan.Kind.NEW), plan.count(ImportPlan.Kind.CHANGED),
                    plan.count(ImportPlan.Kind.DISABLED), plan.count(ImportPlan.Kind.UNCHANGED), plan.teamsToCreate(),
                    plan.rejected().stream().map(r -> new Rejected(r.line(), r.message())).toList(),
                    plan.people().stream().filter(p -> p.kind() != ImportPlan.Kind.UNCHANGED)
                            .map(p -> new Person(p.line(), p.username(), p.kind().name().toLowerCase(Locale.ROOT), p.changes()))
                            .toList(),
                    plan.ignoredColumns());
        }
    }

    // CSV only: text/plain is what a cross-site HTML form can send, so it is never taken (README, Browser and API protections)
    @PostMapping(value = "/api/people/import", consumes = "text/csv")
    Result importPeople(Account account, HttpServletRequest request,
                        @RequestParam(defaultValue = "false") boolean dryRun,
                        @RequestParam(defaultValue = "false") boolean createMissingTeams,
                        @RequestParam(defaultValue = "false") boolean missingAreLeavers) throws IOException {
        byte[] csv = body(request);
        ImportOptions options = new ImportOptions(createMissingTeams, missingAreLeavers);
        try {
            return Result.of(dryRun ? imports.plan(account, csv, options) : imports.apply(account, csv, options));
        } catch (PeopleException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    /** The body, read no further than the import's limit. */
    private static byte[] body(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] csv = in.readNBytes(PeopleImport.MAX_BYTES + 1);
            if (csv.length > PeopleImport.MAX_BYTES) {
                throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "The file is larger than "
                        + PeopleImport.MAX_BYTES / (1024 * 1024) + " MB. Split it, or leave out columns Lantern does not use.");
            }
            return csv;
        }
    }
}
