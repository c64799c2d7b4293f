package annonces.embed;

import annonces.listings.Category;
import annonces.listings.Listing;
import annonces.listings.ListingPhotos;
import annonces.listings.ListingRows;
import annonces.listings.Subcategory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads what the embed shows: the newest published ads per category, and one public ad. */
@Singleton
class Showcase {

    private static final String COLUMNS = ListingRows.columns("l");

    private final JdbcOperations jdbc;
    private final EmbedSettings settings;
    private final ListingPhotos photos;
    private final ObjectMapper json;

    Showcase(JdbcOperations jdbc, EmbedSettings settings, ListingPhotos photos, ObjectMapper json) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.photos = photos;
        this.json = json;
    }

    /** The card of one ad: its first photo, and a viager's annuity beside its bouquet. */
    AdCard card(Listing l) {
        Long annuity = null;
        if (l.subcategory() == Subcategory.VIAGER) {
            try {
                JsonNode value = json.readTree(l.attributes()).path("monthlyAnnuityCents");
                annuity = value.isNumber() ? value.asLong() : null;
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Stored attributes of " + l.id() + " are not JSON", e);
            }
        }
        return AdCard.of(l, settings.detailUrlOf(l.id()), photos.of(l), annuity);
    }

    @Transactional(readOnly = true)
    WidgetBlock block(WidgetQuery q) {
        List<WidgetSection> sections = new ArrayList<>();
        for (Category category : Category.values()) {
            if (q.categories().contains(category)) {
                List<AdCard> cards = newest(category, q).stream()
                        .map(this::card).toList();
                sections.add(new WidgetSection(category, category.label(), cards));
            }
        }
        return new WidgetBlock(sections);
    }

    @Transactional(readOnly = true)
    Optional<Listing> published(UUID id) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM listing l WHERE l.id = ? AND l.status = 'PUBLISHED'", s -> {
            s.setObject(1, id);
            return read(s).stream().findFirst();
        });
    }

    /**
     * An ad that was public and ended as ads do (sold, expired): its page says so. A withdrawn, suspended or
     * rejected ad, or one never published, stays unknown: saying it existed would say too much.
     */
    @Transactional(readOnly = true)
    Optional<Listing> gone(UUID id) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM listing l WHERE l.id = ?"
                + " AND l.status IN ('SOLD', 'EXPIRED') AND l.published_at IS NOT NULL", s -> {
            s.setObject(1, id);
            return read(s).stream().findFirst();
        });
    }

    /**
     * Published ads of the same subcategory, nearest first: the department's newest, then the region's, then
     * the country's, {@code limit} in all. Each step walks a newest-first index and stops at {@code limit}.
     */
    @Transactional(readOnly = true)
    List<Listing> similar(Listing to, int limit) {
        List<Listing> found = new ArrayList<>();
        String base = "SELECT " + COLUMNS + " FROM listing l WHERE l.status = 'PUBLISHED' AND l.subcategory = ?"
                + " AND l.id <> ?";
        for (String[] place : new String[][] {{" AND l.department_code = ?", to.departmentCode()},
                {" AND l.region_code = ?", to.regionCode()}, {"", null}}) {
            if (found.size() >= limit) {
                break;
            }
            String sql = base + place[0] + found.stream().map(l -> " AND l.id <> ?").collect(Collectors.joining())
                    + " ORDER BY l.published_at DESC, l.id DESC LIMIT ?";
            found.addAll(jdbc.prepareStatement(sql, s -> {
                int i = 1;
                s.setString(i++, to.subcategory().name());
                s.setObject(i++, to.id());
                if (place[1] != null) {
                    s.setString(i++, place[1]);
                }
                for (Listing l : found) {
                    s.setObject(i++, l.id());
                }
                s.setInt(i, limit - found.size());
                return read(s);
            }));
        }
        return found;
    }

    /** The cards of {@link #similar}, as the block shows them. */
    List<AdCard> similarCards(Listing to, int limit) {
        return similar(to, limit).stream().map(this::card).toList();
    }

    /** Walks the category's newest-first index; a place filter only drops rows from that walk. */
    private List<Listing> newest(Category category, WidgetQuery q) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM listing l WHERE l.status = 'PUBLISHED' AND l.category = ?");
        List<Object> args = new ArrayList<>();
        args.add(category.name());
        if (q.region() != null) {
            sql.append(" AND l.region_code = ?");
            args.add(q.region());
        }
        if (q.department() != null) {
            sql.append(" AND l.department_code = ?");
            args.add(q.department());
        }
        if (q.postcode() != null) {
            sql.append(" AND l.postcode = ?");
            args.add(q.postcode());
        }
        sql.append(" ORDER BY l.published_at DESC, l.id DESC LIMIT ?");
        args.add(q.perCategory());
        return jdbc.prepareStatement(sql.toString(), s -> {
            for (int i = 0; i < args.size(); i++) {
                s.setObject(i + 1, args.get(i));
            }
            return read(s);
        });
    }

    private List<Listing> read(PreparedStatement s) throws SQLException {
        List<Listing> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.add(ListingRows.read(rs));
            }
        }
        return rows;
    }
}
