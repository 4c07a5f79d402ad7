package org.lantern.surveys;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Shows a refused start because of the pseudonym key as a plain message, not a stack trace. */
class PseudonymKeyFailureAnalyzer extends AbstractFailureAnalyzer<PseudonymKeyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PseudonymKeyException cause) {
        return new FailureAnalysis(cause.getMessage(), "See \"Backup and restore\" in the README: the pseudonym key.", cause);
    }
}
