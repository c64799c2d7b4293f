package annonces.listings.generator;

import annonces.listings.Category;
import annonces.listings.ListingRows;
import annonces.listings.Subcategory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The {@code listing} rows of a plan, block by block. Each block of {@value #BLOCK} ads draws from its own
 * seed, derived from the plan's: a block's rows depend on nothing else, so any split of the blocks over
 * parallel streams loads the same rows. Immutable and safe to share between the streams.
 */
final class AdRows {

    /** A listing's own columns, then the seller's type, which the writer gives (V12): the order of each row. */
    static final List<String> COLUMNS = Stream.concat(ListingRows.COLUMNS.stream(), Stream.of("seller_type")).toList();
    static final int BLOCK = 1_000;

    /** A French regional site's mix: as many property ads as goods, slightly fewer vehicles. */
    static final Weighted<Category> CATEGORIES = Weighted.of(Category.REAL_ESTATE, 35.0)
            .or(Category.VEHICLES, 30.0).or(Category.GOODS, 35.0);
    private static final Map<Category, Weighted<Subcategory>> SUBCATEGORIES = Map.of(
            Category.REAL_ESTATE, Weighted.of(Subcategory.SALE, 55.0).or(Subcategory.RENT, 42.0)
                    .or(Subcategory.VIAGER, 3.0),
            Category.VEHICLES, Weighted.of(Subcategory.CAR, 70.0).or(Subcategory.MOTORCYCLE, 10.0)
                    .or(Subcategory.VAN, 7.0).or(Subcategory.CARAVAN, 3.0).or(Subcategory.PARTS, 10.0),
            Category.GOODS, Weighted.of(Subcategory.HOME, 22.0).or(Subcategory.BABY, 12.0)
                    .or(Subcategory.COLLECTION, 6.0).or(Subcategory.DIY_GARDEN, 14.0)
                    .or(Subcategory.ELECTRONICS, 14.0).or(Subcategory.FASHION, 12.0)
                    .or(Subcategory.LEISURE, 13.0).or(Subcategory.OTHER, 7.0));
    private static final String NO_FLAGS = "[]";
    private static final String NO_PHOTOS = "[]";
    private static final int ADS_STREAM = 2;

    private final Plan plan;
    private final Sellers sellers;
    private final Places places;
    private final AdContents contents;
    private final Timelines timelines;
    private final ObjectWriter json = new ObjectMapper().writer();

    AdRows(Plan plan, Sellers sellers, Places places) {
        this.plan = plan;
        this.sellers = sellers;
        this.places = places;
        this.contents = new AdContents(plan.now().atZone(ZoneOffset.UTC).getYear());
        this.timelines = new Timelines(plan.now());
    }

    int blocks() {
        return (plan.count() + BLOCK - 1) / BLOCK;
    }

    /** @return how many ads the block holds (the last one may be short) */
    int write(int block, CopyStream copy) throws SQLException {
        Dice dice = new Dice(Dice.seedFor(plan.seed(), ADS_STREAM, block));
        int end = (int) Math.min(plan.count(), (long) (block + 1) * BLOCK);
        for (int i = block * BLOCK; i < end; i++) {
            write(copy, (i + dice.unit()) / plan.count(), dice);
        }
        return end - block * BLOCK;
    }

    /** @param position where the ad comes in the run, 0 the oldest to 1 the newest: ads come in creation order */
    private void write(CopyStream copy, double position, Dice dice) throws SQLException {
        Category category = CATEGORIES.pick(dice);
        Subcategory subcategory = SUBCATEGORIES.get(category).pick(dice);
        Seller seller = sellers.pick(category, dice);
        // Private sellers post where they live; professionals also across their department.
        Place place = dice.chance(seller.pro() ? 0.5 : 0.85) ? seller.home() : places.near(seller.home(), dice);
        AdContent ad = contents.next(subcategory, place, seller.pro(), dice);
        Timeline timeline = timelines.next(position, dice);
        copy.uuid(dice.uuid()).uuid(seller.id()).text(category.name()).text(subcategory.name())
                .text(ad.title()).text(ad.description()).number(ad.priceCents())
                .text(place.postcode(dice)).text(place.city()).text(place.inseeCode())
                .text(place.departmentCode()).text(place.regionCode())
                .text(attributesJson(ad)).text(NO_PHOTOS).text(timeline.status().name()).text(NO_FLAGS)
                .text(timeline.moderationReason()).instant(timeline.createdAt()).instant(timeline.updatedAt())
                .instant(timeline.publishedAt()).instant(timeline.expiresAt()).number(0)
                .text(seller.type().name()).endRow();
    }

    /** The attributes as the service stores them: its own record, with defaults made explicit, in its JSON. */
    private String attributesJson(AdContent ad) {
        try {
            return json.writeValueAsString(ad.attributes().normalized(ad.subcategory()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("attributes of a generated ad do not serialise: " + ad, e);
        }
    }
}
