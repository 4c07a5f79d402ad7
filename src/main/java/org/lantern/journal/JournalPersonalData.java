package org.lantern.journal;

import lombok.RequiredArgsConstructor;

import org.lantern.base.privacy.PersonalDataHolder;
import org.lantern.base.privacy.PersonalDataSection;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.List;

/** The journal's part of people's data rights: every entry in "Download my data" (also as Markdown), all deleted on erasure. */
@Component
@RequiredArgsConstructor
class JournalPersonalData implements PersonalDataHolder {

    private final JournalRepository repository;

    record Entry(long id, String title, String body, String prompt, String sourceType, String sourceRef,
                 String sourceLabel, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    @Override
    public List<PersonalDataSection> export(long accountId) {
        List<Entry> entries = repository.entriesForExport(accountId);
        return List.of(PersonalDataSection.of(30, "journal", entries, "Journal and practice tools",
                        "- Journal entries: " + entries.size() + " (`journal.md`)\n")
                .withDocument("journal.md", markdown(entries)));
    }

    private static String markdown(List<Entry> entries) {
        StringBuilder md = new StringBuilder("# My journal\n\n");
        if (entries.isEmpty()) {
            md.append("No entries.\n");
        }
        for (var entry : entries) {
            md.append("## ").append(entry.title().replace("\n", " ")).append("\n\n")
                    .append("*Written ").append(entry.createdAt().toLocalDate());
            if (!entry.sourceLabel().isBlank()) {
                md.append(", on ").append(entry.sourceLabel());
            }
            md.append("*\n\n");
            if (!entry.prompt().isBlank()) {
                md.append("> ").append(entry.prompt().replace("\n", "\n> ")).append("\n\n");
            }
            md.append(entry.body()).append("\n\n");
        }
        return md.toString();
    }

    @Override
    public List<String> erase(long accountId) {
        return List.of(repository.deleteAllOf(accountId) + " journal entries");
    }

    @Override
    public int erasureOrder() {
        return 10;
    }
}
