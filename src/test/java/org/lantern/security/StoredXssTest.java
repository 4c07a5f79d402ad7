package org.lantern.security;

import org.lantern.base.security.Account;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.lantern.KaribuTest;
import org.lantern.people.NewAccount;
import org.lantern.people.PeopleService;
import org.lantern.base.security.Role;
import org.lantern.people.Team;
import org.lantern.actions.ActionOrigin;
import org.lantern.actions.ActionPoint;
import org.lantern.actions.ActionStatus;
import org.lantern.actions.Actions;
import org.lantern.reflection.FocusType;
import org.lantern.reflection.NewSession;
import org.lantern.reflection.ReflectiveSession;
import org.lantern.reflection.Sessions;
import org.lantern.reports.ExportFormat;
import org.lantern.reports.ReportFile;
import org.lantern.reports.ReportService;
import org.lantern.selfreview.SelfReview;
import org.lantern.selfreview.SelfReviewService;
import org.lantern.stories.PracticeStory;
import org.lantern.stories.StoryDraft;
import org.lantern.stories.StoryModeration;
import org.lantern.stories.StoryWriting;
import org.lantern.surveys.NewProgramme;
import org.lantern.surveys.Programmes;
import org.lantern.surveys.SurveyAnswering;
import org.lantern.surveys.ResponseImport;
import org.lantern.journal.JournalService;
import org.lantern.journal.JournalSource;
import org.lantern.training.tools.SavedTool;
import org.lantern.training.tools.ToolService;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored cross-site scripting and spreadsheet formula injection: script, event-handler and
 * {@code javascript:} payloads saved in every free-text field people can fill in, then every page
 * that shows them is opened (browserless) and its whole element tree checked: the payload must
 * appear as text, and no raw HTML sink (Html, innerHTML), attribute or link may carry it. Exports
 * are checked too: PDF shows it as text, Markdown escapes it, CSV cells that start with = + - @
 * are prefixed, and XLSX cells are text.
 */
class StoredXssTest extends KaribuTest {

    /** A marker plus the payloads; each saved field gets its own marker so the test knows what each page shows. */
    static String payload(String marker) {
        return marker + " <script>alert(1)</script><img src=x onerror=alert(1)> [link](javascript:alert(1)) "
                + "<a href=\"javascript:alert(1)\">x</a> {{7*7}}";
    }

    static String cut(String text, int length) {
        return text.substring(0, Math.min(length, text.length()));
    }

