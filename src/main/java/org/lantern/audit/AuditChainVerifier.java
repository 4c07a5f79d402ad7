package org.lantern.audit;

import org.jspecify.annotations.Nullable;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Recomputes the audit trail's hash chain from the stored entries, in Java, so that the check does not
 * rely on database functions an intruder with the owner's rights could have replaced. Each entry's
 * hash must be SHA-256(previous hash || canonical encoding), the chain positions must follow one
 * another from the purge's anchor, and the last entry must be the chain's recorded head.
 * The encoding is the one {@code audit_event_encoding} (changeset 020) uses.
 */
final class AuditChainVerifier {

    private static final HexFormat HEX = HexFormat.of();

    private AuditChainVerifier() {
    }

    static AuditChainCheck verify(AuditChainRepository chain) {
        var state = chain.state();
        Walk walk = new Walk(state.map(AuditChainRepository.ChainState::anchorSeq).orElse(1L),
                state.map(AuditChainRepository.ChainState::anchorHash).orElse(new byte[0]));
        chain.forEachInChainOrder(walk::accept);
        if (walk.broken != null) {
            return walk.broken;
        }
        if (state.isEmpty()) {
            return walk.entries == 0
                    ? new AuditChainCheck(true, 0, null, 0, "", "The audit trail is empty.")
                    : walk.fail(null, "The record of where the chain ends is missing, so the newest entries cannot be checked.");
        }
        var s = state.get();
        String head = HEX.formatHex(s.headHash());
        if (walk.nextSeq - 1 != s.headSeq() || !Arrays.equals(walk.previous, s.headHash())) {
            return new AuditChainCheck(false, walk.entries, null, s.headSeq(), head, "The newest entries are missing: "
                    + "the chain should end at entry number " + s.headSeq() + " in writing order, but the trail ends at "
                    + (walk.nextSeq - 1) + ".");
        }
        return new AuditChainCheck(true, walk.entries, null, s.headSeq(), head, "The audit trail is intact: "
                + walk.entries + " entries checked, none changed, removed or added out of turn.");
    }

    /** The canonical encoding of an entry, byte for byte as the database's {@code audit_event_encoding}. */
    static byte[] encoding(AuditChainRepository.ChainedEntry e) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 + e.detail().length());
        out.writeBytes("lantern-audit-1;".getBytes(StandardCharsets.UTF_8));
        field(out, Long.toString(e.chainSeq()));
        field(out, Long.toString(e.id()));
        field(out, Long.toString(micros(e.at())));
        field(out, e.accountId() == null ? null : e.accountId().toString());
        field(out, e.username());
        field(out, e.eventType());
        field(out, e.detail());
        field(out, e.clientIp());
        return out.toByteArray();
    }

    static byte[] hash(byte[] previous, byte[] encoding) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previous);
            return sha.digest(encoding);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    private static long micros(OffsetDateTime at) {
        return Math.addExact(Math.multiplyExact(at.toEpochSecond(), 1_000_000L), at.getNano() / 1_000);
    }

    private static void field(ByteArrayOutputStream out, @Nullable String value) {
        if (value == null) {
            out.writeBytes("n;".getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(("s" + bytes.length + ":").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bytes);
        out.write(';');
    }

    /** Walks the entries in chain order and stops at the first that fails. */
    private static final class Walk {
        long nextSeq;
        byte[] previous;
        long entries;
        @Nullable AuditChainCheck broken;

        Walk(long anchorSeq, byte[] anchorHash) {
            this.nextSeq = anchorSeq;
            this.previous = anchorHash;
        }

        void accept(AuditChainRepository.ChainedEntry e) {
            if (broken != null) {
                return;
            }
            entries++;
            if (e.chainSeq() != nextSeq) {
                broken = fail(e.id(), e.chainSeq() > nextSeq
                        ? "Entry " + e.id() + " (number " + e.chainSeq() + " in writing order) does not follow the one "
                        + "before it: " + (e.chainSeq() - nextSeq) + " entries before it are missing."
                        : "Entry " + e.id() + " (number " + e.chainSeq() + " in writing order) lies before the start "
                        + "of the chain (" + nextSeq + "), where only the retention purge may cut it.");
                return;
            }
            byte[] expected = hash(previous, encoding(e));
            if (!Arrays.equals(expected, e.hash())) {
                broken = fail(e.id(), "Entry " + e.id() + " (number " + e.chainSeq() + " in writing order, "
                        + e.at().toInstant() + ") does not match its hash: it, or the entry before it, was changed after "
                        + "it was written.");
                return;
            }
            previous = e.hash();
            nextSeq++;
        }

        AuditChainCheck fail(@Nullable Long id, String message) {
            return new AuditChainCheck(false, entries, id, nextSeq - 1, HEX.formatHex(previous), "The audit trail has been "
                    + "tampered with. " + message);
        }
    }
}
