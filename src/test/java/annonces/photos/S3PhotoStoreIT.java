package annonces.photos;

import annonces.Api;
import annonces.accounts.Sellers;
import annonces.listings.Ads;
import com.adobe.testing.s3mock.S3MockApplication;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The S3 store against a real S3-compatible server (S3Mock, started here), through the whole photo life. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3PhotoStoreIT implements TestPropertyProvider {

    private static final String BUCKET = "annonces-photos-test";

    private S3MockApplication s3mock;

    @Inject
    EmbeddedServer server;
    @Inject
    PhotoStore store;
    @Inject
    PhotoSweeper sweeper;

    @Override
    public Map<String, String> getProperties() {
        // S3Mock is a Spring Boot application: left alone, Boot would reconfigure Logback for the whole test JVM.
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        // S3Mock adds its defaults to the map it is given: a mutable one.
        s3mock = S3MockApplication.start(new HashMap<>(Map.of(
                S3MockApplication.PROP_INITIAL_BUCKETS, BUCKET,
                S3MockApplication.PROP_HTTP_PORT, S3MockApplication.RANDOM_PORT,
                S3MockApplication.PROP_HTTPS_PORT, S3MockApplication.RANDOM_PORT,
                S3MockApplication.PROP_SILENT, true,
                "logging.level.root", "WARN",
                "spring.main.banner-mode", "off")));
        return Map.of(
                "annonces.photos.storage", "s3",
                "annonces.photos.s3.endpoint", endpoint(),
                "annonces.photos.s3.region", "eu-west-3",
                "annonces.photos.s3.bucket", BUCKET,
                "annonces.photos.s3.access-key", "test",
                "annonces.photos.s3.secret-key", "test");
    }

    @AfterAll
    void stopS3() {
        if (s3mock != null) {
            s3mock.stop();
        }
    }

    @Test
    void theS3StoreIsTheOneInUse() {
        assertTrue(store instanceof S3PhotoStore, store.getClass()::getName);
    }

    @Test
    void anUploadedPhotoIsStoredInTheBucketServedFromItAndSweptFromItWhenDeleted() {
        Api api = new Api(server);
        PhotoClient photos = new PhotoClient(server);
        Sellers.Seller seller = Sellers.registered(api);
        String ad = api.post("/api/v1/listings", Ads.aCar()).token(seller.token()).send().json().path("id").asText();

        JsonNode photo = photos.uploadJpeg(ad, Pictures.jpeg(2000, 1500, 1), seller.token()).json();
        String id = photo.path("id").asText();

        try (S3Client s3 = client()) {
            HeadObjectResponse head = s3.headObject(b -> b.bucket(BUCKET).key(id + "/large.jpg"));
            assertEquals("image/jpeg", head.contentType());
            assertEquals("public, max-age=31536000, immutable", head.cacheControl());
            byte[] inBucket = s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(id + "/thumbnail.jpg")).asByteArray();
            HttpResponse<byte[]> served = photos.file(photo.path("thumbnailUrl").asText(), seller.token(), null);
            assertEquals(200, served.statusCode());
            assertArrayEquals(inBucket, served.body());

            assertEquals(204, photos.delete(ad, id, seller.token()).status());
            while (sweeper.sweep() > 0) {
                // every batch
            }
            for (PhotoSize size : PhotoSize.values()) {
                assertThrows(NoSuchKeyException.class,
                        () -> s3.headObject(b -> b.bucket(BUCKET).key(id + "/" + size.label() + ".jpg")));
            }
        }
    }

    @Test
    void aMissingKeyIsEmptyAndDeletingItTwiceIsNoError() {
        assertTrue(store.get("no-such-photo/large.jpg").isEmpty());
        store.put("twice/large.jpg", new byte[] {1, 2, 3});
        store.delete("twice/large.jpg");
        store.delete("twice/large.jpg");
        assertTrue(store.get("twice/large.jpg").isEmpty());
    }

    /** Plain HTTP: the SDK would refuse S3Mock's self-signed certificate, and nothing here is secret. */
    @SuppressWarnings("removal")
    private String endpoint() {
        return "http://127.0.0.1:" + s3mock.getHttpPort();
    }

    private S3Client client() {
        return S3Client.builder().endpointOverride(URI.create(endpoint())).region(Region.EU_WEST_3)
                .forcePathStyle(true).httpClientBuilder(UrlConnectionHttpClient.builder())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
    }
}
