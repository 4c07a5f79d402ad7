package org.lantern.base.ui;

import org.lantern.base.content.ContentCatalogue;
import org.lantern.base.content.ContentException;
import org.lantern.base.content.ContentFiles;
import org.lantern.base.content.ContentProblems;
import org.lantern.base.content.YamlNode;
import org.lantern.base.security.Role;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The areas of Lantern as the home page explains them, from {@code content/home/areas.yaml}, so
 * programme leads can word them for their organisation.
 */
@Component
public class HomeAreas implements ContentCatalogue {

    static final String FILE = "home/areas.yaml";
    private static final Set<String> AREA_FIELDS = Set.of("key", "title", "roles", "summary", "empty");

    /** One area card on the home page. */
    public record Area(String key, String title, Set<Role> roles, String summary, String empty) {
    }

    private volatile List<Area> areas = List.of();

    @Override
    public String title() {
        return "Home page areas";
    }

    @Override
    public void load(ContentFiles files, ContentProblems problems) {
        files.readOne(FILE, problems, "Missing: the home page has no area descriptions.", text -> areas = parse(text));
    }

    static List<Area> parse(String text) {
        YamlNode root = YamlNode.parse(text, 0).allowOnly(Set.of("areas"));
        List<Area> result = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (YamlNode node : root.requireList("areas")) {
            node.allowOnly(AREA_FIELDS);
            String key = node.requireUniqueKey(keys, "areas");
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String name : node.textList("roles")) {
                roles.add(Role.fromKey(name).orElseThrow(() -> new ContentException(node.require("roles").line(),
                        "Unknown role '" + name + "'. Use staff, manager, evaluator, editor or admin.")));
            }
            if (roles.isEmpty()) {
                throw new ContentException(node.line(), "Area '" + key + "' must name at least one role.");
            }
            result.add(new Area(key, node.requireText("title"), roles, node.requireText("summary"),
                    node.optText("empty").orElse("")));
        }
        return List.copyOf(result);
    }

    @Override
    public int size() {
        return areas.size();
    }

    /** The areas someone with these roles can use, in file order. */
    public List<Area> forRoles(Set<Role> roles) {
        return areas.stream().filter(a -> a.roles().stream().anyMatch(roles::contains)).toList();
    }
}
