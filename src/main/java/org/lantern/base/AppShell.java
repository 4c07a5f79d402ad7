package org.lantern.base;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The HTML page around every view: the Lumo theme, Lantern's plain stylesheet (served from
 * frontend/ as a static file, so no frontend build is needed) and server push for progress updates.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/lantern.css")
@Meta(name = "description", content = "Lantern: learning and reflective practice for mental-health and social-care staff")
@Push
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "images/lantern.svg", "any");
        settings.setPageTitle("Lantern");
    }
}
