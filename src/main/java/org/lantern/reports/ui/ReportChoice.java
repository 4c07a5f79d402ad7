package org.lantern.reports.ui;

import com.vaadin.flow.router.QueryParameters;
import org.jspecify.annotations.Nullable;
import org.lantern.surveys.Programme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the report page shows: which programme, waves, team and release. It is the page's address
 * ({@code reports/evaluation?programme=…&before=…&after=…&team=…&release=…}), so a report can be
 * bookmarked and shared with colleagues who may see it.
 */
record ReportChoice(Programme programme, String before, String after, @Nullable String team, @Nullable Integer release) {

    QueryParameters query() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("programme", programme.key());
        if (!before.isEmpty()) {
            parameters.put("before", before);
        }
        if (!after.isEmpty()) {
            parameters.put("after", after);
        }
        if (team != null) {
            parameters.put("team", team);
        }
        if (release != null) {
            parameters.put("release", String.valueOf(release));
        }
        return QueryParameters.simple(parameters);
    }

    /** The first value of a query parameter, or {@code otherwise}. */
    static @Nullable String param(Map<String, List<String>> query, String name, @Nullable String otherwise) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? otherwise : values.getFirst();
    }
}
