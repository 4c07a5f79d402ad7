package org.lantern.base.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrontMatterTest {

    @Test
    void splitsFieldsAndBody() {
        FrontMatter fm = FrontMatter.parse("---\ntitle: The bus pass\nthemes: [hope]\n---\nFirst line.\n\nSecond.\n");
        assertThat(fm.fields().requireText("title")).isEqualTo("The bus pass");
        assertThat(fm.fields().textList("themes")).containsExactly("hope");
        assertThat(fm.body()).isEqualTo("First line.\n\nSecond.\n");
        assertThat(fm.bodyLine()).isEqualTo(5);
    }

    @Test
    void linesOfFieldErrorsCountFromTheTopOfTheFile() {
        FrontMatter fm = FrontMatter.parse("---\ntitle: A\nminutes: lots\n---\nBody\n");
        assertThatThrownBy(() -> fm.fields().requireInt("minutes", 1, 60))
                .isInstanceOfSatisfying(ContentException.class, e -> assertThat(e.line()).isEqualTo(3));
    }

    @Test
    void yamlSyntaxErrorsPointAtTheFileLine() {
        assertThatThrownBy(() -> FrontMatter.parse("---\ntitle: A\nthemes: [hope\n---\nBody\n"))
                .isInstanceOfSatisfying(ContentException.class, e -> assertThat(e.line()).isEqualTo(4));
    }

    @Test
    void explainsAMissingOpeningLine() {
        assertThatThrownBy(() -> FrontMatter.parse("title: A\n"))
                .hasMessageStartingWith("The file must start with a '---' line");
    }

    @Test
    void explainsAMissingClosingLine() {
        assertThatThrownBy(() -> FrontMatter.parse("---\ntitle: A\nBody text\n"))
                .hasMessageStartingWith("The fields at the top are not closed");
    }

    @Test
    void acceptsWindowsLineEndingsAndAByteOrderMark() {
        FrontMatter fm = FrontMatter.parse("\uFEFF---\r\ntitle: A\r\n---\r\nBody\r\n");
        assertThat(fm.fields().requireText("title")).isEqualTo("A");
        assertThat(fm.body()).isEqualTo("Body\n");
    }

    @Test
    void aDashedLineInsideTheBodyIsKeptAsBody() {
        FrontMatter fm = FrontMatter.parse("---\ntitle: A\n---\nBefore\n\n---\n\nAfter\n");
        assertThat(fm.body()).contains("Before").contains("After");
    }
}
