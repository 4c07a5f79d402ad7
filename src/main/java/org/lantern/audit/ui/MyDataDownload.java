package org.lantern.audit.ui;

import org.lantern.base.ui.DownloadLink;
import org.lantern.base.security.Account;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.lantern.audit.DataRightsService;


/** "Download my data" on the account page: a ZIP of everything Lantern holds about the signed-in person. */
public class MyDataDownload extends Div {

    public MyDataDownload(DataRightsService dataRights, Account account) {
        add(new H2("Your data"));
        add(new Paragraph("Download everything Lantern holds about you: your profile, teams and roles, training "
                + "progress and knowledge check answers, journal, saved practice tools, stories with their consents "
                + "and decisions, your own survey answers and the team actions you own. It comes as a ZIP of JSON "
                + "files, with a README, your journal as Markdown and tables you can open in a spreadsheet."));
        add(DownloadLink.create("Download my data (ZIP)",
                () -> new DownloadLink.File(dataRights.myDataFileName(), "application/zip", dataRights.myData(account))));
    }
}
