package org.lantern.reports;

import org.lantern.surveys.EvaluationData;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The counts a release states about what it was made from: responses, paper responses, imports. */
final class ReleaseCounts {

    private ReleaseCounts() {
    }

    static int submitted(EvaluationData.WaveData wave) {
        int count = 0;
        for (long r : wave.response()) {
            count += r != 0 ? 1 : 0;
        }
        return count;
    }

    static int paper(EvaluationData.WaveData wave) {
        int count = 0;
        for (int p = 0; p < wave.response().length; p++) {
            count += wave.response()[p] != 0 && wave.imported()[p] >= 0 ? 1 : 0;
        }
        return count;
    }

    static List<ReleaseInfo.ImportNote> imports(EvaluationData data, EvaluationData.WaveData... waves) {
        Map<Integer, Integer> used = new LinkedHashMap<>();
        for (EvaluationData.WaveData wave : waves) {
            for (int p = 0; p < wave.response().length; p++) {
                if (wave.response()[p] != 0 && wave.imported()[p] >= 0) {
                    used.merge(wave.imported()[p], 1, Integer::sum);
                }
            }
        }
        List<ReleaseInfo.ImportNote> notes = new ArrayList<>();
        used.keySet().stream().sorted().forEach(i -> {
            EvaluationData.ImportBatch batch = data.imports().get(i);
            notes.add(new ReleaseInfo.ImportNote(batch.importedBy(), batch.importedOn(), used.get(i)));
        });
        return notes;
    }
}
