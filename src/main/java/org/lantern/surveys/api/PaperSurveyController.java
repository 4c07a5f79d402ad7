package org.lantern.surveys.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;

import org.lantern.base.api.ApiException;
import org.lantern.base.api.Downloads;
import org.lantern.base.security.Account;
import org.lantern.surveys.PaperSurveys;
import org.lantern.surveys.SurveyException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/programmes/{key}/survey.pdf}: the programme's survey to print, for answers collected on paper. */
@RestController
@RequiredArgsConstructor
@Tag(name = "Programmes")
class PaperSurveyController {

    private final PaperSurveys paperSurveys;

    @Operation(summary = "The programme's survey to print (PDF)", description = """
            For staff who cannot use a screen at work: a participant code box, team and survey round, plain \\
            instructions, and one question per row with tick boxes, each with its item key printed small. The \\
            questions come in the order of the CSV import's columns, and the last lines give the CSV header to type \\
            the forms into (`POST /api/programmes/{key}/responses`).""",
            responses = {@ApiResponse(responseCode = "200", description = "The PDF, as an attachment.", content = @Content(
                    mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))),
                    @ApiResponse(responseCode = "404", description = "No programme with that key.")})
    @GetMapping("/api/programmes/{key}/survey.pdf")
    ResponseEntity<byte[]> printable(Account account, @PathVariable String key) {
        try {
            PaperSurveys.PrintableSurvey survey = paperSurveys.printable(account, key);
            return Downloads.attachment(survey.pdf(), MediaType.APPLICATION_PDF, survey.fileName());
        } catch (SurveyException e) {
            throw e.kind() == SurveyException.Kind.NOT_FOUND ? ApiException.notFound(e.getMessage()) : ApiException.badRequest(e.getMessage());
        }
    }
}
