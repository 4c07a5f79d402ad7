package org.lantern.surveys;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;

/**
 * What an evaluation needs from surveys, with no account in it: every submitted response of a
 * programme, by pseudonymous participant. Participants are numbered 0..n-1 here, in the order of
 * their database ids, so two reads of the same data agree; the ids themselves are only for handing
 * back to surveys (see {@link ResponseReleases#trainingGroups}).
 *
 * @param likertItems    the survey's agree/disagree questions, in survey order: the columns of {@link WaveData#likert()}
 * @param choiceItems    the knowledge (choice) questions, in survey order
 * @param textItems      the free-text questions, in survey order
 * @param participantIds per participant: the pseudonymous participant's id
 * @param team           per participant: index into {@code programme.teams()}
 * @param waves          one per wave of the programme, in wave order
 * @param invited        per team: the team's staff in Lantern who can be asked (enabled, staff role, not managing
 *                       it), or everyone of the team who took part if that is more (e.g. teams answering on paper)
 * @param imports        the imports of paper responses, in the order they were made
 * @param thenTest       per wave (empty when the survey has no then-test questions), per participant × likert item as in
 *                       {@link WaveData#likert()}: the answer to the item's then-test (looking back) version as given, or
 *                       {@link #MISSING} (none, "Not applicable", or the item has no then-test version)
 * @param unlinked       the submitted responses with no participant code (paper forms imported without one): they
 *                       are not participants here, so nothing made from {@code waves} ever includes them
 */
public record EvaluationData(Programme programme, SurveyDefinition survey, List<SurveyDefinition.Item> likertItems,
                             List<SurveyDefinition.Item> choiceItems, List<SurveyDefinition.Item> textItems,
                             long[] participantIds, int[] team, List<WaveData> waves, int[] invited,
                             List<ImportBatch> imports, List<int[]> thenTest, Unlinked unlinked) {

    /** Data of a survey without then-test questions, and of a programme without responses that lack a participant code. */
    public EvaluationData(Programme programme, SurveyDefinition survey, List<SurveyDefinition.Item> likertItems,
                          List<SurveyDefinition.Item> choiceItems, List<SurveyDefinition.Item> textItems,
                          long[] participantIds, int[] team, List<WaveData> waves, int[] invited, List<ImportBatch> imports) {
        this(programme, survey, likertItems, choiceItems, textItems, participantIds, team, waves, invited, imports, List.of(),
                Unlinked.NONE);
    }

    /** Data of a programme without responses that lack a participant code. */
    public EvaluationData(Programme programme, SurveyDefinition survey, List<SurveyDefinition.Item> likertItems,
                          List<SurveyDefinition.Item> choiceItems, List<SurveyDefinition.Item> textItems,
                          long[] participantIds, int[] team, List<WaveData> waves, int[] invited, List<ImportBatch> imports,
                          List<int[]> thenTest) {
        this(programme, survey, likertItems, choiceItems, textItems, participantIds, team, waves, invited, imports, thenTest,
                Unlinked.NONE);
    }

    /** Data of a survey without then-test questions. */
    public EvaluationData(Programme programme, SurveyDefinition survey, List<SurveyDefinition.Item> likertItems,
                          List<SurveyDefinition.Item> choiceItems, List<SurveyDefinition.Item> textItems,
                          long[] participantIds, int[] team, List<WaveData> waves, int[] invited, List<ImportBatch> imports,
                          Unlinked unlinked) {
        this(programme, survey, likertItems, choiceItems, textItems, participantIds, team, waves, invited, imports, List.of(),
                unlinked);
    }

    /** A participant's then-test answer (as given) to likert item {@code item} at wave {@code wave}, or {@link #MISSING}. */
    public int thenTest(int wave, int participant, int item) {
        return thenTest.isEmpty() ? MISSING : thenTest.get(wave)[participant * likertItems.size() + item];
    }

    /** An answer that was not given. */
    public static final int MISSING = Integer.MIN_VALUE;

    public int participants() {
        return participantIds.length;
    }

    /** The data of one wave. */
    public WaveData wave(long waveId) {
        return waves.stream().filter(w -> w.wave().id() == waveId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no wave " + waveId + " in programme " + programme.key()));
    }

    /**
     * One wave's submitted responses.
     *
     * @param response per participant: the id of their submitted response, or 0 when they did not submit this wave
     * @param release  per participant: the report release that first included that response, or 0 when none has
     * @param imported per participant: index into {@link EvaluationData#imports()} of the import that brought the
     *                 response, or -1 when it was answered in Lantern (or not submitted)
     * @param likert   per participant × likert item ({@code p * likertItems.size() + i}): the answer as given
     *                 (before reverse scoring), or {@link #MISSING} (not answered, or answered "Not applicable")
     * @param choice   per participant × choice item: the index of the chosen option in the item's options, or -1
     * @param written  the non-blank free-text answers
     * @param notApplicable per participant × likert item, as {@code likert}: set when the answer was "Not
     *                 applicable". Such an answer has no number: {@code likert} holds {@link #MISSING} for it, so
     *                 nothing can average it; this tells it apart from a question left unanswered.
     */
    public record WaveData(Programme.Wave wave, long[] response, long[] release, int[] imported, int[] likert, int[] choice,
                           List<Written> written, BitSet notApplicable) {

        /** A wave in which nobody answered "Not applicable". */
        public WaveData(Programme.Wave wave, long[] response, long[] release, int[] imported, int[] likert, int[] choice,
                        List<Written> written) {
            this(wave, response, release, imported, likert, choice, written, new BitSet());
        }

        public boolean submitted(int participant) {
            return response[participant] != 0;
        }
    }

    /** A free-text answer: who (by number), which text item (index into {@code textItems}), what. */
    public record Written(int participant, int item, String text) {
    }

    /**
     * An import of paper responses.
     *
     * @param importedById the account that imported, or null once that account is gone
     */
    public record ImportBatch(long id, String importedBy, @Nullable Long importedById, LocalDate importedOn, int responses) {
    }

    /**
     * The submitted responses that have no participant code, numbered 0..size-1 in the order of their ids. Each
     * is one response of someone who cannot be matched across waves (two of them may be the same person).
     *
     * @param wave     per response: index into {@link EvaluationData#waves()}
     * @param team     per response: index into {@code programme.teams()}
     * @param release  per response: the report release that first included it, or 0 when none has
     * @param imported per response: index into {@link EvaluationData#imports()} of the import that brought it
     * @param likert   per response × likert item: the answer as given (before reverse scoring), or {@link #MISSING}
     */
    public record Unlinked(int[] wave, int[] team, long[] release, int[] imported, int[] likert) {

        public static final Unlinked NONE = new Unlinked(new int[0], new int[0], new long[0], new int[0], new int[0]);

        public int size() {
            return wave.length;
        }
    }
}
