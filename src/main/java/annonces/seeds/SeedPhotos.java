package annonces.seeds;

import annonces.listings.Category;
import annonces.listings.Listing;
import annonces.listings.ListingRepository;
import annonces.listings.SeedAdsLoaded;
import annonces.photos.Photos;
import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.Async;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Gives each demo ad that has none the pictures {@link Drawings} makes for it, through the same intake as
 * an upload (so they are sized and hashed like any photo): an overall view and, for a home or a vehicle, a
 * closer one. Runs after the seeds are loaded, off the startup thread: the service answers meanwhile.
 */
@Singleton
@Requires(property = "annonces.seed", value = "true")
class SeedPhotos {

    private static final Logger LOG = LoggerFactory.getLogger(SeedPhotos.class);
    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1200;

    private final ListingRepository listings;
    private final Photos photos;

    SeedPhotos(ListingRepository listings, Photos photos) {
        this.listings = listings;
        this.photos = photos;
    }

    @EventListener
    @Async(TaskExecutors.BLOCKING)
    void onSeedAdsLoaded(SeedAdsLoaded loaded) {
        int decorated = 0;
        for (UUID id : loaded.listingIds()) {
            Listing listing = listings.findById(id).orElse(null);
            if (listing == null || !"[]".equals(listing.photos())) {
                continue;
            }
            try {
                if (photos.seed(loaded.sellerId(), id, pictures(listing))) {
                    decorated++;
                }
            } catch (RuntimeException e) {
                LOG.warn("Seed photos of {}: {}", id, e.toString());
            }
        }
        LOG.info("Seed photos: {} ads given pictures now", decorated);
    }

    static List<byte[]> pictures(Listing listing) {
        BufferedImage whole = Drawings.draw(listing.subcategory().name(), listing.title(), WIDTH, HEIGHT);
        List<byte[]> pictures = new ArrayList<>();
        pictures.add(jpeg(whole));
        if (listing.category() != Category.GOODS) {
            pictures.add(jpeg(closer(whole)));
        }
        return pictures;
    }

    /** The middle of the picture, enlarged back to full size: a second view that is visibly the same thing. */
    private static BufferedImage closer(BufferedImage whole) {
        int w = whole.getWidth() * 3 / 5;
        int h = whole.getHeight() * 3 / 5;
        BufferedImage crop = whole.getSubimage((whole.getWidth() - w) / 2, (whole.getHeight() - h) / 2, w, h);
        BufferedImage detail = new BufferedImage(whole.getWidth(), whole.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = detail.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.drawImage(crop, 0, 0, detail.getWidth(), detail.getHeight(), null);
        } finally {
            g.dispose();
        }
        return detail;
    }

    private static byte[] jpeg(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
