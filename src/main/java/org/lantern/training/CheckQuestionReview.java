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
import java.time.Instant;
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
     * they are shown as stored when the module's batch last moved on, and worked out again (from every first attempt so
     * far) only once at least {@value CheckQuestionFigures#BATCH} more people have made a first attempt. Shown as stored,
     * not worked out again each time, so that erasing one person's account does not change them by that one person.
     *
     * @throws TrainingException when the account is neither an editor nor an administrator
     */
    @Transactional
    public List<CheckQuestionFigures> modules(Account account) {
        requireEditor(account);
        Map<String, List<CheckAttemptRepository.FirstAttempt>> firsts = attempts.firstAttempts();
        Map<String, CheckAttemptRepository.Batch> batches = attempts.batches();
        return catalogue.modules().stream().map(m -> shown(m, firsts.getOrDefault(m.key(), List.of()), batches.get(m.key())))
                .toList();
    }

    private CheckQuestionFigures shown(TrainingModule module, List<CheckAttemptRepository.FirstAttempt> all,
                                       CheckAttemptRepository.@Nullable Batch batch) {
        long shownUpTo = batch == null ? 0 : batch.lastAttemptId();
        boolean movesOn = all.stream().filter(a -> a.id() > shownUpTo).count() >= CheckQuestionFigures.BATCH;
        if (!movesOn && batch != null && batch.figures() != null) {
            return batch.figures();
        }
        if (!movesOn && batch == null) {
            return CheckItemAnalysis.analyse(module, List.of());
        }
        // a new batch, or one stored before the figures themselves were kept: work them out once and keep them
        long upTo = movesOn ? all.getLast().id() : shownUpTo;
        List<CheckAttemptRepository.FirstAttempt> included = all.stream().filter(a -> a.id() <= upTo).toList();
        Instant at = movesOn ? clock.instant().truncatedTo(ChronoUnit.MICROS) : batch.updatedAt(); // as the database keeps it
        CheckQuestionFigures figures = CheckItemAnalysis.analyse(module, included.stream()
                .map(a -> TrainingService.fromJson(a.answersJson())).toList()).at(at);
        attempts.saveBatch(new CheckAttemptRepository.Batch(module.key(), upTo, figures.people(), at, figures));
        return figures;
    }

    /** The same figures as shown (the same stored batch), as CSV, one line per option; recorded in the audit trail. */
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
