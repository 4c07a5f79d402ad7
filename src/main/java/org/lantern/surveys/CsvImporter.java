package org.lantern.surveys;

import lombok.RequiredArgsConstructor;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.Reader;
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

/**
 * Imports one CSV file of responses: header {@code participant,team,wave,<item keys...>}, one row
 * per participant and wave. A blank cell is a question not answered; {@code NA} (or {@code N/A}) is the
 * answer "Not applicable", accepted only for questions that offer it. Each row is checked on its own and rejected with its line number (the
 * header is line 1; a quoted value spanning lines counts all its lines). Valid rows are written in
 * bulk through {@link ImportRepository} (answers with PostgreSQL COPY), so 100,000 rows take seconds. Each import is recorded
 * ({@code survey_import}: who, which day, how many) and every response it writes points to that record.
 * A response that is part of a released report is never replaced. A row with no participant code is an
 * <em>unlinked</em> response ({@link UnlinkedRows}): it gets a participant of its own with no code, so it never
 * pairs with another wave, and the same rows without a code are never imported twice into one programme.
 */
@RequiredArgsConstructor
final class CsvImporter {

    /** Rows whose answers go to the database in one COPY. */
    private static final int COPY_ROWS = 5000;

    private final ImportRepository repository;
    private final Programme programme;
    private final SurveyDefinition survey;
    private final boolean replace;
    private final Importer importer;
    private final LocalDate today;
    private final Consumer<Long> progress;

    /** Who imports: their account and their name at the time (kept if the account goes). */
    record Importer(long accountId, String name) {
    }

    /** @param code the participant code, or empty for a row without one */
    private record Row(long line, String code, long teamId, long waveId, String waveKey, Map<String, Object> answers) {

        /** The participant's code, or for a row without one a key of its own (no code can hold a NUL). */
        String key() {
            return code.isEmpty() ? "\u0000" + line : code;
        }
    }

    private record Existing(long id, long teamId) {
    }

    private record ExistingResponse(long id, boolean released) {
    }

    ImportResult run(Reader csv) {
        List<ImportResult.Rejection> rejected = new ArrayList<>();
        Map<String, Existing> participants = new HashMap<>();
        repository.participants(programme.id())
                .forEach(p -> participants.put(p.code(), new Existing(p.id(), p.teamId())));
        Map<String, ExistingResponse> existingResponses = new HashMap<>();
        repository.responses(programme.id())
                .forEach(r -> existingResponses.put(r.participantId() + "/" + r.waveId(), new ExistingResponse(r.id(), r.released())));

        Map<String, Row> rows = new LinkedHashMap<>();
        Map<String, Long> newParticipantTeams = new HashMap<>();
        UnlinkedRows unlinked = new UnlinkedRows();
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
                    if (row.code().isEmpty()) {
                        unlinked.add(row.line(), row.teamId(), row.waveKey(), row.answers());
                        rows.put("\u0000" + line, row);
                        continue;
                    }
                    Existing known = participants.get(row.key());
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
        String fingerprint = unlinked.fingerprint();
        if (fingerprint != null) {
            repository.unlinkedImport(programme.id(), fingerprint).ifPresent(earlier -> {
                for (long line : unlinked.lines()) {
                    rows.remove("\u0000" + line);
                    rejected.add(new ImportResult.Rejection(line, "the rows without a participant code in this file were "
                            + "already imported on " + AnswerRules.day(earlier.importedOn()) + " by " + earlier.importedBy()
                            + "; rows without a code cannot be told apart, so they are not imported twice."));
                }
            });
        }
        int withoutCode = (int) rows.values().stream().filter(r -> r.code().isEmpty()).count();
        write(rows.values(), participants, newParticipantTeams, existingResponses, withoutCode == 0 ? null : fingerprint, withoutCode);
        rejected.sort(Comparator.comparingLong(ImportResult.Rejection::line));
        return new ImportResult(rows.size(), List.copyOf(rejected), withoutCode);
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
            if (survey.item(column).or(() -> survey.thenTestItem(column)).isEmpty()) {
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
        if (code.length() > 100) {
            throw new SurveyException("the participant code is longer than 100 characters.");
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
            String column = header.get(i);
            SurveyDefinition.Item item = survey.item(column).or(() -> survey.thenTestItem(column)).orElseThrow();
            try {
                if (AnswerRules.thenTestInFirstWave(programme, wave, item)) {
                    throw new SurveyException(AnswerRules.THEN_TEST_FIRST_WAVE);
                }
                switch (item.type()) {
                    case LIKERT -> answers.put(item.key(), AnswerRules.notApplicable(survey, item, value)
                            ? ImportRepository.NotApplicable.ANSWER : AnswerRules.parseScale(survey, value));
                    case CHOICE -> answers.put(item.key(), AnswerRules.matchOption(item, value).orElseThrow(() ->
                            new SurveyException("not one of the options")));
                    case TEXT -> {
                        if (value.length() > AnswerRules.MAX_TEXT) {
                            throw new SurveyException("longer than " + AnswerRules.MAX_TEXT + " characters");
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
                       Map<String, ExistingResponse> existingResponses, @Nullable String unlinkedFingerprint, int withoutCode) {
        if (rows.isEmpty()) {
            return;
        }
        // 0. the record of this import
        long importId = repository.insertImport(programme.id(), importer.accountId(), importer.name(), today, rows.size(),
                withoutCode, unlinkedFingerprint);
        // 1. new participants, and one without a code for each row without one (keyed by its line)
        repository.insertParticipants(programme.id(), newTeams)
                .forEach((code, id) -> participants.put(code, new Existing(id, newTeams.get(code))));
        List<Row> uncoded = rows.stream().filter(r -> r.code().isEmpty()).toList();
        List<Long> ids = repository.insertUnlinkedParticipants(programme.id(), uncoded.stream().map(Row::teamId).toList());
        for (int i = 0; i < uncoded.size(); i++) {
            participants.put(uncoded.get(i).key(), new Existing(ids.get(i), uncoded.get(i).teamId()));
        }
        // 2. responses being replaced go first (their answers follow by cascade)
        List<Long> replaced = new ArrayList<>();
        for (Row row : rows) {
            ExistingResponse old = existingResponses.get(participants.get(row.key()).id() + "/" + row.waveId());
            if (old != null) {
                replaced.add(old.id());
            }
        }
        repository.deleteResponses(replaced);
        // 3. responses first, in chunks
        List<Row> list = new ArrayList<>(rows);
        Map<String, Long> responseIds = repository.insertResponses(list.stream()
                .map(row -> new ImportRepository.NewResponse(participants.get(row.key()).id(), row.waveId())).toList(), today, importId);
        // 4. fresh statistics for the answers' foreign-key checks
        repository.analyzeResponses(list.size());
        // 5. answers, with COPY
        for (int from = 0; from < list.size(); from += COPY_ROWS) {
            List<ImportRepository.NewAnswer> answers = new ArrayList<>();
            for (Row row : list.subList(from, Math.min(list.size(), from + COPY_ROWS))) {
                long responseId = responseIds.get(participants.get(row.key()).id() + "/" + row.waveId());
                row.answers().forEach((item, value) -> answers.add(new ImportRepository.NewAnswer(responseId, item, value)));
            }
            repository.copyAnswers(answers);
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
