package org.lantern.base.content;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LastValidContentTest {

    private final LastValidContent<String> catalogue = new LastValidContent<>();

    /** Reads each file as its text in capitals; a file whose text is "broken" has a problem on line 3. */
    private ContentProblems reload(Map<String, String> files) {
        ContentProblems problems = new ContentProblems();
        LastValidContent<String>.Reload reload = catalogue.reload(problems, "Still using the last valid version.");
        files.forEach((key, text) -> reload.read(key, "things/" + key + ".yaml", () -> {
            if (text.equals("broken")) {
                throw new ContentException(3, "Not a thing.");
            }
            return text.toUpperCase();
        }));
        reload.finish();
        return problems;
    }

    @Test
    void aBadReloadKeepsTheLastValidVersionAndReportsTheError() {
        assertThat(reload(Map.of("a", "first a", "b", "first b")).isEmpty()).isTrue();

        ContentProblems problems = reload(Map.of("a", "broken", "b", "second b"));

        assertThat(catalogue.get("a")).contains("FIRST A");
        assertThat(catalogue.get("b")).contains("SECOND B");
        assertThat(problems.list()).containsExactly(new ContentProblem("things/a.yaml", 3, "Not a thing."),
                new ContentProblem("things/a.yaml", 0, "Still using the last valid version."));
    }

    @Test
    void anItemThatWasNeverValidIsReportedAndNotShown() {
        ContentProblems problems = reload(Map.of("c", "broken"));

        assertThat(catalogue.get("c")).isEmpty();
        assertThat(catalogue.size()).isZero();
        assertThat(problems.list()).containsExactly(new ContentProblem("things/c.yaml", 3, "Not a thing."));
    }

    @Test
    void aFileThatIsGoneIsGoneAndNothingIsLiveBeforeTheReloadFinishes() {
        reload(Map.of("a", "a", "b", "b"));
        ContentProblems problems = new ContentProblems();
        LastValidContent<String>.Reload reload = catalogue.reload(problems, null);
        reload.read("a", "things/a.yaml", () -> "new a");

        assertThat(catalogue.all()).containsExactlyInAnyOrder("A", "B");
        reload.finish();
        assertThat(catalogue.all()).containsExactly("new a");
        assertThat(catalogue.get("b")).isEmpty();
    }
}
