package annonces.photos;

import annonces.system.InvalidInputException;
import annonces.system.PayloadTooLargeException;
import annonces.system.UnsupportedMediaException;
import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import net.coobird.thumbnailator.Thumbnails;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;

import javax.imageio.IIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Turns an uploaded file into the three JPEG sizes the service serves, or refuses it with the rule it broke.
 *
 * <p>The order is the defence: the type from the first bytes, the size in bytes, then the dimensions from the
 * header alone, so that a decompression bomb (a few kilobytes declaring 20,000 x 20,000 pixels) is refused
 * before any pixel is decoded. Decoding then skips rows and columns ({@code setSourceSubsampling}) down to
 * twice the large size at most: a 40-megapixel photo never lives in memory at full size.
 *
 * <p>Nothing of the file survives but its pixels: every size is a new JPEG drawn from them (no EXIF, GPS, XMP,
 * ICC profile or bytes after the image), upright (the EXIF orientation applied first), on white where the
 * original was transparent.
 */
final class Intake {

    static final int MIN_SIDE = 100;
    private static final float QUALITY = 0.82f;

    private final PhotoSettings settings;

    Intake(PhotoSettings settings) {
        this.settings = settings;
    }

    /** The sizes of one photo, its large size's dimensions and its perceptual hash. */
    record Prepared(Map<PhotoSize, byte[]> jpegs, int width, int height, long dhash) {
    }

    Prepared prepare(byte[] file) {
        if (file.length == 0) {
            throw new InvalidInputException("photo", "the body is empty: send the image itself (JPEG, PNG or WebP)");
        }
        if (file.length > settings.maxBytes()) {
            throw tooLarge(file.length);
        }
        ImageFormat format = ImageFormat.sniff(file).orElseThrow(() -> new UnsupportedMediaException(
                "A photo is a JPEG, PNG or WebP image, recognised by its content; this file is none of them "
                        + "(an iPhone's HEIC photo: share it as JPEG, or set the camera to \"Most Compatible\")"));
        if (!format.complete(file)) {
            throw damaged(format, "it ends before its image data does (a truncated file)");
        }
        BufferedImage upright = orient(decode(file, format), orientation(file));
        BufferedImage rgb = opaque(upright);
        Map<PhotoSize, byte[]> jpegs = new EnumMap<>(PhotoSize.class);
        BufferedImage source = rgb;
        BufferedImage thumbnail = null;
        int[] large = null;
        // Largest first, each size drawn from the one above: the same quality for a third of the work.
        for (PhotoSize size : List.of(PhotoSize.LARGE, PhotoSize.MEDIUM, PhotoSize.THUMBNAIL)) {
            int[] dims = size.fit(rgb.getWidth(), rgb.getHeight());
            BufferedImage scaled = scale(source, dims[0], dims[1]);
            jpegs.put(size, jpeg(scaled));
            if (size == PhotoSize.LARGE) {
                large = dims;
            }
            thumbnail = scaled;
            source = scaled;
        }
        return new Prepared(jpegs, large[0], large[1], DifferenceHash.of(thumbnail));
    }

    private BufferedImage decode(byte[] file, ImageFormat format) {
        // Read in place: ImageIO's own streams would copy the file, or cache it on disk.
        try (ImageInputStream in = new ByteArrayImageInputStream(file)) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName);
            if (!readers.hasNext()) {
                throw new IllegalStateException("No ImageIO reader for " + format);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > settings.maxPixels()) {
                    throw new PayloadTooLargeException("A photo has at most " + settings.maxPixels() / 1_000_000
                            + " megapixels; this one declares " + width + " x " + height);
                }
                if (Math.min(width, height) < MIN_SIDE) {
                    throw new InvalidInputException("photo", "a photo is at least " + MIN_SIDE + " x " + MIN_SIDE
                            + " pixels; this one is " + width + " x " + height);
                }
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((r, warning) -> warnings.add(warning));
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(width, height) / PhotoSize.LARGE.longSide);
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                if (!warnings.isEmpty()) {
                    throw damaged(format, String.join("; ", warnings));
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IIOException | IndexOutOfBoundsException | IllegalArgumentException e) {
            throw damaged(format, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } catch (IOException e) {
            throw damaged(format, e.toString());
        }
    }

    /** The EXIF orientation (1 to 8), 1 when the file has none or it cannot be read. */
    private static int orientation(byte[] file) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(file), file.length);
            ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                int value = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
                return value >= 1 && value <= 8 ? value : 1;
            }
        } catch (ImageProcessingException | MetadataException | IOException | RuntimeException e) {
            // Unreadable metadata is dropped with the rest; the pixels are shown as stored.
        }
        return 1;
    }

    /** Applies an EXIF orientation (TIFF 6.0: 1 upright, 3 upside down, 6 and 8 quarter turns, even ones mirrored). */
    static BufferedImage orient(BufferedImage image, int orientation) {
        if (orientation == 1) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swaps = orientation >= 5;
        // (m00, m10, m01, m11, m02, m12): x' = m00 x + m01 y + m02, y' = m10 x + m11 y + m12
        AffineTransform t = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> throw new IllegalArgumentException("EXIF orientation " + orientation);
        };
        int type = image.getType() == BufferedImage.TYPE_CUSTOM ? BufferedImage.TYPE_INT_ARGB : image.getType();
        BufferedImage turned = new BufferedImage(swaps ? h : w, swaps ? w : h, type);
        Graphics2D g = turned.createGraphics();
        try {
            g.drawImage(image, t, null);
        } finally {
            g.dispose();
        }
        return turned;
    }

    /**
     * Opaque pixels a JPEG encoder takes: JPEG has no alpha (a transparent PNG drawn as is would turn black),
     * and indexed colours must be expanded. A decoded JPEG already is, and is not copied.
     */
    private static BufferedImage opaque(BufferedImage image) {
        int type = image.getType();
        if (!image.getColorModel().hasAlpha() && (type == BufferedImage.TYPE_3BYTE_BGR
                || type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_BYTE_GRAY)) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static BufferedImage scale(BufferedImage source, int width, int height) {
        if (source.getWidth() == width && source.getHeight() == height) {
            return source;
        }
        try {
            return Thumbnails.of(source).forceSize(width, height).asBufferedImage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A baseline JPEG of the pixels alone: the writer is given no metadata, so it writes none but JFIF's. */
    private static byte[] jpeg(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private PayloadTooLargeException tooLarge(long bytes) {
        return new PayloadTooLargeException("A photo is at most " + settings.maxBytes() / (1024 * 1024)
                + " MB; this one is " + String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024)) + " MB");
    }

    private static InvalidInputException damaged(ImageFormat format, String why) {
        return new InvalidInputException("photo", "this " + format + " file cannot be read as a whole: " + why);
    }
}
