package org.lantern.reports;

import org.lantern.audit.AuditEventType;
import org.lantern.audit.AuditService;
import org.jspecify.annotations.Nullable;
import org.lantern.base.ReportingProperties;
import org.lantern.people.Account;
import org.lantern.people.PeopleService;
import org.lantern.people.Role;
import org.lantern.surveys.Programme;
import org.lantern.surveys.SurveyDefinition;
import org.lantern.surveys.SurveyService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.lantern.reports.ReportException.Kind.INVALID;
import static org.lantern.reports.ReportException.Kind.NOT_ALLOWED;
import static org.lantern.reports.ReportException.Kind.NOT_FOUND;

/**
 * The door to evaluation reports. Evaluators and administrators see whole programmes and every
 * team; managers see only the teams they manage, one at a time, and never programme totals; nobody
 * else sees reports. Every figure is an aggregate, with small groups hidden.
 */
@Service
public class ReportService {

    private final SurveyService surveys;
    private final PeopleService people;
    private final ReportRepository repository;
    private final ReportingProperties reporting;
    private final Clock clock;
    private final AuditService audit;
    private final SecureRandom random = new SecureRandom();

    ReportService(SurveyService surveys, PeopleService people, ReportRepository repository, ReportingProperties reporting,
                  Optional<Clock> clock, AuditService audit) {
        this.audit = audit;
        this.surveys = surveys;
        this.people = people;
        this.repository = repository;
        this.reporting = reporting;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /**
     * The programmes the person may see reports of: all for evaluators and administrators, those
     * with a team they manage for managers, none for anyone else.
     */
    @Transactional(readOnly = true)
    public List<Programme> programmesFor(String username) {
        try {
            Reader reader = reader(username);
            return surveys.programmes().stream().filter(reader::mayOpen).toList();
        } catch (ReportException notAllowed) {
            return List.of();
        }
    }

    /** The teams of a programme the person may see, in name order. */
    @Transactional(readOnly = true)
    public List<Programme.TeamRef> teamsFor(String username, String programmeKey) {
        Reader reader = reader(username);
        Programme programme = programme(programmeKey, reader);
        return programme.teams().stream().filter(reader::maySee).toList();
    }

    /**
     * The report of a programme for a pair of waves.
     *
     * @param beforeKey the earlier wave, or null for the first
     * @param afterKey  the later wave, or null for the last
     * @param teamName  limit to one team; managers always see one team (their first, when null)
     * @throws ReportException when the programme, a wave or the team is unknown, or the person may not see it
     *                         (one snapshot of the database, so counts and answers agree even while people submit)
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Report report(String username, String programmeKey, @Nullable String beforeKey, @Nullable String afterKey,
                         @Nullable String teamName) {
        Reader reader = reader(username);
        Programme programme = programme(programmeKey, reader);
        Programme.Wave before = wave(programme, beforeKey, true);
        Programme.Wave after = wave(programme, afterKey, false);
        if (before.id() == after.id()) {
            throw new ReportException(INVALID, "Choose two different waves to compare.");
        }
        if (before.position() > after.position()) {
            throw new ReportException(INVALID, "The before wave ('" + before.key() + "') must come earlier than the after wave ('"
                    + after.key() + "').");
        }
        Programme.TeamRef team = team(programme, teamName, reader);
        SurveyDefinition survey = surveys.survey(programme.surveyKey())
                .orElseThrow(() -> new ReportException(INVALID, "The survey '" + programme.surveyKey() + "' of this programme is not loaded."));

        audit.record(username, AuditEventType.REPORT_VIEW, "Evaluation report: programme " + programme.key() + ", "
                + before.key() + " to " + after.key() + (team == null ? ", all teams" : ", team " + team.name()));
        ReportData data = load(programme, survey, before, after);
        int scope = team == null ? -1 : programme.teams().indexOf(team);
        ReportCalculator.Result result = new ReportCalculator(survey, before.key(), after.key(), data, reporting.minGroupSize(), random)
                .calculate(scope);
        return new Report(programme, survey, before, after, team == null ? null : team.name(), result.overall(), result.teams(),
                result.learningLink(), result.comments(), reporting.minGroupSize(), reporting.suppressedLabel(), clock.instant());
    }

    /** The report as a file to download. */
    public ReportFile export(Report report, ExportFormat format) {
        byte[] content = switch (format) {
            case CSV -> ReportCsv.write(report);
            case XLSX -> ReportXlsx.write(report);
            case PDF -> ReportPdf.write(report);
        };
        ReportFile file = new ReportFile(fileName(report, format), format.contentType(), content);
        audit.record(AuditEventType.EXPORT, "Evaluation report (" + format.name() + "): " + file.fileName());
        return file;
    }

    static String fileName(Report report, ExportFormat format) {
        String team = report.team() == null ? "" : "-" + report.team().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return "report-" + report.programme().key() + "-" + report.before().key() + "-" + report.after().key() + team + "."
                + format.extension();
    }

    // --- loading ------------------------------------------------------------------------------------------

    private ReportData load(Programme programme, SurveyDefinition survey, Programme.Wave before, Programme.Wave after) {
        List<Programme.TeamRef> teams = programme.teams();
        Map<Long, Integer> teamIndex = new HashMap<>();
        for (int t = 0; t < teams.size(); t++) {
            teamIndex.put(teams.get(t).id(), t);
        }
        List<Long> teamIds = teams.stream().map(Programme.TeamRef::id).toList();
        List<String> likert = keys(survey, SurveyDefinition.ItemType.LIKERT);
        List<String> choice = keys(survey, SurveyDefinition.ItemType.CHOICE);
        List<String> text = keys(survey, SurveyDefinition.ItemType.TEXT);

        String keyOrder = likert.isEmpty() ? "" : repository.keyOrder(likert);
        List<ReportRepository.ResponseRow> rows = teamIds.isEmpty() ? List.of()
                : repository.submittedResponses(programme.id(), before.id(), after.id(), keyOrder);
        // participants with agree/disagree answers in either wave, in a team of the programme
        Map<Long, Integer> participantIndex = new HashMap<>(rows.size());
        List<Integer> teamOf = new ArrayList<>();
        for (ReportRepository.ResponseRow row : rows) {
            if (row.values() != null && !participantIndex.containsKey(row.participantId())) {
                Integer t = teamIndex.get(row.teamId());
                if (t != null) {
                    participantIndex.put(row.participantId(), participantIndex.size());
                    teamOf.add(t);
                }
            }
        }
        int participants = participantIndex.size();
        int n = likert.size();
        int[] team = teamOf.stream().mapToInt(Integer::intValue).toArray();
        int[] beforeAnswers = new int[participants * n];
        int[] afterAnswers = new int[participants * n];
        Arrays.fill(beforeAnswers, ReportData.MISSING);
        Arrays.fill(afterAnswers, ReportData.MISSING);
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < n; i++) {
            position.put(likert.get(i), i);
        }
        // answers come in key order; the same set of keys gives the same positions, so work them out once per set
        Map<String, int[]> positionsByKeys = new HashMap<>();
        int[] allPositions = keyOrder.isEmpty() ? new int[0] : positions(keyOrder, position);
        for (ReportRepository.ResponseRow row : rows) {
            Integer p = row.values() == null ? null : participantIndex.get(row.participantId());
            if (p == null) {
                continue;
            }
            int[] positions = row.keys() == null ? allPositions
                    : positionsByKeys.computeIfAbsent(row.keys(), keys -> positions(keys, position));
            parseInto(row.values(), positions, row.after() ? afterAnswers : beforeAnswers, p * n);
        }

        // response counts per team: submitted before, after, and both (a participant has one response per wave)
        Map<Long, Integer> staff = teamIds.isEmpty() ? Map.of() : repository.staffCounts(teamIds);
        Map<Long, Integer> invitedParticipants = teamIds.isEmpty() ? Map.of() : repository.participantCounts(programme.id());
        int[] beforeCount = new int[teams.size()];
        int[] afterCount = new int[teams.size()];
        int[] bothCount = new int[teams.size()];
        Map<Long, Boolean> firstWaveSeen = new HashMap<>(rows.size());
        for (ReportRepository.ResponseRow row : rows) {
            Integer t = teamIndex.get(row.teamId());
            if (t == null) {
                continue;
            }
            (row.after() ? afterCount : beforeCount)[t]++;
            if (firstWaveSeen.putIfAbsent(row.participantId(), row.after()) != null) {
                bothCount[t]++;
            }
        }
        ReportData.TeamCounts[] counts = new ReportData.TeamCounts[teams.size()];
        for (int t = 0; t < teams.size(); t++) {
            long id = teams.get(t).id();
            counts[t] = new ReportData.TeamCounts(invitedParticipants.getOrDefault(id, 0), staff.getOrDefault(id, 0),
                    beforeCount[t], afterCount[t], bothCount[t]);
        }

        Map<ReportData.ChoiceKey, Integer> choices = new HashMap<>();
        if (!choice.isEmpty()) {
            for (ReportRepository.OptionCount c : repository.optionCounts(programme.id(), before.id(), after.id(), choice)) {
                Integer t = teamIndex.get(c.teamId());
                if (t != null) {
                    choices.merge(new ReportData.ChoiceKey(t, c.after(), c.itemKey(), c.option()), c.count(), Integer::sum);
                }
            }
        }
        List<ReportData.TextAnswer> texts = text.isEmpty() ? List.of()
                : repository.writtenAnswers(programme.id(), before.id(), after.id(), text).stream()
                .filter(w -> teamIndex.containsKey(w.teamId()))
                .map(w -> new ReportData.TextAnswer(teamIndex.get(w.teamId()), w.after(), w.itemKey(), w.text())).toList();

        boolean[] linked = new boolean[participants];
        boolean[] completed = new boolean[participants];
        var cutoff = after.closes().plusDays(1).atStartOfDay(ZoneId.systemDefault()).toOffsetDateTime();
        long[] participantIds = new long[participants];
        participantIndex.forEach((participantId, p) -> participantIds[p] = participantId);
        byte[] groups = surveys.trainingGroups(programme.id(), participantIds, repository.accountsTrainedBefore(cutoff));
        for (int p = 0; p < participants; p++) {
            linked[p] = groups[p] != 0;
            completed[p] = groups[p] == 2;
        }
        return new ReportData(teams.stream().map(Programme.TeamRef::name).toList(), participants, team, beforeAnswers,
                afterAnswers, counts, choices, texts, linked, completed);
    }

