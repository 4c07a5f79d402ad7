package org.lantern.stories;

import org.lantern.audit.AuditEventType;
import org.lantern.audit.AuditService;
import org.jspecify.annotations.Nullable;
import org.lantern.base.content.ContentProblem;
import org.lantern.people.Account;
import org.lantern.people.PeopleService;
import org.lantern.people.Role;
import org.lantern.stories.search.StoryHit;
import org.lantern.stories.search.StorySearchRequest;
import org.lantern.stories.search.StorySearchResult;
import org.lantern.stories.search.StorySearchTooComplex;
import org.lantern.stories.search.StorySuggestion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The door to practice stories: searching the library, reading a story (with the access rules),
 * writing and submitting one, the two consents, withdrawal, and editors' moderation with its audit
 * trail. Only published stories whose author agreed to the library are searchable; drafts and
 * stories in review are visible to their author and to editors only.
 */
@Service
public class StoryService {

    /** Shown to editors when a story is held for safeguarding. */
    public static final String SAFEGUARDING_GUIDANCE = "This story may describe someone at risk of harm now. Do not publish "
            + "it. Follow your organisation's safeguarding procedure today: talk to your safeguarding lead or duty "
            + "manager and record what you did. If someone is in immediate danger, call 999. When the concern has been "
            + "dealt with through that route, record it here; you can then edit the story and decide on it.";
    static final String SYSTEM = "Lantern (automatic check)";
    static final int MIN_WORDS = 30;
    static final int MAX_WORDS = 2000;

    private final StoryRepository repository;
    private final StorySearchIndex index;
    private final StoryWordLists wordLists;
    private final PeopleService people;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditService audit;

