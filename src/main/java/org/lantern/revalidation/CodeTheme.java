package org.lantern.revalidation;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** The four themes of the NMC Code, one of which a reflective account relates to. */
@RequiredArgsConstructor
@Getter
public enum CodeTheme {
    PRIORITISE_PEOPLE("Prioritise people"),
    PRACTISE_EFFECTIVELY("Practise effectively"),
    PRESERVE_SAFETY("Preserve safety"),
    PROMOTE_PROFESSIONALISM("Promote professionalism and trust");

    private final String label;

    static @org.jspecify.annotations.Nullable CodeTheme fromLabel(String label) {
        for (CodeTheme theme : values()) {
            if (theme.label.equalsIgnoreCase(label.strip())) {
                return theme;
            }
        }
        return null;
    }
}
