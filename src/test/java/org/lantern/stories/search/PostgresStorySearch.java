package org.lantern.stories.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One search of the story benchmark in PostgreSQL full-text search, doing the work the library page
 * does: the top 10 by {@code ts_rank} with {@code ts_headline} snippets, the total, and theme, setting and
 * role counts over every match.
 *
 * <p>Two ways to match. {@link #everyWord}: {@code websearch_to_tsquery}, every word required (how the
 * benchmark compared before). {@link #likeLantern}: what Lantern matches for words typed as words, any of
 * the words ({@code tsquery} OR), and with three or more of them at least half
 * ({@link NaturalQuery#minimumFor}), ranked over all of them; quoted phrases, {@code -word} and
 * {@code OR} stay {@code websearch_to_tsquery}, as Lantern also keeps their classic meaning there.
 * PostgreSQL has no synonyms, related ideas or typo correction here, so for questions it still does
 * less work than Lantern and finds fewer stories.
 */
final class PostgresStorySearch implements AutoCloseable {

    /** Quotes, exclusions or OR: the classic syntax, the same in both engines. */
    private static final Pattern SYNTAX = Pattern.compile("\"|(^|\\s)-\\S|\\bOR\\b");
    private static final String HEADLINE = "'StartSel=<mark>, StopSel=</mark>, MaxFragments=2'";

    private final PreparedStatement top;
    private final PreparedStatement facets;
    private final List<String> parameters;

    private PostgresStorySearch(Connection db, String query, String where, List<String> parameters) throws SQLException {
        this.parameters = parameters;
        this.top = db.prepareStatement("SELECT t.slug, t.title, ts_headline('english', t.body, t.q, " + HEADLINE + "), t.rank "
                + "FROM (SELECT slug, title, body, q, ts_rank(tsv, q) AS rank FROM bench_story, (SELECT " + query + " AS q) x "
                + "WHERE " + where + " ORDER BY rank DESC, published DESC LIMIT 10) t ORDER BY t.rank DESC");
        this.facets = db.prepareStatement("WITH m AS MATERIALIZED (SELECT themes, setting, role FROM bench_story, (SELECT "
                + query + " AS q) x WHERE " + where + ") "
                + "SELECT 'total', '', count(*) FROM m "
                + "UNION ALL SELECT 'theme', t, count(*) FROM m, unnest(m.themes) t GROUP BY t "
                + "UNION ALL SELECT 'setting', setting, count(*) FROM m GROUP BY setting "
                + "UNION ALL SELECT 'role', role, count(*) FROM m GROUP BY role");
    }

    /** Every word required: {@code websearch_to_tsquery}. */
    static PostgresStorySearch everyWord(Connection db, String text) throws SQLException {
        return new PostgresStorySearch(db, "websearch_to_tsquery('english', ?)", "tsv @@ q", List.of(text));
    }

    /**
     * Like Lantern: words typed as words match any of them (at least half of three or more), ranked over
     * all of them; the classic syntax as {@link #everyWord}. The words' lexemes are looked up once here,
     * outside the timed part, as Lantern's analysis is built once.
     */
    static PostgresStorySearch likeLantern(Connection db, String text) throws SQLException {
        if (SYNTAX.matcher(text).find()) {
            return everyWord(db, text);
        }
        List<String> words = new ArrayList<>();
        try (PreparedStatement lexemes = db.prepareStatement("SELECT plainto_tsquery('english', ?)::text")) {
            for (String word : text.split("\\s+")) {
                lexemes.setString(1, word);
                try (ResultSet r = lexemes.executeQuery()) {
                    r.next();
                    String lexeme = r.getString(1);
                    if (!lexeme.isBlank() && !words.contains(lexeme)) {
                        words.add(lexeme);
                    }
                }
            }
        }
        if (words.isEmpty()) {
            return everyWord(db, text);
        }
        List<String> parameters = new ArrayList<>();
        parameters.add(String.join(" | ", words));
        String where = "tsv @@ q";
        int minimum = NaturalQuery.minimumFor(words.size());
        if (minimum > 1) {
            List<String> counts = new ArrayList<>();
            for (String word : words) {
                counts.add("(tsv @@ ?::tsquery)::int");
                parameters.add(word);
            }
            where += " AND (" + String.join(" + ", counts) + ") >= " + minimum;
        }
        return new PostgresStorySearch(db, "?::tsquery", where, parameters);
    }

    /** Runs the search as the page does; returns the number of matching stories. */
    long run() throws SQLException {
        bind(top);
        try (ResultSet r = top.executeQuery()) {
            while (r.next()) {
                r.getString(3);
            }
        }
        bind(facets);
        long total = 0;
        try (ResultSet r = facets.executeQuery()) {
            while (r.next()) {
                if (r.getString(1).equals("total")) {
                    total = r.getLong(3);
                }
            }
        }
        return total;
    }

    private void bind(PreparedStatement statement) throws SQLException {
        // the query's parameters come first, then those of the where clause
        for (int i = 0; i < parameters.size(); i++) {
            statement.setString(i + 1, parameters.get(i));
        }
    }

    @Override
    public void close() throws SQLException {
        top.close();
        facets.close();
    }
}