    static final String FORMULA = "=HYPERLINK(\"http://example.invalid\",\"open\")";
    private static final Pattern RAW_TAG = Pattern.compile("<\\s*(script|img|a|iframe|svg)\\b[^>]*(onerror|onload|javascript:|>alert)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HANDLER = Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    @Autowired
    PeopleService people;
    @Autowired
    JournalService journal;
    @Autowired
    ToolService tools;
    @Autowired
    StoryWriting writing;
    @Autowired
    StoryModeration moderation;
    @Autowired
    Sessions reflection;
    @Autowired
    Actions actionLog;
    @Autowired
    SelfReviewService selfReviews;
    @Autowired
    Programmes programmes;
    @Autowired
    SurveyAnswering answering;
    @Autowired
    ResponseImport responseImport;
    @Autowired
    ReportService reports;
    @Autowired
    org.lantern.reports.ReleaseService releases;

    /** Everything the accounts below saved, made once (the test data is committed, with its own team and accounts). */
    record Saved(long teamId, long toolId, long storyId, long sessionId, long reviewId, String programme) {
    }

    private Saved saved;
    private StoryDraft storyDraft;

    @Test
    void payloadsInEveryFreeTextFieldStayInertOnEveryPageAndInEveryExport() throws Exception {
        savePayloads();
        pagesShowWhatPeopleWroteAsTextNeverAsMarkup();
        exportsKeepPayloadsInertAndFormulasEscaped();
    }

    private void savePayloads() {
        Team team = people.createTeam("XSS team " + cut(payload("team-name"), 60), "XSS service");
        Team formulaTeam = people.createTeam(FORMULA, null);
        people.createAccount(new NewAccount("xss.staff", cut(payload("display-name"), 80), "xss-password-1",
                Set.of(Role.STAFF), Set.of(team.id()), Set.of()));
        people.createAccount(new NewAccount("xss.manager", "XSS Manager", "xss-password-1",
                Set.of(Role.STAFF, Role.MANAGER), Set.of(), Set.of(team.id())));

        journal.add(account("xss.staff"), cut(payload("journal-title"), 150), payload("journal-body"), "", JournalSource.free());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("goal", payload("tool-goal"));
        values.put("main-harm", FORMULA);
        SavedTool tool = tools.save(account("xss.staff"), "risk-decision", null, cut(payload("tool-title"), 150), values);

        StoryDraft draft = new StoryDraft(cut(payload("story-title"), 100), payload("story-summary"),
                payload("story-body") + " " + "We sat down together and wrote a plan in her own words. ".repeat(20),
                List.of("recovery"), "supported-living", "support-worker");
        PracticeStory story = writing.submit(account("xss.staff"), null, draft, true);
        storyDraft = draft;
        moderation.requestChanges(account("editor"), story.id(), payload("moderation-note"));

        ReflectiveSession session = reflection.plan(account("xss.manager"), new NewSession(team.id(), LocalDateTime.now().minusMinutes(5), 60,
                FocusType.TOPIC, cut(payload("session-topic"), 150), "what-so-what-now-what", payload("pre-reading")));
        long staffId = people.findByUsername("xss.staff").orElseThrow().id();
        reflection.recordAttendance(account("xss.manager"), session.id(), Set.of(staffId));
        reflection.saveNotes(account("xss.manager"), session.id(), payload("session-notes"));
        ActionPoint action = actionLog.add(account("xss.manager"), team.id(), payload("action"), staffId, LocalDate.now().plusDays(7),
                ActionOrigin.SESSION, session.id());
        actionLog.updateStatus(account("xss.manager"), action.id(), ActionStatus.IN_PROGRESS, payload("action-update"));
        actionLog.add(account("xss.manager"), team.id(), FORMULA, null, null, ActionOrigin.DIRECT, null);

        SelfReview review = selfReviews.start(account("xss.manager"), team.id(), cut(payload("review-title"), 100));
        String indicator = selfReviews.framework().indicators().getFirst().key();
        String source = selfReviews.framework().sources().getFirst().key();
        selfReviews.addEvidence(account("xss.staff"), review.id(), indicator, source, payload("evidence"));
        selfReviews.rate(account("xss.manager"), review.id(), indicator, 3, payload("strengths"), payload("to-develop"));

        LocalDate today = LocalDate.now();
        programmes.createProgramme(account("evaluator"), new NewProgramme("xss-programme", cut(payload("programme-title"), 100),
                "recovery-knowledge", List.of(team.name(), formulaTeam.name()),
                List.of(new NewProgramme.NewWave("before", today.minusDays(1), today.plusDays(10)),
                        new NewProgramme.NewWave("after", today.plusDays(60), today.plusDays(70)))));
        answering.startOrResume(account("xss.staff"), "xss-programme", "before");
        answering.saveAnswer(account("xss.staff"), "xss-programme", "before", "comments", payload("survey-answer"));
        responseImport.importCsv(account("evaluator"), "xss-programme", new StringReader("participant,team,wave,comments\n"
                + "X1,\"" + FORMULA.replace("\"", "\"\"") + "\",before,\"" + FORMULA.replace("\"", "\"\"") + "\"\n"), false, n -> { });
        // a finished programme, released, for the report's files: the formula team's six paper answers each say FORMULA
        programmes.createProgramme(account("evaluator"), new NewProgramme("xss-released", cut(payload("programme-title"), 100),
                "recovery-knowledge", List.of(team.name(), formulaTeam.name()),
                List.of(new NewProgramme.NewWave("before", today.minusDays(300), today.minusDays(290)),
                        new NewProgramme.NewWave("after", today.minusDays(100), today.minusDays(90)))));
        StringBuilder paper = new StringBuilder("participant,team,wave,hope-1,comments\n");
        for (int i = 0; i < 6; i++) {
            for (String wave : List.of("before", "after")) {
                paper.append("XF").append(i).append(",\"").append(FORMULA.replace("\"", "\"\"")).append("\",").append(wave)
                        .append(',').append(1 + (i + (wave.equals("after") ? 1 : 0)) % 5).append(",\"")
                        .append(FORMULA.replace("\"", "\"\"")).append("\"\n");
            }
        }
        responseImport.importCsv(account("evaluator"), "xss-released", new StringReader(paper.toString()), false, n -> { });
        releases.release(account("evaluator"), "xss-released", null, null, java.util.Set.of(), null);
        saved = new Saved(team.id(), tool.id(), story.id(), session.id(), review.id(), "xss-programme");
    }

    private void pagesShowWhatPeopleWroteAsTextNeverAsMarkup() {
        signIn("xss.staff");
        check("", "display-name");
        check("journal", "journal-title", "journal-body");
        check("tools/risk-decision/" + saved.toolId(), "tool-goal");
        check("stories/mine", "story-title");
        check("stories/write/" + saved.storyId(), "story-title", "story-body");
        check("sessions", "session-topic");
        check("sessions/" + saved.sessionId(), "session-topic", "session-notes", "action");
        check("actions", "action");   // (an update's note is shown in the action's history)
        check("self-review/" + saved.reviewId(), "evidence", "strengths", "to-develop");
        check("surveys/" + saved.programme() + "/before", "programme-title", "survey-answer");
        check("account", "display-name");

        signIn("xss.manager");
        check("sessions/" + saved.sessionId(), "session-notes");
        check("sessions/" + saved.sessionId() + "/facilitate");   // (opens on the ground rules)
        check("self-review", "review-title");
        check("reports/responses");

        // the author sends the story back after the requested changes, so it is in the editor's queue again
        writing.submit(account("xss.staff"), saved.storyId(), storyDraft, true);
        signIn("editor");
        check("moderation", "story-title");
        check("moderation/" + saved.storyId(), "story-body", "moderation-note");

        signIn("evaluator");
        check("programmes", "programme-title");
        check("programmes/" + saved.programme(), "programme-title");

        signIn("admin");
        check("admin/people", "display-name", "team-name");
    }

    private void exportsKeepPayloadsInertAndFormulasEscaped() throws Exception {
        String markdown = journal.exportMarkdown(account("xss.staff"));
        assertThat(markdown).contains("journal-body");
        assertThat(Pattern.compile("(?<!\\\\)<(script|img|a)\\b").matcher(markdown).find()).as("an unescaped tag").isFalse();
        assertThat(Pattern.compile("(?<!\\\\)\\]\\(javascript:").matcher(markdown).find()).as("an unescaped link").isFalse();
        assertThat(markdown).contains("\\<script>alert(1)\\</script>");

        assertThat(pdfText(journal.exportPdf(account("xss.staff")))).contains("journal-body <script>alert(1)</script>");
        assertThat(pdfText(tools.pdf(account("xss.staff"), saved.toolId()))).contains("tool-goal <script>alert(1)</script>");

        List<CSVRecord> actions = CSVFormat.RFC4180.parse(new StringReader(
                new String(actionLog.actionsCsv(account("xss.manager"), saved.teamId()), StandardCharsets.UTF_8).substring(1))).getRecords();
        assertThat(actions).extracting(r -> r.get(1)).contains("'" + FORMULA).doesNotContain(FORMULA);
        assertThat(actions).extracting(r -> r.get(0)).allSatisfy(team -> assertThat(team).doesNotStartWith("="));

        var report = reports.report(account("evaluator"), "xss-released", null, null, null);
        String csv = new String(reports.export(report, ExportFormat.CSV).content(), StandardCharsets.UTF_8);
        List<String> cells = new ArrayList<>();
        CSVFormat.RFC4180.parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv))
                .forEach(r -> r.forEach(cells::add));
        assertThat(cells).as("the formula team's name").contains("'" + FORMULA);
        assertThat(cells).allSatisfy(c -> assertThat(c).doesNotStartWith("=").doesNotStartWith("@"));

