package org.lantern.people.ui;

import com.vaadin.flow.component.Component;
import org.lantern.base.security.SignInPage;
import org.springframework.stereotype.Service;

/** People sign in on {@link LoginView}. */
@Service
class LoginPage implements SignInPage {

    @Override
    public Class<? extends Component> view() {
        return LoginView.class;
    }
}
