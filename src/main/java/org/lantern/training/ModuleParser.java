package org.lantern.training;

import org.lantern.base.content.ContentException;
import org.lantern.base.content.ContentFile;
import org.lantern.base.content.ContentProblem;
import org.lantern.base.content.FrontMatter;
import org.lantern.base.content.Markdown;
import org.lantern.base.content.YamlNode;
import org.lantern.training.TrainingModule.KnowledgeCheck;
import org.lantern.training.TrainingModule.Lesson;
import org.lantern.training.TrainingModule.Option;
import org.lantern.training.TrainingModule.Question;
import org.lantern.training.TrainingModule.QuestionType;

import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one module folder strictly, so an editor learns exactly what to fix: every problem names
 * the file, the line and the reason. A module with any problem is not used.
 */
final class ModuleParser {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern LESSON_FILE = Pattern.compile("\\d{2}-[a-z0-9]+(-[a-z0-9]+)*\\.md");
    private static final Set<String> MODULE_FIELDS = Set.of("key", "title", "summary", "order", "estimatedMinutes",
            "passMark", "themes", "objectives", "validFor");
    private static final Set<String> LESSON_FIELDS = Set.of("title", "minutes", "reflection", "tool");
    private static final Set<String> CHECK_FIELDS = Set.of("title", "draw", "questions");
    private static final Set<String> QUESTION_FIELDS = Set.of("key", "type", "text", "options");
    private static final Set<String> OPTION_FIELDS = Set.of("text", "correct", "explanation");

    private ModuleParser() {
    }

    /** The outcome for one folder: a module, or the problems that stop it. */
    record Result(String folder, TrainingModule module, List<ContentProblem> problems) {
    }

    static Result parse(String folder, ContentFile moduleFile, List<ContentFile> lessonFiles, ContentFile checkFile) {
        List<ContentProblem> problems = new ArrayList<>();
        YamlNode meta = null;
        try {
            meta = YamlNode.parse(moduleFile.text(), 0).allowOnly(MODULE_FIELDS);
        } catch (ContentException e) {
            problems.add(e.in(moduleFile.path()));
        }
        List<Lesson> lessons = new ArrayList<>();
        if (lessonFiles.isEmpty()) {
            problems.add(new ContentProblem("modules/" + folder + "/lessons/", 0,
                    "A module needs at least one lesson: add files named like 01-first-lesson.md."));
        }
        for (ContentFile file : lessonFiles) {
            try {
                lessons.add(parseLesson(file));
            } catch (ContentException e) {
                problems.add(e.in(file.path()));
            }
        }
        KnowledgeCheck check = null;
        if (checkFile == null) {
            problems.add(new ContentProblem("modules/" + folder + "/knowledge-check.yaml", 0,
                    "Missing: every module needs a knowledge check."));
        } else {
            try {
                check = parseCheck(checkFile.text());
            } catch (ContentException e) {
                problems.add(e.in(checkFile.path()));
            }
        }
        TrainingModule module = null;
        if (meta != null) {
            try {
                module = toModule(folder, meta, lessons, check);
            } catch (ContentException e) {
                problems.add(e.in(moduleFile.path()));
            }
        }
        return problems.isEmpty() ? new Result(folder, module, List.of()) : new Result(folder, null, problems);
    }

    private static TrainingModule toModule(String folder, YamlNode meta, List<Lesson> lessons, KnowledgeCheck check) {
        String key = meta.requireText("key");
        if (!SLUG.matcher(key).matches()) {
            throw new ContentException(meta.require("key").line(),
                    "'key' must be lower-case words joined by dashes, like recovery-in-everyday-practice.");
        }
        List<String> objectives = meta.textList("objectives");
        if (objectives.isEmpty()) {
            throw new ContentException(meta.line(), "List at least one learning objective under 'objectives'.");
        }
        return new TrainingModule(key, folder, meta.requireText("title"), meta.requireText("summary"),
                meta.requireInt("order", 0, 1000), meta.requireInt("estimatedMinutes", 1, 600),
                meta.optInt("passMark", 80, 1, 100), meta.textList("themes"), objectives,
                List.copyOf(lessons), check, meta.optText("validFor").map(v -> validFor(v, meta.require("validFor").line())).orElse(null));
    }

    private static final Pattern PLAIN_PERIOD = Pattern.compile("(\\d{1,3}) (year|years|month|months)");

