package org.lantern.surveys;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Shows a refused start because of the pseudonym key as a plain message, not a stack trace. */
class PseudonymKeyFailureAnalyzer extends AbstractFailureAnalyzer<PseudonymKeyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PseudonymKeyException cause) {
        return new FailureAnalysis(cause.getMessage(), "Put the right pseudonym.key back into the data folder (or set "
                + "LANTERN_PSEUDONYM_KEY), or, only if it is lost for good, start once with lantern.pseudonym-key.reset=true. "
                + "README, \"Backup and restore\", says more.", cause);
    }
}
