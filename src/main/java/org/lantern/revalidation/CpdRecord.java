package org.lantern.revalidation;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's CPD record from Lantern: the modules they completed and the reflective sessions they
 * attended, earliest first.
 */
public record CpdRecord(String ownerName, List<Module> modules, List<Session> sessions) {

    public CpdRecord {
        modules = List.copyOf(modules);
        sessions = List.copyOf(sessions);
    }

    /** A completed module: hours are its minutes over 60, rounded to a quarter hour; what it covered is its lessons. */
    public record Module(LocalDate completed, double hours, String title, List<String> covered) {
        public Module {
            covered = List.copyOf(covered);
        }
    }

    /** A reflective session attended. */
    public record Session(LocalDate date, String team, String focus, int minutes) {
    }

    /** Total hours of completed modules and sessions attended, rounded to a quarter hour. */
    public double totalHours() {
        double minutes = modules.stream().mapToDouble(m -> m.hours() * 60).sum()
                + sessions.stream().mapToInt(Session::minutes).sum();
        return Math.round(minutes / 15.0) / 4.0;
    }

    /** Hours as people write them: "1", "1.25", "0.5". */
    public static String hours(double hours) {
        return hours == Math.rint(hours) ? String.valueOf((long) hours) : String.valueOf(hours);
    }

    /** The total as a phrase: "1 hour", "2.5 hours". */
    public String totalText() {
        String total = hours(totalHours());
        return total + (total.equals("1") ? " hour" : " hours");
    }
}
