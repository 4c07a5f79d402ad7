package org.lantern.surveys;

import org.lantern.people.PeopleService;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.base.content.FuzzReport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hundreds of seeded malformed CSV files through the real import (each rolled back): every one
 * gives an import result with a line and reason per rejected row, or the import's clear error.
 * The full-size run is a documented command (README, "Fuzzing").
 */
@LanternTest
class CsvImportFuzzTest {

    @Autowired
    PeopleService people;
    @Autowired
    Programmes programmes;
    @Autowired
    ResponseImport responseImport;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void malformedCsvFilesAreImportedOrRefusedClearly() {
        CsvImportFuzzer fuzzer = new CsvImportFuzzer(programmes, responseImport, transactions, people.findByUsername("evaluator").orElseThrow());
        ImportResult seed = fuzzer.importSeed();
        assertThat(seed.rejected()).as("the unmutated file is valid").isEmpty();
        assertThat(seed.imported()).isEqualTo(16);

        FuzzReport report = new FuzzReport(20_000);
        try {
            fuzzer.run(400, 20261202L, report);
        } finally {
            report.close();
        }
        System.out.print("[CSV import fuzzing]\n" + report.summary());
        assertThat(report.failures()).as("inputs that crashed, hung or were refused unclearly").isEmpty();
        assertThat(report.count(CsvImportFuzzer.TARGET, FuzzReport.Outcome.REJECTED)).isGreaterThan(50);
        assertThat(programmes.programme(CsvImportFuzzer.PROGRAMME)).as("every import was rolled back").isEmpty();
    }

    @Test
    void aNulCharacterRejectsItsRowWithItsLineNotTheWholeFile() {
        CsvImportFuzzer fuzzer = new CsvImportFuzzer(programmes, responseImport, transactions, people.findByUsername("evaluator").orElseThrow());
        ImportResult result = fuzzer.importOnce("participant,team,wave,comments\n"
                + "N1,Fuzz Team A,before,\"a\u0000b\"\nN2,Fuzz Team A,before,fine\n");
        assertThat(result.imported()).isEqualTo(1);
        assertThat(result.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.reason()).contains("NUL");
        });
    }

    @Test
    void aQuoteThatIsNeverClosedOnTheFirstLineIsAClearError() {
        CsvImportFuzzer fuzzer = new CsvImportFuzzer(programmes, responseImport, transactions, people.findByUsername("evaluator").orElseThrow());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fuzzer.importOnce("participant,\"team,wave,comments\nN1,x,y,z\n"))
                .isInstanceOf(SurveyException.class).hasMessageStartingWith("Line 1 cannot be read");
    }
}
