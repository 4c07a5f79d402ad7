package org.lantern.revalidation;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.lantern.audit.AuditEventType;
import org.lantern.audit.AuditService;
import org.lantern.base.security.Account;
import org.lantern.journal.JournalEntry;
import org.lantern.journal.JournalException;
import org.lantern.journal.JournalService;
import org.lantern.journal.JournalSource;
import org.lantern.reflection.Sessions;
import org.lantern.stories.StoryDraft;
import org.lantern.stories.StoryWriting;
import org.lantern.training.CompletedModule;
import org.lantern.training.TrainingRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reflective accounts written from the person's own journal entries. Like the journal, every
 * method takes the signed-in account and only ever reads that person's own entries: someone else's
 * entry looks exactly like one that does not exist.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReflectiveAccounts {

    static final String NOT_FOUND = "That reflective account could not be found.";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final JournalService journal;
    private final TrainingRecord training;
    private final Sessions sessions;
    private final StoryWriting stories;
    private final AuditService audit;
    private final Clock clock;

    /**
     * A reflective account to work on, from one of the person's own journal entries.
     *
     * @param savedId the journal entry that holds the account once saved; null until then
     * @param source  what the original entry reflected on, kept on the saved account
     */
    public record Draft(ReflectiveAccount account, @Nullable Long savedId, JournalSource source) {
    }

    /**
     * The account for a journal entry: an account saved earlier is read back as it is; any other
     * entry gives a new account pre-filled from it and the lesson or session it came from.
     *
     * @throws JournalException "That entry could not be found." when the entry is not the person's own
     */
    @Transactional(readOnly = true)
    public Draft draft(Account owner, long entryId) {
        JournalEntry entry = journal.entry(owner, entryId).orElseThrow(() -> new JournalException("That entry could not be found."));
        if (entry.isReflectiveAccount()) {
            return new Draft(ReflectiveAccount.fromEntry(entry.title(), entry.body()), entry.id(), entry.source());
        }
        String activity = Stream.of(describeSource(owner, entry.source()), entry.title())
                .filter(s -> !s.isBlank()).reduce((a, b) -> a + "\n\n" + b).orElse("");
        return new Draft(new ReflectiveAccount("Reflective account: " + entry.title(), activity, entry.body(), "", null, ""),
                null, entry.source());
    }

    /**
     * Saves the account as a journal entry of its own (a new one when {@code savedId} is null).
     *
     * @throws JournalException when nothing is written or something is too long, or the saved account is not theirs
     */
    @Transactional
    public JournalEntry save(Account owner, @Nullable Long savedId, ReflectiveAccount account, JournalSource source) {
        if (Stream.of(account.activity(), account.learning(), account.practice(), account.code()).allMatch(String::isBlank)) {
            throw new JournalException("Write at least one part of the account before saving.");
        }
        if (savedId == null) {
            return journal.add(owner, account.title(), account.body(), JournalEntry.REFLECTIVE_ACCOUNT, source);
        }
        owned(owner, savedId);
        return journal.update(owner, savedId, account.title(), account.body());
    }

    /**
     * Likely details that could identify someone (names, exact dates and ages, addresses, ward names…),
     * found by the same check as practice stories, with advice in plain words.
     */
    public List<String> personalDetails(ReflectiveAccount account) {
        return stories.check(new StoryDraft(account.title(), "", account.allText(), List.of(), "", ""))
                .personalDetails().stream()
                .map(d -> d.kind().label() + " \u201c" + d.text() + "\u201d: " + d.kind().advice())
                .distinct().toList();
    }

    /** One of the person's saved accounts as a PDF. */
    @Transactional(readOnly = true)
    public byte[] pdf(Account owner, long savedId) {
        byte[] pdf = export(owner, savedId).pdf();
        audit.record(owner.username(), AuditEventType.EXPORT, "Own reflective account (PDF)");
        return pdf;
    }

    /** One of the person's saved accounts as Markdown (UTF-8). */
    @Transactional(readOnly = true)
    public byte[] markdown(Account owner, long savedId) {
        byte[] markdown = export(owner, savedId).markdown().getBytes(StandardCharsets.UTF_8);
        audit.record(owner.username(), AuditEventType.EXPORT, "Own reflective account (Markdown)");
        return markdown;
    }

    private ReflectiveAccountExport export(Account owner, long savedId) {
        JournalEntry entry = owned(owner, savedId);
        return new ReflectiveAccountExport(owner.displayName(), ReflectiveAccount.fromEntry(entry.title(), entry.body()),
                format(entry.updatedAt()), format(clock.instant()));
    }

    private JournalEntry owned(Account owner, long savedId) {
        return journal.entry(owner, savedId).filter(JournalEntry::isReflectiveAccount)
                .orElseThrow(() -> new JournalException(NOT_FOUND));
    }

    /** A sentence on the lesson (and its module) or session the entry came from; empty for a free entry. */
    private String describeSource(Account owner, JournalSource source) {
        return switch (source.type()) {
            case JournalSource.LESSON -> describeLesson(owner, source);
            case JournalSource.SESSION -> describeSession(owner, source);
            default -> source.describe().isEmpty() ? "" : source.describe() + ".";
        };
    }

    private String describeLesson(Account owner, JournalSource source) {
        String moduleKey = source.ref().contains("/") ? source.ref().substring(0, source.ref().indexOf('/')) : source.ref();
        String lesson = source.label().isBlank() ? source.ref() : source.label();
        String module = training.moduleTitle(moduleKey).map(t -> " in the module \u201c" + t + "\u201d").orElse("");
        String completed = training.completedModules(owner).stream().filter(m -> m.moduleKey().equals(moduleKey))
                .map(CompletedModule::completedAt).findFirst().map(at -> ", which I completed on " + format(at)).orElse("");
        return "The Lantern lesson \u201c" + lesson + "\u201d" + module + completed + ".";
    }

    private String describeSession(Account owner, JournalSource source) {
        return Stream.concat(sessions.attendedBy(owner).stream(), sessions.sessionsFor(owner).stream())
                .filter(s -> String.valueOf(s.id()).equals(source.ref())).findFirst()
                .map(s -> "A reflective session with " + s.teamName() + " on " + format(s.startsAt()) + " ("
                        + s.durationMinutes() + " minutes), on: " + s.focusTitle() + ".")
                .orElse(source.describe() + ".");
    }

    private String format(Instant instant) {
        return DATE.format(instant.atZone(clock.getZone()));
    }
}
