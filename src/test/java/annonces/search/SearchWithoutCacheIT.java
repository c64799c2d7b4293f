package annonces.search;

import annonces.Api;
import annonces.accounts.Sellers;
import annonces.listings.Ads;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** With {@code annonces.search.cache.enabled=false} every search queries PostgreSQL: even an unannounced change shows. */
@MicronautTest(transactional = false)
@Property(name = "annonces.moderation.pre-publication", value = "false")
@Property(name = "annonces.search.cache.enabled", value = "false")
class SearchWithoutCacheIT {

    @Inject
    EmbeddedServer server;
    @Inject
    DataSource dataSource;

    @Test
    void everySearchReadsTheDatabase() throws SQLException {
        Api api = new Api(server);
        Sellers.Seller seller = Sellers.registered(api);
        String word = "quorvex" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode ad = Ads.aTable();
        ad.put("title", "Table " + word);
        String id = api.post("/api/v1/listings", ad).token(seller.token()).send().json().path("id").asText();
        String search = "/api/v1/listings?q=" + word;
        assertEquals("Table " + word, api.get(search).send().json().path("items").get(0).path("title").asText());

        DirectWrites.retitleUnannounced(dataSource, id, "Guéridon " + word);

        assertEquals("Guéridon " + word, api.get(search).send().json().path("items").get(0).path("title").asText());
    }
}
