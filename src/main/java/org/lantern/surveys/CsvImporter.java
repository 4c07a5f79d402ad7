package org.lantern.surveys;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep3;
import org.jooq.InsertValuesStep8;
import org.lantern.db.tables.records.ParticipantRecord;
import org.lantern.db.tables.records.ResponseRecord;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.lantern.db.Tables.PARTICIPANT;
import static org.lantern.db.Tables.RESPONSE;
import static org.lantern.db.Tables.SURVEY_IMPORT;

/**
 * Imports one CSV file of responses: header {@code participant,team,wave,<item keys...>}, one row
 * per participant and wave. Each row is checked on its own and rejected with its line number (the
 * header is line 1; a quoted value spanning lines counts all its lines). Valid rows are written in
 * bulk (answers with PostgreSQL COPY), so 100,000 rows take seconds. Each import is recorded
 * ({@code survey_import}: who, which day, how many) and every response it writes points to that record.
 * A response that is part of a released report is never replaced.
 */
final class CsvImporter {

    private static final int CHUNK = 1000;

    private final DSLContext db;
    private final Programme programme;
    private final SurveyDefinition survey;
    private final boolean replace;
    private final Importer importer;
    private final LocalDate today;
    private final Consumer<Long> progress;

    /** Who imports: their account and their name at the time (kept if the account goes). */
    record Importer(long accountId, String name) {
    }

    CsvImporter(DSLContext db, Programme programme, SurveyDefinition survey, boolean replace, Importer importer,
                LocalDate today, Consumer<Long> progress) {
        this.db = db;
        this.programme = programme;
        this.survey = survey;
        this.replace = replace;
        this.importer = importer;
        this.today = today;
        this.progress = progress;
    }

    private record Row(long line, String code, long teamId, long waveId, String waveKey, Map<String, Object> answers) {
    }

    private record Existing(long id, long teamId) {
    }

    private record ExistingResponse(long id, boolean released) {
    }

