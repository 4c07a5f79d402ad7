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
        requireTools();
        Account evaluator = people.findByUsername("evaluator").orElseThrow();
        ReportFixtures.released(evaluator, programmes, responseImport, releases, KEY, TEAMS, new int[]{9, 7, 3}, 11);
        Report report = reports.report(evaluator, KEY, null, null, null);
        ReportFile zip = reports.export(report, ExportFormat.ZIP);
        String name = "report-" + KEY + "-before-after-release-1";
        assertThat(zip.fileName()).isEqualTo(name + ".zip");
        assertThat(unzip(zip.content())).containsExactlyInAnyOrder(name + ".csv", name + ".sps", name + ".R", name + ".do",
                name + "-codebook.csv");
        AnalysisTable lantern = AnalysisData.of(report, name + ".csv");
        assertThat(lantern.column("hidden")).as("the small team's figures are hidden").contains("1");

        Files.writeString(folder.resolve("check.sps"), """
                INSERT FILE='%s.sps' ENCODING='UTF-8'.
                DISPLAY DICTIONARY.
                SAVE TRANSLATE /OUTFILE='pspp-data.csv' /TYPE=CSV /FIELDNAMES /MISSING=RECODE /REPLACE.
                AGGREGATE OUTFILE=* /BREAK=wave /mean_of_mean=MEAN(mean) /n_mean=NU(mean) /n_reverse=NU(reverse_scored).
                SAVE TRANSLATE /OUTFILE='pspp-summary.csv' /TYPE=CSV /FIELDNAMES /REPLACE.
                """.formatted(name));
        String dictionary = run("pspp", "-O", "format=csv", "-o", "pspp-dictionary.csv", "check.sps");
        String psppDictionary = Files.readString(folder.resolve("pspp-dictionary.csv"), StandardCharsets.UTF_8);
        assertThat(dictionary).doesNotContainIgnoringCase("error").doesNotContainIgnoringCase("warning");

        Files.writeString(folder.resolve("check.R"), """
                source("%s.R", encoding = "UTF-8")
                labels <- data.frame(name = names(lantern), label = sapply(lantern, function(x) attr(x, "label")),
                  class = sapply(lantern, function(x) class(x)[1]), levels = sapply(lantern, function(x) paste(levels(x), collapse = "|")))
                write.csv(labels, "r-labels.csv", row.names = FALSE, fileEncoding = "UTF-8")
                write.csv(data.frame(lapply(lantern, as.character)),
                  "r-data.csv", row.names = FALSE, na = "", fileEncoding = "UTF-8")
                write.csv(aggregate(cbind(mean_of_mean = mean) ~ wave, data = lantern, FUN = mean),
                  "r-summary.csv", row.names = FALSE, fileEncoding = "UTF-8")
                """.formatted(name));
        run("Rscript", "check.R");

        // what Lantern wrote, column by column
        List<String> names = lantern.variables().stream().map(Variable::name).toList();
        List<CSVRecord> pspp = csv("pspp-data.csv");
        List<CSVRecord> r = csv("r-data.csv");
        assertThat(pspp).hasSize(lantern.rows().size());
        assertThat(r).hasSize(lantern.rows().size());
        for (int row = 0; row < lantern.rows().size(); row++) {
            for (int c = 0; c < names.size(); c++) {
                Variable v = lantern.variables().get(c);
                String written = lantern.rows().get(row).get(c);
                String missingAsEmpty = v.kind() == Variable.Kind.INTEGER && !written.isEmpty() && v.missing().contains(Integer.valueOf(written))
                        ? "" : written;
                sameValue(v, missingAsEmpty, pspp.get(row).get(v.name()).strip(), "PSPP", row);
                String label = v.coded() && !missingAsEmpty.isEmpty() ? v.values().get(Integer.parseInt(written)) : missingAsEmpty;
                sameValue(v, label, r.get(row).get(v.name()), "R", row);
            }
        }
        // the labels each tool loaded
        Map<String, CSVRecord> rLabels = csv("r-labels.csv").stream().collect(Collectors.toMap(x -> x.get("name"), x -> x));
        for (Variable v : lantern.variables()) {
            assertThat(rLabels.get(v.name()).get("label")).isEqualTo(v.label());
            assertThat(rLabels.get(v.name()).get("class")).isEqualTo(v.coded() ? "factor" : switch (v.kind()) {
                case TEXT -> "character";
                case INTEGER -> "integer";
                case DECIMAL -> "numeric";
            });
            if (v.coded()) {
                assertThat(rLabels.get(v.name()).get("levels")).isEqualTo(v.values().entrySet().stream()
                        .filter(e -> !v.missing().contains(e.getKey())).map(Map.Entry::getValue).collect(Collectors.joining("|")));
            }
            assertThat(psppDictionary).contains(v.label());
        }
        assertThat(psppValueLabels(psppDictionary)).isEqualTo(lantern.variables().stream().filter(Variable::coded)
                .collect(Collectors.toMap(Variable::label, v -> v.values().entrySet().stream()
                        .map(e -> e.getKey() + (v.missing().contains(e.getKey()) ? " (user-missing)" : "") + " = " + e.getValue()).toList())));

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
        assertThat(r).extracting(x -> x.get("team")).contains(TEAMS.toArray(String[]::new));
    }

    private static void sameValue(Variable v, String expected, String loaded, String tool, int row) {
        String where = tool + " row " + (row + 1) + " column " + v.name();
        if (v.kind() == Variable.Kind.TEXT || v.coded() && tool.equals("R")) {
            assertThat(loaded).as(where).isEqualTo(expected);
        } else if (expected.isEmpty()) {
            assertThat(loaded).as(where).isEmpty();
        } else {
            assertThat(Double.parseDouble(loaded)).as(where).isCloseTo(Double.parseDouble(expected), within(1e-9));
        }
    }

    /** The value labels PSPP shows, per variable label: "code = label", "(user-missing)" after the code of a missing value. */
    private static Map<String, List<String>> psppValueLabels(String dictionary) throws IOException {
        String table = dictionary.substring(dictionary.indexOf("Table: Value Labels\n") + 20);
        table = table.substring(0, table.indexOf("\nFootnote"));
        Map<String, List<String>> labels = new java.util.HashMap<>();
        String variable = "";
        List<CSVRecord> lines = CSVFormat.DEFAULT.parse(new StringReader(table)).getRecords();
        for (CSVRecord line : lines.subList(1, lines.size())) {
            variable = line.get(0).isEmpty() ? variable : line.get(0);
            labels.computeIfAbsent(variable, v -> new ArrayList<>()).add(line.get(1).replace("[a]", " (user-missing)") + " = " + line.get(2));
        }
        return labels;
    }

    /** PSPP and R, or why the test cannot run. */
    static void requireTools() {
        List<String> missing = new ArrayList<>();
        for (String tool : List.of("pspp", "Rscript")) {
            boolean found = List.of(Objects.requireNonNullElse(System.getenv("PATH"), "").split(File.pathSeparator)).stream()
                    .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
            if (!found) {
                missing.add(tool);
            }
        }
        String message = "The analysis files' round trip needs " + String.join(" and ", missing) + " on the PATH "
                + "(Debian: apt-get install pspp r-base-core).";
        if (!missing.isEmpty() && "true".equals(System.getenv("LANTERN_CI"))) {
            fail(message + " CI must have them: .ci/run installs them.");
        }
        assumeTrue(missing.isEmpty(), message + " Skipped on this machine.");
    }

    private String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(command[0] + " did not finish in 60 s");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(command[0] + " said:\n" + output).isZero();
        return output;
    }

    private List<CSVRecord> csv(String file) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(folder.resolve(file), StandardCharsets.UTF_8))).getRecords();
    }

    private List<String> unzip(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                Files.write(folder.resolve(entry.getName()), in.readAllBytes());
            }
        }
        return names;
    }
}
