package org.lantern.reflection;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The group rules for session feedback, on their own. */
class FeedbackRulesTest {

    private static final Instant AT = Instant.parse("2026-06-16T15:00:00Z");

    private static List<SessionRepository.Feedback> answers(int[] ratings, String... takeaways) {
        List<SessionRepository.Feedback> list = new ArrayList<>();
        for (int i = 0; i < ratings.length; i++) {
            list.add(new SessionRepository.Feedback(ratings[i], i < takeaways.length ? takeaways[i] : ""));
        }
        return list;
    }

    private static SessionDetail.FeedbackSummary freeze(int min, int[] ratings, String... takeaways) {
        return FeedbackRules.freeze(answers(ratings, takeaways), min, new Random(1), AT);
    }

    @Test
    void fewerThanTheMinimumShowsNothingAtAll() {
        SessionDetail.FeedbackSummary s = freeze(5, new int[]{2, 3, 4, 5}, "a", "b", "c", "d");
        assertThat(s.tooFewAnswers()).isTrue();
        assertThat(s.responses()).isNull();
        assertThat(s.ratingCounts()).isNull();
        assertThat(s.meanRating()).isNull();
        assertThat(s.takeaways()).isNull();
        assertThat(s.minGroupSize()).isEqualTo(5);
    }

    @Test
    void theMinimumIsTheConfiguredOneNotAFixedThree() {
        assertThat(freeze(3, new int[]{2, 3, 4}).responses()).isEqualTo(3);
        assertThat(freeze(6, new int[]{1, 2, 3, 4, 5}).tooFewAnswers()).isTrue();
    }

    @Test
    void variedRatingsShowTheMeanAndHowManyGaveEach() {
        SessionDetail.FeedbackSummary s = freeze(5, new int[]{4, 5, 4, 3, 5});
        assertThat(s.responses()).isEqualTo(5);
        assertThat(s.ratingCounts()).containsExactly(0, 0, 1, 2, 2);
        assertThat(s.meanRating()).isEqualTo(4.2);
        assertThat(s.sameRatingFromEveryone()).isFalse();
    }

    @Test
    void whenEveryoneGaveTheSameRatingNoRatingIsShown() {
        SessionDetail.FeedbackSummary s = freeze(5, new int[]{4, 4, 4, 4, 4, 4}, "a", "b", "c", "d", "e");
        assertThat(s.responses()).isEqualTo(6);
        assertThat(s.sameRatingFromEveryone()).isTrue();
        assertThat(s.ratingCounts()).isNull();
        assertThat(s.meanRating()).as("the mean would be everyone's rating").isNull();
        assertThat(s.takeaways()).as("take-aways follow their own rule").hasSize(5);
    }

    @Test
    void takeawaysNeedTheMinimumNumberOfWriters() {
        SessionDetail.FeedbackSummary four = freeze(5, new int[]{1, 2, 3, 4, 5}, "a", " ", "c", "d", "e");
        assertThat(four.responses()).isEqualTo(5);
        assertThat(four.takeaways()).as("a blank take-away is not one").isNull();
        SessionDetail.FeedbackSummary five = freeze(5, new int[]{1, 2, 3, 4, 5, 5}, "a", "b", "", "d", "e", "f");
        assertThat(five.takeaways()).containsExactlyInAnyOrder("a", "b", "d", "e", "f");
    }

    @Test
    void takeawaysAreShuffledSoTheirOrderSaysNothingAboutWhoAnsweredWhen() {
        String[] written = IntStream.range(0, 8).mapToObj(i -> "t" + i).toArray(String[]::new);
        List<SessionRepository.Feedback> list = answers(new int[]{1, 2, 3, 4, 5, 1, 2, 3}, written);
        long inAnswerOrder = IntStream.range(0, 20)
                .mapToObj(seed -> FeedbackRules.freeze(list, 5, new Random(seed), AT).takeaways())
                .filter(t -> t.equals(List.of(written))).count();
        assertThat(inAnswerOrder).isLessThan(2);
    }

    @Test
    void feedbackDaysAreReadFromLanternSessionsFeedbackDaysAndDefaultToSeven() {
        assertThat(bind(Map.of()).feedbackDays()).isEqualTo(7);
        assertThat(bind(Map.of("lantern.sessions.feedback-days", "3")).feedbackDays()).isEqualTo(3);
        assertThatThrownBy(() -> bind(Map.of("lantern.sessions.feedback-days", "0")))
                .hasRootCauseMessage("lantern.sessions.feedback-days must be between 1 and 365");
    }

    private static SessionProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("lantern.sessions", SessionProperties.class);
    }
}
