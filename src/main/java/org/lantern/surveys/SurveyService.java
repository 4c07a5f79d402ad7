package org.lantern.surveys;

import org.lantern.base.ReportingProperties;
import org.lantern.people.Account;
import org.lantern.people.PeopleService;
import org.lantern.people.Role;
import org.lantern.people.Team;
import org.lantern.surveys.SurveyDefinition.Item;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.Reader;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * The door to surveys. Answers are kept against a random per-programme participant code; the link
 * from an account to its code is used only to resume a draft, refuse a second submission and show
 * people their own answers. No method returns one person's answers to anyone else.
 */
@Service
public class SurveyService {

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int MAX_TEXT = 5000;

    private final SurveyCatalogue catalogue;
    private final SurveyRepository repository;
    private final PeopleService people;
    private final ReportingProperties reporting;
    private final Clock clock;

    SurveyService(SurveyCatalogue catalogue, SurveyRepository repository, PeopleService people,
                  ReportingProperties reporting, Optional<Clock> clock) {
        this.catalogue = catalogue;
        this.repository = repository;
        this.people = people;
        this.reporting = reporting;
        this.clock = clock.orElse(Clock.systemDefaultZone());
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
            throw new SurveyException("There is already a programme with the key '" + key + "'.");
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

    /** The waves open today in programmes that include one of the person's teams, with their status. */
    @Transactional(readOnly = true)
    public List<OpenSurvey> openSurveysFor(String username) {
        Account account = account(username);
        Set<Long> teams = new HashSet<>(account.teams().stream().map(Account.TeamMembership::teamId).toList());
        LocalDate today = today();
        List<OpenSurvey> result = new ArrayList<>();
        for (Programme p : repository.programmes()) {
            Optional<SurveyDefinition> survey = catalogue.survey(p.surveyKey());
            if (survey.isEmpty() || p.teams().stream().noneMatch(t -> teams.contains(t.id()))) {
                continue;
            }
            Optional<Long> participant = repository.linkedParticipant(p.id(), account.id());
            for (Programme.Wave w : p.waves()) {
                if (!w.isOpen(today)) {
                    continue;
                }
                var response = participant.flatMap(pid -> repository.response(pid, w.id()));
                OpenSurvey.Status status = response.isEmpty() ? OpenSurvey.Status.NOT_STARTED
                        : "submitted".equals(response.get().status()) ? OpenSurvey.Status.SUBMITTED : OpenSurvey.Status.DRAFT;
                result.add(new OpenSurvey(p, w, survey.get(), status, response.map(SurveyRepository.ResponseRow::submittedAt).orElse(null)));
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
        Optional<Long> existing = repository.linkedParticipant(c.programme.id(), c.account.id());
        if (existing.isEmpty() && !c.wave.isOpen(today())) {
            throw new SurveyException(closedMessage(c.wave));
        }
        long participant = existing.orElseGet(() -> createParticipant(c));
        var response = repository.response(participant, c.wave.id());
        if (response.isEmpty() && !c.wave.isOpen(today())) {
            throw new SurveyException(closedMessage(c.wave));
        }
        SurveyRepository.ResponseRow row = response.orElseGet(() -> repository.draft(participant, c.wave.id()));
        return new MyResponse(c.programme, c.wave, c.survey, repository.answers(row.id()), "submitted".equals(row.status()),
                row.submittedAt());
    }

    /** Saves (or clears, when blank) one answer of the person's draft as they go. */
    @Transactional
    public void saveAnswer(String username, String programmeKey, String waveKey, String itemKey, String value) {
        Context c = context(username, programmeKey, waveKey);
        SurveyRepository.ResponseRow row = ownDraft(c);
        Item item = c.survey.item(itemKey).orElseThrow(() -> new SurveyException("The survey has changed. Please reload the page."));
        if (value == null || value.isBlank()) {
            repository.deleteAnswer(row.id(), itemKey);
            return;
        }
        switch (item.type()) {
            case LIKERT -> repository.saveAnswer(row.id(), itemKey, parseScale(c.survey, value), null);
            case CHOICE -> repository.saveAnswer(row.id(), itemKey, null, matchOption(item, value)
                    .orElseThrow(() -> new SurveyException("That is not one of the options.")));
            case TEXT -> {
                if (value.length() > MAX_TEXT) {
                    throw new SurveyException("Answers are at most " + MAX_TEXT + " characters.");
                }
                repository.saveAnswer(row.id(), itemKey, null, value.strip());
            }
        }
    }

    /**
     * Submits the person's response. Final: once submitted it cannot change, and a second submit
     * (double click, another tab) is refused by the database.
     */
    @Transactional
    public MyResponse submit(String username, String programmeKey, String waveKey) {
        Context c = context(username, programmeKey, waveKey);
        SurveyRepository.ResponseRow row = ownDraft(c);
        repository.lock(row.id());
        Map<String, String> answers = repository.answers(row.id());
        if (answers.isEmpty()) {
            throw new SurveyException("Answer at least one question before submitting.");
        }
        if (repository.submit(row.id(), clock.instant()) == 0) {
            throw new SurveyException("You have already submitted this survey.");
        }
        return startOrResume(username, programmeKey, waveKey);
    }

    private SurveyRepository.ResponseRow ownDraft(Context c) {
        long participant = repository.linkedParticipant(c.programme.id(), c.account.id())
                .orElseThrow(() -> new SurveyException("Open the survey first."));
        SurveyRepository.ResponseRow row = repository.response(participant, c.wave.id())
                .orElseThrow(() -> new SurveyException("Open the survey first."));
        if ("submitted".equals(row.status())) {
            throw new SurveyException("You have already submitted this survey.");
        }
        if (!c.wave.isOpen(today())) {
            throw new SurveyException(closedMessage(c.wave));
        }
        return row;
    }

    private long createParticipant(Context c) {
        long team = c.programme.teams().stream().map(Programme.TeamRef::id)
                .filter(id -> c.account.teams().stream().anyMatch(t -> t.teamId() == id)).findFirst()
                .orElseThrow(() -> new SurveyException("This survey is for teams you are not in."));
        for (int attempt = 0; attempt < 5; attempt++) {
            String code = randomCode();
            long participant = repository.insertParticipant(c.programme.id(), code, team);
            if (repository.link(participant, c.programme.id(), c.account.id())) {
                return participant;
            }
            // Another tab linked a participant at the same moment: use that one.
            repository.deleteParticipant(participant);
            Optional<Long> winner = repository.linkedParticipant(c.programme.id(), c.account.id());
            if (winner.isPresent()) {
                return winner.get();
            }
        }
        throw new SurveyException("Could not start the survey. Please try again.");
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
        return (int) people.teamMembers(teamId).stream().filter(a -> a.enabled() && a.hasRole(Role.STAFF)
                && a.managedTeams().stream().noneMatch(t -> t.teamId() == teamId)).count();
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
        List<Account> staff = people.teamMembers(teamId).stream().filter(a -> a.enabled() && a.hasRole(Role.STAFF)
                && a.managedTeams().stream().noneMatch(t -> t.teamId() == teamId)).toList();
        Set<Long> done = staff.isEmpty() ? Set.of() : repository.accountsThatSubmitted(programme.id(), wave.id(),
                staff.stream().map(Account::id).toList());
        return staff.stream().filter(a -> !done.contains(a.id())).map(Account::displayName).sorted().toList();
    }

    // --- import -------------------------------------------------------------------------------------

    /**
     * Imports responses collected elsewhere (e.g. on paper), identified by the evaluator's own
     * participant codes. Valid rows go in even when others are rejected; the file is one transaction.
     */
    @Transactional
    public ImportResult importCsv(String byUsername, String programmeKey, Reader csv, boolean replace, Consumer<Long> progress) {
        requireRole(byUsername, Role.EVALUATOR, Role.ADMIN);
        Programme programme = repository.programme(programmeKey).orElseThrow(() -> new SurveyException("No such programme."));
        SurveyDefinition survey = catalogue.survey(programme.surveyKey())
                .orElseThrow(() -> new SurveyException("The programme's survey '" + programme.surveyKey() + "' is not loaded."));
        return new CsvImporter(repository.db(), programme, survey, replace, clock.instant(), progress).run(csv);
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
        return "This survey is open from " + wave.opens() + " to " + wave.closes() + ".";
    }

    private record Context(Account account, Programme programme, Programme.Wave wave, SurveyDefinition survey) {
    }

    private Context context(String username, String programmeKey, String waveKey) {
        Account account = account(username);
        Programme programme = repository.programme(programmeKey).orElseThrow(() -> new SurveyException("No such survey."));
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
