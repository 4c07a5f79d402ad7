package org.lantern.stories;

import org.lantern.base.content.ContentException;
import org.lantern.base.content.ContentFile;
import org.lantern.base.content.FrontMatter;
import org.lantern.base.content.YamlNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/** Reads one story file: front matter fields, then the Markdown body. */
final class StoryParser {

    static final Set<String> FIELDS = Set.of("title", "summary", "themes", "setting", "role", "status", "consent",
            "published", "slug", "outcome", "questions");
    /** How a story ends, so a library of stories is not all happy endings. */
    static final List<String> OUTCOMES = List.of("good", "mixed", "harm", "unresolved");
    static final int MIN_QUESTIONS = 3;
    static final int MAX_QUESTIONS = 4;
    static final int MAX_QUESTION_LENGTH = 300;
    static final int MIN_WORDS = 150;
    static final int MAX_WORDS = 1500;

    private StoryParser() {
    }

    /** The slug a file gives when it has no {@code slug} field: its name without {@code .md}. */
    static String slugOf(ContentFile file) {
        String name = file.name();
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    /** @throws ContentException with the line of the first problem */
    static ContentStory parse(ContentFile file) {
        FrontMatter fm = FrontMatter.parse(file.text());
        YamlNode fields = fm.fields().allowOnly(FIELDS);
        String slug = fields.optText("slug").orElse(slugOf(file));
        if (!slug.matches("[a-z0-9][a-z0-9-]{0,119}")) {
            throw new ContentException(fields.line(), "The slug '" + slug + "' (from the file name or 'slug') may only "
                    + "have lower-case letters, digits and dashes.");
        }
        String title = fields.requireText("title");
        String summary = fields.requireText("summary");
        List<String> themes = fields.textList("themes");
        if (themes.isEmpty()) {
            throw new ContentException(fields.line(), "Missing required field 'themes' (a list such as [recovery, hope]).");
        }
        for (String theme : themes) {
            if (!StoryTopics.THEMES.containsKey(theme)) {
                throw new ContentException(fields.require("themes").line(), "Unknown theme '" + theme + "'. Known themes: "
                        + String.join(", ", StoryTopics.THEMES.keySet()) + ".");
            }
        }
        if (StoryTopics.RETIRED_SETTINGS.containsKey(fields.requireText("setting"))) {
            throw new ContentException(fields.require("setting").line(), "'direct-payments' is a funding route, not a setting: "
                    + "use the place where the support happened (for example own-home or family-home) and the theme "
                    + "self-directed-support.");
        }
        String setting = known(fields, "setting", StoryTopics.SETTINGS.keySet());
        String role = known(fields, "role", StoryTopics.ROLES.keySet());
        String statusText = fields.requireText("status");
        StoryStatus status = switch (statusText) {
            case "published" -> StoryStatus.PUBLISHED;
            case "draft" -> StoryStatus.DRAFT;
            default -> throw new ContentException(fields.require("status").line(), "'status' must be published or draft, not '"
                    + statusText + "'.");
        };
        String consent = fields.requireText("consent");
        if (!consent.equals("composite")) {
            throw new ContentException(fields.require("consent").line(), "Stories in the content files must be composites "
                    + "(consent: composite). Stories about real people are shared through the app, with their consent.");
        }
        LocalDate published = null;
        if (fields.get("published").isPresent()) {
            try {
                published = LocalDate.parse(fields.requireText("published"));
            } catch (DateTimeParseException e) {
                throw new ContentException(fields.require("published").line(), "'published' should be a date like 2025-03-14.");
            }
        } else if (status == StoryStatus.PUBLISHED) {
            throw new ContentException(fields.line(), "A published story needs a 'published' date, like 2025-03-14.");
        }
        String body = StoryText.cleanBody(fm.body());
        int words = StoryText.wordCount(body);
        if (words < MIN_WORDS || words > MAX_WORDS) {
            throw new ContentException(fm.bodyLine(), "The story has " + words + " words; stories should have between "
                    + MIN_WORDS + " and " + MAX_WORDS + ".");
        }
        StoryDraft text = new StoryDraft(StoryText.cleanLine(title), StoryText.cleanLine(summary), body, themes, setting, role);
        return new ContentStory(slug, text, status, published, outcome(fields), questions(fields));
    }

    private static String outcome(YamlNode fields) {
        String outcome = fields.requireText("outcome");
        if (!OUTCOMES.contains(outcome)) {
            throw new ContentException(fields.require("outcome").line(), "'outcome' must be one of "
                    + String.join(", ", OUTCOMES) + ", not '" + outcome + "'.");
        }
        return outcome;
    }

    /** Discussion questions for reflective sessions: 3 or 4, each a real question, none repeated. */
    private static List<String> questions(YamlNode fields) {
        YamlNode node = fields.require("questions");
        List<String> questions = fields.textList("questions");
        if (node.isText() || questions.size() < MIN_QUESTIONS || questions.size() > MAX_QUESTIONS) {
            throw new ContentException(node.line(), "'questions' must be a list of " + MIN_QUESTIONS + " or "
                    + MAX_QUESTIONS + " discussion questions, not " + (node.isText() ? "a single line" : questions.size()) + ".");
        }
        Set<String> seen = new java.util.HashSet<>();
        for (String question : questions) {
            if (question.isEmpty() || !question.endsWith("?")) {
                throw new ContentException(node.line(), "Each discussion question must end with a question mark: '"
                        + question + "'.");
            }
            if (question.length() > MAX_QUESTION_LENGTH) {
                throw new ContentException(node.line(), "A discussion question is longer than " + MAX_QUESTION_LENGTH
                        + " characters: '" + question.substring(0, 40) + "...'.");
            }
            if (!seen.add(question)) {
                throw new ContentException(node.line(), "The question '" + question + "' appears twice.");
            }
        }
        return questions;
    }

    private static String known(YamlNode fields, String key, Set<String> values) {
        String value = fields.requireText(key);
        if (!values.contains(value)) {
            throw new ContentException(fields.require(key).line(), "Unknown " + key + " '" + value + "'. Use one of: "
                    + String.join(", ", values) + ".");
        }
        return value;
    }
}
