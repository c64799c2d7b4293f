package annonces.moderation;

import annonces.listings.Listing;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.Optional;

/**
 * Medians of published prices, in the ad's department when it has enough comparable ads, else nationally.
 * Published ads only: pending ones are unchecked and would let a seller move the median with their own ads.
 */
@Singleton
class MarketPrices {

    private static final String MEDIAN = """
            SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY price_cents) AS median, count(*) AS n
            FROM listing
            WHERE status = 'PUBLISHED' AND subcategory = ? AND price_cents > 0 AND id <> ?""";

    private final JdbcOperations jdbc;

    MarketPrices(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Optional<MarketPrice> around(Listing listing) {
        MarketPrice local = median(listing, true);
        if (local.enough()) {
            return Optional.of(local);
        }
        MarketPrice national = median(listing, false);
        return national.enough() ? Optional.of(national) : Optional.empty();
    }

    private MarketPrice median(Listing listing, boolean inDepartment) {
        String sql = inDepartment ? MEDIAN + " AND department_code = ?" : MEDIAN;
        return jdbc.prepareStatement(sql, statement -> {
            statement.setString(1, listing.subcategory().name());
            statement.setObject(2, listing.id());
            if (inDepartment) {
                statement.setString(3, listing.departmentCode());
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return new MarketPrice(listing.subcategory(),
                        inDepartment ? "in department " + listing.departmentCode() : "nationally",
                        rs.getDouble("median"), rs.getLong("n"));
            }
        });
    }
}
