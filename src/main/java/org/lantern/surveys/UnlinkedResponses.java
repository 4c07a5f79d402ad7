package org.lantern.surveys;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Reads the responses without a participant code (forms imported without one) apart from the participants. */
final class UnlinkedResponses {

    private UnlinkedResponses() {
    }

    /** The responses without a participant code, in response id order, kept apart from the participants. */
    static EvaluationData.Unlinked of(List<EvaluationRepository.ResponseRow> rows, Map<Long, Integer> teamIndex,
                                       Map<Long, Integer> waveIndex, Map<Long, Integer> importIndex, int likertCount,
                                       int[] allPositions, Map<String, Integer> position) {
        List<EvaluationRepository.ResponseRow> unlinked = rows.stream()
                .filter(r -> r.unlinked() && teamIndex.containsKey(r.teamId()) && waveIndex.containsKey(r.waveId()))
                .sorted(Comparator.comparingLong(EvaluationRepository.ResponseRow::responseId)).toList();
        int m = unlinked.size();
        if (m == 0) {
            return EvaluationData.Unlinked.NONE;
        }
        int[] wave = new int[m];
        int[] team = new int[m];
        long[] release = new long[m];
        int[] imported = new int[m];
        int[] answers = new int[m * likertCount];
        Arrays.fill(answers, EvaluationData.MISSING);
        for (int r = 0; r < m; r++) {
            EvaluationRepository.ResponseRow row = unlinked.get(r);
            wave[r] = waveIndex.get(row.waveId());
            team[r] = teamIndex.get(row.teamId());
            release[r] = row.releasedIn() == null ? 0 : row.releasedIn();
            imported[r] = row.importId() == null ? -1 : importIndex.getOrDefault(row.importId(), -1);
            if (row.values() != null) {
                EvaluationSource.parseInto(row.values(), row.keys() == null ? allPositions : EvaluationSource.positions(row.keys(), position), answers, r * likertCount);
            }
        }
        return new EvaluationData.Unlinked(wave, team, release, imported, answers);
    }
}
