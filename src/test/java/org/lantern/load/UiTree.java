package org.lantern.load;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The client's copy of one Vaadin UI's element tree, kept up to date from the {@code changes} of
 * each UIDL response, as Flow's browser client does. Only what a simulated person needs to find
 * things on the page: tags, properties, attributes, text, children and event listeners.
 */
final class UiTree {

    // Flow's node feature ids (com.vaadin.flow.internal.nodefeature.NodeFeatureRegistry)
    private static final int ELEMENT_DATA = 0;
    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int LISTENERS = 4;
    private static final int TEXT = 7;
    private static final int VIRTUAL_CHILDREN = 24;

    /** One state node: an element or a text node. */
    static final class Node {
        final int id;
        String tag;
        String text;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, String> attributes = new HashMap<>();
        final Map<String, JsonNode> listeners = new HashMap<>();
        final List<Node> children = new ArrayList<>();
        final List<Node> virtualChildren = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }

        /** The visible text of this node and its descendants, as a browser's textContent. */
        String textContent() {
            if (text != null) {
                return text;
            }
            StringBuilder all = new StringBuilder();
            for (Node child : children) {
                all.append(child.textContent());
            }
            return all.toString();
        }

        String property(String name) {
            JsonNode value = properties.get(name);
            return value == null || value.isNull() ? null : value.asString();
        }

        @Override
        public String toString() {
            return "<" + tag + "#" + id + ">";
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();
    /** Shared values the server refers to by hash, e.g. the event data a listener asks for. */
    private final Map<String, JsonNode> constants = new HashMap<>();

    /** Remembers the {@code constants} of a UIDL response; listeners refer to them by hash. */
    void addConstants(JsonNode added) {
        if (added != null) {
            added.properties().forEach(e -> constants.put(e.getKey(), e.getValue()));
        }
    }

    /** Applies the {@code changes} array of a UIDL response. */
    void apply(JsonNode changes) {
        if (changes == null) {
            return;
        }
        for (JsonNode change : changes) {
            int id = change.get("node").asInt();
            String type = change.get("type").asString();
            switch (type) {
                case "attach" -> node(id);
                case "detach" -> nodes.remove(id);
                case "put" -> put(node(id), change);
                case "remove" -> remove(node(id), change);
                case "splice" -> splice(node(id), change);
                case "clear" -> {
                    int feature = change.path("feat").asInt(-1);
                    if (feature == CHILDREN) {
                        node(id).children.clear();
                    } else if (feature == VIRTUAL_CHILDREN) {
                        node(id).virtualChildren.clear();
                    }
                }
                default -> {
                    // "empty" and features a simulated person does not need
                }
            }
        }
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    private void put(Node node, JsonNode change) {
        String key = change.path("key").asString("");
        JsonNode value = change.has("value") ? change.get("value") : change.get("nodeValue");
        switch (change.path("feat").asInt(-1)) {
            case ELEMENT_DATA -> {
                if ("tag".equals(key)) {
                    node.tag = value.asString();
                }
            }
            case PROPERTIES -> node.properties.put(key, value);
            case ATTRIBUTES -> node.attributes.put(key, value == null || value.isNull() ? null : value.asString());
            case LISTENERS -> node.listeners.put(key, value != null && value.isString()
                    ? constants.getOrDefault(value.asString(), value) : value);
            case TEXT -> node.text = value == null ? "" : value.asString();
            default -> {
            }
        }
    }

    private void remove(Node node, JsonNode change) {
        String key = change.path("key").asString("");
        switch (change.path("feat").asInt(-1)) {
            case PROPERTIES -> node.properties.remove(key);
            case ATTRIBUTES -> node.attributes.remove(key);
            case LISTENERS -> node.listeners.remove(key);
            default -> {
            }
        }
    }

    private void splice(Node node, JsonNode change) {
        int feature = change.path("feat").asInt(-1);
        List<Node> list = feature == CHILDREN ? node.children : feature == VIRTUAL_CHILDREN ? node.virtualChildren : null;
        if (list == null) {
            return;
        }
        int index = change.path("index").asInt();
        int removed = change.path("remove").asInt(0);
        for (int i = 0; i < removed && index < list.size(); i++) {
            list.remove(index);
        }
        JsonNode added = change.get("addNodes");
        if (added != null) {
            int at = index;
            for (JsonNode childId : added) {
                list.add(at++, node(childId.asInt()));
            }
        }
    }

    /** Element nodes matching a test, in the order they were created. */
    List<Node> findAll(Predicate<Node> test) {
        return nodes.values().stream().filter(n -> n.tag != null && test.test(n))
                .sorted(java.util.Comparator.comparingInt(n -> n.id)).toList();
    }

    Optional<Node> find(Predicate<Node> test) {
        return findAll(test).stream().findFirst();
    }

    /** An element of the given tag whose text is exactly {@code text} (trimmed). */
    Optional<Node> findByText(String tag, String text) {
        return find(n -> tag.equals(n.tag) && text.equals(n.textContent().trim()));
    }

    /** True when some element's own text contains the given words. */
    boolean containsText(String words) {
        return nodes.values().stream().anyMatch(n -> n.text != null && n.text.contains(words));
    }

    int size() {
        return nodes.size();
    }
}
