package org.lantern.surveys;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.lantern.base.security.Role;
import org.lantern.people.Team;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Evaluation programmes: the survey definitions they can ask, creating a programme with its teams and
 * waves, listing them, and archiving one whose last wave has closed.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Programmes {

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final SurveyCatalogue catalogue;
    private final ProgrammeRepository repository;
    private final ResponseRepository responses;
    private final LinkRepository links;
    private final PeopleService people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Every survey definition loaded from the content files, which a new programme can ask: each survey's
     * newest version first (the one a new programme should ask), older versions after it.
     */
    public List<SurveyDefinition> surveys() {
        return catalogue.all();
    }

    /** The loaded survey definition with this key, if any. */
    public Optional<SurveyDefinition> survey(String key) {
        return catalogue.survey(key);
    }

    /**
     * Creates a programme. Teams are named; an unknown name creates the team, so evaluators can
     * import paper responses from teams not yet using Lantern.
     *
     * @throws SurveyException when the caller is not an evaluator or administrator, or the request is invalid
     */
    @Transactional
    public Programme createProgramme(Account by, NewProgramme request) {
        SurveyCallers.requireRole(by, Role.EVALUATOR, Role.ADMIN);
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
        checkWaves(waves);
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

    private static void checkWaves(List<NewProgramme.NewWave> waves) {
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
    }

    /** Every programme, newest first, archived ones included. */
    @Transactional(readOnly = true)
    public List<Programme> programmes() {
        return repository.programmes();
    }

    /** The programme with this key, if any. */
    @Transactional(readOnly = true)
    public Optional<Programme> programme(String key) {
        return repository.programme(key);
    }

    // --- archiving ---------------------------------------------------------------------------------

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
    public ProgrammeArchived archiveProgramme(Account by, String programmeKey) {
        SurveyCallers.requireRole(by, Role.EVALUATOR, Role.ADMIN);
        Programme programme = repository.programme(programmeKey)
                .orElseThrow(() -> new SurveyException(SurveyException.Kind.NOT_FOUND, "No such programme."));
        repository.lockProgramme(programme.id());
        LocalDate today = today();
        archiveRefusal(programme, today).ifPresent(reason -> {
            throw new SurveyException(SurveyException.Kind.CONFLICT, reason);
        });
        int drafts = responses.deleteDrafts(programme.id());
        int cleared = links.clearLinks(programme.id());
        repository.setArchived(programme.id(), today);
        ProgrammeArchived archived = new ProgrammeArchived(programme.key(), programme.title(), by.username(), today,
                cleared, drafts);
        events.publishEvent(archived);
        return archived;
    }

    private static Optional<String> archiveRefusal(Programme programme, LocalDate today) {
        if (programme.archived()) {
            return Optional.of("This programme was already archived on " + AnswerRules.day(programme.archivedOn()) + ".");
        }
        return programme.waves().stream().filter(w -> !w.isClosed(today)).max(Comparator.comparing(Programme.Wave::closes))
                .map(w -> "The " + w.key() + " wave closes on " + AnswerRules.day(w.closes())
                        + ": a programme can be archived once its last wave has closed.");
    }
}
