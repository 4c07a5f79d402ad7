package org.lantern.training;

import lombok.RequiredArgsConstructor;

import org.lantern.base.privacy.PersonalDataHolder;
import org.lantern.base.privacy.PersonalDataSection;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Training's part of people's data rights: lessons done, modules completed, knowledge check attempts
 * and last positions in "Download my data" (with CSV tables), all deleted on erasure.
 */
@Component
@RequiredArgsConstructor
class TrainingPersonalData implements PersonalDataHolder {

    private final TrainingRepository repository;

    record Training(List<LessonDone> lessonsDone, List<ModuleCompleted> modulesCompleted,
                    List<CheckAttempt> checkAttempts, List<LastPosition> lastPositions) {
    }

    record LessonDone(String module, String lesson, OffsetDateTime doneAt) {
    }

    record ModuleCompleted(String module, String title, int minutes, OffsetDateTime completedAt) {
    }

    record CheckAttempt(String module, OffsetDateTime submittedAt, int correct, int total, int score, boolean passed,
                        JsonNode answers) {
    }

    record LastPosition(String module, String lesson, OffsetDateTime visitedAt) {
    }

    @Override
    public List<PersonalDataSection> export(long accountId) {
        Training training = repository.trainingForExport(accountId);
        String readme = "- Lessons marked as done: " + training.lessonsDone().size() + " (`training-progress.csv`)\n"
                + "- Modules completed: " + training.modulesCompleted().stream().map(ModuleCompleted::title)
                .collect(Collectors.joining(", ")) + (training.modulesCompleted().isEmpty() ? "none" : "") + "\n"
                + "- Knowledge check attempts: " + training.checkAttempts().size() + " (`check-attempts.csv`)\n";
        return List.of(PersonalDataSection.of(20, "training", training, "Training", readme)
                .withTable("training-progress.csv", List.of("module", "lesson", "done_at"), training.lessonsDone().stream()
                        .map(l -> List.of(l.module(), l.lesson(), l.doneAt().toString())).toList())
                .withTable("check-attempts.csv", List.of("module", "submitted_at", "correct", "total", "score", "passed"),
                        training.checkAttempts().stream().map(c -> List.of(c.module(), c.submittedAt().toString(),
                                "" + c.correct(), "" + c.total(), "" + c.score(), "" + c.passed())).toList()));
    }

    @Override
    public List<String> erase(long accountId) {
        repository.deleteProgressOf(accountId);
        return List.of();
    }

    @Override
    public int erasureOrder() {
        return 30;
    }
}
