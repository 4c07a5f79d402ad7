package org.lantern.people.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.lantern.KaribuTest;
import org.lantern.people.PeopleService;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

/** The import page: upload, preview, apply, re-apply; a bad file changes nothing. */
class PeopleImportUiTest extends KaribuTest {

    private static final String HEADER = "username,display_name,email,teams,roles,manages,active\n";

    @Autowired
    PeopleService people;

    private Paragraph status() {
        return _get(Paragraph.class, spec -> spec.withAttribute("role", "status"));
    }

    /** Waits for the background plan or import to show its answer. */
    private String settled() throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (status().getText().endsWith("…") && System.nanoTime() < deadline) {
            Thread.sleep(50);
            MockVaadin.runUIQueue();
        }
        return status().getText();
    }

    private String headline() {
        return _get(Paragraph.class, spec -> spec.withClasses("lantern-import-plan-headline")).getText();
    }

    private void upload(String csv) {
        _upload(_get(Upload.class), "people.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        MockVaadin.runUIQueue();
    }

    @Test
    void anAdministratorPreviewsAppliesAndReappliesAFile() throws Exception {
        signIn("admin");
        open("admin/people/import");
        String csv = HEADER + "ui.imp1,Ui One,,Ui Import Ward,staff,,true\nui.imp2,Ui Two,,Ui Import Ward,staff,,maybe\n";

        upload(csv);
        assertThat(settled()).isEmpty();
        assertThat(headline()).isEqualTo("Nothing to change: everyone in the file is already in Lantern as the file says, "
                + "apart from the lines left out below.");

        _get(Checkbox.class, spec -> spec.withLabel("Create teams that do not exist yet")).setValue(true);
        settled();
        assertThat(headline()).isEqualTo("If you apply this file: 1 new, 0 changed, 0 disabled, 0 unchanged, 1 line rejected, "
                + "1 new team(s). Nothing has been changed yet.");
        assertThat(people.findByUsername("ui.imp1")).isEmpty();

        _get(Button.class, spec -> spec.withText("Apply these changes")).click();
        settled();
        assertThat(headline()).startsWith("Imported: 1 new, 0 changed");
        assertThat(people.findByUsername("ui.imp1")).isPresent();
        assertThat(_find(Button.class, spec -> spec.withText("Apply these changes"))).isEmpty();

        upload(csv);
        settled();
        _get(Button.class, spec -> spec.withText("Apply these changes")).click();
        settled();
        assertThat(headline()).isEqualTo("Nothing to change: everyone in the file is already in Lantern as the file says, "
                + "apart from the lines left out below. Nothing was written.");
    }

    @Test
    void aBadFileSaysWhyAndChangesNothing() throws Exception {
        signIn("admin");
        open("admin/people/import");
        upload("username,display_name,teams\nui.bad,Bad,\n");
        assertThat(settled()).isEqualTo("Nothing was changed: Line 1 has no 'email', 'roles', 'manages', 'active' columns. "
                + "The first line must name these columns, in any order: username,display_name,email,teams,roles,manages,active.");
        assertThat(_find(Button.class, spec -> spec.withText("Apply these changes"))).isEmpty();
        assertThat(people.findByUsername("ui.bad")).isEmpty();
    }
}
