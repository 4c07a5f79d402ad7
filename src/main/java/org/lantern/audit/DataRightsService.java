package org.lantern.audit;

import org.lantern.base.security.UserNames;
import org.lantern.base.security.Account;
import org.lantern.surveys.AccountForgotten;
import org.lantern.surveys.MyAnswers;
import org.lantern.surveys.SurveyDataRights;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

/**
 * The door to people's data rights: a copy of everything Lantern holds about them, and erasure of an
 * account by an administrator. Both are audited.
 */
@Service
public class DataRightsService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PersonalDataRepository repository;
    private final SurveyDataRights surveyDataRights;
    private final ApplicationEventPublisher events;
    private final AuditService audit;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DataRightsService(PersonalDataRepository repository, SurveyDataRights surveyDataRights, ApplicationEventPublisher events, AuditService audit,
                      PasswordEncoder passwordEncoder, Clock clock) {
        this.repository = repository;
        this.surveyDataRights = surveyDataRights;
        this.events = events;
        this.audit = audit;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /**
     * Everything Lantern holds about the signed-in person, as a ZIP of JSON files with a README.md,
     * the journal as Markdown and CSV tables. Only ever the caller's own data: {@code account} is the signed-in person.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public byte[] myData(Account account) {
        long id = account.id();
        byte[] zip = MyDataZip.write(repository.load(id, surveyTaking(surveyDataRights.myAnswers(id))),
                clock.instant().atOffset(ZoneOffset.UTC));
        audit.record(account.username(), AuditEventType.DATA_RIGHTS, "Downloaded own data (ZIP, " + zip.length + " bytes)");
        return zip;
    }

    /** The file name for {@link #myData}, e.g. {@code lantern-my-data-2026-12-02.zip}. */
    public String myDataFileName() {
        return "lantern-my-data-" + clock.instant().atOffset(ZoneOffset.UTC).toLocalDate() + ".zip";
    }

    /** What an erasure did, in words for the administrator. */
    public record ErasureResult(String summary) {
    }

    /**
     * Erases an account: name, user name (now {@code erased-<id>}), password, roles, teams, journal,
     * saved tools, training progress, story drafts and survey drafts are removed; the keyed links from
     * the account to its survey codes are deleted ({@link SurveyDataRights#forgetAccount}), so submitted
     * answers stay only as unlinkable pseudonymous data; unpublished stories are withdrawn and
     * published ones stay without an author.
     *
     * @param confirmation must be the account's current user name, typed by the administrator
     * @throws DataRightsException when the confirmation does not match or the account cannot be erased
     * @throws org.springframework.security.access.AccessDeniedException unless an administrator asks
     */
    @Transactional
    public ErasureResult erase(String adminUsername, long accountId, String confirmation) {
        audit.requireAdmin(normalise(adminUsername));
        var account = repository.account(accountId)
                .orElseThrow(() -> new DataRightsException("That account no longer exists."));
        if (account.erased()) {
            throw new DataRightsException("This account has already been erased.");
        }
        if (!account.username().equals(normalise(confirmation))) {
            throw new DataRightsException("Type the user name '" + account.username() + "' exactly to confirm.");
        }
        if (account.username().equals(normalise(adminUsername))) {
            throw new DataRightsException("You cannot erase your own account. Ask another administrator.");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        AccountForgotten forgotten = surveyDataRights.forgetAccount(accountId);
        events.publishEvent(new AccountErasing(accountId));   // stories forget unpublished words and edits' text, at once
        var erased = repository.erase(accountId, passwordEncoder.encode(Base64.getEncoder().encodeToString(secret)));
        String summary = "Erased account " + accountId + ": " + erased.journalEntries() + " journal entries, "
                + erased.savedTools() + " saved tools, " + erased.storiesDeleted() + " story drafts deleted; "
                + erased.storiesWithdrawn() + " stories withdrawn, " + erased.storiesKept() + " published stories kept "
                + "without an author; " + forgotten.linksDeleted() + " survey links and " + forgotten.draftsDeleted()
                + " unsubmitted survey responses deleted.";
        audit.record(normalise(adminUsername), AuditEventType.DATA_RIGHTS, summary);
        return new ErasureResult(summary);
    }

    /** Surveys' own record of the person's answers, as the ZIP shows it. */
    private static List<PersonalData.SurveyTaking> surveyTaking(List<MyAnswers> answers) {
        return answers.stream().map(a -> new PersonalData.SurveyTaking(a.programme(), a.programmeTitle(), a.survey(),
                a.participantCode(), a.team(), a.responses().stream().map(r -> new PersonalData.SurveyResponse(r.wave(),
                        r.submitted() ? "submitted" : "draft", r.startedOn(), r.submittedOn(), r.answers().stream()
                        .map(x -> new PersonalData.SurveyAnswer(x.item(), x.number(), x.text())).toList())).toList()))
                .toList();
    }

    /** User names in their one normal form ({@link UserNames}), as accounts store them. */
    private static String normalise(String username) {
        return UserNames.normalise(username);
    }
}
