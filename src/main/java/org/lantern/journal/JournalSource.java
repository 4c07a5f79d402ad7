package org.lantern.journal;

/**
 * What a journal entry reflects on.
 *
 * @param type  {@code lesson}, {@code story}, {@code session} or {@code free}
 * @param ref   the item's reference within its type, e.g. {@code recovery-in-everyday-practice/01-what-recovery-means}
 *              for a lesson; empty for a free entry
 * @param label a human title for the item, e.g. the lesson title; empty for a free entry
 */
public record JournalSource(String type, String ref, String label) {

    public static final String LESSON = "lesson";
    public static final String STORY = "story";
    public static final String SESSION = "session";
    public static final String FREE = "free";

    /** An entry written on its own, not from a lesson, story or session. */
    public static JournalSource free() {
        return new JournalSource(FREE, "", "");
    }

    public static JournalSource lesson(String ref, String label) {
        return new JournalSource(LESSON, ref, label);
    }

    public boolean isFree() {
        return FREE.equals(type);
    }

    /** How the source reads in a sentence, e.g. "From the lesson: What recovery means"; empty for a free entry. */
    public String describe() {
        String name = label.isBlank() ? ref : label;
        return switch (type) {
            case LESSON -> "From the lesson: " + name;
            case STORY -> "From the practice story: " + name;
            case SESSION -> "From the reflective session: " + name;
            default -> "";
        };
    }
}
