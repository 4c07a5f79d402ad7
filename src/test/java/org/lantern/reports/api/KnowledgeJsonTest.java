package org.lantern.reports.api;

import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.people.PeopleService;
import org.lantern.reports.ReportService;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's JSON names the knowledge questions' discrimination in the question's own object, for all teams only. */
@LanternTest
class KnowledgeJsonTest {

    @Autowired
    ReportService reports;
    @Autowired
    PeopleService people;

    @Test
    void eachKnowledgeQuestionOfAllTeamsCarriesItsDiscriminationPerWave() {
        var report = reports.report(people.findByUsername("evaluator").orElseThrow(), "recovery-practice-2026", null, null, null);
        JsonNode json = JsonMapper.builder().build().valueToTree(ReportJson.of(report));
        assertThat(json.get("choiceItems")).isNotEmpty().allSatisfy(c -> {
            assertThat(c.has("beforePercentCorrect")).isTrue();
            for (String wave : new String[]{"beforeDiscrimination", "afterDiscrimination"}) {
                JsonNode d = c.get(wave);
                assertThat(d.isObject()).as(wave).isTrue();
                assertThat(d.get("minimumPeople").asInt()).isEqualTo(20);
                assertThat(d.has("pointBiserial") && d.has("n") && d.has("hidden") && d.has("flags")).isTrue();
                // a figure is shown with its people, or hidden with its reason, never both
                assertThat(d.get("pointBiserial").isNull() || d.get("hidden").isNull()).isTrue();
            }
        });
        assertThat(json.get("teams")).allSatisfy(t -> assertThat(t.get("choiceItems"))
                .allSatisfy(c -> assertThat(c.get("beforeDiscrimination").isNull()).isTrue()));
    }
}
