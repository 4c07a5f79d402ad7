package org.lantern.stories;

import java.util.List;

/**
 * What the checks found in a story's text.
 *
 * @param personalDetails likely identifying details (de-identification check)
 * @param safeguarding    passages suggesting a current risk of harm (safeguarding triage)
 */
public record StoryChecks(List<PersonalDetail> personalDetails, List<String> safeguarding) {

    public boolean clean() {
        return personalDetails.isEmpty() && safeguarding.isEmpty();
    }
}
