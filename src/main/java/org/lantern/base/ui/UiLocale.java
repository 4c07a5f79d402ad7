package org.lantern.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Lantern is a UK product: every page uses English (United Kingdom), whatever language the browser
 * asks for, unless {@code lantern.locale} says otherwise. Date fields read and show dates in this
 * locale (31/12/2026 is the 31st of December), so a British date is never read the American way.
 */
@Component
class UiLocale implements VaadinServiceInitListener {

    private final Locale locale;

    UiLocale(@Value("${lantern.locale:en-GB}") String locale) {
        this.locale = parse(locale);
    }

    static Locale parse(String tag) {
        Locale parsed = Locale.forLanguageTag(tag.strip().replace('_', '-'));
        if (parsed.getLanguage().isEmpty()) {
            throw new IllegalArgumentException("lantern.locale must be a language tag such as en-GB, not \"" + tag + "\"");
        }
        return parsed;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            init.getUI().setLocale(locale);
            init.getUI().getSession().setLocale(locale);
        });
    }
}
