package org.lantern.reports;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.lantern.audit.AuditEventType;
import org.lantern.audit.AuditService;
import org.lantern.base.security.Account;
import org.lantern.reports.analysis.AnalysisFiles;
import org.lantern.surveys.Programme;
import org.lantern.surveys.Programmes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import static org.lantern.reports.ReportException.Kind.NOT_FOUND;

/**
 * The door to reading evaluation reports. Every figure comes from a release (see
 * {@link ReleaseService}): frozen figures of a pair of closed waves, with the disclosure rules
 * applied across every release. Evaluators and administrators see whole programmes and every team;
 * managers see only the teams they manage, one at a time, and never programme totals; nobody else
 * sees reports. Every view and export is recorded in the audit trail.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReportService {

    private static final int CACHED = 16;

    private final Programmes programmes;
    private final ReportAccess access;
    private final ReleaseRepository releases;
    private final AuditService audit;
    private final AnalysisPlans plans;
    /** Releases never change, so their parsed figures can be kept. */
    private final Map<Long, ReleaseContent> cache = new LinkedHashMap<>(CACHED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, ReleaseContent> eldest) {
            return size() > CACHED;
        }
    };

    /** Exported files and JSON bodies of releases, as they were written. */
    private final KeptBodies kept = new KeptBodies();

    /**
     * The programmes the person may see reports of: all for evaluators and administrators, those
     * with a team they manage for managers, none for anyone else.
     */
    @Transactional(readOnly = true)
    public List<Programme> programmesFor(Account account) {
        try {
            ReportAccess.Reader reader = access.reader(account);
            return programmes.programmes().stream().filter(reader::mayOpen).toList();
        } catch (ReportException notAllowed) {
            return List.of();
        }
    }

    /**
     * Whether the person sees every team's figures and the programme totals (evaluators and
     * administrators), rather than only the teams they manage (managers) or nothing.
     */
    @Transactional(readOnly = true)
    public boolean seesEveryTeam(Account account) {
        try {
            return access.reader(account).everything();
        } catch (ReportException notAllowed) {
            return false;
        }
    }

    /** The teams of a programme the person may see, in name order. */
    @Transactional(readOnly = true)
    public List<Programme.TeamRef> teamsFor(Account account, String programmeKey) {
        ReportAccess.Reader reader = access.reader(account);
        Programme programme = access.programme(programmeKey, reader);
        return programme.teams().stream().filter(reader::maySee).toList();
    }

    /** The latest release of a pair of waves, as the person may see it; see {@link #report(String, String, String, String, String, Integer)}. */
    @Transactional(readOnly = true)
    public Report report(Account account, String programmeKey, @Nullable String beforeKey, @Nullable String afterKey,
                         @Nullable String teamName) {
        return report(account, programmeKey, beforeKey, afterKey, teamName, null);
    }

    /**
     * A release of a pair of waves, as the person may see it.
     *
     * @param beforeKey the earlier wave, or null for the first
     * @param afterKey  the later wave, or null for the last
     * @param teamName  limit to one team; managers always see one team (their first, when null)
     * @param version   which release of the pair, or null for the latest
     * @throws ReportException NOT_FOUND when nothing has been released for the pair (or no such
     *                         version), and when the programme, a wave or the team is unknown or not the person's to see
     */
    @Transactional(readOnly = true)
    public Report report(Account account, String programmeKey, @Nullable String beforeKey, @Nullable String afterKey,
                         @Nullable String teamName, @Nullable Integer version) {
        ReportAccess.Reader reader = access.reader(account);
        Programme programme = access.programme(programmeKey, reader);
        Programme.Wave[] pair = access.pair(programme, beforeKey, afterKey);
        Programme.TeamRef team = access.team(programme, teamName, reader);
        List<ReleaseRepository.Listed> ofPair = releases.listed(programme.id()).stream()
                .filter(r -> r.beforeWaveId() == pair[0].id() && r.afterWaveId() == pair[1].id()).toList();
        if (ofPair.isEmpty()) {
            throw new ReportException(NOT_FOUND, "No figures have been released yet for the " + pair[0].key() + " and "
                    + pair[1].key() + " surveys of this programme. Figures are released by an evaluator after both surveys close.");
        }
        ReleaseRepository.Listed stored = version == null ? ofPair.getLast() : ofPair.stream().filter(r -> r.version() == version)
                .findFirst().orElseThrow(() -> new ReportException(NOT_FOUND, "There is no release " + version + " of these surveys; "
                        + "the latest is release " + ofPair.getLast().version() + "."));
        ReleaseContent content = content(stored.id());
        audit.record(account.username(), AuditEventType.REPORT_VIEW, "Evaluation report: programme " + programme.key() + ", "
                + pair[0].key() + " to " + pair[1].key() + ", release " + stored.version()
                + (team == null ? ", all teams" : ", team " + team.name()));
        int scope = team == null ? 0 : scopeOf(content, team);
        GroupReport overall = content.groups().get(scope);
        List<GroupReport> teams = team == null ? content.groups().subList(1, content.groups().size()) : List.of(overall);
        return new Report(content.programme(), content.survey(), content.before(), content.after(), team == null ? null : team.name(),
                overall, List.copyOf(teams), content.learning().get(scope), content.comments().get(scope), stored.minGroupSize(),
                "fewer than " + stored.minGroupSize(), reader.everything() ? info(stored) : withoutTotals(info(stored)),
                plans.locked(programme, content.survey()).orElse(null), content.trend(scope), content.thenTest(scope),
                content.unlinked(scope));
    }

    /** The releases of a programme, newest first, for evaluators and administrators. */
    @Transactional(readOnly = true)
    public List<ReleaseListing> releases(Account account, String programmeKey) {
        ReportAccess.Reader reader = access.evaluator(account);
        Programme programme = access.programme(programmeKey, reader);
        Map<Long, Programme.Wave> waves = new LinkedHashMap<>();
        programme.waves().forEach(w -> waves.put(w.id(), w));
        return releases.listed(programme.id()).stream()
                .sorted(Comparator.comparing(ReleaseRepository.Listed::id).reversed())
                .map(r -> new ReleaseListing(waves.get(r.beforeWaveId()).key(), waves.get(r.afterWaveId()).key(), info(r)))
                .toList();
    }

    /** The versions released of a pair, oldest first, as a reader may list them (no figures). */
    @Transactional(readOnly = true)
    public List<ReleaseInfo> versions(Account account, String programmeKey, @Nullable String beforeKey, @Nullable String afterKey) {
        ReportAccess.Reader reader = access.reader(account);
        Programme programme = access.programme(programmeKey, reader);
        Programme.Wave[] pair = access.pair(programme, beforeKey, afterKey);
        return releases.listed(programme.id()).stream()
                .filter(r -> r.beforeWaveId() == pair[0].id() && r.afterWaveId() == pair[1].id())
                .map(r -> reader.everything() ? info(r) : withoutTotals(info(r))).toList();
    }

    /** One release in a list: its pair of waves and what it is. */
    public record ReleaseListing(String before, String after, ReleaseInfo release) {
    }

    /** The report as a file to download. */
    public ReportFile export(Report report, ExportFormat format) {
        byte[] content = kept.get(report, format.extension(), () -> switch (format) {
            case CSV -> ReportCsv.write(report);
            case XLSX -> ReportXlsx.write(report);
            case PDF -> ReportPdf.write(report);
            case ZIP -> AnalysisFiles.zip(report, fileName(report, format).replaceAll("\\.zip$", ""));
        });
        ReportFile file = new ReportFile(fileName(report, format), format.contentType(), content);
        audit.record(AuditEventType.EXPORT, "Evaluation report (" + format.name() + ", release " + report.release().version() + "): "
                + file.fileName());
        return file;
    }

    /**
     * The report's body in another form (the JSON API's), written by {@code write} the first time and then kept like
     * the exported files: per release, pair of waves, team, reader's view and locked plan. Reading the report (see
     * {@link #report}) is what is recorded in the audit trail.
     */
    public byte[] body(Report report, String form, Supplier<byte[]> write) {
        return kept.get(report, "body:" + form, write);
    }

    static String fileName(Report report, ExportFormat format) {
        String team = report.team() == null ? "" : "-" + report.team().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return "report-" + report.programme().key() + "-" + report.before().key() + "-" + report.after().key() + "-release-"
                + report.release().version() + team + "." + format.extension();
    }

    private ReleaseContent content(long releaseId) {
        synchronized (cache) {
            ReleaseContent cached = cache.get(releaseId);
            if (cached != null) {
                return cached;
            }
        }
        ReleaseContent content = releases.content(releaseId).orElseThrow();
        synchronized (cache) {
            cache.put(releaseId, content);
        }
        return content;
    }

    private static int scopeOf(ReleaseContent content, Programme.TeamRef team) {
        for (int t = 0; t < content.programme().teams().size(); t++) {
            if (content.programme().teams().get(t).id() == team.id()) {
                return t + 1;
            }
        }
        throw new ReportException(NOT_FOUND, "The team '" + team.name() + "' was not part of this programme when its figures were released.");
    }

    static ReleaseInfo info(ReleaseRepository.Stored r) {
        return info(new ReleaseRepository.Listed(r.id(), r.beforeWaveId(), r.afterWaveId(), r.version(), r.releasedAt(),
                r.releasedBy(), r.minGroupSize(), r.summary()));
    }

    static ReleaseInfo info(ReleaseRepository.Listed r) {
        ReleaseRepository.Summary s = r.summary();
        return new ReleaseInfo(r.version(), r.releasedAt(), r.releasedBy(), s.responsesBefore(), s.responsesAfter(), s.paperBefore(),
                s.paperAfter(), s.newResponses(), s.hiddenFigures(), r.minGroupSize(), s.imports(), s.previousVersion());
    }

    /** Managers never see programme totals, so a release's counts are left out for them. */
    private static ReleaseInfo withoutTotals(ReleaseInfo i) {
        return new ReleaseInfo(i.version(), i.releasedAt(), i.releasedBy(), 0, 0, 0, 0, 0, 0, i.minGroupSize(), List.of(),
                i.previousVersion());
    }

    /** For the benchmark: forgets the parsed releases, so the next read parses again. */
    void forgetCached() {
        synchronized (cache) {
            cache.clear();
        }
        kept.clear();
    }
}
