package annonces.photos;

import annonces.system.InvalidInputException;
import annonces.system.PayloadTooLargeException;
import annonces.system.UnsupportedMediaException;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.icc.IccDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntakeTest {

    private final Intake intake = new Intake(new PhotoSettings("database", 10L * 1024 * 1024, 40_000_000, 10, 60, 2,
            Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofDays(180)));

    @Test
    void aJpegAPngAndAWebpAreEachAcceptedAndComeOutAsJpeg() throws IOException {
        for (byte[] file : List.of(Pictures.jpeg(1200, 900, 1), Pictures.png(Pictures.drawn(1200, 900, 2)),
                Pictures.webp(1200, 900, new Color(40, 120, 200)))) {
            Intake.Prepared prepared = intake.prepare(file);
            for (PhotoSize size : PhotoSize.values()) {
                byte[] jpeg = prepared.jpegs().get(size);
                assertEquals(ImageFormat.JPEG, ImageFormat.sniff(jpeg).orElseThrow());
                assertNotNull(ImageIO.read(new ByteArrayInputStream(jpeg)), size::toString);
            }
        }
    }

    @Test
    void theWebpColourSurvives() throws IOException {
        BufferedImage out = read(intake.prepare(Pictures.webp(400, 300, new Color(40, 120, 200))).jpegs()
                .get(PhotoSize.LARGE));
        Color centre = new Color(out.getRGB(200, 150));
        assertTrue(Math.abs(centre.getBlue() - 200) < 8 && Math.abs(centre.getRed() - 40) < 8, centre::toString);
    }

    @Test
    void aPhonesGpsPositionXmpAndTrailingPayloadAreGoneFromEverySize() throws Exception {
        byte[] phone = Pictures.asFromAPhone(Pictures.jpeg(2000, 1500, 3), 1);
        Metadata before = ImageMetadataReader.readMetadata(new ByteArrayInputStream(phone));
        assertNotNull(before.getFirstDirectoryOfType(GpsDirectory.class), "the fixture carries a GPS position");
        assertNotNull(before.getFirstDirectoryOfType(GpsDirectory.class).getGeoLocation());
        assertNotNull(before.getFirstDirectoryOfType(XmpDirectory.class), "the fixture carries XMP");

        for (byte[] jpeg : intake.prepare(phone).jpegs().values()) {
            Metadata after = ImageMetadataReader.readMetadata(new ByteArrayInputStream(jpeg));
            assertNull(after.getFirstDirectoryOfType(GpsDirectory.class));
            assertNull(after.getFirstDirectoryOfType(ExifIFD0Directory.class));
            assertNull(after.getFirstDirectoryOfType(XmpDirectory.class));
            assertNull(after.getFirstDirectoryOfType(IccDirectory.class));
            assertFalse(contains(jpeg, Pictures.TRAILING_PAYLOAD));
            assertFalse(contains(jpeg, "Acme".getBytes()), "the camera make is gone");
            List<String> kept = new ArrayList<>();
            for (Directory d : after.getDirectories()) {
                kept.add(d.getName());
            }
            assertTrue(kept.stream().allMatch(n -> List.of("JPEG", "JFIF", "Huffman", "File Type").contains(n)),
                    kept::toString);
        }
    }

    @Test
    void theExifOrientationIsAppliedBeforeSizing() throws IOException {
        // Stored 2400 x 1600 with orientation 6 (a phone held upright): a 1067 x 1600 portrait.
        Intake.Prepared prepared = intake.prepare(Pictures.asFromAPhone(Pictures.jpeg(2400, 1600, 4), 6));
        assertEquals(1067, prepared.width());
        assertEquals(1600, prepared.height());
    }

    @Test
    void aQuarterTurnPutsTheStoredTopLeftCornerAtTheTopRight() throws IOException {
        BufferedImage stored = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 200; x++) {
                stored.setRGB(x, y, Color.RED.getRGB());
            }
        }
        BufferedImage large = read(intake.prepare(Pictures.asFromAPhone(Pictures.jpeg(stored), 6)).jpegs()
                .get(PhotoSize.MEDIUM));
        assertEquals(533, large.getWidth());
        assertEquals(800, large.getHeight());
        Color topRight = new Color(large.getRGB(large.getWidth() - 20, 20));
        Color topLeft = new Color(large.getRGB(20, 20));
        assertTrue(topRight.getRed() > 200 && topRight.getGreen() < 60, topRight::toString);
        assertTrue(topLeft.getRed() < 60, topLeft::toString);
    }

    @Test
    void aFourByThreePhotoIsMadeInThreeSizesWithItsAspectRatio() throws IOException {
        Intake.Prepared prepared = intake.prepare(Pictures.jpeg(4000, 3000, 5));
        assertEquals(List.of(320, 240), dims(prepared.jpegs().get(PhotoSize.THUMBNAIL)));
        assertEquals(List.of(800, 600), dims(prepared.jpegs().get(PhotoSize.MEDIUM)));
        assertEquals(List.of(1600, 1200), dims(prepared.jpegs().get(PhotoSize.LARGE)));
        assertEquals(1600, prepared.width());
        assertEquals(1200, prepared.height());
    }

    @Test
    void aSmallPhotoIsNeverEnlarged() throws IOException {
        Intake.Prepared prepared = intake.prepare(Pictures.jpeg(600, 450, 6));
        assertEquals(List.of(320, 240), dims(prepared.jpegs().get(PhotoSize.THUMBNAIL)));
        assertEquals(List.of(600, 450), dims(prepared.jpegs().get(PhotoSize.MEDIUM)));
        assertEquals(List.of(600, 450), dims(prepared.jpegs().get(PhotoSize.LARGE)));
    }

    @Test
    void aTransparentPngIsShownOnWhiteNotOnBlack() throws IOException {
        BufferedImage out = read(intake.prepare(Pictures.transparentPng(400, 300)).jpegs().get(PhotoSize.LARGE));
        Color left = new Color(out.getRGB(50, 150));
        assertTrue(left.getRed() > 240 && left.getGreen() > 240 && left.getBlue() > 240, left::toString);
    }

    @Test
    void aRenamedPdfIsUnsupported() {
        UnsupportedMediaException refused = assertThrows(UnsupportedMediaException.class,
                () -> intake.prepare(Pictures.pdf()));
        assertTrue(refused.getMessage().contains("JPEG, PNG or WebP"), refused::getMessage);
    }

    @Test
    void aTruncatedJpegIsRefusedAsTruncated() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> intake.prepare(Pictures.truncated(Pictures.jpeg(1200, 900, 7))));
        assertTrue(refused.errors().get(0).message().contains("truncated"), refused.errors()::toString);
    }

    @Test
    void aTruncatedPngIsRefused() {
        assertThrows(InvalidInputException.class, () -> intake.prepare(Pictures.truncated(
                Pictures.png(Pictures.drawn(800, 600, 8)))));
    }

    @Test
    void aDecompressionBombsHeaderIsRefusedWithoutDecoding() {
        PayloadTooLargeException refused = assertThrows(PayloadTooLargeException.class,
                () -> intake.prepare(Pictures.pngHeader(20_000, 20_000)));
        assertTrue(refused.getMessage().contains("40 megapixels") && refused.getMessage().contains("20000 x 20000"),
                refused::getMessage);
    }

    @Test
    void aFileOverTenMegabytesIsRefusedBeforeAnythingElse() {
        byte[] huge = Arrays.copyOf(Pictures.jpeg(400, 300, 9), 12 * 1024 * 1024);
        PayloadTooLargeException refused = assertThrows(PayloadTooLargeException.class, () -> intake.prepare(huge));
        assertTrue(refused.getMessage().contains("at most 10 MB"), refused::getMessage);
    }

    @Test
    void aTinyImageIsRefused() {
        assertThrows(InvalidInputException.class, () -> intake.prepare(Pictures.jpeg(80, 60, 10)));
    }

    @Test
    void theSamePictureReencodedAndResizedKeepsItsHashAndAnotherDoesNot() throws IOException {
        BufferedImage original = Pictures.drawn(2400, 1800, 11);
        long hash = intake.prepare(Pictures.jpeg(original)).dhash();
        BufferedImage smaller = read(intake.prepare(Pictures.jpeg(original)).jpegs().get(PhotoSize.MEDIUM));
        long copy = intake.prepare(Pictures.png(smaller)).dhash();
        long other = intake.prepare(Pictures.jpeg(2400, 1800, 12)).dhash();

        assertTrue(DifferenceHash.distance(hash, copy) <= DifferenceHash.NEAR_IDENTICAL,
                () -> "copy at " + DifferenceHash.distance(hash, copy));
        assertTrue(DifferenceHash.distance(hash, other) > 16, () -> "other at " + DifferenceHash.distance(hash, other));
    }

    @Test
    void theSameFileGivesTheSameBytes() {
        byte[] file = Pictures.jpeg(1000, 700, 13);
        assertArrayEquals(intake.prepare(file).jpegs().get(PhotoSize.THUMBNAIL),
                intake.prepare(file).jpegs().get(PhotoSize.THUMBNAIL));
    }

    private static BufferedImage read(byte[] jpeg) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(jpeg));
    }

    private static List<Integer> dims(byte[] jpeg) throws IOException {
        BufferedImage image = read(jpeg);
        return List.of(image.getWidth(), image.getHeight());
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
