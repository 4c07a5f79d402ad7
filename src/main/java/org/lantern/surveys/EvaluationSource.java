package org.lantern.surveys;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.lantern.base.database.SnapshotReads;
import org.lantern.people.PeopleService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The read model evaluations are made from: a programme's submitted answers by pseudonymous
 * participant, with their teams and where they came from, and nothing that leads to an account.
 * Reports read surveys only through this, so the pseudonym boundary stays inside surveys.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EvaluationSource {

    private final Programmes programmes;
    private final EvaluationRepository repository;
    private final PeopleService people;
    private final PseudonymKey key;
    private final SnapshotReads snapshotReads;

    /**
     * Seals data about a programme's participants (for example who was in which learning-link group
     * when figures were released) with the pseudonym key, so that a copy of the database alone cannot
     * read it. Only {@link #unseal} with the same key and programme opens it.
     */
    public byte[] seal(long programmeId, byte[] plain) {
        return key.seal(programmeId, plain);
    }

    /** Opens what {@link #seal} sealed for the same programme. */
    public byte[] unseal(long programmeId, byte[] sealed) {
        return key.unseal(programmeId, sealed);
    }

    /**
     * Every submitted response of the programme, in every wave. Call it inside a transaction of the
     * caller's (with repeatable read) when it must agree with other reads.
     *
     * @throws SurveyException when the programme's survey is not loaded
     */
    @Transactional(readOnly = true)
    public EvaluationData read(Programme programme) {
        SurveyDefinition survey = programmes.survey(programme.surveyKey())
                .orElseThrow(() -> new SurveyException("The survey '" + programme.surveyKey() + "' of this programme is not loaded."));
        List<SurveyDefinition.Item> likert = items(survey, SurveyDefinition.ItemType.LIKERT);
        List<SurveyDefinition.Item> choice = items(survey, SurveyDefinition.ItemType.CHOICE);
        List<SurveyDefinition.Item> text = items(survey, SurveyDefinition.ItemType.TEXT);
        Map<Long, Integer> teamIndex = new HashMap<>();
        for (int t = 0; t < programme.teams().size(); t++) {
            teamIndex.put(programme.teams().get(t).id(), t);
        }
        Map<Long, Integer> waveIndex = new HashMap<>();
        for (int w = 0; w < programme.waves().size(); w++) {
            waveIndex.put(programme.waves().get(w).id(), w);
        }

        // every option of every knowledge question, coded as the database codes the answers; code c + 1 is codes[c]
        List<String> codes = new ArrayList<>();
        List<String> exact = new ArrayList<>(); // the same codes for answers written exactly as an option
        List<int[]> coded = new ArrayList<>(); // code - 1 -> {item, option}
        for (int i = 0; i < choice.size(); i++) {
            List<String> options = choice.get(i).options();
            for (int o = 0; o < options.size(); o++) {
                String code = choice.get(i).key() + '\u001f' + options.get(o).trim().toLowerCase(Locale.ROOT);
                // an option that an earlier one of the question matches once lower-cased is never the answer's: no exact code
                exact.add(codes.subList(codes.size() - o, codes.size()).contains(code) ? "" : choice.get(i).key() + '\u001f' + options.get(o));
                codes.add(code);
                coded.add(new int[]{i, o});
            }
        }
        List<String> choiceKeys = choice.stream().map(SurveyDefinition.Item::key).toList();
        List<String> textKeys = text.stream().map(SurveyDefinition.Item::key).toList();
        List<String> likertKeys = likert.stream().map(SurveyDefinition.Item::key).toList();
        EvaluationRows read = EvaluationRows.read(repository, snapshotReads, programme, likertKeys,
                likert.isEmpty() ? "" : repository.keyOrder(likertKeys), choiceKeys, exact, codes, textKeys, !survey.thenTestItems().isEmpty());
        List<EvaluationRepository.ResponseRow> rows = read.waves().stream().flatMap(w -> w.responses().stream()).toList();
        int waves = programme.waves().size();
        // participants of the programme's teams who submitted something, numbered in id order
        long[] ids = rows.stream().filter(r -> !r.unlinked() && teamIndex.containsKey(r.teamId()) && waveIndex.containsKey(r.waveId()))
                .mapToLong(EvaluationRepository.ResponseRow::participantId).distinct().sorted().toArray();
        int n = ids.length;
        Map<Long, Integer> number = new HashMap<>(n * 2);
        for (int p = 0; p < n; p++) {
            number.put(ids[p], p);
        }
        int[] team = new int[n];
        long[][] response = new long[waves][n];
        long[][] release = new long[waves][n];
        int[][] imported = new int[waves][n];
        int[][] likertAnswers = new int[waves][n * likert.size()];
        int[][] choiceAnswers = new int[waves][n * choice.size()];
        for (int w = 0; w < waves; w++) {
            Arrays.fill(imported[w], -1);
            Arrays.fill(likertAnswers[w], EvaluationData.MISSING);
            Arrays.fill(choiceAnswers[w], -1);
        }
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < likert.size(); i++) {
            position.put(likert.get(i).key(), i);
        }
        List<EvaluationData.ImportBatch> imports = repository.imports(programme.id());
        Map<Long, Integer> importIndex = new HashMap<>();
        for (int i = 0; i < imports.size(); i++) {
            importIndex.put(imports.get(i).id(), i);
        }
        Map<Long, int[]> byResponse = new HashMap<>(rows.size() * 2); // response id -> {wave, participant}
        for (int w = 0; w < waves; w++) {
            EvaluationRows.WaveRows wave = read.waves().get(w);
            for (int r = 0; r < wave.responses().size(); r++) {
                EvaluationRepository.ResponseRow row = wave.responses().get(r);
                Integer p = number.get(row.participantId());
                if (p == null) {
                    continue;
                }
                team[p] = teamIndex.get(row.teamId());
                response[w][p] = row.responseId();
                release[w][p] = row.releasedIn() == null ? 0 : row.releasedIn();
                if (row.importId() != null) {
                    imported[w][p] = importIndex.getOrDefault(row.importId(), -1);
                }
                byResponse.put(row.responseId(), new int[]{w, p});
                System.arraycopy(wave.likert(), r * likert.size(), likertAnswers[w], p * likert.size(), likert.size());
            }
        }
        boolean unmatched = false;
        for (EvaluationRepository.ChoiceRow row : read.choices()) {
            int[] at = byResponse.get(row.responseId());
            if (at != null) {
                for (String code : row.codes().split(",")) {
                    int c = Integer.parseInt(code);
                    unmatched |= c == 0;
                    if (c > 0) {
                        choiceAnswers[at[0]][at[1] * choice.size() + coded.get(c - 1)[0]] = coded.get(c - 1)[1];
                    }
                }
            }
        }
        if (unmatched) { // an answer the database did not match (spaces or letters it compares otherwise): match them all here
            Map<String, Integer> choiceIndex = index(choice);
            for (EvaluationRepository.TextRow row : repository.textAnswers(programme.id(), choiceKeys)) {
                int[] at = byResponse.get(row.responseId());
                Integer item = choiceIndex.get(row.itemKey());
                if (at != null && item != null) {
                    int option = optionIndex(choice.get(item), row.text());
                    if (option >= 0) {
                        choiceAnswers[at[0]][at[1] * choice.size() + item] = option;
                    }
                }
            }
        }
        Map<String, Integer> textIndex = index(text);
        List<List<EvaluationData.Written>> written = new ArrayList<>();
        for (int w = 0; w < waves; w++) {
            written.add(new ArrayList<>());
        }
        for (EvaluationRepository.TextRow row : read.texts()) {
            int[] at = byResponse.get(row.responseId());
            Integer item = textIndex.get(row.itemKey());
            if (at != null && item != null) {
                written.get(at[0]).add(new EvaluationData.Written(at[1], item, row.text()));
            }
        }
        BitSet[] notApplicable = new BitSet[waves];
        Arrays.setAll(notApplicable, w -> new BitSet());
        for (EvaluationRepository.NotApplicableRow row : read.notApplicable()) {
            int[] at = byResponse.get(row.responseId());
            Integer item = position.get(row.itemKey());
            if (at != null && item != null) {
                notApplicable[at[0]].set(at[1] * likert.size() + item);
            }
        }
        List<int[]> thenTest = survey.thenTestItems().isEmpty() ? List.of() : thenTest(read.thenTest(), waves, n * likert.size(), byResponse, position);
        List<EvaluationData.WaveData> waveData = new ArrayList<>();
        for (int w = 0; w < waves; w++) {
            waveData.add(new EvaluationData.WaveData(programme.waves().get(w), response[w], release[w], imported[w], likertAnswers[w],
                    choiceAnswers[w], List.copyOf(written.get(w)), notApplicable[w]));
        }
        return new EvaluationData(programme, survey, likert, choice, text, ids, team, List.copyOf(waveData),
                invited(programme), imports, thenTest, UnlinkedResponses.of(read.waves(), teamIndex, importIndex, likert.size()));
    }

    /** Per wave, per participant × likert item: the then-test answers, kept apart from the question's own answers. */
    private static List<int[]> thenTest(List<EvaluationRepository.ThenTestRow> rows, int waves, int size, Map<Long, int[]> byResponse,
                                        Map<String, Integer> position) {
        List<int[]> thenTest = new ArrayList<>();
        for (int w = 0; w < waves; w++) {
            int[] answers = new int[size];
            Arrays.fill(answers, EvaluationData.MISSING);
            thenTest.add(answers);
        }
        int likert = position.size();
        for (EvaluationRepository.ThenTestRow row : rows) {
            int[] at = byResponse.get(row.responseId());
            Integer item = position.get(row.itemKey());
            if (at != null && item != null) {
                thenTest.get(at[0])[at[1] * likert + item] = row.value();
            }
        }
        return List.copyOf(thenTest);
    }

    /**
     * How many submitted responses to the given waves no release up to {@code releaseId} included (0: no
     * release yet), and from how many people: what a new release would add.
     */
    @Transactional(readOnly = true)
    public NewResponses submittedSince(Programme programme, java.util.Collection<Long> waveIds, long releaseId) {
        int[] counts = repository.submittedSince(programme.id(), waveIds, releaseId);
        return new NewResponses(counts[0], counts[1]);
    }

    /** Responses, and the people they come from. */
    public record NewResponses(int responses, int people) {
    }

    /** Per team: staff who can be asked, or everyone of the team who took part if more (the survey responses page's rule). */
    private int[] invited(Programme programme) {
        Map<Long, Integer> participants = repository.participantCounts(programme.id());
        int[] invited = new int[programme.teams().size()];
        for (int t = 0; t < invited.length; t++) {
            long teamId = programme.teams().get(t).id();
            int staff = people.teamStaff(teamId).size();
            invited[t] = Math.max(staff, participants.getOrDefault(teamId, 0));
        }
        return invited;
    }

    private static List<SurveyDefinition.Item> items(SurveyDefinition survey, SurveyDefinition.ItemType type) {
        return survey.items().stream().filter(i -> i.type() == type).toList();
    }

    private static Map<String, Integer> index(List<SurveyDefinition.Item> items) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            index.put(items.get(i).key(), i);
        }
        return index;
    }

    private static int optionIndex(SurveyDefinition.Item item, String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (int o = 0; o < item.options().size(); o++) {
            if (item.options().get(o).trim().toLowerCase(Locale.ROOT).equals(wanted)) {
                return o;
            }
        }
        return -1;
    }
}
