package org.lantern.stories;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SafeguardingCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Last night she told me she wants to end it all.",
            "I am going to kill myself if nothing changes.",
            "He said he is suicidal again.",
            "I'm still cutting myself most nights.",
            "Her partner hits her when he has been drinking.",
            "She is being abused by her son.",
            "He told me he is scared to go home.",
            "She said she will take an overdose tonight."})
    void textSuggestingCurrentRiskIsFlagged(String text) {
        assertThat(SafeguardingCheck.concerns(text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Some years ago she took an overdose; now she manages her own tablets.",
            "We wrote a safety plan together, with what she would do if the thoughts came back.",
            "He had self-harmed in the past and talked about what helped.",
            "The training covered responding to distress and suicide prevention."})
    void recoveryStoriesAboutPastRiskAreNotFlagged(String text) {
        assertThat(SafeguardingCheck.concerns(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"content/stories"})
    void noShippedStoryIsHeldBack(String folder) throws IOException {
        try (var files = Files.list(Path.of(folder))) {
            for (Path file : files.toList()) {
                assertThat(SafeguardingCheck.concerns(Files.readString(file))).as(file.toString()).isEmpty();
            }
        }
    }
}
