package annonces.embed;

import annonces.listings.Category;
import annonces.listings.Listing;
import annonces.listings.ListingPhotos;
import annonces.listings.ListingRows;
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

/** Reads what the embed shows: the newest published ads per category, and one public ad. */
@Singleton
class Showcase {

    private static final String COLUMNS = ListingRows.columns("l");

    private final JdbcOperations jdbc;
    private final EmbedSettings settings;
    private final ListingPhotos photos;

    Showcase(JdbcOperations jdbc, EmbedSettings settings, ListingPhotos photos) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.photos = photos;
    }

    @Transactional(readOnly = true)
    WidgetBlock block(WidgetQuery q) {
        List<WidgetSection> sections = new ArrayList<>();
        for (Category category : Category.values()) {
            if (q.categories().contains(category)) {
                List<AdCard> cards = newest(category, q).stream()
                        .map(l -> AdCard.of(l, settings.detailUrlOf(l.id()), photos.of(l))).toList();
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
