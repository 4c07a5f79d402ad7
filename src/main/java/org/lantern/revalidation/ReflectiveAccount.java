package org.lantern.revalidation;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reflective account, in the person's own words, laid out under the headings of the NMC's
 * reflective accounts form. Saved as a journal entry whose text holds one section per heading.
 *
 * @param activity what the activity or experience was
 * @param learning what the person learned from it
 * @param practice how they changed or improved their practice as a result
 * @param theme    the theme of the Code it relates to, or null while not chosen
 * @param code     how it relates to the Code
 */
public record ReflectiveAccount(String title, String activity, String learning, String practice,
                                @Nullable CodeTheme theme, String code) {

    static final String ACTIVITY = "The activity or experience";
    static final String LEARNING = "What I learned from it";
    static final String PRACTICE = "How I changed or improved my practice as a result";
    static final String CODE = "How this relates to the Code";
    static final String THEME = "Theme of the Code: ";

    public ReflectiveAccount {
        title = title == null ? "" : title.strip();
        activity = activity == null ? "" : activity.strip();
        learning = learning == null ? "" : learning.strip();
        practice = practice == null ? "" : practice.strip();
        code = code == null ? "" : code.strip();
    }

    /** The sections in order, heading to text, with the theme as the Code section's first line. */
    Map<String, String> sections() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put(ACTIVITY, activity);
        sections.put(LEARNING, learning);
        sections.put(PRACTICE, practice);
        sections.put(CODE, ((theme == null ? "" : THEME + theme.label() + "\n\n") + code).strip());
        return sections;
    }

    /** Everything written, for the personal-details check. */
    String allText() {
        return String.join("\n\n", title, activity, learning, practice, code);
    }

    /** The journal entry text: one "## heading" section each. */
    String body() {
        List<String> parts = new ArrayList<>();
        sections().forEach((heading, text) -> parts.add("## " + heading + "\n\n" + text));
        return String.join("\n\n", parts).strip();
    }

    /** An account read back from its journal entry; text outside the known headings goes to the activity. */
    static ReflectiveAccount fromEntry(String title, String body) {
        Map<String, StringBuilder> parts = new LinkedHashMap<>();
        String current = ACTIVITY;
        for (String line : body.split("\n", -1)) {
            String heading = line.startsWith("## ") ? line.substring(3).strip() : "";
            if (List.of(ACTIVITY, LEARNING, PRACTICE, CODE).contains(heading)) {
                current = heading;
                continue;
            }
            parts.computeIfAbsent(current, k -> new StringBuilder()).append(line).append('\n');
        }
        String code = text(parts, CODE);
        CodeTheme theme = null;
        if (code.startsWith(THEME)) {
            String first = code.lines().findFirst().orElse("");
            theme = CodeTheme.fromLabel(first.substring(THEME.length()));
            if (theme != null) {
                code = code.substring(first.length()).strip();
            }
        }
        return new ReflectiveAccount(title, text(parts, ACTIVITY), text(parts, LEARNING), text(parts, PRACTICE), theme, code);
    }

    private static String text(Map<String, StringBuilder> parts, String heading) {
        StringBuilder text = parts.get(heading);
        return text == null ? "" : text.toString().strip();
    }
}
