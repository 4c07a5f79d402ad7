package org.lantern.surveys;

import org.lantern.base.Keyed;

import java.util.List;
import java.util.Optional;

/** A survey as authored in {@code content/surveys/<key>.yaml}. */
public record SurveyDefinition(String key, String title, String description, Scale scale, List<Theme> themes,
                               List<Item> items) {

    /**
     * The code of a "Not applicable" answer wherever answers travel as text: in CSV imports, and between
     * the answering form and {@link SurveyAnswering#saveAnswer}. Never a number, so it cannot be averaged.
     */
    public static final String NOT_APPLICABLE = "NA";

    /** How a "Not applicable" answer reads to people. */
    public static final String NOT_APPLICABLE_LABEL = "Not applicable";

    /**
     * What a then-test (retrospective pre-test) answer's key adds to its question's key: {@code hope-1.then}. Item keys
     * never hold a dot, so such a key can never be another question's, and its answers stay apart from the question's own.
     */
    public static final String THEN_TEST_SUFFIX = ".then";

    public Optional<Item> item(String itemKey) {
        return items.stream().filter(i -> i.key().equals(itemKey)).findFirst();
    }

    public Optional<Theme> theme(String themeKey) {
        return themes.stream().filter(t -> t.key().equals(themeKey)).findFirst();
    }

    /**
     * The columns of a CSV import of this survey's answers ({@code participant,team,wave}, then every item key
     * in the survey's order): the order of the printable survey, so paper forms are typed in from left to right.
     */
    public List<String> importColumns() {
        List<String> columns = new java.util.ArrayList<>(List.of("participant", "team", "wave"));
        items.forEach(item -> columns.add(item.key()));
        thenTestItems().forEach(item -> columns.add(item.key()));
        return List.copyOf(columns);
    }

    /**
     * The then-test questions: for each likert item with a {@code thenTest} version, a likert question keyed
     * {@code <key>.then} with the then-test wording, asked in the follow-up waves only (never the first wave).
     */
    public List<Item> thenTestItems() {
        return items.stream().filter(Item::hasThenTest)
                .map(i -> new Item(i.key() + THEN_TEST_SUFFIX, i.theme(), ItemType.LIKERT, i.thenTest(), i.reverse(), List.of(), "",
                        i.notApplicable()))
                .toList();
    }

    /** A then-test question by its key ({@code <key>.then}). */
    public Optional<Item> thenTestItem(String itemKey) {
        return thenTestItems().stream().filter(i -> i.key().equals(itemKey)).findFirst();
    }

    /** Items that are scored (likert and choice). */
    public List<Item> scoredItems() {
        return items.stream().filter(i -> i.type() != ItemType.TEXT).toList();
    }

    /** The answer scale of likert items; labels run from {@code min} to {@code max}. */
    public record Scale(int min, int max, List<String> labels) {

        public String label(int value) {
            return labels.get(value - min);
        }
    }

    public record Theme(String key, String title) {
    }

    /**
     * One question.
     *
     * @param theme   the theme key, or empty for free-text items
     * @param reverse likert items worded the other way: scored {@code min + max - answer}
     * @param options for choice items
     * @param answer  the correct option of a choice item
     * @param notApplicable likert items that offer a "Not applicable" answer, for staff whose work never
     *                      involves what the question asks about; such an answer is kept apart from the scale
     * @param thenTest the wording of the question's then-test (retrospective pre-test) version, asked in the follow-up
     *                 waves: "looking back, before the training, how would you have answered this?"; empty for none
     */
    public record Item(String key, String theme, ItemType type, String text, boolean reverse, List<String> options,
                       String answer, boolean notApplicable, String thenTest) {

        /** An item without a then-test version. */
        public Item(String key, String theme, ItemType type, String text, boolean reverse, List<String> options, String answer,
                    boolean notApplicable) {
            this(key, theme, type, text, reverse, options, answer, notApplicable, "");
        }

        /** Whether the item has a then-test version. */
        public boolean hasThenTest() {
            return !thenTest.isEmpty();
        }

        /** An item without a "Not applicable" answer. */
        public Item(String key, String theme, ItemType type, String text, boolean reverse, List<String> options, String answer) {
            this(key, theme, type, text, reverse, options, answer, false);
        }
    }

    public enum ItemType implements Keyed {
        LIKERT, CHOICE, TEXT;

        static Optional<ItemType> fromKey(String key) {
            return Keyed.fromKey(ItemType.class, key);
        }
    }
}
