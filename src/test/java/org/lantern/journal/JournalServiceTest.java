package org.lantern.journal;

import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lantern.LanternTest;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LanternTest
@Transactional
class JournalServiceTest {

    private static final JournalSource LESSON = JournalSource.lesson(
            "recovery-in-everyday-practice/02-holding-hope", "Holding hope");

    @Autowired
    PeopleService people;

    @Autowired
    JournalService journal;

    @Test
    void staffAddListUpdateAndDeleteTheirOwnEntries() {
        JournalEntry first = journal.add(account("staff"), "First thoughts", "Hope is something we hold for people.",
                "What does hope look like on a hard day?", LESSON);
        int before = journal.count(account("staff"));
        JournalEntry second = journal.add(account("staff"), "", "A free entry about a long shift.", "", JournalSource.free());
        assertThat(journal.count(account("staff"))).isEqualTo(before + 1);

        assertThat(first.title()).isEqualTo("First thoughts");
        assertThat(first.source()).isEqualTo(LESSON);
        assertThat(second.source()).isEqualTo(JournalSource.free());
        assertThat(journal.entries(account("staff"))).extracting(JournalEntry::id)
                .startsWith(second.id(), first.id());
        assertThat(journal.entriesFrom(account("staff"), "lesson", LESSON.ref())).extracting(JournalEntry::id)
                .containsExactly(first.id());

        JournalEntry changed = journal.update(account("staff"), first.id(), "Changed title", "Hope, held a little longer.");
        assertThat(changed.title()).isEqualTo("Changed title");
        assertThat(changed.body()).isEqualTo("Hope, held a little longer.");
        assertThat(changed.prompt()).isEqualTo("What does hope look like on a hard day?");

        journal.delete(account("staff"), first.id());
        assertThat(journal.entries(account("staff"))).extracting(JournalEntry::id).doesNotContain(first.id());
        assertThatThrownBy(() -> journal.delete(account("staff"), first.id()))
                .isInstanceOf(JournalException.class).hasMessage("That entry could not be found.");
    }

    @Test
    void aBlankTitleComesFromThePromptOrTheFirstWords() {
        assertThat(journal.add(account("staff"), "  ", "Body", "What would a good week look like?", LESSON).title())
                .isEqualTo("What would a good week look like?");
        assertThat(journal.add(account("staff"), null, "Today I sat with someone on the ward while they phoned their sister",
                null, null).title()).isEqualTo("Today I sat with someone on the ward…");
    }

    @Test
    void entriesAreCheckedBeforeSaving() {
        assertThatThrownBy(() -> journal.add(account("staff"), "Title", "   ", "", JournalSource.free()))
                .isInstanceOf(JournalException.class).hasMessage("Write something before saving.");
        assertThatThrownBy(() -> journal.add(account("staff"), "Title", "x".repeat(20_001), "", JournalSource.free()))
                .hasMessage("An entry can be at most 20,000 characters; this one has 20,001. Split it into two entries.");
        assertThat(journal.add(account("staff"), "Title", "x".repeat(20_000), "", JournalSource.free()).body()).hasSize(20_000);
        assertThatThrownBy(() -> journal.add(account("staff"), "t".repeat(201), "Body", "", JournalSource.free()))
                .hasMessage("A title can be at most 200 characters.");
        assertThatThrownBy(() -> journal.add(account("staff"), "Title", "Body", "", new JournalSource("diary", "x", "")))
                .hasMessage("Unknown kind of journal source 'diary'.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"manager", "admin", "evaluator", "editor", "amira.k"})
    void nobodyElseCanSeeChangeOrDeleteAnEntry(String other) {
        int othersCount = journal.count(account(other));
        JournalEntry mine = journal.add(account("staff"), "Private", "Only for me to read.", "", JournalSource.free());
        assertThat(journal.count(account(other))).isEqualTo(othersCount);

        assertThat(journal.entries(account(other))).extracting(JournalEntry::id).doesNotContain(mine.id());
        assertThat(journal.entries(account(other))).extracting(JournalEntry::body).doesNotContain("Only for me to read.");
        assertThat(journal.entriesFrom(account(other), "free", "")).extracting(JournalEntry::id).doesNotContain(mine.id());
        assertThat(journal.entry(account(other), mine.id())).isEmpty();
        assertThatThrownBy(() -> journal.update(account(other), mine.id(), "Taken", "Changed by someone else"))
                .isInstanceOf(JournalException.class).hasMessage("That entry could not be found.");
        assertThatThrownBy(() -> journal.delete(account(other), mine.id()))
                .isInstanceOf(JournalException.class).hasMessage("That entry could not be found.");
        assertThat(journal.exportMarkdown(account(other))).doesNotContain("Only for me to read.");

        assertThat(journal.entry(account("staff"), mine.id())).get().extracting(JournalEntry::body).isEqualTo("Only for me to read.");
    }

    @Test
    void anEntryThatDoesNotExistLooksTheSameAsSomeoneElses() {
        assertThatThrownBy(() -> journal.update(account("staff"), Long.MAX_VALUE, "t", "b"))
                .hasMessage("That entry could not be found.");
        JournalEntry staffs = journal.add(account("staff"), "Mine", "Only for me.", "", JournalSource.free());
        assertThatThrownBy(() -> journal.update(account("manager"), staffs.id(), "t", "b"))
                .hasMessage("That entry could not be found.");
    }

    @Test
    void markdownExportHoldsTheOwnersEntries() {
        journal.add(account("staff"), "Sunday market", "We planned the bus route together.",
                "What would a good week look like?", LESSON);
        String markdown = journal.exportMarkdown(account("staff"));
        assertThat(markdown).startsWith("# My Lantern journal")
                .contains("Sam Staff")
                .contains("## Sunday market")
                .contains("From the lesson: Holding hope")
                .contains("> Prompt: What would a good week look like?")
                .contains("We planned the bus route together.");
    }

    @Test
    void pdfExportIsAReadablePdfWithTheEntryText() throws IOException {
        journal.add(account("staff"), "Quiet corridor", "The corridor was quiet, so we talked about college.", "",
                JournalSource.free());
        byte[] pdf = journal.exportPdf(account("staff"));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = textOf(pdf);
        assertThat(text).contains("My Lantern journal", "Quiet corridor",
                "The corridor was quiet, so we talked about college.");
        assertThat(textOf(journal.exportPdf(account("manager")))).doesNotContain("Quiet corridor");
    }

    static String textOf(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        }
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