    private static int[] positions(String keys, Map<String, Integer> position) {
        return Arrays.stream(keys.split(",")).mapToInt(k -> position.getOrDefault(k, -1)).toArray();
    }

    /** Parses "3,4,5" into {@code target[offset + positions[j]]}, skipping answers to questions not in the survey. */
    static void parseInto(String values, int[] positions, int[] target, int offset) {
        int j = 0;
        int value = 0;
        boolean negative = false;
        for (int c = 0; c <= values.length(); c++) {
            char ch = c < values.length() ? values.charAt(c) : ',';
            if (ch == ',') {
                if (positions[j] >= 0) {
                    target[offset + positions[j]] = negative ? -value : value;
                }
                j++;
                value = 0;
                negative = false;
            } else if (ch == '-') {
                negative = true;
            } else {
                value = value * 10 + (ch - '0');
            }
        }
    }

    private static List<String> keys(SurveyDefinition survey, SurveyDefinition.ItemType type) {
        return ReportCalculator.itemsOf(survey, type).stream().map(SurveyDefinition.Item::key).toList();
    }

    // --- access -------------------------------------------------------------------------------------------

    /** Who is asking and which teams they may see. */
    private record Reader(Account account, boolean everything, Set<Long> managed) {

        boolean mayOpen(Programme programme) {
            return everything || programme.teams().stream().anyMatch(this::maySee);
        }

