package org.lantern.training;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lantern.base.content.ContentFiles;
import org.lantern.base.content.ContentProblems;
import org.lantern.base.content.Markdown;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editorial rules for the shipped lessons that the loader does not enforce: plain English (Flesch
 * reading ease of at least 60), a "What the law says" box in every module, law boxes that name the
 * nation they describe, and a sources note closing every module.
 */
class LessonContentTest {

    /** The lowest Flesch reading ease a lesson may have (60 to 70 is plain English). */
    static final double MIN_READING_EASE = 60;

    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'’]*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)|\\n+");
    private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");
    private static final Pattern LAW_BOX = Pattern.compile("(?m)^> ### What the law says.*$(?:\\n>.*)*");
    private static final List<String> NATIONS = List.of("England", "Wales", "Scotland", "Northern Ireland");

    private static List<TrainingModule> modules;

    @BeforeAll
    static void load() {
        ModuleCatalogue catalogue = new ModuleCatalogue();
        ContentProblems problems = new ContentProblems();
        catalogue.load(ContentFiles.fromFolder(Path.of("content")), problems);
        assertThat(problems.list()).isEmpty();
        modules = catalogue.modules();
    }

    /** Syllables by the usual rule of thumb: groups of vowels, less a silent final e. */
    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return 0;
        }
        if (w.length() <= 3) {
            return 1;
        }
        w = w.replaceAll("(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$", "").replaceAll("^y", "");
        Matcher m = VOWELS.matcher(w);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return Math.max(1, count);
    }

    /**
     * Flesch reading ease of Markdown text: 206.835 - 1.015 (words per sentence) - 84.6 (syllables
     * per word). Headings, list items and table cells end a sentence as well as full stops do.
     */
    static double readingEase(String markdown) {
        String text = Markdown.toPlainText(markdown).replace('-', ' ');
        int sentences = 0;
        for (String part : SENTENCE_END.split(text)) {
            if (WORD.matcher(part).find()) {
                sentences++;
            }
        }
        int words = 0;
        int syllables = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words++;
            syllables += syllables(m.group());
        }
        if (words == 0 || sentences == 0) {
            return 100;
        }
        return 206.835 - 1.015 * words / sentences - 84.6 * syllables / words;
    }

    @Test
    void theFormulaScoresPlainAndHardTextAsExpected() {
        assertThat(syllables("cat")).isEqualTo(1);
        assertThat(syllables("table")).isEqualTo(2);
        assertThat(syllables("made")).isEqualTo(1);
        assertThat(syllables("recovery")).isEqualTo(4);
        assertThat(syllables("capacity")).isEqualTo(4);
        assertThat(readingEase("The cat sat on the mat. It was a good day.")).isGreaterThan(100);
        assertThat(readingEase("Notwithstanding organisational considerations, multidisciplinary "
                + "accountability necessitates comprehensive documentation of individualised interventions."))
                .isLessThan(0);
    }

    @Test
    void everyLessonIsPlainEnglish() {
        List<String> hard = new ArrayList<>();
        for (TrainingModule module : modules) {
            for (TrainingModule.Lesson lesson : module.lessons()) {
                double ease = readingEase(lesson.markdown());
                if (ease < MIN_READING_EASE) {
                    hard.add("%s/%s: %.1f".formatted(module.folder(), lesson.key(), ease));
                }
            }
        }
        assertThat(hard).as("lessons below Flesch reading ease " + MIN_READING_EASE).isEmpty();
    }

    @Test
    void everyModuleEndsWithItsSourcesNamedNotLinked() {
        for (TrainingModule module : modules) {
            String last = module.lessons().getLast().markdown();
            int at = last.indexOf("\n## Sources and further reading\n");
            assertThat(at).as(module.key() + ": the last lesson has a 'Sources and further reading' section").isPositive();
            String sources = last.substring(at);
            assertThat(sources).as(module.key() + ": it is the last section").doesNotContain("\n## On your next shift", "\n## Key points");
            assertThat(sources).as(module.key() + ": sources are named by publisher and title, not linked")
                    .doesNotContain("http", "www.", "](");
        }
    }

    @Test
    void everyModuleSaysWhatTheLawSaysAndNamesTheNation() {
        for (TrainingModule module : modules) {
            List<String> boxes = new ArrayList<>();
            for (TrainingModule.Lesson lesson : module.lessons()) {
                Matcher m = LAW_BOX.matcher(lesson.markdown());
                while (m.find()) {
                    boxes.add(m.group());
                }
            }
            assertThat(boxes).as(module.key() + " has a 'What the law says' box").isNotEmpty();
            for (String box : boxes) {
                assertThat(NATIONS).as("a law box in " + module.key() + " names a nation:\n" + box)
                        .anyMatch(box::contains);
                assertThat(box).as("law boxes describe the law; they do not link to it").doesNotContain("http");
            }
        }
    }
}
