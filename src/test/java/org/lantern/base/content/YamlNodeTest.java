package org.lantern.base.content;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class YamlNodeTest {

    @Test
    void reportsTheLineOfASyntaxError() {
        String yaml = "title: ok\nitems:\n  - one\n  - [two\nother: 3\n";
        assertThatThrownBy(() -> YamlNode.parse(yaml, 0))
                .isInstanceOfSatisfying(ContentException.class, e -> {
                    assertThat(e.line()).isEqualTo(5);
                    assertThat(e.getMessage()).startsWith("YAML syntax error");
                });
    }

    @Test
    void reportsAMissingFieldAtTheLineOfItsParent() {
        YamlNode root = YamlNode.parse("areas:\n  - key: a\n    title: A\n", 0);
        YamlNode area = root.requireList("areas").getFirst();
        assertThatThrownBy(() -> area.requireText("summary"))
                .isInstanceOfSatisfying(ContentException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.getMessage()).isEqualTo("'areas[1]': missing required field 'summary'.");
                });
    }

    @Test
    void catchesMisspeltFieldNames() {
        YamlNode root = YamlNode.parse("title: A\npasMark: 80\n", 0);
        assertThatThrownBy(() -> root.allowOnly(Set.of("title", "passMark")))
                .isInstanceOfSatisfying(ContentException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.getMessage()).isEqualTo("Unknown field 'pasMark'. Known fields here: passMark, title.");
                });
    }

    @Test
    void rejectsDuplicateKeys() {
        YamlNode root = YamlNode.parse("title: A\ntitle: B\n", 0);
        assertThatThrownBy(() -> root.get("title"))
                .isInstanceOfSatisfying(ContentException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.getMessage()).isEqualTo("The field 'title' appears twice.");
                });
    }

    @Test
    void checksNumbersAndRanges() {
        YamlNode root = YamlNode.parse("minutes: ten\npassMark: 120\n", 0);
        assertThatThrownBy(() -> root.requireInt("minutes", 1, 60))
                .hasMessage("'minutes' should be a whole number, not 'ten'.");
        assertThatThrownBy(() -> root.requireInt("passMark", 0, 100))
                .hasMessage("'passMark' should be between 0 and 100, not 120.");
    }

    @Test
    void refusesJavaObjectTags() {
        assertThatThrownBy(() -> YamlNode.parse("x: !!javax.script.ScriptEngineManager [a]\n", 0).require("x").text())
                .isInstanceOf(ContentException.class);
    }

    @Test
    void emptyFileIsAProblem() {
        assertThatThrownBy(() -> YamlNode.parse("", 0)).hasMessage("The file is empty.");
    }
}
