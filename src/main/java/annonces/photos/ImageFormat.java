package annonces.photos;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** The formats a seller may upload, told apart by their first bytes: a name or a declared type proves nothing. */
enum ImageFormat {
    JPEG("jpeg"), PNG("png"), WEBP("webp");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** The name ImageIO knows its readers by. */
    final String readerName;

    ImageFormat(String readerName) {
        this.readerName = readerName;
    }

    static Optional<ImageFormat> sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (b.length >= 8 && Arrays.equals(b, 0, 8, PNG_SIGNATURE, 0, 8)) {
            return Optional.of(PNG);
        }
        if (b.length >= 12 && ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP")) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /**
     * Whether the file ends where its format says it does. Decoders fill a cut image with grey and carry on
     * (the JPEG one only warns), so a truncated upload would be shown as half a picture.
     */
    boolean complete(byte[] b) {
        return switch (this) {
            case JPEG -> jpegComplete(b);
            case PNG -> indexOf(b, "IEND".getBytes(StandardCharsets.US_ASCII), 8) >= 0;
            case WEBP -> b.length >= 12 && 8L + littleEndian32(b, 4) <= b.length;
        };
    }

    /**
     * An end-of-image marker after the first start-of-scan. Entropy-coded data never holds FF D9 (any FF in
     * it is followed by 00 or a restart marker), so a file cut anywhere in its image data has none; bytes
     * after the marker (a "trailing payload") do not matter, they are dropped with the rest.
     */
    private static boolean jpegComplete(byte[] b) {
        int i = 2;
        while (i + 4 <= b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                return false;
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++; // a fill byte
                continue;
            }
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
                i += 2; // a marker without a length
                continue;
            }
            int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            if (marker == 0xDA) {
                int from = i + 2 + length;
                for (int j = from; j + 1 < b.length; j++) {
                    if ((b[j] & 0xFF) == 0xFF && (b[j + 1] & 0xFF) == 0xD9) {
                        return true;
                    }
                }
                return false;
            }
            i += 2 + length;
        }
        return false;
    }

    private static boolean ascii(byte[] b, int at, String s) {
        return Arrays.equals(b, at, at + s.length(), s.getBytes(StandardCharsets.US_ASCII), 0, s.length());
    }

    private static long littleEndian32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }

    private static int indexOf(byte[] b, byte[] what, int from) {
        outer:
        for (int i = from; i <= b.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (b[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
