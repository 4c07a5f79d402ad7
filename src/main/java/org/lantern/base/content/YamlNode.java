package org.lantern.base.content;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A YAML value that remembers its line, so every validation message can say where the problem is.
 * Only plain data (maps, lists, text) is accepted: no tags, no objects.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class YamlNode {

    private static final int MAX_FILE_CHARS = 2_000_000;

    private final Node node;
    private final Lines lines;
    private final String path;

    /**
     * Parses YAML text.
     *
     * @param lineOffset lines before the YAML in its file (e.g. 1 for front matter after a {@code ---} line)
     * @throws ContentException for syntax errors, with the line where the parser stopped
     */
    public static YamlNode parse(String text, int lineOffset) {
        if (text.length() > MAX_FILE_CHARS) {
            throw new ContentException(0, "The file is too large (over 2 MB).");
        }
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(40);
        options.setCodePointLimit(MAX_FILE_CHARS * 2);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        Node root;
        try {
            root = yaml.compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? new Lines(text, lineOffset).at(e.getProblemMark()) : lineOffset + 1;
            String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
            String context = e.getContext() == null ? "" : e.getContext() + ": ";
            throw new ContentException(line, plain(problem).orElse("YAML syntax error: " + context + problem));
        } catch (YAMLException e) {
            throw new ContentException(lineOffset + 1, plain(e.getMessage()).orElse("YAML error: " + e.getMessage()));
        }
        if (root == null) {
            throw new ContentException(lineOffset + 1, "The file is empty.");
        }
        return new YamlNode(root, new Lines(text, lineOffset), "");
    }

    /**
     * Line numbers as an editor counts them: only {@code \n} ends a line. (The YAML parser also
     * breaks lines at NEL and the Unicode line and paragraph separators, which would point past the
     * end of the file as an editor shows it.)
     */
    private static final class Lines {
        private final int[] newlines;   // code point index of each '\n'
        private final int offset;

        Lines(String text, int offset) {
            this.offset = offset;
            int[] found = new int[16];
            int count = 0;
            int cp = 0;
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                if (c == '\n') {
                    if (count == found.length) {
                        found = java.util.Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = cp;
                }
                i += Character.charCount(c);
                cp++;
            }
            this.newlines = java.util.Arrays.copyOf(found, count);
        }

        /** 1-based line in the file of a parser position (its index counts code points). */
        int at(org.yaml.snakeyaml.error.Mark mark) {
            int index = java.util.Arrays.binarySearch(newlines, mark.getIndex());
            int before = index >= 0 ? index : -index - 1;
            return before + 1 + offset;
        }
    }

    /** Plain-English versions of the parser's messages about its safety limits. */
    private static Optional<String> plain(String problem) {
        String p = problem == null ? "" : problem;
        if (p.contains("tag is not allowed")) {
            return Optional.of("Tags (values starting with '!') are not allowed: write plain text, lists and fields.");
        }
        if (p.contains("aliases")) {
            return Optional.of("Too many repeated parts (*aliases of &anchors): write the values out instead.");
        }
        if (p.contains("Nesting Depth")) {
            return Optional.of("Lists and fields are nested too deeply (more than 40 levels).");
        }
        if (p.contains("exceeds the limit")) {
            return Optional.of("The file is too large (over 2 MB).");
        }
        return Optional.empty();
    }

    /** 1-based line in the file where this value starts. */
    public int line() {
        return lines.at(node.getStartMark());
    }

    public boolean isMap() {
        return node instanceof MappingNode;
    }

    public boolean isList() {
        return node instanceof SequenceNode;
    }

    public boolean isText() {
        return node instanceof ScalarNode;
    }

    private String describe() {
        return path.isEmpty() ? "The file" : "'" + path + "'";
    }

    private Map<String, YamlNode> entries() {
        if (!(node instanceof MappingNode map)) {
            throw new ContentException(line(), describe() + " should be a set of 'name: value' fields.");
        }
        Map<String, YamlNode> result = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw new ContentException(lines.at(tuple.getKeyNode().getStartMark()),
                        "Field names must be plain words.");
            }
            String childPath = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
            if (result.containsKey(key.getValue())) {
                throw new ContentException(lines.at(key.getStartMark()),
                        "The field '" + key.getValue() + "' appears twice.");
            }
            result.put(key.getValue(), new YamlNode(tuple.getValueNode(), lines, childPath));
        }
        return result;
    }

    /** Fails on any field not in the list: catches typos such as {@code pasMark}. */
    public YamlNode allowOnly(Collection<String> known) {
        for (var entry : entries().entrySet()) {
            if (!known.contains(entry.getKey())) {
                throw new ContentException(entry.getValue().line(), "Unknown field '" + entry.getKey()
                        + "'. Known fields here: " + String.join(", ", new TreeSet<>(known)) + ".");
            }
        }
        return this;
    }

    public Optional<YamlNode> get(String key) {
        YamlNode child = entries().get(key);
        if (child == null || isNull(child.node)) {
            return Optional.empty();
        }
        return Optional.of(child);
    }

    public YamlNode require(String key) {
        return get(key).orElseThrow(() -> new ContentException(line(),
                (path.isEmpty() ? "" : describe() + ": ") + "missing required field '" + key + "'."));
    }

    /** The text of a plain value. */
    public String text() {
        if (!(node instanceof ScalarNode scalar)) {
            throw new ContentException(line(), describe() + " should be a single value, not a list or a set of fields.");
        }
        return scalar.getValue();
    }

    /**
     * The {@code key} field of this item of a list, which no earlier item may repeat: {@code seen} holds
     * the earlier items' keys and gets this one. {@code items} names the list's items in the problem,
     * e.g. "areas" gives "Two areas have the key 'x'.".
     */
    public String requireUniqueKey(Set<String> seen, String items) {
        String key = requireText("key");
        if (!seen.add(key)) {
            throw new ContentException(line(), "Two " + items + " have the key '" + key + "'.");
        }
        return key;
    }

    public String requireText(String key) {
        String value = require(key).text().strip();
        if (value.isEmpty()) {
            throw new ContentException(require(key).line(), "'" + key + "' must not be empty.");
        }
        return value;
    }

    public Optional<String> optText(String key) {
        return get(key).map(YamlNode::text).map(String::strip).filter(s -> !s.isEmpty());
    }

    public int requireInt(String key, int min, int max) {
        return toInt(require(key), key, min, max);
    }

    public int optInt(String key, int defaultValue, int min, int max) {
        return get(key).map(n -> toInt(n, key, min, max)).orElse(defaultValue);
    }

    private static int toInt(YamlNode n, String key, int min, int max) {
        String text = n.text().strip();
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ContentException(n.line(), "'" + key + "' should be a whole number, not '" + text + "'.");
        }
        if (value < min || value > max) {
            throw new ContentException(n.line(), "'" + key + "' should be between " + min + " and " + max + ", not " + value + ".");
        }
        return value;
    }

    public boolean optBool(String key, boolean defaultValue) {
        return get(key).map(n -> {
            String text = n.text().strip().toLowerCase();
            return switch (text) {
                case "true", "yes" -> true;
                case "false", "no" -> false;
                default -> throw new ContentException(n.line(), "'" + key + "' should be true or false, not '" + n.text() + "'.");
            };
        }).orElse(defaultValue);
    }

    /** The items of a list value. */
    public List<YamlNode> items() {
        if (!(node instanceof SequenceNode seq)) {
            throw new ContentException(line(), describe() + " should be a list.");
        }
        List<YamlNode> result = new ArrayList<>();
        int i = 1;
        for (Node item : seq.getValue()) {
            result.add(new YamlNode(item, lines, path + "[" + i++ + "]"));
        }
        return result;
    }

    /** The items of a list field; an absent field is an empty list. */
    public List<YamlNode> list(String key) {
        return get(key).map(YamlNode::items).orElse(List.of());
    }

    public List<YamlNode> requireList(String key) {
        List<YamlNode> items = require(key).items();
        if (items.isEmpty()) {
            throw new ContentException(require(key).line(), "'" + key + "' must list at least one item.");
        }
        return items;
    }

    /** A list of plain values; a single value is taken as a list of one. */
    public List<String> textList(String key) {
        Optional<YamlNode> value = get(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (value.get().isText()) {
            return List.of(value.get().text().strip());
        }
        return value.get().items().stream().map(YamlNode::text).map(String::strip).toList();
    }

    private static boolean isNull(Node n) {
        return n instanceof ScalarNode s && "tag:yaml.org,2002:null".equals(s.getTag().getValue());
    }
}
