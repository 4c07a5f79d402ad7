package org.lantern.reports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantern.LanternTest;
import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.lantern.reports.analysis.AnalysisData;
import org.lantern.reports.analysis.AnalysisTable;
import org.lantern.reports.analysis.Variable;
import org.lantern.surveys.Programmes;
import org.lantern.surveys.ResponseImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The analysis files read back by the tools analysts use: the ZIP of a release (one team too small, so
 * some figures are hidden; team names with an apostrophe, quotes and non-ASCII letters) is unpacked,
 * PSPP runs the {@code .sps} and R the {@code .R}, and the values, labels and missing codes they load,
 * and means and counts they work out, must equal Lantern's. Without {@code pspp} and {@code Rscript}
 * the test is skipped on a developer machine, but fails in CI ({@code LANTERN_CI=true}).
 */
@LanternTest
@Transactional
class AnalysisFilesRoundTripTest {

    private static final String KEY = "analysis-round-trip";
    private static final List<String> TEAMS = List.of("Siobhán's Team", "Ward \"Quiet\" One", "Small Ward");

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

    @TempDir
    Path folder;

    @Test
    void psppAndRLoadTheSameValuesLabelsAndMissingCodes() throws Exception {
        AnalysisRoundTrip.requireTools();
        Account evaluator = people.findByUsername("evaluator").orElseThrow();
        ReportFixtures.programme(evaluator, programmes, responseImport, KEY, TEAMS, new int[]{9, 7, 3}, 11);
        // paper forms without a code: the independent-samples comparison (weaker evidence) gets its own columns
        ReportFixtures.importAnswers(evaluator, programmes, responseImport, KEY, TEAMS, new int[]{4, 3, 0}, 12, List.of("before", "after"), null);
        releases.release(evaluator, KEY, null, null, java.util.Set.of(), null);
        Report report = reports.report(evaluator, KEY, null, null, null);
        ReportFile zip = reports.export(report, ExportFormat.ZIP);
        String name = "report-" + KEY + "-before-after-release-1";
        assertThat(zip.fileName()).isEqualTo(name + ".zip");
        assertThat(new AnalysisRoundTrip(folder).unzip(zip.content())).containsExactlyInAnyOrder(name + ".csv", name + ".sps", name + ".R", name + ".do",
                name + "-attrition.csv", name + "-attrition.sps", name + "-attrition.R", name + "-attrition.do", name + "-codebook.csv");
        AnalysisTable lantern = AnalysisData.of(report, name + ".csv");
        assertThat(lantern.column("hidden")).as("the small team's figures are hidden").contains("1");
        assertThat(lantern.column("unlinked_status")).as("shown on change rows, does not apply elsewhere").contains("0", "-1");

        AnalysisRoundTrip roundTrip = new AnalysisRoundTrip(folder);
        roundTrip.check(lantern, """
                AGGREGATE OUTFILE=* /BREAK=wave /mean_of_mean=MEAN(mean) /n_mean=NU(mean) /n_reverse=NU(reverse_scored).
                SAVE TRANSLATE /OUTFILE='pspp-summary.csv' /TYPE=CSV /FIELDNAMES /REPLACE.
                """, """
                write.csv(aggregate(cbind(mean_of_mean = mean) ~ wave, data = lantern, FUN = mean),
                  "r-summary.csv", row.names = FALSE, fileEncoding = "UTF-8")
                """);
        List<String> names = lantern.variables().stream().map(Variable::name).toList();
        List<CSVRecord> r = csv("r-data.csv");
        // the summaries each tool works out: mean of the mean column per wave, and how many rows have one
        for (int wave = 1; wave <= 3; wave++) {
            int w = wave;
            List<Double> means = lantern.rows().stream().filter(row -> row.get(names.indexOf("wave")).equals(String.valueOf(w)))
                    .map(row -> row.get(names.indexOf("mean"))).filter(m -> !m.isEmpty()).map(Double::parseDouble).toList();
            double mean = means.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            CSVRecord psppSummary = csv("pspp-summary.csv").get(wave - 1);
            assertThat(Double.parseDouble(psppSummary.get("mean_of_mean").strip())).isCloseTo(mean, within(1e-6));
            assertThat(Double.parseDouble(psppSummary.get("n_mean").strip())).isEqualTo(means.size());
            CSVRecord rSummary = csv("r-summary.csv").get(wave - 1);
            assertThat(Double.parseDouble(rSummary.get("mean_of_mean"))).isCloseTo(mean, within(1e-9));
        }
        ThemeFigures hope = report.overall().themes().stream().filter(t -> t.theme().key().equals("hope")).findFirst().orElseThrow();
        CSVRecord hopeChange = r.stream().filter(x -> x.get("team").equals("All teams") && x.get("key").equals("hope")
                && x.get("level").equals("Theme") && x.get("wave").startsWith("Change")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(hopeChange.get("mean"))).isCloseTo(hope.change().stats().meanChange(), within(1e-5));
        assertThat(Integer.parseInt(hopeChange.get("n"))).isEqualTo(hope.change().stats().pairs());
        var hopeUnlinked = Objects.requireNonNull(report.unlinked()).row("hope", true).comparison();
        assertThat(Double.parseDouble(hopeChange.get("welch_p"))).isCloseTo(hopeUnlinked.welchP(), within(1e-5));
        assertThat(Integer.parseInt(hopeChange.get("all_before_n"))).isEqualTo(hopeUnlinked.before().n());
        assertThat(hopeChange.get("unlinked_status")).isEqualTo("Shown");
        assertThat(r).extracting(x -> x.get("team")).contains(TEAMS.toArray(String[]::new));
    }

    private List<CSVRecord> csv(String file) throws IOException {
        return new AnalysisRoundTrip(folder).csv(file);
    }
}
