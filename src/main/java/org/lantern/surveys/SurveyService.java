package org.lantern.surveys;

import org.lantern.base.ReportingProperties;
import org.lantern.people.Account;
import org.lantern.people.PeopleService;
import org.lantern.people.Role;
import org.lantern.people.Team;
import org.lantern.surveys.SurveyDefinition.Item;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.io.Reader;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The door to surveys. Answers are kept against a random per-programme participant code. An account
 * reaches its code only through a keyed link ({@link PseudonymKey}), used to resume a draft, refuse a
 * second submission, show people their own answers and remind those who have not answered. No method
 * returns one person's answers to anyone else.
 */
@Service
public class SurveyService {

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final int MAX_TEXT = 5000;

    private final SurveyCatalogue catalogue;
    private final SurveyRepository repository;
    private final ParticipantLinks links;
    private final PeopleService people;
    private final ReportingProperties reporting;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SurveyService(SurveyCatalogue catalogue, SurveyRepository repository, ParticipantLinks links, PeopleService people,
                  ReportingProperties reporting, ApplicationEventPublisher events, Clock clock) {
        this.catalogue = catalogue;
        this.repository = repository;
        this.links = links;
        this.people = people;
        this.reporting = reporting;
        this.events = events;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<SurveyDefinition> surveys() {
        return catalogue.all();
    }

    public Optional<SurveyDefinition> survey(String key) {
        return catalogue.survey(key);
    }

    // --- programmes -----------------------------------------------------------------------------

    /**
     * Creates a programme. Teams are named; an unknown name creates the team, so evaluators can
     * import paper responses from teams not yet using Lantern.
     */
    @Transactional
    public Programme createProgramme(String byUsername, NewProgramme request) {
        Account by = requireRole(byUsername, Role.EVALUATOR, Role.ADMIN);
        String key = request.key() == null ? "" : request.key().trim();
        if (!KEY.matcher(key).matches() || key.length() > 60) {
            throw new SurveyException("The programme key must be lower-case words joined by dashes, like recovery-2026.");
        }
        if (repository.programmeExists(key)) {
            throw new SurveyException(SurveyException.Kind.CONFLICT, "There is already a programme with the key '" + key + "'.");
        }
        if (request.title() == null || request.title().isBlank() || request.title().length() > 200) {
            throw new SurveyException("Give the programme a title (at most 200 characters).");
        }
        if (request.surveyKey() == null || catalogue.survey(request.surveyKey()).isEmpty()) {
            throw new SurveyException("Unknown survey '" + request.surveyKey() + "'. Choose one of: "
                    + String.join(", ", catalogue.all().stream().map(SurveyDefinition::key).toList()) + ".");
        }
        List<String> teamNames = request.teamNames() == null ? List.of() : request.teamNames().stream()
                .filter(n -> n != null && !n.isBlank()).map(String::trim).distinct().toList();
        if (teamNames.isEmpty()) {
            throw new SurveyException("Choose at least one team.");
        }
        List<NewProgramme.NewWave> waves = request.waves() == null ? List.of() : request.waves();
        if (waves.size() < 2) {
            throw new SurveyException("A programme needs at least two waves, e.g. before and after.");
        }
        Set<String> waveKeys = new HashSet<>();
        NewProgramme.NewWave previous = null;
        for (NewProgramme.NewWave w : waves) {
            if (w.key() == null || !KEY.matcher(w.key().trim()).matches()) {
                throw new SurveyException("Wave keys are lower-case words joined by dashes, like before or after.");
            }
            if (!waveKeys.add(w.key().trim())) {
                throw new SurveyException("Two waves have the key '" + w.key().trim() + "'.");
            }
            if (w.opens() == null || w.closes() == null) {
                throw new SurveyException("Wave '" + w.key() + "' needs an opening and a closing date.");
            }
            if (w.closes().isBefore(w.opens())) {
                throw new SurveyException("Wave '" + w.key() + "' closes before it opens.");
            }
            if (previous != null && w.opens().isBefore(previous.opens())) {
                throw new SurveyException("List the waves in time order: '" + w.key() + "' opens before '" + previous.key() + "'.");
            }
            previous = w;
        }
        long id = repository.insertProgramme(key, request.title().trim(), request.surveyKey(), by.id());
        for (String name : teamNames) {
            Team team = people.findTeamByName(name).orElseGet(() -> people.createTeam(name, null));
            repository.addTeam(id, team.id());
        }
        int position = 1;
        for (NewProgramme.NewWave w : waves) {
            repository.insertWave(id, w.key().trim(), position++, w.opens(), w.closes());
        }
        return repository.programme(key).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Programme> programmes() {
        return repository.programmes();
    }

    @Transactional(readOnly = true)
    public Optional<Programme> programme(String key) {
        return repository.programme(key);
    }

    // --- answering --------------------------------------------------------------------------------

    /**
     * The waves open today in programmes that include one of the person's teams, with their status.
     * Archived programmes are not shown.
     */
    @Transactional(readOnly = true)
    public List<OpenSurvey> openSurveysFor(String username) {
        Account account = account(username);
        Set<Long> teams = new HashSet<>(account.teams().stream().map(Account.TeamMembership::teamId).toList());
        LocalDate today = today();
        List<OpenSurvey> result = new ArrayList<>();
        for (Programme p : repository.programmes()) {
            Optional<SurveyDefinition> survey = catalogue.survey(p.surveyKey());
            if (p.archived() || survey.isEmpty() || p.teams().stream().noneMatch(t -> teams.contains(t.id()))
                    || p.waves().stream().noneMatch(w -> w.isOpen(today))) {
                continue;
            }
            Optional<Long> participant = links.participant(p.id(), account.id());
            for (Programme.Wave w : p.waves()) {
                if (!w.isOpen(today)) {
                    continue;
                }
                var response = participant.flatMap(pid -> repository.response(pid, w.id()));
                OpenSurvey.Status status = response.isEmpty() ? OpenSurvey.Status.NOT_STARTED
                        : response.get().submitted() ? OpenSurvey.Status.SUBMITTED : OpenSurvey.Status.DRAFT;
                result.add(new OpenSurvey(p, w, survey.get(), status,
                        response.map(SurveyRepository.ResponseRow::submittedOn).orElse(null)));
            }
        }
        result.sort(Comparator.comparing((OpenSurvey o) -> o.wave().closes()));
        return result;
    }

    /**
     * Opens the person's own response to a wave, creating their pseudonym and a draft the first
     * time. Coming back later (any device) resumes the same draft.
     */
    @Transactional
    public MyResponse startOrResume(String username, String programmeKey, String waveKey) {
        Context c = context(username, programmeKey, waveKey);
        LocalDate today = today();
        Optional<Long> existing = links.participant(c.programme.id(), c.account.id());
        if (existing.isEmpty() && !c.wave.isOpen(today)) {
            throw new SurveyException(closedMessage(c.wave));
        }
        long participant = existing.orElseGet(() -> links.participantOrNew(c.programme.id(), c.account.id(), teamFor(c)));
        var response = repository.response(participant, c.wave.id());
        if (response.isEmpty() && !c.wave.isOpen(today)) {
            throw new SurveyException(closedMessage(c.wave));
        }
        SurveyRepository.ResponseRow row = response.orElseGet(() -> repository.draft(participant, c.wave.id(), today));
        return new MyResponse(c.programme, c.wave, c.survey, repository.answers(row.id()), row.submitted(), row.submittedOn());
    }

    /** Saves (or clears, when blank) one answer of the person's draft as they go. */
    @Transactional
    public void saveAnswer(String username, String programmeKey, String waveKey, String itemKey, String value) {
        Context c = context(username, programmeKey, waveKey);
        SurveyRepository.ResponseRow row = ownDraft(c);
        Item item = c.survey.item(itemKey).orElseThrow(() -> new SurveyException("The survey has changed. Please reload the page."));
        LocalDate today = today();
        if (value == null || value.isBlank()) {
            repository.deleteAnswer(row.id(), itemKey, today);
            return;
        }
        switch (item.type()) {
            case LIKERT -> repository.saveAnswer(row.id(), itemKey, parseScale(c.survey, value), null, today);
            case CHOICE -> repository.saveAnswer(row.id(), itemKey, null, matchOption(item, value)
                    .orElseThrow(() -> new SurveyException("That is not one of the options.")), today);
            case TEXT -> {
                if (value.length() > MAX_TEXT) {
                    throw new SurveyException("Answers are at most " + MAX_TEXT + " characters.");
                }
                repository.saveAnswer(row.id(), itemKey, null, value.strip(), today);
            }
        }
    }

    /**
     * Submits the person's response. Final: once submitted it cannot change, and a second submit
     * (double click, another tab) is refused by the database. Waits while a report release or an
     * import of the programme is under way ({@link #lockProgramme}).
     */
    @Transactional
    public MyResponse submit(String username, String programmeKey, String waveKey) {
        Context c = context(username, programmeKey, waveKey);
        SurveyRepository.ResponseRow row = ownDraft(c);
        repository.lockProgrammeShared(c.programme.id());
        repository.lock(row.id());
        Map<String, String> answers = repository.answers(row.id());
        if (answers.isEmpty()) {
            throw new SurveyException("Answer at least one question before submitting.");
        }
        if (repository.submit(row.id(), today()) == 0) {
            throw new SurveyException("You have already submitted this survey.");
        }
        return startOrResume(username, programmeKey, waveKey);
    }

    private SurveyRepository.ResponseRow ownDraft(Context c) {
        long participant = links.participant(c.programme.id(), c.account.id())
                .orElseThrow(() -> new SurveyException("Open the survey first."));
        SurveyRepository.ResponseRow row = repository.response(participant, c.wave.id())
                .orElseThrow(() -> new SurveyException("Open the survey first."));
        if (row.submitted()) {
            throw new SurveyException("You have already submitted this survey.");
        }
        if (!c.wave.isOpen(today())) {
            throw new SurveyException(closedMessage(c.wave));
        }
        return row;
    }

    /** The person's first team that takes part in the programme. */
    private static long teamFor(Context c) {
        return c.programme.teams().stream().map(Programme.TeamRef::id)
                .filter(id -> c.account.teams().stream().anyMatch(t -> t.teamId() == id)).findFirst()
                .orElseThrow(() -> new SurveyException("This survey is for teams you are not in."));
    }

    static String randomCode() {
        StringBuilder code = new StringBuilder("L-");
        for (int i = 0; i < 12; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    // --- response rates ------------------------------------------------------------------------------

    /**
     * Response counts per team and wave. Evaluators and administrators see every team of the
     * programme; managers only the teams they manage. Teams smaller than the minimum group size
     * show no counts.
     */
    @Transactional(readOnly = true)
    public List<ResponseRate> responseRates(String username, String programmeKey) {
        Account account = account(username);
        Programme programme = repository.programme(programmeKey).orElseThrow(() -> new SurveyException("No such programme."));
        boolean all = account.hasRole(Role.EVALUATOR) || account.hasRole(Role.ADMIN);
        Set<Long> managed = new HashSet<>(account.managedTeams().stream().map(Account.TeamMembership::teamId).toList());
        if (!all && (!account.hasRole(Role.MANAGER) || programme.teams().stream().noneMatch(t -> managed.contains(t.id())))) {
            throw new SurveyException("You can only see response rates for teams you manage.");
        }
        Map<Long, Map<Long, Integer>> submitted = repository.submittedCounts(programme.id());
        Map<Long, Integer> participants = repository.participantCounts(programme.id());
        List<ResponseRate> rates = new ArrayList<>();
        for (Programme.TeamRef team : programme.teams()) {
            if (!all && !managed.contains(team.id())) {
                continue;
            }
            // Invited: the team's staff in Lantern, or, for teams answering on paper, everyone who took part.
            int invited = Math.max(invitedCount(team.id()), participants.getOrDefault(team.id(), 0));
            for (Programme.Wave wave : programme.waves()) {
                int responded = submitted.getOrDefault(team.id(), Map.of()).getOrDefault(wave.id(), 0);
                boolean suppressed = invited < reporting.minGroupSize();
                rates.add(new ResponseRate(team.id(), team.name(), wave.key(), suppressed ? null : invited,
                        suppressed ? null : responded, suppressed));
            }
        }
        return rates;
    }

    /** Staff in a team who can be asked to answer: enabled accounts with the staff role who do not manage it. */
    private int invitedCount(long teamId) {
        return people.teamStaff(teamId).size();
    }

    /**
     * The names of a managed team's staff who have not yet submitted a wave, so the manager can
     * send a reminder. Never what anyone answered.
     */
    @Transactional(readOnly = true)
    public List<String> notYetResponded(String managerUsername, String programmeKey, String waveKey, long teamId) {
        Account manager = account(managerUsername);
        if (manager.managedTeams().stream().noneMatch(t -> t.teamId() == teamId)) {
            throw new SurveyException("You can only see reminders for teams you manage.");
        }
        Programme programme = repository.programme(programmeKey).orElseThrow(() -> new SurveyException("No such programme."));
        Programme.Wave wave = programme.wave(waveKey).orElseThrow(() -> new SurveyException("No such wave."));
        if (programme.teams().stream().noneMatch(t -> t.id() == teamId)) {
            throw new SurveyException("That team is not in this programme.");
        }
        if (programme.archived()) {
            throw new SurveyException("This programme is archived: who answered is no longer known.");
        }
        List<Account> staff = people.teamStaff(teamId);
        Set<Long> done = staff.isEmpty() ? Set.of() : links.submitted(programme.id(), wave.id(),
                staff.stream().map(Account::id).toList());
        return staff.stream().filter(a -> !done.contains(a.id())).map(Account::displayName).sorted().toList();
    }

    // --- import -------------------------------------------------------------------------------------

    /**
     * Imports responses collected elsewhere (e.g. on paper), identified by the evaluator's own
     * participant codes. Valid rows go in even when others are rejected; the file is one transaction,
     * recorded with who imported it, and holds the programme's lock ({@link #lockProgramme}). A row
     * that would replace a response of a released report is rejected, even with {@code replace}.
     */
    @Transactional
    public ImportResult importCsv(String byUsername, String programmeKey, Reader csv, boolean replace, Consumer<Long> progress) {
        Account by = requireRole(byUsername, Role.EVALUATOR, Role.ADMIN);
        Programme programme = repository.programme(programmeKey)
                .orElseThrow(() -> new SurveyException(SurveyException.Kind.NOT_FOUND, "No such programme."));
        if (programme.archived()) {
            throw new SurveyException(SurveyException.Kind.CONFLICT, "This programme was archived on "
                    + DAY.format(programme.archivedOn()) + ": nothing more can be imported into it.");
        }
        SurveyDefinition survey = catalogue.survey(programme.surveyKey())
                .orElseThrow(() -> new SurveyException("The programme's survey '" + programme.surveyKey() + "' is not loaded."));
        repository.lockProgramme(programme.id());
        return new CsvImporter(repository.db(), programme, survey, replace, new CsvImporter.Importer(by.id(), by.displayName()),
                today(), progress).run(csv);
    }

    /** The imports of a programme, oldest first: when, by whom and how many responses. */
    @Transactional(readOnly = true)
    public List<SurveyImport> imports(long programmeId) {
        return repository.imports(programmeId);
    }

    // --- releases, archiving and data rights ----------------------------------------------------------

    /**
     * Takes the programme's lock until the caller's transaction ends. A report release takes it so
     * that no import (which takes it too) and no submission (which takes it shared) commits while the
     * release reads and marks its responses.
     *
     * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockProgramme(long programmeId) {
        repository.lockProgramme(programmeId);
    }

    /**
     * Marks every submitted response of those waves of the programme that no release includes yet as
     * part of release {@code releaseId}. From then on the response and its answers can never change:
     * imports reject rows that would replace it, and the database refuses any change. The caller reads
     * and marks under {@link #lockProgramme} in one transaction, so nothing arrives in between.
     */
    @Transactional
    public void markReleased(long programmeId, Collection<Long> waveIds, long releaseId) {
        if (!waveIds.isEmpty()) {
            repository.markReleased(programmeId, waveIds, releaseId);
        }
    }

    /**
     * For each participant (same order), whether it answered in Lantern and its account is among the
     * given ones, matched with the keyed link inside surveys: 0 when it has no link (answered on
     * paper, erased or archived), 2 when its link is that of one of the {@code accountIds}, 1 otherwise.
     */
    @Transactional(readOnly = true)
    public byte[] trainingGroups(long programmeId, long[] participantIds, Collection<Long> accountIds) {
        return links.groups(programmeId, participantIds, accountIds, people.allAccountIds());
    }

    /**
     * The account's own participant codes, responses and answers, found through its keyed links: for
     * "Download my data" only, never for anyone else.
     */
    @Transactional(readOnly = true)
    public List<MyAnswers> myAnswers(long accountId) {
        return links.myAnswers(accountId, repository.programmes());
    }

    /**
     * Erasure: deletes the account's unsubmitted responses and its links in every programme. Its
     * submitted answers stay under their random codes, which nothing ties to anyone any more.
     */
    @Transactional
    public AccountForgotten forgetAccount(long accountId) {
        return links.forget(accountId, repository.programmes());
    }

    /** Retention: deletes unsubmitted responses not touched since before the given day; returns how many. */
    @Transactional
    public int purgeDrafts(LocalDate untouchedBefore) {
        return repository.purgeDrafts(untouchedBefore);
    }

    /** Why the programme cannot be archived today, or empty when it can. */
    @Transactional(readOnly = true)
    public Optional<String> whyNotArchivable(String programmeKey) {
        return repository.programme(programmeKey).flatMap(p -> archiveRefusal(p, today()));
    }

    /**
     * Archives a programme whose last wave has closed: its participants' links and its unsubmitted
     * responses are deleted, so nobody can see or resume their answers any more, and staff no longer
     * see it. Submitted answers and evaluation reports stay. Published as {@link ProgrammeArchived}.
     *
     * @throws SurveyException (kind CONFLICT) when a wave has not closed yet or it is already archived
     */
    @Transactional
    public ProgrammeArchived archiveProgramme(String byUsername, String programmeKey) {
        Account by = requireRole(byUsername, Role.EVALUATOR, Role.ADMIN);
        Programme programme = repository.programme(programmeKey)
                .orElseThrow(() -> new SurveyException(SurveyException.Kind.NOT_FOUND, "No such programme."));
        repository.lockProgramme(programme.id());
        LocalDate today = today();
        archiveRefusal(programme, today).ifPresent(reason -> {
            throw new SurveyException(SurveyException.Kind.CONFLICT, reason);
        });
        int drafts = repository.deleteDrafts(programme.id());
        int cleared = repository.clearLinks(programme.id());
        repository.setArchived(programme.id(), today);
        ProgrammeArchived archived = new ProgrammeArchived(programme.key(), programme.title(), by.username(), today,
                cleared, drafts);
        events.publishEvent(archived);
        return archived;
    }

    private static Optional<String> archiveRefusal(Programme programme, LocalDate today) {
        if (programme.archived()) {
            return Optional.of("This programme was already archived on " + DAY.format(programme.archivedOn()) + ".");
        }
        return programme.waves().stream().filter(w -> !w.isClosed(today)).max(Comparator.comparing(Programme.Wave::closes))
                .map(w -> "The " + w.key() + " wave closes on " + DAY.format(w.closes())
                        + ": a programme can be archived once its last wave has closed.");
    }

    // --- helpers --------------------------------------------------------------------------------------

    static int parseScale(SurveyDefinition survey, String value) {
        try {
            int number = Integer.parseInt(value.trim());
            if (survey.scale() != null && number >= survey.scale().min() && number <= survey.scale().max()) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new SurveyException("Answers on this scale are whole numbers from " + survey.scale().min() + " to "
                + survey.scale().max() + ", not '" + value + "'.");
    }

    static Optional<String> matchOption(Item item, String value) {
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        return item.options().stream().filter(o -> o.trim().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    private static String closedMessage(Programme.Wave wave) {
        return "This survey is open from " + DAY.format(wave.opens()) + " to " + DAY.format(wave.closes()) + ".";
    }

    private record Context(Account account, Programme programme, Programme.Wave wave, SurveyDefinition survey) {
    }

    private Context context(String username, String programmeKey, String waveKey) {
        Account account = account(username);
        Programme programme = repository.programme(programmeKey).orElseThrow(() -> new SurveyException("No such survey."));
        if (programme.archived()) {
            throw new SurveyException("This programme has finished and was archived on " + DAY.format(programme.archivedOn())
                    + ": its surveys can no longer be opened.");
        }
        Programme.Wave wave = programme.wave(waveKey).orElseThrow(() -> new SurveyException("No such survey wave."));
        SurveyDefinition survey = catalogue.survey(programme.surveyKey())
                .orElseThrow(() -> new SurveyException("This survey is not available at the moment."));
        if (programme.teams().stream().noneMatch(t -> account.teams().stream().anyMatch(m -> m.teamId() == t.id()))) {
            throw new SurveyException("This survey is for teams you are not in.");
        }
        return new Context(account, programme, wave, survey);
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow(() -> new SurveyException("Account not found."));
    }

    private Account requireRole(String username, Role... roles) {
        Account account = account(username);
        for (Role role : roles) {
            if (account.hasRole(role)) {
                return account;
            }
        }
        throw new SurveyException("Your account is not allowed to do this.");
    }
}
