package annonces.listings.generator;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Rows for {@code COPY ... FROM STDIN} in PostgreSQL's text format, encoded to UTF-8 straight into a buffer
 * that goes to the server a megabyte at a time: no statement per row, no row kept once it is sent, and no
 * intermediate {@code String} per line. One stream per table per transaction; not thread-safe.
 */
final class CopyStream implements AutoCloseable {

    /** Large enough that the socket, not the calls, sets the pace; small enough to stay in the CPU's caches. */
    static final int BUFFER_BYTES = 1 << 20;
    /** The longest a single char can grow to: an escaped control char is 2 bytes, a surrogate pair 4. */
    private static final int MAX_BYTES_PER_CHAR = 4;

    private final CopyIn copy;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int length;
    private boolean atRowStart = true;

    private CopyStream(CopyIn copy) {
        this.copy = copy;
    }

    static CopyStream open(Connection connection, String table, List<String> columns) throws SQLException {
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT text)";
        return new CopyStream(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql));
    }

    CopyStream text(String value) throws SQLException {
        if (value == null) {
            return nullValue();
        }
        separate();
        for (int i = 0; i < value.length(); i++) {
            if (length + MAX_BYTES_PER_CHAR > buffer.length) {
                flush();
            }
            char c = value.charAt(i);
            switch (c) {
                // The four characters that COPY's text format reads as syntax: escaped, or the row breaks.
                case '\\' -> escape('\\');
                case '\t' -> escape('t');
                case '\n' -> escape('n');
                case '\r' -> escape('r');
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        encode(Character.toCodePoint(c, value.charAt(++i)));
                    } else {
                        encode(Character.isSurrogate(c) ? '\uFFFD' : c);
                    }
                }
            }
        }
        return this;
    }

    CopyStream number(long value) throws SQLException {
        return ascii(Long.toString(value));
    }

    CopyStream uuid(UUID value) throws SQLException {
        return ascii(value.toString());
    }

    /** An instant in ISO-8601 with its {@code Z}, which {@code timestamptz} reads without any session time zone. */
    CopyStream instant(Instant value) throws SQLException {
        return value == null ? nullValue() : ascii(value.toString());
    }

    CopyStream nullValue() throws SQLException {
        return ascii("\\N");
    }

    CopyStream endRow() throws SQLException {
        if (length + 1 > buffer.length) {
            flush();
        }
        buffer[length++] = '\n';
        atRowStart = true;
        return this;
    }

    /** Sends what is left and ends the COPY. @return the number of rows the server stored */
    long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    /** Abandons a COPY that was not finished, so that the connection can roll back and be used again. */
    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private CopyStream ascii(String value) throws SQLException {
        separate();
        if (length + value.length() > buffer.length) {
            flush();
        }
        for (int i = 0; i < value.length(); i++) {
            buffer[length++] = (byte) value.charAt(i);
        }
        return this;
    }

    private void separate() throws SQLException {
        if (atRowStart) {
            atRowStart = false;
            return;
        }
        if (length + 1 > buffer.length) {
            flush();
        }
        buffer[length++] = '\t';
    }

    private void escape(char code) {
        buffer[length++] = '\\';
        buffer[length++] = (byte) code;
    }

    private void encode(int codePoint) {
        if (codePoint < 0x80) {
            buffer[length++] = (byte) codePoint;
        } else if (codePoint < 0x800) {
            buffer[length++] = (byte) (0xC0 | codePoint >> 6);
            buffer[length++] = (byte) (0x80 | codePoint & 0x3F);
        } else if (codePoint < 0x10000) {
            buffer[length++] = (byte) (0xE0 | codePoint >> 12);
            buffer[length++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
            buffer[length++] = (byte) (0x80 | codePoint & 0x3F);
        } else {
            buffer[length++] = (byte) (0xF0 | codePoint >> 18);
            buffer[length++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
            buffer[length++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
            buffer[length++] = (byte) (0x80 | codePoint & 0x3F);
        }
    }

    private void flush() throws SQLException {
        if (length > 0) {
            copy.writeToCopy(buffer, 0, length);
            length = 0;
        }
    }
}
