package org.lantern.surveys;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the pseudonym key at start, creates it the first time, and checks it against the database.
 * <ul>
 *   <li>{@code lantern.pseudonym-key} (base64 of 32 bytes) wins when set; otherwise the key file, created
 *       with owner-only permissions when missing.</li>
 *   <li>When the database holds keyed links and the key is missing, or is not the one the links were
 *       made with (its fingerprint differs), Lantern refuses to start: those links would silently stop
 *       working and people could answer a second time. {@code lantern.pseudonym-key.reset=true} then
 *       clears every link (and the drafts only a link could reach) and starts with the key at hand or a
 *       new one.</li>
 * </ul>
 */
final class PseudonymKeyLoader {

    private static final Logger log = LoggerFactory.getLogger(PseudonymKeyLoader.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private PseudonymKeyLoader() {
    }

    /** The key bytes to use; the database's fingerprint is brought up to date on the way. */
    static byte[] load(Path keyFile, @Nullable String configured, boolean reset, LinkRepository repository) {
        byte[] key;
        String source;
        if (configured != null && !configured.isBlank()) {
            key = decode(configured, "The setting lantern.pseudonym-key (LANTERN_PSEUDONYM_KEY)");
            source = "the setting lantern.pseudonym-key";
        } else if (Files.exists(keyFile)) {
            key = read(keyFile);
            source = keyFile.toString();
        } else {
            key = null;
            source = keyFile.toString();
        }
        byte[] found = key;
        return repository.inTransaction(() -> {
            repository.lockKeyFingerprint();
            boolean links = repository.anyLink();
            Optional<byte[]> stored = repository.keyFingerprint();
            byte[] chosen = found;
            if (chosen == null) {
                if (links && !reset) {
                    throw new PseudonymKeyException(missingMessage(keyFile));
                }
                chosen = create(keyFile);
                log.info("Created a new pseudonym key in {}. Keep a copy of it apart from database backups.", keyFile);
            } else if (stored.isPresent() && !MessageDigest.isEqual(stored.get(), PseudonymKey.fingerprintOf(chosen))) {
                if (links && !reset) {
                    throw new PseudonymKeyException(differentMessage(source));
                }
                if (!links) {
                    log.warn("The pseudonym key from {} is not the one this database last used; no survey answers are "
                            + "linked yet, so Lantern uses it from now on. With several instances, give them all the same key.", source);
                }
            } else if (reset) {
                log.warn("lantern.pseudonym-key.reset=true is set, but the pseudonym key from {} is the right one: nothing "
                        + "was cleared. Remove the setting.", source);
            }
            if (reset && links && (found == null || stored.isPresent()
                    && !MessageDigest.isEqual(stored.get(), PseudonymKey.fingerprintOf(chosen)))) {
                LinkRepository.Cleared cleared = repository.clearAllLinks();
                log.warn("lantern.pseudonym-key.reset=true: the old pseudonym key is gone, so {} survey links and {} unsubmitted "
                        + "responses were deleted. People start afresh in open waves and can no longer see or resume earlier "
                        + "answers. Remove the setting now.", cleared.links(), cleared.drafts());
            }
            repository.storeKeyFingerprint(PseudonymKey.fingerprintOf(chosen));
            log.info("Using the pseudonym key from {}", found == null ? keyFile : source);
            return chosen;
        });
    }

    private static String missingMessage(Path keyFile) {
        return "Lantern cannot start: the database links survey answers to people with a pseudonym key, but the key "
                + "is missing (no file " + keyFile.toAbsolutePath() + " and no setting lantern.pseudonym-key / "
                + "LANTERN_PSEUDONYM_KEY). Without it nobody can see or resume their earlier survey answers, and people "
                + "could answer a wave a second time. Restore pseudonym.key from your copy into the data folder (or set "
                + "LANTERN_PSEUDONYM_KEY to its contents) and start again. If the key is lost for good, start once with "
                + "lantern.pseudonym-key.reset=true (LANTERN_PSEUDONYM_KEY_RESET=true): every survey link and unsubmitted "
                + "response is deleted, submitted answers stay for reports, and people start afresh in open waves.";
    }

    private static String differentMessage(String source) {
        return "Lantern cannot start: the pseudonym key from " + source + " is not the key this database's survey links "
                + "were made with. With it nobody could see or resume their earlier survey answers, and people could "
                + "answer a wave a second time. Use the pseudonym.key that belongs to this database (with several "
                + "instances, the same key on every one) and start again. If that key is lost for good, start once with "
                + "lantern.pseudonym-key.reset=true (LANTERN_PSEUDONYM_KEY_RESET=true): every survey link and unsubmitted "
                + "response is deleted, submitted answers stay for reports, and people start afresh in open waves.";
    }

    static byte[] decode(String base64, String where) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new PseudonymKeyException(where + " is not base64. It must be 32 random bytes in base64, e.g. from "
                    + "`openssl rand -base64 32`.");
        }
        if (key.length != PseudonymKey.KEY_BYTES) {
            throw new PseudonymKeyException(where + " holds " + key.length + " bytes; a pseudonym key is "
                    + PseudonymKey.KEY_BYTES + " random bytes in base64, e.g. from `openssl rand -base64 32`.");
        }
        return key;
    }

    private static byte[] read(Path keyFile) {
        try {
            warnIfReadableByOthers(keyFile);
            return decode(Files.readString(keyFile, StandardCharsets.US_ASCII), "The key file " + keyFile.toAbsolutePath());
        } catch (IOException e) {
            throw new PseudonymKeyException("Lantern cannot read its pseudonym key file " + keyFile.toAbsolutePath() + ": "
                    + e.getMessage());
        }
    }

    /** 32 random bytes, written in base64 to a temporary file with owner-only permissions, then moved into place. */
    private static byte[] create(Path keyFile) {
        byte[] key = new byte[PseudonymKey.KEY_BYTES];
        new SecureRandom().nextBytes(key);
        byte[] text = (Base64.getEncoder().encodeToString(key) + "\n").getBytes(StandardCharsets.US_ASCII);
        try {
            Path folder = keyFile.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path temporary = folder.resolve(keyFile.getFileName() + ".new");
            Files.deleteIfExists(temporary);
            boolean posix = Files.getFileStore(folder).supportsFileAttributeView("posix");
            FileAttribute<?>[] attributes = posix ? new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                    : new FileAttribute<?>[0];
            try (FileChannel channel = FileChannel.open(temporary, Set.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), attributes)) {
                channel.write(java.nio.ByteBuffer.wrap(text));
                channel.force(true);
            }
            try {
                Files.move(temporary, keyFile, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, keyFile);
            }
            if (!posix) {
                log.warn("The file system of {} has no POSIX permissions: make sure only the account running Lantern "
                        + "can read the pseudonym key file.", keyFile);
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Lantern could not write its pseudonym key to " + keyFile.toAbsolutePath()
                    + ": " + e.getMessage(), e);
        }
    }

    private static void warnIfReadableByOthers(Path keyFile) throws IOException {
        if (!Files.getFileStore(keyFile).supportsFileAttributeView("posix")) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(keyFile);
        if (!OWNER_ONLY.containsAll(permissions)) {
            log.warn("The pseudonym key file {} can be read by others ({}); make it rw------- (chmod 600).", keyFile,
                    PosixFilePermissions.toString(permissions));
        }
    }
}
