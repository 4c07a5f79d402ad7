package org.lantern.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The load test's copy of the element tree follows UIDL changes as Flow's client does. */
class UiTreeTest {

    private static UiTree apply(UiTree tree, String constants, String changes) {
        tree.addConstants(VaadinUiClient.JSON.readTree(constants));
        tree.apply(VaadinUiClient.JSON.readTree(changes));
        return tree;
    }

    @Test
    void buildsElementsWithTextPropertiesAndListeners() {
        UiTree tree = apply(new UiTree(), """
                {"F8oC=": {"event.detail": false, "event.button": false}}""", """
                [{"node": 4, "type": "attach"},
                 {"node": 4, "type": "put", "key": "text", "feat": 7, "value": "Mark as done"},
                 {"node": 5, "type": "attach"},
                 {"node": 5, "type": "put", "key": "tag", "feat": 0, "value": "vaadin-button"},
                 {"node": 5, "type": "splice", "feat": 2, "index": 0, "addNodes": [4]},
                 {"node": 5, "type": "put", "key": "click", "feat": 4, "value": "F8oC="},
                 {"node": 5, "type": "put", "key": "theme", "feat": 3, "value": "primary"},
                 {"node": 6, "type": "put", "key": "tag", "feat": 0, "value": "vaadin-radio-group"},
                 {"node": 6, "type": "put", "key": "label", "feat": 1, "value": "1. I believe people can recover"}]""");

        UiTree.Node button = tree.findByText("vaadin-button", "Mark as done").orElseThrow();
        assertThat(button.id).isEqualTo(5);
        assertThat(button.attributes).containsEntry("theme", "primary");
        assertThat(button.listeners.get("click").has("event.detail")).isTrue();
        assertThat(tree.find(n -> n.tag.equals("vaadin-radio-group")).orElseThrow().property("label"))
                .isEqualTo("1. I believe people can recover");
        assertThat(tree.containsText("Mark as")).isTrue();
    }

    @Test
    void followsSplicesClearsRemovalsAndDetaches() {
        UiTree tree = apply(new UiTree(), "{}", """
                [{"node": 1, "type": "put", "key": "tag", "feat": 0, "value": "div"},
                 {"node": 2, "type": "put", "key": "tag", "feat": 0, "value": "p"},
                 {"node": 3, "type": "put", "key": "tag", "feat": 0, "value": "span"},
                 {"node": 1, "type": "splice", "feat": 2, "index": 0, "addNodes": [2, 3]},
                 {"node": 2, "type": "put", "key": "hidden", "feat": 1, "value": true}]""");
        apply(tree, "{}", """
                [{"node": 1, "type": "splice", "feat": 2, "index": 0, "remove": 1},
                 {"node": 2, "type": "remove", "key": "hidden", "feat": 1},
                 {"node": 2, "type": "detach"}]""");

        UiTree.Node div = tree.find(n -> n.tag.equals("div")).orElseThrow();
        assertThat(div.children).extracting(n -> n.tag).containsExactly("span");
        assertThat(tree.find(n -> n.tag.equals("p"))).isEmpty();

        apply(tree, "{}", """
                [{"node": 1, "type": "clear", "feat": 2}]""");
        assertThat(div.children).isEmpty();
    }

    @Test
    void percentilesUseTheNearestRank() {
        long[] nanos = {1_000_000, 2_000_000, 3_000_000, 4_000_000, 100_000_000};
        assertThat(LoadFigures.percentile(nanos, 50)).isEqualTo(3.0);
        assertThat(LoadFigures.percentile(nanos, 95)).isEqualTo(100.0);
        assertThat(LoadFigures.percentile(new long[0], 95)).isZero();
    }
}
