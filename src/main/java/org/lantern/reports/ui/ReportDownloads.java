package org.lantern.reports.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.lantern.reports.ExportFormat;
import org.lantern.reports.Report;
import org.lantern.reports.ReportFile;
import org.lantern.reports.ReportService;

import java.io.ByteArrayInputStream;

/** The report's download links, one per export format, each made when it is clicked. */
final class ReportDownloads extends Div {

    ReportDownloads(Report report, ReportService reports) {
        addClassName("lantern-toolbar");
        for (ExportFormat format : ExportFormat.values()) {
            add(download(report, format, reports));
        }
    }

    private static Component download(Report report, ExportFormat format, ReportService reports) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            ReportFile file = reports.export(report, format);
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(),
                    file.content().length);
        }), "Download " + format.label());
        anchor.setDownload(true);
        anchor.addClassName("lantern-download");
        return anchor;
    }
}
