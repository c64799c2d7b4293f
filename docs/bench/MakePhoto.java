import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;

/**
 * A photo-like JPEG for the photo benchmark: smooth light, edges and sensor-like noise, so that it weighs
 * what a phone's photo weighs (a few megabytes at quality 0.92), unlike a flat test pattern.
 *
 *   java docs/bench/MakePhoto.java OUT.jpg [WIDTH HEIGHT]
 */
public class MakePhoto {
    public static void main(String[] args) throws Exception {
        int w = args.length > 1 ? Integer.parseInt(args[1]) : 4000;
        int h = args.length > 2 ? Integer.parseInt(args[2]) : 3000;
        Random random = new Random(42);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        double[] fx = {1.3, 2.9, 5.1, 11.7}, fy = {0.7, 3.3, 6.2, 9.4};
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double u = (double) x / w, v = (double) y / h;
                double light = 0;
                for (int k = 0; k < fx.length; k++) {
                    light += Math.sin(u * fx[k] * 6.28 + k) * Math.cos(v * fy[k] * 6.28 + 2 * k) / (k + 1);
                }
                boolean wall = ((x / 300) + (y / 220)) % 3 == 0;
                int noise = (int) (random.nextGaussian() * 9);
                int r = clamp(120 + (int) (light * 60) + (wall ? 40 : 0) + noise);
                int g = clamp(110 + (int) (light * 50) + (wall ? 10 : 25) + noise);
                int b = clamp(90 + (int) (light * 70) - (wall ? 20 : 0) + noise);
                image.setRGB(x, y, r << 16 | g << 8 | b);
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.92f);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(new File(args[0]))) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        }
    }

    private static int clamp(int c) {
        return Math.max(0, Math.min(255, c));
    }
}
