package org.lantern.reports;

import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.lantern.surveys.ResponseImport;
import org.lantern.surveys.Programmes;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.base.export.CsvCells;
import org.lantern.base.export.ScriptNames;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** What the downloaded files contain: read back with a CSV parser, an XLSX reader and a PDF text extractor. */
@LanternTest
@Transactional
class ReportExportTest {

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

    private Report small() {
        ReportFixtures.released(account("evaluator"), programmes, responseImport, releases, "report-export", List.of("Export Alpha", "Export Bravo", "Export Charlie"),
                new int[]{9, 6, 3}, 3);
        return reports.report(account("evaluator"), "report-export", null, null, null);
    }

    private static List<CSVRecord> csv(ReportFile file) throws Exception {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(file.content(), StandardCharsets.UTF_8))).getRecords();
    }

    @Test
    void csvHasOneTidyRowPerQuestionOrThemeTeamAndWavePair() throws Exception {
        Report report = reports.report(account("evaluator"), "recovery-practice-2026", null, null, null);
        ReportFile file = reports.export(report, ExportFormat.CSV);
        assertThat(file.fileName()).isEqualTo("report-recovery-practice-2026-before-after-release-1.csv");
        assertThat(file.contentType()).isEqualTo("text/csv");
        String text = new String(file.content(), StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", ReportCsv.HEADER));
        List<CSVRecord> rows = csv(file);
        assertThat(rows).hasSize((6 + 24 + 6) * 4);
        assertThat(rows).extracting(r -> r.get("team")).containsOnly("All teams", "Acute Ward Two", "Community Team North",
                "Supported Living East");
        assertThat(rows).extracting(r -> r.get("before_wave") + "/" + r.get("after_wave")).containsOnly("before/after");

        CSVRecord goals = rows.stream().filter(r -> r.get("team").equals("All teams") && r.get("key").equals("goals")).findFirst().orElseThrow();
        ThemeFigures theme = report.overall().themes().stream().filter(t -> t.theme().key().equals("goals")).findFirst().orElseThrow();
        assertThat(goals.get("level")).isEqualTo("theme");
        assertThat(Integer.parseInt(goals.get("pairs"))).isEqualTo(theme.change().stats().pairs());
        assertThat(Integer.parseInt(goals.get("completers_n"))).isEqualTo(theme.change().stats().pairs());
        assertThat(Integer.parseInt(goals.get("completers_n")) + Integer.parseInt(goals.get("dropouts_n")))
                .isEqualTo(Integer.parseInt(goals.get("before_n")));
        assertThat(Double.parseDouble(goals.get("attrition_cohen_d"))).isCloseTo(theme.attrition().cohenD(), within(1e-5));
        assertThat(goals.get("analysis")).as("the demo plan's primary theme is hope").isEqualTo("exploratory");
        assertThat(rows.stream().filter(r -> r.get("analysis").equals("primary")))
                .singleElement().satisfies(r -> assertThat(r.get("key") + " " + r.get("team")).isEqualTo("hope All teams"));
        assertThat(Double.parseDouble(goals.get("mean_change"))).isCloseTo(theme.change().stats().meanChange(), within(1e-5));
        assertThat(Double.parseDouble(goals.get("wilcoxon_p"))).isCloseTo(theme.change().stats().wilcoxonP(), within(1e-5));
        assertThat(goals.get("suppressed")).isEqualTo("false");

        assertThat(Double.parseDouble(goals.get("holm_t_p"))).isCloseTo(theme.change().adjustedTP(), within(1e-5));
        assertThat(Double.parseDouble(goals.get("holm_wilcoxon_p"))).isCloseTo(theme.change().adjustedWilcoxonP(), within(1e-5));
        assertThat(Double.parseDouble(goals.get("d_z_ci_low"))).isCloseTo(theme.change().stats().dzCiLow(), within(1e-5));
        assertThat(Double.parseDouble(goals.get("hedges_g_z"))).isCloseTo(theme.change().stats().hedgesGz(), within(1e-5));
        assertThat(Double.parseDouble(goals.get("rank_biserial"))).isCloseTo(theme.change().stats().wilcoxon().rankBiserial(), within(1e-5));
        assertThat(Double.parseDouble(goals.get("after_cronbach_alpha"))).isCloseTo(theme.after().reliability().cronbachAlpha(), within(1e-5));
        assertThat(goals.get("bh_t_p")).as("questions only").isEmpty();
        assertThat(goals.get("before_item_total")).as("questions only").isEmpty();

        CSVRecord hope3 = rows.stream().filter(r -> r.get("team").equals("All teams") && r.get("key").equals("hope-3")).findFirst().orElseThrow();
        assertThat(hope3.get("reverse_scored")).isEqualTo("true");
        ItemFigures hope3Figures = report.overall().items().stream().filter(i -> i.item().key().equals("hope-3")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(hope3.get("bh_t_p"))).isCloseTo(hope3Figures.change().adjustedTP(), within(1e-5));
        assertThat(Double.parseDouble(hope3.get("before_item_total"))).isCloseTo(hope3Figures.before().inTheme().itemTotal(), within(1e-5));
        assertThat(Double.parseDouble(hope3.get("after_alpha_if_deleted")))
                .isCloseTo(hope3Figures.after().inTheme().alphaIfDeleted(), within(1e-5));
        assertThat(hope3.get("holm_t_p")).as("themes only").isEmpty();
        assertThat(hope3.get("question")).startsWith("Some people I work with will never get better");
        CSVRecord knowledge = rows.stream().filter(r -> r.get("key").equals("risk-k1")).findFirst().orElseThrow();
        assertThat(knowledge.get("level")).isEqualTo("knowledge");
        assertThat(knowledge.get("before_pct_correct")).isNotEmpty();
        assertThat(knowledge.get("mean_change")).isEmpty();
    }

    @Test
    void csvLeavesHiddenFiguresEmptyAndSaysWhy() throws Exception {
        List<CSVRecord> rows = csv(reports.export(small(), ExportFormat.CSV));
        CSVRecord charlie = rows.stream().filter(r -> r.get("team").equals("Export Charlie") && r.get("key").equals("hope-1")).findFirst().orElseThrow();
        assertThat(charlie.get("suppressed")).isEqualTo("true");
        assertThat(charlie.get("suppressed_reason")).isEqualTo("too-few");
        assertThat(List.of(charlie.get("before_n"), charlie.get("before_mean"), charlie.get("pairs"), charlie.get("mean_change"),
                charlie.get("t_p"), charlie.get("d_z"), charlie.get("d_z_ci_low"), charlie.get("bh_t_p"), charlie.get("before_item_total"),
                charlie.get("after_alpha_if_deleted"))).containsOnly("");
        CSVRecord charlieHope = rows.stream().filter(r -> r.get("team").equals("Export Charlie") && r.get("key").equals("hope")).findFirst().orElseThrow();
        assertThat(List.of(charlieHope.get("before_cronbach_alpha"), charlieHope.get("before_alpha_ci_low"), charlieHope.get("holm_t_p"),
                charlieHope.get("hedges_g_z"))).containsOnly("");
        CSVRecord bravo = rows.stream().filter(r -> r.get("team").equals("Export Bravo") && r.get("key").equals("hope-1")).findFirst().orElseThrow();
        assertThat(bravo.get("suppressed_reason")).isEqualTo("protects-others");
        assertThat(bravo.get("mean_change")).isEmpty();
        CSVRecord alpha = rows.stream().filter(r -> r.get("team").equals("Export Alpha") && r.get("key").equals("hope-1")).findFirst().orElseThrow();
        assertThat(alpha.get("pairs")).isEqualTo("9");
        assertThat(alpha.get("release")).isEqualTo("1");
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAsAFormulaAreDefused() throws Exception {
        ReportFixtures.released(account("evaluator"), programmes, responseImport, releases, "report-formula", List.of("=HYPERLINK(\"http://x\")", "@Evil", "Plain team"),
                new int[]{5, 5, 5}, 9);
        String text = new String(reports.export(reports.report(account("evaluator"), "report-formula", null, null, null), ExportFormat.CSV).content(),
                StandardCharsets.UTF_8);
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://x\"\")\"", ",'@Evil,").doesNotContain(",=HYPERLINK", ",@Evil");
        assertThat(CsvCells.guard("-1+1")).isEqualTo("'-1+1");
        assertThat(CsvCells.guard("+44")).isEqualTo("'+44");
        assertThat(CsvCells.guard("Team")).isEqualTo("Team");
        // numbers stay numbers: a negative change is not prefixed
        List<CSVRecord> rows = csv(reports.export(reports.report(account("evaluator"), "recovery-practice-2026", null, null, null), ExportFormat.CSV));
        assertThat(rows).extracting(r -> r.get("ci_low")).anySatisfy(v -> assertThat(v).startsWith("-"));
    }

    @Test
    void xlsxOpensWithOneSheetPerPartOfTheReport() throws Exception {
        Report report = small();
        ReportFile file = reports.export(report, ExportFormat.XLSX);
        assertThat(file.fileName()).endsWith(".xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file.content()))) {
            assertThat(workbook.getSheets().map(Sheet::getName)).containsExactly("Primary outcome", "About", "Response", "Themes",
                    "Questions", "Reliability", "Attrition", "Knowledge questions", "Learning link", "What staff wrote");
            ThemeFigures first = report.overall().themes().getFirst();
            Row attrition = workbook.findSheet("Attrition").orElseThrow().read().stream()
                    .filter(r -> r.getCellAsString(0).orElse("").equals("All teams")
                            && r.getCellAsString(1).orElse("").equals(first.theme().title())).findFirst().orElseThrow();
            assertThat(first.attrition().hidden()).isNull();
            assertThat(attrition.getCellAsNumber(2).orElseThrow().intValue()).as("completers are the pairs")
                    .isEqualTo(first.change().stats().pairs());
            assertThat(attrition.getCellAsNumber(5).orElseThrow().intValue()).as("drop-outs: everyone before but the pairs")
                    .isEqualTo(first.before().stats().n() - first.change().stats().pairs());
            List<Row> reliability = workbook.findSheet("Reliability").orElseThrow().read();
            assertThat(reliability.getFirst().getCellAsString(5)).contains("Cronbach's alpha");
            Row allHope = reliability.stream().filter(r -> r.getCellAsString(0).orElse("").equals("All teams")
                    && r.getCellAsString(3).isEmpty() && r.getCellAsString(1).orElse("").equals(report.overall().themes().getFirst().theme().title())).findFirst().orElseThrow();
            assertThat(allHope.getCellAsNumber(5).orElseThrow().doubleValue()).isCloseTo(
                    report.overall().themes().getFirst().before().reliability().cronbachAlpha(), within(1e-9));
            Row charlieTheme = reliability.stream().filter(r -> r.getCellAsString(0).orElse("").equals("Export Charlie")).findFirst().orElseThrow();
            assertThat(charlieTheme.getCellAsString(11)).contains("fewer than 5");
            assertThat(charlieTheme.getCellAsNumber(5)).isEmpty();
            List<Row> about = workbook.findSheet("About").orElseThrow().read();
            assertThat(about.getFirst().getCellAsString(0)).contains("Programme evaluation report: Report test report-export");
            List<Row> questions = workbook.findSheet("Questions").orElseThrow().read();
            assertThat(questions.getFirst().getCellAsString(3)).contains("Question");
            assertThat(questions).hasSize(1 + 24 * 4);
            Row alphaHope = questions.stream().filter(r -> r.getCellAsString(0).orElse("").equals("Export Alpha")
                    && r.getCellAsString(1).orElse("").equals("hope-1")).findFirst().orElseThrow();
            assertThat(alphaHope.getCellAsNumber(11).orElseThrow().intValue()).isEqualTo(9);          // pairs
            assertThat(alphaHope.getCellAsNumber(12)).isPresent();                                     // mean change
            Row charlieHope = questions.stream().filter(r -> r.getCellAsString(0).orElse("").equals("Export Charlie")
                    && r.getCellAsString(1).orElse("").equals("hope-1")).findFirst().orElseThrow();
            assertThat(charlieHope.getCellAsString(12)).contains("fewer than 5");
            List<Row> response = workbook.findSheet("Response").orElseThrow().read();
            assertThat(response).extracting(r -> r.getCellAsString(0).orElse("")).containsExactly("Team", "All teams",
                    "Export Alpha", "Export Bravo", "Export Charlie");
            List<Row> written = workbook.findSheet("What staff wrote").orElseThrow().read();
            assertThat(written).extracting(r -> r.getCellAsString(3).orElse("")).anySatisfy(t -> assertThat(t).startsWith("Comment from"));
        }
    }

    @Test
    void unlinkedComparisonIsInTheCsvColumnsTheWorkbookAndThePdfAsWeakerEvidence() throws Exception {
        Report report = reports.report(account("evaluator"), "recovery-practice-2026", null, null, null);
        assertThat(report.unlinked()).isNotNull();
        List<CSVRecord> rows = csv(reports.export(report, ExportFormat.CSV));
        CSVRecord theme = rows.stream().filter(r -> r.get("team").equals("All teams") && r.get("level").equals("theme")).findFirst()
                .orElseThrow();
        assertThat(theme.get("unlinked_before_n")).isEqualTo("6");
        assertThat(theme.get("unlinked_after_n")).isEqualTo("7");
        assertThat(Double.parseDouble(theme.get("welch_p"))).isBetween(0.0, 1.0);
        assertThat(Double.parseDouble(theme.get("mann_whitney_p"))).isBetween(0.0, 1.0);
        assertThat(Integer.parseInt(theme.get("all_before_n"))).isEqualTo(Integer.parseInt(theme.get("before_n")) + 6);
        CSVRecord team = rows.stream().filter(r -> !r.get("team").equals("All teams") && r.get("level").equals("theme")).findFirst()
                .orElseThrow();
        assertThat(team.get("welch_p")).as("a team row of the all-teams report").isEmpty();

        PdfTextExtractor pdf = new PdfTextExtractor(new PdfReader(reports.export(report, ExportFormat.PDF).content()));
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= new PdfReader(reports.export(report, ExportFormat.PDF).content()).getNumberOfPages(); page++) {
            text.append(pdf.getTextFromPage(page)).append('\n');
        }
        String flat = text.toString().replaceAll("\\s+", " ");
        assertThat(flat).contains("Weaker evidence: everyone before against everyone after", "Mann–Whitney",
                "the paired figures remain the main result", "Unlinked responses. Responses imported without a participant code");

        try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(reports.export(report, ExportFormat.XLSX).content()))) {
            assertThat(workbook.findSheet("Unlinked (weaker evidence)")).isPresent();
        }
    }

    @Test
    void pdfIsABoardPaperWithTitleMethodTablesAndCharts() throws Exception {
        Report report = small();
        ReportFile file = reports.export(report, ExportFormat.PDF);
        assertThat(file.contentType()).isEqualTo("application/pdf");
        PdfReader reader = new PdfReader(file.content());
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        String title = extractor.getTextFromPage(1);
        assertThat(title).contains("Programme evaluation report", "Report test report-export", "Before survey:",
                "Teams: Export Alpha, Export Bravo, Export Charlie");
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(extractor.getTextFromPage(page)).append('\n');
        }
        String text = all.toString();
        assertThat(text).contains("About this report", "Wilcoxon signed-rank", "no figure is about fewer than 5 people",
                "Who took part", "Response rate by team", "Themes: All teams", "Theme scores before and after",
                "Questions: All teams", "How answers changed, question by question", "Knowledge questions",
                "Teams side by side", "Learning link", "What staff wrote", "Comment from Export Alpha");
        assertThat(text).contains("fewer than 5", "hidden", "Release 1");
        assertThat(text.replaceAll("\\s+", " ")).contains("Holm 1979", "Benjamini & Hochberg 1995", "Feldt 1965", "Kerby 2014", "Cumming & Finch 2001",
                "Do each theme's questions measure one thing?", "Cronbach's alpha", "Hedges' g_z", "biserial",
                "t-test p, Holm", "McDonald's omega (McDonald 1999)");
        assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void analysisFilesComeAsOneZipWithACodebookThatThePdfRepeats() throws Exception {
        Report report = reports.report(account("evaluator"), "recovery-practice-2026", null, null, null);
        ReportFile zip = reports.export(report, ExportFormat.ZIP);
        assertThat(zip.fileName()).isEqualTo("report-recovery-practice-2026-before-after-release-1.zip");
        assertThat(zip.contentType()).isEqualTo("application/zip");
        String codebook = null;
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip.content()))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().endsWith("-codebook.csv")) {
                    codebook = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        List<CSVRecord> lines = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(codebook)).getRecords();
        CSVRecord hidden = lines.stream().filter(l -> l.get("name").equals("hidden")).findFirst().orElseThrow();
        assertThat(hidden.get("values")).startsWith("0 = Shown; 1 = Fewer than " + report.minGroupSize() + " people;");
        assertThat(lines.stream().filter(l -> l.get("name").equals("reverse_scored")).findFirst().orElseThrow().get("missing_codes")).isEqualTo("-1");
        ItemFigures reversed = report.overall().items().stream().filter(i -> i.item().reverse()).findFirst().orElseThrow();
        CSVRecord question = lines.stream().filter(l -> l.get("section").equals("question") && l.get("name").equals(reversed.item().key()))
                .findFirst().orElseThrow();
        assertThat(question.get("reverse_scored")).isEqualTo("true");
        assertThat(question.get("theme")).isEqualTo(reversed.item().theme());
        assertThat(question.get("label")).isEqualTo(reversed.item().text());

        PdfReader reader = new PdfReader(reports.export(report, ExportFormat.PDF).content());
        String lastPage = new PdfTextExtractor(reader).getTextFromPage(reader.getNumberOfPages());
        StringBuilder codebookPages = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            String text = new PdfTextExtractor(reader).getTextFromPage(page);
            if (text.contains("Codebook of the analysis files") || !codebookPages.isEmpty()) {
                codebookPages.append(text).append('\n');
            }
        }
        assertThat(lastPage).isNotEmpty();
        // table cells wrap long names across lines
        assertThat(codebookPages.toString().replaceAll("\\s+", "")).contains("Codebookoftheanalysisfiles", "not_applicable_hidden",
                "reverse_scored", "Fewerthan" + report.minGroupSize() + "people", reversed.item().key());
    }

    @Test
    void pdfKeepsTeamNamesInEveryScript() {
        List<String> teams = ScriptNames.NAMES.stream().map(n -> "Team " + n).toList();
        ReportFixtures.released(account("evaluator"), programmes, responseImport, releases, "report-scripts", teams, teams.stream().mapToInt(t -> 6).toArray(), 5);
        ReportFile file = reports.export(reports.report(account("evaluator"), "report-scripts", null, null, null), ExportFormat.PDF);

        // the title page lists the teams, wrapped over lines
        String text = ScriptNames.textOf(file.content()).replaceAll("\\s+", " ");

        assertThat(text).contains(teams);
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
