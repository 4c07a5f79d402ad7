package org.lantern.reports;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.lantern.audit.AuditEventType;
import org.lantern.audit.AuditService;
import org.lantern.base.security.Account;
import org.lantern.base.ReportingProperties;
import org.lantern.reports.disclosure.DisclosureException;
import org.lantern.surveys.EvaluationData;
import org.lantern.surveys.EvaluationSource;
import org.lantern.surveys.Programme;
import org.lantern.surveys.Programmes;
import org.lantern.surveys.ResponseReleases;
import org.lantern.training.TrainingService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.lantern.reports.ReportException.Kind.CONFLICT;

/**
 * The door to releasing evaluation figures. A release is made by an evaluator or administrator for a
 * pair of waves once both have closed; it is computed once, checked by the disclosure rules against
 * every earlier release of the programme, stored, and never changed. Responses that arrive later
 * (paper imports) are released only in a new release, when the evaluator chooses and only if at
 * least the minimum number of people are new.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReleaseService {

    private final ReportAccess access;
    private final EvaluationSource evaluations;
    private final Programmes programmes;
    private final ResponseReleases responseReleases;
    private final TrainingService training;
    private final ReleaseRepository releases;
    private final ReportingProperties reporting;
    private final AuditService audit;
    private final Clock clock;
    private static final Logger log = LoggerFactory.getLogger(ReleaseService.class);
    private final SecureRandom random = new SecureRandom();
    /** The phases of the last release made, for the report benchmark. */
    private volatile @Nullable ReleasePhases lastPhases;

    /**
     * Where a pair of waves stands, for evaluators.
     *
     * @param notYet         why nothing can be released now (a wave still open, nothing new, too few new), or null
     * @param latest         the newest release of the pair, or null
     * @param newResponses   submitted responses to either wave that no release includes yet
     * @param newPeople      how many people those responses come from
     */
    public record ReleaseStatus(Programme.Wave before, Programme.Wave after, @Nullable String notYet, @Nullable ReleaseInfo latest,
                                int newResponses, int newPeople) {

        public boolean canRelease() {
            return notYet == null;
        }
    }

    /**
     * Where a pair of waves stands: whether it can be released now and why not, its latest release,
     * and how many responses no release includes yet. Evaluators and administrators only.
     *
     * @throws ReportException when the caller may not release figures, or the programme or waves are unknown
     */
    @Transactional(readOnly = true)
    public ReleaseStatus status(Account account, String programmeKey, @Nullable String beforeKey, @Nullable String afterKey) {
        ReportAccess.Reader reader = access.evaluator(account);
        Programme programme = access.programme(programmeKey, reader);
        Programme.Wave[] pair = access.pair(programme, beforeKey, afterKey);
        return status(programme, pair, releases.releases(programme.id()));
    }

    /** A written answer that a release would show, for the evaluator to keep or remove first. */
    public record PendingComment(String id, String question, String wave, String text) {
    }

    /**
     * What people wrote that a release made now would show (only groups the rules allow), so the
     * evaluator can remove comments that identify someone before releasing. No figures.
     */
    @Transactional(readOnly = true)
    public List<PendingComment> pendingComments(Account account, String programmeKey, @Nullable String beforeKey,
                                                @Nullable String afterKey) {
        ReportAccess.Reader reader = access.evaluator(account);
        Programme programme = access.programme(programmeKey, reader);
        return draft(programme, access.pair(programme, beforeKey, afterKey), new ReleasePhases()).pending().stream()
                .map(c -> new PendingComment(ReleaseCodes.commentId(c.ref()), c.item().text(), c.waveKey(), c.text())).toList();
    }

    /** What a release of the pair made now would be made from, and would show of what people wrote. */
    private record Draft(List<ReleaseRepository.Stored> stored, ReleaseStatus status, EvaluationData data, Calculation calculation,
                         List<ReleaseCalculator.PendingComment> pending) {
    }

    /** @throws ReportException CONFLICT when the pair cannot be released now (see {@link ReleaseStatus#notYet()}) */
    private Draft draft(Programme programme, Programme.Wave[] pair, ReleasePhases phases) {
        List<ReleaseRepository.Stored> stored = releases.releases(programme.id());
        ReleaseStatus status = status(programme, pair, stored);
        if (!status.canRelease()) {
            throw new ReportException(CONFLICT, status.notYet());
        }
        phases.mark("status");
        EvaluationData data = evaluations.read(programme);
        phases.mark("reading answers");
        Calculation calculation = calculate(programme, pair, data, stored, Set.of(), phases);
        return new Draft(stored, status, data, calculation,
                ReleaseCalculator.pending(data, calculation.result, calculation.before, calculation.after));
    }

    /**
     * Releases the figures of a pair of waves.
     *
     * @param remove   ids of pending comments to leave out (see {@link #pendingComments})
     * @param reviewed ids of the comments the evaluator reviewed, or null when they did not review: a release that
     *                 would show a comment not reviewed (new answers arrived meanwhile) is refused
     * @throws ReportException CONFLICT when a wave is still open, nothing (or too little) is new since the last
     *                         release, the survey's questions changed, or the comments changed since the review
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public ReleaseInfo release(Account account, String programmeKey, @Nullable String beforeKey, @Nullable String afterKey,
                               Set<String> remove, @Nullable Set<String> reviewed) {
        ReportAccess.Reader reader = access.evaluator(account);
        Programme programme = access.programme(programmeKey, reader);
        Programme.Wave[] pair = access.pair(programme, beforeKey, afterKey);
        // no import commits while the figures are worked out and stored
        ReleasePhases phases = new ReleasePhases();
        responseReleases.lockProgramme(programme.id());
        Draft draft = draft(programme, pair, phases);
        List<ReleaseRepository.Stored> stored = draft.stored();
        ReleaseStatus status = draft.status();
        EvaluationData data = draft.data();
        Set<ReleaseCalculator.CommentRef> removed = new HashSet<>();
        for (ReleaseCalculator.PendingComment c : draft.pending()) {
            String id = ReleaseCodes.commentId(c.ref());
            if (reviewed != null && !reviewed.contains(id)) {
                throw new ReportException(CONFLICT, "New written answers arrived while you were reviewing them. Review them again "
                        + "before releasing.");
            }
            if (remove.contains(id)) {
                removed.add(c.ref());
            }
        }
        Calculation calculation = removed.isEmpty() ? draft.calculation() : calculate(programme, pair, data, stored, removed, phases);
        ReleaseCalculator.Result result = calculation.result;
        Optional<ReleaseRepository.Stored> previous = ofPair(stored, pair).reduce((x, y) -> y);
        int version = previous.map(p -> p.version() + 1).orElse(1);
        EvaluationData.WaveData before = data.wave(pair[0].id());
        EvaluationData.WaveData after = data.wave(pair[1].id());
        ReleaseRepository.Summary summary = new ReleaseRepository.Summary(ReleaseCounts.submitted(before), ReleaseCounts.submitted(after),
                ReleaseCounts.paper(before), ReleaseCounts.paper(after), previous.isEmpty()
                ? ReleaseCounts.submitted(before) + ReleaseCounts.submitted(after) : status.newResponses(), result.hiddenCells(),
                result.findings(), ReleaseCounts.imports(data, before, after), previous.map(ReleaseRepository.Stored::version).orElse(null));
        ReleaseContent content = new ReleaseContent(programme, data.survey(), pair[0], pair[1], result.groups(), result.learning(),
                result.comments(), result.trend(), result.thenTest(), result.unlinked());
        Instant now = clock.instant();
        long id = releases.insert(programme.id(), pair[0].id(), pair[1].id(), version, now, reader.account().id(),
                reader.account().displayName(), reporting.minGroupSize(), summary,
                new ReleaseRepository.Audit(result.shownCells(), ReleaseCodes.signature(data.survey())), content,
                evaluations.seal(programme.id(), ReleaseCodes.encodeGroups(data.participantIds(), calculation.groups)));
        phases.mark("storing");
        // the trend's waves are part of the release too: their responses are frozen like the pair's
        Set<Long> included = new java.util.LinkedHashSet<>(List.of(pair[0].id(), pair[1].id()));
        data.waves().subList(0, calculation.trend).forEach(w -> included.add(w.wave().id()));
        responseReleases.markReleased(programme.id(), included, id);
        phases.mark("marking responses released");
        lastPhases = phases;
        log.info("Release {} of programme {} ({} to {}) worked out and stored: {}", version, programme.key(), pair[0].key(),
                pair[1].key(), phases);
        audit.record(account.username(), AuditEventType.REPORT_RELEASE, "Released evaluation figures: programme " + programme.key() + ", "
                + pair[0].key() + " to " + pair[1].key() + ", release " + version + " (" + summary.responsesBefore() + " and "
                + summary.responsesAfter() + " responses, " + removed.size() + " comments removed)");
        return new ReleaseInfo(version, now, reader.account().displayName(), summary.responsesBefore(), summary.responsesAfter(),
                summary.paperBefore(), summary.paperAfter(), summary.newResponses(), summary.hiddenFigures(), reporting.minGroupSize(),
                summary.imports(), summary.previousVersion());
    }

    // --- working it out ------------------------------------------------------------------------------

    private ReleaseStatus status(Programme programme, Programme.Wave[] pair, List<ReleaseRepository.Stored> stored) {
        LocalDate today = LocalDate.now(clock);
        Optional<ReleaseRepository.Stored> latest = ofPair(stored, pair).reduce((x, y) -> y);
        EvaluationSource.NewResponses fresh = evaluations.submittedSince(programme, List.of(pair[0].id(), pair[1].id()),
                latest.map(ReleaseRepository.Stored::id).orElse(0L));
        int newResponses = fresh.responses();
        int newPeople = fresh.people();
        String notYet = null;
        for (Programme.Wave w : pair) {
            if (!w.isClosed(today)) {
                notYet = "The " + ReportFormat.wave(w.key()).toLowerCase(java.util.Locale.ROOT) + " survey is open until "
                        + ReportFormat.date(w.closes()) + ". Figures can be released once both surveys have closed, so that "
                        + "nobody can compare figures before and after one more person answers.";
                break;
            }
        }
        int k = reporting.minGroupSize();
        if (notYet == null && latest.isPresent() && newResponses == 0) {
            notYet = "Nothing new to release: no responses have arrived since release " + latest.get().version() + ".";
        } else if (notYet == null && latest.isPresent() && newPeople < k) {
            notYet = newPeople + (newPeople == 1 ? " person's responses have" : " people's responses have")
                    + " arrived since release " + latest.get().version() + ". A new release needs at least " + k + " new people, "
                    + "so that comparing it with the last one cannot single anyone out.";
        } else if (notYet == null && newPeople == 0) {
            notYet = "Nobody has submitted either survey yet.";
        }
        String signature = programmes.survey(programme.surveyKey()).map(ReleaseCodes::signature).orElse("");
        if (notYet == null && stored.stream().anyMatch(r -> !r.audit().survey().equals(signature))) {
            notYet = "The survey's questions have changed since this programme's first release. Releases of one programme must "
                    + "use the same questions, so that their figures can be checked against each other.";
        }
        return new ReleaseStatus(pair[0], pair[1], notYet, latest.map(ReportService::info).orElse(null), newResponses, newPeople);
    }

    private record Calculation(ReleaseCalculator.Result result, byte[] groups, int before, int after, int trend) {
    }

    private Calculation calculate(Programme programme, Programme.Wave[] pair, EvaluationData data,
                                  List<ReleaseRepository.Stored> stored, Set<ReleaseCalculator.CommentRef> removed,
                                  ReleasePhases phases) {
        Map<Long, Integer> waveIndex = new HashMap<>();
        for (int w = 0; w < data.waves().size(); w++) {
            waveIndex.put(data.waves().get(w).wave().id(), w);
        }
        Map<Long, Integer> number = new HashMap<>();
        for (int p = 0; p < data.participants(); p++) {
            number.put(data.participantIds()[p], p);
        }
        List<ReleaseCalculator.Earlier> earlier = new ArrayList<>();
        for (ReleaseRepository.Stored r : stored) {
            byte[] groups = ReleaseCodes.decodeGroups(evaluations.unseal(programme.id(), r.training()), number, data.participants());
            earlier.add(new ReleaseCalculator.Earlier(waveIndex.get(r.beforeWaveId()), waveIndex.get(r.afterWaveId()), r.id(), groups,
                    r.audit().shownSet()));
        }
        // the learning link: who had completed a module by the end of the day the after survey closed
        Instant cutoff = pair[1].closes().plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
        byte[] groups = responseReleases.trainingGroups(programme.id(), data.participantIds(), training.accountsWithCompletionBefore(cutoff));
        int b = waveIndex.get(pair[0].id());
        int a = waveIndex.get(pair[1].id());
        // the trend over every wave up to the later one, once all of them have closed
        LocalDate today = LocalDate.now(clock);
        int trend = data.waves().subList(0, a + 1).stream().allMatch(w -> w.wave().isClosed(today)) ? ReleaseTrend.waves(a) : 0;
        try {
            phases.mark("earlier releases and learning groups");
            ReleaseCalculator.Result result = new ReleaseCalculator(data, b, a, groups, earlier, reporting.minGroupSize(), removed,
                    random, trend).calculate(phases);
            return new Calculation(result, groups, b, a, trend);
        } catch (DisclosureException e) {
            throw new ReportException(CONFLICT, e.getMessage());
        }
    }

    private static java.util.stream.Stream<ReleaseRepository.Stored> ofPair(List<ReleaseRepository.Stored> stored, Programme.Wave[] pair) {
        return stored.stream().filter(r -> r.beforeWaveId() == pair[0].id() && r.afterWaveId() == pair[1].id());
    }

    /** Where the time of the last release made went (for the report benchmark), or null before the first. */
    @Nullable ReleasePhases lastPhases() {
        return lastPhases;
    }
}
