package org.lantern.training.tools;

import org.lantern.base.Keyed;

import java.util.List;
import java.util.Optional;

/**
 * A practice tool as written in {@code content/tools/<key>.yaml}: sections of questions.
 *
 * @param key     also the file name and the address, e.g. {@code safety-plan} at {@code tools/safety-plan}
 * @param summary one or two sentences for the list of tools
 * @param intro   how to use the tool, shown above the form
 */
public record ToolDefinition(String key, String title, String summary, String intro, List<Section> sections) {

    public ToolDefinition {
        sections = List.copyOf(sections);
    }

    /** Every field of every section, in order. */
    public List<Field> fields() {
        return sections.stream().flatMap(s -> s.fields().stream()).toList();
    }

    public Optional<Field> field(String fieldKey) {
        return fields().stream().filter(f -> f.key().equals(fieldKey)).findFirst();
    }

    /** A titled group of questions. */
    public record Section(String key, String title, String help, List<Field> fields) {
        public Section {
            fields = List.copyOf(fields);
        }
    }

    /**
     * One question.
     *
     * @param help         extra guidance shown under the field, or empty
     * @param options      the answers to choose from, for {@link FieldType#CHOICE} only
     * @param defaultValue text already in a new copy, which the person can keep, change or delete
     *                     ({@link FieldType#TEXT} and {@link FieldType#TEXTAREA} only), or empty
     */
    public record Field(String key, FieldType type, String label, String help, List<String> options,
                        String defaultValue) {
        public Field {
            options = List.copyOf(options);
        }

        public Field(String key, FieldType type, String label, String help, List<String> options) {
            this(key, type, label, help, options, "");
        }
    }

    /** The kinds of answer a field takes. */
    public enum FieldType implements Keyed {
        /** One line, up to 300 characters. */
        TEXT(300),
        /** Several lines, up to 5,000 characters. */
        TEXTAREA(5_000),
        /** Ticked or not: stored as {@code true} or {@code false}. */
        CHECKBOX(5),
        /** A day, stored as an ISO date such as {@code 2026-03-31}. */
        DATE(10),
        /** One of the field's options. */
        CHOICE(300);

        private final int maxLength;

        FieldType(int maxLength) {
            this.maxLength = maxLength;
        }

        public int maxLength() {
            return maxLength;
        }

        /** The type a YAML file names by its key, e.g. {@code textarea}. */
        public static Optional<FieldType> fromKey(String key) {
            return Keyed.fromKey(FieldType.class, key);
        }
    }
}
