package annonces.photos;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code annonces.photos.s3.*} ({@code ANNONCES_PHOTOS_S3_*}), read when {@code annonces.photos.storage=s3}.
 *
 * @param endpoint  an S3-compatible service's address (MinIO, Ceph, Scaleway, OVH...); none for AWS itself
 * @param region    the bucket's region
 * @param bucket    the bucket; it must exist
 * @param accessKey with the secret key, the credentials; none to use the SDK's default chain (an IAM role)
 * @param pathStyle {@code https://host/bucket/key} rather than {@code https://bucket.host/key}, which most
 *                  S3-compatible services need
 */
@ConfigurationProperties("annonces.photos.s3")
record S3Settings(
        @Nullable String endpoint,
        @Bindable(defaultValue = "eu-west-3") String region,
        @Bindable(defaultValue = "annonces-photos") String bucket,
        @Nullable String accessKey,
        @Nullable String secretKey,
        @Bindable(defaultValue = "true") boolean pathStyle) {
}
