package org.lantern.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent;

/**
 * Stops navigation away from a page with unsaved words and asks first: leaving is the red, deliberate
 * choice, staying the easy one. Used by every page where a person writes (journal entries, practice
 * tools, stories).
 */
public final class LeaveWithoutSaving {

    private LeaveWithoutSaving() {
    }

    /**
     * Postpones the navigation and asks; it goes ahead only if the person chooses to leave.
     *
     * @param whatIsLost the sentence saying what would be lost
     * @param stay       the label of the button that keeps the person on the page
     */
    public static void ask(BeforeLeaveEvent event, String whatIsLost, String stay) {
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog dialog = new ConfirmDialog("Leave without saving?", whatIsLost, "Leave without saving",
                e -> action.proceed());
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(stay);
        dialog.open();
    }
}
