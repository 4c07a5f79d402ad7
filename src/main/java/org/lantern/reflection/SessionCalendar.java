package org.lantern.reflection;

import java.util.List;

/**
 * A person's sessions split at this moment.
 *
 * @param upcoming not started and not cancelled, earliest first
 * @param past     started or cancelled, latest first
 */
public record SessionCalendar(List<ReflectiveSession> upcoming, List<ReflectiveSession> past) {
}
