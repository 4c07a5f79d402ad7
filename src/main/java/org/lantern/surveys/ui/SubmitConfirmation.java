package org.lantern.surveys.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before submitting a response, saying how many questions are unanswered: submitting is final. */
final class SubmitConfirmation extends ConfirmDialog {

    SubmitConfirmation(long missing, Runnable submit) {
        setHeader("Submit your answers?");
        setText((missing > 0 ? missing + " question(s) are not answered. " : "")
                + "Once submitted, your answers are final and cannot be changed.");
        setCancelable(true);
        setCancelText("Keep answering");
        setConfirmText("Submit");
        addConfirmListener(e -> submit.run());
    }
}
