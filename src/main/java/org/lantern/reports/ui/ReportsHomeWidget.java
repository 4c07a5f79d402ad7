package org.lantern.reports.ui;

import lombok.RequiredArgsConstructor;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.QueryParameters;
import org.lantern.base.ui.HomeCard;
import org.lantern.base.ui.HomeWidget;
import org.lantern.base.security.Account;
import org.lantern.base.security.Role;
import org.lantern.reports.ReleaseInfo;
import org.lantern.reports.ReportException;
import org.lantern.reports.ReportService;
import org.lantern.surveys.Programme;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The "Programme reports" card on evaluators' and managers' home pages: each programme they may see,
 * with a link to its latest released figures, or why there are none yet; managers also get their
 * team's response page, where they see who still has to answer.
 */
@org.springframework.stereotype.Component
@RequiredArgsConstructor
class ReportsHomeWidget implements HomeWidget {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ZoneId.systemDefault());
    private static final int SHOWN = 5;

    private final ReportService reports;

    @Override
    public String area() {
        return "reports";
    }

    @Override
    public void fill(HomeCard card, Account account) {
        if (!account.hasRole(Role.EVALUATOR) && !account.hasRole(Role.MANAGER) && !account.hasRole(Role.ADMIN)) {
            return;
        }
        List<Programme> programmes = reports.programmesFor(account).stream().filter(p -> !p.archived()).toList();
        if (programmes.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        for (Programme programme : programmes.reversed().stream().limit(SHOWN).toList()) {
            list.add(item(account, programme));
        }
        card.add(list);
        if (programmes.size() > SHOWN) {
            card.link("reports/evaluation", "All " + programmes.size() + " programmes");
        }
        if (account.hasRole(Role.MANAGER)) {
            card.add(new Paragraph(new Anchor("reports/responses", "Who in your team has answered each survey")));
        }
    }

    private ListItem item(Account account, Programme programme) {
        String address = "reports/evaluation?" + QueryParameters.simple(Map.of("programme", programme.key())).getQueryString();
        List<ReleaseInfo> versions;
        try {
            versions = programme.waves().size() < 2 ? List.of() : reports.versions(account, programme.key(), null, null);
        } catch (ReportException notShown) {
            versions = List.of();
        }
        if (versions.isEmpty()) {
            Paragraph none = new Paragraph("No figures released yet. An evaluator releases them after the "
                    + programme.waves().getFirst().key() + " and " + programme.waves().getLast().key() + " surveys close.");
            none.addClassName("lantern-meta");
            return new ListItem(new Anchor(address, programme.title()), none);
        }
        ReleaseInfo latest = versions.getLast();
        Paragraph released = new Paragraph("Release " + latest.version() + ", " + DAY.format(latest.releasedAt()) + ".");
        released.addClassName("lantern-meta");
        return new ListItem(new Anchor(address, "Open the report: " + programme.title()), released);
    }
}
