package org.lantern.surveys;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record10;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.lantern.base.database.QueryShape;
import org.lantern.db.tables.Wave;
import org.lantern.people.Directory;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.lantern.db.Tables.PROGRAMME;
import static org.lantern.db.Tables.PROGRAMME_TEAM;
import static org.lantern.db.Tables.WAVE;

/** jOOQ access to programmes, their teams and waves, and the programme lock. */
@Repository
class ProgrammeRepository {

    /** First key of Lantern's two-part advisory locks on programmes (PostgreSQL keeps two-part keys apart from one-part ones). */
    private static final int LOCK_SPACE_PROGRAMME = 11_001;

    private static final Param<String> PROGRAMME_KEY = DSL.param("programmeKey", PROGRAMME.KEY);
    private static final Param<String> WAVE_KEY = DSL.param("waveKey", WAVE.KEY);
    /** The person's teams, as an array the driver sends typed (bigint[]): one SQL text for any number of teams. */
    private static final Param<Object> TEAM_IDS = DSL.param("teamIds", SQLDataType.OTHER);

    private final DSLContext db;
    private final Directory directory;
    /** Every autosave runs it: rendered once. */
    private final QueryShape<Record10<Long, String, LocalDate, Long, String, Integer, LocalDate, LocalDate, Long, Boolean>> waveInProgramme;

    ProgrammeRepository(DSLContext db, Directory directory) {
        this.db = db;
        this.directory = directory;
        Wave first = WAVE.as("first_wave");
        Field<Long> firstWave = DSL.select(first.ID).from(first).where(first.PROGRAMME_ID.eq(PROGRAMME.ID))
                .orderBy(first.POSITION, first.ID).limit(1).asField("first_wave_id");
        Field<Boolean> forTheirTeams = DSL.field(DSL.exists(DSL.selectOne().from(PROGRAMME_TEAM)
                .where(PROGRAMME_TEAM.PROGRAMME_ID.eq(PROGRAMME.ID)).and(DSL.condition("{0} = any({1})", PROGRAMME_TEAM.TEAM_ID, TEAM_IDS))));
        this.waveInProgramme = QueryShape.of(db, db.select(PROGRAMME.ID, PROGRAMME.SURVEY_KEY, PROGRAMME.ARCHIVED_ON, WAVE.ID, WAVE.KEY,
                        WAVE.POSITION, WAVE.OPENS, WAVE.CLOSES, firstWave, forTheirTeams)
                .from(PROGRAMME).leftJoin(WAVE).on(WAVE.PROGRAMME_ID.eq(PROGRAMME.ID)).and(WAVE.KEY.eq(WAVE_KEY))
                .where(PROGRAMME.KEY.eq(PROGRAMME_KEY)), PROGRAMME_KEY, WAVE_KEY, TEAM_IDS);
    }

    long insertProgramme(String key, String title, String surveyKey, Long createdBy) {
        return db.insertInto(PROGRAMME, PROGRAMME.KEY, PROGRAMME.TITLE, PROGRAMME.SURVEY_KEY, PROGRAMME.CREATED_BY)
                .values(key, title, surveyKey, createdBy).returning(PROGRAMME.ID).fetchOne(PROGRAMME.ID);
    }

    boolean programmeExists(String key) {
        return db.fetchExists(PROGRAMME, PROGRAMME.KEY.eq(key));
    }

    void addTeam(long programmeId, long teamId) {
        db.insertInto(PROGRAMME_TEAM, PROGRAMME_TEAM.PROGRAMME_ID, PROGRAMME_TEAM.TEAM_ID).values(programmeId, teamId)
                .onConflictDoNothing().execute();
    }

    void insertWave(long programmeId, String key, int position, LocalDate opens, LocalDate closes) {
        db.insertInto(WAVE, WAVE.PROGRAMME_ID, WAVE.KEY, WAVE.POSITION, WAVE.OPENS, WAVE.CLOSES)
                .values(programmeId, key, position, opens, closes).execute();
    }

    /**
     * A wave of a programme as answering it needs it, in one query (an autosave, the commonest request on a
     * survey morning, runs it): empty when there is no such programme; {@code wave} null when the programme
     * has no such wave; {@code forTheirTeams} whether the programme includes one of {@code teamIds}.
     */
    record WaveInProgramme(long programmeId, String surveyKey, @Nullable LocalDate archivedOn, Programme.@Nullable Wave wave,
                           boolean firstWave, boolean forTheirTeams) {
    }

    Optional<WaveInProgramme> waveInProgramme(String programmeKey, String waveKey, Collection<Long> teamIds) {
        return waveInProgramme.fetch(db, programmeKey, waveKey, teamIds.toArray(Long[]::new))
                .fetchOptional(r -> new WaveInProgramme(r.value1(), r.value2(), r.value3(),
                        r.value4() == null ? null : new Programme.Wave(r.value4(), r.value5(), r.value6(), r.value7(), r.value8()),
                        r.value4() != null && r.value4().equals(r.value9()), Boolean.TRUE.equals(r.value10())));
    }

    List<Programme> programmes() {
        return load(DSL.noCondition());
    }

    Optional<Programme> programme(String key) {
        return load(PROGRAMME.KEY.eq(key)).stream().findFirst();
    }