    StoryService(StoryRepository repository, StorySearchIndex index, StoryWordLists wordLists, PeopleService people,
                 ApplicationEventPublisher events, Clock clock, AuditService audit) {
        this.audit = audit;
        this.repository = repository;
        this.index = index;
        this.wordLists = wordLists;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    // ---- Reading and searching

    /**
     * Searches the library (published stories the authors agreed to share there).
     *
     * @throws StoryException with {@link StorySearchTooComplex#MESSAGE} for a search that would be
     *                        costly to run (a /regular expression/, many wildcards, very long, deeply nested...)
     */
    public StorySearchResult search(StorySearchRequest request) {
        try {
            return index.search(request);
        } catch (StorySearchTooComplex e) {
            throw new StoryException(e.getMessage());
        }
    }

    /** Suggestions while typing: story titles and words (only the last few words typed count). */
    public List<StorySuggestion> suggest(String typed) {
        return typed == null || typed.isBlank() ? List.of() : index.suggest(typed, 6);
    }

    /** Library stories like this one. */
    public List<StoryHit> related(String slug) {
        return index.related(slug, 4);
    }

    /** The newest library stories. */
    @Transactional(readOnly = true)
    public List<PracticeStory> newest(int limit) {
        return repository.newestInLibrary(limit);
    }

    /**
     * A story if this person may read it: library stories for everyone signed in; its author always;
     * editors see a staff member's story only while it waits for review and once it is published
     * (never a draft, one sent back for changes, approved but not yet published, not accepted or
     * withdrawn), and the composite content stories in any state.
     */
    @Transactional(readOnly = true)
    public Optional<PracticeStory> read(String username, String slug) {
        Optional<PracticeStory> story = repository.findBySlug(slug);
        if (story.isEmpty() || story.get().inLibrary()) {
            return story;
        }
        return people.findByUsername(username).filter(account -> mayRead(account, story.get())).flatMap(a -> story);
    }

    /** The one rule for who may read a story that is not in the library (see {@link #read}). */
    static boolean mayRead(Account account, PracticeStory story) {
        if (story.inLibrary() || story.isAuthor(account.id())) {
            return true;
        }
        if (!account.hasRole(Role.EDITOR)) {
            return false;
        }
        return story.source() == PracticeStory.Source.CONTENT
                || story.status() == StoryStatus.SUBMITTED || story.status() == StoryStatus.PUBLISHED;
    }

    /** Whether a story may be used for an audience now (e.g. by reflective sessions or training). */
    @Transactional(readOnly = true)
    public boolean usableFor(String slug, Audience audience) {
        return repository.findBySlug(slug).filter(s -> s.status() == StoryStatus.PUBLISHED && s.audiences().contains(audience))
                .isPresent();
    }

    /** A person's own stories, most recently changed first. */
    @Transactional(readOnly = true)
    public List<PracticeStory> mine(String username) {
        return repository.findByAuthor(account(username).id());
    }

    /** The de-identification check and safeguarding triage for a text. */
    public StoryChecks check(StoryDraft draft) {
        String text = draft.allText();
        return new StoryChecks(wordLists.check().find(text), SafeguardingCheck.concerns(text));
    }

    /** The audit trail, for the author, and for editors while they may read the story. */
    @Transactional(readOnly = true)
    public List<StoryDecision> history(String username, long storyId) {
        PracticeStory story = repository.findById(storyId).orElseThrow(() -> new StoryException("That story no longer exists."));
        Account account = account(username);
        if ((!account.hasRole(Role.EDITOR) && !story.isAuthor(account.id())) || !mayRead(account, story)) {
            throw new StoryException("Only editors and the author can see a story's history.");
        }
        return repository.decisions(storyId);
    }

    // ---- Writing, submitting and consent

    /** Saves a draft (new when id is null). Only the author can change it, and only before review. */
    @Transactional
    public PracticeStory saveDraft(String username, @Nullable Long id, StoryDraft draft) {
        Account author = account(username);
        StoryDraft clean = clean(draft);
        if (clean.title().isEmpty()) {
            throw new StoryException("Give your story a title before saving it.");
        }
        long storyId = store(author, id, clean);
        changed(storyId);
        return repository.findById(storyId).orElseThrow();
    }

    /**
     * Sends a story for review with the author's consent to that. Text suggesting a current risk of
     * harm puts the story on a safeguarding hold.
     */
    @Transactional
    public PracticeStory submit(String username, @Nullable Long id, StoryDraft draft, boolean consentToReview) {
        Account author = account(username);
        if (!consentToReview) {
            throw new StoryException("Tick the box to agree to an editor reading your story before you send it.");
        }
        StoryDraft clean = clean(draft);
        validate(clean);
        boolean resubmission = id != null && repository.findById(id).map(s -> s.status() == StoryStatus.CHANGES_REQUESTED).orElse(false);
        long storyId = store(author, id, clean);
        List<String> concerns = SafeguardingCheck.concerns(clean.allText());
        repository.submitted(storyId, !concerns.isEmpty());
        repository.insertDecision(storyId, author.id(), author.displayName(), resubmission ? "Sent again for review" : "Sent for review",
                "Consent given for an editor to review it.", Map.of());
        if (!concerns.isEmpty()) {
            repository.insertDecision(storyId, null, SYSTEM, "Held for safeguarding",
                    "Possible current risk of harm: " + String.join("; ", concerns), Map.of());
        }
        changed(storyId);
        return repository.findById(storyId).orElseThrow();
    }

    /** The author agrees to publish the approved (possibly edited) story, for these audiences. */
    @Transactional
    public PracticeStory consentToPublish(String username, long id, Set<Audience> audiences) {
        Account author = account(username);
        PracticeStory story = ownStory(author, id);
        if (story.status() != StoryStatus.APPROVED) {
            throw new StoryException("A story can be published once an editor has approved it.");
        }
        if (story.safeguardingHold()) {
            throw new StoryException("This story is held for safeguarding and cannot be published yet.");
        }
        if (audiences == null || audiences.isEmpty()) {
            throw new StoryException("Choose at least one place where your story may be used.");
        }
        repository.published(id, audiences, LocalDate.now(clock));
        repository.insertDecision(id, author.id(), author.displayName(), "Consent to publish given",
                "May be used for: " + audiences.stream().sorted().map(Audience::label).reduce((a, b) -> a + ", " + b).orElse(""),
                Map.of());
        changed(id);
        return repository.findById(id).orElseThrow();
    }

    /** Withdraws consent: the story leaves search, sessions and training at once. */
    @Transactional
    public PracticeStory withdraw(String username, long id) {
        Account author = account(username);
        PracticeStory story = ownStory(author, id);
        if (story.status() == StoryStatus.WITHDRAWN) {
            return story;
        }
        repository.withdrawn(id);
        repository.insertDecision(id, author.id(), author.displayName(), "Consent withdrawn",
                "Was: " + story.status().label(), Map.of());
        changed(id);
        return repository.findById(id).orElseThrow();
    }

    // ---- Moderation

    /** A story waiting for review, with what the checks found. */
    public record QueueItem(PracticeStory story, StoryChecks checks) {
    }

    /** Stories waiting for an editor, oldest first. */
    @Transactional(readOnly = true)
    public List<QueueItem> moderationQueue() {
        return repository.findByStatus(EnumSet.of(StoryStatus.SUBMITTED)).stream()
                .map(s -> new QueueItem(s, check(s.draft()))).toList();
    }

    @Transactional(readOnly = true)
    public int queueSize() {
        return repository.countByStatus(StoryStatus.SUBMITTED);
    }

    /**
     * A story for an editor to moderate or read by its number: only while editors may read it (see
     * {@link #read}); empty otherwise, as if it did not exist.
     */
    @Transactional(readOnly = true)
    public Optional<PracticeStory> forModeration(String username, long id) {
        Account editor = requireEditor(username);
        return repository.findById(id).filter(story -> mayRead(editor, story));
    }

    /** An editor changes the text of a story in review; the change is audited field by field. */
    @Transactional
    public PracticeStory edit(String username, long id, StoryDraft draft, String note) {
        Account editor = requireEditor(username);
        PracticeStory story = inReview(id);
        StoryDraft clean = clean(draft);
        validate(clean);
        Map<String, StoryDecision.Change> changes = diff(story.draft(), clean);
        if (changes.isEmpty()) {
            return story;
        }
        repository.updateText(id, clean);
        repository.insertDecision(id, editor.id(), editor.displayName(), "Edited", StoryText.cleanLine(note), changes);
        audit.record(editor.username(), AuditEventType.STORY_DECISION, "Story " + id + ": edited (" + String.join(", ", changes.keySet()) + ")");
        List<String> concerns = SafeguardingCheck.concerns(clean.allText());
        if (!concerns.isEmpty() && !story.safeguardingHold()) {
            repository.setSafeguardingHold(id, true);
            repository.insertDecision(id, null, SYSTEM, "Held for safeguarding",
                    "Possible current risk of harm: " + String.join("; ", concerns), Map.of());
        }
        changed(id);
        return repository.findById(id).orElseThrow();
    }

    /** Sends the story back to the author with a note saying what to change. */
    @Transactional
    public PracticeStory requestChanges(String username, long id, String note) {
        return decide(username, id, StoryStatus.CHANGES_REQUESTED, "Changes requested", note, true);
    }

    /** Approves the story; the author then decides whether to publish it. */
    @Transactional
    public PracticeStory approve(String username, long id, String note) {
        PracticeStory story = inReview(id);
        if (story.safeguardingHold()) {
            throw new StoryException("This story is held for safeguarding. Act through your organisation's safeguarding "
                    + "route and record that before approving it.");
        }
        return decide(username, id, StoryStatus.APPROVED, "Approved", note, false);
    }

    @Transactional
    public PracticeStory reject(String username, long id, String note) {
        return decide(username, id, StoryStatus.REJECTED, "Not accepted", note, true);
    }

    /** Records that the safeguarding concern was dealt with through the organisation's route. */
    @Transactional
    public PracticeStory clearSafeguardingHold(String username, long id, String note) {
        Account editor = requireEditor(username);
        PracticeStory story = repository.lock(id).filter(s -> mayRead(editor, s))
                .orElseThrow(() -> new StoryException("That story no longer exists."));
        String clean = StoryText.cleanLine(note);
        if (clean.isEmpty()) {
            throw new StoryException("Say what was done through the safeguarding route, and by whom.");
        }
        if (!story.safeguardingHold()) {
            return story;
        }
        repository.setSafeguardingHold(id, false);
        repository.insertDecision(id, editor.id(), editor.displayName(), "Safeguarding concern dealt with", clean, Map.of());
        audit.record(editor.username(), AuditEventType.STORY_DECISION, "Story " + id + ": safeguarding concern dealt with");
        changed(id);
        return repository.findById(id).orElseThrow();
    }

    private PracticeStory decide(String username, long id, StoryStatus to, String action, String note, boolean noteRequired) {
        Account editor = requireEditor(username);
        inReview(id);
        String clean = StoryText.cleanLine(note);
        if (noteRequired && clean.isEmpty()) {
            throw new StoryException("Write a note for the author saying why.");
        }
        repository.setStatus(id, to, clean);
        repository.insertDecision(id, editor.id(), editor.displayName(), action, clean, Map.of());
        audit.record(editor.username(), AuditEventType.STORY_DECISION, "Story " + id + ": " + action.toLowerCase(java.util.Locale.ROOT));
        changed(id);
        return repository.findById(id).orElseThrow();
    }

    // ---- Erasure

    /**
     * At once when an account is erased (called by the data-rights erasure, in its transaction, before
     * the account is detached from its stories): deletes the words of the person's stories that are
     * not published, and the before/after text of every edit to any of their stories. Published
     * stories stay, as their publication had its own consent; the history keeps who decided what
     * and when, and which fields changed.
     *
     * @return how many stories' words were deleted
     */
    @Transactional
    public int forgetAuthor(long accountId) {
        List<Long> deleted = repository.deleteUnpublishedTextOf(accountId);
        repository.forgetChangedTextOf(accountId);
        deleted.forEach(this::changed);
        return deleted.size();
    }

    // ---- Content sync

    /**
     * Brings the content stories in the database in line with the files: new ones added, changed
     * ones updated (audited), ones whose file was removed retired. Stories whose file is broken are
     * left as they were.
     */
    @Transactional
    List<ContentProblem> syncContent(List<ContentStory> stories, Set<String> brokenSlugs) {
        List<ContentProblem> problems = new ArrayList<>();
        Map<String, PracticeStory> existing = repository.contentStories();
        Set<String> inFiles = new java.util.HashSet<>();
        for (ContentStory story : stories) {
            inFiles.add(story.slug());
            PracticeStory current = existing.get(story.slug());
            if (current == null) {
                if (repository.slugExists(story.slug())) {
                    problems.add(new ContentProblem("stories/" + story.slug() + ".md", 0,
                            "A story written in the app already uses the slug '" + story.slug() + "'. Rename the file."));
                    continue;
                }
                long id = repository.insertContent(story.slug(), story.text(), story.status(), story.published());
                repository.insertDecision(id, null, "Content files", "Added from the content files", "", Map.of());
                changed(id);
                continue;
            }
            Map<String, StoryDecision.Change> changes = diff(current.draft(), story.text());
            if (current.status() != story.status()) {
                changes.put("status", new StoryDecision.Change(current.status().key(), story.status().key()));
            }
            if (!java.util.Objects.equals(current.publishedOn(), story.published())) {
                changes.put("published", new StoryDecision.Change(String.valueOf(current.publishedOn()), String.valueOf(story.published())));
            }
            if (!changes.isEmpty()) {
                repository.updateContent(current.id(), story.text(), story.status(), story.published());
                repository.insertDecision(current.id(), null, "Content files", "Updated from the content files", "", changes);
                changed(current.id());
            }
        }
        for (PracticeStory current : existing.values()) {
            if (!inFiles.contains(current.slug()) && !brokenSlugs.contains(current.slug()) && current.status() != StoryStatus.RETIRED) {
                repository.setStatus(current.id(), StoryStatus.RETIRED, "");
                repository.insertDecision(current.id(), null, "Content files", "Retired: its file was removed", "", Map.of());
                changed(current.id());
            }
        }
        return problems;
    }

    // ---- Helpers

    private long store(Account author, @Nullable Long id, StoryDraft clean) {
        if (id == null) {
            String base = StoryText.slugify(clean.title());
            String slug = base;
            for (int n = 2; repository.slugExists(slug); n++) {
                slug = base + "-" + n;
            }
            long storyId = repository.insertStaff(slug, author.id(), clean);
            repository.insertDecision(storyId, author.id(), author.displayName(), "Started", "", Map.of());
            return storyId;
        }
        PracticeStory story = ownStory(author, id);
        if (!story.status().editableByAuthor()) {
            throw new StoryException("This story is " + story.status().label().toLowerCase() + ", so it cannot be changed now.");
        }
        repository.updateText(id, clean);
        return id;
    }

    private PracticeStory ownStory(Account author, long id) {
        PracticeStory story = repository.lock(id).orElseThrow(() -> new StoryException("That story no longer exists."));
        if (!story.isAuthor(author.id())) {
            throw new StoryException("Only the person who wrote a story can do this.");
        }
        return story;
    }

    private PracticeStory inReview(long id) {
        PracticeStory story = repository.lock(id).orElseThrow(() -> new StoryException("That story no longer exists."));
        if (story.status() != StoryStatus.SUBMITTED) {
            throw new StoryException("This story is no longer waiting for review (it is " + story.status().label().toLowerCase() + ").");
        }
        return story;
    }

    private Account requireEditor(String username) {
        Account account = account(username);
        if (!account.hasRole(Role.EDITOR)) {
            throw new StoryException("Only editors can moderate stories.");
        }
        return account;
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow(() -> new StoryException("Your account could not be found."));
    }

    private void changed(long id) {
        events.publishEvent(new StoryChanged(id));
    }

    static StoryDraft clean(StoryDraft draft) {
        return new StoryDraft(StoryText.cleanLine(draft.title()), StoryText.cleanLine(draft.summary()),
                StoryText.cleanBody(draft.body()), draft.themes().stream().map(String::strip).distinct().toList(),
                draft.setting().strip(), draft.role().strip());
    }

    static void validate(StoryDraft draft) {
        if (draft.title().isEmpty()) {
            throw new StoryException("Give your story a title.");
        }
        if (draft.title().length() > 120) {
            throw new StoryException("Keep the title under 120 characters.");
        }
        if (draft.summary().isEmpty()) {
            throw new StoryException("Write a one or two sentence summary.");
        }
        if (draft.summary().length() > 400) {
            throw new StoryException("Keep the summary under 400 characters.");
        }
        int words = StoryText.wordCount(draft.body());
        if (words < MIN_WORDS) {
            throw new StoryException("The story is " + words + " words long. Write at least " + MIN_WORDS
                    + " words (most stories are 250 to 700).");
        }
        if (words > MAX_WORDS) {
            throw new StoryException("The story is " + words + " words long. Keep it under " + MAX_WORDS + " words.");
        }
        if (draft.themes().isEmpty() || draft.themes().size() > 4) {
            throw new StoryException("Choose one to four themes.");
        }
        if (!StoryTopics.THEMES.keySet().containsAll(draft.themes())) {
            throw new StoryException("Choose themes from the list.");
        }
        if (!StoryTopics.SETTINGS.containsKey(draft.setting())) {
            throw new StoryException("Choose the setting the story happened in.");
        }
        if (!StoryTopics.ROLES.containsKey(draft.role())) {
            throw new StoryException("Choose whose voice the story is told in.");
        }
    }

    static Map<String, StoryDecision.Change> diff(StoryDraft before, StoryDraft after) {
        Map<String, StoryDecision.Change> changes = new LinkedHashMap<>();
        compare(changes, "title", before.title(), after.title());
        compare(changes, "summary", before.summary(), after.summary());
        compare(changes, "body", before.body(), after.body());
        compare(changes, "themes", String.join(", ", before.themes()), String.join(", ", after.themes()));
        compare(changes, "setting", before.setting(), after.setting());
        compare(changes, "role", before.role(), after.role());
        return changes;
    }

    private static void compare(Map<String, StoryDecision.Change> changes, String field, String before, String after) {
        if (!before.equals(after)) {
            changes.put(field, new StoryDecision.Change(before, after));
        }
    }
}
