package org.lantern.journal.ui;

import org.lantern.base.ui.HomeCard;
import org.lantern.base.ui.HomeWidget;
import org.lantern.base.security.Account;
import org.lantern.journal.JournalService;

/** A line on the home page's Learn card about the person's own journal. */
@org.springframework.stereotype.Component
class JournalHomeWidget implements HomeWidget {

    private final JournalService journal;

    JournalHomeWidget(JournalService journal) {
        this.journal = journal;
    }

    @Override
    public String area() {
        return "learn";
    }

    @Override
    public void fill(HomeCard card, Account account) {
        int count = journal.count(account.username());
        String text = switch (count) {
            case 0 -> "Your private journal is empty so far.";
            case 1 -> "Your private journal has 1 entry.";
            default -> "Your private journal has " + count + " entries.";
        };
        card.asLine().text(text).link("journal", "Open my journal");
    }
}