        ReportFile xlsx = reports.export(report, ExportFormat.XLSX);
        List<Cell> formulaCells = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.content()))) {
            workbook.getSheets().forEach(sheet -> {
                try (var rows = sheet.openStream()) {
                    rows.forEach((Row row) -> row.forEach(cell -> {
                        if (cell != null && cell.getType() == CellType.FORMULA) {
                            formulaCells.add(cell);
                        }
                        if (cell != null && cell.getRawValue() != null && cell.getRawValue().contains("HYPERLINK")) {
                            assertThat(cell.getType()).isEqualTo(CellType.STRING);
                        }
                    }));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        assertThat(formulaCells).as("no cell of the XLSX is a formula").isEmpty();
    }

    /** Opens the page and checks its whole element tree; each marker must be shown, as text. */
    private void check(String location, String... markers) {
        open(location);
        List<String> problems = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int visited = 0;
        // the route's layouts and views, and dialogs, are the UI's child components
        for (com.vaadin.flow.component.Component top : UI.getCurrent().getChildren().toList()) {
            visited += walk(top.getElement(), location, problems, text);
            text.append(top.getElement().getTextRecursively()).append('\n');
        }
        assertThat(visited).as("elements checked on '%s'", location).isGreaterThan(20);
        // grid rows are drawn in the browser from the grid's renderers; read them as the grid formats them
        for (com.vaadin.flow.component.grid.Grid<?> grid : com.github.mvysny.kaributesting.v10.LocatorJ._find(
                com.vaadin.flow.component.grid.Grid.class).stream().map(g -> (com.vaadin.flow.component.grid.Grid<?>) g).toList()) {
            // every row: other tests add accounts and teams, so a fixed number of rows would miss this test's own
            int rows = com.github.mvysny.kaributesting.v10.GridKt._size(grid);
            for (int i = 0; i < rows; i++) {
                text.append(String.join(" ", com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, i))).append('\n');
            }
        }
        assertThat(problems).as("unsafe markup on '%s'", location).isEmpty();
        for (String marker : markers) {
            // shown as text: either as written (escaped by the page) or with the markup removed on saving
            assertThat(text.toString()).as("'%s' shows %s", location, marker).contains(marker);
        }
    }

    private static int walk(Element element, String location, List<String> problems, StringBuilder text) {
        if (element.isTextNode()) {
            text.append(element.getText()).append('\n');
        }
        for (String name : element.getAttributeNames().toList()) {
            String value = String.valueOf(element.getAttribute(name));
            if (name.toLowerCase(Locale.ROOT).startsWith("on")) {
                problems.add("event handler attribute " + name + "=" + value + " on <" + element.getTag() + ">");
            }
            if (value.strip().toLowerCase(Locale.ROOT).startsWith("javascript:")) {
                problems.add("attribute " + name + "=" + value + " on <" + element.getTag() + ">");
            }
        }
        for (String name : element.getPropertyNames().toList()) {
            Object value = element.getProperty(name, (String) null);
            if (value == null) {
                continue;
            }
            String s = value.toString();
            if (name.equals("innerHTML") && (RAW_TAG.matcher(s).find() || HANDLER.matcher(s).find()
                    || s.toLowerCase(Locale.ROOT).contains("href=\"javascript:"))) {
                problems.add("raw HTML in innerHTML of <" + element.getTag() + ">: " + s.substring(0, Math.min(300, s.length())));
            }
            if (name.equals("innerHTML")) {
                // escaped text inside Html is shown as text
                text.append(s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                        .replace("&amp;", "&")).append('\n');
            }
            if ((name.equals("href") || name.equals("src")) && s.strip().toLowerCase(Locale.ROOT).startsWith("javascript:")) {
                problems.add("property " + name + "=" + s + " on <" + element.getTag() + ">");
            }
            if (name.equals("value") || name.equals("label") || name.equals("title")) {
                text.append(s).append('\n');   // e.g. a text field's value, shown as text by the component
            }
        }
        int visited = 1;
        for (Element child : element.getChildren().toList()) {
            visited += walk(child, location, problems, text);
        }
        return visited;
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString().replaceAll("\\s+", " ");
        }
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
