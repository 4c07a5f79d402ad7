package org.lantern.journal;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.lantern.audit.AuditEventType;
import org.lantern.audit.AuditService;
import org.jspecify.annotations.Nullable;
import org.lantern.base.security.Account;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The private journal. Every method takes the signed-in account of the person acting and only ever
 * touches that person's own entries: nobody else, whatever their role, can read, change or delete
 * an entry, and asking for someone else's entry looks exactly like asking for one that does not
 * exist.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class JournalService {

    public static final int MAX_BODY = 20_000;
    public static final int MAX_TITLE = 200;
    static final int MAX_PROMPT = 1_000;
    static final int MAX_SOURCE_TEXT = 300;
    static final String NOT_FOUND = "That entry could not be found.";

    private static final Set<String> SOURCE_TYPES = Set.of(JournalSource.LESSON, JournalSource.STORY,
            JournalSource.SESSION, JournalSource.FREE);

    private final JournalRepository repository;
    private final AuditService audit;
    private final Clock clock;

    /**
     * Saves a new entry.
     *
     * @param title  optional; when blank, a title is made from the prompt or the first words of the body
     * @param prompt the reflection prompt answered, or empty
     * @param source what the entry reflects on; {@link JournalSource#free()} for a free entry
     * @throws JournalException when the body is empty or something is too long
     */
    @Transactional
    public JournalEntry add(Account owner, @Nullable String title, String body, @Nullable String prompt,
                            @Nullable JournalSource source) {
        String cleanBody = checkBody(body);
        String cleanPrompt = clean(prompt);
        if (cleanPrompt.length() > MAX_PROMPT) {
            throw new JournalException("The prompt is too long: at most 1,000 characters.");
        }
        String cleanTitle = checkTitle(title);
        if (cleanTitle.isEmpty()) {
            cleanTitle = deriveTitle(cleanPrompt, cleanBody);
        }
        long id = repository.insert(owner.id(), cleanTitle, cleanBody, cleanPrompt, checkSource(source));
        return repository.findOwned(owner.id(), id).orElseThrow();
    }

    /** The person's own entries, newest first. */
    @Transactional(readOnly = true)
    public List<JournalEntry> entries(Account owner) {
        return repository.findByOwner(owner.id());
    }

    /** How many entries the person has written. */
    @Transactional(readOnly = true)
    public int count(Account owner) {
        return repository.countByOwner(owner.id());
    }

    /** The person's own entries written from one lesson, story or session, newest first. */
    @Transactional(readOnly = true)
    public List<JournalEntry> entriesFrom(Account owner, String sourceType, String sourceRef) {
        return repository.findByOwnerAndSource(owner.id(), clean(sourceType), clean(sourceRef));
    }

    /** One of the person's own entries. */
    @Transactional(readOnly = true)
    public Optional<JournalEntry> entry(Account owner, long id) {
        return repository.findOwned(owner.id(), id);
    }

    /**
     * Changes the title and text of one of the person's own entries.
     *
     * @throws JournalException "That entry could not be found." when it is not theirs or no longer exists
     */
    @Transactional
    public JournalEntry update(Account account, long id, @Nullable String title, String body) {
        long owner = account.id();
        JournalEntry existing = repository.findOwned(owner, id).orElseThrow(() -> new JournalException(NOT_FOUND));
        String cleanBody = checkBody(body);
        String cleanTitle = checkTitle(title);
        if (cleanTitle.isEmpty()) {
            cleanTitle = deriveTitle(existing.prompt(), cleanBody);
        }
        repository.update(owner, id, cleanTitle, cleanBody);
        return repository.findOwned(owner, id).orElseThrow();
    }

    /**
     * Deletes one of the person's own entries for good.
     *
     * @throws JournalException "That entry could not be found." when it is not theirs or no longer exists
     */
    @Transactional
    public void delete(Account owner, long id) {
        if (!repository.delete(owner.id(), id)) {
            throw new JournalException(NOT_FOUND);
        }
    }

    /** All the person's own entries as a PDF, oldest first. */
    @Transactional(readOnly = true)
    public byte[] exportPdf(Account owner) {
        byte[] pdf = export(owner).pdf();
        audit.record(owner.username(), AuditEventType.EXPORT, "Own journal (PDF)");
        return pdf;
    }

    /** All the person's own entries as Markdown, oldest first. */
    @Transactional(readOnly = true)
    public String exportMarkdown(Account owner) {
        return export(owner).markdown();
    }

    /** {@link #exportMarkdown} as UTF-8 bytes, for downloads. */
    @Transactional(readOnly = true)
    public byte[] exportMarkdownBytes(Account owner) {
        byte[] markdown = exportMarkdown(owner).getBytes(StandardCharsets.UTF_8);
        audit.record(owner.username(), AuditEventType.EXPORT, "Own journal (Markdown)");
        return markdown;
    }

    private JournalExport export(Account owner) {
        List<JournalEntry> oldestFirst = repository.findByOwner(owner.id()).reversed();
        return new JournalExport(owner.displayName(), oldestFirst, clock.instant(), clock.getZone());
    }

    private static String checkBody(String body) {
        String text = clean(body);
        if (text.isEmpty()) {
            throw new JournalException("Write something before saving.");
        }
        if (text.length() > MAX_BODY) {
            throw new JournalException("An entry can be at most 20,000 characters; this one has "
                    + String.format("%,d", text.length()) + ". Split it into two entries.");
        }
        return text;
    }

    private static String checkTitle(@Nullable String title) {
        String text = clean(title).replaceAll("\\s+", " ");
        if (text.length() > MAX_TITLE) {
            throw new JournalException("A title can be at most 200 characters.");
        }
        return text;
    }

    private static JournalSource checkSource(@Nullable JournalSource source) {
        if (source == null || JournalSource.FREE.equals(source.type())) {
            return JournalSource.free();
        }
        String type = clean(source.type());
        if (!SOURCE_TYPES.contains(type)) {
            throw new JournalException("Unknown kind of journal source '" + type + "'.");
        }
        String ref = clean(source.ref());
        String label = clean(source.label()).replaceAll("\\s+", " ");
        if (ref.isEmpty()) {
            throw new JournalException("A " + type + " entry needs to say which " + type + " it is from.");
        }
        if (ref.length() > MAX_SOURCE_TEXT || label.length() > MAX_SOURCE_TEXT) {
            throw new JournalException("The " + type + " reference is too long.");
        }
        return new JournalSource(type, ref, label);
    }

    /** A short title from the prompt if there is one, otherwise from the first words of the entry. */
    static String deriveTitle(String prompt, String body) {
        if (!prompt.isBlank()) {
            return shorten(prompt.replaceAll("\\s+", " ").strip(), 90);
        }
        String firstLine = body.strip().lines().findFirst().orElse("").strip();
        String[] words = firstLine.split("\\s+");
        String start = String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 8)));
        String title = shorten(start, 70);
        return words.length > 8 && !title.endsWith("…") ? title + "…" : title;
    }

    private static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return (cut > max / 2 ? text.substring(0, cut) : text.substring(0, max - 1)).strip() + "…";
    }

    private static String clean(@Nullable String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
