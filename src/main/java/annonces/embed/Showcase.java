package annonces.embed;

import annonces.geo.Communes;
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
    private final Communes communes;
    private final Traders traders;

    Showcase(JdbcOperations jdbc, EmbedSettings settings, ListingPhotos photos, ObjectMapper json, Communes communes,
             Traders traders) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.photos = photos;
        this.json = json;
        this.communes = communes;
        this.traders = traders;
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
        return AdCard.of(l, settings.detailUrlOf(l.id()), photos.of(l), annuity, traders.labelOf(l.sellerId()));
    }

    /**
     * The newest published ads of each asked category. A regional block with nothing in a section shows the
     * next wider area's (the postcode's department, then its region, then the whole country), and says so,
     * rather than an empty section.
     */
    @Transactional(readOnly = true)
    WidgetBlock block(WidgetQuery q) {
        List<WidgetSection> sections = new ArrayList<>();
        for (Category category : Category.values()) {
            if (q.categories().contains(category)) {
                List<Listing> rows = newest(category, new Area(q.region(), q.department(), q.postcode(), null), q.perCategory());
                String notice = null;
                if (rows.isEmpty()) {
                    for (Area wider : wider(q)) {
                        rows = newest(category, wider, q.perCategory());
                        if (!rows.isEmpty()) {
                            notice = wider.notice();
                            break;
                        }
                    }
                }
                sections.add(new WidgetSection(category, category.label(), rows.stream().map(this::card).toList(),
                        notice));
            }
        }
        return new WidgetBlock(sections);
    }

    /** A place to look in, and the sentence that says the block looked there instead. */
    private record Area(String region, String department, String postcode, String notice) {
    }

    /** The areas around the asked one, nearest first; none for a block of the whole country. */
    private List<Area> wider(WidgetQuery q) {
        List<Area> areas = new ArrayList<>();
        String department = q.department();
        String asked = null;
        if (q.postcode() != null) {
            department = communes.communes().stream().filter(c -> c.postcodes().contains(q.postcode())).findFirst()
                    .map(c -> c.departmentCode()).orElse(null);
            asked = "près de " + q.postcode();
            if (department != null) {
                areas.add(new Area(null, department, null, "Rien " + asked + " pour l'instant : voici les annonces du "
                        + "département " + departmentName(department) + "."));
            }
        }
        String region = q.region();
        if (department != null) {
            asked = asked == null ? "dans le département " + departmentName(department) : asked;
            region = communes.department(department).flatMap(communes::regionOf).map(r -> r.code()).orElse(region);
        }
        if (region != null) {
            String regionName = communes.region(region).map(r -> r.name()).orElse(region);
            asked = asked == null ? "en " + regionName : asked;
            if (q.postcode() != null || q.department() != null) {
                areas.add(new Area(region, null, null, "Rien " + asked + " pour l'instant : voici les annonces de la "
                        + "région " + regionName + "."));
            }
        }
        if (asked != null) {
            areas.add(new Area(null, null, null, "Rien " + asked + " pour l'instant : voici les dernières annonces de "
                    + "toute la France."));
        }
        return areas;
    }

    private String departmentName(String code) {
        return communes.department(code).map(d -> d.name()).orElse(code);
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
    private List<Listing> newest(Category category, Area q, int limit) {
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
        args.add(limit);
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
