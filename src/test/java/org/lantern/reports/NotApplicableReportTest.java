package org.lantern.reports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.lantern.surveys.NewProgramme;
import org.lantern.surveys.Programmes;
import org.lantern.surveys.ResponseImport;
import org.lantern.surveys.SurveyDefinition;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * "Not applicable" in a released report: left out of means, tests and pairs, counted per question and
 * wave, and those counts hidden like any other small count.
 */
@LanternTest
@Transactional
class NotApplicableReportTest {

    private static final String KEY = "na-report-test";
    private static final String ONE = "NA Report One";
    private static final String TWO = "NA Report Two";

    @Autowired
    ReportService reports;
    @Autowired
    ReleaseService releases;
    @Autowired
    ResponseImport responseImport;
    @Autowired
    Programmes programmes;
    @Autowired
    PeopleService people;

    /** planning-p1 before, per person (team One's 12, then team Two's 8); 0 is "Not applicable". */
    private static final int[] P1_BEFORE = {0, 0, 0, 0, 0, 0, 2, 3, 4, 2, 3, 5, 0, 0, 1, 2, 3, 4, 2, 3};

    @BeforeEach
    void released() {
        SurveyDefinition survey = programmes.survey("recovery-knowledge-v2").orElseThrow();
        programmes.createProgramme(account("evaluator"), new NewProgramme(KEY, "Not applicable report", survey.key(), List.of(ONE, TWO),
                List.of(new NewProgramme.NewWave("before", ReportFixtures.START, ReportFixtures.START.plusDays(20)),
                        new NewProgramme.NewWave("after", ReportFixtures.START.plusDays(150), ReportFixtures.START.plusDays(170)))));
        List<String> planning = survey.items().stream().filter(i -> i.theme().equals("planning")
                && i.type() == SurveyDefinition.ItemType.LIKERT).map(SurveyDefinition.Item::key).toList();
        StringBuilder csv = new StringBuilder("participant,team,wave," + String.join(",", planning) + "\n");
        for (int p = 0; p < P1_BEFORE.length; p++) {
            for (String wave : List.of("before", "after")) {
                csv.append("P").append(p).append(',').append(p < 12 ? ONE : TWO).append(',').append(wave);
                for (int i = 0; i < planning.size(); i++) {
                    String value;
                    if (planning.get(i).equals("planning-p1")) {
                        // after: people 0 to 2 still answer "Not applicable", the others move one point up
                        value = wave.equals("before") ? (P1_BEFORE[p] == 0 ? "NA" : String.valueOf(P1_BEFORE[p]))
                                : p < 3 ? "NA" : String.valueOf(Math.min(5, Math.max(P1_BEFORE[p], 2) + 1));
                    } else {
                        value = String.valueOf(1 + (p + i + (wave.equals("after") ? 1 : 0)) % 5);
                    }
                    csv.append(',').append(value);
                }
                csv.append('\n');
            }
        }
        var result = responseImport.importCsv(account("evaluator"), KEY, new StringReader(csv.toString()), false, n -> { });
        assertThat(result.rejected()).isEmpty();
        releases.release(account("evaluator"), KEY, null, null, Set.of(), null);
    }

    @Test
    void notApplicableIsLeftOutOfMeansTestsAndPairsAndCountedOnItsOwn() {
        Report report = reports.report(account("evaluator"), KEY, null, null, null);
        ItemFigures p1 = item(report.overall(), "planning-p1");
        // the numbers given before, without the eight "Not applicable" answers: 12 people
        double[] numbers = Arrays.stream(P1_BEFORE).filter(v -> v > 0).asDoubleStream().toArray();
        assertThat(p1.before().stats().n()).isEqualTo(12);
        assertThat(p1.before().stats().mean()).as("a 'Not applicable' averaged as any number would move this")
                .isCloseTo(Arrays.stream(numbers).average().orElseThrow(), within(1e-12));
        assertThat(p1.change().stats().pairs()).as("nobody with 'Not applicable' in either survey is paired").isEqualTo(12);
        assertThat(p1.notApplicable().before().value()).isEqualTo(8);
        assertThat(p1.notApplicable().after().hidden()).as("3 people: too few to show").isEqualTo(Hidden.TOO_FEW);

        ThemeFigures planning = report.overall().themes().stream().filter(t -> t.theme().key().equals("planning")).findFirst().orElseThrow();
        assertThat(planning.before().stats().n()).as("like a blank, it leaves the person out of the theme in that survey").isEqualTo(12);
        assertThat(item(report.overall(), "planning-p3").before().stats().n()).isEqualTo(12);
        assertThat(item(report.overall(), "planning-p3").notApplicable()).as("not offered there").isNull();

        GroupReport one = report.teams().get(0);
        GroupReport two = report.teams().get(1);
        assertThat(item(two, "planning-p1").notApplicable().before().hidden()).as("2 people").isEqualTo(Hidden.TOO_FEW);
        assertThat(item(one, "planning-p1").notApplicable().before().hidden())
                .as("6 shown beside the total of 8 would give team Two's 2").isEqualTo(Hidden.PROTECTS_OTHERS);
        assertThat(item(one, "planning-p1").notApplicable().before().value()).isNull();
    }