    ImportResult run(Reader csv) {
        List<ImportResult.Rejection> rejected = new ArrayList<>();
        Map<String, Existing> participants = new HashMap<>();
        db.select(PARTICIPANT.ID, PARTICIPANT.CODE, PARTICIPANT.TEAM_ID).from(PARTICIPANT)
                .where(PARTICIPANT.PROGRAMME_ID.eq(programme.id()))
                .forEach(r -> participants.put(r.value2(), new Existing(r.value1(), r.value3())));
        Map<String, ExistingResponse> existingResponses = new HashMap<>();
        db.select(RESPONSE.ID, RESPONSE.PARTICIPANT_ID, RESPONSE.WAVE_ID, RESPONSE.RELEASED).from(RESPONSE)
                .join(PARTICIPANT).on(PARTICIPANT.ID.eq(RESPONSE.PARTICIPANT_ID))
                .where(PARTICIPANT.PROGRAMME_ID.eq(programme.id()))
                .forEach(r -> existingResponses.put(r.value2() + "/" + r.value3(), new ExistingResponse(r.value1(), r.value4())));

        Map<String, Row> rows = new LinkedHashMap<>();
        Map<String, Long> newParticipantTeams = new HashMap<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().get().parse(csv)) {
            Iterator<CSVRecord> records = parser.iterator();
            CSVRecord first;
            try {
                if (!records.hasNext()) {
                    throw new SurveyException("The file is empty: the first line must be participant,team,wave followed by item keys.");
                }
                first = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                throw new SurveyException("Line 1 cannot be read: check that every quote (\") that opens a value also closes it.");
            }
            List<String> header = header(first);
            long lastLine = parser.getCurrentLineNumber();
            long seen = 0;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    rejected.add(new ImportResult.Rejection(lastLine + 1, "The file cannot be read from here on (for example "
                            + "a quote that is never closed): " + rootMessage(e)));
                    break;
                }
                long line = lastLine + 1;
                lastLine = parser.getCurrentLineNumber();
                if (++seen % 5000 == 0) {
                    progress.accept(seen);
                }
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                try {
                    Row row = toRow(line, header, record);
                    Existing known = participants.get(row.code());
                    Long newTeam = newParticipantTeams.get(row.code());
                    if (known != null && known.teamId() != row.teamId() || newTeam != null && newTeam != row.teamId()) {
                        throw new SurveyException("participant '" + row.code() + "' is already recorded in another team.");
                    }
                    String key = row.code() + "/" + row.waveKey();
                    Row earlier = rows.get(key);
                    if (earlier != null && !replace) {
                        throw new SurveyException("participant '" + row.code() + "' already has a row for wave '" + row.waveKey()
                                + "' on line " + earlier.line() + " (use replace to keep the later one).");
                    }
                    ExistingResponse present = known == null ? null : existingResponses.get(known.id() + "/" + row.waveId());
                    if (present != null && present.released()) {
                        throw new SurveyException("participant '" + row.code() + "' already has a response for wave '"
                                + row.waveKey() + "' that is part of a released report; it cannot be replaced.");
                    }
                    if (present != null && !replace) {
                        throw new SurveyException("participant '" + row.code() + "' already has a response for wave '"
                                + row.waveKey() + "' in Lantern (use replace to overwrite it).");
                    }
                    if (known == null) {
                        newParticipantTeams.putIfAbsent(row.code(), row.teamId());
                    }
                    rows.remove(key);
                    rows.put(key, row);
                } catch (SurveyException e) {
                    rejected.add(new ImportResult.Rejection(line, e.getMessage()));
                }
            }
            progress.accept(seen);
        } catch (IOException e) {
            throw new SurveyException("The file could not be read: " + e.getMessage());
        }
        write(rows.values(), participants, newParticipantTeams, existingResponses);
        rejected.sort(Comparator.comparingLong(ImportResult.Rejection::line));
        return new ImportResult(rows.size(), List.copyOf(rejected));
    }

    private List<String> header(CSVRecord record) {
        List<String> header = new ArrayList<>();
        record.forEach(h -> header.add(h.trim().toLowerCase(Locale.ROOT).replace("\uFEFF", "")));
        if (header.size() < 4 || !header.subList(0, 3).equals(List.of("participant", "team", "wave"))) {
            throw new SurveyException("Line 1 must start with the columns participant,team,wave followed by item keys.");
        }
        Set<String> seen = new HashSet<>();
        for (String column : header.subList(3, header.size())) {
            if (!seen.add(column)) {
                throw new SurveyException("Line 1 names the column '" + column + "' twice.");
            }
            if (survey.item(column).isEmpty()) {
                throw new SurveyException("Line 1: '" + column + "' is not an item of the survey '" + survey.key() + "'.");
            }
        }
        return header;
    }

    private Row toRow(long line, List<String> header, CSVRecord record) {
        if (record.size() != header.size()) {
            throw new SurveyException("expected " + header.size() + " values but found " + record.size() + ".");
        }
        for (String value : record) {
            if (value != null && value.indexOf('\u0000') >= 0) {
                // PostgreSQL cannot store NUL in text; say so instead of failing the whole file
                throw new SurveyException("the row contains an invisible NUL character, which cannot be stored.");
            }
        }
        String code = record.get(0).trim();
        if (code.isEmpty() || code.length() > 100) {
            throw new SurveyException("the participant code is missing or longer than 100 characters.");
        }
        String teamName = record.get(1).trim();
        Programme.TeamRef team = programme.team(teamName).orElseThrow(() -> new SurveyException(
                "'" + teamName + "' is not a team in this programme."));
        String waveKey = record.get(2).trim();
        Programme.Wave wave = programme.wave(waveKey).orElseThrow(() -> new SurveyException(
                "'" + waveKey + "' is not a wave of this programme."));
        Map<String, Object> answers = new LinkedHashMap<>();
        for (int i = 3; i < header.size(); i++) {
            String value = record.get(i);
            if (value == null || value.isBlank()) {
                continue;
            }
            SurveyDefinition.Item item = survey.item(header.get(i)).orElseThrow();
            try {
                switch (item.type()) {
                    case LIKERT -> answers.put(item.key(), SurveyService.parseScale(survey, value));
                    case CHOICE -> answers.put(item.key(), SurveyService.matchOption(item, value).orElseThrow(() ->
                            new SurveyException("not one of the options")));
                    case TEXT -> {
                        if (value.length() > SurveyService.MAX_TEXT) {
                            throw new SurveyException("longer than " + SurveyService.MAX_TEXT + " characters");
                        }
                        answers.put(item.key(), value.strip());
                    }
                }
            } catch (SurveyException e) {
                throw new SurveyException("column '" + item.key() + "': " + e.getMessage());
            }
        }
        if (answers.isEmpty()) {
            throw new SurveyException("the row has no answers.");
        }
        return new Row(line, code, team.id(), wave.id(), wave.key(), answers);
    }

    private void write(java.util.Collection<Row> rows, Map<String, Existing> participants, Map<String, Long> newTeams,
                       Map<String, ExistingResponse> existingResponses) {
        if (rows.isEmpty()) {
            return;
        }
        // 0. the record of this import
        long importId = db.insertInto(SURVEY_IMPORT, SURVEY_IMPORT.PROGRAMME_ID, SURVEY_IMPORT.IMPORTED_BY,
                        SURVEY_IMPORT.IMPORTED_BY_NAME, SURVEY_IMPORT.IMPORTED_ON, SURVEY_IMPORT.RESPONSES)
                .values(programme.id(), importer.accountId(), importer.name(), today, rows.size())
                .returning(SURVEY_IMPORT.ID).fetchSingle(SURVEY_IMPORT.ID);
        // 1. new participants
        List<Map.Entry<String, Long>> fresh = new ArrayList<>(newTeams.entrySet());
        for (int from = 0; from < fresh.size(); from += CHUNK) {
            InsertValuesStep3<ParticipantRecord, Long, String, Long> insert =
                    db.insertInto(PARTICIPANT, PARTICIPANT.PROGRAMME_ID, PARTICIPANT.CODE, PARTICIPANT.TEAM_ID);
            for (Map.Entry<String, Long> p : fresh.subList(from, Math.min(fresh.size(), from + CHUNK))) {
                insert = insert.values(programme.id(), p.getKey(), p.getValue());
            }
            insert.returningResult(PARTICIPANT.ID, PARTICIPANT.CODE).fetch()
                    .forEach(r -> participants.put(r.value2(), new Existing(r.value1(), newTeams.get(r.value2()))));
        }
        // 2. responses being replaced go first (their answers follow by cascade)
        List<Long> replaced = new ArrayList<>();
        for (Row row : rows) {
            ExistingResponse old = existingResponses.get(participants.get(row.code()).id() + "/" + row.waveId());
            if (old != null) {
                replaced.add(old.id());
            }
        }
        for (int from = 0; from < replaced.size(); from += CHUNK) {
            db.deleteFrom(RESPONSE).where(RESPONSE.ID.in(replaced.subList(from, Math.min(replaced.size(), from + CHUNK)))).execute();
        }
        // 3. responses first, in chunks
        List<Row> list = new ArrayList<>(rows);
        Map<String, Long> responseIds = new HashMap<>();
        for (int from = 0; from < list.size(); from += CHUNK) {
            List<Row> chunk = list.subList(from, Math.min(list.size(), from + CHUNK));
            InsertValuesStep8<ResponseRecord, Long, Long, String, String, LocalDate, LocalDate, LocalDate, Long> insert =
                    db.insertInto(RESPONSE, RESPONSE.PARTICIPANT_ID, RESPONSE.WAVE_ID, RESPONSE.STATUS, RESPONSE.SOURCE,
                            RESPONSE.STARTED_AT, RESPONSE.UPDATED_AT, RESPONSE.SUBMITTED_AT, RESPONSE.IMPORT_ID);
            for (Row row : chunk) {
                insert = insert.values(participants.get(row.code()).id(), row.waveId(), SurveyRepository.SUBMITTED, "import",
                        today, today, today, importId);
            }
            insert.returningResult(RESPONSE.ID, RESPONSE.PARTICIPANT_ID, RESPONSE.WAVE_ID).fetch()
                    .forEach(r -> responseIds.put(r.value2() + "/" + r.value3(), r.value1()));
        }
        // 4. Fresh statistics (they include this transaction's own rows) so the foreign-key checks of
        //    the answers use the index; plans made while the tables were tiny would scan them.
        if (list.size() > CHUNK) {
            db.execute("ANALYZE participant, response");
        }
        // 5. answers, with COPY
        for (int from = 0; from < list.size(); from += CHUNK * 5) {
            StringBuilder copy = new StringBuilder();
            for (Row row : list.subList(from, Math.min(list.size(), from + CHUNK * 5))) {
                long responseId = responseIds.get(participants.get(row.code()).id() + "/" + row.waveId());
                row.answers().forEach((item, value) -> {
                    copy.append(responseId).append(',').append(item).append(',');
                    if (value instanceof Integer number) {
                        copy.append(number).append(",\n");
                    } else {
                        copy.append(",\"").append(value.toString().replace("\"", "\"\"")).append("\"\n");
                    }
                });
            }
            db.connection(c -> c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY answer (response_id, item_key, value_number, value_text) FROM STDIN WITH (FORMAT csv)",
                    new StringReader(copy.toString())));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