    /** A programme's own columns, before its teams and waves are added. */
    private record Head(long id, String key, String title, String surveyKey, @Nullable LocalDate archivedOn) {
    }

    private record TeamRow(long programmeId, Programme.TeamRef team) {
    }

    private record WaveRow(long programmeId, Programme.Wave wave) {
    }

    private List<Programme> load(Condition condition) {
        Map<Long, Head> heads = new LinkedHashMap<>();
        db.select(PROGRAMME.ID, PROGRAMME.KEY, PROGRAMME.TITLE, PROGRAMME.SURVEY_KEY, PROGRAMME.ARCHIVED_ON).from(PROGRAMME).where(condition)
                .orderBy(PROGRAMME.CREATED_AT.desc(), PROGRAMME.ID.desc())
                .fetch(Records.mapping(Head::new))
                .forEach(h -> heads.put(h.id(), h));
        if (heads.isEmpty()) {
            return List.of();
        }
        record ProgrammeTeam(long programmeId, long teamId) {
        }
        List<ProgrammeTeam> programmeTeams = db.select(PROGRAMME_TEAM.PROGRAMME_ID, PROGRAMME_TEAM.TEAM_ID).from(PROGRAMME_TEAM)
                .where(PROGRAMME_TEAM.PROGRAMME_ID.in(heads.keySet()))
                .fetch(Records.mapping(ProgrammeTeam::new));
        // team names from people, in one query, in the order the database sorts them (as ORDER BY name did)
        Map<Long, String> names = directory.teamNames(programmeTeams.stream().map(ProgrammeTeam::teamId).collect(Collectors.toSet()));
        Map<Long, Integer> rank = new HashMap<>();
        names.keySet().forEach(id -> rank.put(id, rank.size()));
        Map<Long, List<Programme.TeamRef>> teams = new HashMap<>();
        programmeTeams.stream().filter(t -> names.containsKey(t.teamId()))
                .sorted(Comparator.comparingInt(t -> rank.get(t.teamId())))
                .map(t -> new TeamRow(t.programmeId(), new Programme.TeamRef(t.teamId(), names.get(t.teamId()))))
                .forEach(t -> teams.computeIfAbsent(t.programmeId(), k -> new ArrayList<>()).add(t.team()));
        Map<Long, List<Programme.Wave>> waves = new HashMap<>();
        db.select(WAVE.PROGRAMME_ID, WAVE.ID, WAVE.KEY, WAVE.POSITION, WAVE.OPENS, WAVE.CLOSES).from(WAVE)
                .where(WAVE.PROGRAMME_ID.in(heads.keySet())).orderBy(WAVE.POSITION)
                .fetch(Records.mapping((programmeId, id, key, position, opens, closes) ->
                        new WaveRow(programmeId, new Programme.Wave(id, key, position, opens, closes))))
                .forEach(w -> waves.computeIfAbsent(w.programmeId(), k -> new ArrayList<>()).add(w.wave()));
        List<Programme> result = new ArrayList<>();
        heads.forEach((id, h) -> result.add(new Programme(id, h.key(), h.title(), h.surveyKey(),
                List.copyOf(teams.getOrDefault(id, List.of())), List.copyOf(waves.getOrDefault(id, List.of())), h.archivedOn())));
        return result;
    }

    /** The programme's advisory lock, held until the transaction ends: imports, releases and archiving queue. */
    void lockProgramme(long programmeId) {
        db.execute("SELECT pg_advisory_xact_lock(?, ?)", LOCK_SPACE_PROGRAMME, Long.hashCode(programmeId));
    }

    /** The same lock shared: submissions go side by side but never while a release or an import runs. */
    void lockProgrammeShared(long programmeId) {
        db.execute("SELECT pg_advisory_xact_lock_shared(?, ?)", LOCK_SPACE_PROGRAMME, Long.hashCode(programmeId));
    }

    void setArchived(long programmeId, LocalDate on) {
        db.update(PROGRAMME).set(PROGRAMME.ARCHIVED_ON, on).where(PROGRAMME.ID.eq(programmeId)).execute();
    }

    /** The days after opening on which non-submitters are reminded, by programme id. */
    Map<Long, List<Integer>> reminderDays(java.util.Collection<Long> programmeIds) {
        return db.select(PROGRAMME.ID, PROGRAMME.REMINDER_DAYS).from(PROGRAMME).where(PROGRAMME.ID.in(programmeIds))
                .fetchMap(PROGRAMME.ID, r -> List.of(r.value2()));
    }

    void setReminderDays(long programmeId, List<Integer> days) {
        db.update(PROGRAMME).set(PROGRAMME.REMINDER_DAYS, days.toArray(Integer[]::new)).where(PROGRAMME.ID.eq(programmeId)).execute();
    }

    /** Programmes, not archived, with a wave open on the day. */
    List<Programme> withWaveOpenOn(LocalDate day) {
        return load(PROGRAMME.ARCHIVED_ON.isNull().and(DSL.exists(DSL.selectOne().from(WAVE)
                .where(WAVE.PROGRAMME_ID.eq(PROGRAMME.ID), WAVE.OPENS.le(day), WAVE.CLOSES.ge(day)))));
    }
}
