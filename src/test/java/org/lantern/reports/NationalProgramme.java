package org.lantern.reports;

import org.lantern.surveys.Programme;
import org.lantern.surveys.SurveyDefinition;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The national-scale data of the report benchmark, generated inside PostgreSQL (generate_series,
 * INSERT … SELECT) from a fixed seed: every participant answers every agree/disagree and knowledge
 * question of the survey in every wave, and writes in each free-text question with the given
 * probability. A person has a lasting tendency (so waves correlate), the later waves gain by theme,
 * and knowledge answers get more often right.
 */
final class NationalProgramme {

    private NationalProgramme() {
    }

    /** Loads participants, their submitted responses and answers; returns how many answers. */
    static long load(DataSource dataSource, Programme programme, SurveyDefinition survey, int participants, double writes)
            throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            String teams = programme.teams().stream().map(t -> Long.toString(t.id())).collect(Collectors.joining(",", "ARRAY[", "]"));
            s.execute("SELECT setseed(0.2026)");
            s.execute(("INSERT INTO participant (programme_id, code, team_id) SELECT %d, 'N-' || lpad(g::text, 6, '0'), "
                    + "(%s)[1 + g %% %d] FROM generate_series(0, %d) g").formatted(programme.id(), teams, programme.teams().size(),
                    participants - 1));
            long batch;
            try (ResultSet r = s.executeQuery("INSERT INTO survey_import (programme_id, imported_by_name, imported_on, responses) "
                    + "VALUES (" + programme.id() + ", 'Benchmark loader', current_date, " + (long) participants
                    * programme.waves().size() + ") RETURNING id")) {
                r.next();
                batch = r.getLong(1);
            }
            StringBuilder waves = new StringBuilder();
            for (int w = 0; w < programme.waves().size(); w++) {
                Programme.Wave wave = programme.waves().get(w);
                waves.append(waves.isEmpty() ? "" : ", ").append("(%d, %d, DATE '%s')".formatted(wave.id(), w, wave.closes()));
            }
            s.execute("CREATE TEMP TABLE bench_wave (id bigint, n int, closes date)");
            s.execute("INSERT INTO bench_wave VALUES " + waves);
            s.execute("INSERT INTO response (participant_id, wave_id, status, source, submitted_at, import_id) "
                    + "SELECT p.id, w.id, 'submitted', 'import', w.closes, " + batch + " FROM participant p CROSS JOIN bench_wave w "
                    + "WHERE p.programme_id = " + programme.id() + " ORDER BY p.id, w.n");
            // a person's lasting tendency: roughly normal, SD 0.6 (sum of four uniforms)
            s.execute("CREATE TEMP TABLE bench_person AS SELECT id, (random() + random() + random() + random() - 2) * 1.04 AS person "
                    + "FROM participant WHERE programme_id = " + programme.id());
            s.execute("CREATE TEMP TABLE bench_response AS SELECT r.id, w.n AS wave, p.person FROM response r "
                    + "JOIN bench_person p ON p.id = r.participant_id JOIN bench_wave w ON w.id = r.wave_id ORDER BY r.id");
            int lastWave = Math.max(1, programme.waves().size() - 1);
            s.execute("CREATE TEMP TABLE bench_item (key text, kind text, reverse boolean, gain float8, answer text, options text[])");
            try (PreparedStatement item = c.prepareStatement("INSERT INTO bench_item VALUES (?, ?, ?, ?, ?, ?)")) {
                for (SurveyDefinition.Item q : survey.items()) {
                    item.setString(1, q.key());
                    item.setString(2, q.type().name());
                    item.setBoolean(3, q.reverse());
                    item.setDouble(4, switch (q.theme() == null ? "" : q.theme()) {
                        case "goals", "hope", "risk" -> 0.5;
                        case "carers" -> 0.25;
                        default -> 0.1;
                    });
                    item.setString(5, q.answer());
                    item.setArray(6, c.createArrayOf("text", q.options() == null ? new Object[0] : q.options().toArray()));
                    item.addBatch();
                }
                item.executeBatch();
            }
            // whether someone wrote in a free-text question is drawn per response and question from a hash of both: a
            // random() that refers to the question alone is pushed down to the scan of the questions, drawn once per
            // question, and (at 5%) left every free-text answer out.
            // in the order people submit them (all answers of a response together), as the table holds them in use
            try (PreparedStatement answers = c.prepareStatement("""
                    INSERT INTO answer (response_id, item_key, value_number, value_text)
                    SELECT r.id, i.key,
                           CASE WHEN i.kind = 'LIKERT' THEN (SELECT CASE WHEN i.reverse THEN 6 - v ELSE v END FROM (SELECT greatest(1,
                               least(5, round(3.2 + r.person + i.gain * r.wave / %d.0 + (random() + random() + random() + random() - 2)
                               * 1.39)))::int AS v) x) END,
                           CASE WHEN i.kind = 'CHOICE' THEN CASE WHEN random() < 0.45 + 0.2 * r.wave / %d.0 + r.person / 5 THEN i.answer
                                    ELSE i.options[1 + floor(random() * cardinality(i.options))::int] END
                                WHEN i.kind = 'TEXT' THEN (ARRAY['More time to talk with the people I support.',
                                    'Supervision that asks about hope.', 'Training with the whole team together.',
                                    'Hearing from people with lived experience.', 'Fewer forms.'])[1 + floor(random() * 5)::int]
                                    || ' (' || r.id || ')' END
                    FROM bench_response r CROSS JOIN bench_item i
                    WHERE i.kind <> 'TEXT' OR (hashtext(r.id || ':' || i.key)::bigint & 65535) < ? * 65536
                    ORDER BY r.id, i.key""".formatted(lastWave, lastWave))) {
                answers.setDouble(1, writes);
                answers.execute();
            }
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM answer a JOIN bench_response b ON b.id = a.response_id")) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    static String describe(int participants, int waves, List<SurveyDefinition.Item> items, double writes, long answers, int teams) {
        return String.format(Locale.ROOT, "%,d participants x %d waves x %d questions (free text written in %.0f%%) = %,d answers, %d teams",
                participants, waves, items.size(), writes * 100, answers, teams);
    }
}
