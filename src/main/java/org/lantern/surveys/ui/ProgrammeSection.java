package org.lantern.surveys.ui;

import com.vaadin.flow.component.Component;
import org.lantern.base.security.Account;
import org.lantern.surveys.Programme;

/**
 * A part another feature adds to a programme's page for evaluators (for example reports' analysis plan), so that
 * surveys need not know that feature. Implementations are Spring beans; the page asks each for a fresh component.
 */
public interface ProgrammeSection {

    /** The section for this programme, as the signed-in evaluator or administrator sees it. */
    Component create(Account account, Programme programme);
}
