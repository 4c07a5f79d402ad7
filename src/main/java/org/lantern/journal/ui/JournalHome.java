package org.lantern.journal.ui;

import org.lantern.base.ui.HomeWidget;
import org.lantern.journal.JournalService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The journal on the home page. */
@Configuration(proxyBeanMethods = false)
class JournalHome {

    /** A line on the Learn card about the person's own journal. */
    @Bean
    HomeWidget journalHomeWidget(JournalService journal) {
        return HomeWidget.of("learn", (card, account) -> {
            int count = journal.count(account);
            String text = switch (count) {
                case 0 -> "Your private journal is empty so far.";
                case 1 -> "Your private journal has 1 entry.";
                default -> "Your private journal has " + count + " entries.";
            };
            card.asLine().text(text).link("journal", "Open my journal");
        });
    }
}
