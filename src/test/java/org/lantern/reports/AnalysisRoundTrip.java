package org.lantern.reports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.lantern.reports.analysis.AnalysisTable;
import org.lantern.reports.analysis.Variable;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Reads one table of the analysis files back with PSPP (its {@code .sps}) and R (its {@code .R}) in a folder that holds
 * the unpacked ZIP, and checks that the values, variable labels, value labels and missing codes they load equal
 * Lantern's. Extra PSPP and R lines (summaries) run after loading, in the same scripts.
 */
record AnalysisRoundTrip(Path folder) {

    /** Loads the table in PSPP and R and compares each cell, label and value label with Lantern's. */
    void check(AnalysisTable lantern, String psppExtra, String rExtra) throws IOException, InterruptedException {
        String base = lantern.dataFile().replaceAll("\\.csv$", "");
        String object = lantern.object();
        Files.writeString(folder.resolve("check.sps"), """
                INSERT FILE='%s.sps' ENCODING='UTF-8'.
                DISPLAY DICTIONARY.
                SAVE TRANSLATE /OUTFILE='pspp-data.csv' /TYPE=CSV /FIELDNAMES /MISSING=RECODE /REPLACE.
                """.formatted(base) + psppExtra);
        String output = run("pspp", "-O", "format=csv", "-o", "pspp-dictionary.csv", "check.sps");
        String psppDictionary = Files.readString(folder.resolve("pspp-dictionary.csv"), StandardCharsets.UTF_8);
        assertThat(output).as(base).doesNotContainIgnoringCase("error").doesNotContainIgnoringCase("warning");
        Files.writeString(folder.resolve("check.R"), """
                source("%1$s.R", encoding = "UTF-8")
                lantern_check <- %2$s
                labels <- data.frame(name = names(lantern_check), label = sapply(lantern_check, function(x) attr(x, "label")),
                  class = sapply(lantern_check, function(x) class(x)[1]),
                  levels = sapply(lantern_check, function(x) paste(levels(x), collapse = "|")))
                write.csv(labels, "r-labels.csv", row.names = FALSE, fileEncoding = "UTF-8")
                write.csv(data.frame(lapply(lantern_check, as.character)), "r-data.csv", row.names = FALSE, na = "", fileEncoding = "UTF-8")
                """.formatted(base, object) + rExtra);
        run("Rscript", "check.R");

        List<CSVRecord> pspp = csv("pspp-data.csv");
        List<CSVRecord> r = csv("r-data.csv");
        assertThat(pspp).as(base).hasSize(lantern.rows().size());
        assertThat(r).as(base).hasSize(lantern.rows().size());
        for (int row = 0; row < lantern.rows().size(); row++) {
            for (int c = 0; c < lantern.variables().size(); c++) {
                Variable v = lantern.variables().get(c);
                String written = lantern.rows().get(row).get(c);
                String missingAsEmpty = v.kind() == Variable.Kind.INTEGER && !written.isEmpty() && v.missing().contains(Integer.valueOf(written))
                        ? "" : written;
                sameValue(v, missingAsEmpty, pspp.get(row).get(v.name()).strip(), base + ": PSPP", row);
                String label = v.coded() && !missingAsEmpty.isEmpty() ? v.values().get(Integer.parseInt(written)) : missingAsEmpty;
                sameValue(v, label, r.get(row).get(v.name()), base + ": R", row);
            }
        }
        Map<String, CSVRecord> rLabels = csv("r-labels.csv").stream().collect(Collectors.toMap(x -> x.get("name"), x -> x));
        for (Variable v : lantern.variables()) {
            assertThat(rLabels.get(v.name()).get("label")).as(base + " " + v.name()).isEqualTo(v.label());
            assertThat(rLabels.get(v.name()).get("class")).as(base + " " + v.name()).isEqualTo(v.coded() ? "factor" : switch (v.kind()) {
                case TEXT -> "character";
                case INTEGER -> "integer";
                case DECIMAL -> "numeric";
            });
            if (v.coded()) {
                assertThat(rLabels.get(v.name()).get("levels")).as(base + " " + v.name()).isEqualTo(v.values().entrySet().stream()
                        .filter(e -> !v.missing().contains(e.getKey())).map(Map.Entry::getValue).collect(Collectors.joining("|")));
            }
            assertThat(psppDictionary).contains(v.label());
        }
        assertThat(psppValueLabels(psppDictionary)).as(base).isEqualTo(lantern.variables().stream().filter(Variable::coded)
                .collect(Collectors.toMap(Variable::label, v -> v.values().entrySet().stream()
                        .map(e -> e.getKey() + (v.missing().contains(e.getKey()) ? " (user-missing)" : "") + " = " + e.getValue()).toList())));
    }

    private static void sameValue(Variable v, String expected, String loaded, String tool, int row) {
        String where = tool + " row " + (row + 1) + " column " + v.name();
        if (v.kind() == Variable.Kind.TEXT || v.coded() && tool.endsWith("R")) {
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
        // the table ends at its footnote (there is one when a value is user-missing), the next table or the end
        int end = table.length();
        for (String next : List.of("\nFootnote", "\nTable:")) {
            end = table.contains(next) ? Math.min(end, table.indexOf(next)) : end;
        }
        table = table.substring(0, end).strip();
        Map<String, List<String>> labels = new HashMap<>();
        String variable = "";
        List<CSVRecord> lines = CSVFormat.DEFAULT.parse(new StringReader(table)).getRecords();
        for (CSVRecord line : lines.subList(1, lines.size())) {
            variable = line.get(0).isEmpty() ? variable : line.get(0);
            labels.computeIfAbsent(variable, v -> new ArrayList<>()).add(line.get(1).replace("[a]", " (user-missing)") + " = " + line.get(2));
        }
        return labels;
    }

    /** PSPP and R, or why the test cannot run: skipped on a developer machine without them, failed in CI. */
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

    String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(command[0] + " did not finish in 60 s");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(command[0] + " said:\n" + output).isZero();
        return output;
    }

    List<CSVRecord> csv(String file) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(folder.resolve(file), StandardCharsets.UTF_8))).getRecords();
    }

    /** Unpacks the ZIP into the folder; the names of its files. */
    List<String> unzip(byte[] zip) throws IOException {
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
