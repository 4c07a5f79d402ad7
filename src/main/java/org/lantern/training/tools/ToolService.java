package org.lantern.training.tools;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.lantern.audit.AuditEventType;
import org.lantern.audit.AuditService;
import org.jspecify.annotations.Nullable;
import org.lantern.base.security.Account;
import org.lantern.training.tools.ToolDefinition.Field;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Practice tools and the copies people save of them. Saved copies are private: every method takes
 * the signed-in account of the person acting and only touches their own copies, and someone else's copy
 * looks exactly like one that does not exist.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ToolService {

    /** Shown on every tool page and printed on every PDF. */
    public static final String WARNING = "For practice and reflection, not a clinical record. Do not enter names "
            + "or details that could identify a person using services.";
    public static final int MAX_TITLE = 200;
    static final String NOT_FOUND = "That saved copy could not be found.";

    private static final DateTimeFormatter TITLE_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final ToolCatalogue catalogue;
    private final ToolRepository repository;
    private final AuditService audit;
    private final Clock clock;

    /** The live tools from the content files. */
    public List<ToolDefinition> tools() {
        return catalogue.tools();
    }

    /** One live tool by its key. */
    public Optional<ToolDefinition> tool(String key) {
        return catalogue.tool(key);
    }

    /**
     * Creates ({@code id} null) or updates one of the person's own saved copies.
     *
     * @param title  optional; when blank, the tool's name and today's date
     * @param values answers by field key; blank answers are left out
     * @throws ToolException when an answer does not fit its field (with the field's key), or the
     *                       copy is not the person's own
     */
    @Transactional
    public SavedTool save(Account owner, String toolKey, @Nullable Long id, @Nullable String title,
                          Map<String, @Nullable String> values) {
        ToolDefinition tool = tool(toolKey).orElseThrow(() -> new ToolException("That practice tool could not be found."));
        String cleanTitle = title == null ? "" : title.strip().replaceAll("\\s+", " ");
        if (cleanTitle.length() > MAX_TITLE) {
            throw new ToolException("The title can be at most 200 characters.");
        }
        if (cleanTitle.isEmpty()) {
            cleanTitle = tool.title() + ", " + TITLE_DATE.format(LocalDate.now(clock));
        }
        Map<String, String> answers = validate(tool, values);
        long savedId;
        if (id == null) {
            savedId = repository.insert(owner.id(), tool.key(), cleanTitle, answers);
        } else if (repository.update(owner.id(), id, tool.key(), cleanTitle, answers)) {
            savedId = id;
        } else {
            throw new ToolException(NOT_FOUND);
        }
        return repository.findOwned(owner.id(), savedId).map(copy -> inToolOrder(tool, copy)).orElseThrow();
    }

    /** The person's own copies of one tool, most recently changed first. */
    @Transactional(readOnly = true)
    public List<SavedTool> saved(Account owner, String toolKey) {
        Optional<ToolDefinition> tool = tool(toolKey);
        return repository.findByOwnerAndTool(owner.id(), toolKey).stream()
                .map(copy -> tool.map(t -> inToolOrder(t, copy)).orElse(copy))
                .toList();
    }

    /** One of the person's own saved copies; empty for anyone else's. */
    @Transactional(readOnly = true)
    public Optional<SavedTool> find(Account owner, long id) {
        return repository.findOwned(owner.id(), id)
                .map(copy -> tool(copy.toolKey()).map(t -> inToolOrder(t, copy)).orElse(copy));
    }

    /**
     * Deletes one of the person's own saved copies.
     *
     * @throws ToolException "That saved copy could not be found." when it is not theirs or no longer exists
     */
    @Transactional
    public void delete(Account owner, long id) {
        if (!repository.delete(owner.id(), id)) {
            throw new ToolException(NOT_FOUND);
        }
    }

    /**
     * A printable PDF of one of the person's own saved copies.
     *
     * @throws ToolException when it is not theirs, or its tool is no longer available
     */
    @Transactional(readOnly = true)
    public byte[] pdf(Account owner, long id) {
        SavedTool copy = find(owner, id).orElseThrow(() -> new ToolException(NOT_FOUND));
        ToolDefinition tool = tool(copy.toolKey())
                .orElseThrow(() -> new ToolException("The tool this copy was made with is no longer available."));
        byte[] pdf = ToolPdf.render(tool, copy, ZoneId.systemDefault());
        audit.record(owner.username(), AuditEventType.EXPORT, "Saved practice tool (PDF): " + tool.key() + " copy " + id);
        return pdf;
    }

    /** Checks every answer against its field and returns them in the tool's order, blanks left out. */
    static Map<String, String> validate(ToolDefinition tool, Map<String, @Nullable String> values) {
        Map<String, String> given = new HashMap<>();
        values.forEach((key, value) -> {
            if (tool.field(key).isEmpty()) {
                throw new ToolException("This tool has no question '" + key + "'.", key);
            }
            if (value != null && !value.isBlank()) {
                given.put(key, value.replace("\r\n", "\n").strip());
            }
        });
        Map<String, String> answers = new LinkedHashMap<>();
        for (Field field : tool.fields()) {
            String value = given.get(field.key());
            if (value != null) {
                answers.put(field.key(), check(field, value));
            }
        }
        return answers;
    }

    private static String check(Field field, String value) {
        String name = "\u201c" + field.label() + "\u201d";
        switch (field.type()) {
            case CHECKBOX -> {
                if (!value.equals("true") && !value.equals("false")) {
                    throw new ToolException(name + " must be ticked or not ticked (true or false).", field.key());
                }
            }
            case DATE -> {
                try {
                    LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    throw new ToolException(name + " must be a date, such as 2026-03-31.", field.key());
                }
            }
            case CHOICE -> {
                if (!field.options().contains(value)) {
                    throw new ToolException(name + " must be one of: " + String.join(", ", field.options()) + ".",
                            field.key());
                }
            }
            case TEXT, TEXTAREA -> {
                int max = field.type().maxLength();
                if (value.length() > max) {
                    throw new ToolException(name + " is too long: at most " + String.format("%,d", max)
                            + " characters, and this has " + String.format("%,d", value.length()) + ".", field.key());
                }
            }
        }
        return value;
    }

    private static SavedTool inToolOrder(ToolDefinition tool, SavedTool copy) {
        Map<String, String> ordered = new LinkedHashMap<>();
        tool.fields().forEach(f -> {
            String value = copy.values().get(f.key());
            if (value != null) {
                ordered.put(f.key(), value);
            }
        });
        copy.values().forEach(ordered::putIfAbsent);
        return new SavedTool(copy.id(), copy.toolKey(), copy.title(), java.util.Collections.unmodifiableMap(ordered),
                copy.createdAt(), copy.updatedAt());
    }
}
