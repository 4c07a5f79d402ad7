package org.lantern.surveys;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Reads the responses without a participant code (forms imported without one) apart from the participants. */
final class UnlinkedResponses {

    private UnlinkedResponses() {
    }

    /** An unlinked response: its wave (index), its row there. */
    private record At(int wave, int row, EvaluationRepository.ResponseRow response) {
    }

    /** The responses without a participant code, in response id order, kept apart from the participants. */
    static EvaluationData.Unlinked of(List<EvaluationRows.WaveRows> waves, Map<Long, Integer> teamIndex, Map<Long, Integer> importIndex,
                                       int likertCount) {
        List<At> unlinked = new ArrayList<>();
        for (int w = 0; w < waves.size(); w++) {
            List<EvaluationRepository.ResponseRow> rows = waves.get(w).responses();
            for (int r = 0; r < rows.size(); r++) {
                if (rows.get(r).unlinked() && teamIndex.containsKey(rows.get(r).teamId())) {
                    unlinked.add(new At(w, r, rows.get(r)));
                }
            }
        }
        unlinked.sort(Comparator.comparingLong(at -> at.response().responseId()));
        int m = unlinked.size();
        if (m == 0) {
            return EvaluationData.Unlinked.NONE;
        }
        int[] wave = new int[m];
        int[] team = new int[m];
        long[] release = new long[m];
        int[] imported = new int[m];
        int[] answers = new int[m * likertCount];
        for (int u = 0; u < m; u++) {
            At at = unlinked.get(u);
            EvaluationRepository.ResponseRow row = at.response();
            wave[u] = at.wave();
            team[u] = teamIndex.get(row.teamId());
            release[u] = row.releasedIn() == null ? 0 : row.releasedIn();
            imported[u] = row.importId() == null ? -1 : importIndex.getOrDefault(row.importId(), -1);
            System.arraycopy(waves.get(at.wave()).likert(), at.row() * likertCount, answers, u * likertCount, likertCount);
        }
        return new EvaluationData.Unlinked(wave, team, release, imported, answers);
    }
}
