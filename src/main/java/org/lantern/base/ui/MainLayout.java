package org.lantern.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import org.lantern.base.LanternProperties;
import org.lantern.base.security.CurrentAccount;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Header, navigation drawer and demo banner around every signed-in view. Menu entries come from
 * each view's {@code @Menu}; entries the person may not open are left out. Features group their
 * entries through {@link MenuGroup} beans, and add to the header through {@link HeaderItem} beans.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Span viewTitle = new Span();

    MainLayout(CurrentAccount currentAccount, LanternProperties properties, List<MenuGroup> menuGroups,
               List<HeaderItem> headerItems, MenuEntries menuEntries) {
        setPrimarySection(Section.DRAWER);
        addToDrawer(createBrand(), createNavigation(new Navigation(menuGroups), menuEntries.forCurrentPerson()));
        addToNavbar(createHeader(currentAccount, properties, headerItems));
    }

    private Component createBrand() {
        Anchor brand = new Anchor("", "Lantern");
        brand.addClassName("lantern-brand");
        return brand;
    }

    private Component createNavigation(Navigation navigationGroups, List<MenuEntry> entries) {
        Div navigation = new Div();
        navigation.addClassName("lantern-nav");
        Map<String, SideNav> groups = new TreeMap<>(Comparator.comparingInt(navigationGroups::position));
        for (MenuEntry entry : entries) {
            String group = navigationGroups.groupOf(entry.path());
            SideNav nav = groups.computeIfAbsent(group, label -> {
                SideNav sideNav = new SideNav();
                if (!label.isEmpty()) {
                    sideNav.setLabel(label);
                }
                sideNav.getElement().setAttribute("aria-label", label.isEmpty() ? "Home" : label);
                return sideNav;
            });
            SideNavItem item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
                item.setPrefixComponent(new Icon("vaadin", entry.icon().substring("vaadin:".length())));
            }
            nav.addItem(item);
        }
        groups.values().forEach(navigation::add);
        return navigation;
    }

    private Component createHeader(CurrentAccount currentAccount, LanternProperties properties, List<HeaderItem> headerItems) {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Show or hide the menu");
        viewTitle.addClassName("lantern-view-title");
        HorizontalLayout header = new HorizontalLayout(toggle, viewTitle);
        header.addClassName("lantern-header");
        header.setWidthFull();
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        if (properties.demo()) {
            Span banner = new Span("Demo data");
            banner.addClassName("lantern-demo-banner");
            banner.getElement().setAttribute("title", "This Lantern holds made-up demo data. Do not enter real information.");
            header.add(banner);
        }
        currentAccount.get().ifPresent(account -> {
            Anchor name = new Anchor("account", account.displayName());
            name.addClassName("lantern-user");
            name.getElement().setAttribute("aria-label", "My account: " + account.displayName());
            Button signOut = new Button("Sign out", e -> currentAccount.signOut());
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout user = new HorizontalLayout(name, signOut);
            headerItems.forEach(item -> user.addComponentAsFirst(item.create(account)));
            user.setAlignItems(HorizontalLayout.Alignment.CENTER);
            user.addClassName("lantern-user-menu");
            header.add(user);
        });
        return header;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String title = getContent() == null ? "" : MenuConfiguration.getPageHeader(getContent()).orElse("");
        viewTitle.setText(title.endsWith(" | Lantern") ? title.substring(0, title.length() - " | Lantern".length()) : title);
        if (event.getLocationChangeEvent().getTrigger() != NavigationTrigger.HISTORY) {
            // a new page opens at its top, not at the last page's scroll position (the browser's back
            // button keeps its own); views that resume somewhere (a survey, a check) scroll after this
            getElement().executeJs("window.scrollTo(0, 0);"
                    + "const content = this.shadowRoot && this.shadowRoot.querySelector('[content]');"
                    + "if (content) { content.scrollTop = 0; }");
        }
    }
}
