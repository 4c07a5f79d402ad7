package org.lantern.reflection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;

/**
 * The timer of facilitation mode: a start/pause button and the time left of the current stage,
 * counted down one second per poll of the page while it is shown.
 */
final class StageTimer {

    private final Span display = new Span();
    private final Button button = new Button("Start timer");
    private int minutes;
    private int secondsLeft;
    private boolean running;
    private @Nullable Registration poll;

    StageTimer() {
        display.getElement().setAttribute("role", "timer");
        display.getElement().setAttribute("aria-live", "off");
        display.addClassName("lantern-clock");
        button.addClickListener(e -> toggle());
        // counts down on the page's poll while the timer is on screen
        display.addAttachListener(e -> {
            e.getUI().setPollInterval(1000);
            poll = e.getUI().addPollListener(p -> tick());
        });
        display.addDetachListener(e -> {
            e.getUI().setPollInterval(-1);
            if (poll != null) {
                poll.remove();
            }
        });
    }

    Button button() {
        return button;
    }

    Span display() {
        return display;
    }

    /** Stops and sets the timer for a stage of this many minutes; hidden for a step without a time. */
    void reset(int stageMinutes) {
        minutes = stageMinutes;
        running = false;
        secondsLeft = stageMinutes * 60;
        button.setVisible(stageMinutes > 0);
        button.setText("Start timer");
        display.setVisible(stageMinutes > 0);
        show();
    }

    /** Starts or pauses the countdown; nothing on a step without a time. */
    void toggle() {
        if (minutes == 0) {
            return;
        }
        running = !running;
        button.setText(running ? "Pause timer" : "Start timer");
    }

    void tick() {
        if (running && secondsLeft > 0) {
            secondsLeft--;
            show();
            if (secondsLeft == 0) {
                running = false;
                button.setText("Start timer");
                display.setText("Time is up");
            }
        }
    }

    private void show() {
        display.setText(String.format("%d:%02d left", secondsLeft / 60, secondsLeft % 60));
    }
}
