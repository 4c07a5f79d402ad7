package org.lantern.surveys.ui;

import com.vaadin.flow.component.grid.Grid;
import org.lantern.surveys.ResponseRate;

import java.util.List;

/** Response rates by team and wave, with counts of small teams hidden; for evaluators and managers alike. */
final class ResponseRatesGrid {

    private ResponseRatesGrid() {
    }

    /** @param hidden what a hidden count reads */
    static Grid<ResponseRate> of(List<ResponseRate> list, String hidden) {
        Grid<ResponseRate> grid = new Grid<>();
        grid.addColumn(ResponseRate::teamName).setHeader("Team").setAutoWidth(true);
        grid.addColumn(r -> SurveyLinks.waveLabel(r.waveKey())).setHeader("Wave").setAutoWidth(true);
        // the rate comes before the counts, so it is on screen on a phone without scrolling sideways
        grid.addColumn(r -> r.percent() == null ? "" : r.percent() + "%").setHeader("Response rate").setAutoWidth(true);
        grid.addColumn(r -> r.suppressed() ? hidden : String.valueOf(r.responded())).setHeader("Responded").setAutoWidth(true);
        grid.addColumn(r -> r.suppressed() ? hidden : String.valueOf(r.invited())).setHeader("Staff invited").setAutoWidth(true);
        grid.setItems(list);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Response rates by team and wave");
        grid.addClassName("lantern-wide-grid");
        return grid;
    }
}
