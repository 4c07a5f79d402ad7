package org.lantern.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** Shown when a signed-in person opens a page their roles do not allow, e.g. by typing its address. */
@ParentLayout(MainLayout.class)
@PageTitle("Not allowed | Lantern")
@PermitAll
public class NotAllowedView extends Div implements HasErrorParameter<AccessDeniedException> {

    public NotAllowedView() {
        addClassName("lantern-page");
        add(new H1("This page is not available to you"));
        add(new Paragraph("Your account does not have the role this page needs. If you think you should "
                + "have access, ask your Lantern administrator."));
        add(new Anchor("", "Go to your home page"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
