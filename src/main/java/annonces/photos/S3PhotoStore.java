package annonces.photos;

import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import java.net.URI;
import java.util.Optional;

/**
 * Photos in an S3-compatible bucket ({@code annonces.photos.storage=s3}), through the AWS SDK. Objects are
 * written with their final {@code Cache-Control}, so a CDN put in front of the bucket later serves them as
 * the service does.
 */
@Singleton
@Requires(property = "annonces.photos.storage", value = "s3")
class S3PhotoStore implements PhotoStore {

    private final S3Client s3;
    private final String bucket;

    S3PhotoStore(S3Settings settings) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .forcePathStyle(settings.pathStyle())
                .credentialsProvider(settings.accessKey() == null ? DefaultCredentialsProvider.builder().build()
                        : StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(),
                        settings.secretKey())));
        if (settings.endpoint() != null && !settings.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(settings.endpoint()));
        }
        this.s3 = builder.build();
        this.bucket = settings.bucket();
    }

    @Override
    public void put(String key, byte[] jpeg) {
        s3.putObject(b -> b.bucket(bucket).key(key).contentType("image/jpeg")
                .cacheControl(PhotoFiles.IMMUTABLE), RequestBody.fromBytes(jpeg));
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            return Optional.of(s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public void delete(String key) {
        s3.deleteObject(b -> b.bucket(bucket).key(key));
    }

    @PreDestroy
    void close() {
        s3.close();
    }
}
