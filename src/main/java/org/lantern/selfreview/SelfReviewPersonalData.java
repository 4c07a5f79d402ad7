package org.lantern.selfreview;

import lombok.RequiredArgsConstructor;

import org.lantern.base.privacy.PersonalDataHolder;
import org.lantern.base.privacy.PersonalDataSection;
import org.lantern.people.Directory;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Self-review's part of people's data rights: the evidence a person added to their teams' reviews, in
 * "Download my data" (with a CSV table). Erasure leaves it as the team's record.
 */
@Component
@RequiredArgsConstructor
class SelfReviewPersonalData implements PersonalDataHolder {

    private final SelfReviewRepository repository;
    private final Directory directory;

    record Added(OffsetDateTime at, long teamId, String review, String indicator, String source, String note) {
    }

    /** Evidence the person added to a team's self-review. */
    record EvidenceWritten(OffsetDateTime at, String team, String review, String indicator, String source, String note) {
    }

    @Override
    public List<PersonalDataSection> export(long accountId) {
        List<Added> added = repository.evidenceAddedBy(accountId);
        Map<Long, String> teams = directory.teamNames(added.stream().map(Added::teamId).collect(Collectors.toSet()));
        List<EvidenceWritten> evidence = added.stream().map(e -> new EvidenceWritten(e.at(), teams.getOrDefault(e.teamId(), ""),
                e.review(), e.indicator(), e.source(), e.note())).toList();
        return List.of(PersonalDataSection.of(100, "self-review-evidence", evidence, "Self-review evidence you added",
                        evidence.size() + " (`self-review-evidence.csv`)\n")
                .withTable("self-review-evidence.csv", List.of("at", "team", "review", "indicator", "source", "note"),
                        evidence.stream().map(e -> List.of(e.at().toString(), e.team(), e.review(), e.indicator(),
                                e.source(), e.note())).toList()));
    }

    @Override
    public List<String> erase(long accountId) {
        return List.of();
    }

    @Override
    public int erasureOrder() {
        return 80;
    }
}
