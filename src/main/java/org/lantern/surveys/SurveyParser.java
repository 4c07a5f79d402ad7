package org.lantern.surveys;

import org.lantern.base.content.ContentException;
import org.lantern.base.content.YamlNode;
import org.lantern.surveys.SurveyDefinition.Item;
import org.lantern.surveys.SurveyDefinition.ItemType;
import org.lantern.surveys.SurveyDefinition.Scale;
import org.lantern.surveys.SurveyDefinition.Theme;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads a survey file strictly; every problem names its line. */
final class SurveyParser {

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> SURVEY_FIELDS = Set.of("key", "title", "description", "scale", "themes", "items");
    private static final Set<String> ITEM_FIELDS = Set.of("key", "theme", "type", "text", "reverse", "options", "answer",
            "notApplicable", "thenTest", "thenTestText");

    private SurveyParser() {
    }

    static SurveyDefinition parse(String fileName, String text) {
        YamlNode root = YamlNode.parse(text, 0).allowOnly(SURVEY_FIELDS);
        String key = root.requireText("key");
        String expected = fileName.endsWith(".yaml") ? fileName.substring(0, fileName.length() - 5) : fileName;
        if (!key.equals(expected)) {
            throw new ContentException(root.require("key").line(), "The key '" + key + "' must match the file name '" + expected + "'.");
        }
        Scale scale = root.get("scale").map(SurveyParser::parseScale).orElse(null);
        List<Theme> themes = new ArrayList<>();
        Set<String> themeKeys = new HashSet<>();
        for (YamlNode t : root.list("themes")) {
            t.allowOnly(Set.of("key", "title"));
            String themeKey = requireKey(t, "key");
            if (!themeKeys.add(themeKey)) {
                throw new ContentException(t.line(), "Two themes have the key '" + themeKey + "'.");
            }
            themes.add(new Theme(themeKey, t.requireText("title")));
        }
        List<Item> items = new ArrayList<>();
        Set<String> itemKeys = new HashSet<>();
        for (YamlNode node : root.requireList("items")) {
            Item item = parseItem(node, scale, themeKeys);
            if (!itemKeys.add(item.key())) {
                throw new ContentException(node.line(), "Two items have the key '" + item.key() + "'.");
            }
            if (Set.of("participant", "team", "wave").contains(item.key())) {
                throw new ContentException(node.line(), "'" + item.key() + "' is reserved for CSV imports; choose another item key.");
            }
            items.add(item);
        }
        if (items.stream().noneMatch(i -> i.type() != ItemType.TEXT)) {
            throw new ContentException(root.require("items").line(), "A survey needs at least one scored (likert or choice) item.");
        }
        return new SurveyDefinition(key, root.requireText("title"), root.optText("description").orElse(""),
                scale, List.copyOf(themes), List.copyOf(items));
    }

    private static Scale parseScale(YamlNode node) {
        node.allowOnly(Set.of("min", "max", "labels"));
        int min = node.requireInt("min", 0, 10);
        int max = node.requireInt("max", 1, 11);
        if (max <= min) {
            throw new ContentException(node.line(), "The scale's max must be greater than its min.");
        }
        List<String> labels = node.textList("labels");
        if (labels.size() != max - min + 1) {
            throw new ContentException(node.line(), "The scale from " + min + " to " + max + " needs " + (max - min + 1)
                    + " labels, not " + labels.size() + ".");
        }
        return new Scale(min, max, List.copyOf(labels));
    }

    private static Item parseItem(YamlNode node, Scale scale, Set<String> themeKeys) {
        node.allowOnly(ITEM_FIELDS);
        String key = requireKey(node, "key");
        String typeText = node.requireText("type");
        ItemType type = ItemType.fromKey(typeText).orElseThrow(() -> new ContentException(node.require("type").line(),
                "Unknown item type '" + typeText + "'. Use likert, choice or text."));
        String theme = node.optText("theme").orElse("");
        if (!theme.isEmpty() && !themeKeys.contains(theme)) {
            throw new ContentException(node.require("theme").line(), "Item '" + key + "' names the theme '" + theme
                    + "', which is not in the themes list.");
        }
        boolean reverse = node.optBool("reverse", false);
        List<String> options = node.textList("options");
        String answer = node.optText("answer").orElse("");
        switch (type) {
            case LIKERT -> {
                if (scale == null) {
                    throw new ContentException(node.line(), "Item '" + key + "' is a likert item, so the survey needs a 'scale'.");
                }
                if (theme.isEmpty()) {
                    throw new ContentException(node.line(), "Likert item '" + key + "' needs a theme.");
                }
            }
            case CHOICE -> {
                if (options.size() < 2) {
                    throw new ContentException(node.line(), "Choice item '" + key + "' needs at least two options.");
                }
                if (new HashSet<>(options).size() != options.size()) {
                    throw new ContentException(node.require("options").line(), "Choice item '" + key + "' lists the same option twice.");
                }
                if (!options.contains(answer)) {
                    throw new ContentException(node.line(), "Choice item '" + key + "': 'answer' must be exactly one of its options.");
                }
            }
            case TEXT -> {
                if (reverse) {
                    throw new ContentException(node.require("reverse").line(), "Free-text item '" + key + "' is never scored, so it cannot be reversed.");
                }
            }
        }
        if (type != ItemType.LIKERT && reverse) {
            throw new ContentException(node.require("reverse").line(), "Only likert items can be reversed.");
        }
        boolean notApplicable = node.optBool("notApplicable", false);
        if (notApplicable && type != ItemType.LIKERT) {
            throw new ContentException(node.require("notApplicable").line(), "Item '" + key + "': only likert items can offer "
                    + "'Not applicable'. " + (type == ItemType.CHOICE ? "A knowledge question has a right answer for everyone."
                    : "A free-text question is optional already."));
        }
        String text = node.requireText("text");
        boolean thenTest = node.optBool("thenTest", false);
        if (thenTest && type != ItemType.LIKERT) {
            throw new ContentException(node.require("thenTest").line(), "Item '" + key + "': only likert items can have a "
                    + "then-test (looking back) version.");
        }
        if (!thenTest && node.get("thenTestText").isPresent()) {
            throw new ContentException(node.require("thenTestText").line(), "Item '" + key + "' has 'thenTestText' but no "
                    + "'thenTest: true'.");
        }
        String thenText = thenTest ? node.optText("thenTestText").orElse(text) : "";
        return new Item(key, theme, type, text, reverse, List.copyOf(options), answer, notApplicable, thenText);
    }

    private static String requireKey(YamlNode node, String field) {
        String key = node.requireText(field);
        if (!KEY.matcher(key).matches()) {
            throw new ContentException(node.require(field).line(), "'" + key + "' is not a valid key: use lower-case words joined by dashes.");
        }
        return key;
    }
}
