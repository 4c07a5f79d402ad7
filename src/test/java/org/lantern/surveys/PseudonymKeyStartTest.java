package org.lantern.surveys;

import org.lantern.people.PeopleService;
import org.lantern.base.security.Account;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantern.LanternInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lantern.db.Tables.PARTICIPANT;
import static org.lantern.db.Tables.RESPONSE;

/**
 * A whole Lantern on a data folder of its own, started the way an operator would: the key file it
 * writes, a refused start once the key is lost, the key given as a setting, and a reset.
 */
class PseudonymKeyStartTest {

    @TempDir
    Path folder;

    @Test
    void withoutItsKeyLanternRefusesToStartUntilTheKeyIsBackOrTheLinksAreReset() throws Exception {
        Path data = folder.resolve("data");
        Path keyFile = data.resolve(PseudonymKey.FILE_NAME);
        String code;
        try (LanternInstance lantern = LanternInstance.start(data, "lantern.demo=true")) {
            SurveyAnswering answering = lantern.bean(SurveyAnswering.class);
            Account staff = lantern.bean(PeopleService.class).findByUsername("staff").orElseThrow();
            answering.startOrResume(staff, "strengths-pilot", "before");
            answering.saveAnswer(staff, "strengths-pilot", "before", "comments", "Before the key went missing");
            answering.submit(staff, "strengths-pilot", "before");
            code = lantern.bean(DSLContext.class).select(PARTICIPANT.CODE).from(PARTICIPANT)
                    .where(PARTICIPANT.LINK.isNotNull()).fetchSingle(PARTICIPANT.CODE);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        String key = Files.readString(keyFile).strip();
        assertThat(Base64.getDecoder().decode(key)).hasSize(32);

        Files.move(keyFile, folder.resolve("kept-elsewhere.key"));
        assertThatThrownBy(() -> LanternInstance.start(data))
                .rootCause().isInstanceOf(PseudonymKeyException.class)
                .hasMessageContaining("the key is missing")
                .hasMessageContaining("Restore pseudonym.key")
                .hasMessageContaining("lantern.pseudonym-key.reset=true");
        assertThat(keyFile).as("no new key is made while links need the old one").doesNotExist();

        byte[] other = new byte[32];
        new SecureRandom().nextBytes(other);
        assertThatThrownBy(() -> LanternInstance.start(data, "lantern.pseudonym-key=" + Base64.getEncoder().encodeToString(other)))
                .rootCause().isInstanceOf(PseudonymKeyException.class)
                .hasMessageContaining("is not the key this database's survey links were made with");

        // the key as a setting (LANTERN_PSEUDONYM_KEY) works as well as the file
        try (LanternInstance lantern = LanternInstance.start(data, "lantern.pseudonym-key=" + key)) {
            assertThat(lantern.bean(SurveyAnswering.class).startOrResume(lantern.bean(PeopleService.class).findByUsername("staff").orElseThrow(), "strengths-pilot", "before").answers())
                    .containsEntry("comments", "Before the key went missing");
        }

        // the key is lost for good: reset clears the links, the answers stay for reports under their code
        try (LanternInstance lantern = LanternInstance.start(data, "lantern.pseudonym-key.reset=true")) {
            DSLContext db = lantern.bean(DSLContext.class);
            assertThat(db.fetchCount(PARTICIPANT, PARTICIPANT.LINK.isNotNull())).isZero();
            assertThat(db.fetchCount(RESPONSE.join(PARTICIPANT).on(PARTICIPANT.ID.eq(RESPONSE.PARTICIPANT_ID)),
                    PARTICIPANT.CODE.eq(code).and(RESPONSE.STATUS.eq("submitted")))).isEqualTo(1);
            MyResponse fresh = lantern.bean(SurveyAnswering.class).startOrResume(lantern.bean(PeopleService.class).findByUsername("staff").orElseThrow(), "strengths-pilot", "before");
            assertThat(fresh.submitted()).isFalse();
            assertThat(fresh.answers()).isEmpty();
        }
        assertThat(keyFile).exists();
        assertThat(Files.readString(keyFile).strip()).isNotEqualTo(key);
    }
}
