package org.lantern.training;

import lombok.RequiredArgsConstructor;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.lantern.audit.AuditEventType;
import org.lantern.audit.AuditService;
import org.lantern.base.security.Account;
import org.lantern.base.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.lantern.base.export.CsvCells.guard;

/**
 * For editors and administrators: how each module's knowledge-check questions work (difficulty,
 * discrimination and which options people choose), from each person's first attempt. Aggregates only,
 * over the whole organisation (no team or date filter that could narrow it to one person), and a question's
 * figures only once {@value CheckQuestionFigures#MINIMUM_PEOPLE} different people have been asked it.
 */
@Service
@RequiredArgsConstructor
public class CheckQuestionReview {

    private final ModuleCatalogue catalogue;
    private final CheckAttemptRepository attempts;
    private final AuditService audit;
    private final Clock clock;

    /**
     * Every live module's questions with their figures, in module and bank order. The figures change only in batches:
     * they are worked out from the first attempts up to the module's last batch, which moves on (to every first attempt
     * so far) once at least {@value CheckQuestionFigures#BATCH} more people have made a first attempt.
     *
     * @throws TrainingException when the account is neither an editor nor an administrator
     */
    @Transactional
    public List<CheckQuestionFigures> modules(Account account) {
        requireEditor(account);
        Map<String, List<CheckAttemptRepository.FirstAttempt>> firsts = attempts.firstAttempts();
        Map<String, CheckAttemptRepository.Batch> batches = attempts.batches();
        return catalogue.modules().stream().map(m -> {
            List<CheckAttemptRepository.FirstAttempt> all = firsts.getOrDefault(m.key(), List.of());
            CheckAttemptRepository.Batch batch = batches.get(m.key());
            long shownUpTo = batch == null ? 0 : batch.lastAttemptId();
            if (all.stream().filter(a -> a.id() > shownUpTo).count() >= CheckQuestionFigures.BATCH) {
                batch = new CheckAttemptRepository.Batch(m.key(), all.getLast().id(), all.size(),
                        clock.instant().truncatedTo(ChronoUnit.MICROS)); // as the database keeps it
                attempts.saveBatch(batch);
            }
            long upTo = batch == null ? 0 : batch.lastAttemptId();
            CheckQuestionFigures figures = CheckItemAnalysis.analyse(m, all.stream().filter(a -> a.id() <= upTo)
                    .map(a -> TrainingService.fromJson(a.answersJson())).toList());
            return batch == null ? figures : figures.at(batch.updatedAt());
        }).toList();
    }

    /** The same figures as CSV, one line per option; recorded in the audit trail. */
    @Transactional
    public byte[] csv(Account account) {
        List<CheckQuestionFigures> modules = modules(account);
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord("module", "question_key", "question", "people_asked", "proportion_correct",
                    "discrimination", "flags", "option", "option_correct", "option_share", "note");
            for (CheckQuestionFigures module : modules) {
                for (CheckQuestionFigures.Question q : module.questions()) {
                    String flags = q.flags().stream().map(QuestionFlag::label).collect(Collectors.joining("; "));
                    for (CheckQuestionFigures.OptionShare o : q.options()) {
                        printer.printRecord(guard(module.moduleTitle()), guard(q.key()), guard(q.text()), q.drawnBy(),
                                number(q.proportionCorrect()), number(q.discrimination()), flags, guard(o.text()),
                                o.correct() ? "yes" : "no", number(o.share()), guard(q.note()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(account.username(), AuditEventType.EXPORT, "Knowledge-check question figures (CSV)");
        return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
    }

    private static String number(@Nullable Double value) {
        return value == null ? "" : String.format(java.util.Locale.ROOT, "%.3f", value);
    }

    private static void requireEditor(Account account) {
        if (!account.hasRole(Role.EDITOR) && !account.hasRole(Role.ADMIN)) {
            throw new TrainingException("Only editors and administrators can see how knowledge-check questions work.");
        }
    }
}
