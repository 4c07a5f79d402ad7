package org.lantern.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * {@code src/test/resources/reports/knowledge-answers.txt}: per person their team and the option chosen for three
 * knowledge questions before and after (0 right, 1 and 2 wrong, -1 not answered). {@code knowledge_reference.py} next
 * to it computes the reference discriminations with scipy (R's {@code cor} gives the same to 15 digits).
 */
public final class KnowledgeAnswers {

    /** scipy.stats.pointbiserialr of each question with the number right of the other two, before (23 people) and after (25). */
    public static final double[] BEFORE = {0.27529827717249056, 0.35887028128263676, 0.5318767311538051};
    public static final double[] AFTER = {0.28950875135664933, 0.4680938552698185, 0.6481812160876684};

    private KnowledgeAnswers() {
    }

    /** One row per person: team, k1 k2 k3 before, k1 k2 k3 after. */
    public static List<int[]> rows() {
        try (InputStream in = KnowledgeAnswers.class.getResourceAsStream("/reports/knowledge-answers.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> Arrays.stream(l.trim().split(" ")).mapToInt(Integer::parseInt).toArray()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Right (1) or wrong (0) per question, for the people who answered all three at the wave (0 before, 1 after). */
    public static int[][] rightOrWrong(int wave) {
        return rows().stream().map(r -> Arrays.copyOfRange(r, 1 + 3 * wave, 4 + 3 * wave))
                .filter(r -> Arrays.stream(r).allMatch(v -> v >= 0))
                .map(r -> Arrays.stream(r).map(v -> v == 0 ? 1 : 0).toArray()).toArray(int[][]::new);
    }
}
