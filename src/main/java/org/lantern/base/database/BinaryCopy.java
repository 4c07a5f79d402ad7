package org.lantern.base.database;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Reads the rows of a {@code COPY (...) TO STDOUT (FORMAT binary)} one field at a time, for results too big to take
 * in as one object per row (millions of small rows): each field is read straight from the stream into a primitive.
 * The format is PostgreSQL's ("COPY", "Binary Format"): a header, then per row the number of fields and each field
 * as its length and its bytes in network order, then -1 for the end.
 */
public final class BinaryCopy implements AutoCloseable {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};

    private final PGCopyInputStream in;
    private byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;

    /** Starts the copy on the connection (in its transaction, if any) and reads the header. */
    public BinaryCopy(PGConnection connection, String copySql) throws SQLException {
        this.in = new PGCopyInputStream(connection, copySql);
        need(SIGNATURE.length + 8);
        if (!Arrays.equals(buffer, position, position + SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
            throw new IllegalStateException("Not PostgreSQL's binary copy format");
        }
        position += SIGNATURE.length + 4; // the flags: none are set for a copy out
        int extension = int32();
        need(extension);
        position += extension;
    }

    /** Moves to the next row: false at the end. */
    public boolean next() {
        need(2);
        short fields = (short) (((buffer[position] & 0xff) << 8) | (buffer[position + 1] & 0xff));
        position += 2;
        return fields >= 0;
    }

    /** The next field of the row, a {@code bigint}. */
    public long int8() {
        expect(8);
        return int64();
    }

    /** The next field of the row, a {@code bigint}, or null. */
    public @Nullable Long nullableInt8() {
        int length = int32();
        if (length < 0) {
            return null;
        }
        if (length != 8) {
            throw new IllegalStateException("A field of " + length + " bytes where 8 were expected");
        }
        return int64();
    }

    /** The next field of the row, a {@code boolean} (not null). */
    public boolean bool() {
        expect(1);
        need(1);
        return buffer[position++] != 0;
    }

    /** The next field of the row, an {@code integer[]} of one dimension (null elements as {@link Integer#MIN_VALUE}), or null. */
    public int @Nullable [] int4Array() {
        int length = int32();
        if (length < 0) {
            return null;
        }
        int dimensions = int32();
        int32(); // whether it has nulls
        int32(); // the elements' type
        if (dimensions == 0) {
            return new int[0];
        }
        if (dimensions != 1) {
            throw new IllegalStateException("An array of " + dimensions + " dimensions where one was expected");
        }
        int[] values = new int[int32()];
        int32(); // its lower bound
        for (int i = 0; i < values.length; i++) {
            int size = int32();
            values[i] = size < 0 ? Integer.MIN_VALUE : int32();
        }
        return values;
    }

    /** The next field of the row, a {@code text}, or null. */
    public @Nullable String text() {
        int length = int32();
        if (length < 0) {
            return null;
        }
        need(length);
        String text = new String(buffer, position, length, StandardCharsets.UTF_8);
        position += length;
        return text;
    }

    private void expect(int length) {
        int actual = int32();
        if (actual != length) {
            throw new IllegalStateException(actual < 0 ? "A null where a value was expected" : "A field of " + actual + " bytes where "
                    + length + " were expected");
        }
    }

    private long int64() {
        long high = int32() & 0xffffffffL;
        return (high << 32) | (int32() & 0xffffffffL);
    }

    private int int32() {
        need(4);
        int value = ((buffer[position] & 0xff) << 24) | ((buffer[position + 1] & 0xff) << 16) | ((buffer[position + 2] & 0xff) << 8)
                | (buffer[position + 3] & 0xff);
        position += 4;
        return value;
    }

    /** Makes sure the buffer holds {@code bytes} more bytes from the stream. */
    private void need(int bytes) {
        if (limit - position >= bytes) {
            return;
        }
        byte[] into = bytes > buffer.length ? new byte[Math.max(bytes, 2 * buffer.length)] : buffer;
        System.arraycopy(buffer, position, into, 0, limit - position);
        buffer = into;
        limit -= position;
        position = 0;
        try {
            while (limit < bytes) {
                int read = in.read(buffer, limit, buffer.length - limit);
                if (read < 0) {
                    throw new IllegalStateException("The copy ended in the middle of a row");
                }
                limit += read;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads what is left of the copy, so that the connection can be used again. */
    @Override
    public void close() throws SQLException {
        try {
            while (in.read(buffer, 0, buffer.length) >= 0) {
                // drain
            }
            in.close();
        } catch (IOException e) {
            throw new SQLException("Could not finish the copy", e);
        }
    }
}
