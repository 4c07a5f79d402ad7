package org.lantern.training;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.lantern.base.export.ScriptNames;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CertificatePdfTest {

    static final java.util.List<String> NAMES = ScriptNames.NAMES;

    @ParameterizedTest
    @FieldSource("NAMES")
    void theCertificateCarriesThePersonsNameAsWritten(String name) {
        byte[] pdf = CertificatePdf.render(name, "Recovery for " + name, Instant.parse("2026-05-04T10:00:00Z"), 75);

        assertThat(ScriptNames.textOf(pdf)).contains(name, "Recovery for " + name, "Certificate of completion");
    }
}