    /**
     * How long a completion counts: plain words ({@code 2 years}, {@code 18 months}) or an ISO 8601
     * period in years and months ({@code P2Y}, {@code P1Y6M}); between one month and ten years.
     */
    static Period validFor(String text, int line) {
        String value = text.strip();
        Period period;
        java.util.regex.Matcher plain = PLAIN_PERIOD.matcher(value.toLowerCase(java.util.Locale.ROOT));
        if (plain.matches()) {
            int n = Integer.parseInt(plain.group(1));
            period = plain.group(2).startsWith("year") ? Period.ofYears(n) : Period.ofMonths(n);
        } else {
            try {
                period = Period.parse(value);
            } catch (java.time.format.DateTimeParseException e) {
                throw new ContentException(line, "'validFor' must be a period such as 2 years, 18 months or P2Y, not '" + value + "'.");
            }
        }
        long months = period.toTotalMonths();
        if (period.getDays() != 0 || months < 1 || months > 120) {
            throw new ContentException(line, "'validFor' must be whole months or years, between 1 month and 10 years, not '" + value + "'.");
        }
        return period.normalized();
    }

    static Lesson parseLesson(ContentFile file) {
        if (!LESSON_FILE.matcher(file.name()).matches()) {
            throw new ContentException(0, "Lesson files are named like 01-what-recovery-means.md "
                    + "(two digits, a dash, lower-case words joined by dashes).");
        }
        FrontMatter fm = FrontMatter.parse(file.text());
        YamlNode fields = fm.fields().allowOnly(LESSON_FIELDS);
        String title = fields.requireText("title");
        int minutes = fields.requireInt("minutes", 1, 30);
        List<String> reflection = fields.textList("reflection");
        String tool = fields.optText("tool").orElse("");
        if (!tool.isEmpty() && !SLUG.matcher(tool).matches()) {
            throw new ContentException(fields.require("tool").line(), "'tool' must be the key of a practice tool, like risk-decision.");
        }
        String body = fm.body().strip();
        if (body.isEmpty()) {
            throw new ContentException(fm.bodyLine(), "The lesson has no text after the fields.");
        }
        String plain = Markdown.toPlainText(body);
        int words = plain.isBlank() ? 0 : plain.trim().split("\\s+").length;
        String key = file.name().substring(0, file.name().length() - 3);
        return new Lesson(key, title, minutes, reflection, tool, body, Markdown.toSafeHtml(body), words);
    }

    static KnowledgeCheck parseCheck(String text) {
        YamlNode root = YamlNode.parse(text, 0).allowOnly(CHECK_FIELDS);
        List<Question> questions = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (YamlNode q : root.requireList("questions")) {
            q.allowOnly(QUESTION_FIELDS);
            String key = q.requireUniqueKey(keys, "questions");
            String typeText = q.requireText("type");
            QuestionType type = QuestionType.fromKey(typeText).orElseThrow(() -> new ContentException(
                    q.require("type").line(), "Unknown question type '" + typeText + "'. Use single, multiple or true-false."));
            List<Option> options = new ArrayList<>();
            for (YamlNode o : q.requireList("options")) {
                o.allowOnly(OPTION_FIELDS);
                options.add(new Option(o.requireText("text"), o.optBool("correct", false), o.requireText("explanation")));
            }
            long correct = options.stream().filter(Option::correct).count();
            int line = q.require("options").line();
            if (options.size() < 2) {
                throw new ContentException(line, "Question '" + key + "' needs at least two options.");
            }
            if (type == QuestionType.TRUE_FALSE && !options.stream().map(Option::text).toList().equals(List.of("True", "False"))) {
                throw new ContentException(line, "A true-false question has exactly two options: True, then False.");
            }
            if (type != QuestionType.MULTIPLE && correct != 1) {
                throw new ContentException(line, "Question '" + key + "' (" + type.key() + ") must have exactly one correct option, not " + correct + ".");
            }
            if (type == QuestionType.MULTIPLE && correct < 1) {
                throw new ContentException(line, "Question '" + key + "' must have at least one correct option.");
            }
            questions.add(new Question(key, type, q.requireText("text"), List.copyOf(options)));
        }
        int draw = root.optInt("draw", questions.size(), 1, Math.max(1, questions.size()));
        return new KnowledgeCheck(root.optText("title").orElse("Check your understanding"), draw, List.copyOf(questions));
    }
}
