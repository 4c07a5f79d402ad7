package org.lantern.reflection;

import org.junit.jupiter.api.Test;
import org.lantern.base.content.ContentException;
import org.lantern.base.content.ContentFile;
import org.lantern.base.content.ContentFiles;
import org.lantern.base.content.ContentProblem;
import org.lantern.base.content.ContentProblems;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ReflectionContentTest {

    @Test
    void theShippedModelsAndGroundRulesLoad() {
        ReflectionContent content = new ReflectionContent();
        ContentProblems problems = new ContentProblems();
        content.load(ContentFiles.fromFolder(Path.of("content")), problems);
        assertThat(problems.list()).isEmpty();
        assertThat(content.model("what-so-what-now-what")).get().satisfies(m -> assertThat(m.stages()).hasSize(3));
        assertThat(content.model("gibbs")).get().satisfies(m -> assertThat(m.stages()).hasSize(6));
        assertThat(content.groundRules()).isNotEmpty().anySatisfy(r -> assertThat(r).containsIgnoringCase("names"));
        // "what is said here stays here" is never promised without its limit: risk of harm goes to safeguarding
        assertThat(content.groundRules()).filteredOn(r -> r.toLowerCase().contains("stays here")).singleElement()
                .satisfies(r -> assertThat(r).containsIgnoringCase("safeguarding").containsIgnoringCase("immediate danger"));
    }

    @Test
    void modelProblemsNameTheLine() {
        String model = """
                key: quick
                title: Quick
                stages:
                  - key: one
                    title: One
                    minutes: 10
                    prompts: []
                """;
        ContentException e = catchThrowableOfType(ContentException.class, () -> ReflectionContent.parseModel("quick", model));
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.getMessage()).isEqualTo("Stage 'one' needs at least one prompt.");
        e = catchThrowableOfType(ContentException.class, () -> ReflectionContent.parseModel("other", model));
        assertThat(e.getMessage()).isEqualTo("The key 'quick' must match the file name 'other'.");
        e = catchThrowableOfType(ContentException.class, () -> ReflectionContent.parseModel("quick",
                model.replace("minutes: 10", "minutes: 500").replace("prompts: []", "prompts: [Why]")));
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.getMessage()).isEqualTo("'minutes' should be between 1 and 120, not 500.");
    }

    @Test
    void aBrokenModelFileDoesNotHideTheOthers() {
        ReflectionContent content = new ReflectionContent();
        ContentProblems problems = new ContentProblems();
        content.load(ContentFiles.of(List.of(
                new ContentFile("reflection-models/ok.yaml", "key: ok\ntitle: OK\nstages:\n  - {key: a, title: A, minutes: 5, prompts: [Why]}\n"),
                new ContentFile("reflection-models/bad.yaml", "key: bad\ntitle: [\n"),
                new ContentFile("sessions/ground-rules.yaml", "rules: [Be kind]\n")), "test"), problems);
        assertThat(content.model("ok")).isPresent();
        assertThat(problems.list()).extracting(ContentProblem::file).containsExactly("reflection-models/bad.yaml");
    }
}
