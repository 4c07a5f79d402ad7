package org.lantern.training.tools;

import org.lantern.base.content.ContentCatalogue;
import org.lantern.base.content.ContentException;
import org.lantern.base.content.ContentFile;
import org.lantern.base.content.ContentFiles;
import org.lantern.base.content.ContentProblems;
import org.lantern.base.content.LastValidContent;
import org.lantern.base.content.YamlNode;
import org.lantern.training.tools.ToolDefinition.Field;
import org.lantern.training.tools.ToolDefinition.FieldType;
import org.lantern.training.tools.ToolDefinition.Section;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The practice tools in {@code content/tools/*.yaml}, read strictly: a typo in a field name, a
 * missing label or an unknown field type is reported with its line, and the file's last good
 * version (if any) stays live while other tools load normally.
 */
@Component
public class ToolCatalogue implements ContentCatalogue {

    static final String FOLDER = "tools/";
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Set<String> TOOL_FIELDS = Set.of("key", "title", "summary", "intro", "sections");
    private static final Set<String> SECTION_FIELDS = Set.of("key", "title", "help", "fields");
    private static final Set<String> FIELD_FIELDS = Set.of("key", "type", "label", "help", "options", "default");

    /** Live tools by file name, in file order. */
    private final LastValidContent<ToolDefinition> tools = new LastValidContent<>();

    @Override
    public String title() {
        return "Practice tools";
    }

    @Override
    public void load(ContentFiles files, ContentProblems problems) {
        List<ContentFile> direct = new ArrayList<>();
        for (ContentFile file : files.under(FOLDER, ".yaml")) {
            if (file.path().substring(FOLDER.length()).contains("/")) {
                problems.add(file.path(), 0, "Tools belong directly in the tools folder; files in sub-folders are not read.");
            } else {
                direct.add(file);
            }
        }
        tools.reloadEach(direct, ".yaml", problems, null, file -> parse(file.name(), file.text()));
    }

    @Override
    public int size() {
        return tools.size();
    }

    /** The live tools, in file name order. */
    public List<ToolDefinition> tools() {
        return tools.all();
    }

    public Optional<ToolDefinition> tool(String key) {
        return tools.all().stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /**
     * Reads one tool file.
     *
     * @param fileName e.g. {@code safety-plan.yaml}; the tool's key must match it
     * @throws ContentException with the line and a message for the editor
     */
    static ToolDefinition parse(String fileName, String text) {
        YamlNode root = YamlNode.parse(text, 0).allowOnly(TOOL_FIELDS);
        String key = key(root);
        String expected = fileName.endsWith(".yaml") ? fileName.substring(0, fileName.length() - ".yaml".length()) : fileName;
        if (!key.equals(expected)) {
            throw new ContentException(root.require("key").line(), "The key '" + key
                    + "' does not match the file name: a tool in " + fileName + " must have the key '" + expected + "'.");
        }
        List<Section> sections = new ArrayList<>();
        Set<String> sectionKeys = new HashSet<>();
        Set<String> fieldKeys = new HashSet<>();
        for (YamlNode node : root.requireList("sections")) {
            node.allowOnly(SECTION_FIELDS);
            String sectionKey = key(node);
            if (!sectionKeys.add(sectionKey)) {
                throw new ContentException(node.require("key").line(), "Two sections have the key '" + sectionKey + "'.");
            }
            List<Field> fields = new ArrayList<>();
            for (YamlNode fieldNode : node.requireList("fields")) {
                Field field = field(fieldNode);
                if (!fieldKeys.add(field.key())) {
                    throw new ContentException(fieldNode.require("key").line(), "Two fields have the key '"
                            + field.key() + "'. Field keys must be different across the whole tool.");
                }
                fields.add(field);
            }
            sections.add(new Section(sectionKey, node.requireText("title"), node.requireText("help"), fields));
        }
        return new ToolDefinition(key, root.requireText("title"), root.requireText("summary"),
                root.requireText("intro"), sections);
    }

    private static Field field(YamlNode node) {
        node.allowOnly(FIELD_FIELDS);
        String key = key(node);
        String typeName = node.requireText("type");
        FieldType type = FieldType.fromKey(typeName).orElseThrow(() -> new ContentException(node.require("type").line(),
                "Unknown field type '" + typeName + "'. Use text, textarea, checkbox, date or choice."));
        String label = node.requireText("label");
        List<String> options = node.textList("options");
        if (type == FieldType.CHOICE) {
            if (node.get("options").isEmpty()) {
                throw new ContentException(node.line(), "The choice field '" + key
                        + "' needs 'options': a list of the answers to choose from.");
            }
            checkOptions(node.require("options").line(), key, options);
        } else if (node.get("options").isPresent()) {
            throw new ContentException(node.require("options").line(), "Only choice fields have 'options'; '"
                    + key + "' is a " + type.key() + " field.");
        }
        String defaultValue = node.optText("default").orElse("");
        if (node.get("default").isPresent()) {
            int line = node.require("default").line();
            if (type != FieldType.TEXT && type != FieldType.TEXTAREA) {
                throw new ContentException(line, "Only text and textarea fields have a 'default'; '"
                        + key + "' is a " + type.key() + " field.");
            }
            if (defaultValue.length() > type.maxLength()) {
                throw new ContentException(line, "The default of '" + key + "' is longer than the field allows ("
                        + type.maxLength() + " characters).");
            }
        }
        return new Field(key, type, label, node.optText("help").orElse(""), options, defaultValue);
    }

    private static void checkOptions(int line, String key, List<String> options) {
        if (options.size() < 2) {
            throw new ContentException(line, "The choice field '" + key + "' needs at least two options.");
        }
        Set<String> seen = new HashSet<>();
        for (String option : options) {
            if (option.isEmpty()) {
                throw new ContentException(line, "The choice field '" + key + "' has an empty option.");
            }
            if (option.length() > FieldType.CHOICE.maxLength()) {
                throw new ContentException(line, "An option of '" + key + "' is longer than 300 characters.");
            }
            if (!seen.add(option)) {
                throw new ContentException(line, "The option '" + option + "' appears twice in '" + key + "'.");
            }
        }
    }

    private static String key(YamlNode node) {
        String key = node.requireText("key");
        if (!KEY.matcher(key).matches()) {
            throw new ContentException(node.require("key").line(), "The key '" + key
                    + "' is not allowed: use lower-case letters, digits and dashes, like 'review-date'.");
        }
        return key;
    }
}
