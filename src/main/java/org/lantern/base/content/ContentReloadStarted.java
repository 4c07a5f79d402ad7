package org.lantern.base.content;

/**
 * Published, on the request of the person who asked for it, when a content reload starts (the reload
 * itself runs in the background). The audit trail records it; {@code base} does not know the audit trail.
 *
 * @param origin where the content is read from, e.g. the content folder
 */
public record ContentReloadStarted(String origin) {
}
