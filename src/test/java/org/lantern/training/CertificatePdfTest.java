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
        byte[] pdf = CertificatePdf.render(name, "Recovery for " + name, Instant.parse("2026-05-04T10:00:00Z"), 75, null);

        assertThat(ScriptNames.textOf(pdf)).contains(name, "Recovery for " + name, "Certificate of completion");
    }

    @org.junit.jupiter.api.Test
    void aCertificateOfAModuleThatExpiresSaysUntilWhenItIsValid() {
        byte[] pdf = CertificatePdf.render("Sam", "Positive risk-taking", Instant.parse("2026-05-04T10:00:00Z"), 75,
                java.time.LocalDate.of(2028, 5, 4));

        assertThat(ScriptNames.textOf(pdf)).contains("Valid until 4 May 2028");
        assertThat(ScriptNames.textOf(CertificatePdf.render("Sam", "Recovery", Instant.parse("2026-05-04T10:00:00Z"), 75, null)))
                .doesNotContain("Valid until");
    }
}