        boolean maySee(Programme.TeamRef team) {
            return everything || managed.contains(team.id());
        }
    }

    private Reader reader(String username) {
        Account account = people.findByUsername(username)
                .orElseThrow(() -> new ReportException(NOT_ALLOWED, "Your account is not allowed to see reports."));
        boolean everything = account.enabled() && (account.hasRole(Role.EVALUATOR) || account.hasRole(Role.ADMIN));
        Set<Long> managed = account.enabled() && account.hasRole(Role.MANAGER)
                ? account.managedTeams().stream().map(Account.TeamMembership::teamId).collect(Collectors.toSet()) : Set.of();
        if (!everything && managed.isEmpty()) {
            throw new ReportException(NOT_ALLOWED, "Reports are for evaluators, administrators and team managers.");
        }
        return new Reader(account, everything, managed);
    }

    private Programme programme(String key, Reader reader) {
        Programme programme = surveys.programme(key)
                .orElseThrow(() -> new ReportException(NOT_FOUND, "No programme with the key '" + key + "'."));
        if (!reader.mayOpen(programme)) {
            throw new ReportException(NOT_ALLOWED, "You can only see reports for programmes that include a team you manage.");
        }
        return programme;
    }

    private static Programme.Wave wave(Programme programme, @Nullable String key, boolean first) {
        if (key == null || key.isBlank()) {
            if (programme.waves().size() < 2) {
                throw new ReportException(INVALID, "This programme has fewer than two waves.");
            }
            return first ? programme.waves().getFirst() : programme.waves().getLast();
        }
        return programme.wave(key.trim()).orElseThrow(() -> new ReportException(INVALID, "This programme has no wave '" + key
                + "'. Its waves are: " + programme.waves().stream().map(Programme.Wave::key).collect(Collectors.joining(", ")) + "."));
    }

    private static Programme.@Nullable TeamRef team(Programme programme, @Nullable String name, Reader reader) {
        if (name == null || name.isBlank()) {
            if (reader.everything()) {
                return null;
            }
            return programme.teams().stream().filter(reader::maySee).findFirst().orElseThrow();
        }
        Programme.TeamRef team = programme.team(name)
                .orElseThrow(() -> new ReportException(INVALID, "This programme has no team called '" + name + "'."));
        if (!reader.maySee(team)) {
            throw new ReportException(NOT_ALLOWED, "You can only see reports for teams you manage.");
        }
        return team;
    }
}
