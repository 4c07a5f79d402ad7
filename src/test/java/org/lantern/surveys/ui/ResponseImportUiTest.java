package org.lantern.surveys.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.lantern.KaribuTest;
import org.lantern.people.PeopleService;
import org.lantern.surveys.NewProgramme;
import org.lantern.surveys.Programmes;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The programme page's import of paper forms: the help says a form may have no participant code, and a file with one
 * such row says how many came in without a code. Not transactional: the import runs in the background, in its own
 * transaction, so the programme (a name of its own) must be committed.
 */
class ResponseImportUiTest extends KaribuTest {

    @Autowired
    PeopleService people;
    @Autowired
    Programmes programmes;

    private List<String> texts() {
        return _find(Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    @Test
    void anEvaluatorImportsAFormWithoutACodeAndIsToldItIsReportedApart() throws Exception {
        String key = "ui-import-" + System.currentTimeMillis();
        LocalDate d = LocalDate.of(2026, 1, 1);
        programmes.createProgramme(people.findByUsername("evaluator").orElseThrow(), new NewProgramme(key, "UI import test " + key,
                "recovery-knowledge", List.of("Paper Ward"), List.of(new NewProgramme.NewWave("before", d, d.plusDays(30)),
                new NewProgramme.NewWave("after", d.plusDays(120), d.plusDays(150)))));
        signIn("evaluator");
        open("programmes/" + key);
        assertThat(texts()).anySatisfy(t -> assertThat(t).contains("You may leave participant empty for a form without a code"));

        String csv = "participant,team,wave,hope-1,hope-2\nP1,Paper Ward,before,4,3\n,Paper Ward,before,2,2\n";
        _upload(_get(Upload.class), "forms.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (texts().stream().noneMatch(t -> t.contains("row(s) imported") || t.startsWith("Nothing was imported"))
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
            MockVaadin.runUIQueue();
        }
        assertThat(texts()).contains("2 row(s) imported, 0 rejected.",
                "1 of them without a code: cannot be matched across waves, reported separately as weaker evidence.");
    }
}
