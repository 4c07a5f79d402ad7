package org.lantern.people.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "People", description = "Accounts and teams.")
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
    @Operation(summary = "Import people from the HR or rostering system's export (CSV)", description = """
            The header is `username,display_name,email,teams,roles,manages,active`, columns in any order (others are \
            ignored and listed in `ignoredColumns`). Several teams, roles or managed teams are separated by `;`; roles \
            are staff, manager, evaluator or editor (never admin); `active` is `true` or `false` (false: a leaver, \
            whose account is disabled, never deleted). Re-sending the same file changes nothing. Up to 10 MB.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = "text/csv", schema = @Schema(type = "string"), examples = @ExampleObject(value = """
                            username,display_name,email,teams,roles,manages,active
                            ali.khan,Ali Khan,ali.khan@trust.example,Community Team North;Acute Ward Two,staff,,true
                            jo.reed,Jo Reed,jo.reed@trust.example,Community Team North,staff;manager,Community Team North,true
                            sam.jones,Sam Jones,,Day Service West,staff,,false
                            """))),
            responses = {@ApiResponse(responseCode = "200", description = "The counts, the teams made, the rejected lines "
                    + "and everyone whose account changes (new, changed or disabled).", content = @Content(
                    mediaType = "application/json", schema = @Schema(implementation = Result.class), examples = @ExampleObject(value = """
                            {"dryRun": false, "created": 3, "changed": 2, "disabled": 1, "unchanged": 194, "teamsCreated": [],
                             "rejected": [{"line": 17, "reason": "'sam.jones': 'nurse' is not a role: use staff, manager, evaluator or editor, separated by ;."}],
                             "people": [{"line": 2, "username": "ali.khan", "change": "changed", "changes": ["teams: +Acute Ward Two"]}],
                             "ignoredColumns": []}"""))),
                    @ApiResponse(responseCode = "400", description = "The file cannot be used, e.g. a required column is missing."),
                    @ApiResponse(responseCode = "413", description = "The file is larger than 10 MB.")})
    @PostMapping(value = "/api/people/import", consumes = "text/csv")
    Result importPeople(Account account, HttpServletRequest request,
                        @Parameter(description = "true: answer what would change and write nothing.")
                        @RequestParam(defaultValue = "false") boolean dryRun,
                        @Parameter(description = "true: create teams the file names that Lantern does not have yet; "
                                + "false: reject those lines.")
                        @RequestParam(defaultValue = "false") boolean createMissingTeams,
                        @Parameter(description = "true: disable active accounts the file does not list (a full export); "
                                + "false: leave them as they are.")
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
