package org.lantern.audit;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a person's data as a ZIP: one JSON file per area for machines, and a README.md, the journal
 * as Markdown and CSV tables for people.
 */
final class MyDataZip {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private MyDataZip() {
    }

    static byte[] write(PersonalData data, OffsetDateTime madeAt) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(zip, "README.md", readme(data, madeAt));
            put(zip, "profile.json", json(data.profile()));
            put(zip, "training.json", json(data.training()));
            put(zip, "journal.json", json(data.journal()));
            put(zip, "saved-tools.json", json(data.savedTools()));
            put(zip, "stories.json", json(data.stories()));
            put(zip, "surveys.json", json(data.surveys()));
            put(zip, "actions.json", json(data.actions()));
            put(zip, "sessions-attended.json", json(data.sessionsAttended()));
            put(zip, "action-updates.json", json(data.actionUpdates()));
            put(zip, "self-review-evidence.json", json(data.selfReviewEvidence()));
            put(zip, "audit-trail.json", json(data.auditTrail()));
            put(zip, "journal.md", journalMarkdown(data));
            put(zip, "training-progress.csv", csv(List.of("module", "lesson", "done_at"),
                    data.training().lessonsDone().stream().map(l -> List.of(l.module(), l.lesson(), l.doneAt().toString())).toList()));
            put(zip, "check-attempts.csv", csv(List.of("module", "submitted_at", "correct", "total", "score", "passed"),
                    data.training().checkAttempts().stream().map(c -> List.of(c.module(), c.submittedAt().toString(),
                            "" + c.correct(), "" + c.total(), "" + c.score(), "" + c.passed())).toList()));
            put(zip, "survey-answers.csv", csv(List.of("programme", "wave", "status", "item", "number", "text"),
                    data.surveys().stream().flatMap(s -> s.responses().stream().flatMap(r -> r.answers().stream()
                            .map(a -> List.of(s.programme(), r.wave(), r.status(), a.item(),
                                    a.number() == null ? "" : a.number().toString(), Objects.requireNonNullElse(a.text(), "")))))
                            .toList()));
            put(zip, "actions.csv", csv(List.of("team", "description", "due", "status", "dropped_reason"),
                    data.actions().stream().map(a -> List.of(a.team(), a.description(),
                            a.due() == null ? "" : a.due().toString(), a.status(),
                            Objects.requireNonNullElse(a.droppedReason(), ""))).toList()));
            put(zip, "action-updates.csv", csv(List.of("at", "team", "action", "old_status", "new_status", "note"),
                    data.actionUpdates().stream().map(u -> List.of(u.at().toString(), u.team(), u.action(),
                            Objects.requireNonNullElse(u.oldStatus(), ""), u.newStatus(), u.note())).toList()));
            put(zip, "self-review-evidence.csv", csv(List.of("at", "team", "review", "indicator", "source", "note"),
                    data.selfReviewEvidence().stream().map(e -> List.of(e.at().toString(), e.team(), e.review(),
                            e.indicator(), e.source(), e.note())).toList()));
            put(zip, "audit-trail.csv", csv(List.of("at", "event", "detail", "client_ip"),
                    data.auditTrail().stream().map(e -> List.of(e.at().toString(), e.eventLabel(), e.detail(),
                            Objects.requireNonNullElse(e.clientIp(), ""))).toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value) + "\n";
    }

