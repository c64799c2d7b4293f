package annonces.seeds;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.Paint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;

/**
 * Flat illustrations standing in for the photos of the demo ads. The quick start must show thumbnails, yet the
 * project ships no image file and downloads nothing, so each picture is drawn from what the ad says: its
 * subcategory picks the scene (a house, a car, a framed watercolour...) and its title seeds the colours and
 * proportions, so that the same ad always gets the same picture and two ads of one kind still look different.
 *
 * <p>Only shapes and gradients are drawn, never text: no font is needed, which keeps the drawing fast and
 * headless-safe.
 */
final class Drawings {

    /** Every scene is composed on this canvas, then scaled uniformly into the requested size. */
    private static final double W = 1600;
    private static final double H = 1200;

    /** Backgrounds (hills, skylines) span this much so that very wide pictures still have them at the sides. */
    private static final double FAR_LEFT = -1400;
    private static final double FAR_RIGHT = 3000;

    /** What a picture shows. */
    enum Kind {
        HOUSE, APARTMENT, CAR, MOTORBIKE, WHEELS, PAINTING, CHAINSAW, BABY_SEAT, PARCEL
    }

    private Drawings() {
    }

    /**
     * Draws the picture of an ad.
     *
     * @param subcategory the ad's subcategory ({@code CAR}, {@code SALE}...) or, for real estate, its property type
     *                    ({@code HOUSE}, {@code APARTMENT}); null or unknown draws from the title alone
     * @param title       the ad's title: it refines the scene and seeds the colours
     * @return an opaque picture of exactly {@code width} by {@code height} pixels, the same for the same inputs
     */
    public static BufferedImage draw(String subcategory, String title, int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("A picture needs a positive size, not " + width + "x" + height);
        }
        String name = title == null ? "" : title;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            double scale = Math.min(width / W, height / H);
            double left = (width - W * scale) / 2;
            double top = (height - H * scale) / 2;
            g.translate(left, top);
            g.scale(scale, scale);
            Rectangle2D view = new Rectangle2D.Double(-left / scale, -top / scale, width / scale, height / scale);
            Sketch s = new Sketch(g, new Random(seedOf(name)), view);
            switch (kindOf(subcategory, name)) {
                case HOUSE -> house(s);
                case APARTMENT -> apartment(s);
                case CAR -> car(s, bodyOf(subcategory, name, s));
                case MOTORBIKE -> motorbike(s);
                case WHEELS -> wheels(s);
                case PAINTING -> painting(s);
                case CHAINSAW -> chainsaw(s);
                case BABY_SEAT -> babySeat(s);
                case PARCEL -> parcel(s);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * The scene for an ad. Real estate and vehicles trust their subcategory (a house ad may well mention a
     * "tableau électrique"); goods are too varied for theirs, so the title decides first.
     */
    static Kind kindOf(String subcategory, String title) {
        String sub = subcategory == null ? "" : subcategory.trim().toUpperCase(Locale.ROOT);
        String words = plain(title);
        return switch (sub) {
            // A room to let is shown as the building it is in: an interior would need furniture to read as one.
            case "APARTMENT", "ROOM" -> Kind.APARTMENT;
            case "HOUSE" -> Kind.HOUSE;
            case "SALE", "RENT", "VIAGER", "REAL_ESTATE" -> housingKind(words);
            case "MOTORCYCLE" -> Kind.MOTORBIKE;
            case "CAR", "VAN", "CARAVAN", "VEHICLES" -> mentions(words, "moto", "scooter") ? Kind.MOTORBIKE : Kind.CAR;
            case "PARTS" -> mentions(words, "roue", "pneu", "jante") ? Kind.WHEELS : Kind.CAR;
            default -> goodsKind(sub, words);
        };
    }

    /** A house names itself first: "maison 4 chambres" is a house, "chambre meublée" is not. */
    private static Kind housingKind(String words) {
        if (mentions(words, "maison", "pavillon", "villa", "ferme", "longere", "mas ", "chalet")) {
            return Kind.HOUSE;
        }
        return mentions(words, "appartement", "studio", "immeuble", "chambre", "duplex", "loft", "residence")
                ? Kind.APARTMENT : Kind.HOUSE;
    }

    private static Kind goodsKind(String sub, String words) {
        if (mentions(words, "aquarelle", "peinture", "tableau", "gouache")) {
            return Kind.PAINTING;
        }
        if (mentions(words, "tronconneuse", "outil", "perceuse", "visseuse", "scie", "debroussailleuse", "taille-haie",
                "meuleuse", "ponceuse", "rabot", "tondeuse")) {
            return Kind.CHAINSAW;
        }
        if (mentions(words, "maxi cosy", "maxi-cosy", "maxi-cosi", "maxi cosi", "maxicosi", "siege auto", "nacelle", "coque bebe")
                || sub.equals("BABY")) {
            return Kind.BABY_SEAT;
        }
        if (mentions(words, "maison", "pavillon", "villa")) {
            return Kind.HOUSE;
        }
        if (mentions(words, "appartement", "studio")) {
            return Kind.APARTMENT;
        }
        return Kind.PARCEL;
    }

    /** Titles are typed freely: "Tronçonneuse", "TRONCONNEUSE" and "tronconneuse" mean the same tool. */
    private static String plain(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static boolean mentions(String words, String... any) {
        for (String word : any) {
            if (words.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * FNV-1a over the title, not {@code String.hashCode}: close titles ("Peinture 1999", "Peinture 2000") give close
     * hash codes, and {@link Random}'s first draws from close seeds are close too, so the two pictures would be twins.
     */
    private static long seedOf(String title) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < title.length(); i++) {
            hash ^= title.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash ^ (hash >>> 29);
    }

    // ---------------------------------------------------------------- real estate

    private static void house(Sketch s) {
        double horizon = 800;
        sky(s, horizon);
        hills(s, horizon, 170, hsb(s.between(0.42, 0.52), s.between(0.18, 0.28), s.between(0.7, 0.78)));
        hills(s, horizon + 10, 80, hsb(s.between(0.24, 0.3), s.between(0.4, 0.5), s.between(0.6, 0.68)));
        lawn(s, horizon);

        double base = 930;
        boolean twoStoreys = s.random.nextDouble() < 0.6;
        boolean shutters = s.random.nextDouble() < 0.75;
        double width = s.between(640, 780);
        double x = W / 2 - width / 2 + s.between(-60, 60);
        double wallHeight = twoStoreys ? s.between(430, 460) : s.between(250, 285);
        double top = base - wallHeight;
        double roofHeight = width * s.between(0.3, 0.38);
        boolean hipped = s.random.nextBoolean();
        Color wall = s.vary(s.pick(hsb(0.12, 0.2, 0.95), hsb(0.1, 0.38, 0.9), hsb(0.1, 0.05, 0.97),
                hsb(0.09, 0.16, 0.82), hsb(0.03, 0.2, 0.94)));
        Color roof = s.vary(s.pick(hsb(0.03, 0.62, 0.72), hsb(0.6, 0.16, 0.42), hsb(0.06, 0.5, 0.52), hsb(0.01, 0.58, 0.62)));
        Color shutter = s.vary(s.pick(hsb(0.57, 0.45, 0.68), hsb(0.42, 0.38, 0.52), hsb(0.0, 0.5, 0.6),
                hsb(0.55, 0.08, 0.62), hsb(0.72, 0.22, 0.74), hsb(0.25, 0.25, 0.66)));
        Color frame = hsb(0.1, 0.04, 0.97);

        boolean treeLeft = s.random.nextBoolean();
        tree(s, treeLeft ? x - s.between(150, 210) : x + width + s.between(150, 210), base - 20, s.between(190, 240));
        s.fill(oval(x + width / 2 + 40, base + 8, width * 0.62, 34), new Color(0, 0, 0, 45));

        // The chimney comes first so that the roof hides its foot.
        double chimneyX = x + width * s.between(0.62, 0.74);
        Color brick = s.vary(hsb(0.03, 0.5, 0.56));
        s.fill(rect(chimneyX, top - roofHeight * 0.95, 58, roofHeight * 0.95), brick);
        s.fill(rect(chimneyX - 8, top - roofHeight * 0.95 - 18, 74, 20), darker(brick, 0.25));

        s.fill(rect(x, top, width, wallHeight), new GradientPaint((float) x, (float) top, lighter(wall, 0.25),
                (float) (x + width), (float) base, darker(wall, 0.12)));

        double eave = 50;
        double ridge = hipped ? width * 0.3 : 0;
        Path2D roofShape = new Path2D.Double();
        roofShape.moveTo(x - eave, top + 14);
        roofShape.lineTo(x + width / 2 - ridge / 2, top - roofHeight);
        roofShape.lineTo(x + width / 2 + ridge / 2, top - roofHeight);
        roofShape.lineTo(x + width + eave, top + 14);
        roofShape.closePath();
        s.fill(roofShape, s.vertical(top - roofHeight, lighter(roof, 0.12), top + 14, darker(roof, 0.18)));
        Shape clip = s.g.getClip();
        s.g.clip(roofShape);
        for (double y = top - roofHeight + 26; y < top + 14; y += 26) {
            s.fill(rect(x - eave, y, width + 2 * eave, 4), alpha(darker(roof, 0.5), 90));
        }
        s.g.setClip(clip);
        s.fill(rect(x, top + 14, width, 30), s.vertical(top + 14, new Color(0, 0, 0, 70), top + 44, new Color(0, 0, 0, 0)));
        s.stroke(roofShape, darker(roof, 0.35), 6);

        int columns = shutters || width < 700 ? 3 : 4;
        double cell = width / columns;
        int doorColumn = s.random.nextInt(columns);
        double doorHeight = twoStoreys ? 215 : 200;
        double windowWidth = shutters ? s.between(84, 96) : s.between(100, 120);
        double windowHeight = twoStoreys ? 135 : 140;
        Color doorColour = s.random.nextBoolean() ? darker(shutter, 0.25) : s.vary(hsb(0.07, 0.55, 0.45));
        for (int i = 0; i < columns; i++) {
            double cx = x + cell * (i + 0.5);
            if (i == doorColumn) {
                door(s, cx, base, 108, doorHeight, doorColour, frame);
            } else {
                window(s, cx - windowWidth / 2, base - doorHeight, windowWidth, windowHeight, frame, shutters ? shutter : null);
            }
            if (twoStoreys) {
                window(s, cx - windowWidth / 2, top + 56, windowWidth, windowHeight, frame, shutters ? shutter : null);
            }
        }

        double doorX = x + cell * (doorColumn + 0.5);
        Path2D path = new Path2D.Double();
        path.moveTo(doorX - 58, base + 8);
        path.lineTo(doorX + 58, base + 8);
        path.lineTo(doorX + 160, s.view.getMaxY());
        path.lineTo(doorX - 150, s.view.getMaxY());
        path.closePath();
        Color gravel = s.vary(hsb(0.1, 0.2, 0.85));
        s.fill(path, s.vertical(base, darker(gravel, 0.08), s.view.getMaxY(), lighter(gravel, 0.2)));
        for (int i = 0; i < 5; i++) {
            double bx = x + s.between(0.02, 0.98) * width;
            if (Math.abs(bx - doorX) > 170) {
                bush(s, bx, base + 12, s.between(40, 62));
            }
        }
        flowers(s, base + 40, s.view.getMaxY());
    }

    private static void apartment(Sketch s) {
        double ground = 1010;
        sky(s, ground);
        Color haze = hsb(s.between(0.55, 0.62), 0.1, 0.84);
        for (double x = FAR_LEFT; x < FAR_RIGHT; ) {
            double w = s.between(90, 220);
            s.fill(rect(x, ground - s.between(560, 820), w + 2, 900), mix(haze, Color.WHITE, s.between(0, 0.15)));
            x += w;
        }

        Color street = s.vary(hsb(0.6, 0.05, 0.4));
        neighbour(s, -700, 470, ground, s.between(470, 620));
        neighbour(s, 1130, 2300, ground, s.between(440, 600));

        boolean parisian = s.random.nextDouble() < 0.6;
        double bx = 470;
        double bw = 660;
        int floors = parisian ? 5 : 5 + s.random.nextInt(2);
        double floorHeight = parisian ? 120 : 104;
        double groundHeight = 150;
        double top = ground - groundHeight - floors * floorHeight;
        Color facade = parisian ? s.vary(hsb(0.11, 0.2, 0.9))
                : s.vary(s.pick(hsb(0.1, 0.05, 0.95), hsb(0.07, 0.35, 0.85), hsb(0.13, 0.3, 0.93), hsb(0.55, 0.08, 0.82)));
        Color window = hsb(0.1, 0.03, 0.97);

        if (parisian) {
            Color zinc = s.vary(hsb(0.58, 0.1, 0.6));
            for (int i = 0; i < 3; i++) {
                double cx = bx + 90 + i * 230 + s.between(-20, 20);
                s.fill(rect(cx, top - 175, 70, 100), s.vary(hsb(0.04, 0.4, 0.7)));
                for (int pot = 0; pot < 3; pot++) {
                    s.fill(rect(cx + 6 + pot * 21, top - 197, 14, 24), hsb(0.05, 0.55, 0.62));
                }
            }
            Path2D mansard = new Path2D.Double();
            mansard.moveTo(bx - 14, top);
            mansard.lineTo(bx + 36, top - 130);
            mansard.lineTo(bx + bw - 36, top - 130);
            mansard.lineTo(bx + bw + 14, top);
            mansard.closePath();
            s.fill(mansard, s.vertical(top - 130, lighter(zinc, 0.2), top, darker(zinc, 0.1)));
            for (double x = bx + 10; x < bx + bw; x += 22) {
                s.fill(rect(x, top - 128, 2, 128), alpha(darker(zinc, 0.4), 60));
            }
            for (int i = 0; i < 5; i++) {
                double cx = bx + bw / 5 * (i + 0.5);
                Path2D dormer = new Path2D.Double();
                dormer.moveTo(cx - 40, top - 10);
                dormer.lineTo(cx - 40, top - 96);
                dormer.lineTo(cx, top - 126);
                dormer.lineTo(cx + 40, top - 96);
                dormer.lineTo(cx + 40, top - 10);
                dormer.closePath();
                s.fill(dormer, lighter(facade, 0.2));
                s.fill(rect(cx - 24, top - 90, 48, 74), glass(top - 90, top - 16));
            }
        } else {
            s.fill(rect(bx + bw * 0.55, top - 70, 150, 70), darker(facade, 0.2));
            s.fill(rect(bx - 8, top - 22, bw + 16, 26), darker(facade, 0.12));
        }

        s.fill(rect(bx, top, bw, ground - top), new GradientPaint((float) bx, (float) top, lighter(facade, 0.2),
                (float) (bx + bw), (float) ground, darker(facade, 0.1)));
        if (parisian) {
            for (double y = top + 33; y < ground - groundHeight; y += 33) {
                s.fill(rect(bx, y, bw, 2), alpha(darker(facade, 0.4), 40));
            }
            s.fill(rect(bx - 16, top - 10, bw + 32, 20), lighter(facade, 0.35));
        }
        s.fill(rect(bx - 8, ground - groundHeight - 12, bw + 16, 16), lighter(facade, 0.3));

        int columns = parisian ? 5 : 4;
        double cell = bw / columns;
        Color iron = new Color(40, 42, 46);
        Color curtain = s.vary(s.pick(hsb(0.0, 0.5, 0.75), hsb(0.12, 0.4, 0.9), hsb(0.58, 0.3, 0.8)));
        for (int floor = 0; floor < floors; floor++) {
            double y = ground - groundHeight - (floor + 1) * floorHeight + floorHeight * 0.16;
            double h = floorHeight * 0.7;
            boolean longBalcony = parisian && (floor == 1 || floor == floors - 1);
            for (int col = 0; col < columns; col++) {
                double w = parisian ? 64 : 104;
                double x = bx + cell * (col + 0.5) - w / 2;
                s.fill(rect(x - 7, y - 7, w + 14, h + 10), window);
                s.fill(rect(x, y, w, h), glass(y, y + h));
                if (s.random.nextDouble() < 0.3) {
                    s.fill(rect(x, y, w * 0.28, h), alpha(curtain, 200));
                    s.fill(rect(x + w * 0.72, y, w * 0.28, h), alpha(curtain, 200));
                }
                s.fill(rect(x + w / 2 - 3, y, 6, h), window);
                if (parisian && !longBalcony) {
                    railing(s, x - 6, y + h * 0.62, w + 12, h * 0.38, iron);
                } else if (!parisian && (col + floor) % 2 == 0) {
                    s.fill(rect(x - 26, y + h + 2, w + 52, 12), lighter(facade, 0.3));
                    s.fill(rect(x - 22, y + h * 0.55, w + 44, h * 0.45 + 2), new Color(200, 225, 240, 110));
                    s.fill(rect(x - 22, y + h * 0.55, w + 44, 5), new Color(90, 95, 100));
                }
            }
            if (longBalcony) {
                s.fill(rect(bx - 10, y + h + 2, bw + 20, 12), lighter(facade, 0.25));
                railing(s, bx - 6, y + h * 0.6, bw + 12, h * 0.4 + 2, iron);
            }
        }

        int doorColumn = columns / 2;
        Color awning = s.vary(s.pick(hsb(0.0, 0.65, 0.7), hsb(0.33, 0.5, 0.5), hsb(0.6, 0.55, 0.55), hsb(0.08, 0.7, 0.85)));
        for (int col = 0; col < columns; col++) {
            double cx = bx + cell * (col + 0.5);
            if (col == doorColumn) {
                Color door = s.vary(s.pick(hsb(0.4, 0.45, 0.3), hsb(0.62, 0.5, 0.35), hsb(0.98, 0.55, 0.35)));
                Area arch = new Area(rect(cx - 44, ground - 100, 88, 100));
                arch.add(new Area(circle(cx, ground - 100, 44)));
                s.fill(arch, s.vertical(ground - 144, lighter(door, 0.15), ground, darker(door, 0.25)));
                s.fill(rect(cx - 2, ground - 100, 4, 100), darker(door, 0.4));
                s.fill(circle(cx + 14, ground - 62, 5), hsb(0.13, 0.6, 0.85));
            } else {
                double w = cell - 26;
                s.fill(rect(cx - w / 2, ground - 118, w, 118), glass(ground - 118, ground));
                s.fill(rect(cx - w / 2, ground - 12, w, 12), darker(facade, 0.35));
                for (int stripe = 0; stripe < 6; stripe++) {
                    Path2D band = new Path2D.Double();
                    double x0 = cx - w / 2 - 8 + stripe * (w + 16) / 6;
                    double x1 = x0 + (w + 16) / 6;
                    band.moveTo(x0 + 6, ground - 140);
                    band.lineTo(x1 + 6, ground - 140);
                    band.lineTo(x1, ground - 100);
                    band.lineTo(x0, ground - 100);
                    band.closePath();
                    s.fill(band, stripe % 2 == 0 ? awning : hsb(0.1, 0.05, 0.96));
                }
            }
        }

        s.fill(rect(s.view.getMinX(), ground, s.view.getWidth(), 46), s.vertical(ground, hsb(0.1, 0.04, 0.78), ground + 46,
                hsb(0.1, 0.04, 0.7)));
        s.fill(rect(s.view.getMinX(), ground + 46, s.view.getWidth(), 10), hsb(0.1, 0.03, 0.88));
        s.fill(rect(s.view.getMinX(), ground + 56, s.view.getWidth(), s.view.getMaxY() - ground), s.vertical(ground + 56,
                street, s.view.getMaxY(), darker(street, 0.3)));
        boolean treeLeft = s.random.nextBoolean();
        tree(s, treeLeft ? 300 : 1300, ground + 20, s.between(200, 240));
        double lamp = treeLeft ? 1250 : 350;
        s.fill(rect(lamp - 7, ground - 330, 14, 350), iron);
        s.fill(rect(lamp - 24, ground - 380, 48, 56), iron);
        s.fill(rect(lamp - 16, ground - 372, 32, 40), new Color(250, 235, 190));
    }

    /** The buildings on either side: enough to read as a street, drawn simpler so the eye stays on the ad's one. */
    private static void neighbour(Sketch s, double from, double to, double ground, double height) {
        Color facade = s.vary(s.pick(hsb(0.08, 0.25, 0.86), hsb(0.12, 0.15, 0.8), hsb(0.02, 0.25, 0.8), hsb(0.55, 0.06, 0.85)));
        double top = ground - height;
        s.fill(rect(from, top, to - from, height), s.vertical(top, facade, ground, darker(facade, 0.12)));
        s.fill(rect(from, top - 16, to - from, 18), darker(facade, 0.2));
        for (double y = top + 40; y < ground - 150; y += 120) {
            for (double x = from + 40; x < to - 80; x += 120) {
                s.fill(rect(x - 5, y - 5, 70, 96), lighter(facade, 0.4));
                s.fill(rect(x, y, 60, 86), glass(y, y + 86));
            }
        }
    }

    private static void railing(Sketch s, double x, double y, double w, double h, Color iron) {
        s.fill(rect(x, y, w, 5), iron);
        s.fill(rect(x, y + h - 4, w, 4), iron);
        for (double bar = x + 6; bar < x + w; bar += 11) {
            s.fill(rect(bar, y, 2.5, h), iron);
        }
        for (double curl = x + 14; curl < x + w - 10; curl += 28) {
            s.stroke(oval(curl, y + h / 2, 9, h / 3), iron, 2.5f);
        }
    }

    private static void window(Sketch s, double x, double y, double w, double h, Color frame, Color shutter) {
        if (shutter != null) {
            for (double sx : new double[] {x - w * 0.5 - 10, x + w + 10}) {
                s.fill(rect(sx, y - 6, w * 0.5, h + 12), s.vertical(y, lighter(shutter, 0.1), y + h, darker(shutter, 0.12)));
                for (double slat = y + 6; slat < y + h; slat += 14) {
                    s.fill(rect(sx + 4, slat, w * 0.5 - 8, 3), alpha(darker(shutter, 0.45), 110));
                }
            }
        }
        s.fill(rect(x - 9, y - 9, w + 18, h + 18), frame);
        s.fill(rect(x, y, w, h), glass(y, y + h));
        Path2D glint = new Path2D.Double();
        glint.moveTo(x + w * 0.12, y + h);
        glint.lineTo(x + w * 0.55, y);
        glint.lineTo(x + w * 0.78, y);
        glint.lineTo(x + w * 0.35, y + h);
        glint.closePath();
        s.fill(glint, new Color(255, 255, 255, 50));
        s.fill(rect(x + w / 2 - 4, y, 8, h), frame);
        s.fill(rect(x, y + h * 0.45 - 4, w, 8), frame);
        s.fill(rect(x - 18, y + h + 6, w + 36, 14), darker(frame, 0.12));
    }

    private static void door(Sketch s, double cx, double base, double w, double h, Color colour, Color frame) {
        s.fill(rect(cx - w / 2 - 10, base - h - 10, w + 20, h + 10), frame);
        s.fill(rect(cx - w / 2, base - h, w, h), s.vertical(base - h, lighter(colour, 0.15), base, darker(colour, 0.2)));
        s.fill(rect(cx - w / 2 + 16, base - h + 16, w - 32, h * 0.3), glass(base - h, base - h * 0.6));
        Color groove = alpha(darker(colour, 0.5), 120);
        s.stroke(rect(cx - w / 2 + 16, base - h * 0.55, w - 32, h * 0.22), groove, 3);
        s.stroke(rect(cx - w / 2 + 16, base - h * 0.28, w - 32, h * 0.2), groove, 3);
        s.fill(circle(cx + w / 2 - 18, base - h * 0.45, 7), hsb(0.13, 0.6, 0.85));
        s.fill(rect(cx - w / 2 - 22, base - 6, w + 44, 16), hsb(0.1, 0.05, 0.72));
    }

    // ---------------------------------------------------------------- vehicles

    /** The car's silhouette: the ones a title names, else one by chance. */
    private enum Body {
        HATCH, SEDAN, SUV, VAN
    }

    private static Body bodyOf(String subcategory, String title, Sketch s) {
        String words = plain(title);
        if ("VAN".equalsIgnoreCase(subcategory) || "CARAVAN".equalsIgnoreCase(subcategory)
                || mentions(words, "utilitaire", "fourgon", "camping-car")) {
            return Body.VAN;
        }
        if (mentions(words, "suv", "4x4", "crossover", "captur", "duster", "qashqai")) {
            return Body.SUV;
        }
        if (mentions(words, "berline")) {
            return Body.SEDAN;
        }
        return s.pick(Body.HATCH, Body.SEDAN, Body.SUV);
    }

    private static void car(Sketch s, Body type) {
        road(s);
        double y0 = 1040;
        boolean sedan = type == Body.SEDAN;
        boolean suv = type == Body.SUV;
        boolean van = type == Body.VAN;
        double r = suv ? 114 : van ? 108 : 100;
        double length = switch (type) {
            case HATCH -> s.between(1020, 1090);
            case SEDAN -> s.between(1170, 1230);
            case SUV -> s.between(1120, 1180);
            case VAN -> s.between(1180, 1230);
        };
        double xr = W / 2 - length / 2;
        double xf = W / 2 + length / 2;
        double lift = suv ? 28 : van ? 16 : 0;
        double sill = y0 - 62 - lift;
        double belt = y0 - 290 - lift * 1.6;
        double roofY = y0 - (van ? 600 : suv ? 515 : 445) + s.between(-12, 12);
        double roofStart = sedan ? xr + 360 : van ? xr + 40 : xr + 150;
        double roofEnd = van ? xf - 330 : xf - 500;
        double screenFoot = van ? xf - 180 : xf - 310;
        double rearWheel = xr + length * 0.2;
        double frontWheel = xf - (van ? 0.16 : 0.19) * length;
        double axle = y0 - r;
        Color paint = s.vary(s.pick(hsb(0.0, 0.8, 0.78), hsb(0.6, 0.7, 0.6), hsb(0.6, 0.02, 0.94), hsb(0.58, 0.05, 0.72),
                hsb(0.62, 0.15, 0.2), hsb(0.35, 0.55, 0.45), hsb(0.08, 0.8, 0.92), hsb(0.52, 0.5, 0.65), hsb(0.97, 0.7, 0.5),
                hsb(0.13, 0.8, 0.95)));

        s.fill(oval(W / 2, y0 + 2, length * 0.56, 24), new Color(0, 0, 0, 95));

        Path2D body = new Path2D.Double();
        body.moveTo(xr + 40, sill);
        body.curveTo(xr + 6, sill - 8, xr - 4, belt + 70, xr + 6, belt + 20);
        if (sedan) {
            body.lineTo(xr + 16, belt - 8);
            body.curveTo(xr + 100, belt - 22, xr + 200, belt - 24, xr + 240, belt - 26);
            body.curveTo(xr + 280, roofY + 70, xr + 320, roofY + 4, roofStart, roofY);
        } else if (van) {
            body.curveTo(xr + 10, roofY + 150, xr + 8, roofY + 20, roofStart, roofY);
        } else {
            body.curveTo(xr + 14, belt - 30, xr + 70, roofY + 40, roofStart, roofY + 4);
        }
        body.curveTo(roofStart + 120, roofY - 8, roofEnd - 120, roofY - 8, roofEnd, roofY + 4);
        body.curveTo(roofEnd + 70, roofY + 30, screenFoot - 40, belt - 20, screenFoot, belt + 4);
        body.curveTo(screenFoot + 110, belt + 12, xf - 90, belt + 24, xf - 30, belt + 50);
        body.curveTo(xf + 6, belt + 70, xf + 6, sill - 50, xf - 22, sill);
        body.closePath();
        Area whole = new Area(body);
        Area shell = new Area(body);
        for (double wx : new double[] {rearWheel, frontWheel}) {
            Area arch = new Area(circle(wx, axle, r + 18));
            Area inside = new Area(arch);
            inside.intersect(whole);
            s.fill(inside, new Color(24, 24, 26));
            shell.subtract(arch);
        }
        float beltAt = (float) ((belt - roofY) / (sill - roofY));
        s.fill(shell, new LinearGradientPaint(0f, (float) roofY, 0f, (float) sill,
                new float[] {0f, beltAt, Math.min(0.99f, beltAt + 0.08f), 1f},
                new Color[] {paint, lighter(paint, 0.35), paint, darker(paint, 0.45)}));

        double rearFoot = sedan ? xr + 260 : van ? xr + 50 : xr + 50;
        Path2D windows = new Path2D.Double();
        windows.moveTo(rearFoot, belt - 12);
        if (sedan) {
            windows.curveTo(rearFoot + 40, roofY + 60, roofStart - 30, roofY + 24, roofStart + 10, roofY + 24);
        } else if (van) {
            windows.lineTo(rearFoot, roofY + 30);
            windows.lineTo(roofStart + 20, roofY + 24);
        } else {
            windows.curveTo(rearFoot + 20, belt - 60, roofStart - 60, roofY + 40, roofStart + 10, roofY + 26);
        }
        windows.lineTo(roofEnd - 10, roofY + 26);
        windows.curveTo(roofEnd + 50, roofY + 46, screenFoot - 70, belt - 40, screenFoot - 48, belt - 12);
        windows.closePath();
        s.fill(windows, new GradientPaint((float) roofStart, (float) roofY, new Color(150, 180, 200),
                (float) screenFoot, (float) belt, new Color(40, 55, 70)));
        Shape clip = s.g.getClip();
        s.g.clip(windows);
        Color pillar = darker(paint, 0.55);
        double bPillar = (rearFoot + screenFoot) / 2 + (van ? 0 : 50);
        s.fill(rect(bPillar - 14, roofY, 28, belt - roofY), pillar);
        if (!sedan) {
            s.fill(rect(rearFoot + (bPillar - rearFoot) * 0.36, roofY, 30, belt - roofY), pillar);
        }
        for (double gx = rearFoot; gx < screenFoot; gx += 260) {
            Path2D glint = new Path2D.Double();
            glint.moveTo(gx + 40, belt);
            glint.lineTo(gx + 150, roofY);
            glint.lineTo(gx + 200, roofY);
            glint.lineTo(gx + 90, belt);
            glint.closePath();
            s.fill(glint, new Color(255, 255, 255, 45));
        }
        s.g.setClip(clip);
        s.stroke(windows, new Color(30, 30, 32), 7);

        Color seam = alpha(darker(paint, 0.6), 120);
        s.stroke(new Line2D.Double(bPillar, belt + 4, bPillar - 6, sill - 16), seam, 3);
        s.stroke(new Line2D.Double(screenFoot - 30, belt + 10, frontWheel - r - 30, sill - 24), seam, 3);
        s.stroke(new Line2D.Double(rearWheel + r + 30, belt + 4, rearWheel + r + 22, sill - 20), seam, 3);
        s.fill(new RoundRectangle2D.Double(bPillar - 120, belt + 36, 56, 13, 12, 12), darker(paint, 0.3));
        s.fill(new RoundRectangle2D.Double(bPillar + 30, belt + 36, 56, 13, 12, 12), darker(paint, 0.3));
        s.fill(rect(rearWheel + r + 20, sill - 22, frontWheel - rearWheel - 2 * r - 40, 22), alpha(darker(paint, 0.7), 160));
        s.fill(new RoundRectangle2D.Double(screenFoot - 60, belt - 46, 46, 36, 16, 16), darker(paint, 0.2));

        Path2D headlight = new Path2D.Double();
        headlight.moveTo(xf - 150, belt + 34);
        headlight.curveTo(xf - 80, belt + 36, xf - 40, belt + 44, xf - 16, belt + 62);
        headlight.curveTo(xf - 40, belt + 86, xf - 110, belt + 70, xf - 150, belt + 34);
        s.fill(headlight, new GradientPaint((float) (xf - 150), (float) belt, new Color(255, 255, 245),
                (float) xf, (float) (belt + 80), new Color(200, 210, 220)));
        s.fill(new RoundRectangle2D.Double(xr - 2, belt + 26, 34, 56, 14, 14), new Color(200, 30, 30));
        s.fill(new RoundRectangle2D.Double(xf - 80, sill - 34, 70, 14, 10, 10), alpha(darker(paint, 0.7), 170));

        if (suv) {
            // What tells an SUV from a tall hatchback at a glance: roof rails and black plastic round the arches.
            Color trim = new Color(42, 42, 46);
            s.fill(new RoundRectangle2D.Double(roofStart + 30, roofY - 22, roofEnd - roofStart - 60, 12, 10, 10), trim);
            s.fill(rect(roofStart + 50, roofY - 14, 16, 16), trim);
            s.fill(rect(roofEnd - 66, roofY - 14, 16, 16), trim);
            Area cladding = new Area();
            for (double wx : new double[] {rearWheel, frontWheel}) {
                cladding.add(new Area(circle(wx, axle, r + 36)));
            }
            cladding.intersect(shell);
            s.fill(cladding, trim);
        }
        Rim rim = Rim.of(s);
        for (double wx : new double[] {rearWheel, frontWheel}) {
            wheel(s, wx, axle, r, rim);
        }
    }

    private static void motorbike(Sketch s) {
        road(s);
        double y0 = 1030;
        double r = 145;
        double rear = 500;
        double front = 1130;
        double axle = y0 - r;
        Color paint = s.vary(s.pick(hsb(0.0, 0.82, 0.8), hsb(0.6, 0.75, 0.65), hsb(0.08, 0.85, 0.95), hsb(0.33, 0.7, 0.6),
                hsb(0.14, 0.85, 0.95), hsb(0.62, 0.1, 0.2)));
        Color metal = new Color(185, 190, 198);
        Color dark = new Color(34, 35, 38);

        s.fill(oval((rear + front) / 2, y0 + 2, 440, 22), new Color(0, 0, 0, 95));
        Color rims = s.pick(metal, new Color(44, 45, 50), hsb(0.12, 0.6, 0.82));
        bikeWheel(s, rear, axle, r, dark, rims);
        bikeWheel(s, front, axle, r, dark, rims);
        s.stroke(arc(rear, axle, r + 22, 60, 90), dark, 22);
        s.stroke(new Line2D.Double(rear, axle, 760, y0 - 300), dark, 34);
        Path2D muffler = new Path2D.Double();
        muffler.moveTo(880, y0 - 260);
        muffler.curveTo(880, y0 - 170, 760, y0 - 190, 670, y0 - 262);
        s.stroke(muffler, metal, 24);
        AffineTransform before = s.g.getTransform();
        s.g.rotate(Math.toRadians(-20), 560, y0 - 230);
        s.fill(new RoundRectangle2D.Double(400, y0 - 262, 290, 62, 60, 60), s.vertical(y0 - 262, lighter(metal, 0.5), y0 - 200,
                darker(metal, 0.35)));
        s.g.setTransform(before);
        s.stroke(new Line2D.Double(610, y0 - 250, 650, y0 - 440), new Color(220, 180, 40), 18);

        s.fill(new RoundRectangle2D.Double(700, y0 - 390, 250, 200, 60, 60), new GradientPaint(700f, (float) (y0 - 390),
                new Color(120, 124, 130), 950f, (float) (y0 - 190), new Color(50, 52, 56)));
        s.fill(rect(810, y0 - 480, 100, 100), new Color(70, 72, 78));
        for (int fin = 0; fin < 6; fin++) {
            s.fill(new RoundRectangle2D.Double(790, y0 - 470 + fin * 17, 140, 10, 8, 8), metal);
        }
        s.fill(circle(770, y0 - 260, 52), new RadialGradientPaint(new Point2D.Double(755, y0 - 275), 60f,
                new float[] {0f, 1f}, new Color[] {new Color(235, 238, 242), new Color(120, 125, 132)}));

        Path2D frame = new Path2D.Double();
        frame.moveTo(1010, y0 - 520);
        frame.lineTo(760, y0 - 430);
        frame.lineTo(600, y0 - 470);
        frame.moveTo(1010, y0 - 520);
        frame.lineTo(950, y0 - 260);
        frame.lineTo(820, y0 - 190);
        s.stroke(frame, darker(paint, 0.5), 26);
        s.stroke(new Line2D.Double(1030, y0 - 520, front, axle), metal, 26);
        s.stroke(new Line2D.Double(1062, y0 - 430, front, axle), darker(metal, 0.3), 30);

        Path2D tail = new Path2D.Double();
        tail.moveTo(620, y0 - 470);
        tail.curveTo(560, y0 - 490, 480, y0 - 520, 400, y0 - 540);
        tail.lineTo(420, y0 - 500);
        tail.curveTo(500, y0 - 470, 560, y0 - 430, 640, y0 - 420);
        tail.closePath();
        s.fill(tail, s.vertical(y0 - 540, lighter(paint, 0.2), y0 - 420, darker(paint, 0.3)));
        s.fill(new RoundRectangle2D.Double(392, y0 - 540, 34, 20, 10, 10), new Color(210, 30, 30));

        Path2D seat = new Path2D.Double();
        seat.moveTo(560, y0 - 480);
        seat.curveTo(620, y0 - 520, 720, y0 - 512, 800, y0 - 500);
        seat.lineTo(800, y0 - 460);
        seat.curveTo(720, y0 - 456, 640, y0 - 458, 560, y0 - 460);
        seat.closePath();
        s.fill(seat, s.vertical(y0 - 515, new Color(70, 70, 74), y0 - 458, new Color(25, 25, 28)));

        Path2D tank = new Path2D.Double();
        tank.moveTo(780, y0 - 470);
        tank.curveTo(790, y0 - 560, 900, y0 - 590, 1020, y0 - 550);
        tank.curveTo(1030, y0 - 510, 1010, y0 - 470, 990, y0 - 445);
        tank.curveTo(920, y0 - 430, 840, y0 - 440, 780, y0 - 470);
        tank.closePath();
        s.fill(tank, s.vertical(y0 - 580, lighter(paint, 0.3), y0 - 440, darker(paint, 0.3)));
        Path2D shine = new Path2D.Double();
        shine.moveTo(820, y0 - 520);
        shine.curveTo(860, y0 - 560, 930, y0 - 570, 990, y0 - 550);
        s.stroke(shine, new Color(255, 255, 255, 140), 10);
        s.fill(new RoundRectangle2D.Double(820, y0 - 505, 110, 40, 20, 20), alpha(darker(paint, 0.6), 120));

        s.stroke(arc(front, axle, r + 20, 50, 120), paint, 24);
        Path2D bar = new Path2D.Double();
        bar.moveTo(1015, y0 - 545);
        bar.lineTo(985, y0 - 610);
        bar.lineTo(930, y0 - 625);
        s.stroke(bar, dark, 16);
        s.stroke(new Line2D.Double(930, y0 - 625, 900, y0 - 630), new Color(15, 15, 15), 26);
        s.stroke(new Line2D.Double(990, y0 - 600, 975, y0 - 690), dark, 6);
        s.fill(oval(972, y0 - 700, 26, 14), dark);
        s.fill(circle(1085, y0 - 500, 48), metal);
        s.fill(circle(1085, y0 - 500, 38), new RadialGradientPaint(new Point2D.Double(1095, y0 - 510), 40f,
                new float[] {0f, 1f}, new Color[] {Color.WHITE, new Color(255, 230, 160)}));
    }

    private static void wheels(Sketch s) {
        Color wall = s.vary(hsb(0.58, 0.08, 0.78));
        s.fill(s.view, s.vertical(s.view.getMinY(), lighter(wall, 0.2), 760, darker(wall, 0.1)));
        for (double x = FAR_LEFT; x < FAR_RIGHT; x += 200) {
            s.fill(rect(x, s.view.getMinY(), 3, 760 - s.view.getMinY()), alpha(darker(wall, 0.3), 50));
        }
        Color floor = s.vary(hsb(0.1, 0.05, 0.62));
        s.fill(rect(s.view.getMinX(), 760, s.view.getWidth(), s.view.getMaxY() - 760),
                s.vertical(760, darker(floor, 0.1), s.view.getMaxY(), lighter(floor, 0.15)));
        s.fill(rect(s.view.getMinX(), 752, s.view.getWidth(), 14), darker(wall, 0.35));

        double stack = 450;
        double floorY = 1010;
        Rim rim = Rim.of(s);
        s.fill(oval(stack + 50, floorY + 2, 270, 50), new Color(0, 0, 0, 80));
        for (int i = 0; i < 2; i++) {
            lyingTyre(s, stack, floorY - i * 124, 230, 120, rim);
        }
        double r = s.between(195, 210);
        // The second standing wheel is further back, against the wall: higher, smaller and a little darker.
        s.fill(oval(1290, floorY - 40, 200, 22), new Color(0, 0, 0, 70));
        wheel(s, 1290, floorY - 40 - r * 0.92, r * 0.92, rim);
        s.fill(circle(1290, floorY - 40 - r * 0.92, r * 0.92), new Color(0, 0, 0, 40));
        s.fill(oval(1040, floorY + 2, 230, 26), new Color(0, 0, 0, 90));
        wheel(s, 1040, floorY - r, r, rim);
    }

    /** A tyre lying flat, seen from above at an angle: a dark cylinder with its rim inside. */
    private static void lyingTyre(Sketch s, double cx, double bottom, double rx, double height, Rim rim) {
        double ry = rx * 0.3;
        Color rubber = new Color(32, 32, 34);
        Area side = new Area(rect(cx - rx, bottom - height, 2 * rx, height));
        side.add(new Area(oval(cx, bottom, rx, ry)));
        s.fill(side, new LinearGradientPaint((float) (cx - rx), 0f, (float) (cx + rx), 0f, new float[] {0f, 0.35f, 1f},
                new Color[] {new Color(20, 20, 22), new Color(75, 76, 80), new Color(18, 18, 20)}));
        Shape clip = s.g.getClip();
        s.g.clip(side);
        for (double x = cx - rx; x < cx + rx; x += 24) {
            s.fill(rect(x, bottom - height, 8, height + ry), new Color(0, 0, 0, 70));
        }
        s.g.setClip(clip);
        s.stroke(new Arc2D.Double(cx - rx, bottom - ry, 2 * rx, 2 * ry, 180, 180, Arc2D.OPEN), new Color(10, 10, 12), 4);
        s.fill(oval(cx, bottom - height, rx, ry), rubber);
        s.stroke(oval(cx, bottom - height, rx - 3, ry - 1), new Color(60, 60, 64), 3);
        s.fill(oval(cx, bottom - height, rx * 0.66, ry * 0.66), rim.metal());
        s.fill(oval(cx, bottom - height + ry * 0.08, rx * 0.5, ry * 0.5), darker(rim.metal(), 0.6));
        s.fill(oval(cx, bottom - height + ry * 0.05, rx * 0.14, ry * 0.14), lighter(rim.metal(), 0.2));
    }

    /** Sky, distant country, grass verge and road: the setting of every vehicle. */
    private static void road(Sketch s) {
        double horizon = 740;
        sky(s, horizon);
        hills(s, horizon, 130, hsb(s.between(0.42, 0.55), s.between(0.15, 0.25), s.between(0.72, 0.8)));
        Color leaf = s.vary(hsb(0.28, 0.45, 0.5));
        for (double x = FAR_LEFT; x < FAR_RIGHT; x += s.between(60, 220)) {
            double size = s.between(30, 60);
            s.fill(circle(x, horizon - size * 0.6, size), mix(leaf, hsb(0.5, 0.2, 0.8), s.between(0.1, 0.35)));
        }
        lawn(s, horizon);
        Color asphalt = s.vary(hsb(0.6, 0.05, 0.36));
        s.fill(rect(s.view.getMinX(), 880, s.view.getWidth(), s.view.getMaxY() - 880), s.vertical(880, lighter(asphalt, 0.1),
                s.view.getMaxY(), darker(asphalt, 0.25)));
        s.fill(rect(s.view.getMinX(), 892, s.view.getWidth(), 8), new Color(235, 235, 230));
        for (double x = FAR_LEFT; x < FAR_RIGHT; x += 240) {
            s.fill(rect(x, 1130, 140, 12), new Color(235, 235, 230, 220));
        }
    }

    /** One rim for all the wheels of a picture: a car or a set of wheels never mixes two styles. */
    private record Rim(Color metal, int spokes) {

        static Rim of(Sketch s) {
            return new Rim(s.random.nextDouble() < 0.3 ? new Color(70, 72, 78) : new Color(200, 204, 210), 5 + s.random.nextInt(2));
        }
    }

    private static void wheel(Sketch s, double cx, double cy, double r, Rim style) {
        s.fill(circle(cx, cy, r), new Color(28, 28, 30));
        s.stroke(circle(cx, cy, r * 0.84), new Color(48, 48, 52), (float) (r * 0.08));
        Color rim = style.metal();
        s.fill(circle(cx, cy, r * 0.64), new GradientPaint((float) (cx - r), (float) (cy - r), lighter(rim, 0.4),
                (float) (cx + r), (float) (cy + r), darker(rim, 0.35)));
        s.fill(circle(cx, cy, r * 0.54), new Color(40, 40, 44));
        int spokes = style.spokes();
        for (int i = 0; i < spokes; i++) {
            double angle = 2 * Math.PI * i / spokes + s.between(0, 0.2);
            s.stroke(new Line2D.Double(cx, cy, cx + Math.cos(angle) * r * 0.56, cy + Math.sin(angle) * r * 0.56), rim,
                    (float) (r * 0.15));
        }
        s.fill(circle(cx, cy, r * 0.16), lighter(rim, 0.3));
        s.fill(circle(cx, cy, r * 0.06), darker(rim, 0.5));
    }

    private static void bikeWheel(Sketch s, double cx, double cy, double r, Color rubber, Color metal) {
        s.stroke(circle(cx, cy, r - 18), rubber, 36);
        s.stroke(circle(cx, cy, r - 40), metal, 8);
        s.fill(circle(cx, cy, r * 0.42), new Color(150, 154, 160, 200));
        s.fill(circle(cx, cy, r * 0.3), new Color(90, 92, 96));
        for (int i = 0; i < 3; i++) {
            double angle = 2 * Math.PI * i / 3 + 0.4;
            s.stroke(new Line2D.Double(cx, cy, cx + Math.cos(angle) * (r - 40), cy + Math.sin(angle) * (r - 40)), metal, 14);
        }
        s.fill(circle(cx, cy, 18), metal);
    }

    // ---------------------------------------------------------------- goods

    private static void painting(Sketch s) {
        Color wall = s.vary(s.pick(hsb(0.1, 0.18, 0.86), hsb(0.3, 0.12, 0.78), hsb(0.58, 0.1, 0.82), hsb(0.03, 0.15, 0.84)));
        s.fill(s.view, s.vertical(s.view.getMinY(), darker(wall, 0.1), 1080, wall));
        Color wood = s.vary(hsb(0.07, 0.45, 0.5));
        s.fill(rect(s.view.getMinX(), 1080, s.view.getWidth(), s.view.getMaxY() - 1080), s.vertical(1080, wood,
                s.view.getMaxY(), darker(wood, 0.3)));
        s.fill(rect(s.view.getMinX(), 1062, s.view.getWidth(), 22), hsb(0.1, 0.05, 0.95));

        double fw = 960;
        double fh = fw * 74 / 94;
        double fx = W / 2 - fw / 2;
        double fy = 130;
        double border = s.between(54, 74);
        for (int i = 4; i > 0; i--) {
            s.fill(new RoundRectangle2D.Double(fx + 5 * i, fy + 9 * i, fw, fh, 8 * i, 8 * i), new Color(0, 0, 0, 16));
        }
        Color moulding = s.vary(s.pick(hsb(0.12, 0.6, 0.78), hsb(0.07, 0.55, 0.4), hsb(0.0, 0.0, 0.15), hsb(0.1, 0.08, 0.94)));
        bevel(s, fx, fy, fw, fh, border, moulding);
        double mat = s.between(50, 70);
        double mx = fx + border;
        double my = fy + border;
        double mw = fw - 2 * border;
        double mh = fh - 2 * border;
        s.fill(rect(mx, my, mw, mh), hsb(0.12, 0.04, 0.97));
        double px = mx + mat;
        double py = my + mat;
        double pw = mw - 2 * mat;
        double ph = mh - 2 * mat;
        s.fill(rect(px - 4, py - 4, pw + 8, ph + 8), hsb(0.1, 0.06, 0.85));
        landscape(s, px, py, pw, ph);

        if (s.random.nextBoolean()) {
            Color brass = hsb(0.12, 0.5, 0.75);
            s.fill(rect(W / 2 - 8, fy - 70, 16, 70), brass);
            s.fill(new RoundRectangle2D.Double(W / 2 - 150, fy - 96, 300, 36, 30, 30), brass);
            Path2D beam = new Path2D.Double();
            beam.moveTo(W / 2 - 140, fy - 64);
            beam.lineTo(W / 2 + 140, fy - 64);
            beam.lineTo(W / 2 + 420, fy + 300);
            beam.lineTo(W / 2 - 420, fy + 300);
            beam.closePath();
            s.fill(beam, s.vertical(fy - 64, new Color(255, 245, 200, 70), fy + 300, new Color(255, 245, 200, 0)));
        }
    }

    /** A picture frame's moulding: four sides lit from the top left, so it reads as relief without any texture. */
    private static void bevel(Sketch s, double x, double y, double w, double h, double border, Color colour) {
        double[][] sides = {
            {x, y, x + w, y, x + w - border, y + border, x + border, y + border},
            {x, y, x + border, y + border, x + border, y + h - border, x, y + h},
            {x + w, y, x + w, y + h, x + w - border, y + h - border, x + w - border, y + border},
            {x, y + h, x + border, y + h - border, x + w - border, y + h - border, x + w, y + h},
        };
        Color[] light = {lighter(colour, 0.3), lighter(colour, 0.12), darker(colour, 0.15), darker(colour, 0.3)};
        for (int i = 0; i < 4; i++) {
            Path2D side = new Path2D.Double();
            side.moveTo(sides[i][0], sides[i][1]);
            for (int p = 2; p < 8; p += 2) {
                side.lineTo(sides[i][p], sides[i][p + 1]);
            }
            side.closePath();
            s.fill(side, light[i]);
        }
        s.stroke(rect(x + border * 0.45, y + border * 0.45, w - border * 0.9, h - border * 0.9), alpha(darker(colour, 0.4), 120), 3);
        s.stroke(rect(x, y, w, h), darker(colour, 0.45), 2);
    }

    /** A watercolour: washes laid over each other with transparency, as the brush would leave them. */
    private static void landscape(Sketch s, double x, double y, double w, double h) {
        Shape clip = s.g.getClip();
        s.g.clip(rect(x, y, w, h));
        s.fill(rect(x, y, w, h), hsb(0.12, 0.06, 0.97));
        boolean sunset = s.random.nextDouble() < 0.4;
        double horizon = y + h * s.between(0.5, 0.6);
        Color skyTop = sunset ? hsb(s.between(0.7, 0.8), 0.35, 0.8) : hsb(s.between(0.55, 0.62), 0.45, 0.85);
        Color skyLow = sunset ? hsb(s.between(0.04, 0.1), 0.5, 0.98) : hsb(0.55, 0.12, 0.98);
        s.fill(rect(x, y, w, horizon - y + 20), s.vertical(y, alpha(skyTop, 190), horizon, alpha(skyLow, 150)));
        double sunX = x + w * s.between(0.2, 0.8);
        double sunY = y + h * s.between(0.18, 0.35);
        s.fill(circle(sunX, sunY, h * 0.08), sunset ? new Color(255, 200, 120, 200) : new Color(255, 245, 200, 200));
        for (int i = 0; i < 4; i++) {
            s.fill(oval(x + w * s.between(0, 1), y + h * s.between(0.1, 0.35), w * s.between(0.08, 0.18), h * 0.035),
                    new Color(255, 255, 255, 120));
        }
        // Mountains or rolling hills, a lake or not: two watercolours of one seller should not be the same view.
        boolean mountains = s.random.nextDouble() < 0.55;
        boolean lake = s.random.nextBoolean();
        Color far = hsb(s.between(0.6, 0.72), 0.25, 0.7);
        Color near = hsb(s.between(0.3, 0.45), 0.4, 0.5);
        if (mountains) {
            ridge(s, x, w, horizon, h * 0.25, 7, alpha(far, 150));
            ridge(s, x, w, horizon + h * 0.04, h * 0.12, 4, alpha(near, 170));
        } else {
            hill(s, x, w, horizon, h * 0.14, alpha(far, 130));
            hill(s, x, w, horizon + h * 0.05, h * 0.1, alpha(near, 160));
        }
        Color water = hsb(s.between(0.52, 0.6), 0.4, 0.8);
        double shore = horizon + h * (lake ? 0.2 : 0.06);
        if (lake) {
            s.fill(rect(x, horizon + h * 0.04, w, h * 0.16), s.vertical(horizon, alpha(water, 170), horizon + h * 0.2,
                    alpha(lighter(water, 0.3), 130)));
            for (int i = 0; i < 6; i++) {
                s.fill(rect(x + w * s.between(0, 0.8), horizon + h * s.between(0.06, 0.18), w * s.between(0.05, 0.2), 3),
                        new Color(255, 255, 255, 150));
            }
        }
        Color meadow = hsb(s.between(0.18, 0.3), 0.5, 0.7);
        Path2D field = new Path2D.Double();
        field.moveTo(x, shore);
        field.curveTo(x + w * 0.3, shore - h * 0.06, x + w * 0.6, shore + h * 0.06, x + w, shore - h * 0.02);
        field.lineTo(x + w, y + h);
        field.lineTo(x, y + h);
        field.closePath();
        s.fill(field, s.vertical(horizon, alpha(meadow, 170), y + h, alpha(darker(meadow, 0.3), 200)));
        if (s.random.nextDouble() < 0.5) {
            double hx = x + w * s.between(0.15, 0.75);
            double hy = shore + h * 0.08;
            double hw = w * 0.07;
            s.fill(rect(hx, hy - hw * 0.6, hw, hw * 0.6), new Color(250, 245, 235, 220));
            s.fill(polygon(hx - hw * 0.1, hy - hw * 0.6, hx + hw * 0.5, hy - hw, hx + hw * 1.1, hy - hw * 0.6),
                    new Color(190, 80, 60, 200));
            s.fill(rect(hx + hw * 0.4, hy - hw * 0.3, hw * 0.2, hw * 0.3), new Color(110, 80, 60, 200));
        }
        Color pine = hsb(s.between(0.35, 0.45), 0.55, 0.35);
        int trees = 2 + s.random.nextInt(4);
        boolean conifers = s.random.nextBoolean();
        for (int i = 0; i < trees; i++) {
            double tx = x + w * s.between(0.05, 0.95);
            double ty = shore + h * s.between(0.04, 0.2);
            double th = h * s.between(0.16, 0.28);
            s.fill(rect(tx - 3, ty - th * 0.2, 6, th * 0.25), new Color(90, 60, 40, 200));
            if (conifers) {
                for (int layer = 0; layer < 3; layer++) {
                    double top = ty - th + layer * th * 0.22;
                    s.fill(polygon(tx, top, tx + th * 0.22, top + th * 0.42, tx - th * 0.22, top + th * 0.42), alpha(pine, 170));
                }
            } else {
                s.fill(oval(tx, ty - th * 0.55, th * 0.3, th * 0.4), alpha(pine, 170));
                s.fill(oval(tx - th * 0.08, ty - th * 0.65, th * 0.18, th * 0.22), alpha(lighter(pine, 0.3), 110));
            }
        }
        for (int i = 0; i < 8; i++) {
            Color bloom = s.pick(skyTop, near, meadow, water);
            s.fill(oval(x + w * s.between(0, 1), y + h * s.between(0, 1), w * s.between(0.03, 0.09), h * s.between(0.03, 0.08)),
                    alpha(bloom, 40));
        }
        s.g.setClip(clip);
    }

    private static void hill(Sketch s, double x, double w, double base, double height, Color colour) {
        Path2D path = new Path2D.Double();
        double top = base - height * s.between(0.4, 1);
        path.moveTo(x, base + 10);
        path.lineTo(x, top);
        path.curveTo(x + w * 0.3, base - height * s.between(0.6, 1.4), x + w * 0.6, base - height * s.between(0, 0.6), x + w,
                base - height * s.between(0.3, 1));
        path.lineTo(x + w, base + 10);
        path.closePath();
        s.fill(path, colour);
    }

    private static void ridge(Sketch s, double x, double w, double base, double height, int peaks, Color colour) {
        Path2D path = new Path2D.Double();
        path.moveTo(x, base + 10);
        path.lineTo(x, base - height * s.between(0.2, 0.6));
        for (int i = 1; i <= peaks; i++) {
            double px = x + w * (i - 0.5) / peaks;
            path.lineTo(px + s.between(-20, 20), base - height * s.between(0.5, 1));
            path.lineTo(x + w * i / peaks, base - height * s.between(0.1, 0.5));
        }
        path.lineTo(x + w, base + 10);
        path.closePath();
        s.fill(path, colour);
    }

    private static void chainsaw(Sketch s) {
        Color planks = s.vary(hsb(0.08, 0.35, 0.7));
        s.fill(s.view, s.vertical(s.view.getMinY(), lighter(planks, 0.1), 780, darker(planks, 0.1)));
        for (double x = FAR_LEFT; x < FAR_RIGHT; x += 150) {
            s.fill(rect(x, s.view.getMinY(), 4, 780 - s.view.getMinY()), alpha(darker(planks, 0.5), 90));
        }
        Color bench = s.vary(hsb(0.09, 0.45, 0.62));
        s.fill(rect(s.view.getMinX(), 780, s.view.getWidth(), s.view.getMaxY() - 780), s.vertical(780, lighter(bench, 0.15),
                s.view.getMaxY(), darker(bench, 0.2)));
        for (double y = 860; y < s.view.getMaxY(); y += 110) {
            s.fill(rect(s.view.getMinX(), y, s.view.getWidth(), 3), alpha(darker(bench, 0.4), 110));
        }
        for (int i = 0; i < 2; i++) {
            double lx = 1250 + i * 170;
            double ly = 660 - i * 30;
            Color bark = s.vary(hsb(0.07, 0.5, 0.4));
            s.fill(rect(lx - 90, ly, 180, 820 - ly), s.vertical(ly, bark, 820, darker(bark, 0.3)));
            s.fill(oval(lx, ly, 90, 34), hsb(0.1, 0.4, 0.85));
            for (int ring = 1; ring < 4; ring++) {
                s.stroke(oval(lx, ly, 90 - ring * 20, 34 - ring * 7.5), alpha(bark, 120), 2);
            }
        }

        Color body = s.vary(s.pick(hsb(0.07, 0.9, 0.95), hsb(0.5, 0.7, 0.6), hsb(0.3, 0.75, 0.6), hsb(0.0, 0.8, 0.75),
                hsb(0.13, 0.9, 0.95)));
        Color dark = new Color(38, 38, 42);
        double floor = 900;
        s.fill(oval(820, floor + 6, 560, 26), new Color(0, 0, 0, 80));

        RoundRectangle2D bar = new RoundRectangle2D.Double(760, 690, 720, 118, 118, 118);
        s.fill(bar, s.vertical(690, new Color(210, 214, 220), 808, new Color(130, 134, 140)));
        s.stroke(new RoundRectangle2D.Double(770, 700, 700, 98, 98, 98), new Color(40, 40, 44), 14);
        chain(s, new RoundRectangle2D.Double(762, 692, 716, 114, 114, 114));
        s.stroke(new Line2D.Double(880, 749, 1380, 749), new Color(110, 114, 120), 4);

        // The loop runs on under the housing, so that it seems to come out of it.
        Area handle = new Area(new RoundRectangle2D.Double(180, 560, 420, 330, 150, 150));
        handle.subtract(new Area(new RoundRectangle2D.Double(240, 620, 240, 210, 110, 110)));
        s.fill(handle, s.vertical(560, lighter(dark, 0.2), 890, dark));

        Path2D housing = new Path2D.Double();
        housing.moveTo(430, 880);
        housing.curveTo(400, 760, 420, 600, 520, 560);
        housing.curveTo(620, 520, 760, 520, 820, 580);
        housing.curveTo(880, 640, 880, 800, 850, 880);
        housing.closePath();
        s.fill(housing, s.vertical(520, lighter(body, 0.25), 880, darker(body, 0.25)));
        Area crankcase = new Area(housing);
        crankcase.intersect(new Area(rect(300, 800, 700, 200)));
        s.fill(crankcase, dark);
        for (int slot = 0; slot < 5; slot++) {
            s.fill(new RoundRectangle2D.Double(500 + slot * 34, 650, 16, 110, 14, 14), alpha(darker(body, 0.6), 200));
        }
        s.fill(circle(720, 640, 34), dark);
        s.fill(circle(720, 640, 20), lighter(dark, 0.2));
        s.fill(new RoundRectangle2D.Double(600, 820, 90, 36, 20, 20), new Color(20, 20, 22));
        s.fill(new RoundRectangle2D.Double(520, 555, 230, 40, 30, 30), alpha(lighter(body, 0.5), 160));

        Path2D guard = new Path2D.Double();
        guard.moveTo(800, 520);
        guard.curveTo(870, 520, 910, 580, 900, 700);
        guard.lineTo(870, 700);
        guard.curveTo(870, 600, 840, 560, 790, 556);
        guard.closePath();
        s.fill(guard, dark);
        Path2D grip = new Path2D.Double();
        grip.moveTo(560, 540);
        grip.curveTo(600, 420, 760, 420, 800, 470);
        grip.curveTo(830, 510, 830, 600, 800, 700);
        s.stroke(grip, dark, 34);
        s.fill(circle(880, 745, 22), new Color(150, 154, 160));
    }

    /** The chain: short teeth running round the guide bar. */
    private static void chain(Sketch s, Shape outline) {
        s.g.setPaint(new Color(60, 60, 64));
        s.g.setStroke(new BasicStroke(12, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {14, 9}, 0));
        s.g.draw(outline);
    }

    private static void babySeat(Sketch s) {
        Color wall = s.vary(s.pick(hsb(0.55, 0.15, 0.92), hsb(0.95, 0.12, 0.95), hsb(0.3, 0.12, 0.9), hsb(0.12, 0.15, 0.95)));
        s.fill(s.view, s.vertical(s.view.getMinY(), lighter(wall, 0.2), 860, wall));
        Color dots = alpha(darker(wall, 0.12), 150);
        for (double y = Math.floor(s.view.getMinY() / 120) * 120 + 60; y < 830; y += 120) {
            boolean odd = Math.round(y / 120) % 2 == 0;
            for (double x = Math.floor(s.view.getMinX() / 160) * 160 + (odd ? 80 : 0); x < s.view.getMaxX(); x += 160) {
                s.fill(circle(x, y, 10), dots);
            }
        }
        Color floor = s.vary(hsb(0.09, 0.3, 0.8));
        s.fill(rect(s.view.getMinX(), 860, s.view.getWidth(), s.view.getMaxY() - 860), s.vertical(860, floor, s.view.getMaxY(),
                darker(floor, 0.15)));
        for (double x = FAR_LEFT; x < FAR_RIGHT; x += 180) {
            s.fill(rect(x, 860, 3, s.view.getMaxY() - 860), alpha(darker(floor, 0.3), 90));
        }
        s.fill(rect(s.view.getMinX(), 846, s.view.getWidth(), 20), hsb(0.1, 0.04, 0.98));
        s.fill(oval(820, 950, 560, 90), alpha(s.vary(s.pick(hsb(0.55, 0.2, 0.85), hsb(0.1, 0.15, 0.95), hsb(0.9, 0.15, 0.9))), 220));

        Color fabric = s.vary(s.pick(hsb(0.0, 0.0, 0.35), hsb(0.62, 0.45, 0.35), hsb(0.95, 0.35, 0.75), hsb(0.08, 0.25, 0.75),
                hsb(0.0, 0.65, 0.6), hsb(0.5, 0.3, 0.55)));
        Color plastic = new Color(45, 46, 50);
        s.fill(oval(820, 928, 360, 22), new Color(0, 0, 0, 70));

        Path2D shell = new Path2D.Double();
        shell.moveTo(420, 430);
        shell.curveTo(370, 600, 430, 830, 600, 890);
        shell.curveTo(760, 950, 1010, 940, 1140, 860);
        shell.curveTo(1200, 820, 1220, 730, 1200, 650);
        shell.lineTo(1150, 640);
        shell.curveTo(1050, 740, 820, 760, 650, 705);
        shell.curveTo(550, 670, 500, 540, 500, 430);
        shell.closePath();
        s.fill(shell, s.vertical(430, lighter(fabric, 0.2), 940, darker(fabric, 0.2)));
        Area base = new Area(shell);
        Path2D cut = new Path2D.Double();
        cut.moveTo(300, 780);
        cut.curveTo(600, 850, 1000, 820, 1300, 700);
        cut.lineTo(1300, 1000);
        cut.lineTo(300, 1000);
        cut.closePath();
        base.intersect(new Area(cut));
        s.fill(base, s.vertical(780, lighter(plastic, 0.15), 940, plastic));
        Path2D quilting = new Path2D.Double();
        quilting.moveTo(480, 640);
        quilting.curveTo(600, 760, 900, 790, 1170, 700);
        s.stroke(quilting, alpha(darker(fabric, 0.4), 120), 4);

        Path2D rim = new Path2D.Double();
        rim.moveTo(1160, 646);
        rim.curveTo(1050, 740, 820, 760, 650, 705);
        rim.curveTo(550, 670, 500, 540, 500, 440);
        s.stroke(rim, lighter(fabric, 0.35), 34);
        s.stroke(rim, lighter(fabric, 0.55), 10);

        // The sun hood folds round the handle's pivot, so its pleats all run to that point.
        Color hood = darker(fabric, 0.15);
        double pivotX = 800 - 264;
        double pivotY = 690 - 420 * Math.sin(Math.toRadians(12));
        Path2D canopy = new Path2D.Double();
        canopy.moveTo(pivotX, pivotY);
        canopy.curveTo(pivotX - 60, pivotY + 20, 420, pivotY + 20, 392, pivotY - 10);
        canopy.curveTo(360, 400, 480, 250, 700, 250);
        canopy.curveTo(760, 250, 800, 262, 820, 274);
        canopy.curveTo(760, 380, 650, 500, pivotX, pivotY);
        canopy.closePath();
        s.fill(canopy, new GradientPaint(420f, 260f, lighter(hood, 0.2), 700f, 600f, darker(hood, 0.2)));
        Shape clip = s.g.getClip();
        s.g.clip(canopy);
        for (int pleat = 1; pleat < 5; pleat++) {
            double angle = Math.toRadians(180 - pleat * 22);
            s.stroke(new Line2D.Double(pivotX, pivotY, pivotX + Math.cos(angle) * 500, pivotY - Math.sin(angle) * 500),
                    alpha(darker(hood, 0.45), 120), 4);
        }
        s.g.setClip(clip);
        Path2D hem = new Path2D.Double();
        hem.moveTo(820, 274);
        hem.curveTo(760, 380, 650, 500, pivotX, pivotY);
        s.stroke(hem, lighter(fabric, 0.4), 12);

        Arc2D handle = new Arc2D.Double(800 - 270, 690 - 420, 540, 840, 12, 156, Arc2D.OPEN);
        s.stroke(handle, plastic, 34);
        s.stroke(new Arc2D.Double(800 - 270, 690 - 420, 540, 840, 70, 40, Arc2D.OPEN), new Color(25, 25, 28), 46);
        for (double px : new double[] {pivotX, 800 + 264}) {
            s.fill(circle(px, pivotY, 30), new Color(70, 72, 78));
            s.fill(circle(px, pivotY, 14), hsb(0.55, 0.1, 0.8));
        }
        double toyX = 800 + s.between(-60, 60);
        s.stroke(new Line2D.Double(toyX, 300, toyX, 420), new Color(120, 120, 120), 3);
        Color[] toys = {hsb(0.0, 0.6, 0.95), hsb(0.15, 0.7, 0.98), hsb(0.55, 0.6, 0.9), hsb(0.35, 0.5, 0.8)};
        int first = s.random.nextInt(toys.length);
        for (int i = 0; i < 3; i++) {
            s.fill(circle(toyX + (i - 1) * 34, 440 + (i % 2) * 22, 20), toys[(first + i) % toys.length]);
        }
    }

    private static void parcel(Sketch s) {
        Color wall = s.vary(s.pick(hsb(0.1, 0.12, 0.9), hsb(0.55, 0.12, 0.85), hsb(0.3, 0.1, 0.85), hsb(0.95, 0.1, 0.9)));
        s.fill(s.view, s.vertical(s.view.getMinY(), darker(wall, 0.1), 760, wall));
        Color table = s.vary(s.pick(hsb(0.08, 0.45, 0.65), hsb(0.1, 0.2, 0.85), hsb(0.0, 0.0, 0.95)));
        s.fill(rect(s.view.getMinX(), 760, s.view.getWidth(), s.view.getMaxY() - 760), s.vertical(760, darker(table, 0.1),
                s.view.getMaxY(), lighter(table, 0.15)));

        Color kraft = s.vary(hsb(0.08, 0.5, 0.75));
        double x = 480 + s.between(-40, 40);
        double y = 520;
        double w = s.between(420, 500);
        double h = s.between(300, 350);
        double dx = s.between(110, 150);
        double dy = s.between(80, 100);
        Path2D shadow = new Path2D.Double();
        shadow.moveTo(x, y + h);
        shadow.lineTo(x + w + dx, y + h - dy);
        shadow.lineTo(x + w + dx + 170, y + h - dy + 30);
        shadow.lineTo(x + 120, y + h + 50);
        shadow.closePath();
        s.fill(shadow, new Color(0, 0, 0, 50));
        s.fill(rect(x, y, w, h), s.vertical(y, kraft, y + h, darker(kraft, 0.1)));
        s.fill(polygon(x, y, x + dx, y - dy, x + w + dx, y - dy, x + w, y), lighter(kraft, 0.2));
        s.fill(polygon(x + w, y, x + w + dx, y - dy, x + w + dx, y + h - dy, x + w, y + h), darker(kraft, 0.22));
        Color tape = s.random.nextBoolean() ? alpha(lighter(kraft, 0.35), 220) : s.vary(hsb(0.0, 0.6, 0.75));
        double tx = x + w / 2;
        s.fill(polygon(tx - 30, y, tx - 30 + dx, y - dy, tx + 30 + dx, y - dy, tx + 30, y), tape);
        s.fill(rect(tx - 30, y, 60, h * 0.35), tape);
        s.fill(rect(x + w * 0.08, y + h * 0.45, w * 0.3, h * 0.34), hsb(0.1, 0.02, 0.98));
        for (int line = 0; line < 3; line++) {
            s.fill(rect(x + w * 0.11, y + h * (0.5 + line * 0.07), w * (0.2 - line * 0.04), 8), new Color(150, 150, 150));
        }
        for (double bx = x + w * 0.11; bx < x + w * 0.34; bx += s.between(4, 10)) {
            s.fill(rect(bx, y + h * 0.7, s.between(2, 5), h * 0.06), new Color(60, 60, 60));
        }

        Color glaze = s.vary(s.pick(hsb(0.58, 0.5, 0.7), hsb(0.0, 0.55, 0.75), hsb(0.35, 0.4, 0.6), hsb(0.12, 0.5, 0.9)));
        double vx = 1260;
        double vh = s.between(260, 340);
        double base = 840;
        s.fill(oval(vx + 60, base - 8, 120, 18), new Color(0, 0, 0, 55));
        Path2D vase = new Path2D.Double();
        vase.moveTo(vx - 50, base - vh);
        vase.curveTo(vx - 60, base - vh * 0.6, vx - 130, base - vh * 0.5, vx - 100, base - 20);
        vase.quadTo(vx, base + 10, vx + 100, base - 20);
        vase.curveTo(vx + 130, base - vh * 0.5, vx + 60, base - vh * 0.6, vx + 50, base - vh);
        vase.closePath();
        s.fill(vase, new LinearGradientPaint((float) (vx - 120), 0f, (float) (vx + 120), 0f, new float[] {0f, 0.35f, 1f},
                new Color[] {darker(glaze, 0.3), lighter(glaze, 0.35), darker(glaze, 0.4)}));
        s.fill(oval(vx, base - vh, 50, 12), darker(glaze, 0.5));
        Color stem = hsb(0.3, 0.5, 0.45);
        for (int i = 0; i < 3; i++) {
            double angle = Math.toRadians(-110 + i * 20 + s.between(-6, 6));
            double ex = vx + Math.cos(angle) * 200;
            double ey = base - vh + Math.sin(angle) * 200;
            s.stroke(new Line2D.Double(vx, base - vh, ex, ey), stem, 6);
            s.fill(circle(ex, ey, 26), s.vary(s.pick(hsb(0.95, 0.5, 0.95), hsb(0.13, 0.7, 0.98), hsb(0.0, 0.0, 0.98))));
            s.fill(circle(ex, ey, 9), hsb(0.12, 0.8, 0.8));
        }

        Color fruit = s.vary(s.pick(hsb(0.02, 0.8, 0.85), hsb(0.08, 0.85, 0.95), hsb(0.25, 0.7, 0.7)));
        double ax = 360;
        double ay = 860;
        s.fill(oval(ax + 20, ay + 62, 80, 14), new Color(0, 0, 0, 60));
        s.fill(circle(ax, ay, 70), new RadialGradientPaint(new Point2D.Double(ax - 25, ay - 25), 100f, new float[] {0f, 1f},
                new Color[] {lighter(fruit, 0.45), darker(fruit, 0.3)}));
        s.stroke(new Line2D.Double(ax, ay - 66, ax + 8, ay - 92), hsb(0.08, 0.6, 0.35), 7);
    }

    // ---------------------------------------------------------------- shared scenery

    private static void sky(Sketch s, double horizon) {
        double hue = s.between(0.54, 0.61);
        Color top = hsb(hue, s.between(0.45, 0.65), s.between(0.78, 0.9));
        Color low = hsb(hue - 0.02, s.between(0.08, 0.18), 0.98);
        s.fill(s.view, s.vertical(Math.min(0, s.view.getMinY()), top, horizon, low));
        if (s.random.nextBoolean()) {
            double sx = s.between(150, 1450);
            double sy = s.between(110, 260);
            s.fill(circle(sx, sy, 170), new RadialGradientPaint(new Point2D.Double(sx, sy), 170f, new float[] {0f, 0.32f, 0.4f, 1f},
                    new Color[] {new Color(255, 252, 230), new Color(255, 245, 200), new Color(255, 245, 200, 90),
                        new Color(255, 245, 200, 0)}));
        }
        int clouds = 2 + s.random.nextInt(3);
        for (int i = 0; i < clouds; i++) {
            cloud(s, s.between(-100, 1700), s.between(90, horizon * 0.45), s.between(70, 120));
        }
    }

    private static void cloud(Sketch s, double x, double y, double size) {
        Area puff = new Area();
        for (int i = 0; i < 5; i++) {
            double r = size * (0.45 + 0.3 * (1 - Math.abs(i - 2) / 2.0)) * s.between(0.85, 1.1);
            puff.add(new Area(oval(x + (i - 2) * size * 0.45, y - r * 0.35, r, r * 0.85)));
        }
        puff.intersect(new Area(rect(x - size * 3, y - size * 3, size * 6, size * 3 + size * 0.3)));
        s.fill(puff, s.vertical(y - size, new Color(255, 255, 255, 240), y + size * 0.3, new Color(225, 232, 240, 240)));
    }

    private static void hills(Sketch s, double horizon, double height, Color colour) {
        int bumps = 9;
        double step = (FAR_RIGHT - FAR_LEFT) / bumps;
        Path2D path = new Path2D.Double();
        double px = FAR_LEFT;
        double py = horizon - height * s.between(0.2, 1);
        path.moveTo(px, horizon + 5);
        path.lineTo(px, py);
        for (int i = 1; i <= bumps; i++) {
            double x = FAR_LEFT + i * step;
            double y = horizon - height * s.between(0.2, 1);
            path.curveTo(px + step / 2, py, x - step / 2, y, x, y);
            px = x;
            py = y;
        }
        path.lineTo(FAR_RIGHT, horizon + 5);
        path.closePath();
        s.fill(path, colour);
    }

    private static void lawn(Sketch s, double horizon) {
        Color grass = s.vary(hsb(0.27, 0.55, 0.62));
        s.fill(rect(s.view.getMinX(), horizon, s.view.getWidth(), s.view.getMaxY() - horizon + 1), s.vertical(horizon,
                lighter(grass, 0.12), Math.max(horizon + 1, s.view.getMaxY()), darker(grass, 0.2)));
    }

    private static void flowers(Sketch s, double from, double to) {
        Color[] petals = {hsb(0.0, 0.5, 0.98), hsb(0.13, 0.7, 0.98), hsb(0.0, 0.0, 1.0), hsb(0.8, 0.35, 0.95)};
        for (int i = 0; i < 26; i++) {
            double fy = s.between(from, Math.max(from + 1, Math.min(to, 1190)));
            s.fill(circle(s.between(-200, 1800), fy, s.between(4, 7)), petals[s.random.nextInt(petals.length)]);
        }
    }

    private static void tree(Sketch s, double x, double ground, double size) {
        Color bark = s.vary(hsb(0.07, 0.5, 0.4));
        s.fill(rect(x - size * 0.08, ground - size * 1.3, size * 0.16, size * 1.3), s.vertical(ground - size, bark, ground,
                darker(bark, 0.3)));
        Color leaf = s.vary(hsb(0.3, 0.55, 0.5));
        Area canopy = new Area();
        for (int i = 0; i < 7; i++) {
            canopy.add(new Area(circle(x + s.between(-0.5, 0.5) * size, ground - size * 1.55 + s.between(-0.4, 0.35) * size,
                    size * s.between(0.38, 0.55))));
        }
        s.fill(canopy, s.vertical(ground - size * 2.1, lighter(leaf, 0.2), ground - size, darker(leaf, 0.25)));
    }

    private static void bush(Sketch s, double x, double ground, double size) {
        Color leaf = s.vary(hsb(0.3, 0.5, 0.45));
        Area clump = new Area();
        for (int i = 0; i < 4; i++) {
            clump.add(new Area(circle(x + (i - 1.5) * size * 0.5, ground - size * s.between(0.5, 0.9), size * s.between(0.5, 0.7))));
        }
        clump.intersect(new Area(rect(x - size * 3, ground - size * 3, size * 6, size * 3)));
        s.fill(clump, s.vertical(ground - size * 1.6, lighter(leaf, 0.2), ground, darker(leaf, 0.25)));
    }

    private static Paint glass(double top, double bottom) {
        return new GradientPaint(0f, (float) top, new Color(170, 200, 222), 0f, (float) bottom, new Color(70, 100, 130));
    }

    // ---------------------------------------------------------------- shapes and colours

    private static Rectangle2D rect(double x, double y, double w, double h) {
        return new Rectangle2D.Double(x, y, w, h);
    }

    private static Ellipse2D oval(double cx, double cy, double rx, double ry) {
        return new Ellipse2D.Double(cx - rx, cy - ry, 2 * rx, 2 * ry);
    }

    private static Ellipse2D circle(double cx, double cy, double r) {
        return oval(cx, cy, r, r);
    }

    private static Arc2D arc(double cx, double cy, double r, double start, double extent) {
        return new Arc2D.Double(cx - r, cy - r, 2 * r, 2 * r, start, extent, Arc2D.OPEN);
    }

    private static Path2D polygon(double... xy) {
        Path2D path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        path.closePath();
        return path;
    }

    private static Color hsb(double hue, double saturation, double brightness) {
        return Color.getHSBColor((float) hue, (float) clamp(saturation), (float) clamp(brightness));
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t), a.getAlpha());
    }

    private static Color lighter(Color colour, double t) {
        return mix(colour, Color.WHITE, t);
    }

    private static Color darker(Color colour, double t) {
        return mix(colour, Color.BLACK, t);
    }

    private static Color alpha(Color colour, int alpha) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha);
    }

