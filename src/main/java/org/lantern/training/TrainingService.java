package org.lantern.training;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.lantern.audit.AuditEventType;
import org.lantern.audit.AuditService;
import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The door to training: the module catalogue, each person's progress (which only they and, as
 * completion figures, their team managers see), knowledge checks and certificates.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TrainingService {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ModuleCatalogue catalogue;
    private final TrainingRepository repository;
    private final PeopleService people;
    private final Clock clock;
    private final AuditService audit;

    /** The live modules in their authored order. */
    public List<TrainingModule> modules() {
        return catalogue.modules();
    }

    /** One live module by its key. */
    public Optional<TrainingModule> module(String key) {
        return catalogue.module(key);
    }

    /** A person's progress in every module, in module order. */
    @Transactional(readOnly = true)
    public List<ModuleProgress> progress(Account account) {
        long id = account.id();
        Map<String, Set<String>> done = repository.doneLessons(id);
        Map<String, int[]> best = repository.bestScores(id);
        Map<String, TrainingRepository.Completion> completions = repository.completions(id);
        Map<String, String> last = new HashMap<>();
        repository.positions(id).forEach(p -> last.putIfAbsent(p.moduleKey(), p.lessonKey()));
        return modules().stream().map(m -> {
            int[] score = best.get(m.key());
            TrainingRepository.Completion c = completions.get(m.key());
            return new ModuleProgress(m, done.getOrDefault(m.key(), Set.of()), score != null && score[1] == 1,
                    score == null ? null : score[0], c == null ? null : c.completedAt(), last.get(m.key()),
                    c == null ? null : c.validUntil());
        }).toList();
    }

    /** The person's progress in one module. */
    @Transactional(readOnly = true)
    public Optional<ModuleProgress> progress(Account account, String moduleKey) {
        return progress(account).stream().filter(p -> p.module().key().equals(moduleKey)).findFirst();
    }

    /** The lesson a person was reading most recently and has not finished, across all modules. */
    @Transactional(readOnly = true)
    public Optional<Resume> resume(Account account) {
        long id = account.id();
        Map<String, Set<String>> done = repository.doneLessons(id);
        for (TrainingRepository.Position p : repository.positions(id)) {
            Optional<TrainingModule> module = module(p.moduleKey());
            if (module.isEmpty()) {
                continue;
            }
            Set<String> doneHere = done.getOrDefault(p.moduleKey(), Set.of());
            Optional<TrainingModule.Lesson> lesson = module.get().lesson(p.lessonKey())
                    .filter(l -> !doneHere.contains(l.key()))
                    .or(() -> module.get().lessons().stream().filter(l -> !doneHere.contains(l.key())).findFirst());
            if (lesson.isPresent()) {
                return Optional.of(new Resume(module.get(), lesson.get()));
            }
        }
        return Optional.empty();
    }

    /** Where to carry on: a module and lesson. */
    public record Resume(TrainingModule module, TrainingModule.Lesson lesson) {
    }

    /** Remembers the lesson the person is on, so the module can resume there. */
    @Transactional
    public void visit(Account account, String moduleKey, String lessonKey) {
        requireLesson(moduleKey, lessonKey);
        repository.visit(account.id(), moduleKey, lessonKey);
    }

    /** Marks a lesson as done; completes the module when this was the last step. */
    @Transactional
    public ModuleProgress markDone(Account account, String moduleKey, String lessonKey) {
        requireLesson(moduleKey, lessonKey);
        repository.markDone(account.id(), moduleKey, lessonKey);
        return completeIfDue(account, moduleKey);
    }

    /** Takes back "done" for a lesson; a module already completed stays completed. */
    @Transactional
    public ModuleProgress markNotDone(Account account, String moduleKey, String lessonKey) {
        requireLesson(moduleKey, lessonKey);
        repository.unmarkDone(account.id(), moduleKey, lessonKey);
        return progress(account, moduleKey).orElseThrow();
    }

    /**
     * The questions of the person's current attempt at a module's check: a random draw from the
     * module's bank, with options in random order. The draw stays the same until the person submits
     * it, so reloading the page or switching device does not change the questions.
     */
    @Transactional(readOnly = true)
    public CheckDraw drawCheck(Account account, String moduleKey) {
        TrainingModule module = module(moduleKey).orElseThrow(() -> new TrainingException("That module no longer exists."));
        return draw(account.id(), module);
    }

    private CheckDraw draw(long accountId, TrainingModule module) {
        return CheckDraw.draw(module, CheckDraw.seed(accountId, module.key(), repository.attemptCount(accountId, module.key())));
    }

    /**
     * Scores and stores an answer to the person's current draw (see {@link #drawCheck}). Retries
     * are allowed, each with a new draw; the module is complete once every lesson is done and any
     * attempt reached the pass mark.
     *
     * @param answers chosen option indexes (as authored, not as shown) per question key
     * @throws TrainingException when a question is unanswered, or the answers belong to another draw
     */
    @Transactional
    public CheckResult submitCheck(Account account, String moduleKey, Map<String, Set<Integer>> answers) {
        TrainingModule module = module(moduleKey).orElseThrow(() -> new TrainingException("That module no longer exists."));
        long accountId = account.id();
        CheckDraw draw = draw(accountId, module);
        Map<String, TrainingModule.Question> asked = new HashMap<>();
        draw.asked().forEach(q -> asked.put(q.key(), q));
        for (var entry : answers.entrySet()) {
            TrainingModule.Question question = asked.get(entry.getKey());
            if (question == null || entry.getValue().stream().anyMatch(i -> i < 0 || i >= question.options().size())) {
                throw new TrainingException("The knowledge check has changed. Please reload the page.");
            }
        }
        long unanswered = draw.asked().stream().filter(q -> answers.getOrDefault(q.key(), Set.of()).isEmpty()).count();
        if (unanswered > 0) {
            throw new TrainingException("Answer every question before checking your answers ("
                    + unanswered + " still to answer).");
        }
        CheckResult result = CheckScorer.score(module, draw.asked(), answers, clock.instant());
        repository.insertAttempt(accountId, result, toJson(answers));
        completeIfDue(account, moduleKey);
        return result;
    }

    /**
     * The person's latest attempt at a module's check, re-scored against the current wording of the
     * questions it asked. An attempt that asked a question no longer in the bank (from before the
     * bank was rewritten) keeps the score it was given.
     */
    @Transactional(readOnly = true)
    public Optional<CheckResult> latestCheck(Account account, String moduleKey) {
        Optional<TrainingModule> module = module(moduleKey);
        if (module.isEmpty()) {
            return Optional.empty();
        }
        return repository.latestAttempt(account.id(), moduleKey).map(a -> {
            Map<String, Set<Integer>> answers = fromJson(a.answersJson());
            List<TrainingModule.Question> asked = answers.keySet().stream().sorted()
                    .flatMap(k -> module.get().check().question(k).stream()).toList();
            if (asked.size() == answers.size()) {
                return CheckScorer.score(module.get(), asked, answers, a.submittedAt());
            }
            return new CheckResult(moduleKey, a.correct(), a.total(), a.score(), a.passed(), module.get().passMark(),
                    Map.copyOf(answers), List.of(), a.submittedAt());
        });
    }

    /** The certificate PDF, only for a module the person has completed. */
    @Transactional(readOnly = true)
    public byte[] certificate(Account account, String moduleKey) {
        TrainingRepository.Completion completion = repository.completions(account.id()).get(moduleKey);
        if (completion == null) {
            throw new TrainingException("Complete the module to get its certificate.");
        }
        byte[] pdf = CertificatePdf.render(account.displayName(), completion.moduleTitle(), completion.completedAt(),
                completion.minutes(), completion.validUntil());
        audit.record(account.username(), AuditEventType.EXPORT, "Certificate (PDF): module " + moduleKey);
        return pdf;
    }

    /**
     * Completion per member and module for a team the manager manages. Only completion figures:
     * no journal entries, no answers.
     *
     * @throws TrainingException when the person does not manage that team
     */
    @Transactional(readOnly = true)
    public TeamProgress teamProgress(Account manager, long teamId) {
        Account.TeamMembership team = manager.managedTeams().stream().filter(t -> t.teamId() == teamId).findFirst()
                .orElseThrow(() -> new TrainingException("You can only see progress for teams you manage."));
        List<Account> members = people.teamMembers(teamId).stream()
                .filter(a -> a.enabled() && !a.managedTeams().stream().anyMatch(t -> t.teamId() == teamId))
                .sorted(Comparator.comparing(Account::displayName)).toList();
        List<Long> ids = members.stream().map(Account::id).toList();
        Map<Long, Map<String, Instant>> completions = ids.isEmpty() ? Map.of() : repository.completionsOf(ids);
        Map<Long, Map<String, Set<String>>> done = ids.isEmpty() ? Map.of() : repository.doneLessonsOf(ids);
        List<TeamProgress.Member> rows = members.stream().map(m -> {
            Map<String, TeamProgress.Cell> cells = new LinkedHashMap<>();
            for (TrainingModule module : modules()) {
                Set<String> doneHere = done.getOrDefault(m.id(), Map.of()).getOrDefault(module.key(), Set.of());
                int count = (int) module.lessons().stream().filter(l -> doneHere.contains(l.key())).count();
                cells.put(module.key(), new TeamProgress.Cell(count, module.lessons().size(),
                        completions.getOrDefault(m.id(), Map.of()).get(module.key())));
            }
            return new TeamProgress.Member(m.displayName(), cells);
        }).toList();
        return new TeamProgress(teamId, team.teamName(), modules(), rows);
    }

    /**
     * The accounts that had completed at least one module before {@code cutoff}: for the evaluation's
     * learning link, which surveys matches to pseudonymous participants without telling anyone who is who.
     */
    @Transactional(readOnly = true)
    public java.util.Set<Long> accountsWithCompletionBefore(Instant cutoff) {
        return repository.accountsWithCompletionBefore(cutoff);
    }

    /**
     * Records a completion once every lesson is done and the check passed. A module already completed
     * is completed again (a new completion, the old one kept) when its refresh is open and the person
     * passed the knowledge check again since.
     */
    private ModuleProgress completeIfDue(Account account, String moduleKey) {
        ModuleProgress progress = progress(account, moduleKey).orElseThrow();
        if (!progress.allLessonsDone() || !progress.checkPassed()) {
            return progress;
        }
        if (progress.complete() && !(progress.refreshOpen(LocalDate.now(clock))
                && repository.passedSince(account.id(), moduleKey, progress.completedAt()))) {
            return progress;
        }
        TrainingModule m = progress.module();
        Instant now = clock.instant();
        repository.recordCompletion(account.id(), m.key(), m.title(), m.estimatedMinutes(), now,
                m.validUntil(LocalDate.ofInstant(now, clock.getZone())));
        return progress(account, moduleKey).orElseThrow();
    }

    private void requireLesson(String moduleKey, String lessonKey) {
        module(moduleKey).flatMap(m -> m.lesson(lessonKey))
                .orElseThrow(() -> new TrainingException("That lesson no longer exists."));
    }

    static String toJson(Map<String, Set<Integer>> answers) {
        Map<String, Set<Integer>> sorted = new java.util.TreeMap<>();
        answers.forEach((k, v) -> sorted.put(k, new TreeSet<>(v)));
        return JSON.writeValueAsString(sorted);
    }

    static Map<String, Set<Integer>> fromJson(String json) {
        Map<String, Set<Integer>> result = new HashMap<>();
        JsonNode root = JSON.readTree(json);
        for (var entry : root.properties()) {
            Set<Integer> chosen = new TreeSet<>();
            entry.getValue().forEach(n -> chosen.add(n.asInt()));
            result.put(entry.getKey(), chosen);
        }
        return result;
    }

    /** Module title and lesson count, for summaries. */
    public String describe(ModuleProgress p) {
        return p.lessonsDone() + " of " + p.lessonCount() + " lessons done"
                + (p.checkPassed() ? ", knowledge check passed" : "");
    }

    static Set<String> keys(List<TrainingModule> modules) {
        return modules.stream().map(TrainingModule::key).collect(Collectors.toSet());
    }
}
