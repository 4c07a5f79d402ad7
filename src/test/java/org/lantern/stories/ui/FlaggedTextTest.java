package org.lantern.stories.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;
import org.lantern.stories.PersonalDetail;
import org.lantern.stories.PersonalDetailsCheck;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16: the moderation page marks each flagged detail in the story's own text, and never reads the text as HTML. */
class FlaggedTextTest {

    private static Stream<Element> all(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().flatMap(FlaggedTextTest::all));
    }

    @Test
    void marksEachDetailWhereItIs() {
        String text = "Ward 7 at St Mary's. John Smith, 54, <b>came</b> in.";
        List<PersonalDetail> found = new PersonalDetailsCheck(Set.of("john", "mary"), List.of()).find(text);
        Component shown = FlaggedText.of(text, found);
        List<String> marked = all(shown.getElement()).filter(e -> !e.isTextNode() && e.getTag().equals("mark"))
                .map(e -> e.getChild(0).getText()).toList();
        assertThat(marked).containsExactly("Ward 7", "St Mary's", "John Smith", "54");
        assertThat(all(shown.getElement()).filter(e -> !e.isTextNode()).map(Element::getTag)).doesNotContain("b");
        assertThat(all(shown.getElement()).filter(Element::isTextNode).map(Element::getText))
                .anyMatch(t -> t.contains("<b>came</b>"));
    }
}