    private static String readme(PersonalData data, OffsetDateTime madeAt) {
        var p = data.profile();
        StringBuilder md = new StringBuilder();
        md.append("# Your data in Lantern\n\n")
                .append("Made on ").append(madeAt.toLocalDate()).append(" for **").append(p.displayName())
                .append("** (user name `").append(p.username()).append("`).\n\n")
                .append("The `.json` files hold everything, for other programs; this file, `journal.md` and the `.csv` files ")
                .append("are the same data to read or open in a spreadsheet. Feedback you gave after reflective sessions ")
                .append("is not here: it is stored without your name, so nobody can tell it was yours.\n\n");
        md.append("## Profile\n\n")
                .append("- Name: ").append(p.displayName()).append("\n")
                .append("- Account created: ").append(p.createdAt().toLocalDate()).append("\n")
                .append("- Roles: ").append(String.join(", ", p.roles())).append("\n")
                .append("- Teams: ").append(p.teams().isEmpty() ? "none" : p.teams().stream()
                        .map(t -> t.team() + (t.manager() ? " (manager)" : "")).collect(Collectors.joining(", "))).append("\n\n");
        md.append("## Training\n\n")
                .append("- Lessons marked as done: ").append(data.training().lessonsDone().size()).append(" (`training-progress.csv`)\n")
                .append("- Modules completed: ").append(data.training().modulesCompleted().stream()
                        .map(PersonalData.ModuleCompleted::title).collect(Collectors.joining(", ", "", "")))
                .append(data.training().modulesCompleted().isEmpty() ? "none" : "").append("\n")
                .append("- Knowledge check attempts: ").append(data.training().checkAttempts().size()).append(" (`check-attempts.csv`)\n\n");
        md.append("## Journal and practice tools\n\n")
                .append("- Journal entries: ").append(data.journal().size()).append(" (`journal.md`)\n")
                .append("- Saved practice tools: ").append(data.savedTools().size()).append(" (`saved-tools.json`)\n\n");
        md.append("## Practice stories\n\n");
        if (data.stories().isEmpty()) {
            md.append("None.\n\n");
        } else {
            data.stories().forEach(s -> md.append("- ").append(s.title()).append(": ").append(s.status())
                    .append(", consent: ").append(s.consent()).append(", ").append(s.history().size())
                    .append(" steps in its history\n"));
            md.append("\n");
        }
        md.append("## Surveys\n\n");
        if (data.surveys().isEmpty()) {
            md.append("None.\n\n");
        } else {
            data.surveys().forEach(s -> md.append("- ").append(s.programmeTitle()).append(" (your code ")
                    .append(s.participantCode()).append("): ").append(s.responses().stream()
                            .map(r -> r.wave() + " " + r.status()).collect(Collectors.joining(", "))).append("\n"));
            md.append("\nYour answers are in `survey-answers.csv`.\n\n");
        }
        md.append("## Team actions you own\n\n").append(data.actions().size()).append(" (`actions.csv`)\n\n");
        md.append("## Reflective sessions you attended\n\n").append(data.sessionsAttended().isEmpty() ? "None.\n"
                : data.sessionsAttended().stream().map(s -> "- " + s.startsAt().toLocalDate() + ", " + s.team() + ": " + s.focus())
                .collect(Collectors.joining("\n")) + "\n");
        md.append("\n## Updates you wrote on team actions\n\n").append(data.actionUpdates().size())
                .append(" (`action-updates.csv`)\n\n");
        md.append("## Self-review evidence you added\n\n").append(data.selfReviewEvidence().size())
                .append(" (`self-review-evidence.csv`)\n\n");
        md.append("## Audit trail entries under your account\n\n").append(data.auditTrail().size())
                .append(" (`audit-trail.csv`): what you did that Lantern records (sign-ins, downloads, changes), and ")
                .append("sign-ins tried with your user name. Failed and refused sign-ins are shown without the address ")
                .append("they came from, which may have been someone else's. Entries that other people's actions made ")
                .append("(for example an administrator changing your roles) are theirs, not included here. Entries are ")
                .append("kept for the audit retention period, then removed.\n");
        return md.toString();
    }

    private static String journalMarkdown(PersonalData data) {
        StringBuilder md = new StringBuilder("# My journal\n\n");
        if (data.journal().isEmpty()) {
            md.append("No entries.\n");
        }
        for (var entry : data.journal()) {
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

    private static String csv(List<String> header, List<List<String>> rows) {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", header));
        rows.forEach(row -> lines.add(row.stream().map(AuditService::csvCell).collect(Collectors.joining(","))));
        return String.join("\r\n", lines) + "\r\n";
    }
}
