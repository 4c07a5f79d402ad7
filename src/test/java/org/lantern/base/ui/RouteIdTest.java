package org.lantern.base.ui;

import org.junit.jupiter.api.Test;

import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class RouteIdTest {

    @Test
    void onlyDigitsMakeAnId() {
        assertThat(RouteId.parse("42")).hasValue(42);
        assertThat(RouteId.parse("007")).hasValue(7);
        for (String notAnId : new String[]{"", "+42", "-42", " 42", "42 ", "4 2", "0x2a", "٤٢", "99999999999999999999"}) {
            assertThat(RouteId.parse(notAnId)).as(notAnId).isEqualTo(OptionalLong.empty());
        }
    }
}
