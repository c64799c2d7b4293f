package annonces.photos;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;

/**
 * Pictures for the tests, made here: real files in each format, with the metadata a phone writes (EXIF
 * orientation, a GPS position, XMP), and hostile ones (a bomb's header, a truncated file, a renamed PDF).
 */
public final class Pictures {

    /** The seller's home, as a phone writes it in EXIF: 49.1829 N, 0.3707 W (Caen). */
    static final double[] HOME = {49.1829, -0.3707};

    private Pictures() {
    }

    /** A picture with structure (a gradient sky, a house, a sun), different for each seed. */
    public static BufferedImage drawn(int width, int height, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt(0xFFFFFF)), width, height,
                new Color(random.nextInt(0xFFFFFF))));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 12; i++) {
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            int w = width / 4 + random.nextInt(width / 3);
            int h = height / 4 + random.nextInt(height / 3);
            g.fillRect(random.nextInt(width - w), random.nextInt(height - h), w, h);
            g.fillOval(random.nextInt(width), random.nextInt(height), width / 6, width / 6);
        }
        g.dispose();
        return image;
    }

    public static byte[] jpeg(BufferedImage image) {
        return encode(image, "jpg");
    }

    public static byte[] jpeg(int width, int height, long seed) {
        return jpeg(drawn(width, height, seed));
    }

    public static byte[] png(BufferedImage image) {
        return encode(image, "png");
    }

    /** A PNG whose left half is transparent. */
    static byte[] transparentPng(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(200, 30, 30));
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return png(image);
    }

    /**
     * A lossless WebP of one colour, written bit by bit (VP8L, every prefix code a single symbol, so the
     * pixels take no bits at all): the JDK has no WebP writer, and TwelveMonkeys only reads.
     */
    static byte[] webp(int width, int height, Color colour) {
        Bits bits = new Bits();
        bits.write(0x2F, 8);
        bits.write(width - 1, 14);
        bits.write(height - 1, 14);
        bits.write(0, 1); // no alpha
        bits.write(0, 3); // version 0
        bits.write(0, 1); // no transform
        bits.write(0, 1); // no colour cache
        bits.write(0, 1); // no meta prefix codes
        for (int value : new int[] {colour.getGreen(), colour.getRed(), colour.getBlue(), 255}) {
            bits.write(1, 1); // simple code
            bits.write(0, 1); // one symbol
            bits.write(1, 1); // of 8 bits
            bits.write(value, 8);
        }
        bits.write(1, 1); // distance code: simple, one symbol, 1 bit, symbol 0
        bits.write(0, 1);
        bits.write(0, 1);
        bits.write(0, 1);
        // Zero bytes after the last code: decoders read ahead by whole words, and zeros are no pixels.
        byte[] data = Arrays.copyOf(bits.bytes(), 32);
        int padded = data.length + (data.length & 1);
        ByteBuffer riff = ByteBuffer.allocate(20 + padded).order(ByteOrder.LITTLE_ENDIAN);
        riff.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(12 + padded)
                .put("WEBP".getBytes(StandardCharsets.US_ASCII)).put("VP8L".getBytes(StandardCharsets.US_ASCII))
                .putInt(data.length).put(data);
        return riff.array();
    }

    /**
     * The JPEG with what a phone adds: an EXIF block (orientation, GPS position of {@link #HOME}, camera make),
     * an XMP packet, and bytes after the end of the image.
     */
    static byte[] asFromAPhone(byte[] jpeg, int orientation) {
        byte[] exif = exif(orientation);
        byte[] xmp = ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF "
                + "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" dc:creator=\"Jean Vendeur\"/></rdf:RDF></x:xmpmeta>")
                .getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        segment(out, 0xE1, exif);
        segment(out, 0xE1, xmp);
        out.write(jpeg, 2, jpeg.length - 2);
        out.writeBytes(TRAILING_PAYLOAD);
        return out.toByteArray();
    }

    static final byte[] TRAILING_PAYLOAD = "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.US_ASCII);

    /** A PNG that declares width x height and holds no pixels: a decompression bomb's header. */
    static byte[] pngHeader(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] truncated(byte[] file) {
        return Arrays.copyOf(file, file.length / 2);
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A little-endian TIFF block: IFD0 (Orientation, Make, GPS pointer) and a GPS IFD (latitude, longitude). */
    private static byte[] exif(int orientation) {
        ByteBuffer b = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);
        b.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        int tiff = b.position();
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        // IFD0 at 8: 3 entries (12 bytes each) + next-IFD offset = 2 + 36 + 4 = 42 -> data from 50
        b.putShort((short) 3);
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        b.putShort((short) 0x010F).putShort((short) 2).putInt(4).put("Acme".getBytes(StandardCharsets.US_ASCII));
        b.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(50);
        b.putInt(0);
        // GPS IFD at 50: 4 entries + next = 2 + 48 + 4 = 54 -> rationals from 104
        b.putShort((short) 4);
        b.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        b.putShort((short) 2).putShort((short) 5).putInt(3).putInt(104);
        b.putShort((short) 3).putShort((short) 2).putInt(2).put((byte) 'W').put((byte) 0).putShort((short) 0);
        b.putShort((short) 4).putShort((short) 5).putInt(3).putInt(128);
        b.putInt(0);
        rational(b, Math.abs(HOME[0]));
        rational(b, Math.abs(HOME[1]));
        byte[] all = new byte[b.position()];
        b.flip();
        b.get(all);
        if (tiff != 6) {
            throw new IllegalStateException();
        }
        return all;
    }

    /** Degrees, minutes, seconds as three RATIONALs. */
    private static void rational(ByteBuffer b, double degrees) {
        int d = (int) degrees;
        double minutes = (degrees - d) * 60;
        int m = (int) minutes;
        int s100 = (int) Math.round((minutes - m) * 60 * 100);
        b.putInt(d).putInt(1).putInt(m).putInt(1).putInt(s100).putInt(100);
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] payload) {
        out.write(0xFF);
        out.write(marker);
        int length = payload.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(payload);
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        ByteBuffer length = ByteBuffer.allocate(4).putInt(data.length);
        out.writeBytes(length.array());
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** Bits written least significant first, as VP8L reads them. */
    private static final class Bits {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private long buffer;
        private int count;

        void write(int value, int n) {
            buffer |= ((long) value & ((1L << n) - 1)) << count;
            count += n;
            while (count >= 8) {
                out.write((int) (buffer & 0xFF));
                buffer >>>= 8;
                count -= 8;
            }
        }

        byte[] bytes() {
            if (count > 0) {
                out.write((int) (buffer & 0xFF));
                buffer = 0;
                count = 0;
            }
            return out.toByteArray();
        }
    }
}
