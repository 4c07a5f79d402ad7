package org.lantern.stories;

import java.util.List;

/**
 * What the checks found in a story's text.
 *
 * @param personalDetails likely identifying details (de-identification check)
 * @param safeguarding    passages suggesting a current risk of harm (safeguarding triage)
 */
public record StoryChecks(List<PersonalDetail> personalDetails, List<String> safeguarding) {

    /** What the de-identification check and the safeguarding triage find in a draft's text. */
    static StoryChecks of(PersonalDetailsCheck check, StoryDraft draft) {
        String text = draft.allText();
        return new StoryChecks(check.find(text), SafeguardingCheck.concerns(text));
    }

    /** Nothing found. */
    public boolean clean() {
        return personalDetails.isEmpty() && safeguarding.isEmpty();
    }
}
