package org.lantern.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.lantern.KaribuTest;
import org.lantern.people.ui.LoginView;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ShellUiTest extends KaribuTest {

    private List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    private List<String> areaCards() {
        return _find(H2.class).stream().map(H2::getText).toList();
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        assertThat(open("")).isInstanceOf(LoginView.class);
        assertThat(open("admin/people")).isInstanceOf(LoginView.class);
    }

    @Test
    void staffSeeTheirAreasAndNoAdministration() {
        signIn("staff");
        assertThat(open("")).isInstanceOf(HomeView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Hello, Sam Staff");
        assertThat(areaCards()).contains("Learn", "Practice stories", "Surveys", "Reflective sessions")
                .doesNotContain("Administration", "Programme reports");
        assertThat(menu()).contains("Home", "My account").doesNotContain("People and teams", "Content");
    }

    /** Each feature's widget fills its part of its area's card on the home page. */
    @Test
    void staffSeeWhatEachFeatureAddsToTheirHomePage() {
        signIn("staff");
        open("");
        assertThat(_find(Anchor.class).stream().map(Anchor::getText).toList()).contains("Open my journal",
                "Open practice tools", "Search the story library", "Write a story", "See your team's actions");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText).toList())
                .anyMatch(text -> text.endsWith(" modules complete."))
                .anyMatch(text -> text.startsWith("Your private journal"))
                .anyMatch(text -> text.startsWith("Practice tools: "))
                .contains("Newest stories");
        assertThat(_find(Anchor.class).stream().map(Anchor::getText).toList())
                .noneMatch(text -> text.endsWith("waiting for review"));
    }

    /** The journal and the action log each bring their own menu group, which joins training's and the sessions'. */
    @Test
    void featuresJoinTheMenuGroupsTheyName() {
        signIn("staff");
        open("");
        assertThat(group("Learn")).contains("Training modules", "My journal", "Practice tools");
        assertThat(group("Sessions")).contains("Reflective sessions", "Team actions");
    }

    private List<String> group(String label) {
        return _find(SideNav.class).stream().filter(nav -> label.equals(nav.getLabel())).findFirst().orElseThrow()
                .getItems().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void typingTheAddressOfAForbiddenPageShowsAClearNotAllowedPage() {
        signIn("staff");
        assertThat(open("admin/people")).isInstanceOf(NotAllowedView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("This page is not available to you");
    }

    @Test
    void administratorsSeeTheAdminEntries() {
        signIn("admin");
        open("");
        assertThat(menu()).contains("People and teams", "Content");
        assertThat(areaCards()).contains("Administration");
    }

    @Test
    void editorsSeeContentButNotPeople() {
        signIn("editor");
        open("");
        assertThat(menu()).contains("Content").doesNotContain("People and teams");
        assertThat(areaCards()).contains("Content and moderation");
    }

    @Test
    void evaluatorsSeeReportsAndNoTraining() {
        signIn("evaluator");
        open("");
        assertThat(areaCards()).contains("Programme reports").doesNotContain("Learn");
    }

    @Test
    void editorsSeeTheContentReport() {
        signIn("editor");
        assertThat(open("admin/content")).isInstanceOf(ContentAdminView.class);
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class).stream().map(p -> p.getText()))
                .anySatisfy(t -> assertThat(t).startsWith("Loaded from"));
    }
}