    /** One drawing in progress: where it draws, what it may show and the dice that vary it. */
    private static final class Sketch {

        private final Graphics2D g;
        private final Random random;
        private final Rectangle2D view;

        Sketch(Graphics2D g, Random random, Rectangle2D view) {
            this.g = g;
            this.random = random;
            this.view = view;
        }

        double between(double low, double high) {
            return low + random.nextDouble() * (high - low);
        }

        @SafeVarargs
        final <T> T pick(T... choices) {
            return choices[random.nextInt(choices.length)];
        }

        /** A nearby colour, so that two ads picking the same base colour still differ. */
        Color vary(Color colour) {
            float[] hsb = Color.RGBtoHSB(colour.getRed(), colour.getGreen(), colour.getBlue(), null);
            return hsb(hsb[0] + between(-0.02, 0.02), hsb[1] * between(0.85, 1.15), hsb[2] * between(0.92, 1.06));
        }

        Paint vertical(double top, Color from, double bottom, Color to) {
            return new GradientPaint(0f, (float) top, from, 0f, (float) Math.max(bottom, top + 1), to);
        }

        void fill(Shape shape, Paint paint) {
            g.setPaint(paint);
            g.fill(shape);
        }

        void stroke(Shape shape, Paint paint, float width) {
            g.setPaint(paint);
            g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(shape);
        }
    }
}