    @Test
    void analysisDataKeepsNotApplicableHiddenAndDoesNotApplyApart() {
        Report report = reports.report(account("evaluator"), KEY, null, null, null);
        org.lantern.reports.analysis.AnalysisTable table = org.lantern.reports.analysis.AnalysisData.of(report, "data.csv");
        List<String> team = table.column("team");
        List<String> key = table.column("key");
        List<String> wave = table.column("wave");
        java.util.function.BiFunction<String, String, Integer> row = (t, k) -> java.util.stream.IntStream.range(0, team.size())
                .filter(r -> team.get(r).equals(t) && key.get(r).equals(k) && wave.get(r).equals("1")).findFirst().orElseThrow();
        int all = row.apply("All teams", "planning-p1");
        assertThat(table.column("n").get(all)).as("Not applicable is not in n").isEqualTo("12");
        assertThat(table.column("not_applicable").get(all)).isEqualTo("8");
        assertThat(table.column("not_applicable_hidden").get(all)).isEqualTo("0");
        int one = row.apply(ONE, "planning-p1");
        assertThat(table.column("not_applicable").get(one)).as("hidden: an empty cell").isEmpty();
        assertThat(table.column("not_applicable_hidden").get(one)).as("with its reason: protects others").isEqualTo("3");
        int p3 = row.apply("All teams", "planning-p3");
        assertThat(table.column("not_applicable").get(p3)).isEmpty();
        assertThat(table.column("not_applicable_hidden").get(p3)).as("not offered: the missing code").isEqualTo("-1");
    }

    @Test
    void theCountsAreInEveryExportAndStoredReleasesReadBack() throws Exception {
        Report report = reports.report(account("evaluator"), KEY, null, null, null);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(reports.export(report, ExportFormat.CSV).content(), StandardCharsets.UTF_8))).getRecords();
        CSVRecord all = rows.stream().filter(r -> r.get("team").equals("All teams") && r.get("key").equals("planning-p1")).findFirst().orElseThrow();
        assertThat(all.get("before_n")).isEqualTo("12");
        assertThat(all.get("before_not_applicable")).isEqualTo("8");
        assertThat(all.get("after_not_applicable")).isEmpty();
        assertThat(all.get("not_applicable_reason")).isEqualTo("too-few");

        PdfReader reader = new PdfReader(reports.export(report, ExportFormat.PDF).content());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        assertThat(text.toString()).contains("Answered \"Not applicable\"", "Not applicable: some questions let people answer");

        // a release stored before "Not applicable" existed reads back without it
        ItemFigures p1 = item(report.overall(), "planning-p1");
        String stored = ReleaseRepository.JSON.writeValueAsString(p1);
        assertThat(ReleaseRepository.JSON.readValue(stored, ItemFigures.class)).isEqualTo(p1);
        String old = stored.replace(",\"notApplicable\":true", "").replaceAll(",\"notApplicable\":\\{.*\\}\\}$", "}");
        assertThat(old).doesNotContain("notApplicable");
        ItemFigures before = ReleaseRepository.JSON.readValue(old, ItemFigures.class);
        assertThat(before.notApplicable()).isNull();
        assertThat(before.item().notApplicable()).isFalse();
        assertThat(before.before()).isEqualTo(p1.before());
    }

    private static ItemFigures item(GroupReport g, String key) {
        return g.items().stream().filter(i -> i.item().key().equals(key)).findFirst().orElseThrow();
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
