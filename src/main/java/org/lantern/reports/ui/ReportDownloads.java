package org.lantern.reports.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import org.lantern.base.ui.DownloadLink;
import org.lantern.reports.ExportFormat;
import org.lantern.reports.Report;
import org.lantern.reports.ReportFile;
import org.lantern.reports.ReportService;


/** The report's download links, one per export format, each made when it is clicked. */
final class ReportDownloads extends Div {

    ReportDownloads(Report report, ReportService reports) {
        addClassName("lantern-toolbar");
        for (ExportFormat format : ExportFormat.values()) {
            add(download(report, format, reports));
        }
    }

    private static Component download(Report report, ExportFormat format, ReportService reports) {
        return DownloadLink.create("Download " + format.label(), () -> {
            ReportFile file = reports.export(report, format);
            return new DownloadLink.File(file.fileName(), file.contentType(), file.content());
        });
    }
}
