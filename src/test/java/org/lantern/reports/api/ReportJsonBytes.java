package org.lantern.reports.api;

import org.lantern.reports.Report;
import tools.jackson.databind.ObjectMapper;

/** For the report benchmark: the JSON API's body for a report, as the controller's converter writes it. */
public final class ReportJsonBytes {

    private ReportJsonBytes() {
    }

    public static byte[] write(ObjectMapper mapper, Report report) {
        return mapper.writeValueAsBytes(ReportJson.of(report));
    }
}
