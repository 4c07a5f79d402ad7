package org.lantern.surveys;

import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantern.LanternTest;
import org.lantern.base.LanternProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lantern.db.Tables.PARTICIPANT;
import static org.lantern.db.Tables.PSEUDONYM_KEY_FINGERPRINT;
import static org.lantern.db.Tables.RESPONSE;

/**
 * Finding, creating and checking the pseudonym key at start, against the test database (each test
 * rolls back). The running Lantern's own key is in its test JVM's data folder (target/test-data-1 or
 * target/test-data-2); these use keys of their own.
 */
@LanternTest
@Transactional
class PseudonymKeyLoaderTest {

    @TempDir
    Path folder;
    @Autowired
    PeopleService people;

    @Autowired
    SurveyAnswering answering;
    @Autowired
    LinkRepository repository;
    @Autowired
    PseudonymKey runningKey;
    @Autowired
    LanternProperties lantern;
    @Autowired
    DSLContext db;

    private Path keyFile() {
        return folder.resolve("data").resolve(PseudonymKey.FILE_NAME);
    }

    /** Other test classes commit links of their own; here (rolled back) there are none until a test makes one. */
    private void noLinksYet() {
        db.update(PARTICIPANT).setNull(PARTICIPANT.LINK).where(PARTICIPANT.LINK.isNotNull()).execute();
    }

    private void staffStartsTheOpenSurvey() {
        noLinksYet();
        answering.startOrResume(account("staff"), "strengths-pilot", "before");
        answering.saveAnswer(account("staff"), "strengths-pilot", "before", "hope-1", "4");
    }

    private static String randomBase64() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Test
    void theFirstStartWritesAnOwnerOnlyKeyFileAndLaterStartsReadIt() throws Exception {
        noLinksYet();
        byte[] created = PseudonymKeyLoader.load(keyFile(), "", false, repository);
        assertThat(created).hasSize(32);
        assertThat(Files.readString(keyFile()).strip()).isEqualTo(Base64.getEncoder().encodeToString(created));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile()))).isEqualTo("rw-------");
        assertThat(db.select(PSEUDONYM_KEY_FINGERPRINT.FINGERPRINT).from(PSEUDONYM_KEY_FINGERPRINT).fetchSingle().value1())
                .isEqualTo(PseudonymKey.fingerprintOf(created));
        assertThat(PseudonymKeyLoader.load(keyFile(), null, false, repository)).isEqualTo(created);
    }

    @Test
    void theSettingWinsOverTheFile() throws Exception {
        noLinksYet();
        PseudonymKeyLoader.load(keyFile(), "", false, repository);
        String configured = randomBase64();
        assertThat(PseudonymKeyLoader.load(keyFile(), configured, false, repository)).isEqualTo(Base64.getDecoder().decode(configured));
        assertThatThrownBy(() -> PseudonymKeyLoader.load(keyFile(), "too-short", false, repository))
                .isInstanceOf(PseudonymKeyException.class).hasMessageContaining("lantern.pseudonym-key");
    }

    @Test
    void withLinksAndNoKeyLanternRefusesToStartAndSaysWhatToDo() {
        staffStartsTheOpenSurvey();
        assertThatThrownBy(() -> PseudonymKeyLoader.load(keyFile(), "", false, repository))
                .isInstanceOf(PseudonymKeyException.class)
                .hasMessageContaining("the key is missing (no file " + keyFile().toAbsolutePath())
                .hasMessageContaining("Restore pseudonym.key")
                .hasMessageContaining("lantern.pseudonym-key.reset=true");
        assertThat(keyFile()).doesNotExist();
    }

    @Test
    void withLinksAndADifferentKeyLanternRefusesToStart() {
        staffStartsTheOpenSurvey();
        assertThatThrownBy(() -> PseudonymKeyLoader.load(keyFile(), randomBase64(), false, repository))
                .isInstanceOf(PseudonymKeyException.class)
                .hasMessageContaining("is not the key this database's survey links were made with");
        // the running key is the one the links were made with
        String running = Base64.getEncoder().encodeToString(keyBytesOf(runningKey));
        assertThat(PseudonymKeyLoader.load(keyFile(), running, false, repository)).isEqualTo(keyBytesOf(runningKey));
    }

    @Test
    void resetClearsEveryLinkAndTheDraftsOnlyALinkCouldReach() {
        staffStartsTheOpenSurvey();
        assertThat(db.fetchCount(PARTICIPANT, PARTICIPANT.LINK.isNotNull())).isEqualTo(1);
        int drafts = db.fetchCount(RESPONSE, RESPONSE.STATUS.eq("draft"));

        byte[] fresh = PseudonymKeyLoader.load(keyFile(), "", true, repository);

        assertThat(keyFile()).exists();
        assertThat(db.fetchCount(PARTICIPANT, PARTICIPANT.LINK.isNotNull())).isZero();
        assertThat(db.fetchCount(RESPONSE, RESPONSE.STATUS.eq("draft"))).isEqualTo(drafts - 1);
        // once reset, the setting left on changes nothing
        assertThat(PseudonymKeyLoader.load(keyFile(), "", true, repository)).isEqualTo(fresh);
    }

    @Test
    void resetWithTheRightKeyClearsNothing() {
        staffStartsTheOpenSurvey();
        String running = Base64.getEncoder().encodeToString(keyBytesOf(runningKey));
        PseudonymKeyLoader.load(keyFile(), running, true, repository);
        assertThat(db.fetchCount(PARTICIPANT, PARTICIPANT.LINK.isNotNull())).isEqualTo(1);
    }

    /** The running key's bytes, read back from where the tests' Lantern keeps it. */
    private byte[] keyBytesOf(PseudonymKey key) {
        try {
            byte[] bytes = Base64.getDecoder().decode(Files.readString(lantern.dataDir().resolve(PseudonymKey.FILE_NAME)).strip());
            assertThat(new PseudonymKey(bytes).link(1, 1)).isEqualTo(key.link(1, 1));
            return bytes;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
