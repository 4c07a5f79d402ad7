package org.lantern.training.tools;

import lombok.RequiredArgsConstructor;

import org.lantern.base.privacy.PersonalDataHolder;
import org.lantern.base.privacy.PersonalDataSection;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.List;

/** Practice tools' part of people's data rights: every saved tool in "Download my data", all deleted on erasure. */
@Component
@RequiredArgsConstructor
class SavedToolPersonalData implements PersonalDataHolder {

    private final ToolRepository repository;

    record Saved(long id, String tool, String title, JsonNode answers, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    @Override
    public List<PersonalDataSection> export(long accountId) {
        List<Saved> saved = repository.savedForExport(accountId);
        return List.of(PersonalDataSection.of(40, "saved-tools", saved, "Journal and practice tools",
                "- Saved practice tools: " + saved.size() + " (`saved-tools.json`)\n"));
    }

    @Override
    public List<String> erase(long accountId) {
        return List.of(repository.deleteAllOf(accountId) + " saved tools");
    }

    @Override
    public int erasureOrder() {
        return 20;
    }
}
