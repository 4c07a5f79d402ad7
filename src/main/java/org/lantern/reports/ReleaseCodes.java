package org.lantern.reports;

import org.lantern.base.security.SecretTokens;
import org.lantern.surveys.SurveyDefinition;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * What a release stores beside its figures, and the names it gives things: the survey's signature
 * (releases of one programme must agree on it), the ids of pending comments, and who was in which
 * learning-link group (encoded here, sealed with the pseudonym key by surveys).
 */
final class ReleaseCodes {

    private ReleaseCodes() {
    }

    /** The survey's scored questions and themes as they are now: releases of one programme must agree on them. */
    static String signature(SurveyDefinition survey) {
        StringBuilder s = new StringBuilder();
        if (survey.scale() != null) {
            s.append(survey.scale().min()).append('-').append(survey.scale().max()).append(';');
        }
        for (SurveyDefinition.Item item : survey.items()) {
            s.append(item.key()).append('|').append(item.type()).append('|').append(item.theme()).append('|').append(item.reverse())
                    .append('|').append(item.options()).append('|').append(item.answer()).append(';');
        }
        return SecretTokens.sha256Hex(s.toString()).substring(0, 32);
    }

    /** The id a pending comment goes by: stable between review and release, and not the response's number. */
    static String commentId(ReleaseCalculator.CommentRef ref) {
        return SecretTokens.sha256Hex("lantern comment|" + ref.response() + "|" + ref.item()).substring(0, 20);
    }


    /** Who was in which learning-link group: participant ids with their group, only for linked people. */
    static byte[] encodeGroups(long[] participantIds, byte[] groups) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            int count = 0;
            for (byte g : groups) {
                count += g > 0 ? 1 : 0;
            }
            out.writeInt(count);
            for (int p = 0; p < groups.length; p++) {
                if (groups[p] > 0) {
                    out.writeLong(participantIds[p]);
                    out.writeByte(groups[p]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] decodeGroups(byte[] encoded, Map<Long, Integer> number, int participants) {
        byte[] groups = new byte[participants];
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(encoded)))) {
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                long id = in.readLong();
                byte g = in.readByte();
                Integer p = number.get(id);
                if (p != null) {
                    groups[p] = g;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return groups;
    }
}
