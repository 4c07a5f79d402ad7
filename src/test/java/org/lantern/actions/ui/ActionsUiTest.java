package org.lantern.actions.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.lantern.KaribuTest;
import org.lantern.actions.ActionPoint;
import org.lantern.actions.ActionStatus;
import org.springframework.transaction.annotation.Transactional;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

@Transactional
class ActionsUiTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void staffUpdateAnActionAndItsHistoryShowsWho() {
        signIn("staff");
        open("actions");
        Grid<ActionPoint> grid = _get(Grid.class);
        ActionPoint carers = GridKt._findAll(grid).stream().filter(a -> a.description().startsWith("Invite carers")).findFirst().orElseThrow();
        GridKt._clickItem(grid, GridKt._findAll(grid).indexOf(carers));
        ((Select<ActionStatus>) _get(Select.class, spec -> spec.withLabel("Status"))).setValue(ActionStatus.DONE);
        _get(TextArea.class, spec -> spec.withLabel("Update (needed when dropping an action: say why)")).setValue("Done at every review now");
        _get(Button.class, spec -> spec.withText("Save")).click();
        Grid<ActionPoint> after = _get(Grid.class);
        assertThat(GridKt._findAll(after).stream().filter(a -> a.id() == carers.id()).findFirst().orElseThrow().status())
                .isEqualTo(ActionStatus.DONE);
    }
}
