package org.lantern.base.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiErrorTest {

    @Test
    void escapesForJson() {
        assertThat(ApiError.json("Say \"hi\"\\ \n\u0001")).isEqualTo("{\"error\":\"Say \\\"hi\\\"\\\\ \\n\\u0001\"}");
    }
}
