package org.lantern.surveys;

import org.jspecify.annotations.Nullable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rows of one CSV file that have no participant code (anonymous paper forms). Nothing tells two such rows
 * apart but their answers, and two people can give the same answers, so a repeated import is recognised by the
 * whole set instead: a SHA-256 of every such row (team, wave and answers, questions in key order) in file order.
 * The same forms typed in again (the file re-exported, its coded rows corrected, its columns reordered) give
 * the same fingerprint, and the import refuses those rows; a file with one such row more or less is a new set.
 */
final class UnlinkedRows {

    private final List<Long> lines = new ArrayList<>();
    private final MessageDigest digest;

    UnlinkedRows() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    void add(long line, long teamId, String waveKey, Map<String, Object> answers) {
        lines.add(line);
        StringBuilder canonical = new StringBuilder().append(teamId).append('\u0001').append(waveKey);
        new TreeMap<>(answers).forEach((item, value) -> canonical.append('\u0001').append(item).append('=').append(value));
        digest.update(canonical.append('\u0002').toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The lines of the rows without a code, in file order. */
    List<Long> lines() {
        return List.copyOf(lines);
    }

    /** The fingerprint of the rows, or null when the file has none. */
    @Nullable String fingerprint() {
        return lines.isEmpty() ? null : HexFormat.of().formatHex(digest.digest());
    }
}
