package annonces.listings;

import annonces.Api;
import annonces.accounts.Sellers;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The hand-written row reader and Micronaut Data's entity mapping read the same listings, field for field. */
@MicronautTest(transactional = false)
@Property(name = "annonces.moderation.pre-publication", value = "false")
class ListingRowsIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Reader reader;

    @Singleton
    static class Reader {

        private final JdbcOperations jdbc;

        Reader(JdbcOperations jdbc) {
            this.jdbc = jdbc;
        }

        @Transactional(readOnly = true)
        List<Listing[]> both(List<UUID> ids) {
            List<Listing[]> pairs = new ArrayList<>();
            for (UUID id : ids) {
                Listing entity = jdbc.prepareStatement("SELECT * FROM listing WHERE id = ?", s -> {
                    s.setObject(1, id);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        return jdbc.readEntity(rs, Listing.class);
                    }
                });
                pairs.add(new Listing[]{entity, jdbc.prepareStatement(
                        "SELECT " + ListingRows.columns("l") + " FROM listing l WHERE l.id = ?", s -> {
                            s.setObject(1, id);
                            try (ResultSet rs = s.executeQuery()) {
                                rs.next();
                                return ListingRows.read(rs);
                            }
                        })});
            }
            return pairs;
        }
    }

    @Test
    void bothReadersReadTheSameListing() {
        Api api = new Api(server);
        Sellers.Seller seller = Sellers.registered(api);
        List<UUID> ids = new ArrayList<>();
        for (var ad : List.of(Ads.aFurnishedRent(), Ads.aViager(), Ads.aCar(), Ads.someParts(), Ads.aTable())) {
            ids.add(UUID.fromString(api.post("/api/v1/listings", ad).token(seller.token()).send().json().path("id").asText()));
        }
        String pending = api.post("/api/v1/listings", Ads.aLand()).token(seller.token()).send().json().path("id").asText();
        api.delete("/api/v1/listings/" + pending).token(seller.token()).send();
        ids.add(UUID.fromString(pending));

        for (Listing[] pair : reader.both(ids)) {
            assertNotNull(pair[0].createdAt());
            assertEquals(pair[0], pair[1]);
        }
    }
}
