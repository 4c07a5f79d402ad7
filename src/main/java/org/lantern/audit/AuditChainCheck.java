package org.lantern.audit;

import org.jspecify.annotations.Nullable;

/**
 * What a verification of the audit trail's hash chain found.
 *
 * @param intact        every kept entry is as it was written, none is missing, none was added out of turn
 * @param entries       how many entries were checked
 * @param firstBrokenId the first entry (in the order they were written) that fails, or null; also null when
 *                      the newest entries are missing, which {@code message} then says
 * @param headSeq       how many entries the chain has held since it began (purged ones included)
 * @param headHash      the newest entry's hash (hex): note it somewhere else, and a later verification shows
 *                      whether the trail up to there was rewritten
 * @param message       the finding in plain words
 */
public record AuditChainCheck(boolean intact, long entries, @Nullable Long firstBrokenId, long headSeq, String headHash,
                              String message) {
}
