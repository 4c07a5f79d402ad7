package org.lantern.reports.analysis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantern.reports.analysis.Variable.Kind;
import org.lantern.reports.analysis.Variable.Level;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Each syntax writer's escaping and missing codes, on labels with apostrophes, quotes, non-ASCII letters and macro characters. */
class AnalysisWritersTest {

    private static final String TRICKY = "I'm sure Siobhán said \"no\" for $5 `x' \\ ok";

    @TempDir
    Path folder;

    private static AnalysisTable table() {
        Map<Integer, String> answers = new LinkedHashMap<>();
        answers.put(-1, "Does not apply");
        answers.put(1, TRICKY);
        answers.put(2, "Ça va – 100% ✓");
        List<Variable> variables = List.of(
                new Variable("team", "Team", Kind.TEXT, Level.NOMINAL, Map.of(), List.of(), 1).withWidth(16),
                new Variable("answer", "Answer to 'I'm able' (code)", Kind.INTEGER, Level.NOMINAL, answers, List.of(-1), 0),
                new Variable("mean", "Mean of Siobhán's \"scores\"", Kind.DECIMAL, Level.SCALE, Map.of(), List.of(), 0));
        return new AnalysisTable("Siobhán's programme", "data.csv", variables,
                List.of(List.of("Siobhán's Team", "1", "2.5"), List.of("Ward \"Quiet\"", "-1", ""), List.of("North", "2", "0.000123")),
                List.of());
    }

    @Test
    void spssStringsDoubleTheirApostrophesAndValueLabelsKeepTo120Bytes() {
        assertThat(SpssSyntax.quote("I'm")).isEqualTo("'I''m'");
        assertThat(SpssSyntax.quote("two\nlines")).isEqualTo("'two lines'");
        String long_ = "é".repeat(100);
        assertThat(SpssSyntax.cut(long_).getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(120);
        assertThat(SpssSyntax.cut(long_)).startsWith("éé").endsWith("é...");
        String sps = SpssSyntax.write(table());
        assertThat(sps).contains("/FILE='data.csv'", "/ENCODING='UTF-8'", "team A16", "answer F40.0",
                "mean 'Mean of Siobhán''s \"scores\"'", "1 'I''m sure Siobhán said \"no\" for $5 `x'' \\ ok'",
                "MISSING VALUES answer (-1).", "answer (NOMINAL)", "mean (SCALE)", "FILE LABEL 'Siobhán''s programme'.");
    }

    @Test
    void rStringsEscapeQuotesAndBackslashesAndWriteNonAsciiAsUnicodeEscapes() {
        assertThat(RScript.quote(TRICKY)).isEqualTo("\"I'm sure Siobh\\u00e1n said \\\"no\\\" for $5 `x' \\\\ ok\"");
        assertThat(RScript.quote("✓")).isEqualTo("\"\\u2713\"");
        String r = RScript.write(table());
        assertThat(r.lines().filter(line -> !line.startsWith("#"))).as("code in ASCII only, so any locale reads it")
                .allMatch(line -> line.chars().allMatch(c -> c < 0x80));
        assertThat(r).contains("team = \"character\"", "answer = \"integer\"", "mean = \"numeric\"",
                "lantern$answer[lantern$answer %in% c(-1L)] <- NA",
                "lantern$answer <- factor(lantern$answer, levels = c(1L, 2L),",
                "attr(lantern$mean, \"label\") <- \"Mean of Siobh\\u00e1n's \\\"scores\\\"\"");
    }

    @Test
    void stataStringsUseCompoundQuotesAndEscapeMacroCharacters() {
        assertThat(StataDo.quote(TRICKY)).isEqualTo("`\"I'm sure Siobhán said \"no\" for \\$5 \\`x' \\ ok\"'");
        assertThat(StataDo.cut("a".repeat(100))).hasSize(80).endsWith("...");
        String stata = StataDo.write(table());
        assertThat(stata).contains("import delimited using `\"data.csv\"', varnames(1)", "encoding(\"utf-8\")",
                "stringcols(1) numericcols(2 3) clear", "label variable mean `\"Mean of Siobhán's \"scores\"\"'",
                "mvdecode answer, mv(-1=.a)",
                "label define answer_lbl .a `\"Does not apply\"' 1 `\"I'm sure Siobhán said \"no\" for \\$5 \\`x' \\ ok\"' 2 `\"Ça va – 100% ✓\"', replace",
                "label values answer answer_lbl", "label data `\"Siobhán's programme\"'");
    }

    @Test
    void codebookListsEveryColumnWithItsValuesAndMissingCodes() {
        List<List<String>> lines = Codebook.lines(table());
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("variable", "answer", "Answer to 'I'm able' (code)", "integer", "nominal",
                "1 = " + TRICKY + "; 2 = Ça va – 100% ✓; -1 = Does not apply", "-1");
    }

    /** The tricky labels as PSPP and R read them (skipped here without the tools; the round-trip test fails in CI instead). */
    @Test
    void psppAndRReadTheTrickyLabelsAsWritten() throws Exception {
        assumeTrue(onPath("pspp") && onPath("Rscript"), "needs pspp and Rscript on the PATH");
        AnalysisTable table = table();
        Files.writeString(folder.resolve("data.csv"), AnalysisFiles.data(table));
        Files.writeString(folder.resolve("data.sps"), SpssSyntax.write(table));
        Files.writeString(folder.resolve("data.R"), RScript.write(table));
        Files.writeString(folder.resolve("check.sps"), "INSERT FILE='data.sps' ENCODING='UTF-8'.\nDISPLAY DICTIONARY.\nLIST.\n");
        String pspp = run("pspp", "-O", "format=csv", "-o", "out.csv", "check.sps") + Files.readString(folder.resolve("out.csv"));
        assertThat(pspp).doesNotContain("error").contains("\"I'm sure Siobhán said \"\"no\"\" for $5 `x' \\ ok\"", "Ça va – 100% ✓",
                "-1[a],Does not apply", "\"Mean of Siobhán's \"\"scores\"\"\"", "\"Ward \"\"Quiet\"\"\"", "Siobhán's Team");
        Files.writeString(folder.resolve("check.R"), "source('data.R', encoding = 'UTF-8')\n"
                + "writeLines(c(levels(lantern$answer), attr(lantern$mean, 'label'), as.character(lantern$answer), lantern$team,"
                + " format(lantern$mean, digits = 6)), 'out.txt', useBytes = TRUE)\n");
        run("Rscript", "check.R");
        assertThat(Files.readAllLines(folder.resolve("out.txt"), StandardCharsets.UTF_8)).containsExactly(TRICKY, "Ça va – 100% ✓",
                "Mean of Siobhán's \"scores\"", TRICKY, "NA", "Ça va – 100% ✓", "Siobhán's Team", "Ward \"Quiet\"", "North",
                "2.500000", "      NA", "0.000123");
    }

    private String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static boolean onPath(String tool) {
        return List.of(Objects.requireNonNullElse(System.getenv("PATH"), "").split(File.pathSeparator)).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }
}
