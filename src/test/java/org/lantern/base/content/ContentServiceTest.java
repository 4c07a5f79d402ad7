package org.lantern.base.content;

import org.lantern.base.startup.StartupPhases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantern.base.LanternProperties;
import org.lantern.base.ui.HomeAreas;
import org.lantern.base.security.Role;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContentServiceTest {

    @TempDir
    Path folder;

    private final HomeAreas areas = new HomeAreas();
    private final List<Object> events = new ArrayList<>();

    private ContentService service() {
        var properties = new LanternProperties(Path.of("unused"), folder, false, new LanternProperties.EmbeddedDb(false, true));
        return new ContentService(properties, List.of(areas), events::add, Clock.systemUTC(), new StartupPhases());
    }

    private void write(String path, String text) throws Exception {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void theShippedContentLoadsWithoutProblems() {
        var properties = new LanternProperties(Path.of("unused"), Path.of("content"), false, new LanternProperties.EmbeddedDb(false, true));
        var report = new ContentService(properties, List.of(areas), events::add, Clock.systemUTC(), new StartupPhases()).reload(p -> { });
        assertThat(report.problems()).isEmpty();
        assertThat(areas.size()).isGreaterThanOrEqualTo(6);
        assertThat(areas.forRoles(EnumSet.of(Role.STAFF))).extracting(HomeAreas.Area::key).contains("learn", "stories", "surveys");
        assertThat(areas.forRoles(EnumSet.of(Role.STAFF))).extracting(HomeAreas.Area::key).doesNotContain("admin");
    }

    @Test
    void aBrokenFileIsReportedWithFileLineAndReasonAndTheLastGoodVersionStaysLive() throws Exception {
        write("home/areas.yaml", """
                areas:
                  - key: learn
                    title: Learn
                    roles: [staff]
                    summary: Modules.
                """);
        ContentService service = service();
        assertThat(service.reload(p -> { }).problems()).isEmpty();
        assertThat(areas.size()).isEqualTo(1);

        write("home/areas.yaml", """
                areas:
                  - key: learn
                    title: Learn
                    roles: [staff, chef]
                    summary: Modules.
                  - key: stories
                    title: Stories
                    roles: [staff]
                    summary: Stories.
                """);
        var report = service.reload(p -> { });
        assertThat(report.problems()).containsExactly(new ContentProblem("home/areas.yaml", 4,
                "Unknown role 'chef'. Use staff, manager, evaluator, editor or admin."));
        assertThat(areas.size()).as("previous valid version stays live").isEqualTo(1);
        assertThat(report.problems().getFirst().toString())
                .isEqualTo("home/areas.yaml:4: Unknown role 'chef'. Use staff, manager, evaluator, editor or admin.");
        assertThat(events).hasSize(2);
    }

    @Test
    void aMissingFileIsReportedAndNothingBreaks() {
        var report = service().reload(p -> { });
        assertThat(report.problems()).extracting(ContentProblem::file).containsExactly("home/areas.yaml");
        assertThat(report.counts()).extracting(ContentService.CatalogueCount::items).containsExactly(0);
    }

    @Test
    void aMissingContentFolderIsReportedNotThrown() {
        var properties = new LanternProperties(Path.of("unused"), folder.resolve("nope"), false, new LanternProperties.EmbeddedDb(false, true));
        var report = new ContentService(properties, List.of(areas), events::add, Clock.systemUTC(), new StartupPhases()).reload(p -> { });
        assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("Content folder not found"));
    }

    @Test
    void progressIsReportedUpToDone() throws Exception {
        write("home/areas.yaml", "areas:\n  - {key: a, title: A, roles: [admin], summary: S}\n");
        List<Double> steps = new ArrayList<>();
        service().reload(steps::add);
        assertThat(steps).containsExactly(1.0);
    }
}
