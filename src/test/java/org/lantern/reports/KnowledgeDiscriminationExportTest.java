package org.lantern.reports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.lantern.surveys.Programmes;
import org.lantern.surveys.ResponseImport;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The knowledge questions' discrimination in every download of a real release: CSV, XLSX and PDF. */
@LanternTest
@Transactional
class KnowledgeDiscriminationExportTest {

    @Autowired
    PeopleService people;
    @Autowired
    ReportService reports;
    @Autowired
    Programmes programmes;
    @Autowired
    ResponseImport responseImport;
    @Autowired
    ReleaseService releases;

    private Report released() {
        Account evaluator = people.findByUsername("evaluator").orElseThrow();
        ReportFixtures.released(evaluator, programmes, responseImport, releases, "knowledge-export", List.of("Knowledge North",
                "Knowledge South"), new int[]{14, 12}, 19);
        return reports.report(evaluator, "knowledge-export", null, null, null);
    }

    @Test
    void everyDownloadCarriesTheAllTeamsDiscriminationAndNoTeamsOne() throws Exception {
        Report report = released();
        List<ChoiceFigures> choices = report.overall().choices();
        assertThat(choices).hasSizeGreaterThan(1);
        ChoiceFigures shown = choices.stream().filter(c -> c.before().discrimination() != null
                && c.before().discrimination().r() != null).findFirst().orElseThrow();
        assertThat(shown.before().discrimination().n()).isEqualTo(26);
        assertThat(report.teams()).allSatisfy(t -> assertThat(t.choices()).allSatisfy(c -> assertThat(c.before().discrimination()).isNull()));

        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(reports.export(report, ExportFormat.CSV).content(), StandardCharsets.UTF_8))).getRecords();
        CSVRecord all = rows.stream().filter(r -> r.get("team").equals("All teams") && r.get("key").equals(shown.item().key()))
                .findFirst().orElseThrow();
        assertThat(Double.parseDouble(all.get("before_discrimination"))).isCloseTo(shown.before().discrimination().r(), within(1e-6));
        assertThat(all.get("before_discrimination_n")).isEqualTo("26");
        assertThat(rows).filteredOn(r -> !r.get("team").equals("All teams") || !r.get("level").equals("knowledge"))
                .allSatisfy(r -> assertThat(r.get("before_discrimination")).isEmpty());

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(reports.export(report, ExportFormat.XLSX).content()))) {
            List<Row> sheet = workbook.findSheet("Knowledge questions").orElseThrow().read();
            assertThat(sheet.getFirst().getCellAsString(8)).contains("Before discrimination");
            Row row = sheet.stream().filter(r -> r.getCellAsString(0).orElse("").equals("All teams")
                    && r.getCellAsString(1).orElse("").equals(shown.item().key())).findFirst().orElseThrow();
            assertThat(row.getCellAsNumber(8).orElseThrow().doubleValue()).isCloseTo(shown.before().discrimination().r(), within(1e-9));
        }

        PdfReader reader = new PdfReader(reports.export(report, ExportFormat.PDF).content());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        assertThat(text.toString().replaceAll("\\s+", " ")).contains("What to look at",
                "Knowledge questions: difficulty is the percentage", "point-biserial",
                String.format(Locale.ROOT, "%.2f", shown.before().discrimination().r()));
    }
}
