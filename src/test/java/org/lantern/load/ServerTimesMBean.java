package org.lantern.load;

/** What {@link ServerTimes} shows over JMX. */
public interface ServerTimesMBean {

    /** One line per request timed so far: the step, when it started (epoch ms) and its nanoseconds inside Lantern. */
    String samples();
}
