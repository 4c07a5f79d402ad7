package org.lantern.notifications.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/** Fired on the UI when the person read notifications, so the header's bell shows the new count. */
class NotificationsChanged extends ComponentEvent<UI> {

    NotificationsChanged(UI ui) {
        super(ui, false);
    }
}
