package org.lantern.stories;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The themes, settings and roles stories are filed under, with the words people see. */
public final class StoryTopics {

    public static final Map<String, String> THEMES = ordered(
            "recovery", "Recovery",
            "hope", "Hope",
            "strengths", "Strengths",
            "positive-risk-taking", "Positive risk-taking",
            "safety-planning", "Safety planning",
            "values", "Values",
            "person-centred-planning", "Person-centred planning",
            "self-directed-support", "Self-directed support",
            "carers-and-families", "Carers and families",
            "duty-of-care-and-choice", "Duty of care and choice",
            "deskilling", "Deskilling",
            "culture-change", "Culture change",
            "peer-support", "Peer support",
            "goal-setting", "Goal setting");

    public static final Map<String, String> SETTINGS = ordered(
            "community-mental-health-team", "Community mental health team",
            "inpatient-ward", "Inpatient ward",
            "supported-living", "Supported living",
            "crisis-home-treatment", "Crisis and home treatment",
            "recovery-college", "Recovery college or day service",
            "family-home", "At home with family",
            "own-home", "The person's own home",
            "forensic-service", "Forensic service",
            "housing-and-homelessness", "Housing and homelessness services");

    /**
     * Settings no longer offered, with why and the words stories filed under them before still show. A
     * direct payment is a way of taking a personal budget (a funding route), not a place where support happens.
     */
    static final Map<String, String> RETIRED_SETTINGS = Map.of("direct-payments", "Personal assistants and direct payments");

    public static final Map<String, String> ROLES = ordered(
            "support-worker", "Support worker",
            "nurse", "Nurse",
            "social-worker", "Social worker",
            "occupational-therapist", "Occupational therapist",
            "peer-worker", "Peer worker",
            "manager", "Manager",
            "person-using-services", "Person using services",
            "carer", "Carer",
            "personal-assistant", "Personal assistant");

    private StoryTopics() {
    }

    /** The words for a theme, setting or role slug; the slug itself when unknown. */
    public static String label(String slug) {
        for (Map<String, String> map : java.util.List.of(THEMES, SETTINGS, ROLES, RETIRED_SETTINGS)) {
            String label = map.get(slug);
            if (label != null) {
                return label;
            }
        }
        return slug;
    }

    /** The known values of a facet dimension: theme, setting or role. */
    public static Set<String> values(String dimension) {
        return switch (dimension) {
            case "theme" -> THEMES.keySet();
            case "setting" -> SETTINGS.keySet();
            case "role" -> ROLES.keySet();
            default -> Set.of();
        };
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
