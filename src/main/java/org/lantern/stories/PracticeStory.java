package org.lantern.stories;

import org.jspecify.annotations.Nullable;
import org.lantern.base.content.Markdown;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A practice story as stored: a composite story from the content files or one written by a staff
 * member, with its consent and moderation state. The body is Markdown, cleaned when stored.
 *
 * @param authorId null for content stories
 * @param audiences where the author agreed it may be used (all three for composite content stories)
 * @param textDeletedAt when the words of this withdrawn or not-accepted story were deleted (then the
 *                      title reads "Text deleted" and the summary and body are empty), or null
 */
public record PracticeStory(long id, String slug, Source source, @Nullable Long authorId, String authorName,
                            String title, String summary, String body, List<String> themes, String setting, String role,
                            StoryStatus status, Set<Audience> audiences, boolean safeguardingHold, String editorNote,
                            @Nullable LocalDate publishedOn, Instant createdAt, Instant changedAt,
                            @Nullable Instant submitConsentAt, @Nullable Instant publishConsentAt,
                            @Nullable Instant withdrawnAt, @Nullable Instant textDeletedAt) {

    /** Where a story came from. */
    public enum Source {
        CONTENT, STAFF
    }

    /** The body as safe HTML: raw HTML is shown as text and unsafe links removed. */
    public String html() {
        return Markdown.toSafeHtml(body);
    }

    /** Published, consented and shown in the library (and so in search). */
    public boolean inLibrary() {
        return status == StoryStatus.PUBLISHED && audiences.contains(Audience.LIBRARY);
    }

    /** Its words were deleted (retention period over, or its author's account erased). */
    public boolean textDeleted() {
        return textDeletedAt != null;
    }

    public boolean isAuthor(long accountId) {
        return authorId != null && authorId == accountId;
    }

    /** Who it is from, as readers see it: never the author's name, which could identify the people in it. */
    public String byline() {
        return source == Source.CONTENT ? "Composite story" : "Shared by a Lantern user";
    }

    /** The editable part, e.g. to fill a form. */
    public StoryDraft draft() {
        return new StoryDraft(title, summary, body, themes, setting, role);
    }

    /** The same story with the author's name as people gave it. */
    PracticeStory withAuthorName(String name) {
        return new PracticeStory(id, slug, source, authorId, name, title, summary, body, themes, setting, role, status,
                audiences, safeguardingHold, editorNote, publishedOn, createdAt, changedAt, submitConsentAt,
                publishConsentAt, withdrawnAt, textDeletedAt);
    }
}
