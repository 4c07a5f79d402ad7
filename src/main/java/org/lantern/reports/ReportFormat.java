package org.lantern.reports;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How report figures are written for people (page, PDF) and for data files (CSV). */
public final class ReportFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ReportFormat() {
    }

    /** A mean or SD to two decimals, or a dash when undefined. */
    public static String number(@Nullable Double value) {
        return value == null || value.isNaN() ? "–" : String.format(Locale.UK, "%.2f", value);
    }

    /** A change with its sign: +0.45, -0.20, 0.00. */
    public static String signed(@Nullable Double value) {
        if (value == null || value.isNaN()) {
            return "–";
        }
        String text = String.format(Locale.UK, "%.2f", value);
        return value > 0 && !text.equals("0.00") ? "+" + text : text.equals("-0.00") ? "0.00" : text;
    }

    /** A p-value to three decimals, or "<0.001". */
    public static String p(@Nullable Double value) {
        if (value == null || value.isNaN()) {
            return "–";
        }
        return value < 0.001 ? "<0.001" : String.format(Locale.UK, "%.3f", value);
    }

    public static String percent(@Nullable Double value) {
        return value == null || value.isNaN() ? "–" : Math.round(value) + "%";
    }

    public static String interval(@Nullable Double low, @Nullable Double high) {
        return low == null || high == null ? "–" : signed(low) + " to " + signed(high);
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** "before" → "Before", "follow-up-1" → "Follow up 1". */
    public static String wave(String key) {
        String words = key.replace('-', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Cronbach's alpha with its 95% interval, "0.82 (0.71 to 0.90)", or a dash when it cannot be worked out. */
    public static String alpha(org.lantern.reports.stats.@Nullable Reliability r) {
        return r == null || r.cronbachAlpha() == null ? "–"
                : number(r.cronbachAlpha()) + " (" + number(r.alphaCiLow()) + " to " + number(r.alphaCiHigh()) + ")";
    }

    /** What a reader should know about a theme's reliability, in plain words, or an empty string. */
    public static String reliabilityNote(org.lantern.reports.stats.@Nullable Reliability r) {
        if (r == null) {
            return "";
        }
        if (r.undefined() != null) {
            return "Alpha cannot be worked out: " + r.undefined().words() + ".";
        }
        return r.low() ? "These questions may not measure one thing (alpha under 0.7)." : "";
    }

    /** A count, or the words for why it is hidden. */
    public static String count(Count count, Report report) {
        return count.hidden() != null ? report.label(count.hidden()) : String.valueOf(count.value());
    }

    /** A number for a data file: up to 6 significant digits, no exponent, empty when undefined. */
    public static String data(@Nullable Double value) {
        if (value == null || value.isNaN()) {
            return "";
        }
        if (value.isInfinite()) {
            return value > 0 ? "Inf" : "-Inf";
        }
        return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    public static String data(@Nullable Integer value) {
        return value == null ? "" : String.valueOf(value);
    }
}
