package annonces.photos;

import java.awt.image.BufferedImage;

/**
 * A 64-bit perceptual hash (dHash): the picture shrunk to 9 x 8 grey cells, one bit per pair of neighbours
 * telling whether brightness rises to the right. Resizing, recompression and small colour changes keep most
 * bits; another picture flips about half of them. Chosen over pHash for needing no DCT, with the same power
 * against the case at hand (a stolen photo, re-encoded and resized).
 */
final class DifferenceHash {

    /** At most this many bits apart: the same picture, re-encoded or resized (IntakeTest checks a copy stays within). */
    static final int NEAR_IDENTICAL = 6;

    private DifferenceHash() {
    }

    static long of(BufferedImage image) {
        double[][] cells = cells(image, 9, 8);
        long hash = 0;
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                hash = hash << 1 | (cells[y][x + 1] > cells[y][x] ? 1 : 0);
            }
        }
        return hash;
    }

    static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** The mean luminance of each cell of a columns x rows grid: every pixel counts, nothing is aliased. */
    private static double[][] cells(BufferedImage image, int columns, int rows) {
        int w = image.getWidth();
        int h = image.getHeight();
        double[][] sum = new double[rows][columns];
        int[][] count = new int[rows][columns];
        int[] line = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, line, 0, w);
            int row = Math.min(rows - 1, y * rows / h);
            for (int x = 0; x < w; x++) {
                int rgb = line[x];
                double luma = 0.299 * (rgb >> 16 & 0xFF) + 0.587 * (rgb >> 8 & 0xFF) + 0.114 * (rgb & 0xFF);
                int column = Math.min(columns - 1, x * columns / w);
                sum[row][column] += luma;
                count[row][column]++;
            }
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                sum[r][c] = count[r][c] == 0 ? 0 : sum[r][c] / count[r][c];
            }
        }
        return sum;
    }
}
