package org.lantern.training;

import lombok.RequiredArgsConstructor;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.lantern.db.Tables.CHECK_ATTEMPT;

/** Knowledge-check attempts read for item analysis: answers only, never who gave them. */
@Repository
@RequiredArgsConstructor
class CheckAttemptRepository {

    private final DSLContext db;

    private record FirstAttempt(String moduleKey, String answersJson) {
    }

    /**
     * Each person's first attempt at each module's check, as stored answers JSON per module key. First
     * attempts only: a retake comes after the person has seen which answers were right.
     */
    Map<String, List<String>> firstAttemptAnswers() {
        return db.selectDistinct(CHECK_ATTEMPT.MODULE_KEY, CHECK_ATTEMPT.ANSWERS)
                .on(CHECK_ATTEMPT.ACCOUNT_ID, CHECK_ATTEMPT.MODULE_KEY)
                .from(CHECK_ATTEMPT)
                .orderBy(CHECK_ATTEMPT.ACCOUNT_ID, CHECK_ATTEMPT.MODULE_KEY, CHECK_ATTEMPT.SUBMITTED_AT, CHECK_ATTEMPT.ID)
                .fetch(r -> new FirstAttempt(r.value1(), r.value2().data())).stream()
                .collect(Collectors.groupingBy(FirstAttempt::moduleKey, HashMap::new,
                        Collectors.mapping(FirstAttempt::answersJson, Collectors.toList())));
    }
}
