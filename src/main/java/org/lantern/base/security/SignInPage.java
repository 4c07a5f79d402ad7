package org.lantern.base.security;

import com.vaadin.flow.component.Component;

/**
 * The view people sign in on, provided as a bean by the feature that owns accounts: the UI's security
 * chain sends everyone who is not signed in there.
 */
public interface SignInPage {

    Class<? extends Component> view();
}
