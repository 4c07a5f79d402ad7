package org.lantern.stories;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The enums stored as text in the story table are written and read as the database's CHECK constraints spell them. */
class StoryColumnsTest {

    @Test
    void enumsAreStoredAsTheirNamesInLowerCase() {
        var statuses = org.lantern.base.database.StoredEnums.lowerCaseNames(StoryStatus.class);
        assertThat(statuses.to(StoryStatus.CHANGES_REQUESTED)).isEqualTo("changes_requested");
        assertThat(statuses.from("changes_requested")).isEqualTo(StoryStatus.CHANGES_REQUESTED);
        for (StoryStatus status : StoryStatus.values()) {
            assertThat(statuses.from(statuses.to(status))).isEqualTo(status);
            assertThat(statuses.to(status)).isEqualTo(status.key());
        }
        assertThat(org.lantern.base.database.StoredEnums.lowerCaseNames(PracticeStory.Source.class).to(PracticeStory.Source.CONTENT)).isEqualTo("content");
        assertThat(org.lantern.base.database.StoredEnums.lowerCaseNames(StoryConsent.class).from("composite")).isEqualTo(StoryConsent.COMPOSITE);
    }

    @Test
    void audiencesAreWrittenSortedAndUnknownOnesAreLeftOutWhenRead() {
        var audiences = StoryColumns.audiences();
        assertThat(audiences.to(EnumSet.of(Audience.TRAINING, Audience.LIBRARY))).containsExactly("library", "training");
        assertThat(audiences.to(Set.of())).isEmpty();
        assertThat(audiences.from(new String[]{"sessions", "podcasts"})).containsExactly(Audience.SESSIONS);
    }
}
