package org.lantern.base.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, "Sign-in and throttling", item 2: one normalisation of user names (NFKC, lower case, ordinary
 * spaces trimmed) and one list of characters no user name may hold.
 */
class UserNamesTest {

    @Test
    void caseWidthAndCompatibilityVariantsHaveOneNormalForm() {
        assertThat(UserNames.normalise("staff")).isEqualTo("staff");
        assertThat(UserNames.normalise("STAFF")).isEqualTo("staff");
        assertThat(UserNames.normalise("  Staff ")).isEqualTo("staff");
        // full-width letters and digits
        assertThat(UserNames.normalise("ＳＴＡＦＦ２")).isEqualTo("staff2");
        // the "ﬀ" ligature and a mathematical bold capital S
        assertThat(UserNames.normalise("sta\uFB00")).isEqualTo("staff");
        assertThat(UserNames.normalise("\uD835\uDC12taff")).isEqualTo("staff");
        // the Kelvin sign is a compatibility form of K
        assertThat(UserNames.normalise("\u212Aim")).isEqualTo("kim");
        assertThat(UserNames.normalise(null)).isEmpty();
    }

    @Test
    void onlyOrdinarySpacesAreTrimmed() {
        assertThat(UserNames.normalise("\tstaff")).isEqualTo("\tstaff");
        assertThat(UserNames.hasHiddenCharacters("\tstaff")).isTrue();
        assertThat(UserNames.hasHiddenCharacters(" staff ")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"staff\u0000", "staff\u0001", "staff\u007f", "staff\u0085", "sta\u200bff", "staff\u200e",
            "\ufeffstaff", "staff\u00ad", "staff\u2028", "staff\u2029", "staff\u00a0", "staff\u3000", "staff\u202e",
            "staff\ue000", "staff\ud800"})
    void controlFormatAndUnusualSpaceCharactersAreHiddenAndLeftOutOfTheThrottleKey(String typed) {
        assertThat(UserNames.hasHiddenCharacters(typed)).as(typed).isTrue();
        assertThat(UserNames.throttleKey(typed)).as(typed).isEqualTo("staff");
    }

    @Test
    void ordinaryUserNamesHaveNothingHidden() {
        assertThat(UserNames.hasHiddenCharacters("sam.staff_2-north")).isFalse();
        assertThat(UserNames.hasHiddenCharacters("Zoë Ødegård")).isFalse();
        assertThat(UserNames.throttleKey("ＳＴＡＦＦ")).isEqualTo("staff");
    }
}
