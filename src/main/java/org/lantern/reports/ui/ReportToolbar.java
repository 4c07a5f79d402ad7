package org.lantern.reports.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.select.Select;
import org.jspecify.annotations.Nullable;
import org.lantern.reports.ReleaseInfo;
import org.lantern.reports.ReportFormat;
import org.lantern.surveys.Programme;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The report page's choices: programme, before and after waves, team and (when there are several) release. */
final class ReportToolbar {

    static final String ALL_TEAMS = "All teams";
    static final String LATEST = "Latest";

    private ReportToolbar() {
    }

    /** The selects, each of which goes to the report it names when changed. */
    static List<Component> controls(List<Programme> programmes, Programme programme, Programme.Wave before, Programme.Wave after,
                  List<String> teams, String team, List<ReleaseInfo> versions, @Nullable Integer release, Consumer<ReportChoice> go) {
        List<Component> controls = new ArrayList<>();
        Select<Programme> programmeSelect = select("report-programme", "Programme", programmes, programme, Programme::title);
        Select<Programme.Wave> beforeSelect = select("report-before", "Before", programme.waves(), before, w -> ReportFormat.wave(w.key()));
        Select<Programme.Wave> afterSelect = select("report-after", "After", programme.waves(), after, w -> ReportFormat.wave(w.key()));
        Select<String> teamSelect = select("report-team", "Team", teams, team, t -> t);
        programmeSelect.addValueChangeListener(e -> go.accept(new ReportChoice(e.getValue(), "", "", null, null)));
        beforeSelect.addValueChangeListener(e -> go.accept(new ReportChoice(programme, e.getValue().key(), after.key(), teamOf(teamSelect), null)));
        afterSelect.addValueChangeListener(e -> go.accept(new ReportChoice(programme, before.key(), e.getValue().key(), teamOf(teamSelect), null)));
        teamSelect.addValueChangeListener(e -> go.accept(new ReportChoice(programme, before.key(), after.key(), teamOf(teamSelect), release)));
        controls.addAll(List.of(programmeSelect, beforeSelect, afterSelect, teamSelect));
        if (versions.size() > 1) {
            List<String> labels = new ArrayList<>(List.of(LATEST));
            versions.reversed().forEach(v -> labels.add(versionLabel(v)));
            String current = release == null ? LATEST : labels.stream().filter(l -> l.startsWith("Release " + release + " "))
                    .findFirst().orElse(LATEST);
            Select<String> releaseSelect = select("report-release", "Release", labels, current, l -> l);
            releaseSelect.addValueChangeListener(e -> go.accept(new ReportChoice(programme, before.key(), after.key(), teamOf(teamSelect),
                    LATEST.equals(e.getValue()) ? null : Integer.valueOf(e.getValue().split(" ")[1]))));
            controls.add(releaseSelect);
        }
        return controls;
    }

    private static String versionLabel(ReleaseInfo v) {
        return "Release " + v.version() + " (" + ReportFormat.date(v.releasedAt().atZone(ZoneId.systemDefault()).toLocalDate()) + ")";
    }

    private static @Nullable String teamOf(Select<String> teamSelect) {
        return ALL_TEAMS.equals(teamSelect.getValue()) ? null : teamSelect.getValue();
    }

    private static <T> Select<T> select(String id, String label, List<T> items, T value,
                                        ItemLabelGenerator<T> names) {
        Select<T> select = new Select<>();
        select.setId(id);
        select.setLabel(label);
        select.setItems(items);
        select.setItemLabelGenerator(names);
        select.setValue(value);
        return select;
    }
}
